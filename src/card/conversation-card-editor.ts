import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { HomeAssistant } from 'custom-card-helpers';
import { fire } from '../ui/events';
import { themeStyles } from '../ui/styles';
import { type SettingsState, settingsStoreFor } from '../ha/settings-store';
import { type ListedModel, ProviderError, listModels } from '../provider';
import { type CardConfig, parseCardConfig } from '../schema/card-config';
import { DEFAULT_AGENT, type Settings, normalizeBaseUrl, slugify } from '../schema/settings';
import { SchemaError } from '../schema/parse';
import { strings } from '../i18n/en';

type NumberKey = 'max_tokens' | 'temperature' | 'context_messages';

interface ProviderDraft {
  name: string;
  base_url: string;
  api_key: string;
  models: ListedModel[] | undefined;
  chosen: string[];
  typed: string;
  filter: string;
  busy: boolean;
  error: string;
}

const emptyDraft = (): ProviderDraft => ({
  name: '',
  base_url: '',
  api_key: '',
  models: undefined,
  chosen: [],
  typed: '',
  filter: '',
  busy: false,
  error: '',
});

/**
 * `openai-compatible-conversation-card-editor`: provider and model from the user's settings, the
 * agent options, and a small form to add a provider. Keys go to user data, never to the card.
 */
export class OpenaiCompatibleConversationCardEditor extends LitElement {
  @state() private config: CardConfig | undefined;
  @state() private settings: SettingsState = { status: 'loading' };
  @state() private draft: ProviderDraft | undefined;

  private _hass: HomeAssistant | undefined;
  private unsubscribe: (() => void) | undefined;

  set hass(hass: HomeAssistant) {
    const changed = this._hass?.connection !== hass.connection;
    this._hass = hass;
    if (changed && this.isConnected) this.subscribe();
  }

  setConfig(config: unknown): void {
    this.config = parseCardConfig(config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(): void {
    this.unsubscribe?.();
    const conn = this._hass?.connection;
    this.unsubscribe = conn
      ? settingsStoreFor(conn).subscribe((s) => (this.settings = s))
      : undefined;
  }

  protected override render() {
    if (!this.config) return nothing;
    const s = this.settings;
    return html`<div class="form">
      <label
        >Title<input
          .value=${this.config.title ?? ''}
          @change=${(e: Event) => this.setText('title', e)}
      /></label>
      ${s.status === 'ready' ? this.renderModelPickers(s.settings) : nothing}
      ${s.status === 'invalid' ? html`<p class="error" role="alert">Your settings do not validate: ${s.issues.join('; ')}</p>` : nothing}
      ${s.status === 'error' ? html`<p class="error" role="alert">${s.message}</p>` : nothing}
      ${s.status === 'loading' ? html`<p class="muted">Loading your settings…</p>` : nothing}
      ${this.draft ? this.renderDraft(this.draft) : nothing}
      <fieldset>
        <legend>Agent</legend>
        <label
          >System prompt template
          <textarea
            rows="4"
            .value=${this.config.prompt_template ?? ''}
            placeholder=${DEFAULT_AGENT.prompt_template}
            @change=${(e: Event) => this.setText('prompt_template', e)}
          ></textarea>
        </label>
        <div class="row">
          ${this.numberField('Max tokens', 'max_tokens', DEFAULT_AGENT.max_tokens, 1)}
          ${this.numberField('Temperature', 'temperature', DEFAULT_AGENT.temperature, 0.1)}
          ${this.numberField('Context messages', 'context_messages', DEFAULT_AGENT.context_messages, 1)}
        </div>
      </fieldset>
      ${this.renderHome()}
    </div>`;
  }

  /** Whether the model may act on the house, and on what: the user's Assist exposure, narrowed
   * by this card. */
  private renderHome() {
    const config = this.config!;
    const scope = config.scope ?? {};
    const listField = (label: string, key: 'domains' | 'areas' | 'entities', hint: string) =>
      html`<label
        >${label}<input
          .value=${(scope[key] ?? []).join(', ')}
          placeholder=${hint}
          ?disabled=${config.tools === false}
          @change=${(e: Event) => this.setScope(key, value(e))}
      /></label>`;
    return html`<fieldset>
      <legend>Home</legend>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${config.tools !== false}
          @change=${(e: Event) =>
            this.change({ tools: (e.target as HTMLInputElement).checked ? undefined : false })}
        />${strings.toolsToggle}</label
      >
      <p class="muted">
        ${this._hass?.user?.is_admin ? strings.scopeNote.assist : strings.scopeNote['assist-registry']}
        ${strings.scopeNarrow}
      </p>
      ${listField('Only these domains', 'domains', 'light, switch, climate')}
      ${listField('Only these areas', 'areas', 'Kitchen, Living Room')}
      ${listField('Only these entities', 'entities', 'light.kitchen, lock.front_door')}
      ${
        this.settings.status === 'ready'
          ? html`<label
              >${strings.confirmField}<input
                .value=${(this.settings.settings.tools?.confirm ?? []).join(', ')}
                placeholder="switch, light.porch"
                @change=${(e: Event) => this.setConfirm(value(e))}
            /></label>`
          : nothing
      }
    </fieldset>`;
  }

  /** Your own additions to what waits for Approve: kept in your settings (user data), for every
   * card and the panel. */
  private async setConfirm(text: string): Promise<void> {
    const conn = this._hass?.connection;
    if (!conn) return;
    const confirm = text
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    await settingsStoreFor(conn).update((settings) => ({
      ...settings,
      tools: { ...settings.tools, confirm },
    }));
  }

  private setScope(key: 'domains' | 'areas' | 'entities', text: string): void {
    const items = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const scope = Object.fromEntries(
      Object.entries({ ...this.config?.scope, [key]: items.length ? items : undefined }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    this.change({ scope: Object.keys(scope).length ? scope : undefined });
  }

  private renderModelPickers(settings: Settings) {
    const config = this.config!;
    const providerId = config.provider_id ?? '';
    const provider =
      settings.providers.find((p) => p.id === (providerId || settings.defaults?.provider_id)) ??
      (providerId ? undefined : settings.providers[0]);
    const models = provider ? modelIds(provider) : [];
    return html`<fieldset>
      <legend>Provider and model</legend>
      ${settings.providers.length === 0 ? html`<p class="muted">No provider yet: add one to start chatting.</p>` : nothing}
      <div class="row">
        <label
          >Provider
          <select @change=${(e: Event) => this.pick('provider_id', e)}>
            <option value="" ?selected=${!providerId}>
              Default${settings.providers[0] ? ` (${(provider ?? settings.providers[0]).name})` : ''}
            </option>
            ${settings.providers.map((p) => html`<option value=${p.id} ?selected=${p.id === providerId}>${p.name}</option>`)}
          </select>
        </label>
        <label
          >Model
          <select @change=${(e: Event) => this.pick('model_id', e)}>
            <option value="" ?selected=${!config.model_id}>Default</option>
            ${models.map((id) => html`<option value=${id} ?selected=${id === config.model_id}>${id}</option>`)}
          </select>
        </label>
      </div>
      ${this.draft ? nothing : html`<button class="text-button" @click=${() => (this.draft = emptyDraft())}>Add provider</button>`}
    </fieldset>`;
  }

  private renderDraft(d: ProviderDraft) {
    const shown = (d.models ?? []).filter(
      (m) => m.chat && m.label.toLowerCase().includes(d.filter.toLowerCase()),
    );
    return html`<fieldset class="draft">
      <legend>Add provider</legend>
      <label
        >Name<input
          .value=${d.name}
          placeholder="LiteLLM"
          @input=${(e: Event) => this.editDraft({ name: value(e) })}
      /></label>
      <label
        >Base URL<input
          .value=${d.base_url}
          placeholder="http://192.168.1.10:4000/v1"
          inputmode="url"
          @input=${(e: Event) => this.editDraft({ base_url: value(e), models: undefined })}
      /></label>
      <label
        >API key (optional; kept in your Home Assistant user data, never in the card)
        <input
          type="password"
          autocomplete="off"
          .value=${d.api_key}
          @input=${(e: Event) => this.editDraft({ api_key: value(e) })}
      /></label>
      <div class="row">
        <button class="text-button" ?disabled=${!d.base_url || d.busy} @click=${this.loadModels}>
          Load models
        </button>
        <label class="grow"
          >Or type a model id
          <input
            .value=${d.typed}
            placeholder="gpt-4o-mini"
            @input=${(e: Event) => this.editDraft({ typed: value(e) })}
        /></label>
      </div>
      ${
        d.models
          ? html`<label
                >Search models<input
                  type="search"
                  .value=${d.filter}
                  @input=${(e: Event) => this.editDraft({ filter: value(e) })}
              /></label>
              <div class="models" role="group" aria-label="Models">
                ${shown.length === 0 ? html`<span class="muted">No models match.</span>` : nothing}
                ${shown
                  .slice(0, 200)
                  .map(
                    (m) =>
                      html`<label class="check"
                        ><input
                          type="checkbox"
                          .checked=${d.chosen.includes(m.id)}
                          @change=${(e: Event) => this.toggleModel(m.id, (e.target as HTMLInputElement).checked)}
                        />${m.label}</label
                      >`,
                  )}
                ${shown.length > 200 ? html`<span class="muted">${shown.length - 200} more: narrow the search.</span>` : nothing}
              </div>`
          : nothing
      }
      ${d.error ? html`<p class="error" role="alert">${d.error}</p>` : nothing}
      <div class="row end">
        <button class="text-button" @click=${() => (this.draft = undefined)}>Cancel</button>
        <button
          class="filled"
          ?disabled=${d.busy || !d.name.trim() || !d.base_url.trim() || (d.chosen.length === 0 && !d.typed.trim())}
          @click=${this.saveProvider}
        >
          Save provider
        </button>
      </div>
    </fieldset>`;
  }

  private numberField(label: string, key: NumberKey, placeholder: number, step: number) {
    return html`<label
      >${label}<input
        type="number"
        step=${step}
        min="0"
        .value=${this.config?.[key]?.toString() ?? ''}
        placeholder=${String(placeholder)}
        @change=${(e: Event) => this.setNumber(key, e)}
    /></label>`;
  }

  private editDraft(patch: Partial<ProviderDraft>): void {
    if (this.draft) this.draft = { ...this.draft, ...patch };
  }

  private toggleModel(id: string, on: boolean): void {
    const chosen = this.draft?.chosen ?? [];
    this.editDraft({ chosen: on ? [...chosen, id] : chosen.filter((c) => c !== id) });
  }

  private async loadModels(): Promise<void> {
    const d = this.draft;
    if (!d) return;
    this.editDraft({ busy: true, error: '' });
    try {
      const models = await listModels({
        baseUrl: normalizeBaseUrl(d.base_url),
        apiKey: d.api_key || undefined,
      });
      this.editDraft({
        models,
        busy: false,
        chosen: d.chosen.length
          ? d.chosen
          : models
              .filter((m) => m.chat)
              .slice(0, 1)
              .map((m) => m.id),
      });
    } catch (err) {
      this.editDraft({ busy: false, error: describe(err) });
    }
  }

  private async saveProvider(): Promise<void> {
    const d = this.draft;
    const conn = this._hass?.connection;
    if (!d || !conn) return;
    const ids = [...new Set([...d.chosen, ...(d.typed.trim() ? [d.typed.trim()] : [])])];
    this.editDraft({ busy: true, error: '' });
    try {
      let id = '';
      await settingsStoreFor(conn).update((settings) => {
        id = slugify(
          d.name,
          settings.providers.map((p) => p.id),
        );
        const fetched = d.models
          ? {
              model_cache: { fetched_at: new Date().toISOString(), ids: d.models.map((m) => m.id) },
            }
          : {};
        return {
          ...settings,
          providers: [
            ...settings.providers,
            {
              id,
              name: d.name.trim(),
              base_url: normalizeBaseUrl(d.base_url),
              auth_mode: 'global',
              ...(d.api_key ? { api_key: d.api_key } : {}),
              models: ids.map((model_id) => ({ model_id })),
              ...fetched,
            },
          ],
          defaults: settings.defaults?.provider_id
            ? settings.defaults
            : { provider_id: id, model_id: ids[0] },
        };
      });
      this.draft = undefined;
      this.change({ provider_id: id, model_id: ids[0] });
    } catch (err) {
      this.editDraft({ busy: false, error: describe(err) });
    }
  }

  private pick(key: 'provider_id' | 'model_id', e: Event): void {
    const v = (e.target as HTMLSelectElement).value;
    this.change(
      key === 'provider_id'
        ? { provider_id: v || undefined, model_id: undefined }
        : { model_id: v || undefined },
    );
  }

  private setText(key: 'title' | 'prompt_template', e: Event): void {
    this.change({ [key]: value(e) || undefined });
  }

  private setNumber(key: NumberKey, e: Event): void {
    const raw = value(e);
    const n = Number(raw);
    this.change({ [key]: raw === '' || Number.isNaN(n) ? undefined : n });
  }

  /** Home Assistant's editor contract: fire `config-changed` with the whole new config. Keys whose
   * value is undefined are left out, so the YAML stays as short as the user made it. */
  private change(patch: Partial<CardConfig>): void {
    if (!this.config) return;
    const next = Object.fromEntries(
      Object.entries({ ...this.config, ...patch }).filter(([, v]) => v !== undefined),
    ) as CardConfig;
    this.config = next;
    fire(this, 'config-changed', { config: next });
  }

  static override styles = [
    themeStyles,
    css`
      .form {
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      fieldset {
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
        border-radius: 8px;
        padding: 8px 12px 12px;
        margin: 0;
        display: flex;
        flex-direction: column;
        gap: 10px;
      }
      legend {
        padding: 0 4px;
        color: var(--secondary-text-color);
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
        color: var(--secondary-text-color);
        font-size: 0.9em;
        flex: 1;
        min-width: 0;
      }
      label.check {
        flex-direction: row;
        align-items: center;
        color: var(--primary-text-color);
        font-size: 1em;
      }
      input:not([type='checkbox']),
      select,
      textarea {
        font: inherit;
        font-size: 1rem;
        color: var(--primary-text-color);
        background: var(
          --input-fill-color,
          var(--secondary-background-color, rgba(127, 127, 127, 0.08))
        );
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        border-radius: 6px;
        padding: 8px;
        min-width: 0;
      }
      .row {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        align-items: flex-end;
      }
      .row.end {
        justify-content: flex-end;
      }
      .models {
        max-height: 200px;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      .text-button,
      .filled {
        align-self: flex-start;
        border: none;
        border-radius: 6px;
        padding: 8px 12px;
        font-weight: 500;
        background: none;
        color: var(--primary-color);
      }
      .filled {
        background: var(--primary-color);
        color: var(--text-primary-color, #fff);
      }
      button:disabled {
        opacity: 0.5;
        cursor: default;
      }
      .error {
        color: var(--error-color, #db4437);
        margin: 0;
      }
      .muted {
        color: var(--secondary-text-color);
        margin: 0;
      }
    `,
  ];
}

function value(e: Event): string {
  return (e.target as HTMLInputElement).value;
}

function modelIds(provider: Settings['providers'][number]): string[] {
  return [...new Set(provider.models.map((m) => m.model_id))];
}

function describe(err: unknown): string {
  if (err instanceof ProviderError)
    return [err.message, err.providerMessage, err.hint].filter(Boolean).join(' ');
  if (err instanceof SchemaError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

declare global {
  interface HTMLElementTagNameMap {
    'openai-compatible-conversation-card-editor': OpenaiCompatibleConversationCardEditor;
  }
}
