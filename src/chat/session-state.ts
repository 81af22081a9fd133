import type { streamChat } from '../provider/chat';
import type { ClientOptions } from '../provider/http';
import type { ChatMessage } from '../schema/conversation';
import { type Totals, emptyTotals } from '../sync/totals';
import type { ErrorData } from './errors';
import type { ConversationStore, SaveState, TurnSinks } from './ports';
import type { Variants } from './thread';

/** What the chat view shows. Replaced, never mutated, on every change. */
export interface SessionState {
  /** The branch shown, first message first. */
  messages: readonly ChatMessage[];
  /** Messages of the branch that have alternatives (regenerated answers, edited questions). */
  variants: ReadonlyMap<string, Variants>;
  /** The stored conversation is still being read. */
  loading: boolean;
  busy: boolean;
  /** Set while waiting to retry (rate limit, 5xx, connection error). */
  retry?: { attempt: number; delayMs: number; reason: ErrorData } | undefined;
  /** What went wrong, as data (chat/errors.ts words it in the language in use). */
  error?: ErrorData | undefined;
  /** The last completed assistant answer, for the polite screen-reader announcement. */
  announcement?: string | undefined;
  saving: SaveState;
  /** Messages whose last change could not be stored yet (it is retried). */
  unsaved: ReadonlySet<string>;
  /** What every answer of the conversation used, every branch included. */
  usage: Totals;
  /** The last request against the model's context: its tokens (reported, else estimated) and
   * how many earlier messages were left out so that it fit. */
  context?: { tokens: number; leftOut: number } | undefined;
}

/** A session with nothing in it, at rest. */
export function idleState(): SessionState {
  return {
    messages: [],
    variants: new Map(),
    usage: emptyTotals(),
    loading: false,
    busy: false,
    saving: 'saved',
    unsaved: new Set(),
  };
}

export interface SessionDeps extends TurnSinks {
  conversationId: string;
  store?: ConversationStore | undefined;
  stream?: typeof streamChat;
  clientOptions?: Omit<ClientOptions, 'signal'>;
}
