import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { RENDER_POLICY, linkTarget } from '../guard/render';
import { LIMITS } from '../guard/sizes';

// Model output is untrusted. Markdown becomes HTML with `marked` (raw HTML in the text included),
// and every byte of that HTML goes through DOMPurify with the guard's allow-list before it
// reaches the page.

const marked = new Marked({ gfm: true, breaks: true, async: false });

// The allow-list (guard/render.ts) decides what an answer may become: only a link's href may
// carry an address, and each link shows the host it goes to.
const SANITIZE = {
  ...RENDER_POLICY,
  // Attributes that hold no address: their values are not checked as one.
  ADD_URI_SAFE_ATTR: ['align', 'start', 'colspan', 'rowspan', 'lang', 'dir'],
};

let hooked = false;
function purify(html: string): string {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      const href = node.getAttribute('href');
      if (href === null) return;
      const link = node.tagName === 'A' ? linkTarget(href, node.textContent ?? '') : undefined;
      if (!link) {
        node.removeAttribute('href');
        return;
      }
      node.setAttribute('href', link.href);
      node.setAttribute('title', link.href);
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
      // Shown after the link's text (ui/markdown-view.ts), so a link says where it goes.
      if (link.showHost) node.setAttribute('data-host', link.host);
    });
  }
  return DOMPurify.sanitize(html, SANITIZE);
}

/** Markdown → sanitized HTML. The only way HTML is made from model output. */
export function renderMarkdown(source: string): string {
  return purify(marked.parse(source) as string);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A list item's marker: a bullet, or a number with "." or ")". */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})\s*$/;

/**
 * Splits a growing text into finished blocks and the open tail, so that streaming re-parses only
 * the tail: the work per arriving chunk does not grow with what is already shown. A block ends at
 * a blank line outside a code fence when the next line starts a new block (not indented).
 */
export class MarkdownBlocks {
  private text = '';
  private readonly blocks: string[] = []; // sanitized HTML of finished blocks
  private stableEnd = 0; // text[0, stableEnd) is in `blocks`
  private scanPos = 0; // lines before this were scanned
  private fence: string | undefined; // open fence marker at scanPos
  private blockStart = 0;
  private pendingBreak = -1; // a blank line seen at this offset, outside a fence

  /** Counts the times the text started over (another text, not a continuation). */
  generation = 0;

  /** Returns the finished blocks (same array identity while unchanged) and the tail's HTML, or
   * the tail as plain text (`plain`) where it is too long to parse again on every chunk. */
  update(next: string): { blocks: readonly string[]; tail: string; plain?: string } {
    // Streaming only appends; anything else (another text) starts over. Comparing the last
    // characters of the finished part keeps this check constant-time.
    const from = Math.max(0, this.stableEnd - 64);
    if (
      next.length < this.stableEnd ||
      !next.startsWith(this.text.slice(from, this.stableEnd), from)
    ) {
      this.reset();
    }
    this.text = next;
    this.scan();
    const open = this.text.length - this.stableEnd;
    if (
      open > LIMITS.plainTailAnyChars ||
      (this.fence !== undefined && open > LIMITS.plainTailChars)
    )
      return { blocks: this.blocks, tail: '', plain: this.text.slice(this.stableEnd) };
    return { blocks: this.blocks, tail: renderMarkdown(this.text.slice(this.stableEnd)) };
  }

  /** Finishes the block that ended at the pending blank line; the next one starts at `start`. */
  private split(start: number): void {
    this.blocks.push(renderMarkdown(this.text.slice(this.blockStart, this.pendingBreak)));
    this.stableEnd = this.blockStart = start;
    this.pendingBreak = -1;
  }

  /** Whether `line` is another item of the list the open block starts with (`partial`: the
   * line is still arriving, and may yet become one). */
  private continuesList(line: string, partial = false): boolean {
    const first = this.text.slice(this.blockStart, this.text.indexOf('\n', this.blockStart));
    const kind = (l: string) => {
      const marker = LIST_ITEM.exec(l)?.[0].trim();
      return marker ? marker.replace(/\d+/, '1') : undefined;
    };
    const open = kind(first);
    if (open === undefined) return false;
    if (partial && /^ {0,3}(?:[-*+]|\d{1,9}[.)]?)$/.test(line)) return true;
    return open === kind(line);
  }

  private reset(): void {
    this.generation++;
    this.blocks.length = 0;
    this.stableEnd = this.scanPos = this.blockStart = 0;
    this.fence = undefined;
    this.pendingBreak = -1;
  }

  private scan(): void {
    for (;;) {
      const eol = this.text.indexOf('\n', this.scanPos);
      if (eol < 0) {
        // The last line is not finished, but its first character already says a new block began.
        const rest = this.text.slice(this.scanPos);
        if (this.pendingBreak >= 0 && /^\S/.test(rest) && !this.continuesList(rest, true))
          this.split(this.scanPos);
        return;
      }
      const line = this.text.slice(this.scanPos, eol);
      const lineStart = this.scanPos;
      this.scanPos = eol + 1;
      const fence = FENCE.exec(line)?.[1];
      if (this.fence) {
        const open = this.fence;
        if (
          fence &&
          fence[0] === open[0] &&
          fence.length >= open.length &&
          CLOSING_FENCE.test(line)
        )
          this.fence = undefined;
        continue;
      }
      if (!line.trim()) {
        if (lineStart > this.blockStart) this.pendingBreak = lineStart;
        continue;
      }
      // A blank line between two items of one list makes it a loose list, not two blocks.
      if (this.pendingBreak >= 0 && !/^[ \t]/.test(line) && !this.continuesList(line))
        this.split(lineStart);
      this.pendingBreak = -1;
      if (fence) this.fence = fence;
    }
  }
}
