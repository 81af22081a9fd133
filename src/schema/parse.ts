import * as z from 'zod/mini';

/** A value from outside (provider, user data, card config, model) did not have the expected shape. */
export class SchemaError extends Error {
  readonly type = 'schema';
  constructor(
    readonly what: string,
    readonly issues: readonly string[],
  ) {
    super(`${what}: ${issues.join('; ')}`);
    this.name = 'SchemaError';
  }
}

/** One readable line per issue: "providers.0.base_url: expected string". */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

export function parseWith<T extends z.ZodMiniType>(
  schema: T,
  value: unknown,
  what: string,
): z.infer<T> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new SchemaError(what, describeIssues(result.error));
  return result.data;
}
