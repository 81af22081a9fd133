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

/** The persona of the conversation, and whether it can still be picked (the panel, before the
 * first question). */
export interface PersonaView {
  options: readonly { id: string; name: string; icon?: string | undefined }[];
  id: string | undefined;
  pickable: boolean;
}

const named = (p: { name: string; icon?: string | undefined }) =>
  p.icon ? `${p.icon} ${p.name}` : p.name;

/**
 * Above the message box: the persona (picked for a conversation not started yet in the panel,
 * else named), "Use memory" for a conversation not started yet (pressed: what the user asked to
 * remember goes with it) or a line saying a conversation does not use memory, and a card's quick
 * prompts as chips, each sent with one tap.
 */
export class OaccChatStarters extends LocalizedElement {
  @property({ attribute: false }) memory: MemoryView | undefined;
  @property({ attribute: false }) persona: PersonaView | undefined;
  @property({ attribute: false }) chips: readonly { id: string; label: string }[] | undefined;
  @property({ type: Boolean }) busy = false;

  protected override render() {
    return html`${this.renderPersona()}${this.renderMemory()}${this.renderChips()}`;
  }

  private renderPersona() {
    const p = this.persona;
    if (!p) return nothing;
    const t = strings.personas;
    const current = p.options.find((o) => o.id === p.id);
    if (!p.pickable)
      return current ? html`<p class="note">${t.using(named(current))}</p>` : nothing;
    return html`<label class="persona"
      >${t.pick}
      <select
        @change=${(e: Event) =>
          fire(this, 'oacc-persona', { id: (e.target as HTMLSelectElement).value || null })}
      >
        <option value="" ?selected=${!current}>${t.none}</option>
        ${p.options.map(
          (o) => html`<option value=${o.id} ?selected=${o.id === p.id}>${named(o)}</option>`,
        )}
      </select></label
    >`;
  }

  private renderMemory() {
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

  private renderChips() {
    const chips = this.chips;
    if (!chips?.length) return nothing;
    return html`<div class="chips" role="group" aria-label=${strings.quickPrompts.title}>
      ${chips.map(
        (c) =>
          html`<button
            class="pill chip"
            ?disabled=${this.busy}
            @click=${() => fire(this, 'oacc-quick-prompt', { id: c.id })}
          >
            ${c.label}
          </button>`,
      )}
    </div>`;
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
      .persona {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        color: var(--oacc-muted);
        font-size: 0.9em;
      }
      select {
        font: inherit;
        color: var(--primary-text-color);
        background: var(--card-background-color, #fff);
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        border-radius: 16px;
        padding: 4px 8px;
        min-height: 32px;
      }
      .chips {
        display: flex;
        gap: 6px;
        overflow-x: auto;
        flex: 1 1 100%;
        padding-bottom: 2px;
      }
      .chip {
        flex: none;
        min-height: 36px;
        white-space: nowrap;
      }
      .chip:disabled {
        opacity: 0.6;
        cursor: default;
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
