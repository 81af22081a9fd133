#!/usr/bin/env node
// Streaming into the whole card at 2,000 chunks a second (about a token each): the scripted model
// paces the stream over loopback; Chromium reads it once raw (fetch, decode, nothing else) and
// once into the card (session, chat view, Markdown, layout). Prints each finish time, their
// ratio, and the renderer main thread's busy share over each (Chrome's own TaskDuration metric).
// Goals: busy share at most 20 % and a finish within 1.05× raw.
import { launchCdp } from './cdp.mjs';
import { bundle } from './chromium.mjs';
import { createServer } from 'node:http';
import { startScriptedLlm } from '../test/scripted-llm/server.mjs';

/** Serves `files` ({path: [type, body]}) on loopback. */
async function serve(files) {
  const server = createServer((req, res) => {
    const file = files[req.url.split('?')[0]];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const RATE = 2000;
const CHARS = 30_000; // 10,000 chunks of three characters: five seconds at 2,000 a second
const RUNS = 3;

const code = await bundle('bench/card-stream-page.ts');
const llm = await startScriptedLlm({ port: 0 });
const site = await serve({
  '/': [
    'text/html',
    '<!doctype html><html><body style="margin:0"><script type="module" src="/bench.js"></script></body></html>',
  ],
  '/bench.js': ['text/javascript', code],
});
const base = `${llm.url}/rate-${RATE}`;
const browser = await launchCdp();
try {
  // A page of its own on loopback (a blank page's fetches to loopback are refused by Chromium's
  // private network rules).
  const page = await browser.page(site.url);
  const until = async (expression) => {
    while (!(await page.evaluate(expression))) await new Promise((r) => setTimeout(r, 50));
  };
  await until(`'bench' in window`);
  await page.send('Performance.enable');
  const busy = async () =>
    (await page.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      .value * 1000;

  async function measure(expression) {
    const before = await busy();
    const ms = await page.evaluate(expression);
    return { ms, share: ((await busy()) - before) / ms };
  }
  const raw = `window.bench.raw(${JSON.stringify(base)}, ${CHARS})`;
  const card = `window.bench.ask(${CHARS})`;
  const mount = () => page.evaluate(`window.bench.mount(${JSON.stringify(base)})`);

  await measure(raw); // warm up the connection and the code paths
  const rows = { raw: [], card: [] };
  for (let i = 0; i < RUNS; i++) {
    rows.raw.push(await measure(raw));
    await mount();
    rows.card.push(await measure(card));
  }
  const median = (xs, k) => xs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const r = { ms: median(rows.raw, 'ms'), share: median(rows.raw, 'share') };
  const c = { ms: median(rows.card, 'ms'), share: median(rows.card, 'share') };
  const chunks = Math.ceil(CHARS / 3);
  console.log(`${chunks} chunks at ${RATE}/s, medians of ${RUNS}`);
  console.log('                finish, ms   main thread busy');
  console.log(
    `raw read     ${r.ms.toFixed(0).padStart(13)}   ${(r.share * 100).toFixed(1).padStart(15)} %`,
  );
  console.log(
    `whole card   ${c.ms.toFixed(0).padStart(13)}   ${(c.share * 100).toFixed(1).padStart(15)} %`,
  );
  console.log(
    `\nthe card finishes ×${(c.ms / r.ms).toFixed(3)} as late as the raw read (goal ≤ 1.05), busy ${(c.share * 100).toFixed(1)} % (goal ≤ 20 %)`,
  );
} finally {
  await browser.close();
  await llm.close();
  site.close();
}
