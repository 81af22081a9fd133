import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LLM_URL } from '../helpers/llm';
import { FakeConnection } from '../helpers/fake-connection';
import { MarkdownBlocks, renderMarkdown } from '../../src/ui/markdown';
import { type StreamEvent, streamChat } from '../../src/provider/chat';
import { foldEvent } from '../../src/chat/stream-fold';
import { SettingsStore, readSettings } from '../../src/ha/settings-store';
import { SyncedDoc } from '../../src/ha/synced-doc';
import { docKind } from '../../src/ha/conversations';
import { canonical } from '../../src/sync/merge';
import {
  type ChatMessage,
  type ConversationDoc,
  conversationKey,
} from '../../src/schema/conversation';
import { DIALECT_IDS, SETTINGS_KEY, type Settings } from '../../src/schema/settings';

// Properties over generated inputs (fast-check): what the user sees does not depend on how the
// text or the stream arrived, and what is stored reads back as it was written.

const word = fc.constantFrom('lights', 'kitchen', 'on', 'off', 'twenty', 'Ünïcödé', '温度', 'ok');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const inline = fc.oneof(
  words,
  words.map((w) => `**${w}**`),
  words.map((w) => `*${w}*`),
  words.map((w) => `\`${w}\``),
  words.map((w) => `[${w}](https://example.com/${encodeURIComponent(w)})`),
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((p) => p.join(' '));

/** Markdown blocks as models write them. */
const block = fc.oneof(
  line,
  fc.tuple(fc.integer({ min: 1, max: 3 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')),
  fc.array(line, { minLength: 2, maxLength: 3 }).map((ls) => ls.map((l) => `- ${l}`).join('\n\n')), // a loose list
  fc
    .array(line, { minLength: 1, maxLength: 4 })
    .map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n')),
  fc
    .tuple(line, fc.array(line, { minLength: 1, maxLength: 2 }))
    .map(([l, sub]) => `- ${l}\n${sub.map((s) => `  - ${s}`).join('\n')}`),
  fc
    .array(words, { minLength: 1, maxLength: 4 })
    .map((ls) => `\`\`\`yaml\n${ls.join('\n\n')}\n\`\`\``), // blank lines inside a fence
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> ${l}`).join('\n')),
  fc
    .array(fc.tuple(words, words), { minLength: 1, maxLength: 3 })
    .map((rows) => `| a | b |\n| - | - |\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`),
  fc.constant('---'),
);
const markdown = fc.array(block, { minLength: 1, maxLength: 8 }).map((bs) => bs.join('\n\n'));

/** Cut points: the text arrives in pieces of these lengths (then what is left). */
const pieces = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 60 });

const squash = (html: string) => html.replace(/\s+/g, '');

describe('properties', () => {
  it('the incremental Markdown renderer shows what rendering the whole text shows, however it arrives', () => {
    fc.assert(
      fc.property(markdown, pieces, (text, cuts) => {
        const blocks = new MarkdownBlocks();
        let out = blocks.update('');
        let at = 0;
        for (const cut of cuts) {
          if (at >= text.length) break;
          at = Math.min(text.length, at + cut);
          out = blocks.update(text.slice(0, at));
        }
        out = blocks.update(text);
        expect(squash([...out.blocks, out.tail].join(''))).to.equal(squash(renderMarkdown(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('the stream gives the same message for any re-chunking of every dialect’s stream', async function () {
    this.timeout(120_000);
    const questions = ['Hello there', 'Please reason about it', 'turn on the kitchen light'];
    const tools = [
      {
        type: 'function',
        function: { name: 'call_service', parameters: { type: 'object', properties: {} } },
      },
    ];
    // Every dialect the scripted server speaks, with and without its transport quirks.
    const prefixes = [
      ...DIALECT_IDS.filter((d) => !['generic', 'azure', 'anthropic', 'lmstudio'].includes(d)).map(
        (d) => `/${d}`,
      ),
      '',
      '/crlf',
      '/keepalive-2',
      '/no-done',
      '/deepseek',
    ];
    const recorded: { prefix: string; question: string; body: Uint8Array; message: ChatMessage }[] =
      [];
    for (const prefix of prefixes)
      for (const question of questions) {
        const request = {
          model: 'scripted-model',
          stream: true,
          messages: [{ role: 'user', content: question }],
          tools,
        };
        const response = await fetch(`${LLM_URL}${prefix}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
        });
        if (!response.ok) continue;
        const body = new Uint8Array(await response.arrayBuffer());
        recorded.push({
          prefix,
          question,
          body,
          message: await reduced(prefix, question, [body]),
        });
      }
    expect(recorded.length).to.be.greaterThan(30);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...recorded),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 200 }),
        async ({ prefix, question, body, message }, cuts) => {
          const chunks: Uint8Array[] = [];
          let at = 0;
          for (const cut of cuts) {
            if (at >= body.length) break;
            chunks.push(body.slice(at, (at = Math.min(body.length, at + cut))));
          }
          if (at < body.length) chunks.push(body.slice(at));
          expect(await reduced(prefix, question, chunks)).to.deep.equal(message);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('settings read back as they were written', async () => {
    const model = fc.record(
      {
        model_id: fc.stringMatching(/^[a-z][a-z0-9./:-]{0,20}$/),
        display_name: fc.string({ maxLength: 12 }),
        api_key: fc.string({ minLength: 1, maxLength: 20 }),
        max_tokens: fc.integer({ min: 1, max: 100_000 }),
        temperature: fc.double({ min: 0, max: 2, noNaN: true }),
        tools: fc.boolean(),
      },
      { requiredKeys: ['model_id'] },
    );
    const provider = fc.record(
      {
        id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
        // Names are stored trimmed: generate them as they are stored.
        name: fc
          .string({ minLength: 1, maxLength: 20 })
          .filter((n) => n.trim().length > 0 && n === n.trim()),
        base_url: fc.constantFrom('http://127.0.0.1:4000/v1', 'https://api.example.com/v1'),
        auth_mode: fc.constantFrom('global' as const, 'per_model' as const),
        api_key: fc.string({ minLength: 1, maxLength: 30 }),
        timeout_s: fc.integer({ min: 1, max: 600 }),
        models: fc.array(model, { maxLength: 4 }),
        dialect: fc.constantFrom(...DIALECT_IDS),
      },
      { requiredKeys: ['id', 'name', 'base_url', 'auth_mode', 'models'] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(provider, { selector: (p) => p.id, maxLength: 3 }),
        async (providers) => {
          const settings = { version: 1, providers } as Settings;
          const conn = new FakeConnection();
          await new SettingsStore(conn).save(settings);
          const read = readSettings(conn.data.get(SETTINGS_KEY));
          expect(read.status).to.equal('ready');
          if (read.status === 'ready')
            expect(canonical(read.settings)).to.equal(canonical(settings));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('conversations read back as they were written', async () => {
    const message = fc.record(
      {
        id: fc.uuid(),
        role: fc.constantFrom('user' as const, 'assistant' as const),
        content: fc.string({ maxLength: 200, unit: 'grapheme' }),
        status: fc.constantFrom('complete' as const, 'cut' as const, 'stopped' as const),
        created_at: fc
          .date({ min: new Date(2025, 0), max: new Date(2027, 0), noInvalidDate: true })
          .map((d) => d.toISOString()),
        model: fc.string({ minLength: 1, maxLength: 10 }),
        reasoning: fc.string({ maxLength: 40 }),
        tool_calls: fc.array(
          fc.record(
            {
              id: fc.string({ minLength: 1, maxLength: 8 }),
              name: fc.constantFrom('call_service', 'get_entity'),
              arguments: fc.json(),
              status: fc.constantFrom('done' as const, 'denied' as const, 'error' as const),
              result: fc.json(),
              entity_ids: fc.array(fc.constantFrom('light.kitchen', 'lock.front_door')),
            },
            { requiredKeys: ['id', 'name', 'arguments'] },
          ),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['id', 'role', 'content', 'status', 'created_at'] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(message, { selector: (m) => m.id, maxLength: 6 }),
        async (messages) => {
          const conn = new FakeConnection();
          const doc = new SyncedDoc(conn, conversationKey('c'), docKind('c'));
          doc.subscribe(() => undefined);
          await doc.ready();
          const written: ConversationDoc = { version: 2, id: 'c', messages };
          doc.change(() => written);
          await doc.saved();
          const read = docKind('c').read(conn.data.get(conversationKey('c')));
          expect(read.ok).to.equal(true);
          if (read.ok) expect(canonical(read.value)).to.equal(canonical(written));
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** The message the client makes of `chunks` of a recorded stream body. */
async function reduced(
  prefix: string,
  question: string,
  chunks: Uint8Array[],
): Promise<ChatMessage> {
  const replay: typeof fetch = async () =>
    new Response(
      new ReadableStream({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      }),
      { status: 200, headers: { 'content-type': 'text/event-stream' } },
    );
  let message: ChatMessage = {
    id: 'a',
    role: 'assistant',
    content: '',
    status: 'streaming',
    created_at: '',
  };
  const events: StreamEvent[] = [];
  for await (const e of streamChat(
    { baseUrl: `${LLM_URL}${prefix}/v1` },
    { model: 'scripted-model', messages: [{ role: 'user', content: question }] },
    { fetch: replay, maxRetries: 0 },
  ))
    events.push(e);
  for (const e of events) message = foldEvent(message, e);
  return message;
}
