import * as z from 'zod/mini';

/** User-data key of the stored conversations (fixed: stored data depends on it). */
export const HISTORY_KEY = 'openai_compatible_conversation.history';
export const HISTORY_VERSION = 1;

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
]);
export type ToolCallStatus = z.infer<typeof ToolCallStatusSchema>;

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
});
export type ToolCall = z.infer<typeof ToolCallSchema>;

export const ChatMessageSchema = z.looseObject({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  reasoning: z.optional(z.string()),
  tool_calls: z.optional(z.array(ToolCallSchema)),
  status: MessageStatusSchema,
  error: z.optional(
    z.looseObject({ type: z.string(), message: z.string(), hint: z.optional(z.string()) }),
  ),
  model: z.optional(z.string()),
  usage: z.optional(
    z.looseObject({
      prompt_tokens: z.optional(z.number()),
      completion_tokens: z.optional(z.number()),
    }),
  ),
  created_at: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const ConversationSchema = z.looseObject({
  id: z.string(),
  title: z.optional(z.string()),
  updated_at: z.string(),
  messages: z.array(ChatMessageSchema),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export const HistorySchema = z.looseObject({
  version: z.literal(HISTORY_VERSION),
  conversations: z.array(ConversationSchema),
});
export type History = z.infer<typeof HistorySchema>;
