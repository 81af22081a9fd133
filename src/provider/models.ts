import {
  type ClientOptions,
  type ProviderTarget,
  Watchdog,
  headersFor,
  requestContext,
  send,
} from './http';
import { ProviderError } from './errors';
import { type ModelEntry, type ModelList, ModelListSchema } from '../schema/provider';
import { SchemaError, parseWith } from '../schema/parse';

export interface ListedModel {
  id: string;
  /** For display only: Gemini's "models/" prefix stripped. */
  label: string;
  /** False for embeddings, speech, moderation and image models, as far as hints tell. */
  chat: boolean;
  /** The context window in tokens, where the list tells it. */
  contextLength?: number;
  /** Whether it takes pictures, where the list tells it (OpenRouter's input_modalities). */
  vision?: boolean;
}

function visionOf(entry: ModelEntry): boolean | undefined {
  const arch = entry.architecture as { input_modalities?: unknown } | undefined;
  return Array.isArray(arch?.input_modalities)
    ? arch.input_modalities.includes('image')
    : undefined;
}

/** OpenRouter, Together and Fireworks: `context_length`; Groq: `context_window`; Mistral:
 * `max_context_length`. */
function contextOf(entry: ModelEntry): number | undefined {
  const e = entry as Record<string, unknown>;
  for (const key of ['context_length', 'context_window', 'max_context_length']) {
    const n = e[key];
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) return n;
  }
  return undefined;
}

const MAX_PAGES = 20;
const NON_CHAT = /embed|whisper|tts|speech|audio-|moderation|dall-e|image|rerank|transcribe/i;

function isChat(entry: ModelEntry, id: string): boolean {
  const caps = entry.capabilities as { completion_chat?: boolean } | undefined;
  if (caps && typeof caps.completion_chat === 'boolean') return caps.completion_chat; // Mistral
  if (entry.type) return entry.type === 'chat' || entry.type === 'language'; // Together
  const arch = entry.architecture as { output_modalities?: string[] } | undefined;
  if (Array.isArray(arch?.output_modalities)) return arch.output_modalities.includes('text'); // OpenRouter
  return !NON_CHAT.test(id);
}

function entriesOf(list: ModelList): readonly ModelEntry[] {
  if (Array.isArray(list)) return list;
  // llama-server sends both `models` and `data`; prefer `data`, the OpenAI shape.
  const shaped = list as { data?: ModelEntry[] | null; models?: ModelEntry[] };
  return shaped.data ?? shaped.models ?? [];
}

/** Anthropic paginates: {data, has_more, last_id}. */
function nextPage(list: ModelList): string | undefined {
  if (Array.isArray(list)) return undefined;
  const page = list as { has_more?: boolean; last_id?: string | null };
  return page.has_more ? (page.last_id ?? undefined) : undefined;
}

/** One JSON document from the provider (GET, or POST of `body`), its failures classified. */
async function fetchJson(
  target: ProviderTarget,
  path: string,
  options: ClientOptions,
  body?: unknown,
): Promise<unknown> {
  const ctx = requestContext(target, path, options);
  const watchdog = new Watchdog(ctx.timeoutS * 1000, options.signal);
  try {
    const response = await send(
      ctx,
      {
        headers: headersFor(ctx.dialect, target.apiKey, body !== undefined),
        ...(body !== undefined ? { method: 'POST', body: JSON.stringify(body) } : {}),
      },
      watchdog,
    );
    return await response.json().catch(() => {
      throw new ProviderError('malformed', { url: target.baseUrl });
    });
  } catch (err) {
    throw watchdog.classifyAbort(ctx.timeoutS, options.signal) ?? err;
  } finally {
    watchdog.dispose();
  }
}

/** What a provider's own metadata says about a model, beyond its list. */
type ModelFacts = Pick<ListedModel, 'contextLength' | 'vision'>;

const positive = (n: unknown) =>
  typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;

/** LiteLLM's `/model/info`: per model name, `max_input_tokens` and `supports_vision`, as its
 * config or its cost map tell them (null where neither does). */
async function liteLLMFacts(
  target: ProviderTarget,
  options: ClientOptions,
): Promise<Map<string, ModelFacts>> {
  const payload = (await fetchJson(target, '/model/info', options)) as { data?: unknown };
  const facts = new Map<string, ModelFacts>();
  for (const entry of Array.isArray(payload?.data) ? payload.data : []) {
    const { model_name: name, model_info: info } = (entry ?? {}) as Record<string, unknown>;
    const i = (info ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || facts.has(name)) continue;
    const contextLength = positive(i.max_input_tokens);
    facts.set(name, {
      ...(contextLength ? { contextLength } : {}),
      ...(typeof i.supports_vision === 'boolean' ? { vision: i.supports_vision } : {}),
    });
  }
  return facts;
}

/** Ollama asked about this many models at most, this many at a time. */
const OLLAMA_SHOWN = 30;
const OLLAMA_PARALLEL = 4;

/** Ollama's `/api/show` (beside its `/v1`), per model: `capabilities` names "vision"; a
 * `num_ctx` in its parameters is the context it runs with. The model's trained length (in
 * `model_info`) is not taken: Ollama runs with a smaller context unless told, and cuts what
 * does not fit without an error. */
async function ollamaFacts(
  target: ProviderTarget,
  ids: readonly string[],
  options: ClientOptions,
): Promise<Map<string, ModelFacts>> {
  const root = { ...target, baseUrl: target.baseUrl.replace(/\/v1\/?$/, '') };
  const facts = new Map<string, ModelFacts>();
  const queue = ids.slice(0, OLLAMA_SHOWN);
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const shown = (await fetchJson(root, '/api/show', options, { model: id }).catch(
        () => undefined,
      )) as { capabilities?: unknown; parameters?: unknown } | undefined;
      if (!shown) continue;
      const contextLength = positive(
        Number(/(?:^|\n)\s*num_ctx\s+(\d+)/.exec(String(shown.parameters ?? ''))?.[1]),
      );
      facts.set(id, {
        ...(contextLength ? { contextLength } : {}),
        ...(Array.isArray(shown.capabilities)
          ? { vision: shown.capabilities.includes('vision') }
          : {}),
      });
    }
  };
  await Promise.all(Array.from({ length: OLLAMA_PARALLEL }, worker));
  return facts;
}

/** The list's models with what LiteLLM's or Ollama's own metadata adds (the list's own word
 * first). That metadata is optional: where it cannot be read, the list stays as it is. */
async function withFacts(
  target: ProviderTarget,
  listed: ListedModel[],
  options: ClientOptions,
): Promise<ListedModel[]> {
  const dialect = requestContext(target, '', options).dialect.id;
  const facts =
    dialect === 'litellm'
      ? await liteLLMFacts(target, options).catch(() => undefined)
      : dialect === 'ollama'
        ? await ollamaFacts(
            target,
            listed.filter((m) => m.chat).map((m) => m.id),
            options,
          )
        : undefined;
  if (!facts?.size) return listed;
  return listed.map((m) => ({ ...facts.get(m.id), ...m }));
}

/** `GET {base_url}/models` in every shape providers use, following pages, de-duplicated; with
 * context lengths and vision from LiteLLM's and Ollama's metadata where they give them. */
export async function listModels(
  target: ProviderTarget,
  options: ClientOptions = {},
): Promise<ListedModel[]> {
  const seen = new Map<string, ListedModel>();
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const path = after ? `/models?after_id=${encodeURIComponent(after)}` : '/models';
    const payload = await fetchJson(target, path, options);
    let list: ModelList;
    try {
      list = parseWith(ModelListSchema, payload, 'model list');
    } catch (err) {
      if (err instanceof SchemaError) {
        // LM Studio answers unknown paths with HTTP 200 and {"error": "..."}.
        throw new ProviderError('malformed', {
          url: target.baseUrl,
          providerMessage: err.issues[0],
        });
      }
      throw err;
    }
    const entries = entriesOf(list);
    for (const entry of entries) {
      const id = entry.id ?? entry.model ?? entry.name;
      if (!id || seen.has(id)) continue;
      const context = contextOf(entry);
      const vision = visionOf(entry);
      seen.set(id, {
        id,
        label: id.replace(/^models\//, ''),
        chat: isChat(entry, id),
        ...(context ? { contextLength: context } : {}),
        ...(vision !== undefined ? { vision } : {}),
      });
    }
    const next = nextPage(list);
    if (!next) break;
    after = next;
  }
  return withFacts(target, [...seen.values()], options);
}
