import type { ChatMessage, ConversationDoc, ToolCall } from '../schema/conversation';
import { time } from '../sync/merge';
import { clock, newId } from '../sync/clock';
import type { ErrorData } from './errors';
import type { ConversationStore, Picture, SyncState } from './ports';
import { lastContext, stopCalls, summaryOf, unsavedIn, upsert } from './conversation-edits';
import { MemoryStore } from './memory-store';
import { type SessionDeps, type SessionState, idleState } from './session-state';
import { leafShowing, threadOf, turnOf } from './thread';
import type { Turn } from './turn';
import type { RunHost, RunPatch } from './turn-runner';
import { loadRunner } from './load-runner';
import { conversationTotals } from './usage';

export type { ConversationStore, SessionDeps, SessionState, Turn };
export { idleState, loadRunner };

/** An answer another tab is writing that has not changed for this long was abandoned. */
const ABANDONED_MS = 2 * 60_000;

/**
 * One conversation: its commands (send, retry, regenerate, edit, continue, delete, show a
 * variant, approve, stop) and what the view shows, kept in its store, where other tabs' changes
 * arrive too. A turn runs in turn-runner.ts. No DOM: the view subscribes.
 */
export class ChatSession {
  private current: SessionState = { ...idleState(), loading: true };
  private readonly listeners = new Set<(state: SessionState) => void>();
  private readonly store: ConversationStore;
  private doc: ConversationDoc;
  /** Messages this session is writing (a turn's answers): they win over stored copies. */
  private readonly live = new Map<string, ChatMessage>();
  /** The last message of the branch a turn is writing, before it is stored. */
  private liveLeaf: string | undefined;
  /** Pictures sent from this page, by question or tool call (they are not stored: a reload
   * sends thumbnails). */
  private readonly pictures = new Map<string, readonly string[]>();
  private controller: AbortController | undefined;
  private unsubscribe: (() => void) | undefined;
  /** The store's last state, to show live messages over. */
  private stored: SyncState<ConversationDoc> = { status: 'loading' };
  private readonly loaded: Promise<void>;
  private markLoaded!: () => void;
  /** The stored document was too large to store when last seen. */
  private full = false;
  /** Tool calls waiting for Approve or Deny, by call id. */
  private readonly decisions = new Map<string, (approve: boolean) => void>();

  constructor(private readonly deps: SessionDeps) {
    this.store = deps.store ?? new MemoryStore(deps.conversationId);
    this.doc = { version: 2, id: deps.conversationId, messages: [] };
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
  }

  get state(): SessionState {
    return this.current;
  }

  get conversationId(): string {
    return this.deps.conversationId;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    this.unsubscribe ??= this.store.subscribe((s) => this.receive(s));
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  /** Resolves once the stored conversation is read. */
  load(): Promise<void> {
    this.unsubscribe ??= this.store.subscribe((s) => this.receive(s));
    return this.loaded;
  }

  /** Stops following the store (an answer still streaming is stopped and kept). */
  close(): void {
    this.stop();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store.settle?.();
  }

  /** Shows a problem that stops a turn before it starts (no provider, settings invalid, ...). */
  fail(message: string, hint?: string): void {
    this.set({ error: { type: 'config', message, hint } });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  async send(text: string, turn: Turn, attachments: readonly Picture[] = []): Promise<void> {
    const question = text.trim();
    if ((!question && !attachments.length) || this.current.busy) return;
    if (!(await this.ready())) return;
    const parent = this.current.messages.at(-1)?.id;
    const user = { ...this.message('user', question, 'complete', parent), ...turn.mark };
    if (attachments.length) {
      user.images = attachments.map((a) => a.image);
      this.pictures.set(
        user.id,
        attachments.map((a) => a.full),
      );
    }
    await this.run(turn, [...this.current.messages, user], [user]);
  }

  /** After a failure: sends the last question again, or goes on with an answer that was cut. */
  async retry(turn: Turn): Promise<void> {
    const last = this.current.messages.at(-1);
    if (this.current.busy || !last) return;
    if (last.role === 'assistant' && last.status === 'cut')
      return this.continueAnswer(last.id, turn);
    if (last.role !== 'user') return;
    if (!(await this.ready())) return;
    this.set({ error: undefined });
    await this.run(turn, this.current.messages, []);
  }

  /** A new answer to the question of answer `id`'s turn; the earlier one stays as a variant. */
  async regenerate(id: string, turn: Turn): Promise<void> {
    if (this.current.busy) return;
    if (!(await this.ready())) return;
    const path = this.current.messages;
    const { question } = turnOf(path, id);
    if (!question) return;
    const history = path.slice(0, path.indexOf(question) + 1);
    this.set({ error: undefined });
    await this.run(turn, history, []);
  }

  /** Asks `text` in place of question `id`; the earlier question and what followed stay as a
   * branch. */
  async edit(id: string, text: string, turn: Turn): Promise<void> {
    const question = text.trim();
    if (!question || this.current.busy) return;
    if (!(await this.ready())) return;
    const path = this.current.messages;
    const at = path.findIndex((m) => m.id === id && m.role === 'user');
    if (at < 0) return;
    const old = path[at]!;
    const user = this.message('user', question, 'complete', old.parent);
    // The question's pictures go with it again.
    if (old.images) user.images = old.images;
    const sent = this.pictures.get(old.id);
    if (sent) this.pictures.set(user.id, sent);
    this.set({ error: undefined });
    await this.run(turn, [...path.slice(0, at), user], [user]);
  }

  /** Asks the model to go on with answer `id`, cut off or stopped; the rest is added to it. */
  async continueAnswer(id: string, turn: Turn): Promise<void> {
    if (this.current.busy) return;
    if (!(await this.ready())) return;
    const path = this.current.messages;
    const answer = path.at(-1);
    if (!answer || answer.id !== id || answer.role !== 'assistant') return;
    this.set({ error: undefined });
    await this.run(turn, path.slice(0, -1), [], answer);
  }

  /** Deletes message `id` (what followed it stays, after the message before it). */
  deleteMessage(id: string): void {
    if (this.live.has(id)) return;
    const m = this.doc.messages.find((x) => x.id === id);
    if (!m || m.deleted) return;
    const { role, created_at, parent } = m;
    const tombstone: ChatMessage = {
      id,
      role,
      content: '',
      status: 'complete',
      created_at,
      ...(parent ? { parent } : {}),
      deleted: true,
    };
    // The last message shown gone: show its other variant, if it has one, else what it followed.
    const path = this.current.messages;
    let leaf: string | undefined;
    if (path.at(-1)?.id === id) {
      const others = this.current.variants.get(id)?.ids.filter((v) => v !== id) ?? [];
      const doc = { messages: this.doc.messages.map((x) => (x.id === id ? tombstone : x)) };
      leaf = others.length ? leafShowing(doc, others.at(-1)!) : parent;
    }
    this.commit([tombstone], leaf);
  }

  /** Shows sibling `id` (a variant) and the branch that follows it. */
  showVariant(id: string): void {
    if (this.current.busy) return;
    this.store.change((doc) => ({
      ...doc,
      leaf: { value: leafShowing(doc, id), at: clock.now() },
    }));
  }

  stop(): void {
    this.controller?.abort();
  }

  /** Approves or denies a tool call waiting for the user. */
  decide(callId: string, approve: boolean): void {
    const waiting = this.decisions.get(callId);
    if (!waiting) return;
    this.decisions.delete(callId);
    waiting(approve);
  }

  /** Keeps what the user did after a tool call (a draft saved or discarded, a memory undone). */
  patchCall(callId: string, patch: Pick<ToolCall, 'draft' | 'memory'>): void {
    // Not while the answer that made it is being written (its turn writes it whole).
    const message = this.doc.messages.find((m) => m.tool_calls?.some((c) => c.id === callId));
    if (!message || this.live.has(message.id)) return;
    const calls = message.tool_calls!.map((c) => (c.id === callId ? { ...c, ...patch } : c));
    this.commit([{ ...message, tool_calls: calls }]);
  }

  /** Whether the conversation can take a turn: read (and, on releases without
   * subscribe_user_data, read again for what other tabs wrote), and stored in a document that
   * validates (one that does not is shown with its problem and never written). */
  private async ready(): Promise<boolean> {
    await this.load();
    await this.store.refresh();
    const stored = this.stored;
    if (stored.status === 'ready' && stored.tooLarge) {
      this.set({ error: { type: 'document_too_large', params: stored.tooLarge } });
      return false;
    }
    return stored.status === 'ready';
  }

  /**
   * One turn: `history` is the branch up to the question; `fresh` the messages it adds (the
   * question); `resume` an answer to continue instead of starting a new one.
   */
  private async run(
    turn: Turn,
    history: readonly ChatMessage[],
    fresh: readonly ChatMessage[],
    resume?: ChatMessage,
  ): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    try {
      const { runTurn } = await loadRunner().catch(() => ({ runTurn: undefined }));
      // The chunk is gone: the card was updated under this open page.
      if (!runTurn) this.set({ error: { type: 'outdated' } });
      else await runTurn(this.host, turn, controller.signal, history, fresh, resume);
    } finally {
      for (const decide of this.decisions.values()) decide(false);
      this.decisions.clear();
      if (this.controller === controller) this.controller = undefined;
      this.live.clear();
      this.liveLeaf = undefined;
      this.set({ busy: false, retry: undefined });
      this.store.settle?.();
    }
  }

  /** What a turn may change here. */
  private readonly host: RunHost = ((session: ChatSession): RunHost => ({
    show: (message, extra = {}) => {
      session.live.set(message.id, message);
      session.showLive(message, extra);
    },
    patch: (extra) => session.set(extra),
    commit: (messages, leaf) => session.commit(messages, leaf),
    newAnswer: (turn, parent) => {
      const answer = {
        ...session.message('assistant', '', 'streaming', parent),
        model: turn.model,
        ...(turn.providerId ? { provider_id: turn.providerId } : {}),
      };
      session.liveLeaf = answer.id;
      return answer;
    },
    get context() {
      return session.current.context;
    },
    pictures: session.pictures,
    decide: (callId, signal) =>
      new Promise<boolean>((resolve) => {
        session.decisions.set(callId, resolve);
        signal.addEventListener('abort', () => resolve(false), { once: true });
      }),
    deps: session.deps,
  }))(this);

  private message(
    role: ChatMessage['role'],
    content: string,
    status: ChatMessage['status'],
    parent: string | undefined,
  ): ChatMessage {
    return {
      id: newId(),
      role,
      content,
      status,
      created_at: clock.now(),
      ...(parent ? { parent } : {}),
    };
  }

  /** Stores messages (stamped now) and, optionally, moves the leaf to `leaf`. */
  private commit(messages: readonly ChatMessage[], leaf?: string): void {
    const stamped = messages.map((m) => ({ ...m, updated_at: clock.now() }));
    for (const m of stamped) if (this.live.has(m.id)) this.live.set(m.id, m);
    if (leaf && leaf === this.liveLeaf) this.liveLeaf = undefined;
    this.store.change(
      (doc) => upsert(doc, stamped, leaf),
      () => summaryOf(this.current.messages, this.current.busy),
    );
  }

  /** A change from the store (this tab's own, or another tab's). */
  private receive(state: SyncState<ConversationDoc>): void {
    this.stored = state;
    if (state.status === 'loading') return;
    if (state.status !== 'ready') {
      const error: ErrorData =
        state.status === 'invalid'
          ? { type: 'history', params: { issues: state.issues } }
          : { type: 'history', message: state.message };
      this.set({ loading: false, error });
      this.markLoaded();
      return;
    }
    this.doc = state.value;
    const thread = threadOf(this.withLive(state.value));
    // Too large to store: said once when it happens, and again when a turn is asked for.
    const full: ErrorData | undefined =
      state.tooLarge && !this.full
        ? { type: 'document_too_large', params: state.tooLarge }
        : undefined;
    this.full = Boolean(state.tooLarge);
    this.set({
      ...(full ? { error: full } : {}),
      loading: false,
      messages: thread.messages.map((m) => this.shown(m)),
      variants: thread.variants,
      usage: conversationTotals(state.value.messages),
      // Opened: what the branch's last answer took, until this session sends a request.
      context: this.state.context ?? lastContext(thread.messages),
      saving: state.saving,
      unsaved: state.saving === 'saved' ? new Set() : unsavedIn(state.value, state.stored),
    });
    this.markLoaded();
  }

  /** The stored document with this session's live messages in place of their stored copies
   * (and the branch a turn is writing shown). */
  private withLive(doc: ConversationDoc): ConversationDoc {
    if (!this.live.size) return doc;
    const known = new Set(doc.messages.map((m) => m.id));
    return {
      ...doc,
      ...(this.liveLeaf ? { leaf: { value: this.liveLeaf, at: clock.now() } } : {}),
      messages: [
        ...doc.messages.map((m) => this.live.get(m.id) ?? m),
        ...[...this.live.values()].filter((m) => !known.has(m.id)),
      ],
    };
  }

  /** A live message changed: replace it where it is shown (no tree walk per streamed chunk). */
  private showLive(message: ChatMessage, extra: RunPatch): void {
    const messages = this.current.messages;
    const at = messages.findLastIndex((m) => m.id === message.id);
    if (at < 0) {
      this.set(extra);
      this.receive(this.stored);
      return;
    }
    const next = messages.slice();
    next[at] = message;
    this.set({ ...extra, messages: next });
  }

  /** How a message from elsewhere is shown: an answer another tab stopped writing long ago
   * is cut off, and its tool calls did not finish. */
  private shown(m: ChatMessage): ChatMessage {
    if (m.status !== 'streaming' || this.live.has(m.id)) return m;
    if (Date.now() - time(m.updated_at ?? m.created_at) < ABANDONED_MS) return m;
    return stopCalls({ ...m, status: 'cut' });
  }

  private set(patch: Partial<SessionState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }
}
