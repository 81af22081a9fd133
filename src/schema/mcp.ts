import * as z from 'zod/mini';

// Tools from the Model Context Protocol: Home Assistant's LLM APIs through its MCP server
// (`/api/mcp/<api id>`, the user's own token) and MCP servers the user names. What the user
// chose is kept in the settings document; what a server says (its tools, their descriptions,
// its results) is parsed here before anything uses it.

/** What the model may do with one tool: not offered, asks Approve each time, or runs at once
 * (`auto`: Home Assistant's tools, judged by the house's own rules: locks ask, lights do not). */
export const TOOL_MODES = ['off', 'ask', 'trust', 'auto'] as const;
export type ToolMode = (typeof TOOL_MODES)[number];

export const McpServerSettingsSchema = z.looseObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'a slug of a-z, 0-9, _ and -')),
  name: z.string().check(z.trim(), z.minLength(1)),
  url: z.url({ protocol: /^https?$/ }),
  /** Sent as `Authorization: Bearer`, only to this address's origin; never exported. */
  token: z.optional(z.string()),
  enabled: z.optional(z.boolean()),
  /** Per tool, by the server's own name; a tool not named here asks (`ask`). */
  tools: z.optional(z.record(z.string(), z.enum(TOOL_MODES))),
});
export type McpServerSettings = z.infer<typeof McpServerSettingsSchema>;

export const HaApiSettingsSchema = z.looseObject({
  /** The API's name when it was turned on (Home Assistant lists names to admins only). */
  name: z.optional(z.string()),
  enabled: z.optional(z.boolean()),
  /** Per tool; a tool not named here follows the house's rules (`auto`). */
  tools: z.optional(z.record(z.string(), z.enum(TOOL_MODES))),
});

export const McpSettingsSchema = z.looseObject({
  /** false: chats use only these sources' tools, not the card's own tools over the house. */
  own_tools: z.optional(z.boolean()),
  servers: z.optional(z.array(McpServerSettingsSchema)),
  /** Home Assistant's LLM APIs, by id (`assist`, `mcp-…`): used in chats when enabled. */
  ha_apis: z.optional(z.record(z.string(), HaApiSettingsSchema)),
});
export type McpSettings = z.infer<typeof McpSettingsSchema>;

/** What separates a source's prefix from its tool's name in what the model calls. */
export const SEPARATOR = '__';

/** "assist__HassTurnOn" -> { source: "assist", tool: "HassTurnOn" }: for a row's words. */
export function splitToolName(name: string): { source: string; tool: string } | undefined {
  const at = name.indexOf(SEPARATOR);
  return at > 0
    ? { source: name.slice(0, at), tool: name.slice(at + SEPARATOR.length) }
    : undefined;
}
