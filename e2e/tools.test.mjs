// End to end: the model acts on the house through the user's own websocket. A real Home Assistant
// (its demo entities), a real LiteLLM in front of the scripted model, Debian's Chromium. The
// scripted model asks for the tool calls a real one would; what changes is read back from Home
// Assistant, and what the user sees from the page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { GUEST, asGuest } from './stack/auth.mjs';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { exposeDemoHouse } from './stack/house.mjs';
import {
  CARD_TYPE,
  DASHBOARD_PATH,
  SETTINGS_KEY,
  liteLLMSettings,
  saveDashboard,
  startStack,
} from './stack/stack.mjs';
import {
  chat,
  ensureInstalled,
  launchChromium,
  logIn,
  newContext,
  screenshot,
} from './helpers.mjs';

const haVersion = HA_VERSION;
const DASHBOARD = `/${DASHBOARD_PATH}/chat`;

const stateOf = async (conn, entityId) => {
  const states = await conn.sendMessagePromise({ type: 'get_states' });
  return states.find((s) => s.entity_id === entityId)?.state;
};

/** Polls Home Assistant until `entityId` is in `state`. */
async function until(conn, entityId, state, ms = 10_000) {
  const end = Date.now() + ms;
  let now;
  while ((now = await stateOf(conn, entityId)) !== state) {
    if (Date.now() > end) throw new Error(`${entityId} is ${now}, not ${state}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const call = (conn, domain, service, entity_id) =>
  conn.sendMessagePromise({ type: 'call_service', domain, service, target: { entity_id } });

describe(`Tools on Home Assistant ${haVersion}`, { timeout: 10 * 60_000 }, () => {
  let stack;
  let browser;
  let page;

  before(async () => {
    ensureInstalled(haVersion);
    stack = await startStack({ haVersion, settings: true });
    const { conn } = stack;
    await exposeDemoHouse(conn); // the front door lock exposed, the ceiling lights not
    await call(conn, 'light', 'turn_off', ['light.kitchen_lights', 'light.ceiling_lights']);
    await call(conn, 'lock', 'lock', ['lock.front_door']);
    await until(conn, 'lock.front_door', 'locked');
    await saveDashboard(conn, [{ type: CARD_TYPE, title: 'Assistant' }]);
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await logIn(page, stack.ha.url, DASHBOARD, 'demo', 'demo');
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const card = () => page.locator('openai-compatible-conversation-card');
  const rows = () => card().locator('oacc-tool-call');

  test('"turn on the kitchen light" turns it on, and the row shows the call and the live state', async () => {
    assert.equal(await stateOf(stack.conn, 'light.kitchen_lights'), 'off');
    const c = chat(card());
    await c.ask('Please turn on the kitchen light');
    await c.answers
      .last()
      .getByText(/Done: .*"light.kitchen_lights":"on"/)
      .waitFor();
    assert.equal(await stateOf(stack.conn, 'light.kitchen_lights'), 'on');

    const row = rows().last();
    await row.getByText('Turned on Kitchen Lights').waitFor();
    await row.getByText('Done', { exact: true }).waitFor();
    // The request that only called the tool has no usage line of its own: the answer shows the
    // turn's.
    const turn = card().locator('oacc-chat-message').filter({ has: row });
    assert.equal(await turn.locator('.usage').count(), 0);
    await c.answers.last().locator('.usage').waitFor();
    await row.getByText('Turned on Kitchen Lights').click(); // opens it
    await row.getByText('Kitchen Lights:').waitFor();
    assert.match(await row.locator('.live').innerText(), /Kitchen Lights:\s*on/);

    // The live state follows the house, not the moment of the call.
    await call(stack.conn, 'light', 'turn_off', ['light.kitchen_lights']);
    await row.locator('.live').getByText('off', { exact: true }).waitFor();
  });

  test('two calls in one turn: a light goes off and the lock is read', async () => {
    await call(stack.conn, 'light', 'turn_on', ['light.kitchen_lights']);
    const c = chat(card());
    const before = await rows().count();
    await c.ask('Turn off the kitchen lights and tell me whether the front door is locked');
    await c.answers
      .last()
      .getByText(/Done: .*"state":"locked"/)
      .waitFor();
    await until(stack.conn, 'light.kitchen_lights', 'off');
    assert.equal(await rows().count(), before + 2);
    await rows().nth(before).getByText('Turned off Kitchen Lights').waitFor();
    await rows()
      .nth(before + 1)
      .getByText('Read Front Door')
      .waitFor();
  });

  test('unlocking the front door waits for Approve; Deny leaves it locked', async () => {
    const c = chat(card());
    await c.ask('Unlock the front door');
    const row = rows().last();
    await row.getByText(/Wants to run lock\.unlock on Front Door/).waitFor();
    await row.getByText('Unlock Front Door?').waitFor();
    await screenshot(page, 'card-light-desktop-approve');
    // Nothing happens while the question is open.
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await stateOf(stack.conn, 'lock.front_door'), 'locked');

    await row.getByRole('button', { name: 'Deny' }).click();
    await row.getByText('Denied', { exact: true }).waitFor();
    await row.getByText('Unlock Front Door', { exact: true }).waitFor();
    await c.answers
      .last()
      .getByText(/Done: .*denied this action/)
      .waitFor();
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await stateOf(stack.conn, 'lock.front_door'), 'locked');
  });

  test('Approve unlocks it', async () => {
    const c = chat(card());
    await c.ask('Unlock the front door');
    const row = rows().last();
    await row.getByRole('button', { name: 'Approve' }).click();
    await until(stack.conn, 'lock.front_door', 'unlocked');
    await row.getByText('Done', { exact: true }).waitFor();
    await row.getByText('Unlocked Front Door').waitFor();
    await call(stack.conn, 'lock', 'lock', ['lock.front_door']);
  });

  test('an entity not exposed to Assist is refused and stays as it was', async () => {
    const c = chat(card());
    await c.ask('Turn on the ceiling lights');
    await c.answers
      .last()
      .getByText(/Done: .*not exposed to you/)
      .waitFor();
    await rows().last().getByText('Failed', { exact: true }).waitFor();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await stateOf(stack.conn, 'light.ceiling_lights'), 'off');
  });

  test('the history of an entity is read from Home Assistant’s recorder', async () => {
    const c = chat(card());
    await c.ask('What did the kitchen lights do today?');
    await c.answers
      .last()
      .getByText(/Done: .*"entity_id":"light.kitchen_lights","changes":\[\{"state":"(on|off)"/)
      .waitFor();
    await rows().last().getByText('Read history of', { exact: false }).waitFor();
  });

  test('the conversation, tool rows included, survives a reload', async () => {
    // A long conversation opens at its newest messages; earlier ones come as the user scrolls up.
    const scrollToTop = async () => {
      const earlier = card().getByRole('button', { name: /^Show earlier messages/ });
      while (await earlier.isVisible()) {
        await card()
          .getByRole('log')
          .evaluate((log) => (log.scrollTop = 0));
        await page.waitForTimeout(100);
      }
    };
    await scrollToTop();
    const count = await rows().count();
    await page.reload();
    await rows().last().waitFor();
    await scrollToTop();
    await rows()
      .nth(count - 1)
      .waitFor();
    assert.equal(await rows().count(), count);
    await rows().first().getByText('Turned on Kitchen Lights').waitFor();
  });

  test('a non-admin user: the same tools, exposure read from the registry, templates rendered', async () => {
    await asGuest(stack, async (conn) => {
      // What the card relies on for this user: templates render, the registry answers, and the
      // admin-only exposure list is refused (the card falls back to the registry's settings).
      const rendered = await new Promise((resolve, reject) => {
        conn
          .subscribeMessage((m) => (m.error ? reject(new Error(m.error)) : resolve(m.result)), {
            type: 'render_template',
            template: '{{ 20 + 1 }}',
          })
          .catch(reject);
      });
      assert.equal(String(rendered), '21');
      await assert.rejects(
        conn.sendMessagePromise({ type: 'homeassistant/expose_entity/list' }),
        (err) => err.code === 'unauthorized',
      );
      await conn.sendMessagePromise({
        type: 'frontend/set_user_data',
        key: SETTINGS_KEY,
        value: liteLLMSettings(stack.litellm.url, stack.litellm.key),
      });
    });
    await call(stack.conn, 'light', 'turn_on', ['light.kitchen_lights']);
    const ctx = await newContext(browser);
    const p = await ctx.newPage();
    await logIn(p, stack.ha.url, '/ai-chat', GUEST.username, GUEST.password);
    const panel = p.locator('openai-compatible-conversation-panel');
    const c = chat(panel);
    // The kitchen lights are in the entity registry, exposed: the guest's model switches them
    // off. The front door lock has no unique ID, so its exposure lives where only admins can
    // read it: the guest's chat leaves it out rather than guess.
    await c.ask('Turn off the kitchen lights and tell me whether the front door is locked');
    await c.answers
      .last()
      .getByText(/Done: .*"light.kitchen_lights":"off".*lock.front_door is not exposed to you/)
      .waitFor();
    await until(stack.conn, 'light.kitchen_lights', 'off');
    await c.ask('Turn on the ceiling lights');
    await c.answers
      .last()
      .getByText(/Done: .*not exposed to you/)
      .waitFor();
    assert.equal(await stateOf(stack.conn, 'light.ceiling_lights'), 'off');
    await screenshot(p, 'panel-light-desktop-tools-guest');
    await ctx.close();
  });
});
