// One minified ES module with no external imports, and its source map beside it.
// esbuild transpiles TypeScript (typescript 7 has no JS API for a rollup plugin);
// `npm run typecheck` checks types separately.
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/openai-compatible-conversation.js',
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    // Lit's production build; Lit's development build (with its warnings) runs in the tests.
    resolve({ exportConditions: ['production'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Lit's html`` and css`` literals minified (terser leaves template strings as they are).
    minifyLiterals({ include: ['src/**'], failOnError: true }),
    terser({ format: { comments: false }, ecma: 2020, module: true }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
