import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { HomeAssistant, LovelaceCardEditor } from 'custom-card-helpers';
import { ChatController, chatViewFor } from '../ui/chat-controller';
import { icons, themeStyles } from '../ui/styles';
import { CARD_TYPE, type CardConfig, parseCardConfig } from '../schema/card-config';
import { strings } from '../i18n/en';

export const EDITOR_TAG = 'openai-compatible-conversation-card-editor';

/** The Lovelace card `custom:openai-compatible-conversation-card`: config in, one chat out. */
export class OpenaiCompatibleConversationCard extends LitElement {
  static getConfigElement(): LovelaceCardEditor {
    return document.createElement(EDITOR_TAG) as LovelaceCardEditor;
  }

  static getStubConfig(): Partial<CardConfig> {
    return {};
  }

  @state() private config: CardConfig = { type: `custom:${CARD_TYPE}` };

  private readonly chat = new ChatController(this);
  private _hass: HomeAssistant | undefined;

  /** Home Assistant sets this on every state change in the house; only a new connection (or a
   * new user) matters to the chat, so nothing else re-renders. */
  set hass(hass: HomeAssistant) {
    const old = this._hass;
    this._hass = hass;
    if (old?.connection !== hass.connection || old?.user?.id !== hass.user?.id) this.updateChat();
    this.chat.setStates(hass.states);
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

  private updateChat(): void {
    this.chat.set({
      connection: this._hass?.connection,
      config: this.config,
      // One conversation per dashboard view and card title.
      conversationId: `card:${location.pathname}:${this.config.title ?? ''}`,
      userName: this._hass?.user?.name,
    });
  }

  protected override render() {
    const title = this.config.title;
    return html`<ha-card>
      <div class="header">
        ${title ? html`<h2 class="title">${title}</h2>` : html`<span></span>`}
        ${
          this.chat.state.messages.length
            ? html`<button
                class="icon-button"
                aria-label=${strings.clear}
                title=${strings.clear}
                @click=${() => this.chat.clear()}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icons.delete}></path></svg>
              </button>`
            : nothing
        }
      </div>
      ${chatViewFor(this.chat)}
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
        overflow: hidden;
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
