import { css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizedElement } from '../ui/localized';
import { FollowController } from '../ui/follow-controller';
import { formStyles, settingsStyles, themeStyles } from '../ui/styles';
import { formatCost, formatCount } from '../i18n/format';
import type { HassConnection } from '../ha/connection';
import type { SyncState } from '../ha/synced-doc';
import { usageLedgerFor } from '../ha/usage-store';
import { type Totals, addTotals, emptyTotals } from '../sync/totals';
import { dailyTotals, dayOf, monthCost, splitModelKey, totalsByModel } from '../sync/ledger';
import type { UsageLedger } from '../schema/usage';
import type { Settings } from '../schema/settings';
import { strings } from '../i18n';

const DAYS = 30;

/** Colours of the models in the chart, from Home Assistant's palette (fallbacks for releases
 * without it). */
const COLOURS = [
  'var(--blue-color, #2196f3)',
  'var(--orange-color, #ff9800)',
  'var(--green-color, #4caf50)',
  'var(--purple-color, #926bc7)',
  'var(--red-color, #f44336)',
  'var(--cyan-color, #00bcd6)',
  'var(--amber-color, #ffc107)',
  'var(--pink-color, #e91e63)',
];

/** The last `n` local days, oldest first. */
function lastDays(n: number, now = new Date()): string[] {
  const days: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(now);
    d.setDate(d.getDate() - i);
    days.push(dayOf(d));
  }
  return days;
}

const tokens = (t: Totals) => t.prompt + t.completion;

/**
 * "Usage" in the settings: tokens per day and model over the last 30 days (a chart drawn as SVG
 * by hand: a few dozen rectangles need no chart library), and a table of the same per model
 * with the cost, which is also what a screen reader reads.
 */
export class OaccUsagePage extends LocalizedElement {
  @property({ attribute: false }) connection: HassConnection | undefined;
  @property({ attribute: false }) settings: Settings | undefined;
  @property() locale: string | undefined;

  private readonly follow = new FollowController<SyncState<UsageLedger>>(
    this,
    (conn, set) => {
      // What this page counted and has not written yet goes now: Usage here and on other
      // devices shows it.
      const ledger = usageLedgerFor(conn);
      const stop = ledger.subscribe(set);
      ledger.flush();
      return stop;
    },
    { status: 'loading' },
  );

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('connection')) this.follow.setConnection(this.connection);
  }

  private modelName(key: string): string {
    const { providerId, model } = splitModelKey(key);
    const provider = this.settings?.providers.find((p) => p.id === providerId);
    const shown = provider?.models.find((m) => m.model_id === model)?.display_name || model;
    return provider ? `${provider.name} · ${shown}` : shown;
  }

  protected override render() {
    const t = strings.usage;
    const s = this.follow.value;
    return html`<section class="card" aria-labelledby="usage-heading">
      <h2 id="usage-heading">${t.title}</h2>
      ${s.status === 'error' ? html`<p class="error" role="alert">${s.message}</p>` : nothing}
      ${
        s.status === 'invalid'
          ? html`<p class="error" role="alert">${s.issues.join('; ')}</p>`
          : nothing
      }
      ${s.status === 'ready' ? this.renderLedger(s.value) : nothing}
      <p class="muted">${t.explain}</p>
    </section>`;
  }

  private renderLedger(ledger: UsageLedger) {
    const t = strings.usage;
    const days = lastDays(DAYS);
    const daily = dailyTotals(ledger);
    const byModel = [...totalsByModel(daily, days[0])].sort(
      ([, a], [, b]) => tokens(b) - tokens(a),
    );
    if (!byModel.length) return html`<p>${t.none}</p>`;
    const colour = new Map(byModel.map(([key], i) => [key, COLOURS[i % COLOURS.length]!]));
    const total = byModel.reduce((sum, [, m]) => addTotals(sum, m), emptyTotals());
    return html`${this.renderBudgets(ledger)}
      <h3>${t.days}</h3>
      ${this.renderChart(days, daily, colour)}
      <table>
        <thead>
          <tr>
            <th scope="col">${t.model}</th>
            <th scope="col">${t.answers}</th>
            <th scope="col">${t.input}</th>
            <th scope="col">${t.output}</th>
            <th scope="col">${t.cost}</th>
          </tr>
        </thead>
        <tbody>
          ${byModel.map(
            ([key, m]) =>
              html`<tr>
                <th scope="row">
                  <span class="swatch" style="background:${colour.get(key)}"></span
                  >${this.modelName(key)}${
                    m.estimated
                      ? html`<span class="muted">
                          · ${t.someEstimated(formatCount(m.estimated))}</span
                        >`
                      : nothing
                  }
                </th>
                ${cells(m)}
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t.total}</th>
            ${cells(total)}
          </tr>
        </tfoot>
      </table>`;
  }

  /** Each provider with a monthly budget: what this month has cost, and a warning past it. */
  private renderBudgets(ledger: UsageLedger) {
    const t = strings.usage;
    const budgeted = (this.settings?.providers ?? []).filter((p) => p.budget_monthly !== undefined);
    if (!budgeted.length) return nothing;
    return html`<h3>${t.budgets}</h3>
      <ul class="budgets">
        ${budgeted.map((p) => {
          const spent = monthCost(ledger, p.id);
          const budget = p.budget_monthly!;
          const line = t.budgetUsed(p.name, formatCost(spent), formatCost(budget));
          return spent > budget
            ? html`<li class="passed" role="alert">
                ${t.budgetPassed(p.name, formatCost(spent), formatCost(budget))}
              </li>`
            : html`<li>${line}</li>`;
        })}
      </ul>`;
  }

  private renderChart(
    days: string[],
    daily: Map<string, Map<string, Totals>>,
    colour: Map<string, string>,
  ) {
    const width = 600;
    const height = 160;
    const bar = width / days.length;
    const max = Math.max(
      1,
      ...days.map((d) => [...(daily.get(d)?.values() ?? [])].reduce((n, x) => n + tokens(x), 0)),
    );
    const rects = days.flatMap((day, i) => {
      let y = height;
      return [...(daily.get(day) ?? [])].map(([key, x]) => {
        const h = (tokens(x) / max) * (height - 4);
        y -= h;
        return svg`<rect x=${i * bar + 1} y=${y} width=${bar - 2} height=${h} fill=${colour.get(key) ?? COLOURS[0]}></rect>`;
      });
    });
    const date = (day: string) =>
      new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'short' }).format(
        new Date(`${day}T12:00:00`),
      );
    return html`<figure>
      <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${strings.usage.chart}>
        <line x1="0" y1=${height - 0.5} x2=${width} y2=${height - 0.5}></line>
        ${rects}
      </svg>
      <figcaption>
        <span>${date(days[0]!)}</span>
        <span>${date(days.at(-1)!)}</span>
      </figcaption>
    </figure>`;
  }

  static override styles = [
    themeStyles,
    formStyles,
    settingsStyles,
    css`
      h3 {
        margin: 0;
        font-size: 1rem;
        font-weight: 500;
      }
      figure {
        margin: 0;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
      }
      svg line {
        stroke: var(--divider-color, rgba(0, 0, 0, 0.12));
      }
      figcaption {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        font-size: 0.75rem;
        color: var(--secondary-text-color);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: 6px 8px;
        border-bottom: 1px solid var(--divider-color, rgba(0, 0, 0, 0.12));
        text-align: end;
      }
      th:first-child {
        text-align: start;
        font-weight: 400;
      }
      thead th,
      tfoot th,
      tfoot td {
        font-weight: 500;
      }
      .budgets {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .budgets li {
        padding: 4px 0;
      }
      .budgets .passed {
        padding: 4px 8px;
        border-radius: 8px;
        border: 1px solid var(--warning-color, #ffa600);
        background: color-mix(in srgb, var(--warning-color, #ffa600) 12%, transparent);
      }
      .swatch {
        display: inline-block;
        width: 10px;
        height: 10px;
        border-radius: 2px;
        margin-inline-end: 6px;
      }
    `,
  ];
}

function cells(m: Totals) {
  return html`<td>${formatCount(m.answers)}</td>
    <td>${formatCount(m.prompt)}</td>
    <td>${formatCount(m.completion)}</td>
    <td>${m.cost ? formatCost(m.cost) : '—'}</td>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-usage-page': OaccUsagePage;
  }
}
