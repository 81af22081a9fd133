import type { HassConnection } from './connection';
import { type DocKind, SyncedDoc } from './synced-doc';
import { readVersioned } from '../schema/parse';
import { type UsageLedger, UsageLedgerSchema } from '../schema/usage';
import { emptyLedger, entryOf, mergeLedger, monthCost, record } from '../sync/ledger';
import type { MessageUsage } from '../schema/conversation';
import { strings } from '../i18n';
import type { Settings } from '../schema/settings';
import { formatCost } from '../i18n/format';

/** The usage ledger's user-data key. */
export const USAGE_KEY = 'openai_compatible_conversation.usage';

const ledgerKind: DocKind<UsageLedger> = {
  read: (raw) =>
    readVersioned(raw, UsageLedgerSchema, emptyLedger, (v) =>
      strings.problems.newerVersion('usage', v),
    ),
  merge: mergeLedger,
};

const ledgers = new WeakMap<HassConnection, SyncedDoc<UsageLedger>>();

/** Answers' usage is written together, at most this long after the first: a turn costs Home
 * Assistant no write of its own for it. Opening Usage, or leaving the page, writes it at once.
 * (Releases without subscribe_user_data write it at once: their writes read first.) */
const LEDGER_BATCH_MS = 30_000;

/** The one ledger of this connection's user (merged across tabs as conversations are). */
export function usageLedgerFor(conn: HassConnection): SyncedDoc<UsageLedger> {
  let doc = ledgers.get(conn);
  if (!doc)
    ledgers.set(
      conn,
      (doc = new SyncedDoc(conn, USAGE_KEY, ledgerKind, { batchMs: LEDGER_BATCH_MS })),
    );
  return doc;
}

/** Adds one request's usage to the user's ledger (written with the next batch); resolves with
 * what the provider has cost this month (the ledger as every tab wrote it, and this one's). */
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
    const state = ledger.current;
    return state.status === 'ready' ? monthCost(state.value, providerId ?? '') : 0;
  } finally {
    stop();
  }
}

/** A provider whose cost this month (`spent`, US dollars) passed the budget the user set for
 * it: what to say, and the month it is said for (`<provider>/<year>-<month>`). */
export function budgetPassed(
  settings: Settings | undefined,
  providerId: string | undefined,
  spent: number,
  now: Date,
): { message: string; month: string } | undefined {
  const provider = settings?.providers.find((p) => p.id === providerId);
  const budget = provider?.budget_monthly;
  if (!provider || budget === undefined || spent <= budget) return undefined;
  return {
    message: strings.usage.budgetPassed(provider.name, formatCost(spent), formatCost(budget)),
    month: `${providerId}/${now.getFullYear()}-${now.getMonth() + 1}`,
  };
}
