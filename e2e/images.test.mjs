// End to end: a picture attached from a file, and a snapshot of the demo's camera, go to the
// model through LiteLLM, scaled down, and user data keeps only a thumbnail; the model looks
// through the camera itself once the user approves; a model set without vision says so before
// anything is sent; a model that refuses pictures is named with the fix.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HA_VERSION } from './stack/home-assistant.mjs';
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
  userData,
} from './helpers.mjs';

describe(`Pictures on Home Assistant ${HA_VERSION}`, { timeout: 10 * 60_000 }, () => {
  let stack;
  let browser;
  let page;

  before(async () => {
    ensureInstalled(HA_VERSION);
    stack = await startStack();
    const settings = liteLLMSettings(stack.litellm.url, stack.litellm.key);
    settings.providers.push(direct(stack.llm.url, 'blind', '/no-vision'));
    // The demo's camera, exposed to Assist as a user does: the chat's scope.
    await stack.conn.sendMessagePromise({
      type: 'homeassistant/expose_entity',
      assistants: ['conversation'],
      entity_ids: ['camera.demo_camera'],
      should_expose: true,
    });
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
  const picker = () => panel().locator('oacc-composer input[type=file]');

  const start = (provider) => newConversation(panel(), provider);

  /** A photo-like PNG of `width` × `height`, drawn by the browser (noise, so it does not shrink
   * to nothing when compressed). */
  async function png(width, height) {
    const base64 = await page.evaluate(
      ([w, h]) => {
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const ctx = canvas.getContext('2d');
        const pixels = ctx.createImageData(w, h);
        for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = (i * 7919) % 251;
        ctx.putImageData(pixels, 0, 0);
        return canvas.toDataURL('image/png').split(',')[1];
      },
      [width, height],
    );
    return { name: 'garden.png', mimeType: 'image/png', buffer: Buffer.from(base64, 'base64') };
  }

  test('a picture from a file reaches the model scaled down; user data keeps a thumbnail', async () => {
    await start('litellm');
    const file = await png(3000, 1500);
    await picker().setInputFiles(file);
    const pending = panel().getByRole('list', { name: 'Pictures to send' });
    await pending.getByRole('img', { name: 'Picture 1' }).waitFor();
    await c().ask('How many images did you get?');
    // The model got one JPEG of 1536 × 768 (the longer side scaled to 1536), through LiteLLM.
    await c()
      .answers.last()
      .getByText(/^I received 1 image: 1536×768 JPEG \(\d+ KB\)\.$/)
      .waitFor();
    await pending.waitFor({ state: 'detached' });
    await panel().getByRole('img', { name: 'Picture sent with the question' }).waitFor();

    const [question] = await newestMessages(stack.conn, (m) =>
      assert.equal(m.at(-1)?.status, 'complete'),
    );
    assert.equal(question.images.length, 1);
    const [image] = question.images;
    assert.deepEqual([image.width, image.height], [1536, 768]);
    assert.match(image.thumb, /^data:image\/jpeg;base64,/);
    // Stored: a thumbnail of a few kilobytes, not the 1536 px picture sent, nor the file.
    assert.ok(image.thumb.length < 40_000, `thumbnail of ${image.thumb.length} characters`);
    await screenshot(page, 'panel-light-desktop-picture');

    // After a reload the conversation shows the thumbnail.
    await page.reload();
    await panel().getByRole('img', { name: 'Picture sent with the question' }).waitFor();
  });

  test('a snapshot of a camera in scope, fetched with the user’s rights, reaches the model', async () => {
    await start('litellm');
    await panel().getByRole('button', { name: 'Camera snapshot' }).click();
    await panel()
      .getByRole('combobox', { name: 'Camera', exact: true })
      .selectOption('camera.demo_camera');
    await panel()
      .getByRole('list', { name: 'Pictures to send' })
      .getByRole('img', { name: 'Picture 1' })
      .waitFor();
    await c().ask('How many images did you get?');
    await c()
      .answers.last()
      .getByText(/^I received 1 image: \d+×\d+ JPEG \(\d+ KB\)\.$/)
      .waitFor();
    const [question] = await newestMessages(stack.conn, (m) =>
      assert.equal(m.at(-1)?.status, 'complete'),
    );
    assert.equal(question.images.length, 1);
    assert.ok(question.images[0].width > 0);
  });

  test('the model looks through a camera once the user approves, and gets its picture', async () => {
    await start('litellm');
    await c().ask('Who is at the door? Look through camera.demo_camera');
    const approve = panel().getByRole('button', { name: 'Approve' });
    await approve.waitFor();
    await panel()
      .getByText(/^Wants to look through .+\. Approve\?$/)
      .waitFor();
    const asked = stack.llm.requests.length;
    await approve.click();
    // Through LiteLLM: the call's result, then the picture in a message of its own.
    await c()
      .answers.last()
      .getByText(
        /"entity_id":"camera.demo_camera".* \| I received 1 image: \d+×\d+ JPEG \(\d+ KB\)\./,
      )
      .waitFor();
    assert.equal(stack.llm.requests.length, asked + 1, 'one request after the approval');
    await panel().getByRole('img', { name: 'Picture the model was shown' }).waitFor();
    const messages = await newestMessages(stack.conn, (m) =>
      assert.equal(m.at(-1)?.status, 'complete'),
    );
    const call = messages.flatMap((m) => m.tool_calls ?? []).at(-1);
    assert.equal(call.name, 'get_camera_image');
    assert.equal(call.status, 'done');
    assert.equal(call.images.length, 1);
    assert.ok(call.images[0].thumb.length < 40_000, 'a thumbnail is stored, not the picture');
    await screenshot(page, 'panel-light-desktop-camera-tool');
  });

  test('with “Ask before the model looks through a camera” off, it looks at once', async () => {
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    await page
      .locator('oacc-settings-page')
      .getByRole('checkbox', {
        name: 'Ask before the model looks through a camera (for all your chats)',
      })
      .uncheck();
    for (let tries = 0; ; tries++) {
      const { tools } = await userData(stack.conn, SETTINGS_KEY);
      if (tools?.camera_approval === false) break;
      assert.ok(tries < 50, 'the choice is stored within 10 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    await page.goto(`${stack.ha.url}/ai-chat`);
    await start('litellm');
    await c().ask('Look through camera.demo_camera');
    await c()
      .answers.last()
      .getByText(/I received 1 image: \d+×\d+ JPEG/)
      .waitFor();
    assert.equal(await panel().getByRole('button', { name: 'Approve' }).count(), 0);
  });

  test('a model that refuses pictures: the provider’s refusal, named with the fix', async () => {
    await start('blind');
    await picker().setInputFiles(await png(400, 300));
    await c().ask('How many images did you get?');
    await c().alert.getByText('The model refused the picture: it does not take images.').waitFor();
    await c()
      .alert.getByText(/Choose a model that takes pictures for this chat, or ask without/)
      .waitFor();
  });

  test('a model set without vision says so before anything is sent', async () => {
    // Vision off for the refusing model, in its provider's settings.
    await page.goto(`${stack.ha.url}/ai-chat/settings`);
    const settings = page.locator('oacc-settings-page');
    await settings.getByRole('button', { name: 'Edit blind' }).click();
    const form = page.locator('oacc-provider-form');
    await form.getByRole('checkbox', { name: 'Vision: takes pictures' }).uncheck();
    await form.getByRole('button', { name: 'Save provider' }).click();
    // Stored before the chat opens (the list shows "Edit blind" before and after the save).
    for (let tries = 0; ; tries++) {
      const { providers } = await userData(stack.conn, SETTINGS_KEY);
      if (providers.find((p) => p.id === 'blind').models[0].vision === false) break;
      assert.ok(tries < 50, 'Vision off is stored within 10 s');
      await new Promise((r) => setTimeout(r, 200));
    }

    await page.goto(`${stack.ha.url}/ai-chat`);
    await start('blind');
    const before = stack.llm.requests.length;
    await picker().setInputFiles(await png(400, 300));
    await panel()
      .locator('oacc-composer')
      .getByRole('alert')
      .getByText(
        'scripted-model is set as not taking pictures (Vision is off in its settings): turn Vision on for it, or choose a model that takes pictures.',
      )
      .waitFor();
    assert.equal(
      await panel().getByRole('list', { name: 'Pictures to send' }).count(),
      0,
      'nothing attached',
    );
    assert.equal(stack.llm.requests.length, before, 'nothing sent');
  });
});
