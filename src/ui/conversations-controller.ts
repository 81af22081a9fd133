import type { ReactiveControllerHost } from 'lit';
import { type ConversationLibrary, isVisible, libraryFor } from '../ha/conversations';
import type { SyncState } from '../ha/synced-doc';
import type { ConversationEntry, HistoryIndex } from '../schema/conversation';
import { FollowController } from './follow-controller';

/** The user's conversation list (the index in user data), followed while the element is on the
 * page; the host re-renders when it changes. */
export class ConversationsController extends FollowController<SyncState<HistoryIndex>> {
  constructor(host: ReactiveControllerHost, onChange?: () => void) {
    super(
      host,
      (conn, set) => libraryFor(conn).index.subscribe(set),
      { status: 'loading' },
      onChange,
    );
  }

  get state(): SyncState<HistoryIndex> {
    return this.value;
  }

  get library(): ConversationLibrary | undefined {
    return this.conn ? libraryFor(this.conn) : undefined;
  }

  /** Every conversation not deleted, newest first. */
  get entries(): readonly ConversationEntry[] {
    if (this.state.status !== 'ready') return [];
    return this.state.value.conversations
      .filter(isVisible)
      .sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at));
  }
}
