import { createParser } from 'eventsource-parser';
import { ProviderError, redact } from './errors';
import { normalizeErrorBody } from './error-body';
import { requestRules } from './dialects';
import {
  type ClientOptions,
  type ProviderTarget,
  type RequestContext,
  PROVIDER_WORDS,
  Watchdog,
  backoffMs,
  defaultSleep,
  headersFor,
  requestContext,
  send,
} from './http';
import {
  type ContentPart,
  type Delta,
  type ToolCallDelta,
  type Usage,
  ChunkSchema,
  CompletionSchema,
} from '../schema/provider';
import { SchemaError, parseWith } from '../schema/parse';
import { LIMITS } from '../guard/sizes';
import type { ToolCall } from '../schema/conversation';
import type { ModelLearned } from '../schema/settings';

/** OpenAI's content parts of a question as sent: its text and its pictures (data URLs). */
export type SentPart =
  { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } };

/** A message in the OpenAI chat format, as sent. Unknown fields travel as they are. */
export interface WireMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null | readonly SentPart[];
  tool_calls?: readonly unknown[];
  tool_call_id?: string;
  [extra: string]: unknown;
}

export interface ChatParams {
  model: string;
  messages: readonly WireMessage[];
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  tools?: readonly unknown[] | undefined;
}

/** What the stream reduces to; the chat engine folds these into a message. */
export type StreamEvent =
  | { type: 'content'; text: string }
  | { type: 'reasoning'; text: string }
  | { type: 'tool_call'; delta: ToolCallDelta }
  | { type: 'usage'; usage: Usage }
  | { type: 'finish'; reason: string }
  | { type: 'retry'; attempt: number; delayMs: number; error: ProviderError }
  /** The provider refused a parameter this model does not take; the request was changed and
   * sent again, and this is what to remember for the model. */
  | { type: 'learned'; learned: ModelLearned }
  /** A Home Assistant agent's conversation id: the next question continues it. */
  | { type: 'agent'; conversationId: string }
  /** What a Home Assistant agent did itself, as a row (a call, or its result by the call's id):
   * made by our own adapter from Home Assistant's events, never from a provider's stream. */
  | { type: 'agent_call'; call: AgentCall };

/** A row of a Home Assistant agent's own action: its fields as the card keeps them. */
export type AgentCall = { id: string } & Partial<
  Pick<ToolCall, 'name' | 'arguments' | 'status' | 'result' | 'entity_ids'>
>;

const MAX_RETRY_WAIT_MS = 60_000;

/** The request body for one model, with the provider's and model's differences applied. */
export function chatBody(
  ctx: Pick<RequestContext, 'dialect' | 'target'>,
  params: ChatParams,
  stream: boolean,
) {
  const rules = requestRules(ctx.dialect, params.model, ctx.target.learned);
  const body: Record<string, unknown> = { model: params.model, messages: params.messages, stream };
  if (stream && ctx.dialect.streamOptions) body.stream_options = { include_usage: true };
  if (params.maxTokens !== undefined) body[rules.tokenParam] = params.maxTokens;
  if (params.temperature !== undefined && rules.sendTemperature)
    body.temperature = params.temperature;
  if (params.tools?.length) body.tools = params.tools;
  return body;
}

/**
 * Streams one chat completion. Retries connection errors, 5xx and 429 (waiting for Retry-After
 * or the wait named in the body, else backing off with jitter), but never once output has been
 * yielded: then the error is thrown with `partial` set and the caller keeps what arrived.
 */
export async function* streamChat(
  target: ProviderTarget,
  params: ChatParams,
  options: ClientOptions = {},
): AsyncGenerator<StreamEvent, void, undefined> {
  const ctx = requestContext(target, '/chat/completions', options);
  const request = chatBody(ctx, params, true);
  const maxRetries = options.maxRetries ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    let shown = false;
    try {
      for await (const event of attemptStream(ctx, JSON.stringify(request))) {
        shown = true;
        yield event;
      }
      return;
    } catch (err) {
      const error = toProviderError(err);
      if (!shown && refusesStreamOptions(request, error)) {
        // Mistral and older Azure API versions reject `stream_options`: ask again without it.
        delete request.stream_options;
        attempt--;
        continue;
      }
      const learned = shown ? undefined : adaptToRefusal(request, error);
      if (learned) {
        attempt--;
        yield { type: 'learned', learned };
        continue;
      }
      if (shown) {
        error.partial = true;
        throw error;
      }
      const delayMs = error.retryAfterMs ?? backoffMs(attempt, options.random);
      if (!error.retryable || attempt >= maxRetries || delayMs > MAX_RETRY_WAIT_MS) throw error;
      yield { type: 'retry', attempt: attempt + 1, delayMs, error };
      await sleep(delayMs, options.signal);
    }
  }
}

/**
 * OpenAI's reasoning models (and others behind a proxy whose name does not say so) refuse
 * `max_tokens` ("Unsupported parameter: 'max_tokens' … Use 'max_completion_tokens' instead.")
 * and any temperature but the default ("Unsupported value: 'temperature' does not support 0.7 …
 * Only the default (1) value is supported."). Changes the request to what the provider asked
 * for, once per parameter, and says what it learned; undefined when the error is another.
 */
export function adaptToRefusal(
  request: Record<string, unknown>,
  error: ProviderError,
): ModelLearned | undefined {
  if (error.type !== 'bad_request') return undefined;
  const said = `${error.providerMessage ?? ''} ${error.code ?? ''}`;
  if ('max_tokens' in request && /max_completion_tokens/i.test(said)) {
    request.max_completion_tokens = request.max_tokens;
    delete request.max_tokens;
    return { token_param: 'max_completion_tokens' };
  }
  if (
    'temperature' in request &&
    /temperature/i.test(said) &&
    /unsupported|only the default|does not support|not supported/i.test(said)
  ) {
    delete request.temperature;
    return { temperature: false };
  }
  return undefined;
}

function refusesStreamOptions(request: Record<string, unknown>, error: ProviderError): boolean {
  return (
    'stream_options' in request &&
    error.type === 'bad_request' &&
    /stream_options/i.test(`${error.providerMessage ?? ''} ${error.code ?? ''}`)
  );
}

function toProviderError(err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  if (err instanceof SchemaError)
    return new ProviderError('malformed', { providerMessage: err.issues[0] });
  return new ProviderError('network');
}

async function* attemptStream(ctx: RequestContext, body: string): AsyncGenerator<StreamEvent> {
  const watchdog = new Watchdog(ctx.timeoutS * 1000, ctx.options.signal);
  try {
    const response = await send(
      ctx,
      { method: 'POST', headers: headersFor(ctx.dialect, ctx.target.apiKey, true), body },
      watchdog,
      true,
    );
    yield* readBody(ctx, response, watchdog);
  } catch (err) {
    throw watchdog.classifyAbort(ctx.timeoutS, ctx.options.signal) ?? toProviderError(err);
  } finally {
    watchdog.dispose();
  }
}

/** Reads SSE (or a plain JSON body from a server that ignored `stream`) into events. */
async function* readBody(
  ctx: RequestContext,
  response: Response,
  watchdog: Watchdog,
): AsyncGenerator<StreamEvent> {
  if (!response.body) throw new ProviderError('malformed');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const pending: StreamEvent[] = [];
  let done = false;
  // A body that starts with `{` or `[` is plain JSON: an error, or a server that ignored `stream`.
  let json: string | undefined = /json/i.test(response.headers.get('content-type') ?? '')
    ? ''
    : undefined;
  let sniffed = json !== undefined;
  /** Characters read since the last whole event: a server that never ends one (or a JSON body
   * without end) is stopped, not buffered without limit. */
  let pendingChars = 0;
  const parser = createParser({
    onEvent: (message) => {
      pendingChars = 0;
      if (done) return;
      if (message.data === '[DONE]') {
        done = true;
        return;
      }
      pending.push(...eventsOfChunk(ctx, parseJson(message.data)));
    },
  });
  try {
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      watchdog.arm('idle'); // comments (keep-alives) count: any byte proves the server is alive
      if (!sniffed && value.trim()) {
        sniffed = true;
        if (/^\s*[{[]/.test(value)) json = '';
      }
      pendingChars += value.length;
      if (pendingChars > LIMITS.unendedEventChars)
        throw new ProviderError('too_long', { chars: LIMITS.unendedEventChars });
      if (json !== undefined) {
        json += value;
        continue;
      }
      parser.feed(value);
      yield* coalesce(pending.splice(0));
      if (done) break;
    }
    if (json !== undefined) {
      yield* eventsOfCompletion(ctx, parseJson(json));
      return;
    }
    parser.reset({ consume: true });
    yield* pending.splice(0);
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/** One read's events with each run of text deltas joined: a fast provider sends a token an
 * event and many events a read, and each event costs the chat an update. */
function coalesce(events: StreamEvent[]): StreamEvent[] {
  const out: StreamEvent[] = [];
  for (const event of events) {
    const last = out.at(-1);
    if ((event.type === 'content' || event.type === 'reasoning') && last?.type === event.type)
      out[out.length - 1] = { type: event.type, text: last.text + event.text };
    else out.push(event);
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProviderError('malformed');
  }
}

function inBandError(ctx: RequestContext, payload: unknown): ProviderError | undefined {
  if (!payload || typeof payload !== 'object' || !('error' in payload)) return undefined;
  const info = normalizeErrorBody(payload);
  return new ProviderError('in_band', {
    providerMessage: info.message
      ? redact(info.message.slice(0, PROVIDER_WORDS), [ctx.target.apiKey])
      : undefined,
    code: info.code,
  });
}

function eventsOfChunk(ctx: RequestContext, payload: unknown): StreamEvent[] {
  const error = inBandError(ctx, payload);
  if (error) throw error;
  const chunk = parseWith(ChunkSchema, payload, 'stream chunk');
  const events: StreamEvent[] = [];
  const usage = chunk.usage ?? chunk.x_groq?.usage;
  for (const choice of chunk.choices) {
    if (choice.delta) events.push(...eventsOfDelta(choice.delta));
    if (choice.finish_reason === 'error') throw new ProviderError('in_band');
    if (choice.finish_reason) events.push({ type: 'finish', reason: choice.finish_reason });
  }
  if (usage) events.push({ type: 'usage', usage });
  return events;
}

function eventsOfCompletion(ctx: RequestContext, payload: unknown): StreamEvent[] {
  const error = inBandError(ctx, payload);
  if (error) throw error;
  const completion = parseWith(CompletionSchema, payload, 'completion');
  const events: StreamEvent[] = [];
  for (const choice of completion.choices.slice(0, 1)) {
    events.push(...eventsOfDelta(choice.message));
    if (choice.finish_reason) events.push({ type: 'finish', reason: choice.finish_reason });
  }
  if (completion.usage) events.push({ type: 'usage', usage: completion.usage });
  return events;
}

function partText(part: ContentPart, kind: 'text' | 'thinking'): string {
  if (kind === 'text') return part.type === 'text' ? (part.text ?? '') : '';
  if (part.type !== 'thinking') return '';
  const thinking = part.thinking;
  if (typeof thinking === 'string') return thinking;
  if (Array.isArray(thinking)) {
    return thinking
      .map((t: unknown) => (t && typeof t === 'object' && 'text' in t ? String(t.text) : ''))
      .join('');
  }
  return part.text ?? '';
}

function eventsOfDelta(delta: Delta): StreamEvent[] {
  const events: StreamEvent[] = [];
  const reasoning =
    delta.reasoning_content ??
    delta.reasoning ??
    delta.reasoning_details?.map((d) => d.text ?? d.summary ?? '').join('') ??
    (Array.isArray(delta.content)
      ? delta.content.map((p) => partText(p, 'thinking')).join('')
      : '');
  if (reasoning) events.push({ type: 'reasoning', text: reasoning });
  const content = Array.isArray(delta.content)
    ? delta.content.map((p) => partText(p, 'text')).join('')
    : delta.content;
  if (content) events.push({ type: 'content', text: content });
  for (const call of delta.tool_calls ?? []) events.push({ type: 'tool_call', delta: call });
  return events;
}
