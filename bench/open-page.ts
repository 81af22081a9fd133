// Runs in Chromium (bench/open.mjs): opening a stored conversation in the card, from the moment
// the card is put on the page to its newest message rendered and laid out, for conversations of
// 10 and 1,000 messages kept in (fake, in-memory) Home Assistant user data.
import '../src/index';
import { FakeConnection } from '../test/helpers/fake-connection';
import { type ChatMessage, HISTORY_KEY, conversationKey } from '../src/schema/conversation';
import { SETTINGS_KEY } from '../src/schema/settings';

const answer = (i: number) =>
  `Here is answer ${i}, with **bold** text, a list and some code:\n\n- the first point\n- the second point, a little longer than the first\n- a third\n\n\`\`\`yaml\nservice: light.turn_on\ntarget:\n  entity_id: light.kitchen_${i}\n\`\`\`\n\nAnd a closing paragraph that says what was done and what to try next.`;

function conversation(n: number): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const t0 = Date.parse('2026-11-01T10:00:00Z');
  for (let i = 0; i < n; i++) {
    const user = i % 2 === 0;
    messages.push({
      id: `m${i}`,
      role: user ? 'user' : 'assistant',
      content: user
        ? `Question number ${i}: what should I do about the kitchen lights?`
        : answer(i),
      status: 'complete',
      created_at: new Date(t0 + i * 1000).toISOString(),
      ...(i ? { parent: `m${i - 1}` } : {}),
      ...(user ? {} : { model: 'scripted-model' }),
    });
  }
  return messages;
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/** Milliseconds from putting the card on the page to its newest answer laid out. */
async function open(n: number): Promise<number> {
  const conn = new FakeConnection();
  const key = `card:${location.pathname}:Bench`;
  const messages = conversation(n);
  conn.data.set(SETTINGS_KEY, {
    version: 1,
    providers: [
      {
        id: 'p',
        name: 'P',
        base_url: 'http://127.0.0.1:9/v1',
        auth_mode: 'global',
        models: [{ model_id: 'scripted-model' }],
      },
    ],
  });
  conn.data.set(HISTORY_KEY, {
    version: 2,
    conversations: [
      {
        id: 'c',
        created_at: messages[0]!.created_at,
        updated_at: messages.at(-1)!.created_at,
        source: { kind: 'card', key },
        stats: { messages: n, at: messages.at(-1)!.created_at },
      },
    ],
  });
  conn.data.set(conversationKey('c'), {
    version: 2,
    id: 'c',
    messages,
    leaf: { value: messages.at(-1)!.id, at: messages.at(-1)!.created_at },
  });
  const card = document.createElement('openai-compatible-conversation-card') as HTMLElement & {
    setConfig(c: unknown): void;
    hass: unknown;
  };
  card.style.cssText = 'display:block;width:600px;height:640px';
  card.setConfig({ type: 'custom:openai-compatible-conversation-card', title: 'Bench' });
  card.hass = { connection: conn, user: { id: 'u', name: 'U' }, states: {} };
  const last = `And a closing paragraph`;
  const start = performance.now();
  document.body.append(card);
  for (;;) {
    const view = card.shadowRoot?.querySelector('oacc-chat-view');
    const shown = view?.shadowRoot?.querySelectorAll('oacc-chat-message');
    const newest = shown?.[shown.length - 1]?.shadowRoot?.querySelector('oacc-markdown');
    if (newest?.shadowRoot?.textContent?.includes(last)) break;
    await nextTask();
  }
  card.getBoundingClientRect();
  const ms = performance.now() - start;
  card.remove();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

(window as unknown as { runBench: () => Promise<unknown> }).runBench = async () => {
  for (let i = 0; i < 3; i++) await open(10); // warm up
  const rows = [];
  for (const n of [10, 100, 1000]) {
    const runs = [];
    for (let i = 0; i < 7; i++) runs.push(await open(n));
    rows.push({ n, ms: median(runs) });
  }
  return rows;
};
