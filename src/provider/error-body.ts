// One normaliser for every error body shape in shared/PROVIDERS.md:
//   {error: {message, type, param, code}}        OpenAI family (code: string | number | null)
//   [{error: {code, message, status}}]            Gemini
//   {detail: "..." | [{loc, msg, type}]}          FastAPI servers (LiteLLM, vLLM)
//   {error: "..."}                                LM Studio, Ollama's native API
//   {type: "error", error: {type, message}}       Anthropic native
//   ""                                            Ollama 403

export interface ErrorInfo {
  message?: string;
  code?: string;
  type?: string;
}

const asString = (v: unknown): string | undefined =>
  typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined;

function fromObject(body: Record<string, unknown>): ErrorInfo {
  const error = body.error;
  if (typeof error === 'string') return { message: error };
  if (error && typeof error === 'object') {
    const e = error as Record<string, unknown>;
    return { message: asString(e.message), code: asString(e.code), type: asString(e.type) };
  }
  const detail = body.detail;
  if (typeof detail === 'string') return { message: detail };
  if (Array.isArray(detail)) {
    // FastAPI validation errors: [{loc: ["body", "stream_options"], msg, type}].
    const msgs = detail
      .map((d: unknown) => {
        if (!d || typeof d !== 'object') return undefined;
        const { loc, msg } = d as { loc?: unknown; msg?: unknown };
        const where = Array.isArray(loc) ? loc.join('.') : '';
        return where && typeof msg === 'string' ? `${where}: ${msg}` : asString(msg);
      })
      .filter(Boolean);
    return { message: msgs.join('; ') || undefined };
  }
  return { message: asString(body.message) };
}

export function normalizeErrorBody(body: unknown): ErrorInfo {
  if (Array.isArray(body)) return body[0] && typeof body[0] === 'object' ? fromObject(body[0]) : {};
  if (body && typeof body === 'object') return fromObject(body as Record<string, unknown>);
  if (typeof body === 'string') return body.trim() ? { message: body.trim().slice(0, 300) } : {};
  return {};
}

/** Parses a body text as JSON when it is, else keeps the text. */
export function parseErrorText(text: string): ErrorInfo {
  try {
    return normalizeErrorBody(JSON.parse(text));
  } catch {
    // An HTML error page says nothing useful beyond its status.
    return /^\s*</.test(text) ? {} : normalizeErrorBody(text);
  }
}

/** "Please try again in 1.574s" / "in 20ms" / "in 1m30s" (OpenAI) → milliseconds. */
export function waitFromMessage(message: string | undefined): number | undefined {
  const m = message?.match(/try again in\s+((?:\d+(?:\.\d+)?\s*(?:ms|h|m|s)\s*)+)/i);
  if (!m?.[1]) return undefined;
  let ms = 0;
  for (const [, n, unit] of m[1].matchAll(/(\d+(?:\.\d+)?)\s*(ms|h|m|s)/g)) {
    const value = Number(n);
    ms +=
      unit === 'ms'
        ? value
        : unit === 's'
          ? value * 1e3
          : unit === 'm'
            ? value * 6e4
            : value * 36e5;
  }
  return Math.ceil(ms);
}

/** Retry-After: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
