import type { HassEntity } from 'home-assistant-js-websocket';
import { type HassConnection, errorCode } from './connection';
import type { Scope } from '../schema/tools';

/** One entity as the tools describe it to the model. */
export interface HomeEntity {
  entity_id: string;
  domain: string;
  name: string;
  area_id?: string | undefined;
  area?: string | undefined;
  state: HassEntity;
}

export interface HomeArea {
  area_id: string;
  name: string;
  aliases: string[];
}

/** How the entities in scope were chosen, for the settings and the model. */
export type ScopeSource =
  /** The user's Assist exposure settings (Settings → Voice assistants → Expose). */
  | 'assist'
  /** Not an admin: the registry's settings (and defaults) for registered entities only; entities
   * without a unique ID keep their setting where only admins can read it, so they are left out. */
  | 'assist-registry';

export interface Home {
  entities: HomeEntity[];
  areas: HomeArea[];
  source: ScopeSource;
  /** Every state the user can read, in scope or not (to tell "not exposed" from "no such"). */
  allIds: ReadonlySet<string>;
}

interface RegistryEntry {
  entity_id: string;
  area_id?: string | null;
  device_id?: string | null;
  name?: string | null;
  original_name?: string | null;
  hidden_by?: string | null;
  entity_category?: string | null;
  options?: { conversation?: { should_expose?: boolean } };
}

// Home Assistant's defaults for an entity with no exposure setting of its own
// (homeassistant/exposed_entities.py): these domains, and sensors of these device classes.
const DEFAULT_EXPOSED_DOMAINS = new Set([
  'climate',
  'cover',
  'fan',
  'humidifier',
  'light',
  'media_player',
  'scene',
  'switch',
  'todo',
  'vacuum',
  'water_heater',
]);
const DEFAULT_EXPOSED_BINARY_SENSOR_CLASSES = new Set([
  'door',
  'garage_door',
  'lock',
  'motion',
  'opening',
  'presence',
  'window',
]);
const DEFAULT_EXPOSED_SENSOR_CLASSES = new Set([
  'aqi',
  'carbon_monoxide',
  'carbon_dioxide',
  'humidity',
  'pm10',
  'pm25',
  'temperature',
  'volatile_organic_compounds',
]);

function exposedByDefault(state: HassEntity, entry: RegistryEntry | null | undefined): boolean {
  if (entry?.entity_category || entry?.hidden_by) return false;
  const domain = state.entity_id.split('.')[0]!;
  if (DEFAULT_EXPOSED_DOMAINS.has(domain)) return true;
  const deviceClass = String(state.attributes.device_class ?? '');
  if (domain === 'binary_sensor') return DEFAULT_EXPOSED_BINARY_SENSOR_CLASSES.has(deviceClass);
  if (domain === 'sensor') return DEFAULT_EXPOSED_SENSOR_CLASSES.has(deviceClass);
  return false;
}

const ask = <T>(conn: HassConnection, message: Record<string, unknown> & { type: string }) =>
  conn.sendMessagePromise<T>(message);

/** An admin-only command: its answer, or undefined when this user may not ask. */
async function asAdmin<T>(
  conn: HassConnection,
  message: Record<string, unknown> & { type: string },
): Promise<T | undefined> {
  try {
    return await ask<T>(conn, message);
  } catch (err) {
    if (['unauthorized', 'unknown_command'].includes(errorCode(err) ?? '')) return undefined;
    throw err;
  }
}

/**
 * The entities the model may see: the ones the user exposed to Assist, as Home Assistant's own
 * conversation agents see them. The entity registry (readable by every user) holds the setting of
 * each registered entity (one without a setting follows Home Assistant's defaults, which an admin's
 * "expose new entities" switch can turn off). Entities outside the registry (no unique ID) keep
 * their setting in a store only admins can list, which names the exposed ones: other users' chats
 * leave them out rather than guess, so the scope is never wider than the user chose.
 */
export async function loadHome(
  conn: HassConnection,
  states?: Readonly<Record<string, HassEntity>>,
): Promise<Home> {
  const all = states
    ? Object.values(states)
    : await ask<HassEntity[]>(conn, { type: 'get_states' });
  const ids = all.map((s) => s.entity_id);
  const [entries, devices, areas, exposedList, exposeNew] = await Promise.all([
    ids.length
      ? ask<Record<string, RegistryEntry | null>>(conn, {
          type: 'config/entity_registry/get_entries',
          entity_ids: ids,
        })
      : Promise.resolve({} as Record<string, RegistryEntry | null>),
    ask<{ id: string; area_id?: string | null }[]>(conn, { type: 'config/device_registry/list' }),
    ask<{ area_id: string; name: string; aliases?: string[] }[]>(conn, {
      type: 'config/area_registry/list',
    }),
    asAdmin<{ exposed_entities: Record<string, { conversation?: boolean }> }>(conn, {
      type: 'homeassistant/expose_entity/list',
    }),
    asAdmin<{ expose_new: boolean }>(conn, {
      type: 'homeassistant/expose_new_entities/get',
      assistant: 'conversation',
    }),
  ]);
  const deviceArea = new Map(devices.map((d) => [d.id, d.area_id ?? undefined]));
  const areaList: HomeArea[] = areas.map((a) => ({
    area_id: a.area_id,
    name: a.name,
    aliases: a.aliases ?? [],
  }));
  const areaName = new Map(areaList.map((a) => [a.area_id, a.name]));
  const exposeNewEntities = exposeNew?.expose_new ?? true;

  const entities: HomeEntity[] = [];
  for (const state of all) {
    const entry = entries[state.entity_id];
    // Outside the registry, only the admins' list tells (it names the exposed ones only).
    const exposed = entry
      ? (entry.options?.conversation?.should_expose ??
        (exposeNewEntities && exposedByDefault(state, entry)))
      : exposedList?.exposed_entities[state.entity_id]?.conversation === true;
    if (!exposed) continue;
    const areaId =
      entry?.area_id ?? (entry?.device_id ? deviceArea.get(entry.device_id) : undefined);
    entities.push({
      entity_id: state.entity_id,
      domain: state.entity_id.split('.')[0]!,
      name: String(
        state.attributes.friendly_name ?? entry?.name ?? entry?.original_name ?? state.entity_id,
      ),
      area_id: areaId ?? undefined,
      area: areaId ? areaName.get(areaId) : undefined,
      state,
    });
  }
  return {
    entities,
    areas: areaList,
    source: exposedList ? 'assist' : 'assist-registry',
    allIds: new Set(ids),
  };
}

const norm = (s: string) => s.trim().toLowerCase();

/** Whether an area id or name (or alias) names `area`. */
export function areaMatches(area: HomeArea, wanted: string): boolean {
  const w = norm(wanted);
  return (
    norm(area.area_id) === w || norm(area.name) === w || area.aliases.some((a) => norm(a) === w)
  );
}

/** The entities of `home` that a card's scope keeps. */
export function narrow(home: Home, scope: Scope | undefined): Home {
  if (!scope) return home;
  const { entities, areas, domains } = scope;
  const kept = home.entities.filter(
    (e) =>
      (!entities?.length || entities.includes(e.entity_id)) &&
      (!domains?.length || domains.includes(e.domain)) &&
      (!areas?.length ||
        areas.some((wanted) =>
          home.areas.some((a) => a.area_id === e.area_id && areaMatches(a, wanted)),
        )),
  );
  return { ...home, entities: kept };
}
