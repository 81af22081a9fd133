import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { HassEntity } from 'home-assistant-js-websocket';
import { themeStyles } from './styles';
import type { ChatMessage } from '../schema/conversation';
import { strings } from '../i18n/en';

/** One message: the user's question as plain text, the assistant's answer as sanitized markdown,
 * its reasoning apart (collapsed), its tool calls as rows, and whether it was cut off. */
export class OaccChatMessage extends LitElement {
  @property({ attribute: false }) message!: ChatMessage;
  /** Live states for the entities its tool calls touched. */
  @property({ attribute: false }) states: Readonly<Record<string, HassEntity>> | undefined;

  protected override render() {
    const m = this.message;
    const who = m.role === 'user' ? strings.you : strings.assistant;
    const streaming = m.status === 'streaming';
    return html`<div class="bubble ${m.role}" aria-busy=${streaming ? 'true' : 'false'}>
      <span class="visually-hidden">${who}:</span>
      ${
        m.reasoning
          ? html`<details class="reasoning">
              <summary>${streaming && !m.content ? strings.thinking : strings.reasoning}</summary>
              <div class="reasoning-text">${m.reasoning}</div>
            </details>`
          : nothing
      }
      ${
        m.role === 'user'
          ? html`<div class="plain">${m.content}</div>`
          : html`<oacc-markdown .text=${m.content}></oacc-markdown>`
      }
      ${streaming && !m.content && !m.reasoning ? html`<span class="dots" aria-label=${strings.thinking}><i></i><i></i><i></i></span>` : nothing}
      ${(m.tool_calls ?? []).map(
        (call) => html`<oacc-tool-call .call=${call} .states=${this.states}></oacc-tool-call>`,
      )}
      ${m.status === 'cut' ? html`<div class="note">${strings.cutOff}</div>` : nothing}
      ${m.status === 'stopped' ? html`<div class="note">${strings.stoppedByUser}</div>` : nothing}
    </div>`;
  }

  static override styles = [
    themeStyles,
    css`
      :host {
        display: flex;
      }
      .bubble {
        max-width: min(85%, 720px);
        padding: 8px 12px;
        border-radius: 16px;
        box-sizing: border-box;
        min-width: 0;
      }
      .user {
        margin-inline-start: auto;
        background: var(--primary-color, #03a9f4);
        color: var(--text-primary-color, #fff);
        border-end-end-radius: 4px;
      }
      .assistant {
        margin-inline-end: auto;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
        border-end-start-radius: 4px;
      }
      .plain {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      details {
        margin: 4px 0;
        color: var(--secondary-text-color);
      }
      summary {
        cursor: pointer;
        display: flex;
        align-items: center;
        gap: 6px;
      }
      summary svg {
        width: 16px;
        height: 16px;
      }
      .reasoning-text {
        white-space: pre-wrap;
        font-size: 0.9em;
        border-inline-start: 2px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        padding-inline-start: 8px;
        margin-top: 4px;
      }
      .note {
        margin-top: 4px;
        font-size: 0.85em;
        font-style: italic;
        color: var(--secondary-text-color);
      }
      .dots {
        display: inline-flex;
        gap: 4px;
        padding: 6px 0;
      }
      .dots i {
        width: 6px;
        height: 6px;
        border-radius: 50%;
        background: currentColor;
        opacity: 0.4;
        animation: blink 1.2s infinite;
      }
      .dots i:nth-child(2) {
        animation-delay: 0.2s;
      }
      .dots i:nth-child(3) {
        animation-delay: 0.4s;
      }
      @keyframes blink {
        50% {
          opacity: 1;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .dots i {
          animation: none;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-chat-message': OaccChatMessage;
  }
}
