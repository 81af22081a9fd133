import * as z from 'zod/mini';
import { type HassConnection, errorCode, errorMessage } from './connection';
import { fetchUserData, saveUserData, subscribeUserData } from './user-data';
import { migrateSettings } from '../schema/migrate';
import { describeIssues, SchemaError } from '../schema/parse';
import { SETTINGS_KEY, type Settings, SettingsSchema, emptySettings } from '../schema/settings';
import { strings } from '../i18n';
import { LIMITS, jsonBytes } from '../guard/sizes';

export const SETTINGS_BACKUP_KEY = `${SETTINGS_KEY}.backup`;

export type SettingsState =
  | { status: 'loading' }
  /** `stored` is false while the user has no document yet (an empty one is shown). */
  | {
      status: 'ready';
      settings: Settings;
      stored: boolean;
      /** Set when the stored document had an older version and was upgraded on read. */
      migratedFrom?: number | undefined;
    }
  /** The stored document does not validate: it is kept as it is, and shown with its problems. */
  | { status: 'invalid'; raw: unknown; issues: readonly string[] }
  | { status: 'error'; message: string };

export class SettingsInvalidError extends Error {
  readonly type = 'settings_invalid';
  constructor(readonly issues: readonly string[]) {
    super(strings.problems.settingsInvalid(issues.join('; ')));
  }
}

export function readSettings(raw: unknown): SettingsState {
  if (raw === null || raw === undefined)
    return { status: 'ready', settings: emptySettings(), stored: false };
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return { status: 'invalid', raw, issues: [migrated.issue] };
  const result = z.safeParse(SettingsSchema, migrated.value);
  return result.success
    ? { status: 'ready', settings: result.data, stored: true, migratedFrom: migrated.from }
    : { status: 'invalid', raw, issues: describeIssues(result.error) };
}

type Listener = (state: SettingsState) => void;

/**
 * The user's settings document in Home Assistant user data: one subscription per connection,
 * shared by every card and panel on the page. Validated on read and on write; a document that
 * does not validate is reported and never overwritten unless the caller says so, and then only
 * after a copy is kept under `openai_compatible_conversation.backup`.
 */
export class SettingsStore {
  private state: SettingsState = { status: 'loading' };
  private readonly listeners = new Set<Listener>();
  /** The running subscription, resolving to its unsubscribe (none on releases without it). */
  private session: Promise<(() => Promise<void>) | undefined> | undefined;

  constructor(private readonly conn: HassConnection) {}

  get current(): SettingsState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    this.session ??= this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Validates and writes `next`. Refuses to replace a stored document that does not validate. */
  async save(next: Settings, options: { replaceInvalid?: boolean } = {}): Promise<Settings> {
    const result = z.safeParse(SettingsSchema, next);
    if (!result.success) throw new SchemaError('Settings', describeIssues(result.error));
    const bytes = jsonBytes(result.data);
    if (bytes > LIMITS.documentBytes)
      throw new Error(strings.problems.tooLargeToStore(bytes, LIMITS.documentBytes));
    const raw = await fetchUserData(this.conn, SETTINGS_KEY);
    const stored = readSettings(raw);
    if (stored.status === 'invalid') {
      if (!options.replaceInvalid) throw new SettingsInvalidError(stored.issues);
      await saveUserData(this.conn, SETTINGS_BACKUP_KEY, stored.raw);
    }
    // The first write after an upgrade keeps the document as it was, too.
    if (stored.status === 'ready' && stored.migratedFrom !== undefined)
      await saveUserData(this.conn, SETTINGS_BACKUP_KEY, raw);
    await saveUserData(this.conn, SETTINGS_KEY, result.data);
    // Releases without subscribe_user_data push nothing back; with it, the same value follows.
    this.set({ status: 'ready', settings: result.data, stored: true });
    return result.data;
  }

  /** Reads the current document, applies `change` and saves it. */
  async update(change: (settings: Settings) => Settings): Promise<Settings> {
    const stored = readSettings(await fetchUserData(this.conn, SETTINGS_KEY));
    if (stored.status === 'invalid') throw new SettingsInvalidError(stored.issues);
    if (stored.status !== 'ready') throw new Error('settings are not available');
    return this.save(change(stored.settings));
  }

  private set(state: SettingsState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  /** A document read in an older version is written back upgraded (the original kept aside). */
  private receive(raw: unknown): void {
    const state = readSettings(raw);
    this.set(state);
    if (state.status === 'ready' && state.migratedFrom !== undefined)
      this.save(state.settings).catch(() => undefined);
  }

  private async start(): Promise<(() => Promise<void>) | undefined> {
    try {
      return await subscribeUserData(this.conn, SETTINGS_KEY, (value) => this.receive(value));
    } catch (err) {
      if (errorCode(err) !== 'unknown_command') {
        this.set({ status: 'error', message: errorMessage(err) });
        return undefined;
      }
    }
    // Before subscribe_user_data: read once; our own writes update the state.
    try {
      this.receive(await fetchUserData(this.conn, SETTINGS_KEY));
    } catch (err) {
      this.set({ status: 'error', message: errorMessage(err) });
    }
    return undefined;
  }

  private stop(): void {
    const session = this.session;
    this.session = undefined;
    this.state = { status: 'loading' };
    void session?.then((unsubscribe) => unsubscribe?.().catch(() => undefined));
  }
}

const stores = new WeakMap<HassConnection, SettingsStore>();

/** The one store for this connection. */
export function settingsStoreFor(conn: HassConnection): SettingsStore {
  let store = stores.get(conn);
  if (!store) stores.set(conn, (store = new SettingsStore(conn)));
  return store;
}
