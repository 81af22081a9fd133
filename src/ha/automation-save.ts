import type { Draft, DraftProblem } from '../schema/automation';
import {
  type CallApi,
  type Config,
  apiError,
  kindOf,
  readConfig,
  runOnce,
  scriptKey,
  writeConfig,
} from './automations';
import { AutomationTools } from './automation-tools';
import type { HassConnection } from './connection';
import type { HassView } from './exposed-entities';
import type { Scope } from '../schema/tools';
import { HomeTools } from './tools';

// Saving a draft is the user's act (Save), and Home Assistant's configuration API its only way:
// the draft is checked again as the house is now, written under a key no other automation or
// script has (an edit: the one it was read from, never another), and said to be saved only
// once Home Assistant shows it.

/** How long Home Assistant may take to load what it wrote before the user is told it did not. */
const APPEAR_MS = 15_000;
const POLL_MS = 250;

export type SaveOutcome =
  { ok: true; key: string; entity_id: string } | { ok: false; why: SaveFailure };

/** Why a draft was not saved, as data (worded where it is shown). */
export type SaveFailure =
  | { kind: 'not_admin' }
  | { kind: 'problems'; problems: DraftProblem[] }
  | { kind: 'moved'; entity_id: string }
  | { kind: 'refused'; message: string }
  | { kind: 'not_loaded'; key: string };

export interface SavePlace {
  conn: HassConnection;
  hass: () => HassView | undefined;
  tools: AutomationTools;
  /** How long Home Assistant may take to show what it wrote (default APPEAR_MS). */
  appearMs?: number;
}

/** The automation tools as a chat with this scope has them (a draft is checked with them). */
export function toolsFor(place: {
  conn: HassConnection;
  hass: () => HassView | undefined;
  scope: Scope | undefined;
  confirm: readonly string[] | undefined;
}): AutomationTools {
  const home = new HomeTools(place.conn, { scope: place.scope, hass: place.hass });
  return new AutomationTools(place.conn, {
    home: () => home.home(),
    hass: place.hass,
    confirm: place.confirm,
  });
}

/** The same configuration, whatever the order of its keys (the top-level `id` aside). */
const equal = (a: Config, b: Config) => {
  const { id: _a, ...x } = a;
  const { id: _b, ...y } = b;
  return JSON.stringify(sorted(x)) === JSON.stringify(sorted(y));
};
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sorted(x)]),
    );
  return v;
}

export async function saveDraft(place: SavePlace, draft: Draft): Promise<SaveOutcome> {
  const view = place.hass() ?? {};
  if (!view.user?.is_admin || !view.callApi) return { ok: false, why: { kind: 'not_admin' } };
  const callApi = view.callApi;
  // Judged again here, where it is written: the scope or the house may have changed since.
  const checked = await place.tools.check(draft.kind, draft.config, {
    editOf: draft.edit_of,
    key: draft.key,
  });
  if (checked.problems.length)
    return { ok: false, why: { kind: 'problems', problems: checked.problems } };
  let key: string;
  if (draft.edit_of) {
    // An edit writes the one automation it was read from: its id must still be that one's.
    const now = await keyNow(place, draft.edit_of);
    if (!draft.key || now !== draft.key)
      return { ok: false, why: { kind: 'moved', entity_id: draft.edit_of } };
    key = draft.key;
  } else if (draft.written && !entityWith(place, draft.kind, draft.written)) {
    // Written before and not loaded (configuration.yaml lacked the include): the same key again,
    // not a second copy.
    key = draft.written;
  } else {
    const fresh = await freshKey(callApi, place, draft);
    if (!fresh)
      return {
        ok: false,
        why: { kind: 'problems', problems: [{ kind: 'key_taken', detail: `script.${draft.key}` }] },
      };
    key = fresh;
  }
  try {
    await writeConfig(callApi, draft.kind, key, checked.config);
  } catch (err) {
    return { ok: false, why: { kind: 'refused', message: apiError(err) } };
  }
  const entityId = await appeared(place, draft, key, checked.config);
  return entityId
    ? { ok: true, key, entity_id: entityId }
    : { ok: false, why: { kind: 'not_loaded', key } };
}

/** The entity stored under `key`, if Home Assistant shows one. */
function entityWith(place: SavePlace, kind: Draft['kind'], key: string): string | undefined {
  const states = Object.values(place.hass()?.states ?? {});
  return (
    kind === 'automation'
      ? states.find((s) => s.entity_id.startsWith('automation.') && s.attributes.id === key)
      : states.find((s) => s.entity_id === `script.${key}`)
  )?.entity_id;
}

/** The key the entity `entityId` is stored under now. */
async function keyNow(place: SavePlace, entityId: string): Promise<string | undefined> {
  const state = place.hass()?.states?.[entityId];
  if (!state) return undefined;
  if (kindOf(entityId) === 'automation')
    return typeof state.attributes.id === 'string' ? state.attributes.id : undefined;
  return scriptKey(place.conn, entityId);
}

/** A key nothing is stored under: a new automation's (as Home Assistant's editor makes them),
 * a new script's own. Home Assistant's configuration is asked, not only its entities: an
 * automation that failed to load has no entity, and its id is taken all the same. */
async function freshKey(callApi: CallApi, place: SavePlace, draft: Draft) {
  const free = async (key: string) => {
    try {
      await callApi('GET', `config/${draft.kind}/config/${encodeURIComponent(key)}`);
      return false;
    } catch (err) {
      if ((err as { status_code?: number }).status_code === 404) return true;
      throw err;
    }
  };
  if (draft.kind === 'script') {
    const key = draft.key ?? '';
    return key && !place.hass()?.states?.[`script.${key}`] && (await free(key)) ? key : undefined;
  }
  const taken = new Set(
    Object.values(place.hass()?.states ?? {}).map((s) => s.attributes.id as unknown),
  );
  for (let t = Date.now(); ; t++) {
    const key = String(t);
    if (!taken.has(key) && (await free(key))) return key;
  }
}

/** Waits until Home Assistant shows what it wrote: a new entity with the key, or the edited
 * one's configuration as saved. Its entity id; undefined if it never did. */
async function appeared(place: SavePlace, draft: Draft, key: string, config: Config) {
  const end = Date.now() + (place.appearMs ?? APPEAR_MS);
  while (Date.now() < end) {
    if (draft.edit_of) {
      const now = await readConfig(place.conn, draft.edit_of).catch(() => undefined);
      if (now && equal(now, config)) return draft.edit_of;
    } else {
      const found = entityWith(place, draft.kind, key);
      if (found) return found;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return undefined;
}

/** Runs a saved automation or script once. Why not, in Home Assistant's words. */
export async function tryOnce(
  conn: HassConnection,
  entityId: string,
  checkConditions: boolean,
): Promise<string | undefined> {
  try {
    await runOnce(conn, entityId, checkConditions);
    return undefined;
  } catch (err) {
    return apiError(err);
  }
}
