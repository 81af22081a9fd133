import { html, nothing } from 'lit';
import { conversationPanelStyles } from './conversation-panel.styles';
import { keepReadable } from '../ui/contrast';
import { LocalizedElement } from '../ui/localized';
import { property, state } from 'lit/decorators.js';
import type { HomeAssistant } from 'custom-card-helpers';
import { ChatController } from '../ui/chat-controller';
import { chatViewFor } from '../ui/chat-view-for';
import type { HassView } from '../ha/exposed-entities';
import { ConversationsController } from '../ui/conversations-controller';
import { icon } from '../ui/icon';
import { navigate } from '../ui/navigate';
import { icons } from '../ui/styles';
import { titleOf } from '../chat/search';
import type { Settings } from '../schema/settings';
import { newId } from '../sync/clock';
import { followUser, strings, userLanguage } from '../i18n';
import { HA_PROVIDER_ID, type HomeAgent, homeAgents } from '../ha/agents';
import '../i18n/pages'; // the pages' words, which stay out of the first load
import { type Route, conversationUsage, pathOf, routeOf, shortcut } from './panel-route';
import {
  ConversationSearch,
  Deletions,
  listProblem,
  exportConversation,
  modelPicker,
} from './conversation-actions';

const t = strings.conversations;

/**
 * The sidebar panel (`oacc-conversation-panel`, inside `openai-compatible-conversation-panel`,
 * see panel-loader.ts): the conversation list (a drawer on a
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
  /** A chunk of this card could not be loaded: the card was updated since the page was. */
  @state() private outdated = false;
  /** Home Assistant's own conversation agents, offered beside the providers' models. */
  @state() private agents: HomeAgent[] = [];
  /** The new conversation shown when none is chosen (stored with its first message). */
  @state() private newConversationId = newId();

  private readonly chat = new ChatController(this);
  private readonly conversations = new ConversationsController(this, () => this.updateChat());
  private _hass: HomeAssistant | undefined;
  private readonly deletions = new Deletions(() => this.requestUpdate());
  private readonly searcher = new ConversationSearch();
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
    if (old?.themes !== hass.themes)
      this.updateComplete.then(() =>
        keepReadable(this, this.renderRoot.querySelector<HTMLElement>('.toolbar')),
      );
    if (old?.connection !== hass.connection || old?.user?.id !== hass.user?.id) {
      this.conversations.setConnection(hass.connection);
      this.updateChat();
      void homeAgents(hass.connection).then((agents) => (this.agents = agents));
    }
    this.chat.setHass(hass as unknown as HassView);
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown);
    this.load('list', () => import('../entries/list'));
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
    this.deletions.forget();
  }

  private get routed(): Route {
    return this.navigated ?? routeOf(this.route?.path ?? '');
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
    if (prefix) navigate(pathOf(prefix, route), replace);
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
    if (settings) this.load('settings', () => import('../entries/settings'));
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
                ${this.narrow ? nothing : conversationUsage(this.chat.state.usage)}
                ${this.renderModelPicker()}
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
                .hass=${this._hass}
                .locale=${this.locale}
              ></oacc-settings-page>
            </div>`
          : html`<div class="body">
              ${this.renderList()}
              <main>${chatViewFor(this.chat, 'panel')}</main>
            </div>`
      }
      ${
        this.deletions.undo
          ? html`<div class="snackbar" role="status">
              <span>${t.deleted(this.deletions.undo.title)}</span>
              <button
                class="text-button"
                @click=${() => this.deletions.undoLast(this.conversations.library)}
              >
                ${t.undo}
              </button>
            </div>`
          : nothing
      }`;
  }

  private renderList() {
    const hidden = this.narrow && !this.drawerOpen;
    const list = html`<oacc-conversation-list
      id="conversations"
      .entries=${this.conversations.entries}
      .current=${this.chat.conversationId}
      .hits=${this.hits}
      .locale=${this.locale}
      .problem=${listProblem(this.conversations.state)}
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

  /** The model of this conversation, from the user's providers; switching mid-way is fine. */
  private renderModelPicker() {
    const s = this.chat.settings;
    const model = this.chat.model;
    if (s.status !== 'ready') return nothing;
    return modelPicker(
      s.settings,
      this.agents,
      model ? `${model.provider.id}\u0000${model.model}` : '',
      (value) => this.pickModel(s.settings, value),
    );
  }

  private deleteConversation(id: string): void {
    const library = this.conversations.library;
    if (!library) return;
    if (!this.deletions.delete(library, id, titleOf(this.entryOf(id)))) return;
    if (id === this.chat.conversationId) this.go({ kind: 'chat' });
  }

  private async exportConversation(id: string, format: 'markdown' | 'json'): Promise<void> {
    const library = this.conversations.library;
    const entry = this.entryOf(id);
    if (library && entry) await exportConversation(library, entry, format, this.formatTime);
  }

  private async search(query: string): Promise<void> {
    const library = this.conversations.library;
    const hits = library
      ? await this.searcher.search(query, library, this.conversations.entries)
      : undefined;
    if (hits !== false) this.hits = hits;
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

  private readonly formatTime = (iso: string) =>
    new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );

  /** Alt+Shift+N: a new conversation; "/" (outside a text field): the message box; Escape:
   * stops the answer (the chat's own Escape handles it when the focus is in the chat). */
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (this.routed.kind !== 'chat' || e.defaultPrevented) return;
    const action = shortcut(e, this.chat.state.busy);
    if (!action) return;
    e.preventDefault();
    if (action === 'new') this.newConversation();
    else if (action === 'message') this.focusComposer();
    else this.chat.stop();
  };

  private toggleMenu(): void {
    this.dispatchEvent(new CustomEvent('hass-toggle-menu', { bubbles: true, composed: true }));
  }

  static override styles = conversationPanelStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-conversation-panel': OaccConversationPanel;
  }
}
