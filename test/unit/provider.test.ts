import { expect } from '@open-wc/testing';
import { LLM_URL, llmRequests } from '../helpers/llm';
import { type ChatParams, type StreamEvent, streamChat } from '../../src/provider/chat';
import { ProviderError } from '../../src/provider/errors';
import { listModels } from '../../src/provider/models';
import type { ClientOptions, ProviderTarget } from '../../src/provider/http';
import { foldEvent } from '../../src/chat/stream-fold';
import type { ChatMessage } from '../../src/schema/conversation';

const params = (text: string, extra: Partial<ChatParams> = {}): ChatParams => ({
  model: 'scripted-model',
  messages: [{ role: 'user', content: text }],
  maxTokens: 100,
  temperature: 0.7,
  ...extra,
});

/** Records the waits the client asks for, without waiting. */
function instantSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

async function collect(target: ProviderTarget, p: ChatParams, options: ClientOptions = {}) {
  const events: StreamEvent[] = [];
  let error: ProviderError | undefined;
  try {
    for await (const e of streamChat(target, p, { sleep: instantSleep().sleep, ...options }))
      events.push(e);
  } catch (err) {
    if (!(err instanceof ProviderError)) throw err;
    error = err;
  }
  const message = events.reduce<ChatMessage>(foldEvent, {
    id: 'a',
    role: 'assistant',
    content: '',
    status: 'streaming',
    created_at: '',
  });
  return { events, error, message };
}

const at = (prefix: string, extra: Partial<ProviderTarget> = {}): ProviderTarget => ({
  baseUrl: `${LLM_URL}${prefix}/v1`,
  ...extra,
});

async function lastRequest() {
  return (await llmRequests()).filter((r) => r.method !== 'OPTIONS').at(-1)!;
}

describe('provider client: models', () => {
  it('lists models in every shape providers use, de-duplicated, paginated, with chat hints', async () => {
    const ids = async (prefix: string) => (await listModels(at(prefix))).map((m) => m.id);
    expect(await ids('')).to.deep.equal([
      'scripted-model',
      'scripted-reasoner',
      'text-embedding-3-small',
    ]);
    expect(await ids('/ollama-empty')).to.deep.equal([]);
    expect(await ids('/llamacpp')).to.deep.equal(['scripted.gguf']);
    expect(await ids('/together')).to.deep.equal(['meta-llama/Llama-3-8b-chat', 'BAAI/bge-large']);
    expect(await ids('/anthropic')).to.deep.equal(['claude-opus', 'claude-sonnet', 'claude-haiku']);
    const gemini = await listModels(at('/gemini'));
    expect(gemini.map((m) => m.label)).to.deep.equal(['gemini-2.5-flash', 'gemini-2.5-pro']);
    const chat = (await listModels(at(''))).filter((m) => m.chat).map((m) => m.id);
    expect(chat).to.deep.equal(['scripted-model', 'scripted-reasoner']);
    const openrouter = (await listModels(at('/openrouter'))).filter((m) => m.chat).map((m) => m.id);
    expect(openrouter).to.deep.equal(['openai/gpt-4o-mini']);
  });

  it('reads context and vision from LiteLLM’s /model/info and Ollama’s /api/show; without them the list stands', async () => {
    const facts = (models: { id: string; contextLength?: number; vision?: boolean }[]) =>
      models.map((m) => [m.id, m.contextLength, m.vision]);
    const before = (await llmRequests()).length;
    const litellm = await listModels(at('/litellm', { dialect: 'litellm', apiKey: 'sk-1' }));
    expect(facts(litellm)).to.deep.equal([
      ['scripted-model', 128000, true],
      ['scripted-reasoner', undefined, false],
      ['text-embedding-3-small', undefined, undefined],
    ]);
    const info = (await llmRequests()).slice(before).find((r) => r.path.endsWith('/model/info'))!;
    expect(info.headers.authorization).to.equal('Bearer sk-1');
    // Ollama: the context it runs with (num_ctx), not the model's trained 131072.
    const ollama = await listModels(at('/ollama', { dialect: 'ollama' }));
    expect(facts(ollama)).to.deep.equal([
      ['scripted-model:latest', 8192, true],
      ['scripted-reasoner:latest', 8192, false],
    ]);
    // A LiteLLM that does not answer /model/info (an older one, or another proxy): the list.
    const plain = await listModels(at('/vllm', { dialect: 'litellm' }));
    expect(facts(plain)).to.deep.equal(facts(await listModels(at('/vllm'))));
    // Other providers get no extra request.
    const asked = (await llmRequests()).length;
    await listModels(at(''));
    expect((await llmRequests()).length - asked).to.equal(1);
  });

  it('sends the key as a Bearer token, and says when it is refused', async () => {
    await listModels(at('/key/k-123', { apiKey: 'k-123' }));
    expect((await lastRequest()).headers.authorization).to.equal('Bearer k-123');
    let error: unknown;
    await listModels(at('/key/k-123', { apiKey: 'k-999-wrong-key' })).catch(
      (e: unknown) => (error = e),
    );
    expect(error).to.be.instanceOf(ProviderError);
    expect((error as ProviderError).type).to.equal('auth');
    expect((error as ProviderError).status).to.equal(401);
  });

  it('says the base URL may lack /v1 on a 404', async () => {
    let error: ProviderError | undefined;
    await listModels({ baseUrl: LLM_URL }).catch((e: ProviderError) => (error = e));
    expect(error?.type).to.equal('not_found');
    expect(error?.hint).to.contain('/v1');
  });
});

describe('provider client: streaming', () => {
  it('streams content and usage from the OpenAI dialect, with stream_options and the key', async () => {
    const { message, error, events } = await collect(at('', { apiKey: 'sk-abc' }), params('Hello'));
    expect(error).to.equal(undefined);
    expect(message.content).to.match(/^You said: \*\*Hello\*\*/);
    expect(message.usage?.completion_tokens).to.be.greaterThan(0);
    expect(events.filter((e) => e.type === 'finish')).to.deep.equal([
      { type: 'finish', reason: 'stop' },
    ]);
    const sent = await lastRequest();
    expect(sent.headers.authorization).to.equal('Bearer sk-abc');
    expect(sent.body).to.deep.include({
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 100,
      temperature: 0.7,
    });
  });

  for (const [dialect, field] of [
    ['/deepseek', 'reasoning_content'],
    ['/ollama', 'reasoning'],
    ['/vllm', 'reasoning'],
    ['/openrouter', 'reasoning_details'],
    ['/mistral', 'content parts'],
  ] as const) {
    it(`keeps reasoning apart from the answer (${dialect.slice(1)}: ${field})`, async () => {
      const { message, error } = await collect(at(dialect), params('reason please'));
      expect(error).to.equal(undefined);
      expect(message.reasoning).to.equal('The user wants me to think first. Two plus two is four.');
      expect(message.content).to.equal('The answer is **4**.');
    });
  }

  for (const dialect of ['', '/ollama', '/groq', '/mistral', '/gemini', '/vllm']) {
    it(`assembles tool calls (${dialect.slice(1) || 'openai'})`, async () => {
      const tools = [
        { type: 'function', function: { name: 'call_service', parameters: { type: 'object' } } },
      ];
      const { message, error } = await collect(
        at(dialect),
        params('turn on the kitchen light', { tools }),
      );
      expect(error).to.equal(undefined);
      expect(message.tool_calls).to.have.length(1);
      const [call] = message.tool_calls!;
      expect(call).to.deep.include({ id: 'call_kitchen_1', name: 'call_service' });
      expect(JSON.parse(call!.arguments)).to.deep.equal({
        domain: 'light',
        service: 'turn_on',
        entity_id: 'light.kitchen_lights',
      });
    });
  }

  it('reads usage wherever the provider puts it (finish chunk, x_groq)', async () => {
    for (const dialect of ['/mistral', '/groq', '/llamacpp']) {
      const { message } = await collect(at(dialect), params('Hi there, you!'));
      // The scripted server's count: four for the message, five words and marks.
      expect(message.usage?.prompt_tokens, dialect).to.equal(9);
    }
  });

  it('skips choices-less chunks (Azure prompt filter) and uses the api-key header', async () => {
    const target = at('/azure/key/az-1', { apiKey: 'az-1', dialect: 'azure' });
    const { message, error } = await collect(target, params('Hi'));
    expect(error).to.equal(undefined);
    expect(message.content).to.contain('You said');
    const sent = await lastRequest();
    expect(sent.headers['api-key']).to.equal('az-1');
    expect(sent.headers).not.to.have.property('authorization');
  });

  it('leaves out stream_options for Mistral, and asks again without them when a server refuses them', async () => {
    await collect(at('/mistral', { dialect: 'mistral' }), params('Hi'));
    expect((await lastRequest()).body).not.to.have.property('stream_options');
    const before = (await llmRequests()).filter((r) => r.method === 'POST').length;
    const { error, message } = await collect(at('/mistral'), params('Hi'));
    expect(error).to.equal(undefined);
    expect(message.content).to.contain('You said');
    const posts = (await llmRequests()).filter((r) => r.method === 'POST').slice(before);
    expect(posts.map((r) => 'stream_options' in (r.body as object))).to.deep.equal([true, false]);
  });

  it('uses max_completion_tokens and no temperature for OpenAI reasoning models', async () => {
    await collect(at(''), params('Hi', { model: 'o3-mini' }));
    const sent = (await lastRequest()).body as Record<string, unknown>;
    expect(sent).to.include({ max_completion_tokens: 100 });
    expect(sent).not.to.have.property('max_tokens');
    expect(sent).not.to.have.property('temperature');
  });

  it('reads a plain JSON answer from a server that ignores stream', async () => {
    const { message, error } = await collect(at('/ignore-stream'), params('Hello'));
    expect(error).to.equal(undefined);
    expect(message.content).to.match(/^You said: \*\*Hello\*\*/);
  });

  it('parses CRLF line ends, keep-alive comments and a body without [DONE]', async () => {
    for (const prefix of ['/crlf', '/openrouter/keepalive-2', '/no-done']) {
      const { message, error } = await collect(at(prefix), params('Hello'));
      expect(error, prefix).to.equal(undefined);
      expect(message.content, prefix).to.match(/^You said: \*\*Hello\*\*/);
    }
  });

  it('turns an in-band error into an error, keeping what arrived (vLLM, OpenRouter)', async () => {
    for (const prefix of ['/vllm/in-band-error', '/openrouter/in-band-error']) {
      const { message, error } = await collect(at(prefix), params('Hello'));
      expect(error?.type, prefix).to.equal('in_band');
      expect(error?.partial, prefix).to.equal(true);
      expect(message.content.length, prefix).to.be.greaterThan(0);
    }
  });
});

describe('provider client: failures', () => {
  it('retries 5xx with backoff and jitter, then succeeds', async () => {
    const { waits, sleep } = instantSleep();
    const { message, error, events } = await collect(at('/flaky-2-500'), params('Hello'), {
      sleep,
      random: () => 0.5,
    });
    expect(error).to.equal(undefined);
    expect(message.content).to.contain('You said');
    expect(
      events.filter((e) => e.type === 'retry').map((e) => (e as { attempt: number }).attempt),
    ).to.deep.equal([1, 2]);
    expect(waits).to.deep.equal([375, 750]);
  });

  it('gives up after its retries with a provider error', async () => {
    const { waits, sleep } = instantSleep();
    const { error } = await collect(at('/fail/500'), params('Hi'), { sleep, maxRetries: 2 });
    expect(error?.type).to.equal('server');
    expect(error?.status).to.equal(500);
    expect(waits).to.have.length(2);
  });

  it('waits for Retry-After (seconds and HTTP date) when the page can read it', async () => {
    const { waits, sleep } = instantSleep();
    await collect(at('/fail/429/retry-after-7/expose-retry-after'), params('Hi'), {
      sleep,
      maxRetries: 1,
    });
    expect(waits).to.deep.equal([7000]);
    const date = instantSleep();
    await collect(at('/fail/429/retry-after-date-30/expose-retry-after'), params('Hi'), {
      sleep: date.sleep,
      maxRetries: 1,
    });
    expect(date.waits[0]).to.be.within(28_000, 30_000);
  });

  it('reads the wait from the body when Retry-After is not exposed', async () => {
    const { waits, sleep } = instantSleep();
    const { error } = await collect(at('/fail/429/retry-after-5/retry-after-body'), params('Hi'), {
      sleep,
      maxRetries: 1,
    });
    expect(waits).to.deep.equal([1574]);
    expect(error?.type).to.equal('rate_limited');
    expect(error?.hint).to.contain('2 s');
  });

  it('never retries an out-of-credit 429', async () => {
    const { waits, sleep } = instantSleep();
    const { error } = await collect(at('/fail/429/quota'), params('Hi'), { sleep });
    expect(error?.type).to.equal('quota');
    expect(waits).to.deep.equal([]);
  });

  it('a model that refuses max_tokens and temperature: asked again as it wants, and what it taught is said', async () => {
    const before = (await llmRequests()).length;
    const events: StreamEvent[] = [];
    for await (const e of streamChat(at('/reasoning-model'), {
      ...params('Hi'),
      model: 'my-reasoner',
    }))
      events.push(e);
    expect(
      events.filter((e) => e.type === 'learned').map((e) => e.type === 'learned' && e.learned),
    ).to.deep.equal([{ token_param: 'max_completion_tokens' }, { temperature: false }]);
    expect(events.some((e) => e.type === 'content')).to.equal(true);
    const sent = (await llmRequests()).slice(before).map((r) => r.body as Record<string, unknown>);
    expect(sent.map((b) => [b.max_tokens, b.max_completion_tokens, b.temperature])).to.deep.equal([
      [100, undefined, 0.7],
      [undefined, 100, 0.7],
      [undefined, 100, undefined],
    ]);
    // Told once, it asks right the first time.
    const again = (await llmRequests()).length;
    await collect(
      at('/reasoning-model', {
        learned: { token_param: 'max_completion_tokens', temperature: false },
      }),
      { ...params('Hi'), model: 'my-reasoner' },
    );
    expect((await llmRequests()).length - again).to.equal(1);
  });

  it('never retries a request too large for the limit, and says what to change', async () => {
    const { waits, sleep } = instantSleep();
    const before = (await llmRequests()).length;
    const { error } = await collect(at('/fail/429/too-large'), params('Hi'), { sleep });
    expect(error?.type).to.equal('too_large');
    expect(error?.message).to.equal(
      'The request is larger than this key may send at once: 45873 tokens, over its limit of 30000.',
    );
    expect(error?.hint).to.contain('fewer earlier messages').and.contain('Retrying will not help');
    expect(waits).to.deep.equal([]);
    expect((await llmRequests()).length - before).to.equal(1);
  });

  it('never retries once output has been shown: a cut stream keeps what arrived', async () => {
    const { waits, sleep } = instantSleep();
    const { error, message } = await collect(at('/cut-after-4'), params('Hello'), { sleep });
    expect(error?.partial).to.equal(true);
    expect(message.content.length).to.be.greaterThan(0);
    expect(waits).to.deep.equal([]);
  });

  it('times out waiting for the first byte, and on silence between chunks', async () => {
    const first = await collect(at('/slow-first-byte-1500', { timeoutS: 0.3 }), params('Hi'), {
      maxRetries: 0,
    });
    expect(first.error?.type).to.equal('timeout');
    expect(first.error?.phase).to.equal('first_byte');
    expect(first.error?.message).to.contain('sent nothing');
    expect(first.error?.hint).to.contain('loading the model');
    const idle = await collect(at('/stall-after-3-1500', { timeoutS: 0.3 }), params('Hello'), {
      maxRetries: 0,
    });
    expect(idle.error?.type).to.equal('timeout');
    expect(idle.error?.phase).to.equal('idle');
    expect(idle.error?.partial).to.equal(true);
    expect(idle.message.content.length).to.be.greaterThan(0);
  });

  it('keep-alive comments reset the silence timer', async () => {
    const { error } = await collect(
      at('/chunk-delay-150/keepalive-1', { timeoutS: 0.4 }),
      params('Hello'),
    );
    expect(error).to.equal(undefined);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const events: StreamEvent[] = [];
    let error: ProviderError | undefined;
    try {
      for await (const e of streamChat(at('/chunk-delay-50'), params('long answer 20'), {
        signal: controller.signal,
      })) {
        events.push(e);
        if (events.length === 3) controller.abort();
      }
    } catch (err) {
      error = err as ProviderError;
    }
    expect(error?.type).to.equal('aborted');
    expect(events).to.have.length(3);
  });

  it('tells a CORS refusal from an unreachable host', async () => {
    const cors = await collect(at('/lmstudio'), params('Hi'), { maxRetries: 0 });
    expect(cors.error?.type).to.equal('cors');
    expect(cors.error?.message).to.contain('does not allow calls from this page');
    const down = await collect({ baseUrl: 'http://127.0.0.1:9/v1' }, params('Hi'), {
      maxRetries: 0,
    });
    expect(down.error?.type).to.equal('network');
    expect(down.error?.message).to.contain('Cannot reach the provider at http://127.0.0.1:9/v1');
  });

  it('refuses an http provider from an https page before sending (mixed content)', async () => {
    const before = (await llmRequests()).length;
    const { error } = await collect({ baseUrl: 'http://192.168.1.20:11434/v1' }, params('Hi'), {
      pageUrl: 'https://ha.example.com/lovelace',
    });
    expect(error?.type).to.equal('mixed_content');
    expect(error?.hint).to.contain('https');
    expect((await llmRequests()).length).to.equal(before);
  });

  it('classifies each error status and never echoes the key', async () => {
    const cases: [string, string][] = [
      ['/gemini/key/right', 'auth'],
      ['/litellm/key/right', 'auth'],
      ['/fail/403', 'auth'],
      ['/fail/404', 'not_found'],
      ['/fail/400', 'bad_request'],
      ['/llamacpp/fail/503', 'server'],
    ];
    for (const [prefix, type] of cases) {
      const { error } = await collect(at(prefix, { apiKey: 'sk-secret-value-123' }), params('Hi'), {
        maxRetries: 0,
      });
      expect(error?.type, prefix).to.equal(type);
      expect(`${error?.message} ${error?.providerMessage} ${error?.hint}`, prefix).not.to.contain(
        'sk-secret-value-123',
      );
    }
  });

  it('reports a chunk without its required fields as malformed', async () => {
    const { error } = await collect(at('/malformed'), params('Hi'), { maxRetries: 0 });
    expect(error?.type).to.equal('malformed');
    expect(error?.providerMessage).to.contain('choices');
  });
});
