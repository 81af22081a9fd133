import * as z from 'zod/mini';
import { ToolSettingsSchema } from './tools';
import { McpSettingsSchema } from './mcp';
import { PersonasSchema, QuickPromptsSchema } from './personas';

/** User-data key of the settings document (fixed: stored data depends on it). */
export const SETTINGS_KEY = 'openai_compatible_conversation';
export const SETTINGS_VERSION = 1;

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));
const positive = () => z.number().check(z.positive());

export const DEFAULT_AGENT = {
  prompt_template:
    'You are a helpful assistant for a Home Assistant smart home. The current time is {{ now() }}. ' +
    'Answer briefly and use Markdown when it helps.',
  max_tokens: 1024,
  temperature: 0.7,
  context_messages: 5,
} as const;

export const DEFAULT_TIMEOUT_S = 30;

/** The provider id under which Home Assistant's own conversation agents are chosen (a card's
 * `provider_id`, the default): they need no key and no CORS, and answer over the websocket. */
export const HA_PROVIDER_ID = 'home-assistant';

/** Provider dialects the client knows (shared/PROVIDERS.md). Usually recognised from the base URL;
 * a provider's settings may name one when the URL does not tell. */
export const DIALECT_IDS = [
  'openai',
  'azure',
  'anthropic',
  'mistral',
  'gemini',
  'openrouter',
  'groq',
  'ollama',
  'lmstudio',
  'litellm',
  'vllm',
  'llamacpp',
  'generic',
] as const;
export type DialectId = (typeof DIALECT_IDS)[number];

export const AgentOptionsSchema = z.looseObject({
  prompt_template: z.optional(z.string()),
  max_tokens: z.optional(z.int().check(z.positive())),
  temperature: z.optional(z.number().check(z.gte(0), z.lte(2))),
  context_messages: z.optional(z.int().check(z.gte(0))),
});
export type AgentOptions = z.infer<typeof AgentOptionsSchema>;

/** A model that refused `max_tokens` (wants `max_completion_tokens`) or any temperature but its
 * default (OpenAI's reasoning models behind a proxy whose name does not say so). */
export const ModelLearnedSchema = z.looseObject({
  token_param: z.optional(z.enum(['max_tokens', 'max_completion_tokens'])),
  /** false: send no temperature. */
  temperature: z.optional(z.literal(false)),
  /** The context window the provider named when a request was over it, in tokens. */
  context_length: z.optional(z.int().check(z.positive())),
  at: z.optional(z.string()),
});
export type ModelLearned = z.infer<typeof ModelLearnedSchema>;

export const ModelSettingsSchema = z.looseObject({
  model_id: nonEmpty(),
  display_name: z.optional(z.string()),
  api_key: z.optional(z.string()),
  max_tokens: z.optional(z.int().check(z.positive())),
  temperature: z.optional(z.number().check(z.gte(0), z.lte(2))),
  /** false: this model takes no tools (it answers, but cannot act on the house). */
  tools: z.optional(z.boolean()),
  /** What the provider's errors taught about this model's requests (shown in the settings). */
  learned: z.optional(ModelLearnedSchema),
  /** US dollars per million input (prompt) and output (completion) tokens, to tell the cost
   * where the provider does not. */
  price_input: z.optional(z.number().check(z.gte(0))),
  /** Takes pictures: set by the user; absent, pictures are sent and a refusal explained. */
  vision: z.optional(z.boolean()),
  /** The model's context window in tokens, as the user set it (else as the provider told). */
  context_length: z.optional(z.int().check(z.positive())),
  price_output: z.optional(z.number().check(z.gte(0))),
});
export type ModelSettings = z.infer<typeof ModelSettingsSchema>;

export const ProviderSettingsSchema = z.looseObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'a slug of a-z, 0-9, _ and -')),
  name: nonEmpty(),
  base_url: z.url({ protocol: /^https?$/ }),
  auth_mode: z._default(z.enum(['global', 'per_model']), 'global'),
  api_key: z.optional(z.string()),
  timeout_s: z.optional(positive()),
  dialect: z.optional(z.enum(DIALECT_IDS)),
  models: z._default(z.array(ModelSettingsSchema), []),
  model_cache: z.optional(
    z.looseObject({
      fetched_at: z.iso.datetime({ offset: true }),
      ids: z.array(z.string()),
      /** Context windows the provider's model list gives (OpenRouter, LiteLLM), by model id. */
      context: z.optional(z.record(z.string(), z.int().check(z.positive()))),
      /** Whether each model takes pictures, where the list tells it (OpenRouter). */
      vision: z.optional(z.record(z.string(), z.boolean())),
    }),
  ),
  /** US dollars a calendar month may cost with this provider before the chat warns. */
  budget_monthly: z.optional(z.number().check(z.gte(0))),
});
export type ProviderSettings = z.infer<typeof ProviderSettingsSchema>;

export const SettingsSchema = z
  .looseObject({
    version: z.literal(SETTINGS_VERSION),
    providers: z._default(z.array(ProviderSettingsSchema), []),
    defaults: z.optional(
      z.looseObject({
        provider_id: z.optional(z.string()),
        model_id: z.optional(z.string()),
      }),
    ),
    agent: z.optional(AgentOptionsSchema),
    tools: z.optional(ToolSettingsSchema),
    /** Tools from Home Assistant's LLM APIs and MCP servers (schema/mcp.ts). */
    mcp: z.optional(McpSettingsSchema),
    /** Personas and quick prompts (schema/personas.ts); absent: the built-in ones. */
    personas: z.optional(PersonasSchema),
    quick_prompts: z.optional(QuickPromptsSchema),
    /** Home Assistant's voice: `auto_read` reads each answer aloud as it completes;
     * `send_spoken` sends what "Speak" heard at once. */
    voice: z.optional(
      z.looseObject({
        auto_read: z.optional(z.boolean()),
        send_spoken: z.optional(z.boolean()),
      }),
    ),
  })
  .check(
    z.refine((doc) => new Set(doc.providers.map((p) => p.id)).size === doc.providers.length, {
      message: 'provider ids must be unique',
      path: ['providers'],
    }),
  );
export type Settings = z.infer<typeof SettingsSchema>;

export function emptySettings(): Settings {
  return { version: SETTINGS_VERSION, providers: [] };
}

/** "My LiteLLM!" -> "my-litellm", unique among `taken`. */
export function slugify(name: string, taken: readonly string[] = []): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'provider';
  let slug = base;
  for (let n = 2; taken.includes(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The base URL as the user typed it, trailing slashes trimmed. */
export function normalizeBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}
