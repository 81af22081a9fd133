import {
  type ChatMessage,
  type ConversationDoc,
  type ConversationEntry,
  type ConversationSource,
  HISTORY_VERSION,
  type HistoryIndex,
  type HistoryV1,
} from './conversation';

// Conversations as version 1 kept them (one document for all) read as version 2 (an index, and one
// document per conversation): when Home Assistant still holds one, and when a file does.

/** Where a version-1 conversation came from, by its id: "panel", or "card:<path>:<title>". */
function sourceOfV1(id: string): ConversationSource | undefined {
  if (id === 'panel') return { kind: 'panel' };
  const card = /^card:(\/[^:]*):(.*)$/s.exec(id);
  return card ? { kind: 'card', key: id, path: card[1], label: card[2] || undefined } : undefined;
}

export const previewOf = (messages: readonly ChatMessage[]) =>
  messages.find((m) => m.role === 'user' && !m.deleted)?.content.slice(0, 100);

/** The version-1 document as an index and one document per conversation (each message follows
 * the one before it: version 1 had no branches). */
export function upgradeV1(v1: HistoryV1): { index: HistoryIndex; docs: ConversationDoc[] } {
  const docs: ConversationDoc[] = [];
  const conversations: ConversationEntry[] = [];
  for (const c of v1.conversations) {
    const messages = c.messages.map((m, i) => {
      const { parent: _p, ...rest } = m;
      const parent = c.messages[i - 1]?.id;
      return parent ? { ...rest, parent } : rest;
    });
    const last = messages.at(-1);
    docs.push({
      version: HISTORY_VERSION,
      id: c.id,
      messages,
      ...(last ? { leaf: { value: last.id, at: c.updated_at } } : {}),
    });
    const source = sourceOfV1(c.id);
    const preview = previewOf(messages);
    conversations.push({
      id: c.id,
      created_at: messages[0]?.created_at ?? c.updated_at,
      updated_at: c.updated_at,
      ...(source ? { source } : {}),
      stats: { messages: messages.length, ...(preview ? { preview } : {}), at: c.updated_at },
    });
  }
  return { index: { version: HISTORY_VERSION, conversations }, docs };
}
