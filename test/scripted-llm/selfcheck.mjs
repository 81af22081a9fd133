#!/usr/bin/env node
// Checks that the scripted server speaks each dialect as documented in README.md here: the exact
// shapes our client must handle. Run by `npm test` before the browser tests.
import assert from 'node:assert/strict';
import { startScriptedLlm } from './server.mjs';

const llm = await startScriptedLlm();
let checks = 0;
const post = (path, body, headers = {}) =>
  fetch(`${llm.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const ask = (text, extra = {}) => ({
  model: 'scripted-model',
  stream: true,
  messages: [{ role: 'user', content: text }],
  ...extra,
});

/** The data payloads of an SSE body, `[DONE]` included. */
async function events(response) {
  const text = await response.text();
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => block.startsWith('data: '))
    .map((block) => (block === 'data: [DONE]' ? '[DONE]' : JSON.parse(block.slice(6))));
}
const content = (evs) =>
  evs
    .flatMap((e) => e.choices ?? [])
    .map((c) => c.delta?.content)
    .filter((c) => typeof c === 'string')
    .join('');
function check(name, fn) {
  return fn().then(() => {
    checks++;
    console.log(`ok - ${name}`);
  });
}

try {
  await check(
    'openai: role chunk, content, finish, include_usage chunk with choices [], [DONE]',
    async () => {
      const evs = await events(
        await post(
          '/v1/chat/completions',
          ask('Hello', { stream_options: { include_usage: true } }),
        ),
      );
      assert.deepEqual(evs[0].choices[0].delta, { role: 'assistant', content: '', refusal: null });
      assert.equal(evs.at(-1), '[DONE]');
      const usage = evs.at(-2);
      assert.deepEqual(usage.choices, []);
      assert.equal(typeof usage.usage.completion_tokens, 'number');
      assert.equal(evs.at(-3).choices[0].finish_reason, 'stop');
      assert.match(content(evs), /^You said: \*\*Hello\*\*/);
    },
  );
  await check('openai: reasoning models refuse max_tokens and temperature', async () => {
    const r = await post('/v1/chat/completions', ask('x', { model: 'o3-mini', max_tokens: 5 }));
    assert.equal(r.status, 400);
    assert.equal((await r.json()).error.param, 'max_tokens');
  });
  await check('split tool calls: index on every piece, id and name on the first', async () => {
    const evs = await events(
      await post(
        '/v1/chat/completions',
        ask('Please turn on the kitchen light', {
          tools: [{ type: 'function', function: { name: 'call_service' } }],
        }),
      ),
    );
    const calls = evs.flatMap((e) => e.choices ?? []).flatMap((c) => c.delta?.tool_calls ?? []);
    assert.ok(calls.length > 2);
    assert.equal(calls[0].id, 'call_kitchen_1');
    assert.ok(calls.every((c) => c.index === 0));
    assert.ok(calls.slice(1).every((c) => c.id === undefined && c.function.name === undefined));
    assert.deepEqual(JSON.parse(calls.map((c) => c.function.arguments).join('')), {
      domain: 'light',
      service: 'turn_on',
      entity_id: 'light.kitchen_lights',
    });
  });
  await check(
    'gemini: whole tool calls without index, finish_reason stop, extra_content',
    async () => {
      const evs = await events(
        await post(
          '/gemini/v1/chat/completions',
          ask('turn on the kitchen light', {
            tools: [{ type: 'function', function: { name: 'call_service' } }],
          }),
        ),
      );
      const call = evs.flatMap((e) => e.choices ?? []).flatMap((c) => c.delta?.tool_calls ?? [])[0];
      assert.equal(call.index, undefined);
      assert.ok(call.extra_content);
      assert.ok(evs.some((e) => e.choices?.[0]?.finish_reason === 'stop'));
    },
  );
  await check('mistral: rejects stream_options (422); usage on the finish chunk', async () => {
    assert.equal(
      (
        await post(
          '/mistral/v1/chat/completions',
          ask('x', { stream_options: { include_usage: true } }),
        )
      ).status,
      422,
    );
    const evs = await events(await post('/mistral/v1/chat/completions', ask('x')));
    assert.ok(evs.find((e) => e.choices?.[0]?.finish_reason).usage);
  });
  await check('groq: usage in x_groq', async () => {
    const evs = await events(await post('/groq/v1/chat/completions', ask('x')));
    assert.ok(evs.some((e) => e.x_groq?.usage));
  });
  await check('reasoning fields per dialect', async () => {
    for (const [prefix, field] of [
      ['/deepseek', 'reasoning_content'],
      ['/ollama', 'reasoning'],
      ['/openrouter', 'reasoning_details'],
    ]) {
      const evs = await events(await post(`${prefix}/v1/chat/completions`, ask('reason please')));
      assert.ok(
        evs.some((e) => e.choices?.[0]?.delta?.[field]),
        `${prefix} sends ${field}`,
      );
    }
    const evs = await events(await post('/mistral/v1/chat/completions', ask('reason please')));
    assert.ok(
      evs.some((e) => Array.isArray(e.choices?.[0]?.delta?.content)),
      'mistral sends content parts',
    );
  });
  await check('azure: prompt_filter_results chunk first, api-key header', async () => {
    const evs = await events(await post('/azure/v1/chat/completions', ask('x')));
    assert.deepEqual(evs[0].choices, []);
    assert.ok(evs[0].prompt_filter_results);
    const r = await post('/azure/key/k1/v1/chat/completions', ask('x'), { 'api-key': 'k1' });
    assert.equal(r.status, 200);
  });
  await check(
    'errors: 401 with a wrong key, Gemini 400, 429 Retry-After, 404 without /v1',
    async () => {
      const r = await post('/key/right/v1/chat/completions', ask('x'), {
        authorization: 'Bearer wrong',
      });
      assert.equal(r.status, 401);
      assert.equal((await r.json()).error.code, 'invalid_api_key');
      const g = await post('/gemini/key/right/v1/chat/completions', ask('x'), {
        authorization: 'Bearer wrong',
      });
      assert.equal(g.status, 400);
      assert.match((await g.json())[0].error.message, /API key not valid/);
      const l = await post('/fail/429/retry-after-2/v1/chat/completions', ask('x'));
      assert.equal(l.status, 429);
      assert.equal(l.headers.get('retry-after'), '2');
      assert.equal((await post('/chat/completions', ask('x'))).status, 404);
    },
  );
  await check(
    'in-band errors: vLLM error then [DONE]; OpenRouter finish_reason error',
    async () => {
      const evs = await events(await post('/vllm/in-band-error/v1/chat/completions', ask('Hello')));
      assert.ok(evs.at(-2).error);
      assert.equal(evs.at(-1), '[DONE]');
      const or = await events(
        await post('/openrouter/in-band-error/v1/chat/completions', ask('Hello')),
      );
      assert.ok(or.some((e) => e.error && e.choices?.[0]?.finish_reason === 'error'));
    },
  );
  await check('models: every listing shape', async () => {
    const get = async (p) => (await fetch(`${llm.url}${p}/v1/models`)).json();
    assert.equal((await get('/ollama-empty')).data, null);
    assert.ok(Array.isArray(await get('/together')));
    assert.equal((await get('/anthropic')).has_more, true);
    const lc = await get('/llamacpp');
    assert.ok(lc.models && lc.data);
  });
  await check(
    'CORS: Ollama refuses a foreign origin with an empty 403; LiteLLM allows any (*)',
    async () => {
      const o = await fetch(`${llm.url}/ollama/v1/models`, {
        headers: { origin: 'http://ha.example:8123' },
      });
      assert.equal(o.status, 403);
      assert.equal(await o.text(), '');
      const l = await fetch(`${llm.url}/litellm/v1/models`, {
        headers: { origin: 'http://ha.example:8123' },
      });
      assert.equal(l.headers.get('access-control-allow-origin'), '*');
      const k = await post('/litellm/key/right/v1/chat/completions', ask('x'), {
        authorization: 'Bearer wrong',
      });
      assert.equal(k.status, 400);
      assert.equal((await k.json()).error.type, 'no_db_connection');
    },
  );
  await check('ignore-stream: a plain chat.completion although stream was asked', async () => {
    const r = await post('/ignore-stream/v1/chat/completions', ask('Hello'));
    assert.match(r.headers.get('content-type'), /json/);
    assert.equal((await r.json()).object, 'chat.completion');
  });
  await check(
    'ollama /api: tags; chat as NDJSON pieces, tool calls with object arguments, a last done line',
    async () => {
      const tags = await (await fetch(`${llm.url}/ollama/api/tags`)).json();
      assert.deepEqual(
        tags.models.map((m) => m.model),
        ['scripted-model:latest', 'scripted-reasoner:latest'],
      );
      const lines = async (r) =>
        (await r.text())
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
      const chat = (text, extra) => post('/ollama/api/chat', ask(text, extra));
      const r = await chat('Hello', { model: 'scripted-model:latest' });
      assert.equal(r.headers.get('content-type'), 'application/x-ndjson');
      const pieces = await lines(r);
      assert.ok(pieces.length > 3 && pieces.slice(0, -1).every((p) => p.done === false));
      assert.match(pieces.map((p) => p.message.content).join(''), /^You said: \*\*Hello\*\*/);
      assert.equal(pieces.at(-1).done_reason, 'stop');
      assert.equal(typeof pieces.at(-1).prompt_eval_count, 'number');
      const tools = [{ type: 'function', function: { name: 'HassTurnOn', parameters: {} } }];
      const called = await lines(await chat('Turn on the kitchen lights', { tools }));
      assert.deepEqual(called.at(-2).message.tool_calls, [
        { function: { index: 0, name: 'HassTurnOn', arguments: { name: 'Kitchen Lights' } } },
      ]);
      const whole = await lines(await chat('Hello', { stream: false }));
      assert.equal(whole.length, 1);
      assert.match(whole[0].message.content, /^You said: \*\*Hello\*\*/);
      const missing = await chat('Hello', { model: 'llama3.2' });
      assert.equal(missing.status, 404);
      assert.deepEqual(await missing.json(), {
        error: 'model "llama3.2" not found, try pulling it first',
      });
    },
  );
  console.log(`${checks} passed, 0 failed`);
} catch (err) {
  console.error(err);
  console.log(`${checks} passed, 1 failed`);
  process.exitCode = 1;
} finally {
  await llm.close();
}
