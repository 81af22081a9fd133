// Credentials Home Assistant hands the page (a camera's access token, a picture address signed
// for this session) never reach a model or storage: every value a tool gives back passes here
// first. Fields named like a credential lose their value; addresses lose their signing
// parameters; bearer tokens and JSON web tokens inside text are masked.

export const REMOVED = '[removed]';

/** Field names that hold a credential. */
const SECRET_KEY =
  /(?:^|[_-])(?:access_?token|refresh_?token|token|password|passwd|secret|api_?key|auth(?:orization)?|credentials?|cookie|private_?key|signature|sig)$|^(?:token|password|secret|authorization)/i;
/** Query parameters that sign or authorise an address. */
const SIGNING_PARAM =
  /([?&])(token|access_token|authSig|api_key|apikey|key|sig|signature|auth|X-Amz-Signature|X-Amz-Credential)=[^&#\s"']*/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g;
const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;

/** `text` with signing parameters, bearer tokens and JSON web tokens masked. */
export function scrubText(text: string): string {
  if (!/[?&]|Bearer|Basic|eyJ/.test(text)) return text;
  return text
    .replace(SIGNING_PARAM, (_m, sep: string, name: string) => `${sep}${name}=${REMOVED}`)
    .replace(BEARER, (_m, scheme: string) => `${scheme} ${REMOVED}`)
    .replace(JWT, REMOVED);
}

/** A copy of `value` without credentials (plain JSON data: objects, arrays, scalars). */
export function scrubCredentials<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (!value || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => scrubCredentials(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    out[key] =
      SECRET_KEY.test(key) && v !== null && v !== undefined && v !== ''
        ? REMOVED
        : scrubCredentials(v, depth + 1);
  return out as T;
}
