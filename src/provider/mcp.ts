import * as z from 'zod/mini';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { isMixedContent } from './http';
import { clip } from '../guard/sizes';
import { scrubText } from '../guard/credentials';
import {
  type CallToolResult,
  CallToolResultSchema,
  InitializeResultSchema,
  ListToolsResultSchema,
  type McpTool,
  McpToolSchema,
  RpcResponseSchema,
} from '../schema/mcp-wire';

// A client of the Model Context Protocol over streamable HTTP, written here rather than taken
// from the protocol's TypeScript SDK: the SDK's client bundles zod's classic build and a JSON
// Schema validator (about 88 KB gzipped, measured with esbuild for @modelcontextprotocol/client
// 2.4.0, against a few KB here), reads a response whole however large it is, and follows
// redirects with the token. This one speaks what a tool source needs (initialize, tools/list,
// tools/call; JSON or an event stream back; the session header), stops reading at a size,
// never follows a redirect, and says what failed in a way the settings can turn into a fix.

export const MCP_PROTOCOL_VERSION = '2025-06-18';

export type McpErrorKind =
  | 'mixed_content' // an https page and an http address: the browser refuses it
  | 'cors' // the server answered, and does not let this page read it
  | 'network' // nothing answered
  | 'redirect' // the server sent the request elsewhere (never followed)
  | 'auth' // 401: a token is missing or wrong
  | 'forbidden' // 403: this user may not (Home Assistant's APIs other than Assist: admins)
  | 'not_found' // 404: no MCP endpoint at that address
  | 'http' // any other HTTP status
  | 'garbage' // an answer that is not the protocol
  | 'too_large' // an answer past the size the card reads
  | 'timeout'
  | 'rpc'; // the server's own error for the request

export class McpError extends Error {
  constructor(
    readonly kind: McpErrorKind,
    readonly detail: { status?: number; said?: string; url?: string } = {},
  ) {
    super(
      `MCP ${kind}${detail.status ? ` ${detail.status}` : ''}${detail.said ? `: ${detail.said}` : ''}`,
    );
    this.name = 'McpError';
  }
}

export interface McpEndpoint {
  url: string;
  /** The bearer token, or how to get a fresh one (Home Assistant's own). Never a cookie. */
  token?: string | (() => Promise<string | undefined>) | undefined;
}

export interface McpClientOptions {
  fetch?: typeof fetch | undefined;
  /** How long one request may take. */
  timeoutMs?: number | undefined;
  /** The most of one answer the card reads. */
  maxBytes?: number | undefined;
  pageUrl?: string | undefined;
}

const SAID_CHARS = 300;
const MAX_TOOLS = 200;

/** One server (or one of Home Assistant's LLM APIs): its tools, and calls to them. */
export class McpClient {
  private session: string | undefined;
  private version = MCP_PROTOCOL_VERSION;
  private started: Promise<void> | undefined;
  private nextId = 1;
  private readonly doFetch: typeof fetch;

  constructor(
    readonly endpoint: McpEndpoint,
    private readonly options: McpClientOptions = {},
  ) {
    this.doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** Who the server says it is (after initialize). */
  serverName: string | undefined;

  /** Its tools (every page of the list, up to 200), each parsed; ones that do not parse are
   * left out. */
  async listTools(signal?: AbortSignal): Promise<McpTool[]> {
    const tools: McpTool[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10 && tools.length < MAX_TOOLS; page++) {
      const raw = await this.request('tools/list', cursor ? { cursor } : {}, signal);
      const list = z.safeParse(ListToolsResultSchema, raw);
      if (!list.success) throw new McpError('garbage');
      for (const t of list.data.tools) {
        const tool = z.safeParse(McpToolSchema, t);
        if (tool.success && tools.length < MAX_TOOLS) tools.push(tool.data);
      }
      cursor = list.data.nextCursor;
      if (!cursor) break;
    }
    return tools;
  }

  async callTool(
    name: string,
    args: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<CallToolResult> {
    const raw = await this.request('tools/call', { name, arguments: args }, signal);
    const result = z.safeParse(CallToolResultSchema, raw);
    if (!result.success) throw new McpError('garbage');
    return result.data;
  }

  /** Starts a session once (again after the server dropped one). */
  private start(signal?: AbortSignal): Promise<void> {
    this.started ??= (async () => {
      this.session = undefined;
      const raw = await this.exchange(
        'initialize',
        {
          protocolVersion: MCP_PROTOCOL_VERSION,
          capabilities: {},
          clientInfo: { name: 'openai-compatible-conversation', version: '1' },
        },
        signal,
      );
      const init = z.safeParse(InitializeResultSchema, raw);
      if (!init.success) throw new McpError('garbage');
      if (init.data.protocolVersion) this.version = init.data.protocolVersion;
      this.serverName = init.data.serverInfo?.name;
      await this.post({ jsonrpc: '2.0', method: 'notifications/initialized' }, signal, true);
    })().catch((err: unknown) => {
      this.started = undefined;
      throw err;
    });
    return this.started;
  }

  private async request(method: string, params: unknown, signal?: AbortSignal): Promise<unknown> {
    await this.start(signal);
    try {
      return await this.exchange(method, params, signal);
    } catch (err) {
      // A server that forgot the session (restarted, or timed it out) answers 404 (the
      // protocol) or 400 (some servers): one new session, and the request once more. The
      // request was not handled, so it cannot run twice.
      if (!(err instanceof McpError) || !this.session || !dropped(err)) throw err;
      this.started = undefined;
      await this.start(signal);
      return this.exchange(method, params, signal);
    }
  }

  private async exchange(method: string, params: unknown, signal?: AbortSignal): Promise<unknown> {
    const id = this.nextId++;
    const body = { jsonrpc: '2.0', id, method, params };
    const answer = await this.post(body, signal, false, id);
    const rpc = z.safeParse(RpcResponseSchema, answer);
    if (!rpc.success) throw new McpError('garbage');
    if (rpc.data.error)
      throw new McpError('rpc', {
        said: said(rpc.data.error.message ?? ''),
        status: rpc.data.error.code,
      });
    if (!('result' in rpc.data)) throw new McpError('garbage');
    return rpc.data.result;
  }

  /** One POST: the answer to request `id` (JSON, or the event stream's message with that id). */
  private async post(
    body: unknown,
    outer: AbortSignal | undefined,
    notification: boolean,
    id?: number,
  ): Promise<unknown> {
    const { url } = this.endpoint;
    const pageUrl = this.options.pageUrl ?? globalThis.location?.href ?? '';
    if (isMixedContent(url, pageUrl)) throw new McpError('mixed_content', { url });
    const headers = new Headers({
      'Content-Type': 'application/json',
      Accept: 'application/json, text/event-stream',
      'MCP-Protocol-Version': this.version,
    });
    const token =
      typeof this.endpoint.token === 'function' ? await this.endpoint.token() : this.endpoint.token;
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (this.session) headers.set('Mcp-Session-Id', this.session);
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(), this.options.timeoutMs ?? 30_000);
    const signal = outer ? AbortSignal.any([outer, timer.signal]) : timer.signal;
    try {
      let response: Response;
      try {
        response = await this.doFetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
          credentials: 'omit',
          redirect: 'error',
          signal,
        });
      } catch (err) {
        if (timer.signal.aborted) throw new McpError('timeout', { url });
        if (outer?.aborted) throw err;
        throw await this.unreachable(url);
      }
      const session = response.headers.get('mcp-session-id');
      if (session) this.session = session;
      if (!response.ok) throw await httpError(response);
      if (notification || response.status === 202) return undefined;
      const type = response.headers.get('content-type') ?? '';
      const max = this.options.maxBytes ?? 1_048_576;
      return type.includes('text/event-stream')
        ? await messageFrom(response, id, max)
        : parseJson(await readText(response, max));
    } catch (err) {
      // Our clock ran out while reading: whatever reading threw (an abort, a stream cut short
      // and so not the protocol) is the timeout.
      if (timer.signal.aborted && !(err instanceof McpError && err.kind !== 'garbage'))
        throw new McpError('timeout', { url });
      throw err;
    } finally {
      clearTimeout(timeout);
    }
  }

  /** The browser hides why a request failed: a request that needs no permission tells a server
   * that is up and refusing this page (CORS, or a redirect) from one that is not there. */
  private async unreachable(url: string): Promise<McpError> {
    const probe = new AbortController();
    const timer = setTimeout(() => probe.abort(), 5000);
    try {
      await this.doFetch(url, { mode: 'no-cors', credentials: 'omit', signal: probe.signal });
    } catch {
      return new McpError('network', { url });
    } finally {
      clearTimeout(timer);
    }
    try {
      const manual = await this.doFetch(url, {
        credentials: 'omit',
        redirect: 'manual',
        signal: probe.signal,
      });
      if (manual.type === 'opaqueredirect') return new McpError('redirect', { url });
    } catch {
      // refused again: CORS
    }
    return new McpError('cors', { url });
  }
}

const dropped = (err: McpError) =>
  err.detail.status === 404 ||
  (err.detail.status === 400 && /session/i.test(err.detail.said ?? ''));

const said = (text: string) => scrubText(clip(text.trim(), SAID_CHARS).text);

async function httpError(response: Response): Promise<McpError> {
  const status = response.status;
  const text = said(await readText(response, 16_384).catch(() => ''));
  const detail = { status, ...(text ? { said: text } : {}) };
  if (status === 401) return new McpError('auth', detail);
  if (status === 403) return new McpError('forbidden', detail);
  if (status === 404) return new McpError('not_found', detail);
  return new McpError('http', detail);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new McpError('garbage');
  }
}

/** The body as text, refused past `max` bytes (read as it comes, never whole first). */
async function readText(response: Response, max: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel().catch(() => undefined);
      throw new McpError('too_large');
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The event stream's message that answers `id` (others, such as progress, are passed by). */
async function messageFrom(
  response: Response,
  id: number | undefined,
  max: number,
): Promise<unknown> {
  if (!response.body) throw new McpError('garbage');
  let bytes = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        bytes += chunk.byteLength;
        if (bytes > max) throw new McpError('too_large');
        out.enqueue(chunk);
      },
    }),
  );
  const reader = counted
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value.data) continue;
      const message = parseJson(value.data) as { id?: unknown; method?: unknown } | null;
      if (message && typeof message === 'object' && message.id === id && !message.method) {
        await reader.cancel().catch(() => undefined);
        return message;
      }
    }
  } catch (err) {
    throw err instanceof McpError ? err : new McpError('garbage');
  }
  throw new McpError('garbage');
}
