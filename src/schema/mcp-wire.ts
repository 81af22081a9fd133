import * as z from 'zod/mini';

// The protocol's messages (JSON-RPC 2.0), as far as the card reads them.

export const RpcResponseSchema = z.looseObject({
  jsonrpc: z.optional(z.string()),
  id: z.optional(z.union([z.string(), z.number(), z.null()])),
  result: z.optional(z.unknown()),
  error: z.optional(
    z.looseObject({
      code: z.optional(z.number()),
      message: z.optional(z.string()),
    }),
  ),
});

export const InitializeResultSchema = z.looseObject({
  protocolVersion: z.optional(z.string()),
  serverInfo: z.optional(
    z.looseObject({ name: z.optional(z.string()), version: z.optional(z.string()) }),
  ),
});

export const McpToolSchema = z.looseObject({
  name: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  inputSchema: z.optional(z.record(z.string(), z.unknown())),
  annotations: z.optional(
    z.looseObject({
      readOnlyHint: z.optional(z.boolean()),
      destructiveHint: z.optional(z.boolean()),
    }),
  ),
});
export type McpTool = z.infer<typeof McpToolSchema>;

export const ListToolsResultSchema = z.looseObject({
  tools: z.array(z.unknown()),
  nextCursor: z.optional(z.string()),
});

export const CallToolResultSchema = z.looseObject({
  content: z.optional(z.array(z.unknown())),
  structuredContent: z.optional(z.unknown()),
  isError: z.optional(z.boolean()),
});
export type CallToolResult = z.infer<typeof CallToolResultSchema>;
