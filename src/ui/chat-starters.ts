import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizedElement } from './localized';
import { fire } from './events';
import { icon } from './icon';
import { icons, pillButtons, themeStyles } from './styles';
import { strings } from '../i18n';

/** What the chat shows of the user's memory: whether the user keeps one, whether this
 * conversation uses it, and whether the conversation is still empty (it can start without). */
export interface MemoryView {
  kept: boolean;
  uses: boolean;
  empty: boolean;
}

/**
 * Above the message box: "Use memory" for a conversation not started yet (pressed: what the user
 * asked to remember goes with it), or a line saying a conversation does not use memory.
 */
export class OaccChatStarters extends LocalizedElement {
  @property({ attribute: false }) memory: MemoryView | undefined;

  protected override render() {
    const m = this.memory;
    if (!m?.kept) return nothing;
    const t = strings.memory;
    if (!m.empty)
      return m.uses ? nothing : html`<p class="note">${icon(icons.memory)}${t.without}</p>`;
    return html`<button
      class="pill toggle"
      aria-pressed=${m.uses ? 'true' : 'false'}
      title=${t.useHint}
      @click=${() => fire(this, 'oacc-memory-toggle', undefined)}
    >
      ${icon(m.uses ? icons.memory : icons.memoryOff)}<span>${t.use}</span>
    </button>`;
  }

  static override styles = [
    themeStyles,
    pillButtons,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        padding: 0 12px;
      }
      .toggle {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        min-height: 32px;
        padding: 4px 12px;
        color: var(--oacc-muted);
        border-color: var(--divider-color, rgba(127, 127, 127, 0.4));
      }
      .toggle[aria-pressed='true'] {
        color: var(--oacc-accent);
        border-color: var(--oacc-accent-fill);
      }
      svg {
        width: 18px;
        height: 18px;
        flex: none;
      }
      .note {
        display: flex;
        align-items: center;
        gap: 6px;
        margin: 0;
        font-size: 0.9em;
        color: var(--oacc-muted);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-chat-starters': OaccChatStarters;
  }
}
