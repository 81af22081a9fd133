import type { ToolCall } from '../schema/conversation';
import { splitToolName } from '../schema/mcp';
import { strings } from '../i18n';

export function parsed(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** How an entity is named in a row: its name as Home Assistant shows it, else its id. */
export type NameOf = (entityId: string) => string;

const ids = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

/** What a service does, as a row says it done ("Turned on …") and asked ("Turn on …"). */
function serviceWords(domain: string, service: string, names: string) {
  const r = strings.rows;
  const key =
    domain === 'script' || domain === 'scene'
      ? domain
      : ((
          {
            turn_on: 'turn_on',
            turn_off: 'turn_off',
            toggle: 'toggle',
            lock: 'lock',
            unlock: 'unlock',
            open_cover: 'open',
            open: 'open',
            close_cover: 'close',
            close: 'close',
            press: 'press',
            set_temperature: 'temperature',
            media_play: 'play',
            media_pause: 'pause',
          } as Record<string, keyof typeof r.done | undefined>
        )[service] ?? undefined);
  if (key) return { done: r.done[key](names), ask: r.ask[key](names) };
  const other = r.other(`${domain}.${service}`, names);
  return { done: other, ask: other };
}

/**
 * What a call did, in words with the entities' names: "Turned on Kitchen Lights" once done,
 * "Unlock Front Door?" while it waits for Approve, "Unlock Front Door" when it was denied or
 * failed (its status beside it says so); "Read Front Door", "assist: HassTurnOn" for a tool of
 * an MCP server or Home Assistant's APIs.
 */
export function describeCall(call: ToolCall, nameOf: NameOf = (id) => id): string {
  const args = parsed(call.arguments);
  const a = args && typeof args === 'object' ? (args as Record<string, unknown>) : {};
  const change = call.memory;
  if (change) {
    const m = strings.memory;
    if (change.after === undefined) return m.forgot(change.before ?? '');
    return change.before === undefined
      ? m.remembered(change.after)
      : m.changed(change.before, change.after);
  }
  // A tool of an MCP server or of Home Assistant's APIs: whose, and its own name.
  const mcp = call.by_agent ? undefined : splitToolName(call.name);
  if (mcp) return `${mcp.source}: ${mcp.tool}`;
  const verb = strings.toolNames[call.name] ?? call.name;
  const named = (value: unknown) => ids(value).map(nameOf).join(', ');
  if (call.name === 'call_service' && typeof a.domain === 'string') {
    const target = a.entity_id ?? (a.target as { entity_id?: unknown } | undefined)?.entity_id;
    const service = String(a.service ?? '');
    // A script called by its own service (script.good_night) names itself.
    const itself = a.domain === 'script' && !['turn_on', 'toggle'].includes(service);
    const names = itself ? nameOf(`script.${service}`) : named(target) || named(call.entity_ids);
    const words = serviceWords(a.domain, service, names || `${a.domain}.${service}`);
    const status = call.status ?? 'running';
    if (status === 'done') return words.done;
    return status === 'awaiting' ? `${words.ask}?` : words.ask;
  }
  if (call.by_agent) {
    // What Home Assistant's agent reports it acted on, by name: in its summary row, or in the
    // result of one of its intent tools (`{data: {success}}`).
    type Targets = { success?: { name?: unknown }[] };
    const r = parsed(call.result) as (Targets & { data?: Targets }) | undefined;
    const names = (r?.success ?? r?.data?.success ?? [])
      .map((t) => String(t.name ?? ''))
      .filter(Boolean);
    const acted = strings.toolNames.home_assistant ?? verb;
    if (names.length) return `${acted} ${names.join(', ')}`;
    if (call.name === 'home_assistant') return acted;
  }
  const entity = named(a.entity_id);
  return entity ? `${verb} ${entity}` : verb;
}
