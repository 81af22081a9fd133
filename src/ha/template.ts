import type { HassConnection } from './connection';

/** Renders a Jinja template with Home Assistant's template engine, once. */
export function renderTemplate(
  conn: HassConnection,
  template: string,
  timeoutMs = 5000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let unsubscribe: (() => Promise<void>) | undefined;
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      unsubscribe?.().catch(() => undefined);
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error('template rendering timed out'))),
      timeoutMs,
    );
    conn
      .subscribeMessage<{ result?: unknown; error?: string }>(
        (message) =>
          finish(() =>
            message.error !== undefined
              ? reject(new Error(message.error))
              : resolve(String(message.result ?? '')),
          ),
        { type: 'render_template', template, strict: false, report_errors: true },
        { resubscribe: false },
      )
      .then(
        (unsub) => {
          unsubscribe = unsub;
          if (settled) unsub().catch(() => undefined);
        },
        (err: unknown) => finish(() => reject(err)),
      );
  });
}
