import { html, nothing } from 'lit';
import { providerFormStyles } from './provider-form.styles';
import { LocalizedElement } from '../ui/localized';
import { property, state } from 'lit/decorators.js';
import { fire } from '../ui/events';
import {
  type DiagnosisStep,
  type ListedModel,
  diagnose,
  dialectFor,
  listModels,
} from '../provider';
import { parseWith } from '../schema/parse';
import { keyMayGo, originOf } from '../guard/keys';
import {
  DEFAULT_TIMEOUT_S,
  DIALECT_IDS,
  type DialectId,
  type ModelSettings,
  type ProviderSettings,
  ProviderSettingsSchema,
  normalizeBaseUrl,
} from '../schema/settings';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load
import {
  type Draft,
  checked,
  describeError,
  draftOf,
  cacheOf,
  numberOrUndefined,
  providerOf,
  value,
} from './provider-draft';
import {
  type ModelsView,
  renderChosen,
  renderDiagnosis,
  renderDiscovery,
  secretInput,
} from './provider-models';

export { age, describeError } from './provider-draft';

const t = strings.settings;

/**
 * Adds or edits one provider: name, base URL, key (global or per model), timeout, and its models —
 * discovered from `GET /models` into a searchable list, or typed by hand — each with its own
 * display name, max tokens, temperature, key and tools switch. Keys are never shown: a saved key
 * reads "saved", and an empty field keeps it. Fires `oacc-provider-save` with the provider.
 */
export class OaccProviderForm extends LocalizedElement implements ModelsView {
  /** The provider being edited; none to add one. */
  @property({ attribute: false }) provider: ProviderSettings | undefined;
  /** Ids already used by other providers (a new one gets a free slug). */
  @property({ attribute: false }) takenIds: readonly string[] = [];

  @state() draft: Draft = draftOf(undefined);
  @state() listed: ListedModel[] | undefined;
  @state() filter = '';
  @state() typed = '';
  @state() busy = false;
  @state() private error = '';
  /** The last Test connection, step by step (undefined: not run since the form opened). */
  @state() private diagnosis: DiagnosisStep[] | undefined;
  @state() private testing = false;
  private testRun: AbortController | undefined;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // The same provider read again (a tab's write, a reconnect) is not a new one: what is typed
    // and a test under way stay.
    const before = changed.get('provider') as ProviderSettings | undefined;
    if (changed.has('provider') && JSON.stringify(before) !== JSON.stringify(this.provider)) {
      this.draft = draftOf(this.provider);
      this.listed = undefined;
      this.error = '';
      this.diagnosis = undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.testRun?.abort();
  }

  protected override render() {
    const d = this.draft;
    const editing = Boolean(this.provider);
    const savedKey = Boolean(this.provider?.api_key) && !d.clear_key && this.keysStay;
    return html`<fieldset class="provider-form">
      <legend>
        ${editing ? strings.settings.editProvider(this.provider!.name) : strings.settings.addProvider}
      </legend>
      <label
        >${t.name}<input
          .value=${d.name}
          placeholder="LiteLLM"
          @input=${(e: Event) => this.edit({ name: value(e) })}
      /></label>
      <label
        >${t.baseUrl}<input
          .value=${d.base_url}
          placeholder="http://192.168.1.10:4000/v1"
          inputmode="url"
          @input=${(e: Event) => this.edit({ base_url: value(e) })}
          @change=${() => (this.listed = undefined)}
      /></label>
      <div class="row" role="radiogroup" aria-label=${strings.settings.authMode}>
        <label class="check"
          ><input
            type="radio"
            name="auth"
            .checked=${d.auth_mode === 'global'}
            @change=${() => this.edit({ auth_mode: 'global' })}
          />${strings.settings.authGlobal}</label
        >
        <label class="check"
          ><input
            type="radio"
            name="auth"
            .checked=${d.auth_mode === 'per_model'}
            @change=${() => this.edit({ auth_mode: 'per_model' })}
          />${strings.settings.authPerModel}</label
        >
      </div>
      ${
        d.auth_mode === 'global'
          ? html`<label
                >${t.apiKey}
                ${secretInput(d.api_key, savedKey ? strings.settings.keySaved : '', (text) =>
                  this.edit({ api_key: text }),
                )}</label
              >
              ${this.keysStay ? nothing : this.renderKeyMoved()}
              ${
                this.provider?.api_key && this.keysStay
                  ? html`<label class="check"
                      ><input
                        type="checkbox"
                        .checked=${d.clear_key}
                        @change=${(e: Event) => this.edit({ clear_key: checked(e), api_key: '' })}
                      />${strings.settings.removeKey}</label
                    >`
                  : nothing
              }`
          : nothing
      }
      <label
        >${strings.settings.timeout}<input
          type="number"
          min="1"
          step="1"
          .value=${d.timeout_s}
          placeholder=${String(DEFAULT_TIMEOUT_S)}
          @input=${(e: Event) => this.edit({ timeout_s: value(e) })}
      /></label>
      <label
        >${strings.usage.budget}<input
          type="number"
          min="0"
          step="any"
          .value=${d.budget}
          @input=${(e: Event) => this.edit({ budget: value(e) })}
      /></label>
      <label
        >${strings.settings.server}
        <select
          @change=${(e: Event) =>
            this.edit({
              dialect: ((e.target as HTMLSelectElement).value || undefined) as
                DialectId | undefined,
            })}
        >
          <option value="" ?selected=${!d.dialect}>
            ${strings.settings.serverAuto(strings.dialects[dialectFor(d.base_url).id])}
          </option>
          ${DIALECT_IDS.map(
            (id) =>
              html`<option value=${id} ?selected=${d.dialect === id}>
                ${strings.dialects[id]}
              </option>`,
          )}
        </select>
      </label>
      ${renderDiscovery(this)} ${renderChosen(this)}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${renderDiagnosis(this.diagnosis)}
      <div class="row end">
        <button
          class="text-button test"
          ?disabled=${this.testing || !d.base_url.trim()}
          @click=${this.test}
        >
          ${this.testing ? strings.diagnose.running : strings.diagnose.button}
        </button>
        <button class="text-button" @click=${() => fire(this, 'oacc-provider-cancel', undefined)}>
          ${t.cancel}
        </button>
        <button
          class="filled"
          ?disabled=${this.busy || !d.name.trim() || !d.base_url.trim() || (d.models.length === 0 && !this.typed.trim())}
          @click=${this.save}
        >
          ${t.saveProvider}
        </button>
      </div>
    </fieldset>`;
  }

  /** Test connection: the provider as typed, with the first of its models. */
  private async test(): Promise<void> {
    this.testRun?.abort();
    const run = new AbortController();
    this.testRun = run;
    this.testing = true;
    this.diagnosis = [];
    const model = this.draft.models[0]?.model_id ?? (this.typed.trim() || undefined);
    const target = this.target();
    if (this.draft.auth_mode === 'per_model' && model)
      target.apiKey = this.draft.model_keys[model] || this.savedModelKey(model);
    try {
      for await (const step of diagnose(target, { model, signal: run.signal, maxRetries: 0 })) {
        if (run.signal.aborted) return;
        this.diagnosis = [...(this.diagnosis ?? []), step];
      }
    } finally {
      if (this.testRun === run) this.testing = false;
    }
  }

  setFilter(text: string): void {
    this.filter = text;
  }

  setTyped(text: string): void {
    this.typed = text;
  }

  edit(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  editModel(id: string, patch: Partial<ModelSettings>): void {
    const models = this.draft.models.map((m) =>
      m.model_id === id
        ? (Object.fromEntries(
            Object.entries({ ...m, ...patch }).filter(([, v]) => v !== undefined),
          ) as ModelSettings)
        : m,
    );
    this.edit({ models });
  }

  toggle(id: string, on: boolean): void {
    const has = this.draft.models.some((m) => m.model_id === id);
    if (on && !has) this.edit({ models: [...this.draft.models, { model_id: id }] });
    if (!on && has) this.edit({ models: this.draft.models.filter((m) => m.model_id !== id) });
  }

  addTyped(): void {
    const id = this.typed.trim();
    if (!id) return;
    this.toggle(id, true);
    this.typed = '';
  }

  /**
   * Whether the saved keys still go where this provider goes: its address (origin) and server
   * kind as typed now are those they were saved for. When not, a saved key is neither used by
   * Test connection or Load models nor saved with the provider: the user types it again.
   */
  private get keysStay(): boolean {
    const p = this.provider;
    return (
      !p ||
      keyMayGo(p, { base_url: normalizeBaseUrl(this.draft.base_url), dialect: this.draft.dialect })
    );
  }

  get savedKey(): string | undefined {
    return this.keysStay && !this.draft.clear_key ? this.provider?.api_key : undefined;
  }

  savedModelKey(model: string): string | undefined {
    return this.keysStay
      ? this.provider?.models.find((m) => m.model_id === model)?.api_key
      : undefined;
  }

  private renderKeyMoved() {
    const p = this.provider;
    if (!p?.api_key && !p?.models.some((m) => m.api_key)) return nothing;
    return html`<p class="muted" role="note">
      ${strings.settings.keyMoved(originOf(p.base_url), originOf(normalizeBaseUrl(this.draft.base_url)))}
    </p>`;
  }

  /** The provider as it would be saved (keys included), for a connection test. */
  target() {
    const d = this.draft;
    return {
      baseUrl: normalizeBaseUrl(d.base_url),
      apiKey: d.auth_mode === 'global' ? d.api_key || this.savedKey : undefined,
      timeoutS: numberOrUndefined(d.timeout_s),
      dialect: d.dialect,
    };
  }

  async loadModels(): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      const listed = await listModels(this.target());
      this.listed = listed;
      this.edit({ cache: cacheOf(listed, new Date()) });
      // A first load picks the first chat model, so one click is enough for most.
      if (!this.draft.models.length) {
        const first = listed.find((m) => m.chat);
        if (first) this.toggle(first.id, true);
      }
    } catch (err) {
      this.error = describeError(err);
    } finally {
      this.busy = false;
    }
  }

  private save(): void {
    this.addTyped();
    try {
      const provider = parseWith(
        ProviderSettingsSchema,
        providerOf(this.draft, this.provider, this.takenIds, this),
        'Provider',
      );
      fire(this, 'oacc-provider-save', { provider });
    } catch (err) {
      this.error = describeError(err);
    }
  }

  static override styles = providerFormStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-provider-form': OaccProviderForm;
  }
}
