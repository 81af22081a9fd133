import * as z from 'zod/mini';
import type { HassConnection } from './connection';
import { mergeDoc, mergeIndex } from '../sync/merge';
import { type DocKind, SyncedDoc } from './synced-doc';
import { fetchUserData, saveUserData } from './user-data';
import {
  CONVERSATION_KEY_PREFIX,
  type ConversationDoc,
  ConversationDocSchema,
  type ConversationEntry,
  HISTORY_BACKUP_KEY,
  HISTORY_KEY,
  HISTORY_VERSION,
  type HistoryIndex,
  HistoryIndexSchema,
  HistoryV1Schema,
  conversationKey,
} from '../schema/conversation';
import { describeIssues } from '../schema/parse';
import { clock } from '../sync/clock';
import { strings } from '../i18n';

// The user's conversations in Home Assistant user data: the index and one document per
// conversation (schema/conversation.ts), each a SyncedDoc merged with what other tabs write.

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const newer = (what: string, version: unknown) =>
  strings.problems.newerVersion(what, String(version));

function readWith<T>(
  schema: z.ZodMiniType<T>,
  what: string,
  raw: unknown,
  empty: () => T,
): { ok: true; value: T } | { ok: false; issues: readonly string[] } {
  if (raw === null || raw === undefined) return { ok: true, value: empty() };
  if (isObject(raw) && typeof raw.version === 'number' && raw.version > HISTORY_VERSION)
    return { ok: false, issues: [newer(what, raw.version)] };
  const result = z.safeParse(schema, raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: describeIssues(result.error) };
}

export const emptyIndex = (): HistoryIndex => ({ version: HISTORY_VERSION, conversations: [] });
export const emptyDoc = (id: string): ConversationDoc => ({
  version: HISTORY_VERSION,
  id,
  messages: [],
});

/** Every time in a document read from elsewhere moves this page's clock past it. */
function observeDoc(doc: ConversationDoc): void {
  clock.observe(doc.leaf?.at);
  for (const m of doc.messages) clock.observe(m.updated_at ?? m.created_at);
}

function observeIndex(index: HistoryIndex): void {
  for (const e of index.conversations) {
    clock.observe(e.updated_at);
    for (const r of [e.title, e.model, e.archived, e.deleted, e.stats]) clock.observe(r?.at);
  }
}

export const indexKind: DocKind<HistoryIndex> = {
  read(raw) {
    if (isObject(raw) && raw.version === 1) {
      // Upgraded before it is read (upgradeHistory); one still here did not validate, or was
      // written back by an older version of the card meanwhile.
      const v1 = z.safeParse(HistoryV1Schema, raw);
      return {
        ok: false,
        issues: v1.success ? [strings.problems.olderList] : describeIssues(v1.error),
      };
    }
    const read = readWith(HistoryIndexSchema, 'conversations', raw, emptyIndex);
    if (read.ok) observeIndex(read.value);
    return read;
  },
  merge: mergeIndex,
};

export function docKind(id: string): DocKind<ConversationDoc> {
  return {
    read(raw) {
      const read = readWith(ConversationDocSchema, 'conversation', raw, () => emptyDoc(id));
      if (read.ok) observeDoc(read.value);
      return read;
    },
    merge: mergeDoc,
  };
}

/**
 * Upgrades a version-1 document in place: the original is kept under the backup key first
 * (unless a copy is there already), then each conversation gets its document (merged with one
 * another tab may have written meanwhile), and the index replaces the old document last, so that
 * an interrupted upgrade starts again from the original. Nothing happens to any other version.
 */
export async function upgradeHistory(conn: HassConnection): Promise<void> {
  const raw = await fetchUserData(conn, HISTORY_KEY);
  if (!isObject(raw) || raw.version !== 1) return;
  const parsed = z.safeParse(HistoryV1Schema, raw);
  if (!parsed.success) return; // the index shows it as unreadable, untouched
  if ((await fetchUserData(conn, HISTORY_BACKUP_KEY)) == null)
    await saveUserData(conn, HISTORY_BACKUP_KEY, raw);
  // Version 1 is what the card's first releases wrote: its reader loads only when one is found.
  const { upgradeV1 } = await import('../schema/history-v1');
  const { index, docs } = upgradeV1(parsed.data);
  for (const doc of docs) {
    const key = conversationKey(doc.id);
    const existing = docKind(doc.id).read(await fetchUserData(conn, key));
    if (!existing.ok) continue; // never overwrite what does not validate
    await saveUserData(conn, key, mergeDoc(existing.value, doc).value);
  }
  const now = await fetchUserData(conn, HISTORY_KEY);
  const current = isObject(now) && now.version === HISTORY_VERSION ? indexKind.read(now) : null;
  await saveUserData(
    conn,
    HISTORY_KEY,
    current?.ok ? mergeIndex(current.value, index).value : index,
  );
}

/** A conversation as the list shows it. */
export const isVisible = (e: ConversationEntry) => !e.deleted?.value;

/** The user's conversations on this connection: the index, and each conversation's document. */
export class ConversationLibrary {
  readonly index: SyncedDoc<HistoryIndex>;
  private readonly docs = new Map<string, SyncedDoc<ConversationDoc>>();
  private upgrading: Promise<void> | undefined;
  private readonly purging = new Set<string>();

  constructor(private readonly conn: HassConnection) {
    this.index = new SyncedDoc(conn, HISTORY_KEY, indexKind, { before: () => this.upgraded() });
  }

  /** The version-1 upgrade, once per page. */
  upgraded(): Promise<void> {
    this.upgrading ??= upgradeHistory(this.conn).catch((err: unknown) => {
      this.upgrading = undefined;
      throw err;
    });
    return this.upgrading;
  }

  /** The document of conversation `id` (one per page, shared by every view of it). */
  doc(id: string): SyncedDoc<ConversationDoc> {
    let doc = this.docs.get(id);
    if (!doc) {
      doc = new SyncedDoc(this.conn, conversationKey(id), docKind(id), {
        before: () => this.upgraded(),
      });
      this.docs.set(id, doc);
    }
    return doc;
  }

  /** Reads a conversation once (for search and export), from this page's copy if it has one. */
  async read(id: string): Promise<ConversationDoc> {
    const held = this.docs.get(id)?.current;
    if (held?.status === 'ready') return held.value;
    await this.upgraded();
    const read = docKind(id).read(await fetchUserData(this.conn, conversationKey(id)));
    if (!read.ok) throw new Error(read.issues.join('; '));
    return read.value;
  }

  entries(): readonly ConversationEntry[] {
    const s = this.index.current;
    return s.status === 'ready' ? s.value.conversations : [];
  }

  entry(id: string): ConversationEntry | undefined {
    return this.entries().find((e) => e.id === id);
  }

  /** Creates or updates the entry of `id` (false while the index cannot be written). */
  update(id: string, edit: (entry: ConversationEntry) => ConversationEntry): boolean {
    return this.index.change((index) => {
      const at = clock.now();
      const old = index.conversations.find((e) => e.id === id);
      const entry = edit(old ?? { id, created_at: at, updated_at: at });
      if (entry === old) return index;
      return {
        ...index,
        conversations: old
          ? index.conversations.map((e) => (e === old ? entry : e))
          : [...index.conversations, entry],
      };
    });
  }

  rename(id: string, title: string): boolean {
    const value = title.trim();
    return this.update(id, (e) => ({ ...e, title: { value, at: clock.now() } }));
  }

  setArchived(id: string, archived: boolean): boolean {
    return this.update(id, (e) => ({ ...e, archived: { value: archived, at: clock.now() } }));
  }

  /** Deleted or brought back (Undo); the document is emptied later by `purge`. */
  setDeleted(id: string, deleted: boolean): boolean {
    return this.update(id, (e) => ({ ...e, deleted: { value: deleted, at: clock.now() } }));
  }

  setModel(id: string, provider_id: string, model_id: string): boolean {
    return this.update(id, (e) => ({ ...e, model: { provider_id, model_id, at: clock.now() } }));
  }

  /** Empties the document of a deleted conversation, for good (after the time to undo). */
  async purge(id: string): Promise<void> {
    const entry = this.entry(id);
    if (!entry?.deleted?.value || entry.purged_at || this.purging.has(id)) return;
    this.purging.add(id);
    try {
      await this.purgeNow(id);
    } finally {
      this.purging.delete(id);
    }
  }

  private async purgeNow(id: string): Promise<void> {
    const at = clock.now();
    const purged: ConversationDoc = { version: HISTORY_VERSION, id, messages: [], purged: at };
    const doc = this.docs.get(id);
    if (doc?.current.status === 'ready') doc.change((d) => mergeDoc(d, purged).value);
    else await saveUserData(this.conn, conversationKey(id), purged);
    this.update(id, (e) => (e.purged_at ? e : { ...e, purged_at: at }));
  }

  /**
   * Brings conversations from a file into the user's: merged by conversation and message id, so
   * that importing the same file twice changes nothing. A conversation the user deleted comes
   * back under an id of its own (`<id>~1`), since a deletion is never undone by a merge.
   */
  async importConversations(
    items: readonly { entry: ConversationEntry; doc: ConversationDoc }[],
  ): Promise<{ added: number; changed: number }> {
    const stop = this.index.subscribe(() => undefined);
    try {
      await this.index.ready();
      const known = new Map(this.entries().map((e) => [e.id, e]));
      const placed = items.map(({ entry, doc }) => {
        let id = entry.id;
        for (let n = 1; known.get(id)?.deleted?.value; n++) id = `${entry.id}~${n}`;
        if (id === entry.id) return { entry, doc };
        const { deleted: _d, purged_at: _p, ...kept } = entry;
        return { entry: { ...kept, id }, doc: { ...doc, id } };
      });
      const changed = await this.mergeDocs(placed.map((i) => i.doc));
      this.index.change(
        (index) =>
          mergeIndex(index, {
            version: HISTORY_VERSION,
            conversations: placed.map((i) => i.entry),
          }).value,
      );
      await this.index.saved();
      return { added: placed.filter((i) => !known.has(i.entry.id)).length, changed };
    } finally {
      stop();
    }
  }

  /** Merges documents into the stored ones (read, merge, write; or through this page's copy). */
  private async mergeDocs(docs: readonly ConversationDoc[]): Promise<number> {
    let changed = 0;
    for (const doc of docs) {
      const held = this.docs.get(doc.id);
      if (held?.current.status === 'ready') {
        let grew = false;
        held.change((d) => {
          const merged = mergeDoc(d, doc);
          grew = merged.changed;
          return merged.value;
        });
        await held.saved();
        if (grew) changed++;
        continue;
      }
      const key = conversationKey(doc.id);
      const existing = docKind(doc.id).read(await fetchUserData(this.conn, key));
      if (!existing.ok) throw new Error(existing.issues.join('; '));
      const merged = mergeDoc(existing.value, doc);
      if (!merged.changed) continue;
      await saveUserData(this.conn, key, merged.value);
      changed++;
    }
    return changed;
  }

  /** Purges what was deleted long enough ago to be past undoing (a tab closed in between). */
  purgeLeftovers(olderThanMs = 60_000): void {
    const cutoff = Date.now() - olderThanMs;
    for (const e of this.entries())
      if (e.deleted?.value && !e.purged_at && Date.parse(e.deleted.at) < cutoff)
        void this.purge(e.id).catch(() => undefined);
  }
}

const libraries = new WeakMap<HassConnection, ConversationLibrary>();

export function libraryFor(conn: HassConnection): ConversationLibrary {
  let library = libraries.get(conn);
  if (!library) libraries.set(conn, (library = new ConversationLibrary(conn)));
  return library;
}

/** Whether a user-data key holds conversations (for the storage use shown in the settings). */
export const isConversationKey = (key: string) =>
  key === HISTORY_KEY || key === HISTORY_BACKUP_KEY || key.startsWith(CONVERSATION_KEY_PREFIX);
