import { expect, fixture, html } from '@open-wc/testing';
import { LLM_URL } from '../helpers/llm';
import { TURN } from '../helpers/chat-harness';
import { until } from '../helpers/fake-connection';
import { prepareImage } from '../../src/ui/images';
import { isOwnPicture } from '../../src/guard/pictures';
import { ChatSession } from '../../src/chat/session';
import { streamChat } from '../../src/provider/chat';
import { ProviderError } from '../../src/provider/errors';
import type { OaccComposer } from '../../src/ui/composer';
import '../../src/index';

/** A PNG of `width` × `height` with noise in it, as a camera or a screenshot gives. */
async function png(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  const pixels = ctx.createImageData(width, height);
  for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = (i * 7919) % 251;
  ctx.putImageData(pixels, 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

async function sizeOf(url: string) {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  return [bitmap.width, bitmap.height];
}

describe('pictures: scaled before they go', () => {
  it('the provider gets a JPEG of at most 1536 px; what is kept is a thumbnail of 256', async () => {
    const { full, image } = await prepareImage(await png(3000, 1500));
    expect(full.startsWith('data:image/jpeg;base64,')).to.equal(true);
    expect(await sizeOf(full)).to.deep.equal([1536, 768]);
    expect([image.width, image.height]).to.deep.equal([1536, 768]);
    expect(await sizeOf(image.thumb)).to.deep.equal([256, 128]);
    expect(isOwnPicture(image.thumb)).to.equal(true);
    // A small picture keeps its size.
    expect((await prepareImage(await png(300, 200))).image.width).to.equal(300);
  });

  it('only our own JPEG and PNG data URLs are shown from a stored document', () => {
    expect(isOwnPicture('data:image/png;base64,iVBORw0KGgo=')).to.equal(true);
    for (const url of [
      'https://example.com/x.png',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:image/png;base64,abc"onerror="x',
      'javascript:alert(1)',
    ])
      expect(isOwnPicture(url), url).to.equal(false);
  });

  it('a question with a picture reaches the model as an image_url part; the stored message keeps the thumbnail only', async () => {
    const session = new ChatSession({ conversationId: 'c' });
    session.subscribe(() => undefined);
    const attachment = await prepareImage(await png(2048, 1024));
    await session.send(
      'How many images did you get?',
      { ...TURN, target: { baseUrl: `${LLM_URL}/v1` } },
      [attachment],
    );
    const [question, answer] = session.state.messages;
    expect(answer!.content).to.match(/^I received 1 image: 1536×768 JPEG \(\d+ KB\)\.$/);
    expect(question!.images).to.deep.equal([attachment.image]);
    expect(JSON.stringify(question).length).to.be.lessThan(attachment.full.length / 4);
  });
});

describe('pictures: a model that takes none', () => {
  for (const server of ['', '/vllm', '/ollama', '/litellm']) {
    it(`${server || '/openai'}: its refusal is named, with the fix`, async () => {
      const events = streamChat(
        { baseUrl: `${LLM_URL}${server}/no-vision/v1` },
        {
          model: 'scripted-model',
          messages: [
            {
              role: 'user',
              content: [
                { type: 'text', text: 'What is this?' },
                { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              ],
            },
          ],
        },
      );
      let error: unknown;
      try {
        for await (const _ of events);
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(ProviderError);
      expect((error as ProviderError).type).to.equal('no_vision');
      expect((error as ProviderError).hint).to.contain('Choose a model that takes pictures');
    });
  }
});

describe('pictures: the message box', () => {
  it('attached pictures show above the box, can be removed, and go with the question', async () => {
    const composer = await fixture<OaccComposer>(html`<oacc-composer></oacc-composer>`);
    const root = composer.shadowRoot!;
    await composer.attach([await png(800, 600), await png(640, 480)]);
    await composer.updateComplete;
    const thumbs = () =>
      [...root.querySelectorAll('.attachments img')].map((i) => i.getAttribute('alt'));
    expect(thumbs()).to.deep.equal(['Picture 1', 'Picture 2']);
    (root.querySelector('[aria-label="Remove picture 1"]') as HTMLButtonElement).click();
    await composer.updateComplete;
    expect(thumbs()).to.deep.equal(['Picture 1']);

    let sent: { text: string; attachments: readonly unknown[] } | undefined;
    composer.addEventListener('oacc-send', (e) => (sent = (e as CustomEvent).detail));
    (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await composer.updateComplete;
    expect(sent?.text).to.equal('');
    expect(sent?.attachments).to.have.length(1);
    expect(root.querySelector('.attachments'), 'cleared once sent').to.equal(null);
  });

  it('a model set without vision: the box says so and attaches nothing', async () => {
    const composer = await fixture<OaccComposer>(
      html`<oacc-composer .noVision=${'m takes no pictures'}></oacc-composer>`,
    );
    await composer.attach([await png(100, 100)]);
    await composer.updateComplete;
    const root = composer.shadowRoot!;
    expect(root.querySelector('[role=alert]')?.textContent).to.equal('m takes no pictures');
    expect(root.querySelector('.attachments')).to.equal(null);
  });

  it('"Camera snapshot": the cameras in scope to pick from; the one picked is attached', async () => {
    const picture = await png(640, 480);
    const asked: string[] = [];
    let cameras = [{ id: 'camera.door', name: 'Front door' }];
    const source = {
      cameras: async () => cameras,
      snapshot: async (id: string) => (asked.push(id), picture),
    };
    const composer = await fixture<OaccComposer>(
      html`<oacc-composer .cameras=${source}></oacc-composer>`,
    );
    const root = composer.shadowRoot!;
    const snapshot = root.querySelector('[aria-label="Camera snapshot"]') as HTMLButtonElement;
    snapshot.click();
    await until(() => root.querySelector('select[aria-label="Camera"]'), 'the camera list');
    const select = root.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Pick a camera…',
      'Front door',
    ]);
    select.value = 'camera.door';
    select.dispatchEvent(new Event('change'));
    await until(() => root.querySelector('.attachments img'), 'the snapshot attached');
    expect(asked).to.deep.equal(['camera.door']);
    expect(root.querySelector('select'), 'the list closes').to.equal(null);

    cameras = [];
    snapshot.click();
    await until(() => root.querySelector('[role=alert]'), 'the message');
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('No camera is in this chat');
  });
});
