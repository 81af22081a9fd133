// The entry module a dashboard loads (dist/openai-compatible-conversation.js, its name fixed:
// dashboards and HACS point at it) and, beside it, content-hashed chunks it imports when first
// needed: the card editor, the settings pages, the panel's list, each translation. A new build
// gives changed chunks new names, so a page never mixes an old entry with new chunks. Files of
// an earlier build that this one does not write are removed from dist/.
// esbuild transpiles TypeScript (typescript 7 has no JS API for a rollup plugin);
// `npm run typecheck` checks types separately.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const DIST = 'dist';

/** Removes what an earlier build wrote and this one did not (old chunks). */
const removeStale = {
  name: 'remove-stale',
  writeBundle(_options, bundle) {
    for (const file of readdirSync(DIST))
      if (!(file in bundle)) rmSync(join(DIST, file), { force: true });
  },
};

export default {
  // Two entries: the fixed name (a one-line module importing the other) and the hashed module
  // with the code every chunk shares. A chunk importing the fixed name would fetch and run it a
  // second time when the dashboard's resource URL carries a query string (HACS's ?hacstag=).
  input: { 'openai-compatible-conversation': 'src/entry.ts', main: 'src/index.ts' },
  output: {
    dir: DIST,
    format: 'es',
    sourcemap: true,
    entryFileNames: (chunk) =>
      chunk.name === 'openai-compatible-conversation' ? '[name].js' : 'oacc-[name]-[hash].js',
    chunkFileNames: 'oacc-[name]-[hash].js',
  },
  plugins: [
    // Lit's production build; Lit's development build (with its warnings) runs in the tests.
    resolve({ exportConditions: ['production'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Lit's html`` and css`` literals minified (terser leaves template strings as they are).
    minifyLiterals({ include: ['src/**'], failOnError: true }),
    terser({ format: { comments: false }, ecma: 2020, module: true }),
    removeStale,
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
