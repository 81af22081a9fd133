import type { ToolBox, ToolOutcome, ToolRequest, ToolReview } from '../chat/ports';
import { type DraftWorld, reviewDraft } from '../guard/automation';
import { scrubCredentials } from '../guard/credentials';
import {
  type Draft,
  type DraftKind,
  type DraftNote,
  type DraftProblem,
  ListAutomationsArgsSchema,
  LogbookArgsSchema,
  ProposeArgsSchema,
  TracesArgsSchema,
} from '../schema/automation';
import {
  type Config,
  kindOf,
  listAutomations,
  listTraces,
  readConfig,
  readLogbook,
  readTrace,
  scriptKey,
  validateParts,
} from './automations';
import { type HassConnection, errorMessage } from './connection';
import { GetEntityArgsSchema } from '../schema/tools';
import { type HassView, type Home, areaMatches } from './exposed-entities';
import { ToolError, inScope, parseArgs, policyOf } from './tool-reads';
import { AUTOMATION_DEFINITIONS, AUTOMATION_TOOLS } from './automation-definitions';

// The model's tools over the user's automations and scripts: it reads them, explains what they
// did (traces, the logbook), and drafts new ones or changes, which Home Assistant checks and the
// user sees with Save (ui/automation-draft.ts). Nothing here writes: saving is the user's act
// (ha/automation-save.ts), checked again then.

export interface AutomationToolsOptions {
  /** The entities in the chat's scope, as the house's tools read them. */
  home: () => Promise<Home>;
  hass?: (() => HassView | undefined) | undefined;
  /** Domains or entity ids whose actions wait for Approve, beyond the built-in ones. */
  confirm?: readonly string[] | undefined;
}

/** A draft checked: by the guard (scope, domains, what waits for Approve) and by Home Assistant. */
export interface Checked {
  config: Config;
  problems: DraftProblem[];
  notes: DraftNote[];
}

export class AutomationTools implements ToolBox {
  readonly definitions = AUTOMATION_DEFINITIONS;

  constructor(
    private readonly conn: HassConnection,
    private readonly options: AutomationToolsOptions,
  ) {}

  async overview(): Promise<string> {
    return '';
  }

  /** Reading and drafting wait for no one: a draft is only shown. */
  async review(_call: ToolRequest): Promise<ToolReview> {
    return { entityIds: [] };
  }

  async run(call: ToolRequest): Promise<ToolOutcome> {
    try {
      const { value, draft, entityIds = [] } = await this.dispatch(call);
      return {
        content: JSON.stringify(scrubCredentials(value)),
        ok: !draft?.problems?.length,
        entityIds,
        ...(draft ? { draft } : {}),
      };
    } catch (err) {
      const message =
        err instanceof ToolError ? err.message : `Home Assistant said: ${errorMessage(err)}`;
      return { content: JSON.stringify({ error: message }), ok: false, entityIds: [] };
    }
  }

  private get view(): HassView {
    return this.options.hass?.() ?? {};
  }

  private async dispatch(
    call: ToolRequest,
  ): Promise<{ value: unknown; draft?: Draft; entityIds?: string[] }> {
    switch (call.name) {
      case AUTOMATION_TOOLS.list: {
        const { kind } = parseArgs(ListAutomationsArgsSchema, call.arguments);
        return { value: listAutomations(this.view.states, kind) };
      }
      case AUTOMATION_TOOLS.get: {
        const entityId = this.existing(parseArgs(GetEntityArgsSchema, call.arguments).entity_id);
        const config = await this.readable(entityId);
        return { value: { entity_id: entityId, config }, entityIds: [entityId] };
      }
      case AUTOMATION_TOOLS.traces:
        return this.traces(call);
      case AUTOMATION_TOOLS.logbook:
        return this.logbook(call);
      case AUTOMATION_TOOLS.proposeAutomation:
        return this.propose('automation', call);
      case AUTOMATION_TOOLS.proposeScript:
        return this.propose('script', call);
    }
    throw new ToolError(`There is no tool "${call.name}".`);
  }

  /** An automation or script the user has (by entity id). */
  private existing(id: string, kind?: DraftKind): string {
    const entityId = id.trim().toLowerCase();
    const k = kindOf(entityId);
    if (!k || (kind && k !== kind) || !this.view.states?.[entityId])
      throw new ToolError(
        `There is no ${kind ?? 'automation or script'} ${entityId}. Call list_automations.`,
      );
    return entityId;
  }

  /** Its configuration, where every entity it names is in the chat's scope. */
  private async readable(entityId: string): Promise<Config> {
    const config = await readConfig(this.conn, entityId);
    const outside = reviewDraft(
      kindOf(entityId)!,
      config,
      this.world(await this.options.home()),
    ).problems.find((p) => p.kind === 'out_of_scope');
    if (outside)
      throw new ToolError(
        `${entityId} names entities outside your scope (${outside.detail}): you may not read it. Tell the user.`,
      );
    return config;
  }

  /** The key an automation (its `id`) or a script is stored under. */
  private async keyOf(entityId: string): Promise<string> {
    if (kindOf(entityId) === 'script') return scriptKey(this.conn, entityId);
    const id = this.view.states?.[entityId]?.attributes.id;
    if (typeof id !== 'string')
      throw new ToolError(
        `${entityId} is written in Home Assistant's YAML outside automations.yaml: it can be read, not changed here.`,
      );
    return id;
  }

  private async traces(call: ToolRequest) {
    const args = parseArgs(TracesArgsSchema, call.arguments);
    const entityId = this.existing(args.entity_id);
    if (this.view.user && !this.view.user.is_admin)
      throw new ToolError(
        'Only an administrator can read traces in Home Assistant. Use get_logbook instead.',
      );
    await this.readable(entityId);
    const kind = kindOf(entityId)!;
    const key = await this.keyOf(entityId);
    const value = args.run_id
      ? await readTrace(this.conn, kind, key, args.run_id)
      : { entity_id: entityId, runs: (await listTraces(this.conn, kind, key)).slice(-5).reverse() };
    return { value, entityIds: [entityId] };
  }

  private async logbook(call: ToolRequest) {
    const args = parseArgs(LogbookArgsSchema, call.arguments);
    const home = await this.options.home();
    const asked = args.entity_id === undefined ? [] : [args.entity_id].flat();
    // Only entities in scope: the logbook of the others is not the model's to read.
    const ids = asked.length
      ? asked.map((id) => inScope(home, id).entity_id)
      : home.entities.map((e) => e.entity_id);
    if (!ids.length) throw new ToolError('No entities are in your scope.');
    const end = args.end ? new Date(args.end) : new Date();
    if (Number.isNaN(end.getTime()))
      throw new ToolError(`"${args.end}" is not a time; write it as ISO 8601.`);
    const start = new Date(end.getTime() - (args.hours ?? 24) * 3_600_000);
    const entries = await readLogbook(this.conn, ids, start, end);
    const names = new Map(home.entities.map((e) => [e.entity_id, e.name]));
    const value = entries.slice(-200).map(({ when, ...rest }) => ({
      when: new Date(when * 1000).toISOString(),
      ...(rest.entity_id && names.has(rest.entity_id) ? { name: names.get(rest.entity_id) } : {}),
      ...rest,
    }));
    return { value: { from: start.toISOString(), to: end.toISOString(), entries: value } };
  }

  private async propose(kind: DraftKind, call: ToolRequest) {
    const args = parseArgs(ProposeArgsSchema, call.arguments);
    const editOf = args.edit_of ? this.existing(args.edit_of, kind) : undefined;
    const key = editOf ? await this.keyOf(editOf) : kind === 'script' ? args.key : undefined;
    const before = editOf ? await this.readable(editOf) : undefined;
    const checked = await this.check(kind, args.config, { editOf, key });
    const draft: Draft = {
      kind,
      config: checked.config,
      ...(editOf ? { edit_of: editOf } : {}),
      ...(key ? { key } : {}),
      ...(before ? { before } : {}),
      problems: checked.problems,
      notes: checked.notes,
      state: 'proposed',
    };
    return { value: reportFor(kind, checked), draft };
  }

  /** Checks a draft as it is proposed, and again when the user saves it. */
  async check(
    kind: DraftKind,
    raw: Config,
    target: { editOf?: string | undefined; key?: string | undefined },
  ): Promise<Checked> {
    const home = await this.options.home();
    const { id, ...rest } = raw;
    const review = reviewDraft(kind, rest, this.world(home));
    const problems = [...review.problems];
    if (id !== undefined) {
      // The id is Home Assistant's to keep: an edit keeps its own, a new one gets a fresh one.
      const owner = listAutomations(this.view.states, 'automation').find(
        (a) => a.id === String(id),
      );
      if (owner && owner.entity_id !== target.editOf)
        problems.push({ kind: 'id_taken', detail: `${String(id)}, ${owner.entity_id}` });
    }
    if (kind === 'script' && !target.editOf) {
      const key = target.key ?? '';
      if (!/^[a-z0-9_]+$/.test(key) || ['reload', 'turn_on', 'turn_off', 'toggle'].includes(key))
        problems.push({ kind: 'script_key', detail: key });
      else if (this.view.states?.[`script.${key}`])
        problems.push({ kind: 'key_taken', detail: `script.${key}` });
    }
    const config = review.config;
    const parts =
      kind === 'automation'
        ? { triggers: config.triggers, conditions: config.conditions, actions: config.actions }
        : { actions: config.sequence };
    for (const { part, error } of await validateParts(this.conn, parts))
      problems.push({ kind: 'invalid', at: kind === 'script' ? 'sequence' : part, detail: error });
    return { config, problems, notes: review.notes };
  }

  private world(home: Home): DraftWorld {
    return {
      inScope: (id) => {
        const e = home.entities.find((x) => x.entity_id === id);
        return e && policyOf(e);
      },
      exists: (id) => home.allIds.has(id),
      confirm: this.options.confirm ?? [],
      inArea: (wanted, domain) => {
        const area = home.areas.find((a) => areaMatches(a, wanted));
        return area
          ? home.entities
              .filter(
                (e) =>
                  e.area_id === area.area_id && (domain === 'homeassistant' || e.domain === domain),
              )
              .map(policyOf)
          : undefined;
      },
    };
  }
}

/** What the model is told of its draft: in English, what to fix, and that it is not saved. */
function reportFor(kind: DraftKind, checked: Checked) {
  const problems = checked.problems.map(problemForModel);
  return {
    shown_to_user: true,
    saved: false,
    ...(problems.length ? { problems } : {}),
    ...(checked.notes.length ? { needs_attention: checked.notes.map(noteForModel) } : {}),
    next: problems.length
      ? `Fix these problems and call propose_${kind} again with the whole configuration.`
      : `The user sees the ${kind} and decides whether to save it. It is not saved: never say it is.`,
  };
}

const where = (x: { at?: string | undefined }) => (x.at ? ` (${x.at})` : '');

export function problemForModel(p: DraftProblem): string {
  const d = p.detail ?? '';
  const text: Record<string, string> = {
    invalid: `Home Assistant says${where(p)}: ${d}`,
    unknown_keys: `Keys Home Assistant does not know: ${d}.`,
    both_keys: `Both the singular and plural key: ${d}; use the plural one.`,
    missing: `${d} is missing or empty.`,
    blueprint: 'Automations from a blueprint are changed in Home Assistant’s editor, not here.',
    out_of_scope: `Entities outside your scope: ${d}. Use only entities you may see.`,
    unknown_entity: `No such entity: ${d}. Call list_entities.`,
    wrong_domain: `A service acts only on entities of its own domain${where(p)}: ${d}.`,
    no_target: `${d}${where(p)} acts on no entity in your scope: name the entities.`,
    device_target: `${d}${where(p)} targets a device, floor or label: name entities or areas.`,
    device_action: `A device action${where(p)}: use a service on entities instead.`,
    template_service: `The service${where(p)} is a template: name it.`,
    template_target: `The targets of ${d}${where(p)} are a template: name the entities.`,
    unknown_area: `There is no area "${d}"${where(p)}. Call list_areas.`,
    empty_area: `No entity of that domain in that area is in your scope${where(p)}: ${d}.`,
    refused: `${d}${where(p)}`,
    id_taken: `The id ${d.split(', ')[0]} belongs to another automation (${d.split(', ')[1]}): leave id out.`,
    script_key: `"${d}" cannot be a script's key: use lowercase letters, digits and _.`,
    key_taken: `${d} exists already: choose another key, or edit it with edit_of.`,
    too_large: 'The configuration is too large to check.',
  };
  return text[p.kind] ?? `${p.kind}${where(p)}: ${d}`;
}

export function noteForModel(n: DraftNote): string {
  const d = n.detail ?? '';
  const text: Record<string, string> = {
    sensitive: `Acts on ${d}, which wait for the user’s approval in a chat.`,
    address: `Sends an address${where(n)}: ${d}.`,
    path: `Names a file path${where(n)}: ${d}.`,
    entity: `Names another entity in its data${where(n)}: ${d}.`,
    webhook: 'A webhook starts it: anyone on the network who knows its id can.',
    event: `Fires the event ${d}, which may start other automations.`,
    untargeted: `Calls ${d}, which acts on no entity.`,
  };
  return text[n.kind] ?? `${n.kind}${where(n)}: ${d}`;
}
