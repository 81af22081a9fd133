import { keyMayGo, originOf } from './keys';
import { LIMITS, jsonBytes } from './sizes';
import { badTimes } from './times';
import { SchemaError } from '../schema/parse';
import { parseSettingsFile } from '../schema/portable';
import { DEFAULT_MAX_ROUNDS } from '../schema/tools';
import type { ModelSettings, ProviderSettings, Settings } from '../schema/settings';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load

// What an imported settings file may change, and what the user sees before it does. A file
// never brings a key (it has none: exports leave them out, and keys in a file are ignored); the
// keys the user already has go with their providers only where the provider still goes to the
// same place (guard/keys.ts). Nothing that loosens a guard (an approval turned off, actions
// that no longer ask first, tools turned on, answers read aloud) happens without being listed.

/** One thing an import changes, as the preview lists it. `loosens`: it lets the model do more,
 * or the card do more by itself, than before. */
export type ImportChange = { loosens: boolean } & (
  | { kind: 'provider_added'; name: string; origin: string }
  | { kind: 'provider_removed'; name: string }
  | { kind: 'provider_moved'; name: string; from: string; to: string }
  | { kind: 'provider_changed'; name: string }
  | { kind: 'key_retype'; name: string }
  | { kind: 'camera_approval'; on: boolean }
  | { kind: 'confirm_removed'; items: string[] }
  | { kind: 'confirm_added'; items: string[] }
  | { kind: 'tools'; on: boolean }
  | { kind: 'model_tools_on'; provider: string; model: string }
  | { kind: 'max_rounds'; from: number; to: number }
  | { kind: 'auto_read'; on: boolean }
  | { kind: 'send_spoken'; on: boolean }
  | { kind: 'prompt_changed' }
  | { kind: 'default_changed'; to: string }
);

export interface ImportReview {
  /** The settings as they will be stored, keys carried over where they may go. */
  settings: Settings;
  changes: ImportChange[];
}

/** Reads a settings file and says what importing it would change. Throws a SchemaError with
 * readable problems for a file that is too large, unreadable or holds impossible times. */
export function reviewSettingsImport(
  text: string,
  current: Settings,
  now = Date.now(),
): ImportReview {
  if (text.length > LIMITS.settingsFileBytes)
    throw new SchemaError(strings.importWhat, [
      strings.problems.fileTooLarge(LIMITS.settingsFileBytes),
    ]);
  const imported = parseSettingsFile(text);
  const times = badTimes(imported, now);
  if (times.length) throw new SchemaError(strings.importWhat, times);
  const settings = withKeys(imported, current);
  return { settings, changes: changesOf(current, settings) };
}

/** `imported` with the user's keys for the same providers and models, where they may go. */
function withKeys(imported: Settings, current: Settings): Settings {
  const keep = (p: ProviderSettings): ProviderSettings => {
    const mine = current.providers.find((c) => c.id === p.id);
    if (!mine || !keyMayGo(mine, p, true)) return p;
    const model = (m: ModelSettings): ModelSettings => {
      const key = mine.models.find((c) => c.model_id === m.model_id)?.api_key;
      return key ? { ...m, api_key: key } : m;
    };
    return {
      ...p,
      ...(mine.api_key ? { api_key: mine.api_key } : {}),
      models: p.models.map(model),
    };
  };
  // A file never brings tool sources (an address a token or a trusted tool would go to): the
  // user's own MCP settings stay as they are.
  const { mcp: _fromFile, ...rest } = imported;
  return {
    ...rest,
    providers: imported.providers.map(keep),
    ...(current.mcp ? { mcp: current.mcp } : {}),
  };
}

/** A provider as a file has it (for telling whether anything else changed). */
const withoutKeys = ({ api_key: _k, ...p }: ProviderSettings) => ({
  ...p,
  models: p.models.map(({ api_key: _m, ...m }) => m),
});

const hasKey = (p: ProviderSettings) =>
  Boolean(p.api_key) || p.models.some((m) => Boolean(m.api_key));

function changesOf(before: Settings, after: Settings): ImportChange[] {
  const changes: ImportChange[] = [];
  for (const p of after.providers) {
    const mine = before.providers.find((c) => c.id === p.id);
    if (!mine) {
      changes.push({
        kind: 'provider_added',
        name: p.name,
        origin: originOf(p.base_url),
        loosens: false,
      });
      continue;
    }
    if (originOf(mine.base_url) !== originOf(p.base_url))
      changes.push({
        kind: 'provider_moved',
        name: p.name,
        from: originOf(mine.base_url),
        to: originOf(p.base_url),
        loosens: false,
      });
    else if (JSON.stringify(withoutKeys(mine)) !== JSON.stringify(withoutKeys(p)))
      changes.push({ kind: 'provider_changed', name: p.name, loosens: false });
    if (hasKey(mine) && !keyMayGo(mine, p, true))
      changes.push({ kind: 'key_retype', name: p.name, loosens: false });
    for (const m of p.models) {
      const old = mine.models.find((x) => x.model_id === m.model_id);
      if (old?.tools === false && m.tools !== false)
        changes.push({
          kind: 'model_tools_on',
          provider: p.name,
          model: m.model_id,
          loosens: true,
        });
    }
  }
  for (const p of before.providers)
    if (!after.providers.some((c) => c.id === p.id))
      changes.push({ kind: 'provider_removed', name: p.name, loosens: false });

  const camera = (s: Settings) => s.tools?.camera_approval !== false;
  if (camera(before) !== camera(after))
    changes.push({ kind: 'camera_approval', on: camera(after), loosens: !camera(after) });
  const asked = (s: Settings) => s.tools?.confirm ?? [];
  const removed = asked(before).filter((x) => !asked(after).includes(x));
  const added = asked(after).filter((x) => !asked(before).includes(x));
  if (removed.length) changes.push({ kind: 'confirm_removed', items: removed, loosens: true });
  if (added.length) changes.push({ kind: 'confirm_added', items: added, loosens: false });
  const tools = (s: Settings) => s.tools?.enabled !== false;
  if (tools(before) !== tools(after))
    changes.push({ kind: 'tools', on: tools(after), loosens: tools(after) });
  const rounds = (s: Settings) => s.tools?.max_rounds ?? DEFAULT_MAX_ROUNDS;
  if (rounds(before) !== rounds(after))
    changes.push({
      kind: 'max_rounds',
      from: rounds(before),
      to: rounds(after),
      loosens: rounds(after) > rounds(before),
    });
  for (const key of ['auto_read', 'send_spoken'] as const) {
    const on = (s: Settings) => s.voice?.[key] === true;
    if (on(before) !== on(after)) changes.push({ kind: key, on: on(after), loosens: on(after) });
  }
  if ((before.agent?.prompt_template ?? '') !== (after.agent?.prompt_template ?? ''))
    changes.push({ kind: 'prompt_changed', loosens: false });
  const pick = (s: Settings) => `${s.defaults?.provider_id ?? ''}/${s.defaults?.model_id ?? ''}`;
  if (pick(before) !== pick(after) && after.defaults?.provider_id) {
    const provider = after.providers.find((p) => p.id === after.defaults?.provider_id);
    changes.push({
      kind: 'default_changed',
      to: `${provider?.name ?? after.defaults.provider_id} · ${after.defaults.model_id ?? ''}`,
      loosens: false,
    });
  }
  return changes;
}

/** Whether importing `settings` would write a document too large to store. */
export const tooLargeToStore = (settings: Settings) => jsonBytes(settings) > LIMITS.documentBytes;
