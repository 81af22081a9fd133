import type { ChatMessage, MessageUsage } from '../schema/conversation';
import { type Totals, addUsage, emptyTotals } from '../sync/totals';

export type { Totals };

// Token usage and cost: per answer (kept on the message) and per conversation (summed from its
// messages). Per day, provider and model: ./ledger.ts.

/** Prices the user set for a model, per million tokens. */
export interface Prices {
  input?: number | undefined;
  output?: number | undefined;
}

/** About four characters a token, the rule of thumb of English text and JSON. */
const CHARS_PER_TOKEN = 4;

/** The tokens of `chars` characters of text, estimated. */
export const estimateTokens = (chars: number) => Math.ceil(chars / CHARS_PER_TOKEN);

/**
 * The usage of one request's answer: the provider's figures where it reported them, else an
 * estimate (marked so) from `sent`, the request's estimated tokens (./context.ts), and the text
 * received; the cost the provider reported, else the one the user's prices give.
 */
export function finalUsage(
  message: ChatMessage,
  sent: number,
  prices: Prices | undefined,
): MessageUsage {
  const reported = message.usage;
  const usage: MessageUsage =
    reported?.prompt_tokens !== undefined || reported?.completion_tokens !== undefined
      ? { ...reported }
      : {
          prompt_tokens: sent,
          completion_tokens: estimateTokens(
            message.content.length +
              (message.reasoning?.length ?? 0) +
              (message.tool_calls ?? []).reduce(
                (n, c) => n + c.name.length + c.arguments.length,
                0,
              ),
          ),
          estimated: true,
        };
  if (usage.cost === undefined && prices && (prices.input || prices.output)) {
    usage.cost =
      ((usage.prompt_tokens ?? 0) * (prices.input ?? 0) +
        (usage.completion_tokens ?? 0) * (prices.output ?? 0)) /
      1e6;
    usage.priced = true;
  }
  return usage;
}

/** Two requests' usage as one (an answer continued after it was cut off). */
export function sumUsage(a: MessageUsage, b: MessageUsage): MessageUsage {
  const sum = (x: number | undefined, y: number | undefined) =>
    x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0);
  const out: MessageUsage = {};
  for (const k of [
    'prompt_tokens',
    'completion_tokens',
    'reasoning_tokens',
    'cached_tokens',
    'cost',
  ] as const) {
    const v = sum(a[k], b[k]);
    if (v !== undefined) out[k] = v;
  }
  if (a.estimated || b.estimated) out.estimated = true;
  if (a.priced || b.priced) out.priced = true;
  return out;
}

/** Everything a conversation's answers used, every branch and variant included (each was paid
 * for). */
export function conversationTotals(messages: Iterable<ChatMessage>): Totals {
  let totals = emptyTotals();
  for (const m of messages) if (m.role === 'assistant') totals = addUsage(totals, m.usage);
  return totals;
}

/**
 * Where each answer's usage is shown: a request that only called tools has no line of its own;
 * its usage joins the turn's last answer (the messages after a question, up to the next), which
 * shows the turn's sum. By message id: the usage to show, or null for none.
 */
export function usageShown(messages: readonly ChatMessage[]): Map<string, MessageUsage | null> {
  const shown = new Map<string, MessageUsage | null>();
  let run: ChatMessage[] = [];
  const close = () => {
    const last = run.at(-1);
    if (run.length > 1 && last) {
      const used = run.filter((m) => m.usage);
      for (const m of run.slice(0, -1)) shown.set(m.id, null);
      if (used.length) shown.set(last.id, used.map((m) => m.usage!).reduce(sumUsage));
    }
    run = [];
  };
  for (const m of messages) {
    if (m.role === 'assistant') run.push(m);
    else close();
  }
  close();
  return shown;
}
