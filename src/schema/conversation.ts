import * as z from 'zod/mini';

// Conversations in Home Assistant user data (README, "Where your conversations live"):
// - `openai_compatible_conversation.history`: the index, one small entry per conversation;
// - `openai_compatible_conversation.conversation.<id>`: one document per conversation, its
//   messages as a tree (a regenerated answer or an edited question is a sibling: a branch);
// - `openai_compatible_conversation.history.backup`: the version-1 document, kept as it was when
//   it was upgraded.
// Every field that more than one tab may change carries the time of its change (`at`), so that
// two copies merge to the same result whichever way round (src/ha/conversation-merge.ts).

/** User-data key of the index (fixed: stored data depends on it). */
export const HISTORY_KEY = 'openai_compatible_conversation.history';
export const HISTORY_BACKUP_KEY = `${HISTORY_KEY}.backup`;
export const CONVERSATION_KEY_PREFIX = 'openai_compatible_conversation.conversation.';
export const HISTORY_VERSION = 2;

export const conversationKey = (id: string) => `${CONVERSATION_KEY_PREFIX}${id}`;

export const MessageStatusSchema = z.enum(['complete', 'streaming', 'cut', 'stopped', 'error']);
export type MessageStatus = z.infer<typeof MessageStatusSchema>;

export const ToolCallStatusSchema = z.enum([
  /** Waiting for the user's Approve or Deny. */
  'awaiting',
  'running',
  'done',
  /** It ran, or was refused, and the model got an error. */
  'error',
  'denied',
  /** Stopped by the user, or never run because the loop ended. */
  'stopped',
  /** Sent to Home Assistant, then the connection was lost: it may or may not have happened. */
  'unknown',
]);
export type ToolCallStatus = z.infer<typeof ToolCallStatusSchema>;

/** A picture that went with a question: a small thumbnail (the picture sent is not kept), and
 * the size the provider got. */
export const MessageImageSchema = z.looseObject({
  thumb: z.string(),
  width: z.number(),
  height: z.number(),
});
export type MessageImage = z.infer<typeof MessageImageSchema>;

/** What a model's memory call changed, kept with the call for its Undo: the fact before (absent:
 * it was new) and after (absent: forgotten). */
export const MemoryChangeSchema = z.looseObject({
  id: z.string(),
  before: z.optional(z.string()),
  after: z.optional(z.string()),
  /** Undone by the user (when). */
  undone: z.optional(z.string()),
});
export type MemoryChange = z.infer<typeof MemoryChangeSchema>;

export const ToolCallSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  arguments: z.string(),
  status: z.optional(ToolCallStatusSchema),
  /** What went back to the model. */
  result: z.optional(z.string()),
  /** The entities it read or acted on (the conversation shows their live state). */
  entity_ids: z.optional(z.array(z.string())),
  /** Why it waited for Approve (what it would do, in words). */
  confirm: z.optional(z.string()),
  /** The question asked for Approve, where it is not "Wants to run <confirm>". */
  ask: z.optional(z.string()),
  /** Pictures the call gave the model (a camera's): thumbnails, as for a question's. */
  images: z.optional(z.array(MessageImageSchema)),
  /** Made by a Home Assistant agent itself (shown, never sent to a model). */
  by_agent: z.optional(z.boolean()),
  /** Fields the provider sent with the call that must travel back with it (Gemini's
   * `extra_content`): kept apart from the card's own. */
  provider_fields: z.optional(z.record(z.string(), z.unknown())),
  /** An automation or script the call drafted (schema/automation.ts, read where it is shown). */
  draft: z.optional(z.record(z.string(), z.unknown())),
  /** What a memory call changed, for its Undo (schema/memory.ts). */
  memory: z.optional(MemoryChangeSchema),
});
export type ToolCall = z.infer<typeof ToolCallSchema>;

/** What one request for this answer used (the last, when an answer was continued). */
export const MessageUsageSchema = z.looseObject({
  prompt_tokens: z.optional(z.number()),
  completion_tokens: z.optional(z.number()),
  reasoning_tokens: z.optional(z.number()),
  cached_tokens: z.optional(z.number()),
  /** In US dollars: reported by the provider, or from the user's prices (`priced`). */
  cost: z.optional(z.number()),
  priced: z.optional(z.boolean()),
  /** The provider reported nothing: counted from the text, about four characters a token. */
  estimated: z.optional(z.boolean()),
});
export type MessageUsage = z.infer<typeof MessageUsageSchema>;

export const ChatMessageSchema = z.looseObject({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  reasoning: z.optional(z.string()),
  tool_calls: z.optional(z.array(ToolCallSchema)),
  /** Pictures sent with a question. */
  images: z.optional(z.array(MessageImageSchema)),
  status: MessageStatusSchema,
  /** Why the answer ended early, as data (its kind and parameters, worded where it is shown);
   * earlier versions stored it already worded, in `message`, shown as it is. */
  error: z.optional(
    z.looseObject({
      type: z.string(),
      params: z.optional(z.record(z.string(), z.unknown())),
      message: z.optional(z.string()),
      hint: z.optional(z.string()),
    }),
  ),
  /** The model that wrote an answer, and its provider. */
  model: z.optional(z.string()),
  provider_id: z.optional(z.string()),
  usage: z.optional(MessageUsageSchema),
  /** The Home Assistant agent's conversation id after this answer (the next one continues it). */
  agent_conversation_id: z.optional(z.string()),
  created_at: z.string(),
  /** The message this one follows; absent for the first. */
  parent: z.optional(z.string()),
  /** When it last changed (absent: `created_at`). The newer copy of a message wins a merge. */
  updated_at: z.optional(z.string()),
  /** Deleted by the user: kept as an empty marker so that no other copy brings it back. */
  deleted: z.optional(z.boolean()),
  /** On a conversation's first question: the conversation was started without memory, and the
   * persona it started with (schema/personas.ts). */
  no_memory: z.optional(z.boolean()),
  persona: z.optional(z.string()),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

/** A value one tab sets and another may change later: the later `at` wins. */
const register = <T extends z.ZodMiniType>(value: T) => z.looseObject({ value, at: z.string() });

export const ConversationDocSchema = z.looseObject({
  version: z.literal(HISTORY_VERSION),
  id: z.string(),
  /** Every message of every branch, oldest first. */
  messages: z.array(ChatMessageSchema),
  /** The last message of the branch shown. */
  leaf: z.optional(register(z.string())),
  /** Deleted by the user and emptied (after the time to undo): stays empty whatever merges in. */
  purged: z.optional(z.string()),
});
export type ConversationDoc = z.infer<typeof ConversationDocSchema>;

/** Where a conversation started: the panel, or a card (by dashboard path and card title). */
export const ConversationSourceSchema = z.looseObject({
  kind: z.enum(['panel', 'card']),
  /** A card's conversations are found again by this key (path and title). */
  key: z.optional(z.string()),
  /** "AI demo · Assistant": the dashboard's and the card's titles. */
  label: z.optional(z.string()),
  /** The dashboard view's path, to go back to the card. */
  path: z.optional(z.string()),
});
export type ConversationSource = z.infer<typeof ConversationSourceSchema>;

export const ConversationEntrySchema = z.looseObject({
  id: z.string(),
  created_at: z.string(),
  /** The last change to its messages; the list is sorted by it. */
  updated_at: z.string(),
  source: z.optional(ConversationSourceSchema),
  /** What the list shows and searches first, as of `at`. */
  stats: z.optional(
    z.looseObject({
      messages: z.number(),
      /** The first question, shortened. */
      preview: z.optional(z.string()),
      at: z.string(),
    }),
  ),
  /** Set when the user renamed it. */
  title: z.optional(register(z.string())),
  /** The model the panel uses for it. */
  model: z.optional(
    z.looseObject({ provider_id: z.string(), model_id: z.string(), at: z.string() }),
  ),
  archived: z.optional(register(z.boolean())),
  /** Deleted by the user (true), or brought back with Undo (false). */
  deleted: z.optional(register(z.boolean())),
  /** When its document was emptied, once the deletion could no longer be undone. */
  purged_at: z.optional(z.string()),
});
export type ConversationEntry = z.infer<typeof ConversationEntrySchema>;

export const HistoryIndexSchema = z.looseObject({
  version: z.literal(HISTORY_VERSION),
  conversations: z.array(ConversationEntrySchema),
});
export type HistoryIndex = z.infer<typeof HistoryIndexSchema>;

/** Version 1: every conversation, whole, in one document (read to upgrade it). */
export const HistoryV1Schema = z.looseObject({
  version: z.literal(1),
  conversations: z.array(
    z.looseObject({
      id: z.string(),
      title: z.optional(z.string()),
      updated_at: z.string(),
      messages: z.array(ChatMessageSchema),
    }),
  ),
});
export type HistoryV1 = z.infer<typeof HistoryV1Schema>;
