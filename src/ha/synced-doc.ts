import {
  type HassConnection,
  errorCode,
  errorMessage,
  lostInFlight,
  onReconnect,
} from './connection';
import { fetchUserData, saveUserData, subscribeUserData } from './user-data';
import { strings } from '../i18n';
import { type Merged, canonical } from '../sync/merge';
import { LIMITS, jsonBytes } from '../guard/sizes';
import type { SaveState, SyncState } from '../chat/ports';

/** How a kind of document is read from user data and merged. */
export interface DocKind<T> {
  /** `null` (nothing stored yet) reads as an empty document. */
  read(raw: unknown): { ok: true; value: T } | { ok: false; issues: readonly string[] };
  /** A union of both; `changed` when the result differs from `base` (conversations, the
   * ledger). Without it, this tab's changes not yet stored are made again on the stored copy
   * (the settings: each change is an edit that sets something, so making it twice is once). */
  merge?(base: T, incoming: T): Merged<T>;
}

// The engine's port (chat/ports.ts) is what a SyncedDoc gives its listeners.
export type { SaveState, SyncState };

export interface SyncOptions {
  /** Runs once before the document is first read (an upgrade of older documents). */
  before?: () => Promise<void>;
  /** Wait before trying a failed write again (also tried at once when the connection is back). */
  retryDelayMs?: (attempt: number) => number;
  /** Releases without subscribe_user_data: read again this long after a write, to notice a write
   * another tab made at the same moment (which replaced ours) and write the union. */
  verifyAfterMs?: number;
  /** Changes wait this long and go in one write (each write makes Home Assistant rewrite the
   * user's whole user-data file); a page being hidden or closed writes them at once. */
  batchMs?: number;
}

/** Documents with changes waiting for their batch, written at once when the page goes away. */
const batched = new Set<SyncedDoc<unknown>>();
if (typeof addEventListener === 'function') {
  const flushAll = () => {
    for (const doc of batched) doc.flush();
  };
  addEventListener('pagehide', flushAll);
  addEventListener('visibilitychange', () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flushAll();
  });
}

const defaultRetry = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt);

/**
 * One document in Home Assistant user data, kept merged with what every other tab writes.
 * Changes are made locally at once and written in the background; a write always stores the
 * union of this tab's copy and the stored one, so it never removes what another tab wrote:
 * - with `frontend/subscribe_user_data` (2025.6+) Home Assistant pushes every change; a pushed
 *   copy that lacks something this tab holds is answered with a write of the union;
 * - without it, the document is read before every write (and again shortly after, in case
 *   another tab wrote at the same moment) and merged.
 * A write that fails (Home Assistant restarting, the websocket reconnecting) is kept and tried
 * again when the connection is back, with a backoff; `saving` says so meanwhile.
 */
export class SyncedDoc<T> {
  private state: SyncState<T> = { status: 'loading' };
  private value: T | undefined;
  private stored: T | undefined;
  private readonly listeners = new Set<(state: SyncState<T>) => void>();
  private session: Promise<(() => Promise<void>) | undefined> | undefined;
  /** Home Assistant pushes changes (subscribe_user_data). */
  private live = false;
  private dirty = false;
  private writing: Promise<void> | undefined;
  private failure: string | undefined;
  private tooLarge: { bytes: number; max: number } | undefined;
  private attempt = 0;
  /** Writes in a row that were sent and then lost with the connection (not those refused
   * because it was already down, as while Home Assistant restarts). */
  private lostWhileSending = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private verifyTimer: ReturnType<typeof setTimeout> | undefined;
  private offReconnect: (() => void) | undefined;
  private readonly waiting = new Set<() => void>();
  /** Without a merge: this tab's edits not yet seen stored, oldest first; the last copy another
   * tab stored; and what this tab wrote that has not come back yet (by its canonical JSON). */
  private edits: ((value: T) => T)[] = [];
  private base: T | undefined;
  private readonly echoes = new Set<string>();
  /** Who waits for the next write to end (written()). */
  private readonly writeWaiters = new Set<(failure: string | undefined) => void>();

  constructor(
    private readonly conn: HassConnection,
    readonly key: string,
    private readonly kind: DocKind<T>,
    private readonly options: SyncOptions = {},
  ) {}

  get current(): SyncState<T> {
    return this.state;
  }

  /** Whether a change is waiting to be written (or being written). */
  get busy(): boolean {
    return this.dirty || Boolean(this.writing);
  }

  /** Follows the document (the first listener starts reading it); returns the undo. */
  subscribe(listener: (state: SyncState<T>) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    this.session ??= this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Resolves with the document once it is read; rejects when it cannot be used. */
  async ready(): Promise<T> {
    for (;;) {
      const s = this.state;
      if (s.status === 'ready') return s.value;
      if (s.status === 'invalid') throw new Error(s.issues.join('; '));
      if (s.status === 'error') throw new Error(s.message);
      await new Promise<void>((resolve) => this.waiting.add(resolve));
    }
  }

  /** Without subscribe_user_data: reads the stored document and merges it in now (before this
   * tab adds to a conversation, so that it continues from what other tabs wrote). */
  async refresh(): Promise<void> {
    if (this.live || this.state.status !== 'ready') return;
    try {
      await this.pull();
    } catch {
      // Offline: the write that follows will be retried and merge then.
    }
  }

  /** Reads the stored document again now, whatever state this copy is in (after it was
   * replaced on purpose). */
  async reload(): Promise<void> {
    await this.pull();
  }

  /** Changes this tab's copy at once and writes it in the background. False when the document
   * is not ready (still loading, or invalid and so never overwritten). */
  change(edit: (value: T) => T): boolean {
    if (this.state.status !== 'ready' || this.value === undefined) return false;
    const next = edit(this.value);
    if (next === this.value) return true;
    if (!this.kind.merge) this.edits.push(edit);
    this.value = next;
    this.dirty = true;
    this.emit();
    // Batched only where Home Assistant pushes changes: elsewhere a write reads first, which a
    // page being closed does not wait for.
    const batch = this.live ? this.options.batchMs : undefined;
    if (batch === undefined) this.kick();
    else if (!this.batchTimer && !this.writing) {
      batched.add(this as SyncedDoc<unknown>);
      this.batchTimer = setTimeout(() => this.flush(), batch);
    }
    return true;
  }

  /** Resolves when the write under way (or the next one) has ended: with why it failed, if it
   * did (it is tried again all the same). */
  written(): Promise<string | undefined> {
    if (!this.busy) return Promise.resolve(this.failure);
    return new Promise((resolve) => this.writeWaiters.add(resolve));
  }

  /** Writes what waits for its batch now. */
  flush(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    batched.delete(this as SyncedDoc<unknown>);
    this.kick();
  }

  /** Resolves once everything changed so far is stored (for tests and for leaving a page); what
   * waits for its batch is written now. */
  async saved(): Promise<void> {
    if (this.batchTimer) this.flush();
    while (this.busy) {
      if (this.writing) await this.writing;
      else await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async start(): Promise<(() => Promise<void>) | undefined> {
    this.offReconnect ??= onReconnect(this.conn, () => this.reconnected());
    try {
      await this.options.before?.();
    } catch (err) {
      this.fail(errorMessage(err));
      return undefined;
    }
    try {
      const unsubscribe = await subscribeUserData(this.conn, this.key, (raw) => this.receive(raw));
      this.live = true;
      return unsubscribe;
    } catch (err) {
      if (errorCode(err) !== 'unknown_command') {
        this.fail(errorMessage(err));
        return undefined;
      }
    }
    try {
      await this.pull();
    } catch (err) {
      this.fail(errorMessage(err));
    }
    return undefined;
  }

  private stop(): void {
    const session = this.session;
    this.session = undefined;
    this.live = false;
    this.offReconnect?.();
    this.offReconnect = undefined;
    clearTimeout(this.verifyTimer);
    void session?.then((unsubscribe) => unsubscribe?.().catch(() => undefined));
    // Unsaved changes are still written (and retried) with no one watching.
  }

  private async pull(): Promise<void> {
    this.receive(await fetchUserData(this.conn, this.key));
  }

  /** A copy from Home Assistant: merged with this tab's; written back if it lacks something. */
  private receive(raw: unknown): void {
    const read = this.kind.read(raw);
    if (!read.ok) {
      this.state = { status: 'invalid', issues: read.issues, raw };
      this.emit(true);
      return;
    }
    this.stored = read.value;
    if (!this.kind.merge) {
      // This tab's edits, made again on the last copy another tab stored (a copy that is only
      // this tab's own last write coming back is not one: another tab may have written in
      // between, and this write, made before it arrived, lacks that). Where that changes
      // nothing, what is stored has them all, and they are let go.
      const incoming = read.value;
      const key = canonical(incoming);
      const own = this.echoes.delete(key);
      if (!own || !this.base || !this.edits.length) this.base = incoming;
      const value = this.edits.reduce((v, edit) => edit(v), this.base);
      this.value = value;
      if (canonical(value) === key) {
        this.edits = [];
        this.dirty = false;
        this.base = incoming;
      } else {
        this.dirty = true;
        this.kickUnlessFailing();
      }
    } else if (this.value === undefined) {
      this.value = read.value;
    } else {
      const merged = this.kind.merge(read.value, this.value);
      this.value = merged.value;
      if (merged.changed) {
        this.dirty = true;
        this.kickUnlessFailing();
      }
    }
    this.emit();
  }

  /** Writes now, unless the write is too large, or was lost with the connection twice in a row
   * after it was sent: then it waits for a change or its backoff. Were the write what closes
   * the connection, sending it on every reconnect (and on every copy Home Assistant pushes
   * after one) would never end. */
  private kickUnlessFailing(): void {
    if (!this.tooLarge && this.lostWhileSending < 2) this.kick();
  }

  private kick(): void {
    if (this.writing || !this.dirty) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.writing = this.write().finally(() => {
      this.writing = undefined;
      // A change that arrived as the last write was finishing.
      if (this.dirty && !this.retryTimer && !this.tooLarge && this.state.status === 'ready')
        this.kick();
      this.emit();
    });
  }

  private async write(): Promise<void> {
    while (this.dirty) {
      if (this.state.status !== 'ready' && this.state.status !== 'loading') return;
      this.dirty = false;
      try {
        if (!this.live) {
          // What was read is merged into (or this tab's edits made again on) what is written
          // now: the read asks for no write of its own, and no edit left, no write at all.
          await this.pull();
          if (!this.kind.merge && !this.edits.length) continue;
          this.dirty = false;
        }
        if (this.state.status !== 'ready' || this.value === undefined) {
          this.dirty = true; // kept for when the document can be used again
          return;
        }
        const value = this.value;
        // Home Assistant closes the websocket on a message over 4 MiB, and a closed socket
        // would send it again on every reconnect: a document that large is not sent at all.
        const bytes = jsonBytes(value);
        if (bytes > LIMITS.documentBytes) {
          this.dirty = true;
          this.tooLarge = { bytes, max: LIMITS.documentBytes };
          this.failure = strings.problems.tooLargeToStore(bytes, LIMITS.documentBytes);
          this.emit();
          this.wrote();
          return;
        }
        this.tooLarge = undefined;
        if (!this.kind.merge) this.echoes.add(canonical(value));
        await saveUserData(this.conn, this.key, value);
        this.stored = value;
        this.failure = undefined;
        this.attempt = 0;
        this.lostWhileSending = 0;
        if (!this.live) this.scheduleVerify();
        this.emit();
        if (!this.dirty) this.wrote();
      } catch (err) {
        this.dirty = true;
        if (lostInFlight(err)) this.lostWhileSending++;
        this.failure = errorMessage(err);
        this.emit();
        this.retryTimer = setTimeout(
          () => this.kick(),
          (this.options.retryDelayMs ?? defaultRetry)(this.attempt++),
        );
        this.wrote();
        return;
      }
    }
  }

  private wrote(): void {
    for (const resolve of this.writeWaiters) resolve(this.failure);
    this.writeWaiters.clear();
  }

  private scheduleVerify(): void {
    clearTimeout(this.verifyTimer);
    const ms = this.options.verifyAfterMs ?? 1500;
    if (ms < 0 || !this.session) return;
    this.verifyTimer = setTimeout(() => void this.refresh(), ms);
  }

  private reconnected(): void {
    // Home Assistant may have restarted: pending writes go now (unless failing, see above), and
    // without a subscription (which Home Assistant's client renews by itself) the document is
    // read again.
    if (this.state.status === 'error' && this.session) {
      this.state = { status: 'loading' };
      this.session = this.start();
    } else if (this.dirty) this.kickUnlessFailing();
    else if (!this.live && !this.dirty) void this.refresh();
  }

  private fail(message: string): void {
    this.state = { status: 'error', message };
    this.emit(true);
  }

  private emit(keepState = false): void {
    if (!keepState && this.value !== undefined) {
      const saving: SaveState = this.failure
        ? 'failed'
        : this.dirty || this.writing
          ? 'pending'
          : 'saved';
      this.state = {
        status: 'ready',
        value: this.value,
        stored: this.stored,
        saving,
        saveError: this.failure,
        ...(this.tooLarge ? { tooLarge: this.tooLarge } : {}),
      };
    }
    for (const resolve of this.waiting) resolve();
    this.waiting.clear();
    for (const listener of this.listeners) listener(this.state);
  }
}
