import type { Connection } from 'home-assistant-js-websocket';

/** The part of Home Assistant's websocket connection we use; tests pass a recording fake. The
 * connection's events ("ready" after a reconnect) are optional: a bare fake may lack them. */
export type HassConnection = Pick<Connection, 'sendMessagePromise' | 'subscribeMessage'> &
  Partial<Pick<Connection, 'addEventListener' | 'removeEventListener'>>;

/** Home Assistant's websocket error: `{code, message}`. */
export function errorCode(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'code' in err ? String(err.code) : undefined;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object' && 'message' in err) return String(err.message);
  // home-assistant-js-websocket rejects with a bare number when the connection is lost (3).
  if (err === 3) return 'The connection to Home Assistant was lost.';
  return String(err);
}

/** Calls `listener` each time the connection is back after it was lost; returns the undo. */
export function onReconnect(conn: HassConnection, listener: () => void): () => void {
  if (!conn.addEventListener) return () => undefined;
  const ready = () => listener();
  conn.addEventListener('ready', ready);
  return () => conn.removeEventListener?.('ready', ready);
}
