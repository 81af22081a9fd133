import type { HassConnection } from '../../src/ha/connection';

type Message = { type: string; [key: string]: unknown };

/**
 * A websocket connection that answers as Home Assistant does: the three user-data commands of
 * the frontend component (get, set, subscribe — the last absent before 2025.6, as `legacy`
 * says) and `render_template`. Every message sent is recorded.
 */
export class FakeConnection implements HassConnection {
  readonly sent: Message[] = [];
  readonly data = new Map<string, unknown>();
  private readonly subscribers = new Map<string, Set<(msg: { value: unknown }) => void>>();
  /** Values this fake renders for templates, or an error to answer with. */
  templates: Record<string, string> = {};
  templateError: string | undefined;

  constructor(readonly options: { legacy?: boolean } = {}) {}

  async sendMessagePromise<Result>(message: Message): Promise<Result> {
    this.sent.push(structuredClone(message));
    await Promise.resolve();
    switch (message.type) {
      case 'frontend/get_user_data':
        return { value: structuredClone(this.data.get(message.key as string) ?? null) } as Result;
      case 'frontend/set_user_data': {
        const key = message.key as string;
        this.data.set(key, structuredClone(message.value));
        for (const cb of this.subscribers.get(key) ?? [])
          cb({ value: structuredClone(message.value) });
        return null as Result;
      }
      default:
        throw { code: 'unknown_command', message: 'Unknown command.' };
    }
  }

  async subscribeMessage<Result>(
    callback: (result: Result) => void,
    message: Message,
  ): Promise<() => Promise<void>> {
    this.sent.push(structuredClone(message));
    await Promise.resolve();
    if (message.type === 'frontend/subscribe_user_data' && !this.options.legacy) {
      const key = message.key as string;
      const cb = callback as unknown as (msg: { value: unknown }) => void;
      let set = this.subscribers.get(key);
      if (!set) this.subscribers.set(key, (set = new Set()));
      set.add(cb);
      queueMicrotask(() => cb({ value: structuredClone(this.data.get(key) ?? null) }));
      return async () => void set.delete(cb);
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

  /** How many subscriptions to `key` are open now. */
  subscriptions(key: string): number {
    return this.subscribers.get(key)?.size ?? 0;
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
