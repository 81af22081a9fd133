import { TAGS } from '../const';

/** What Home Assistant sets on a custom panel's element. */
const FORWARDED = ['hass', 'narrow', 'route', 'panel'] as const;
type Forwarded = (typeof FORWARDED)[number];

/** The panel itself, in its chunk. */
const INNER_TAG = TAGS.conversationPanel;

/**
 * The sidebar panel's element, `openai-compatible-conversation-panel`, as `panel_custom` creates
 * it: small and defined with the card, so that it exists when Home Assistant creates it. The
 * panel itself (its list, chat, header and settings) comes in a chunk of its own the first time
 * the panel is shown, so a dashboard that only shows the card never loads it. Home Assistant's
 * properties are handed on as they come, those set before the chunk arrived included.
 */
export class OpenaiCompatibleConversationPanel extends HTMLElement {
  static readonly observedAttributes = ['narrow'];
  declare hass: unknown;
  declare narrow: boolean;
  declare route: unknown;
  declare panel: unknown;
  private readonly values: Partial<Record<Forwarded, unknown>> = {};
  private inner: HTMLElement | undefined;

  static {
    for (const key of FORWARDED)
      Object.defineProperty(this.prototype, key, {
        get(this: OpenaiCompatibleConversationPanel) {
          return this.values[key];
        },
        set(this: OpenaiCompatibleConversationPanel, value: unknown) {
          this.values[key] = value;
          if (this.inner) (this.inner as unknown as Record<Forwarded, unknown>)[key] = value;
        },
      });
  }

  attributeChangedCallback(_name: string, _old: string | null, value: string | null): void {
    this.narrow = value !== null;
  }

  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    // The whole height beside the sidebar; the panel inside takes all of it.
    root.innerHTML = `<style>:host{display:block;height:100vh;height:100dvh}${INNER_TAG}{height:100%}</style>`;
    import('../entries/panel').then(
      () => {
        const inner = document.createElement(INNER_TAG);
        Object.assign(inner, this.values);
        this.inner = inner;
        root.append(inner);
      },
      // The chunk is gone: the card was updated under this open page.
      () => root.append(document.createElement('oacc-outdated')),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'openai-compatible-conversation-panel': OpenaiCompatibleConversationPanel;
  }
}
