import { dialectById, dialectFor } from '../provider/dialects';
import type { DialectId } from '../schema/settings';

// A key goes only to the place it was saved for: the origin of its provider's base URL (scheme,
// host and port), sent the way it was sent (a Bearer header, or Azure's `api-key`). A provider
// whose address or way of sending the key changes in the form does not take its saved key
// along: the user types it again for the new place. An imported file is held to more: a file
// that names another server kind for a provider brings no key to it either.

interface KeyPlace {
  base_url: string;
  dialect?: DialectId | undefined;
}

const dialectOf = (p: KeyPlace) => (p.dialect ? dialectById(p.dialect) : dialectFor(p.base_url));

/** Where a key of `provider` goes and how ("https://api.openai.com bearer"); undefined for an
 * address that cannot be read. */
export function keyPlace(provider: KeyPlace): string | undefined {
  let origin: string;
  try {
    origin = new URL(provider.base_url.trim()).origin;
  } catch {
    return undefined;
  }
  if (origin === 'null') return undefined;
  return `${origin} ${dialectOf(provider).auth}`;
}

/** Whether a key saved for `saved` may be sent to `next` (`sameKind`: and only to the same
 * server kind, as for a file). */
export function keyMayGo(saved: KeyPlace, next: KeyPlace, sameKind = false): boolean {
  const from = keyPlace(saved);
  if (from === undefined || from !== keyPlace(next)) return false;
  return !sameKind || dialectOf(saved).id === dialectOf(next).id;
}

/** The origin a key would be sent to, for messages. */
export function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl.trim()).origin;
  } catch {
    return baseUrl;
  }
}
