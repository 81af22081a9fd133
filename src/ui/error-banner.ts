import { css, html, nothing } from 'lit';
import { LocalizedElement } from './localized';
import { property } from 'lit/decorators.js';
import { fire } from './events';
import { icon } from './icon';
import { icons, themeStyles } from './styles';
import { strings } from '../i18n';

/** A problem and what to do about it. Announced at once (role="alert"). */
export class OaccErrorBanner extends LocalizedElement {
  @property() message = '';
  @property() hint = '';
  @property({ type: Boolean }) retryable = false;
  /** A problem that goes away only when its cause does (no provider) offers no Dismiss. */
  @property({ type: Boolean }) dismissible = true;

  protected override render() {
    if (!this.message) return nothing;
    return html`<div class="banner" role="alert">
      ${icon(icons.alert)}
      <div class="text">
        <div class="message">${this.message}</div>
        ${this.hint ? html`<div class="hint">${this.hint}</div>` : nothing}
      </div>
      <div class="actions">
        ${
          this.retryable
            ? html`<button class="text-button" @click=${() => fire(this, 'oacc-retry', undefined)}>
                ${strings.retry}
              </button>`
            : nothing
        }
        ${
          this.dismissible
            ? html`<button
                class="icon-button"
                aria-label=${strings.dismiss}
                @click=${() => fire(this, 'oacc-dismiss', undefined)}
              >
                ${icon(icons.close)}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  static override styles = [
    themeStyles,
    css`
      .banner {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        padding: 8px 8px 8px 12px;
        border-radius: 8px;
        color: var(--primary-text-color);
        background: color-mix(in srgb, var(--error-color, #db4437) 14%, transparent);
        border: 1px solid var(--error-color, #db4437);
      }
      .banner > svg {
        flex: none;
        fill: var(--error-color, #db4437);
        margin-top: 2px;
      }
      .text {
        flex: 1;
        min-width: 0;
      }
      .message {
        font-weight: 500;
      }
      .hint {
        margin-top: 2px;
        color: var(--oacc-muted, var(--secondary-text-color));
      }
      .actions {
        display: flex;
        align-items: center;
        gap: 4px;
      }
      .icon-button {
        width: 32px;
        height: 32px;
      }
      .text-button {
        border: none;
        background: none;
        color: var(--oacc-accent);
        font-weight: 500;
        padding: 6px 8px;
        border-radius: 4px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-error-banner': OaccErrorBanner;
  }
}
