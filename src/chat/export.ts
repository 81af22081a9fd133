import * as z from 'zod/mini';
import {
  type ConversationDoc,
  ConversationDocSchema,
  type ConversationEntry,
  ConversationEntrySchema,
  HISTORY_VERSION,
  HistoryV1Schema,
} from '../schema/conversation';
import { SchemaError, describeIssues } from '../schema/parse';
import { type MemoryDoc, MemoryDocSchema, type MemoryItem } from '../schema/memory';
import { upgradeV1 } from '../schema/history-v1';
import { titleOf } from './search';
import { threadOf } from './thread';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load

// Conversations as files: Markdown to read (the branch shown), JSON to keep (everything: every
// branch, tool calls and their results). Neither holds a key: conversations never contain one,
// and the JSON drops any field named like one all the same.

export const CONVERSATIONS_FORMAT = 'openai_compatible_conversation.conversations';

export interface Exported {
  entry: ConversationEntry;
  doc: ConversationDoc;
}

const KEYLIKE = /^(api_?key|authorization|password|secret|token|access_token)$/i;

function withoutKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !KEYLIKE.test(k))
      .map(([k, v]) => [k, withoutKeys(v)]),
  );
}

/** The conversations as JSON; with all of them, the user's memory (`memory`: the facts kept,
 * never the settings). */
export function conversationsToJson(
  items: readonly Exported[],
  now = new Date(),
  memory?: MemoryDoc,
): string {
  return JSON.stringify(
    withoutKeys({
      format: CONVERSATIONS_FORMAT,
      version: HISTORY_VERSION,
      exported_at: now.toISOString(),
      conversations: items.map(({ entry, doc }) => ({ entry, doc })),
      ...(memory ? { memory: { version: 1, items: memory.items.filter((m) => !m.deleted) } } : {}),
    }),
    null,
    2,
  );
}

/** A readable transcript of the branch shown; `when` formats a time for the reader. */
export function conversationsToMarkdown(
  items: readonly Exported[],
  when: (iso: string) => string,
): string {
  const out: string[] = [];
  for (const { entry, doc } of items) {
    const { messages } = threadOf(doc);
    out.push(`# ${titleOf(entry)}`, '');
    const about = [when(entry.created_at), entry.source?.label].filter(Boolean).join(' · ');
    out.push(`_${about}_`, '');
    for (const m of messages) {
      const who =
        m.role === 'user' ? strings.you : `${strings.assistant}${m.model ? ` (${m.model})` : ''}`;
      out.push(`**${who}** · ${when(m.created_at)}`, '');
      if (m.content) out.push(m.content, '');
      for (const call of m.tool_calls ?? []) {
        out.push(
          `> ${strings.exportTool}: \`${call.name}\` \`${call.arguments || '{}'}\`${call.status ? ` — ${strings.toolStatus[call.status]}` : ''}`,
        );
        if (call.result) out.push(`> \`${call.result.replace(/`/g, "'").slice(0, 500)}\``);
        out.push('');
      }
      if (m.status === 'cut') out.push(`_${strings.cutOff}_`, '');
      if (m.status === 'stopped') out.push(`_${strings.stoppedByUser}_`, '');
    }
    out.push('---', '');
  }
  return out.join('\n');
}

const ExportFileSchema = z.looseObject({
  format: z.literal(CONVERSATIONS_FORMAT),
  version: z.literal(HISTORY_VERSION),
  conversations: z.array(
    z.looseObject({ entry: ConversationEntrySchema, doc: ConversationDocSchema }),
  ),
  memory: z.optional(MemoryDocSchema),
});

/** The facts of the user's memory an exported file holds (none for other files). */
export function memoryOfFile(text: string): MemoryItem[] {
  try {
    const file = z.safeParse(ExportFileSchema, JSON.parse(text));
    return file.success ? (file.data.memory?.items.filter((m) => !m.deleted) ?? []) : [];
  } catch {
    return [];
  }
}

/** Reads an exported file (or a version-1 history document) into entries and documents. */
export function parseConversations(text: string): Exported[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SchemaError(strings.importWhat, [strings.problems.notJson]);
  }
  const v1 = z.safeParse(HistoryV1Schema, parsed);
  if (v1.success) {
    const { index, docs } = upgradeV1(v1.data);
    return index.conversations.map((entry, i) => ({ entry, doc: docs[i]! }));
  }
  const file = z.safeParse(ExportFileSchema, parsed);
  if (!file.success) throw new SchemaError(strings.importWhat, describeIssues(file.error));
  for (const { entry, doc } of file.data.conversations)
    if (entry.id !== doc.id)
      throw new SchemaError(strings.importWhat, [strings.importMismatch(entry.id, doc.id)]);
  return file.data.conversations.map(({ entry, doc }) => ({ entry, doc }));
}
