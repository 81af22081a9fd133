import type { CardConfig } from '../schema/card-config';
import type { ProviderSettings } from '../schema/settings';

/** Every event our elements fire, with its detail. */
export interface OaccEvents {
  'oacc-send': { text: string };
  'oacc-stop': undefined;
  'oacc-clear': undefined;
  'oacc-retry': undefined;
  'oacc-dismiss': undefined;
  /** Approve or Deny on a tool call waiting for the user. */
  'oacc-decide': { id: string; approve: boolean };
  /** The provider form's result (keys included: it goes to user data only). */
  'oacc-provider-save': { provider: ProviderSettings };
  'oacc-provider-cancel': undefined;
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
