import type { HassConnection } from './connection';

// Jinja templates rendered by Home Assistant's template engine (`render_template`), kept live: a
// template is subscribed to once, Home Assistant renders it again whenever what it uses changes
// (`now()` at each minute), and each question takes the latest rendering, so a turn sends no
// message for its system prompt. A template not asked for in a while is let go.

/** A template no chat asked for in this long is unsubscribed. */
const IDLE_MS = 10 * 60_000;

interface Live {
  /** The latest rendering, or why it failed. */
  latest: Promise<string>;
  settle?: ((result: { text: string } | { error: Error }) => void) | undefined;
  unsubscribe?: (() => Promise<void>) | undefined;
  used: number;
  timer?: ReturnType<typeof setTimeout> | undefined;
}

const lives = new WeakMap<HassConnection, Map<string, Live>>();

/** The template as Home Assistant renders it now (the first time, once it has rendered it). */
export function renderTemplate(
  conn: HassConnection,
  template: string,
  timeoutMs = 5000,
): Promise<string> {
  let byTemplate = lives.get(conn);
  if (!byTemplate) lives.set(conn, (byTemplate = new Map()));
  let live = byTemplate.get(template);
  if (!live) {
    live = subscribe(conn, template, byTemplate);
    byTemplate.set(template, live);
  }
  live.used = Date.now();
  return withTimeout(live.latest, timeoutMs);
}

function subscribe(conn: HassConnection, template: string, all: Map<string, Live>): Live {
  const live: Live = { latest: Promise.resolve(''), used: Date.now() };
  const next = () =>
    new Promise<string>((resolve, reject) => {
      live.settle = (r) => ('text' in r ? resolve(r.text) : reject(r.error));
    });
  live.latest = next();
  const drop = () => {
    all.delete(template);
    clearTimeout(live.timer);
    void live.unsubscribe?.().catch(() => undefined);
  };
  const idle = () => {
    live.timer = setTimeout(() => (Date.now() - live.used >= IDLE_MS ? drop() : idle()), IDLE_MS);
  };
  idle();
  conn
    .subscribeMessage<{ result?: unknown; error?: string }>(
      (message) => {
        const result: { text: string } | { error: Error } =
          message.error !== undefined
            ? { error: new Error(message.error) }
            : { text: String(message.result ?? '') };
        if (live.settle) {
          live.settle(result);
          live.settle = undefined;
        } else {
          live.latest =
            'text' in result ? Promise.resolve(result.text) : Promise.reject(result.error);
          live.latest.catch(() => undefined);
        }
      },
      { type: 'render_template', template, strict: false, report_errors: true },
    )
    .then(
      (unsubscribe) => (live.unsubscribe = unsubscribe),
      (err: unknown) => {
        live.settle?.({ error: err instanceof Error ? err : new Error(String(err)) });
        drop();
      },
    );
  live.latest.catch(() => drop());
  return live;
}

function withTimeout(promise: Promise<string>, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('template rendering timed out')), ms);
    promise.then(
      (text) => {
        clearTimeout(timer);
        resolve(text);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
