import { css, html } from 'lit';
import { LocalizedElement } from './localized';
import { property, query, state } from 'lit/decorators.js';
import { fire } from './events';
import { icon } from './icon';
import { icons, themeStyles } from './styles';
import { strings } from '../i18n';

/** The text box "Message" with "Send", or "Stop" while an answer streams. */
export class OaccComposer extends LocalizedElement {
  @property({ type: Boolean }) busy = false;
  @property({ type: Boolean }) disabled = false;

  @state() private value = '';
  @query('textarea') private textarea!: HTMLTextAreaElement;

  override focus(): void {
    this.textarea?.focus();
  }

  protected override render() {
    const canSend = !this.disabled && this.value.trim().length > 0;
    return html`<form @submit=${this.onSubmit}>
      <textarea
        aria-label=${strings.message}
        placeholder=${strings.placeholder}
        rows="1"
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
      ></textarea>
      ${
        this.busy
          ? html`<button
              type="button"
              class="action stop"
              aria-label=${strings.stop}
              title=${strings.stop}
              @click=${this.onStop}
            >
              ${icon(icons.stop)}
            </button>`
          : html`<button
              type="submit"
              class="action"
              aria-label=${strings.send}
              title=${strings.send}
              ?disabled=${!canSend}
            >
              ${icon(icons.send)}
            </button>`
      }
    </form>`;
  }

  private onInput(e: InputEvent): void {
    const textarea = e.target as HTMLTextAreaElement;
    this.value = textarea.value;
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight, 160)}px`;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      this.submit();
    }
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.submit();
  }

  private submit(): void {
    const text = this.value.trim();
    if (!text || this.busy || this.disabled) return;
    fire(this, 'oacc-send', { text });
    this.value = '';
    this.textarea.style.height = 'auto';
  }

  private onStop(): void {
    fire(this, 'oacc-stop', undefined);
    // Keep focus in the composer for the next question.
    void this.updateComplete.then(() => this.textarea.focus());
  }

  static override styles = [
    themeStyles,
    css`
      form {
        display: flex;
        align-items: flex-end;
        gap: 8px;
      }
      textarea {
        flex: 1;
        min-width: 0;
        resize: none;
        box-sizing: border-box;
        min-height: 44px;
        max-height: 160px;
        padding: 11px 14px;
        border-radius: 22px;
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        background: var(
          --input-fill-color,
          var(--secondary-background-color, rgba(127, 127, 127, 0.08))
        );
        color: var(--primary-text-color);
        font: inherit;
        line-height: 20px;
      }
      textarea::placeholder {
        color: var(--secondary-text-color);
      }
      .action {
        flex: none;
        width: 44px;
        height: 44px;
        border: none;
        border-radius: 50%;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        background: var(--oacc-accent-fill);
        color: #fff;
      }
      .action:disabled {
        opacity: 0.4;
        cursor: default;
      }
      .action.stop {
        background: var(--secondary-text-color, #727272);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-composer': OaccComposer;
  }
}
