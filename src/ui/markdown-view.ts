import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { MarkdownBlocks } from './markdown';

/** Renders model markdown. The only element that puts HTML into the page, and only sanitizer
 * output. While text streams in, finished blocks are kept and only the open tail is re-parsed. */
const GROUP = 32;

export class OaccMarkdown extends LitElement {
  @property() text = '';

  private readonly parser = new MarkdownBlocks();
  private blocks: readonly string[] = [];
  private tail = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('text'))
      ({ blocks: this.blocks, tail: this.tail } = this.parser.update(this.text));
  }

  protected override render() {
    // Finished blocks re-render only when one more finishes, not on every chunk, and sit in groups
    // so that laying out the growing tail does not walk every block of a long answer.
    const groups: (readonly string[])[] = [];
    for (let i = 0; i < this.blocks.length; i += GROUP)
      groups.push(this.blocks.slice(i, i + GROUP));
    return html`${guard([this.blocks.length], () =>
        groups.map(
          (group) =>
            html`<div class="group">
              ${group.map((block) => html`<div class="block">${unsafeHTML(block)}</div>`)}
            </div>`,
        ),
      )}
      <div class="block">${unsafeHTML(this.tail)}</div>`;
  }

  static override styles = css`
    :host {
      display: block;
      overflow-wrap: anywhere;
      line-height: 1.5;
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
      color: var(--primary-color);
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
      overflow-x: auto;
      padding: 8px 10px;
      border-radius: 8px;
      background: var(--markdown-code-background-color, rgba(127, 127, 127, 0.15));
    }
    pre code {
      background: none;
      padding: 0;
    }
    blockquote {
      border-inline-start: 3px solid var(--divider-color, rgba(127, 127, 127, 0.4));
      padding-inline-start: 0.75em;
      color: var(--secondary-text-color);
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
