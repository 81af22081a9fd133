import * as z from 'zod/mini';
import { TAGS } from '../const';
import { SchemaError, describeIssues } from './parse';
import { ScopeSchema } from './tools';
import { strings } from '../i18n';

export const CARD_TYPE = TAGS.card;

/** Card config keys that would put a secret into Lovelace config, which every user can read. */
const SECRET_KEYS = ['api_key', 'apikey', 'key', 'token', 'authorization', 'password', 'bearer'];

export const CardConfigSchema = z.looseObject({
  type: z.string(),
  title: z.optional(z.string()),
  provider_id: z.optional(z.string()),
  model_id: z.optional(z.string()),
  prompt_template: z.optional(z.string()),
  max_tokens: z.optional(z.int().check(z.positive())),
  temperature: z.optional(z.number().check(z.gte(0), z.lte(2))),
  context_messages: z.optional(z.int().check(z.gte(0))),
  /** false: this card's chat cannot act on the house. */
  tools: z.optional(z.boolean()),
  /** Narrows the entities the model may see and control (never widens the user's scope). */
  scope: z.optional(ScopeSchema),
  /** A new conversation at each visit (kiosks, wall tablets); earlier ones stay in the list. */
  fresh_conversation: z.optional(z.boolean()),
  /** The persona this card's conversations take (schema/personas.ts). */
  persona_id: z.optional(z.string()),
  /** The quick prompts shown as chips above the message box, by id, in this order. */
  quick_prompts: z.optional(z.array(z.string())),
});
export type CardConfig = z.infer<typeof CardConfigSchema>;

/** Parses a card config into one readable sentence on failure (Home Assistant shows it as is). */
export function parseCardConfig(value: unknown): CardConfig {
  if (value && typeof value === 'object') {
    const secret = Object.keys(value).find((k) => SECRET_KEYS.includes(k.toLowerCase()));
    if (secret) {
      throw new SchemaError(strings.problems.cardConfig, [strings.problems.secretInCard(secret)]);
    }
  }
  const result = z.safeParse(CardConfigSchema, value);
  if (!result.success)
    throw new SchemaError(strings.problems.cardConfig, describeIssues(result.error));
  return result.data;
}
