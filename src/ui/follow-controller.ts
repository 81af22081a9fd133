import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HassConnection } from '../ha/connection';

/**
 * A subscription on Home Assistant's connection tied to an element's life: it runs while the
 * element is on the page and has a connection, starts again when the connection changes, and
 * ends when the element leaves. The latest value is kept here and the host re-renders with it.
 */
export class FollowController<T> implements ReactiveController {
  value: T;
  private connection: HassConnection | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly follow: (conn: HassConnection, set: (value: T) => void) => () => void,
    initial: T,
    private readonly onChange?: (value: T) => void,
  ) {
    this.value = initial;
    host.addController(this);
  }

  get conn(): HassConnection | undefined {
    return this.connection;
  }

  setConnection(connection: HassConnection | undefined): void {
    if (connection === this.connection) return;
    this.connection = connection;
    this.restart();
  }

  hostConnected(): void {
    this.connected = true;
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.restart();
  }

  private restart(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (!this.connected || !this.connection) return;
    this.unsubscribe = this.follow(this.connection, (value) => {
      this.value = value;
      this.onChange?.(value);
      this.host.requestUpdate();
    });
  }
}
