import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HassConnection } from '../ha/connection';
import { type ConversationLibrary, isVisible, libraryFor } from '../ha/conversations';
import type { SyncState } from '../ha/synced-doc';
import type { ConversationEntry, HistoryIndex } from '../schema/conversation';

/** The user's conversation list (the index in user data), followed while the element is on the
 * page; the host re-renders when it changes. */
export class ConversationsController implements ReactiveController {
  state: SyncState<HistoryIndex> = { status: 'loading' };
  private connection: HassConnection | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: () => void,
  ) {
    host.addController(this);
  }

  setConnection(connection: HassConnection | undefined): void {
    if (connection === this.connection) return;
    this.connection = connection;
    this.resubscribe();
  }

  get library(): ConversationLibrary | undefined {
    return this.connection ? libraryFor(this.connection) : undefined;
  }

  /** Every conversation not deleted, newest first. */
  get entries(): readonly ConversationEntry[] {
    if (this.state.status !== 'ready') return [];
    return this.state.value.conversations
      .filter(isVisible)
      .sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at));
  }

  hostConnected(): void {
    this.connected = true;
    this.resubscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.resubscribe();
  }

  private resubscribe(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const library = this.library;
    if (!this.connected || !library) return;
    this.unsubscribe = library.index.subscribe((state) => {
      this.state = state;
      this.onChange?.();
      this.host.requestUpdate();
    });
  }
}
