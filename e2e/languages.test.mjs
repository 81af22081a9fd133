// End to end: what a dashboard loads first (the entry module only; the editor, settings pages and
// each language come when needed), and the card and panel in the user's language — German, and
// Hebrew laid out right to left — as set in the user's Home Assistant profile.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { DASHBOARD_PATH, startStack } from './stack/stack.mjs';
import { chat, ensureInstalled, launchChromium, newContext, screenshot } from './helpers.mjs';

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

  /** A logged-in page that records which of our files it fetches. */
  async function userPage() {
    const context = await newContext(browser);
    await context.addInitScript(
      (tokens) => localStorage.setItem('hassTokens', JSON.stringify(tokens)),
      stack.owner.tokens,
    );
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith(OURS)) fetched.push(path.slice(OURS.length));
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

  test('a dashboard fetches only the entry module to show the card; the editor and settings come when opened', async () => {
    const { page, fetched } = await userPage();
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const card = page.locator('openai-compatible-conversation-card');
    await chat(card).textbox.waitFor();
    assert.deepEqual(fetched, ['openai-compatible-conversation.js']);

    await page.getByRole('button', { name: 'Edit dashboard' }).click();
    await page
      .locator('hui-card-options')
      .getByRole('button', { name: 'Edit', exact: true })
      .first()
      .click();
    await page
      .locator('openai-compatible-conversation-card-editor')
      .getByRole('combobox')
      .first()
      .waitFor();
    assert.ok(
      fetched.some((f) => /^oacc-editor-chunk-[\w-]+\.js$/.test(f)),
      `the editor's chunk was fetched: ${fetched.join(', ')}`,
    );
    assert.ok(!fetched.some((f) => f.startsWith('oacc-settings-chunk')), 'not the settings yet');

    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await page.getByRole('button', { name: 'Add provider' }).waitFor();
    assert.ok(fetched.some((f) => /^oacc-settings-chunk-[\w-]+\.js$/.test(f)));
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
      const send = composer.getByRole('button');
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
});
