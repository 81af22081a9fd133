// Runs in Chromium (bench/stream.mjs): the work per arriving chunk at growing message lengths,
// for the incremental markdown element (script alone, and with the layout it causes) and for
// re-rendering the whole message each time.
import { OaccMarkdown } from '../src/ui/markdown-view';
import { renderMarkdown } from '../src/ui/markdown';

customElements.define('oacc-markdown', OaccMarkdown);

const paragraph = (i: number) =>
  `Paragraph ${i} with **bold**, \`code\` and a [link](https://example.com/${i}).\n\n` +
  (i % 5 === 0 ? '- one\n- two\n- three\n\n' : '') +
  (i % 7 === 0 ? '```js\nconst x = 1;\nconsole.log(x);\n```\n\n' : '');

function textOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += paragraph(i);
  return text;
}

const CHUNKS = 150;
const chunk = 'more words streaming in, ';

async function incremental(length: number, layout: boolean): Promise<number> {
  const el = document.createElement('oacc-markdown');
  document.body.append(el);
  el.text = textOf(length);
  await el.updateComplete;
  const start = performance.now();
  for (let i = 0; i < CHUNKS; i++) {
    el.text += chunk;
    await el.updateComplete;
    if (layout) el.getBoundingClientRect();
  }
  const perChunk = (performance.now() - start) / CHUNKS;
  el.remove();
  return perChunk;
}

async function wholeMessage(length: number): Promise<number> {
  const div = document.createElement('div');
  document.body.append(div);
  let text = textOf(length);
  div.innerHTML = renderMarkdown(text);
  const start = performance.now();
  for (let i = 0; i < CHUNKS; i++) {
    text += chunk;
    div.innerHTML = renderMarkdown(text);
    div.getBoundingClientRect();
  }
  const perChunk = (performance.now() - start) / CHUNKS;
  div.remove();
  return perChunk;
}

(window as unknown as { runBench: () => Promise<unknown> }).runBench = async () => {
  const lengths = [2_000, 20_000, 100_000];
  const rows = [];
  for (const length of lengths) {
    await incremental(length, true); // warm up
    rows.push({
      length,
      script: await incremental(length, false),
      incremental: await incremental(length, true),
      whole: await wholeMessage(length),
    });
  }
  return rows;
};
