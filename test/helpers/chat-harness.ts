import { sendKeys } from '@web/test-runner-commands';
import { until } from './fake-connection';
import { type SessionState, type Turn, idleState } from '../../src/chat/session';

/** A chat view's state with what a test does not care about left at rest. */
/** A turn to a provider nobody listens at (the tests stream through a stand-in). */
export const TURN: Turn = {
  target: { baseUrl: 'http://127.0.0.1:1/v1' },
  model: 'm',
  maxTokens: 10,
  temperature: 0.5,
  contextMessages: 2,
  systemPrompt: async () => 'You are helpful.',
};

export function sessionState(state: Partial<SessionState>): SessionState {
  return { ...idleState(), ...state };
}

/** Every element under `root`, through open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

export function deepFind(root: ParentNode, test: (el: Element) => boolean): Element | undefined {
  for (const el of deepElements(root)) if (test(el)) return el;
  return undefined;
}

/** An element by its accessible name (aria-label), as a screen reader or a user finds it. */
export function byLabel<T extends Element = HTMLElement>(
  root: ParentNode,
  label: string,
): T | undefined {
  return deepFind(root, (el) => el.getAttribute('aria-label') === label && isVisible(el)) as
    T | undefined;
}

/** Every visible element named `label` (its aria-label, or a button's text), in document order,
 * through shadow roots. */
export function allByLabel<T extends Element = HTMLElement>(root: ParentNode, label: string): T[] {
  return [...deepElements(root)].filter(
    (el) =>
      (el.getAttribute('aria-label') ??
        (el.tagName === 'BUTTON' ? el.textContent?.replace(/\s+/g, ' ').trim() : undefined)) ===
        label && isVisible(el),
  ) as T[];
}

/** Clicks the element named `label` (the `nth` one), once it is there and enabled. */
export async function clickLabel(root: ParentNode, label: string, nth = 0): Promise<void> {
  await until(() => {
    const el = allByLabel<HTMLButtonElement>(root, label)[nth];
    return el && !el.disabled;
  }, `"${label}"`);
  allByLabel<HTMLElement>(root, label)[nth]!.click();
}

function isVisible(el: Element): boolean {
  return el.getClientRects().length > 0;
}

type ButtonName = 'Send' | 'Stop' | 'New conversation' | 'Try again' | 'Dismiss';

/** Drives a chat (card or panel) the way a user does: type, press Send or Stop, read. */
export class ChatHarness {
  constructor(readonly host: HTMLElement) {}

  private get root(): ParentNode {
    return this.host.shadowRoot ?? this.host;
  }

  get textbox(): HTMLTextAreaElement {
    const box = byLabel<HTMLTextAreaElement>(this.root, 'Message');
    if (!box) throw new Error('no text box named "Message" is visible');
    return box;
  }

  button(name: ButtonName): HTMLButtonElement | undefined {
    return (byLabel<HTMLButtonElement>(this.root, name) ??
      deepFind(
        this.root,
        (el) => el.tagName === 'BUTTON' && el.textContent?.trim() === name && isVisible(el),
      )) as HTMLButtonElement | undefined;
  }

  async type(text: string): Promise<void> {
    this.textbox.focus();
    await sendKeys({ type: text });
  }

  async ask(text: string): Promise<void> {
    await this.type(text);
    await sendKeys({ press: 'Enter' });
  }

  /** A question too long to type key by key (as if pasted), sent with Enter. */
  async paste(text: string): Promise<void> {
    this.textbox.focus();
    this.textbox.value = text;
    this.textbox.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await sendKeys({ press: 'Enter' });
  }

  async press(name: ButtonName): Promise<void> {
    await until(
      () => this.button(name) && !this.button(name)!.disabled,
      `an enabled "${name}" button`,
    );
    this.button(name)!.click();
  }

  /** The messages as shown: [who, text] pairs. */
  messages(): [string, string][] {
    return [...deepElements(this.root)]
      .filter((el) => el.tagName === 'OACC-CHAT-MESSAGE')
      .map((el) => {
        const bubble = el.shadowRoot!.querySelector('.bubble')!;
        const who = bubble.classList.contains('user') ? 'user' : 'assistant';
        return [who, visibleText(bubble).replace(/^(You|Assistant):\s*/, '')];
      });
  }

  lastAnswer(): string {
    return (
      this.messages()
        .filter(([who]) => who === 'assistant')
        .at(-1)?.[1] ?? ''
    );
  }

  /** The text of the visible alert, if any. */
  alert(): string {
    const el = deepFind(this.root, (e) => e.getAttribute('role') === 'alert' && isVisible(e));
    return el ? visibleText(el) : '';
  }

  /** What the polite live region would announce. */
  announcement(): string {
    const el = deepFind(
      this.root,
      (e) => e.getAttribute('role') === 'status' && e.getAttribute('aria-live') === 'polite',
    );
    return el?.textContent?.trim() ?? '';
  }

  async waitFor(check: () => unknown, what: string, ms = 10_000): Promise<void> {
    await until(check, what, ms);
  }
}

/** Text content through shadow roots, skipping what CSS hides. */
export function visibleText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    else if (n instanceof Element) {
      if (n.classList.contains('visually-hidden') || getComputedStyle(n).display === 'none') return;
      if (n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
      else n.childNodes.forEach(walk);
    }
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}
