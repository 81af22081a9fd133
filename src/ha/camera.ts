import type { HassConnection } from './connection';
import type { HassView } from './exposed-entities';
import type { Scope } from '../schema/tools';

/** A camera's picture now, fetched with the user's own rights through a path Home Assistant
 * signs for this session (`auth/sign_path`, `/api/camera_proxy`). */
export async function cameraSnapshot(conn: HassConnection, entityId: string): Promise<Blob> {
  const { path } = await conn.sendMessagePromise<{ path: string }>({
    type: 'auth/sign_path',
    path: `/api/camera_proxy/${entityId}`,
  });
  const response = await fetch(path);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

/** The cameras a chat may look at: those in its scope (the tools' code loads for it). */
export async function camerasInScope(
  conn: HassConnection,
  scope: Scope | undefined,
  hass: HassView | undefined,
): Promise<{ id: string; name: string }[]> {
  const { HomeTools } = await import('./tools');
  const home = await new HomeTools(conn, { scope, hass: () => hass }).home();
  return home.entities
    .filter((e) => e.domain === 'camera')
    .map((e) => ({ id: e.entity_id, name: e.name }));
}
