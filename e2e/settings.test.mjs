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
  conversationKey,
  ensureInstalled,
  launchChromium,
  logIn,
  newContext,
  openCardEditor,
  screenshot,
  storedData,
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
  /** The first provider as stored, once `saved` says the last Save has arrived (10 s at most). */
  const storedProvider = async (saved) => {
    for (let tries = 0; ; tries++) {
      const provider = (await userData(stack.conn, SETTINGS_KEY)).providers[0];
      if (saved(provider) || tries === 50) return provider;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  /** Waits until the last answer has ended, as a reader sees it: its usage under it. */
  const finished = (c) =>
    c.answers
      .last()
      .getByText(/^[\d,]+ in · [\d,]+ out/)
      .waitFor();
  /** A model's part of the provider form. */
  const model = (id) =>
    form()
      .getByRole('list', { name: 'Models of this provider' })
      .getByRole('listitem')
      .filter({ has: page.getByText(id, { exact: true }) });

  test('adds a provider with one key: models from LiteLLM’s /v1/models, two picked; context and vision from its /model/info', async () => {
    await settings()
      .getByText(/No provider yet/)
      .waitFor();
    await settings().getByRole('button', { name: 'Add provider' }).click();
    await form().getByRole('textbox', { name: 'Name', exact: true }).fill('LiteLLM');
    await form().getByRole('textbox', { name: 'Base URL' }).fill(`${stack.litellm.url}/v1`);
    // Not on LiteLLM's usual port 4000: the user says which server it is.
    await form().getByRole('combobox', { name: 'Server' }).selectOption('litellm');
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

    const stored = await storedData(stack.conn, SETTINGS_KEY, (s) =>
      assert.deepEqual(
        s.providers.map((p) => [p.id, p.auth_mode, p.api_key, p.models.map((m) => m.model_id)]),
        [['litellm', 'global', stack.litellm.key, ['scripted-model', 'scripted-slow']]],
      ),
    );
    assert.deepEqual(stored.defaults, { provider_id: 'litellm', model_id: 'scripted-model' });
    // LiteLLM's /model/info, as its config says: kept with the model list, shown in the form.
    const { context, vision } = stored.providers[0].model_cache;
    assert.equal(context['scripted-model'], 100000);
    assert.equal(vision['scripted-model'], true);
    await settings().getByRole('button', { name: 'Edit LiteLLM' }).click();
    assert.equal(
      await form()
        .getByRole('spinbutton', { name: 'Context length (tokens)' })
        .first()
        .getAttribute('placeholder'),
      '100000',
    );
    await form().getByRole('button', { name: 'Cancel' }).click();
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
    const stored = await storedData(stack.conn, SETTINGS_KEY, (s) =>
      assert.deepEqual(s.providers[1]?.models, [
        { model_id: 'scripted-model', api_key: stack.litellm.key },
      ]),
    );
    assert.equal(stored.providers[1].api_key, undefined);
  });

  test('each card answers through the provider it names', async () => {
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    for (const title of ['First', 'Second']) {
      const card = page.locator('openai-compatible-conversation-card').filter({ hasText: title });
      const c = chat(card);
      await c.ask(`Hello from ${title}`);
      await c.answers.last().getByText(`You said: Hello from ${title}`).waitFor();
      await finished(c);
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
    const stored = await storedData(stack.conn, SETTINGS_KEY, (s) =>
      assert.equal(s.providers[0].name, 'LiteLLM proxy'),
    );
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
    await storedData(stack.conn, SETTINGS_KEY, (s) =>
      assert.deepEqual(
        s.providers.map((p) => p.id),
        ['litellm'],
      ),
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
    await finished(chat(card));
  });
  test('Usage: per answer, per model and day the sum of the answers; the prices give the cost; a budget passed is said', async () => {
    // Prices for the model behind LiteLLM and a small monthly budget, then one more answer
    // priced with them.
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await settings().getByRole('button', { name: 'Edit LiteLLM proxy' }).click();
    await model('scripted-model').getByLabel('Price per million tokens in (US$)').fill('1000');
    await model('scripted-model').getByLabel('Price per million tokens out (US$)').fill('2000');
    await form().getByLabel('Monthly budget (US$)').fill('0.01');
    await form().getByRole('button', { name: 'Save provider' }).click();
    await settings().getByText('LiteLLM proxy', { exact: true }).waitFor();
    const litellmSettings = await storedProvider((p) => p.budget_monthly !== undefined);
    const prices = litellmSettings.models[0];
    assert.deepEqual([prices.price_input, prices.price_output], [1000, 2000]);
    assert.equal(litellmSettings.budget_monthly, 0.01);

    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const card = page.locator('openai-compatible-conversation-card').filter({ hasText: 'First' });
    await chat(card).ask('A priced question');
    const last = chat(card).answers.last();
    await last.getByText('You said: A priced question').waitFor();
    // Each answer says what it used: LiteLLM reports real usage, so nothing is estimated.
    await last.getByText(/^\d+ in · \d+ out · \$\d/).waitFor();
    // That answer took the month past the budget: the card says so once, until dismissed.
    const passed = card.getByRole('status').filter({
      hasText:
        /^LiteLLM proxy has cost \$[\d.]+ this month, more than its monthly budget of \$0\.010\.$/,
    });
    await passed.waitFor();
    await passed.getByRole('button', { name: 'Dismiss' }).click();
    await passed.waitFor({ state: 'detached' });

    // What every stored answer used, per provider and model (the last is stored in a moment).
    let all;
    let answers = [];
    let assistants = [];
    const read = async () => {
      all = (await stack.conn.sendMessagePromise({ type: 'frontend/get_user_data' })).value;
      assistants = Object.entries(all)
        .filter(([key]) => key.startsWith(conversationKey('')))
        .flatMap(([, doc]) => doc.messages)
        .filter((m) => m.role === 'assistant' && m.status === 'complete');
      answers = assistants.filter((m) => m.usage);
    };
    const stored = () => assistants.length >= 3 && answers.length === assistants.length;
    for (let tries = 0; tries < 50 && !stored(); tries++) {
      if (tries) await new Promise((r) => setTimeout(r, 200));
      await read();
    }
    assert.ok(
      stored(),
      `every answer so far with its usage (${answers.length} of ${assistants.length})`,
    );
    // The ledger gets them in one write (within 30 s), or at once when the page is left or Usage
    // is opened: here, both.
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    const counted = () => Object.keys(all?.['openai_compatible_conversation.usage']?.entries ?? {});
    for (let tries = 0; tries < 50 && counted().length !== answers.length; tries++) {
      if (tries) await new Promise((r) => setTimeout(r, 200));
      await read();
    }
    assert.equal(counted().length, answers.length, 'every answer counted in the ledger');
    assert.ok(answers.every((m) => !m.usage.estimated && m.usage.prompt_tokens > 0));
    const sum = (list, f) => list.reduce((n, m) => n + f(m), 0);
    const byModel = new Map();
    for (const m of answers) {
      const key = `${m.provider_id}/${m.model}`;
      byModel.set(key, [...(byModel.get(key) ?? []), m]);
    }
    // The ledger counts the same, entry by entry for this week.
    const ledger = all['openai_compatible_conversation.usage'];
    const entries = Object.values(ledger.entries);
    const today = entries[0].day;
    for (const [key, list] of byModel) {
      const counted = entries.filter((e) => e.key === key);
      assert.equal(counted.length, list.length, key);
      assert.equal(
        sum(counted, (e) => e.prompt),
        sum(list, (m) => m.usage.prompt_tokens),
        key,
      );
      assert.ok(counted.every((e) => e.day === today));
    }
    const priced = answers.filter((m) => m.usage.priced);
    assert.equal(priced.length, 1);
    const { prompt_tokens: pin, completion_tokens: pout, cost } = priced[0].usage;
    assert.equal(cost, (pin * 1000 + pout * 2000) / 1e6);

    // The usage page shows the same totals.
    const usage = page.locator('oacc-usage-page');
    const row = usage.getByRole('row', { name: /^LiteLLM proxy · scripted-model/ });
    const litellm = byModel.get('litellm/scripted-model');
    await row.waitFor();
    const n = (x) => x.toLocaleString('en-US');
    // As the card writes dollars: as many digits as a small amount needs.
    const usd = (x) => `$${x.toFixed(x >= 1 ? 2 : x >= 0.01 ? 3 : 4)}`;
    assert.deepEqual(await row.getByRole('cell').allInnerTexts(), [
      n(litellm.length),
      n(sum(litellm, (m) => m.usage.prompt_tokens)),
      n(sum(litellm, (m) => m.usage.completion_tokens)),
      usd(cost),
    ]);
    const total = usage.getByRole('row', { name: /^Total/ });
    assert.equal(
      (await total.getByRole('cell').allInnerTexts())[1],
      n(sum(answers, (m) => m.usage.prompt_tokens)),
    );
    await usage
      .getByRole('alert')
      .getByText(
        `LiteLLM proxy has cost ${usd(cost)} this month, more than its monthly budget of $0.010.`,
      )
      .waitFor();
    await usage.getByRole('img', { name: 'Tokens per day and model, last 30 days' }).waitFor();
    await screenshot(page, 'usage');
  });

  test('Context: with a small context length set, a long conversation still answers; the oldest messages are left out and the user is told', async () => {
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await settings().getByRole('button', { name: 'Edit LiteLLM proxy' }).click();
    await model('scripted-model').getByLabel('Context length (tokens)').fill('2000');
    await form().getByRole('button', { name: 'Save provider' }).click();
    await settings().getByText('LiteLLM proxy', { exact: true }).waitFor();
    const stored = (await storedProvider((p) => p.models[0].context_length)).models[0];
    assert.equal(stored.context_length, 2000);

    // A fresh conversation on the card: three long answers, then the model says what reached it.
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const card = page.locator('openai-compatible-conversation-card').filter({ hasText: 'First' });
    await card.getByRole('button', { name: 'New conversation', exact: true }).click();
    for (let i = 0; i < 3; i++) {
      await chat(card).ask('markdown 1200');
      await chat(card).answers.nth(i).getByText('And that is the end of the answer.').waitFor();
    }
    await chat(card).ask('How many messages did you get?');
    const said = chat(card)
      .answers.nth(3)
      .getByText(/^I received \d+ messages: system, user/);
    await said.waitFor();
    const got = Number(/I received (\d+)/.exec(await said.innerText())[1]);
    // Without a limit: the system prompt, the last five earlier messages (Context messages) and
    // the question.
    const all = 1 + 5 + 1;
    assert.ok(got < all, `the model got ${got} of ${all} messages`);
    await card
      .getByRole('status')
      .getByText(`Earlier messages left out to fit the model’s context: ${all - got}`)
      .waitFor();
    const meter = card.getByRole('meter', { name: 'Context' });
    assert.equal(await meter.getAttribute('aria-valuemax'), '2000');
    await card.getByText(/^Context: [\d,]+ of 2,000 tokens$/).waitFor();
    await screenshot(page, 'card-light-desktop-context');
  });
});
