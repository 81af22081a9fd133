import { expect } from '@open-wc/testing';
import { FakeConnection, until } from '../helpers/fake-connection';
import {
  SETTINGS_BACKUP_KEY,
  SettingsInvalidError,
  SettingsStore,
  type SettingsState,
} from '../../src/ha/settings-store';
import { SETTINGS_KEY, type Settings } from '../../src/schema/settings';
import { SchemaError } from '../../src/schema/parse';

const litellm: Settings = {
  version: 1,
  providers: [
    {
      id: 'litellm',
      name: 'LiteLLM',
      base_url: 'http://127.0.0.1:4000/v1',
      auth_mode: 'global',
      api_key: 'sk-secret-1234',
      timeout_s: 30,
      models: [{ model_id: 'gpt-4o', display_name: 'GPT-4o' }],
    },
  ],
  defaults: { provider_id: 'litellm', model_id: 'gpt-4o' },
};

function watch(store: SettingsStore) {
  const states: SettingsState[] = [];
  const stop = store.subscribe((s) => states.push(s));
  return { states, stop, last: () => states.at(-1)! };
}

describe('settings store', () => {
  it('subscribes with frontend/subscribe_user_data and shows the stored document', async () => {
    const conn = new FakeConnection();
    conn.data.set(SETTINGS_KEY, litellm);
    const { last } = watch(new SettingsStore(conn));
    await until(() => last().status === 'ready', 'settings');
    expect(conn.sent[0]).to.deep.equal({ type: 'frontend/subscribe_user_data', key: SETTINGS_KEY });
    const state = last();
    expect(state.status === 'ready' && state.settings.providers[0]?.base_url).to.equal(
      'http://127.0.0.1:4000/v1',
    );
  });

  it('falls back to get_user_data on releases without subscribe_user_data', async () => {
    const conn = new FakeConnection({ legacy: true });
    conn.data.set(SETTINGS_KEY, litellm);
    const store = new SettingsStore(conn);
    const { last } = watch(store);
    await until(() => last().status === 'ready', 'settings');
    expect(conn.sent.map((m) => m.type)).to.deep.equal([
      'frontend/subscribe_user_data',
      'frontend/get_user_data',
    ]);
    // Our own writes still reach listeners although nothing is pushed back.
    await store.save({ ...litellm, defaults: { provider_id: 'litellm', model_id: 'other' } });
    const state = last();
    expect(state.status === 'ready' && state.settings.defaults?.model_id).to.equal('other');
  });

  it('shows an empty document, not an error, for a new user', async () => {
    const { last } = watch(new SettingsStore(new FakeConnection()));
    await until(() => last().status === 'ready', 'settings');
    expect(last()).to.deep.include({ status: 'ready', stored: false });
  });

  it('writes a valid document and every listener sees it', async () => {
    const conn = new FakeConnection();
    const store = new SettingsStore(conn);
    const a = watch(store);
    const b = watch(store);
    await until(() => a.last().status === 'ready', 'settings');
    await store.save(litellm);
    expect(conn.data.get(SETTINGS_KEY)).to.deep.equal(litellm);
    await until(
      () => b.last().status === 'ready' && (b.last() as { stored: boolean }).stored,
      'update',
    );
    // One subscription serves both listeners.
    expect(conn.subscriptions(SETTINGS_KEY)).to.equal(1);
  });

  it('refuses to write a document that does not validate', async () => {
    const conn = new FakeConnection();
    const store = new SettingsStore(conn);
    const bad = { ...litellm, providers: [{ ...litellm.providers[0]!, base_url: 'not a url' }] };
    let error: unknown;
    await store.save(bad).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(SchemaError);
    expect((error as SchemaError).issues[0]).to.match(/^providers\.0\.base_url/);
    expect(conn.sent.some((m) => m.type === 'frontend/set_user_data')).to.equal(false);
  });

  it('keeps an invalid stored document, reports it, and never overwrites it silently', async () => {
    const conn = new FakeConnection();
    const broken = { version: 1, providers: [{ id: 'x', name: 'X' }] };
    conn.data.set(SETTINGS_KEY, broken);
    const store = new SettingsStore(conn);
    const { last } = watch(store);
    await until(() => last().status === 'invalid', 'invalid state');
    const state = last();
    expect(state.status === 'invalid' && state.issues.join()).to.contain('providers.0.base_url');

    let error: unknown;
    await store.save(litellm).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(SettingsInvalidError);
    expect(conn.data.get(SETTINGS_KEY)).to.deep.equal(broken);

    // Replacing it on purpose keeps a copy first.
    await store.save(litellm, { replaceInvalid: true });
    expect(conn.data.get(SETTINGS_BACKUP_KEY)).to.deep.equal(broken);
    expect(conn.data.get(SETTINGS_KEY)).to.deep.equal(litellm);
  });

  it('unsubscribes when the last listener leaves', async () => {
    const conn = new FakeConnection();
    const store = new SettingsStore(conn);
    const a = watch(store);
    await until(() => conn.subscriptions(SETTINGS_KEY) === 1, 'subscription');
    a.stop();
    await until(() => conn.subscriptions(SETTINGS_KEY) === 0, 'unsubscribe');
  });
});
