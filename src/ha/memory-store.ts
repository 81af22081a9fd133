import type { HassConnection } from './connection';
import { type DocKind, SyncedDoc } from './synced-doc';
import { readVersioned } from '../schema/parse';
import { strings } from '../i18n';
import {
  MEMORY_KEY,
  type MemoryChange,
  type MemoryDoc,
  MemoryDocSchema,
  emptyMemory,
} from '../schema/memory';
import {
  budgetOf,
  factLine,
  factsFor,
  forgetFact,
  memoryOn,
  mergeMemory,
  setFact,
} from '../sync/memory';
import { prompts } from '../chat/prompts';
import { clock } from '../sync/clock';

const memoryKind: DocKind<MemoryDoc> = {
  read: (raw) =>
    readVersioned(raw, MemoryDocSchema, emptyMemory, (v) =>
      strings.problems.newerVersion('memory', v),
    ),
  merge: mergeMemory,
};

const docs = new WeakMap<HassConnection, SyncedDoc<MemoryDoc>>();

/** The user's memory, merged across tabs (one copy per connection). */
export function memoryFor(conn: HassConnection): SyncedDoc<MemoryDoc> {
  let doc = docs.get(conn);
  if (!doc) docs.set(conn, (doc = new SyncedDoc(conn, MEMORY_KEY, memoryKind)));
  return doc;
}

/** The memory as stored now, followed for the rest of the page's life once a turn has asked
 * (Home Assistant then pushes changes, and a later turn asks nothing). Undefined when it cannot
 * be read: the turn goes on without it. */
export async function memoryNow(conn: HassConnection): Promise<MemoryDoc | undefined> {
  const doc = memoryFor(conn);
  if (!kept.has(doc)) {
    kept.add(doc);
    doc.subscribe(() => undefined);
  }
  try {
    await doc.refresh();
    return await doc.ready();
  } catch {
    return undefined;
  }
}
const kept = new WeakSet<SyncedDoc<MemoryDoc>>();

/** Makes a change once the memory is read; false when it cannot be (unreadable, or invalid
 * and so never overwritten). */
export async function changeMemory(
  conn: HassConnection,
  edit: (doc: MemoryDoc) => MemoryDoc,
): Promise<boolean> {
  if (!(await memoryNow(conn))) return false;
  return memoryFor(conn).change(edit);
}

/** Undoes what a model's memory call changed: a new fact is forgotten, a changed or forgotten
 * one gets its text back. */
export function undoChange(conn: HassConnection, change: MemoryChange): Promise<boolean> {
  const at = clock.now();
  const before = change.before;
  return changeMemory(conn, (doc) =>
    before === undefined ? forgetFact(doc, change.id, at) : setFact(doc, change.id, before, at),
  );
}

/** The facts of the user's memory that go with `question` (most relevant, then newest, within
 * the size the user set), as the system prompt says them; memory off or empty: nothing. The
 * copy the turn read (memoryKept) is used: on releases without a push it is not read again. */
export async function memoryPromptFor(
  conn: HassConnection,
  question: string,
): Promise<string | undefined> {
  const doc = await memoryFor(conn)
    .ready()
    .catch(() => undefined);
  if (!doc || !memoryOn(doc)) return undefined;
  const { chosen, left } = factsFor(doc, question, budgetOf(doc));
  return chosen.length || left ? prompts.memory(chosen.map(factLine), left) : undefined;
}

/** Whether the user keeps a memory (read, and on): memory tools are offered then. */
export async function memoryKept(conn: HassConnection): Promise<boolean> {
  const doc = await memoryNow(conn);
  return doc !== undefined && memoryOn(doc);
}
