import * as z from 'zod/mini';
import type { HassConnection } from './connection';
import { type DocKind, SyncedDoc } from './synced-doc';
import { describeIssues } from '../schema/parse';
import { type UsageLedger, UsageLedgerSchema } from '../schema/usage';
import { emptyLedger, entryOf, mergeLedger, monthCost, record } from '../chat/ledger';
import type { MessageUsage } from '../schema/conversation';
import { strings } from '../i18n';

/** The usage ledger's user-data key. */
export const USAGE_KEY = 'openai_compatible_conversation.usage';

const ledgerKind: DocKind<UsageLedger> = {
  read(raw) {
    if (raw === null || raw === undefined) return { ok: true, value: emptyLedger() };
    const version = (raw as { version?: unknown }).version;
    if (typeof version === 'number' && version > 1)
      return { ok: false, issues: [strings.problems.newerVersion('usage', String(version))] };
    const result = z.safeParse(UsageLedgerSchema, raw);
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, issues: describeIssues(result.error) };
  },
  merge: mergeLedger,
};

const ledgers = new WeakMap<HassConnection, SyncedDoc<UsageLedger>>();

/** The one ledger of this connection's user (merged across tabs as conversations are). */
export function usageLedgerFor(conn: HassConnection): SyncedDoc<UsageLedger> {
  let doc = ledgers.get(conn);
  if (!doc) ledgers.set(conn, (doc = new SyncedDoc(conn, USAGE_KEY, ledgerKind)));
  return doc;
}

/** Adds one request's usage to the user's ledger; resolves once it is stored, with what the
 * provider has cost this month (the ledger as every tab wrote it). */
export async function recordUsage(
  conn: HassConnection,
  id: string,
  usage: MessageUsage,
  providerId: string | undefined,
  model: string,
): Promise<number> {
  const ledger = usageLedgerFor(conn);
  const entry = entryOf(usage, providerId, model, new Date());
  const stop = ledger.subscribe(() => undefined); // read it, if nothing else follows it
  try {
    await ledger.ready();
    ledger.change((l) => record(l, id, entry));
    await ledger.saved();
    const state = ledger.current;
    return state.status === 'ready' ? monthCost(state.value, providerId ?? '') : 0;
  } finally {
    stop();
  }
}
