import {
  type ProviderErrorInit,
  type ProviderErrorType,
  ProviderError,
  providerErrorWords,
} from '../provider/errors';
import type { ChatMessage } from '../schema/conversation';
import { strings } from '../i18n';

// Errors as data: a kind and its parameters, kept with a message (so another device shows it in
// its own language) and worded only where it is shown (wordError).

/** The engine's own kinds, beside the provider's. */
export type ChatErrorType =
  /** The model kept calling tools (`n`: the bound). */
  | 'tool_rounds'
  /** More tool calls than an answer may make (`n`). */
  | 'tool_calls'
  /** The conversation is larger than its store takes (`bytes`, `max`). */
  | 'document_too_large'
  /** The stored conversation does not validate (`issues`). */
  | 'history'
  /** A part of the card could not be loaded: it was updated since the page was. */
  | 'outdated';

/** A kind (ProviderErrorType, ChatErrorType) and its parameters; `message` and `hint` are words
 * that came as they are (Home Assistant's, a blocker's, or stored by an earlier version), shown
 * as written. As a message stores it (schema/conversation.ts). */
export type ErrorData = NonNullable<ChatMessage['error']>;

/** A provider's failure as data (`hint` overrides the error's own). */
export function errorData(error: ProviderError, hint?: ProviderErrorInit['hint']): ErrorData {
  const params: ProviderErrorInit = { ...error.init, ...(hint ? { hint } : {}) };
  return { type: error.type, params: params as Record<string, unknown> };
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** An error in the words of the language in use. */
export function wordError(error: ErrorData): { message: string; hint?: string | undefined } {
  const p = error.params ?? {};
  if (error.message !== undefined && !error.params)
    return { message: error.message, hint: error.hint };
  switch (error.type) {
    case 'tool_rounds':
      return { message: strings.toolRounds(num(p.n)) };
    case 'tool_calls':
      return { message: strings.toolCallsCapped(num(p.n)) };
    case 'document_too_large':
      return {
        message: strings.history.tooLarge(
          (num(p.bytes) / 1e6).toFixed(1),
          (num(p.max) / 1e6).toFixed(1),
        ),
        hint: strings.history.tooLargeFix,
      };
    case 'outdated':
      return { message: strings.outdated };
    case 'history':
      return {
        message: strings.history.invalid(
          (Array.isArray(p.issues) ? p.issues : []).slice(0, 3).join('; '),
        ),
      };
  }
  const init = p as ProviderErrorInit;
  const words = providerErrorWords(error.type as ProviderErrorType, init);
  // A kind this version does not know (written by a newer one): its own words, if any.
  if (!words.message) return { message: error.message ?? strings.err.malformed };
  return {
    message: init.providerMessage
      ? `${words.message} ${strings.err.provider_says(init.providerMessage)}`
      : words.message,
    hint: words.hint || undefined,
  };
}
