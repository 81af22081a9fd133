// End to end: a new user manages providers and models in the panel's settings, in a real Home
// Assistant, against a real LiteLLM (its /v1/models, its keys), in Debian's Chromium. What the
// pages show is read back from Home Assistant's user data, and the keys are looked for
// everywhere else.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { LITELLM_MODELS } from './stack/litellm.mjs';
import {
  CARD_TYPE,
  DASHBOARD_PATH,
  SETTINGS_KEY,
  saveDashboard,
  startStack,
} from './stack/stack.mjs';
import {
  chat,
  ensureInstalled,
  launchChromium,
  logIn,
  newContext,
  openCardEditor,
  screenshot,
  userData,
} from './helpers.mjs';

const haVersion = HA_VERSION;
const DASHBOARD = `/${DASHBOARD_PATH}/chat`;

describe(`Settings pages on Home Assistant ${haVersion}`, { timeout: 10 * 60_000 }, () => {
  let stack;
  let browser;
  let page;

  before(async () => {
    ensureInstalled(haVersion);
    stack = await startStack({ haVersion }); // a user with no settings yet
    await saveDashboard(stack.conn, [
      { type: CARD_TYPE, title: 'First', provider_id: 'litellm' },
      { type: CARD_TYPE, title: 'Second', provider_id: 'per-model' },
    ]);
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await logIn(page, stack.ha.url, '/ai-chat/settings', 'demo', 'demo');
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const settings = () => page.locator('oacc-settings-page');
  const form = () => page.locator('oacc-provider-form');

  test('adds a provider with one key: models from LiteLLM’s /v1/models, two picked', async () => {
    await settings()
      .getByText(/No provider yet/)
      .waitFor();
    await settings().getByRole('button', { name: 'Add provider' }).click();
    await form().getByRole('textbox', { name: 'Name', exact: true }).fill('LiteLLM');
    await form().getByRole('textbox', { name: 'Base URL' }).fill(`${stack.litellm.url}/v1`);
    await form()
      .getByLabel(/API key \(optional/)
      .fill(stack.litellm.key);
    await form().getByRole('button', { name: 'Load models' }).click();
    const models = form().getByRole('group', { name: 'Models' });
    for (const id of Object.keys(LITELLM_MODELS))
      await models.getByText(id, { exact: true }).waitFor();
    await models.getByText('scripted-slow', { exact: true }).click();
    await form()
      .getByText(/3 models from the provider, fetched now/)
      .waitFor();
    await screenshot(page, 'settings-light-desktop-add');
    await form().getByRole('button', { name: 'Save provider' }).click();
    await settings().getByText('2 models · key saved').waitFor();

    const stored = await userData(stack.conn, SETTINGS_KEY);
    assert.deepEqual(
      stored.providers.map((p) => [p.id, p.auth_mode, p.api_key, p.models.map((m) => m.model_id)]),
      [['litellm', 'global', stack.litellm.key, ['scripted-model', 'scripted-slow']]],
    );
    assert.deepEqual(stored.defaults, { provider_id: 'litellm', model_id: 'scripted-model' });
  });

  test('adds a second provider with a key per model', async () => {
    await settings().getByRole('button', { name: 'Add provider' }).click();
    await form().getByRole('textbox', { name: 'Name', exact: true }).fill('Per model');
    await form().getByRole('textbox', { name: 'Base URL' }).fill(`${stack.litellm.url}/v1`);
    await form().getByRole('radio', { name: 'A key per model' }).check();
    await form().getByRole('textbox', { name: 'Or type a model id' }).fill('scripted-model');
    await form().getByRole('button', { name: 'Add', exact: true }).click();
    await form().getByLabel('API key for scripted-model').fill(stack.litellm.key);
    await form().getByRole('button', { name: 'Save provider' }).click();
    await settings().getByText('1 model · a key per model').waitFor();
    const stored = await userData(stack.conn, SETTINGS_KEY);
    assert.deepEqual(stored.providers[1].models, [
      { model_id: 'scripted-model', api_key: stack.litellm.key },
    ]);
    assert.equal(stored.providers[1].api_key, undefined);
  });

  test('each card answers through the provider it names', async () => {
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    for (const title of ['First', 'Second']) {
      const card = page.locator('openai-compatible-conversation-card').filter({ hasText: title });
      const c = chat(card);
      await c.ask(`Hello from ${title}`);
      await c.answers.last().getByText(`You said: Hello from ${title}`).waitFor();
    }
    const requests = stack.llm.requests.filter((r) => r.path.endsWith('/chat/completions'));
    assert.ok(requests.length >= 2);
  });

  test('edits a provider: renamed, models reloaded, its key kept without retyping it', async () => {
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await settings().getByRole('button', { name: 'Edit LiteLLM' }).click();
    assert.equal(
      await form()
        .getByLabel(/API key \(optional/)
        .inputValue(),
      '',
    );
    await form().getByRole('textbox', { name: 'Name', exact: true }).fill('LiteLLM proxy');
    await form().getByRole('button', { name: 'Reload models' }).click();
    await form()
      .getByText(/fetched now/)
      .waitFor();
    await form().getByRole('button', { name: 'Remove scripted-slow' }).click();
    await form().getByRole('button', { name: 'Save provider' }).click();
    await settings().getByText('LiteLLM proxy', { exact: true }).waitFor();
    const stored = await userData(stack.conn, SETTINGS_KEY);
    assert.equal(stored.providers[0].name, 'LiteLLM proxy');
    assert.equal(stored.providers[0].api_key, stack.litellm.key);
    assert.deepEqual(
      stored.providers[0].models.map((m) => m.model_id),
      ['scripted-model'],
    );
  });

  test('test connection passes every step, then names the fix for a broken base URL', async () => {
    await settings().getByRole('button', { name: 'Edit LiteLLM proxy' }).click();
    const steps = form().getByRole('list', { name: 'Test connection' }).getByRole('listitem');
    const runTest = async () => {
      await form().getByRole('button', { name: 'Test connection' }).click();
      await form().getByRole('button', { name: 'Test connection' }).waitFor(); // not "Testing…"
      await steps.nth(5).waitFor();
    };
    const statuses = () => steps.evaluateAll((items) => items.map((li) => li.className));

    await runTest();
    assert.deepEqual(await statuses(), Array(6).fill('ok'));
    await steps.filter({ hasText: 'scripted-model answered.' }).waitFor();

    // Broken: the base URL misses LiteLLM's API path (LiteLLM answers /v1/… and /…, not /api/…).
    await form().getByRole('textbox', { name: 'Base URL' }).fill(`${stack.litellm.url}/api`);
    await runTest();
    assert.deepEqual(await statuses(), ['ok', 'ok', 'ok', 'ok', 'fail', 'skipped']);
    await steps
      .filter({ hasText: 'Model list (/models)' })
      .getByText('Does the base URL end in /v1?', { exact: false })
      .waitFor();
    await screenshot(page, 'settings-light-desktop-diagnosis');

    // Cancelled: nothing of the broken address is stored.
    await form().getByRole('button', { name: 'Cancel' }).click();
    const stored = await userData(stack.conn, SETTINGS_KEY);
    assert.equal(stored.providers[0].base_url, `${stack.litellm.url}/v1`);
  });

  test('the keys are in this user’s data and nowhere else: not the page, not the dashboard', async () => {
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes(stack.litellm.key));
    const html = await settings().evaluate((el) => el.shadowRoot.innerHTML);
    assert.ok(!html.includes(stack.litellm.key), 'no key in the settings page’s DOM');
    const lovelace = await stack.conn.sendMessagePromise({
      type: 'lovelace/config',
      url_path: DASHBOARD_PATH,
    });
    assert.ok(!JSON.stringify(lovelace).includes(stack.litellm.key));
  });

  test('removing a provider: the card that named it says so', async () => {
    await settings().getByRole('button', { name: 'Remove Per model' }).click();
    await settings().getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await settings()
      .getByRole('button', { name: 'Remove Per model' })
      .waitFor({ state: 'detached' });
    const stored = await userData(stack.conn, SETTINGS_KEY);
    assert.deepEqual(
      stored.providers.map((p) => p.id),
      ['litellm'],
    );
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const second = page
      .locator('openai-compatible-conversation-card')
      .filter({ hasText: 'Second' });
    await chat(second)
      .alert.getByText(/uses the provider “per-model”, which is no longer/)
      .waitFor();
  });
  test('the card switched to another provider in its editor answers again', async () => {
    await openCardEditor(page, 'Second');
    const editor = page.locator('openai-compatible-conversation-card-editor');
    await editor
      .getByRole('combobox', { name: /^Provider/ })
      .selectOption({ label: 'LiteLLM proxy' });
    await editor.getByRole('combobox', { name: /^Model/ }).selectOption('scripted-model');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click();

    const lovelace = await stack.conn.sendMessagePromise({
      type: 'lovelace/config',
      url_path: DASHBOARD_PATH,
    });
    const second = lovelace.views[0].cards.find((c) => c.title === 'Second');
    assert.equal(second.provider_id, 'litellm');
    assert.equal(second.model_id, 'scripted-model');
    assert.ok(!JSON.stringify(lovelace).includes(stack.litellm.key));

    const card = page.locator('openai-compatible-conversation-card').filter({ hasText: 'Second' });
    await chat(card).alert.waitFor({ state: 'detached' });
    await chat(card).ask('Hello again');
    await chat(card).answers.last().getByText('You said: Hello again').waitFor();
  });
});
