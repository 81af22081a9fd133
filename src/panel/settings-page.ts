import { html, nothing } from 'lit';
import { LocalizedElement } from '../ui/localized';
import { property, state } from 'lit/decorators.js';
import { HA_PROVIDER_ID, type HomeAgent, homeAgents } from '../ha/agents';
import type { HassConnection } from '../ha/connection';
import type { HassView } from '../ha/exposed-entities';
import { type SettingsState, settingsStoreFor } from '../ha/settings-store';
import { exportRaw, exportSettings, providersWithoutKey } from '../schema/portable';
import { DEFAULT_MAX_ROUNDS } from '../schema/tools';
import {
  removeProvider,
  saveProvider,
  setCameraApproval,
  setDefault,
  setMaxRounds,
  setVoice,
} from '../schema/settings-edits';
import { type ProviderSettings, type Settings, emptySettings } from '../schema/settings';
import { download } from '../ui/download';
import { FollowController } from '../ui/follow-controller';
import { formStyles, settingsStyles, themeStyles } from '../ui/styles';
import { settingsPageStyles } from './settings-page.styles';
import { describeError } from './provider-form';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load

const t = strings.settings;

const json = (data: unknown) => JSON.stringify(data, null, 2);

/**
 * The settings of the signed-in user, kept in their Home Assistant user data: providers (add,
 * edit, remove, the default), models and keys, export and import without keys, and a document
 * that does not validate shown with its problems, exportable before anything replaces it.
 */
export class OaccSettingsPage extends LocalizedElement {
  @property({ attribute: false }) connection: HassConnection | undefined;
  /** The frontend's hass: the user, the release, the token for Home Assistant's MCP server. */
  @property({ attribute: false }) hass: HassView | undefined;
  @property() locale: string | undefined;

  /** Home Assistant's own conversation agents: a default model may be one of them. */
  @state() private agents: HomeAgent[] = [];
  /** The provider being edited ('' adds one). */
  @state() private editing: string | undefined;
  @state() private removing: string | undefined;
  @state() private message = '';
  @state() private error = '';

  private readonly follow = new FollowController<SettingsState>(
    this,
    (conn, set) => settingsStoreFor(conn).subscribe(set),
    { status: 'loading' },
  );

  private get settings(): SettingsState {
    return this.follow.value;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('connection')) {
      this.follow.setConnection(this.connection);
      const conn = this.connection;
      if (conn) void homeAgents(conn, true).then((agents) => (this.agents = agents));
    }
  }

  protected override render() {
    const s = this.settings;
    return html`<div class="page">
      ${s.status === 'loading' ? html`<p class="muted">${strings.settingsLoading}</p>` : nothing}
      ${s.status === 'error' ? html`<p class="error" role="alert">${s.message}</p>` : nothing}
      ${s.status === 'invalid' ? this.renderInvalid(s.raw, s.issues) : nothing}
      ${s.status === 'ready' ? this.renderReady(s.settings) : nothing}
      <div role="status" aria-live="polite" class="muted">${this.message}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <oacc-mcp-settings
        .connection=${this.connection}
        .hass=${this.hass}
        .settings=${s.status === 'ready' ? s.settings : undefined}
      ></oacc-mcp-settings>
      <oacc-personas-page
        .connection=${this.connection}
        .settings=${s.status === 'ready' ? s.settings : undefined}
      ></oacc-personas-page>
      <oacc-prompts-page
        .connection=${this.connection}
        .settings=${s.status === 'ready' ? s.settings : undefined}
      ></oacc-prompts-page>
      <oacc-memory-page
        .connection=${this.connection}
        .hass=${this.hass}
        .locale=${this.locale}
      ></oacc-memory-page>
      <oacc-usage-page
        .connection=${this.connection}
        .settings=${s.status === 'ready' ? s.settings : undefined}
        .locale=${this.locale}
      ></oacc-usage-page>
      <oacc-conversation-storage
        .connection=${this.connection}
        .locale=${this.locale}
      ></oacc-conversation-storage>
    </div>`;
  }

  private renderInvalid(raw: unknown, issues: readonly string[]) {
    return html`<section class="card" role="alert">
      <h2>${t.invalidTitle}</h2>
      <ul>
        ${issues.map((i) => html`<li>${i}</li>`)}
      </ul>
      <p>${t.invalidBody}</p>
      <div class="row">
        <button
          class="text-button"
          @click=${() => download('ai-chat-settings-broken.json', json(exportRaw(raw)))}
        >
          ${t.exportBroken}
        </button>
        ${this.renderImport()}
        <button class="text-button" @click=${this.startOver}>${t.startOver}</button>
      </div>
    </section>`;
  }

  private renderReady(settings: Settings) {
    const editing =
      this.editing === undefined
        ? undefined
        : (settings.providers.find((p) => p.id === this.editing) ?? null);
    return html`<section class="card">
        <h2>${t.providers}</h2>
        ${settings.providers.length ? nothing : html`<p class="muted">${t.noProviders}</p>`}
        <ul class="providers" aria-label=${t.providers}>
          ${settings.providers.map((p) => this.renderProvider(settings, p))}
        </ul>
        ${
          editing !== undefined
            ? html`<oacc-provider-form
                .provider=${editing ?? undefined}
                .takenIds=${settings.providers.map((p) => p.id)}
                @oacc-provider-save=${(e: CustomEvent<{ provider: ProviderSettings }>) =>
                  this.saveProvider(e.detail.provider)}
                @oacc-provider-cancel=${() => (this.editing = undefined)}
              ></oacc-provider-form>`
            : html`<button class="filled" @click=${() => this.open('')}>${t.addProvider}</button>`
        }
      </section>
      ${settings.providers.length || this.agents.length ? this.renderDefaults(settings) : nothing}
      <section class="card">
        <h2>${strings.settings.title}</h2>
        <label
          >${t.maxRounds}<input
            type="number"
            min="1"
            max="50"
            .value=${String(settings.tools?.max_rounds ?? '')}
            placeholder=${String(DEFAULT_MAX_ROUNDS)}
            @change=${(e: Event) => this.setMaxRounds((e.target as HTMLInputElement).value)}
        /></label>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${settings.tools?.camera_approval !== false}
            @change=${(e: Event) =>
              this.change(setCameraApproval((e.target as HTMLInputElement).checked))}
          />${strings.cameraApprovalField}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            .checked=${settings.voice?.auto_read === true}
            @change=${(e: Event) =>
              this.change(setVoice('auto_read', (e.target as HTMLInputElement).checked))}
          />${strings.voice.autoRead}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            .checked=${settings.voice?.send_spoken === true}
            @change=${(e: Event) =>
              this.change(setVoice('send_spoken', (e.target as HTMLInputElement).checked))}
          />${strings.voice.sendSpoken}</label
        >
        <div class="row">
          <button
            class="text-button"
            title=${t.exportHint}
            @click=${() => download('ai-chat-settings.json', json(exportSettings(settings)))}
          >
            ${t.export}
          </button>
          ${this.renderImport()}
        </div>
        <p class="muted">${t.exportHint}</p>
      </section>`;
  }

  private renderProvider(settings: Settings, p: ProviderSettings) {
    const isDefault = (settings.defaults?.provider_id ?? settings.providers[0]?.id) === p.id;
    const key =
      p.auth_mode === 'per_model'
        ? t.keyState.per_model
        : p.api_key
          ? t.keyState.global
          : t.keyState.none;
    return html`<li class="provider">
      <div class="grow">
        <strong>${p.name}</strong>
        ${isDefault ? html`<span class="badge">${t.isDefault}</span>` : nothing}
        <div class="muted">${p.base_url} · ${t.modelsCount(p.models.length)} · ${key}</div>
      </div>
      ${
        this.removing === p.id
          ? html`<div class="confirm" role="alertdialog" aria-label=${t.confirmRemove(p.name)}>
              <span>${t.confirmRemove(p.name)}</span>
              <button class="text-button" @click=${() => (this.removing = undefined)}>
                ${t.cancel}
              </button>
              <button class="filled danger" @click=${() => this.removeProvider(p.id)}>
                ${t.remove}
              </button>
            </div>`
          : html`<div class="row">
              ${isDefault ? nothing : html`<button class="text-button" @click=${() => this.makeDefault(p)}>${t.makeDefault}</button>`}
              <button
                class="text-button"
                aria-label=${`${t.edit} ${p.name}`}
                @click=${() => this.open(p.id)}
              >
                ${t.edit}
              </button>
              <button
                class="text-button"
                aria-label=${`${t.remove} ${p.name}`}
                @click=${() => (this.removing = p.id)}
              >
                ${t.remove}
              </button>
            </div>`
      }
    </li>`;
  }

  private renderDefaults(settings: Settings) {
    const current = `${settings.defaults?.provider_id ?? ''}\u0000${settings.defaults?.model_id ?? ''}`;
    return html`<section class="card">
      <label
        >${t.defaultModel}
        <select @change=${(e: Event) => this.setDefault((e.target as HTMLSelectElement).value)}>
          ${
            // Only agents and none chosen yet: nothing is shown as chosen until the user picks.
            settings.providers.length || settings.defaults?.model_id
              ? nothing
              : html`<option value="" selected></option>`
          }
          ${settings.providers.flatMap((p) =>
            p.models.map((m) => {
              const v = `${p.id}\u0000${m.model_id}`;
              return html`<option value=${v} ?selected=${v === current}>
                ${p.name} — ${m.display_name ?? m.model_id}
              </option>`;
            }),
          )}
          ${
            this.agents.length
              ? html`<optgroup label=${strings.agents.group}>
                  ${this.agents.map((a) => {
                    const v = `${HA_PROVIDER_ID}\u0000${a.id}`;
                    return html`<option value=${v} ?selected=${v === current}>${a.name}</option>`;
                  })}
                </optgroup>`
              : nothing
          }
        </select>
      </label>
    </section>`;
  }

  private renderImport() {
    const s = this.settings;
    return html`<oacc-settings-import
      .current=${s.status === 'ready' ? s.settings : undefined}
      @oacc-import-settings=${(e: CustomEvent<{ settings: Settings }>) =>
        this.importSettings(e.detail.settings)}
    ></oacc-settings-import>`;
  }

  private open(id: string): void {
    this.editing = id;
    this.message = this.error = '';
  }

  private async change(
    what: (settings: Settings) => Settings,
    options: { replaceInvalid?: boolean } = {},
  ): Promise<boolean> {
    const conn = this.connection;
    if (!conn) return false;
    this.error = '';
    try {
      const store = settingsStoreFor(conn);
      if (options.replaceInvalid) await store.save(what(emptySettings()), options);
      else await store.update(what);
      this.message = t.saved;
      return true;
    } catch (err) {
      this.error = describeError(err);
      return false;
    }
  }

  private async saveProvider(provider: ProviderSettings): Promise<void> {
    if (await this.change(saveProvider(provider))) this.editing = undefined;
  }

  private async removeProvider(id: string): Promise<void> {
    this.removing = undefined;
    await this.change(removeProvider(id));
  }

  private makeDefault(p: ProviderSettings): Promise<boolean> {
    return this.change(setDefault(p.id, p.models[0]?.model_id));
  }

  private async setDefault(value: string): Promise<boolean> {
    if (!value) return false;
    const [provider_id = '', model_id] = value.split('\u0000');
    return this.change(setDefault(provider_id, model_id));
  }

  private setMaxRounds(text: string): Promise<boolean> {
    const n = Number(text);
    return this.change(setMaxRounds(text.trim() && Number.isInteger(n) && n > 0 ? n : undefined));
  }

  /** Stores imported settings, once the user has seen what they change and said Import. */
  private async importSettings(imported: Settings): Promise<void> {
    const ok = await this.change(() => imported, {
      replaceInvalid: this.settings.status === 'invalid',
    });
    if (ok) this.message = t.imported(imported.providers.length, providersWithoutKey(imported));
  }

  private async startOver(): Promise<void> {
    if (!confirm(t.confirmStartOver)) return;
    await this.change((s) => s, { replaceInvalid: true });
  }

  static override styles = [themeStyles, formStyles, settingsStyles, settingsPageStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-settings-page': OaccSettingsPage;
  }
}
