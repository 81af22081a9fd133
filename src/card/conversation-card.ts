import { css, html, nothing } from 'lit';
import { LocalizedElement } from '../ui/localized';
import { state } from 'lit/decorators.js';
import type { HomeAssistant, LovelaceCardEditor } from 'custom-card-helpers';
import { ChatController } from '../ui/chat-controller';
import { chatViewFor } from '../ui/chat-view-for';
import type { HassView } from '../ha/exposed-entities';
import { ConversationsController } from '../ui/conversations-controller';
import { icon } from '../ui/icon';
import { dashboardTitle, navigate, panelPath } from '../ui/navigate';
import { icons, themeStyles } from '../ui/styles';
import { CARD_TYPE, type CardConfig, parseCardConfig } from '../schema/card-config';
import type { ConversationSource } from '../schema/conversation';
import { clock, newId } from '../sync/clock';
import { followUser, strings } from '../i18n';
import { TAGS } from '../const';

/**
 * The Lovelace card `custom:openai-compatible-conversation-card`: config in, one chat out. Its
 * conversation is the newest one this card (this dashboard path and title) started, kept in the
 * user's conversation list beside the panel's; with `fresh_conversation` a new one starts at
 * each visit.
 */
export class OpenaiCompatibleConversationCard extends LocalizedElement {
  /** Home Assistant awaits this: the editor's code is loaded now, not with every dashboard. A
   * page opened before the card was updated asks for the old build's chunk, gone by then: it is
   * told to reload, never given a newer file. */
  static async getConfigElement(): Promise<LovelaceCardEditor> {
    try {
      await import('../entries/editor');
    } catch {
      return document.createElement(TAGS.outdated) as LovelaceCardEditor;
    }
    return document.createElement(TAGS.editor) as LovelaceCardEditor;
  }

  static getStubConfig(): Partial<CardConfig> {
    return {};
  }

  @state() private config: CardConfig = { type: `custom:${CARD_TYPE}` };

  private readonly chat = new ChatController(this);
  private readonly conversations = new ConversationsController(this, () => this.updateChat());
  private _hass: HomeAssistant | undefined;
  /** The conversation this visit starts, until it is stored (or the one it started). */
  private visitId = newId();

  /** Home Assistant sets this on every state change in the house; only a new connection (or a
   * new user) matters to the chat, so nothing else re-renders. */
  set hass(hass: HomeAssistant) {
    const old = this._hass;
    this._hass = hass;
    followUser(hass);
    if (old?.connection !== hass.connection || old?.user?.id !== hass.user?.id) {
      this.conversations.setConnection(hass.connection);
      this.updateChat();
    }
    this.chat.setHass(hass as unknown as HassView);
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  setConfig(config: unknown): void {
    this.config = parseCardConfig(config);
    this.updateChat();
  }

  getCardSize(): number {
    return 8;
  }

  getGridOptions() {
    return { columns: 12, rows: 8, min_columns: 4, min_rows: 4 };
  }

  override connectedCallback(): void {
    // A new visit of a kiosk card starts a new conversation.
    if (this.config.fresh_conversation && !this.chat.state.busy) this.visitId = newId();
    super.connectedCallback();
    this.updateChat();
  }

  /** Conversations this card started are found again by this key (as version 1 named them). */
  private get key(): string {
    return `card:${location.pathname}:${this.config.title ?? ''}`;
  }

  private get source(): ConversationSource {
    const dashboard = dashboardTitle(this._hass, location.pathname);
    const title = this.config.title ?? strings.cardDefaultTitle;
    return {
      kind: 'card',
      key: this.key,
      label: dashboard ? `${dashboard} · ${title}` : title,
      path: location.pathname,
    };
  }

  /** '' until the list is read; then this visit's conversation, or the card's newest. */
  private conversationId(): string {
    const index = this.conversations.state;
    if (index.status === 'loading') return '';
    // An answer streaming goes on where it is, whatever another tab starts meanwhile.
    if (this.chat.state.busy && this.chat.conversationId) return this.chat.conversationId;
    if (this.config.fresh_conversation || index.status !== 'ready') return this.visitId;
    const key = this.key;
    const newest = this.conversations.entries.find(
      (e) => e.source?.key === key && !e.archived?.value,
    );
    return newest?.id ?? this.visitId;
  }

  private updateChat(): void {
    this.chat.set({
      connection: this._hass?.connection,
      config: this.config,
      conversationId: this.conversationId(),
      source: this.source,
      userName: this._hass?.user?.name,
      beforeSend: this.beforeSend,
    });
  }

  /** Before the first question of a conversation not stored yet: on releases that push no
   * changes, read the list again, in case another tab or device started this card's
   * conversation meanwhile (the question then goes there). */
  private readonly beforeSend = async () => {
    if (this.chat.state.messages.length || this.config.fresh_conversation) return;
    await this.conversations.library?.index.refresh();
    this.updateChat();
  };

  /** Starts a new conversation; the current one stays in the list. */
  private newConversation(): void {
    this.visitId = newId();
    if (!this.config.fresh_conversation) {
      // Stored at once, so that this card's other tabs and devices move to it too.
      const source = this.source;
      const at = clock.now();
      this.conversations.library?.update(this.visitId, (e) => ({
        ...e,
        source,
        updated_at: at,
      }));
    }
    this.updateChat();
  }

  private openInPanel(path: string): void {
    navigate(`/${path}/conversation/${encodeURIComponent(this.chat.conversationId)}`);
  }

  protected override render() {
    const title = this.config.title;
    const hasMessages = this.chat.state.messages.length > 0;
    const panel = panelPath(this._hass);
    return html`<ha-card>
      <div class="header">
        ${title ? html`<h2 class="title">${title}</h2>` : html`<span></span>`}
        <span class="buttons">
          ${
            panel && hasMessages
              ? html`<button
                  class="icon-button"
                  aria-label=${strings.openInPanel}
                  title=${strings.openInPanel}
                  @click=${() => this.openInPanel(panel)}
                >
                  ${icon(icons.openInPanel)}
                </button>`
              : nothing
          }
          ${
            hasMessages
              ? html`<button
                  class="icon-button"
                  aria-label=${strings.conversations.new}
                  title=${strings.conversations.new}
                  ?disabled=${this.chat.state.busy}
                  @click=${() => this.newConversation()}
                >
                  ${icon(icons.add)}
                </button>`
              : nothing
          }
        </span>
      </div>
      ${chatViewFor(this.chat, 'card')}
    </ha-card>`;
  }

  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      ha-card {
        display: flex;
        flex-direction: column;
        box-sizing: border-box;
        height: 100%;
        min-height: 320px;
        max-height: var(--oacc-card-max-height, 640px);
        padding: 8px 12px 12px;
        /* clip, not hidden: nothing (a focus, a find in page) can scroll the card's content. */
        overflow: clip;
        background: var(--ha-card-background, var(--card-background-color, #fff));
        border-radius: var(--ha-card-border-radius, 12px);
        border: var(--ha-card-border-width, 1px) solid
          var(--ha-card-border-color, var(--divider-color, #e0e0e0));
        box-shadow: var(--ha-card-box-shadow, none);
        color: var(--primary-text-color);
      }
      .header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        min-height: 40px;
      }
      .buttons {
        display: inline-flex;
      }
      .title {
        margin: 0;
        font-size: var(--ha-card-header-font-size, 20px);
        font-weight: 400;
        color: var(--ha-card-header-color, var(--primary-text-color));
      }
      oacc-chat-view {
        flex: 1;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'openai-compatible-conversation-card': OpenaiCompatibleConversationCard;
  }
}
