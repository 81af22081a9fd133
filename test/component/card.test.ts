import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LLM_URL } from '../helpers/llm';
import { oneProvider } from '../helpers/settings';
import '../../src/index';
import {
  ChatHarness,
  allByLabel,
  clickLabel,
  deepFind,
  visibleText,
} from '../helpers/chat-harness';
import { FakeConnection, until } from '../helpers/fake-connection';
import type { OpenaiCompatibleConversationCard } from '../../src/card/conversation-card';
import {
  HISTORY_KEY,
  type ConversationDoc,
  type HistoryIndex,
  conversationKey,
} from '../../src/schema/conversation';
import { SETTINGS_KEY, type Settings } from '../../src/schema/settings';

const settingsFor = (baseUrl: string, apiKey?: string): Settings =>
  oneProvider({ base_url: baseUrl, timeout_s: 5, ...(apiKey ? { api_key: apiKey } : {}) });

async function card(
  settings: Settings | undefined,
  config: Record<string, unknown> = {},
  options: { conn?: FakeConnection; hass?: Record<string, unknown> } = {},
) {
  const conn = options.conn ?? new FakeConnection();
  if (settings) conn.data.set(SETTINGS_KEY, settings);
  const el = await fixture<OpenaiCompatibleConversationCard>(
    html`<openai-compatible-conversation-card
      style="height: 520px"
    ></openai-compatible-conversation-card>`,
  );
  el.setConfig({ type: 'custom:openai-compatible-conversation-card', ...config });
  el.hass = { connection: conn, user: { id: 'u1', name: 'Demo' }, ...options.hass } as never;
  const chat = new ChatHarness(el);
  await until(() => chat.textbox, 'the composer');
  return { el, conn, chat };
}

describe('the card, as a user sees it', () => {
  it('is registered for the card picker with a preview', async () => {
    const cards = (window as unknown as { customCards: { type: string; preview?: boolean }[] })
      .customCards;
    expect(cards.find((c) => c.type === 'openai-compatible-conversation-card')).to.deep.include({
      preview: true,
    });
    const Card = customElements.get('openai-compatible-conversation-card') as unknown as {
      getStubConfig(): unknown;
      getConfigElement(): Promise<HTMLElement>;
    };
    // The editor's code comes when Home Assistant asks for it, and its element is defined then.
    const editor = await Card.getConfigElement();
    expect(editor.tagName.toLowerCase()).to.equal('openai-compatible-conversation-card-editor');
    expect(customElements.get('openai-compatible-conversation-card-editor')).to.exist;
    expect(editor).to.have.property('setConfig');
  });

  it('streams an answer, shows it as markdown, announces it and stores the conversation', async () => {
    const { chat, conn } = await card(settingsFor(`${LLM_URL}/v1`));
    await chat.ask('Hello there');
    await chat.waitFor(() => chat.button('Stop'), 'Stop while streaming');
    await chat.waitFor(() => chat.button('Send'), 'the answer to finish');
    expect(chat.messages()[0]).to.deep.equal(['user', 'Hello there']);
    const answer = chat.lastAnswer();
    expect(answer).to.contain('Hello there');
    expect(chat.alert()).to.equal('');
    expect(chat.announcement()).to.contain('Assistant:');
    // The conversation is in the list (named after the card) and in a document of its own.
    await until(
      () => (conn.data.get(HISTORY_KEY) as HistoryIndex | undefined)?.conversations.length,
      'listed',
    );
    const [entry] = (conn.data.get(HISTORY_KEY) as HistoryIndex).conversations;
    expect(entry!.source).to.deep.include({ kind: 'card', label: 'Chat' });
    await until(
      () =>
        (conn.data.get(conversationKey(entry!.id)) as ConversationDoc | undefined)?.messages.at(-1)
          ?.status === 'complete',
      'stored',
    );
    const stored = conn.data.get(conversationKey(entry!.id)) as ConversationDoc;
    expect(stored.messages.map((m) => m.role)).to.deep.equal(['user', 'assistant']);
    expect(stored.messages[1]!.status).to.equal('complete');
  });

  it('Stop ends the answer and keeps what arrived', async () => {
    const { chat } = await card(settingsFor(`${LLM_URL}/v1`));
    await chat.ask('long answer 40');
    await chat.waitFor(() => chat.lastAnswer().length > 20, 'the first words');
    await chat.press('Stop');
    await chat.waitFor(() => chat.button('Send'), 'Send again');
    const kept = chat.lastAnswer();
    expect(kept).to.contain('Stopped.');
    await new Promise((r) => setTimeout(r, 300));
    expect(chat.lastAnswer()).to.equal(kept);
  });

  it('a model that refuses max_tokens and temperature still answers, and the settings remember it', async () => {
    const settings = settingsFor(`${LLM_URL}/reasoning-model/v1`);
    settings.providers[0]!.models = [{ model_id: 'my-reasoner' }];
    settings.defaults = { provider_id: 'scripted', model_id: 'my-reasoner' };
    const { chat, conn } = await card(settings);
    await chat.ask('Hello there, model');
    await chat.waitFor(
      () => chat.lastAnswer().includes('Hello there, model') && chat.button('Send'),
      'the answer',
    );
    expect(chat.alert()).to.equal('');
    await until(
      () =>
        (conn.data.get(SETTINGS_KEY) as Settings).providers[0]!.models[0]!.learned?.temperature ===
        false,
      'remembered',
    );
    expect(
      (conn.data.get(SETTINGS_KEY) as Settings).providers[0]!.models[0]!.learned,
    ).to.deep.include({
      token_param: 'max_completion_tokens',
      temperature: false,
    });
  });

  it('says the key was refused on 401, and stays usable', async () => {
    const { chat } = await card(settingsFor(`${LLM_URL}/key/right-key/v1`, 'wrong-key'));
    await chat.ask('Hi');
    await chat.waitFor(() => chat.alert(), 'an alert');
    expect(chat.alert()).to.contain('refused the API key').and.contain('401');
    expect(chat.alert()).not.to.contain('wrong-key');
    expect(chat.textbox.disabled).to.equal(false);
  });

  it('says the base URL may lack /v1 on 404', async () => {
    const { chat } = await card(settingsFor(`${LLM_URL}`));
    await chat.ask('Hi');
    await chat.waitFor(() => chat.alert(), 'an alert');
    expect(chat.alert()).to.contain('404').and.contain('/v1');
  });

  it('says it cannot reach an unreachable host', async () => {
    const { chat } = await card(settingsFor('http://127.0.0.1:9/v1'));
    await chat.ask('Hi');
    await chat.waitFor(() => chat.alert(), 'an alert', 20_000);
    expect(chat.alert()).to.contain('Cannot reach the provider at http://127.0.0.1:9/v1');
  });

  it('shows what to do when no provider is set up', async () => {
    const { chat } = await card(undefined);
    await chat.waitFor(() => chat.alert(), 'an alert');
    expect(chat.alert()).to.contain('No provider is set up yet');
  });

  it('refuses an API key in its YAML', async () => {
    const el = document.createElement('openai-compatible-conversation-card');
    expect(() =>
      el.setConfig({ type: 'custom:openai-compatible-conversation-card', api_key: 'sk-x' }),
    ).to.throw(/does not belong in a card/);
  });

  it('is usable at phone width', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { el, chat } = await card(settingsFor(`${LLM_URL}/v1`));
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      const box = chat.textbox.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(200);
      expect(chat.button('Send')!.getBoundingClientRect().right).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

/** A Home Assistant whose sidebar has our panel at /ai-chat (panel_custom). */
const withPanel = {
  panels: {
    'ai-chat': {
      url_path: 'ai-chat',
      component_name: 'custom',
      config: { _panel_custom: { name: 'openai-compatible-conversation-panel' } },
    },
  },
};

describe('each message, as a user sees it', () => {
  const root = (el: HTMLElement) => el.shadowRoot!;

  async function asked(chat: ChatHarness, text: string) {
    const before = chat.messages().length;
    await chat.ask(text);
    await chat.waitFor(
      () => chat.messages().length >= before + 2 && chat.button('Send'),
      `the answer to "${text}"`,
    );
  }

  it('Copy puts the Markdown on the clipboard; a code block has its own Copy', async () => {
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      const { el, chat } = await card(settingsFor(`${LLM_URL}/v1`));
      await asked(chat, 'Hello clipboard');
      await clickLabel(root(el), 'Copy', 1); // the answer's (the question has one too)
      await until(() => copied.length === 1, 'copied');
      expect(copied[0]).to.contain('You said: **Hello clipboard**').and.contain('```yaml');
      await until(() => allByLabel(root(el), 'Copied').length, '"Copied" said');
      await clickLabel(root(el), 'Copy code');
      await until(() => copied.length === 2, 'the code copied');
      expect(copied[1]).to.equal('service: light.turn_on\n');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('Regenerate keeps the earlier answer as a variant to page through (‹ 1/2 ›)', async () => {
    const { el, chat, conn } = await card(settingsFor(`${LLM_URL}/v1`));
    await asked(chat, 'Surprise me');
    const first = chat.lastAnswer();
    expect(first).to.match(/^Surprise number \d+\.$/);
    await clickLabel(root(el), 'Regenerate');
    await chat.waitFor(() => chat.lastAnswer() !== first && chat.button('Send'), 'another answer');
    const second = chat.lastAnswer();
    expect(chat.messages()).to.have.length(2);
    expect(allByLabel(root(el), 'Variant 2 of 2')).to.have.length(1);
    await clickLabel(root(el), 'Previous variant');
    await chat.waitFor(() => chat.lastAnswer() === first, 'the first answer again');
    expect(allByLabel(root(el), 'Variant 1 of 2')).to.have.length(1);
    await clickLabel(root(el), 'Next variant');
    await chat.waitFor(() => chat.lastAnswer() === second, 'the second answer again');
    // Both answers are stored, siblings of the one question.
    const [entry] = (conn.data.get(HISTORY_KEY) as HistoryIndex).conversations;
    await until(
      () =>
        (conn.data.get(conversationKey(entry!.id)) as ConversationDoc).messages.filter(
          (m) => m.role === 'assistant' && m.status === 'complete',
        ).length === 2,
      'both stored',
    );
    const doc = conn.data.get(conversationKey(entry!.id)) as ConversationDoc;
    const [question, ...answers] = doc.messages;
    expect(answers.map((m) => m.parent)).to.deep.equal([question!.id, question!.id]);
  });

  it('Edit asks again; the earlier question and its answer stay reachable', async () => {
    const { el, chat } = await card(settingsFor(`${LLM_URL}/v1`));
    await asked(chat, 'What is red?');
    await clickLabel(root(el), 'Edit');
    await until(() => allByLabel(root(el), 'Edit message').length, 'the editor');
    const box = allByLabel<HTMLTextAreaElement>(root(el), 'Edit message')[0]!;
    box.focus();
    box.select();
    await sendKeys({ type: 'What is blue?' });
    await clickLabel(root(el), 'Send edited message');
    await chat.waitFor(
      () => chat.lastAnswer().includes('What is blue?') && chat.button('Send'),
      'the answer to the edited question',
    );
    expect(chat.messages().map(([, text]) => text.slice(0, 30))).to.deep.equal([
      'What is blue?',
      'You said: What is blue? Here i',
    ]);
    await clickLabel(root(el), 'Previous variant');
    await chat.waitFor(() => chat.messages()[0]![1] === 'What is red?', 'the first branch');
    expect(chat.lastAnswer()).to.contain('What is red?');
  });

  it('Continue goes on with a stopped answer, in the same message', async () => {
    const { el, chat } = await card(settingsFor(`${LLM_URL}/v1`));
    await chat.ask('long answer 3');
    await chat.waitFor(() => chat.lastAnswer().length > 10, 'the first words');
    await chat.press('Stop');
    await chat.waitFor(() => chat.button('Send'), 'stopped');
    const kept = chat.lastAnswer().replace(' Stopped.', '');
    await clickLabel(root(el), 'Continue');
    await chat.waitFor(() => chat.button('Stop'), 'continuing');
    await chat.waitFor(() => chat.button('Send'), 'done');
    expect(chat.messages()).to.have.length(2);
    expect(chat.lastAnswer().startsWith(kept)).to.equal(true);
    expect(chat.lastAnswer()).not.to.contain('Stopped.');
    expect(chat.lastAnswer().length).to.be.greaterThan(kept.length);
  });

  it('Delete removes a message', async () => {
    const { el, chat } = await card(settingsFor(`${LLM_URL}/v1`));
    await asked(chat, 'Keep me');
    await asked(chat, 'Drop me');
    await clickLabel(root(el), 'Delete', 2); // the second question's
    await chat.waitFor(() => chat.messages().length === 3, 'one message fewer');
    expect(chat.messages().map(([, text]) => text.slice(0, 7))).to.deep.equal([
      'Keep me',
      'You sai',
      'You sai',
    ]);
  });

  it('New conversation keeps the old one listed; Open in panel opens it there', async () => {
    const { el, chat, conn } = await card(
      settingsFor(`${LLM_URL}/v1`),
      { title: 'Kitchen' },
      { hass: withPanel },
    );
    await asked(chat, 'First visit');
    const path = location.pathname;
    try {
      await clickLabel(root(el), 'Open in panel');
      const [entry] = (conn.data.get(HISTORY_KEY) as HistoryIndex).conversations;
      expect(location.pathname).to.equal(`/ai-chat/conversation/${entry!.id}`);
    } finally {
      history.replaceState(null, '', path);
    }
    await clickLabel(root(el), 'New conversation');
    await chat.waitFor(() => chat.messages().length === 0, 'an empty chat');
    await asked(chat, 'Second one');
    const index = conn.data.get(HISTORY_KEY) as HistoryIndex;
    await until(
      () => (conn.data.get(HISTORY_KEY) as HistoryIndex).conversations.length === 2,
      'two',
    );
    expect(index.conversations.every((e) => e.source?.label === 'Kitchen')).to.equal(true);
  });

  it('a card for kiosks starts a fresh conversation at each visit; earlier ones stay listed', async () => {
    const conn = new FakeConnection();
    const config = { fresh_conversation: true, title: 'Hall tablet' };
    const first = await card(settingsFor(`${LLM_URL}/v1`), config, { conn });
    await asked(first.chat, 'Hello from the hall');
    // Leaving the dashboard and coming back (Home Assistant moves the same card out and in).
    const parent = first.el.parentElement!;
    first.el.remove();
    parent.append(first.el);
    await first.chat.waitFor(() => first.chat.messages().length === 0, 'a fresh conversation');
    await asked(first.chat, 'Hello again');
    await until(
      () => (conn.data.get(HISTORY_KEY) as HistoryIndex).conversations.length === 2,
      'two',
    );
    const index = conn.data.get(HISTORY_KEY) as HistoryIndex;
    expect(index.conversations.map((e) => e.stats?.preview).sort()).to.deep.equal([
      'Hello again',
      'Hello from the hall',
    ]);
    expect(visibleText(first.el)).not.to.contain('Hello from the hall');
    expect(deepFind(root(first.el), (e) => e.tagName === 'OACC-CHAT-MESSAGE')).to.exist;
  });
});
