import { shown } from '../helpers/errors';
import { expect } from '@open-wc/testing';
import { FakeConnection, FakeUserData, until } from '../helpers/fake-connection';
import { TURN } from '../helpers/chat-harness';
import { ChatSession, type Turn } from '../../src/chat/session';
import { wireMessages } from '../../src/chat/wire';
import { ConversationLibrary } from '../../src/ha/conversations';
import { ListedConversation } from '../../src/ha/listed-conversation';
import { ProviderError } from '../../src/provider/errors';
import type { ChatParams, StreamEvent } from '../../src/provider/chat';
import type { ClientOptions } from '../../src/provider/http';
import {
  HISTORY_BACKUP_KEY,
  HISTORY_KEY,
  type ChatMessage,
  type ConversationDoc,
  type HistoryIndex,
  conversationKey,
} from '../../src/schema/conversation';

const turn: Turn = TURN;

/** A provider stream the test releases event by event. */
function scriptedStream() {
  const queue: (StreamEvent | Error)[] = [];
  let wake: (() => void) | undefined;
  const calls: ChatParams[] = [];
  const stream = async function* (_t: unknown, params: ChatParams, options: ClientOptions = {}) {
    calls.push(params);
    for (;;) {
      while (!queue.length) {
        if (options.signal?.aborted) throw new ProviderError('aborted');
        await new Promise<void>((r) => {
          wake = r;
          options.signal?.addEventListener('abort', () => r(), { once: true });
        });
      }
      const next = queue.shift()!;
      if (next instanceof Error) throw next;
      if (next.type === 'finish') return;
      yield next;
    }
  };
  const push = (...events: (StreamEvent | Error)[]) => {
    queue.push(...events);
    wake?.();
  };
  /** Answers the next request with `text`. */
  const answer = (text: string) =>
    push({ type: 'content', text }, { type: 'finish', reason: 'stop' });
  return { stream, push, answer, calls };
}

const storedDoc = (conn: FakeConnection, id: string) =>
  conn.data.get(conversationKey(id)) as ConversationDoc | undefined;

/** A session on a conversation kept in (fake) Home Assistant user data, as a tab has it. */
function tab(conn: FakeConnection, id = 'c1', s = scriptedStream()) {
  const library = new ConversationLibrary(conn);
  const session = new ChatSession({
    conversationId: id,
    store: library.doc(id),
    stream: s.stream as never,
  });
  const shown = () => session.state.messages.map((m) => m.content);
  session.subscribe(() => undefined);
  return { library, session, s, shown, doc: library.doc(id) };
}

describe('chat session', () => {
  it('streams an answer, announces it and stores the conversation', async () => {
    const conn = new FakeConnection();
    const { session, s, doc } = tab(conn);
    const sending = session.send('  Hello  ', turn);
    await until(() => session.state.messages.length === 2, 'assistant placeholder');
    expect(session.state.busy).to.equal(true);
    s.push({ type: 'content', text: 'Hi' });
    s.push({ type: 'content', text: ' there' });
    s.push({ type: 'finish', reason: 'stop' });
    await sending;
    const [user, answer] = session.state.messages;
    expect(user).to.deep.include({ role: 'user', content: 'Hello', status: 'complete' });
    expect(answer).to.deep.include({
      role: 'assistant',
      content: 'Hi there',
      status: 'complete',
      model: 'm',
      parent: user!.id,
    });
    expect(session.state.announcement).to.equal('Hi there');
    expect(s.calls[0]!.messages).to.deep.equal([
      { role: 'system', content: 'You are helpful.' },
      { role: 'user', content: 'Hello' },
    ]);
    await doc.saved();
    const stored = storedDoc(conn, 'c1')!;
    expect(stored.messages.map((m) => [m.role, m.content, m.status])).to.deep.equal([
      ['user', 'Hello', 'complete'],
      ['assistant', 'Hi there', 'complete'],
    ]);
    expect(stored.leaf?.value).to.equal(answer!.id);
  });

  it('Stop keeps what arrived, marked stopped', async () => {
    const s = scriptedStream();
    const session = new ChatSession({ conversationId: 'c', stream: s.stream as never });
    const sending = session.send('Tell me a story', turn);
    s.push({ type: 'content', text: 'Once upon' });
    await until(() => session.state.messages.at(-1)?.content === 'Once upon', 'first words');
    session.stop();
    await sending;
    expect(session.state.busy).to.equal(false);
    expect(session.state.error).to.equal(undefined);
    expect(session.state.messages.at(-1)).to.deep.include({
      content: 'Once upon',
      status: 'stopped',
    });
  });

  it('a stream that breaks keeps what arrived, marked cut off, and says why', async () => {
    const s = scriptedStream();
    const session = new ChatSession({ conversationId: 'c', stream: s.stream as never });
    const sending = session.send('Hi', turn);
    s.push({ type: 'content', text: 'Partial' });
    const error = new ProviderError('network', { url: 'http://x/v1' });
    error.partial = true;
    s.push(error);
    await sending;
    expect(session.state.messages.at(-1)).to.deep.include({ content: 'Partial', status: 'cut' });
    expect(shown(session.state.error)?.message).to.contain(
      'Cannot reach the provider at http://x/v1',
    );
  });

  it('Try again after a cut answer goes on with it, in the same message', async () => {
    const s = scriptedStream();
    const session = new ChatSession({ conversationId: 'c', stream: s.stream as never });
    const sending = session.send('Count to four', turn);
    s.push({ type: 'content', text: 'One, two' });
    const error = new ProviderError('network', { url: 'http://x/v1' });
    error.partial = true;
    s.push(error);
    await sending;
    const cut = session.state.messages[1]!;
    expect(cut.status).to.equal('cut');
    const again = session.retry(turn);
    s.answer(', three, four.');
    await again;
    expect(session.state.messages.map((m) => [m.id, m.content, m.status])).to.deep.equal([
      [session.state.messages[0]!.id, 'Count to four', 'complete'],
      [cut.id, 'One, two, three, four.', 'complete'],
    ]);
    expect(session.state.error).to.equal(undefined);
  });

  it('a failure before any output leaves the question, offered again', async () => {
    const s = scriptedStream();
    const session = new ChatSession({ conversationId: 'c', stream: s.stream as never });
    const sending = session.send('Hi', turn);
    s.push(new ProviderError('auth', { status: 401, providerMessage: 'Invalid key' }));
    await sending;
    expect(session.state.messages.map((m: ChatMessage) => m.role)).to.deep.equal(['user']);
    expect(session.state.error).to.deep.include({ type: 'auth' });
    expect(shown(session.state.error)?.message).to.contain('HTTP 401').and.contain('Invalid key');
    const again = session.retry(turn);
    s.answer('Now it works');
    await again;
    expect(session.state.messages.map((m) => m.content)).to.deep.equal(['Hi', 'Now it works']);
    expect(session.state.error).to.equal(undefined);
  });

  it('upgrades a version-1 document: the original kept aside, a streaming answer shown cut off', async () => {
    const conn = new FakeConnection();
    const v1 = {
      version: 1,
      conversations: [
        {
          id: 'c1',
          title: 'Q',
          updated_at: '2026-01-01T00:00:01Z',
          messages: [
            {
              id: 'a',
              role: 'user',
              content: 'Q',
              status: 'complete',
              created_at: '2026-01-01T00:00:00Z',
            },
            {
              id: 'b',
              role: 'assistant',
              content: 'A',
              status: 'streaming',
              created_at: '2026-01-01T00:00:01Z',
            },
          ],
        },
        {
          id: 'card:/ai-demo/chat:Assistant',
          updated_at: '2026-01-02T00:00:00Z',
          messages: [
            {
              id: 'c',
              role: 'user',
              content: 'Lights?',
              status: 'complete',
              created_at: '2026-01-02T00:00:00Z',
            },
          ],
        },
      ],
    };
    conn.data.set(HISTORY_KEY, v1);
    const { session } = tab(conn, 'c1');
    await session.load();
    expect(session.state.messages.map((m) => [m.content, m.status])).to.deep.equal([
      ['Q', 'complete'],
      ['A', 'cut'],
    ]);
    expect(conn.data.get(HISTORY_BACKUP_KEY)).to.deep.equal(v1);
    const index = conn.data.get(HISTORY_KEY) as HistoryIndex;
    expect(index.version).to.equal(2);
    expect(index.conversations.map((e) => [e.id, e.source?.kind, e.source?.label])).to.deep.equal([
      ['c1', undefined, undefined],
      ['card:/ai-demo/chat:Assistant', 'card', 'Assistant'],
    ]);
    // In storage the answer is as it was: only the view calls it cut off.
    expect(storedDoc(conn, 'c1')!.messages.map((m) => [m.id, m.parent, m.status])).to.deep.equal([
      ['a', undefined, 'complete'],
      ['b', 'a', 'streaming'],
    ]);
  });

  it('Regenerate keeps the earlier answer as a variant to page back to', async () => {
    const { session, s, shown } = tab(new FakeConnection());
    const first = session.send('Name a colour', turn);
    s.answer('Red');
    await first;
    const red = session.state.messages[1]!;
    const again = session.regenerate(red.id, turn);
    s.answer('Blue');
    await again;
    expect(shown()).to.deep.equal(['Name a colour', 'Blue']);
    const blue = session.state.messages[1]!;
    expect(session.state.variants.get(blue.id)).to.deep.equal({ index: 1, ids: [red.id, blue.id] });
    // The second request asked the same question again, without the first answer.
    expect(s.calls[1]!.messages.map((m) => m.content)).to.deep.equal([
      'You are helpful.',
      'Name a colour',
    ]);
    session.showVariant(red.id);
    await until(() => shown()[1] === 'Red', 'the first variant');
    expect(session.state.variants.get(red.id)?.index).to.equal(0);
  });

  it('Edit asks again from that point; the earlier branch stays reachable', async () => {
    const { session, s, shown } = tab(new FakeConnection());
    for (const [q, a] of [
      ['One', '1'],
      ['Two', '2'],
      ['Three', '3'],
    ] as const) {
      const sending = session.send(q, turn);
      s.answer(a);
      await sending;
    }
    const two = session.state.messages[2]!;
    const editing = session.edit(two.id, 'Deux', turn);
    s.answer('2 in French');
    await editing;
    expect(shown()).to.deep.equal(['One', '1', 'Deux', '2 in French']);
    expect(s.calls.at(-1)!.messages.map((m) => m.content)).to.deep.equal([
      'You are helpful.',
      'One',
      '1',
      'Deux',
    ]);
    const deux = session.state.messages[2]!;
    expect(session.state.variants.get(deux.id)).to.deep.equal({ index: 1, ids: [two.id, deux.id] });
    session.showVariant(two.id);
    await until(() => shown().length === 6, 'the earlier branch');
    expect(shown()).to.deep.equal(['One', '1', 'Two', '2', 'Three', '3']);
  });

  it('Continue asks for the rest of a stopped answer and adds it to the same message', async () => {
    const { session, s, shown } = tab(new FakeConnection());
    const sending = session.send('Count to six', turn);
    s.push({ type: 'content', text: 'One, two, three' });
    await until(() => shown()[1] === 'One, two, three', 'the first words');
    session.stop();
    await sending;
    const answer = session.state.messages[1]!;
    expect(answer.status).to.equal('stopped');
    const going = session.continueAnswer(answer.id, turn);
    s.answer(', four, five, six.');
    await going;
    expect(shown()).to.deep.equal(['Count to six', 'One, two, three, four, five, six.']);
    expect(session.state.messages[1]).to.deep.include({ id: answer.id, status: 'complete' });
    const sent = s.calls.at(-1)!.messages;
    expect(sent.map((m) => m.role)).to.deep.equal(['system', 'user', 'assistant', 'user']);
    expect(sent[2]!.content).to.equal('One, two, three');
  });

  it('Delete hides a message for good; deleting the shown variant shows the other', async () => {
    const conn = new FakeConnection();
    const { session, s, shown, doc } = tab(conn);
    const first = session.send('Q', turn);
    s.answer('A1');
    await first;
    const a1 = session.state.messages[1]!;
    const again = session.regenerate(a1.id, turn);
    s.answer('A2');
    await again;
    const a2 = session.state.messages[1]!;
    session.deleteMessage(a2.id);
    await until(() => shown()[1] === 'A1', 'the other variant');
    expect(session.state.variants.size).to.equal(0);
    await doc.saved();
    const stored = storedDoc(conn, 'c1')!.messages.find((m) => m.id === a2.id)!;
    expect(stored).to.deep.include({ deleted: true, content: '' });
    session.deleteMessage(session.state.messages[0]!.id);
    await until(() => shown().length === 1, 'the question gone');
    expect(shown()).to.deep.equal(['A1']);
  });

  it('sends the system prompt, the last context messages and the question', () => {
    const m = (id: string, role: 'user' | 'assistant'): ChatMessage => ({
      id,
      role,
      content: id,
      status: 'complete',
      created_at: '',
    });
    const wire = wireMessages(
      'sys',
      [m('1', 'user'), m('2', 'assistant'), m('3', 'user'), m('4', 'assistant'), m('5', 'user')],
      2,
    );
    expect(wire.map((w) => w.content)).to.deep.equal(['sys', '3', '4', '5']);
    expect(wireMessages('', [m('1', 'user')], 0).map((w) => w.content)).to.deep.equal(['1']);
  });
});

describe('two tabs of one user', () => {
  it('each shows what the other asks, live, and user data holds every message in order', async () => {
    const server = new FakeUserData();
    const a = tab(new FakeConnection({ server }));
    const b = tab(new FakeConnection({ server }));
    for (const [who, q] of [
      [a, 'A asks'],
      [b, 'B asks'],
      [a, 'A asks again'],
    ] as const) {
      const sending = who.session.send(q, turn);
      who.s.answer(`Answer to ${q}`);
      await sending;
      await who.doc.saved();
    }
    const all = [
      'A asks',
      'Answer to A asks',
      'B asks',
      'Answer to B asks',
      'A asks again',
      'Answer to A asks again',
    ];
    await until(() => a.shown().length === 6 && b.shown().length === 6, 'both tabs up to date');
    expect(a.shown()).to.deep.equal(all);
    expect(b.shown()).to.deep.equal(all);
    const stored = server.data.get(conversationKey('c1')) as ConversationDoc;
    expect(stored.messages.map((m) => m.content)).to.deep.equal(all);
    // B's question follows A's answer: one branch, no variants.
    expect(b.session.state.variants.size).to.equal(0);
  });

  it('without subscribe_user_data, a tab reads before it writes and continues from the other', async () => {
    const server = new FakeUserData();
    const a = tab(new FakeConnection({ server, legacy: true }));
    const b = tab(new FakeConnection({ server, legacy: true }));
    await Promise.all([a.session.load(), b.session.load()]);
    let sending = a.session.send('A asks', turn);
    a.s.answer('A1');
    await sending;
    await a.doc.saved();
    expect(b.shown()).to.deep.equal([]); // nothing is pushed on these releases
    sending = b.session.send('B asks', turn);
    b.s.answer('B1');
    await sending;
    await b.doc.saved();
    expect(b.shown()).to.deep.equal(['A asks', 'A1', 'B asks', 'B1']);
    const stored = server.data.get(conversationKey('c1')) as ConversationDoc;
    expect(stored.messages.map((m) => m.content)).to.deep.equal(['A asks', 'A1', 'B asks', 'B1']);
  });

  it('a write that fails while Home Assistant restarts shows "not saved" and is written after the reconnect', async () => {
    const conn = new FakeConnection();
    const { session, s, doc } = tab(conn);
    const sending = session.send('Question', turn);
    await until(() => session.state.messages.length === 2, 'the answer begins');
    await doc.saved();
    conn.disconnect();
    s.answer('Answer written while Home Assistant was away');
    await sending;
    await until(() => session.state.saving === 'failed', 'the failed write');
    const answer = session.state.messages[1]!;
    expect([...session.state.unsaved]).to.include(answer.id);
    expect(storedDoc(conn, 'c1')!.messages[1]!.content).to.equal('');
    conn.reconnect();
    await until(() => session.state.saving === 'saved', 'saved after the reconnect');
    expect(storedDoc(conn, 'c1')!.messages.map((m) => [m.content, m.status])).to.deep.equal([
      ['Question', 'complete'],
      ['Answer written while Home Assistant was away', 'complete'],
    ]);
    expect(session.state.unsaved.size).to.equal(0);
  });
});

describe('the list of conversations follows a conversation', () => {
  function listedTab(conn: FakeConnection) {
    const library = new ConversationLibrary(conn);
    const s = scriptedStream();
    const store = new ListedConversation(library, 'c1', { kind: 'card', label: 'Kitchen' });
    const session = new ChatSession({ conversationId: 'c1', store, stream: s.stream as never });
    session.subscribe(() => undefined);
    const entry = () => (conn.data.get(HISTORY_KEY) as HistoryIndex | undefined)?.conversations[0];
    const listWrites = () =>
      conn.sent.filter((m) => m.type === 'frontend/set_user_data' && m.key === HISTORY_KEY).length;
    return { library, session, s, entry, listWrites };
  }

  it('lists a new conversation at its question, then writes the list once a turn, when it ends', async () => {
    const conn = new FakeConnection();
    const { library, session, s, entry, listWrites } = listedTab(conn);
    const first = session.send('Is the porch light on?', turn);
    // The question and the answer begun are stored together.
    await until(() => entry()?.stats?.messages === 2, 'the new conversation listed');
    expect(entry()!.source).to.deep.equal({ kind: 'card', label: 'Kitchen' });
    expect(entry()!.stats!.preview).to.equal('Is the porch light on?');
    s.answer('It is off.');
    await first;
    await library.index.saved();
    const before = listWrites();

    const second = session.send('Switch it on', turn);
    await until(() => storedDoc(conn, 'c1')?.messages.length === 4, 'the question stored');
    await library.doc('c1').saved();
    expect(listWrites(), 'no list write while the turn runs').to.equal(before);
    s.answer('Done.');
    await second;
    await until(() => entry()?.stats?.messages === 4, 'the list after the second answer');
    await library.index.saved();
    expect(listWrites()).to.equal(before + 1);
    expect(entry()!.stats!.preview, 'the first question').to.equal('Is the porch light on?');
  });

  it('outside a turn, changes close together reach the list in one write', async () => {
    const conn = new FakeConnection();
    const { library, session, s, entry, listWrites } = listedTab(conn);
    const sending = session.send('Question', turn);
    s.answer('Answer');
    await sending;
    const sending2 = session.send('Another', turn);
    s.answer('Another answer');
    await sending2;
    await until(() => entry()?.stats?.messages === 4, 'four messages listed');
    await library.index.saved();
    const before = listWrites();
    const [, , q2, a2] = session.state.messages;
    session.deleteMessage(a2!.id);
    session.deleteMessage(q2!.id);
    await until(() => entry()?.stats?.messages === 2, 'the list after the deletions');
    await library.index.saved();
    expect(listWrites()).to.equal(before + 1);
  });
});
