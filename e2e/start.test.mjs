// `npm start` as a developer uses it, day after day on one checkout: it comes up, is stopped with
// Ctrl-C, comes up again with the earlier conversation still there, survives being killed (what
// it left running is stopped by the next start), and leaves nothing behind when it stops. Runs
// scripts/start.mjs itself, on free ports and a config folder of its own.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION, REPO } from './stack/home-assistant.mjs';
import { freePort, reapLeftovers } from './stack/processes.mjs';
import { DASHBOARD_PATH } from './stack/stack.mjs';
import { chat, ensureInstalled, launchChromium, logIn, newContext } from './helpers.mjs';

const up = async (url) => {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
};

describe('npm start, again and again on one checkout', { timeout: 15 * 60_000 }, () => {
  const configDir = mkdtempSync(join(tmpdir(), 'oacc-start-'));
  let ports;
  let browser;
  let page;
  let current;

  /** Runs `npm start`'s script; resolves once it says Home Assistant is ready. */
  function start() {
    const proc = spawn('node', ['--experimental-websocket', 'scripts/start.mjs'], {
      cwd: REPO,
      env: {
        ...process.env,
        PORT: String(ports.ha),
        LITELLM_PORT: String(ports.litellm),
        LLM_PORT: String(ports.llm),
        HA_CONFIG_DIR: configDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (d) => (output += d));
    proc.stderr.on('data', (d) => (output += d));
    const exited = new Promise((resolve) =>
      proc.once('exit', (code, signal) => resolve({ code, signal })),
    );
    current = { proc, exited, output: () => output };
    return new Promise((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('log in as demo')) {
          clearInterval(timer);
          resolve(current);
        }
      }, 250);
      exited.then(({ code, signal }) => {
        clearInterval(timer);
        reject(
          new Error(
            `npm start exited (${code ?? signal}) before it was ready:\n${output.slice(-2000)}`,
          ),
        );
      });
    });
  }

  const haUrl = () => `http://127.0.0.1:${ports.ha}`;
  const card = () => page.locator('openai-compatible-conversation-card');

  before(async () => {
    ensureInstalled(HA_VERSION);
    ports = { ha: await freePort(), litellm: await freePort(), llm: await freePort() };
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
  });

  after(async () => {
    current?.proc.kill('SIGINT');
    await current?.exited;
    await reapLeftovers();
    await browser?.close();
    rmSync(configDir, { recursive: true, force: true });
  });

  test('first start: a conversation on the dashboard card', async () => {
    await start();
    await logIn(page, haUrl(), `/${DASHBOARD_PATH}/chat`, 'demo', 'demo');
    const c = chat(card());
    await c.ask('Remember this conversation');
    await c.answers.last().getByText('You said: Remember this conversation').waitFor();
    await c.send.waitFor();
  });

  test('Ctrl-C stops everything it started', async () => {
    current.proc.kill('SIGINT');
    const { code } = await current.exited;
    assert.equal(code, 0);
    assert.equal(await up(haUrl()), false, 'Home Assistant stopped');
    assert.equal(await up(`http://127.0.0.1:${ports.litellm}`), false, 'LiteLLM stopped');
    assert.equal(await up(`http://127.0.0.1:${ports.llm}`), false, 'the scripted model stopped');
  });

  test('started again: the conversation is still there', async () => {
    await start();
    await page.goto(`${haUrl()}/${DASHBOARD_PATH}/chat`);
    await chat(card()).messages.getByText('Remember this conversation').first().waitFor();
  });

  test('killed, then started again: what it left running is stopped, and it comes up', async () => {
    current.proc.kill('SIGKILL');
    await current.exited;
    assert.equal(await up(haUrl()), true, 'a killed npm start leaves Home Assistant running');
    const again = await start();
    assert.match(again.output(), /Stopped what an earlier run left running: .*Home Assistant/);
    await page.goto(`${haUrl()}/${DASHBOARD_PATH}/chat`);
    await chat(card()).messages.getByText('Remember this conversation').first().waitFor();
  });

  test('stopped at last, nothing of it is left', async () => {
    current.proc.kill('SIGINT');
    assert.equal((await current.exited).code, 0);
    assert.equal(await up(haUrl()), false);
    // Nothing it started runs on, and nothing is left noted as running.
    const notes = readdirSync(join(REPO, '.cache', 'run')).filter((f) =>
      f.startsWith(`${current.proc.pid}-`),
    );
    assert.deepEqual(notes, [], 'no process of it is still noted as running');
    assert.equal(await up(`http://127.0.0.1:${ports.litellm}`), false);
  });
});
