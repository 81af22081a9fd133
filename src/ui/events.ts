import type { CardConfig } from '../schema/card-config';
import type { ProviderSettings, Settings } from '../schema/settings';
import type { Attachment } from './images';

/** Every event our elements fire, with its detail. */
export interface OaccEvents {
  'oacc-send': { text: string; attachments: readonly Attachment[] };
  'oacc-stop': undefined;
  'oacc-retry': undefined;
  'oacc-dismiss': undefined;
  /** The notice above the message box (a budget passed) was read. */
  'oacc-dismiss-notice': undefined;
  /** Approve or Deny on a tool call waiting for the user. */
  'oacc-decide': { id: string; approve: boolean };
  /** Save, Discard or Run now on a draft a tool call proposed (its call's id). */
  'oacc-draft': { id: string; action: 'save' | 'discard' | 'run'; checkConditions?: boolean };
  /** Undo on a row where the model changed the user's memory (its call's id). */
  'oacc-memory-undo': { id: string };
  /** A quick prompt picked behind "/" or tapped as a chip (its id). */
  'oacc-quick-prompt': { id: string };
  /** The persona of a conversation not started yet (null: none). */
  'oacc-persona': { id: string | null };
  /** "Use memory" for a conversation not started yet. */
  'oacc-memory-toggle': undefined;
  /** Per message: a new answer, an edited question, the rest of a cut-off answer, deletion, and
   * which variant (of a regenerated answer or an edited question) to show. */
  'oacc-regenerate': { id: string };
  'oacc-edit': { id: string; text: string };
  'oacc-continue': { id: string };
  'oacc-delete-message': { id: string };
  'oacc-variant': { id: string };
  'oacc-read-aloud': { id: string };
  'oacc-stop-reading': undefined;
  /** The conversation list. */
  'oacc-conversation-open': { id: string };
  'oacc-conversation-new': undefined;
  'oacc-conversation-rename': { id: string; title: string };
  'oacc-conversation-archive': { id: string; archived: boolean };
  'oacc-conversation-delete': { id: string };
  'oacc-conversation-export': { id: string; format: 'markdown' | 'json' };
  'oacc-search': { query: string };
  /** The provider form's result (keys included: it goes to user data only). */
  'oacc-provider-save': { provider: ProviderSettings };
  'oacc-provider-cancel': undefined;
  /** Settings read from a file, reviewed and confirmed by the user. */
  'oacc-import-settings': { settings: Settings };
  /** The values chosen in a multi-picker. */
  'oacc-picker-change': { value: string[] };
  /** Home Assistant's editor contract. */
  'config-changed': { config: CardConfig };
}

/** Fires a typed, bubbling, composed event (custom-card-helpers' fireEvent, typed for ours). */
export function fire<K extends keyof OaccEvents>(
  node: EventTarget,
  type: K,
  detail: OaccEvents[K],
): void {
  node.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'oacc-send': CustomEvent<OaccEvents['oacc-send']>;
  }
}
