import type { HassConnection } from './connection';

// One function per Home Assistant websocket command of the frontend's user-data store.

export async function fetchUserData(conn: HassConnection, key: string): Promise<unknown> {
  const result = await conn.sendMessagePromise<{ value: unknown }>({
    type: 'frontend/get_user_data',
    key,
  });
  return result?.value ?? null;
}

/** Every key of the user's user data at once (for the storage use shown in the settings). */
export async function fetchAllUserData(conn: HassConnection): Promise<Record<string, unknown>> {
  const result = await conn.sendMessagePromise<{ value: Record<string, unknown> | null }>({
    type: 'frontend/get_user_data',
  });
  return result?.value ?? {};
}

export async function saveUserData(
  conn: HassConnection,
  key: string,
  value: unknown,
): Promise<void> {
  await conn.sendMessagePromise({ type: 'frontend/set_user_data', key, value });
}

/** Home Assistant 2025.6+ (frontend May 2025); older releases answer `unknown_command`. */
export function subscribeUserData(
  conn: HassConnection,
  key: string,
  onValue: (value: unknown) => void,
): Promise<() => Promise<void>> {
  return conn.subscribeMessage<{ value: unknown }>((message) => onValue(message?.value ?? null), {
    type: 'frontend/subscribe_user_data',
    key,
  });
}
