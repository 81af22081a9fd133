// Tools from MCP servers and Home Assistant's LLM APIs are someone else's words and someone else's
// actions. Their names become ours (a prefix says whose), their descriptions are untrusted text
// (clipped, control characters out, never in the system prompt), what they may do is decided
// here (the user's choice per tool; Home Assistant's own tools by the house's rules), and what
// they give back is text for the model and the row: credentials masked, pictures and links never
// fetched, a size.

import { scrubCredentials, scrubText } from './credentials';
import { LIMITS, clip, jsonBytes } from './sizes';
import {
  type PolicyEntity,
  SENSITIVE_COVER_CLASSES,
  SENSITIVE_DOMAINS,
  isSensitive,
} from './service-call';
import { SEPARATOR, type ToolMode } from '../schema/mcp';
import type { CallToolResult, McpTool } from '../schema/mcp-wire';

export const MCP_LIMITS = {
  /** A tool's description as the model gets it. */
  descriptionChars: 1024,
  /** A tool's input schema; a larger one is replaced by "any object". */
  schemaBytes: 8192,
  /** Tools one source may offer a chat. */
  toolsPerSource: 64,
} as const;

/** A prefix for a source: lower case letters, digits and "-", at most 20. */
export function sourcePrefix(label: string): string {
  return (
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 20)
      .replace(/-+$/, '') || 'mcp'
  );
}

/** The name the model calls: `prefix__tool`, as providers take them (a-z, 0-9, _ and -, at
 * most 64). */
export function toolNameOf(prefix: string, tool: string): string {
  return `${prefix}${SEPARATOR}${tool.replace(/[^A-Za-z0-9_-]+/g, '_')}`.slice(0, 64);
}

/** Untrusted text for a place that shows or passes it on: control and bidirectional-override
 * characters out, clipped. */
export function untrustedText(text: string | undefined, max: number): string {
  // eslint-disable-next-line no-control-regex
  const clean = (text ?? '').replace(
    /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g,
    '',
  );
  const { text: cut, clipped } = clip(clean.trim(), max);
  return clipped ? `${cut}…` : cut;
}

/** An OpenAI function definition for a source's tool. */
export function definitionOf(prefix: string, label: string, tool: McpTool) {
  const schema = tool.inputSchema;
  const parameters =
    schema && schema.type === 'object' && jsonBytes(schema) <= MCP_LIMITS.schemaBytes
      ? schema
      : { type: 'object', properties: {} };
  const about = untrustedText(tool.description ?? tool.title, MCP_LIMITS.descriptionChars);
  return {
    type: 'function' as const,
    function: {
      name: toolNameOf(prefix, tool.name),
      description: `${label} (MCP)${about ? `: ${about}` : ''}`,
      parameters,
    },
  };
}

/** What a call may do: the user's choice for the tool, or for Home Assistant's own tools (auto)
 * the house's rules. */
export type McpVerdict =
  | { decision: 'allow' }
  | { decision: 'approve'; why?: string }
  | { decision: 'refuse'; why: string };

export function judgeByMode(mode: ToolMode): McpVerdict {
  switch (mode) {
    case 'off':
      return { decision: 'refuse', why: 'The user turned this tool off.' };
    case 'trust':
      return { decision: 'allow' };
    default:
      return { decision: 'approve' };
  }
}

/** The house as Home Assistant's intent tools name it: entities by name and alias, areas. */
export interface IntentWorld {
  entities: readonly (PolicyEntity & { aliases?: readonly string[]; area?: string | undefined })[];
  confirm: readonly string[];
}

/** Tools of Home Assistant's Assist API that only read. */
const READS = /^(?:Get|HassGet|HassList(?!Add)|todo_get|calendar_get)/;

const lower = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => String(x).toLowerCase().trim());

/**
 * A call to one of Home Assistant's intent tools (`HassTurnOn {name: "Front door"}`), judged as
 * our own service calls are: what it names by name, area, domain or device class is found among
 * the exposed entities, and a lock, an alarm, a camera, a garage door, gate or door (or what the
 * user asks about) waits for Approve; so does a call that names something the card cannot find,
 * as it cannot tell what Home Assistant will act on. Tools that only read run at once; so does
 * a script the user exposed, unless it is on the user's list.
 */
export function judgeIntent(
  tool: string,
  args: Record<string, unknown>,
  world: IntentWorld,
): McpVerdict {
  // Newer releases name a tool with its integration: `intent__HassTurnOn`, `script__<id>`.
  const base = tool.split(SEPARATOR).at(-1) ?? tool;
  if (READS.test(base)) return { decision: 'allow' };
  // Exposed scripts are tools of their own (older releases name them by the script's id alone).
  const scriptId = `script.${base}`;
  const script = world.entities.find((e) => e.entity_id === scriptId);
  if (script)
    return isSensitive(script, 'script', world.confirm)
      ? { decision: 'approve', why: script.name }
      : { decision: 'allow' };
  const domains = lower(args.domain);
  const classes = lower(args.device_class);
  const sensitiveDomain = domains.find(
    (d) => (SENSITIVE_DOMAINS as readonly string[]).includes(d) || world.confirm.includes(d),
  );
  if (sensitiveDomain) return { decision: 'approve', why: sensitiveDomain };
  const sensitiveClass = classes.find((c) =>
    (SENSITIVE_COVER_CLASSES as readonly string[]).includes(c),
  );
  if (sensitiveClass) return { decision: 'approve', why: sensitiveClass };
  const names = lower(args.name);
  const areas = lower(args.area).concat(lower(args.floor));
  let candidates = world.entities;
  if (names.length)
    candidates = candidates.filter((e) =>
      [e.name, ...(e.aliases ?? [])].some((n) => names.includes(n.toLowerCase().trim())),
    );
  if (areas.length)
    candidates = candidates.filter((e) => areas.includes((e.area ?? '').toLowerCase().trim()));
  if (domains.length) candidates = candidates.filter((e) => domains.includes(e.domain));
  if (names.length && !candidates.length) return { decision: 'approve', why: names.join(', ') };
  const sensitive = candidates.filter((e) => isSensitive(e, e.domain, world.confirm));
  return sensitive.length
    ? { decision: 'approve', why: sensitive.map((e) => e.name).join(', ') }
    : { decision: 'allow' };
}

/** What a tool gave back, as text for the model and the row: its text, pictures and links named
 * (never fetched), structured content as JSON, credentials masked, at most the result size. */
export function resultText(result: CallToolResult): string {
  const parts: string[] = [];
  for (const item of result.content ?? []) {
    const c = (item ?? {}) as Record<string, unknown>;
    if (c.type === 'text' && typeof c.text === 'string') parts.push(scrubText(c.text));
    else if (c.type === 'image' || c.type === 'audio') parts.push(`[${c.type} left out]`);
    else if (c.type === 'resource_link' || c.type === 'resource') {
      const r = (c.type === 'resource' ? c.resource : c) as Record<string, unknown> | undefined;
      if (typeof r?.text === 'string') parts.push(scrubText(r.text));
      else parts.push(`[${c.type}: ${scrubText(String(r?.uri ?? ''))}]`);
    }
  }
  if (!parts.length && result.structuredContent !== undefined)
    parts.push(JSON.stringify(scrubCredentials(result.structuredContent)));
  const text = parts.join('\n');
  const { text: cut, clipped } = clip(text, LIMITS.toolResultChars - 120);
  return clipped
    ? `${cut}\n[cut: the result was ${text.length} characters; the card keeps ${cut.length}]`
    : cut;
}
