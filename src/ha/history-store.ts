import * as z from 'zod/mini';
import type { HassConnection } from './connection';
import { fetchUserData, saveUserData } from './user-data';
import { describeIssues } from '../schema/parse';
import {
  type Conversation,
  type History,
  HISTORY_KEY,
  HISTORY_VERSION,
  HistorySchema,
} from '../schema/conversation';

/** Upper bound of the stored document, in JSON characters (user data is one JSON file per user). */
export const HISTORY_MAX_CHARS = 256_000;

export class HistoryInvalidError extends Error {
  readonly type = 'history_invalid';
  constructor(readonly issues: readonly string[]) {
    super(
      `Stored conversations could not be read (${issues.join('; ')}); they are kept as they are.`,
    );
  }
}

function readHistory(raw: unknown): History {
  if (raw === null || raw === undefined) return { version: HISTORY_VERSION, conversations: [] };
  const result = z.safeParse(HistorySchema, raw);
  if (!result.success) throw new HistoryInvalidError(describeIssues(result.error));
  return result.data;
}

/**
 * Keeps the document under `maxChars`: oldest conversations go first, never `currentId`; if the
 * current one alone is too large, its oldest messages go.
 */
export function boundHistory(
  history: History,
  currentId: string,
  maxChars = HISTORY_MAX_CHARS,
): History {
  const size = (h: History) => JSON.stringify(h).length;
  if (size(history) <= maxChars) return history;
  const byAge = [...history.conversations].sort((a, b) => a.updated_at.localeCompare(b.updated_at));
  let kept = history.conversations;
  for (const old of byAge) {
    if (old.id === currentId) continue;
    kept = kept.filter((c) => c !== old);
    if (size({ ...history, conversations: kept }) <= maxChars)
      return { ...history, conversations: kept };
  }
  const current = kept.find((c) => c.id === currentId);
  if (!current) return { ...history, conversations: kept };
  let messages = current.messages;
  while (
    messages.length > 1 &&
    size({ ...history, conversations: [{ ...current, messages }] }) > maxChars
  ) {
    messages = messages.slice(1);
  }
  return { ...history, conversations: [{ ...current, messages }] };
}

/** Conversations in Home Assistant user data, so a reload or another browser continues them. */
export class HistoryStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly conn: HassConnection,
    private readonly maxChars = HISTORY_MAX_CHARS,
  ) {}

  async load(id: string): Promise<Conversation | undefined> {
    const history = readHistory(await fetchUserData(this.conn, HISTORY_KEY));
    return history.conversations.find((c) => c.id === id);
  }

  /** Writes one conversation (read, replace, bound, write), one write at a time. */
  save(conversation: Conversation): Promise<void> {
    const run = this.queue.then(async () => {
      const history = readHistory(await fetchUserData(this.conn, HISTORY_KEY));
      const others = history.conversations.filter((c) => c.id !== conversation.id);
      const next = boundHistory(
        { ...history, conversations: [...others, conversation] },
        conversation.id,
        this.maxChars,
      );
      await saveUserData(this.conn, HISTORY_KEY, next);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

const stores = new WeakMap<HassConnection, HistoryStore>();

export function historyStoreFor(conn: HassConnection): HistoryStore {
  let store = stores.get(conn);
  if (!store) stores.set(conn, (store = new HistoryStore(conn)));
  return store;
}
