import * as z from 'zod/mini';
import type { HassConnection } from './connection';
import { type Home, type HomeEntity, areaMatches } from './exposed-entities';
import { describeIssues } from '../schema/parse';
import type { PolicyEntity } from '../guard/service-call';
import {
  type CallServiceArgs,
  GetEntityArgsSchema,
  GetHistoryArgsSchema,
  ListAreasArgsSchema,
  ListEntitiesArgsSchema,
} from '../schema/tools';

// What the house's tools read, and the checks every tool makes of what a model asked for: its
// arguments, and that each entity it names is in the chat's scope. Errors are worded for the
// model, which reads them and may try again.

/** An entity as the guard sees it. */
export const policyOf = (e: HomeEntity): PolicyEntity => ({
  entity_id: e.entity_id,
  domain: e.domain,
  name: e.name,
  device_class: String(e.state.attributes.device_class ?? ''),
});

/** A mistake of the model's, worded for it. */
export class ToolError extends Error {}

export function parseArgs<T>(schema: z.ZodMiniType<T>, text: string): T {
  let value: unknown;
  try {
    value = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new ToolError(`The arguments are not valid JSON: ${text.slice(0, 200)}`);
  }
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new ToolError(`Invalid arguments: ${describeIssues(result.error).join('; ')}`);
  return result.data;
}

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Attributes worth a model's tokens in a listing; `get_entity` gives all of them. */
const LISTED_ATTRIBUTES = [
  'device_class',
  'unit_of_measurement',
  'brightness',
  'color_mode',
  'current_temperature',
  'temperature',
  'target_temp_low',
  'target_temp_high',
  'hvac_action',
  'current_position',
  'percentage',
  'media_title',
  'volume_level',
  'battery_level',
];
const MAX_LISTED = 150;

function brief(e: HomeEntity) {
  const attributes: Record<string, unknown> = {};
  for (const key of LISTED_ATTRIBUTES)
    if (e.state.attributes[key] !== undefined && e.state.attributes[key] !== null)
      attributes[key] = e.state.attributes[key];
  return {
    entity_id: e.entity_id,
    name: e.name,
    ...(e.area ? { area: e.area } : {}),
    state: e.state.state,
    ...(Object.keys(attributes).length ? { attributes } : {}),
  };
}

export function inScope(home: Home, entityId: string): HomeEntity {
  const id = entityId.trim().toLowerCase();
  const found = home.entities.find((e) => e.entity_id === id);
  if (found) return found;
  throw new ToolError(
    home.allIds.has(id)
      ? `${id} is not exposed to you: you may not read or control it. Tell the user it is outside your scope.`
      : `There is no entity ${id} in your scope. Call list_entities to find the right id.`,
  );
}

/** The entities a service call acts on: by id (each in scope, of the service's domain) and by
 * area (those of its domain in scope there). */
export function targetsOf(home: Home, args: CallServiceArgs): HomeEntity[] {
  const domain = args.domain.trim().toLowerCase();
  const byId = list(args.entity_id).map((id) => {
    const e = inScope(home, id);
    // Home Assistant reports a service on an entity of another domain (script.turn_on aimed
    // at a light) as done, though nothing happens: only homeassistant.* acts across domains.
    if (domain !== 'homeassistant' && e.domain !== domain)
      throw new ToolError(
        `${e.entity_id} is a ${e.domain} entity: ${domain}.${args.service} does nothing to it, ` +
          `though Home Assistant would answer that it succeeded. Call a ${e.domain} service, ` +
          `or homeassistant.${args.service}.`,
      );
    return e;
  });
  const byArea: HomeEntity[] = [];
  for (const wanted of list(args.area)) {
    const area = home.areas.find((a) => areaMatches(a, wanted));
    if (!area) throw new ToolError(`There is no area "${wanted}". Call list_areas.`);
    const inArea = home.entities.filter(
      (e) =>
        e.area_id === area.area_id && (args.domain === 'homeassistant' || e.domain === args.domain),
    );
    if (!inArea.length)
      throw new ToolError(`No ${args.domain} entity in ${area.name} is in your scope.`);
    byArea.push(...inArea);
  }
  const all = [...byId, ...byArea];
  return all.filter((e, i) => all.findIndex((o) => o.entity_id === e.entity_id) === i);
}

export function listEntities(home: Home, argsText: string) {
  const args = parseArgs(ListEntitiesArgsSchema, argsText);
  const name = args.name?.trim().toLowerCase();
  const found = home.entities.filter(
    (e) =>
      (!args.domain || e.domain === args.domain.trim().toLowerCase()) &&
      (!args.area ||
        home.areas.some((a) => a.area_id === e.area_id && areaMatches(a, args.area!))) &&
      (!name || e.name.toLowerCase().includes(name) || e.entity_id.includes(name)),
  );
  return {
    count: found.length,
    entities: found.slice(0, MAX_LISTED).map(brief),
    ...(found.length > MAX_LISTED
      ? { note: `Only the first ${MAX_LISTED}: filter by domain, area or name.` }
      : {}),
  };
}

export function getEntity(home: Home, argsText: string) {
  const e = inScope(home, parseArgs(GetEntityArgsSchema, argsText).entity_id);
  return { ...brief(e), attributes: e.state.attributes, last_changed: e.state.last_changed };
}

export function listAreas(home: Home, argsText: string) {
  parseArgs(ListAreasArgsSchema, argsText);
  return home.areas.map((a) => ({
    area_id: a.area_id,
    name: a.name,
    entities: home.entities.filter((e) => e.area_id === a.area_id).length,
  }));
}

/** An entity's state changes over the last hours (Home Assistant's `history`). */
export async function entityHistory(conn: HassConnection, home: Home, argsText: string) {
  const args = parseArgs(GetHistoryArgsSchema, argsText);
  const e = inScope(home, args.entity_id);
  const start = new Date(Date.now() - (args.hours ?? 24) * 3_600_000);
  const result = await conn.sendMessagePromise<
    Record<string, { s?: string; lu?: number; lc?: number }[]>
  >({
    type: 'history/history_during_period',
    start_time: start.toISOString(),
    entity_ids: [e.entity_id],
    minimal_response: true,
    no_attributes: true,
    significant_changes_only: false,
  });
  const changes = (result[e.entity_id] ?? []).map((c) => ({
    state: c.s,
    at: new Date((c.lc ?? c.lu ?? 0) * 1000).toISOString(),
  }));
  return {
    entity_id: e.entity_id,
    changes: changes.slice(-100),
    ...(changes.length > 100 ? { note: `The last 100 of ${changes.length} changes.` } : {}),
  };
}
