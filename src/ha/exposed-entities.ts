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

/** What the frontend's `hass` already holds, kept current by Home Assistant: read from here,
 * nothing is asked again. Every part is optional (tests, older releases). */
export interface HassView {
  states?: Readonly<Record<string, HassEntity>> | undefined;
  /** The entity registry as the frontend holds it: a new object whenever it changes (an
   * entity exposed or hidden, added or removed), which is when exposure is read again. */
  entities?: Readonly<Record<string, unknown>> | undefined;
  devices?: Readonly<Record<string, { id: string; area_id?: string | null }>> | undefined;
  areas?:
    Readonly<Record<string, { area_id: string; name: string; aliases?: string[] }>> | undefined;
  services?:
    | Readonly<Record<string, Readonly<Record<string, { response?: { optional?: boolean } }>>>>
    | undefined;
  /** Who is logged in (administrators may save automations and read traces). */
  user?: { is_admin?: boolean } | undefined;
  /** The frontend's REST call, on its own origin with its token. */
  callApi?: <T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<T>;
  /** The user's sign-in (its token goes to Home Assistant's own MCP endpoints only). */
  auth?: { accessToken: string; expired: boolean; refreshAccessToken(): Promise<unknown> };
  config?: { version?: string };
  /** The page's origin as Home Assistant serves it. */
  hassUrl?: (path?: string) => string;
}

/** What Assist exposure is set to: the registry's per-entity settings, and the admins' list
 * and switch (absent for other users). */
interface Exposure {
  entries: Record<string, RegistryEntry | null>;
  exposedList?: { exposed_entities: Record<string, { conversation?: boolean }> } | undefined;
  exposeNew?: { expose_new: boolean } | undefined;
}

/** Exposure read for a registry as the frontend held it, kept until the registry changes (the
 * frontend's `hass.entities` is then a new object) or for EXPOSURE_MS at most (the admins' list
 * of entities outside the registry changes no registry). */
const EXPOSURE_MS = 5 * 60_000;
const exposures = new WeakMap<
  HassConnection,
  { registry: unknown; ids: string; at: number; exposure: Promise<Exposure> }
>();

function readExposure(conn: HassConnection, ids: string[]): Promise<Exposure> {
  return Promise.all([
    ids.length
      ? ask<Record<string, RegistryEntry | null>>(conn, {
          type: 'config/entity_registry/get_entries',
          entity_ids: ids,
        })
      : Promise.resolve({} as Record<string, RegistryEntry | null>),
    asAdmin<{ exposed_entities: Record<string, { conversation?: boolean }> }>(conn, {
      type: 'homeassistant/expose_entity/list',
    }),
    asAdmin<{ expose_new: boolean }>(conn, {
      type: 'homeassistant/expose_new_entities/get',
      assistant: 'conversation',
    }),
  ]).then(([entries, exposedList, exposeNew]) => ({ entries, exposedList, exposeNew }));
}

/** Exposure for `ids`: kept across turns where the frontend's registry tells when it changes. */
function exposureFor(conn: HassConnection, ids: string[], registry: unknown): Promise<Exposure> {
  if (!registry) return readExposure(conn, ids);
  const key = ids.join(',');
  const kept = exposures.get(conn);
  if (kept && kept.registry === registry && kept.ids === key && Date.now() - kept.at < EXPOSURE_MS)
    return kept.exposure;
  const exposure = readExposure(conn, ids);
  const entry = { registry, ids: key, at: Date.now(), exposure };
  exposures.set(conn, entry);
  exposure.catch(() => exposures.get(conn) === entry && exposures.delete(conn));
  return exposure;
}

/**
 * The entities the model may see: the ones the user exposed to Assist, as Home Assistant's own
 * conversation agents see them. The entity registry (readable by every user) holds the setting of
 * each registered entity (one without a setting follows Home Assistant's defaults, which an admin's
 * "expose new entities" switch can turn off). Entities outside the registry (no unique ID) keep
 * their setting in a store only admins can list, which names the exposed ones: other users' chats
 * leave them out rather than guess, so the scope is never wider than the user chose. States,
 * devices and areas come from the frontend's `hass` where it has them.
 */
export async function loadHome(conn: HassConnection, view: HassView = {}): Promise<Home> {
  const all = view.states
    ? Object.values(view.states)
    : await ask<HassEntity[]>(conn, { type: 'get_states' });
  const ids = all.map((s) => s.entity_id);
  const [{ entries, exposedList, exposeNew }, devices, areas] = await Promise.all([
    exposureFor(conn, ids, view.entities),
    view.devices
      ? Object.values(view.devices)
      : ask<{ id: string; area_id?: string | null }[]>(conn, {
          type: 'config/device_registry/list',
        }),
    view.areas
      ? Object.values(view.areas)
      : ask<{ area_id: string; name: string; aliases?: string[] }[]>(conn, {
          type: 'config/area_registry/list',
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
