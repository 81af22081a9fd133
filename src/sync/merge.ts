import type {
  ChatMessage,
  ConversationDoc,
  ConversationEntry,
  HistoryIndex,
} from '../schema/conversation';

// The merge rule of stored conversations. Two copies of a document (this tab's and the one in
// Home Assistant, or two tabs') merge into one that holds everything either holds:
// - messages and index entries are a union by id; of two copies of one message, the one changed
//   last wins (`updated_at`, else `created_at`);
// - a field several tabs may set (the branch shown, a title, archived, deleted, the model) is a
//   register: the later `at` wins.
// Equal times are settled by a fixed rule, so the result does not depend on the order of the
// arguments and every tab reaches the same document. Merging is what every read does with what
// the tab holds, and every write stores a merged document: a write never removes what another
// tab wrote.

/** The result, and whether it differs from `base` (so `incoming` brought something new). */
export interface Merged<T> {
  value: T;
  changed: boolean;
}

/** JSON with sorted keys: equal values give equal strings. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** Milliseconds of an ISO time; what does not parse sorts first. */
export function time(at: string | undefined): number {
  const t = at ? Date.parse(at) : NaN;
  return Number.isFinite(t) ? t : -Infinity;
}

/** Of two copies, the later; equal times: the larger canonical form (`a` when they are equal). */
function newer<T>(a: T, b: T, stamp: (v: T) => number): T {
  if (a === b) return a;
  const ta = stamp(a);
  const tb = stamp(b);
  if (ta !== tb) return ta > tb ? a : b;
  const ca = canonical(a);
  const cb = canonical(b);
  return ca >= cb ? a : b;
}

const earliest = (a: string | undefined, b: string | undefined) =>
  !a ? b : !b ? a : time(a) < time(b) || (time(a) === time(b) && a < b) ? a : b;

/** Of two registers (`{..., at}`), the later one. */
export function later<T extends { at: string }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return newer(a, b, (r) => time(r.at));
}

export const messageStamp = (m: ChatMessage) => time(m.updated_at ?? m.created_at);

/** Of two copies of one message, the one changed last; at the same time a deletion wins. */
export function pickMessage(a: ChatMessage, b: ChatMessage): ChatMessage {
  if (a !== b && messageStamp(a) === messageStamp(b) && Boolean(a.deleted) !== Boolean(b.deleted))
    return a.deleted ? a : b;
  return newer(a, b, messageStamp);
}

const byCreated = <T extends { id: string; created_at: string }>(a: T, b: T) =>
  time(a.created_at) - time(b.created_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A union by id of two lists, `pick` choosing between two copies; kept in creation order. */
function unionById<T extends { id: string; created_at: string }>(
  base: readonly T[],
  incoming: readonly T[],
  pick: (a: T, b: T) => T,
): Merged<T[]> {
  const byId = new Map(base.map((item) => [item.id, item]));
  let changed = false;
  for (const item of incoming) {
    const mine = byId.get(item.id);
    const chosen = mine ? pick(mine, item) : item;
    if (chosen !== mine) {
      byId.set(item.id, chosen);
      changed = true;
    }
  }
  return changed
    ? { value: [...byId.values()].sort(byCreated), changed }
    : { value: base as T[], changed };
}

export function mergeDoc(
  base: ConversationDoc,
  incoming: ConversationDoc,
): Merged<ConversationDoc> {
  if (base.purged || incoming.purged) {
    const purged = earliest(base.purged, incoming.purged)!;
    return base.purged === purged && !base.messages.length
      ? { value: base, changed: false }
      : { value: { version: base.version, id: base.id, messages: [], purged }, changed: true };
  }
  const messages = unionById(base.messages, incoming.messages, pickMessage);
  const leaf = later(base.leaf, incoming.leaf);
  if (!messages.changed && leaf === base.leaf) return { value: base, changed: false };
  return {
    value: { ...base, messages: messages.value, ...(leaf ? { leaf } : {}) },
    changed: true,
  };
}

export function mergeEntry(
  base: ConversationEntry,
  incoming: ConversationEntry,
): ConversationEntry {
  if (base === incoming) return base;
  const next: ConversationEntry = {
    ...base,
    created_at:
      time(incoming.created_at) < time(base.created_at) ? incoming.created_at : base.created_at,
    updated_at:
      time(incoming.updated_at) > time(base.updated_at) ? incoming.updated_at : base.updated_at,
  };
  // Set once, when the conversation starts; two different ones (never seen) settle by a fixed rule.
  const purged = earliest(base.purged_at, incoming.purged_at);
  if (purged) next.purged_at = purged;
  if (
    incoming.source &&
    base.source !== incoming.source &&
    (!base.source || canonical(incoming.source) > canonical(base.source))
  )
    next.source = incoming.source;
  for (const field of ['stats', 'title', 'model', 'archived', 'deleted'] as const) {
    const value = later<{ at: string }>(base[field], incoming[field]);
    if (value) (next as Record<string, unknown>)[field] = value;
  }
  const same =
    next.created_at === base.created_at &&
    next.updated_at === base.updated_at &&
    next.source === base.source &&
    next.purged_at === base.purged_at &&
    (['stats', 'title', 'model', 'archived', 'deleted'] as const).every((f) => next[f] === base[f]);
  return same ? base : next;
}

export function mergeIndex(base: HistoryIndex, incoming: HistoryIndex): Merged<HistoryIndex> {
  const conversations = unionById(base.conversations, incoming.conversations, mergeEntry);
  return conversations.changed
    ? { value: { ...base, conversations: conversations.value }, changed: true }
    : { value: base, changed: false };
}
