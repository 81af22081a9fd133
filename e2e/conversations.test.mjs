// End to end: conversations that live across tabs and survive a restart, the panel's list,
// branches, export and import, in a real Home Assistant (newest release, or HA_VERSION) with a
// real LiteLLM in front of the scripted model, driven in Chromium by accessible names. Two
// browser contexts of the same user stand for a wall tablet and a phone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { DASHBOARD_PATH, startStack } from './stack/stack.mjs';
import {
  HISTORY_KEY,
  chat,
  conversationKey,
  ensureInstalled,
  launchChromium,
  newContext,
  screenshot,
  userData,
} from './helpers.mjs';

const DASHBOARD = `/${DASHBOARD_PATH}/chat`;
/** Home Assistant pushes user-data changes (frontend/subscribe_user_data) from 2025.6 on. */
const LIVE = !/^(2024\.|2025\.[1-5]\.)/.test(HA_VERSION);

describe(`Conversations on Home Assistant ${HA_VERSION}`, { timeout: 20 * 60_000 }, () => {
  let stack;
  let browser;
  let tablet;
  let phone;

  /** A page of the demo user, logged in with the same tokens (another browser, same account). */
  async function userPage() {
    const context = await newContext(browser);
    await context.addInitScript(
      (tokens) => localStorage.setItem('hassTokens', JSON.stringify(tokens)),
      stack.owner.tokens,
    );
    return context.newPage();
  }

  before(async () => {
    ensureInstalled(HA_VERSION);
    stack = await startStack({ dashboard: true, settings: true });
    browser = await launchChromium();
    tablet = await userPage();
    phone = await userPage();
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const card = (page) => page.locator('openai-compatible-conversation-card');
  const panel = (page) => page.locator('openai-compatible-conversation-panel');
  const index = () => userData(stack.conn, HISTORY_KEY);
  const storedMessages = async (id) =>
    ((await userData(stack.conn, conversationKey(id)))?.messages ?? []).filter((m) => !m.deleted);
  const userQuestions = async (id) =>
    (await storedMessages(id)).filter((m) => m.role === 'user').map((m) => m.content);

  /** Asks and waits for the whole answer (Send is back). */
  async function ask(scope, question) {
    const c = chat(scope);
    await c.ask(question);
    await c.answers.last().getByText(`You said: ${question}`).waitFor();
    await c.send.waitFor();
  }

  /** Retries `check` until it passes: the page shows a change at once and stores it just after. */
  async function eventually(check, ms = 15_000) {
    const end = Date.now() + ms;
    for (;;) {
      try {
        return await check();
      } catch (err) {
        if (Date.now() > end) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  const shows = (scope, text) => chat(scope).messages.getByText(text, { exact: true }).first();

  test('two tabs on the dashboard card ask in turn; each shows the other’s messages; user data holds them in order', async () => {
    await tablet.goto(`${stack.ha.url}${DASHBOARD}`);
    await phone.goto(`${stack.ha.url}${DASHBOARD}`);
    await chat(card(tablet)).textbox.waitFor();
    await chat(card(phone)).textbox.waitFor();

    await ask(card(tablet), 'Tablet asks first');
    // With the push, the phone shows it without a reload; without, after its own next turn.
    if (LIVE) await shows(card(phone), 'Tablet asks first').waitFor();
    await ask(card(phone), 'Phone asks second');
    await shows(card(phone), 'Tablet asks first').waitFor();
    if (LIVE) await shows(card(tablet), 'Phone asks second').waitFor();
    await ask(card(tablet), 'Tablet asks again');
    await shows(card(tablet), 'Phone asks second').waitFor();
    if (LIVE) await shows(card(phone), 'Tablet asks again').waitFor();

    await eventually(async () => {
      const entries = (await index()).conversations;
      assert.equal(entries.length, 1, 'one conversation for the card');
      assert.deepEqual(entries[0].source, {
        kind: 'card',
        key: `card:${DASHBOARD}:Assistant`,
        label: 'AI demo · Assistant',
        path: DASHBOARD,
      });
      const messages = await storedMessages(entries[0].id);
      assert.deepEqual(
        messages.map((m) => [m.role, m.status, m.content.split('\n')[0]]),
        [
          ['user', 'complete', 'Tablet asks first'],
          ['assistant', 'complete', 'You said: **Tablet asks first**'],
          ['user', 'complete', 'Phone asks second'],
          ['assistant', 'complete', 'You said: **Phone asks second**'],
          ['user', 'complete', 'Tablet asks again'],
          ['assistant', 'complete', 'You said: **Tablet asks again**'],
        ],
      );
      // One branch: each message follows the one before it.
      messages.slice(1).forEach((m, i) => assert.equal(m.parent, messages[i].id));
    });
  });

  test('two tabs on the panel ask in turn, each seeing the other’s', async () => {
    await tablet.goto(`${stack.ha.url}/ai-chat`);
    await phone.goto(`${stack.ha.url}/ai-chat`);
    // Both open the newest conversation: the card's, continued here.
    await shows(panel(tablet), 'Tablet asks again').waitFor();
    await shows(panel(phone), 'Tablet asks again').waitFor();
    await ask(panel(phone), 'Phone in the panel');
    if (LIVE) await shows(panel(tablet), 'Phone in the panel').waitFor();
    await ask(panel(tablet), 'Tablet in the panel');
    await shows(panel(tablet), 'Phone in the panel').waitFor();
    if (LIVE) await shows(panel(phone), 'Tablet in the panel').waitFor();
    await eventually(async () => {
      const [entry] = (await index()).conversations;
      assert.deepEqual(await userQuestions(entry.id), [
        'Tablet asks first',
        'Phone asks second',
        'Tablet asks again',
        'Phone in the panel',
        'Tablet in the panel',
      ]);
    });
  });

  test('Home Assistant restarted in the middle of an answer: the question and the answer are both stored', async () => {
    await tablet.goto(`${stack.ha.url}${DASHBOARD}`);
    const c = chat(card(tablet));
    await c.textbox.waitFor();
    await c.ask('long answer 60');
    await c.answers.last().getByText('Paragraph 2:').waitFor();
    await stack.restartHomeAssistant(async () => {
      // The answer goes on (LiteLLM is up); its end cannot be stored yet, and the card says so.
      await c.answers.last().getByText('Paragraph 60:').waitFor({ timeout: 60_000 });
      await card(tablet).getByText('Not saved yet').first().waitFor({ timeout: 30_000 });
      await screenshot(tablet, 'card-light-desktop-not-saved');
    });
    // Home Assistant is back: the tab reconnects and writes what it kept.
    await card(tablet)
      .getByText('Not saved yet')
      .first()
      .waitFor({ state: 'hidden', timeout: 60_000 });
    await eventually(async () => {
      const [entry] = (await index()).conversations;
      const [question, answer] = (await storedMessages(entry.id)).slice(-2);
      assert.equal(question.content, 'long answer 60');
      assert.equal(answer.status, 'complete');
      assert.match(answer.content, /Paragraph 60: the quick brown fox/);
    });
    // And after a reload the page shows it from Home Assistant.
    await tablet.reload();
    await c.answers.last().getByText('Paragraph 60:').waitFor();
  });

  test('the list: new, switch, search, rename, delete and Undo, by their names', async () => {
    const page = tablet;
    await page.goto(`${stack.ha.url}/ai-chat`);
    const p = panel(page);
    const list = p.getByRole('navigation', { name: 'Conversations' });
    await chat(p).textbox.waitFor();
    await p.getByRole('button', { name: 'New conversation', exact: true }).click();
    await ask(p, 'Plan the garden party');
    await list.getByRole('link', { name: /Plan the garden party/ }).waitFor();
    await list.getByRole('link', { name: /AI demo · Assistant/ }).click();
    await shows(p, 'Tablet in the panel').waitFor();

    const search = p.getByRole('searchbox', { name: 'Search conversations' });
    await search.fill('garden');
    await list.getByRole('link', { name: /Plan the garden party/ }).waitFor();
    await list.getByRole('link', { name: /AI demo · Assistant/ }).waitFor({ state: 'hidden' });
    // Found by what was said: only the card's conversation has "Phone asks second".
    await search.fill('phone asks second');
    await list.getByRole('link', { name: /AI demo · Assistant/ }).waitFor();
    await list.getByRole('link', { name: /Plan the garden party/ }).waitFor({ state: 'hidden' });
    await search.fill('');

    await list.getByRole('button', { name: 'Options for Plan the garden party' }).click();
    await p.getByRole('menuitem', { name: 'Rename' }).click();
    const name = p.getByRole('textbox', { name: 'Conversation name' });
    await name.fill('Garden party');
    await name.press('Enter');
    await list.getByRole('link', { name: /^Garden party/ }).waitFor();
    const garden = async () =>
      (await index()).conversations.find((e) => e.title?.value === 'Garden party');
    await eventually(async () => assert.ok(await garden(), 'the new name is stored'));

    await list.getByRole('button', { name: 'Options for Garden party' }).click();
    await p.getByRole('menuitem', { name: 'Delete' }).click();
    await list.getByRole('link', { name: /^Garden party/ }).waitFor({ state: 'hidden' });
    await eventually(async () => assert.equal((await garden()).deleted?.value, true));
    await p.getByRole('button', { name: 'Undo' }).click();
    await list.getByRole('link', { name: /^Garden party/ }).waitFor();
    await eventually(async () => assert.equal((await garden()).deleted?.value, false));
    assert.deepEqual(await userQuestions((await garden()).id), ['Plan the garden party']);
    await screenshot(page, 'panel-light-desktop-list');
  });

  test('Regenerate keeps variants, Edit keeps branches; both stored as siblings', async () => {
    const p = panel(tablet);
    await p.getByRole('button', { name: 'New conversation', exact: true }).click();
    const c = chat(p);
    await c.ask('Surprise me');
    await c.answers
      .last()
      .getByText(/Surprise number \d+\./)
      .waitFor();
    await c.send.waitFor();
    const answer = () =>
      c.answers
        .last()
        .getByText(/Surprise number \d+\./)
        .innerText();
    const first = await answer();
    await p.getByRole('button', { name: 'Regenerate' }).last().click();
    await p.getByLabel('Variant 2 of 2').waitFor();
    await c.send.waitFor();
    const second = await answer();
    assert.notEqual(second, first);
    await p.getByRole('button', { name: 'Previous variant' }).click();
    await p.getByLabel('Variant 1 of 2').waitFor();
    assert.equal(await answer(), first);

    await p.getByRole('button', { name: 'Edit' }).last().click();
    const editor = p.getByRole('textbox', { name: 'Edit message' });
    await editor.fill('Surprise me again');
    await editor.press('Enter');
    await c.answers
      .last()
      .getByText(/Surprise number \d+\./)
      .waitFor();
    await c.send.waitFor();
    await shows(p, 'Surprise me again').waitFor();
    await p.getByRole('button', { name: 'Previous variant' }).first().click();
    await shows(p, 'Surprise me').waitFor();

    await eventually(async () => {
      const entry = (await index()).conversations.toSorted((a, b) =>
        b.created_at.localeCompare(a.created_at),
      )[0];
      const messages = await storedMessages(entry.id);
      const questions = messages.filter((m) => m.role === 'user');
      assert.deepEqual(
        questions.map((m) => m.content),
        ['Surprise me', 'Surprise me again'],
      );
      assert.equal(questions[0].parent, questions[1].parent, 'the edited question is a sibling');
      const answersToFirst = messages.filter((m) => m.parent === questions[0].id);
      assert.equal(answersToFirst.length, 2, 'both answers to the first question are kept');
    });
  });

  test('export as Markdown and JSON (no key), then import merges without duplicates', async () => {
    const page = tablet;
    const p = panel(page);
    const list = p.getByRole('navigation', { name: 'Conversations' });
    const download = async (menuItem) => {
      await list.getByRole('button', { name: 'Options for Garden party' }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        p.getByRole('menuitem', { name: menuItem }).click(),
      ]);
      return {
        name: file.suggestedFilename(),
        text: readFileSync(await file.path(), 'utf8'),
        file,
      };
    };
    const md = await download('Export as Markdown');
    assert.equal(md.name, 'Garden-party.md');
    assert.match(md.text, /^# Garden party/);
    assert.match(md.text, /\*\*You\*\* · .*\n\nPlan the garden party/);
    const json = await download('Export as JSON');
    const exported = JSON.parse(json.text);
    assert.equal(exported.format, 'openai_compatible_conversation.conversations');
    assert.equal(exported.conversations[0].doc.messages.length, 2);
    assert.ok(!json.text.includes(stack.litellm.key), 'no key in the file');

    // Deleted for good (Undo's time passes), then imported back from the file.
    const before = (await index()).conversations.find((e) => e.title?.value === 'Garden party');
    await list.getByRole('button', { name: 'Options for Garden party' }).click();
    await p.getByRole('menuitem', { name: 'Delete' }).click();
    await p.getByRole('button', { name: 'Undo' }).waitFor({ state: 'hidden', timeout: 20_000 });
    for (let i = 0; i < 40 && (await storedMessages(before.id)).length; i++)
      await new Promise((r) => setTimeout(r, 250));
    assert.deepEqual(await storedMessages(before.id), [], 'its messages are removed');

    await p.getByRole('button', { name: 'Settings' }).click();
    const importer = p.getByLabel('Import conversations');
    const path = await json.file.path();
    await importer.setInputFiles(path);
    await p.getByText('Read 1 conversation from the file: 1 new, 1 with messages added.').waitFor();
    await importer.setInputFiles(path);
    await p.getByText('Read 1 conversation from the file: 0 new, 0 with messages added.').waitFor();
    // Back once, under an id of its own (the deleted one stays deleted), with its messages.
    const back = (await index()).conversations.filter(
      (e) => e.title?.value === 'Garden party' && !e.deleted?.value,
    );
    assert.equal(back.length, 1);
    assert.notEqual(back[0].id, before.id);
    assert.deepEqual(await userQuestions(back[0].id), ['Plan the garden party']);
  });

  test('“Open in panel” on the card opens its conversation in the panel', async () => {
    await phone.goto(`${stack.ha.url}${DASHBOARD}`);
    await shows(card(phone), 'Tablet asks first').waitFor();
    await card(phone).getByRole('button', { name: 'Open in panel' }).click();
    await phone.waitForURL(/\/ai-chat\/conversation\//);
    const p = panel(phone);
    await shows(p, 'Tablet asks first').waitFor();
    await p.getByRole('heading', { name: 'AI demo · Assistant' }).waitFor();
  });
});
