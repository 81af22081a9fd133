import {
  AUTOMATION_KEYS,
  type DraftKind,
  type DraftNote,
  type DraftProblem,
  SCRIPT_KEYS,
  SINGULAR_KEYS,
} from '../schema/automation';
import { type PolicyEntity, type PolicyWorld, judgeServiceCall } from './service-call';

// Whether an automation or a script the model drafted may be offered for Save, and what Save
// must say first. The same rules as a chat's own service calls: every entity it names, reads or
// acts on is in the chat's scope; a service acts on entities of its own domain; what would wait
// for Approve in a chat (locks, alarms, doors, cameras, addresses, files, other entities in the
// data) is said above Save. Home Assistant checks the rest (ha/automations.ts asks it).

export interface DraftWorld extends PolicyWorld {
  /** The entities of `domain` (any, for homeassistant.*) in scope in an area (its id or name);
   * undefined when there is no such area. */
  inArea(area: string, domain: string): PolicyEntity[] | undefined;
}

export interface DraftReview {
  /** As it would be saved: the lists under their plural names. */
  config: Record<string, unknown>;
  /** What keeps it from being saved. */
  problems: DraftProblem[];
  /** What Save must say first. */
  notes: DraftNote[];
  /** The entities it names, all in scope. */
  entities: string[];
}

/** Services that act on no entity and are harmless to send: a message to the user. */
const UNTARGETED_OK = ['notify', 'persistent_notification', 'logbook'];
/** How much of a configuration is looked through: more is refused, not half-checked. */
const MAX_VALUES = 5000;
const MAX_DEPTH = 24;
const ENTITY_ID = /^[a-z_][a-z0-9_]*\.[a-z0-9_]+$/;
const ENTITY_IN_TEXT = /\b[a-z_][a-z0-9_]*\.[a-z0-9_]+\b/g;
const TEMPLATE = /\{\{|\{%/;
const OTHER_TARGETS = ['device_id', 'floor_id', 'label_id'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** `entity_id` as Home Assistant takes it: one id, a list, or ids separated by commas. */
const idsOf = (v: unknown): string[] =>
  listOf(v)
    .flatMap((x) => (typeof x === 'string' ? x.split(',') : []))
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);

class TooMuch extends Error {}

/** Reviews a draft. Never throws: a draft it cannot look through has a problem saying so. */
export function reviewDraft(kind: DraftKind, raw: Json, world: DraftWorld): DraftReview {
  const review: DraftReview = { config: raw, problems: [], notes: [], entities: [] };
  try {
    review.config = normalized(kind, raw, review.problems);
    entities(review.config, world, review);
    const actions = kind === 'automation' ? review.config.actions : review.config.sequence;
    walkActions(listOf(actions), kind === 'automation' ? 'actions' : 'sequence', world, review);
    if (kind === 'automation') triggers(listOf(review.config.triggers), 'triggers', review);
  } catch (err) {
    review.problems.push({
      kind: err instanceof TooMuch ? 'too_large' : 'unreadable',
      detail: err instanceof TooMuch ? `${MAX_VALUES}` : String(err),
    });
  }
  review.entities = [...new Set(review.entities)];
  return review;
}

/** The lists under their plural names; keys Home Assistant does not take named. */
function normalized(kind: DraftKind, raw: Json, problems: DraftProblem[]): Json {
  const config: Json = {};
  for (const [key, value] of Object.entries(raw)) {
    const plural = kind === 'automation' ? SINGULAR_KEYS[key as keyof typeof SINGULAR_KEYS] : '';
    if (plural && plural in raw) problems.push({ kind: 'both_keys', detail: `${key}, ${plural}` });
    else if (plural) config[plural] = listOf(value);
    else config[key] = value;
  }
  const known: readonly string[] = kind === 'automation' ? AUTOMATION_KEYS : SCRIPT_KEYS;
  const unknown = Object.keys(config).filter((k) => !known.includes(k));
  if (unknown.includes('use_blueprint')) problems.push({ kind: 'blueprint' });
  else if (unknown.length) problems.push({ kind: 'unknown_keys', detail: unknown.join(', ') });
  const needed = kind === 'automation' ? ['triggers', 'actions'] : ['sequence'];
  for (const key of needed)
    if (!listOf(config[key]).length) problems.push({ kind: 'missing', detail: key });
  return config;
}

/** Every entity the draft names (under `entity_id`, as a value, inside a template): in scope,
 * or a problem. */
function entities(config: Json, world: DraftWorld, review: DraftReview): void {
  const outside = new Set<string>();
  const unknown = new Set<string>();
  const named = (id: string, meant: boolean) => {
    if (world.inScope(id)) review.entities.push(id);
    else if (world.exists(id)) outside.add(id);
    else if (meant && ENTITY_ID.test(id)) unknown.add(id);
  };
  let seen = 0;
  const walk = (value: unknown, key: string, depth: number) => {
    if (++seen > MAX_VALUES || depth > MAX_DEPTH) throw new TooMuch();
    if (typeof value === 'string') {
      const text = value.trim().toLowerCase();
      if (TEMPLATE.test(text)) for (const [m] of text.matchAll(ENTITY_IN_TEXT)) named(m, false);
      else if (key === 'entity_id') for (const id of idsOf(text)) named(id, true);
      else if (ENTITY_ID.test(text)) named(text, false);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key, depth + 1));
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, k, depth + 1);
  };
  walk(config, '', 0);
  if (outside.size) review.problems.push({ kind: 'out_of_scope', detail: [...outside].join(', ') });
  if (unknown.size)
    review.problems.push({ kind: 'unknown_entity', detail: [...unknown].join(', ') });
}

/** Triggers that let something outside the house start it. */
function triggers(list: unknown[], at: string, review: DraftReview): void {
  list.forEach((t, i) => {
    if (!isObject(t)) return;
    const platform = t.trigger ?? t.platform;
    if (platform === 'webhook')
      review.notes.push({ kind: 'webhook', at: `${at}[${i}]`, detail: String(t.webhook_id ?? '') });
  });
}

/** Each action, nested ones included (choose, if, repeat, parallel, sequence). */
function walkActions(list: unknown[], at: string, world: DraftWorld, review: DraftReview): void {
  list.forEach((action, i) => {
    const here = `${at}[${i}]`;
    if (!isObject(action)) return;
    const service = action.action ?? action.service;
    if (typeof service === 'string') serviceCall(action, service, here, world, review);
    else if (typeof action.device_id === 'string' && typeof action.type === 'string')
      review.problems.push({ kind: 'device_action', at: here });
    if (typeof action.event === 'string')
      review.notes.push({ kind: 'event', at: here, detail: action.event });
    for (const [key, nested] of nestedActions(action))
      walkActions(nested, `${here}.${key}`, world, review);
  });
}

function nestedActions(action: Json): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  const add = (key: string, v: unknown) => out.push([key, listOf(v)]);
  for (const key of ['then', 'else', 'default', 'sequence'])
    if (key in action) add(key, action[key]);
  listOf(action.choose).forEach((option, j) => {
    if (isObject(option)) add(`choose[${j}].sequence`, option.sequence);
  });
  if (isObject(action.repeat)) add('repeat.sequence', action.repeat.sequence);
  listOf(action.parallel).forEach((branch, j) => {
    if (isObject(branch) && 'sequence' in branch) add(`parallel[${j}].sequence`, branch.sequence);
    else add(`parallel[${j}]`, branch);
  });
  return out;
}

/** One service call: its targets in scope and of its domain, judged as a chat's call is. */
function serviceCall(
  action: Json,
  name: string,
  at: string,
  world: DraftWorld,
  review: DraftReview,
): void {
  const [domain = '', service = ''] = name.trim().toLowerCase().split('.', 2);
  if (TEMPLATE.test(name) || !domain || !service) {
    review.problems.push({ kind: 'template_service', at, detail: name });
    return;
  }
  const target = isObject(action.target) ? action.target : {};
  const data = isObject(action.data) ? { ...action.data } : {};
  const ids = [...idsOf(target.entity_id), ...idsOf(action.entity_id), ...idsOf(data.entity_id)];
  delete data.entity_id;
  if (
    ids.some((id) => TEMPLATE.test(id)) ||
    [target.area_id].flat().some((a) => TEMPLATE.test(String(a ?? '')))
  ) {
    review.problems.push({ kind: 'template_target', at, detail: name });
    return;
  }
  if (OTHER_TARGETS.some((k) => target[k] !== undefined || data[k] !== undefined)) {
    review.problems.push({ kind: 'device_target', at, detail: name });
    return;
  }
  const targets: PolicyEntity[] = [];
  const wrongDomain: string[] = [];
  for (const id of ids) {
    const e = world.inScope(id);
    if (!e) return; // named among the draft's entities already
    if (domain !== 'homeassistant' && e.domain !== domain) wrongDomain.push(id);
    targets.push(e);
  }
  for (const area of listOf(target.area_id).map(String)) {
    const inArea = world.inArea(area, domain);
    if (!inArea) review.problems.push({ kind: 'unknown_area', at, detail: area });
    else if (!inArea.length)
      review.problems.push({ kind: 'empty_area', at, detail: `${area}, ${domain}` });
    else targets.push(...inArea);
  }
  if (wrongDomain.length) {
    review.problems.push({
      kind: 'wrong_domain',
      at,
      detail: `${name}: ${wrongDomain.join(', ')}`,
    });
    return;
  }
  // A script called by its own service acts on that script.
  if (domain === 'script' && !['turn_on', 'turn_off', 'toggle', 'reload'].includes(service)) {
    const script = world.inScope(`script.${service}`);
    if (script) targets.push(script);
  }
  if (!targets.length) {
    if (UNTARGETED_OK.includes(domain)) review.notes.push({ kind: 'untargeted', at, detail: name });
    else review.problems.push({ kind: 'no_target', at, detail: name });
    return;
  }
  const verdict = judgeServiceCall({ domain, service, targets, data }, world);
  if (verdict.decision === 'refuse')
    review.problems.push({ kind: 'refused', at, detail: verdict.why });
  else if (verdict.decision === 'approve')
    for (const reason of verdict.reasons)
      review.notes.push({
        kind: reason.kind,
        at,
        detail:
          reason.kind === 'sensitive'
            ? reason.entities.join(', ')
            : reason.kind === 'entity'
              ? `${reason.field}: ${reason.entity}`
              : `${reason.field}: ${reason.value}`,
      });
}
