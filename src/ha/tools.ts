import { type HassConnection, errorMessage, lostInFlight } from './connection';
import { strings } from '../i18n';
import { type HassView, type Home, type HomeEntity, loadHome, narrow } from './exposed-entities';
import type { Picture, ToolBox, ToolOutcome, ToolRequest, ToolReview } from '../chat/ports';
import { scrubCredentials } from '../guard/credentials';
import { CAMERA_DEFINITION, TOOL_DEFINITIONS, TOOL_NAMES } from './tool-definitions';
import {
  ToolError,
  entityHistory,
  getEntity,
  inScope,
  listAreas,
  listEntities,
  parseArgs,
  policyOf,
  targetsOf,
} from './tool-reads';
import { type ApprovalReason, type Verdict, judgeServiceCall } from '../guard/service-call';
import { LIMITS, clip } from '../guard/sizes';
import {
  type CallServiceArgs,
  CallServiceArgsSchema,
  GetEntityArgsSchema,
  type Scope,
} from '../schema/tools';

export type { ToolBox, ToolOutcome, ToolRequest, ToolReview } from '../chat/ports';

export { TOOL_DEFINITIONS, TOOL_NAMES } from './tool-definitions';

const OVERVIEW_MAX_ENTITIES = 60;

export interface HomeToolsOptions {
  /** The card's narrowing of the user's scope. */
  scope?: Scope | undefined;
  /** Domains or entity ids whose actions wait for Approve, beyond locks, alarms and doors. */
  confirm?: readonly string[] | undefined;
  /** What the frontend's `hass` holds now (states, registries, services): nothing of it is
   * asked again. */
  hass?: () => HassView | undefined;
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
  /** Stands for the registry where the frontend gives none: exposure is read once per turn. */
  private readonly turn = {};
  /** Home Assistant's services, read once per turn where the frontend does not hold them. */
  private services: Promise<Services> | undefined;

  constructor(
    private readonly conn: HassConnection,
    private readonly options: HomeToolsOptions = {},
  ) {
    this.definitions = options.look ? [...TOOL_DEFINITIONS, CAMERA_DEFINITION] : TOOL_DEFINITIONS;
  }

  async home(): Promise<Home> {
    const view = this.options.hass?.() ?? {};
    // Exposure is read once for this set of tools (one turn) where the frontend cannot tell
    // when the registry changes, else again only when it does.
    const home = await loadHome(this.conn, { ...view, entities: view.entities ?? this.turn });
    return narrow(home, this.options.scope);
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
    const targets = targetsOf(home, args);
    const verdict = judgeServiceCall(
      {
        domain: args.domain.trim().toLowerCase(),
        service: args.service.trim().toLowerCase(),
        targets: targets.map(policyOf),
        data: args.data ?? {},
      },
      {
        inScope: (id) => {
          const e = home.entities.find((x) => x.entity_id === id);
          return e ? policyOf(e) : undefined;
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
      case TOOL_NAMES.list:
        return ok(listEntities(await this.home(), call.arguments));
      case TOOL_NAMES.get: {
        const read = getEntity(await this.home(), call.arguments);
        return ok(read, [read.entity_id]);
      }
      case TOOL_NAMES.areas:
        return ok(listAreas(await this.home(), call.arguments));
      case TOOL_NAMES.history: {
        const read = await entityHistory(this.conn, await this.home(), call.arguments);
        return ok(read, [read.entity_id]);
      }
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
    const e = inScope(await this.home(), args.entity_id);
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

  private async callService(args: CallServiceArgs, approved: boolean): Promise<ToolOutcome> {
    const data = args.data ?? {};
    // Judged again here, where the call is made: whatever the review said, a call that must
    // wait for Approve and did not get it is not made.
    const { targets, verdict } = this.judge(await this.home(), args);
    if (verdict.decision === 'refuse') throw new ToolError(verdict.why);
    if (verdict.decision === 'approve' && !approved) throw new ToolError(NOT_APPROVED);
    const domain = args.domain.trim().toLowerCase();
    const service = args.service.trim().toLowerCase();
    const services = await (this.options.hass?.()?.services ??
      (this.services ??= this.conn.sendMessagePromise<Services>({ type: 'get_services' })));
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
}

type Services = NonNullable<HassView['services']>;

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
