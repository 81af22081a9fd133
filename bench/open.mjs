#!/usr/bin/env node
// Opening a stored conversation: milliseconds from the card being put on the page to its newest
// answer rendered and laid out, for 10, 100 and 1,000 stored messages (medians of 7 runs in one
// Chromium). The goal: 1,000 messages open in at most 100 ms and at most 3× 10 messages.
import { runInChromium } from './chromium.mjs';

const rows = await runInChromium('bench/open-page.ts', 'runBench');
console.log('messages   open, ms (median of 7)');
for (const r of rows) console.log(`${String(r.n).padStart(8)}   ${r.ms.toFixed(1).padStart(8)}`);
const small = rows[0];
const large = rows.at(-1);
console.log(
  `\n${large.n} messages open ×${(large.ms / small.ms).toFixed(2)} as slowly as ${small.n} (${large.ms.toFixed(0)} ms)`,
);
