#!/usr/bin/env node
// Streaming benchmark: milliseconds of work per arriving chunk (parse, sanitize, render, layout)
// when the message already shown is 2 k, 20 k and 100 k characters long, for our incremental
// renderer and for re-rendering the whole message per chunk. Prints ratios from one run.
import { runInChromium } from './chromium.mjs';

const rows = await runInChromium('bench/stream-page.ts', 'runBench');
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
