import { html, nothing } from 'lit';
import type { HomeAgent } from '../ha/agents';
import type { ConversationLibrary } from '../ha/conversations';
import { download, fileName } from '../ui/download';
import { findText, titleOf } from '../chat/search';
import { threadOf } from '../chat/thread';
import type { SyncState } from '../chat/ports';
import type { ConversationDoc, ConversationEntry, HistoryIndex } from '../schema/conversation';
import { HA_PROVIDER_ID, type Settings } from '../schema/settings';
import { strings } from '../i18n';

// What the panel does with its conversations beside showing one: search what was said, export
// one, delete one with Undo, and pick the model of the one shown.

/** How long a deleted conversation can be brought back before its messages are removed. */
const UNDO_MS = 10_000;

/** Why the list cannot be shown, if it cannot. */
export function listProblem(state: SyncState<HistoryIndex>): string | undefined {
  if (state.status === 'invalid')
    return strings.conversations.unreadable(state.issues.slice(0, 3).join('; '));
  return state.status === 'error' ? state.message : undefined;
}

/** Searches what was said: each conversation is read once (again only when it changed); a
 * search overtaken by a newer one answers `false`. */
export class ConversationSearch {
  private run = 0;
  private readonly cache = new Map<string, { at: string; doc: ConversationDoc }>();

  async search(
    query: string,
    library: ConversationLibrary,
    entries: readonly ConversationEntry[],
  ): Promise<ReadonlyMap<string, string> | undefined | false> {
    const run = ++this.run;
    if (!query.trim()) return undefined;
    await new Promise((r) => setTimeout(r, 150));
    if (run !== this.run) return false;
    const hits = new Map<string, string>();
    for (const entry of entries) {
      let cached = this.cache.get(entry.id);
      if (cached?.at !== entry.updated_at) {
        try {
          cached = { at: entry.updated_at, doc: await library.read(entry.id) };
        } catch {
          continue;
        }
        this.cache.set(entry.id, cached);
        if (run !== this.run) return false;
      }
      const found = findText(threadOf(cached.doc).messages, query);
      if (found) hits.set(entry.id, found);
    }
    return run === this.run ? hits : false;
  }
}

/** Deleted conversations that can still be brought back (the last one is offered). */
export class Deletions {
  undo: { id: string; title: string } | undefined;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly changed: () => void) {}

  /** Deletes conversation `id`: its messages are removed once Undo's time has passed. */
  delete(library: ConversationLibrary, id: string, title: string): boolean {
    if (!library.setDeleted(id, true)) return false;
    this.undo = { id, title };
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        if (this.undo?.id === id) this.undo = undefined;
        this.changed();
        void library.purge(id).catch(() => undefined);
      }, UNDO_MS),
    );
    this.changed();
    return true;
  }

  /** Stops waiting for Undo (the page goes): the next page that opens the list purges them. */
  forget(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  undoLast(library: ConversationLibrary | undefined): void {
    const undo = this.undo;
    if (!undo) return;
    clearTimeout(this.timers.get(undo.id));
    this.timers.delete(undo.id);
    this.undo = undefined;
    library?.setDeleted(undo.id, false);
    this.changed();
  }
}

/** One conversation as a file: JSON (every branch and tool call, no key) or Markdown. */
export async function exportConversation(
  library: ConversationLibrary,
  entry: ConversationEntry,
  format: 'markdown' | 'json',
  formatTime: (iso: string) => string,
): Promise<void> {
  const [doc, { conversationsToJson, conversationsToMarkdown }] = await Promise.all([
    library.read(entry.id),
    import('../chat/export'),
  ]);
  const name = titleOf(entry);
  if (format === 'json') download(fileName(name, 'json'), conversationsToJson([{ entry, doc }]));
  else
    download(
      fileName(name, 'md'),
      conversationsToMarkdown([{ entry, doc }], formatTime),
      'text/markdown',
    );
}

/** The panel header's model picker: the user's providers' models, then Home Assistant's agents. */
export function modelPicker(
  settings: Settings,
  agents: readonly HomeAgent[],
  current: string,
  pick: (value: string) => void,
) {
  if (!(settings.providers.length || agents.length)) return nothing;
  const t = strings.conversations;
  return html`<select
    class="model"
    aria-label=${t.model}
    title=${t.model}
    @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}
  >
    ${settings.providers.map(
      (p) =>
        html`<optgroup label=${p.name}>
          ${p.models.map((m) => {
            const value = `${p.id}\u0000${m.model_id}`;
            return html`<option value=${value} ?selected=${value === current}>
              ${m.display_name ?? m.model_id}
            </option>`;
          })}
        </optgroup>`,
    )}
    ${
      agents.length
        ? html`<optgroup label=${strings.agents.group}>
            ${agents.map((a) => {
              const value = `${HA_PROVIDER_ID}\u0000${a.id}`;
              return html`<option value=${value} ?selected=${value === current}>${a.name}</option>`;
            })}
          </optgroup>`
        : nothing
    }
  </select>`;
}
