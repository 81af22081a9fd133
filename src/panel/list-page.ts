import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../ui/localized';
import { formStyles, settingsStyles, themeStyles } from '../ui/styles';
import type { HassConnection } from '../ha/connection';
import { settingsStoreFor } from '../ha/settings-store';
import type { SettingsEdit } from '../schema/settings-edits';
import type { Settings } from '../schema/settings';
import { newId } from '../sync/clock';
import { describeError } from './provider-form';
import { strings } from '../i18n';
import '../i18n/pages';

/**
 * A settings section that lists things of the user's (personas, quick prompts), each with Edit
 * and Delete, and a form to add or change one. Subclasses say what a thing is and how its form
 * reads; the list is stored with the settings' own edits (other tabs' changes are kept).
 */
export abstract class ListPage<T extends { id: string }> extends LocalizedElement {
  @property({ attribute: false }) connection: HassConnection | undefined;
  @property({ attribute: false }) settings: Settings | undefined;

  /** The thing being edited (a new one has an id no other has). */
  @state() protected editing: T | undefined;
  @state() private message = '';
  @state() private error = '';

  protected abstract readonly key: string;
  protected abstract heading(): string;
  protected abstract intro(): string;
  protected abstract builtInNote(): string;
  protected abstract addLabel(): string;
  /** The list shown, and whether it is still the built-in one. */
  protected abstract items(settings: Settings): { items: T[]; builtIn: boolean };
  protected abstract blank(id: string): T;
  protected abstract nameOf(item: T): string;
  protected abstract describe(item: T): unknown;
  protected abstract form(item: T): unknown;
  /** The thing as the form holds it, checked; undefined (with `error` set) when it is not. */
  protected abstract read(form: HTMLFormElement, item: T): T | undefined;
  protected abstract saving(item: T): SettingsEdit;
  protected abstract removal(id: string): SettingsEdit;

  protected override render() {
    const s = this.settings;
    if (!s) return nothing;
    const { items, builtIn } = this.items(s);
    const l = strings.list;
    return html`<section class="card" aria-labelledby=${`${this.key}-heading`}>
      <h2 id=${`${this.key}-heading`}>${this.heading()}</h2>
      <p class="muted">${this.intro()}</p>
      ${builtIn ? html`<p class="muted">${this.builtInNote()}</p>` : nothing}
      <ul class="items" aria-label=${this.heading()}>
        ${items.map(
          (item) =>
            html`<li>
              ${
                this.editing?.id === item.id
                  ? this.renderForm(this.editing)
                  : html`<div class="grow">${this.describe(item)}</div>
                      <button
                        class="text-button"
                        aria-label=${`${l.edit}: ${this.nameOf(item)}`}
                        @click=${() => (this.editing = item)}
                      >
                        ${l.edit}
                      </button>
                      <button
                        class="text-button"
                        aria-label=${`${l.remove}: ${this.nameOf(item)}`}
                        @click=${() => this.drop(item)}
                      >
                        ${l.remove}
                      </button>`
              }
            </li>`,
        )}
      </ul>
      ${
        this.editing && !items.some((i) => i.id === this.editing!.id)
          ? this.renderForm(this.editing)
          : html`<button
              class="filled"
              @click=${() => (this.editing = this.blank(newId().slice(0, 12)))}
            >
              ${this.addLabel()}
            </button>`
      }
      <div role="status" aria-live="polite" class="muted">${this.message}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    </section>`;
  }

  private renderForm(item: T) {
    const l = strings.list;
    return html`<form class="form grow" @submit=${(e: Event) => this.submit(e, item)}>
      ${this.form(item)}
      <div class="row end">
        <button type="button" class="text-button" @click=${() => (this.editing = undefined)}>
          ${l.cancel}
        </button>
        <button type="submit" class="filled">${l.save}</button>
      </div>
    </form>`;
  }

  /** Shows why the form cannot be saved. */
  protected refuse(why: string): undefined {
    this.error = why;
    return undefined;
  }

  private async submit(e: Event, item: T): Promise<void> {
    e.preventDefault();
    this.error = '';
    const read = this.read(e.target as HTMLFormElement, item);
    if (read && (await this.store(this.saving(read)))) this.editing = undefined;
  }

  private async drop(item: T): Promise<void> {
    if (await this.store(this.removal(item.id)))
      this.message = strings.list.removed(this.nameOf(item));
  }

  private async store(edit: SettingsEdit): Promise<boolean> {
    const conn = this.connection;
    if (!conn) return false;
    try {
      await settingsStoreFor(conn).update(edit);
      return true;
    } catch (err) {
      this.error = describeError(err);
      return false;
    }
  }

  static override styles = [
    themeStyles,
    formStyles,
    settingsStyles,
    css`
      .items {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
      }
      .items li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 8px;
        padding: 8px 0;
        border-top: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
      }
      .grow {
        flex: 1 1 240px;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .detail {
        display: block;
        font-size: 0.85em;
        color: var(--secondary-text-color);
      }
    `,
  ];
}
