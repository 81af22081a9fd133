import type { Connection } from 'home-assistant-js-websocket';

/** The part of Home Assistant's websocket connection we use; tests pass a recording fake. */
export type HassConnection = Pick<Connection, 'sendMessagePromise' | 'subscribeMessage'>;

/** Home Assistant's websocket error: `{code, message}`. */
export function errorCode(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'code' in err ? String(err.code) : undefined;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object' && 'message' in err) return String(err.message);
  return String(err);
}
