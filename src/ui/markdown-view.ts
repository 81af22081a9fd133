import { css, html } from 'lit';
import { LocalizedElement } from './localized';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { copyText } from './clipboard';
import type { MarkdownBlocks } from './markdown';
import { icons } from './styles';
import { strings } from '../i18n';

/** Renders model markdown. The only element that puts HTML into the page, and only sanitizer
 * output. While text streams in, finished blocks are kept and only the open tail is re-parsed.
 * Each code block gets a Copy button of ours, added next to the sanitized HTML. Each block takes
 * its direction from its own text (an English answer in a Hebrew page reads left to right). */
const GROUP = 32;
const SVG = 'http://www.w3.org/2000/svg';

function copyButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.setAttribute('aria-label', strings.msg.copyCode);
  button.title = strings.msg.copyCode;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', icons.copy);
  svg.append(path);
  button.append(svg);
  return button;
}

type Markdown = typeof import('./markdown');
let markdown: Markdown | undefined;
let loading: Promise<Markdown> | undefined;

/** marked and DOMPurify, a third of the card's code, come in a chunk of their own, loaded with the
 * first answer shown (so a dashboard draws the card without waiting for them): until they are
 * here, an answer shows as plain text. */
function loadMarkdown(): Promise<Markdown> {
  loading ??= import('./markdown').then((m) => (markdown = m));
  return loading;
}

export class OaccMarkdown extends LocalizedElement {
  @property() text = '';

  private parser: MarkdownBlocks | undefined;
  private parsed: string | undefined;
  private blocks: readonly string[] = [];
  private tail = '';
  /** The open end as plain text, where it is too long to parse on every chunk. */
  private plain: string | undefined;

  protected override willUpdate(): void {
    if (!markdown) {
      loadMarkdown().then(
        () => this.requestUpdate(),
        () => undefined, // the text stays plain
      );
      return;
    }
    this.parser ??= new markdown.MarkdownBlocks();
    if (this.parsed !== this.text) {
      ({ blocks: this.blocks, tail: this.tail, plain: this.plain } = this.parser.update(this.text));
      this.parsed = this.text;
    }
  }

  protected override updated(): void {
    for (const pre of this.renderRoot.querySelectorAll('pre')) {
      if (!pre.querySelector(':scope > .copy-code')) pre.prepend(copyButton());
    }
  }

  private readonly onClick = async (e: Event) => {
    const button = (e.target as Element).closest?.('.copy-code');
    if (!(button instanceof HTMLButtonElement)) return;
    const code = button.parentElement?.querySelector('code') ?? button.parentElement;
    if (!(await copyText(code?.textContent ?? ''))) return;
    button.setAttribute('aria-label', strings.msg.copied);
    button.title = strings.msg.copied;
    button.querySelector('path')?.setAttribute('d', icons.check);
    setTimeout(() => {
      button.setAttribute('aria-label', strings.msg.copyCode);
      button.title = strings.msg.copyCode;
      button.querySelector('path')?.setAttribute('d', icons.copy);
    }, 1500);
  };

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.addEventListener('click', this.onClick);
    return root;
  }

  protected override render() {
    if (!this.parser) return html`<div class="plain" dir="auto">${this.text}</div>`;
    // Finished blocks re-render only when one more finishes, not on every chunk, and sit in groups
    // so that laying out the growing tail does not walk every block of a long answer.
    const groups: (readonly string[])[] = [];
    for (let i = 0; i < this.blocks.length; i += GROUP)
      groups.push(this.blocks.slice(i, i + GROUP));
    // Keyed by the generation too: another text with as many finished blocks is redrawn.
    const { generation } = this.parser;
    return html`${guard([generation, this.blocks.length], () =>
      groups.map(
        (group) =>
          html`<div class="group">
            ${group.map((block) => html`<div class="block" dir="auto">${unsafeHTML(block)}</div>`)}
          </div>`,
      ),
    )}
    ${
      this.plain === undefined
        ? html`<div class="block" dir="auto">${unsafeHTML(this.tail)}</div>`
        : html`<div class="block plain" dir="auto">${this.plain}</div>`
    }`;
  }

  static override styles = css`
    :host {
      display: block;
      overflow-wrap: anywhere;
      line-height: 1.5;
    }
    .plain {
      white-space: pre-wrap;
    }
    .group {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      margin-bottom: 0.75em;
      contain: layout style;
    }
    .block > :first-child {
      margin-top: 0;
    }
    .block > :last-child {
      margin-bottom: 0;
    }
    p,
    ul,
    ol,
    pre,
    blockquote,
    table {
      margin: 0 0 0.75em;
    }
    ul,
    ol {
      padding-inline-start: 1.5em;
    }
    a {
      color: var(--oacc-accent, var(--primary-color));
    }
    /* Where a link goes, after its text (set by the sanitizer, never by the model). */
    a[data-host]::after {
      content: ' (' attr(data-host) ')';
      color: var(--oacc-muted, var(--secondary-text-color));
      font-size: 0.85em;
    }
    code {
      font-family: var(
        --ha-font-family-code,
        ui-monospace,
        SFMono-Regular,
        Menlo,
        Consolas,
        monospace
      );
      font-size: 0.9em;
      background: var(--markdown-code-background-color, rgba(127, 127, 127, 0.15));
      border-radius: 4px;
      padding: 0.1em 0.3em;
    }
    pre {
      position: relative;
      padding: 8px 10px;
      border-radius: 8px;
      background: var(--markdown-code-background-color, rgba(127, 127, 127, 0.15));
    }
    pre code {
      display: block;
      overflow-x: auto;
      background: none;
      padding: 0;
      margin-inline-end: 28px;
    }
    .copy-code {
      position: absolute;
      top: 4px;
      inset-inline-end: 4px;
      width: 28px;
      height: 28px;
      padding: 4px;
      border: none;
      border-radius: 6px;
      background: none;
      color: var(--oacc-muted, var(--secondary-text-color));
      cursor: pointer;
    }
    .copy-code:hover {
      background: rgba(127, 127, 127, 0.2);
    }
    .copy-code:focus-visible {
      outline: 2px solid var(--primary-color, #03a9f4);
    }
    .copy-code svg {
      width: 20px;
      height: 20px;
      fill: currentColor;
    }
    blockquote {
      border-inline-start: 3px solid var(--divider-color, rgba(127, 127, 127, 0.4));
      padding-inline-start: 0.75em;
      color: var(--oacc-muted, var(--secondary-text-color));
    }
    table {
      border-collapse: collapse;
      display: block;
      overflow-x: auto;
    }
    th,
    td {
      border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
      padding: 4px 8px;
    }
    h1,
    h2,
    h3,
    h4 {
      font-size: 1.05em;
      margin: 0.5em 0;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-markdown': OaccMarkdown;
  }
}
