import type { ChatSession } from '../chat/session';
import type { SyncState } from '../chat/ports';
import type { HassConnection } from '../ha/connection';
import type { ChatMessage } from '../schema/conversation';
import type { MemoryDoc } from '../schema/memory';
import { clock } from '../sync/clock';

type Store = typeof import('../ha/memory-store');

/**
 * A chat's use of the user's memory: whether the user keeps one (the Memory page turns it off),
 * whether this conversation uses it (a new one can be started without: the choice is kept on
 * its first question), and Undo of what a model's memory call changed. The memory's code and
 * document come once the page is idle (the card shows without them).
 */
export class ChatMemory {
  /** The next new conversation starts without memory. */
  private off = false;
  private doc: SyncState<MemoryDoc> = { status: 'loading' };
  private following: { conn: HassConnection; stop: () => void; store?: Store } | undefined;

  constructor(private readonly changed: () => void) {}

  follow(conn: HassConnection | undefined): void {
    if (this.following?.conn === conn) return;
    this.stop();
    if (!conn) return;
    let stopped = false;
    let unsubscribe: (() => void) | undefined;
    const following: NonNullable<ChatMemory['following']> = {
      conn,
      stop: () => {
        stopped = true;
        unsubscribe?.();
      },
    };
    this.following = following;
    const start = () =>
      void import('../ha/memory-store')
        .then((store) => {
          if (stopped) return;
          following.store = store;
          unsubscribe = store.memoryFor(conn).subscribe((doc) => {
            this.doc = doc;
            this.changed();
          });
        })
        .catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
    else setTimeout(start, 1000);
  }

  stop(): void {
    this.following?.stop();
    this.following = undefined;
    this.doc = { status: 'loading' };
  }

  /** The user keeps a memory (it is read, and on). */
  get kept(): boolean {
    return this.doc.status === 'ready' && this.doc.value.enabled?.value !== false;
  }

  /** Whether a conversation with these messages uses memory. */
  uses(messages: readonly ChatMessage[]): boolean {
    return messages.length ? !messages[0]!.no_memory : !this.off;
  }

  /** What marks the question a conversation starts with. */
  mark(messages: readonly ChatMessage[]): { no_memory: true } | undefined {
    return !messages.length && this.off ? { no_memory: true } : undefined;
  }

  /** "Use memory" above an empty conversation's message box. */
  toggle(): void {
    this.off = !this.off;
    this.changed();
  }

  /** Another conversation is shown: a new one uses memory again unless told. */
  reset(): void {
    this.off = false;
  }

  /** Undo on a memory call's row: the memory changes back, and the call keeps that it did. */
  undo(session: ChatSession, callId: string): void {
    const { conn, store } = this.following ?? {};
    const call = session.state.messages
      .flatMap((m) => m.tool_calls ?? [])
      .find((c) => c.id === callId);
    const change = call?.memory;
    if (!conn || !store || !change || change.undone || session.state.busy) return;
    void store.undoChange(conn, change).then((ok) => {
      if (ok) session.patchCall(callId, { memory: { ...change, undone: clock.now() } });
    });
  }
}
