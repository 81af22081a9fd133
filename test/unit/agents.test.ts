import { shown } from '../helpers/errors';
import { expect } from '@open-wc/testing';
import { TURN } from '../helpers/chat-harness';
import { FakeConnection } from '../helpers/fake-connection';
import { agentStream } from '../../src/ha/agent-stream';
import { HA_PROVIDER_ID, homeAgents } from '../../src/ha/agents';
import { ChatSession } from '../../src/chat/session';
import { wireMessages } from '../../src/chat/wire';
import { resolveModel } from '../../src/chat/model-choice';
import { describeCall } from '../../src/ui/describe-call';

type Message = { type: string; [key: string]: unknown };
type Event = { type: string; data?: Record<string, unknown> };

/**
 * Home Assistant's conversation commands, answering with the shapes 2026.11 sends (read from its
 * source: conversation/http.py, assist_pipeline's default_pipeline.py, conversation's
 * chat_log.py): the agents, the pipelines, `conversation/process`, and a pipeline run's events.
 */
/** Home Assistant's agents and pipelines over the websocket, beside its user data. */
class FakeAgents extends FakeConnection {
  pipelines: { id: string; conversation_engine: string }[] = [];
  /** How many times the agent list is refused before it is given. */
  listFailures = 0;
  preferred: string | undefined;
  /** The events of the next pipeline run, given the run's message. */
  run: (message: Message) => Event[] = () => [];
  process: (message: Message) => unknown = () => ({});

  override async sendMessagePromise<Result>(message: Message): Promise<Result> {
    const answer = <T>(value: T) => {
      this.sent.push(message);
      return value as unknown as Result;
    };
    switch (message.type) {
      case 'conversation/agent/list':
        if (this.listFailures-- > 0) {
          this.sent.push(message);
          throw { code: 'unknown_error', message: 'Not ready' };
        }
        return answer({
          agents: [
            {
              id: 'conversation.home_assistant',
              name: 'Home Assistant',
              supported_languages: ['en'],
            },
            { id: 'conversation.llm', name: 'LLM agent', supported_languages: '*' },
          ],
        });
      case 'assist_pipeline/pipeline/list':
        return answer({ pipelines: this.pipelines, preferred_pipeline: this.preferred ?? null });
      case 'conversation/process':
        return answer(this.process(message));
    }
    return super.sendMessagePromise<Result>(message);
  }

  override async subscribeMessage<Result>(
    callback: (r: Result) => void,
    message: Message,
  ): Promise<() => Promise<void>> {
    if (message.type !== 'assist_pipeline/run') return super.subscribeMessage(callback, message);
    this.sent.push(message);
    const events = this.run(message);
    // One event per task, as they arrive over the websocket.
    void (async () => {
      for (const event of events) {
        await new Promise((r) => setTimeout(r, 1));
        callback(event as Result);
      }
    })();
    return async () => undefined;
  }
}

const result = (speech: string, conversationId: string, data: object = {}) => ({
  response: {
    speech: { plain: { speech, extra_data: null } },
    card: {},
    language: 'en',
    response_type: 'action_done',
    data: { targets: [], success: [], failed: [], ...data },
  },
  conversation_id: conversationId,
  continue_conversation: false,
});

const session = () => new ChatSession({ conversationId: `agents-${Math.random()}` });

describe('Home Assistant agents as a source', () => {
  it('lists the agents once per connection; chosen, they need no provider, no key and no tools', async () => {
    const conn = new FakeAgents();
    expect(await homeAgents(conn)).to.deep.equal([
      { id: 'conversation.home_assistant', name: 'Home Assistant' },
      { id: 'conversation.llm', name: 'LLM agent' },
    ]);
    await homeAgents(conn);
    expect(conn.sent.filter((m) => m.type === 'conversation/agent/list')).to.have.length(1);
    // Read again when asked fresh (the card editor, each time it opens).
    await homeAgents(conn, true);
    expect(conn.sent.filter((m) => m.type === 'conversation/agent/list')).to.have.length(2);
    // A refusal is not kept: the next look asks again.
    const refusing = new FakeAgents();
    refusing.listFailures = 1;
    expect(await homeAgents(refusing)).to.deep.equal([]);
    expect((await homeAgents(refusing)).map((a) => a.id)).to.deep.equal([
      'conversation.home_assistant',
      'conversation.llm',
    ]);
    const resolved = resolveModel({ version: 1, providers: [] } as never, {
      provider_id: HA_PROVIDER_ID,
      model_id: 'conversation.llm',
    });
    expect(resolved.ok && [resolved.value.agent, resolved.value.toolsOn]).to.deep.equal([
      'conversation.llm',
      false,
    ]);
    // An agent as the user's default does not silently stand in for a card that limits what
    // the model may do: the card says so.
    const byDefault = {
      version: 1,
      providers: [],
      defaults: { provider_id: HA_PROVIDER_ID, model_id: 'conversation.llm' },
    } as never;
    expect(resolveModel(byDefault, {}).ok).to.equal(true);
    for (const limits of [{ tools: false }, { scope: { domains: ['light'] } }]) {
      const limited = resolveModel(byDefault, limits);
      expect(limited.ok, JSON.stringify(limits)).to.equal(false);
      expect(!limited.ok && limited.message).to.match(/Pick a provider’s model for this card/);
    }
  });

  it('through the agent’s pipeline: the answer grows, its tool calls are rows, the conversation goes on', async () => {
    const conn = new FakeAgents();
    conn.pipelines = [
      { id: 'p-local', conversation_engine: 'conversation.home_assistant' },
      { id: 'p-llm', conversation_engine: 'conversation.llm' },
    ];
    // The shapes Home Assistant 2026.11 sends for its Ollama agent (measured end to end).
    const call = {
      id: '01JTOOL',
      tool_name: 'intent__HassTurnOn',
      tool_args: { name: 'Kitchen Lights' },
      external: false,
    };
    const acted = {
      speech: {},
      response_type: 'action_done',
      data: {
        success: [{ name: 'Kitchen Lights', type: 'entity', id: 'light.kitchen_lights' }],
        failed: [],
      },
    };
    conn.run = () => [
      { type: 'run-start', data: { pipeline: 'p-llm', language: 'en' } },
      { type: 'intent-start', data: { engine: 'conversation.llm' } },
      { type: 'intent-progress', data: { chat_log_delta: { role: 'assistant' } } },
      { type: 'intent-progress', data: { chat_log_delta: { tool_calls: [call] } } },
      {
        type: 'intent-progress',
        data: {
          chat_log_delta: {
            role: 'tool_result',
            agent_id: 'conversation.llm',
            tool_call_id: '01JTOOL',
            tool_name: 'intent__HassTurnOn',
            result: { data: acted, error: false },
            tool_result: acted,
          },
        },
      },
      { type: 'intent-progress', data: { chat_log_delta: { role: 'assistant' } } },
      { type: 'intent-progress', data: { chat_log_delta: { content: 'The kitchen ' } } },
      { type: 'intent-progress', data: { chat_log_delta: { content: 'lights are on.' } } },
      {
        type: 'intent-end',
        data: {
          processed_locally: false,
          // 2026.11 also sums up what the tools acted on: one row, not two.
          intent_output: result('The kitchen lights are on.', '01JCONV', acted.data),
        },
      },
      { type: 'run-end' },
    ];
    const chat = session();
    const seen: string[] = [];
    chat.subscribe((s) => {
      const text = s.messages.at(-1)?.content;
      if (s.messages.at(-1)?.role === 'assistant' && text && seen.at(-1) !== text) seen.push(text);
    });
    await chat.send('Turn on the kitchen lights', {
      ...TURN,
      stream: agentStream(conn, 'conversation.llm', undefined),
    });
    const run = conn.sent.find((m) => m.type === 'assist_pipeline/run')!;
    expect(run).to.deep.include({
      start_stage: 'intent',
      end_stage: 'intent',
      input: { text: 'Turn on the kitchen lights' },
      pipeline: 'p-llm',
    });
    expect(run.conversation_id).to.equal(undefined);
    expect(seen).to.deep.equal(['The kitchen ', 'The kitchen lights are on.']);
    const answer = chat.state.messages.at(-1)!;
    expect(answer.status).to.equal('complete');
    expect(
      answer.tool_calls!.map((c) => [c.name, c.status, c.arguments, c.result, c.entity_ids]),
    ).to.deep.equal([
      [
        'intent__HassTurnOn',
        'done',
        '{"name":"Kitchen Lights"}',
        JSON.stringify(acted),
        ['light.kitchen_lights'],
      ],
    ]);
    // The row says what it acted on, by name.
    expect(describeCall(answer.tool_calls![0]!)).to.equal('Home Assistant acted on Kitchen Lights');
    expect(answer.agent_conversation_id).to.equal('01JCONV');
    // A model asked later in this conversation gets the agent's words, not its tool calls.
    expect(wireMessages('', chat.state.messages, 5).map((m) => [m.role, m.content])).to.deep.equal([
      ['user', 'Turn on the kitchen lights'],
      ['assistant', 'The kitchen lights are on.'],
    ]);

    // The next question continues the agent's conversation.
    await chat.send('And the spots?', {
      ...TURN,
      stream: agentStream(conn, 'conversation.llm', answer.agent_conversation_id),
    });
    expect(
      conn.sent.filter((m) => m.type === 'assist_pipeline/run').at(-1)!.conversation_id,
    ).to.equal('01JCONV');
  });

  it('without a pipeline for the agent: conversation/process; what the built-in agent did is a row', async () => {
    const conn = new FakeAgents();
    conn.pipelines = [{ id: 'p-llm', conversation_engine: 'conversation.llm' }];
    conn.process = () =>
      result('Turned on the lights', '01JHA', {
        targets: [],
        success: [{ name: 'Kitchen Lights', type: 'entity', id: 'light.kitchen_lights' }],
      });
    const chat = session();
    await chat.send('Turn on the kitchen lights', {
      ...TURN,
      stream: agentStream(conn, 'conversation.home_assistant', '01JOLD'),
    });
    expect(conn.sent.find((m) => m.type === 'conversation/process')).to.deep.include({
      text: 'Turn on the kitchen lights',
      agent_id: 'conversation.home_assistant',
      conversation_id: '01JOLD',
    });
    const answer = chat.state.messages.at(-1)!;
    expect(answer.content).to.equal('Turned on the lights');
    expect(answer.agent_conversation_id).to.equal('01JHA');
    const [row] = answer.tool_calls!;
    expect([row!.name, row!.status, row!.entity_ids]).to.deep.equal([
      'home_assistant',
      'done',
      ['light.kitchen_lights'],
    ]);
  });

  it('an agent that fails says so in Home Assistant’s words, with what to check', async () => {
    const conn = new FakeAgents();
    conn.pipelines = [{ id: 'p-llm', conversation_engine: 'conversation.llm' }];
    conn.run = () => [
      { type: 'run-start' },
      { type: 'intent-start' },
      {
        type: 'error',
        data: { code: 'intent-failed', message: 'Unexpected error during intent recognition' },
      },
    ];
    const chat = session();
    await chat.send('Hello', { ...TURN, stream: agentStream(conn, 'conversation.llm', undefined) });
    expect(shown(chat.state.error)?.message).to.equal(
      'Home Assistant’s conversation agent could not answer. The provider says: “Unexpected error during intent recognition”',
    );
    expect(shown(chat.state.error)?.hint).to.equal(
      'Check the agent and its assistant in Settings → Voice assistants.',
    );
  });
});
