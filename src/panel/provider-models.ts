import { html, nothing } from 'lit';
import type { DiagnosisStep, ListedModel } from '../provider';
import type { ModelSettings } from '../schema/settings';
import { strings } from '../i18n';
import { formatCount } from '../i18n/format';
import { type Draft, age, checked, numberOrUndefined, value } from './provider-draft';

// The provider form's model sections as templates: the models the provider lists (searchable),
// the chosen ones with their settings, and Test connection's steps.

/** How many discovered models are rendered at once; the search narrows the rest. */
const SHOWN_MODELS = 200;

const t = strings.settings;

/** What the templates read of the form, and change through. */
export interface ModelsView {
  readonly draft: Draft;
  readonly listed: ListedModel[] | undefined;
  readonly filter: string;
  readonly typed: string;
  readonly busy: boolean;
  savedModelKey(model: string): string | undefined;
  toggle(id: string, on: boolean): void;
  editModel(id: string, patch: Partial<ModelSettings>): void;
  edit(patch: Partial<Draft>): void;
  setFilter(text: string): void;
  setTyped(text: string): void;
  addTyped(): void;
  loadModels(): void;
}

/** A key field: typed as dots, and left alone by password managers (a browser profile may be
 * shared, and a saved key would then be offered to anyone using it). */
export const secretInput = (
  current: string,
  placeholder: string,
  onInput: (text: string) => void,
) =>
  html`<input
    class="secret"
    autocomplete="off"
    spellcheck="false"
    autocapitalize="off"
    data-1p-ignore
    data-lpignore="true"
    data-bwignore
    .value=${current}
    placeholder=${placeholder}
    @input=${(e: Event) => onInput(value(e))}
  />`;

export function renderDiscovery(v: ModelsView) {
  const d = v.draft;
  const ids = v.listed ?? d.cache?.ids.map((id) => ({ id, label: id, chat: true }));
  const needle = v.filter.trim().toLowerCase();
  const shown = (ids ?? []).filter(
    (m) => (v.listed ? m.chat : true) && m.label.toLowerCase().includes(needle),
  );
  const chosen = new Set(d.models.map((m) => m.model_id));
  return html`<div class="row">
      <button class="text-button" ?disabled=${!d.base_url || v.busy} @click=${() => v.loadModels()}>
        ${d.cache ? t.reloadModels : t.loadModels}
      </button>
      <label class="grow"
        >${t.typeModel}
        <input
          .value=${v.typed}
          placeholder="gpt-4o-mini"
          @input=${(e: Event) => v.setTyped(value(e))}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && v.addTyped()}
      /></label>
      <button class="text-button" ?disabled=${!v.typed.trim()} @click=${() => v.addTyped()}>
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
                .value=${v.filter}
                @input=${(e: Event) => v.setFilter(value(e))}
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
                        @change=${(e: Event) => v.toggle(m.id, checked(e))}
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

export function renderChosen(v: ModelsView) {
  const d = v.draft;
  if (!d.models.length) return nothing;
  return html`<div class="chosen" role="list" aria-label=${strings.settings.chosenModels}>
    ${d.models.map((m) => {
      const saved = v.savedModelKey(m.model_id);
      return html`<div class="model" role="listitem">
        <div class="row">
          <strong class="grow">${m.model_id}</strong>
          <button
            class="text-button"
            aria-label=${strings.settings.removeModel(m.model_id)}
            @click=${() => v.toggle(m.model_id, false)}
          >
            ${strings.settings.remove}
          </button>
        </div>
        <div class="row">
          <label
            >${strings.settings.displayName}<input
              .value=${m.display_name ?? ''}
              placeholder=${m.model_id}
              @change=${(e: Event) => v.editModel(m.model_id, { display_name: value(e) || undefined })}
          /></label>
          ${modelNumber(v, m, 'max_tokens', t.maxTokens, { min: '1' })}
          ${modelNumber(v, m, 'temperature', t.temperature, { min: '0', max: '2', step: '0.1' })}
        </div>
        <div class="row">
          ${modelNumber(v, m, 'price_input', strings.usage.priceInput, { min: '0', step: 'any' })}
          ${modelNumber(v, m, 'price_output', strings.usage.priceOutput, { min: '0', step: 'any' })}
        </div>
        ${modelNumber(v, m, 'context_length', strings.context.length, {
          min: '1',
          step: '1',
          placeholder: (m.learned?.context_length ?? d.cache?.context?.[m.model_id])?.toString(),
        })}
        ${
          d.auth_mode === 'per_model'
            ? html`<label
                >${strings.settings.modelKey(m.model_id)}${secretInput(
                  d.model_keys[m.model_id] ?? '',
                  saved ? strings.settings.keySaved : '',
                  (text) => v.edit({ model_keys: { ...d.model_keys, [m.model_id]: text } }),
                )}</label
              >`
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
                  @click=${() => v.editModel(m.model_id, { learned: undefined })}
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
            @change=${(e: Event) => v.editModel(m.model_id, { vision: checked(e) })}
          />${strings.images.vision}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            .checked=${m.tools !== false}
            @change=${(e: Event) => v.editModel(m.model_id, { tools: checked(e) ? undefined : false })}
          />${strings.settings.modelTools}</label
        >
      </div>`;
    })}
  </div>`;
}

/** A number of one model's settings; emptied, the setting goes back to its default. */
function modelNumber(
  v: ModelsView,
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
      @change=${(e: Event) => v.editModel(m.model_id, { [key]: numberOrUndefined(value(e)) })}
  /></label>`;
}

export function renderDiagnosis(steps: DiagnosisStep[] | undefined) {
  if (!steps) return nothing;
  const mark = { ok: '✓', warn: '!', fail: '✗', skipped: '–' } as const;
  return html`<ol class="diagnosis" aria-label=${strings.diagnose.button} aria-live="polite">
    ${steps.map(
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
