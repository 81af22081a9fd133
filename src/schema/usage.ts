import * as z from 'zod/mini';

// The usage ledger in user data (`openai_compatible_conversation.usage`): what each request of
// the last week used, and one total per provider and model for each older day. Merged as
// described in src/chat/usage.ts.

const count = () => z.number().check(z.gte(0));

export const LedgerEntrySchema = z.looseObject({
  /** The user's local day, YYYY-MM-DD. */
  day: z.string(),
  /** `<provider id>/<model>`. */
  key: z.string(),
  prompt: count(),
  completion: count(),
  reasoning: z.optional(count()),
  cached: z.optional(count()),
  cost: z.optional(count()),
  estimated: z.optional(z.boolean()),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

export const DayTotalsSchema = z.looseObject({
  answers: count(),
  prompt: count(),
  completion: count(),
  reasoning: count(),
  cached: count(),
  cost: count(),
  estimated: count(),
});
export type DayTotals = z.infer<typeof DayTotalsSchema>;

export const UsageLedgerSchema = z.looseObject({
  version: z.literal(1),
  entries: z.record(z.string(), LedgerEntrySchema),
  days: z.record(z.string(), z.record(z.string(), DayTotalsSchema)),
});
export type UsageLedger = z.infer<typeof UsageLedgerSchema>;
