// End to end: automations drafted by the model, checked by Home Assistant, saved by the user. A
// real Home Assistant (its demo house, automations.yaml included as on a usual install), a real
// LiteLLM before the scripted model, Debian's Chromium. What is stored is read back through Home
// Assistant's own configuration API and from automations.yaml itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  see,
} from './helpers.mjs';
import { ENTRANCE_AUTOMATION } from '../test/scripted-llm/automations.mjs';

const haVersion = HA_VERSION;
const DASHBOARD = `/${DASHBOARD_PATH}/chat`;
const ASK = 'When the front door is unlocked after sunset, turn on the entrance lights';
const LIGHT = 'light.entrance_color_white_lights';

describe(`Automations on Home Assistant ${haVersion}`, { timeout: 10 * 60_000 }, () => {
  let stack;
  let browser;
  let page;
  /** The automation the first test saves: its id and entity. */
  let saved;

  /** Home Assistant's configuration API as the owner (what its automation editor reads). */
  const api = async (method, path, body) => {
    const r = await fetch(`${stack.ha.url}/api/${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${stack.owner.tokens.access_token}`,
        'Content-Type': 'application/json',
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: r.status, body: r.status === 200 ? await r.json() : await r.text() };
  };
  const states = () => stack.conn.sendMessagePromise({ type: 'get_states' });
  const stateOf = async (id) => (await states()).find((s) => s.entity_id === id)?.state;
  async function until(what, check, ms = 15_000) {
    const end = Date.now() + ms;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const automationsFile = () => readFileSync(join(stack.configDir, 'automations.yaml'), 'utf8');
  /** Each automation's block of automations.yaml, by id. */
  const blocks = () =>
    Object.fromEntries(
      automationsFile()
        .split(/^(?=- id: )/m)
        .filter((b) => b.startsWith('- id: '))
        .map((b) => [/^- id: '?([^'\n]+)'?/.exec(b)[1], b]),
    );

  before(async () => {
    ensureInstalled(haVersion);
    stack = await startStack({ haVersion, settings: true });
    await exposeDemoHouse(stack.conn);
    await stack.conn.sendMessagePromise({
      type: 'call_service',
      domain: 'light',
      service: 'turn_off',
      target: { entity_id: LIGHT },
    });
    await saveDashboard(stack.conn, [{ type: CARD_TYPE, title: 'Assistant' }]);
    // Another automation, written as Home Assistant's editor would: it must stay as it is.
    const other = await api('POST', 'config/automation/config/1000000000001', {
      alias: 'Kitchen lights at seven',
      triggers: [{ trigger: 'time', at: '07:00:00' }],
      actions: [{ action: 'light.turn_on', target: { entity_id: 'light.kitchen_lights' } }],
    });
    assert.equal(other.status, 200, JSON.stringify(other.body));
    await until('the other automation', async () =>
      (await states()).some((s) => s.attributes.id === '1000000000001'),
    );
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await logIn(page, stack.ha.url, DASHBOARD, 'demo', 'demo');
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const card = () => page.locator('openai-compatible-conversation-card');
  const drafts = () => card().locator('oacc-automation-draft');
  /** Asks in the card; the answer (the last message once it has begun). */
  async function ask(text) {
    const c = chat(card());
    await c.send.waitFor(); // the last answer is complete
    // Each question in a conversation of its own: what the tests count starts from nothing.
    const fresh = card().getByRole('button', { name: 'New conversation' });
    if (await fresh.count()) await fresh.click();
    await until('an empty conversation', async () => (await c.messages.count()) === 0);
    await c.ask(text);
    await until('the answer to begin', async () => (await c.answers.count()) > 0);
    return c.answers.last();
  }

  test('a draft shows what it does and its YAML; Save creates exactly it; Run now runs it', async () => {
    const answer = await ask(ASK);
    const draft = drafts().last();
    const section = draft.getByRole('region', {
      name: `New automation: ${ENTRANCE_AUTOMATION.alias}`,
    });
    await section.waitFor();
    // What it does, in words, with the names the house shows.
    for (const line of [
      'Front Door changes to unlocked',
      'after sunset',
      'Turn on Entrance Color + White Lights',
    ])
      await section.getByRole('listitem').getByText(line, { exact: true }).waitFor();
    await see(answer.getByText('press Save to keep it'), answer);
    await section.getByText('YAML', { exact: true }).click();
    await section.getByText(`entity_id: ${LIGHT}`).waitFor();
    await screenshot(page, 'card-light-desktop-automation-draft');

    await section.getByRole('button', { name: 'Save' }).click();
    await section.getByText(`Saved: ${ENTRANCE_AUTOMATION.alias}.`).waitFor({ timeout: 30_000 });
    const entity = (await states()).find(
      (s) =>
        s.entity_id.startsWith('automation.') &&
        s.attributes.friendly_name === ENTRANCE_AUTOMATION.alias,
    );
    assert.ok(entity, 'Home Assistant has the automation');
    saved = { id: entity.attributes.id, entity_id: entity.entity_id };
    const stored = await api('GET', `config/automation/config/${saved.id}`);
    assert.deepEqual(stored.body, { id: saved.id, ...ENTRANCE_AUTOMATION }, 'stored as shown');
    assert.ok(blocks()['1000000000001'], 'the other automation is still there');
    const link = section.getByRole('link', { name: 'Open in Home Assistant' });
    assert.equal(await link.getAttribute('href'), `/config/automation/edit/${saved.id}`);

    assert.equal(await stateOf(LIGHT), 'off');
    await section.getByRole('button', { name: 'Run now' }).click();
    await until('the entrance lights on', async () => (await stateOf(LIGHT)) === 'on');
    await section.getByText('Home Assistant ran it.').waitFor();
  });

  test('“why did the entrance lights turn on?” is answered from the logbook and the trace', async () => {
    // The logbook reads what the recorder has written (it commits every few seconds).
    await until(
      'the logbook to hold the lights turning on',
      async () =>
        (
          await stack.conn.sendMessagePromise({
            type: 'logbook/get_events',
            start_time: new Date(Date.now() - 3_600_000).toISOString(),
            entity_ids: [LIGHT],
          })
        ).some((e) => e.state === 'on'),
      30_000,
    );
    const answer = await ask('Why did the entrance lights turn on?');
    // Built from what Home Assistant recorded: the run, how it ended, and its steps.
    await see(
      answer.getByText(
        new RegExp(
          `${saved.entity_id} turned them on: .* ended finished; its steps were .*action/0`,
        ),
      ),
      answer,
    );
  });

  test('Home Assistant’s error comes back to the model, which proposes it fixed', async () => {
    const answer = await ask(`${ASK}, with a typo in the trigger`);
    await see(answer.getByText('press Save to keep it'), answer);
    assert.equal(await drafts().count(), 2);
    const bad = drafts().nth(0);
    await bad.getByText(/Home Assistant says of triggers: .*stat/).waitFor();
    assert.ok(await bad.getByRole('button', { name: 'Save' }).isDisabled());
    const fixed = drafts().nth(1);
    assert.equal(await fixed.getByText(/Home Assistant says/).count(), 0);
    assert.ok(await fixed.getByRole('button', { name: 'Save' }).isEnabled());
    await fixed.getByRole('button', { name: 'Discard' }).click();
    await fixed.getByText('Discarded. Nothing was written.').waitFor();
  });

  test('a change shows its lines and writes only that automation', async () => {
    const file = blocks();
    await ask('Make the entrance automation run only after 22:00');
    const draft = drafts().last();
    const section = draft.getByRole('region', { name: `Change to ${ENTRANCE_AUTOMATION.alias}` });
    await section.waitFor({ timeout: 30_000 });
    await section.getByText('0 lines removed, 2 added').waitFor();
    await section.getByText("+     after: '22:00:00'").waitFor();
    await screenshot(page, 'card-light-desktop-automation-change');
    await section.getByRole('button', { name: 'Save' }).click();
    await section.getByText(/^Saved: /).waitFor({ timeout: 30_000 });
    const stored = await api('GET', `config/automation/config/${saved.id}`);
    assert.deepEqual(stored.body.conditions, [
      ...ENTRANCE_AUTOMATION.conditions,
      { condition: 'time', after: '22:00:00' },
    ]);
    const now = blocks();
    assert.deepEqual(
      Object.keys(now).sort(),
      Object.keys(file).sort(),
      'no automation added or lost',
    );
    assert.equal(now['1000000000001'], file['1000000000001'], 'the other one, byte for byte');
    assert.notEqual(now[saved.id], file[saved.id]);
  });

  test('a draft that takes another automation’s id is refused, and nothing is written', async () => {
    const file = automationsFile();
    const answer = await ask(`${ASK}, reusing the id 1000000000001`);
    // The model is told, and proposes it again without the id.
    await see(answer.getByText('press Save to keep it'), answer);
    assert.equal(await drafts().count(), 2);
    const taken = drafts().nth(0);
    await taken.getByText('The id 1000000000001 belongs to another automation').waitFor();
    assert.ok(await taken.getByRole('button', { name: 'Save' }).isDisabled());
    const fixed = drafts().nth(1);
    assert.equal(await fixed.getByText(/belongs to another automation/).count(), 0);
    assert.equal(automationsFile(), file, 'nothing written');
  });

  test('a user who is no administrator sees the draft, no Save, and why', async () => {
    await asGuest(stack, (conn) =>
      conn.sendMessagePromise({
        type: 'frontend/set_user_data',
        key: SETTINGS_KEY,
        value: liteLLMSettings(stack.litellm.url, stack.litellm.key),
      }),
    );
    const ctx = await newContext(browser);
    const p = await ctx.newPage();
    await logIn(p, stack.ha.url, '/ai-chat', GUEST.username, GUEST.password);
    const panel = p.locator('openai-compatible-conversation-panel');
    await chat(panel).ask(ASK);
    const draft = panel.locator('oacc-automation-draft').last();
    await draft
      .getByText('Only an administrator can save automations and scripts')
      .waitFor({ timeout: 30_000 });
    assert.equal(await draft.getByRole('button', { name: 'Save' }).count(), 0);
    await screenshot(p, 'panel-light-desktop-automation-guest');
    await ctx.close();
  });
});
