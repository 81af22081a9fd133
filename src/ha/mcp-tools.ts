import type { HassView, Home } from './exposed-entities';
import type { ToolBox, ToolOutcome, ToolRequest, ToolReview } from '../chat/ports';
import {
  type IntentWorld,
  MCP_LIMITS,
  type McpVerdict,
  definitionOf,
  judgeByMode,
  judgeIntent,
  resultText,
  sourcePrefix,
} from '../guard/mcp';
import { McpClient, type McpError } from '../provider/mcp';
import type { McpSettings, ToolMode } from '../schema/mcp';
import type { McpTool } from '../schema/mcp-wire';

// Tools from Home Assistant's LLM APIs (its MCP server, `/api/mcp/<api id>`, on its own origin
// with the user's token) and from MCP servers the user named, as one source of tools for a
// turn. What each call may do is the guard's (guard/mcp.ts); this finds the tools, asks, runs.

/** Home Assistant's API every user may use. */
export const ASSIST_API = 'assist';

export interface McpSource {
  prefix: string;
  label: string;
  /** One of Home Assistant's LLM APIs (its tools follow the house's rules by default). */
  haApi?: string | undefined;
  client: McpClient;
  modes: Readonly<Record<string, ToolMode>>;
}

/** Home Assistant's bearer token for its own endpoints, fresh. */
export async function haToken(hass: HassView | undefined): Promise<string | undefined> {
  const auth = hass?.auth;
  if (!auth) return undefined;
  if (auth.expired) await auth.refreshAccessToken();
  return auth.accessToken;
}

/** The address of one of Home Assistant's LLM APIs as an MCP endpoint. */
export function haApiUrl(hass: HassView | undefined, apiId: string): string {
  const path = `/api/mcp/${encodeURIComponent(apiId)}`;
  return hass?.hassUrl ? hass.hassUrl(path) : new URL(path, globalThis.location.href).href;
}

const clients = new Map<string, McpClient>();

/** One client per address and token, kept for the page (a server's session lives with it). */
export function clientFor(
  url: string,
  token: string | (() => Promise<string | undefined>) | undefined,
): McpClient {
  const key = `${url}\u0000${typeof token === 'string' ? token : ''}`;
  let client = clients.get(key);
  if (!client) {
    client = new McpClient({ url, token }, { timeoutMs: 30_000 });
    clients.set(key, client);
  }
  return client;
}

/** The sources the user turned on (Home Assistant's APIs only where the chat sees the whole
 * exposed house: a card that narrows its scope cannot narrow what those tools see). */
export function sourcesOf(
  settings: McpSettings | undefined,
  hass: () => HassView | undefined,
  narrowed: boolean,
): McpSource[] {
  const sources: McpSource[] = [];
  const taken = new Set<string>();
  const prefixOf = (label: string) => {
    let prefix = sourcePrefix(label);
    for (let n = 2; taken.has(prefix); n++) prefix = `${sourcePrefix(label).slice(0, 17)}-${n}`;
    taken.add(prefix);
    return prefix;
  };
  if (!narrowed)
    for (const [apiId, api] of Object.entries(settings?.ha_apis ?? {})) {
      if (!api.enabled) continue;
      const label = api.name || apiId;
      sources.push({
        // Assist's name changes with the release ("Device control" in 2026.11): its prefix stays.
        prefix: prefixOf(apiId === ASSIST_API ? 'assist' : label),
        label,
        haApi: apiId,
        client: clientFor(haApiUrl(hass(), apiId), () => haToken(hass())),
        modes: api.tools ?? {},
      });
    }
  for (const server of settings?.servers ?? []) {
    if (server.enabled === false) continue;
    sources.push({
      prefix: prefixOf(server.name),
      label: server.name,
      client: clientFor(server.url, server.token),
      modes: server.tools ?? {},
    });
  }
  return sources;
}

/** How a tool of a source is used when the user did not say: Assist's by the house's rules,
 * every other asks. */
export const defaultMode = (source: { haApi?: string | undefined }): ToolMode =>
  source.haApi === ASSIST_API ? 'auto' : 'ask';

interface Offered {
  source: McpSource;
  tool: McpTool;
  mode: ToolMode;
}

/** What went wrong with a source, in English for the model (the user sees it in the row). */
export function failureWords(err: unknown, quote = true): string {
  const e = err as McpError;
  const said = quote && e?.detail?.said ? ` It said: ${e.detail.said}` : '';
  switch (e?.kind) {
    case 'cors':
      return 'The server does not let this page call it (CORS).';
    case 'network':
      return 'Nothing answered at its address.';
    case 'mixed_content':
      return 'The browser refuses an http address from this https page.';
    case 'auth':
      return `It refused the token (401).${said}`;
    case 'forbidden':
      return `It refused this user (403).${said}`;
    case 'not_found':
      return `No MCP endpoint at its address (404).${said}`;
    case 'timeout':
      return 'It did not answer in time.';
    case 'too_large':
      return 'Its answer was larger than the card reads.';
    case 'garbage':
      return 'Its answer was not the Model Context Protocol.';
    case 'redirect':
      return 'It sent the request elsewhere (not followed).';
    case 'rpc':
      return `It answered with an error.${said}`;
    case 'http':
      return `It answered HTTP ${e.detail.status}.${said}`;
    default:
      return 'It failed.';
  }
}

/** The tools of the sources turned on, as one tool box; sources that fail to list are named
 * in the overview, and the turn goes on without them. */
export async function mcpTools(
  sources: readonly McpSource[],
  world: () => Promise<Home>,
  confirm: readonly string[],
): Promise<McpTools | undefined> {
  if (!sources.length) return undefined;
  const failed: string[] = [];
  const offered: Offered[] = [];
  await Promise.all(
    sources.map(async (source) => {
      try {
        const tools = await source.client.listTools();
        for (const tool of tools.slice(0, MCP_LIMITS.toolsPerSource)) {
          const mode = source.modes[tool.name] ?? defaultMode(source);
          if (mode !== 'off') offered.push({ source, tool, mode });
        }
      } catch (err) {
        // Without the server's own words: this goes into the system prompt.
        failed.push(`${source.label}: ${failureWords(err, false)}`);
      }
    }),
  );
  return new McpTools(offered, failed, world, confirm);
}

export class McpTools implements ToolBox {
  readonly definitions: unknown[];
  private readonly byName = new Map<string, Offered>();

  constructor(
    offered: readonly Offered[],
    private readonly failed: readonly string[],
    private readonly world: () => Promise<Home>,
    private readonly confirm: readonly string[],
  ) {
    this.definitions = offered.map((o) => {
      const d = definitionOf(o.source.prefix, o.source.label, o.tool);
      if (!this.byName.has(d.function.name)) this.byName.set(d.function.name, o);
      return d;
    });
  }

  private async verdict(o: Offered, args: Record<string, unknown>): Promise<McpVerdict> {
    if (o.mode !== 'auto') return judgeByMode(o.mode);
    if (o.source.haApi !== ASSIST_API) return { decision: 'approve' };
    // Home Assistant marks the tools that only read.
    if (o.tool.annotations?.readOnlyHint === true) return { decision: 'allow' };
    return judgeIntent(o.tool.name, args, intentWorld(await this.world(), this.confirm));
  }

  async review(call: ToolRequest): Promise<ToolReview> {
    const o = this.byName.get(call.name);
    if (!o) return { entityIds: [], refuse: `There is no tool named ${call.name}.` };
    const args = argsOf(call.arguments);
    if (!args) return { entityIds: [], refuse: 'The arguments must be a JSON object.' };
    const v = await this.verdict(o, args);
    if (v.decision === 'refuse') return { entityIds: [], refuse: v.why };
    if (v.decision === 'approve')
      return {
        entityIds: [],
        confirm: `${o.source.label}: ${o.tool.name}${v.why ? ` (${v.why})` : ''}`,
      };
    return { entityIds: [] };
  }

  async run(call: ToolRequest, approved: boolean): Promise<ToolOutcome> {
    const review: ToolReview = await this.review(call).catch(() => ({
      entityIds: [],
      refuse: 'It could not be checked.',
    }));
    if (review.refuse)
      return { content: JSON.stringify({ error: review.refuse }), ok: false, entityIds: [] };
    if (review.confirm && !approved)
      return {
        content: JSON.stringify({ error: 'The user did not approve it.' }),
        ok: false,
        entityIds: [],
      };
    const o = this.byName.get(call.name)!;
    try {
      const result = await o.source.client.callTool(o.tool.name, argsOf(call.arguments)!);
      const text = resultText(result);
      return result.isError
        ? {
            content: JSON.stringify({ error: text || 'The tool failed.' }),
            ok: false,
            entityIds: [],
          }
        : { content: text, ok: true, entityIds: [] };
    } catch (err) {
      return {
        content: JSON.stringify({ error: `${o.source.label}: ${failureWords(err)}` }),
        ok: false,
        entityIds: [],
      };
    }
  }

  /** Only the card's own words: the sources that could not list their tools. A server's
   * descriptions never go into the system prompt. */
  async overview(): Promise<string> {
    return this.failed.length
      ? `These tool sources could not be reached, so their tools are missing now: ${this.failed.join(' ')}`
      : '';
  }
}

function argsOf(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text || '{}');
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function intentWorld(home: Home, confirm: readonly string[]): IntentWorld {
  return {
    confirm,
    entities: home.entities.map((e) => ({
      entity_id: e.entity_id,
      domain: e.domain,
      name: e.name,
      device_class: e.state.attributes.device_class as string | undefined,
      area: e.area,
    })),
  };
}
