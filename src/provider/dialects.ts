import type { HintKey } from './errors';
import type { DialectId, ModelLearned } from '../schema/settings';

export type { DialectId };

// Provider and model differences as data (shared/PROVIDERS.md), not conditions scattered in the
// client. A dialect is recognised from the base URL; the user's settings could name one later.

export interface Dialect {
  id: DialectId;
  /** How the key travels. */
  auth: 'bearer' | 'api-key';
  /** Sends `stream_options: {include_usage: true}` (Mistral and older Azure reject it). */
  streamOptions: boolean;
  /** OpenAI's reasoning models want `max_completion_tokens` and no temperature; Ollama does not. */
  reasoningModelRule: boolean;
  headers?: Readonly<Record<string, string>>;
  /** What to change when a browser call is refused by CORS (its words in strings.corsFix). */
  corsFix: HintKey;
}

const base = {
  auth: 'bearer',
  streamOptions: true,
  reasoningModelRule: true,
  corsFix: 'cors_generic',
} as const;

const DIALECTS: Record<DialectId, Dialect> = {
  openai: { ...base, id: 'openai', corsFix: 'cors_openai' },
  azure: {
    ...base,
    id: 'azure',
    auth: 'api-key',
    streamOptions: false,
    corsFix: 'cors_openai',
  },
  anthropic: {
    ...base,
    id: 'anthropic',
    headers: { 'anthropic-dangerous-direct-browser-access': 'true' },
    corsFix: 'cors_openai',
  },
  mistral: { ...base, id: 'mistral', streamOptions: false, corsFix: 'cors_openai' },
  gemini: { ...base, id: 'gemini', corsFix: 'cors_openai' },
  openrouter: { ...base, id: 'openrouter', corsFix: 'cors_openai' },
  groq: { ...base, id: 'groq', corsFix: 'cors_openai' },
  ollama: { ...base, id: 'ollama', reasoningModelRule: false, corsFix: 'cors_ollama' },
  lmstudio: {
    ...base,
    id: 'lmstudio',
    reasoningModelRule: false,
    corsFix: 'cors_lmstudio',
  },
  litellm: { ...base, id: 'litellm', corsFix: 'cors_litellm' },
  vllm: { ...base, id: 'vllm', corsFix: 'cors_vllm' },
  llamacpp: {
    ...base,
    id: 'llamacpp',
    reasoningModelRule: false,
    corsFix: 'cors_llamacpp',
  },
  generic: { ...base, id: 'generic' },
};

/** First match wins: hosted APIs by host name, self-hosted servers by name or default port. */
const RECOGNISE: readonly [DialectId, (url: URL) => boolean][] = [
  ['openai', (u) => u.hostname === 'api.openai.com'],
  ['azure', (u) => /\.(openai\.azure\.com|cognitiveservices\.azure\.com)$/.test(u.hostname)],
  ['anthropic', (u) => u.hostname === 'api.anthropic.com'],
  ['mistral', (u) => u.hostname === 'api.mistral.ai'],
  ['gemini', (u) => u.hostname === 'generativelanguage.googleapis.com'],
  ['openrouter', (u) => u.hostname === 'openrouter.ai'],
  ['groq', (u) => u.hostname === 'api.groq.com'],
  ['ollama', (u) => u.port === '11434' || /ollama/i.test(u.hostname)],
  ['lmstudio', (u) => u.port === '1234' || /lm-?studio/i.test(u.hostname)],
  ['litellm', (u) => u.port === '4000' || /litellm/i.test(u.hostname)],
  ['vllm', (u) => /vllm/i.test(u.hostname) || u.port === '8000'],
  ['llamacpp', (u) => /llama/i.test(u.hostname) || u.port === '8080'],
];

export function dialectFor(baseUrl: string): Dialect {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return DIALECTS.generic;
  }
  const found = RECOGNISE.find(([, test]) => test(url));
  return DIALECTS[found?.[0] ?? 'generic'];
}

export function dialectById(id: DialectId): Dialect {
  return DIALECTS[id] ?? DIALECTS.generic;
}

/** o1, o3-mini, o4-mini, gpt-5, gpt-5-mini, also behind a router prefix ("openai/o3"). */
const REASONING_MODEL = /^(?:[\w.-]+\/)*(?:o\d+(?:$|[-_.])|gpt-5)/i;

export interface ModelRequestRules {
  tokenParam: 'max_tokens' | 'max_completion_tokens';
  sendTemperature: boolean;
}

/** How to ask this model: by its name, then by what its provider's errors taught (`learned`). */
export function requestRules(
  dialect: Dialect,
  modelId: string,
  learned?: ModelLearned,
): ModelRequestRules {
  const reasoning = dialect.reasoningModelRule && REASONING_MODEL.test(modelId);
  return {
    tokenParam: learned?.token_param ?? (reasoning ? 'max_completion_tokens' : 'max_tokens'),
    sendTemperature: learned?.temperature === false ? false : !reasoning,
  };
}
