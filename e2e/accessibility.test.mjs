// End to end: accessibility by audit (axe-core) on the card, the panel with a conversation that
// holds a tool call and an error, the card editor and the settings pages, in the light and the
// dark theme — no serious or critical violation in our elements — and a whole turn, an approved
// tool call and the settings reached with the keyboard alone.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { exposeDemoHouse } from './stack/house.mjs';
import { DASHBOARD_PATH, SETTINGS_KEY, liteLLMSettings, startStack } from './stack/stack.mjs';
import { chat, openCardEditor, ensureInstalled, launchChromium, newContext } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DASHBOARD = `/${DASHBOARD_PATH}/chat`;
/** Our elements: violations elsewhere on the page are Home Assistant's. */
const OURS = /openai-compatible-conversation|oacc-/;

describe(`Accessibility on Home Assistant ${HA_VERSION}`, { timeout: 20 * 60_000 }, () => {
  let stack;
  let browser;

  before(async () => {
    ensureInstalled(HA_VERSION);
    stack = await startStack({ dashboard: true });
    await exposeDemoHouse(stack.conn);
    // LiteLLM, and the scripted model reached directly, slow to its first byte: time to look at
    // the dots that say an answer is on its way.
    const settings = liteLLMSettings(stack.litellm.url, stack.litellm.key);
    settings.providers.push({
      id: 'slow',
      name: 'Slow',
      base_url: `${stack.llm.url}/slow-first-byte-2500/v1`,
      auth_mode: 'global',
      timeout_s: 30,
      models: [{ model_id: 'scripted-model' }],
    });
    await stack.conn.sendMessagePromise({
      type: 'frontend/set_user_data',
      key: SETTINGS_KEY,
      value: settings,
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function userPage({ dark = false, reducedMotion = false } = {}) {
    const context = await newContext(browser, { dark });
    await context.addInitScript(
      (tokens) => localStorage.setItem('hassTokens', JSON.stringify(tokens)),
      stack.owner.tokens,
    );
    const page = await context.newPage();
    if (reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
    return page;
  }

  /** axe-core over the page; the serious and critical violations in our elements. */
  async function audit(page, what) {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        resultTypes: ['violations'],
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.flat().join(' > '),
          html: n.html.slice(0, 160),
          why: n.failureSummary?.split('\n').slice(1).join(' ').slice(0, 200),
        })),
      }));
    });
    const ours = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => OURS.test(n.target)) }))
      .filter((v) => v.nodes.length);
    assert.deepEqual(ours, [], `${what}: ${JSON.stringify(ours, null, 2)}`);
  }

  for (const dark of [false, true]) {
    const theme = dark ? 'dark' : 'light';

    test(`the card with an answer (${theme})`, async () => {
      const page = await userPage({ dark });
      await page.goto(`${stack.ha.url}${DASHBOARD}`);
      const c = chat(page.locator('openai-compatible-conversation-card'));
      await c.ask(`Hello in the ${theme} theme`);
      await c.answers.last().getByText(`You said: Hello in the ${theme} theme`).waitFor();
      await c.send.waitFor();
      await audit(page, `card, ${theme}`);
      await page.context().close();
    });

    test(`a drafted automation, one Home Assistant refused and one to save (${theme})`, async () => {
      const page = await userPage({ dark });
      await page.goto(`${stack.ha.url}${DASHBOARD}`);
      const card = page.locator('openai-compatible-conversation-card');
      const c = chat(card);
      // The dark run goes on in the light run's conversation: this turn's drafts come after.
      const drafts = card.locator('oacc-automation-draft');
      const before = await drafts.count();
      await c.ask(
        'When the front door is unlocked after sunset, turn on the entrance lights, with a typo in the trigger',
      );
      await drafts
        .nth(before + 1)
        .getByRole('button', { name: 'Discard' })
        .waitFor();
      await c.answers.last().getByText('press Save to keep it').waitFor();
      await c.send.waitFor();
      await drafts
        .nth(before + 1)
        .getByText('YAML', { exact: true })
        .click();
      await audit(page, `automation drafts, ${theme}`);
      await page.context().close();
    });

    test(`the panel with a tool call and an error (${theme})`, async () => {
      const page = await userPage({ dark });
      await page.goto(`${stack.ha.url}/ai-chat`);
      const panel = page.locator('openai-compatible-conversation-panel');
      const c = chat(panel);
      await panel.getByRole('button', { name: 'New conversation', exact: true }).click();
      await c.ask('Turn on the kitchen light');
      await panel.locator('oacc-tool-call').first().getByText('Turned on Kitchen Lights').waitFor();
      await c.send.waitFor();
      await panel
        .getByRole('combobox', { name: 'Model' })
        .selectOption('litellm\u0000scripted-broken');
      await c.ask('This one fails');
      await c.alert.waitFor({ timeout: 30_000 });
      await audit(page, `panel, ${theme}`);
      await page.context().close();
    });

    test(`a new conversation: its persona, memory and the quick prompts behind "/" (${theme})`, async () => {
      const page = await userPage({ dark });
      await page.goto(`${stack.ha.url}/ai-chat`);
      const panel = page.locator('openai-compatible-conversation-panel');
      await panel.getByRole('button', { name: 'New conversation', exact: true }).click();
      await panel.getByRole('combobox', { name: 'Persona' }).waitFor();
      await panel.getByRole('button', { name: 'Use memory' }).waitFor();
      await chat(panel).textbox.fill('/');
      await panel
        .getByRole('listbox', { name: 'Quick prompts' })
        .getByRole('option')
        .first()
        .waitFor();
      await audit(page, `new conversation, ${theme}`);
      await page.context().close();
    });

    test(`the card editor and the settings pages (${theme})`, async () => {
      const page = await userPage({ dark });
      await page.goto(`${stack.ha.url}${DASHBOARD}`);
      await openCardEditor(page);
      await page
        .locator('openai-compatible-conversation-card-editor')
        .getByRole('combobox', { name: /^Provider/ })
        .waitFor();
      // The scope's pickers list the user's own entities, named and drawn as Home Assistant
      // draws them; the audit runs with a list open.
      const editor = page.locator('openai-compatible-conversation-card-editor');
      await editor.getByRole('combobox', { name: 'Only these entities' }).fill('kitchen');
      const option = editor.getByRole('option', { name: /Kitchen Lights/ });
      await option.getByText('light.kitchen_lights').waitFor();
      await option.locator('ha-state-icon ha-svg-icon, ha-state-icon ha-icon').first().waitFor();
      await audit(page, `card editor, ${theme}`);
      // "Kitchen" alone matches the kitchen's media player first; more words narrow it.
      await page.keyboard.type(' lights');
      await editor
        .getByRole('listbox', { name: 'Only these entities' })
        .getByRole('option')
        .nth(1)
        .waitFor({ state: 'detached' });
      await page.keyboard.press('Enter');
      await editor.getByRole('button', { name: 'Remove Kitchen Lights' }).waitFor();
      // Taken in the editor, not saved: Enter in the list never reaches the dialog's Save.
      assert.equal(await page.locator('hui-dialog-edit-card').count(), 1);
      const saved = await stack.conn.sendMessagePromise({
        type: 'lovelace/config',
        url_path: DASHBOARD_PATH,
      });
      assert.equal(saved.views[0].cards[0].scope, undefined);
      await page.goto(`${stack.ha.url}/ai-chat/settings`);
      const settings = page.locator('oacc-settings-page');
      await settings.getByRole('button', { name: 'Edit LiteLLM' }).click();
      await settings.getByRole('button', { name: 'Test connection' }).click();
      await settings.getByRole('list', { name: 'Test connection' }).locator('li').nth(5).waitFor();
      await audit(page, `settings, ${theme}`);
      await page.context().close();
    });
  }

  test('by keyboard alone: a whole turn, an approved tool call, and the settings', async () => {
    const page = await userPage();
    await page.goto(`${stack.ha.url}/ai-chat`);
    const panel = page.locator('openai-compatible-conversation-panel');
    const c = chat(panel);
    await c.textbox.waitFor();
    // "/" puts the keyboard in the message box; Alt+Shift+N starts a new conversation and
    // leaves it there.
    await page.keyboard.press('Slash');
    assert.equal(await c.textbox.evaluate((t) => t.matches(':focus')), true, '"/" to the box');
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.type('Hello by keyboard');
    await page.keyboard.press('Enter');
    await c.answers.last().getByText('You said: Hello by keyboard').waitFor();
    await c.send.waitFor();
    await page.keyboard.type('Please unlock the front door');
    await page.keyboard.press('Enter');
    const approve = panel.getByRole('button', { name: 'Approve' });
    await approve.waitFor();
    // Tab from the message box to Approve, as a keyboard user does.
    for (let i = 0; i < 40 && !(await approve.evaluate((b) => b.matches(':focus'))); i++)
      await page.keyboard.press('Shift+Tab');
    assert.equal(
      await approve.evaluate((b) => b.matches(':focus')),
      true,
      'Approve reached by Tab',
    );
    await page.keyboard.press('Enter');
    await c.answers
      .last()
      .getByText(/Done: .*unlocked/)
      .waitFor();
    // On to the settings.
    const gear = panel.getByRole('button', { name: 'Settings' });
    for (let i = 0; i < 80 && !(await gear.evaluate((b) => b.matches(':focus'))); i++)
      await page.keyboard.press('Shift+Tab');
    assert.equal(await gear.evaluate((b) => b.matches(':focus')), true, 'Settings reached by Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ai-chat\/settings/);
    await page
      .locator('oacc-settings-page')
      .getByRole('button', { name: 'Add provider' })
      .waitFor();
    await page.context().close();
  });

  test('the thinking dots stand still for someone who asked for less motion', async () => {
    /** Our running animations while an answer is awaited (a provider slow to its first byte). */
    async function animationsWhileThinking(reducedMotion) {
      const page = await userPage({ reducedMotion });
      await page.goto(`${stack.ha.url}/ai-chat`);
      const panel = page.locator('openai-compatible-conversation-panel');
      const c = chat(panel);
      await panel.getByRole('button', { name: 'New conversation', exact: true }).click();
      await panel.getByRole('combobox', { name: 'Model' }).selectOption('slow\u0000scripted-model');
      await c.ask('Hello, slowly');
      await panel.getByRole('img', { name: 'Thinking' }).waitFor();
      const running = await page.evaluate(() => {
        // Our shadow roots, however deep, and the animations running in each.
        let count = 0;
        const visit = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (!el.shadowRoot) continue;
            if (/^(oacc-|openai-compatible)/.test(el.localName))
              count += el.shadowRoot
                .getAnimations()
                .filter((a) => a.playState === 'running').length;
            visit(el.shadowRoot);
          }
        };
        visit(document);
        return count;
      });
      await c.answers.last().getByText('You said: Hello, slowly').waitFor();
      await page.context().close();
      return running;
    }
    assert.ok((await animationsWhileThinking(false)) > 0, 'the dots move by default');
    assert.equal(await animationsWhileThinking(true), 0);
  });
});
