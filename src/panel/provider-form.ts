import { css, html, nothing } from 'lit';
import { LocalizedElement } from '../ui/localized';
import { property, state } from 'lit/decorators.js';
import { fire } from '../ui/events';
import { formStyles, themeStyles } from '../ui/styles';
import {
  type DiagnosisStep,
  type ListedModel,
  ProviderError,
  diagnose,
  dialectFor,
  listModels,
} from '../provider';
import { SchemaError, parseWith } from '../schema/parse';
import { keyMayGo, originOf } from '../guard/keys';
import {
  DEFAULT_TIMEOUT_S,
  DIALECT_IDS,
  type DialectId,
  type ModelSettings,
  type ProviderSettings,
  ProviderSettingsSchema,
  normalizeBaseUrl,
  slugify,
} from '../schema/settings';
import { locale, strings } from '../i18n';
import { formatCount } from '../ui/format';
import '../i18n/pages'; // the pages' words, which stay out of the first load

/** How many discovered models are rendered at once; the search narrows the rest. */
const SHOWN_MODELS = 200;

interface Draft {
  name: string;
  base_url: string;
  auth_mode: 'global' | 'per_model';
  /** A newly typed key; empty keeps the saved one. */
  api_key: string;
  clear_key: boolean;
  timeout_s: string;
  /** US dollars a month; empty: no budget. */
  budget: string;
  /** The server's kind when the address does not tell; undefined: recognised from it. */
  dialect: DialectId | undefined;
  models: ModelSettings[];
  /** Typed keys of per-model mode, by model id (empty keeps the saved one). */
  model_keys: Record<string, string>;
  cache: ProviderSettings['model_cache'];
}

function draftOf(p: ProviderSettings | undefined): Draft {
  return {
    name: p?.name ?? '',
    base_url: p?.base_url ?? '',
    auth_mode: p?.auth_mode ?? 'global',
    api_key: '',
    clear_key: false,
    timeout_s: p?.timeout_s ? String(p.timeout_s) : '',
    budget: p?.budget_monthly?.toString() ?? '',
    dialect: p?.dialect,
    models: p ? structuredClone(p.models) : [],
    model_keys: {},
    cache: p?.model_cache,
  };
}

const value = (e: Event) => (e.target as HTMLInputElement).value;
const checked = (e: Event) => (e.target as HTMLInputElement).checked;
const numberOrUndefined = (text: string) => {
  const n = Number(text);
  return text.trim() === '' || Number.isNaN(n) ? undefined : n;
};

/** "3 minutes ago", in the browser's language. */
const t = strings.settings;

export function age(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units)
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(seconds, 'second');
}

export function describeError(err: unknown): string {
  if (err instanceof ProviderError)
    return [
      err.message,
      err.providerMessage && strings.err.provider_says(err.providerMessage),
      err.hint,
    ]
      .filter(Boolean)
      .join(' ');
  if (err instanceof SchemaError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

/**
 * Adds or edits one provider: name, base URL, key (global or per model), timeout, and its models —
 * discovered from `GET /models` into a searchable list, or typed by hand — each with its own
 * display name, max tokens, temperature, key and tools switch. Keys are never shown: a saved key
 * reads "saved", and an empty field keeps it. Fires `oacc-provider-save` with the provider.
 */
export class OaccProviderForm extends LocalizedElement {
  /** The provider being edited; none to add one. */
  @property({ attribute: false }) provider: ProviderSettings | undefined;
  /** Ids already used by other providers (a new one gets a free slug). */
  @property({ attribute: false }) takenIds: readonly string[] = [];

  @state() private draft: Draft = draftOf(undefined);
  @state() private listed: ListedModel[] | undefined;
  @state() private filter = '';
  @state() private typed = '';
  @state() private busy = false;
  @state() private error = '';
  /** The last Test connection, step by step (undefined: not run since the form opened). */
  @state() private diagnosis: DiagnosisStep[] | undefined;
  @state() private testing = false;
  private testRun: AbortController | undefined;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('provider')) {
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
                <input
                  class="secret"
                  autocomplete="off"
                  spellcheck="false"
                  autocapitalize="off"
                  data-1p-ignore
                  data-lpignore="true"
                  data-bwignore
                  .value=${d.api_key}
                  placeholder=${savedKey ? strings.settings.keySaved : ''}
                  @input=${(e: Event) => this.edit({ api_key: value(e) })}
              /></label>
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
      ${this.renderDiscovery()} ${this.renderChosen()}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.renderDiagnosis()}
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

  private renderDiagnosis() {
    if (!this.diagnosis) return nothing;
    const mark = { ok: '✓', warn: '!', fail: '✗', skipped: '–' } as const;
    return html`<ol class="diagnosis" aria-label=${strings.diagnose.button} aria-live="polite">
      ${this.diagnosis.map(
        (s) =>
          html`<li class=${s.status}>
            <span class="mark" aria-hidden="true">${mark[s.status]}</span>
            <div>
              <strong>${s.title}</strong>
              <span class="visually-hidden">${strings.diagnose.status[s.status]}</span>
              <div>${s.detail}</div>
              ${s.fix ? html`<div class="fix">${s.fix}</div>` : nothing}
            </div>
          </li>`,
      )}
    </ol>`;
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

  private renderDiscovery() {
    const d = this.draft;
    const ids = this.listed ?? d.cache?.ids.map((id) => ({ id, label: id, chat: true }));
    const needle = this.filter.trim().toLowerCase();
    const shown = (ids ?? []).filter(
      (m) => (this.listed ? m.chat : true) && m.label.toLowerCase().includes(needle),
    );
    const chosen = new Set(d.models.map((m) => m.model_id));
    return html`<div class="row">
        <button class="text-button" ?disabled=${!d.base_url || this.busy} @click=${this.loadModels}>
          ${d.cache ? t.reloadModels : t.loadModels}
        </button>
        <label class="grow"
          >${t.typeModel}
          <input
            .value=${this.typed}
            placeholder="gpt-4o-mini"
            @input=${(e: Event) => (this.typed = value(e))}
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.addTyped()}
        /></label>
        <button class="text-button" ?disabled=${!this.typed.trim()} @click=${this.addTyped}>
          ${strings.settings.addModel}
        </button>
      </div>
      ${
        d.cache
          ? html`<p class="muted">
              ${strings.settings.modelsFetched(d.cache.ids.length, age(d.cache.fetched_at))}
            </p>`
          : nothing
      }
      ${
        ids
          ? html`<label
                >${t.searchModels}<input
                  type="search"
                  .value=${this.filter}
                  @input=${(e: Event) => (this.filter = value(e))}
              /></label>
              <div class="models" role="group" aria-label=${t.models}>
                ${shown.length === 0 ? html`<span class="muted">${t.noModelsMatch}</span>` : nothing}
                ${shown
                  .slice(0, SHOWN_MODELS)
                  .map(
                    (m) =>
                      html`<label class="check"
                        ><input
                          type="checkbox"
                          .checked=${chosen.has(m.id)}
                          @change=${(e: Event) => this.toggle(m.id, checked(e))}
                        />${m.label}</label
                      >`,
                  )}
                ${
                  shown.length > SHOWN_MODELS
                    ? html`<span class="muted">${t.moreModels(shown.length - SHOWN_MODELS)}</span>`
                    : nothing
                }
              </div>`
          : nothing
      }`;
  }

  private renderChosen() {
    const d = this.draft;
    if (!d.models.length) return nothing;
    return html`<div class="chosen" role="list" aria-label=${strings.settings.chosenModels}>
      ${d.models.map((m) => {
        const saved = this.savedModelKey(m.model_id);
        return html`<div class="model" role="listitem">
          <div class="row">
            <strong class="grow">${m.model_id}</strong>
            <button
              class="text-button"
              aria-label=${strings.settings.removeModel(m.model_id)}
              @click=${() => this.toggle(m.model_id, false)}
            >
              ${strings.settings.remove}
            </button>
          </div>
          <div class="row">
            <label
              >${strings.settings.displayName}<input
                .value=${m.display_name ?? ''}
                placeholder=${m.model_id}
                @change=${(e: Event) => this.editModel(m.model_id, { display_name: value(e) || undefined })}
            /></label>
            ${this.modelNumber(m, 'max_tokens', t.maxTokens, { min: '1' })}
            ${this.modelNumber(m, 'temperature', t.temperature, { min: '0', max: '2', step: '0.1' })}
          </div>
          <div class="row">
            ${this.modelNumber(m, 'price_input', strings.usage.priceInput, { min: '0', step: 'any' })}
            ${this.modelNumber(m, 'price_output', strings.usage.priceOutput, { min: '0', step: 'any' })}
          </div>
          ${this.modelNumber(m, 'context_length', strings.context.length, {
            min: '1',
            step: '1',
            placeholder: (m.learned?.context_length ?? d.cache?.context?.[m.model_id])?.toString(),
          })}
          ${
            d.auth_mode === 'per_model'
              ? html`<label
                  >${strings.settings.modelKey(m.model_id)}<input
                    class="secret"
                    autocomplete="off"
                    spellcheck="false"
                    autocapitalize="off"
                    data-1p-ignore
                    data-lpignore="true"
                    data-bwignore
                    .value=${d.model_keys[m.model_id] ?? ''}
                    placeholder=${saved ? strings.settings.keySaved : ''}
                    @input=${(e: Event) =>
                      this.edit({ model_keys: { ...d.model_keys, [m.model_id]: value(e) } })}
                /></label>`
              : nothing
          }
          ${
            m.learned
              ? html`<p class="muted learned">
                  ${
                    m.learned.token_param || m.learned.temperature === false
                      ? strings.settings.learned(m.learned)
                      : ''
                  }
                  ${
                    m.learned.context_length
                      ? strings.context.learned(formatCount(m.learned.context_length))
                      : ''
                  }
                  <button
                    class="text-button"
                    aria-label=${strings.settings.forgetLearned(m.model_id)}
                    @click=${() => this.editModel(m.model_id, { learned: undefined })}
                  >
                    ${strings.settings.forget}
                  </button>
                </p>`
              : nothing
          }
          <label class="check"
            ><input
              type="checkbox"
              .checked=${(m.vision ?? d.cache?.vision?.[m.model_id]) !== false}
              @change=${(e: Event) => this.editModel(m.model_id, { vision: checked(e) })}
            />${strings.images.vision}</label
          >
          <label class="check"
            ><input
              type="checkbox"
              .checked=${m.tools !== false}
              @change=${(e: Event) => this.editModel(m.model_id, { tools: checked(e) ? undefined : false })}
            />${strings.settings.modelTools}</label
          >
        </div>`;
      })}
    </div>`;
  }

  /** A number of one model's settings; emptied, the setting goes back to its default. */
  private modelNumber(
    m: ModelSettings,
    key: 'max_tokens' | 'temperature' | 'price_input' | 'price_output' | 'context_length',
    label: string,
    input: { min: string; max?: string; step?: string; placeholder?: string | undefined },
  ) {
    return html`<label
      >${label}<input
        type="number"
        min=${input.min}
        max=${input.max ?? nothing}
        step=${input.step ?? nothing}
        placeholder=${input.placeholder ?? nothing}
        .value=${m[key]?.toString() ?? ''}
        @change=${(e: Event) => this.editModel(m.model_id, { [key]: numberOrUndefined(value(e)) })}
    /></label>`;
  }

  private edit(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  private editModel(id: string, patch: Partial<ModelSettings>): void {
    const models = this.draft.models.map((m) =>
      m.model_id === id
        ? (Object.fromEntries(
            Object.entries({ ...m, ...patch }).filter(([, v]) => v !== undefined),
          ) as ModelSettings)
        : m,
    );
    this.edit({ models });
  }

  private toggle(id: string, on: boolean): void {
    const has = this.draft.models.some((m) => m.model_id === id);
    if (on && !has) this.edit({ models: [...this.draft.models, { model_id: id }] });
    if (!on && has) this.edit({ models: this.draft.models.filter((m) => m.model_id !== id) });
  }

  private addTyped(): void {
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

  private get savedKey(): string | undefined {
    return this.keysStay && !this.draft.clear_key ? this.provider?.api_key : undefined;
  }

  private savedModelKey(model: string): string | undefined {
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

  private async loadModels(): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      const listed = await listModels(this.target());
      this.listed = listed;
      const context = Object.fromEntries(
        listed.flatMap((m) => (m.contextLength ? [[m.id, m.contextLength]] : [])),
      );
      const vision = Object.fromEntries(
        listed.flatMap((m) => (m.vision !== undefined ? [[m.id, m.vision]] : [])),
      );
      this.edit({
        cache: {
          fetched_at: new Date().toISOString(),
          ids: listed.map((m) => m.id),
          ...(Object.keys(context).length ? { context } : {}),
          ...(Object.keys(vision).length ? { vision } : {}),
        },
      });
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
    const d = this.draft;
    const p = this.provider;
    const key = d.auth_mode === 'global' ? d.api_key || this.savedKey : undefined;
    const models = d.models.map((m) => {
      const { api_key: _old, ...rest } = m;
      const modelKey =
        d.auth_mode === 'per_model'
          ? d.model_keys[m.model_id] || this.savedModelKey(m.model_id)
          : undefined;
      return { ...rest, ...(modelKey ? { api_key: modelKey } : {}) };
    });
    const { api_key: _k, dialect: _d, ...kept } = p ?? ({} as Partial<ProviderSettings>);
    const timeout = numberOrUndefined(d.timeout_s);
    const budget = numberOrUndefined(d.budget);
    const candidate = {
      ...kept,
      id: p?.id ?? slugify(d.name, this.takenIds),
      name: d.name.trim(),
      base_url: normalizeBaseUrl(d.base_url),
      auth_mode: d.auth_mode,
      ...(key ? { api_key: key } : {}),
      ...(timeout ? { timeout_s: timeout } : { timeout_s: undefined }),
      ...(d.dialect ? { dialect: d.dialect } : {}),
      models,
      ...(d.cache ? { model_cache: d.cache } : {}),
      budget_monthly: budget,
    };
    if (candidate.timeout_s === undefined) delete candidate.timeout_s;
    if (candidate.budget_monthly === undefined) delete candidate.budget_monthly;
    try {
      const provider = parseWith(ProviderSettingsSchema, candidate, 'Provider');
      fire(this, 'oacc-provider-save', { provider });
    } catch (err) {
      this.error = describeError(err);
    }
  }

  static override styles = [
    themeStyles,
    formStyles,
    css`
      /* A key is typed as dots, in a field password managers leave alone (a browser profile
         may be shared, and a saved key would then be offered to anyone using it). */
      .secret {
        -webkit-text-security: disc;
        font-family: inherit;
      }
      .chosen {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .model {
        border-top: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
        padding-top: 8px;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .grow {
        flex: 1;
      }
      .diagnosis {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .diagnosis li {
        display: flex;
        gap: 8px;
        align-items: flex-start;
      }
      .mark {
        width: 20px;
        height: 20px;
        flex: none;
        border-radius: 50%;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        font-size: 0.8em;
        color: var(--text-primary-color, #fff);
        background: var(--disabled-text-color, #bdbdbd);
      }
      .ok .mark {
        background: var(--success-color, #4caf50);
      }
      .warn .mark {
        background: var(--warning-color, #ffa600);
      }
      .fail .mark {
        background: var(--error-color, #db4437);
      }
      .skipped {
        color: var(--secondary-text-color);
      }
      .fix {
        margin-top: 2px;
        font-weight: 500;
      }
      .test {
        margin-inline-end: auto;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-provider-form': OaccProviderForm;
  }
}
