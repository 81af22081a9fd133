import { type ListedModel, ProviderError } from '../provider';
import { SchemaError } from '../schema/parse';
import {
  type DialectId,
  type ModelSettings,
  type ProviderSettings,
  normalizeBaseUrl,
  slugify,
} from '../schema/settings';
import { locale, strings } from '../i18n';

// The provider form's draft: what the user typed, before it becomes a provider's settings.

export interface Draft {
  name: string;
  base_url: string;
  auth_mode: 'global' | 'per_model';
  /** A newly typed key; empty keeps the saved one. */
  api_key: string;
  clear_key: boolean;
  timeout_s: string;
  /** US dollars a month; empty: no budget. */
  budget: string;
  /** The server's kind when the address does not tell; undefined: recognised from it. */
  dialect: DialectId | undefined;
  models: ModelSettings[];
  /** Typed keys of per-model mode, by model id (empty keeps the saved one). */
  model_keys: Record<string, string>;
  cache: ProviderSettings['model_cache'];
}

export function draftOf(p: ProviderSettings | undefined): Draft {
  return {
    name: p?.name ?? '',
    base_url: p?.base_url ?? '',
    auth_mode: p?.auth_mode ?? 'global',
    api_key: '',
    clear_key: false,
    timeout_s: p?.timeout_s ? String(p.timeout_s) : '',
    budget: p?.budget_monthly?.toString() ?? '',
    dialect: p?.dialect,
    models: p ? structuredClone(p.models) : [],
    model_keys: {},
    cache: p?.model_cache,
  };
}

export const value = (e: Event) => (e.target as HTMLInputElement).value;
export const checked = (e: Event) => (e.target as HTMLInputElement).checked;
export const numberOrUndefined = (text: string) => {
  const n = Number(text);
  return text.trim() === '' || Number.isNaN(n) ? undefined : n;
};

/** "3 minutes ago", in the user's language. */
export function age(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units)
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(seconds, 'second');
}

export function describeError(err: unknown): string {
  if (err instanceof ProviderError)
    return [
      err.message,
      err.providerMessage && strings.err.provider_says(err.providerMessage),
      err.hint,
    ]
      .filter(Boolean)
      .join(' ');
  if (err instanceof SchemaError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

/** What the provider's model list tells, kept with the provider (its ids, context windows and
 * whether each takes pictures, where told). */
export function cacheOf(
  listed: readonly ListedModel[],
  now: Date,
): ProviderSettings['model_cache'] {
  const context = Object.fromEntries(
    listed.flatMap((m) => (m.contextLength ? [[m.id, m.contextLength]] : [])),
  );
  const vision = Object.fromEntries(
    listed.flatMap((m) => (m.vision !== undefined ? [[m.id, m.vision]] : [])),
  );
  return {
    fetched_at: now.toISOString(),
    ids: listed.map((m) => m.id),
    ...(Object.keys(context).length ? { context } : {}),
    ...(Object.keys(vision).length ? { vision } : {}),
  };
}

/** The keys saved for a provider that still go where it goes (guard/keys.ts). */
export interface SavedKeys {
  readonly savedKey: string | undefined;
  savedModelKey(model: string): string | undefined;
}

/** The provider the draft describes, to be validated: what it had that the form does not show
 * kept, keys typed or saved (where they may still go), a new one under a free slug. */
export function providerOf(
  d: Draft,
  p: ProviderSettings | undefined,
  takenIds: readonly string[],
  keys: SavedKeys,
): Record<string, unknown> {
  const key = d.auth_mode === 'global' ? d.api_key || keys.savedKey : undefined;
  const models = d.models.map((m) => {
    const { api_key: _old, ...rest } = m;
    const modelKey =
      d.auth_mode === 'per_model'
        ? d.model_keys[m.model_id] || keys.savedModelKey(m.model_id)
        : undefined;
    return { ...rest, ...(modelKey ? { api_key: modelKey } : {}) };
  });
  const {
    api_key: _k,
    dialect: _d,
    timeout_s: _t,
    budget_monthly: _b,
    ...kept
  } = p ?? ({} as Partial<ProviderSettings>);
  const timeout = numberOrUndefined(d.timeout_s);
  const budget = numberOrUndefined(d.budget);
  return {
    ...kept,
    id: p?.id ?? slugify(d.name, takenIds),
    name: d.name.trim(),
    base_url: normalizeBaseUrl(d.base_url),
    auth_mode: d.auth_mode,
    ...(key ? { api_key: key } : {}),
    ...(timeout ? { timeout_s: timeout } : {}),
    ...(d.dialect ? { dialect: d.dialect } : {}),
    models,
    ...(d.cache ? { model_cache: d.cache } : {}),
    ...(budget !== undefined ? { budget_monthly: budget } : {}),
  };
}
