import * as z from 'zod/mini';

/** A value from outside (provider, user data, card config, model) did not have the expected shape. */
export class SchemaError extends Error {
  readonly type = 'schema';
  constructor(
    readonly what: string,
    readonly issues: readonly string[],
  ) {
    super(`${what}: ${issues.join('; ')}`);
    this.name = 'SchemaError';
  }
}

/** One readable line per issue: "providers.0.base_url: expected string". */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

export function parseWith<T extends z.ZodMiniType>(
  schema: T,
  value: unknown,
  what: string,
): z.infer<T> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new SchemaError(what, describeIssues(result.error));
  return result.data;
}

/** A stored document of version 1 (the ledger, the memory), read: nothing stored reads as
 * `empty()`; a newer version than this card knows is refused (so never overwritten), with
 * `newer` saying so. */
export function readVersioned<T>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  empty: () => T,
  newer: (version: string) => string,
): { ok: true; value: T } | { ok: false; issues: readonly string[] } {
  if (raw === null || raw === undefined) return { ok: true, value: empty() };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > 1)
    return { ok: false, issues: [newer(String(version))] };
  const result = z.safeParse(schema, raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: describeIssues(result.error) };
}
