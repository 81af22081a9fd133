#!/usr/bin/env node
// Streaming benchmark: milliseconds of work per arriving chunk (parse, sanitize, render, layout)
// when the message already shown is 2 k, 20 k and 100 k characters long, for our incremental
// renderer and for re-rendering the whole message per chunk. Prints ratios from one run.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const { outputFiles } = await build({
  entryPoints: ['bench/stream-page.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  conditions: ['production'],
  target: 'es2022',
  tsconfig: 'tsconfig.json',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: outputFiles[0].text, type: 'module' });
  await page.waitForFunction(() => 'runBench' in window);
  const rows = await page.evaluate(() => window.runBench());
  console.log(
    'message length   ours, script ms/chunk   ours, with layout   whole message re-rendered',
  );
  for (const r of rows) {
    console.log(
      `${String(r.length).padStart(14)}   ${r.script.toFixed(3).padStart(21)}   ${r.incremental.toFixed(3).padStart(17)}   ${r.whole.toFixed(3).padStart(25)}`,
    );
  }
  const first = rows[0];
  const last = rows.at(-1);
  const growth = (key) => (last[key] / first[key]).toFixed(2);
  console.log(
    `\ngrowth from ${first.length} to ${last.length} chars: ours script x${growth('script')}, ours with layout x${growth('incremental')}, whole message x${growth('whole')}`,
  );
  console.log(
    `at ${last.length} chars the incremental renderer does x${(last.whole / last.incremental).toFixed(1)} less work per chunk`,
  );
} finally {
  await browser.close();
}
