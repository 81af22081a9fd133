import { expect } from '@open-wc/testing';
import { FakeConnection, until } from '../helpers/fake-connection';
import {
  SETTINGS_BACKUP_KEY,
  SettingsStore,
  type SettingsState,
} from '../../src/ha/settings-store';
import { migrateSettings } from '../../src/schema/migrate';
import { exportRaw, exportSettings } from '../../src/schema/portable';
import { reviewSettingsImport } from '../../src/guard/settings-import';
import { SETTINGS_KEY, type Settings } from '../../src/schema/settings';
import { SchemaError } from '../../src/schema/parse';

const mine: Settings = {
  version: 1,
  providers: [
    {
      id: 'litellm',
      name: 'LiteLLM',
      base_url: 'http://127.0.0.1:4000/v1',
      auth_mode: 'global',
      api_key: 'sk-litellm-secret',
      models: [{ model_id: 'gpt-4o' }],
    },
    {
      id: 'openrouter',
      name: 'OpenRouter',
      base_url: 'https://openrouter.ai/api/v1',
      auth_mode: 'per_model',
      models: [
        { model_id: 'a', api_key: 'sk-or-a' },
        { model_id: 'b', api_key: 'sk-or-b' },
      ],
    },
  ],
  defaults: { provider_id: 'litellm', model_id: 'gpt-4o' },
};

describe('settings migrations', () => {
  it('upgrades a document without a version (the seed’s one-provider shape) to version 1', () => {
    const result = migrateSettings({
      name: 'My Ollama',
      base_url: 'http://ollama.local:11434/v1/',
      models: ['llama3.2', 'qwen3'],
      timeout: 60,
    });
    expect(result).to.deep.equal({
      ok: true,
      from: 0,
      value: {
        version: 1,
        providers: [
          {
            id: 'my-ollama',
            name: 'My Ollama',
            base_url: 'http://ollama.local:11434/v1',
            auth_mode: 'global',
            timeout_s: 60,
            models: [{ model_id: 'llama3.2' }, { model_id: 'qwen3' }],
          },
        ],
      },
    });
  });

  it('leaves a current document alone and refuses one from a newer version', () => {
    expect(migrateSettings(mine)).to.deep.equal({ ok: true, value: mine, from: undefined });
    const newer = migrateSettings({ ...mine, version: 7 });
    expect(newer.ok).to.equal(false);
    expect(!newer.ok && newer.issue).to.match(/newer version of this card \(settings version 7\)/);
  });

  it('the store shows the upgraded document and writes it back, keeping the original aside', async () => {
    const conn = new FakeConnection();
    const old = { name: 'LiteLLM', base_url: 'http://127.0.0.1:4000/v1', api_key: 'sk-x' };
    conn.data.set(SETTINGS_KEY, old);
    const states: SettingsState[] = [];
    new SettingsStore(conn).subscribe((s) => states.push(s));
    await until(
      () => (conn.data.get(SETTINGS_KEY) as { version?: number }).version === 1,
      'the upgraded document stored',
    );
    expect(conn.data.get(SETTINGS_BACKUP_KEY)).to.deep.equal(old);
    const ready = states.find((s) => s.status === 'ready');
    expect(ready?.status === 'ready' && ready.settings.providers[0]?.id).to.equal('litellm');
  });

  it('a document from a newer version is shown as invalid and never overwritten', async () => {
    const conn = new FakeConnection();
    conn.data.set(SETTINGS_KEY, { ...mine, version: 2 });
    const states: SettingsState[] = [];
    new SettingsStore(conn).subscribe((s) => states.push(s));
    await until(() => states.at(-1)?.status === 'invalid', 'invalid state');
    expect(conn.sent.filter((m) => m.type === 'frontend/set_user_data')).to.deep.equal([]);
  });
});

describe('settings export and import', () => {
  it('exports without a single key', () => {
    const file = JSON.stringify(exportSettings(mine, new Date('2026-11-24T12:00:00Z')));
    expect(file).not.to.match(/sk-/);
    expect(file).not.to.contain('api_key');
    const parsed = JSON.parse(file);
    expect(parsed.format).to.equal('openai_compatible_conversation.settings');
    expect(parsed.providers.map((p: { id: string }) => p.id)).to.deep.equal([
      'litellm',
      'openrouter',
    ]);
    expect(parsed.defaults).to.deep.equal(mine.defaults);
  });

  it('a broken document is exported without keys too', () => {
    const raw = {
      version: 1,
      providers: [{ name: 'x', api_key: 'sk-1', headers: { Authorization: 'Bearer sk-2' } }],
    };
    expect(JSON.stringify(exportRaw(raw))).not.to.contain('sk-');
  });

  it('MCP servers: exported without their tokens; a file never brings or changes tool sources', () => {
    const withMcp: Settings = {
      ...mine,
      mcp: {
        servers: [
          {
            id: 'mine',
            name: 'Mine',
            url: 'https://mcp.mine.example/mcp',
            token: 'mcp-secret-token',
          },
        ],
        ha_apis: { assist: { name: 'Assist', enabled: true } },
      },
    };
    const file = exportSettings(withMcp) as { mcp: { servers: Record<string, unknown>[] } };
    expect(JSON.stringify(file)).not.to.contain('mcp-secret-token');
    expect(file.mcp.servers[0]!.url).to.equal('https://mcp.mine.example/mcp');
    // A file that points the server elsewhere and trusts a tool there changes nothing.
    file.mcp.servers[0]!.url = 'https://attacker.example/mcp';
    file.mcp.servers[0]!.tools = { exfiltrate: 'trust' };
    const imported = reviewSettingsImport(JSON.stringify(file), withMcp).settings;
    expect(imported.mcp).to.deep.equal(withMcp.mcp);
    const fresh = reviewSettingsImport(JSON.stringify(file), mine).settings;
    expect(fresh.mcp).to.equal(undefined);
  });

  it('imports a file, keeping this user’s keys for the same providers and models, ignoring keys in the file', () => {
    const file = exportSettings(mine) as Record<string, unknown>;
    (file.providers as Record<string, unknown>[])[0]!.api_key = 'sk-from-the-file';
    (file.providers as Record<string, unknown>[]).push({
      id: 'ollama',
      name: 'Ollama',
      base_url: 'http://ollama.local:11434/v1',
      models: [{ model_id: 'llama3.2' }],
    });
    const imported = reviewSettingsImport(JSON.stringify(file), mine).settings;
    expect(imported.providers.map((p) => [p.id, p.api_key])).to.deep.equal([
      ['litellm', 'sk-litellm-secret'],
      ['openrouter', undefined],
      ['ollama', undefined],
    ]);
    expect(imported.providers[1]!.models.map((m) => m.api_key)).to.deep.equal([
      'sk-or-a',
      'sk-or-b',
    ]);
  });

  it('refuses a file that is not a settings document, saying why', () => {
    expect(() => reviewSettingsImport('not json', mine)).to.throw(SchemaError, /not JSON/);
    expect(() =>
      reviewSettingsImport(JSON.stringify({ version: 1, providers: [{ id: 'x' }] }), mine),
    ).to.throw(SchemaError, /providers/);
  });
});

describe('a hostile settings file', () => {
  const file = (edit: (doc: Record<string, any>) => void) => {
    const doc = JSON.parse(JSON.stringify(exportSettings(mine))) as Record<string, any>;
    edit(doc);
    return JSON.stringify(doc);
  };

  it('that moves a provider elsewhere does not take its key there: the user types it again', () => {
    const review = reviewSettingsImport(
      file((doc) => (doc.providers[0].base_url = 'https://attacker.example/v1')),
      mine,
    );
    expect(review.settings.providers[0]!.api_key).to.equal(undefined);
    expect(JSON.stringify(review.settings)).not.to.contain('sk-litellm-secret');
    expect(review.changes).to.deep.include({
      kind: 'provider_moved',
      name: 'LiteLLM',
      from: 'http://127.0.0.1:4000',
      to: 'https://attacker.example',
      loosens: false,
    });
    expect(review.changes).to.deep.include({ kind: 'key_retype', name: 'LiteLLM', loosens: false });
  });

  it('that keeps the address but changes how the key is sent (another dialect), or the port, takes no key either', () => {
    for (const [edit, key] of [
      [(doc: Record<string, any>) => (doc.providers[0].dialect = 'azure'), /sk-litellm/],
      [
        (doc: Record<string, any>) => (doc.providers[0].base_url = 'http://127.0.0.1:4001/v1'),
        /sk-litellm/,
      ],
      [
        (doc: Record<string, any>) => (doc.providers[1].base_url = 'http://openrouter.ai/api/v1'),
        /sk-or-/,
      ],
    ] as const) {
      const imported = reviewSettingsImport(file(edit), mine).settings;
      expect(JSON.stringify(imported), String(edit)).not.to.match(key);
    }
    // Another path on the same server keeps it: the key goes to the same place.
    const samePlace = reviewSettingsImport(
      file((doc) => (doc.providers[0].base_url = 'http://127.0.0.1:4000/other/v1')),
      mine,
    ).settings;
    expect(samePlace.providers[0]!.api_key).to.equal('sk-litellm-secret');
  });

  it('that turns off approvals or turns on reading aloud lists each as less safe', () => {
    const safe: Settings = { ...mine, tools: { confirm: ['switch.heater'] } };
    const review = reviewSettingsImport(
      file((doc) => {
        doc.tools = { camera_approval: false, confirm: [], max_rounds: 50 };
        doc.voice = { auto_read: true, send_spoken: true };
      }),
      safe,
    );
    const loosened = review.changes.filter((c) => c.loosens).map((c) => c.kind);
    expect(loosened.sort()).to.deep.equal([
      'auto_read',
      'camera_approval',
      'confirm_removed',
      'max_rounds',
      'send_spoken',
    ]);
  });

  it('with times that are no times, or far in the future, is refused, naming them', () => {
    for (const at of ['9999-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', 'yesterday']) {
      const text = file((doc) => (doc.providers[0].models[0].learned = { context_length: 8, at }));
      expect(() => reviewSettingsImport(text, mine), at).to.throw(
        SchemaError,
        /providers\.0\.models\.0\.learned\.at/,
      );
    }
    const now = file(
      (doc) => (doc.providers[0].models[0].learned = { at: new Date().toISOString() }),
    );
    expect(() => reviewSettingsImport(now, mine)).not.to.throw();
  });

  it('larger than a settings file ever is, is refused before it is read', () => {
    const huge = file((doc) => (doc.agent = { prompt_template: 'x'.repeat(1_100_000) }));
    expect(() => reviewSettingsImport(huge, mine)).to.throw(SchemaError, /larger than 1 MB/);
  });
});
