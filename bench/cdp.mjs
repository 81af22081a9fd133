// Debian's Chromium driven over the DevTools protocol on a pipe, with nothing enabled but what a
// benchmark asks for. Playwright turns on DevTools' network tracking in every page it opens, and
// with it Chromium tells the page's main thread about every read of every response body: at
// thousands of reads a second that is a large share of the very thread a benchmark measures.
// Written by hand because it is fifty lines: the protocol's messages, NUL-separated, on fds 3/4.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

/** Starts a headless Chromium; `page(url)` opens a page and returns `send(method, params)` and
 * `evaluate(expression)` bound to it. */
export async function launchCdp({ width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'oacc-bench-'));
  const chrome = spawn(
    CHROMIUM_PATH,
    [
      '--headless',
      ...CHROMIUM_ARGS,
      `--window-size=${width},${height}`,
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toChrome, fromChrome] = chrome.stdio;
  const waiting = new Map();
  const listeners = new Set();
  let next = 1;
  let buffer = '';
  fromChrome.setEncoding('utf8');
  fromChrome.on('data', (data) => {
    buffer += data;
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.method) for (const fn of listeners) fn(message);
      const call = waiting.get(message.id);
      if (!call) continue;
      waiting.delete(message.id);
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject, method });
      toChrome.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  return {
    send,
    /** Calls `fn` with every event (`{method, params, sessionId}`); returns how to stop. */
    on(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    async page(url) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const call = (method, params) => send(method, params, sessionId);
      const evaluate = async (expression) => {
        const { result, exceptionDetails } = await call('Runtime.evaluate', {
          expression,
          awaitPromise: true,
          returnByValue: true,
        });
        if (exceptionDetails)
          throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value;
      };
      await call('Page.enable');
      await call('Page.navigate', { url });
      return { send: call, evaluate };
    },
    async close() {
      const exited = new Promise((resolve) => chrome.once('exit', resolve));
      send('Browser.close').catch(() => undefined);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      chrome.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
