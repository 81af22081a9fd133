import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../ui/localized';
import { FollowController } from '../ui/follow-controller';
import { formStyles, settingsStyles, themeStyles } from '../ui/styles';
import { navigate, panelPath } from '../ui/navigate';
import type { HassConnection } from '../ha/connection';
import type { HassView } from '../ha/exposed-entities';
import type { SyncState } from '../ha/synced-doc';
import { memoryFor } from '../ha/memory-store';
import { judgeFact } from '../guard/memory';
import { MEMORY_LIMITS, type MemoryDoc, type MemoryItem } from '../schema/memory';
import {
  addFact,
  budgetOf,
  factsFor,
  forgetFact,
  memories,
  memoryOn,
  setFact,
  setRegister,
} from '../sync/memory';
import { clock, newId } from '../sync/clock';
import { formatCount } from '../i18n/format';
import { strings } from '../i18n';
import '../i18n/pages';

const t = () => strings.memoryPage;

/**
 * "Memory" in the settings: every fact kept (when, and from which conversation or by the user),
 * to add, edit and delete; memory on or off; and how much of it goes with a question.
 */
export class OaccMemoryPage extends LocalizedElement {
  @property({ attribute: false }) connection: HassConnection | undefined;
  /** The frontend's hass: where the panel is (a fact links to its conversation). */
  @property({ attribute: false }) hass: HassView | undefined;
  @property() locale: string | undefined;

  /** The fact being edited, and its text so far. */
  @state() private editing: { id: string; text: string } | undefined;
  @state() private adding = '';
  @state() private message = '';
  @state() private error = '';

  private readonly follow = new FollowController<SyncState<MemoryDoc>>(
    this,
    (conn, set) => memoryFor(conn).subscribe(set),
    { status: 'loading' },
  );

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('connection')) this.follow.setConnection(this.connection);
  }

  protected override render() {
    const s = this.follow.value;
    return html`<section class="card" aria-labelledby="memory-heading">
      <h2 id="memory-heading">${t().title}</h2>
      <p class="muted">${t().intro}</p>
      ${s.status === 'loading' ? html`<p class="muted">${strings.settingsLoading}</p>` : nothing}
      ${s.status === 'error' ? html`<p class="error" role="alert">${t().unreadable}</p>` : nothing}
      ${
        s.status === 'invalid'
          ? html`<p class="error" role="alert">${t().invalid(s.issues.slice(0, 3).join('; '))}</p>`
          : nothing
      }
      ${s.status === 'ready' ? this.renderReady(s.value) : nothing}
      <div role="status" aria-live="polite" class="muted">${this.message}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    </section>`;
  }

  private renderReady(doc: MemoryDoc) {
    const facts = memories(doc);
    const budget = budgetOf(doc);
    const fit = factsFor(doc, '', budget);
    return html`<label class="check">
        <input
          type="checkbox"
          .checked=${memoryOn(doc)}
          @change=${(e: Event) =>
            this.change((d) =>
              setRegister(d, 'enabled', (e.target as HTMLInputElement).checked, clock.now()),
            )}
        />
        ${t().on}
      </label>
      <label class="field"
        >${t().budget}
        <input
          type="number"
          min=${MEMORY_LIMITS.budgetMin}
          max=${MEMORY_LIMITS.budgetMax}
          step="100"
          .value=${String(budget)}
          @change=${(e: Event) => this.setBudget(e.target as HTMLInputElement)}
      /></label>
      ${
        facts.length
          ? html`<p class="muted">
              ${t().fits(fit.chosen.length, facts.length, formatCount(budget))}
            </p>`
          : nothing
      }
      <form class="add" @submit=${(e: Event) => this.add(e)}>
        <label class="field grow"
          >${t().newFact}
          <input
            .value=${this.adding}
            maxlength=${MEMORY_LIMITS.textChars}
            @input=${(e: Event) => (this.adding = (e.target as HTMLInputElement).value)}
        /></label>
        <button class="text-button" type="submit">${t().add}</button>
      </form>
      ${
        facts.length
          ? html`<ul class="facts" aria-label=${t().title}>
              ${facts.map((f) => this.renderFact(f))}
            </ul>`
          : html`<p class="muted">${t().empty}</p>`
      }`;
  }

  private renderFact(f: MemoryItem) {
    const editing = this.editing?.id === f.id ? this.editing : undefined;
    const panel = panelPath(this.hass);
    const from = f.conversation_id;
    const meta = html`<span class="muted meta"
      >${this.when(f.updated_at ?? f.created_at)} ·
      ${f.by === 'user' ? t().byYou : t().fromChat}${
        from && panel
          ? html` ·
              <button
                class="link"
                @click=${() => navigate(`/${panel}/conversation/${encodeURIComponent(from)}`)}
              >
                ${t().openChat}
              </button>`
          : nothing
      }</span
    >`;
    if (editing)
      return html`<li>
        <form class="add" @submit=${(e: Event) => this.saveEdit(e)}>
          <input
            class="grow"
            aria-label=${`${t().edit}: ${f.text}`}
            maxlength=${MEMORY_LIMITS.textChars}
            .value=${editing.text}
            @input=${(e: Event) =>
              (this.editing = { id: f.id, text: (e.target as HTMLInputElement).value })}
          />
          <button class="text-button" type="submit">${t().save}</button>
          <button class="text-button" type="button" @click=${() => (this.editing = undefined)}>
            ${t().cancel}
          </button>
        </form>
      </li>`;
    return html`<li>
      <span class="text">${f.text}</span>
      ${meta}
      <span class="actions">
        <button
          class="text-button"
          aria-label=${`${t().edit}: ${f.text}`}
          @click=${() => (this.editing = { id: f.id, text: f.text })}
        >
          ${t().edit}
        </button>
        <button
          class="text-button"
          aria-label=${`${t().remove}: ${f.text}`}
          @click=${() => this.forget(f)}
        >
          ${t().remove}
        </button>
      </span>
    </li>`;
  }

  private readonly when = (iso: string) =>
    new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  private change(edit: (doc: MemoryDoc) => MemoryDoc): boolean {
    const conn = this.connection;
    this.error = '';
    if (!conn || !memoryFor(conn).change(edit)) {
      this.error = t().unreadable;
      return false;
    }
    return true;
  }

  /** A fact as the user typed it, checked as a model's would be; undefined (and why) if not. */
  private checked(text: string): string | undefined {
    const verdict = judgeFact(text);
    if (verdict.ok) return verdict.text;
    if (!text.trim()) return undefined;
    this.error =
      text.trim().length > MEMORY_LIMITS.textChars
        ? t().tooLong(MEMORY_LIMITS.textChars)
        : t().refused;
    return undefined;
  }

  private add(e: Event): void {
    e.preventDefault();
    const state = this.follow.value;
    if (state.status !== 'ready') return;
    const text = this.checked(this.adding);
    if (!text) return;
    if (memories(state.value).length >= MEMORY_LIMITS.items) {
      this.error = t().full(MEMORY_LIMITS.items);
      return;
    }
    const at = clock.now();
    if (this.change((d) => addFact(d, { id: newId(), text, created_at: at, by: 'user' })))
      this.adding = '';
  }

  private saveEdit(e: Event): void {
    e.preventDefault();
    const editing = this.editing;
    if (!editing) return;
    const text = this.checked(editing.text);
    if (!text) return;
    const at = clock.now();
    if (this.change((d) => setFact(d, editing.id, text, at))) this.editing = undefined;
  }

  private forget(f: MemoryItem): void {
    const at = clock.now();
    if (this.change((d) => forgetFact(d, f.id, at))) this.message = t().removed(f.text);
  }

  private setBudget(input: HTMLInputElement): void {
    const value = Math.round(Number(input.value));
    if (!Number.isFinite(value)) return;
    const budget = Math.min(MEMORY_LIMITS.budgetMax, Math.max(MEMORY_LIMITS.budgetMin, value));
    input.value = String(budget);
    this.change((d) => setRegister(d, 'budget', budget, clock.now()));
  }

  static override styles = [
    themeStyles,
    formStyles,
    settingsStyles,
    css`
      .add {
        display: flex;
        align-items: flex-end;
        gap: 8px;
        flex-wrap: wrap;
      }
      .add .text-button {
        align-self: flex-end;
      }
      .grow {
        flex: 1 1 220px;
      }
      .facts {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
      }
      .facts li {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 12px;
        padding: 8px 0;
        border-top: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
      }
      .text {
        flex: 1 1 240px;
        overflow-wrap: anywhere;
      }
      .meta {
        font-size: 0.85em;
      }
      .actions {
        display: inline-flex;
        gap: 4px;
      }
      .link {
        font: inherit;
        background: none;
        border: none;
        padding: 0;
        color: var(--oacc-accent);
        text-decoration: underline;
        cursor: pointer;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-memory-page': OaccMemoryPage;
  }
}
