import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type DocKind, SyncedDoc } from '../../src/ha/synced-doc';
import { FakeConnection, FakeUserData, settleTabs, until } from '../helpers/fake-connection';
import { setCameraApproval, setVoice } from '../../src/schema/settings-edits';
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

  for (const legacy of [false, true])
    it(`two tabs changing the settings at once keep both changes${legacy ? ' (before subscribe_user_data)' : ''}`, async () => {
      const server = new FakeUserData();
      server.set(SETTINGS_KEY, litellm);
      const one = new FakeConnection({ legacy, server });
      const two = new FakeConnection({ legacy, server });
      const a = new SettingsStore(one);
      const b = new SettingsStore(two);
      watch(a);
      watch(b);
      await Promise.all([
        a.update(setVoice('auto_read', true)),
        b.update(setCameraApproval(false)),
      ]);
      const stored = () => server.data.get(SETTINGS_KEY) as Settings;
      await until(() => stored().voice && stored().tools, 'both changes stored');
      expect(stored().voice).to.deep.equal({ auto_read: true });
      expect(stored().tools).to.deep.equal({ camera_approval: false });
      expect(stored().providers[0]!.api_key).to.equal('sk-secret-1234');
      // And each tab shows both.
      for (const store of [a, b]) {
        await until(
          () => store.current.status === 'ready' && store.current.settings.voice,
          'shown',
        );
        const shown = store.current;
        expect(shown.status === 'ready' && shown.settings.tools).to.deep.equal({
          camera_approval: false,
        });
      }
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

describe('a document changed by edits (the settings)', () => {
  type Doc = Record<string, number>;
  const kind: DocKind<Doc> = {
    read: (raw) => ({ ok: true, value: (raw as Doc | null) ?? {} }),
  };

  it('ends the same in every tab, and as stored, in any interleaving of reads, writes, pushes and lost connections', async () => {
    // Home Assistant's user data has no compare-and-set: of two changes written in the same
    // moment from copies that lacked each other, one can be lost (as before). What holds in any
    // order is that every tab then shows what is stored, and that each field holds a value a
    // tab set.
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), value: fc.integer({ min: 1, max: 9 }) }),
      fc.record({ kind: fc.constantFrom('offline' as const, 'online' as const) }),
    );
    await fc
      .assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.boolean(),
          fc.array(fc.array(op, { maxLength: 6 }), { minLength: 2, maxLength: 3 }),
          async (s, legacy, plans) => {
            const server = new FakeUserData();
            const tabs = plans.map(() => {
              const conn = new FakeConnection({ server, legacy });
              conn.gate = () => s.schedule(Promise.resolve(), 'websocket');
              // A websocket delivers in order: each push after the one before it (whatever else
              // happens in between).
              let delivered = Promise.resolve();
              conn.deliver = (push) =>
                void (delivered = delivered
                  .then(() => s.schedule(Promise.resolve(), 'push'))
                  .then(push));
              const doc = new SyncedDoc(conn, 'edits', kind, {
                retryDelayMs: () => 2,
                verifyAfterMs: 1,
              });
              doc.subscribe(() => undefined);
              return { conn, doc };
            });
            await s.waitFor(Promise.all(tabs.map((t) => t.doc.ready())));
            // Each tab sets its own field.
            const setBy = new Map<string, number[]>();
            const runs = plans.map(async (ops, i) => {
              const { conn, doc } = tabs[i]!;
              for (const o of ops) {
                await s.schedule(Promise.resolve(), `tab ${i}: ${o.kind}`);
                if (o.kind === 'set') {
                  if (doc.change((d) => ({ ...d, [`tab${i}`]: o.value })))
                    setBy.set(`tab${i}`, [...(setBy.get(`tab${i}`) ?? []), o.value]);
                } else if (o.kind === 'offline') conn.disconnect();
                else if (!conn.connected) conn.reconnect();
              }
            });
            await s.waitFor(Promise.all(runs));
            await settleTabs(s, tabs);
            const stored = (server.data.get('edits') ?? {}) as Doc;
            for (const [field, value] of Object.entries(stored))
              expect(setBy.get(field), field).to.include(value);
            for (const t of tabs) {
              const state = t.doc.current;
              expect(state.status === 'ready' && state.value).to.deep.equal(stored);
            }
          },
        ),
        { numRuns: 200 },
      )
      .catch((err: Error & { cause?: Error }) => {
        throw new Error(`${err.cause?.message ?? ''}\n${err.message}`);
      });
  });
});
