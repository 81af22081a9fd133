import { css, html, nothing } from 'lit';
import { readableBackground } from '../ui/contrast';
import { LocalizedElement } from '../ui/localized';
import { property, state } from 'lit/decorators.js';
import type { HomeAssistant } from 'custom-card-helpers';
import { ChatController, chatViewFor } from '../ui/chat-controller';
import { ConversationsController } from '../ui/conversations-controller';
import { download, fileName } from '../ui/download';
import { icon } from '../ui/icon';
import { navigate } from '../ui/navigate';
import { icons, themeStyles } from '../ui/styles';
import { findText, titleOf } from '../chat/search';
import { threadOf } from '../chat/thread';
import type { ConversationDoc } from '../schema/conversation';
import type { Settings } from '../schema/settings';
import { newId } from '../schema/stamp';
import { followUser, strings, userLanguage } from '../i18n';
import { HA_PROVIDER_ID, type HomeAgent, homeAgents } from '../ha/agents';
import { formatCost, formatCount } from '../ui/format';
import '../i18n/pages'; // the pages' words, which stay out of the first load

const t = strings.conversations;
/** How long a deleted conversation can be brought back before its messages are removed. */
const UNDO_MS = 10_000;

type Route = { kind: 'chat'; id?: string | undefined } | { kind: 'settings' };

/**
 * The sidebar panel (`oacc-conversation-panel`, inside `openai-compatible-conversation-panel`,
 * see panel-shell.ts): the conversation list (a drawer on a
 * phone), the chat with a model picker per conversation, and the settings pages. Its URL says
 * what is open: `/<panel>/conversation/<id>`, `/<panel>/settings`.
 */
export class OaccConversationPanel extends LocalizedElement {
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) panel: unknown;
  /** Home Assistant's route for the panel: `path` is what follows its URL (`/settings`). */
  @property({ attribute: false }) route: { prefix?: string; path?: string } | undefined;
  /** Set when navigating without Home Assistant's router (tests, older releases). */
  @state() private navigated: Route | undefined;
  @state() private drawerOpen = false;
  @state() private hits: ReadonlyMap<string, string> | undefined;
  @state() private undo: { id: string; title: string } | undefined;
  /** A chunk of this card could not be loaded: the card was updated since the page was. */
  @state() private outdated = false;
  /** Home Assistant's own conversation agents, offered beside the providers' models. */
  @state() private agents: HomeAgent[] = [];
  /** The new conversation shown when none is chosen (stored with its first message). */
  @state() private newConversationId = newId();

  private readonly chat = new ChatController(this);
  private readonly conversations = new ConversationsController(this, () => this.updateChat());
  private _hass: HomeAssistant | undefined;
  private readonly undoTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private searchRun = 0;
  private readonly searchCache = new Map<string, { at: string; doc: ConversationDoc }>();
  /** The chat's config: the conversation's model (the same object while it is the same). */
  private chatConfig: { provider_id?: string; model_id?: string } = {};

  /** Before the first question of the new conversation shown by default: on releases that push
   * no changes, read the list again, so that a conversation another tab or device started
   * meanwhile is the one continued (as a push would have shown it). */
  private readonly beforeSend = async () => {
    const route = this.routed;
    if (route.kind !== 'chat' || route.id || this.chat.state.messages.length) return;
    await this.conversations.library?.index.refresh();
    this.updateChat();
  };

  set hass(hass: HomeAssistant) {
    const old = this._hass;
    this._hass = hass;
    followUser(hass);
    if (old?.themes !== hass.themes) this.updateComplete.then(() => this.checkHeaderContrast());
    if (old?.connection !== hass.connection || old?.user?.id !== hass.user?.id) {
      this.conversations.setConnection(hass.connection);
      this.updateChat();
      void homeAgents(hass.connection).then((agents) => (this.agents = agents));
    }
    this.chat.setStates(hass.states);
  }

  /** The header takes the theme's colours, darkened (or lightened) as little as needed where
   * its text would not read at 4.5:1 (white on the default light blue of Home Assistant 2025.1
   * is 2.6:1). */
  private checkHeaderContrast(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.toolbar');
    if (!bar) return;
    this.style.removeProperty('--oacc-header-background');
    const { color, backgroundColor } = getComputedStyle(bar);
    const fixed = readableBackground(color, backgroundColor);
    if (fixed) this.style.setProperty('--oacc-header-background', fixed);
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown);
    this.load('list', () => import('./list-chunk'));
  }

  /** Loads a chunk of the panel (its list, its settings pages) the first time it is needed. A
   * chunk that is gone (the card was updated under this open page) asks for a reload. */
  private load(name: string, chunk: () => Promise<unknown>): void {
    if (this.chunks.has(name)) return;
    this.chunks.add(name);
    chunk().catch(() => (this.outdated = true));
  }

  private readonly chunks = new Set<string>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeyDown);
    // Deletions still waiting for Undo are purged by the next page that opens the list.
    for (const timer of this.undoTimers.values()) clearTimeout(timer);
    this.undoTimers.clear();
  }

  private get routed(): Route {
    if (this.navigated) return this.navigated;
    const path = this.route?.path ?? '';
    if (path.startsWith('/settings')) return { kind: 'settings' };
    const id = /^\/conversation\/([^/]+)/.exec(path)?.[1];
    return { kind: 'chat', id: id ? decodeURIComponent(id) : undefined };
  }

  /** The conversation shown: the one in the URL (unless it was deleted), else the newest,
   * else a new one. */
  private get currentId(): string {
    const route = this.routed;
    const entries = this.conversations.entries;
    const asked = route.kind === 'chat' ? route.id : undefined;
    if (asked) {
      const entry = this.conversations.state.status === 'ready' ? this.entryOf(asked) : undefined;
      if (!entry?.deleted?.value) return asked;
    }
    const newest = entries.find((e) => !e.archived?.value && (e.stats?.messages ?? 0) > 0);
    return newest?.id ?? this.newConversationId;
  }

  private entryOf(id: string) {
    const s = this.conversations.state;
    return s.status === 'ready' ? s.value.conversations.find((e) => e.id === id) : undefined;
  }

  private updateChat(): void {
    const hass = this._hass;
    const ready = this.conversations.state.status !== 'loading';
    const id = ready ? this.currentId : '';
    const model = id ? this.entryOf(id)?.model : undefined;
    const config = model ? { provider_id: model.provider_id, model_id: model.model_id } : {};
    const before = this.chatConfig;
    this.chatConfig =
      before.provider_id === config.provider_id && before.model_id === config.model_id
        ? before
        : config;
    this.chat.set({
      connection: hass?.connection,
      config: this.chatConfig,
      conversationId: id,
      source: { kind: 'panel' },
      userName: hass?.user?.name,
      beforeSend: this.beforeSend,
    });
    if (this.conversations.state.status === 'ready') this.conversations.library?.purgeLeftovers();
    // The conversation shown by default (the newest) goes into the address once it exists: it
    // stays on screen when another device starts a newer one, and a reload shows it again.
    const route = this.routed;
    if (id && route.kind === 'chat' && !route.id && (this.entryOf(id)?.stats?.messages ?? 0) > 0)
      this.go({ kind: 'chat', id }, true);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // The router's route wins once it has caught up with a navigation.
    if (changed.has('route') && this.route) this.navigated = undefined;
    if (changed.has('route') || changed.has('navigated')) this.updateChat();
  }

  /** Goes to `route` through Home Assistant's router (so Back works), or by itself. */
  private go(route: Route, replace = false): void {
    this.navigated = route;
    if (!replace) this.drawerOpen = false;
    const prefix = this.route?.prefix;
    if (!prefix) return;
    navigate(
      route.kind === 'settings'
        ? `${prefix}/settings`
        : route.id
          ? `${prefix}/conversation/${encodeURIComponent(route.id)}`
          : prefix,
      replace,
    );
  }

  private newConversation(): void {
    this.newConversationId = newId();
    this.go({ kind: 'chat', id: this.newConversationId });
    void this.updateComplete.then(() => this.focusComposer());
  }

  private focusComposer(): void {
    this.renderRoot.querySelector('oacc-chat-view')?.focus();
  }

  protected override render() {
    const route = this.routed;
    const settings = route.kind === 'settings';
    if (settings) this.load('settings', () => import('./settings-chunk'));
    const id = this.chat.conversationId;
    const title = id ? titleOf(this.entryOf(id)) : '';
    return html`<header class="toolbar">
        ${
          this.narrow
            ? html`<button
                class="icon-button"
                aria-label=${strings.sidebarMenu}
                @click=${this.toggleMenu}
              >
                ${icon(icons.menu)}
              </button>`
            : nothing
        }
        ${
          settings
            ? html`<button
                  class="icon-button"
                  aria-label=${strings.settings.back}
                  title=${strings.settings.back}
                  @click=${() => this.go({ kind: 'chat', id: id || undefined })}
                >
                  ${icon(icons.back)}
                </button>
                <h1 class="grow">${strings.panelTitle} · ${strings.settings.title}</h1>`
            : html`${
                  this.narrow
                    ? html`<button
                        class="icon-button"
                        aria-label=${t.toggle}
                        title=${t.toggle}
                        aria-expanded=${this.drawerOpen ? 'true' : 'false'}
                        aria-controls="conversations"
                        @click=${() => this.openDrawer()}
                      >
                        ${icon(icons.conversations)}
                      </button>`
                    : nothing
                }
                <h1 class="grow" title=${title}>${title || strings.panelTitle}</h1>
                ${this.renderUsage()} ${this.renderModelPicker()}
                <button
                  class="icon-button"
                  aria-label=${strings.settings.title}
                  title=${strings.settings.title}
                  @click=${() => this.go({ kind: 'settings' })}
                >
                  ${icon(icons.settings)}
                </button>`
        }
      </header>
      ${this.outdated ? html`<p class="outdated" role="alert">${strings.outdated}</p>` : nothing}
      ${
        settings
          ? html`<div class="scroll">
              <oacc-settings-page
                .connection=${this._hass?.connection}
                .locale=${this.locale}
              ></oacc-settings-page>
            </div>`
          : html`<div class="body">
              ${this.renderList()}
              <main>${chatViewFor(this.chat)}</main>
            </div>`
      }
      ${
        this.undo
          ? html`<div class="snackbar" role="status">
              <span>${t.deleted(this.undo.title)}</span>
              <button class="text-button" @click=${() => this.undoDelete()}>${t.undo}</button>
            </div>`
          : nothing
      }`;
  }

  /** What the conversation's answers used, beside its title. */
  private renderUsage() {
    const u = this.chat.state.usage;
    if (!u.answers || this.narrow) return nothing;
    const tokens = formatCount(u.prompt + u.completion);
    const estimated = u.estimated
      ? ` (${strings.usage.someEstimated(formatCount(u.estimated))})`
      : '';
    return html`<span
      class="usage"
      title=${`${strings.usage.answerLong(formatCount(u.prompt), formatCount(u.completion))}${estimated}`}
      >${strings.usage.conversation(tokens)}${u.cost ? ` · ${formatCost(u.cost)}` : ''}</span
    >`;
  }

  private renderList() {
    const hidden = this.narrow && !this.drawerOpen;
    const list = html`<oacc-conversation-list
      id="conversations"
      .entries=${this.conversations.entries}
      .current=${this.chat.conversationId}
      .hits=${this.hits}
      .locale=${this.locale}
      .problem=${this.listProblem}
      @oacc-conversation-open=${(e: CustomEvent<{ id: string }>) =>
        this.go({ kind: 'chat', id: e.detail.id })}
      @oacc-conversation-new=${() => this.newConversation()}
      @oacc-conversation-rename=${(e: CustomEvent<{ id: string; title: string }>) =>
        this.conversations.library?.rename(e.detail.id, e.detail.title)}
      @oacc-conversation-archive=${(e: CustomEvent<{ id: string; archived: boolean }>) =>
        this.conversations.library?.setArchived(e.detail.id, e.detail.archived)}
      @oacc-conversation-delete=${(e: CustomEvent<{ id: string }>) =>
        this.deleteConversation(e.detail.id)}
      @oacc-conversation-export=${(e: CustomEvent<{ id: string; format: 'markdown' | 'json' }>) =>
        this.exportConversation(e.detail.id, e.detail.format)}
      @oacc-search=${(e: CustomEvent<{ query: string }>) => this.search(e.detail.query)}
    ></oacc-conversation-list>`;
    if (!this.narrow) return html`<aside>${list}</aside>`;
    return html`<div
        class="scrim"
        ?hidden=${hidden}
        @click=${() => (this.drawerOpen = false)}
      ></div>
      <aside class="drawer" ?hidden=${hidden} @keydown=${this.onDrawerKey}>${list}</aside>`;
  }

  private get listProblem(): string | undefined {
    const s = this.conversations.state;
    if (s.status === 'invalid') return t.unreadable(s.issues.slice(0, 3).join('; '));
    if (s.status === 'error') return s.message;
    return undefined;
  }

  /** The model of this conversation, from the user's providers; switching mid-way is fine. */
  private renderModelPicker() {
    const s = this.chat.settings;
    if (s.status !== 'ready' || !(s.settings.providers.length || this.agents.length))
      return nothing;
    const model = this.chat.model;
    const current = model ? `${model.provider.id}\u0000${model.modelId}` : '';
    return html`<select
      class="model"
      aria-label=${t.model}
      title=${t.model}
      @change=${(e: Event) => this.pickModel(s.settings, (e.target as HTMLSelectElement).value)}
    >
      ${s.settings.providers.map(
        (p) =>
          html`<optgroup label=${p.name}>
            ${p.models.map((m) => {
              const value = `${p.id}\u0000${m.model_id}`;
              return html`<option value=${value} ?selected=${value === current}>
                ${m.display_name ?? m.model_id}
              </option>`;
            })}
          </optgroup>`,
      )}
      ${
        this.agents.length
          ? html`<optgroup label=${strings.agents.group}>
              ${this.agents.map((a) => {
                const value = `${HA_PROVIDER_ID}\u0000${a.id}`;
                return html`<option value=${value} ?selected=${value === current}>
                  ${a.name}
                </option>`;
              })}
            </optgroup>`
          : nothing
      }
    </select>`;
  }

  private pickModel(settings: Settings, value: string): void {
    const [providerId, modelId] = value.split('\u0000');
    const library = this.conversations.library;
    const id = this.chat.conversationId;
    if (!providerId || !modelId || !library || !id) return;
    if (providerId !== HA_PROVIDER_ID && !settings.providers.some((p) => p.id === providerId))
      return;
    library.update(id, (e) => ({ ...e, source: e.source ?? { kind: 'panel' } }));
    library.setModel(id, providerId, modelId);
  }

  private get locale(): string | undefined {
    return userLanguage(this._hass);
  }

  private openDrawer(): void {
    this.drawerOpen = true;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('oacc-conversation-list')?.focusCurrent(),
    );
  }

  private onDrawerKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.drawerOpen = false;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[aria-controls="conversations"]')?.focus(),
      );
    }
  }

  private deleteConversation(id: string): void {
    const library = this.conversations.library;
    if (!library) return;
    const title = titleOf(this.entryOf(id));
    if (!library.setDeleted(id, true)) return;
    this.undo = { id, title };
    clearTimeout(this.undoTimers.get(id));
    this.undoTimers.set(
      id,
      setTimeout(() => {
        this.undoTimers.delete(id);
        if (this.undo?.id === id) this.undo = undefined;
        void library.purge(id).catch(() => undefined);
      }, UNDO_MS),
    );
    if (id === this.chat.conversationId) this.go({ kind: 'chat' });
  }

  private undoDelete(): void {
    const undo = this.undo;
    if (!undo) return;
    clearTimeout(this.undoTimers.get(undo.id));
    this.undoTimers.delete(undo.id);
    this.undo = undefined;
    this.conversations.library?.setDeleted(undo.id, false);
  }

  private async exportConversation(id: string, format: 'markdown' | 'json'): Promise<void> {
    const library = this.conversations.library;
    const entry = this.entryOf(id);
    if (!library || !entry) return;
    const [doc, { conversationsToJson, conversationsToMarkdown }] = await Promise.all([
      library.read(id),
      import('../chat/export'),
    ]);
    const name = titleOf(entry);
    if (format === 'json') download(fileName(name, 'json'), conversationsToJson([{ entry, doc }]));
    else
      download(
        fileName(name, 'md'),
        conversationsToMarkdown([{ entry, doc }], this.formatTime),
        'text/markdown',
      );
  }

  private readonly formatTime = (iso: string) =>
    new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );

  /** Searches what was said: each conversation is read once (again only when it changed). */
  private async search(query: string): Promise<void> {
    const run = ++this.searchRun;
    const library = this.conversations.library;
    if (!query.trim() || !library) {
      this.hits = undefined;
      return;
    }
    await new Promise((r) => setTimeout(r, 150));
    if (run !== this.searchRun) return;
    const hits = new Map<string, string>();
    for (const entry of this.conversations.entries) {
      let cached = this.searchCache.get(entry.id);
      if (cached?.at !== entry.updated_at) {
        try {
          cached = { at: entry.updated_at, doc: await library.read(entry.id) };
        } catch {
          continue;
        }
        this.searchCache.set(entry.id, cached);
        if (run !== this.searchRun) return;
      }
      const found = findText(threadOf(cached.doc).messages, query);
      if (found) hits.set(entry.id, found);
    }
    if (run === this.searchRun) this.hits = hits;
  }

  /** Alt+Shift+N: a new conversation; "/" (outside a text field): the message box; Escape:
   * stops the answer (the chat's own Escape handles it when the focus is in the chat). */
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (this.routed.kind !== 'chat' || e.defaultPrevented) return;
    if (e.altKey && e.shiftKey && e.code === 'KeyN') {
      e.preventDefault();
      this.newConversation();
    } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e)) {
      e.preventDefault();
      this.focusComposer();
    } else if (e.key === 'Escape' && this.chat.state.busy) {
      e.preventDefault();
      this.chat.stop();
    }
  };

  private toggleMenu(): void {
    this.dispatchEvent(new CustomEvent('hass-toggle-menu', { bubbles: true, composed: true }));
  }

  static override styles = [
    themeStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        /* The shell around it has the whole height beside the sidebar. */
        height: 100%;
        background: var(--primary-background-color, #fafafa);
      }
      .toolbar {
        display: flex;
        align-items: center;
        gap: 8px;
        height: var(--header-height, 56px);
        padding: 0 12px;
        box-sizing: border-box;
        background: var(
          --oacc-header-background,
          var(--app-header-background-color, var(--primary-color))
        );
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
      }
      .toolbar .icon-button {
        color: inherit;
      }
      h1 {
        margin: 0;
        font-size: 20px;
        font-weight: 400;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .grow {
        flex: 1;
        min-width: 0;
      }
      select.model {
        max-width: 40%;
        padding: 6px 8px;
        border-radius: 6px;
        border: 1px solid currentColor;
        background: transparent;
        color: inherit;
        font: inherit;
      }
      select.model option,
      select.model optgroup {
        color: var(--primary-text-color, #212121);
        background: var(--card-background-color, #fff);
      }
      .scroll {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
      }
      .body {
        flex: 1;
        min-height: 0;
        display: flex;
        position: relative;
      }
      aside {
        flex: none;
        width: 300px;
        overflow-y: auto;
        border-inline-end: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
        background: var(--card-background-color, #fff);
      }
      .drawer {
        position: absolute;
        inset-block: 0;
        inset-inline-start: 0;
        z-index: 5;
        width: min(320px, 85vw);
        box-shadow: 0 0 24px rgba(0, 0, 0, 0.3);
      }
      .scrim {
        position: absolute;
        inset: 0;
        z-index: 4;
        background: rgba(0, 0, 0, 0.35);
      }
      [hidden] {
        display: none !important;
      }
      .usage {
        font-size: 0.875rem;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      main {
        flex: 1;
        min-width: 0;
        min-height: 0;
        display: flex;
        justify-content: center;
        padding: 12px;
      }
      oacc-chat-view {
        width: 100%;
        max-width: 900px;
      }
      .outdated {
        margin: 0;
        padding: 8px 16px;
        background: color-mix(
          in srgb,
          var(--warning-color, #ffa600) 25%,
          var(--card-background-color, #fff)
        );
      }
      /* Under the header: Home Assistant's own toasts take the bottom of the screen (one
         that stays, such as "starting", would cover Undo there). */
      .snackbar {
        position: fixed;
        top: calc(var(--header-height, 56px) + 8px);
        left: 50%;
        transform: translateX(-50%);
        z-index: 6;
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 6px 8px 6px 16px;
        border-radius: 8px;
        background: var(--inverse-surface-color, #323232);
        color: var(--inverse-on-surface-color, #f1f1f1);
        box-shadow: 0 4px 12px rgba(0, 0, 0, 0.3);
      }
      .snackbar .text-button {
        border: none;
        background: none;
        color: var(--inverse-primary-color, #80d8ff);
        font-weight: 600;
        padding: 8px;
      }
    `,
  ];
}

/** Whether a key press goes into a text field (where "/" is a character to type). */
function isTyping(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-conversation-panel': OaccConversationPanel;
  }
}
