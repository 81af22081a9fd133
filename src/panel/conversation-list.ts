import { html, nothing } from 'lit';
import { conversationListStyles } from './conversation-list.styles';
import { LocalizedElement } from '../ui/localized';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { fire } from '../ui/events';
import { icon } from '../ui/icon';
import { icons } from '../ui/styles';
import { titleMatches, titleOf } from '../chat/search';
import type { ConversationEntry } from '../schema/conversation';
import { strings } from '../i18n';

const t = strings.conversations;

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/** Conversations by the day they last changed, newest first: "Today", "Yesterday", then the
 * weekday and date in the user's language. */
export function byDay(
  entries: readonly ConversationEntry[],
  locale: string | undefined,
  now = new Date(),
): { label: string; entries: ConversationEntry[] }[] {
  const today = startOfDay(now);
  const groups = new Map<number, ConversationEntry[]>();
  const sorted = [...entries].sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at));
  for (const e of sorted) {
    const day = startOfDay(new Date(e.updated_at));
    const list = groups.get(day);
    if (list) list.push(e);
    else groups.set(day, [e]);
  }
  const DAY = 86_400_000;
  return [...groups].map(([day, list]) => {
    const date = new Date(day);
    const label =
      day === today
        ? t.today
        : Math.round((today - day) / DAY) === 1
          ? t.yesterday
          : new Intl.DateTimeFormat(locale, {
              weekday: today - day < 7 * DAY ? 'long' : undefined,
              day: 'numeric',
              month: 'long',
              year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
            }).format(date);
    return { label, entries: list };
  });
}

/**
 * The panel's conversation list ("Conversations"): New conversation, a search over titles and
 * messages, the conversations grouped by day, each with Rename, Archive, Export and Delete in
 * its options menu, and the archived ones apart. State in, events out.
 */
export class OaccConversationList extends LocalizedElement {
  /** Every conversation not deleted (archived ones included), any order. */
  @property({ attribute: false }) entries: readonly ConversationEntry[] = [];
  @property({ attribute: false }) current: string | undefined;
  /** Conversations whose messages match the search, with an excerpt. */
  @property({ attribute: false }) hits: ReadonlyMap<string, string> | undefined;
  @property() locale: string | undefined;
  /** Why the list could not be read, if it could not. */
  @property() problem: string | undefined;

  @state() private query = '';
  @state() private menuFor: string | undefined;
  @state() private renaming: string | undefined;
  @state() private showArchived = false;
  private menuButton: HTMLElement | undefined;

  /** Puts the keyboard on the conversation shown (else on New conversation); not in the search
   * box, which would open a phone's keyboard. */
  focusCurrent(): void {
    const root = this.renderRoot;
    (
      root.querySelector<HTMLElement>('a[aria-current="page"]') ??
      root.querySelector<HTMLElement>('button.new')
    )?.focus();
  }

  protected override render() {
    const q = this.query.trim();
    const listed = this.entries.filter((e) =>
      q
        ? titleMatches(e, q) || this.hits?.has(e.id)
        : // A conversation nothing was said in yet is listed only while it is shown.
          e.id === this.current || (e.stats?.messages ?? 0) > 0,
    );
    const active = listed.filter((e) => !e.archived?.value);
    const archived = listed.filter((e) => e.archived?.value);
    return html`<nav aria-label=${t.list}>
      <div class="head">
        <button
          class="new"
          aria-keyshortcuts="Alt+Shift+N"
          title=${t.shortcuts}
          @click=${() => fire(this, 'oacc-conversation-new', undefined)}
        >
          ${icon(icons.add)}<span>${t.new}</span>
        </button>
        <label class="search">
          ${icon(icons.search)}
          <input
            type="search"
            aria-label=${t.search}
            placeholder=${t.searchPlaceholder}
            .value=${this.query}
            @input=${this.onSearch}
          />
        </label>
      </div>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${
        active.length || archived.length || this.problem
          ? nothing
          : html`<p class="muted">${q ? t.noMatches : t.empty}</p>`
      }
      ${byDay(active, this.locale).map(
        (group) =>
          html`<section aria-label=${group.label}>
            <h3>${group.label}</h3>
            <ul>
              ${repeat(
                group.entries,
                (e) => e.id,
                (e) => this.renderItem(e),
              )}
            </ul>
          </section>`,
      )}
      ${
        archived.length
          ? html`<button
                class="archived-toggle"
                aria-expanded=${this.showArchived ? 'true' : 'false'}
                @click=${() => (this.showArchived = !this.showArchived)}
              >
                ${t.archived(archived.length)}
              </button>
              ${
                this.showArchived || q
                  ? html`<ul aria-label=${t.archived(archived.length)}>
                      ${repeat(
                        archived,
                        (e) => e.id,
                        (e) => this.renderItem(e),
                      )}
                    </ul>`
                  : nothing
              }`
          : nothing
      }
    </nav>`;
  }

  private renderItem(e: ConversationEntry) {
    const title = titleOf(e);
    const current = e.id === this.current;
    const sub = this.hits?.get(e.id) ?? (e.source?.label ? e.stats?.preview : undefined);
    return html`<li class=${current ? 'current' : ''} @focusout=${this.onFocusOut}>
      ${
        this.renaming === e.id
          ? html`<input
              class="rename"
              aria-label=${t.renameLabel}
              .value=${title}
              @keydown=${(ev: KeyboardEvent) => this.onRenameKey(ev, e.id)}
              @blur=${(ev: FocusEvent) => this.finishRename(e.id, ev.target as HTMLInputElement)}
            />`
          : html`<a
              href=${`#${e.id}`}
              aria-current=${current ? 'page' : 'false'}
              @click=${(ev: Event) => {
                ev.preventDefault();
                fire(this, 'oacc-conversation-open', { id: e.id });
              }}
            >
              <span class="title">${title}</span>
              ${sub ? html`<span class="sub">${sub}</span>` : nothing}
            </a>`
      }
      <button
        class="icon-button more"
        aria-label=${t.options(title)}
        title=${t.options(title)}
        aria-haspopup="menu"
        aria-expanded=${this.menuFor === e.id ? 'true' : 'false'}
        @click=${(ev: Event) => this.toggleMenu(e.id, ev.currentTarget as HTMLElement)}
      >
        ${icon(icons.more)}
      </button>
      ${this.menuFor === e.id ? this.renderMenu(e, title) : nothing}
    </li>`;
  }

  private renderMenu(e: ConversationEntry, title: string) {
    const item = (label: string, path: string, act: () => void) =>
      html`<button
        role="menuitem"
        @click=${() => {
          this.menuFor = undefined;
          act();
        }}
      >
        ${icon(path)}<span>${label}</span>
      </button>`;
    const archived = Boolean(e.archived?.value);
    return html`<div
      class="menu"
      role="menu"
      aria-label=${t.options(title)}
      @keydown=${this.onMenuKey}
    >
      ${item(t.rename, icons.edit, () => this.startRename(e.id))}
      ${item(archived ? t.unarchive : t.archive, archived ? icons.unarchive : icons.archive, () =>
        fire(this, 'oacc-conversation-archive', { id: e.id, archived: !archived }),
      )}
      ${item(t.exportMarkdown, icons.download, () =>
        fire(this, 'oacc-conversation-export', { id: e.id, format: 'markdown' }),
      )}
      ${item(t.exportJson, icons.download, () =>
        fire(this, 'oacc-conversation-export', { id: e.id, format: 'json' }),
      )}
      ${item(t.delete, icons.delete, () => fire(this, 'oacc-conversation-delete', { id: e.id }))}
    </div>`;
  }

  private async toggleMenu(id: string, button: HTMLElement): Promise<void> {
    this.menuFor = this.menuFor === id ? undefined : id;
    this.menuButton = button;
    if (!this.menuFor) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }

  /** A menu closes when the keyboard or a click moves elsewhere. */
  private onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (this.menuFor && !(to && (e.currentTarget as Node).contains(to))) this.menuFor = undefined;
  }

  /** Arrow keys move through the menu; Escape closes it and returns to its button. */
  private onMenuKey(e: KeyboardEvent): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.menuFor = undefined;
      this.menuButton?.focus();
    }
  }

  private async startRename(id: string): Promise<void> {
    this.renaming = id;
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input.rename');
    input?.focus();
    input?.select();
  }

  private onRenameKey(e: KeyboardEvent, id: string): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.finishRename(id, e.target as HTMLInputElement);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.renaming = undefined;
    }
  }

  private finishRename(id: string, input: HTMLInputElement): void {
    if (this.renaming !== id) return;
    this.renaming = undefined;
    const title = input.value.trim();
    const entry = this.entries.find((e) => e.id === id);
    if (title && title !== titleOf(entry)) fire(this, 'oacc-conversation-rename', { id, title });
  }

  private onSearch(e: InputEvent): void {
    this.query = (e.target as HTMLInputElement).value;
    fire(this, 'oacc-search', { query: this.query });
  }

  static override styles = conversationListStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-conversation-list': OaccConversationList;
  }
}
