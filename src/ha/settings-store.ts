import * as z from 'zod/mini';
import type { HassConnection } from './connection';
import { type DocKind, type SyncState, SyncedDoc } from './synced-doc';
import { saveUserData } from './user-data';
import { LIMITS, jsonBytes } from '../guard/sizes';
import { migrateSettings } from '../schema/migrate';
import { SchemaError, describeIssues } from '../schema/parse';
import type { SettingsEdit } from '../schema/settings-edits';
import { SETTINGS_KEY, type Settings, SettingsSchema, emptySettings } from '../schema/settings';
import { strings } from '../i18n';

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

/** Validates settings about to be written: throws what is wrong. */
function check(settings: Settings): Settings {
  const result = z.safeParse(SettingsSchema, settings);
  if (!result.success) throw new SchemaError('Settings', describeIssues(result.error));
  const bytes = jsonBytes(result.data);
  if (bytes > LIMITS.documentBytes)
    throw new Error(strings.problems.tooLargeToStore(bytes, LIMITS.documentBytes));
  return result.data;
}

type Listener = (state: SettingsState) => void;

/**
 * The user's settings document in Home Assistant user data, a SyncedDoc like the conversations:
 * one subscription per connection, shared by every card and panel on the page. Each change is
 * an edit (schema/settings-edits.ts), validated before it is made, and made again on what
 * another tab stored meanwhile, so that no tab's change is lost. A document that does not
 * validate is reported and never overwritten unless the caller says so, and then only after a
 * copy is kept under `openai_compatible_conversation.backup`; an older version is upgraded on
 * read and written back, the original kept there too.
 */
export class SettingsStore {
  private readonly doc: SyncedDoc<Settings>;
  /** What the last read found: whether a document was stored, and the version it came from. */
  private found: { raw: unknown; stored: boolean; from?: number | undefined } = {
    raw: null,
    stored: false,
  };
  /** The original of the last document upgraded (it is written back once). */
  private upgraded: unknown;
  /** This tab has stored the settings. */
  private written = false;

  constructor(private readonly conn: HassConnection) {
    const kind: DocKind<Settings> = {
      read: (raw) => {
        const read = readSettings(raw);
        if (read.status !== 'ready')
          return { ok: false, issues: read.status === 'invalid' ? read.issues : [] };
        this.found = { raw, stored: read.stored, from: read.migratedFrom };
        return { ok: true, value: read.settings };
      },
    };
    this.doc = new SyncedDoc(conn, SETTINGS_KEY, kind);
  }

  get current(): SettingsState {
    return this.stateOf(this.doc.current);
  }

  subscribe(listener: Listener): () => void {
    return this.doc.subscribe((state) => {
      listener(this.stateOf(state));
      if (state.status === 'ready') this.upgrade();
    });
  }

  /** Applies `edit` to the settings (validated first) and resolves once they are stored. */
  async update(edit: SettingsEdit): Promise<Settings> {
    const stop = this.doc.subscribe(() => undefined); // read it, if nothing else follows it
    try {
      const current = await this.settingsNow();
      check(edit(current));
      this.doc.change((s) => check(edit(s)));
      const failure = await this.doc.written();
      if (failure !== undefined) throw new Error(failure);
      this.written = true;
      return this.settingsNow();
    } finally {
      stop();
    }
  }

  /** Stores `next` as it is. Refuses to replace a stored document that does not validate
   * unless `replaceInvalid`, and then keeps a copy first. */
  async save(next: Settings, options: { replaceInvalid?: boolean } = {}): Promise<Settings> {
    const valid = check(next);
    const stop = this.doc.subscribe(() => undefined);
    try {
      await this.doc.ready().catch(() => undefined);
      const state = this.doc.current;
      if (state.status !== 'invalid') return await this.update(() => valid);
      if (!options.replaceInvalid) throw new SettingsInvalidError(state.issues);
      await saveUserData(this.conn, SETTINGS_BACKUP_KEY, state.raw);
      await saveUserData(this.conn, SETTINGS_KEY, valid);
      this.written = true;
      await this.doc.reload();
      return valid;
    } finally {
      stop();
    }
  }

  private async settingsNow(): Promise<Settings> {
    try {
      return await this.doc.ready();
    } catch (err) {
      const state = this.doc.current;
      throw state.status === 'invalid' ? new SettingsInvalidError(state.issues) : err;
    }
  }

  /** A document read in an older version is written back upgraded, the original kept aside. */
  private upgrade(): void {
    const { from, raw } = this.found;
    if (from === undefined || this.upgraded === raw) return;
    this.upgraded = raw;
    void saveUserData(this.conn, SETTINGS_BACKUP_KEY, raw)
      .then(() => this.doc.change((s) => ({ ...s })))
      .catch(() => undefined);
  }

  private stateOf(state: SyncState<Settings>): SettingsState {
    switch (state.status) {
      case 'loading':
        return state;
      case 'error':
        return state;
      case 'invalid':
        return { status: 'invalid', raw: state.raw, issues: state.issues };
      case 'ready':
        return {
          status: 'ready',
          settings: state.value,
          stored: this.found.stored || this.written,
          ...(this.found.from !== undefined ? { migratedFrom: this.found.from } : {}),
        };
    }
  }
}

const stores = new WeakMap<HassConnection, SettingsStore>();

/** The one store for this connection. */
export function settingsStoreFor(conn: HassConnection): SettingsStore {
  let store = stores.get(conn);
  if (!store) stores.set(conn, (store = new SettingsStore(conn)));
  return store;
}
