import * as z from 'zod/mini';

// Automations and scripts the model reads and drafts (ha/automation-tools.ts): the tools'
// arguments, and a draft as a conversation stores it with the call that proposed it.

const id = () => z.string().check(z.trim(), z.minLength(1));
const ids = () => z.union([id(), z.array(id())]);

export type DraftKind = 'automation' | 'script';

/** The keys Home Assistant takes in an automation (2024.10 and newer name the lists in the
 * plural; the singular is taken and renamed). */
export const AUTOMATION_KEYS = [
  'id',
  'alias',
  'description',
  'triggers',
  'conditions',
  'actions',
  'mode',
  'max',
  'max_exceeded',
  'variables',
  'trigger_variables',
  'initial_state',
  'trace',
] as const;
export const SCRIPT_KEYS = [
  'alias',
  'description',
  'icon',
  'mode',
  'max',
  'max_exceeded',
  'fields',
  'variables',
  'sequence',
  'trace',
] as const;
/** Singular names of an automation's lists, as older configurations and models write them. */
export const SINGULAR_KEYS = { trigger: 'triggers', condition: 'conditions', action: 'actions' };

export const ListAutomationsArgsSchema = z.looseObject({
  kind: z.optional(z.enum(['automation', 'script'])),
});

export const ProposeArgsSchema = z.looseObject({
  /** The configuration, as Home Assistant's editor would save it (as YAML, as JSON). */
  config: z.record(z.string(), z.unknown()),
  /** The automation or script it changes (its entity id); absent: a new one. */
  edit_of: z.optional(id()),
  /** A new script's id (`script.<key>`). */
  key: z.optional(id()),
});
export type ProposeArgs = z.infer<typeof ProposeArgsSchema>;

export const TracesArgsSchema = z.looseObject({
  entity_id: id(),
  /** One run, from the list (absent: the list of the last runs). */
  run_id: z.optional(id()),
});

export const LogbookArgsSchema = z.looseObject({
  entity_id: z.optional(ids()),
  /** How far back from `end` (or now), in hours (default 24, at most a week). */
  hours: z.optional(z.number().check(z.positive(), z.lte(24 * 7))),
  /** The window's end (ISO 8601); absent: now. */
  end: z.optional(z.string()),
});

/** What keeps a draft from being saved, as data (worded where it is shown; the model is told
 * in English). */
export const DraftProblemSchema = z.looseObject({
  kind: z.string(),
  /** Where in the configuration ("actions[0]"), when it is one place. */
  at: z.optional(z.string()),
  /** What it is about: entity ids, keys, a service, Home Assistant's own words. */
  detail: z.optional(z.string()),
});
export type DraftProblem = z.infer<typeof DraftProblemSchema>;

/** What a saved draft would do that waits for Approve in a chat (worded above Save). */
export const DraftNoteSchema = z.looseObject({
  kind: z.string(),
  at: z.optional(z.string()),
  detail: z.optional(z.string()),
});
export type DraftNote = z.infer<typeof DraftNoteSchema>;

export const DraftSchema = z.looseObject({
  kind: z.enum(['automation', 'script']),
  /** As it would be saved (lists under their plural names). */
  config: z.record(z.string(), z.unknown()),
  /** The entity it changes, and its id in Home Assistant's configuration. */
  edit_of: z.optional(z.string()),
  key: z.optional(z.string()),
  /** The stored configuration when the draft was made (an edit's diff is against it). */
  before: z.optional(z.record(z.string(), z.unknown())),
  problems: z.optional(z.array(DraftProblemSchema)),
  notes: z.optional(z.array(DraftNoteSchema)),
  /** Written under this key, but not loaded by Home Assistant: Save again writes it there. */
  written: z.optional(z.string()),
  /** What the user did with it. */
  state: z.optional(z.enum(['proposed', 'saved', 'discarded'])),
  /** Where it was saved, once Home Assistant shows it. */
  saved: z.optional(
    z.looseObject({ key: z.string(), entity_id: z.optional(z.string()), at: z.string() }),
  ),
});
export type Draft = z.infer<typeof DraftSchema>;
