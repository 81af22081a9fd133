import { type Strings, numberLocale, strings } from '../i18n';

/** What went wrong, as the UI switches on it. */
export type ProviderErrorType =
  | 'mixed_content' // https page, http provider: blocked before sending
  | 'cors' // the server answered a no-cors probe, but refuses this origin
  | 'network' // DNS, refused, down: nothing answered
  | 'redirect' // the provider answered with a redirect, which is never followed
  | 'too_long' // the answer passed the size an answer may have: kept, cut there
  | 'private_network' // Local Network Access refused a public → private call
  | 'auth' // 401 / 403 (and Gemini's 400 for a bad key)
  | 'not_found' // 404: path (missing /v1) or model
  | 'bad_request' // 400 / 422
  | 'rate_limited' // 429, retryable
  | 'quota' // 429 insufficient_quota: never retried
  | 'too_large' // 429 "Request too large" (over the key's limit at once): never retried
  | 'context_length' // 400: the conversation is longer than the model's context window
  | 'no_vision' // 400: the model takes no pictures
  | 'timeout' // nothing for timeout_s (first byte or between chunks)
  | 'server' // 5xx after retries
  | 'malformed' // a payload that fails its schema
  | 'in_band' // HTTP 200 stream carrying {"error": ...}
  | 'agent' // a Home Assistant conversation agent failed (its own words in providerMessage)
  | 'aborted'; // the user pressed Stop

/** What to do, where it is not the error's own: a server kind's CORS setting, LiteLLM without a
 * database, a model that takes no tools. */
export type HintKey =
  `cors_${keyof Strings['corsFix']}` | 'auth_fix_litellm' | 'tools_unsupported' | 'none';

/** An error as data: stored with a message, and worded where it is shown, in the reader's
 * language (providerErrorWords). Plain JSON. */
export interface ProviderErrorInit {
  status?: number;
  providerMessage?: string;
  code?: string;
  retryAfterMs?: number;
  phase?: 'first_byte' | 'idle';
  timeoutS?: number;
  url?: string;
  hint?: HintKey;
  /** Where a redirect led, when the page could tell. */
  location?: string | undefined;
  /** too_long: the size that was reached, in characters. */
  chars?: number;
  /** A request over the provider's limit: its size and the limit, in tokens, when told. */
  requested?: number;
  limit?: number;
}

/** A classified provider failure: its type and data (`init`), worded as `message` and `hint` in
 * the language in use. It never holds an API key: provider text is redacted before it gets
 * here. */
export class ProviderError extends Error {
  readonly status?: number;
  readonly providerMessage?: string;
  readonly code?: string;
  readonly retryAfterMs?: number;
  readonly phase?: 'first_byte' | 'idle';
  /** too_large and context_length: the limit and what was asked, in tokens, where told. */
  readonly limit?: number;
  readonly requested?: number;
  /** Set when output had been shown before the failure: what arrived is kept, marked cut off. */
  partial = false;

  constructor(
    readonly type: ProviderErrorType,
    readonly init: ProviderErrorInit = {},
  ) {
    super(headline(type, init));
    this.name = 'ProviderError';
    const { hint: _hint, ...fields } = init;
    Object.assign(this, fields);
  }

  /** What to do about it, in words. */
  get hint(): string {
    return hintOf(this.type, this.init);
  }

  /** Worth another attempt without the user doing anything. */
  get retryable(): boolean {
    return this.type === 'network' || this.type === 'server' || this.type === 'rate_limited';
  }
}

/** An error of `type` with `init`, in the words of the language in use. */
export function providerErrorWords(
  type: ProviderErrorType,
  init: ProviderErrorInit,
): { message: string; hint: string } {
  return { message: headline(type, init), hint: hintOf(type, init) };
}

/** What to do about an error of `type` with `init`, in words. */
export function hintOf(type: ProviderErrorType, i: ProviderErrorInit): string {
  const hint = i.hint;
  if (hint === 'none') return '';
  if (hint === 'auth_fix_litellm') return strings.err.auth_fix_litellm;
  if (hint === 'tools_unsupported') return strings.toolsUnsupported;
  if (hint?.startsWith('cors_'))
    return strings.corsFix[hint.slice(5) as keyof Strings['corsFix']] ?? strings.corsFix.generic;
  return defaultHint(type, i);
}

function headline(type: ProviderErrorType, i: ProviderErrorInit): string {
  const e = strings.err;
  const url = i.url ?? '';
  switch (type) {
    case 'mixed_content':
      return e.mixed_content(url);
    case 'cors':
      return e.cors(url);
    case 'network':
      return e.network(url);
    case 'redirect':
      return i.location ? e.redirect_to(url, i.location) : e.redirect(url);
    case 'too_long':
      return e.too_long(new Intl.NumberFormat(numberLocale()).format(i.chars ?? 0));
    case 'private_network':
      return e.private_network(url);
    case 'auth':
      return e.auth(i.status ?? 401);
    case 'not_found':
      return e.not_found;
    case 'bad_request':
      return e.bad_request(i.status ?? 400);
    case 'rate_limited':
      return e.rate_limited;
    case 'quota':
      return e.quota;
    case 'too_large':
      return e.too_large(i.requested, i.limit);
    case 'context_length':
      return e.context_length(i.limit);
    case 'no_vision':
      return e.no_vision;
    case 'timeout':
      return i.phase === 'idle'
        ? e.timeout_idle(i.timeoutS ?? 30)
        : e.timeout_first(i.timeoutS ?? 30);
    case 'server':
      return e.server(i.status ?? 500);
    case 'malformed':
      return e.malformed;
    case 'in_band':
      return e.in_band;
    case 'agent':
      return e.agent;
    case 'aborted':
      return e.aborted;
  }
}

function defaultHint(type: ProviderErrorType, i: ProviderErrorInit): string {
  const e = strings.err;
  switch (type) {
    case 'mixed_content':
      return e.mixed_content_fix;
    case 'network':
      return e.network_fix;
    case 'redirect':
      return e.redirect_fix;
    case 'too_long':
      return e.too_long_fix;
    case 'private_network':
      return e.private_network_fix;
    case 'auth':
      return e.auth_fix;
    case 'not_found':
      return i.url && !/\/v\d+[a-z]*$/.test(i.url) ? e.not_found_fix_v1 : e.not_found_fix_model;
    case 'bad_request':
      return e.bad_request_fix;
    case 'rate_limited':
      return i.retryAfterMs
        ? e.rate_limited_wait(Math.ceil(i.retryAfterMs / 1000))
        : e.rate_limited_fix;
    case 'quota':
      return e.quota_fix;
    case 'too_large':
      return e.too_large_fix;
    case 'context_length':
      return e.context_length_fix;
    case 'no_vision':
      return e.no_vision_fix;
    case 'timeout':
      return e.timeout_fix;
    case 'server':
      return e.server_fix;
    case 'malformed':
      return e.malformed_fix;
    case 'cors':
    case 'agent':
      return e.agent_fix;
    case 'in_band':
    case 'aborted':
      return '';
  }
}

/** Replaces every secret in provider text ("Incorrect API key provided: sk-...") by a mask. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('••••');
  }
  // Key-looking tokens the provider may echo even when it is not exactly ours.
  return out.replace(/\b(sk|key|api|tok)[-_][A-Za-z0-9_-]{12,}/g, (m) => `${m.slice(0, 5)}••••`);
}
