// Runs a benchmark page in Debian's Chromium: bundles `entry` (TypeScript, Lit's production
// build), loads it into a blank page and returns what `window[fn]()` resolves to.
import { build } from 'esbuild';
import { launchChromium } from '../e2e/helpers.mjs';

/** `entry` bundled for the browser as the release is (Lit's production build). */
export async function bundle(entry) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['production'],
    target: 'es2022',
    tsconfig: 'tsconfig.json',
  });
  return outputFiles[0].text;
}

export async function runInChromium(entry, fn) {
  const code = await bundle(entry);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction((name) => name in window, fn);
    return await page.evaluate((name) => window[name](), fn);
  } finally {
    await browser.close();
  }
}
