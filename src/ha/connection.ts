import type { Connection } from 'home-assistant-js-websocket';
import { strings } from '../i18n';

/** The part of Home Assistant's websocket connection we use; tests pass a recording fake. The
 * connection's events ("ready" after a reconnect) are optional: a bare fake may lack them. */
export type HassConnection = Pick<Connection, 'sendMessagePromise' | 'subscribeMessage'> &
  Partial<Pick<Connection, 'addEventListener' | 'removeEventListener'>>;

/** home-assistant-js-websocket's code for a lost connection. It rejects a command with the bare
 * number when it could not send it, and with `{error: {code: 3}}` when the connection was lost
 * after it was sent (Home Assistant may or may not have carried it out). */
const CONNECTION_LOST = 3;

/** The `{code, message}` of a websocket error, whichever of the client's shapes it came in. */
function details(err: unknown): { code?: unknown; message?: unknown } | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const inner = (err as { error?: unknown }).error;
  return inner && typeof inner === 'object' ? inner : (err as { code?: unknown });
}

/** Home Assistant's websocket error: `{code, message}`. */
export function errorCode(err: unknown): string | undefined {
  const code = details(err)?.code;
  return code === undefined ? undefined : String(code);
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err === CONNECTION_LOST || details(err)?.code === CONNECTION_LOST)
    return strings.connectionLost;
  const message = details(err)?.message;
  return message !== undefined ? String(message) : String(err);
}

/** The command was sent, then the connection was lost before its answer: it may have run. */
export const lostInFlight = (err: unknown) =>
  err !== CONNECTION_LOST && details(err)?.code === CONNECTION_LOST;

/** Calls `listener` each time the connection is back after it was lost; returns the undo. */
export function onReconnect(conn: HassConnection, listener: () => void): () => void {
  if (!conn.addEventListener) return () => undefined;
  const ready = () => listener();
  conn.addEventListener('ready', ready);
  return () => conn.removeEventListener?.('ready', ready);
}
