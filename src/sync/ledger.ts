import type { UsageLedger, LedgerEntry, DayTotals } from '../schema/usage';
import type { MessageUsage } from '../schema/conversation';
import { type Merged, canonical } from './merge';
import { type Totals, addTotals, emptyTotals } from './totals';

// The ledger. Each request's usage is an entry under its own id, so that two tabs adding at
// once both keep theirs (a union, as conversations merge). Days older than a week are folded
// into one total per provider and model, and their entries dropped: the ledger stays small
// (about 60 bytes a model a day). Of two totals for one day the one that counts more answers
// wins, and entries of a day that has a total are dropped: a tab that still holds them cannot
// count them twice. Nothing is written to a day that old, so its total no longer changes.

/** Days kept entry by entry before they are folded into totals. */
const KEEP_DAYS = 7;

export const emptyLedger = (): UsageLedger => ({ version: 1, entries: {}, days: {} });

/** The local calendar day of `date`, as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A provider and model as one key of a day's totals (provider ids have no `/`). */
export const modelKey = (providerId: string | undefined, model: string) =>
  `${providerId ?? ''}/${model}`;

export function splitModelKey(key: string): { providerId: string; model: string } {
  const at = key.indexOf('/');
  return { providerId: key.slice(0, at), model: key.slice(at + 1) };
}

function totalsOf(entry: LedgerEntry): Totals {
  return {
    answers: 1,
    prompt: entry.prompt,
    completion: entry.completion,
    reasoning: entry.reasoning ?? 0,
    cached: entry.cached ?? 0,
    cost: entry.cost ?? 0,
    estimated: entry.estimated ? 1 : 0,
  };
}

/** Adds one request's usage to the ledger (folding old days first). */
export function record(
  ledger: UsageLedger,
  id: string,
  entry: LedgerEntry,
  now = new Date(),
): UsageLedger {
  const folded = fold(ledger, now);
  if (folded.entries[id] || folded.days[entry.day]) return folded;
  return { ...folded, entries: { ...folded.entries, [id]: entry } };
}

/** The ledger entry of a finished answer's usage. */
export function entryOf(
  usage: MessageUsage,
  providerId: string | undefined,
  model: string,
  at: Date,
): LedgerEntry {
  const entry: LedgerEntry = {
    day: dayOf(at),
    key: modelKey(providerId, model),
    prompt: usage.prompt_tokens ?? 0,
    completion: usage.completion_tokens ?? 0,
  };
  if (usage.reasoning_tokens) entry.reasoning = usage.reasoning_tokens;
  if (usage.cached_tokens) entry.cached = usage.cached_tokens;
  if (usage.cost) entry.cost = usage.cost;
  if (usage.estimated) entry.estimated = true;
  return entry;
}

/** Entries of days more than a week before `now` folded into each day's totals. */
export function fold(ledger: UsageLedger, now = new Date()): UsageLedger {
  const cutoff = new Date(now);
  cutoff.setDate(cutoff.getDate() - KEEP_DAYS);
  const oldest = dayOf(cutoff);
  const old = Object.entries(ledger.entries).filter(([, e]) => e.day < oldest);
  if (!old.length) return ledger;
  const entries = { ...ledger.entries };
  const days = { ...ledger.days };
  const added: Record<string, Record<string, Totals>> = {};
  for (const [id, e] of old) {
    delete entries[id];
    if (ledger.days[e.day]) continue; // already folded by another tab
    const day = (added[e.day] ??= {});
    day[e.key] = addTotals(day[e.key] ?? emptyTotals(), totalsOf(e));
  }
  for (const [day, totals] of Object.entries(added))
    days[day] = totals as Record<string, DayTotals>;
  return { ...ledger, entries, days };
}

const answersOf = (day: Record<string, DayTotals>) =>
  Object.values(day).reduce((n, t) => n + t.answers, 0);

/** The union of two copies of the ledger (see above); the same whichever is `base`. */
export function mergeLedger(base: UsageLedger, incoming: UsageLedger): Merged<UsageLedger> {
  const days: Record<string, Record<string, DayTotals>> = { ...base.days };
  for (const [day, totals] of Object.entries(incoming.days)) {
    const mine = days[day];
    const a = mine ? answersOf(mine) : -1;
    const b = answersOf(totals);
    if (b > a || (b === a && canonical(totals) > canonical(mine))) days[day] = totals;
  }
  const entries: UsageLedger['entries'] = {};
  for (const source of [base.entries, incoming.entries])
    for (const [id, e] of Object.entries(source)) if (!days[e.day] && !entries[id]) entries[id] = e;
  const value: UsageLedger = { ...base, version: 1, entries, days };
  return { value, changed: canonical(value) !== canonical(base) };
}

/** Totals per day and provider/model key, from the folded days and the recent entries. */
export function dailyTotals(ledger: UsageLedger): Map<string, Map<string, Totals>> {
  const out = new Map<string, Map<string, Totals>>();
  const at = (day: string, key: string, add: Totals) => {
    const row = out.get(day) ?? out.set(day, new Map()).get(day)!;
    row.set(key, addTotals(row.get(key) ?? emptyTotals(), add));
  };
  for (const [day, totals] of Object.entries(ledger.days))
    for (const [key, t] of Object.entries(totals)) at(day, key, t);
  for (const e of Object.values(ledger.entries))
    if (!ledger.days[e.day]) at(e.day, e.key, totalsOf(e));
  return out;
}

/** What the requests to one provider cost in the calendar month of `now` (local days). */
export function monthCost(ledger: UsageLedger, providerId: string, now = new Date()): number {
  const month = dayOf(now).slice(0, 8); // YYYY-MM-
  let cost = 0;
  for (const [day, row] of dailyTotals(ledger)) {
    if (!day.startsWith(month)) continue;
    for (const [key, t] of row) if (splitModelKey(key).providerId === providerId) cost += t.cost;
  }
  return cost;
}

/** Totals per provider/model key over the days from `from` (YYYY-MM-DD) on. */
export function totalsByModel(
  daily: Map<string, Map<string, Totals>>,
  from = '',
): Map<string, Totals> {
  const out = new Map<string, Totals>();
  for (const [day, row] of daily) {
    if (day < from) continue;
    for (const [key, t] of row) out.set(key, addTotals(out.get(key) ?? emptyTotals(), t));
  }
  return out;
}
