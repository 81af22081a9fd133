import type { HassEntity } from 'home-assistant-js-websocket';
import * as z from 'zod/mini';
import { type HassConnection, errorMessage, lostInFlight } from './connection';
import { strings } from '../i18n';
import { type Home, type HomeEntity, areaMatches, loadHome, narrow } from './home';
import type { Picture, ToolBox, ToolOutcome, ToolRequest, ToolReview } from '../chat/tool-port';
import { scrubCredentials } from '../guard/credentials';
import {
  type ApprovalReason,
  type PolicyEntity,
  type Verdict,
  judgeServiceCall,
} from '../guard/service-call';
import { LIMITS, clip } from '../guard/sizes';
import { describeIssues } from '../schema/parse';
import {
  CAMERA_TOOL,
  type CallServiceArgs,
  CallServiceArgsSchema,
  GetEntityArgsSchema,
  GetHistoryArgsSchema,
  ListAreasArgsSchema,
  ListEntitiesArgsSchema,
  type Scope,
} from '../schema/tools';

export type { ToolBox, ToolOutcome, ToolRequest, ToolReview } from '../chat/tool-port';

export const TOOL_NAMES = {
  list: 'list_entities',
  get: 'get_entity',
  call: 'call_service',
  areas: 'list_areas',
  history: 'get_history',
  camera: CAMERA_TOOL,
} as const;

const fn = (name: string, description: string, properties: object, required: string[] = []) => ({
  type: 'function',
  function: {
    name,
    description,
    parameters: { type: 'object', properties, required, additionalProperties: false },
  },
});
const idOrIds = (what: string) => ({
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  description: what,
});

export const TOOL_DEFINITIONS = [
  fn(
    TOOL_NAMES.list,
    'List the Home Assistant entities you may see and control, with name, area and current state. ' +
      'Filter by domain (light, switch, lock, cover, climate, sensor, ...), area, or part of the name.',
    {
      domain: { type: 'string', description: 'Only this domain, e.g. "light".' },
      area: { type: 'string', description: 'Only this area (its name or id).' },
      name: { type: 'string', description: 'Only entities whose name or id contains this text.' },
    },
  ),
  fn(
    TOOL_NAMES.get,
    'Read one entity: its state, all attributes, and when it last changed.',
    { entity_id: { type: 'string', description: 'e.g. "lock.front_door".' } },
    ['entity_id'],
  ),
  fn(
    TOOL_NAMES.call,
    'Call a Home Assistant service (an action) on entities you may control, e.g. domain "light", ' +
      'service "turn_on", entity_id "light.kitchen", data {"brightness_pct": 50}. Target entities ' +
      'by entity_id, or every entity of the service domain in an area by area. Returns the new states.',
    {
      domain: { type: 'string', description: 'Service domain, e.g. "light".' },
      service: { type: 'string', description: 'Service name, e.g. "turn_on".' },
      entity_id: idOrIds('Target entity id or ids.'),
      area: idOrIds('Target area name(s) or id(s), instead of entity ids.'),
      data: {
        type: 'object',
        description: 'Service data, e.g. {"temperature": 21}. No targets here.',
      },
    },
    ['domain', 'service'],
  ),
  fn(TOOL_NAMES.areas, 'List the areas of the home and how many entities you may see in each.', {}),
  fn(
    TOOL_NAMES.history,
    'The state changes of one entity over the last hours (default 24, at most 168).',
    {
      entity_id: { type: 'string' },
      hours: { type: 'number', description: 'How far back, in hours.' },
    },
    ['entity_id'],
  ),
] as const;

/** Offered to a model that takes pictures (or may). */
const CAMERA_DEFINITION = fn(
  TOOL_NAMES.camera,
  'Look through a camera you may see: its picture now follows the result, in a message of its ' +
    'own. Use it when asked what a camera shows (who is at the door, is the car there).',
  { entity_id: { type: 'string', description: 'e.g. "camera.front_door".' } },
  ['entity_id'],
);

/** Attributes worth a model's tokens in a listing; `get_entity` gives all of them. */
const LISTED_ATTRIBUTES = [
  'device_class',
  'unit_of_measurement',
  'brightness',
  'color_mode',
  'current_temperature',
  'temperature',
  'target_temp_low',
  'target_temp_high',
  'hvac_action',
  'current_position',
  'percentage',
  'media_title',
  'volume_level',
  'battery_level',
];
const MAX_LISTED = 150;
const OVERVIEW_MAX_ENTITIES = 60;

class ToolError extends Error {}

function parseArgs<T>(schema: z.ZodMiniType<T>, text: string): T {
  let value: unknown;
  try {
    value = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new ToolError(`The arguments are not valid JSON: ${text.slice(0, 200)}`);
  }
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new ToolError(`Invalid arguments: ${describeIssues(result.error).join('; ')}`);
  return result.data;
}

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

function brief(e: HomeEntity) {
  const attributes: Record<string, unknown> = {};
  for (const key of LISTED_ATTRIBUTES)
    if (e.state.attributes[key] !== undefined && e.state.attributes[key] !== null)
      attributes[key] = e.state.attributes[key];
  return {
    entity_id: e.entity_id,
    name: e.name,
    ...(e.area ? { area: e.area } : {}),
    state: e.state.state,
    ...(Object.keys(attributes).length ? { attributes } : {}),
  };
}

export interface HomeToolsOptions {
  /** The card's narrowing of the user's scope. */
  scope?: Scope | undefined;
  /** Domains or entity ids whose actions wait for Approve, beyond locks, alarms and doors. */
  confirm?: readonly string[] | undefined;
  /** The frontend's live states (hass.states), when there is one: saves a get_states per call. */
  states?: () => Readonly<Record<string, HassEntity>> | undefined;
  /** How long to wait for states to settle after a service call. */
  settleMs?: number;
  /** A camera's picture now, ready to send; given when the model takes pictures (it is then
   * offered the camera tool). */
  look?: ((entityId: string) => Promise<Picture>) | undefined;
  /** false: looking through a camera does not wait for Approve (by default it does). */
  cameraApproval?: boolean | undefined;
}

/**
 * The tools over Home Assistant's websocket, as the logged-in user: read and act on the entities
 * in scope (exposed to Assist, narrowed by the card), refuse everything else with an error the
 * model can read. The home is read afresh for each call, so the scope follows the settings.
 */
export class HomeTools implements ToolBox {
  readonly definitions: readonly unknown[];

  constructor(
    private readonly conn: HassConnection,
    private readonly options: HomeToolsOptions = {},
  ) {
    this.definitions = options.look ? [...TOOL_DEFINITIONS, CAMERA_DEFINITION] : TOOL_DEFINITIONS;
  }

  async home(): Promise<Home> {
    return narrow(await loadHome(this.conn, this.options.states?.()), this.options.scope);
  }

  async overview(): Promise<string> {
    const home = await this.home();
    const { entities } = home;
    if (!entities.length)
      return 'No entities are exposed to you. Tell the user to expose entities to Assist in Home Assistant (Settings → Voice assistants → Expose).';
    if (entities.length <= OVERVIEW_MAX_ENTITIES) {
      // Names, areas and states are anyone's text: quoted as JSON strings, so that none can
      // start a line of its own in the system prompt.
      const q = (text: string) => JSON.stringify(text);
      const lines = entities.map(
        (e) =>
          `- ${e.entity_id} ${q(e.name)}${e.area ? ` (${q(e.area)})` : ''}: ${q(e.state.state)}`,
      );
      return `Entities you may see and control (call list_entities or get_entity for details):\n${lines.join('\n')}`;
    }
    const byDomain = new Map<string, number>();
    for (const e of entities) byDomain.set(e.domain, (byDomain.get(e.domain) ?? 0) + 1);
    const domains = [...byDomain].map(([d, n]) => `${d} ${n}`).join(', ');
    const areas = home.areas.map((a) => a.name).join(', ');
    return (
      `This home has ${entities.length} entities in your scope (${domains})` +
      `${areas ? ` in these areas: ${areas}` : ''}. Use list_entities to find the ones you need ` +
      'before acting; never guess an entity id.'
    );
  }

  async review(call: ToolRequest): Promise<ToolReview> {
    try {
      return await this.reviewCall(call);
    } catch (err) {
      // The model's own mistake (arguments, an entity out of scope): it reads why and may fix
      // it. Anything else is thrown, and the chat refuses the call.
      if (err instanceof ToolError) return { entityIds: [], refuse: err.message };
      throw err;
    }
  }

  private async reviewCall(call: ToolRequest): Promise<ToolReview> {
    if (call.name === TOOL_NAMES.camera && this.options.look) {
      // A camera shows people: the model looks only once the user says so (unless turned off).
      const id = parseArgs(GetEntityArgsSchema, call.arguments).entity_id.trim().toLowerCase();
      const camera = (await this.home()).entities.find((e) => e.entity_id === id);
      if (!camera || camera.domain !== 'camera') return { entityIds: [] };
      return {
        entityIds: [id],
        ...(this.options.cameraApproval === false
          ? {}
          : { confirm: camera.name, ask: strings.cameraApproval(camera.name) }),
      };
    }
    if (call.name !== TOOL_NAMES.call) {
      const entityId = /"entity_id"\s*:\s*"([^"]+)"/.exec(call.arguments)?.[1];
      return { entityIds: entityId ? [entityId] : [] };
    }
    const args = parseArgs(CallServiceArgsSchema, call.arguments);
    const { targets, verdict } = this.judge(await this.home(), args);
    const entityIds = targets.map((e) => e.entity_id);
    if (verdict.decision === 'refuse') return { entityIds, refuse: verdict.why };
    if (verdict.decision === 'allow') return { entityIds };
    const what = strings.toolOn(
      `${args.domain.trim().toLowerCase()}.${args.service.trim().toLowerCase()}`,
      targets.map((e) => e.name).join(', '),
    );
    const extra = verdict.reasons.filter((r) => r.kind !== 'sensitive');
    return {
      entityIds,
      confirm: what,
      ...(extra.length
        ? { ask: strings.toolNeedsApprovalBecause(what, extra.map(reasonText).join('; ')) }
        : {}),
    };
  }

  /** The targets of a service call and what the guard says of it. */
  private judge(home: Home, args: CallServiceArgs): { targets: HomeEntity[]; verdict: Verdict } {
    const targets = this.targets(home, args);
    const policy = (e: HomeEntity): PolicyEntity => ({
      entity_id: e.entity_id,
      domain: e.domain,
      name: e.name,
      device_class: String(e.state.attributes.device_class ?? ''),
    });
    const verdict = judgeServiceCall(
      {
        domain: args.domain.trim().toLowerCase(),
        service: args.service.trim().toLowerCase(),
        targets: targets.map(policy),
        data: args.data ?? {},
      },
      {
        inScope: (id) => {
          const e = home.entities.find((x) => x.entity_id === id);
          return e ? policy(e) : undefined;
        },
        exists: (id) => home.allIds.has(id),
        confirm: this.options.confirm ?? [],
      },
    );
    return { targets, verdict };
  }

  async run(call: ToolRequest, approved = false): Promise<ToolOutcome> {
    let outcome: ToolOutcome;
    try {
      outcome = await this.dispatch(call, approved);
    } catch (err) {
      const message =
        err instanceof ToolError ? err.message : `Home Assistant said: ${errorMessage(err)}`;
      outcome = { content: JSON.stringify({ error: message }), ok: false, entityIds: [] };
    }
    return { ...outcome, content: bounded(outcome.content) };
  }

  private async dispatch(call: ToolRequest, approved: boolean): Promise<ToolOutcome> {
    // Credentials (an access token, a signed picture address) never reach the model or storage.
    const ok = (value: unknown, entityIds: string[] = []): ToolOutcome => ({
      content: JSON.stringify(scrubCredentials(value)),
      ok: true,
      entityIds,
    });
    switch (call.name) {
      case TOOL_NAMES.list: {
        const args = parseArgs(ListEntitiesArgsSchema, call.arguments);
        const home = await this.home();
        const name = args.name?.trim().toLowerCase();
        const found = home.entities.filter(
          (e) =>
            (!args.domain || e.domain === args.domain.trim().toLowerCase()) &&
            (!args.area ||
              home.areas.some((a) => a.area_id === e.area_id && areaMatches(a, args.area!))) &&
            (!name || e.name.toLowerCase().includes(name) || e.entity_id.includes(name)),
        );
        return ok({
          count: found.length,
          entities: found.slice(0, MAX_LISTED).map(brief),
          ...(found.length > MAX_LISTED
            ? { note: `Only the first ${MAX_LISTED}: filter by domain, area or name.` }
            : {}),
        });
      }
      case TOOL_NAMES.get: {
        const args = parseArgs(GetEntityArgsSchema, call.arguments);
        const e = this.inScope(await this.home(), args.entity_id);
        return ok(
          {
            ...brief(e),
            attributes: e.state.attributes,
            last_changed: e.state.last_changed,
          },
          [e.entity_id],
        );
      }
      case TOOL_NAMES.areas: {
        parseArgs(ListAreasArgsSchema, call.arguments);
        const home = await this.home();
        return ok(
          home.areas.map((a) => ({
            area_id: a.area_id,
            name: a.name,
            entities: home.entities.filter((e) => e.area_id === a.area_id).length,
          })),
        );
      }
      case TOOL_NAMES.history:
        return this.history(call);
      case TOOL_NAMES.camera:
        if (this.options.look) return this.lookThrough(call, this.options.look, approved);
        break;
      case TOOL_NAMES.call:
        return this.callService(parseArgs(CallServiceArgsSchema, call.arguments), approved);
    }
    const offered = this.definitions.map(
      (d) => (d as { function: { name: string } }).function.name,
    );
    throw new ToolError(`There is no tool "${call.name}". The tools are: ${offered.join(', ')}.`);
  }

  /** A camera's picture now, for the model: the result says so, the picture follows it. */
  private async lookThrough(
    call: ToolRequest,
    look: (entityId: string) => Promise<Picture>,
    approved: boolean,
  ): Promise<ToolOutcome> {
    const args = parseArgs(GetEntityArgsSchema, call.arguments);
    const e = this.inScope(await this.home(), args.entity_id);
    if (e.domain !== 'camera')
      throw new ToolError(
        `${e.entity_id} is not a camera. Call list_entities with domain "camera".`,
      );
    if (this.options.cameraApproval !== false && !approved) throw new ToolError(NOT_APPROVED);
    let picture: Picture;
    try {
      picture = await look(e.entity_id);
    } catch (err) {
      throw new ToolError(
        `Home Assistant could not give the picture of ${e.entity_id} (${errorMessage(err)}); its state is ${e.state.state}.`,
      );
    }
    return {
      content: JSON.stringify({
        entity_id: e.entity_id,
        name: e.name,
        state: e.state.state,
        picture: `${picture.image.width}×${picture.image.height} JPEG, in the next message`,
      }),
      ok: true,
      entityIds: [e.entity_id],
      pictures: [picture],
    };
  }

  private inScope(home: Home, entityId: string): HomeEntity {
    const id = entityId.trim().toLowerCase();
    const found = home.entities.find((e) => e.entity_id === id);
    if (found) return found;
    throw new ToolError(
      home.allIds.has(id)
        ? `${id} is not exposed to you: you may not read or control it. Tell the user it is outside your scope.`
        : `There is no entity ${id} in your scope. Call list_entities to find the right id.`,
    );
  }

  private targets(home: Home, args: CallServiceArgs): HomeEntity[] {
    const domain = args.domain.trim().toLowerCase();
    const byId = list(args.entity_id).map((id) => {
      const e = this.inScope(home, id);
      // Home Assistant reports a service on an entity of another domain (script.turn_on aimed
      // at a light) as done, though nothing happens: only homeassistant.* acts across domains.
      if (domain !== 'homeassistant' && e.domain !== domain)
        throw new ToolError(
          `${e.entity_id} is a ${e.domain} entity: ${domain}.${args.service} does nothing to it, ` +
            `though Home Assistant would answer that it succeeded. Call a ${e.domain} service, ` +
            `or homeassistant.${args.service}.`,
        );
      return e;
    });
    const byArea: HomeEntity[] = [];
    for (const wanted of list(args.area)) {
      const area = home.areas.find((a) => areaMatches(a, wanted));
      if (!area) throw new ToolError(`There is no area "${wanted}". Call list_areas.`);
      const inArea = home.entities.filter(
        (e) =>
          e.area_id === area.area_id &&
          (args.domain === 'homeassistant' || e.domain === args.domain),
      );
      if (!inArea.length)
        throw new ToolError(`No ${args.domain} entity in ${area.name} is in your scope.`);
      byArea.push(...inArea);
    }
    const all = [...byId, ...byArea];
    return all.filter((e, i) => all.findIndex((o) => o.entity_id === e.entity_id) === i);
  }

  private async callService(args: CallServiceArgs, approved: boolean): Promise<ToolOutcome> {
    const data = args.data ?? {};
    // Judged again here, where the call is made: whatever the review said, a call that must
    // wait for Approve and did not get it is not made.
    const { targets, verdict } = this.judge(await this.home(), args);
    if (verdict.decision === 'refuse') throw new ToolError(verdict.why);
    if (verdict.decision === 'approve' && !approved) throw new ToolError(NOT_APPROVED);
    const domain = args.domain.trim().toLowerCase();
    const service = args.service.trim().toLowerCase();
    const services = await this.conn.sendMessagePromise<
      Record<string, Record<string, { response?: { optional?: boolean } }>>
    >({ type: 'get_services' });
    const described = services[domain]?.[service];
    if (!described) {
      const known = Object.keys(services[domain] ?? {});
      throw new ToolError(
        known.length
          ? `${domain} has no service "${service}". Its services: ${known.join(', ')}.`
          : `There is no service domain "${domain}".`,
      );
    }
    const entityIds = targets.map((e) => e.entity_id);
    let result: { response?: unknown } | null;
    try {
      result = await this.conn.sendMessagePromise<{ response?: unknown }>({
        type: 'call_service',
        domain,
        service,
        service_data: data,
        target: { entity_id: entityIds },
        ...(described.response ? { return_response: true } : {}),
      });
    } catch (err) {
      // Sent, then the connection was lost: it may have happened. It is not sent again.
      if (!lostInFlight(err)) throw err;
      return {
        content: JSON.stringify({
          error:
            `The connection to Home Assistant was lost while ${domain}.${service} ran on ` +
            `${entityIds.join(', ')}: whether it happened is not known. Do not call it again; ` +
            'tell the user to check.',
        }),
        ok: false,
        unknown: true,
        entityIds,
      };
    }
    await new Promise((r) => setTimeout(r, this.options.settleMs ?? 300));
    const after = await this.home();
    const states = Object.fromEntries(
      entityIds.map((id) => [
        id,
        after.entities.find((e) => e.entity_id === id)?.state.state ?? 'unknown',
      ]),
    );
    return {
      content: JSON.stringify(
        scrubCredentials({
          success: true,
          states,
          ...(result?.response !== undefined ? { response: result.response } : {}),
        }),
      ),
      ok: true,
      entityIds,
    };
  }

  private async history(call: ToolRequest): Promise<ToolOutcome> {
    const args = parseArgs(GetHistoryArgsSchema, call.arguments);
    const e = this.inScope(await this.home(), args.entity_id);
    const start = new Date(Date.now() - (args.hours ?? 24) * 3_600_000);
    const result = await this.conn.sendMessagePromise<
      Record<string, { s?: string; lu?: number; lc?: number }[]>
    >({
      type: 'history/history_during_period',
      start_time: start.toISOString(),
      entity_ids: [e.entity_id],
      minimal_response: true,
      no_attributes: true,
      significant_changes_only: false,
    });
    const changes = (result[e.entity_id] ?? []).map((c) => ({
      state: c.s,
      at: new Date((c.lc ?? c.lu ?? 0) * 1000).toISOString(),
    }));
    return {
      content: JSON.stringify({
        entity_id: e.entity_id,
        changes: changes.slice(-100),
        ...(changes.length > 100 ? { note: `The last 100 of ${changes.length} changes.` } : {}),
      }),
      ok: true,
      entityIds: [e.entity_id],
    };
  }
}

const NOT_APPROVED =
  'This call waits for the user’s Approve, which it did not get: it was not made. Tell the user.';

/** A reason for Approve, in the user's words. */
function reasonText(reason: ApprovalReason): string {
  const r = strings.approvalReasons;
  switch (reason.kind) {
    case 'sensitive':
      return r.sensitive(reason.entities.join(', '));
    case 'address':
      return r.address(reason.field, reason.value);
    case 'path':
      return r.path(reason.field, reason.value);
    case 'entity':
      return r.entity(reason.field, reason.entity);
  }
}

/** A result as the model gets it: at most LIMITS.toolResultChars, and saying so when cut. */
function bounded(content: string): string {
  const { text, clipped } = clip(content, LIMITS.toolResultChars);
  if (!clipped) return content;
  return JSON.stringify({
    truncated: `The result was ${content.length} characters; only the first ${LIMITS.toolResultChars} are here. Ask for less (filter by domain, area or name).`,
    partial: text,
  });
}
