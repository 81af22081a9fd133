import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index';
import { ChatHarness, deepElements } from '../helpers/chat-harness';
import { FakeHome } from '../helpers/fake-home';
import { until } from '../helpers/fake-connection';
import { HOSTILE, HOSTILE_ALL } from '../helpers/hostile-corpus';
import { EVIL, URL_ATTRIBUTES, URL_STYLES } from '../helpers/url-attributes';
import { oneProvider } from '../helpers/settings';
import type { OpenaiCompatibleConversationCard } from '../../src/card/conversation-card';
import type { OaccMarkdown } from '../../src/ui/markdown-view';
import { icons } from '../../src/ui/styles';
import { SETTINGS_KEY, type Settings } from '../../src/schema/settings';

// Hostile content streamed through the card in small pieces, and entity names and attributes
// shown in tool rows: nothing runs, nothing is fetched from another host, nothing is drawn
// outside its message.

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

// Every fetch this page may make goes to the test server or the scripted model on loopback; a
// request anywhere else (an image, a stylesheet, a frame, a prefetch) is blocked by this policy
// and reported as a violation the tests read.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content =
  "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob: http://127.0.0.1:* http://localhost:* ws://127.0.0.1:* ws://localhost:*";
document.head.prepend(policy);

const settings: Settings = oneProvider({ id: 's', name: 'S' });

const toBase64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** Everything the message drew stays inside its box, and nothing of it is fixed to the screen. */
function containedIn(message: HTMLElement): void {
  const box = message.getBoundingClientRect();
  for (const el of deepElements(message.shadowRoot!)) {
    const r = el.getBoundingClientRect();
    // Text for screen readers only (clipped to nothing) draws nowhere.
    if ((!r.width && !r.height) || el.closest('.visually-hidden')) continue;
    expect(getComputedStyle(el).position, `${el.tagName} is not fixed`).not.to.equal('fixed');
    expect(r.left, `${el.tagName} left`).to.be.at.least(box.left - 1);
    expect(r.right, `${el.tagName} right`).to.be.at.most(box.right + 1);
    expect(r.top, `${el.tagName} top`).to.be.at.least(box.top - 1);
    expect(r.bottom, `${el.tagName} bottom`).to.be.at.most(box.bottom + 1);
  }
}

const OUR_PATHS = new Set<string>(Object.values(icons));
const isOurIcon = (svg: Element) =>
  svg.children.length === 1 && OUR_PATHS.has(svg.children[0]!.getAttribute('d') ?? '');

/** Nothing that could run or fetch is in what was rendered (`ourIcons`: the root holds our own
 * controls, whose icons are SVG). */
function inert(root: ParentNode, { ourIcons = false } = {}): void {
  for (const el of deepElements(root)) {
    // Our own icons: exactly one of our paths, hidden from screen readers.
    const svg = el.closest('svg');
    if (ourIcons && svg?.getAttribute('aria-hidden') === 'true' && isOurIcon(svg)) continue;
    expect(
      [
        'SCRIPT',
        'IMG',
        'IFRAME',
        'OBJECT',
        'EMBED',
        'SVG',
        'MATH',
        'STYLE',
        'LINK',
        'META',
        'BASE',
        'VIDEO',
        'AUDIO',
        'PICTURE',
        'SOURCE',
        'FORM',
        'INPUT',
        'DIALOG',
        'TEMPLATE',
      ],
      `a ${el.tagName} was rendered: ${el.outerHTML.slice(0, 120)} in ${el.parentElement?.outerHTML.slice(0, 160)}`,
    ).not.to.include(el.tagName.toUpperCase());
    for (const a of el.attributes) {
      expect(a.name, `${el.tagName}[${a.name}]`).not.to.match(
        /^(on|style$|srcset$|ping$|formaction$)/i,
      );
      // Only a link's href may name another host (followed on a click, never by itself); its
      // tooltip and the host shown beside it say where it goes.
      if (!(el.tagName === 'A' && ['href', 'title', 'data-host'].includes(a.name)))
        expect(a.value, `${el.tagName}[${a.name}]`).not.to.contain('evil.example');
      if (['href', 'src', 'action', 'xlink:href'].includes(a.name))
        expect(a.value, `${el.tagName}[${a.name}]`).not.to.match(
          /^\s*(javascript|data|vbscript):/i,
        );
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      expect(el.getAttribute('target')).to.equal('_blank');
      expect(el.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    }
  }
}

describe('hostile content', () => {
  it('streamed through the card in small pieces: nothing runs, fetches or escapes its message', async function () {
    this.timeout(90_000);
    const home = new FakeHome([]);
    home.data.set(SETTINGS_KEY, settings);
    const card = await fixture<OpenaiCompatibleConversationCard>(
      html`<openai-compatible-conversation-card
        style="display:block;width:600px;height:640px"
      ></openai-compatible-conversation-card>`,
    );
    card.setConfig({ type: 'custom:openai-compatible-conversation-card', tools: false });
    card.hass = { connection: home, user: { id: 'u', name: 'U' }, states: {} } as never;
    const chat = new ChatHarness(card);
    await until(() => chat.textbox, 'the composer');
    violations.length = 0;
    await chat.paste(`say exactly: ${toBase64(HOSTILE_ALL)}`);
    // While it streams, and once it has all arrived.
    await chat.waitFor(() => chat.lastAnswer().length > 200, 'the stream under way', 20_000);
    expect(pwned()).to.equal(undefined);
    await chat.waitFor(() => chat.button('Send'), 'the whole answer', 30_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(chat.lastAnswer()).to.contain('a normal link').and.contain('Enter your password');
    expect(pwned()).to.equal(undefined);
    expect(violations, 'requests to other hosts').to.deep.equal([]);
    expect(
      performance.getEntriesByType('resource').filter((e) => e.name.includes('evil.example')),
    ).to.deep.equal([]);
    const answer = [...deepElements(card.shadowRoot!)].filter(
      (el) => el.tagName === 'OACC-CHAT-MESSAGE',
    )[1] as HTMLElement;
    inert(answer.shadowRoot!, { ourIcons: true });
    containedIn(answer);
    // Clicking every link runs nothing (the browser is kept from opening them: a new tab would
    // put this page in the background, where it no longer renders).
    const noNavigation = (e: Event) => e.preventDefault();
    window.addEventListener('click', noNavigation, true);
    try {
      for (const a of [...deepElements(answer.shadowRoot!)].filter((el) => el.tagName === 'A'))
        a.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }),
        );
    } finally {
      window.removeEventListener('click', noNavigation, true);
    }
    expect(pwned()).to.equal(undefined);
  });

  it('each item, cut anywhere while it streams, renders inert', async () => {
    violations.length = 0;
    await fc
      .assert(
        fc.asyncProperty(
          fc.constantFrom(...HOSTILE),
          fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 40 }),
          async (text, cuts) => {
            // A fresh element per text, as each message has its own.
            const view = await fixture<OaccMarkdown>(html`<oacc-markdown></oacc-markdown>`);
            let at = 0;
            for (const cut of [...cuts, text.length]) {
              at = Math.min(text.length, at + cut);
              view.text = text.slice(0, at);
              await view.updateComplete;
              inert(view.shadowRoot!, { ourIcons: true });
            }
          },
        ),
        { numRuns: 150 },
      )
      .catch((err: Error & { cause?: Error }) => {
        throw new Error(`${err.cause?.message ?? ''}\n${err.message}`);
      });
    await new Promise((r) => setTimeout(r, 300));
    expect(pwned()).to.equal(undefined);
    expect(violations).to.deep.equal([]);
  });

  it('markup built from every URL-bearing attribute, nested at random, fetches nothing', async function () {
    this.timeout(90_000);
    violations.length = 0;
    const entry = fc.constantFrom(...URL_ATTRIBUTES);
    const style = fc.constantFrom(...URL_STYLES);
    const text = fc.stringMatching(/^[a-z ]{0,8}$/);
    const element: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(
          entry,
          fc.option(style, { nil: undefined }),
          depth > 1 ? fc.array(element(depth - 1), { maxLength: 3 }) : fc.constant([]),
          text,
        )
        .map(([[ns, tag, attribute], css, children, words]) => {
          const attrs = `${attribute}="${EVIL}/${tag}"${css ? ` ${css.replaceAll('EVIL', EVIL)}` : ''}`;
          const inner = `<${tag} ${attrs}>${words}${children.join('')}</${tag}>`;
          return ns === 'html' ? inner : `<${ns}>${inner}</${ns}>`;
        }),
    );
    await fc
      .assert(
        fc.asyncProperty(fc.array(element(3), { minLength: 1, maxLength: 4 }), async (parts) => {
          const view = await fixture<OaccMarkdown>(html`<oacc-markdown></oacc-markdown>`);
          view.text = parts.join('\n\n');
          await view.updateComplete;
          inert(view.shadowRoot!, { ourIcons: true });
        }),
        { numRuns: 200 },
      )
      .catch((err: Error & { cause?: Error }) => {
        throw new Error(`${err.cause?.message ?? ''}\n${err.message}`);
      });
    await new Promise((r) => setTimeout(r, 300));
    expect(violations, 'requests to other hosts').to.deep.equal([]);
    expect(
      performance.getEntriesByType('resource').filter((e) => e.name.includes('evil.example')),
    ).to.deep.equal([]);
  });

  it('entity names and attributes in tool rows are text', async function () {
    this.timeout(60_000);
    const evil = '<img src=x onerror="window.__pwned=1"><b>Evil</b>';
    const home = new FakeHome([
      {
        entity_id: 'light.kitchen_lights',
        state: 'on',
        attributes: {
          friendly_name: evil,
          note: '<script>window.__pwned=1</script>',
          icon_url: 'javascript:window.__pwned=1',
        },
        registry: { should_expose: true },
      },
    ]);
    home.data.set(SETTINGS_KEY, settings);
    const card = await fixture<OpenaiCompatibleConversationCard>(
      html`<openai-compatible-conversation-card
        style="display:block;width:600px;height:640px"
      ></openai-compatible-conversation-card>`,
    );
    card.setConfig({ type: 'custom:openai-compatible-conversation-card' });
    card.hass = {
      connection: home,
      user: { id: 'u', name: 'U' },
      states: home.states(),
    } as never;
    const chat = new ChatHarness(card);
    await until(() => chat.textbox, 'the composer');
    await chat.ask('Which lights are there?');
    await chat.waitFor(
      () => chat.lastAnswer().startsWith('Done:') && chat.button('Send'),
      'the answer',
    );
    const row = [...deepElements(card.shadowRoot!)].find((el) => el.tagName === 'OACC-TOOL-CALL')!;
    for (const details of deepElements(row.shadowRoot!))
      if (details.tagName === 'DETAILS') (details as HTMLDetailsElement).open = true;
    await new Promise((r) => setTimeout(r, 100));
    expect(row.shadowRoot!.textContent).to.contain('<img src=x onerror=');
    inert(row.shadowRoot!, { ourIcons: true });
    expect(pwned()).to.equal(undefined);
  });
});
