// What `npm start` and `npm test` need before anything else, with Node's own modules only (so it
// runs on a fresh clone): the npm packages, and Debian's Chromium for the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from './chromium.mjs';

const REPO = resolve(new URL('..', import.meta.url).pathname);

function run(cmd, args, env = {}) {
  const { status } = spawnSync(cmd, args, {
    cwd: REPO,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed (${status})`);
    process.exit(status ?? 1);
  }
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const installed = join(REPO, 'node_modules', '.package-lock.json');
  const lock = join(REPO, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('[ensure] installing npm packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Debian's Chromium at /usr/bin/chromium (or CHROME_PATH), installed with apt when missing. */
export function ensureChromium() {
  const path = CHROMIUM_PATH;
  if (existsSync(path)) return;
  if (process.env.CHROME_PATH)
    throw new Error(`CHROME_PATH is ${path}, and there is no browser there`);
  if (process.getuid?.() !== 0) {
    console.error('Chromium is missing: run `sudo apt-get install chromium` (Debian), then again.');
    process.exit(1);
  }
  console.log('[ensure] installing Debian’s chromium');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
}
