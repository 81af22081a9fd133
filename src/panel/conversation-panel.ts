import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HomeAssistant } from 'custom-card-helpers';
import { ChatController, chatViewFor } from '../ui/chat-controller';
import { icons, themeStyles } from '../ui/styles';
import { strings } from '../i18n/en';

/** The sidebar panel `openai-compatible-conversation-panel`: the same chat at full height. */
export class OpenaiCompatibleConversationPanel extends LitElement {
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) panel: unknown;
  /** Home Assistant's route for the panel: `path` is what follows its URL (`/settings`). */
  @property({ attribute: false }) route: { prefix?: string; path?: string } | undefined;
  /** Set when navigating here without Home Assistant's router (tests, older releases). */
  @state() private view: 'chat' | 'settings' | undefined;

  private readonly chat = new ChatController(this);
  private _hass: HomeAssistant | undefined;

  set hass(hass: HomeAssistant) {
    const old = this._hass;
    this._hass = hass;
    if (old?.connection !== hass.connection || old?.user?.id !== hass.user?.id) {
      this.chat.set({
        connection: hass.connection,
        config: {},
        conversationId: 'panel',
        userName: hass.user?.name,
      });
    }
    this.chat.setStates(hass.states);
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  private get showing(): 'chat' | 'settings' {
    return this.view ?? (this.route?.path?.startsWith('/settings') ? 'settings' : 'chat');
  }

  /** Moves between the chat and the settings through Home Assistant's router, so Back works. */
  private go(view: 'chat' | 'settings'): void {
    this.view = view;
    const prefix = this.route?.prefix;
    if (!prefix) return;
    history.pushState(null, '', `${prefix}${view === 'settings' ? '/settings' : ''}`);
    window.dispatchEvent(new CustomEvent('location-changed', { detail: { replace: false } }));
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // The router's route wins once it has caught up with a navigation.
    if (changed.has('route') && this.route) this.view = undefined;
  }

  protected override render() {
    const settings = this.showing === 'settings';
    return html`<header class="toolbar">
        ${
          this.narrow
            ? html`<button class="icon-button" aria-label="Menu" @click=${this.toggleMenu}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icons.menu}></path></svg>
              </button>`
            : null
        }
        ${
          settings
            ? html`<button
                  class="icon-button"
                  aria-label=${strings.settings.back}
                  title=${strings.settings.back}
                  @click=${() => this.go('chat')}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icons.back}></path></svg>
                </button>
                <h1 class="grow">${strings.panelTitle} · ${strings.settings.title}</h1>`
            : html`<h1>${strings.panelTitle}</h1>
                <span class="model">${this.chat.model?.modelId ?? ''}</span>
                <button
                  class="icon-button"
                  aria-label=${strings.clear}
                  title=${strings.clear}
                  @click=${() => this.chat.clear()}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icons.delete}></path></svg>
                </button>
                <button
                  class="icon-button"
                  aria-label=${strings.settings.title}
                  title=${strings.settings.title}
                  @click=${() => this.go('settings')}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d=${icons.settings}></path>
                  </svg>
                </button>`
        }
      </header>
      ${
        settings
          ? html`<div class="scroll">
              <oacc-settings-page .connection=${this._hass?.connection}></oacc-settings-page>
            </div>`
          : html`<main>${chatViewFor(this.chat)}</main>`
      }`;
  }

  private toggleMenu(): void {
    this.dispatchEvent(new CustomEvent('hass-toggle-menu', { bubbles: true, composed: true }));
  }

  static override styles = [
    themeStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        /* The panel has the whole height beside the sidebar. */
        height: 100vh;
        height: 100dvh;
        background: var(--primary-background-color, #fafafa);
      }
      .toolbar {
        display: flex;
        align-items: center;
        gap: 8px;
        height: var(--header-height, 56px);
        padding: 0 12px;
        box-sizing: border-box;
        background: var(--app-header-background-color, var(--primary-color));
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
      }
      .model {
        flex: 1;
        opacity: 0.8;
        font-size: 0.9em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .grow {
        flex: 1;
      }
      .scroll {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
      }
      main {
        flex: 1;
        min-height: 0;
        display: flex;
        justify-content: center;
        padding: 12px;
      }
      oacc-chat-view {
        width: 100%;
        max-width: 900px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'openai-compatible-conversation-panel': OpenaiCompatibleConversationPanel;
  }
}
