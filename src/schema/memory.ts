import * as z from 'zod/mini';

// The user's memory in user data (`openai_compatible_conversation.memory`): short facts a model
// was asked to remember, or the user wrote, each with when and from which conversation. Merged
// across tabs like conversations (sync/memory.ts): a union by id, the later change of one fact
// wins, a forgotten fact stays as an empty marker so that no other copy brings it back.

export const MEMORY_KEY = 'openai_compatible_conversation.memory';

export const MEMORY_LIMITS = {
  /** One fact. */
  textChars: 300,
  /** Facts kept (forgotten ones apart). */
  items: 200,
  /** What goes with a request by default, in characters; the user can change it. */
  budgetChars: 1500,
  budgetMin: 200,
  budgetMax: 8000,
} as const;

export const MemoryItemSchema = z.looseObject({
  id: z.string(),
  /** Empty once forgotten. */
  text: z.string(),
  created_at: z.string(),
  /** When it last changed (absent: `created_at`). The later copy wins a merge. */
  updated_at: z.optional(z.string()),
  /** The conversation where the model remembered it. */
  conversation_id: z.optional(z.string()),
  /** Who wrote it: a model's tool call, or the user in the Memory page. */
  by: z.optional(z.enum(['model', 'user'])),
  deleted: z.optional(z.boolean()),
});
export type MemoryItem = z.infer<typeof MemoryItemSchema>;

const register = <T extends z.core.SomeType>(value: T) =>
  z.optional(z.object({ value, at: z.string() }));

export const MemoryDocSchema = z.looseObject({
  version: z.literal(1),
  /** Off: no memory goes with a request and the model gets no memory tools. */
  enabled: register(z.boolean()),
  /** How many characters of memory go with a request. */
  budget: register(z.number().check(z.gte(0))),
  items: z.array(MemoryItemSchema),
});
export type MemoryDoc = z.infer<typeof MemoryDocSchema>;

export { type MemoryChange, MemoryChangeSchema } from './conversation';

export const emptyMemory = (): MemoryDoc => ({ version: 1, items: [] });
