// End to end, as a new user would: a real Home Assistant (newest release, or HA_VERSION), a real
// LiteLLM in front of the scripted model, Debian's Chromium. Run with
// `node --experimental-websocket --test e2e/` (npm test does).
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GUEST, asGuest } from './stack/auth.mjs';
import { HA_VERSION } from './stack/home-assistant.mjs';
import { freePort } from './stack/processes.mjs';
import { say, startSpeechToText } from './stack/speech.mjs';
import { DASHBOARD_PATH, SETTINGS_KEY, saveDashboard, startStack } from './stack/stack.mjs';
import {
  HISTORY_KEY,
  addOllamaAgent,
  addWyomingSpeechToText,
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

const DASHBOARD = `/${DASHBOARD_PATH}/chat`;
const haVersion = HA_VERSION;

describe(`Home Assistant ${haVersion}, LiteLLM and Chromium`, { timeout: 15 * 60_000 }, () => {
  let stack;
  let browser;
  let context;
  let page;

  before(async () => {
    ensureInstalled(haVersion);
    stack = await startStack({ haVersion });
    await saveDashboard(stack.conn, []); // an empty dashboard: the user adds the card
    browser = await launchChromium();
    context = await newContext(browser);
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const card = () => page.locator('openai-compatible-conversation-card');

  /** The demo's kitchen lights, switched off before a test asks to turn them on. */
  const switchOffKitchen = () =>
    stack.conn.sendMessagePromise({
      type: 'call_service',
      domain: 'light',
      service: 'turn_off',
      target: { entity_id: 'light.kitchen_lights' },
    });
  /** Waits until the kitchen lights are on (20 s at most). */
  async function kitchenTurnsOn() {
    for (let tries = 0; ; tries++) {
      const states = await stack.conn.sendMessagePromise({ type: 'get_states' });
      if (states.find((s) => s.entity_id === 'light.kitchen_lights').state === 'on') return;
      assert.ok(tries < 100, 'the kitchen lights are on within 20 s');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  test('runs the release it claims', async () => {
    const config = await stack.conn.sendMessagePromise({ type: 'get_config' });
    assert.equal(config.version, haVersion);
    const resources = await stack.conn.sendMessagePromise({ type: 'lovelace/resources' });
    assert.ok(
      resources.some(
        (r) => r.type === 'module' && r.url.endsWith('/openai-compatible-conversation.js'),
      ),
    );
  });

  test('a new user logs in, adds the card from the picker and sets up LiteLLM in its editor', async () => {
    await logIn(page, stack.ha.url, DASHBOARD, 'demo', 'demo');
    await page.getByRole('button', { name: 'Edit dashboard' }).click();
    await page.getByRole('button', { name: 'Add card' }).click();
    await page.getByRole('tab', { name: 'By card' }).click();
    // One word: 2025.1's fuzzy search misses "OpenAI Compatible"; it titles the card "Custom: …"
    // and labels its search field instead of giving it a placeholder.
    await page
      .getByPlaceholder(/search/i)
      .or(page.getByRole('textbox', { name: /search/i }))
      .first()
      .fill('OpenAI');
    await page
      .getByText(/OpenAI Compatible Conversation/)
      .first()
      .click({ force: true });

    await page.getByRole('button', { name: 'Add provider' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('LiteLLM');
    await page.getByRole('textbox', { name: 'Base URL' }).fill(`${stack.litellm.url}/v1`);
    await page.getByLabel(/API key/).fill(stack.litellm.key);
    await page.getByRole('button', { name: 'Load models' }).click();
    const models = page.getByRole('group', { name: 'Models' });
    // The models are LiteLLM's, from its /v1/models.
    for (const id of ['scripted-model', 'scripted-slow', 'scripted-broken'])
      await models.getByText(id, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save provider' }).click();
    // Saved to user data, then picked for the card: the form gives way to "Add provider" again.
    await page.getByRole('button', { name: 'Add provider' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: /^Provider/ }).inputValue(), 'litellm');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click();

    const settings = await storedData(stack.conn, SETTINGS_KEY, (s) =>
      assert.ok(s?.providers?.length),
    );
    assert.equal(settings.version, 1);
    assert.deepEqual(
      settings.providers.map((p) => [p.id, p.base_url, p.api_key, p.models.map((m) => m.model_id)]),
      [['litellm', `${stack.litellm.url}/v1`, stack.litellm.key, ['scripted-model']]],
    );
    const lovelace = await stack.conn.sendMessagePromise({
      type: 'lovelace/config',
      url_path: DASHBOARD_PATH,
    });
    assert.deepEqual(lovelace.views[0].cards, [
      {
        type: 'custom:openai-compatible-conversation-card',
        provider_id: 'litellm',
        model_id: 'scripted-model',
      },
    ]);
    assert.ok(
      !JSON.stringify(lovelace).includes(stack.litellm.key),
      'the key is not in the Lovelace config',
    );
  });

  test('the answer streams in; a reload keeps the settings and the conversation', async () => {
    const c = chat(card());
    await c.ask('Hello from the dashboard');
    await c.answers.last().getByText('You said: Hello from the dashboard').waitFor();
    await c.send.waitFor(); // Send is back: the answer is complete
    // Listed in the index, named after the dashboard and the card; its messages in a document.
    const index = await userData(stack.conn, HISTORY_KEY);
    assert.equal(index.version, 2);
    assert.equal(index.conversations.length, 1);
    assert.equal(index.conversations[0].source.label, 'AI demo · Chat');
    const stored = await userData(stack.conn, conversationKey(index.conversations[0].id));
    assert.deepEqual(
      stored.messages.map((m) => [m.role, m.status]),
      [
        ['user', 'complete'],
        ['assistant', 'complete'],
      ],
    );

    await page.reload();
    const again = chat(card());
    await again.messages.first().getByText('Hello from the dashboard').waitFor();
    await again.answers.last().getByText('You said: Hello from the dashboard').waitFor();
    assert.equal(await again.messages.count(), 2);
  });

  test('the panel in the sidebar chats too', async () => {
    await page
      .getByRole('link', { name: 'AI Chat' })
      .or(page.getByRole('option', { name: 'AI Chat' }))
      .first()
      .click();
    await page.waitForURL(/\/ai-chat/);
    const panel = page.locator('openai-compatible-conversation-panel');
    const c = chat(panel);
    await c.ask('Hello panel');
    await c.answers.last().getByText('You said: Hello panel').waitFor();
  });

  test('screenshots: card and panel, light and dark, desktop and phone', async () => {
    for (const dark of [false, true]) {
      for (const [width, height, size] of [
        [1280, 800, 'desktop'],
        [390, 844, 'phone'],
      ]) {
        const ctx = await newContext(browser, { dark, width, height });
        await ctx.addInitScript(
          (tokens) => localStorage.setItem('hassTokens', JSON.stringify(tokens)),
          stack.owner.tokens,
        );
        const p = await ctx.newPage();
        const theme = dark ? 'dark' : 'light';
        await p.goto(`${stack.ha.url}${DASHBOARD}`);
        await chat(p.locator('openai-compatible-conversation-card')).answers.first().waitFor();
        await screenshot(p, `card-${theme}-${size}`);
        await p.goto(`${stack.ha.url}/ai-chat`);
        await chat(p.locator('openai-compatible-conversation-panel')).answers.first().waitFor();
        await screenshot(p, `panel-${theme}-${size}`);
        if (size === 'phone') {
          const box = await chat(
            p.locator('openai-compatible-conversation-panel'),
          ).textbox.boundingBox();
          assert.ok(
            box && box.x >= 0 && box.x + box.width <= width,
            'the text box fits a phone screen',
          );
        }
        await ctx.close();
      }
    }
  });

  test('a wrong key gets a clear message, and the page stays usable', async () => {
    const settings = await userData(stack.conn, SETTINGS_KEY);
    const wrong = structuredClone(settings);
    wrong.providers[0].api_key = 'sk-not-the-right-key';
    await stack.conn.sendMessagePromise({
      type: 'frontend/set_user_data',
      key: SETTINGS_KEY,
      value: wrong,
    });
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const c = chat(card());
    await c.ask('Are you there?');
    await c.alert.getByText(/refused the API key/).waitFor();
    const text = await c.alert.innerText();
    assert.match(text, /only its master key/);
    assert.ok(!text.includes('sk-not-the-right-key'), 'the key is not shown');
    assert.equal(await c.textbox.isEnabled(), true);
    await stack.conn.sendMessagePromise({
      type: 'frontend/set_user_data',
      key: SETTINGS_KEY,
      value: settings,
    });
  });

  test('LiteLLM stopped gets a clear "cannot reach" message, and the page stays usable', async () => {
    await stack.litellm.stop();
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    const c = chat(card());
    await c.ask('Still there?');
    await c.alert.getByText(/Cannot reach the provider at/).waitFor({ timeout: 30_000 });
    assert.equal(await c.textbox.isEnabled(), true);
    await screenshot(page, 'card-light-desktop-unreachable');
  });

  test('a second, non-admin user sees none of the first user’s providers or keys', async () => {
    await asGuest(stack, async (conn) => {
      assert.equal(await userData(conn, SETTINGS_KEY), null);
      assert.equal(await userData(conn, HISTORY_KEY), null);
    });
    const ctx = await newContext(browser);
    const p = await ctx.newPage();
    await logIn(p, stack.ha.url, '/ai-chat', GUEST.username, GUEST.password);
    const panel = p.locator('openai-compatible-conversation-panel');
    await chat(panel)
      .alert.getByText(/No provider is set up yet/)
      .waitFor();
    assert.equal(await chat(panel).messages.count(), 0, 'no conversation of the first user');
    await ctx.close();
  });

  test('Home Assistant’s own agent, chosen in the card editor, turns on the kitchen lights', async () => {
    // LiteLLM is stopped (above): the agent needs no provider.
    await switchOffKitchen();
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    await openCardEditor(page);
    await page.getByRole('combobox', { name: /^Provider/ }).selectOption('home-assistant');
    assert.equal(
      await page.getByRole('combobox', { name: /^Model/ }).inputValue(),
      'conversation.home_assistant',
    );
    await page.getByText(/Approve and this card’s scope do not apply/).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click();

    const c = chat(card());
    await c.ask('Turn on the kitchen lights');
    await c.answers
      .last()
      .getByText(/^Turned on/)
      .waitFor();
    await kitchenTurnsOn();
    // What the agent did, as a row like our own tools' (done: it needed no Approve).
    await card().getByText('Home Assistant acted on Kitchen Lights').waitFor();
    // Stored with the answer: the agent, and its conversation id, so that the next question goes
    // on (Assist itself keeps none before 2025.2: its answer there says "not supported").
    const keepsId = haVersion.localeCompare('2025.2', undefined, { numeric: true }) >= 0;
    for (let tries = 0; ; tries++) {
      const index = await userData(stack.conn, HISTORY_KEY);
      const cards = index.conversations.filter((e) => e.source?.label === 'AI demo · Chat');
      const newest = cards.toSorted((a, b) => b.updated_at.localeCompare(a.updated_at))[0];
      const doc = await userData(stack.conn, conversationKey(newest.id));
      const answer = doc.messages.filter((m) => !m.deleted).at(-1);
      if (answer?.status === 'complete' && answer.model === 'conversation.home_assistant') {
        assert.equal(Boolean(answer.agent_conversation_id), keepsId);
        break;
      }
      assert.ok(tries < 50, 'the agent’s answer is stored within 10 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const lovelace = await stack.conn.sendMessagePromise({
      type: 'lovelace/config',
      url_path: DASHBOARD_PATH,
    });
    assert.deepEqual(lovelace.views[0].cards[0], {
      type: 'custom:openai-compatible-conversation-card',
      provider_id: 'home-assistant',
      model_id: 'conversation.home_assistant',
    });
    await screenshot(page, 'card-light-desktop-home-assistant-agent');
  });

  test('an LLM agent in Home Assistant (its Ollama integration on the scripted model) acts through its own tools, its answer streaming in through its pipeline', async () => {
    // Added as a user adds it in Settings, its chunks 80 ms apart; its own Assist pipeline.
    const agent = await addOllamaAgent(stack, `${stack.llm.url}/ollama/chunk-delay-80`);
    await preferPipeline(stack.conn, 'Scripted Ollama', { conversation_engine: agent });
    await switchOffKitchen();
    await page.goto(`${stack.ha.url}${DASHBOARD}`);
    await openCardEditor(page);
    await page.getByRole('combobox', { name: /^Model/ }).selectOption(agent);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click();

    // The same conversation as Assist's answer above goes on, now with this agent.
    const c = chat(card());
    const earlier = await c.answers.count();
    await c.ask('Turn on the kitchen lights');
    const reply = c.answers.nth(earlier);
    // The agent called Home Assistant's HassTurnOn itself: a row, named after what it acted on
    // (releases that stream, 2025.3+, report the agent's tool calls; 2025.1 only its answer).
    const streams = haVersion.localeCompare('2025.3', undefined, { numeric: true }) >= 0;
    if (streams) await reply.getByText('Home Assistant acted on Kitchen Lights').waitFor();
    else await reply.waitFor();
    // The answer as it arrives: where the release streams, it grows piece by piece.
    const seen = [];
    const shown = () =>
      reply
        .locator('oacc-markdown')
        .evaluate((el) =>
          [...el.shadowRoot.querySelectorAll('.plain, .block')].map((b) => b.innerText).join(''),
        )
        .catch(() => '');
    for (let tries = 0, done = false; !done; tries++) {
      assert.ok(tries < 1000, 'the answer is complete within 30 s');
      done = await c.send.isVisible();
      const text = await shown();
      if (text && text !== seen.at(-1)) seen.push(text);
    }
    const whole = await shown();
    assert.match(whole, /^Done: .*Kitchen Lights/s);
    // Under the answer, the agent by the name Home Assistant gives it, not its entity id.
    const { agents } = await stack.conn.sendMessagePromise({ type: 'conversation/agent/list' });
    const name = agents.find((a) => a.id === agent).name;
    assert.notEqual(name, agent);
    await reply.getByTitle(`Written by ${agent}`).getByText(name, { exact: true }).waitFor();
    if (streams) {
      assert.equal(await reply.locator('oacc-tool-call').count(), 1, 'one row for one tool call');
      assert.ok(seen.length >= 5, `seen growing ${seen.length} times: ${JSON.stringify(seen)}`);
      for (const [i, text] of seen.entries())
        assert.ok(whole.startsWith(text.trimEnd()), `part ${i} is a beginning of the answer`);
    }
    await kitchenTurnsOn();
    // Two requests reached the model through Home Assistant: the tool call, then the answer.
    const asked = stack.llm.requests.filter((r) => r.path.endsWith('/api/chat'));
    assert.equal(asked.length, 2);
    assert.equal(asked[0].body.stream, streams);
    await screenshot(page, 'card-light-desktop-llm-agent');
  });

  test('Read aloud: the answer in the voice of the preferred Assist pipeline (the demo’s text-to-speech), played', async () => {
    // A voice assistant with the demo's text-to-speech, preferred, as a user sets one up.
    const { providers } = await stack.conn.sendMessagePromise({ type: 'tts/engine/list' });
    await preferPipeline(stack.conn, 'Demo voice', {
      tts_engine: providers.find((p) => /demo/.test(p.engine_id)).engine_id,
      tts_language: 'en',
    });
    // What the page plays, observed (the real player runs).
    await page.evaluate(() => {
      window.__played = [];
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function () {
        const entry = { src: this.src, events: [] };
        window.__played.push(entry);
        for (const type of ['loadeddata', 'playing', 'ended', 'error'])
          this.addEventListener(type, () => entry.events.push(type));
        return play.call(this);
      };
    });
    await card().getByRole('button', { name: 'Read aloud' }).last().click();
    let played;
    for (let tries = 0; !played?.events.includes('ended'); tries++) {
      [played] = await page.evaluate(() => window.__played);
      const notice = await card().locator('oacc-chat-view .notice').allInnerTexts();
      assert.ok(tries < 100, `played within 20 s: ${JSON.stringify({ played, notice })}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(played.src, /\/api\/tts_proxy\//);
    assert.deepEqual(played.events, ['loadeddata', 'playing', 'ended']);
    // Played through: the button is Read aloud again.
    await card().getByRole('button', { name: 'Read aloud' }).last().waitFor();
    assert.equal(await card().getByRole('button', { name: 'Stop reading' }).count(), 0);
  });

  test('Speak: an insecure page, a refused microphone, an assistant without speech-to-text, and one that refuses the audio each say so', async () => {
    // A fake microphone playing a second of tone (16 kHz mono WAV), as Chromium allows.
    const wav = join(tmpdir(), `oacc-speech-${process.pid}.wav`);
    writeFileSync(wav, tone(1, 16_000));
    // ha.example is this Home Assistant under a name that is not this machine's: a plain-http
    // page there is not a secure one, as for a user who opens http://homeassistant.lan:8123.
    const voiced = await launchChromium([
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
      '--host-resolver-rules=MAP ha.example 127.0.0.1',
    ]);
    const speakIn = async (allowed, url = stack.ha.url) => {
      const ctx = await newContext(voiced);
      if (allowed) await ctx.grantPermissions(['microphone'], { origin: url });
      const p = await ctx.newPage();
      await logIn(p, url, DASHBOARD, 'demo', 'demo');
      const theCard = p.locator('openai-compatible-conversation-card');
      await theCard.getByRole('button', { name: 'Speak' }).click();
      const problem = theCard.locator('oacc-composer').getByRole('alert');
      await problem.waitFor();
      return { ctx, problem: await problem.innerText() };
    };
    try {
      // The demo's speech-to-text in the preferred assistant.
      const { providers } = await stack.conn.sendMessagePromise({ type: 'stt/engine/list' });
      await preferPipeline(stack.conn, 'Demo ears', {
        stt_engine: providers.find((p) => /demo/.test(p.engine_id)).engine_id,
        stt_language: 'en',
      });
      // (Chromium will not even grant the microphone to such a page.)
      const insecure = await speakIn(false, stack.ha.url.replace('127.0.0.1', 'ha.example'));
      assert.match(insecure.problem, /only to secure pages: open Home Assistant over https/);
      await insecure.ctx.close();

      const refused = await speakIn(false);
      assert.match(refused.problem, /was not allowed to use the microphone/);
      await refused.ctx.close();

      // The demo's speech-to-text takes stereo only; Home Assistant's voice dialog (and so this
      // card) sends mono: Home Assistant refuses the run, in its words.
      const demo = await speakIn(true);
      assert.match(
        demo.problem,
        /does not take the audio Home Assistant’s voice dialog sends .* Home Assistant says:/,
      );
      await screenshot(demo.ctx.pages()[0], 'card-light-desktop-speak-refused');
      await demo.ctx.close();

      // An assistant without speech-to-text: said before the microphone is asked for.
      await preferPipeline(stack.conn, 'No ears', {});
      const noStt = await speakIn(true);
      assert.match(noStt.problem, /has no speech-to-text/);
      await noStt.ctx.close();
    } finally {
      await voiced.close();
      rmSync(wav, { force: true });
    }
  });

  test('Speak: a command said into the microphone lands in the message box (a Wyoming speech-to-text), and sent, turns on the light', async () => {
    // espeak-ng says it; Chromium's fake microphone plays it; Home Assistant's Wyoming
    // integration hands the audio to PocketSphinx (e2e/stack/speech-to-text.py).
    const wav = say(
      'Turn on the kitchen lights',
      join(tmpdir(), `oacc-command-${process.pid}.wav`),
    );
    const speech = await startSpeechToText({ port: await freePort(), dir: stack.configDir });
    const voiced = await launchChromium([
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
    ]);
    try {
      const engine = await addWyomingSpeechToText(stack, speech);
      await preferPipeline(stack.conn, 'Wyoming ears', { stt_engine: engine, stt_language: 'en' });
      const ctx = await newContext(voiced);
      await ctx.grantPermissions(['microphone'], { origin: stack.ha.url });
      const p = await ctx.newPage();
      await logIn(p, stack.ha.url, DASHBOARD, 'demo', 'demo');
      const theCard = p.locator('openai-compatible-conversation-card');
      const c = chat(theCard);
      await theCard.getByRole('button', { name: 'Speak' }).click();
      let heard = '';
      for (let tries = 0; !heard; tries++) {
        const problem = await theCard.locator('oacc-composer').getByRole('alert').allInnerTexts();
        assert.ok(tries < 100, `heard within 20 s: ${JSON.stringify(problem)}`);
        await new Promise((r) => setTimeout(r, 200));
        heard = await c.textbox.inputValue();
      }
      assert.match(heard, /^turn on the kitchen lights?$/i);
      // Recording ended by itself at the silence: Speak is offered again.
      await theCard.getByRole('button', { name: 'Speak' }).waitFor();
      // The box, focused for the user to check the words, stays at the bottom of the card, the
      // card's buttons above the conversation (focus once scrolled the card's clipped content).
      const frame = await theCard.boundingBox();
      const box = await c.textbox.boundingBox();
      assert.ok(frame.y + frame.height - (box.y + box.height) < 40, 'the box is at the bottom');
      const top = await theCard.getByRole('button', { name: 'New conversation' }).boundingBox();
      assert.ok(top.y >= frame.y, 'the card’s buttons are in the card');
      await screenshot(p, 'card-light-desktop-speak-heard');

      await switchOffKitchen();
      await c.textbox.press('Enter');
      await kitchenTurnsOn();
      await ctx.close();
    } finally {
      await voiced.close();
      await speech.stop();
      rmSync(wav, { force: true });
    }
  });
});

/** Creates an Assist pipeline with Home Assistant's own agent (or another) and `engines`, and
 * makes it the preferred one, as a user does in Settings → Voice assistants. */
async function preferPipeline(conn, name, engines) {
  const pipeline = await conn.sendMessagePromise({
    type: 'assist_pipeline/pipeline/create',
    name,
    language: 'en',
    conversation_engine: 'conversation.home_assistant',
    conversation_language: 'en',
    stt_engine: null,
    stt_language: null,
    tts_engine: null,
    tts_language: null,
    tts_voice: null,
    wake_word_entity: null,
    wake_word_id: null,
    ...engines,
  });
  await conn.sendMessagePromise({
    type: 'assist_pipeline/pipeline/set_preferred',
    pipeline_id: pipeline.id,
  });
}

/** `seconds` of a 440 Hz tone as a 16-bit mono PCM WAV file at `rate`. */
function tone(seconds, rate) {
  const samples = seconds * rate;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++)
    wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), 44 + i * 2);
  return wav;
}
