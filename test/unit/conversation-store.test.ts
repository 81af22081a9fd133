import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FakeConnection, FakeUserData, settleTabs, until } from '../helpers/fake-connection';
import { canonical, mergeDoc, mergeIndex } from '../../src/sync/merge';
import { ConversationLibrary, docKind, emptyDoc } from '../../src/ha/conversations';
import { type SyncState, SyncedDoc } from '../../src/ha/synced-doc';
import {
  type ChatMessage,
  type ConversationDoc,
  type ConversationEntry,
  type HistoryIndex,
  conversationKey,
} from '../../src/schema/conversation';

// The merge rule of stored conversations, and the document that follows Home Assistant with it:
// whatever two tabs write, in whatever order their messages cross, nothing is lost.

const T0 = Date.parse('2026-11-30T10:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

const messageArb: fc.Arbitrary<ChatMessage> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    role: fc.constantFrom('user' as const, 'assistant' as const),
    content: fc.string({ maxLength: 6 }),
    status: fc.constantFrom('complete' as const, 'streaming' as const),
    created_at: fc.integer({ min: 0, max: 5 }).map(at),
    updated_at: fc.integer({ min: 0, max: 9 }).map(at),
    deleted: fc.option(fc.constant(true), { nil: undefined }),
  })
  .map(
    (m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as ChatMessage,
  );

const docArb: fc.Arbitrary<ConversationDoc> = fc
  .record({
    messages: fc.uniqueArray(messageArb, { selector: (m) => m.id, maxLength: 5 }),
    leaf: fc.option(
      fc.record({
        value: fc.constantFrom('a', 'b', 'c'),
        at: fc.integer({ min: 0, max: 9 }).map(at),
      }),
      { nil: undefined },
    ),
  })
  .map(({ messages, leaf }) => ({
    version: 2 as const,
    id: 'c',
    messages: mergeDoc({ version: 2, id: 'c', messages: [] }, { version: 2, id: 'c', messages })
      .value.messages,
    ...(leaf ? { leaf } : {}),
  }));

const register = <T>(value: fc.Arbitrary<T>) =>
  fc.option(fc.record({ value, at: fc.integer({ min: 0, max: 9 }).map(at) }), { nil: undefined });

const entryArb: fc.Arbitrary<ConversationEntry> = fc
  .record({
    id: fc.constantFrom('x', 'y', 'z'),
    created_at: fc.integer({ min: 0, max: 5 }).map(at),
    updated_at: fc.integer({ min: 0, max: 9 }).map(at),
    title: register(fc.string({ maxLength: 4 })),
    archived: register(fc.boolean()),
    deleted: register(fc.boolean()),
  })
  .map(
    (e) =>
      Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as ConversationEntry,
  );

const indexArb: fc.Arbitrary<HistoryIndex> = fc
  .uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 3 })
  .map(
    (conversations) =>
      mergeIndex({ version: 2, conversations: [] }, { version: 2, conversations }).value,
  );

const same = (a: unknown, b: unknown) => expect(canonical(a)).to.equal(canonical(b));

describe('the merge rule', () => {
  it('gives the same document whichever copy comes first, and merging twice changes nothing', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, (a, b, c) => {
        same(mergeDoc(a, b).value, mergeDoc(b, a).value);
        same(mergeDoc(mergeDoc(a, b).value, c).value, mergeDoc(a, mergeDoc(b, c).value).value);
        const ab = mergeDoc(a, b).value;
        expect(mergeDoc(ab, b).changed).to.equal(false);
        expect(mergeDoc(ab, a).changed).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every message either copy has, the one changed last winning', () => {
    fc.assert(
      fc.property(docArb, docArb, (a, b) => {
        const merged = mergeDoc(a, b).value;
        const ids = new Set([...a.messages, ...b.messages].map((m) => m.id));
        expect(new Set(merged.messages.map((m) => m.id))).to.deep.equal(ids);
        for (const m of merged.messages) {
          for (const other of [...a.messages, ...b.messages].filter((x) => x.id === m.id))
            expect(Date.parse(m.updated_at!)).to.be.at.least(Date.parse(other.updated_at!));
        }
        // `changed` says whether `b` brought anything `a` lacked.
        expect(mergeDoc(a, b).changed).to.equal(canonical(merged) !== canonical(a));
      }),
      { numRuns: 300 },
    );
  });

  it('merges the index the same way, field by field', () => {
    fc.assert(
      fc.property(indexArb, indexArb, indexArb, (a, b, c) => {
        same(mergeIndex(a, b).value, mergeIndex(b, a).value);
        same(
          mergeIndex(mergeIndex(a, b).value, c).value,
          mergeIndex(a, mergeIndex(b, c).value).value,
        );
        expect(mergeIndex(mergeIndex(a, b).value, a).changed).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a rename in one tab and a new answer in another both survive', () => {
    const base: ConversationEntry = { id: 'x', created_at: at(0), updated_at: at(0) };
    const renamed = { ...base, title: { value: 'Holiday plans', at: at(5) } };
    const answered = {
      ...base,
      updated_at: at(6),
      stats: { messages: 4, preview: 'Where to go?', at: at(6) },
    };
    const merged = mergeIndex(
      { version: 2, conversations: [renamed] },
      { version: 2, conversations: [answered] },
    ).value.conversations[0]!;
    expect(merged.title?.value).to.equal('Holiday plans');
    expect(merged.stats?.messages).to.equal(4);
    expect(merged.updated_at).to.equal(at(6));
  });
});

type Op =
  | { kind: 'add'; role: 'user' | 'assistant' }
  | { kind: 'delete'; pick: number }
  | { kind: 'leaf'; pick: number }
  | { kind: 'offline' }
  | { kind: 'online' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .constantFrom('user' as const, 'assistant' as const)
      .map((role) => ({ kind: 'add' as const, role })),
  },
  { weight: 1, arbitrary: fc.nat(20).map((pick) => ({ kind: 'delete' as const, pick })) },
  { weight: 1, arbitrary: fc.nat(20).map((pick) => ({ kind: 'leaf' as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'offline' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'online' as const }) },
);

describe('a conversation written by several tabs at once', () => {
  it('loses no message in any interleaving of reads, writes, pushes and lost connections', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.boolean(),
        fc.array(fc.array(opArb, { maxLength: 8 }), { minLength: 2, maxLength: 3 }),
        async (s, legacy, plans) => {
          const server = new FakeUserData();
          const key = conversationKey('c');
          const tabs = plans.map(() => {
            const conn = new FakeConnection({ server, legacy });
            conn.gate = () => s.schedule(Promise.resolve(), 'websocket');
            conn.deliver = (push) => void s.schedule(Promise.resolve(), 'push').then(push);
            const doc = new SyncedDoc(conn, key, docKind('c'), {
              retryDelayMs: () => 2,
              verifyAfterMs: 1,
            });
            doc.subscribe(() => undefined);
            return { conn, doc };
          });
          await s.waitFor(Promise.all(tabs.map((t) => t.doc.ready())));

          const written = new Map<string, 'kept' | 'deleted'>();
          let counter = 0;
          const runs = plans.map(async (ops, i) => {
            const { conn, doc } = tabs[i]!;
            for (const op of ops) {
              await s.schedule(Promise.resolve(), `tab ${i}: ${op.kind}`);
              const state = doc.current;
              const known = state.status === 'ready' ? state.value.messages : [];
              const picked =
                known.length && 'pick' in op ? known[op.pick % known.length] : undefined;
              if (op.kind === 'add') {
                const id = `t${i}-${counter++}`;
                const now = at(counter);
                const message: ChatMessage = {
                  id,
                  role: op.role,
                  content: id,
                  status: 'complete',
                  created_at: now,
                  updated_at: now,
                  ...(known.at(-1) ? { parent: known.at(-1)!.id } : {}),
                };
                if (doc.change((d) => ({ ...d, messages: [...d.messages, message] })))
                  written.set(id, 'kept');
              } else if (op.kind === 'delete' && picked) {
                const now = at(++counter);
                const tombstone = { ...picked, content: '', deleted: true, updated_at: now };
                if (
                  doc.change((d) => ({
                    ...d,
                    messages: d.messages.map((m) => (m.id === picked.id ? tombstone : m)),
                  }))
                )
                  written.set(picked.id, 'deleted');
              } else if (op.kind === 'leaf' && picked) {
                doc.change((d) => ({ ...d, leaf: { value: picked.id, at: at(++counter) } }));
              } else if (op.kind === 'offline') conn.disconnect();
              else if (op.kind === 'online' && !conn.connected) conn.reconnect();
            }
          });
          await s.waitFor(Promise.all(runs));
          await settleTabs(s, tabs);
          expect(
            tabs.some((t) => t.doc.busy),
            'every write finished',
          ).to.equal(false);

          const stored = server.data.get(key) as ConversationDoc | undefined;
          const byId = new Map(stored?.messages.map((m) => [m.id, m]));
          for (const [id, fate] of written) {
            expect(byId.has(id), `${id} is stored`).to.equal(true);
            // A deletion is stored as one; a message no one deleted keeps its words.
            if (fate === 'deleted') expect(byId.get(id)!.deleted).to.equal(true);
            else if (!byId.get(id)!.deleted) expect(byId.get(id)!.content).to.equal(id);
          }
          // Every tab ends with what Home Assistant holds.
          for (const t of tabs) {
            const state = t.doc.current;
            expect(state.status).to.equal('ready');
            if (state.status === 'ready') same(state.value, stored ?? emptyDoc('c'));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('without subscribe_user_data, reads before it writes: a stale tab keeps what another wrote', async () => {
    const server = new FakeUserData();
    const key = conversationKey('c');
    const conns: FakeConnection[] = [];
    const open = (legacy: boolean) => {
      const conn = new FakeConnection({ server, legacy });
      conns.push(conn);
      const doc = new SyncedDoc(conn, key, docKind('c'), { verifyAfterMs: -1 });
      doc.subscribe(() => undefined);
      return doc;
    };
    const a = open(true);
    const b = open(true);
    await Promise.all([a.ready(), b.ready()]);
    const writes = () =>
      conns.flatMap((c) => c.sent).filter((m) => m.type === 'frontend/set_user_data').length;
    const say = (id: string) => (d: ConversationDoc) => ({
      ...d,
      messages: [
        ...d.messages,
        { id, role: 'user' as const, content: id, status: 'complete' as const, created_at: at(1) },
      ],
    });
    a.change(say('from-a'));
    await a.saved();
    b.change(say('from-b')); // b never saw from-a
    await b.saved();
    const stored = server.data.get(key) as ConversationDoc;
    expect(stored.messages.map((m) => m.id).sort()).to.deep.equal(['from-a', 'from-b']);
    expect(writes(), 'one write a change: the read is merged into it').to.equal(2);
  });

  it('never overwrites a stored document that does not validate', async () => {
    const conn = new FakeConnection();
    const key = conversationKey('c');
    const broken = { version: 2, id: 'c', messages: [{ id: 'a', role: 'robot' }] };
    conn.data.set(key, broken);
    const doc = new SyncedDoc(conn, key, docKind('c'));
    const states: string[] = [];
    doc.subscribe((st) => states.push(st.status));
    await until(() => states.at(-1) === 'invalid', 'the problem shown');
    expect(doc.change((d) => d)).to.equal(false);
    expect(conn.data.get(key)).to.deep.equal(broken);
    expect(conn.sent.filter((m) => m.type === 'frontend/set_user_data')).to.have.length(0);
  });

  it('leaves a document written by a newer version as it is, and says so', async () => {
    const conn = new FakeConnection();
    const key = conversationKey('c');
    conn.data.set(key, { version: 3, id: 'c', messages: [], shape: 'new' });
    const doc = new SyncedDoc(conn, key, docKind('c'));
    let issues: readonly string[] = [];
    doc.subscribe((st) => {
      if (st.status === 'invalid') issues = st.issues;
    });
    await until(() => issues.length, 'the problem shown');
    expect(issues[0]).to.contain('newer version');
  });

  it('a deleted conversation is emptied for good, whatever a stale tab still holds', async () => {
    const server = new FakeUserData();
    const a = new ConversationLibrary(new FakeConnection({ server }));
    const stale = new ConversationLibrary(new FakeConnection({ server }));
    const staleDoc = stale.doc('c');
    staleDoc.subscribe(() => undefined);
    await staleDoc.ready();
    staleDoc.change((d) => ({
      ...d,
      messages: [
        { id: 'm', role: 'user', content: 'secret plans', status: 'complete', created_at: at(0) },
      ],
    }));
    await staleDoc.saved();
    a.index.subscribe(() => undefined);
    await a.index.ready();
    a.update('c', (e) => ({ ...e, stats: { messages: 1, at: at(1) } }));
    a.setDeleted('c', true);
    await a.index.saved();
    await a.purge('c');
    await until(() => (server.data.get(conversationKey('c')) as ConversationDoc).purged, 'purged');
    await staleDoc.saved();
    const stored = server.data.get(conversationKey('c')) as ConversationDoc;
    expect(stored.messages).to.deep.equal([]);
    expect(JSON.stringify(server.data.get(conversationKey('c')))).not.to.contain('secret plans');
  });
});

describe('documents too large, and writes that close the connection', () => {
  const key = conversationKey('big');

  it('a document over the size Home Assistant takes is never sent; the session says what to do', async () => {
    const conn = new FakeConnection();
    const doc = new SyncedDoc(conn, key, docKind('big'), { retryDelayMs: () => 10 });
    const states: SyncState<ConversationDoc>[] = [];
    doc.subscribe((s) => states.push(s));
    await doc.ready();
    const huge = (n: number): ChatMessage => ({
      id: `m${n}`,
      role: 'assistant',
      content: 'x'.repeat(1_100_000),
      status: 'complete',
      created_at: new Date().toISOString(),
    });
    doc.change((d) => ({ ...d, messages: [huge(1), huge(2)] }));
    await doc.saved();
    expect(conn.data.get(key)).to.have.property('messages').with.length(2);
    doc.change((d) => ({ ...d, messages: [...d.messages, huge(3)] }));
    await until(
      () => states.at(-1)?.status === 'ready' && 'tooLarge' in states.at(-1)!,
      'too large',
    );
    const last = states.at(-1)!;
    expect(last.status === 'ready' && last.saving).to.equal('failed');
    expect(last.status === 'ready' && last.tooLarge?.bytes).to.be.greaterThan(3_000_000);
    // Not sent, and not sent again on a reconnect.
    const writes = () => conn.sent.filter((m) => m.type === 'frontend/set_user_data').length;
    const before = writes();
    conn.disconnect();
    conn.reconnect();
    await new Promise((r) => setTimeout(r, 100));
    expect(writes()).to.equal(before);
    expect((conn.data.get(key) as ConversationDoc).messages).to.have.length(2);
    // A change that makes room is written.
    doc.change((d) => ({ ...d, messages: d.messages.slice(0, 2) }));
    await doc.saved();
    expect(states.at(-1)!.status === 'ready' && states.at(-1)).to.not.have.property('tooLarge');
  });

  it('a write that closes the connection each time it is sent is not sent on every reconnect', async () => {
    const conn = new FakeConnection();
    // Home Assistant's client reconnects at once; this write closes it again, each time.
    conn.gate = async (message) => {
      if (message.type !== 'frontend/set_user_data') return;
      conn.disconnect();
      setTimeout(() => conn.reconnect(), 5);
    };
    const doc = new SyncedDoc(conn, key, docKind('big'));
    doc.subscribe(() => undefined);
    await doc.ready();
    doc.change((d) => ({
      ...d,
      messages: [
        {
          id: 'a',
          role: 'user',
          content: 'hi',
          status: 'complete',
          created_at: new Date().toISOString(),
        },
      ],
    }));
    await new Promise((r) => setTimeout(r, 1500));
    // Sent, retried twice on reconnect, then only on its backoff (1 s, then 2 s).
    const writes = conn.sent.filter((m) => m.type === 'frontend/set_user_data').length;
    expect(writes).to.be.within(2, 4);
  });
});
