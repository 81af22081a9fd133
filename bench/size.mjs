#!/usr/bin/env node
// Prints the bundle's size (minified and gzipped) and what each dependency costs in it.
// Per-package costs come from an esbuild build of the same entry with a metafile (rollup's own
// output is the one shipped); the gzipped column is each package's share of the gzipped whole.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const bundle = readFileSync('dist/openai-compatible-conversation.js');
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/openai-compatible-conversation.js: ${kb(bundle.length)} minified, ${kb(gz(bundle))} gzipped (limit 100 KB)`,
);

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
console.log('\nby package (minified bytes in the bundle, and that share of the gzipped whole):');
for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  const share = bytes / source.length;
  console.log(
    `  ${name.padEnd(28)} ${kb(bytes).padStart(9)}  ~${kb(Math.round(gz(Buffer.from(source)) * share)).padStart(8)} gz`,
  );
}
