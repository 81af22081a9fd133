// The provider dialects, as data. Facts from shared/PROVIDERS.md and the providers' API references
// (OpenAI chat completions streaming; Ollama's OpenAI compatibility; vLLM's and LiteLLM's FastAPI
// servers; Groq, Mistral, Gemini's OpenAI endpoint, OpenRouter, DeepSeek, llama-server,
// LM Studio, Azure OpenAI, Anthropic's OpenAI SDK compatibility, Together).

const REASONING_MODEL = /^(?:[\w.-]+\/)*(?:o\d+(?:$|[-_.])|gpt-5)/i;

const openaiModels = (ids) => ({
  object: 'list',
  data: ids.map((id) => ({ id, object: 'model', created: 1700000000, owned_by: 'scripted' })),
});
const IDS = ['scripted-model', 'scripted-reasoner', 'text-embedding-3-small'];

const base = {
  cors: 'any',
  auth: 'bearer',
  errorShape: 'openai',
  badKeyMessage: (key) =>
    `Incorrect API key provided: ${key ? `${key.slice(0, 3)}***${key.slice(-4)}` : '(none)'}.`,
  modelsBody: () => openaiModels(IDS),
  streamHeaders: {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  },
  done: true,
  keepAlive: ': keep-alive',
  usage: 'include_usage',
  reasoningField: 'reasoning_content',
  toolStyle: 'split',
  toolFinish: 'tool_calls',
  systemFingerprint: 'fp_scripted',
};

export const DIALECTS = {
  openai: {
    ...base,
    reasoningField: undefined,
    obfuscation: true,
    validate(body) {
      if (!REASONING_MODEL.test(body.model ?? '')) return undefined;
      if (body.max_tokens !== undefined) {
        return {
          status: 400,
          message:
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          param: 'max_tokens',
          code: 'unsupported_parameter',
          type: 'invalid_request_error',
        };
      }
      if (body.temperature !== undefined && body.temperature !== 1) {
        return {
          status: 400,
          message:
            "Unsupported value: 'temperature' does not support 0.7 with this model. Only the default (1) value is supported.",
          param: 'temperature',
          code: 'unsupported_value',
          type: 'invalid_request_error',
        };
      }
      return undefined;
    },
  },
  azure: {
    ...base,
    auth: 'api-key',
    promptFilterFirst: true,
    badKeyMessage: () =>
      'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    modelsBody: () => ({ data: [], object: 'list' }),
  },
  // LiteLLM proxy (measured with 1.104.0 here): CORS `*`, exposes only x-litellm-* headers; with a
  // master key and no database, any other key gets 400 "No connected db." (BerriAI/litellm#12273).
  litellm: {
    ...base,
    // GET /v1/model/info: what LiteLLM's config (model_info) or its cost map says of each model;
    // null where neither does.
    modelInfo: () => [
      200,
      {
        data: IDS.map((id) => ({
          model_name: id,
          litellm_params: { model: `openai/${id}` },
          model_info: {
            id: `${id}-deployment`,
            max_tokens: null,
            max_input_tokens: id === 'scripted-model' ? 128000 : null,
            max_output_tokens: null,
            supports_vision:
              id === 'scripted-model' ? true : id === 'scripted-reasoner' ? false : null,
            mode: id.includes('embedding') ? 'embedding' : 'chat',
          },
        })),
      },
    ],
    errorShape: 'litellm',
    notFoundMessage: 'Not Found',
    badKeyStatus: 400,
    badKeyMessage: () => 'No connected db.',
    badKeyType: 'no_db_connection',
  },
  vllm: {
    ...base,
    echoOrigin: true,
    errorShape: 'openai',
    reasoningField: 'reasoning',
    inBand: 'vllm',
    notFoundMessage: 'Not Found',
    fastapi404: true,
  },
  ollama: {
    ...base,
    // POST /api/show {model}: capabilities (0.6.4+), the Modelfile's parameters, the model's
    // trained length in model_info; 404 for a model it does not have.
    show: (body) => {
      const id = String(body?.model ?? '').replace(/:latest$/, '');
      if (!IDS.includes(id)) return [404, { error: `model '${body?.model}' not found` }];
      const vision = id === 'scripted-model';
      return [
        200,
        {
          modelfile: `FROM ${id}`,
          parameters:
            'num_ctx                        8192\nstop                           "<|eot_id|>"',
          template: '{{ .Prompt }}',
          details: { format: 'gguf', family: 'llama', parameter_size: '8.0B' },
          model_info: { 'general.architecture': 'llama', 'llama.context_length': 131072 },
          capabilities: vision ? ['completion', 'vision', 'tools'] : ['completion', 'tools'],
        },
      ];
    },
    // GET /api/tags: the models pulled, as Ollama lists them (Home Assistant's integration
    // offers these as "downloaded"); POST /api/chat: its own streaming (server.mjs).
    tags: () => [
      200,
      {
        models: IDS.slice(0, 2).map((id, i) => ({
          name: `${id}:latest`,
          model: `${id}:latest`,
          modified_at: '2026-11-02T10:00:00.000000000Z',
          size: 4_920_753_328,
          digest: `${i + 1}`.repeat(64),
          details: {
            parent_model: '',
            format: 'gguf',
            family: 'llama',
            families: ['llama'],
            parameter_size: '8.0B',
            quantization_level: 'Q4_K_M',
          },
        })),
      },
    ],
    nativeApi: true,
    cors: 'localhost',
    reasoningField: 'reasoning',
    toolStyle: 'whole',
    modelsBody: () => ({
      object: 'list',
      data: IDS.slice(0, 2).map((id) => ({
        id: `${id}:latest`,
        object: 'model',
        created: 1700000000,
        owned_by: 'library',
      })),
    }),
  },
  'ollama-empty': {
    ...base,
    cors: 'localhost',
    modelsBody: () => ({ object: 'list', data: null }),
  },
  groq: { ...base, usage: 'x_groq', reasoningField: 'reasoning', toolStyle: 'whole' },
  mistral: {
    ...base,
    usage: 'finish',
    reasoningField: 'content_parts',
    toolStyle: 'whole-no-index-no-type',
    errorShape: 'mistral',
    validate: (body) =>
      body.stream_options
        ? {
            status: 422,
            message: 'Extra inputs are not permitted',
            loc: ['body', 'stream_options'],
          }
        : undefined,
  },
  gemini: {
    ...base,
    badKeyStatus: 400,
    errorShape: 'gemini',
    badKeyMessage: () => 'API key not valid. Please pass a valid API key.',
    toolStyle: 'whole-no-index',
    toolFinish: 'stop',
    reasoningField: undefined,
    modelsBody: () =>
      openaiModels(['models/gemini-2.5-flash', 'models/gemini-2.5-pro', 'models/gemini-2.5-flash']),
  },
  openrouter: {
    ...base,
    keepAlive: ': OPENROUTER PROCESSING',
    reasoningField: 'reasoning_details',
    inBand: 'openrouter',
    modelsBody: () => ({
      data: [
        { id: 'openai/gpt-4o-mini', architecture: { output_modalities: ['text'] } },
        { id: 'openai/dall-e-3', architecture: { output_modalities: ['image'] } },
      ],
    }),
  },
  deepseek: { ...base, usage: 'finish', reasoningField: 'reasoning_content' },
  llamacpp: {
    ...base,
    usage: 'finish',
    loadingMessage: 'Loading model',
    modelsBody: () => ({
      models: [{ name: 'scripted.gguf', model: 'scripted.gguf' }],
      object: 'list',
      data: [{ id: 'scripted.gguf', object: 'model', owned_by: 'llamacpp' }],
    }),
  },
  lmstudio: { ...base, cors: 'none', errorShape: 'lmstudio', reasoningField: undefined },
  anthropic: {
    ...base,
    cors: 'needs-header',
    errorShape: 'anthropic',
    reasoningField: undefined,
    modelsBody: (params) =>
      params.get('after_id')
        ? {
            data: [{ id: 'claude-haiku', type: 'model' }],
            has_more: false,
            first_id: 'claude-haiku',
            last_id: 'claude-haiku',
          }
        : {
            data: [
              { id: 'claude-opus', type: 'model' },
              { id: 'claude-sonnet', type: 'model' },
            ],
            has_more: true,
            first_id: 'claude-opus',
            last_id: 'claude-sonnet',
          },
  },
  together: {
    ...base,
    modelsBody: () => [
      { id: 'meta-llama/Llama-3-8b-chat', type: 'chat' },
      { id: 'BAAI/bge-large', type: 'embedding' },
    ],
  },
};

/** An error body in the dialect's shape. */
export function errorBody(d, status, message, extra = {}) {
  const json = (v) => ({ body: JSON.stringify(v), type: 'application/json' });
  switch (d.errorShape) {
    case 'gemini':
      return json([
        {
          error: {
            code: status,
            message,
            status: status === 400 ? 'INVALID_ARGUMENT' : 'UNAVAILABLE',
          },
        },
      ]);
    case 'lmstudio':
      return json({ error: message });
    case 'anthropic':
      return json({
        type: 'error',
        error: { type: status === 401 ? 'authentication_error' : 'api_error', message },
      });
    case 'mistral':
      return status === 422
        ? json({
            object: 'error',
            message: { detail: [{ type: 'extra_forbidden', loc: extra.loc, msg: message }] },
            type: 'invalid_request_message_error',
            param: null,
            code: null,
            detail: [{ loc: extra.loc, msg: message, type: 'extra_forbidden' }],
          })
        : json({
            object: 'error',
            message,
            type: 'invalid_request_error',
            param: null,
            code: extra.code ?? null,
          });
    case 'litellm':
      // LiteLLM's proxy: FastAPI's {"detail"} for unknown routes, else an OpenAI-style error
      // whose `code` is the HTTP status as a string.
      if (status === 404 && message === 'Not Found') return json({ detail: 'Not Found' });
      return json({
        error: {
          message,
          type: extra.type ?? 'auth_error',
          param: extra.param ?? 'None',
          code: String(status),
        },
      });
    default:
      if (d.fastapi404 && status === 404) return json({ detail: 'Not Found' });
      return json({
        error: {
          message,
          type: extra.type ?? 'invalid_request_error',
          param: extra.param ?? null,
          code: extra.code ?? null,
        },
      });
  }
}

/** The non-streaming `chat.completion`. */
function completion(ctx) {
  const { id, created, model, script, usage } = ctx;
  const message = { role: 'assistant', content: script.pieces.join('') || null };
  if (script.reasoning.length) message.reasoning_content = script.reasoning.join('');
  if (script.toolCalls.length)
    message.tool_calls = script.toolCalls.map((c) => ({
      id: c.id,
      type: 'function',
      function: { name: c.name, arguments: c.arguments },
    }));
  return {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: script.toolCalls.length ? 'tool_calls' : 'stop',
      },
    ],
    usage,
  };
}

function reasoningDelta(d, text) {
  switch (d.reasoningField) {
    case undefined:
      return undefined;
    case 'reasoning_details':
      return {
        reasoning: text,
        reasoning_details: [{ type: 'reasoning.text', text, format: 'unknown', index: 0 }],
      };
    case 'content_parts':
      return { content: [{ type: 'thinking', thinking: [{ type: 'text', text }] }] };
    default:
      return { [d.reasoningField]: text };
  }
}

function toolDeltas(d, calls) {
  const whole = (c, i) => ({
    ...(d.toolStyle === 'whole' ? { index: i } : {}),
    id: c.id,
    ...(d.toolStyle === 'whole-no-index-no-type' ? {} : { type: 'function' }),
    function: { name: c.name, arguments: c.arguments },
    ...(d.toolStyle === 'whole-no-index'
      ? { extra_content: { google: { thought_signature: 'c2lnbmF0dXJl' } } }
      : {}),
    ...c.extra,
  });
  if (d.toolStyle !== 'split') return [{ tool_calls: calls.map(whole) }];
  const deltas = [];
  calls.forEach((c, index) => {
    deltas.push({
      tool_calls: [
        {
          index,
          id: c.id,
          type: 'function',
          function: { name: c.name, arguments: '' },
          ...c.extra,
        },
      ],
    });
    for (let i = 0; i < c.arguments.length; i += 7)
      deltas.push({
        tool_calls: [{ index, function: { arguments: c.arguments.slice(i, i + 7) } }],
      });
  });
  return deltas;
}

/** The stream's chunk objects, in order, for one scripted answer. */
function* chunks(ctx) {
  const d = this;
  const { id, created, model, script, usage, body, inBandError } = ctx;
  const chunk = (delta, finish = null, extra = {}) => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    system_fingerprint: d.systemFingerprint,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(d.obfuscation ? { obfuscation: 'x9Qz' } : {}),
    ...extra,
  });
  if (d.promptFilterFirst)
    yield {
      id: '',
      object: '',
      created: 0,
      model: '',
      choices: [],
      prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }],
    };
  yield chunk(
    d.reasoningField === 'content_parts'
      ? { role: 'assistant', content: '' }
      : { role: 'assistant', content: '', refusal: null },
  );
  for (const text of script.reasoning) {
    const delta = reasoningDelta(d, text);
    if (delta) yield chunk(delta);
  }
  const half = Math.ceil(script.pieces.length / 2);
  for (const [i, text] of script.pieces.entries()) {
    if (inBandError && i === half) {
      if (d.inBand === 'openrouter') {
        yield {
          ...chunk({ content: '' }, 'error'),
          error: { code: 502, message: 'Provider returned error' },
        };
      } else {
        yield {
          error: {
            object: 'error',
            message: 'The model crashed while generating.',
            type: 'InternalServerError',
            param: null,
            code: 500,
          },
        };
      }
      return;
    }
    yield chunk({ content: text });
  }
  for (const delta of toolDeltas(d, script.toolCalls))
    if (script.toolCalls.length) yield chunk(delta);
  const finish = script.toolCalls.length ? d.toolFinish : 'stop';
  if (d.usage === 'finish') yield chunk({}, finish, { usage });
  else if (d.usage === 'x_groq') yield chunk({}, finish, { x_groq: { id: 'req_scripted', usage } });
  else {
    yield chunk({}, finish);
    if (body.stream_options?.include_usage) yield { ...chunk({}), choices: [], usage };
  }
}

for (const d of Object.values(DIALECTS)) {
  d.chunks = chunks;
  d.completion = completion;
}
