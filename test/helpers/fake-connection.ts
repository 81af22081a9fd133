import type { ConnectionEventListener } from 'home-assistant-js-websocket';
import type { HassConnection } from '../../src/ha/connection';

type Message = { type: string; [key: string]: unknown };
type Subscriber = (msg: { value: unknown }) => void;

/** What crosses the websocket: JSON, as Home Assistant sends and stores it. */
export const overTheWire = <T>(value: T): T =>
  value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T);

/** Home Assistant's user-data store as every connection of one user sees it. */
export class FakeUserData {
  readonly data = new Map<string, unknown>();
  readonly subscribers = new Map<string, Set<Subscriber>>();

  set(key: string, value: unknown): void {
    this.data.set(key, overTheWire(value));
    for (const cb of this.subscribers.get(key) ?? []) cb({ value: overTheWire(value) });
  }
}

/** home-assistant-js-websocket rejects with this number while the connection is lost. */
export const ERR_CONNECTION_LOST = 3;

/**
 * A websocket connection that answers as Home Assistant does: the three user-data commands of
 * the frontend component (get, set, subscribe — the last absent before 2025.6, as `legacy`
 * says) and `render_template`. Every message sent is recorded. Several connections may share
 * one `FakeUserData` (two tabs of one user). `disconnect()` makes commands fail as the real
 * client does while Home Assistant restarts; `reconnect()` fires "ready" and re-subscribes.
 * `gate`, when set, is awaited before each command is answered (tests that interleave tabs).
 */
export class FakeConnection implements HassConnection {
  readonly sent: Message[] = [];
  readonly server: FakeUserData;
  /** Values this fake renders for templates, or an error to answer with. */
  templates: Record<string, string> = {};
  templateError: string | undefined;
  connected = true;
  gate: ((message: Message) => Promise<void>) | undefined;
  /** When set, how a pushed value reaches this connection (tests that delay or reorder it). */
  deliver: ((push: () => void) => void) | undefined;
  private readonly mine = new Map<string, Set<Subscriber>>();
  private readonly listeners = new Map<string, Set<ConnectionEventListener>>();

  constructor(readonly options: { legacy?: boolean; server?: FakeUserData } = {}) {
    this.server = options.server ?? new FakeUserData();
  }

  get data(): Map<string, unknown> {
    return this.server.data;
  }

  async sendMessagePromise<Result>(message: Message): Promise<Result> {
    this.sent.push(structuredClone(message));
    if (!this.connected) throw ERR_CONNECTION_LOST;
    await Promise.resolve();
    await this.gate?.(message);
    // Sent, then lost: the client rejects with this shape (the command may have run).
    if (!this.connected)
      throw {
        type: 'result',
        success: false,
        error: { code: ERR_CONNECTION_LOST, message: 'Connection lost' },
      };
    switch (message.type) {
      case 'frontend/get_user_data':
        return {
          value:
            'key' in message
              ? overTheWire(this.server.data.get(message.key as string) ?? null)
              : Object.fromEntries(overTheWire([...this.server.data])),
        } as Result;
      case 'frontend/set_user_data':
        this.server.set(message.key as string, message.value);
        return null as Result;
      default:
        throw { code: 'unknown_command', message: 'Unknown command.' };
    }
  }

  async subscribeMessage<Result>(
    callback: (result: Result) => void,
    message: Message,
  ): Promise<() => Promise<void>> {
    this.sent.push(structuredClone(message));
    if (!this.connected) throw ERR_CONNECTION_LOST;
    await Promise.resolve();
    if (message.type === 'frontend/subscribe_user_data' && !this.options.legacy) {
      const key = message.key as string;
      const push = (msg: { value: unknown }) => {
        if (this.connected) (callback as unknown as Subscriber)(msg);
      };
      const cb = (msg: { value: unknown }) =>
        this.deliver ? this.deliver(() => push(msg)) : push(msg);
      for (const set of [this.server.subscribers, this.mine]) {
        let keyed = set.get(key);
        if (!keyed) set.set(key, (keyed = new Set()));
        keyed.add(cb);
      }
      queueMicrotask(() => cb({ value: overTheWire(this.server.data.get(key) ?? null) }));
      return async () => {
        this.server.subscribers.get(key)?.delete(cb);
        this.mine.get(key)?.delete(cb);
      };
    }
    if (message.type === 'render_template') {
      const template = message.template as string;
      queueMicrotask(() =>
        callback(
          (this.templateError !== undefined
            ? { error: this.templateError, level: 'ERROR' }
            : { result: this.templates[template] ?? template, listeners: {} }) as Result,
        ),
      );
      return async () => undefined;
    }
    throw { code: 'unknown_command', message: 'Unknown command.' };
  }

  addEventListener(type: string, listener: ConnectionEventListener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  removeEventListener(type: string, listener: ConnectionEventListener): void {
    this.listeners.get(type)?.delete(listener);
  }

  /** The websocket is lost (Home Assistant restarting): commands fail, nothing is pushed. */
  disconnect(): void {
    this.connected = false;
    for (const l of this.listeners.get('disconnected') ?? []) l(this as never);
  }

  /** Back: subscriptions are renewed (each gets the current value again), then "ready". */
  reconnect(): void {
    this.connected = true;
    for (const [key, set] of this.mine)
      for (const cb of set) cb({ value: overTheWire(this.server.data.get(key) ?? null) });
    for (const l of this.listeners.get('ready') ?? []) l(this as never);
  }

  /** How many subscriptions to `key` are open now. */
  subscriptions(key: string): number {
    return this.mine.get(key)?.size ?? 0;
  }
}

/** Waits until `check` holds, polling once per animation frame; fails with `what` after `ms`. */
export async function until(check: () => unknown, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

/** Tabs that wrote under a fast-check scheduler: reconnected, every write and push delivered,
 * and, on releases without subscribe_user_data, read again until no tab has anything to add. */
export async function settleTabs(
  s: { waitIdle(): Promise<void>; waitFor<T>(p: Promise<T>): Promise<T> },
  tabs: readonly { conn: FakeConnection; doc: { busy: boolean; refresh(): Promise<void> } }[],
): Promise<void> {
  for (const { conn } of tabs) if (!conn.connected) conn.reconnect();
  const settle = async () => {
    // Pushes still on their way are delivered even when no write is pending.
    for (let i = 0; i < 400 && (i === 0 || tabs.some((t) => t.doc.busy)); i++) {
      await s.waitIdle();
      await new Promise((r) => setTimeout(r, 1));
    }
  };
  await settle();
  for (let round = 0; round < 5; round++) {
    await s.waitFor(Promise.all(tabs.map((t) => t.doc.refresh())));
    await settle();
  }
}
