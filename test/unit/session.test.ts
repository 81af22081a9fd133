import { expect } from '@open-wc/testing';
import { FakeConnection, until } from '../helpers/fake-connection';
import { ChatSession, type Turn, wireMessages } from '../../src/chat/session';
import { HistoryStore } from '../../src/ha/history-store';
import { ProviderError } from '../../src/provider/errors';
import type { ChatParams, StreamEvent } from '../../src/provider/chat';
import type { ClientOptions } from '../../src/provider/http';
import { HISTORY_KEY, type ChatMessage, type History } from '../../src/schema/conversation';

const turn: Turn = {
  target: { baseUrl: 'http://127.0.0.1:1/v1' },
  model: 'm',
  maxTokens: 10,
  temperature: 0.5,
  contextMessages: 2,
  systemPrompt: async () => 'You are helpful.',
};

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
  const push = (e: StreamEvent | Error) => {
    queue.push(e);
    wake?.();
  };
  return { stream, push, calls };
}

const stored = (conn: FakeConnection) =>
  (conn.data.get(HISTORY_KEY) as History | undefined)?.conversations[0];

describe('chat session', () => {
  it('streams an answer, announces it and stores the conversation', async () => {
    const conn = new FakeConnection();
    const s = scriptedStream();
    const session = new ChatSession({
      conversationId: 'c1',
      store: new HistoryStore(conn),
      stream: s.stream as never,
    });
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
    });
    expect(session.state.announcement).to.equal('Hi there');
    expect(s.calls[0]!.messages).to.deep.equal([
      { role: 'system', content: 'You are helpful.' },
      { role: 'user', content: 'Hello' },
    ]);
    await until(() => stored(conn)?.messages.at(-1)?.status === 'complete', 'stored answer');
    expect(stored(conn)).to.deep.include({ id: 'c1', title: 'Hello' });
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
    expect(session.state.error?.message).to.contain('Cannot reach the provider at http://x/v1');
  });

  it('a failure before any output removes the empty answer and offers the question again', async () => {
    const s = scriptedStream();
    const session = new ChatSession({ conversationId: 'c', stream: s.stream as never });
    const sending = session.send('Hi', turn);
    s.push(new ProviderError('auth', { status: 401, providerMessage: 'Invalid key' }));
    await sending;
    expect(session.state.messages.map((m: ChatMessage) => m.role)).to.deep.equal(['user']);
    expect(session.state.error).to.deep.include({ type: 'auth' });
    expect(session.state.error?.message).to.contain('HTTP 401').and.contain('Invalid key');
    const again = session.retry(turn);
    s.push({ type: 'content', text: 'Now it works' });
    s.push({ type: 'finish', reason: 'stop' });
    await again;
    expect(session.state.messages.map((m) => m.content)).to.deep.equal(['Hi', 'Now it works']);
    expect(session.state.error).to.equal(undefined);
  });

  it('loads a stored conversation; an answer that was streaming shows as cut off', async () => {
    const conn = new FakeConnection();
    conn.data.set(HISTORY_KEY, {
      version: 1,
      conversations: [
        {
          id: 'c1',
          updated_at: '2026-01-01T00:00:00Z',
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
              created_at: '2026-01-01T00:00:00Z',
            },
          ],
        },
      ],
    });
    const session = new ChatSession({ conversationId: 'c1', store: new HistoryStore(conn) });
    await session.load();
    expect(session.state.messages.map((m) => [m.content, m.status])).to.deep.equal([
      ['Q', 'complete'],
      ['A', 'cut'],
    ]);
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
