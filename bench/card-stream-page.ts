// Runs in Chromium (bench/card-stream.mjs): one answer streamed into the whole card (provider
// stream → session → chat view → Markdown → layout), and the same stream read raw with nothing
// done to it, from the scripted model over loopback.
import '../src/index';
import { FakeConnection } from '../test/helpers/fake-connection';
import { SETTINGS_KEY } from '../src/schema/settings';

type Card = HTMLElement & { setConfig(c: unknown): void; hass: unknown };

const END = 'And that is the end of the answer.'; // the scripted model's last sentence

/** A short question; the scripted model answers with about `chars` characters of Markdown. */
const question = (chars: number) => `markdown ${chars}`;

let card: Card | undefined;

const api = {
  /** Puts a new card on the page (in place of the last), its provider the scripted model at
   * `base`, its conversation new. */
  async mount(base: string): Promise<void> {
    card?.remove();
    const conn = new FakeConnection();
    conn.data.set(SETTINGS_KEY, {
      version: 1,
      providers: [
        {
          id: 'p',
          name: 'P',
          base_url: `${base}/v1`,
          auth_mode: 'global',
          timeout_s: 60,
          models: [{ model_id: 'scripted-model' }],
        },
      ],
      defaults: { provider_id: 'p', model_id: 'scripted-model' },
    });
    card = document.createElement('openai-compatible-conversation-card') as Card;
    card.style.cssText = 'display:block;width:600px;height:720px';
    card.setConfig({ type: 'custom:openai-compatible-conversation-card', title: 'Bench' });
    card.hass = { connection: conn, user: { id: 'u', name: 'U' }, states: {}, language: 'en' };
    document.body.append(card);
    while (!api.textarea()) await new Promise((r) => setTimeout(r, 20));
  },

  textarea(): HTMLTextAreaElement | null | undefined {
    return card?.shadowRoot
      ?.querySelector('oacc-chat-view')
      ?.shadowRoot?.querySelector('oacc-composer')
      ?.shadowRoot?.querySelector('textarea');
  },

  /** Milliseconds from asking to the whole answer shown in the card and laid out. */
  async ask(chars: number): Promise<number> {
    const box = api.textarea()!;
    const text = question(chars);
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const start = performance.now();
    box.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    const shown = () => {
      const view = card!.shadowRoot?.querySelector('oacc-chat-view');
      const messages = view?.shadowRoot?.querySelectorAll('oacc-chat-message');
      const newest = messages?.[messages.length - 1] as
        (Element & { message?: { status?: string } }) | undefined;
      return (
        newest?.message?.status === 'complete' &&
        newest.shadowRoot?.querySelector('oacc-markdown')?.shadowRoot?.textContent?.includes(END)
      );
    };
    // Polled on a timer rather than observed: an observer would itself run on every change.
    while (!shown()) await new Promise((r) => setTimeout(r, 25));
    card!.getBoundingClientRect();
    return performance.now() - start;
  },

  /** Milliseconds to read the same answer's stream to its end and do nothing with it. */
  async raw(base: string, chars: number): Promise<number> {
    const start = performance.now();
    const response = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'scripted-model',
        stream: true,
        messages: [{ role: 'user', content: question(chars) }],
      }),
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    while (!(await reader.read()).done);
    return performance.now() - start;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
