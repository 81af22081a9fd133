import { type Dialect, type DialectId, dialectById, dialectFor } from './dialects';
import { parseErrorText, parseRetryAfter, waitFromMessage } from './error-body';
import { ProviderError, redact } from './errors';
import { DEFAULT_TIMEOUT_S, type ModelLearned } from '../schema/settings';
import { LIMITS } from '../guard/sizes';

/** Where and how to reach one provider (and model, in per-model key mode). */
export interface ProviderTarget {
  baseUrl: string;
  apiKey?: string | undefined;
  timeoutS?: number | undefined;
  /** The server's dialect when the base URL does not tell (a proxy in front of Mistral, say). */
  dialect?: DialectId | undefined;
  /** What the provider taught about this model's requests, over what its name suggests. */
  learned?: ModelLearned | undefined;
}

/** Seams the tests drive; the defaults are the real thing. */
export interface ClientOptions {
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch;
  /** Waits `ms`, rejecting when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Location of the page, to detect mixed content and public → private calls. */
  pageUrl?: string;
  maxRetries?: number;
}

export const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ProviderError('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ProviderError('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

const LOOPBACK = /^(localhost|127(?:\.\d+){3}|\[::1\])$/i;
const PRIVATE =
  /^(localhost|127(?:\.\d+){3}|\[::1\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2}|169\.254(?:\.\d+){2}|\[f[cd][0-9a-f]*:.*\]|[^.]+|.+\.(?:local|lan|home|internal|home\.arpa))$/i;

export function isMixedContent(target: string, pageUrl: string): boolean {
  const to = new URL(target);
  return (
    new URL(pageUrl).protocol === 'https:' && to.protocol === 'http:' && !LOOPBACK.test(to.hostname)
  );
}

function isPublicToPrivate(target: string, pageUrl: string): boolean {
  return !PRIVATE.test(new URL(pageUrl).hostname) && PRIVATE.test(new URL(target).hostname);
}

export function headersFor(dialect: Dialect, apiKey: string | undefined, json: boolean): Headers {
  const headers = new Headers(dialect.headers);
  if (json) headers.set('Content-Type', 'application/json');
  if (apiKey) {
    if (dialect.auth === 'api-key') headers.set('api-key', apiKey);
    else headers.set('Authorization', `Bearer ${apiKey}`);
  }
  return headers;
}

/** Why a timer aborted a request. */
class TimeoutSignal {
  constructor(readonly phase: 'first_byte' | 'idle') {}
}

/** An AbortController that follows the caller's signal and fires after `timeoutMs` of silence. */
export class Watchdog {
  readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly unlink: () => void;

  constructor(
    private readonly timeoutMs: number,
    outer?: AbortSignal,
  ) {
    const onAbort = () => this.controller.abort(outer?.reason);
    if (outer?.aborted) onAbort();
    outer?.addEventListener('abort', onAbort, { once: true });
    this.unlink = () => outer?.removeEventListener('abort', onAbort);
    this.arm('first_byte');
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Something arrived: start the silence timer anew. */
  arm(phase: 'first_byte' | 'idle'): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.controller.abort(new TimeoutSignal(phase)), this.timeoutMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.unlink();
  }

  /** The classified error for a failure seen while this watchdog ran. */
  classifyAbort(timeoutS: number, outer?: AbortSignal): ProviderError | undefined {
    if (outer?.aborted) return new ProviderError('aborted');
    const reason: unknown = this.controller.signal.reason;
    if (this.controller.signal.aborted && reason instanceof TimeoutSignal) {
      return new ProviderError('timeout', { phase: reason.phase, timeoutS });
    }
    return undefined;
  }
}

export interface RequestContext {
  target: ProviderTarget;
  dialect: Dialect;
  url: string;
  timeoutS: number;
  pageUrl: string;
  options: ClientOptions;
}

export function requestContext(
  target: ProviderTarget,
  path: string,
  options: ClientOptions,
): RequestContext {
  const baseUrl = target.baseUrl.replace(/\/+$/, '');
  return {
    target,
    dialect: target.dialect ? dialectById(target.dialect) : dialectFor(baseUrl),
    url: `${baseUrl}${path}`,
    timeoutS: target.timeoutS ?? DEFAULT_TIMEOUT_S,
    pageUrl: options.pageUrl ?? globalThis.location?.href ?? 'http://localhost/',
    options,
  };
}

/**
 * One HTTP exchange with classification: mixed content is refused before sending; a bare
 * TypeError is told apart as CORS (a no-cors probe gets an answer) or unreachable; HTTP errors
 * become typed errors with the provider's own words (redacted) and any wait it asked for.
 */
export async function send(
  ctx: RequestContext,
  init: { method?: string; headers: Headers; body?: string },
  watchdog: Watchdog,
  streaming = false,
): Promise<Response> {
  const { url, pageUrl, options } = ctx;
  if (isMixedContent(url, pageUrl))
    throw new ProviderError('mixed_content', { url: ctx.target.baseUrl });
  const privateTarget = isPublicToPrivate(url, pageUrl);
  let response: Response;
  try {
    // Never followed: a browser keeps an `api-key` header (Azure's) across a redirect to another
    // host, and a key goes only to the address it was saved for.
    const request = {
      ...init,
      credentials: 'omit' as const,
      redirect: 'error' as const,
      signal: watchdog.signal,
    };
    // A long answer is read off the main thread (Chrome's Local Network Access wants its
    // address-space hint from the page itself, so a public page's call to a private address
    // stays here).
    const transport =
      !options.fetch && streaming && init.body !== undefined && !privateTarget
        ? await loadTransport()
        : undefined;
    if (options.fetch) response = await options.fetch(url, request);
    else if (transport && init.body !== undefined)
      response = await transport.fetchStreaming(url, {
        ...request,
        headers: [...init.headers],
        body: init.body,
      });
    else
      response = await fetch(url, {
        ...request,
        // Chrome's Local Network Access: say up front that a public page calls a private address.
        ...(privateTarget ? { targetAddressSpace: 'local' } : {}),
      } as RequestInit);
  } catch (err) {
    throw (
      watchdog.classifyAbort(ctx.timeoutS, options.signal) ??
      (await unreachable(ctx, err, privateTarget))
    );
  }
  if (!response.ok) throw await httpError(ctx, response);
  return response;
}

let transportChunk: Promise<typeof import('./transport') | undefined> | undefined;

/** The streaming transport, a chunk of its own loaded with the first answer; undefined when it
 * cannot load (a page open across an upgrade), and then the page reads the stream itself. */
function loadTransport(): Promise<typeof import('./transport') | undefined> {
  transportChunk ??= import('./transport').catch(() => undefined);
  return transportChunk;
}

async function unreachable(
  ctx: RequestContext,
  err: unknown,
  privateTarget: boolean,
): Promise<ProviderError> {
  if (!(err instanceof TypeError)) return new ProviderError('network', { url: ctx.target.baseUrl });
  // The browser hides why a request failed. A no-cors request needs no permission from the
  // server: if it gets any answer, the server is up and refusing this origin.
  const doFetch = ctx.options.fetch ?? globalThis.fetch.bind(globalThis);
  const probe = new AbortController();
  const timer = setTimeout(() => probe.abort(), 5000);
  try {
    await doFetch(ctx.url, { mode: 'no-cors', credentials: 'omit', signal: probe.signal });
  } catch {
    clearTimeout(timer);
    return new ProviderError(privateTarget ? 'private_network' : 'network', {
      url: ctx.target.baseUrl,
    });
  }
  try {
    // Up, and refusing: its CORS, or a redirect (never followed with a key). A request without
    // any key tells them apart, and where the redirect leads, as far as the server's CORS lets
    // a page know.
    const manual = await doFetch(ctx.url, {
      credentials: 'omit',
      redirect: 'manual',
      signal: probe.signal,
    });
    if (manual.type === 'opaqueredirect')
      return new ProviderError('redirect', {
        url: ctx.target.baseUrl,
        location: await redirectedTo(ctx, doFetch, probe.signal),
      });
    return new ProviderError('cors', { url: ctx.target.baseUrl, hint: ctx.dialect.corsFix });
  } catch {
    return new ProviderError('cors', { url: ctx.target.baseUrl, hint: ctx.dialect.corsFix });
  } finally {
    clearTimeout(timer);
  }
}

/** Where a redirect leads, as far as a page may know: a request without any key that follows
 * it, read where the provider's CORS lets it be read (else undefined). */
async function redirectedTo(
  ctx: RequestContext,
  doFetch: typeof fetch,
  signal: AbortSignal,
): Promise<string | undefined> {
  try {
    const followed = await doFetch(ctx.url, { credentials: 'omit', redirect: 'follow', signal });
    return followed.redirected && followed.url ? followed.url : undefined;
  } catch {
    return undefined;
  }
}

/** Classifies a non-2xx response. */
export async function httpError(ctx: RequestContext, response: Response): Promise<ProviderError> {
  const text = await readCapped(response, LIMITS.errorBodyChars).catch(() => '');
  const info = parseErrorText(text);
  const message = info.message
    ? redact(info.message.slice(0, PROVIDER_WORDS), [ctx.target.apiKey])
    : undefined;
  const status = response.status;
  const common = { status, providerMessage: message, code: info.code, url: ctx.target.baseUrl };
  const said = `${info.code ?? ''} ${info.type ?? ''} ${message ?? ''}`;
  // Gemini answers a bad key with 400 "API key not valid"; LiteLLM without a database answers
  // any key but its master key with 400 "No connected db." (type no_db_connection).
  if (status === 400 && /no_db_connection|no connected db/i.test(said)) {
    return new ProviderError('auth', { ...common, hint: 'auth_fix_litellm' });
  }
  if (status === 401 || status === 403 || (status === 400 && /api[ _-]?key/i.test(said))) {
    return new ProviderError('auth', common);
  }
  if (status === 404) return new ProviderError('not_found', common);
  if (status === 429 && /insufficient_quota|quota|credit|billing/i.test(said)) {
    return new ProviderError('quota', common);
  }
  if (status === 429) {
    // OpenAI: "Request too large for gpt-4o … (TPM): Limit 30000, Requested 45873." The request
    // alone is over the limit: waiting cannot help, a smaller request can.
    const limit = numberAfter(said, /\blimit:?\s*([\d,]+)/i);
    const requested = numberAfter(said, /\brequested:?\s*([\d,]+)/i);
    if (
      /request too large/i.test(said) ||
      (limit !== undefined && requested !== undefined && requested > limit)
    )
      return new ProviderError('too_large', { ...common, limit, requested });
  }
  // OpenAI: code context_length_exceeded, "This model's maximum context length is 8192 tokens.
  // However, your messages resulted in 9000 tokens"; vLLM and OpenRouter say the same with
  // "you requested"; LiteLLM wraps it as ContextWindowExceededError; Anthropic: "prompt is too
  // long: 210000 tokens > 200000 maximum".
  if (
    (status === 400 || status === 413) &&
    /context_length_exceeded|context ?window ?exceeded|maximum context length|prompt is too long/i.test(
      said,
    )
  ) {
    const limit =
      numberAfter(said, /maximum context length is:?\s*([\d,]+)/i) ??
      numberAfter(said, />\s*([\d,]+)\s*maximum/i);
    const requested = numberAfter(said, /(?:requested|resulted in)\s+(?:about\s+)?([\d,]+)/i);
    return new ProviderError('context_length', { ...common, limit, requested });
  }
  // A picture to a model without vision. OpenAI: "Invalid content type. image_url is only
  // supported by certain models."; vLLM: "… is not a multimodal model"; Ollama: "… does not
  // support images" (LiteLLM passes these on inside its own words).
  if (
    status === 400 &&
    /image_url is only supported|not a multimodal model|does(?: not|n't) support (?:images|image input|vision)|image input is not supported|vision is not supported/i.test(
      said,
    )
  )
    return new ProviderError('no_vision', common);
  const retryAfterMs =
    parseRetryAfter(response.headers.get('Retry-After')) ?? waitFromMessage(message);
  if (status === 429) return new ProviderError('rate_limited', { ...common, retryAfterMs });
  if (status >= 500) return new ProviderError('server', { ...common, retryAfterMs });
  if (/model.*(not.?found|does not exist|unknown|invalid)|model_not_found/i.test(said)) {
    return new ProviderError('not_found', common);
  }
  return new ProviderError('bad_request', common);
}

/** How much of a provider's own words an error shows. */
export const PROVIDER_WORDS = 1000;

/** A body's first `max` characters; the rest is not read (an error page may be megabytes). */
async function readCapped(response: Response, max: number): Promise<string> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) return '';
  let text = '';
  try {
    while (text.length < max) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return text.slice(0, max);
}

function numberAfter(text: string, pattern: RegExp): number | undefined {
  const digits = pattern.exec(text)?.[1]?.replaceAll(',', '');
  return digits ? Number(digits) : undefined;
}

/** Exponential backoff with full jitter: 0.5 s, 1 s, 2 s … each scaled by a random factor. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(8000, 500 * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
