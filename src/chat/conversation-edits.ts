import type { ChatMessage, ConversationDoc } from '../schema/conversation';
import type { ConversationSummary } from './ports';
import { clock } from '../sync/clock';

// Changes to a conversation's document and what is read from it, as pure functions.

/** Adds or replaces messages (by id) in a document, and moves its leaf. */
export function upsert(doc: ConversationDoc, messages: readonly ChatMessage[], leaf?: string) {
  const byId = new Map(messages.map((m) => [m.id, m]));
  const kept = doc.messages.map((m) => byId.get(m.id) ?? m);
  const known = new Set(doc.messages.map((m) => m.id));
  const added = messages.filter((m) => !known.has(m.id));
  return {
    ...doc,
    messages: added.length ? [...kept, ...added] : kept,
    ...(leaf ? { leaf: { value: leaf, at: clock.now() } } : {}),
  };
}

/** What the list shows of a conversation whose branch shows `messages`. */
export function summaryOf(messages: readonly ChatMessage[], inTurn: boolean): ConversationSummary {
  const shown = messages.filter((m) => !m.deleted);
  return {
    messages: shown.length,
    preview: shown.find((m) => m.role === 'user')?.content.slice(0, 100),
    updatedAt: clock.now(),
    inTurn,
  };
}

/** Messages whose latest change `stored` lacks. */
export function unsavedIn(doc: ConversationDoc, stored: ConversationDoc | undefined): Set<string> {
  const storedAt = new Map(stored?.messages.map((m) => [m.id, m.updated_at ?? m.created_at]));
  return new Set(
    doc.messages
      .filter((m) => storedAt.get(m.id) !== (m.updated_at ?? m.created_at))
      .map((m) => m.id),
  );
}

/** The context the branch's last answer with usage took, as its provider counted or estimated. */
export function lastContext(
  messages: readonly ChatMessage[],
): { tokens: number; leftOut: number } | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const usage = messages[i]!.usage;
    if (messages[i]!.role === 'assistant' && usage?.prompt_tokens !== undefined)
      return { tokens: usage.prompt_tokens + (usage.completion_tokens ?? 0), leftOut: 0 };
  }
  return undefined;
}

/** Calls that were waiting or running when the page went away did not finish here. */
export function stopCalls(m: ChatMessage): ChatMessage {
  if (!m.tool_calls?.some((c) => c.status === 'awaiting' || c.status === 'running')) return m;
  return {
    ...m,
    tool_calls: m.tool_calls.map((c) =>
      c.status === 'awaiting' || c.status === 'running' ? { ...c, status: 'stopped' as const } : c,
    ),
  };
}
