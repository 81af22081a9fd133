import type { HassEntity } from 'home-assistant-js-websocket';
import { type HassConnection, errorMessage } from './connection';
import type { HassView } from './exposed-entities';
import type { DraftKind } from '../schema/automation';

// Home Assistant's automations and scripts as the logged-in user reaches them: read (`automation/
// config`, `script/config`, any user), checked (`validate_config`), traced (`trace/*`,
// administrators), the logbook, and saved through the configuration API (REST, administrators),
// which writes automations.yaml or scripts.yaml and reloads that one item.

export type Config = Record<string, unknown>;

/** An automation or script as the list of them shows it. */
export interface Listed {
  entity_id: string;
  kind: DraftKind;
  name: string;
  state: string;
  /** Its id in automations.yaml (absent: written in YAML elsewhere, not editable here). */
  id?: string | undefined;
  last_triggered?: string | null | undefined;
  mode?: string | undefined;
}

export const kindOf = (entityId: string): DraftKind | undefined =>
  entityId.startsWith('automation.')
    ? 'automation'
    : entityId.startsWith('script.')
      ? 'script'
      : undefined;

const nameOf = (s: HassEntity) => String(s.attributes.friendly_name ?? s.entity_id);

/** Every automation and script the user has, from the states the frontend holds. */
export function listAutomations(states: HassView['states'], kind?: DraftKind): Listed[] {
  return Object.values(states ?? {})
    .filter((s) => {
      const k = kindOf(s.entity_id);
      return k && (!kind || k === kind);
    })
    .map((s) => ({
      entity_id: s.entity_id,
      kind: kindOf(s.entity_id)!,
      name: nameOf(s),
      state: s.state,
      ...(typeof s.attributes.id === 'string' ? { id: s.attributes.id } : {}),
      last_triggered: (s.attributes.last_triggered as string | null | undefined) ?? null,
      mode: s.attributes.mode as string | undefined,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The configuration Home Assistant holds for an automation or script. */
export async function readConfig(conn: HassConnection, entityId: string): Promise<Config> {
  const kind = kindOf(entityId);
  const { config } = await conn.sendMessagePromise<{ config: Config }>({
    type: `${kind}/config`,
    entity_id: entityId,
  });
  return config;
}

/** The key a script is stored under (its unique id; the object id where the registry has none). */
export async function scriptKey(conn: HassConnection, entityId: string): Promise<string> {
  try {
    const entry = await conn.sendMessagePromise<{ unique_id?: string }>({
      type: 'config/entity_registry/get',
      entity_id: entityId,
    });
    if (entry.unique_id) return entry.unique_id;
  } catch {
    // Not in the registry: a script keeps its key as its object id.
  }
  return entityId.slice('script.'.length);
}

/** Home Assistant's own check of triggers, conditions and actions: its words for each part
 * that fails (the keys are the plural ones since 2024.10, as every supported release takes). */
export async function validateParts(
  conn: HassConnection,
  parts: { triggers?: unknown; conditions?: unknown; actions?: unknown },
): Promise<{ part: string; error: string }[]> {
  const sent = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined));
  if (!Object.keys(sent).length) return [];
  const result = await conn.sendMessagePromise<
    Record<string, { valid: boolean; error?: string | null }>
  >({ type: 'validate_config', ...sent });
  return Object.entries(result)
    .filter(([, r]) => !r.valid)
    .map(([part, r]) => ({ part, error: String(r.error ?? '') }));
}

/** The REST call of the frontend (`hass.callApi`): the page's own origin and token. */
export type CallApi = NonNullable<HassView['callApi']>;

/** Why the configuration API refused, in Home Assistant's words where it gave some. */
export function apiError(err: unknown): string {
  const e = err as { status_code?: number; body?: unknown; error?: unknown } | undefined;
  const body = e?.body;
  const message =
    body && typeof body === 'object' && 'message' in body
      ? String((body as { message: unknown }).message)
      : '';
  if (message) return message;
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 300);
  if (e?.status_code) return `HTTP ${e.status_code}`;
  return typeof e?.error === 'string' ? e.error : errorMessage(err);
}

/** Writes an automation or script under `key` (the configuration API replaces what has it). */
export async function writeConfig(callApi: CallApi, kind: DraftKind, key: string, config: Config) {
  // An `id` in the body would win over the key in the address: the key alone says which.
  const { id: _id, ...body } = config;
  await callApi('POST', `config/${kind}/config/${encodeURIComponent(key)}`, body);
}

/** Runs an automation (its conditions checked, or not) or a script, once. */
export async function runOnce(conn: HassConnection, entityId: string, checkConditions: boolean) {
  const kind = kindOf(entityId);
  await conn.sendMessagePromise({
    type: 'call_service',
    domain: kind,
    service: kind === 'automation' ? 'trigger' : 'turn_on',
    service_data: kind === 'automation' ? { skip_condition: !checkConditions } : {},
    target: { entity_id: entityId },
  });
}

export interface TraceSummary {
  run_id: string;
  timestamp: { start: string; finish?: string | null };
  state?: string;
  script_execution?: string | null;
  last_step?: string | null;
  trigger?: string | null;
  error?: string;
}

/** The last runs Home Assistant traced (administrators only). */
export async function listTraces(conn: HassConnection, kind: DraftKind, key: string) {
  return conn.sendMessagePromise<TraceSummary[]>({
    type: 'trace/list',
    domain: kind,
    item_id: key,
  });
}

type Step = {
  path: string;
  timestamp: string;
  changed_variables?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: string;
};

/** One run, step by step: when, what triggered it, what each condition and action gave. */
export async function readTrace(conn: HassConnection, kind: DraftKind, key: string, runId: string) {
  const trace = await conn.sendMessagePromise<TraceSummary & { trace: Record<string, Step[]> }>({
    type: 'trace/get',
    domain: kind,
    item_id: key,
    run_id: runId,
  });
  const steps = Object.values(trace.trace ?? {})
    .flat()
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp))
    .map((s) => {
      const trigger = (s.changed_variables?.trigger as { description?: unknown } | undefined)
        ?.description;
      return {
        path: s.path,
        at: s.timestamp,
        ...(trigger !== undefined ? { trigger } : {}),
        ...(s.result !== undefined ? { result: s.result } : {}),
        ...(s.error !== undefined ? { error: s.error } : {}),
      };
    });
  const { trace: _t, ...summary } = trace as typeof trace & { config?: unknown; context?: unknown };
  const {
    config: _c,
    context: _x,
    blueprint_inputs: _b,
    ...kept
  } = summary as Record<string, unknown>;
  return { ...kept, steps };
}

export interface LogbookEntry {
  when: number;
  entity_id?: string;
  name?: string;
  message?: string;
  state?: string;
  context_entity_id?: string;
  context_name?: string;
  context_event_type?: string;
  context_domain?: string;
  context_service?: string;
  context_message?: string;
  context_source?: string;
}

/** What the logbook holds for `entityIds` between `start` and `end`. */
export async function readLogbook(
  conn: HassConnection,
  entityIds: string[],
  start: Date,
  end: Date,
) {
  return conn.sendMessagePromise<LogbookEntry[]>({
    type: 'logbook/get_events',
    start_time: start.toISOString(),
    end_time: end.toISOString(),
    entity_ids: entityIds,
  });
}
