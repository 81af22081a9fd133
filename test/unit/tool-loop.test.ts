import { shown } from '../helpers/errors';
import { expect } from '@open-wc/testing';
import { until } from '../helpers/fake-connection';
import { demoHouse } from '../helpers/fake-home';
import { LLM_URL, llmRequests } from '../helpers/llm';
import { ChatSession, type Turn } from '../../src/chat/session';
import { HomeTools } from '../../src/ha/tools';
import { prepareImage } from '../../src/ui/images';

// The tool loop end to end in the browser: the real provider client against the scripted server
// (each dialect's way of streaming tool calls), the real tools against a fake house.

/** An 800 × 600 picture, as a camera would give it (PNG from a canvas). */
async function cameraPicture(): Promise<Blob> {
  const canvas = new OffscreenCanvas(800, 600);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#345';
  ctx.fillRect(0, 0, 800, 600);
  return canvas.convertToBlob({ type: 'image/png' });
}

function setup(
  dialect: string,
  options: { maxRounds?: number; admin?: boolean; camera?: { approval?: boolean } } = {},
) {
  const house = demoHouse({ admin: options.admin ?? true });
  const looked: string[] = [];
  if (options.camera)
    house.entities.set('camera.front_door', {
      entity_id: 'camera.front_door',
      state: 'idle',
      attributes: { friendly_name: 'Front Door Camera' },
      registry: { should_expose: true },
    });
  const tools = new HomeTools(house, {
    settleMs: 0,
    ...(options.camera
      ? {
          look: async (id: string) => {
            looked.push(id);
            return prepareImage(await cameraPicture());
          },
          cameraApproval: options.camera.approval,
        }
      : {}),
  });
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
  return { house, turn, session, looked };
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

  it('a camera waits for Approve; then its picture reaches the model after the results', async () => {
    const { turn, session, looked } = setup('', { camera: {} });
    const sending = session.send('Who is there? Look through camera.front_door', turn);
    await until(() => lastAnswer(session)?.tool_calls?.[0]?.status === 'awaiting', 'approval');
    const waiting = lastAnswer(session)!.tool_calls![0]!;
    expect(waiting.ask).to.equal('Wants to look through Front Door Camera. Approve?');
    expect(session.state.announcement).to.equal(waiting.ask);
    expect(looked).to.deep.equal([]);
    session.decide(waiting.id, true);
    await sending;
    expect(looked).to.deep.equal(['camera.front_door']);
    const [, calling, answer] = session.state.messages;
    const call = calling!.tool_calls![0]!;
    expect(call.status).to.equal('done');
    // Kept with the call: a thumbnail, and the size the model got.
    expect(call.images!.map((i) => [i.width, i.height])).to.deep.equal([[800, 600]]);
    expect(call.images![0]!.thumb).to.match(/^data:image\/jpeg;base64,/);
    // The model read the result, then the picture in a user message of its own.
    expect(answer!.content).to.match(
      /^Done: .*"entity_id":"camera.front_door".* \| I received 1 image: 800×600 JPEG \(\d+ KB\)\.$/,
    );
    const sent = ((await llmRequests()).at(-1)!.body as { messages: Record<string, unknown>[] })
      .messages;
    expect(sent.slice(-3).map((m) => m.role)).to.deep.equal(['assistant', 'tool', 'user']);
    const parts = sent.at(-1)!.content as { type: string; image_url?: { url: string } }[];
    expect(parts.map((p) => p.type)).to.deep.equal(['text', 'image_url']);
    // The picture as fetched (800 px), not the 256 px thumbnail that is stored.
    expect(parts[1]!.image_url!.url).to.not.equal(call.images![0]!.thumb);
    expect(JSON.stringify(sent)).not.to.contain('"images"');
  });

  it('with camera approval off the model looks at once; a model without vision is not offered the camera', async () => {
    const { turn, session, looked } = setup('', { camera: { approval: false } });
    await session.send('Look through camera.front_door', turn);
    expect(looked).to.deep.equal(['camera.front_door']);
    expect(session.state.messages[1]!.tool_calls![0]!.confirm).to.equal(undefined);
    expect(session.state.messages[2]!.content).to.match(/I received 1 image: 800×600 JPEG/);

    const blind = setup('');
    await blind.session.send('Look through camera.front_door', blind.turn);
    expect(blind.session.state.messages[1]!.tool_calls).to.equal(undefined);
    expect(blind.session.state.messages[1]!.content).to.match(/^You said/);
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
    expect(shown(session.state.error)?.message).to.equal(
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
      expect(shown(session.state.error)?.message).to.contain(words);
      expect(shown(session.state.error)?.hint).to.equal(
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
