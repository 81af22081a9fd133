// End to end: the user's memory. A real Home Assistant, a real LiteLLM in front of the scripted
// model (which calls `remember` when told "remember that …", and answers from the facts its system
// prompt carries), Debian's Chromium. What the model was sent is read from what reached the
// scripted model; what is kept, from Home Assistant's user data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { CARD_TYPE, DASHBOARD_PATH, saveDashboard, startStack } from './stack/stack.mjs';
import {
  chat,
  ensureInstalled,
  launchChromium,
  logIn,
  newContext,
  newestMessages,
  screenshot,
  see,
  sentWhile,
  systemOf,
  storedData,
} from './helpers.mjs';

const haVersion = HA_VERSION;
const DASHBOARD = `/${DASHBOARD_PATH}/chat`;
const MEMORY_KEY = 'openai_compatible_conversation.memory';
const KIDS = 'the kids go to bed at 8';

describe(`Memory on Home Assistant ${haVersion}`, { timeout: 10 * 60_000 }, () => {
  let stack;
  let browser;
  let page;

  before(async () => {
    ensureInstalled(haVersion);
    stack = await startStack({ haVersion, settings: true });
    await saveDashboard(stack.conn, [{ type: CARD_TYPE, title: 'Assistant' }]);
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await logIn(page, stack.ha.url, DASHBOARD, 'demo', 'demo');
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const card = (p = page) => p.locator('openai-compatible-conversation-card');
  const panel = (p = page) => p.locator('openai-compatible-conversation-panel');
  /** The facts stored, forgotten ones apart, once `check` passes on them. */
  const facts = (check) =>
    storedData(stack.conn, MEMORY_KEY, (doc) =>
      check((doc?.items ?? []).filter((m) => !m.deleted)),
    ).then((doc) => doc.items.filter((m) => !m.deleted));
  const offered = (body, name) => (body.tools ?? []).some((t) => t.function.name === name);

  async function newPanelConversation(p = page) {
    await p.goto(`${stack.ha.url}/ai-chat`);
    await panel(p).getByRole('button', { name: 'New conversation', exact: true }).click();
    await panel(p).getByText('Say hello to start a conversation.').waitFor();
  }
  async function askInPanel(text, p = page) {
    const c = chat(panel(p));
    const answered = await c.answers.count();
    await c.ask(text);
    await see(c.answers.nth(answered).getByText(/^(You said|I remember|Done)/), panel(p));
    await c.send.waitFor();
  }

  test('"remember that the kids go to bed at 8" keeps it, shown in the conversation and in Settings → Memory', async () => {
    const c = chat(card());
    await c.ask(`remember that ${KIDS}`);
    const row = card().locator('oacc-tool-call').last();
    await see(row.getByText(`Remembered “${KIDS}”`), card());
    await row.getByRole('button', { name: 'Undo' }).waitFor();
    await c.answers
      .last()
      .getByText(/^Done:/)
      .waitFor();
    const [kept] = await facts((f) => assert.equal(f.length, 1));
    assert.equal(kept.text, KIDS);
    assert.equal(kept.by, 'model');
    const [question] = await newestMessages(stack.conn, (m) => assert.ok(m.length >= 2));
    const { conversations } = await storedData(
      stack.conn,
      'openai_compatible_conversation.history',
      () => undefined,
    );
    assert.ok(
      conversations.some((e) => e.id === kept.conversation_id),
      'from its conversation',
    );
    assert.ok(question.content.includes('remember'));
    await screenshot(page, 'memory-row');

    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    const section = page.getByRole('region', { name: 'Memory' });
    await section.getByRole('list', { name: 'Memory' }).getByText(KIDS).waitFor();
    await section.getByText(/remembered in a conversation/).waitFor();
    await section.getByText(/1 of 1 facts fit in 1,500 characters/).waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'memory-page');
  });

  test('a new conversation gets it in its request and answers from it', async () => {
    await newPanelConversation();
    const [body] = await sentWhile(stack, () => askInPanel('When do the kids go to bed?'));
    assert.match(systemOf(body), new RegExp(`- \\[[0-9a-f]{8}\\] ${KIDS}`));
    assert.ok(offered(body, 'remember'));
    await chat(panel()).answers.last().getByText(`I remember: ${KIDS}.`).waitFor();
  });

  test('Undo on the row removes it from the next request; deleting in the Memory page too', async () => {
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const row = card()
      .locator('oacc-tool-call')
      .filter({ hasText: `Remembered “${KIDS}”` });
    await row.getByRole('button', { name: 'Undo' }).click();
    await row.getByText('Undone').waitFor();
    await facts((f) => assert.equal(f.length, 0));
    await newPanelConversation();
    const [body] = await sentWhile(stack, () => askInPanel('When do the kids go to bed?'));
    assert.ok(!systemOf(body).includes(KIDS), 'undone: not sent');

    // Added again, then deleted by the user in the Memory page.
    await askInPanel('remember that the car is blue');
    await facts((f) =>
      assert.deepEqual(
        f.map((m) => m.text),
        ['the car is blue'],
      ),
    );
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    const section = page.getByRole('region', { name: 'Memory' });
    await section.getByRole('button', { name: 'Delete: the car is blue' }).click();
    await section.getByText('Deleted “the car is blue”.').waitFor();
    await facts((f) => assert.equal(f.length, 0));
    await newPanelConversation();
    const [next] = await sentWhile(stack, () => askInPanel('What colour is the car?'));
    assert.ok(!systemOf(next).includes('the car is blue'), 'deleted: not sent');
  });

  test('memory off sends none and offers no memory tools; a conversation started without memory sends none', async () => {
    await newPanelConversation();
    await askInPanel(`remember that ${KIDS}`);
    await facts((f) => assert.equal(f.length, 1));

    // A new conversation started without memory: the choice above the message box.
    await newPanelConversation();
    const use = panel().getByRole('button', { name: 'Use memory' });
    assert.equal(await use.getAttribute('aria-pressed'), 'true');
    await use.click();
    assert.equal(await use.getAttribute('aria-pressed'), 'false');
    await screenshot(page, 'memory-new-without');
    const [first] = await sentWhile(stack, () => askInPanel('When do the kids go to bed?'));
    assert.ok(!systemOf(first).includes(KIDS));
    assert.ok(!offered(first, 'remember'));
    await panel().getByText('This conversation does not use your memory.').waitFor();
    const [again] = await sentWhile(stack, () => askInPanel('And when do the kids get up?'));
    assert.ok(!systemOf(again).includes(KIDS), 'the conversation keeps its choice');
    const [question] = await newestMessages(stack.conn, (m) => assert.ok(m.length >= 4));
    assert.equal(question.no_memory, true);

    // Memory off for every conversation, in Settings → Memory.
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    const section = page.getByRole('region', { name: 'Memory' });
    await section.getByRole('checkbox', { name: 'Use memory in conversations' }).uncheck();
    await storedData(stack.conn, MEMORY_KEY, (doc) => assert.equal(doc.enabled?.value, false));
    await newPanelConversation();
    assert.equal(await panel().getByRole('button', { name: 'Use memory' }).count(), 0);
    const [off] = await sentWhile(stack, () => askInPanel('When do the kids go to bed?'));
    assert.ok(!systemOf(off).includes(KIDS));
    assert.ok(!offered(off, 'remember'));
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await section.getByRole('checkbox', { name: 'Use memory in conversations' }).check();
    await storedData(stack.conn, MEMORY_KEY, (doc) => assert.equal(doc.enabled?.value, true));
  });

  test('two tabs adding memories at once keep both', async () => {
    const other = await (await newContext(browser)).newPage();
    await logIn(other, stack.ha.url, '/ai-chat', 'demo', 'demo');
    await Promise.all([newPanelConversation(page), newPanelConversation(other)]);
    await Promise.all([
      askInPanel('remember that the office lamp is called desk light', page),
      askInPanel('remember that the cat eats at 7', other),
    ]);
    await facts((f) =>
      assert.deepEqual(
        f.map((m) => m.text).sort(),
        ['the cat eats at 7', 'the office lamp is called desk light', KIDS].sort(),
      ),
    );
    for (const p of [page, other]) {
      await p.goto(`${stack.ha.url}/ai-chat/settings`);
      const list = p.getByRole('region', { name: 'Memory' }).getByRole('list', { name: 'Memory' });
      for (const text of ['the cat eats at 7', 'the office lamp is called desk light', KIDS])
        await list.getByText(text).waitFor();
    }
    await other.setViewportSize({ width: 400, height: 800 });
    await other.getByRole('region', { name: 'Memory' }).scrollIntoViewIfNeeded();
    await screenshot(other, 'memory-page-phone');
    await other.context().close();
  });
});
