import type { ChatMessage, ConversationDoc } from '../schema/conversation';
import { time } from '../sync/merge';

// A conversation is a tree: each message names the one it follows (`parent`). A regenerated
// answer or an edited question is a sibling of the one it replaces, so the earlier branch stays.
// What is shown is one path through the tree, ending at the conversation's `leaf`.

/** A message on the shown path with siblings of its role: which of them it is (0-based). */
export interface Variants {
  index: number;
  ids: readonly string[];
}

export interface Thread {
  /** The shown path, first message first, deleted ones left out. */
  messages: readonly ChatMessage[];
  /** For messages on the path that have alternatives (regenerated, edited): which one is shown. */
  variants: ReadonlyMap<string, Variants>;
}

const byCreated = (a: ChatMessage, b: ChatMessage) =>
  time(a.created_at) - time(b.created_at) || (a.id < b.id ? -1 : 1);

/** Children of each message (key '' for the first ones), oldest first. */
export function childrenOf(messages: readonly ChatMessage[]): Map<string, ChatMessage[]> {
  const children = new Map<string, ChatMessage[]>();
  for (const m of messages) {
    const key = m.parent ?? '';
    const list = children.get(key);
    if (list) list.push(m);
    else children.set(key, [m]);
  }
  for (const list of children.values()) list.sort(byCreated);
  return children;
}

/** The child a branch goes on with: the newest one not deleted, else a deleted one that others
 * follow (deleting a message keeps what came after it). */
function nextOf(children: Map<string, ChatMessage[]>, id: string): ChatMessage | undefined {
  const list = children.get(id);
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) if (!list[i]!.deleted) return list[i];
  for (let i = list.length - 1; i >= 0; i--) if (children.has(list[i]!.id)) return list[i];
  return undefined;
}

/** From `from`, down through the newest child each time, to the end of that branch. */
export function branchEnd(children: Map<string, ChatMessage[]>, from: ChatMessage): ChatMessage {
  const seen = new Set([from.id]);
  let at = from;
  for (
    let next = nextOf(children, at.id);
    next && !seen.has(next.id);
    next = nextOf(children, at.id)
  ) {
    seen.add(next.id);
    at = next;
  }
  return at;
}

/**
 * The path shown: up from the leaf to the first message, and on from the leaf down its newest
 * children (a message another tab added after this one's leaf was set). Without a leaf, the
 * newest message's path.
 */
export function threadOf(doc: Pick<ConversationDoc, 'messages' | 'leaf'>): Thread {
  const byId = new Map(doc.messages.map((m) => [m.id, m]));
  const children = childrenOf(doc.messages);
  const start =
    (doc.leaf && byId.get(doc.leaf.value)) ??
    doc.messages.reduce<ChatMessage | undefined>(
      (newest, m) => (!newest || byCreated(newest, m) < 0 ? m : newest),
      undefined,
    );
  if (!start) return { messages: [], variants: new Map() };
  const path: ChatMessage[] = [];
  const seen = new Set<string>();
  for (let m: ChatMessage | undefined = start; m && !seen.has(m.id); m = byId.get(m.parent ?? '')) {
    seen.add(m.id);
    path.push(m);
  }
  path.reverse();
  for (let next = nextOf(children, start.id); next && !seen.has(next.id);) {
    seen.add(next.id);
    path.push(next);
    next = nextOf(children, next.id);
  }
  const variants = new Map<string, Variants>();
  for (const m of path) {
    if (m.deleted) continue;
    const siblings = (children.get(m.parent ?? '') ?? []).filter(
      (s) => s.role === m.role && !s.deleted,
    );
    if (siblings.length > 1)
      variants.set(m.id, { index: siblings.indexOf(m), ids: siblings.map((s) => s.id) });
  }
  return { messages: path.filter((m) => !m.deleted), variants };
}

/** The leaf that shows sibling `id` (the end of its branch). */
export function leafShowing(doc: Pick<ConversationDoc, 'messages'>, id: string): string {
  const m = doc.messages.find((x) => x.id === id);
  return m ? branchEnd(childrenOf(doc.messages), m).id : id;
}

/** The turns of a path: each question with the answers that follow it (tool rounds included). */
export function turnOf(
  path: readonly ChatMessage[],
  id: string,
): { question?: ChatMessage | undefined; answers: ChatMessage[] } {
  const at = path.findIndex((m) => m.id === id);
  if (at < 0) return { answers: [] };
  let start = at;
  while (start > 0 && path[start]!.role === 'assistant') start--;
  const question = path[start]?.role === 'user' ? path[start] : undefined;
  const answers: ChatMessage[] = [];
  for (let i = question ? start + 1 : start; i < path.length && path[i]!.role === 'assistant'; i++)
    answers.push(path[i]!);
  return { question, answers };
}
