import type { MessageUsage } from '../schema/conversation';

// What answers used, added up: for a conversation (chat/usage.ts) and for the ledger's days and
// models (sync/ledger.ts).

export interface Totals {
  answers: number;
  prompt: number;
  completion: number;
  reasoning: number;
  cached: number;
  cost: number;
  /** How many of the answers were estimated (the provider reported nothing). */
  estimated: number;
}

export const emptyTotals = (): Totals => ({
  answers: 0,
  prompt: 0,
  completion: 0,
  reasoning: 0,
  cached: 0,
  cost: 0,
  estimated: 0,
});

export function addUsage(totals: Totals, usage: MessageUsage | undefined): Totals {
  if (!usage) return totals;
  return {
    answers: totals.answers + 1,
    prompt: totals.prompt + (usage.prompt_tokens ?? 0),
    completion: totals.completion + (usage.completion_tokens ?? 0),
    reasoning: totals.reasoning + (usage.reasoning_tokens ?? 0),
    cached: totals.cached + (usage.cached_tokens ?? 0),
    cost: totals.cost + (usage.cost ?? 0),
    estimated: totals.estimated + (usage.estimated ? 1 : 0),
  };
}

export function addTotals(a: Totals, b: Totals): Totals {
  return {
    answers: a.answers + b.answers,
    prompt: a.prompt + b.prompt,
    completion: a.completion + b.completion,
    reasoning: a.reasoning + b.reasoning,
    cached: a.cached + b.cached,
    cost: a.cost + b.cost,
    estimated: a.estimated + b.estimated,
  };
}
