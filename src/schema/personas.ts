import * as z from 'zod/mini';
import { ScopeSchema } from './tools';

// Personas and quick prompts, in the user's settings document (`personas`, `quick_prompts`).
// Absent, the built-in ones are offered (chat/personas.ts); the first change stores the list.

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

export const PersonaSchema = z.looseObject({
  id: nonEmpty(),
  name: nonEmpty(),
  /** An emoji or a few characters shown before the name. */
  icon: z.optional(z.string().check(z.maxLength(8))),
  /** The system prompt (a Home Assistant template may be in it), in place of the default one. */
  prompt: z.string(),
  /** The model it asks (absent: the chat's). */
  provider_id: z.optional(z.string()),
  model_id: z.optional(z.string()),
  /** false: the model cannot act on the house in its conversations. */
  tools: z.optional(z.boolean()),
  /** Narrows what its model may see and control (never widens a card's scope). */
  scope: z.optional(ScopeSchema),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const QuickPromptSchema = z.looseObject({
  id: nonEmpty(),
  /** What its chip and its line behind "/" say. */
  label: nonEmpty(),
  /** What is sent (a Home Assistant template may be in it: rendered first). */
  text: z.string(),
  /** The persona a new conversation it starts takes. */
  persona_id: z.optional(z.string()),
  /** Instead of asking a model: runs this script (Approve shown as for the model's calls). */
  script: z.optional(z.string().check(z.regex(/^script\.[a-z0-9_]+$/))),
});
export type QuickPrompt = z.infer<typeof QuickPromptSchema>;

export const PersonasSchema = z.array(PersonaSchema);
export const QuickPromptsSchema = z.array(QuickPromptSchema);
