import { expect } from '@open-wc/testing';
import { until } from '../helpers/fake-connection';
import { demoHouse } from '../helpers/fake-home';
import { LLM_URL, llmRequests } from '../helpers/llm';
import { ChatSession, type Turn } from '../../src/chat/session';
import { HomeTools } from '../../src/ha/tools';

// The tool loop end to end in the browser: the real provider client against the scripted server
// (each dialect's way of streaming tool calls), the real tools against a fake house.

function setup(dialect: string, options: { maxRounds?: number; admin?: boolean } = {}) {
  const house = demoHouse({ admin: options.admin ?? true });
  const tools = new HomeTools(house, { settleMs: 0 });
  const turn: Turn = {
    target: { baseUrl: `${LLM_URL}${dialect}/v1` },
    model: 'scripted-model',
    maxTokens: 100,
    temperature: 0.5,
    contextMessages: 5,
    systemPrompt: async () => 'You run a house.',
    tools: { box: tools, maxRounds: options.maxRounds ?? 10 },
  };
  const session = new ChatSession({ conversationId: `tools-${dialect}` });
  return { house, turn, session };
}

const lastAnswer = (session: ChatSession) => session.state.messages.at(-1);

describe('tool loop', () => {
  // Split across chunks with `index` (OpenAI, LiteLLM, vLLM), whole in one chunk (Ollama, Groq),
  // without `index` (Mistral), with `extra_content` that must travel back (Gemini).
  for (const dialect of ['', '/litellm', '/ollama', '/groq', '/mistral', '/gemini']) {
    it(`two calls in one turn, results fed back, answer streamed (${dialect || 'openai'})`, async () => {
      const { house, turn, session } = setup(dialect);
      house.entities.get('light.kitchen_lights')!.state = 'on';
      await session.send(
        'Turn off the kitchen lights and tell me whether the front door is locked',
        turn,
      );
      expect(session.state.error).to.equal(undefined);
      expect(house.entities.get('light.kitchen_lights')!.state).to.equal('off');
      const [, calling, answer] = session.state.messages;
      expect(calling!.tool_calls!.map((c) => [c.name, c.status])).to.deep.equal([
        ['call_service', 'done'],
        ['get_entity', 'done'],
      ]);
      expect(answer!.content).to.match(/^Done: .*"light.kitchen_lights":"off".*"state":"locked"/);
      expect(answer!.status).to.equal('complete');

      // The second request carries the calls and their results, paired by id.
      const requests = (await llmRequests()).filter((r) => r.path.startsWith(`${dialect}/v1/chat`));
      const sent = (requests.at(-1)!.body as { messages: Record<string, unknown>[] }).messages;
      const assistant = sent.find((m) => m.role === 'assistant')!;
      const ids = (assistant.tool_calls as { id: string }[]).map((c) => c.id);
      expect(sent.filter((m) => m.role === 'tool').map((m) => m.tool_call_id)).to.deep.equal(ids);
      if (dialect === '/gemini')
        expect((assistant.tool_calls as Record<string, unknown>[])[0]!.extra_content).to.exist;
      expect(JSON.stringify(sent)).not.to.contain('"status"');
    });
  }

  it('a lock waits for Approve; Deny goes back to the model and leaves it locked', async () => {
    const { house, turn, session } = setup('');
    const sending = session.send('Unlock the front door', turn);
    await until(
      () => lastAnswer(session)?.tool_calls?.[0]?.status === 'awaiting',
      'the call to wait for approval',
    );
    expect(lastAnswer(session)?.tool_calls![0]!.confirm).to.equal('lock.unlock on Front Door');
    expect(session.state.announcement).to.equal('Wants to run lock.unlock on Front Door. Approve?');
    expect(house.calls).to.deep.equal([]);
    session.decide(lastAnswer(session)!.tool_calls![0]!.id, false);
    await sending;
    expect(house.entities.get('lock.front_door')!.state).to.equal('locked');
    expect(house.calls).to.deep.equal([]);
    const [, calling, answer] = session.state.messages;
    expect(calling!.tool_calls![0]!.status).to.equal('denied');
    expect(answer!.content).to.match(/Done: .*The user denied this action/);
  });

  it('Approve runs the call', async () => {
    const { house, turn, session } = setup('');
    const sending = session.send('Unlock the front door', turn);
    await until(() => lastAnswer(session)?.tool_calls?.[0]?.status === 'awaiting', 'approval');
    session.decide(lastAnswer(session)!.tool_calls![0]!.id, true);
    await sending;
    expect(house.entities.get('lock.front_door')!.state).to.equal('unlocked');
    expect(session.state.messages[1]!.tool_calls![0]!.status).to.equal('done');
  });

  it('Stop while a call waits ends the whole loop, and nothing runs', async () => {
    const { house, turn, session } = setup('');
    const sending = session.send('Unlock the front door', turn);
    await until(() => lastAnswer(session)?.tool_calls?.[0]?.status === 'awaiting', 'approval');
    session.stop();
    await sending;
    expect(session.state.busy).to.equal(false);
    expect(house.calls).to.deep.equal([]);
    expect(session.state.messages.map((m) => m.status)).to.deep.equal(['complete', 'stopped']);
    expect(session.state.messages[1]!.tool_calls![0]!.status).to.equal('stopped');
    expect(session.state.error).to.equal(undefined);
  });

  it('a model that keeps calling tools is stopped after the bound, with a clear message', async () => {
    const { turn, session } = setup('', { maxRounds: 3 });
    const before = (await llmRequests()).length;
    await session.send('Keep calling tools, please', turn);
    expect((await llmRequests()).length - before).to.equal(4);
    expect(session.state.error?.message).to.equal(
      'The model kept calling tools: stopped after 3 rounds. Ask again, or raise the limit in the settings.',
    );
    const statuses = session.state.messages.flatMap((m) => m.tool_calls ?? []).map((c) => c.status);
    expect(statuses).to.deep.equal(['done', 'done', 'done', 'stopped']);
  });

  it('arguments that are not JSON go back to the model as an error, not a crash', async () => {
    const { turn, session } = setup('');
    await session.send('Bad tool arguments', turn);
    expect(session.state.messages[1]!.tool_calls![0]!.status).to.equal('error');
    expect(session.state.messages[2]!.content).to.match(/Done: .*not valid JSON/);
  });

  for (const [dialect, words] of [
    ['/ollama', 'does not support tools'],
    ['/vllm', 'enable-auto-tool-choice'],
  ] as const) {
    it(`a model without tool support gets a clear message (${dialect.slice(1)})`, async () => {
      const { turn, session } = setup(`${dialect}/no-tools`);
      await session.send('Hello', turn);
      expect(session.state.error?.message).to.contain(words);
      expect(session.state.error?.hint).to.equal(
        'This model does not take tools. Turn tools off for it in the card editor (Tools), or pick a model that supports function calling.',
      );
    });
  }

  it('without tools the same model answers', async () => {
    const { turn, session } = setup('/ollama/no-tools');
    await session.send('Hello', { ...turn, tools: undefined });
    expect(session.state.error).to.equal(undefined);
    expect(lastAnswer(session)!.content).to.match(/^You said: \*\*Hello\*\*/);
  });
});
