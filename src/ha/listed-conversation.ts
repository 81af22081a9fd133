import type { ConversationStore, ConversationSummary, SyncState } from '../chat/ports';
import type { ConversationDoc, ConversationSource } from '../schema/conversation';
import type { ConversationLibrary } from './conversations';

/** Outside a turn, the list's entry follows the conversation at most this often. */
const ENTRY_DELAY_MS = 1000;

/**
 * A conversation as the chat engine keeps it (the ConversationStore port): its document, and
 * its entry in the conversation list, which follows each change — at once for a conversation
 * the list does not hold yet, then when a turn ends (and at most once a second outside turns),
 * so that a turn writes the list once, not with each of its checkpoints.
 */
export class ListedConversation implements ConversationStore {
  private pending: ConversationSummary | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The entry was due while the list could not be written (not read yet): written once it is. */
  private due = false;

  constructor(
    private readonly library: ConversationLibrary,
    private readonly id: string,
    /** Where a new conversation starts (kept in its entry). */
    private readonly source: ConversationSource | undefined,
  ) {}

  subscribe(listener: (state: SyncState<ConversationDoc>) => void): () => void {
    const offDoc = this.library.doc(this.id).subscribe(listener);
    // The entry needs the list: followed as long as the conversation is.
    const offIndex = this.library.index.subscribe((index) => {
      if (this.due && index.status === 'ready') this.settle();
    });
    return () => {
      offDoc();
      offIndex();
    };
  }

  refresh(): Promise<void> {
    return this.library.doc(this.id).refresh();
  }

  change(
    edit: (doc: ConversationDoc) => ConversationDoc,
    listed?: () => ConversationSummary,
  ): boolean {
    const changed = this.library.doc(this.id).change(edit);
    if (listed) {
      const summary = (this.pending = listed());
      if (!this.library.entry(this.id)) this.settle();
      else if (!summary.inTurn) this.timer ??= setTimeout(() => this.settle(), ENTRY_DELAY_MS);
    }
    return changed;
  }

  settle(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const summary = this.pending;
    if (!summary) return;
    const source = this.source;
    const written = this.library.update(this.id, (e) => ({
      ...e,
      ...(e.source || !source ? {} : { source }),
      updated_at: summary.updatedAt,
      stats: {
        messages: summary.messages,
        ...(summary.preview ? { preview: summary.preview } : {}),
        at: summary.updatedAt,
      },
    }));
    if (written) this.pending = undefined;
    this.due = !written;
  }
}
