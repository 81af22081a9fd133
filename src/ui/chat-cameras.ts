import type { HassEntities } from 'home-assistant-js-websocket';
import { cameraSnapshot, camerasInScope } from '../ha/camera';
import type { HassConnection } from '../ha/connection';
import type { HassView } from '../ha/exposed-entities';
import type { Scope } from '../schema/tools';
import type { CameraSource } from './images';

/** "Camera snapshot" for a chat: the cameras in its scope and their pictures, fetched with the
 * user's own rights. */
export class ChatCameras implements CameraSource {
  private camerasIn: { states: HassEntities | undefined; any: boolean } | undefined;

  constructor(
    private readonly place: () => {
      conn: HassConnection | undefined;
      scope: Scope | undefined;
      hass: HassView | undefined;
    },
  ) {}

  /** Whether the user's Home Assistant has a camera at all ("Camera snapshot" shows then):
   * read once per states object, not on every render of a streaming answer. */
  get any(): boolean {
    const states = this.place().hass?.states as HassEntities | undefined;
    const known = this.camerasIn;
    if (known && known.states === states) return known.any;
    const any = Object.keys(states ?? {}).some((id) => id.startsWith('camera.'));
    this.camerasIn = { states, any };
    return any;
  }

  /** The cameras this chat may look at (the tools' scope). */
  async cameras(): Promise<{ id: string; name: string }[]> {
    const { conn, scope, hass } = this.place();
    return conn ? camerasInScope(conn, scope, hass) : [];
  }

  snapshot(entityId: string): Promise<Blob> {
    const { conn } = this.place();
    if (!conn) return Promise.reject(new Error('not connected'));
    return cameraSnapshot(conn, entityId);
  }
}
