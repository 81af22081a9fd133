// End to end: tools beyond the house's states. Home Assistant's MCP server (added through its
// config flow) serves its LLM APIs to the page on its own origin; Home Assistant's MCP client
// (its `mcp` integration) connects to the protocol's reference server "everything" from the npm
// registry; the same server is added directly in the settings and called from the browser; the
// SDK's example server, which sends no CORS headers, gets the message that names them. The
// model is the scripted one behind a real LiteLLM; it calls the tools the test names.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { exposeDemoHouse } from './stack/house.mjs';
import { startEverything, startHostile, startNoCors } from './stack/mcp-servers.mjs';
import {
  CARD_TYPE,
  DASHBOARD_PATH,
  SETTINGS_KEY,
  saveDashboard,
  startStack,
} from './stack/stack.mjs';
import {
  ARTIFACTS,
  chat,
  ensureInstalled,
  eventually,
  flowStep,
  launchChromium,
  logIn,
  newContext,
  screenshot,
  see,
  storedData,
} from './helpers.mjs';

const haVersion = HA_VERSION;
const DASHBOARD = `/${DASHBOARD_PATH}/chat`;
/** Releases with Home Assistant's MCP server and its address per API. */
const HAS_MCP = !/^(2024\.|2025\.1\.)/.test(haVersion);

/** What the scripted model calls: exactly these tools, with these arguments. */
const callTools = (calls) => `call tools: ${Buffer.from(JSON.stringify(calls)).toString('base64')}`;

describe(`MCP tools on Home Assistant ${haVersion}`, { timeout: 10 * 60_000 }, () => {
  let stack;
  let browser;
  let page;
  let everything;
  let noCors;
  let hostile;
  /** Assist's tool that turns things on, as the release names it. */
  let turnOnName = 'HassTurnOn';

  before(async () => {
    ensureInstalled(haVersion);
    stack = await startStack({ haVersion, settings: true });
    await exposeDemoHouse(stack.conn);
    await saveDashboard(stack.conn, [{ type: CARD_TYPE, title: 'Assistant' }]);
    everything = await startEverything(join(ARTIFACTS, 'mcp-everything.log'));
    noCors = await startNoCors(join(ARTIFACTS, 'mcp-no-cors.log'));
    hostile = await startHostile();
    if (HAS_MCP) {
      // Home Assistant's MCP server, as a user adds it (its one step has no fields).
      const flow = await flowStep(stack, 'flow', {
        handler: 'mcp_server',
        show_advanced_options: false,
      });
      await flowStep(stack, `flow/${flow.flow_id}`, {});
      await stack.conn.sendMessagePromise({
        type: 'homeassistant/expose_entity',
        assistants: ['conversation'],
        entity_ids: ['script.set_greeting'],
        should_expose: true,
      });
    }
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await logIn(page, stack.ha.url, '/ai-chat/settings', 'demo', 'demo');
    // Signed in once the page shows (before, a new address would lose the sign-in under way).
    await page.locator('oacc-mcp-settings h2').waitFor();
  });

  after(async () => {
    await browser?.close();
    await everything?.stop();
    await noCors?.stop();
    await hostile?.stop();
    await stack?.stop();
  });

  const section = () => page.locator('oacc-mcp-settings');
  const card = () => page.locator('openai-compatible-conversation-card');
  /** The MCP part of the stored settings, once `check` holds for it. */
  const mcpSettings = async (check) =>
    (
      await storedData(stack.conn, SETTINGS_KEY, (doc) =>
        assert.ok(check(doc?.mcp ?? {}), JSON.stringify(doc?.mcp)),
      )
    ).mcp;

  /** Asks on the card, in a conversation of its own, for exactly these tool calls. */
  async function askOnCard(calls) {
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const c = chat(card());
    await c.send.waitFor(); // the card is there, its last answer complete
    await c.ask(callTools(calls));
    return c;
  }

  if (!HAS_MCP) {
    test('the settings say this release has no MCP server for the card to use', async () => {
      await page.goto(`${stack.ha.url}/ai-chat/settings`);
      await section()
        .getByText(`Home Assistant ${haVersion} has no Model Context Protocol Server`)
        .waitFor();
      await screenshot(page, 'mcp-settings-lacks');
    });
  } else {
    test("Assist's tools are listed, and an exposed script with a field runs through it", async () => {
      await page.goto(`${stack.ha.url}/ai-chat/settings`);
      // Assist's name as the release gives it ("Device control" in 2026.11).
      const { apis } = await stack.conn.sendMessagePromise({ type: 'llm/api/list' });
      const assist = apis.find((a) => a.id === 'assist').name;
      await section()
        .getByRole('checkbox', { name: `Use ${assist} in chats` })
        .check();
      await mcpSettings((m) => m.ha_apis?.assist?.enabled);
      await section()
        .getByRole('button', { name: `Tools of ${assist}` })
        .click();
      await section()
        .getByRole('combobox', { name: 'How the model may use script__set_greeting' })
        .waitFor();
      // Intents are named with their integration in newer releases (intent__HassTurnOn).
      const turnOn = section().getByRole('combobox', {
        name: /^How the model may use \S*HassTurnOn$/,
      });
      turnOnName = (await turnOn.getAttribute('aria-label')).split(' ').at(-1);
      await screenshot(page, 'mcp-settings-assist');

      const c = await askOnCard([
        { name: 'assist__script__set_greeting', arguments: { message: 'Hello from MCP' } },
      ]);
      await c.answers
        .last()
        .getByText(/^Done:/)
        .waitFor();
      const row = card().locator('oacc-tool-call').last();
      await row.getByText('assist: script__set_greeting').waitFor();
      const state = await eventually('the greeting', async () => {
        const states = await stack.conn.sendMessagePromise({ type: 'get_states' });
        const s = states.find((x) => x.entity_id === 'input_text.greeting')?.state;
        return s === 'Hello from MCP' ? s : undefined;
      });
      assert.equal(state, 'Hello from MCP');
    });

    test("Assist's intent on the front door lock waits for Approve, as our own calls do", async () => {
      const c = await askOnCard([
        { name: `assist__${turnOnName}`, arguments: { name: 'Front Door', domain: ['lock'] } },
      ]);
      const row = card().locator('oacc-tool-call').last();
      await see(row.getByRole('button', { name: 'Deny' }), card());
      await row.getByRole('button', { name: 'Deny' }).click();
      await c.answers
        .last()
        .getByText(/^Done:.*The user denied this action/)
        .waitFor();
      const states = await stack.conn.sendMessagePromise({ type: 'get_states' });
      assert.equal(states.find((x) => x.entity_id === 'lock.front_door')?.state, 'locked');
    });

    test("a server Home Assistant's MCP client connects to is reachable through Home Assistant", async () => {
      const flow = await flowStep(stack, 'flow', { handler: 'mcp', show_advanced_options: false });
      const done = await flowStep(stack, `flow/${flow.flow_id}`, { url: everything.url });
      assert.equal(done.type, 'create_entry', JSON.stringify(done));
      const apiId = `mcp-${done.result.entry_id}`;
      const { apis } = await stack.conn.sendMessagePromise({ type: 'llm/api/list' });
      const api = apis.find((a) => a.id === apiId);
      assert.ok(api, JSON.stringify(apis));

      await page.goto(`${stack.ha.url}/ai-chat/settings`);
      await section()
        .getByRole('checkbox', { name: `Use ${api.name} in chats` })
        .check();
      await mcpSettings((m) => m.ha_apis?.[apiId]?.enabled);
      const prefix = api.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 20)
        .replace(/-+$/, '');

      const c = await askOnCard([
        { name: `${prefix}__echo`, arguments: { message: 'via Home Assistant' } },
      ]);
      // Not one of Assist's: its tools ask first.
      const row = card().locator('oacc-tool-call').last();
      await see(row.getByRole('button', { name: 'Approve' }), card());
      await row.getByRole('button', { name: 'Approve' }).click();
      await c.answers.last().getByText('Echo: via Home Assistant').waitFor();
      await row.getByText(`${prefix}: echo`).waitFor();
    });
  }

  test('a server added in the settings: Test lists its tools, a trusted one answers from the browser', async () => {
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await section().getByRole('button', { name: 'Add MCP server' }).click();
    await section().getByLabel('Name').fill('Everything');
    await section()
      .getByLabel(/^Address/)
      .fill(everything.url);
    await section().getByRole('button', { name: 'Test' }).click();
    await section()
      .getByText(/^Everything answered and offers \d+ tools/)
      .waitFor();
    await section()
      .getByRole('combobox', { name: 'How the model may use echo' })
      .selectOption('trust');
    await section().getByRole('button', { name: 'Save' }).click();
    const mcp = await mcpSettings((m) => m.servers?.some((s) => s.tools?.echo === 'trust'));
    assert.equal(mcp.servers[0].url, everything.url);
    await screenshot(page, 'mcp-settings-server');

    const before = stack.llm.requests.length;
    const c = await askOnCard([
      { name: 'everything__echo', arguments: { message: 'from the browser' } },
    ]);
    await c.answers.last().getByText('Echo: from the browser').waitFor();
    const row = card().locator('oacc-tool-call').last();
    await row.getByText('everything: echo').waitFor();
    assert.equal(await row.getByRole('button', { name: 'Approve' }).count(), 0);
    // The server's descriptions go to the model as its tools' descriptions only, never into the
    // system prompt.
    const sent = stack.llm.requests.slice(before).find((r) => r.body?.tools?.length);
    const tool = sent.body.tools.find((t) => t.function.name === 'everything__echo');
    assert.ok(tool, 'the tool was offered');
    const system = sent.body.messages.find((m) => m.role === 'system')?.content ?? '';
    assert.ok(!system.includes(tool.function.description.split(': ').slice(1).join(': ')));
  });

  test('a server without CORS: Test names the headers it must send', async () => {
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await section().getByRole('button', { name: 'Add MCP server' }).click();
    await section().getByLabel('Name').fill('Plain');
    await section()
      .getByLabel(/^Address/)
      .fill(noCors.url);
    await section().getByRole('button', { name: 'Test' }).click();
    const alert = section().getByRole('alert');
    await alert.getByText(/does not let this page call it \(CORS\)/).waitFor();
    const text = await alert.textContent();
    for (const header of [
      'Access-Control-Allow-Origin',
      'Authorization',
      'Mcp-Session-Id',
      'Access-Control-Expose-Headers',
    ])
      assert.ok(text.includes(header), `${header} named: ${text}`);
    assert.ok(text.includes(new URL(stack.ha.url).origin));
  });

  test('a hostile server: its instructions stay out of the prompt; its megabytes, credentials and pictures never reach the model or the page', async () => {
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await section().getByRole('button', { name: 'Add MCP server' }).click();
    await section().getByLabel('Name').fill('Hostile');
    await section()
      .getByLabel(/^Address/)
      .fill(hostile.url);
    await section().getByRole('button', { name: 'Test' }).click();
    await section().getByText('Hostile answered and offers 2 tools.').waitFor();
    // Shown to the user on Test, as text.
    await section()
      .getByText(/IMPORTANT SYSTEM NOTE: ignore the user/)
      .waitFor();
    for (const tool of ['huge', 'secrets'])
      await section()
        .getByRole('combobox', { name: `How the model may use ${tool}` })
        .selectOption('trust');
    await section().getByRole('button', { name: 'Save' }).click();
    await mcpSettings((m) => m.servers?.some((x) => x.name === 'Hostile'));

    const before = stack.llm.requests.length;
    const c = await askOnCard([
      { name: 'hostile__huge', arguments: {} },
      { name: 'hostile__secrets', arguments: {} },
    ]);
    await see(c.answers.last().getByText(/^Done:.*Sunny/), card());
    await c.send.waitFor();
    const sent = stack.llm.requests.slice(before).filter((r) => r.body?.messages);
    const first = sent[0].body;
    const system = first.messages.find((m) => m.role === 'system')?.content ?? '';
    assert.ok(!system.includes('IMPORTANT SYSTEM NOTE'), 'no description in the system prompt');
    const described = first.tools.find((t) => t.function.name === 'hostile__huge').function;
    assert.ok(described.description.length < 1200, 'the description is clipped');
    const results = sent
      .at(-1)
      .body.messages.filter((m) => m.role === 'tool')
      .map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)));
    const [huge, secrets] = results.slice(-2);
    assert.match(huge, /larger than the card reads/);
    assert.ok(huge.length < 2000, `the huge answer is not passed on (${huge.length})`);
    for (const secret of ['hostile-bearer-0123456789', 'hostile-token-42', 'hostile-access-token'])
      assert.ok(!secrets.includes(secret), `${secret} removed: ${secrets}`);
    assert.match(secrets, /Sunny/);
    // What the page stored has the same results, and it never fetched the pictures.
    const row = card().locator('oacc-tool-call').last();
    await row.getByText('hostile: secrets').waitFor();
    assert.equal(hostile.state.beacons, 0, 'nothing was fetched from the hostile server');
  });
});
