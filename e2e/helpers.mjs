// Shared scaffolding of the end-to-end suites: Debian's Chromium through playwright-core, logging
// in as a user would, and reading what Home Assistant stored.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { HA_VERSION, REPO } from './stack/home-assistant.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

// One folder per release, so that a run against the oldest release keeps the newest's screenshots.
export const ARTIFACTS = join(REPO, 'e2e', 'artifacts', `ha-${HA_VERSION}`);

/** Installs what is missing (idempotent; seconds when everything is there). */
export function ensureInstalled(haVersion) {
  const { status } = spawnSync('bash', ['scripts/install-stack.sh', '--ha-version', haVersion], {
    cwd: REPO,
    stdio: 'inherit',
  });
  if (status !== 0) throw new Error(`scripts/install-stack.sh failed (${status})`);
}

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** A browser context whose pages use Home Assistant's default theme, light or dark. */
export async function newContext(browser, { dark = false, width = 1280, height = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript((isDark) => {
    localStorage.setItem('selectedTheme', JSON.stringify({ theme: 'default', dark: isDark }));
  }, dark);
  return context;
}

/** Logs in through Home Assistant's login page and waits for the page asked for. */
export async function logIn(page, haUrl, path, username, password) {
  await page.goto(`${haUrl}${path}`);
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: /log in/i }).click();
  await page.waitForURL((url) => url.pathname === path);
  // The frontend keeps the login once it has started (a page opened before that logs in again).
  await page.waitForFunction(() => localStorage.getItem('hassTokens'));
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Home Assistant fades its launch screen out after the first render.
  await page
    .waitForFunction(() => !document.getElementById('ha-launch-screen'), null, { timeout: 10_000 })
    .catch(() => undefined);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The chat inside `scope` (a card or the panel), found the way a user or screen reader finds it. */
export function chat(scope) {
  const textbox = scope.getByRole('textbox', { name: 'Message' });
  return {
    textbox,
    send: scope.getByRole('button', { name: 'Send' }),
    alert: scope.getByRole('alert'),
    async ask(text) {
      await textbox.fill(text);
      await textbox.press('Enter');
    },
    answers: scope.locator('oacc-chat-message').filter({ has: scope.page().locator('.assistant') }),
    messages: scope.locator('oacc-chat-message'),
  };
}

/**
 * Opens Home Assistant's editor of one of our cards (the first, or the one showing `hasText`)
 * as a user does: Edit dashboard, then that card's Edit. On a loaded machine the first click
 * can land while the edit mode is still being laid out and open nothing; it is clicked again.
 */
export async function openCardEditor(page, hasText) {
  await page.getByRole('button', { name: 'Edit dashboard' }).click();
  let options = page
    .locator('hui-card-options')
    .filter({ has: page.locator('openai-compatible-conversation-card') });
  if (hasText) options = options.filter({ hasText });
  // Home Assistant's own Edit comes first (the card's messages have an Edit of their own).
  const edit = options.first().getByRole('button', { name: 'Edit', exact: true }).first();
  const opened = page.locator('hui-card-element-editor');
  for (let attempt = 1; ; attempt++) {
    await edit.click();
    try {
      await opened.waitFor({ state: 'attached', timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

export const userData = (conn, key) =>
  conn.sendMessagePromise({ type: 'frontend/get_user_data', key }).then((r) => r.value);

/** A user-data value once `check` passes on it (it throws until then): the page shows a change
 * at once and stores it a moment later. 15 s at most. */
export async function storedData(conn, key, check) {
  for (let tries = 0; ; tries++) {
    const value = await userData(conn, key);
    try {
      check(value);
      return value;
    } catch (err) {
      if (tries >= 60) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Where conversations live in user data (src/schema/conversation.ts). */
export const HISTORY_KEY = 'openai_compatible_conversation.history';
export const conversationKey = (id) => `openai_compatible_conversation.conversation.${id}`;

/** The stored messages of the user's newest conversation, read again until `check` passes
 * (15 s at most). */
export async function newestMessages(conn, check) {
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      const { conversations } = await userData(conn, HISTORY_KEY);
      const newest = conversations.toSorted((a, b) => b.created_at.localeCompare(a.created_at))[0];
      const doc = await userData(conn, conversationKey(newest.id));
      const messages = doc.messages.filter((m) => !m.deleted);
      check(messages);
      return messages;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** A provider the browser reaches directly: the scripted model answering with `fault` (its
 * scenario segments, test/scripted-llm/README.md) on every request. */
export const direct = (llmUrl, id, fault, timeout_s = 30) => ({
  id,
  name: id,
  base_url: `${llmUrl}${fault}/v1`,
  auth_mode: 'global',
  timeout_s,
  models: [{ model_id: 'scripted-model' }],
});

/** A new conversation in the panel with `provider`'s scripted model, chosen in its Model list. */
export async function newConversation(panel, provider) {
  await panel.getByRole('button', { name: 'New conversation', exact: true }).click();
  await panel
    .getByRole('combobox', { name: 'Model' })
    .selectOption(`${provider}\u0000scripted-model`);
  await chat(panel).textbox.waitFor();
}

/** A step of Home Assistant's config flows (`path` under /api/config/config_entries/), as the
 * owner, as Settings → Devices & services sends it; fails on an error the form shows. */
export async function flowStep(stack, path, body) {
  const response = await fetch(`${stack.ha.url}/api/config/config_entries/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${stack.owner.tokens.access_token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok || answer.errors?.base)
    throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** Polls `find` every 200 ms until it returns something (10 s at most). */
export async function eventually(what, find) {
  for (let tries = 0; ; tries++) {
    const found = await find();
    if (found) return found;
    if (tries > 50) throw new Error(`no ${what} within 10 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Adds Home Assistant's Ollama integration pointed at `ollamaUrl`, with a conversation agent on
 * the scripted model that may act on the house (the Assist API), through the config flows a user
 * goes through; returns the agent's entity id. On 2026.11 the agent is a "conversation"
 * sub-entry of the server's entry; on 2025.1 the entry itself, with the Assist API set in its
 * options.
 */
export async function addOllamaAgent(stack, ollamaUrl) {
  const model = 'scripted-model:latest';
  const flow = await flowStep(stack, 'flow', { handler: 'ollama', show_advanced_options: false });
  let step = await flowStep(stack, `flow/${flow.flow_id}`, { url: ollamaUrl });
  if (step.type === 'form') {
    // 2025.1: the model in the same flow, then the Assist API in the entry's options.
    step = await flowStep(stack, `flow/${flow.flow_id}`, { model });
    const options = await flowStep(stack, 'options/flow', { handler: step.result.entry_id });
    await flowStep(stack, `options/flow/${options.flow_id}`, { llm_hass_api: 'assist' });
  } else {
    const sub = await flowStep(stack, 'subentries/flow', {
      handler: [step.result.entry_id, 'conversation'],
      show_advanced_options: false,
    });
    await flowStep(stack, `subentries/flow/${sub.flow_id}`, {
      name: 'Scripted Ollama',
      model,
      llm_hass_api: ['assist'],
    });
  }
  return eventually('Ollama agent', async () => {
    const { agents } = await stack.conn.sendMessagePromise({ type: 'conversation/agent/list' });
    return agents.find(
      (a) => a.id.startsWith('conversation.') && a.id !== 'conversation.home_assistant',
    )?.id;
  });
}

/** Adds Home Assistant's Wyoming integration for the speech-to-text service at `host`:`port`
 * (a user's Whisper or Vosk); returns its speech-to-text engine id. */
export async function addWyomingSpeechToText(stack, { host, port }) {
  const flow = await flowStep(stack, 'flow', { handler: 'wyoming', show_advanced_options: false });
  await flowStep(stack, `flow/${flow.flow_id}`, { host, port });
  return eventually('Wyoming speech-to-text', async () => {
    const { providers } = await stack.conn.sendMessagePromise({ type: 'stt/engine/list' });
    return providers.find((p) => !/demo/.test(p.engine_id))?.engine_id;
  });
}

/** Everything `locator` shows, through its shadow roots ('' where it is not there). */
export const deepText = (locator) =>
  locator
    .evaluate((el) => {
      const walk = (n) =>
        [...(n.shadowRoot ?? n).childNodes]
          .map((c) => (c.nodeType === 3 ? c.textContent : c.nodeType === 1 ? walk(c) : ''))
          .join(' ');
      return walk(el).replace(/\s+/g, ' ');
    })
    .catch(() => '');

/** Waits for `locator`; a timeout says what `shown` showed instead. */
export async function see(locator, shown, ms = 30_000) {
  try {
    await locator.waitFor({ timeout: ms });
  } catch (err) {
    const text = await deepText(shown);
    throw new Error(`${err.message.split('\n')[0]}\nShown instead: ${text.slice(-1500)}`);
  }
}

/** What reached the scripted model while `act` ran: each request's body, with the path it came
 * on (LiteLLM routes each model name to a path of its own); at least one. */
export async function sentWhile(stack, act) {
  const before = stack.llm.requests.length;
  await act();
  const sent = stack.llm.requests
    .slice(before)
    .filter((r) => r.body?.messages)
    .map((r) => ({ ...r.body, path: r.path }));
  if (!sent.length) throw new Error('no request reached the model');
  return sent;
}

/** A request's system prompt. */
export const systemOf = (body) => body.messages.find((m) => m.role === 'system')?.content ?? '';
