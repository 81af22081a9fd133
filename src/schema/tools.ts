import * as z from 'zod/mini';

// The arguments a model may pass to each Home Assistant tool. Models send JSON as text, sometimes
// a single id where a list is described, sometimes extra fields: unknown fields are dropped by
// the tools, a missing or mistyped required field goes back to the model as a readable error.

const id = () => z.string().check(z.trim(), z.minLength(1));
/** One id or several: models send either. */
const ids = () => z.union([id(), z.array(id())]);

export const ListEntitiesArgsSchema = z.looseObject({
  domain: z.optional(z.string()),
  area: z.optional(z.string()),
  name: z.optional(z.string()),
});

export const GetEntityArgsSchema = z.looseObject({ entity_id: id() });

export const CallServiceArgsSchema = z.looseObject({
  domain: id(),
  service: id(),
  entity_id: z.optional(ids()),
  area: z.optional(ids()),
  data: z.optional(z.record(z.string(), z.unknown())),
});
export type CallServiceArgs = z.infer<typeof CallServiceArgsSchema>;

export const GetHistoryArgsSchema = z.looseObject({
  entity_id: id(),
  hours: z.optional(z.number().check(z.positive(), z.lte(24 * 7))),
});

export const ListAreasArgsSchema = z.looseObject({});

/** What a card narrows the user's scope to (each list, when present, must match). */
export const ScopeSchema = z.looseObject({
  entities: z.optional(z.array(z.string())),
  areas: z.optional(z.array(z.string())),
  domains: z.optional(z.array(z.string())),
});
export type Scope = z.infer<typeof ScopeSchema>;

/** Tool settings in the user's settings document. */
export const ToolSettingsSchema = z.looseObject({
  /** Off: the model gets no tools at all. */
  enabled: z.optional(z.boolean()),
  /** Rounds of tool calls in one answer before the loop stops. */
  max_rounds: z.optional(z.int().check(z.positive(), z.lte(50))),
  /** Domains or entity ids whose actions wait for Approve, beyond the built-in ones. */
  confirm: z.optional(z.array(z.string())),
  /** false: the model looks at a camera without waiting for Approve (default: it waits). */
  camera_approval: z.optional(z.boolean()),
});
export type ToolSettings = z.infer<typeof ToolSettingsSchema>;

export const DEFAULT_MAX_ROUNDS = 10;
/** The tool that gives a vision model a camera's picture now. */
export const CAMERA_TOOL = 'get_camera_image';
/** Domains whose every action waits for the user's Approve. */
export const SENSITIVE_DOMAINS = ['lock', 'alarm_control_panel'] as const;
/** Cover device classes that open a way into the house. */
export const SENSITIVE_COVER_CLASSES = ['garage', 'gate', 'door'] as const;
