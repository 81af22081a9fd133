import { LIMITS, jsonBytes } from './sizes';
import { badTimes } from './times';
import { judgeFact } from './memory';
import { MEMORY_LIMITS, type MemoryItem } from '../schema/memory';
import { SchemaError } from '../schema/parse';
import type { ConversationDoc, ConversationEntry } from '../schema/conversation';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load

// Conversations from a file join the user's by merge: ids become parts of user-data keys and
// decide which message is which, times decide which copy wins. So a file's ids have a size and
// a shape, its times are real and not ahead of now, and no conversation in it is larger than
// Home Assistant can store in one piece.

const ID = new RegExp(`^[A-Za-z0-9_.~-]{1,${LIMITS.idChars}}$`);

/** The facts of a memory read from a file that may join the user's: a well-formed id, real
 * times, a text as a model's fact must be (no credential, a size); the others are left out. */
export function checkImportedFacts(items: readonly MemoryItem[], now = Date.now()): MemoryItem[] {
  return items
    .flatMap((m) => {
      const verdict = judgeFact(m.text);
      if (!ID.test(m.id) || !verdict.ok || badTimes({ m }, now).length) return [];
      return [{ ...m, text: verdict.text }];
    })
    .slice(0, MEMORY_LIMITS.items);
}

/** Throws a SchemaError naming the first problems of conversations read from a file. */
export function checkImportedConversations(
  items: readonly { entry: ConversationEntry; doc: ConversationDoc }[],
  now = Date.now(),
): void {
  const problems: string[] = [];
  const id = (value: string | undefined, where: string) => {
    if (value !== undefined && !ID.test(value))
      problems.push(strings.problems.badId(where, value.slice(0, 40)));
  };
  items.forEach(({ entry, doc }, i) => {
    id(entry.id, `conversations.${i}.entry.id`);
    doc.messages.forEach((m, j) => {
      id(m.id, `conversations.${i}.doc.messages.${j}.id`);
      id(m.parent, `conversations.${i}.doc.messages.${j}.parent`);
    });
    problems.push(...badTimes({ entry, doc }, now).map((p) => `conversations.${i}.${p}`));
    const bytes = jsonBytes(doc);
    if (bytes > LIMITS.documentBytes)
      problems.push(strings.problems.conversationTooLarge(entry.id, bytes, LIMITS.documentBytes));
  });
  if (problems.length) throw new SchemaError(strings.importWhat, problems.slice(0, 5));
}
