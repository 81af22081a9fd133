#!/usr/bin/env node
// Checks translations against English (test/helpers/translation-check.ts) without a browser:
// `node scripts/check-translations.mjs [de fr ...]` (all by default). Exits 1 on a problem.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const files = readdirSync('src/i18n')
  .filter((f) => /^[a-z]{2}(-[A-Za-z]+)?\.ts$/.test(f) && f !== 'en.ts' && f !== 'en-pages.ts')
  .map((f) => f.slice(0, -3))
  .filter((l) => !wanted.length || wanted.includes(l));
const { outputFiles } = await build({
  stdin: {
    contents: `import { en } from './src/i18n/en';
import { enPages } from './src/i18n/en-pages';
import { translationProblems } from './test/helpers/translation-check';
${files.map((l, i) => `import { strings as t${i} } from './src/i18n/${l}';`).join('\n')}
export const results = { ${files.map((l, i) => `${JSON.stringify(l)}: translationProblems({ ...en, ...enPages }, t${i})`).join(', ')} };`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { results } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);
let failed = false;
for (const [language, problems] of Object.entries(results)) {
  console.log(`${language}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}`);
  for (const p of problems) console.log(`  ${p}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
