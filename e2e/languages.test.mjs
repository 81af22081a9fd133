// End to end: what a dashboard loads first (the entry module only; the editor, settings pages and
// each language come when needed; an upgrade under an open page), and the card and panel in the user's language — German, and
// Hebrew laid out right to left — as set in the user's Home Assistant profile.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BUNDLE_URL, HA_VERSION, REPO } from './stack/home-assistant.mjs';
import { DASHBOARD_PATH, startStack } from './stack/stack.mjs';
import {
  chat,
  openCardEditor,
  ensureInstalled,
  launchChromium,
  newContext,
  screenshot,
} from './helpers.mjs';

const DASHBOARD = `/${DASHBOARD_PATH}/chat`;
const OURS = '/local/openai-compatible-conversation/';

describe(`Loading and languages on Home Assistant ${HA_VERSION}`, { timeout: 15 * 60_000 }, () => {
  let stack;
  let browser;

  before(async () => {
    ensureInstalled(HA_VERSION);
    stack = await startStack({ dashboard: true, settings: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** A logged-in page that records which of our files (under `ours`) it fetches. */
  async function userPage(ours = OURS) {
    const context = await newContext(browser);
    await context.addInitScript(
      (tokens) => localStorage.setItem('hassTokens', JSON.stringify(tokens)),
      stack.owner.tokens,
    );
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith(ours)) fetched.push(path.slice(ours.length));
    });
    return { page, fetched };
  }

  /** The user's language, as the profile page stores it. */
  const setLanguage = (language) =>
    stack.conn.sendMessagePromise({
      type: 'frontend/set_user_data',
      key: 'language',
      value: {
        language,
        number_format: 'language',
        time_format: 'language',
        date_format: 'language',
        time_zone: 'local',
        first_weekday: 'language',
      },
    });

  test('a dashboard fetches only the entry module to show the card, what runs a turn once idle, the editor and settings when opened', async () => {
    const { page, fetched } = await userPage();
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const card = page.locator('openai-compatible-conversation-card');
    await chat(card).textbox.waitFor();
    assert.equal(fetched[0], 'openai-compatible-conversation.js');
    assert.match(fetched[1], /^oacc-main-[\w-]{8}\.js$/);
    // What runs a turn (the turn runner, the provider client, and the HTTP layer the provider
    // client shares with the MCP client) and the user's memory (its store, and its document's
    // schema and merge) follow once the page is idle; nothing else comes for the card.
    const chunk = (f) => f.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');
    const idle = ['oacc-chat', 'oacc-http', 'oacc-memory', 'oacc-memory-store', 'oacc-turn-runner'];
    for (const name of idle)
      if (!fetched.some((f) => chunk(f) === name))
        await page.waitForRequest((r) => chunk(new URL(r.url()).pathname) === name);
    assert.deepEqual(fetched.slice(2).map(chunk).sort(), idle);

    await openCardEditor(page);
    await page
      .locator('openai-compatible-conversation-card-editor')
      .getByRole('combobox', { name: /^Provider/ })
      .waitFor();
    assert.ok(
      fetched.some((f) => /^oacc-editor-[\w-]+\.js$/.test(f)),
      `the editor's chunk was fetched: ${fetched.join(', ')}`,
    );
    assert.ok(!fetched.some((f) => f.startsWith('oacc-settings-')), 'not the settings yet');

    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await page.getByRole('button', { name: 'Add provider' }).waitFor();
    assert.ok(fetched.some((f) => /^oacc-settings-[\w-]+\.js$/.test(f)));
    // Every file came from the same build: each chunk the entry names exists and was served.
    for (const f of fetched)
      assert.equal((await fetch(`${stack.ha.url}${OURS}${f}`)).status, 200, f);
    await page.context().close();
  });

  test('in German: the card, its messages and the panel speak German', async () => {
    await setLanguage('de');
    try {
      const { page, fetched } = await userPage();
      await page.goto(`${stack.ha.url}${DASHBOARD}`);
      const card = page.locator('openai-compatible-conversation-card');
      const box = card.getByRole('textbox', { name: 'Nachricht' });
      await box.waitFor();
      assert.ok(
        fetched.some((f) => /^oacc-de-[\w-]+\.js$/.test(f)),
        'the German words were loaded',
      );
      await box.fill('Hallo');
      await box.press('Enter');
      await card.getByRole('button', { name: 'Senden' }).waitFor();
      await card.getByRole('button', { name: 'Kopieren' }).first().waitFor();
      await page.goto(`${stack.ha.url}/ai-chat`);
      const panel = page.locator('openai-compatible-conversation-panel');
      await panel.getByRole('navigation', { name: 'Unterhaltungen' }).waitFor();
      await panel.getByRole('button', { name: 'Neue Unterhaltung', exact: true }).waitFor();
      await screenshot(page, 'panel-de-light-desktop');
      await page.context().close();
    } finally {
      await setLanguage('en');
    }
  });

  test('in Hebrew: right to left, the send button on the left of the message box', async () => {
    await setLanguage('he');
    try {
      const { page } = await userPage();
      await page.goto(`${stack.ha.url}${DASHBOARD}`);
      const card = page.locator('openai-compatible-conversation-card');
      await card.locator('oacc-composer').waitFor();
      const composer = card.locator('oacc-composer');
      const box = composer.getByRole('textbox');
      await page.waitForFunction(
        () =>
          getComputedStyle(
            document
              .querySelector('home-assistant')
              ?.shadowRoot?.querySelector('home-assistant-main') ?? document.body,
          ).direction === 'rtl' || document.documentElement.dir === 'rtl',
        null,
        { timeout: 15_000 },
      );
      const send = composer.getByRole('button', { name: 'שליחה' });
      await box.waitFor();
      const [b, s] = [await box.boundingBox(), await send.boundingBox()];
      assert.ok(s.x + s.width <= b.x + 1, `send (${s.x}) is left of the box (${b.x})`);
      assert.equal(await card.evaluate((el) => getComputedStyle(el).direction), 'rtl');
      await screenshot(page, 'card-he-light-desktop');
      await page.context().close();
    } finally {
      await setLanguage('en');
    }
  });

  test('an upgrade under an open page: the old page never loads a newer file and says to reload', async () => {
    // Installed as HACS installs it: the dist folder, named by a resource whose URL changes
    // with each release (HACS adds ?hacstag=…).
    const folder = '/local/oacc-upgrade/';
    const ENTRY = 'openai-compatible-conversation.js';
    const dir = join(stack.ha.configDir, 'www', 'oacc-upgrade');
    cpSync(join(REPO, 'dist'), dir, { recursive: true });
    const useResource = async (url) => {
      const resources = await stack.conn.sendMessagePromise({ type: 'lovelace/resources' });
      const ours = resources.find((r) => r.url.includes('openai-compatible-conversation.js'));
      await stack.conn.sendMessagePromise({
        type: 'lovelace/resources/update',
        resource_id: ours.id,
        res_type: 'module',
        url,
      });
    };
    await useResource(`${folder}openai-compatible-conversation.js?hacstag=1`);
    try {
      const { page, fetched } = await userPage(folder);
      await page.goto(`${stack.ha.url}${DASHBOARD}`);
      const card = page.locator('openai-compatible-conversation-card');
      await chat(card).textbox.waitFor();
      const before = new Set(readdirSync(dir));

      // The new release: every chunk under a new content hash, the old ones gone (HACS
      // replaces the folder), the resource's URL new. As in a real release, a file's name never
      // holds another release's content: the new chunks are written under their new names, then
      // the entry, then the old chunks go (the page may be fetching one of them meanwhile).
      const chunks = [...before].filter((f) => /^oacc-.*\.js$/.test(f));
      const renamed = new Map(chunks.map((f) => [f, f.replace(/\.js$/, 'v2.js')]));
      const release = (f) => {
        let text = readFileSync(join(dir, f), 'utf8');
        for (const [from, to] of renamed) text = text.replaceAll(from, to);
        return text;
      };
      for (const [from, to] of renamed) writeFileSync(join(dir, to), release(from));
      writeFileSync(join(dir, ENTRY), release(ENTRY));
      for (const f of [...renamed.keys(), ...readdirSync(dir).filter((f) => f.endsWith('.map'))])
        rmSync(join(dir, f));
      await useResource(`${folder}openai-compatible-conversation.js?hacstag=2`);

      // The page opened before: the code of its first question is gone, and so is its editor's
      // chunk; each says to reload, and the page asked for none of the new files.
      await chat(card).ask('Hello after the upgrade');
      await chat(card)
        .alert.getByText('This card was updated since the page was loaded: reload the page.')
        .waitFor();
      await openCardEditor(page);
      await page
        .locator('oacc-outdated')
        .getByRole('alert')
        .getByText('This card was updated since the page was loaded: reload the page.')
        .waitFor();
      assert.ok(
        fetched.every((f) => before.has(f)),
        `the old page fetched only old files: ${fetched.join(', ')}`,
      );
      // A chunk never imports the entry by its name, which lacks the resource's ?hacstag= and
      // would be a second module (its code run twice, and after an upgrade, the new code).
      assert.deepEqual(
        fetched.filter((f) => f === 'openai-compatible-conversation.js'),
        ['openai-compatible-conversation.js'],
      );

      // Reloaded: the new release, all of it.
      fetched.length = 0;
      await page.goto(`${stack.ha.url}${DASHBOARD}`);
      await chat(card).textbox.waitFor();
      await openCardEditor(page);
      await page
        .locator('openai-compatible-conversation-card-editor')
        .getByRole('combobox', { name: /^Provider/ })
        .waitFor();
      const now = [...renamed.values()];
      assert.ok(
        fetched.every((f) => f === 'openai-compatible-conversation.js' || now.includes(f)),
        `the reloaded page fetched only new files: ${fetched.join(', ')}`,
      );
      assert.ok(
        fetched.some((f) => /^oacc-editor-.*v2\.js$/.test(f)),
        'the new editor',
      );
      await page.context().close();
    } finally {
      await useResource(BUNDLE_URL);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
