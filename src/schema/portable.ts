import * as z from 'zod/mini';
import { migrateSettings } from './migrate';
import { SchemaError, describeIssues } from './parse';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load
import { type Settings, SettingsSchema } from './settings';

// Settings as a file: exported without a single key, and read back without any key a file may
// hold (a file never brings or overwrites a key).

export const EXPORT_FORMAT = 'openai_compatible_conversation.settings';

function withoutKey<T extends object>(value: T): T {
  const { api_key: _key, ...rest } = value as T & { api_key?: unknown };
  return rest as T;
}

/** The document as a file: every key removed. */
export function exportSettings(settings: Settings, now = new Date()): Record<string, unknown> {
  return {
    format: EXPORT_FORMAT,
    exported_at: now.toISOString(),
    ...settings,
    providers: settings.providers.map((p) => ({
      ...withoutKey(p),
      models: p.models.map((m) => withoutKey(m)),
    })),
    ...(settings.mcp
      ? {
          mcp: {
            ...settings.mcp,
            servers: settings.mcp.servers?.map(({ token: _t, ...server }) => server),
          },
        }
      : {}),
  };
}

/** A document that does not validate, for the user to fix elsewhere: keys removed all the same. */
export function exportRaw(raw: unknown): unknown {
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !/key|token|secret|password|authorization/i.test(k))
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  return strip(raw);
}

/**
 * Reads an exported file into a settings document: upgraded and validated, every key in the file
 * left out (which keys the user keeps is decided by guard/settings-import.ts).
 */
export function parseSettingsFile(text: string): Settings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SchemaError(strings.importWhat, [strings.problems.notJson]);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new SchemaError(strings.importWhat, [strings.problems.notSettings]);
  const { format: _f, exported_at: _e, ...doc } = parsed as Record<string, unknown>;
  const migrated = migrateSettings(doc);
  if (!migrated.ok) throw new SchemaError(strings.importWhat, [migrated.issue]);
  const result = z.safeParse(SettingsSchema, migrated.value);
  if (!result.success) throw new SchemaError(strings.importWhat, describeIssues(result.error));
  return {
    ...result.data,
    providers: result.data.providers.map((p) => ({
      ...withoutKey(p),
      models: p.models.map((m) => withoutKey(m)),
    })),
  };
}

/** What an import would do to the user's keys, in words (providers that will need one). */
export function providersWithoutKey(settings: Settings): string[] {
  return settings.providers
    .filter((p) => (p.auth_mode === 'per_model' ? p.models.some((m) => !m.api_key) : !p.api_key))
    .map((p) => p.name);
}
