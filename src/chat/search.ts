import type { ChatMessage, ConversationEntry } from '../schema/conversation';
import { strings } from '../i18n';

// Finding conversations by their title and by what was said in them.

/** What the list calls a conversation: the name the user gave it, else where it started (a
 * card: "dashboard · card"), else its first question. */
export function titleOf(entry: ConversationEntry | undefined): string {
  return (
    entry?.title?.value ||
    entry?.source?.label ||
    entry?.stats?.preview ||
    strings.conversations.untitled
  );
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether the conversation's name (or where it started, or its first question) matches. */
export function titleMatches(entry: ConversationEntry, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return [entry.title?.value, entry.source?.label, entry.stats?.preview].some(
    (text) => text !== undefined && fold(text).includes(q),
  );
}

/** The first message that contains `query` (case and accents ignored), as a short excerpt
 * around the match; undefined when none does. */
export function findText(
  messages: readonly ChatMessage[],
  query: string,
  width = 80,
): string | undefined {
  const q = fold(query.trim());
  if (!q) return undefined;
  for (const m of messages) {
    if (m.deleted || !m.content) continue;
    const text = m.content.replace(/\s+/g, ' ');
    // Folding can change lengths (ligatures); the excerpt is taken around the folded position,
    // which is close enough for a preview.
    const at = fold(text).indexOf(q);
    if (at < 0) continue;
    const start = Math.max(0, at - Math.floor((width - q.length) / 2));
    const excerpt = text.slice(start, start + width);
    return `${start > 0 ? '…' : ''}${excerpt}${start + width < text.length ? '…' : ''}`;
  }
  return undefined;
}
