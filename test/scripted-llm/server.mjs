#!/usr/bin/env node
// The scripted OpenAI-compatible server: the one stand-in for a model in this project (no model
// weights can be fetched here). It speaks the wire protocol of each provider dialect in
// shared/PROVIDERS.md, quirks included, and fails on demand. Loopback only. See README.md here.
import { createServer } from 'node:http';
import { DIALECTS, errorBody } from './dialects.mjs';
import { picturesOf, scriptFor } from './scripts.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `/ollama/fail/401/v1/chat/completions` → { dialect, options, endpoint }. */
export function parsePath(pathname) {
  // Ollama's own API sits beside its /v1: `/ollama/api/chat` is the /api/chat endpoint.
  const own = /\/api\/(show|tags|chat)$/.exec(pathname);
  if (own && !pathname.includes('/v1/'))
    return parsePath(`${pathname.slice(0, own.index)}/v1${own[0]}`);
  const at = pathname.indexOf('/v1/');
  const prefix = (
    at >= 0 ? pathname.slice(0, at) : pathname.replace(/\/(models|chat\/completions)$/, '')
  )
    .split('/')
    .filter(Boolean);
  const endpoint = at >= 0 ? pathname.slice(at + 3) : undefined;
  const dialect = DIALECTS[prefix[0]] ? prefix.shift() : 'openai';
  const options = { chunkDelayMs: 4 };
  for (let i = 0; i < prefix.length; i++) {
    const seg = prefix[i];
    let m;
    if (seg === 'fail') options.fail = Number(prefix[++i]);
    else if (seg === 'key') options.key = decodeURIComponent(prefix[++i]);
    else if ((m = seg.match(/^slow-first-byte-(\d+)$/))) options.firstByteDelayMs = Number(m[1]);
    else if ((m = seg.match(/^stall-after-(\d+)-(\d+)$/)))
      options.stall = { after: Number(m[1]), ms: Number(m[2]) };
    else if ((m = seg.match(/^cut-after-(\d+)$/))) options.cutAfter = Number(m[1]);
    else if ((m = seg.match(/^cut-once-after-(\d+)$/))) options.cutOnceAfter = Number(m[1]);
    else if ((m = seg.match(/^flaky-(\d+)-(\d+)$/)))
      options.flaky = { times: Number(m[1]), status: Number(m[2]) };
    else if ((m = seg.match(/^retry-after-(\d+)$/))) options.retryAfter = m[1];
    else if ((m = seg.match(/^retry-after-date-(\d+)$/))) options.retryAfterDate = Number(m[1]);
    else if ((m = seg.match(/^chunk-delay-(\d+)$/))) options.chunkDelayMs = Number(m[1]);
    else if ((m = seg.match(/^rate-(\d+)$/))) options.chunksPerSecond = Number(m[1]);
    else if ((m = seg.match(/^keepalive-(\d+)$/))) options.keepAliveEvery = Number(m[1]);
    else if (seg === 'expose-retry-after') options.exposeRetryAfter = true;
    else if (seg === 'retry-after-body') options.retryAfterInBody = true;
    else if (seg === 'quota') options.quota = true;
    else if (seg === 'too-large') options.tooLarge = true;
    else if (seg === 'reasoning-model') options.reasoningModel = true;
    else if (seg === 'ignore-stream') options.ignoreStream = true;
    else if (seg === 'in-band-error') options.inBandError = true;
    else if (seg === 'crlf') options.crlf = true;
    else if (seg === 'no-done') options.noDone = true;
    else if (seg === 'no-cors') options.noCors = true;
    else if (seg === 'malformed') options.malformed = true;
    else if (seg === 'no-tools') options.noTools = true;
    else if (seg === 'strict-models') options.strictModels = true;
    else if (seg === 'no-models') options.noModels = true;
    else if ((m = seg.match(/^context-(\d+)$/))) options.contextWindow = Number(m[1]);
    else if (seg === 'no-vision') options.noVision = true;
    else if ((m = seg.match(/^redirect-(\d+)$/))) options.redirectPort = Number(m[1]);
    else options.unknown = seg;
  }
  return { dialect, options, endpoint, prefix: pathname.slice(0, at >= 0 ? at : undefined) };
}

function corsHeaders(d, req, options) {
  if (options.noCors || d.cors === 'none') return {};
  const origin = req.headers.origin;
  if (
    d.cors === 'localhost' &&
    origin &&
    !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(:\d+)?$/.test(origin)
  ) {
    return undefined; // refused (Ollama answers 403 with an empty body)
  }
  const headers = { 'access-control-allow-origin': '*' };
  if (options.exposeRetryAfter)
    headers['access-control-expose-headers'] = 'Retry-After, x-ratelimit-remaining-requests';
  return headers;
}

function preflight(d, req, res, options) {
  const cors = corsHeaders(d, req, options);
  if (!cors) return res.writeHead(403).end();
  const wanted = req.headers['access-control-request-headers'] ?? '';
  if (d.cors === 'needs-header' && !/anthropic-dangerous-direct-browser-access/i.test(wanted)) {
    return res.writeHead(200).end(); // no allow headers: the browser refuses the real request
  }
  res
    .writeHead(200, {
      ...cors,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': wanted || '*',
      'access-control-max-age': '600',
    })
    .end();
}

function sendError(res, d, cors, status, message, extra = {}) {
  const { body, type } = errorBody(d, status, message, extra);
  res.writeHead(status, {
    ...(d.corsOnErrors === false ? {} : cors),
    ...(extra.headers ?? {}),
    ...(type ? { 'content-type': type } : {}),
  });
  res.end(body);
}

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return { __invalid: text };
  }
}

/** Serves one request. `state` counts requests per path for the flaky scenario. */
async function handle(req, res, state) {
  const url = new URL(req.url, 'http://localhost');
  const { dialect, options, endpoint, prefix } = parsePath(url.pathname);
  // Ollama's own API answers errors as a bare `{"error": "..."}`, its /v1 as OpenAI does.
  const native = endpoint?.startsWith('/api/') && DIALECTS[dialect].nativeApi;
  const d = native ? { ...DIALECTS[dialect], errorShape: 'lmstudio' } : DIALECTS[dialect];
  const ollamaChat = native && endpoint === '/api/chat';
  if (req.method === 'OPTIONS') return preflight(d, req, res, options);
  const cors = corsHeaders(d, req, options);
  const body = req.method === 'POST' ? await readJson(req) : undefined;
  state.requests.push({
    method: req.method,
    path: url.pathname + url.search,
    headers: { ...req.headers },
    body,
  });
  if (!cors) return res.writeHead(403).end();
  // `redirect-<port>`: every request is sent on to the same path on that port (a server moved,
  // or one that would have the key follow it elsewhere).
  if (options.redirectPort) {
    const rest = url.pathname.replace(`/redirect-${options.redirectPort}`, '');
    return res
      .writeHead(307, { ...cors, location: `http://127.0.0.1:${options.redirectPort}${rest}` })
      .end();
  }
  const own = { '/model/info': d.modelInfo, '/api/show': d.show, '/api/tags': d.tags }[endpoint];
  if (!endpoint || (!['/models', '/chat/completions'].includes(endpoint) && !own && !ollamaChat)) {
    return sendError(res, d, cors, 404, d.notFoundMessage ?? `Unknown path ${url.pathname}`, {
      code: 'not_found',
    });
  }
  if (options.firstByteDelayMs) await sleep(options.firstByteDelayMs);

  const auth =
    d.auth === 'api-key'
      ? req.headers['api-key']
      : req.headers.authorization?.replace(/^Bearer /, '');
  if (options.key !== undefined && auth !== options.key) {
    return sendError(res, d, cors, d.badKeyStatus ?? 401, d.badKeyMessage(auth ?? ''), {
      code: 'invalid_api_key',
      type: d.badKeyType ?? 'invalid_request_error',
    });
  }
  if (options.flaky) {
    const n = (state.counts.get(prefix) ?? 0) + 1;
    state.counts.set(prefix, n);
    if (n <= options.flaky.times)
      return sendError(res, d, cors, options.flaky.status, 'Temporary failure, try again');
  }
  if (options.fail) return fail(res, d, cors, options);
  if (endpoint === '/models' && options.noModels)
    return sendError(res, d, cors, 404, d.notFoundMessage ?? 'Not Found', { code: 'not_found' });
  if (endpoint === '/models') return models(res, d, cors, url);
  if (own) {
    const [status, answer] = own(body);
    res.writeHead(status, { ...cors, 'content-type': 'application/json' });
    return res.end(JSON.stringify(answer));
  }
  if (!body || body.__invalid) return sendError(res, d, cors, 400, 'Invalid JSON body');
  if (ollamaChat) {
    const tagged = String(body.model).includes(':') ? body.model : `${body.model}:latest`;
    if (!d.tags()[1].models.some((m) => m.model === tagged))
      return sendError(res, d, cors, 404, `model "${body.model}" not found, try pulling it first`);
  }
  if (options.strictModels) {
    // Only the listed models answer; others get OpenAI's 404 (LiteLLM's proxy: a 400).
    const listed = JSON.stringify(d.modelsBody(new URLSearchParams()));
    if (!listed.includes(`"${body.model}"`)) {
      return dialect === 'litellm'
        ? sendError(
            res,
            d,
            cors,
            400,
            `/chat/completions: Invalid model name passed in model=${body.model}. Call \`/v1/models\` to view available models for your key.`,
            { type: 'invalid_request_error', param: 'model' },
          )
        : sendError(
            res,
            d,
            cors,
            404,
            `The model \`${body.model}\` does not exist or you do not have access to it.`,
            { code: 'model_not_found' },
          );
    }
  }
  if (options.noTools && Array.isArray(body.tools) && body.tools.length) {
    // A model without function calling, in its server's words.
    const words = {
      ollama: `registry.ollama.ai/library/${body.model} does not support tools`,
      vllm: '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
    };
    return sendError(res, d, cors, 400, words[dialect] ?? `${body.model} does not support tools`);
  }
  // `reasoning-model`: an alias (a proxy's own name for it) of one of OpenAI's reasoning models,
  // which refuses max_tokens and a temperature other than 1 whatever it is called.
  const rejected = options.reasoningModel
    ? DIALECTS.openai.validate({ ...body, model: 'o3' })
    : d.validate?.(body);
  if (rejected) return sendError(res, d, cors, rejected.status, rejected.message, rejected);
  if (options.cutOnceAfter !== undefined && endpoint === '/chat/completions') {
    // The first answer on this path breaks (a network blip), the next ones come whole.
    const key = `cut-once ${prefix}`;
    const n = (state.counts.get(key) ?? 0) + 1;
    state.counts.set(key, n);
    if (n === 1) options.cutAfter = options.cutOnceAfter;
  }
  return ollamaChat ? nativeChat(res, cors, body, options) : chat(res, d, cors, body, options);
}

function fail(res, d, cors, options) {
  const status = options.fail;
  if (status === 429) {
    const headers = {};
    if (options.retryAfter) headers['retry-after'] = options.retryAfter;
    if (options.retryAfterDate)
      headers['retry-after'] = new Date(Date.now() + options.retryAfterDate * 1000).toUTCString();
    if (options.quota) {
      return sendError(
        res,
        d,
        cors,
        429,
        'You exceeded your current quota, please check your plan and billing details.',
        {
          code: 'insufficient_quota',
          type: 'insufficient_quota',
          headers,
        },
      );
    }
    if (options.tooLarge) {
      // OpenAI's words for a request bigger than the key's tokens-per-minute limit: no wait helps.
      return sendError(
        res,
        d,
        cors,
        429,
        'Request too large for gpt-4o in organization org-scripted on tokens per min (TPM): Limit 30000, Requested 45873. The input or output tokens must be reduced in order to run successfully. Visit https://platform.openai.com/account/rate-limits to learn more.',
        { code: 'rate_limit_exceeded', type: 'tokens', headers },
      );
    }
    const wait = options.retryAfterInBody ? ' Please try again in 1.574s.' : '';
    return sendError(res, d, cors, 429, `Rate limit reached for requests.${wait}`, {
      code: 'rate_limit_exceeded',
      type: 'requests',
      headers,
    });
  }
  if (status === 503 && d.loadingMessage) return sendError(res, d, cors, 503, d.loadingMessage);
  const messages = {
    400: 'Bad request',
    401: 'Invalid authentication',
    403: 'Forbidden',
    404: 'Not found',
    500: 'Internal server error',
    502: 'Bad gateway',
    503: 'Service unavailable',
  };
  return sendError(res, d, cors, status, messages[status] ?? `HTTP ${status}`);
}

const hasPictures = (body) =>
  (body?.messages ?? []).some(
    (m) => Array.isArray(m.content) && m.content.some((p) => p?.type === 'image_url'),
  );

/** A model without vision refusing a picture, in the words of the server `d` stands for. */
function noVisionWords(d, model) {
  const openai = 'Invalid content type. image_url is only supported by certain models.';
  if (d.errorShape === 'litellm') return `litellm.BadRequestError: OpenAIException - ${openai}`;
  if (d === DIALECTS.vllm) return `${model} is not a multimodal model`;
  if (d === DIALECTS.ollama) return `model ${model} does not support images`;
  return openai;
}

/** OpenAI's count for a picture at high detail: fitted into 2048 px, its shorter side brought
 * to 768, then 170 for each 512 px tile and 85 more. */
function imageTokens({ width, height }) {
  if (!width || !height) return 85;
  let scale = Math.min(1, 2048 / Math.max(width, height));
  scale *= Math.min(1, 768 / (Math.min(width, height) * scale));
  const tiles = Math.ceil((width * scale) / 512) * Math.ceil((height * scale) / 512);
  return 85 + 170 * tiles;
}

/** The prompt's tokens as this model counts them: words and punctuation marks, four for each
 * message's framing, and OpenAI's count for each picture (a tokenizer's count, not the card's
 * estimate of four characters a token). */
export function promptTokens(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  let n = 0;
  for (const m of messages) {
    const text = Array.isArray(m.content)
      ? m.content.map((part) => (part?.type === 'text' ? part.text : '')).join(' ')
      : (m.content ?? '');
    n += 4 + (text.match(/\w+|[^\s\w]/g)?.length ?? 0);
    for (const picture of picturesOf(m.content)) n += imageTokens(picture);
    if (m.tool_calls) n += JSON.stringify(m.tool_calls).match(/\w+|[^\s\w]/g)?.length ?? 0;
  }
  return n;
}

/** A request over the context window, in the words of the server `d` stands for: OpenAI counts
 * the messages (code context_length_exceeded); vLLM, llama.cpp's and OpenRouter's wording add
 * the completion's room; LiteLLM passes the upstream's words on inside its own. */
function overContext(res, d, cors, window, prompt, completion) {
  const openai = `This model's maximum context length is ${window} tokens. However, your messages resulted in ${prompt} tokens. Please reduce the length of the messages.`;
  const vllm = `This model's maximum context length is ${window} tokens. However, you requested ${prompt + completion} tokens (${prompt} in the messages, ${completion} in the completion). Please reduce the length of the messages or completion.`;
  if (d.errorShape === 'litellm')
    return sendError(
      res,
      d,
      cors,
      400,
      `litellm.ContextWindowExceededError: litellm.BadRequestError: ContextWindowExceededError: OpenAIException - ${openai}`,
      { type: 'None', param: 'None' },
    );
  return d === DIALECTS.openai || d === DIALECTS.azure
    ? sendError(res, d, cors, 400, openai, { code: 'context_length_exceeded', param: 'messages' })
    : sendError(res, d, cors, 400, vllm, { type: 'BadRequestError' });
}

function models(res, d, cors, url) {
  const page = d.modelsBody(url.searchParams);
  res.writeHead(200, { ...cors, 'content-type': 'application/json' });
  res.end(JSON.stringify(page));
}

async function chat(res, d, cors, body, options) {
  const prompt = promptTokens(body);
  if (options.contextWindow) {
    const completion = body.max_completion_tokens ?? body.max_tokens ?? 0;
    if (prompt + completion > options.contextWindow)
      return overContext(res, d, cors, options.contextWindow, prompt, completion);
  }
  if (options.noVision && hasPictures(body))
    return sendError(res, d, cors, 400, noVisionWords(d, body.model ?? 'scripted-model'), {
      param: 'messages',
    });
  const script = scriptFor(body);
  const model = body.model ?? 'scripted-model';
  const id = `chatcmpl-${Math.random().toString(36).slice(2, 12)}`;
  const created = Math.floor(Date.now() / 1000);
  const usage = {
    prompt_tokens: prompt,
    completion_tokens: script.pieces.length,
    total_tokens: prompt + script.pieces.length,
  };
  if (!body.stream || options.ignoreStream) {
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    return res.end(JSON.stringify(d.completion({ id, created, model, script, usage })));
  }
  res.writeHead(200, { ...cors, ...d.streamHeaders });
  const eol = options.crlf || d.crlf ? '\r\n' : '\n';
  const write = (line) => res.write(line + eol + eol);
  const event = (payload) => write(`data: ${JSON.stringify(payload)}`);
  const chunks = options.malformed
    ? [{ id, object: 'chat.completion.chunk', created, model }] // `choices` missing
    : [...d.chunks({ id, created, model, script, usage, body, inBandError: options.inBandError })];
  const start = performance.now();
  for (let i = 0; i < chunks.length; i++) {
    if (res.destroyed) return;
    if (options.cutAfter !== undefined && i === options.cutAfter) return res.destroy();
    if (options.stall && i === options.stall.after) await sleep(options.stall.ms);
    if (options.keepAliveEvery && i % options.keepAliveEvery === 0)
      res.write(`${d.keepAlive}${eol}${eol}`);
    event(chunks[i]);
    if (options.chunksPerSecond) {
      // Paced by the clock: a timer fires at most every millisecond or so, so at thousands of
      // chunks a second several go out together, as they reach a browser from a fast provider.
      const due = start + ((i + 1) * 1000) / options.chunksPerSecond;
      if (due - performance.now() >= 1) await sleep(due - performance.now());
    } else if (options.chunkDelayMs)
      await sleep(script.slow ? Math.max(options.chunkDelayMs, 40) : options.chunkDelayMs);
  }
  if (d.done && !options.noDone) write('data: [DONE]');
  res.end();
}

/**
 * Ollama's own `POST /api/chat` (what Home Assistant's Ollama integration calls): one JSON
 * object a line (`application/x-ndjson`), each with the model, the time and a piece of the
 * message; tool calls whole, their arguments as objects, in a piece with empty content; a last
 * object with `done`, `done_reason` and the counts and durations (nanoseconds). `stream: false`
 * gets the whole message in that last object. Thinking only when `think` is asked for.
 */
async function nativeChat(res, cors, body, options) {
  const script = scriptFor(body);
  const model = body.model ?? 'scripted-model:latest';
  const think = Boolean(body.think) && script.reasoning.length > 0;
  const toolCalls = script.toolCalls.map((call, index) => ({
    function: { index, name: call.name, arguments: objectOf(call.arguments) },
  }));
  const piece = (message, done = false) => ({
    model,
    created_at: new Date().toISOString(),
    message: { role: 'assistant', content: '', ...message },
    done,
  });
  const last = (message) => ({
    ...piece(message, true),
    done_reason: 'stop',
    total_duration: 1_200_000_000,
    load_duration: 20_000_000,
    prompt_eval_count: promptTokens(body),
    prompt_eval_duration: 300_000_000,
    eval_count: script.pieces.length + toolCalls.length,
    eval_duration: 880_000_000,
  });
  res.writeHead(200, { ...cors, 'content-type': 'application/x-ndjson' });
  if (body.stream === false) {
    return res.end(
      `${JSON.stringify(
        last({
          content: script.pieces.join(''),
          ...(think ? { thinking: script.reasoning.join('') } : {}),
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        }),
      )}\n`,
    );
  }
  const lines = [
    ...(think ? script.reasoning.map((thinking) => piece({ thinking })) : []),
    ...script.pieces.map((content) => piece({ content })),
    ...(toolCalls.length ? [piece({ tool_calls: toolCalls })] : []),
    last({}),
  ];
  for (let i = 0; i < lines.length; i++) {
    if (res.destroyed) return;
    if (options.cutAfter !== undefined && i === options.cutAfter) return res.destroy();
    if (options.stall && i === options.stall.after) await sleep(options.stall.ms);
    res.write(`${JSON.stringify(lines[i])}\n`);
    if (options.chunkDelayMs) await sleep(options.chunkDelayMs);
  }
  res.end();
}

/** A tool call's arguments as the object Ollama sends (it parses what the model wrote; what is
 * not JSON reaches the client as an empty object). */
function objectOf(text) {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** Starts the server on loopback. `port: 0` picks a free port. */
export async function startScriptedLlm({ host = '127.0.0.1', port = 0 } = {}) {
  const state = { requests: [], counts: new Map() };
  const server = createServer((req, res) => {
    handle(req, res, state).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err?.stack ?? err));
    });
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const address = server.address();
  const url = `http://${host}:${address.port}`;
  return {
    url,
    port: address.port,
    requests: state.requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const llm = await startScriptedLlm({
    host: arg('host', '127.0.0.1'),
    port: Number(arg('port', '4010')),
  });
  console.log(`scripted-llm listening on ${llm.url}`);
  const stop = () => llm.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
