import { LitElement, css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { HassEntity } from 'home-assistant-js-websocket';
import { themeStyles } from './styles';
import type { SessionState } from '../chat/session';
import { strings } from '../i18n/en';

/** The conversation log, the error banner and the composer. State in, events out. */
export class OaccChatView extends LitElement {
  @property({ attribute: false }) state: SessionState = { messages: [], busy: false };
  /** A problem that keeps the chat from working at all (no provider, invalid settings). */
  @property({ attribute: false }) blocker: { message: string; hint?: string } | undefined;
  /** The frontend's live states, for tool-call rows. */
  @property({ attribute: false }) states: Readonly<Record<string, HassEntity>> | undefined;

  @query('.log') private log!: HTMLElement;
  private stickToBottom = true;

  override focus(): void {
    this.renderRoot.querySelector('oacc-composer')?.focus();
  }

  protected override render() {
    const { messages, busy, error, retry, announcement } = this.state;
    const banner = this.blocker ?? error;
    return html`<div
        class="log"
        role="log"
        aria-live="off"
        aria-label=${strings.panelTitle}
        @scroll=${this.onScroll}
      >
        ${
          messages.length
            ? repeat(
                messages,
                (m) => m.id,
                (m) =>
                  html`<oacc-chat-message
                    .message=${m}
                    .states=${m.tool_calls?.length ? this.states : undefined}
                  ></oacc-chat-message>`,
              )
            : html`<div class="empty">${strings.emptyConversation}</div>`
        }
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${announcement ? strings.announceAnswer(announcement) : ''}
      </div>
      ${retry ? html`<div class="retry" role="status">${retry.reason} Retrying in ${Math.ceil(retry.delayMs / 1000)} s…</div>` : nothing}
      ${
        banner
          ? html`<oacc-error-banner
              .message=${banner.message}
              .hint=${banner.hint ?? ''}
              ?retryable=${!this.blocker && !busy && messages.at(-1)?.role === 'user'}
              .dismissible=${!this.blocker}
            ></oacc-error-banner>`
          : nothing
      }
      <oacc-composer ?busy=${busy} ?disabled=${Boolean(this.blocker)}></oacc-composer>`;
  }

  protected override updated(): void {
    // Messages render after this view does: scroll once they have, in the next frame.
    if (this.stickToBottom)
      requestAnimationFrame(() => {
        if (this.stickToBottom) this.log.scrollTop = this.log.scrollHeight;
      });
  }

  private onScroll(): void {
    const { scrollTop, scrollHeight, clientHeight } = this.log;
    this.stickToBottom = scrollHeight - scrollTop - clientHeight < 48;
  }

  static override styles = [
    themeStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
        min-height: 0;
      }
      .log {
        flex: 1;
        min-height: 120px;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 8px;
        padding: 4px 2px;
        overscroll-behavior: contain;
      }
      .empty {
        margin: auto;
        color: var(--secondary-text-color);
        text-align: center;
        padding: 24px 8px;
      }
      .retry {
        font-size: 0.9em;
        color: var(--secondary-text-color);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-chat-view': OaccChatView;
  }
}
