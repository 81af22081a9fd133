import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FakeConnection, FakeUserData } from '../helpers/fake-connection';
import { oneProvider } from '../helpers/settings';
import { judgeFact } from '../../src/guard/memory';
import { checkImportedFacts } from '../../src/guard/conversation-import';
import { MemoryTools } from '../../src/ha/memory-tools';
import { memoryFor, memoryNow, undoChange } from '../../src/ha/memory-store';
import { turnFor } from '../../src/ha/turn-inputs';
import { resolveModel } from '../../src/chat/model-choice';
import { conversationsToJson, memoryOfFile } from '../../src/chat/export';
import { MEMORY_KEY, type MemoryDoc, type MemoryItem, emptyMemory } from '../../src/schema/memory';
import {
  addFact,
  factLine,
  factsFor,
  forgetFact,
  memories,
  mergeMemory,
  setRegister,
} from '../../src/sync/memory';
import { canonical } from '../../src/sync/merge';

const fact = (id: string, text: string, at: string, extra: Partial<MemoryItem> = {}) => ({
  id,
  text,
  created_at: at,
  ...extra,
});

const stored = (conn: FakeConnection) => conn.data.get(MEMORY_KEY) as MemoryDoc | undefined;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).to.equal(true);
}

describe('memory: merge, choice, guard', () => {
  const at = (n: number) => new Date(Date.UTC(2026, 11, 1, 0, 0, n)).toISOString();
  const item = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    text: fc.constantFrom('kids in bed at 8', 'desk light', ''),
    created_at: fc.integer({ min: 0, max: 5 }).map(at),
    updated_at: fc.option(fc.integer({ min: 0, max: 9 }).map(at), { nil: undefined }),
    deleted: fc.option(fc.constant(true), { nil: undefined }),
  });
  const doc = fc
    .record({
      items: fc.uniqueArray(item, { selector: (m) => m.id, maxLength: 4 }),
      enabled: fc.option(
        fc.record({ value: fc.boolean(), at: fc.integer({ min: 0, max: 9 }).map(at) }),
        { nil: undefined },
      ),
    })
    // Stored as every edit and merge keeps them: in the order they were made.
    .map(({ items, enabled }): MemoryDoc => ({
      version: 1,
      items: items.reduce((d: MemoryDoc, m) => addFact(d, m), emptyMemory()).items,
      ...(enabled ? { enabled } : {}),
    }));

  it('two copies merge to the same document whichever way round, keep every fact, and a merge twice is once', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const ab = mergeMemory(a, b).value;
        const ba = mergeMemory(b, a).value;
        expect(canonical(ab)).to.equal(canonical(ba));
        expect(canonical(mergeMemory(ab, b).value)).to.equal(canonical(ab));
        const ids = new Set([...a.items, ...b.items].map((m) => m.id));
        expect(new Set(ab.items.map((m) => m.id))).to.deep.equal(ids);
      }),
    );
  });

  it('a forgotten fact stays forgotten against an older copy, and its text is gone', () => {
    const base = addFact(emptyMemory(), fact('a', 'the kids go to bed at 8', at(1)));
    const forgotten = forgetFact(base, 'a', at(2));
    const merged = mergeMemory(base, forgotten).value;
    expect(memories(merged)).to.deep.equal([]);
    expect(merged.items[0]!.text).to.equal('');
    expect(memories(mergeMemory(forgotten, base).value)).to.deep.equal([]);
  });

  it('a request gets the facts closest to the question first, then the newest, within the size', () => {
    let d = emptyMemory();
    d = addFact(d, fact('aaaaaaaa1', 'the kids go to bed at 8', at(1)));
    d = addFact(d, fact('bbbbbbbb2', 'call the office lamp desk light', at(2)));
    d = addFact(d, fact('cccccccc3', 'the car is blue', at(3)));
    const all = factsFor(d, 'when do the kids go to bed?', 10_000);
    expect(all.chosen.map((m) => m.id)).to.deep.equal(['aaaaaaaa1', 'cccccccc3', 'bbbbbbbb2']);
    expect(all.left).to.equal(0);
    const small = factsFor(d, 'when do the kids go to bed?', factLine(all.chosen[0]!).length + 1);
    expect(small.chosen.map((m) => m.id)).to.deep.equal(['aaaaaaaa1']);
    expect(small.left).to.equal(2);
  });

  it('keeps a fact in plain words, and no credential, control character or essay', () => {
    expect(judgeFact('  the kids\ngo to bed\u202e at 8 ')).to.deep.equal({
      ok: true,
      text: 'the kids go to bed at 8',
    });
    expect(judgeFact('my key is Bearer abcdefghijklmnop').ok).to.equal(false);
    expect(
      judgeFact('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlMTIz').ok,
    ).to.equal(false);
    expect(judgeFact('x'.repeat(301)).ok).to.equal(false);
    expect(judgeFact(42).ok).to.equal(false);
  });

  it('a file brings facts with good ids, real times and clean text only', () => {
    const now = Date.parse('2026-12-03T00:00:00Z');
    const kept = checkImportedFacts(
      [
        fact('good1', 'the kids go to bed at 8', '2026-11-01T00:00:00Z'),
        fact('../bad', 'x', '2026-11-01T00:00:00Z'),
        fact('late1', 'future', '9999-01-01T00:00:00Z'),
        fact('tok1', 'token Bearer abcdefghijklmnopqrst', '2026-11-01T00:00:00Z'),
      ],
      now,
    );
    expect(kept.map((m) => m.id)).to.deep.equal(['good1']);
  });

  it('is exported with all conversations (facts kept, none forgotten) and read back from the file', () => {
    let d = addFact(emptyMemory(), fact('a1', 'the kids go to bed at 8', at(1)));
    d = addFact(d, fact('b1', 'old', at(1)));
    d = forgetFact(d, 'b1', at(2));
    const file = conversationsToJson([], new Date(), d);
    expect(memoryOfFile(file).map((m) => m.text)).to.deep.equal(['the kids go to bed at 8']);
    expect(memoryOfFile(conversationsToJson([]))).to.deep.equal([]);
  });
});

describe('memory: the model’s tools and Undo, in user data', () => {
  const call = (name: string, args: object, id = 'c1') => ({
    id,
    name,
    arguments: JSON.stringify(args),
  });

  it('remember keeps the fact with its conversation; Undo forgets it; update and forget by the id the model saw', async () => {
    const conn = new FakeConnection();
    const tools = new MemoryTools(conn, 'conv-1');
    const remember = call('remember', { text: 'the kids go to bed at 8' });
    expect(await tools.review(remember)).to.deep.equal({ entityIds: [] });
    const outcome = await tools.run(remember);
    expect(outcome.ok).to.equal(true);
    await until(() => memories(stored(conn) ?? emptyMemory()).length === 1);
    const kept = memories(stored(conn)!)[0]!;
    expect(kept).to.include({
      text: 'the kids go to bed at 8',
      conversation_id: 'conv-1',
      by: 'model',
    });
    expect(outcome.memory).to.deep.equal({ id: kept.id, after: 'the kids go to bed at 8' });

    const short = kept.id.slice(0, 8);
    const update = await tools.run(call('update_memory', { id: short, text: 'bed at 8:30' }));
    expect(update.memory).to.deep.equal({
      id: kept.id,
      before: 'the kids go to bed at 8',
      after: 'bed at 8:30',
    });
    await until(() => memories(stored(conn)!)[0]?.text === 'bed at 8:30');
    expect(await undoChange(conn, update.memory!)).to.equal(true);
    await until(() => memories(stored(conn)!)[0]?.text === 'the kids go to bed at 8');

    expect(await undoChange(conn, outcome.memory!)).to.equal(true);
    await until(() => memories(stored(conn)!).length === 0);
    expect((await tools.run(call('forget', { id: short }))).ok).to.equal(false);
  });

  it('refuses a credential before it is kept, and an id that names no fact', async () => {
    const conn = new FakeConnection();
    const tools = new MemoryTools(conn, undefined);
    const review = await tools.review(
      call('remember', { text: 'the door code is Bearer 1234567890abcdef' }),
    );
    expect(review.refuse).to.match(/key, token/);
    const missing = await tools.run(call('forget', { id: 'deadbeef' }));
    expect(missing.ok).to.equal(false);
    expect(stored(conn)).to.equal(undefined);
  });

  it('two tabs remembering at the same time keep both facts', async () => {
    const server = new FakeUserData();
    const [a, b] = [new FakeConnection({ server }), new FakeConnection({ server })];
    await Promise.all([memoryNow(a), memoryNow(b)]);
    await Promise.all([
      new MemoryTools(a, 'one').run(call('remember', { text: 'the kids go to bed at 8' })),
      new MemoryTools(b, 'two').run(call('remember', { text: 'call the office lamp desk light' })),
    ]);
    await until(
      () => memories((server.data.get(MEMORY_KEY) as MemoryDoc) ?? emptyMemory()).length === 2,
    );
    await until(() => {
      const s = memoryFor(a).current;
      return s.status === 'ready' && memories(s.value).length === 2;
    });
  });

  it('a turn’s system prompt carries the facts for the question; memory off, or a conversation without it, carries none', async () => {
    const conn = new FakeConnection();
    let d = addFact(
      emptyMemory(),
      fact('aaaaaaaa', 'the kids go to bed at 8', '2026-12-01T00:00:00Z'),
    );
    conn.data.set(MEMORY_KEY, d);
    const resolved = resolveModel(oneProvider(), { tools: false });
    if (!resolved.ok) throw new Error(resolved.message);
    const question = [
      {
        id: 'q',
        role: 'user' as const,
        content: 'when do the kids go to bed?',
        status: 'complete' as const,
        created_at: '2026-12-03T00:00:00Z',
      },
    ];
    const place = {
      conn,
      hass: () => undefined,
      look: () => Promise.reject(new Error('no camera')),
      messages: () => question,
    };
    const withMemory = await (
      await turnFor(resolved.value, { ...place, memory: true })
    ).systemPrompt();
    expect(withMemory).to.contain('- [aaaaaaaa] the kids go to bed at 8');
    const without = await (
      await turnFor(resolved.value, { ...place, memory: false })
    ).systemPrompt();
    expect(without).not.to.contain('kids');
    d = setRegister(d, 'enabled', false, '2026-12-02T00:00:00Z');
    memoryFor(conn).change(() => d);
    const off = await (await turnFor(resolved.value, { ...place, memory: true })).systemPrompt();
    expect(off).not.to.contain('kids');
  });
});
