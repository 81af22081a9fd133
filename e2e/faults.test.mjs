// End to end on a bad day: a provider whose stream breaks, sends what cannot be read, answers
// 429 again and again or 5xx first, or goes silent; Home Assistant restarted while a tool call
// runs; LiteLLM stopped and started again. Each case checks what the user sees and what is stored,
// nothing lost. Providers a user may point the browser at directly (llama.cpp, vLLM) are the
// scripted model itself, with the fault in its address; LiteLLM sits in front for the rest.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
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
} from './helpers.mjs';

describe(`Faults, on Home Assistant ${HA_VERSION}`, { timeout: 20 * 60_000 }, () => {
  let stack;
  let browser;
  let page;

  before(async () => {
    ensureInstalled(HA_VERSION);
    stack = await startStack();
    await exposeDemoHouse(stack.conn);
    await stack.conn.sendMessagePromise({
      type: 'homeassistant/expose_entity',
      assistants: ['conversation'],
      entity_ids: ['script.slow_script'],
      should_expose: true,
    });
    const settings = liteLLMSettings(stack.litellm.url, stack.litellm.key);
    const llm = stack.llm.url;
    settings.providers.push(
      direct(llm, 'blip', '/cut-once-after-10/chunk-delay-20'),
      direct(llm, 'garbled', '/malformed'),
      direct(llm, 'storm', '/flaky-3-429/retry-after-1/expose-retry-after'),
      direct(llm, 'wobbly', '/flaky-2-502'),
      direct(llm, 'silent', '/slow-first-byte-8000', 2),
      direct(llm, 'stalling', '/stall-after-6-8000', 2),
    );
    await stack.conn.sendMessagePromise({
      type: 'frontend/set_user_data',
      key: SETTINGS_KEY,
      value: settings,
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
  const c = () => chat(panel());

  const start = (provider) => newConversation(panel(), provider);

  const stored = (check) => newestMessages(stack.conn, check);

  const requestsTo = (fault) =>
    stack.llm.requests.filter((r) => r.method === 'POST' && r.path.startsWith(fault)).length;

  test('a stream cut mid-answer keeps what arrived, says so, and “Try again” goes on with it', async () => {
    await start('blip');
    await c().ask('long answer 4');
    await c().alert.waitFor();
    await c().answers.last().getByText('The answer was cut off here.').waitFor();
    const partial = await stored((m) => assert.equal(m.at(-1).status, 'cut'));
    assert.match(partial.at(-1).content, /^Paragraph 1:/);
    assert.equal(partial.at(-1).content.includes('Paragraph 4:'), false);
    await screenshot(page, 'panel-light-desktop-cut');
    await c().alert.getByRole('button', { name: 'Try again' }).click();
    await c()
      .answers.last()
      .getByText(/Paragraph 4:/)
      .waitFor();
    await c().send.waitFor();
    const whole = await stored((m) => assert.equal(m.at(-1).status, 'complete'));
    // The same answer, continued: no second answer, nothing of the first lost.
    assert.deepEqual(
      whole.map((m) => m.role),
      ['user', 'assistant'],
    );
    assert.ok(whole[1].content.startsWith(partial.at(-1).content));
  });

  test('a stream that cannot be read says so; the question is kept', async () => {
    await start('garbled');
    await c().ask('Hello garbled');
    await c().alert.getByText('The provider sent an answer this card cannot read.').waitFor();
    await stored((m) =>
      assert.deepEqual(
        m.map((x) => [x.role, x.content]),
        [['user', 'Hello garbled']],
      ),
    );
  });

  test('a storm of 429s with Retry-After is waited out, and the answer comes', async () => {
    await start('storm');
    const before = requestsTo('/flaky-3-429');
    await c().ask('Hello storm');
    await panel()
      .getByText(/Retrying in 1 s/)
      .first()
      .waitFor();
    await c().answers.last().getByText('You said: Hello storm').waitFor({ timeout: 30_000 });
    await c().send.waitFor();
    assert.equal(requestsTo('/flaky-3-429') - before, 4, 'three refused, the fourth answered');
    assert.equal(await c().alert.count(), 0);
    await stored((m) => assert.equal(m.at(-1).status, 'complete'));
  });

  test('5xx first, then the answer', async () => {
    await start('wobbly');
    await c().ask('Hello wobbly');
    await c().answers.last().getByText('You said: Hello wobbly').waitFor({ timeout: 30_000 });
    await c().send.waitFor();
    assert.equal(await c().alert.count(), 0);
    await stored((m) => assert.equal(m.at(-1).status, 'complete'));
  });

  test('a provider silent past its timeout, before and in the middle of an answer', async () => {
    await start('silent');
    await c().ask('Hello silence');
    await c().alert.getByText('The provider sent nothing for 2 s.').waitFor({ timeout: 20_000 });
    assert.match(await c().alert.innerText(), /may still be loading the model/);
    await stored((m) =>
      assert.deepEqual(
        m.map((x) => x.role),
        ['user'],
      ),
    );

    await start('stalling');
    await c().ask('long answer 3');
    await c()
      .alert.getByText('The provider stopped sending for 2 s in the middle of the answer.')
      .waitFor({ timeout: 20_000 });
    const kept = await stored((m) => assert.equal(m.at(-1).status, 'cut'));
    assert.match(kept.at(-1).content, /^Paragraph 1/);
  });

  test('Home Assistant restarted while a tool call runs: not run twice, the outcome said to be unknown', async () => {
    await start('litellm');
    const runs = async () =>
      Number(
        (await stack.conn.sendMessagePromise({ type: 'get_states' })).find(
          (s) => s.entity_id === 'counter.slow_script_runs',
        )?.state,
      );
    const before = await runs();
    await c().ask('Please run the slow script');
    const row = panel().locator('oacc-tool-call').last();
    await row.getByText('Running…').waitFor();
    await stack.restartHomeAssistant(async () => {
      await row.getByText(/Outcome unknown/).waitFor({ timeout: 30_000 });
    });
    await c()
      .answers.last()
      .getByText(/whether it happened is not known/)
      .waitFor({ timeout: 60_000 });
    await screenshot(page, 'panel-light-desktop-tool-unknown');
    // Home Assistant answers before every integration is loaded again: wait for the counter.
    let after = NaN;
    for (let i = 0; i < 120 && Number.isNaN(after); i++) {
      after = await runs();
      if (Number.isNaN(after)) await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(after, before + 1, 'the script ran once, and was not sent again');
    const messages = await stored((m) => assert.equal(m.at(-1).status, 'complete'));
    const call = messages.flatMap((m) => m.tool_calls ?? []).at(-1);
    assert.equal(call.status, 'unknown');
    assert.match(call.result, /Do not call it again/);
  });

  test('LiteLLM stopped, then started again: “Cannot reach”, then Try again answers', async () => {
    await start('litellm');
    await stack.restartLiteLLM(async () => {
      await c().ask('Are you back?');
      await c()
        .alert.getByText(/Cannot reach the provider at/)
        .waitFor({ timeout: 60_000 });
      await stored((m) =>
        assert.deepEqual(
          m.map((x) => x.content),
          ['Are you back?'],
        ),
      );
    });
    await c().alert.getByRole('button', { name: 'Try again' }).click();
    await c().answers.last().getByText('You said: Are you back?').waitFor({ timeout: 30_000 });
    await stored((m) =>
      assert.deepEqual(
        m.map((x) => x.role),
        ['user', 'assistant'],
      ),
    );
  });
});
