#!/usr/bin/env node
// What a turn costs Home Assistant: the websocket messages the page sends from Enter to the
// finished answer (stored), by type, in a real Home Assistant with the panel, for a plain question
// and for one whose answer turns on a light (one service call), each in a conversation that
// already has a turn, and for the first question of a new conversation. Every set_user_data makes
// Home Assistant rewrite the user's whole user-data file, so they are counted apart.
// Targets (issue 20): a plain turn at most 5 messages and 3 writes; one service call at most 8
// and 4. Usage: node bench/frames.mjs (HA_VERSION=2025.1.0 for the oldest release).
import { HA_VERSION } from '../e2e/stack/home-assistant.mjs';
import { exposeDemoHouse } from '../e2e/stack/house.mjs';
import { startStack } from '../e2e/stack/stack.mjs';
import {
  chat,
  ensureInstalled,
  launchChromium,
  logIn,
  newContext,
  newestMessages,
} from '../e2e/helpers.mjs';

ensureInstalled(HA_VERSION);
const stack = await startStack({ settings: true });
const browser = await launchChromium();
try {
  await exposeDemoHouse(stack.conn);
  const page = await (await newContext(browser)).newPage();
  /** Every message the page sends, as parsed JSON (Home Assistant's client sends one per frame,
   * or an array when it coalesces). */
  let sent = [];
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      try {
        const message = JSON.parse(String(payload));
        sent.push(...(Array.isArray(message) ? message : [message]));
      } catch {
        sent.push({ type: '(binary)' });
      }
    }),
  );
  await logIn(page, stack.ha.url, '/ai-chat', 'demo', 'demo');
  const panel = page.locator('openai-compatible-conversation-panel');
  const c = chat(panel);
  await c.textbox.waitFor();

  /** Asks `question` and counts what was sent until the answer is stored complete. */
  async function turn(question, answered) {
    // Let what the page does on its own settle (the list, the settings, the ledger).
    await page.waitForTimeout(1500);
    sent = [];
    await c.ask(question);
    await c.answers.last().getByText(answered).waitFor({ timeout: 60_000 });
    await newestMessages(stack.conn, (m) => {
      if (m.at(-1).role !== 'assistant' || m.at(-1).status !== 'complete')
        throw new Error('not yet');
    });
    // What follows the answer by itself (a list entry, the ledger) belongs to the turn too.
    await page.waitForTimeout(2500);
    const byType = {};
    for (const m of sent)
      if (m.type !== 'pong' && m.type !== 'ping') byType[m.type] = (byType[m.type] ?? 0) + 1;
    const total = Object.values(byType).reduce((a, b) => a + b, 0);
    return { total, writes: byType['frontend/set_user_data'] ?? 0, byType };
  }

  const rows = [];
  rows.push(['first question of a new conversation', await turn('Hello there', /You said/)]);
  rows.push(['plain question and answer', await turn('How are you?', /You said: How are you/)]);
  rows.push([
    'an answer that turns on one light',
    await turn('Please turn on the kitchen light', /Done:/),
  ]);
  rows.push(['plain question and answer, again', await turn('Thanks', /You said: Thanks/)]);
  console.log(`Home Assistant ${HA_VERSION}: websocket messages the page sent per turn\n`);
  for (const [name, r] of rows) {
    console.log(`${name}: ${r.total} messages, ${r.writes} user-data writes`);
    for (const [type, n] of Object.entries(r.byType).sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(n).padStart(3)}  ${type}`);
  }
  const plain = rows[1][1];
  const acting = rows[2][1];
  console.log(
    `\nplain turn: ${plain.total}/5 messages (×${(plain.total / 5).toFixed(2)} of the target), ${plain.writes}/3 writes` +
      `\none service call: ${acting.total}/8 messages (×${(acting.total / 8).toFixed(2)}), ${acting.writes}/4 writes`,
  );
} finally {
  await browser.close();
  await stack.stop();
}
