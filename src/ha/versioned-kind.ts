import * as z from 'zod/mini';
import type { DocKind } from './synced-doc';
import { describeIssues } from '../schema/parse';
import type { Merged } from '../sync/merge';
import { strings } from '../i18n';

/** A document kind of version 1 (the ledger, the memory): nothing stored reads as `empty()`; a
 * newer version than this card knows is refused (and so never overwritten), with what it is. */
export function versionedKind<T>(
  what: string,
  schema: z.ZodMiniType<T>,
  empty: () => T,
  merge: (base: T, incoming: T) => Merged<T>,
): DocKind<T> {
  return {
    read(raw) {
      if (raw === null || raw === undefined) return { ok: true, value: empty() };
      const version = (raw as { version?: unknown }).version;
      if (typeof version === 'number' && version > 1)
        return { ok: false, issues: [strings.problems.newerVersion(what, String(version))] };
      const result = z.safeParse(schema, raw);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, issues: describeIssues(result.error) };
    },
    merge,
  };
}
