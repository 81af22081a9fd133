// Whether a service call the model asked for may run: at once, after the user's Approve, or not
// at all (with a reason the model can read, in English like everything said to it). Decided
// from what the call names and carries, the same way when it is reviewed and again where it is
// made; tools over Home Assistant (ha/tools.ts) ask, this decides.

/** Domains whose every action waits for Approve: a lock, an alarm, a camera (it shows people). */
export const SENSITIVE_DOMAINS = ['lock', 'alarm_control_panel', 'camera'] as const;
/** Cover device classes that open a way into the house. */
export const SENSITIVE_COVER_CLASSES = ['garage', 'gate', 'door'] as const;
/** Keys of a target, which belong in the call's target, never in its data. */
export const TARGET_KEYS = ['entity_id', 'area_id', 'device_id', 'floor_id', 'label_id'] as const;

/** An entity as the policy sees it. */
export interface PolicyEntity {
  entity_id: string;
  domain: string;
  name: string;
  device_class?: string | undefined;
}

export interface ServiceCallDraft {
  domain: string;
  service: string;
  /** The entities it acts on, each in the chat's scope. */
  targets: readonly PolicyEntity[];
  data: Readonly<Record<string, unknown>>;
}

export interface PolicyWorld {
  /** The entity with this id, where the chat may see it. */
  inScope(id: string): PolicyEntity | undefined;
  /** Whether Home Assistant has an entity of this id at all. */
  exists(id: string): boolean;
  /** Domains or entity ids the user wants asked about, beyond the built-in ones. */
  confirm: readonly string[];
}

/** Why a call waits for Approve (worded for the user where it is shown). */
export type ApprovalReason =
  | { kind: 'sensitive'; entities: string[] }
  | { kind: 'address'; field: string; value: string }
  | { kind: 'path'; field: string; value: string }
  | { kind: 'entity'; field: string; entity: string };

export type Verdict =
  | { decision: 'allow' }
  | { decision: 'approve'; reasons: ApprovalReason[] }
  | { decision: 'refuse'; why: string };

/** How much data is looked through: a call carrying more is refused, not half-checked. */
const MAX_DEPTH = 8;
const MAX_VALUES = 2000;
/** What of a value is quoted in a reason. */
const QUOTED = 160;

/** Schemes that lead somewhere outside the page: any `scheme://`, and those that need no `//`. */
const ADDRESS =
  /(?:^|[^a-z0-9+.-])(?:[a-z][a-z0-9+.-]{0,31}:\/\/|\/\/[^/\s]|(?:mailto|tel|sms|data|javascript|vbscript|file|blob|media-source|ftp):)/i;
/** An address written without a scheme: a host name or IPv4 address, with a port or a path. */
const BARE_ADDRESS =
  /(?:^|\s)(?:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?:\/|\s|$)|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+\/|:\d+$|\/))/i;
/** A file path: absolute (Unix, Windows, UNC), home-relative, or climbing out with `..`. */
const PATH = /^(?:\/(?!\/)|~[/\\]|\.{1,2}[/\\]|[a-z]:[/\\]|\\\\)|(?:^|[/\\])\.\.(?:[/\\]|$)/i;
/** How an entity id looks. */
const ENTITY_ID = /^[a-z_][a-z0-9_]*\.[a-z0-9_]+$/;

class TooMuch extends Error {}

export function isSensitive(e: PolicyEntity, serviceDomain: string, confirm: readonly string[]) {
  const domains: readonly string[] = SENSITIVE_DOMAINS;
  if (domains.includes(e.domain) || domains.includes(serviceDomain)) return true;
  if (
    e.domain === 'cover' &&
    (SENSITIVE_COVER_CLASSES as readonly string[]).includes(e.device_class ?? '')
  )
    return true;
  return (
    confirm.includes(e.domain) || confirm.includes(e.entity_id) || confirm.includes(serviceDomain)
  );
}

/** Every text in `data` (keys included), with where it sits ("data.media_content_id"). */
function texts(data: unknown): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [];
  let seen = 0;
  const walk = (value: unknown, field: string, depth: number) => {
    if (++seen > MAX_VALUES || depth > MAX_DEPTH) throw new TooMuch();
    if (typeof value === 'string') out.push({ field, value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${field}[${i}]`, depth + 1));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        out.push({ field: `${field}.${key}`, value: key });
        walk(v, `${field}.${key}`, depth + 1);
      }
  };
  walk(data, 'data', 0);
  return out;
}

const quoted = (value: string) => (value.length > QUOTED ? `${value.slice(0, QUOTED)}…` : value);

/** Decides a service call. Never throws: a call it cannot judge is refused. */
export function judgeServiceCall(draft: ServiceCallDraft, world: PolicyWorld): Verdict {
  try {
    return judge(draft, world);
  } catch (err) {
    if (err instanceof TooMuch)
      return {
        decision: 'refuse',
        why: `The data is too large or too deeply nested to check (at most ${MAX_VALUES} values, ${MAX_DEPTH} levels): send only what the service needs.`,
      };
    return {
      decision: 'refuse',
      why: `The call could not be checked (${err instanceof Error ? err.message : String(err)}), so it was not made.`,
    };
  }
}

function judge(draft: ServiceCallDraft, world: PolicyWorld): Verdict {
  const smuggled = TARGET_KEYS.find((k) => k in draft.data);
  if (smuggled)
    return {
      decision: 'refuse',
      why: `Put targets in entity_id or area, not in data.${smuggled}.`,
    };
  if (!draft.targets.length)
    return {
      decision: 'refuse',
      why: 'Name the entities to act on (entity_id or area): only services on entities in your scope can be called.',
    };
  const reasons: ApprovalReason[] = [];
  const sensitive = draft.targets.filter((e) => isSensitive(e, draft.domain, world.confirm));
  if (sensitive.length) reasons.push({ kind: 'sensitive', entities: sensitive.map((e) => e.name) });
  const targetIds = new Set(draft.targets.map((e) => e.entity_id));
  for (const { field, value } of texts(draft.data)) {
    const text = value.trim();
    if (ADDRESS.test(text) || BARE_ADDRESS.test(text)) {
      reasons.push({ kind: 'address', field, value: quoted(text) });
      continue;
    }
    if (PATH.test(text)) {
      reasons.push({ kind: 'path', field, value: quoted(text) });
      continue;
    }
    const id = text.toLowerCase();
    if (!ENTITY_ID.test(id) || targetIds.has(id)) continue;
    const named = world.inScope(id);
    if (named) reasons.push({ kind: 'entity', field, entity: named.name });
    else if (world.exists(id))
      return {
        decision: 'refuse',
        why: `${field} names ${id}, which is not exposed to you: a call may not reach an entity outside your scope. Tell the user.`,
      };
  }
  return reasons.length ? { decision: 'approve', reasons } : { decision: 'allow' };
}
