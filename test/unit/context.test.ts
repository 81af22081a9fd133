import { shown } from '../helpers/errors';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LLM_URL } from '../helpers/llm';
import { TURN } from '../helpers/chat-harness';
import { answerRoom, fitContext, wireTokens } from '../../src/chat/context';
import { ChatSession, type Turn } from '../../src/chat/session';
import type { WireMessage } from '../../src/provider/chat';
import { httpError, requestContext } from '../../src/provider/http';
import type { ModelLearned } from '../../src/schema/settings';

const user = (content: string): WireMessage => ({ role: 'user', content });
const assistant = (content: string): WireMessage => ({ role: 'assistant', content });

/** What follows tool results that gave a picture (see session.ts). */
const pictureMessage = (): WireMessage => ({
  role: 'user',
  content: [
    { type: 'text', text: 'The picture from camera.front_door:' },
    { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,AAAA' } },
  ],
});
/** Tool results, and the pictures they gave: they go with the call that asked for them. */
const followsCall = (messages: readonly WireMessage[], m: WireMessage) =>
  m.role === 'tool' || (m.role === 'user' && messages[messages.indexOf(m) - 1]?.role === 'tool');

/** A conversation as sent: a system prompt, earlier turns (some with tool calls and their
 * results), the question. */
const conversation = fc
  .tuple(
    fc.array(
      fc.record({
        question: fc.string({ maxLength: 200 }),
        calls: fc.integer({ min: 0, max: 2 }),
        /** The calls gave pictures (a camera's): a user message follows their results. */
        pictures: fc.boolean(),
        answer: fc.string({ maxLength: 400 }),
      }),
      { maxLength: 8 },
    ),
    fc.string({ minLength: 1, maxLength: 100 }),
  )
  .map(([turns, question]) => {
    const messages: WireMessage[] = [{ role: 'system', content: 'You are helpful.' }];
    turns.forEach((t, i) => {
      messages.push(user(t.question));
      if (t.calls) {
        const ids = Array.from({ length: t.calls }, (_, k) => `call_${i}_${k}`);
        messages.push({
          role: 'assistant',
          content: null,
          tool_calls: ids.map((id) => ({ id, type: 'function', function: { name: 'x' } })),
        });
        for (const id of ids) messages.push({ role: 'tool', tool_call_id: id, content: 'ok' });
        if (t.pictures) messages.push(pictureMessage());
      }
      messages.push(assistant(t.answer));
    });
    messages.push(user(question));
    return messages;
  });

describe('context: what fits the model', () => {
  it('property: the system prompt and the question always go; the newest earlier messages fill the rest, tool results with their call', () => {
    fc.assert(
      fc.property(
        conversation,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 1000 }),
        (messages, limit, maxTokens) => {
          const fit = fitContext(messages, limit, maxTokens);
          const sent = fit.messages;
          expect(sent[0]).to.equal(messages[0]);
          expect(sent.at(-1)).to.equal(messages.at(-1));
          // What is sent is the system prompt, then an unbroken run of the newest messages.
          const rest = sent.slice(1);
          expect(rest).to.deep.equal(messages.slice(messages.length - rest.length));
          // No tool result (nor the pictures it gave) without the call that asked for it.
          expect(followsCall(messages, rest[0]!)).to.equal(false);
          // What was left out is counted (tool results and pictures go with their call).
          const dropped = messages.slice(1, messages.length - rest.length);
          expect(fit.leftOut).to.equal(dropped.filter((m) => !followsCall(messages, m)).length);
          expect(fit.tokens).to.equal(sent.reduce((n, m) => n + wireTokens(m), 0));
          // It fits, or nothing earlier is left to leave out; and nothing went that had room.
          const room = limit - answerRoom(limit, maxTokens);
          expect(fit.tokens <= room || rest.length === 1).to.equal(true);
          if (dropped.length) {
            const lastDropped = dropped.findLastIndex((m) => !followsCall(messages, m));
            const withIt = dropped.slice(lastDropped).reduce((n, m) => n + wireTokens(m), 0);
            expect(fit.tokens + withIt).to.be.greaterThan(room);
          }
        },
      ),
    );
  });

  it('a camera’s picture after this turn’s tool results is not taken for the question', () => {
    const question = user('Who is at the door?');
    const calling: WireMessage = {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_camera_image' } }],
    };
    const result: WireMessage = { role: 'tool', tool_call_id: 'c1', content: '{}' };
    const messages = [
      { role: 'system', content: 'You are helpful.' } as WireMessage,
      user('x'.repeat(6000)),
      assistant('y'.repeat(6000)),
      question,
      calling,
      result,
      pictureMessage(),
    ];
    const fit = fitContext(messages, 2500, 100);
    expect(fit.leftOut).to.equal(2);
    expect(fit.messages.slice(1)).to.deep.equal([question, calling, result, messages[6]]);
  });

  it('without a known context everything is sent', () => {
    const messages = [user('a'.repeat(10_000)), assistant('b'), user('c')];
    expect(fitContext(messages, undefined, 100)).to.deep.include({ leftOut: 0, messages });
  });
});

describe('context: the provider says the request is too long', () => {
  const words = {
    openai:
      "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. Please reduce the length of the messages.",
    vllm: "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens (4000 in the messages, 1000 in the completion). Please reduce the length of the messages or completion.",
    anthropic: 'prompt is too long: 210000 tokens > 200000 maximum',
    litellm:
      "litellm.ContextWindowExceededError: litellm.BadRequestError: ContextWindowExceededError: OpenAIException - This model's maximum context length is 300 tokens. However, your messages resulted in 420 tokens.",
  };
  for (const [server, message] of Object.entries(words)) {
    it(`${server}: the limit is read from its words`, async () => {
      const ctx = requestContext({ baseUrl: 'http://127.0.0.1:1/v1' }, '/chat/completions', {});
      const body = JSON.stringify({ error: { message, code: 'context_length_exceeded' } });
      const error = await httpError(ctx, new Response(body, { status: 400 }));
      expect(error.type).to.equal('context_length');
      expect(error.limit).to.equal(Number(/(?:length is|>) (\d+)/.exec(message)![1]));
      expect(error.message).to.contain(`context of ${error.limit} tokens`);
      expect(error.hint).to.contain('Start a new conversation');
    });
  }
});

describe('context: a long conversation with a model of small context', () => {
  /** Four questions with answers of about 600 characters, then "how many messages", through
   * the scripted server. */
  async function converse(turn: Turn, learned: ModelLearned[] = []) {
    const session = new ChatSession({
      conversationId: 'c',
      onLearned: (_turn, l) => learned.push(l),
    });
    session.subscribe(() => undefined);
    for (let i = 1; i <= 4; i++) await session.send('markdown 600', turn);
    await session.send('How many messages did you get?', turn);
    return session.state;
  }

  it('set in the settings: the oldest are left out, the answer comes, the user is told', async () => {
    const state = await converse({
      ...TURN,
      target: { baseUrl: `${LLM_URL}/vllm/chunk-delay-0/context-300/v1` },
      model: 'scripted-model',
      contextMessages: 20,
      contextLength: 300,
    });
    expect(state.error).to.equal(undefined);
    const answer = state.messages.at(-1)!.content;
    const got = Number(/I received (\d+) messages: system, user/.exec(answer)?.[1]);
    // All of it would be ten: the system prompt, four questions and answers, the question.
    expect(got).to.be.lessThan(10);
    expect(state.context?.leftOut).to.equal(10 - got);
  });

  it('not set: the provider’s 400 teaches the limit, and the request goes again, shorter', async () => {
    const learned: ModelLearned[] = [];
    const state = await converse(
      {
        ...TURN,
        target: { baseUrl: `${LLM_URL}/chunk-delay-0/context-300/v1` },
        model: 'scripted-model',
        contextMessages: 20,
      },
      learned,
    );
    expect(state.error).to.equal(undefined);
    expect(state.messages.at(-1)!.content).to.match(/^I received \d+ messages: system, user/);
    expect(learned).to.deep.include({ context_length: 300 });
    expect(state.context?.leftOut).to.be.greaterThan(0);
  });

  it('nothing left to leave out: the provider’s words and what to do', async () => {
    const session = new ChatSession({ conversationId: 'c' });
    session.subscribe(() => undefined);
    await session.send(`tell me ${'very '.repeat(400)}much`, {
      ...TURN,
      target: { baseUrl: `${LLM_URL}/context-300/v1` },
      model: 'scripted-model',
    });
    expect(shown(session.state.error)?.message).to.contain(
      'longer than the model’s context of 300',
    );
  });
});
