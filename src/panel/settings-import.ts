import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../ui/localized';
import { fire } from '../ui/events';
import { formStyles, settingsStyles, themeStyles } from '../ui/styles';
import {
  type ImportChange,
  type ImportReview,
  reviewSettingsImport,
} from '../guard/settings-import';
import { LIMITS } from '../guard/sizes';
import { providersWithoutKey } from '../schema/portable';
import { type Settings, emptySettings } from '../schema/settings';
import { describeError } from './provider-form';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load

const t = strings.settings;

/** One change of an import, in words. */
function changeText(c: ImportChange): string {
  const w = strings.importChanges;
  switch (c.kind) {
    case 'provider_added':
      return w.providerAdded(c.name, c.origin);
    case 'provider_removed':
      return w.providerRemoved(c.name);
    case 'provider_moved':
      return w.providerMoved(c.name, c.from, c.to);
    case 'provider_changed':
      return w.providerChanged(c.name);
    case 'key_retype':
      return w.keyRetype(c.name);
    case 'camera_approval':
      return c.on ? w.cameraApprovalOn : w.cameraApprovalOff;
    case 'confirm_removed':
      return w.confirmRemoved(c.items.join(', '));
    case 'confirm_added':
      return w.confirmAdded(c.items.join(', '));
    case 'tools':
      return c.on ? w.toolsOn : w.toolsOff;
    case 'model_tools_on':
      return w.modelToolsOn(c.provider, c.model);
    case 'max_rounds':
      return w.maxRounds(c.from, c.to);
    case 'auto_read':
      return c.on ? w.autoReadOn : w.autoReadOff;
    case 'send_spoken':
      return c.on ? w.sendSpokenOn : w.sendSpokenOff;
    case 'prompt_changed':
      return w.promptChanged;
    case 'default_changed':
      return w.defaultChanged(c.to);
  }
}

/**
 * "Import settings": reads the file, then shows everything importing it would change — what
 * loosens a guard first, marked — and imports only when the user says so. Fires
 * `oacc-import-settings` with the settings to store.
 */
export class OaccSettingsImport extends LocalizedElement {
  /** The settings now (undefined: the stored ones cannot be read, and the file replaces them). */
  @property({ attribute: false }) current: Settings | undefined;

  @state() private review: ImportReview | undefined;
  @state() private error = '';

  protected override render() {
    const review = this.review;
    return html`<label class="text-button file"
        >${t.import}<input
          type="file"
          accept="application/json,.json"
          @change=${(e: Event) => this.read(e.target as HTMLInputElement)}
      /></label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${review ? this.renderReview(review) : nothing}`;
  }

  private renderReview(review: ImportReview) {
    const changes = [...review.changes].sort((a, b) => Number(b.loosens) - Number(a.loosens));
    const missing = providersWithoutKey(review.settings);
    return html`<section class="review" role="dialog" aria-label=${t.importReview}>
      <h3>${t.importReview}</h3>
      ${
        changes.length
          ? html`<ul>
              ${changes.map(
                (c) =>
                  html`<li class=${c.loosens ? 'loosens' : ''}>
                    ${c.loosens ? html`<strong>${t.importLoosens}</strong> ` : nothing}${changeText(c)}
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t.importNoChanges}</p>`
      }
      ${missing.length ? html`<p class="muted">${t.importKeysNeeded(missing)}</p>` : nothing}
      <div class="row">
        <button class="text-button" @click=${() => (this.review = undefined)}>${t.cancel}</button>
        <button class="filled" @click=${this.confirm}>${t.importConfirm}</button>
      </div>
    </section>`;
  }

  private async read(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    this.review = undefined;
    this.error = '';
    if (!file) return;
    try {
      if (file.size > LIMITS.settingsFileBytes)
        throw new Error(strings.problems.fileTooLarge(LIMITS.settingsFileBytes));
      this.review = reviewSettingsImport(await file.text(), this.current ?? emptySettings());
    } catch (err) {
      this.error = describeError(err);
    }
  }

  private readonly confirm = () => {
    const review = this.review;
    if (!review) return;
    this.review = undefined;
    fire(this, 'oacc-import-settings', { settings: review.settings });
  };

  static override styles = [
    themeStyles,
    formStyles,
    settingsStyles,
    css`
      :host {
        display: contents;
      }
      .review {
        flex-basis: 100%;
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
        border-radius: 8px;
        padding: 8px 12px;
      }
      h3 {
        margin: 0 0 8px;
        font-size: 1em;
      }
      ul {
        margin: 0 0 8px;
        padding-inline-start: 1.2em;
      }
      .loosens {
        color: var(--error-color, #db4437);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-settings-import': OaccSettingsImport;
  }
}
