import { css, html, nothing } from 'lit';
import { checkImportedConversations, checkImportedFacts } from '../guard/conversation-import';
import { changeMemory, memoryNow } from '../ha/memory-store';
import { mergeMemory } from '../sync/memory';
import { LIMITS } from '../guard/sizes';
import { LocalizedElement } from '../ui/localized';
import { property, state } from 'lit/decorators.js';
import type { HassConnection } from '../ha/connection';
import { errorMessage } from '../ha/connection';
import { isConversationKey, libraryFor } from '../ha/conversations';
import { fetchAllUserData } from '../ha/user-data';
import {
  type Exported,
  conversationsToJson,
  conversationsToMarkdown,
  memoryOfFile,
  parseConversations,
} from '../chat/export';
import { ConversationsController } from '../ui/conversations-controller';
import { download } from '../ui/download';
import { formStyles, settingsStyles, themeStyles } from '../ui/styles';
import { CONVERSATION_KEY_PREFIX, type ConversationEntry } from '../schema/conversation';
import { numberLocale, strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load

const t = strings.storage;

/** What conversations may take in Home Assistant user data before we warn (characters of JSON).
 * Home Assistant rewrites the user's whole user-data file on every change and keeps it in every
 * backup; one document must also stay well under the websocket's 4 MB message limit. */
export const STORAGE_BUDGET = 5_000_000;
export const WARN_AT = 0.8;
export const DOC_WARN = 2_000_000;

interface Usage {
  total: number;
  largest: { id: string; size: number } | undefined;
}

/**
 * The settings' "Conversations" section: how much of the user data they take (a warning before
 * the budget is reached, and for a conversation too large to grow much more), export of all of
 * them as Markdown or JSON, import (merged, nothing doubled), and moving archived conversations
 * to a file. Nothing is removed without the user asking.
 */
export class OaccConversationStorage extends LocalizedElement {
  @property({ attribute: false }) connection: HassConnection | undefined;
  @property() locale: string | undefined;

  @state() private usage: Usage | undefined;
  @state() private message = '';
  @state() private error = '';

  private readonly list = new ConversationsController(this, () => void this.measure());

  private get entries(): readonly ConversationEntry[] {
    return this.list.entries;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('connection')) this.list.setConnection(this.connection);
  }

  /** Reads the whole user data once (one message) and adds up what conversations take. */
  private async measure(): Promise<void> {
    const conn = this.connection;
    if (!conn) return;
    try {
      const all = await fetchAllUserData(conn);
      let total = 0;
      let largest: Usage['largest'];
      for (const [key, value] of Object.entries(all)) {
        if (!isConversationKey(key)) continue;
        const size = JSON.stringify(value ?? null).length;
        total += size;
        if (key.startsWith(CONVERSATION_KEY_PREFIX) && size > (largest?.size ?? 0))
          largest = { id: key.slice(CONVERSATION_KEY_PREFIX.length), size };
      }
      this.usage = { total, largest };
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  private size(chars: number): string {
    const mb = chars >= 1_000_000;
    return new Intl.NumberFormat(numberLocale(), {
      style: 'unit',
      unit: mb ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: mb ? 1 : 0,
    }).format(mb ? chars / 1_000_000 : Math.max(1, Math.round(chars / 1000)));
  }

  protected override render() {
    const u = this.usage;
    const archived = this.entries.filter((e) => e.archived?.value);
    const share = u ? u.total / STORAGE_BUDGET : 0;
    const largest = u?.largest && u.largest.size > DOC_WARN ? u.largest : undefined;
    const largestTitle = largest
      ? (this.entries.find((e) => e.id === largest.id)?.title?.value ??
        this.entries.find((e) => e.id === largest.id)?.stats?.preview ??
        largest.id)
      : '';
    return html`<section class="card" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">${t.title}</h2>
      ${
        u
          ? html`<label class="meter"
              >${t.used(this.entries.length, this.size(u.total), this.size(STORAGE_BUDGET))}
              <meter
                min="0"
                max=${STORAGE_BUDGET}
                low=${STORAGE_BUDGET * 0.6}
                high=${STORAGE_BUDGET * WARN_AT}
                optimum="0"
                .value=${u.total}
              ></meter
            ></label>`
          : html`<p class="muted">${t.measuring}</p>`
      }
      ${share >= WARN_AT ? html`<p class="warning" role="alert">${share >= 1 ? t.over : t.near}</p>` : nothing}
      ${
        largest
          ? html`<p class="warning" role="alert">
              ${t.largeConversation(largestTitle, this.size(largest.size))}
            </p>`
          : nothing
      }
      <p class="muted">${t.explain}</p>
      <div class="row">
        <button class="text-button" @click=${() => this.exportAll('markdown')}>
          ${t.exportMarkdown}
        </button>
        <button class="text-button" @click=${() => this.exportAll('json')}>${t.exportJson}</button>
        <label class="text-button file"
          >${t.import}<input
            type="file"
            accept="application/json,.json"
            @change=${(e: Event) => this.importFile(e.target as HTMLInputElement)}
        /></label>
        ${
          archived.length
            ? html`<button class="text-button" @click=${() => this.moveArchived()}>
                ${t.moveArchived(archived.length)}
              </button>`
            : nothing
        }
      </div>
      <div role="status" aria-live="polite" class="muted">${this.message}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    </section>`;
  }

  private async collect(entries: readonly ConversationEntry[]): Promise<Exported[]> {
    const library = libraryFor(this.connection!);
    const items: Exported[] = [];
    for (const entry of entries) items.push({ entry, doc: await library.read(entry.id) });
    return items;
  }

  private readonly when = (iso: string) =>
    new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );

  private async exportAll(format: 'markdown' | 'json'): Promise<void> {
    if (!this.connection) return;
    this.error = '';
    try {
      const items = await this.collect(this.entries);
      const day = new Date().toISOString().slice(0, 10);
      if (format === 'json')
        download(
          `ai-chat-conversations-${day}.json`,
          conversationsToJson(items, new Date(), await memoryNow(this.connection)),
        );
      else
        download(
          `ai-chat-conversations-${day}.md`,
          conversationsToMarkdown(items, this.when),
          'text/markdown',
        );
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.connection) return;
    this.error = this.message = '';
    try {
      if (file.size > LIMITS.conversationsFileBytes)
        throw new Error(strings.problems.fileTooLarge(LIMITS.conversationsFileBytes));
      const text = await file.text();
      const items = parseConversations(text);
      checkImportedConversations(items);
      const facts = checkImportedFacts(memoryOfFile(text));
      const { added, changed } = await libraryFor(this.connection).importConversations(items);
      if (facts.length)
        await changeMemory(
          this.connection,
          (doc) => mergeMemory(doc, { ...doc, items: facts }).value,
        );
      this.message = t.imported(items.length, added, changed);
      void this.measure();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  /** Archived conversations to a JSON file, then, once the user says so, out of user data. */
  private async moveArchived(): Promise<void> {
    if (!this.connection) return;
    this.error = '';
    try {
      const archived = this.entries.filter((e) => e.archived?.value);
      const items = await this.collect(archived);
      download(
        `ai-chat-archived-${new Date().toISOString().slice(0, 10)}.json`,
        conversationsToJson(items),
      );
      if (!confirm(t.confirmMove(archived.length))) return;
      const library = libraryFor(this.connection);
      for (const e of archived) library.setDeleted(e.id, true);
      await library.index.saved();
      for (const e of archived) await library.purge(e.id);
      this.message = t.moved(archived.length);
      void this.measure();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  static override styles = [
    themeStyles,
    formStyles,
    settingsStyles,
    css`
      .meter {
        color: var(--primary-text-color);
      }
      meter {
        width: 100%;
        height: 12px;
      }
      .warning {
        margin: 0;
        padding: 8px 12px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--warning-color, #ffa600) 18%, transparent);
        color: var(--primary-text-color);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-conversation-storage': OaccConversationStorage;
  }
}
