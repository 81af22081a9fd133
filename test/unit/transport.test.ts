import { expect } from '@open-wc/testing';
import { LLM_URL } from '../helpers/llm';
import { type StreamEvent, streamChat } from '../../src/provider/chat';
import { ProviderError } from '../../src/provider/errors';
import type { ClientOptions } from '../../src/provider/http';

const END = 'And that is the end of the answer.'; // the scripted model's "markdown N" ends so

const params = (text: string) => ({
  model: 'scripted-model',
  messages: [{ role: 'user' as const, content: text }],
});

async function answer(question: string, options: ClientOptions = {}, prefix = '') {
  let text = '';
  for await (const e of streamChat(
    { baseUrl: `${LLM_URL}${prefix}/v1` },
    params(question),
    options,
  ))
    if (e.type === 'content') text += e.text;
  return text;
}

/** Runs `body` (a module script) in a frame of this origin under `policy`; resolves with what
 * it posts. */
function inFrame(policy: string, body: string): Promise<unknown> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module">${body}</script>`;
  const done = new Promise((resolve) => {
    addEventListener('message', function on(e: MessageEvent) {
      if (e.source !== frame.contentWindow) return;
      removeEventListener('message', on);
      resolve(e.data);
    });
  });
  document.body.append(frame);
  return done.finally(() => frame.remove());
}

describe('streaming transport', () => {
  it('reads a streamed answer off the page, byte for byte what the page would read', async () => {
    const page = globalThis.fetch;
    const seen: string[] = [];
    globalThis.fetch = (input, init) => {
      seen.push(String(input));
      return page(input, init);
    };
    let viaWorker: string;
    try {
      viaWorker = await answer('markdown 20000', {}, '/rate-10000');
    } finally {
      globalThis.fetch = page;
    }
    expect(seen.filter((url) => url.includes('/chat/completions'))).to.deep.equal([]);
    // The same stream read by the page itself.
    const direct = await answer('markdown 20000', { fetch: page.bind(globalThis) }, '/rate-10000');
    expect(viaWorker.length).to.be.greaterThan(20000);
    expect(viaWorker.endsWith(END)).to.equal(true);
    expect(viaWorker).to.equal(direct);
  });

  it('Stop ends a slow answer at once, keeping nothing waiting', async () => {
    const controller = new AbortController();
    const events: StreamEvent[] = [];
    const started = performance.now();
    let error: unknown;
    try {
      for await (const e of streamChat(
        { baseUrl: `${LLM_URL}/chunk-delay-50/v1` },
        params('long answer 40'),
        { signal: controller.signal },
      )) {
        events.push(e);
        if (events.length === 3) controller.abort();
      }
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(ProviderError);
    expect((error as ProviderError).type).to.equal('aborted');
    expect(events.length).to.equal(3);
    // 40 paragraphs at 50 ms a piece would take many seconds.
    expect(performance.now() - started).to.be.lessThan(2000);
    // The transport serves the next answer as before.
    expect((await answer('markdown 300')).endsWith(END)).to.equal(true);
  });

  it('falls back to the page reading the stream where a policy forbids workers', async () => {
    const origin = location.origin;
    const result = (await inFrame(
      `worker-src 'none'; default-src 'self' 'unsafe-inline' http://127.0.0.1:*`,
      `import { streamChat } from '${origin}/src/provider/chat.ts';
       let blocked = false;
       document.addEventListener('securitypolicyviolation', (e) => {
         if (e.effectiveDirective === 'worker-src') blocked = true;
       });
       let text = '';
       try {
         for await (const e of streamChat({ baseUrl: ${JSON.stringify(`${LLM_URL}/v1`)} },
           { model: 'scripted-model', messages: [{ role: 'user', content: 'markdown 2000' }] },
           { pageUrl: '${origin}/' })) // a frame's own address is about:srcdoc
           if (e.type === 'content') text += e.text;
         parent.postMessage({ text, blocked }, '*');
       } catch (err) {
         parent.postMessage({ error: String(err) }, '*');
       }`,
    )) as { text?: string; error?: string; blocked?: boolean };
    expect(result.error).to.equal(undefined);
    expect(result.blocked, 'the policy refused the worker').to.equal(true);
    expect(result.text?.endsWith(END)).to.equal(true);
  });
});
