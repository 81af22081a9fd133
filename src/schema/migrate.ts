import { SETTINGS_VERSION, normalizeBaseUrl, slugify } from './settings';
import { strings } from '../i18n';

// The settings document's `version` drives its upgrades on read. Each step takes a document of
// one version to the next; the store keeps the original under the backup key before it writes
// the upgraded one back. A document from a newer version of the card is never touched.

type Doc = Record<string, unknown>;

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Models as the first builds wrote them: a list of ids, or objects. */
const models = (v: unknown) =>
  Array.isArray(v) ? v.map((m) => (typeof m === 'string' ? { model_id: m } : m)) : [];

/**
 * Version 0: no `version` field. The shape of the seed integration's config entry (one provider:
 * `name`, `base_url`, `api_key`, `models` as ids, `timeout`) or a providers list without a
 * version, as hand-written documents and the first builds had it.
 */
function from0(doc: Doc): Doc {
  const { name, base_url, api_key, auth_mode, timeout, timeout_s, models: list, ...rest } = doc;
  const providers = Array.isArray(doc.providers)
    ? doc.providers.map((p: unknown) =>
        isObject(p) ? { ...p, models: models(p.models), id: p.id ?? slugify(String(p.name)) } : p,
      )
    : typeof base_url === 'string'
      ? [
          {
            id: slugify(String(name ?? 'provider')),
            name: String(name ?? 'Provider'),
            base_url: normalizeBaseUrl(base_url),
            auth_mode: auth_mode ?? 'global',
            ...(typeof api_key === 'string' && api_key ? { api_key } : {}),
            ...(typeof (timeout_s ?? timeout) === 'number'
              ? { timeout_s: timeout_s ?? timeout }
              : {}),
            models: models(list),
          },
        ]
      : [];
  const { providers: _old, ...others } = rest;
  return { ...others, version: 1, providers };
}

const STEPS: Record<number, (doc: Doc) => Doc> = { 0: from0 };

export type Migration =
  { ok: true; value: unknown; from?: number | undefined } | { ok: false; issue: string };

/** Upgrades `raw` to the current version; `from` is set when it had to. */
export function migrateSettings(raw: unknown): Migration {
  if (!isObject(raw)) return { ok: true, value: raw };
  const version = raw.version === undefined ? 0 : raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: true, value: raw }; // the schema names the problem
  if (version > SETTINGS_VERSION)
    return {
      ok: false,
      issue: strings.problems.newerVersion('settings', String(version)),
    };
  let doc: Doc = raw;
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, issue: strings.problems.noUpgrade(v) };
    doc = step(doc);
  }
  return { ok: true, value: doc, from: version < SETTINGS_VERSION ? version : undefined };
}
