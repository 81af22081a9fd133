import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index';
import { byLabel, deepFind, visibleText } from '../helpers/chat-harness';
import { FakeConnection, until } from '../helpers/fake-connection';
import { LLM_URL, llmRequests } from '../helpers/llm';
import type { OpenaiCompatibleConversationPanel } from '../../src/panel/panel-loader';
import { SETTINGS_BACKUP_KEY } from '../../src/ha/settings-store';
import { SETTINGS_KEY, type Settings } from '../../src/schema/settings';
import {
  HISTORY_KEY,
  type ConversationDoc,
  type HistoryIndex,
  conversationKey,
} from '../../src/schema/conversation';

const button = (root: ParentNode, text: string) =>
  deepFind(
    root,
    (el) =>
      el.tagName === 'BUTTON' &&
      (el.getAttribute('aria-label') === text || el.textContent?.trim() === text),
  ) as HTMLButtonElement | undefined;

const field = (root: ParentNode, label: string) =>
  deepFind(
    root,
    (el) => el.tagName === 'LABEL' && (el.textContent ?? '').trim().startsWith(label),
  )?.querySelector('input, select, textarea') as HTMLInputElement | undefined;

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

function set(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

/** Picks a file holding `content` (as JSON) in a file input, as the file dialog does. */
function choose(input: HTMLInputElement, content: unknown) {
  const transfer = new DataTransfer();
  transfer.items.add(new File([JSON.stringify(content)], 'settings.json'));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const stored = (conn: FakeConnection) => conn.data.get(SETTINGS_KEY) as Settings;

const twoProviders: Settings = {
  version: 1,
  providers: [
    {
      id: 'litellm',
      name: 'LiteLLM',
      base_url: `${LLM_URL}/litellm/v1`,
      auth_mode: 'global',
      api_key: 'sk-litellm-secret',
      models: [{ model_id: 'scripted-model' }],
      model_cache: {
        fetched_at: new Date(Date.now() - 3 * 3600_000).toISOString(),
        ids: ['scripted-model'],
      },
    },
    {
      id: 'router',
      name: 'Router',
      base_url: `${LLM_URL}/v1`,
      auth_mode: 'per_model',
      models: [
        { model_id: 'scripted-model', api_key: 'sk-router-a' },
        { model_id: 'scripted-reasoner', api_key: 'sk-router-b' },
      ],
    },
  ],
  defaults: { provider_id: 'litellm', model_id: 'scripted-model' },
};

async function settingsPage(doc?: unknown, conn = new FakeConnection()) {
  if (doc !== undefined) conn.data.set(SETTINGS_KEY, structuredClone(doc));
  const el = await fixture<OpenaiCompatibleConversationPanel>(
    html`<openai-compatible-conversation-panel></openai-compatible-conversation-panel>`,
  );
  el.hass = { connection: conn, user: { id: 'u1', name: 'Ann' }, states: {} } as never;
  await until(() => button(el.shadowRoot!, 'Settings'), 'the settings button');
  button(el.shadowRoot!, 'Settings')!.click();
  await until(() => deepFind(el.shadowRoot!, (e) => e.tagName === 'OACC-SETTINGS-PAGE'), 'page');
  return { el, conn, root: el.shadowRoot! };
}

describe('settings pages', () => {
  it('adds a provider: models discovered, two picked, one named; saved to user data, key never shown', async () => {
    const { root, conn } = await settingsPage();
    await until(() => visibleText(root.host).includes('No provider yet'), 'the empty state');
    button(root, 'Add provider')!.click();
    await until(() => field(root, 'Name'), 'the form');
    await typeInto(field(root, 'Name')!, 'Scripted');
    await typeInto(field(root, 'Base URL')!, `${LLM_URL}/v1`);
    await typeInto(field(root, 'API key')!, 'sk-typed-secret');
    button(root, 'Load models')!.click();
    await until(() => byLabel(root, 'Models'), 'the model list');
    // Embeddings are not offered for chat; the first chat model is picked for you.
    const offered = [...byLabel(root, 'Models')!.querySelectorAll('label')].map((l) =>
      l.textContent?.trim(),
    );
    expect(offered).to.deep.equal(['scripted-model', 'scripted-reasoner']);
    (
      deepFind(
        byLabel(root, 'Models')!,
        (e) => e.textContent?.trim() === 'scripted-reasoner',
      )!.querySelector('input') as HTMLInputElement
    ).click();
    await until(() => field(root, 'Display name'), 'the chosen models');
    set(field(root, 'Display name')!, 'Scripted (fast)');
    button(root, 'Save provider')!.click();
    await until(() => stored(conn)?.providers.length === 1, 'saved');

    const provider = stored(conn).providers[0]!;
    expect(provider).to.deep.include({
      id: 'scripted',
      name: 'Scripted',
      base_url: `${LLM_URL}/v1`,
      auth_mode: 'global',
      api_key: 'sk-typed-secret',
    });
    expect(provider.models).to.deep.equal([
      { model_id: 'scripted-model', display_name: 'Scripted (fast)' },
      { model_id: 'scripted-reasoner' },
    ]);
    expect(provider.model_cache?.ids).to.deep.equal([
      'scripted-model',
      'scripted-reasoner',
      'text-embedding-3-small',
    ]);
    expect(stored(conn).defaults).to.deep.equal({
      provider_id: 'scripted',
      model_id: 'scripted-model',
    });
    await until(() => visibleText(root.host).includes('Scripted'), 'the list');
    expect(visibleText(root.host)).to.contain('2 models · key saved');
    expect(visibleText(root.host)).not.to.contain('sk-typed-secret');
  });

  it('edits a provider without retyping its key, reloads its models and shows their age', async () => {
    const { root, conn } = await settingsPage(twoProviders);
    await until(() => button(root, 'Edit LiteLLM'), 'the list');
    button(root, 'Edit LiteLLM')!.click();
    await until(() => field(root, 'Name'), 'the form');
    expect(visibleText(root.host)).to.contain('1 models from the provider, fetched 3 hours ago.');
    const key = field(root, 'API key')!;
    expect(key.value).to.equal('');
    expect(key.placeholder).to.equal('Saved — type to replace');
    await typeInto(field(root, 'Name')!, 'LiteLLM proxy');
    // The address does not tell what the server is: the user says so.
    const server = field(root, 'Server') as unknown as HTMLSelectElement;
    expect(server.selectedOptions[0]!.textContent!.trim()).to.equal(
      'Recognised from the address (Other OpenAI-compatible server)',
    );
    server.value = 'litellm';
    server.dispatchEvent(new Event('change'));
    button(root, 'Reload models')!.click();
    await until(() => visibleText(root.host).includes('fetched now'), 'the new list');
    button(root, 'Save provider')!.click();
    await until(() => stored(conn).providers[0]!.name === 'LiteLLM proxy', 'saved');
    const p = stored(conn).providers[0]!;
    expect(p.api_key).to.equal('sk-litellm-secret');
    expect(p.id).to.equal('litellm'); // cards keep finding it
    expect(p.dialect).to.equal('litellm');
    expect(p.model_cache!.ids.length).to.equal(3);
  });

  it('says what the provider taught about a model, and can forget it', async () => {
    const taught = structuredClone(twoProviders);
    taught.providers[0]!.models[0]!.learned = {
      token_param: 'max_completion_tokens',
      temperature: false,
      at: '2026-11-30T10:00:00.000Z',
    };
    const { root, conn } = await settingsPage(taught);
    await until(() => button(root, 'Edit LiteLLM'), 'the list');
    button(root, 'Edit LiteLLM')!.click();
    await until(() => field(root, 'Name'), 'the form');
    expect(visibleText(root.host)).to.contain(
      'Learned from the provider’s answers: the reply length is sent as max_completion_tokens (it refused max_tokens); no temperature is sent (it takes only its default).',
    );
    button(root, 'Forget what was learned about scripted-model')!.click();
    button(root, 'Save provider')!.click();
    await until(() => !stored(conn).providers[0]!.models[0]!.learned, 'forgotten');
    expect(stored(conn).providers[0]!.api_key).to.equal('sk-litellm-secret');
  });

  it('a key per model: each model keeps its own, a typed one replaces only its own', async () => {
    const { root, conn } = await settingsPage(twoProviders);
    await until(() => button(root, 'Edit Router'), 'the list');
    button(root, 'Edit Router')!.click();
    await until(() => field(root, 'API key for scripted-reasoner'), 'per-model keys');
    expect(field(root, 'API key (optional')).to.equal(undefined);
    await typeInto(field(root, 'API key for scripted-reasoner')!, 'sk-router-new');
    button(root, 'Save provider')!.click();
    await until(
      () => stored(conn).providers[1]!.models[1]!.api_key === 'sk-router-new',
      'the new key saved',
    );
    expect(stored(conn).providers[1]!.models[0]!.api_key).to.equal('sk-router-a');
  });

  it('removes a provider after asking; the default moves to one that is left', async () => {
    const { root, conn } = await settingsPage(twoProviders);
    await until(() => button(root, 'Remove LiteLLM'), 'the list');
    button(root, 'Remove LiteLLM')!.click();
    await until(() => visibleText(root.host).includes('Remove LiteLLM? Its key is deleted'), 'ask');
    expect(stored(conn).providers.length).to.equal(2);
    const confirm = deepFind(root, (e) => e.getAttribute('role') === 'alertdialog')!;
    button(confirm, 'Remove')!.click();
    await until(() => stored(conn).providers.length === 1, 'removed');
    expect(stored(conn).defaults).to.deep.equal({
      provider_id: 'router',
      model_id: 'scripted-model',
    });
    expect(JSON.stringify(stored(conn))).not.to.contain('sk-litellm-secret');
  });

  it('chooses the default model', async () => {
    const { root, conn } = await settingsPage(twoProviders);
    await until(() => field(root, 'Default model'), 'the picker');
    const select = field(root, 'Default model') as unknown as HTMLSelectElement;
    select.value = 'router\u0000scripted-reasoner';
    select.dispatchEvent(new Event('change'));
    await until(() => stored(conn).defaults?.provider_id === 'router', 'saved');
    expect(stored(conn).defaults).to.deep.equal({
      provider_id: 'router',
      model_id: 'scripted-reasoner',
    });
  });

  /** A connection whose Home Assistant has one agent besides the user data. */
  function withAgent() {
    const conn = new FakeConnection();
    const send = conn.sendMessagePromise.bind(conn);
    conn.sendMessagePromise = (<Result>(message: { type: string }) =>
      message.type === 'conversation/agent/list'
        ? Promise.resolve({
            agents: [{ id: 'conversation.ollama', name: 'Ollama', supported_languages: '*' }],
          } as Result)
        : send<Result>(message as never)) as typeof conn.sendMessagePromise;
    return conn;
  }

  it('without providers, an agent can be the default model; none shows as chosen before', async () => {
    const conn = withAgent();
    const { root } = await settingsPage({ version: 1, providers: [] }, conn);
    await until(() => field(root, 'Default model'), 'the picker');
    const select = field(root, 'Default model') as unknown as HTMLSelectElement;
    expect(select.value).to.equal('');
    select.value = 'home-assistant\u0000conversation.ollama';
    select.dispatchEvent(new Event('change'));
    await until(() => stored(conn)?.defaults?.model_id === 'conversation.ollama', 'saved');
    expect(stored(conn).defaults?.provider_id).to.equal('home-assistant');
  });

  it('offers Home Assistant’s agents as the default model; saving a provider keeps that default', async () => {
    const conn = withAgent();
    const { root } = await settingsPage(twoProviders, conn);
    await until(
      () => deepFind(root, (e) => e.tagName === 'OPTGROUP'),
      'the agents in the default model picker',
    );
    const select = field(root, 'Default model') as unknown as HTMLSelectElement;
    const group = select.querySelector('optgroup')!;
    expect([group.label, group.querySelector('option')!.textContent!.trim()]).to.deep.equal([
      'Home Assistant agents',
      'Ollama',
    ]);
    select.value = 'home-assistant\u0000conversation.ollama';
    select.dispatchEvent(new Event('change'));
    await until(() => stored(conn).defaults?.provider_id === 'home-assistant', 'saved');
    expect(stored(conn).defaults).to.deep.equal({
      provider_id: 'home-assistant',
      model_id: 'conversation.ollama',
    });
    // A provider edited and saved afterwards does not take the default back.
    button(root, 'Edit Router')!.click();
    await until(() => field(root, 'API key for scripted-reasoner'), 'the form');
    await typeInto(field(root, 'API key for scripted-reasoner')!, 'sk-router-new');
    button(root, 'Save provider')!.click();
    await until(() => stored(conn).providers[1]!.models[1]!.api_key === 'sk-router-new', 'saved');
    expect(stored(conn).defaults?.provider_id).to.equal('home-assistant');
  });

  it('exports without keys and imports back, keeping the keys this user has', async () => {
    const { root, conn } = await settingsPage(twoProviders);
    await until(() => button(root, 'Export settings'), 'the page');
    let blob: Blob | undefined;
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
    try {
      button(root, 'Export settings')!.click();
    } finally {
      URL.createObjectURL = create;
    }
    const text = await blob!.text();
    expect(text).not.to.contain('sk-');
    const file = JSON.parse(text);
    file.providers[0].name = 'LiteLLM (imported)';

    choose(field(root, 'Import settings')!, file);
    // What it changes is shown first; nothing is stored until Import.
    await until(() => button(root, 'Import'), 'the review');
    expect(visibleText(root.host)).to.contain('Changes the settings of LiteLLM (imported).');
    expect(stored(conn).providers[0]!.name).to.equal('LiteLLM');
    button(root, 'Import')!.click();
    await until(() => stored(conn).providers[0]!.name === 'LiteLLM (imported)', 'imported');
    expect(stored(conn).providers[0]!.api_key).to.equal('sk-litellm-secret');
    expect(stored(conn).providers[1]!.models.map((m) => m.api_key)).to.deep.equal([
      'sk-router-a',
      'sk-router-b',
    ]);
    await until(() => visibleText(root.host).includes('Imported 2 providers.'), 'the message');
  });

  it('a base URL moved to another address empties the key: nothing sends the saved key there', async () => {
    const { root, conn } = await settingsPage(twoProviders);
    await until(() => button(root, 'Edit LiteLLM'), 'the list');
    button(root, 'Edit LiteLLM')!.click();
    await until(() => field(root, 'Name'), 'the form');
    const elsewhere = LLM_URL.replace('127.0.0.1', 'localhost');
    set(field(root, 'Base URL')!, `${elsewhere}/litellm/v1`);
    await until(() => visibleText(root.host).includes('The saved key was for'), 'the note');
    expect(visibleText(root.host)).to.contain(
      `The saved key was for ${LLM_URL}: it is not sent to ${elsewhere}. Type the key for the new address.`,
    );
    expect(field(root, 'API key')!.placeholder).to.equal('');
    const before = (await llmRequests()).length;
    button(root, 'Reload models')!.click();
    await until(() => visibleText(root.host).includes('fetched now'), 'the new list');
    const sent = (await llmRequests()).slice(before);
    expect(sent.length).to.be.greaterThan(0);
    expect(JSON.stringify(sent)).not.to.contain('sk-litellm-secret');
    button(root, 'Save provider')!.click();
    await until(() => stored(conn).providers[0]!.base_url.includes('localhost'), 'saved');
    expect(stored(conn).providers[0]!.api_key).to.equal(undefined);
    // Typed again, it goes to the new address.
    button(root, 'Edit LiteLLM')!.click();
    await until(() => field(root, 'API key'), 'the form');
    expect(field(root, 'API key')!.placeholder).to.equal('');
  });

  it('a settings file that moves a provider and loosens guards says so before anything is stored', async () => {
    const { root, conn } = await settingsPage(twoProviders);
    await until(() => field(root, 'Import settings'), 'the page');
    const file = {
      format: 'openai_compatible_conversation.settings',
      ...structuredClone(twoProviders),
      tools: { camera_approval: false },
      voice: { auto_read: true },
    };
    file.providers[0]!.base_url = LLM_URL.replace('127.0.0.1', 'localhost') + '/litellm/v1';
    delete file.providers[0]!.api_key;
    for (const m of file.providers[1]!.models) delete m.api_key;
    choose(field(root, 'Import settings')!, file);
    await until(() => button(root, 'Import'), 'the review');
    const text = visibleText(root.host);
    expect(text).to.contain('Less safe: The model looks through cameras without asking first.');
    expect(text).to.contain('Less safe: Each answer is read aloud as it completes.');
    expect(text).to.contain(
      'LiteLLM goes to another address or server kind now: its saved key is not sent there.',
    );
    expect(stored(conn).tools).to.equal(undefined);
    button(root, 'Import')!.click();
    await until(() => stored(conn).tools?.camera_approval === false, 'imported');
    expect(stored(conn).providers[0]!.api_key).to.equal(undefined);
    expect(stored(conn).providers[1]!.models.map((m) => m.api_key)).to.deep.equal([
      'sk-router-a',
      'sk-router-b',
    ]);
  });

  it('Cancel on an import’s review stores nothing', async () => {
    const { root, conn } = await settingsPage(twoProviders);
    await until(() => field(root, 'Import settings'), 'the page');
    choose(field(root, 'Import settings')!, { ...twoProviders, voice: { auto_read: true } });
    await until(() => button(root, 'Import'), 'the review');
    const sets = conn.sent.filter((m) => m.type === 'frontend/set_user_data').length;
    button(root, 'Cancel')!.click();
    await until(() => !button(root, 'Import'), 'the review closed');
    expect(conn.sent.filter((m) => m.type === 'frontend/set_user_data').length).to.equal(sets);
    expect(stored(conn).voice).to.equal(undefined);
  });

  it('a broken document is shown with its problems, exportable, and left as it is', async () => {
    const broken = {
      version: 1,
      providers: [{ id: 'x', name: 'X', base_url: 'not a url', api_key: 'sk-k' }],
    };
    const { root, conn } = await settingsPage(broken);
    await until(() => visibleText(root.host).includes('could not be read'), 'the problem');
    expect(visibleText(root.host)).to.contain('providers.0.base_url');
    expect(button(root, 'Export the document')).to.exist;
    expect(conn.data.get(SETTINGS_KEY)).to.deep.equal(broken);
    expect(conn.data.get(SETTINGS_BACKUP_KEY)).to.equal(undefined);
  });

  it('Test connection goes step by step and names the fix where it fails', async () => {
    const { root } = await settingsPage(twoProviders);
    await until(() => button(root, 'Edit LiteLLM'), 'the list');
    button(root, 'Edit LiteLLM')!.click();
    await until(() => field(root, 'Base URL'), 'the form');
    const steps = () => byLabel(root, 'Test connection');
    button(root, 'Test connection')!.click();
    await until(() => steps()?.querySelectorAll('li').length === 6, 'six steps');
    expect(visibleText(steps()!)).to.contain('A one-token answer scripted-model answered.');
    expect(steps()!.querySelectorAll('li.ok').length).to.equal(6);

    // The base URL without /v1: the model list fails, and says why.
    set(field(root, 'Base URL')!, LLM_URL);
    button(root, 'Test connection')!.click();
    await until(() => steps()?.querySelector('li.fail'), 'a failed step');
    await until(() => steps()?.querySelectorAll('li').length === 6, 'six steps');
    const fail = steps()!.querySelector('li.fail')!;
    expect(visibleText(fail as HTMLElement)).to.contain('Model list (/models)');
    expect(visibleText(fail as HTMLElement)).to.contain('Does the base URL end in /v1?');
    expect(visibleText(steps()!)).not.to.contain('sk-litellm-secret');
  });

  it('Conversations: what they take, a warning before the budget, export all, move archived to a file, import', async () => {
    const conn = new FakeConnection();
    const at = '2026-11-20T10:00:00.000Z';
    const conversation = (id: string, question: string, size: number) => {
      conn.data.set(conversationKey(id), {
        version: 2,
        id,
        messages: [
          { id: `${id}-q`, role: 'user', content: question, status: 'complete', created_at: at },
          {
            id: `${id}-a`,
            role: 'assistant',
            content: 'y'.repeat(size),
            status: 'complete',
            created_at: at,
            parent: `${id}-q`,
          },
        ],
      });
      return {
        id,
        created_at: at,
        updated_at: at,
        stats: { messages: 2, preview: question, at },
      };
    };
    conn.data.set(HISTORY_KEY, {
      version: 2,
      conversations: [
        conversation('a', 'A long story', 2_200_000),
        { ...conversation('b', 'An old chat', 1_000_000), archived: { value: true, at } },
        conversation('c', 'Lights', 1_000_000),
      ],
    });
    const { root } = await settingsPage(twoProviders, conn);
    await until(() => visibleText(root.host).includes('3 conversations, 4.2 MB'), 'the use');
    const text = visibleText(root.host);
    expect(text).to.contain('of the 5 MB set aside for them');
    expect(text).to.contain('nearing the space set aside for them');
    expect(text).to.contain('“A long story” alone takes 2.2 MB');

    const downloads: { name: string; text: Promise<string> }[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob) => (downloads.push({ name: '', text: b.text() }), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.at(-1)!.name = this.download;
    };
    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      button(root, 'Export all as JSON')!.click();
      await until(() => downloads.length === 1, 'the export');
      const all = JSON.parse(await downloads[0]!.text);
      expect(downloads[0]!.name).to.match(/^ai-chat-conversations-\d{4}-\d{2}-\d{2}\.json$/);
      expect(all.conversations.map((c: { entry: { id: string } }) => c.entry.id)).to.deep.equal([
        'a',
        'b',
        'c',
      ]);

      button(root, 'Move 1 archived to a file')!.click();
      await until(() => visibleText(root.host).includes('1 archived conversation moved'), 'moved');
      const moved = JSON.parse(await downloads[1]!.text);
      expect(moved.conversations[0].doc.messages[0].content).to.equal('An old chat');
      expect((conn.data.get(conversationKey('b')) as ConversationDoc).messages).to.deep.equal([]);
      const index = () => conn.data.get(HISTORY_KEY) as HistoryIndex;
      expect(index().conversations.find((e) => e.id === 'b')!.deleted?.value).to.equal(true);

      // The first file imported back: the one moved away returns (under an id of its own), the
      // others are already there.
      const input = field(root, 'Import conversations')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([await downloads[0]!.text], 'all.json'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await until(
        () => visibleText(root.host).includes('Read 3 conversations from the file: 1 new, 1 with'),
        'imported',
      );
      const back = index().conversations.find((e) => e.id === 'b~1')!;
      expect(back.archived?.value).to.equal(true);
      expect(
        (conn.data.get(conversationKey('b~1')) as ConversationDoc).messages.map((m) => m.content),
      ).to.have.members(['An old chat', 'y'.repeat(1_000_000)]);
      expect(index().conversations).to.have.length(4);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
      window.confirm = confirm;
    }
  });
});
