import type { Answerer } from '../chat/ports';
import type { HassConnection } from '../ha/connection';
import type { MessageUsage } from '../schema/conversation';
import type { Settings } from '../schema/settings';

/**
 * A chat's usage: each request's joins the user's ledger (per day, provider and model), and a
 * provider whose cost this month passes the budget the user set for it is said once a month.
 * The ledger's code loads with the first question (it is not needed to show the card), and the
 * ledger is followed from then on, so that an answer's usage joins it at once.
 */
export class UsageFollower {
  /** A provider's cost this month passed the budget the user set for it: what to say. */
  budgetPassed: string | undefined;
  private following: Promise<() => void> | undefined;
  private store: typeof import('../ha/usage-store') | undefined;
  /** The budgets said to be passed here (`<provider>/<year>-<month>`): each once a month. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly changed: () => void,
    private readonly settings: () => Settings | undefined,
  ) {}

  follow(conn: HassConnection): void {
    this.following ??= import('../ha/usage-store')
      .then((store) => {
        this.store = store;
        return store.usageLedgerFor(conn).subscribe(() => undefined);
      })
      .catch(() => () => undefined);
  }

  stop(): void {
    void this.following?.then((stop) => stop()).catch(() => undefined);
    this.following = undefined;
  }

  count(conn: HassConnection, by: Answerer, usage: MessageUsage, id: string): void {
    const store = this.store ?? import('../ha/usage-store');
    void Promise.resolve(store)
      .then(async ({ recordUsage, budgetPassed }) => {
        const spent = await recordUsage(conn, id, usage, by.providerId, by.model);
        const passed = budgetPassed(this.settings(), by.providerId, spent, new Date());
        if (!passed || this.seen.has(passed.month)) return;
        this.seen.add(passed.month);
        this.budgetPassed = passed.message;
        this.changed();
      })
      .catch(() => undefined);
  }

  dismiss(): void {
    this.budgetPassed = undefined;
    this.changed();
  }
}
