import { MEMORY_LIMITS, type MemoryDoc, type MemoryItem } from '../schema/memory';
import { type Merged, canonical, later, time } from './merge';

// The memory's merge rule and edits, pure. Two copies merge into one that holds every fact
// either holds; of two copies of one fact the later change wins (at the same time a forgetting
// wins, then a fixed rule), so every tab reaches the same document whichever way round.

const stamp = (m: MemoryItem) => time(m.updated_at ?? m.created_at);

function pick(a: MemoryItem, b: MemoryItem): MemoryItem {
  if (a === b) return a;
  const [ta, tb] = [stamp(a), stamp(b)];
  if (ta !== tb) return ta > tb ? a : b;
  if (Boolean(a.deleted) !== Boolean(b.deleted)) return a.deleted ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

const byCreated = (a: MemoryItem, b: MemoryItem) =>
  time(a.created_at) - time(b.created_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function mergeMemory(base: MemoryDoc, incoming: MemoryDoc): Merged<MemoryDoc> {
  const byId = new Map(base.items.map((m) => [m.id, m]));
  let changed = false;
  for (const item of incoming.items) {
    const mine = byId.get(item.id);
    const chosen = mine ? pick(mine, item) : item;
    if (chosen !== mine) {
      byId.set(item.id, chosen);
      changed = true;
    }
  }
  const enabled = later(base.enabled, incoming.enabled);
  const budget = later(base.budget, incoming.budget);
  if (!changed && enabled === base.enabled && budget === base.budget)
    return { value: base, changed: false };
  return {
    value: {
      ...base,
      items: changed ? [...byId.values()].sort(byCreated) : base.items,
      ...(enabled ? { enabled } : {}),
      ...(budget ? { budget } : {}),
    },
    changed: true,
  };
}

/** The facts kept (not forgotten), newest first. */
export function memories(doc: MemoryDoc): MemoryItem[] {
  return doc.items.filter((m) => !m.deleted).sort((a, b) => stamp(b) - stamp(a));
}

export const memoryOn = (doc: MemoryDoc | undefined) => doc?.enabled?.value !== false;
export const budgetOf = (doc: MemoryDoc | undefined) =>
  doc?.budget?.value ?? MEMORY_LIMITS.budgetChars;

/** A fact as it is kept: one line, spaces collapsed, clipped. */
export function factText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MEMORY_LIMITS.textChars);
}

/** Adds a fact (a new id); facts are kept in the order they were made, as a merge keeps them. */
export function addFact(doc: MemoryDoc, item: MemoryItem): MemoryDoc {
  return { ...doc, items: [...doc.items, { ...item, text: factText(item.text) }].sort(byCreated) };
}

/** Sets a fact's text (and brings a forgotten one back: an Undo). */
export function setFact(doc: MemoryDoc, id: string, text: string, at: string): MemoryDoc {
  return {
    ...doc,
    items: doc.items.map((m) =>
      m.id === id ? { ...m, text: factText(text), updated_at: at, deleted: undefined } : m,
    ),
  };
}

/** Forgets a fact: its text goes, an empty marker stays (so no other copy brings it back). */
export function forgetFact(doc: MemoryDoc, id: string, at: string): MemoryDoc {
  return {
    ...doc,
    items: doc.items.map((m) =>
      m.id === id ? { ...m, text: '', updated_at: at, deleted: true } : m,
    ),
  };
}

export function setRegister<K extends 'enabled' | 'budget'>(
  doc: MemoryDoc,
  key: K,
  value: NonNullable<MemoryDoc[K]>['value'],
  at: string,
): MemoryDoc {
  return { ...doc, [key]: { value, at } };
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

/** How a fact is written into a request (its id lets the model change or forget it). */
export const factLine = (m: MemoryItem) => `- [${m.id.slice(0, 8)}] ${m.text}`;

/**
 * The facts that go with a request: those sharing the most words with the question first, then
 * the newest, as many as fit in `budget` characters (written as factLine). `left` is how many
 * did not fit.
 */
export function factsFor(
  doc: MemoryDoc,
  question: string,
  budget: number,
): { chosen: MemoryItem[]; left: number } {
  const asked = words(question);
  const all = memories(doc);
  const score = (m: MemoryItem) => [...words(m.text)].filter((w) => asked.has(w)).length;
  const ranked = all
    .map((m, newest) => ({ m, score: score(m), newest }))
    .sort((a, b) => b.score - a.score || a.newest - b.newest);
  const chosen: MemoryItem[] = [];
  let used = 0;
  for (const { m } of ranked) {
    const size = factLine(m).length + 1;
    if (used + size > budget) continue;
    chosen.push(m);
    used += size;
  }
  return { chosen, left: all.length - chosen.length };
}

/** The fact a short id (as the model was shown it) names, if exactly one. */
export function factByShortId(doc: MemoryDoc, id: string): MemoryItem | undefined {
  const key = id.replace(/^\[|\]$/g, '').trim();
  if (key.length < 4) return undefined;
  const found = memories(doc).filter((m) => m.id === key || m.id.startsWith(key));
  return found.length === 1 ? found[0] : undefined;
}
