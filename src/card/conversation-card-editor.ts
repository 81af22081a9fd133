import { html, nothing } from 'lit';
import { LocalizedElement } from '../ui/localized';
import { state } from 'lit/decorators.js';
import type { HomeAssistant } from 'custom-card-helpers';
import { fire } from '../ui/events';
import { panelPath } from '../ui/navigate';
import { formStyles, themeStyles } from '../ui/styles';
import { type SettingsState, settingsStoreFor } from '../ha/settings-store';
import {
  type SettingsEdit,
  saveProvider,
  setCameraApproval,
  setConfirm,
  setVoice,
} from '../schema/settings-edits';
import { HA_PROVIDER_ID, type HomeAgent, homeAgents } from '../ha/agents';
import { describeError } from '../panel/provider-form';
import { type CardConfig, parseCardConfig } from '../schema/card-config';
import { DEFAULT_AGENT, type ProviderSettings, type Settings } from '../schema/settings';
import { followUser, strings } from '../i18n';
import type { OaccMultiPicker, PickerOption } from '../ui/multi-picker';
import {
  type HassHome,
  areaNamed,
  areaOptions,
  domainOptions,
  entityOptions,
} from './scope-options';
import { personaAndChips } from './editor-persona';
import '../i18n/pages'; // the pages' words, which stay out of the first load

const t = strings.editor;

type NumberKey = 'max_tokens' | 'temperature' | 'context_messages';

/**
 * `openai-compatible-conversation-card-editor`: provider and model from the user's settings, the
 * agent options, and a small form to add a provider. Keys go to user data, never to the card.
 */
export class OpenaiCompatibleConversationCardEditor extends LocalizedElement {
  @state() private config: CardConfig | undefined;
  @state() private settings: SettingsState = { status: 'loading' };
  /** The add-provider form is open. */
  @state() private adding = false;
  @state() private error = '';
  /** Home Assistant's own conversation agents, offered beside the providers. */
  @state() private agents: HomeAgent[] = [];

  private _hass: HomeAssistant | undefined;
  private unsubscribe: (() => void) | undefined;

  set hass(hass: HomeAssistant) {
    const previous = this._hass;
    const changed = previous?.connection !== hass.connection;
    this._hass = hass;
    // The pickers' lists come from the registries: drawn again when they change, not at each
    // state change.
    const home = (h: unknown) => h as HassHome;
    if (
      !previous ||
      home(previous).areas !== home(hass).areas ||
      home(previous).entities !== home(hass).entities ||
      previous.localize !== hass.localize
    )
      this.requestUpdate();
    followUser(hass);
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
    // Read again each time the editor opens: an agent just added in Home Assistant is offered.
    if (conn) void homeAgents(conn, true).then((agents) => (this.agents = agents));
  }

  protected override render() {
    if (!this.config) return nothing;
    const s = this.settings;
    return html`<div class="form">
      <label
        >${t.title}<input
          .value=${this.config.title ?? ''}
          @change=${(e: Event) => this.setText('title', e)}
      /></label>
      ${s.status === 'ready' ? this.renderModelPickers(s.settings) : nothing}
      ${
        s.status === 'ready'
          ? personaAndChips(
              () => this.config!,
              s.settings,
              (p) => this.change(p),
            )
          : nothing
      }
      ${s.status === 'invalid' ? html`<p class="error" role="alert">${t.settingsInvalid(s.issues.join('; '))}</p>` : nothing}
      ${s.status === 'error' ? html`<p class="error" role="alert">${s.message}</p>` : nothing}
      ${s.status === 'loading' ? html`<p class="muted">${strings.settingsLoading}</p>` : nothing}
      ${
        this.adding && s.status === 'ready'
          ? html`<oacc-provider-form
              .takenIds=${s.settings.providers.map((p) => p.id)}
              @oacc-provider-save=${(e: CustomEvent<{ provider: ProviderSettings }>) =>
                this.saveProvider(e.detail.provider)}
              @oacc-provider-cancel=${() => (this.adding = false)}
            ></oacc-provider-form>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <fieldset>
        <legend>${t.agent}</legend>
        <label
          >${t.systemPrompt}
          <textarea
            rows="4"
            .value=${this.config.prompt_template ?? ''}
            placeholder=${DEFAULT_AGENT.prompt_template}
            @change=${(e: Event) => this.setText('prompt_template', e)}
          ></textarea>
        </label>
        <div class="row">
          ${this.numberField(t.maxTokens, 'max_tokens', DEFAULT_AGENT.max_tokens, 1)}
          ${this.numberField(t.temperature, 'temperature', DEFAULT_AGENT.temperature, 0.1)}
          ${this.numberField(t.contextMessages, 'context_messages', DEFAULT_AGENT.context_messages, 1)}
        </div>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.config.fresh_conversation === true}
            @change=${(e: Event) =>
              this.change({
                fresh_conversation: (e.target as HTMLInputElement).checked ? true : undefined,
              })}
          />${strings.freshConversation}</label
        >
        ${this.settings.status === 'ready' ? this.renderVoice(this.settings.settings) : nothing}
      </fieldset>
      ${this.renderHome()}
    </div>`;
  }

  /** Whether the model may act on the house, and on what: the user's Assist exposure, narrowed
   * by this card. */
  private renderHome() {
    const config = this.config!;
    const scope = config.scope ?? {};
    const hass = (this._hass ?? {}) as HassHome;
    const picker = (
      label: string,
      key: 'domains' | 'areas' | 'entities',
      options: PickerOption[],
      more: Partial<OaccMultiPicker> = {},
    ) =>
      html`<oacc-multi-picker
        .label=${label}
        .placeholder=${t.search}
        .options=${options}
        .value=${scope[key] ?? []}
        .resolve=${more.resolve}
        ?allow-custom=${more.allowCustom === true}
        ?disabled=${config.tools === false}
        @oacc-picker-change=${(e: CustomEvent<{ value: string[] }>) =>
          this.setScope(key, e.detail.value)}
      ></oacc-multi-picker>`;
    return html`<fieldset>
      <legend>${t.home}</legend>
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
      ${picker(t.onlyDomains, 'domains', domainOptions(hass), { allowCustom: true })}
      ${picker(t.onlyAreas, 'areas', areaOptions(hass), {
        resolve: (v: string) => areaNamed(hass, v),
      })}
      ${picker(t.onlyEntities, 'entities', entityOptions(hass))}
      ${
        this.settings.status === 'ready'
          ? html`<label
                >${strings.confirmField}<input
                  .value=${(this.settings.settings.tools?.confirm ?? []).join(', ')}
                  placeholder="switch, light.porch"
                  @change=${(e: Event) => this.setConfirm(value(e))}
              /></label>
              <label class="check"
                ><input
                  type="checkbox"
                  .checked=${this.settings.settings.tools?.camera_approval !== false}
                  @change=${(e: Event) =>
                    this.edit(setCameraApproval((e.target as HTMLInputElement).checked))}
                />${strings.cameraApprovalField}</label
              >`
          : nothing
      }
    </fieldset>`;
  }

  /** Your own additions to what waits for Approve: kept in your settings (user data), for every
   * card and the panel. */
  private setConfirm(text: string): Promise<void> {
    const confirm = text
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    return this.edit(setConfirm(confirm));
  }

  /** Home Assistant's voice: your settings, for all your chats. */
  private renderVoice(settings: Settings) {
    const box = (key: 'auto_read' | 'send_spoken', label: string) =>
      html`<label class="check"
        ><input
          type="checkbox"
          .checked=${settings.voice?.[key] === true}
          @change=${(e: Event) => this.edit(setVoice(key, (e.target as HTMLInputElement).checked))}
        />${label}</label
      >`;
    return html`${box('auto_read', strings.voice.autoRead)}
    ${box('send_spoken', strings.voice.sendSpoken)}`;
  }

  /** Changes the user's settings (user data, for every card and the panel). */
  private async edit(change: SettingsEdit): Promise<void> {
    const conn = this._hass?.connection;
    if (conn) await settingsStoreFor(conn).update(change);
  }

  private setScope(key: 'domains' | 'areas' | 'entities', items: string[]): void {
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
    const agents = providerId === HA_PROVIDER_ID && !provider;
    const models = agents
      ? this.agents.map((a) => ({ id: a.id, name: a.name }))
      : (provider ? modelIds(provider) : []).map((id) => ({ id, name: id }));
    return html`<fieldset>
      <legend>${t.providerAndModel}</legend>
      ${settings.providers.length === 0 ? html`<p class="muted">${t.noProviderYet}</p>` : nothing}
      <div class="row">
        <label
          >${t.provider}
          <select @change=${(e: Event) => this.pick('provider_id', e)}>
            <option value="" ?selected=${!providerId}>
              ${settings.providers[0] ? t.defaultNamed((provider ?? settings.providers[0]).name) : t.default}
            </option>
            ${settings.providers.map((p) => html`<option value=${p.id} ?selected=${p.id === providerId}>${p.name}</option>`)}
            ${
              this.agents.length
                ? html`<option value=${HA_PROVIDER_ID} ?selected=${agents}>
                    ${strings.agents.group}
                  </option>`
                : nothing
            }
          </select>
        </label>
        <label
          >${t.model}
          <select @change=${(e: Event) => this.pick('model_id', e)}>
            ${agents ? nothing : html`<option value="" ?selected=${!config.model_id}>${t.default}</option>`}
            ${models.map((m) => html`<option value=${m.id} ?selected=${m.id === config.model_id}>${m.name}</option>`)}
          </select>
        </label>
      </div>
      ${agents ? html`<p class="muted">${strings.agents.note}</p>` : nothing}
      <div class="row">
        ${this.adding ? nothing : html`<button class="text-button" @click=${() => (this.adding = true)}>${t.addProvider}</button>`}
        ${this.renderSettingsLink()}
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

  /** Where the user's settings are managed: the AI Chat panel, when this Home Assistant has it. */
  private renderSettingsLink() {
    const path = panelPath(this._hass);
    return path
      ? html`<a class="text-button" href=${`/${path}/settings`}
          >${strings.settings.openSettings}</a
        >`
      : nothing;
  }

  private async saveProvider(provider: ProviderSettings): Promise<void> {
    const conn = this._hass?.connection;
    if (!conn) return;
    this.error = '';
    try {
      await settingsStoreFor(conn).update(saveProvider(provider));
      this.adding = false;
      this.change({ provider_id: provider.id, model_id: provider.models[0]?.model_id });
    } catch (err) {
      this.error = describeError(err);
    }
  }

  private pick(key: 'provider_id' | 'model_id', e: Event): void {
    const v = (e.target as HTMLSelectElement).value;
    this.change(
      key === 'provider_id'
        ? {
            provider_id: v || undefined,
            // An agent is chosen at once (Home Assistant's own, the first listed).
            model_id: v === HA_PROVIDER_ID ? this.agents[0]?.id : undefined,
          }
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

  static override styles = [themeStyles, formStyles];
}

function value(e: Event): string {
  return (e.target as HTMLInputElement).value;
}

function modelIds(provider: Settings['providers'][number]): string[] {
  return [...new Set(provider.models.map((m) => m.model_id))];
}

declare global {
  interface HTMLElementTagNameMap {
    'openai-compatible-conversation-card-editor': OpenaiCompatibleConversationCardEditor;
  }
}
