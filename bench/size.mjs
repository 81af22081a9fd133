#!/usr/bin/env node
// What a dashboard loads before the card renders (the entry module and the chunks it imports
// statically), what the rest adds (chunks loaded when first needed: the card editor, the settings
// pages, the panel's list, each translation), and what each dependency costs in the whole.
// Sizes are minified and gzipped (level 9), as served.
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const ENTRY = 'openai-compatible-conversation.js';
const FIRST_LOAD_BUDGET = 60 * 1024;

const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const read = (file) => readFileSync(join(DIST, file));

/** The entry and every chunk it imports statically (not `import()`), recursively. */
function firstLoad(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = read(file).toString('utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g))
    firstLoad(m[1], seen);
  return seen;
}

const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'));
const first = firstLoad(ENTRY);
const sum = (files) => [...files].reduce((n, f) => n + gz(read(f)), 0);
const firstBytes = sum(first);
console.log(
  `first load (${[...first].join(', ')}): ${kb(firstBytes)} gzipped, budget ${kb(FIRST_LOAD_BUDGET)}${firstBytes > FIRST_LOAD_BUDGET ? ' — OVER' : ''}`,
);
console.log(`everything (${chunks.length} files): ${kb(sum(chunks))} gzipped`);
console.log('\nchunks loaded when needed:');
for (const f of chunks.filter((c) => !first.has(c)).sort())
  console.log(`  ${f.padEnd(40)} ${kb(gz(read(f))).padStart(9)}`);

const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  conditions: ['production'],
  legalComments: 'none',
  outfile: 'out.js',
});
const output = Object.values(result.metafile.outputs)[0];
const source = result.outputFiles[0].text;
const groups = new Map();
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const m = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  const name = m ? m[1] : 'our code (src/)';
  groups.set(name, (groups.get(name) ?? 0) + bytesInOutput);
}
console.log(
  '\nby package, all chunks together (minified bytes, and that share of the gzipped whole):',
);
for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  const share = bytes / source.length;
  console.log(
    `  ${name.padEnd(28)} ${kb(bytes).padStart(9)}  ~${kb(Math.round(gz(Buffer.from(source)) * share)).padStart(8)} gz`,
  );
}
