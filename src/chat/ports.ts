import type { ConversationDoc, MessageImage, MessageUsage } from '../schema/conversation';
import type { MemoryChange } from '../schema/memory';
import type { ModelLearned } from '../schema/settings';

// What the chat engine needs from the world, declared here and implemented elsewhere: where a
// conversation is kept (ha/synced-doc.ts in Home Assistant's user data, memory-store.ts in
// tests), the tools a model may call (ha/tools.ts), and where usage and what a provider taught
// go (the chat controller). The engine imports nothing from Home Assistant or the DOM.

// --- Where a conversation is kept ---------------------------------------------------------------

export type SaveState = 'saved' | 'pending' | 'failed';

/** A stored document as the engine sees it, changing as this and other tabs write it. */
export type SyncState<T> =
  | { status: 'loading' }
  | {
      status: 'ready';
      value: T;
      /** What is stored, as far as this tab knows (to tell what is not saved yet). */
      stored: T | undefined;
      saving: SaveState;
      /** Why the last write failed; it is tried again when the connection is back. */
      saveError?: string | undefined;
      /** Larger than the store takes in one piece: not written until a change makes room. */
      tooLarge?: { bytes: number; max: number } | undefined;
    }
  /** What is stored does not validate: shown (`raw`, as it is), and never overwritten. */
  | { status: 'invalid'; issues: readonly string[]; raw?: unknown }
  | { status: 'error'; message: string };

export interface ConversationStore {
  subscribe(listener: (state: SyncState<ConversationDoc>) => void): () => void;
  /** Changes the conversation; `listed`, read once the change is made, is what the list of
   * conversations shows of it after (where the store keeps a list). */
  change(
    edit: (doc: ConversationDoc) => ConversationDoc,
    listed?: () => ConversationSummary,
  ): boolean;
  /** A turn ended, or the conversation is closed: what waits to be written goes now. */
  settle?(): void;
  /** Reads what other tabs wrote, where the store does not push it. */
  refresh(): Promise<void>;
}

/** What the list shows of a conversation: how many messages, the first question. */
export interface ConversationSummary {
  messages: number;
  preview?: string | undefined;
  updatedAt: string;
  /** Changed by a turn still running (the list may wait for its end). */
  inTurn: boolean;
}

// --- Where a turn's side results go ---------------------------------------------------------------

/** Who answered a request, for what it used and what it taught. */
export interface Answerer {
  providerId?: string | undefined;
  model: string;
}

export interface TurnSinks {
  /** The provider refused a parameter of this model; the request was adapted and sent again,
   * and this is what to remember for the model. */
  onLearned?(by: Answerer, learned: ModelLearned): void;
  /** A request's answer ended: what it used (reported or estimated), under an id of its own. */
  onUsage?(by: Answerer, usage: MessageUsage, id: string): void;
}

// --- Tools ----------------------------------------------------------------------------------

/** A call the model asked for, as the chat engine holds it. */
export interface ToolRequest {
  id: string;
  name: string;
  arguments: string;
}

/** A picture for the model (attached to a question, or given by a tool): the copy sent, held by
 * the page, and what is stored. */
export interface Picture {
  full: string;
  image: MessageImage;
}

export interface ToolOutcome {
  /** What goes back to the model (JSON text). */
  content: string;
  ok: boolean;
  /** The connection was lost while it ran: whether it happened is not known. */
  unknown?: boolean;
  /** Entities the call read or acted on: the conversation shows their live state. */
  entityIds: string[];
  /** Pictures for the model (a camera's): they go in a message of their own after the results,
   * as most providers take no picture inside a tool's result. */
  pictures?: Picture[];
  /** An automation or script the call drafted, kept with it for the user to save or discard
   * (schema/automation.ts). */
  draft?: Record<string, unknown>;
  /** What a memory call changed in the user's memory (kept with the call for its Undo). */
  memory?: MemoryChange;
}

export interface ToolReview {
  entityIds: string[];
  /** Set when the call must wait for the user's Approve: what it will do, in words. */
  confirm?: string | undefined;
  /** The question to ask, where it is not "Wants to run <confirm>". */
  ask?: string | undefined;
  /** Set when the call may not run at all: why, for the model. */
  refuse?: string | undefined;
}

/** A source of tools. */
export interface ToolBox {
  readonly definitions: readonly unknown[];
  /** Whether the call may run, after Approve, or not at all. A review that throws refuses it. */
  review(call: ToolRequest): Promise<ToolReview>;
  /** Runs the call; `approved` says whether the user approved it. The source checks again and
   * refuses a call that needs Approve and did not get it. */
  run(call: ToolRequest, approved: boolean): Promise<ToolOutcome>;
  /** A short overview of the home in scope for the system prompt. */
  overview(): Promise<string>;
}
