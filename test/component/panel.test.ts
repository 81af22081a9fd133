import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index';
import {
  ChatHarness,
  allByLabel,
  byLabel,
  clickLabel,
  deepElements,
  deepFind,
  visibleText,
} from '../helpers/chat-harness';
import { FakeConnection, until } from '../helpers/fake-connection';
import { oneProvider } from '../helpers/settings';
import type { OpenaiCompatibleConversationPanel } from '../../src/panel/panel-loader';
import {
  HISTORY_KEY,
  type ConversationDoc,
  type HistoryIndex,
  conversationKey,
} from '../../src/schema/conversation';
import { SETTINGS_KEY, type Settings } from '../../src/schema/settings';

const settings: Settings = oneProvider({ id: 's' }, [
  { model_id: 'scripted-model' },
  { model_id: 'scripted-other' },
]);

async function openPanel(options: { narrow?: boolean; conn?: FakeConnection } = {}) {
  const conn = options.conn ?? new FakeConnection();
  if (!conn.data.has(SETTINGS_KEY)) conn.data.set(SETTINGS_KEY, settings);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="height: 640px; display: flex; flex-direction: column">
      <openai-compatible-conversation-panel
        style="flex: 1"
        ?narrow=${options.narrow ?? false}
      ></openai-compatible-conversation-panel>
    </div>`,
  );
  const panel = wrapper.firstElementChild as OpenaiCompatibleConversationPanel;
  panel.hass = { connection: conn, user: { id: 'u1' }, language: 'en' } as never;
  const chat = new ChatHarness(panel);
  // The panel's code comes in a chunk of its own: the composer shows once it has loaded.
  await until(() => byLabel(panel.shadowRoot!, 'Message'), 'the composer');
  const root = panel.shadowRoot!;
  const list = () => byLabel(root, 'Conversations');
  /** The titles in the list, top to bottom. */
  const titles = () =>
    [...deepElements(list() ?? root)]
      .filter((el) => el.tagName === 'A')
      .map((a) => visibleText(a.querySelector('.title')!));
  const open = (title: string) =>
    (
      deepFind(
        list()!,
        (el) => el.tagName === 'A' && visibleText(el.querySelector('.title')!) === title,
      ) as HTMLElement
    ).click();
  const index = () => conn.data.get(HISTORY_KEY) as HistoryIndex | undefined;
  const ask = async (text: string) => {
    const before = chat.messages().length;
    await chat.ask(text);
    await chat.waitFor(
      () => chat.messages().length >= before + 2 && chat.button('Send'),
      `the answer to "${text}"`,
    );
  };
  return { conn, panel, chat, root, list, titles, open, index, ask };
}

describe('the panel', () => {
  it('chats at full height with the default provider', async () => {
    const { chat, ask } = await openPanel();
    // The composer sits at the bottom of the full-height panel.
    expect(chat.textbox.getBoundingClientRect().bottom).to.be.greaterThan(500);
    await ask('Hello panel');
    expect(chat.messages()[0]).to.deep.equal(['user', 'Hello panel']);
    expect(chat.lastAnswer()).to.contain('Hello panel');
  });

  it('keeps a list of conversations: new, switch, newest first', async () => {
    const { chat, root, titles, open, index, ask, conn } = await openPanel();
    await ask('First topic');
    await clickLabel(root, 'New conversation');
    await until(() => chat.messages().length === 0, 'an empty chat');
    await ask('Second topic');
    await until(() => titles().length === 2, 'two conversations listed');
    expect(titles()).to.deep.equal(['Second topic', 'First topic']);
    open('First topic');
    await until(() => chat.messages()[0]?.[1] === 'First topic', 'the first conversation');
    expect(chat.messages()).to.have.length(2);
    // Each in a document of its own, both in the index.
    await until(() => index()?.conversations.length === 2, 'stored');
    for (const entry of index()!.conversations) {
      const doc = conn.data.get(conversationKey(entry.id)) as ConversationDoc;
      expect(doc.messages.map((m) => m.role)).to.deep.equal(['user', 'assistant']);
      expect(entry.source).to.deep.equal({ kind: 'panel' });
    }
  });

  it('renames, deletes with Undo, archives, and searches titles and messages', async () => {
    const { root, chat, titles, index, ask } = await openPanel();
    await ask('Plans for the garden');
    await clickLabel(root, 'New conversation');
    await until(() => chat.messages().length === 0, 'an empty chat');
    await ask('Where is the kitchen, please');
    await until(() => titles().length === 2, 'two listed');

    await clickLabel(root, 'Options for Plans for the garden');
    await clickLabel(root, 'Rename');
    await until(() => byLabel(root, 'Conversation name'), 'the name field');
    const field = byLabel<HTMLInputElement>(root, 'Conversation name')!;
    field.select();
    await sendKeys({ type: 'Garden' });
    await sendKeys({ press: 'Enter' });
    await until(() => titles().includes('Garden'), 'the new name');
    await until(
      () => index()!.conversations.some((e) => e.title?.value === 'Garden'),
      'the name stored',
    );

    await clickLabel(root, 'Options for Garden');
    await clickLabel(root, 'Delete');
    await until(() => !titles().includes('Garden'), 'gone from the list');
    const garden = () => index()!.conversations.find((e) => e.title?.value === 'Garden')!;
    await until(() => garden().deleted?.value === true, 'stored as deleted');
    const snackbar = deepFind(root, (el) => el.classList.contains('snackbar'))!;
    expect(visibleText(snackbar)).to.contain('Deleted “Garden”.');
    (
      deepFind(
        root,
        (el) => el.tagName === 'BUTTON' && el.textContent?.trim() === 'Undo',
      ) as HTMLElement
    ).click();
    await until(() => titles().includes('Garden'), 'back after Undo');
    await until(() => garden().deleted?.value === false, 'stored as not deleted');

    await clickLabel(root, 'Options for Garden');
    await clickLabel(root, 'Archive');
    await until(
      () => !titles().slice(0, 1).includes('Garden') && garden().archived?.value,
      'archived',
    );
    const conversationList = () => deepFind(root, (el) => el.tagName === 'OACC-CONVERSATION-LIST')!;
    expect(visibleText(conversationList())).to.contain('Archived (1)');

    // Search: by title, and by what was said (the answer echoes the question).
    const search = byLabel<HTMLInputElement>(root, 'Search conversations')!;
    search.focus();
    await sendKeys({ type: 'kitchen' });
    await until(() => titles().length === 1, 'one match');
    expect(titles()[0]).to.contain('Where is the kitchen');
    search.select();
    await sendKeys({ type: 'here is what I can do' });
    await until(() => titles().length === 2, 'both match by their answers');
    const sub = deepFind(conversationList().shadowRoot!, (el) => el.classList.contains('sub'));
    expect(visibleText(sub!)).to.match(/here is what I can do/i);
  });

  it('picks the model per conversation; each answer says which model wrote it', async () => {
    const { root, chat, index, ask } = await openPanel();
    await ask('Hello one');
    const picker = byLabel<HTMLSelectElement>(root, 'Model')!;
    expect(picker.value).to.equal('s\u0000scripted-model');
    picker.value = 's\u0000scripted-other';
    picker.dispatchEvent(new Event('change'));
    await until(() => index()?.conversations[0]?.model?.model_id === 'scripted-other', 'stored');
    await ask('Hello two');
    const models = [...deepElements(root)]
      .filter((el) => el.classList.contains('model') && el.tagName === 'SPAN')
      .map((el) => el.textContent);
    expect(models).to.deep.equal(['scripted-model', 'scripted-other']);
    expect(chat.messages()).to.have.length(4);
  });

  it('by keyboard: Alt+Shift+N starts a conversation, / goes to the message box, Escape stops', async () => {
    const { root, chat, titles, ask } = await openPanel();
    await ask('Before the shortcut');
    byLabel(root, 'Search conversations')!.blur();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyN' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Alt' });
    await until(() => chat.messages().length === 0, 'a new conversation');
    document.body.focus();
    await sendKeys({ press: 'Slash' });
    await until(() => deepActive()?.getAttribute('aria-label') === 'Message', 'the message box');
    await chat.ask('long answer 40');
    await chat.waitFor(() => chat.lastAnswer().length > 30, 'the answer streaming');
    (deepActive() as HTMLElement).blur();
    await sendKeys({ press: 'Escape' });
    await chat.waitFor(() => chat.button('Send'), 'stopped');
    expect(chat.lastAnswer()).to.contain('Stopped.');
    expect(titles()).to.have.length(2);
  });

  it('on a phone the list is a drawer', async () => {
    const { root, titles, ask } = await openPanel({ narrow: true });
    await ask('From the phone');
    expect(allByLabel(root, 'Conversations')).to.have.length(0);
    await clickLabel(root, 'Show conversations');
    await until(() => titles().length === 1, 'the drawer open');
    await sendKeys({ press: 'Escape' });
    await until(() => allByLabel(root, 'Conversations').length === 0, 'the drawer closed');
  });

  it('a conversation list that does not validate is shown with its problem and left as it is', async () => {
    const conn = new FakeConnection();
    const broken = { version: 2, conversations: [{ id: 7 }] };
    conn.data.set(HISTORY_KEY, structuredClone(broken));
    const { root, chat } = await openPanel({ conn });
    await until(() => visibleText(root.host).includes('could not be read'), 'the problem');
    expect(visibleText(root.host)).to.contain('conversations.0.id');
    await chat.ask('Still answers');
    await chat.waitFor(() => chat.lastAnswer().includes('Still answers'), 'the answer');
    await new Promise((r) => setTimeout(r, 300));
    expect(conn.data.get(HISTORY_KEY)).to.deep.equal(broken);
  });

  it('a conversation that does not validate says so, takes no question, and is left as it is', async () => {
    const conn = new FakeConnection();
    const at = '2026-11-20T10:00:00.000Z';
    conn.data.set(HISTORY_KEY, {
      version: 2,
      conversations: [{ id: 'c', created_at: at, updated_at: at, stats: { messages: 1, at } }],
    });
    const broken = { version: 2, id: 'c', messages: [{ id: 'm', role: 'robot' }] };
    conn.data.set(conversationKey('c'), structuredClone(broken));
    const { chat } = await openPanel({ conn });
    await until(() => chat.alert().includes('This conversation could not be read'), 'the problem');
    await chat.ask('Hello?');
    await new Promise((r) => setTimeout(r, 300));
    expect(chat.messages()).to.have.length(0);
    expect(conn.data.get(conversationKey('c'))).to.deep.equal(broken);
  });

  it('asks Home Assistant to open the sidebar from its menu button when narrow', async () => {
    const panel = await fixture<OpenaiCompatibleConversationPanel>(
      html`<openai-compatible-conversation-panel narrow></openai-compatible-conversation-panel>`,
    );
    let toggled = false;
    panel.addEventListener('hass-toggle-menu', () => (toggled = true));
    await until(() => byLabel(panel.shadowRoot!, 'Menu'), 'the menu button');
    byLabel<HTMLButtonElement>(panel.shadowRoot!, 'Menu')!.click();
    expect(toggled).to.equal(true);
  });
});

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
