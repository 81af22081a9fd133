import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../ui/localized';
import type { HassConnection } from '../ha/connection';
import type { HassView } from '../ha/exposed-entities';
import { type HaMcpState, haMcpState } from '../ha/mcp-apis';
import { clientFor, defaultMode, haApiUrl, haToken } from '../ha/mcp-tools';
import { settingsStoreFor } from '../ha/settings-store';
import { untrustedText } from '../guard/mcp';
import { McpError } from '../provider/mcp';
import type { McpServerSettings, ToolMode } from '../schema/mcp';
import type { McpTool } from '../schema/mcp-wire';
import {
  removeMcpServer,
  saveMcpServer,
  setHaApi,
  setHaApiTool,
  setMcpServerEnabled,
  setOwnTools,
} from '../schema/mcp-edits';
import { type Settings, slugify } from '../schema/settings';
import type { SettingsEdit } from '../schema/settings-edits';
import { secretInput } from './provider-models';
import { formStyles, settingsStyles, themeStyles } from '../ui/styles';
import { strings } from '../i18n';
import '../i18n/pages';

const t = () => strings.mcp;

/** A failure as the settings say it: what happened and what to change. */
export function mcpFailure(err: unknown, origin = globalThis.location?.origin ?? ''): string {
  const f = t().failed;
  if (!(err instanceof McpError)) return f.garbage;
  const said = err.detail.said ? ` ${f.said(err.detail.said)}` : '';
  switch (err.kind) {
    case 'cors':
      return f.cors(origin);
    case 'http':
      return f.http(err.detail.status ?? 0) + said;
    case 'rpc':
    case 'auth':
    case 'forbidden':
    case 'not_found':
      return f[err.kind] + said;
    default:
      return f[err.kind];
  }
}

type Listing =
  { status: 'listing' } | { status: 'ok'; tools: McpTool[] } | { status: 'failed'; why: string };

interface Draft {
  id?: string | undefined;
  name: string;
  url: string;
  token: string;
  tools: Record<string, ToolMode>;
}

const MODES: readonly ToolMode[] = ['ask', 'trust', 'off'];
const HA_MODES: readonly ToolMode[] = ['auto', 'ask', 'trust', 'off'];

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/**
 * Tools from MCP: Home Assistant's LLM APIs (on, off, and per tool) and MCP servers the user
 * names (address, token, Test, per tool). A server's descriptions are shown here, as text.
 */
export class OaccMcpSettings extends LocalizedElement {
  @property({ attribute: false }) connection: HassConnection | undefined;
  @property({ attribute: false }) hass: HassView | undefined;
  @property({ attribute: false }) settings: Settings | undefined;

  @state() private ha: HaMcpState | undefined;
  /** Tool lists, by API id or server id ('' for the form's). */
  @state() private listings: Record<string, Listing> = {};
  @state() private draft: Draft | undefined;
  @state() private error = '';

  protected override willUpdate(): void {
    // Once both are there (the release and whether the user is an administrator decide), and
    // once: hass changes with every state in the house.
    if (this.connection && this.hass && !this.ha && !this.asking) {
      this.asking = true;
      void haMcpState(this.connection, this.hass).then((ha) => (this.ha = ha));
    }
  }
  private asking = false;

  private async edit(edit: SettingsEdit): Promise<void> {
    if (!this.connection) return;
    try {
      this.error = '';
      await settingsStoreFor(this.connection).update(edit);
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    }
  }

  private async list(key: string, url: string, token: Parameters<typeof clientFor>[1]) {
    this.listings = { ...this.listings, [key]: { status: 'listing' } };
    let listing: Listing;
    try {
      listing = { status: 'ok', tools: await clientFor(url, token).listTools() };
    } catch (err) {
      listing = { status: 'failed', why: mcpFailure(err) };
    }
    this.listings = { ...this.listings, [key]: listing };
  }

  protected override render() {
    const s = this.settings;
    if (!s) return nothing;
    return html`<section class="card" aria-labelledby="mcp-title">
      <h2 id="mcp-title">${t().title}</h2>
      <p class="muted">${t().explain}</p>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${s.mcp?.own_tools !== false}
          @change=${(e: Event) => this.edit(setOwnTools((e.target as HTMLInputElement).checked))}
        />${t().ownTools}</label
      >
      <h3>${t().haTitle}</h3>
      ${this.renderHa(s)}
      <h3>${t().serversTitle}</h3>
      ${this.renderServers(s)}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    </section>`;
  }

  private renderHa(s: Settings) {
    const ha = this.ha;
    if (!ha) return html`<p class="muted">${t().haLoading}</p>`;
    if (ha.status === 'lacks') return html`<p class="muted">${t().haLacks(ha.version)}</p>`;
    if (ha.status === 'not-set-up') return html`<p class="muted">${t().haNotSetUp}</p>`;
    return html`${ha.assistOnly ? html`<p class="muted">${t().haAssistOnly}</p>` : nothing}
      <p class="muted">${t().narrowNote}</p>
      <ul class="plain">
        ${ha.apis.map((api) => {
          const chosen = s.mcp?.ha_apis?.[api.id];
          const key = `api:${api.id}`;
          return html`<li>
            <label class="check"
              ><input
                type="checkbox"
                .checked=${Boolean(chosen?.enabled)}
                @change=${(e: Event) =>
                  this.edit(setHaApi(api.id, api.name, (e.target as HTMLInputElement).checked))}
              />${t().useApi(api.name)}</label
            >
            <button
              class="text-button"
              aria-expanded=${this.listings[key] ? 'true' : 'false'}
              @click=${() => this.list(key, haApiUrl(this.hass, api.id), () => haToken(this.hass))}
            >
              ${t().showTools(api.name)}
            </button>
            ${this.renderTools(
              this.listings[key],
              chosen?.tools ?? {},
              HA_MODES,
              defaultMode({ haApi: api.id }),
              (tool, mode) => this.edit(setHaApiTool(api.id, tool, mode)),
            )}
          </li>`;
        })}
      </ul>`;
  }

  private renderTools(
    listing: Listing | undefined,
    modes: Readonly<Record<string, ToolMode>>,
    choices: readonly ToolMode[],
    fallback: ToolMode,
    set: (tool: string, mode: ToolMode) => void,
  ) {
    if (!listing) return nothing;
    if (listing.status === 'listing')
      return html`<p class="muted" role="status">${t().listing}</p>`;
    if (listing.status === 'failed') return html`<p class="error" role="alert">${listing.why}</p>`;
    if (!listing.tools.length) return html`<p class="muted">${t().noTools}</p>`;
    return html`<ul class="tools" aria-label=${t().describedAs}>
      ${listing.tools.map(
        (tool) =>
          html`<li>
            <label
              >${tool.name}
              <select
                aria-label=${t().modeOf(tool.name)}
                @change=${(e: Event) => set(tool.name, (e.target as HTMLSelectElement).value as ToolMode)}
              >
                ${choices.map(
                  (m) =>
                    html`<option value=${m} ?selected=${(modes[tool.name] ?? fallback) === m}>
                      ${t().modes[m]}
                    </option>`,
                )}
              </select></label
            >
            <p class="muted described">${untrustedText(tool.description ?? tool.title, 1024)}</p>
          </li>`,
      )}
    </ul>`;
  }

  private renderServers(s: Settings) {
    const servers = s.mcp?.servers ?? [];
    return html`${servers.length ? nothing : html`<p class="muted">${t().noServers}</p>`}
      <ul class="plain" aria-label=${t().serversTitle}>
        ${servers.map(
          (server) =>
            html`<li>
              <label class="check"
                ><input
                  type="checkbox"
                  .checked=${server.enabled !== false}
                  @change=${(e: Event) =>
                    this.edit(
                      setMcpServerEnabled(server.id, (e.target as HTMLInputElement).checked),
                    )}
                />${t().enabled(server.name)}</label
              >
              <span class="muted">${server.url}</span>
              <button class="text-button" @click=${() => this.open(server)}>
                ${t().edit(server.name)}
              </button>
              <button class="text-button" @click=${() => this.edit(removeMcpServer(server.id))}>
                ${t().remove(server.name)}
              </button>
            </li>`,
        )}
      </ul>
      ${this.draft ? this.renderForm(s) : html`<button class="filled" @click=${() => this.open()}>${t().add}</button>`}`;
  }

  private open(server?: McpServerSettings) {
    const { '': _form, ...others } = this.listings;
    this.listings = others;
    this.draft = {
      id: server?.id,
      name: server?.name ?? '',
      url: server?.url ?? '',
      token: '',
      tools: { ...server?.tools },
    };
  }

  /** The saved server being edited, where its token may still go to the address typed. */
  private savedToken(): string | undefined {
    const d = this.draft;
    const saved = this.settings?.mcp?.servers?.find((x) => x.id === d?.id);
    return saved?.token && originOf(saved.url) === originOf(d?.url ?? '') ? saved.token : undefined;
  }

  private renderForm(s: Settings) {
    const d = this.draft!;
    const saved = s.mcp?.servers?.find((x) => x.id === d.id);
    const moved = Boolean(saved?.token) && !this.savedToken();
    const set = (patch: Partial<Draft>) => (this.draft = { ...d, ...patch });
    const listing = this.listings[''];
    const valid = d.name.trim() && /^https?:\/\/./.test(d.url.trim());
    return html`<fieldset>
      <legend>${d.id ? t().edit(d.name) : t().add}</legend>
      <label
        >${t().name}<input
          .value=${d.name}
          @input=${(e: Event) => set({ name: (e.target as HTMLInputElement).value })}
      /></label>
      <label
        >${t().url}<input
          type="url"
          spellcheck="false"
          .value=${d.url}
          @input=${(e: Event) => set({ url: (e.target as HTMLInputElement).value })}
      /></label>
      <label
        >${t().token}${secretInput(d.token, this.savedToken() ? t().tokenSaved : '', (token) =>
          set({ token }),
        )}</label
      >
      ${moved ? html`<p class="muted">${t().tokenMoved}</p>` : nothing}
      <div class="row">
        <button
          class="text-button"
          ?disabled=${!valid || listing?.status === 'listing'}
          @click=${() => this.list('', d.url.trim(), d.token || this.savedToken())}
        >
          ${listing?.status === 'listing' ? t().testing : t().test}
        </button>
      </div>
      ${listing?.status === 'ok' ? html`<p role="status">${t().testOk(d.name, listing.tools.length)}</p>` : nothing}
      ${listing ? nothing : html`<p class="muted">${t().testFirst}</p>`}
      ${this.renderTools(listing, d.tools, MODES, 'ask', (tool, mode) =>
        set({ tools: { ...this.draft!.tools, [tool]: mode } }),
      )}
      <div class="row">
        <button class="filled" ?disabled=${!valid} @click=${() => this.save(s)}>${t().save}</button>
        <button class="text-button" @click=${() => (this.draft = undefined)}>${t().cancel}</button>
      </div>
    </fieldset>`;
  }

  private async save(s: Settings) {
    const d = this.draft!;
    const token = d.token || this.savedToken();
    const taken = (s.mcp?.servers ?? []).map((x) => x.id).filter((id) => id !== d.id);
    const server: McpServerSettings = {
      id: d.id ?? slugify(d.name, taken),
      name: d.name.trim(),
      url: d.url.trim(),
      ...(token ? { token } : {}),
      tools: d.tools,
    };
    await this.edit(saveMcpServer(server));
    if (!this.error) this.draft = undefined;
  }

  static override styles = [themeStyles, formStyles, settingsStyles];
}
