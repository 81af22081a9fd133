import * as z from 'zod/mini';

// Payloads of OpenAI-compatible providers. Loose objects: unknown fields pass (and are kept where
// they must travel back, like Gemini's `extra_content` on a tool call); a missing required field
// is a SchemaError. Dialects are described in shared/PROVIDERS.md.

const nullish = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const UsageSchema = z.looseObject({
  prompt_tokens: nullish(z.number()),
  completion_tokens: nullish(z.number()),
  total_tokens: nullish(z.number()),
  /** OpenAI, LiteLLM, OpenRouter: the part of the prompt served from the provider's cache. */
  prompt_tokens_details: nullish(z.looseObject({ cached_tokens: nullish(z.number()) })),
  /** OpenAI, LiteLLM, OpenRouter: the part of the completion spent reasoning. */
  completion_tokens_details: nullish(z.looseObject({ reasoning_tokens: nullish(z.number()) })),
  /** OpenRouter: what the request cost, in US dollars. */
  cost: nullish(z.number()),
});
export type Usage = z.infer<typeof UsageSchema>;

export const ToolCallDeltaSchema = z.looseObject({
  index: nullish(z.number()),
  id: nullish(z.string()),
  type: nullish(z.string()),
  function: z.optional(
    z.looseObject({
      name: nullish(z.string()),
      // Whole calls (Ollama) may carry arguments as an object rather than a JSON string.
      arguments: nullish(z.union([z.string(), z.record(z.string(), z.unknown())])),
    }),
  ),
});
export type ToolCallDelta = z.infer<typeof ToolCallDeltaSchema>;

/** Mistral Magistral: `content` as parts, with the reasoning in `thinking` parts. */
const ContentPartSchema = z.looseObject({
  type: z.string(),
  text: nullish(z.string()),
  thinking: z.optional(z.unknown()),
});
export type ContentPart = z.infer<typeof ContentPartSchema>;

const ContentSchema = nullish(z.union([z.string(), z.array(ContentPartSchema)]));

const ReasoningDetailSchema = z.looseObject({
  type: z.optional(z.string()),
  text: nullish(z.string()),
  summary: nullish(z.string()),
});

export const DeltaSchema = z.looseObject({
  role: nullish(z.string()),
  content: ContentSchema,
  reasoning_content: nullish(z.string()),
  reasoning: nullish(z.string()),
  reasoning_details: nullish(z.array(ReasoningDetailSchema)),
  tool_calls: nullish(z.array(ToolCallDeltaSchema)),
});
export type Delta = z.infer<typeof DeltaSchema>;

export const ChunkSchema = z.looseObject({
  choices: z.array(
    z.looseObject({
      index: nullish(z.number()),
      delta: nullish(DeltaSchema),
      finish_reason: nullish(z.string()),
    }),
  ),
  usage: nullish(UsageSchema),
  x_groq: nullish(z.looseObject({ usage: nullish(UsageSchema) })),
});
export type Chunk = z.infer<typeof ChunkSchema>;

/** A non-streaming `chat.completion` (a server that ignored `stream: true`, or `stream: false`). */
export const CompletionSchema = z.looseObject({
  choices: z.array(
    z.looseObject({
      index: nullish(z.number()),
      message: DeltaSchema,
      finish_reason: nullish(z.string()),
    }),
  ),
  usage: nullish(UsageSchema),
});
export type Completion = z.infer<typeof CompletionSchema>;

const ModelEntrySchema = z.looseObject({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  model: z.optional(z.string()),
  type: z.optional(z.string()),
  capabilities: z.optional(z.unknown()),
  architecture: z.optional(z.unknown()),
});
export type ModelEntry = z.infer<typeof ModelEntrySchema>;

/** `GET /models`: `{data: [...]}`, `{data: null}` (Ollama, none pulled), `{models, data}`
 * (llama-server), a bare array (Together), `{data, has_more, last_id}` (Anthropic). */
export const ModelListSchema = z.union([
  z.array(ModelEntrySchema),
  z.looseObject({
    data: z.nullable(z.array(ModelEntrySchema)),
    models: z.optional(z.array(ModelEntrySchema)),
    has_more: z.optional(z.boolean()),
    last_id: nullish(z.string()),
  }),
  z.looseObject({ models: z.array(ModelEntrySchema) }),
]);
export type ModelList = z.infer<typeof ModelListSchema>;
