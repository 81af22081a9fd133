import type { ConversationDoc } from '../schema/conversation';
import type { ConversationStore, SyncState } from './ports';

/** The conversation when nothing stores it (tests, no connection): kept in memory. */
export class MemoryStore implements ConversationStore {
  private doc: ConversationDoc;
  private readonly listeners = new Set<(state: SyncState<ConversationDoc>) => void>();

  constructor(id: string) {
    this.doc = { version: 2, id, messages: [] };
  }

  private get state(): SyncState<ConversationDoc> {
    return { status: 'ready', value: this.doc, stored: this.doc, saving: 'saved' };
  }

  subscribe(listener: (state: SyncState<ConversationDoc>) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  change(edit: (doc: ConversationDoc) => ConversationDoc): boolean {
    this.doc = edit(this.doc);
    for (const listener of this.listeners) listener(this.state);
    return true;
  }

  async refresh(): Promise<void> {}
}
