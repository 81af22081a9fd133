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

/** `GET {base_url}/models` in every shape providers use, following pages, de-duplicated. */
export async function listModels(
  target: ProviderTarget,
  options: ClientOptions = {},
): Promise<ListedModel[]> {
  const seen = new Map<string, ListedModel>();
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const path = after ? `/models?after_id=${encodeURIComponent(after)}` : '/models';
    const ctx = requestContext(target, path, options);
    const watchdog = new Watchdog(ctx.timeoutS * 1000, options.signal);
    let payload: unknown;
    try {
      const response = await send(
        ctx,
        { headers: headersFor(ctx.dialect, target.apiKey, false) },
        watchdog,
      );
      payload = await response.json().catch(() => {
        throw new ProviderError('malformed', { url: target.baseUrl });
      });
    } catch (err) {
      throw watchdog.classifyAbort(ctx.timeoutS, options.signal) ?? err;
    } finally {
      watchdog.dispose();
    }
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
  return [...seen.values()];
}
