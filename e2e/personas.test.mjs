// End to end: personas and quick prompts. A real Home Assistant (its demo house), a real LiteLLM in
// front of the scripted model, Debian's Chromium. What a persona and a quick prompt send is read
// from what reached the model; a script a chip runs, from Home Assistant's states.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { exposeDemoHouse } from './stack/house.mjs';
import { CARD_TYPE, DASHBOARD_PATH, saveDashboard, startStack } from './stack/stack.mjs';
import {
  chat,
  ensureInstalled,
  launchChromium,
  logIn,
  newContext,
  screenshot,
  see,
  sentWhile,
  systemOf,
  storedData,
} from './helpers.mjs';

const haVersion = HA_VERSION;
const DASHBOARD = `/${DASHBOARD_PATH}/chat`;
const SETTINGS_KEY = 'openai_compatible_conversation';

describe(
  `Personas and quick prompts on Home Assistant ${haVersion}`,
  { timeout: 10 * 60_000 },
  () => {
    let stack;
    let browser;
    let page;

    const stateOf = async (id) =>
      (await stack.conn.sendMessagePromise({ type: 'get_states' })).find((s) => s.entity_id === id)
        ?.state;
    async function until(what, check, ms = 15_000) {
      const end = Date.now() + ms;
      while (!(await check())) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    before(async () => {
      ensureInstalled(haVersion);
      stack = await startStack({ haVersion, settings: true });
      await exposeDemoHouse(stack.conn);
      await stack.conn.sendMessagePromise({
        type: 'homeassistant/expose_entity',
        assistants: ['conversation'],
        entity_ids: ['script.good_night'],
        should_expose: true,
      });
      browser = await launchChromium();
      page = await (await newContext(browser)).newPage();
      await logIn(page, stack.ha.url, '/ai-chat', 'demo', 'demo');
    });

    after(async () => {
      await browser?.close();
      await stack?.stop();
    });

    const panel = () => page.locator('openai-compatible-conversation-panel');
    const card = () => page.locator('openai-compatible-conversation-card');
    const questionOf = (body) => body.messages.findLast((m) => m.role === 'user')?.content;
    /** Does `act` (a question asked, a prompt picked) and waits for its answer to be done. */
    async function answerTo(scope, act) {
      const c = chat(scope);
      const before = await c.answers.count();
      await act();
      await see(
        c.answers.nth(before).getByText(/^(You said|Done|Good night|\S+: (done|not run)\.)/),
        scope,
      );
      await c.send.waitFor();
    }
    async function newConversation() {
      await page.goto(`${stack.ha.url}/ai-chat`);
      await panel().getByRole('button', { name: 'New conversation', exact: true }).click();
      await panel().getByText('Say hello to start a conversation.').waitFor();
    }
    const section = (name) => page.getByRole('region', { name });

    test('a persona made in Settings → Personas: its prompt (rendered), model and scope reach the provider, and its conversation keeps it', async () => {
      await page.goto(`${stack.ha.url}/ai-chat/settings`);
      const personas = section('Personas');
      await personas.getByText('These are the built-in ones').waitFor();
      await personas.getByRole('button', { name: 'Add persona' }).click();
      await personas.getByLabel('Name').fill('Butler');
      await personas.getByLabel('Icon (an emoji)').fill('🎩');
      await personas
        .getByLabel('System prompt')
        .fill('You are a butler. It is {{ 6 * 7 }} past the hour.');
      await personas
        .getByRole('combobox', { name: 'Model' })
        .selectOption({ label: 'LiteLLM — scripted-slow' });
      await personas.getByLabel(/^Only these domains/).fill('light');
      await personas.getByRole('button', { name: 'Save' }).click();
      const stored = await storedData(stack.conn, SETTINGS_KEY, (s) =>
        assert.ok(s.personas?.some((p) => p.name === 'Butler')),
      );
      assert.deepEqual(
        stored.personas.map((p) => p.id).slice(0, 3),
        ['home', 'energy', 'kids'],
        'the built-in ones kept as the user’s',
      );
      await personas.getByRole('list', { name: 'Personas' }).getByText('🎩 Butler').waitFor();
      await personas.scrollIntoViewIfNeeded();
      await screenshot(page, 'personas-page');

      await newConversation();
      await panel().getByRole('combobox', { name: 'Persona' }).selectOption({ label: '🎩 Butler' });
      const c = chat(panel());
      const [body] = await sentWhile(stack, async () => {
        await answerTo(panel(), () => c.ask('Which lights are there?'));
      });
      // The persona's model: LiteLLM's scripted-slow, its answers paced.
      assert.match(body.path, /\/chunk-delay-60\//);
      const system = systemOf(body);
      assert.ok(
        system.startsWith('You are a butler. It is 42 past the hour.'),
        system.slice(0, 80),
      );
      assert.ok(system.includes('light.kitchen_lights'), 'a light is in scope');
      assert.ok(!system.includes('lock.front_door'), 'the lock is not');
      await panel().getByText('Persona: 🎩 Butler').waitFor();
      await screenshot(page, 'persona-conversation');

      // The conversation keeps it, after a reload too.
      await page.reload();
      await panel().getByText('Persona: 🎩 Butler').waitFor();
      const [again] = await sentWhile(stack, async () => {
        await answerTo(panel(), () => c.ask('And now?'));
      });
      assert.match(again.path, /\/chunk-delay-60\//);
      assert.ok(systemOf(again).startsWith('You are a butler.'));
    });

    test('"/" in the message box finds a saved prompt and sends it rendered', async () => {
      await page.goto(`${stack.ha.url}/ai-chat/settings`);
      const prompts = section('Quick prompts');
      await prompts.getByRole('button', { name: 'Add quick prompt' }).click();
      await prompts.getByLabel('Label').fill('Answer');
      await prompts.getByLabel('Text sent').fill('What is {{ 6 * 7 }}?');
      await prompts.getByRole('button', { name: 'Save' }).click();
      await storedData(stack.conn, SETTINGS_KEY, (s) =>
        assert.ok(s.quick_prompts?.some((p) => p.label === 'Answer')),
      );

      await newConversation();
      const c = chat(panel());
      await c.textbox.fill('/answ');
      const list = panel().getByRole('listbox', { name: 'Quick prompts' });
      await list.getByRole('option', { name: /Answer/ }).waitFor();
      assert.equal(await list.getByRole('option').count(), 1);
      await screenshot(page, 'quick-prompt-slash');
      const [body] = await sentWhile(stack, async () => {
        await answerTo(panel(), () => c.textbox.press('Enter'));
      });
      assert.equal(questionOf(body), 'What is 42?');
      await c.answers.first().getByText('What is 42?').waitFor();
      assert.equal(await c.textbox.inputValue(), '');

      // Keyboard only: "/", arrows, Escape closes the list and leaves the text.
      await c.textbox.fill('/');
      await list.getByRole('option').first().waitFor();
      await c.textbox.press('ArrowDown');
      assert.equal(await list.getByRole('option').nth(1).getAttribute('aria-selected'), 'true');
      await c.textbox.press('Escape');
      await list.waitFor({ state: 'detached' });
      assert.equal(await c.textbox.inputValue(), '/');
    });

    test('a chip on the card sends its prompt with one tap; a script chip runs the script without a model', async () => {
      await page.goto(`${stack.ha.url}/ai-chat/settings`);
      const prompts = section('Quick prompts');
      await prompts.getByRole('button', { name: 'Add quick prompt' }).click();
      await prompts.getByLabel('Label').fill('Lights out');
      await prompts.getByLabel(/^Or run this script/).fill('script.good_night');
      await prompts.getByRole('button', { name: 'Save' }).click();
      const settings = await storedData(stack.conn, SETTINGS_KEY, (s) =>
        assert.ok(s.quick_prompts?.some((p) => p.script === 'script.good_night')),
      );
      const script = settings.quick_prompts.find((p) => p.script).id;
      await saveDashboard(stack.conn, [
        { type: CARD_TYPE, title: 'Assistant', quick_prompts: ['whats-open', script] },
      ]);
      await stack.conn.sendMessagePromise({
        type: 'call_service',
        domain: 'light',
        service: 'turn_on',
        target: { entity_id: 'light.kitchen_lights' },
      });
      await until(
        'the kitchen light on',
        async () => (await stateOf('light.kitchen_lights')) === 'on',
      );

      await page.goto(`${stack.ha.url}${DASHBOARD}`);
      const chips = card().getByRole('group', { name: 'Quick prompts' });
      const [body] = await sentWhile(stack, async () => {
        await answerTo(card(), () => chips.getByRole('button', { name: 'What’s open?' }).click());
      });
      assert.equal(questionOf(body), 'Which doors, windows and covers are open right now?');
      assert.ok(systemOf(body).startsWith('You are the assistant of this home.'), 'its persona');
      await screenshot(page, 'quick-prompt-chips');

      const before = stack.llm.requests.length;
      await chips.getByRole('button', { name: 'Lights out' }).click();
      await see(chat(card()).answers.last().getByText('Lights out: done.'), card());
      await until(
        'the kitchen light off',
        async () => (await stateOf('light.kitchen_lights')) === 'off',
      );
      assert.equal(stack.llm.requests.length, before, 'no model was asked');
      await card().locator('oacc-tool-call').last().getByText('Ran Good night').waitFor();
    });
  },
);
