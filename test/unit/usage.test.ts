import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { finalUsage } from '../../src/chat/usage';
import {
  dailyTotals,
  dayOf,
  emptyLedger,
  entryOf,
  fold,
  mergeLedger,
  monthCost,
  record,
  totalsByModel,
} from '../../src/sync/ledger';
import { ChatSession, type Turn } from '../../src/chat/session';
import { TURN } from '../helpers/chat-harness';
import { foldEvent } from '../../src/chat/stream-fold';
import type { ChatMessage, MessageUsage } from '../../src/schema/conversation';
import type { LedgerEntry, UsageLedger } from '../../src/schema/usage';
import type { StreamEvent } from '../../src/provider/chat';

const answer = (content: string, usage?: MessageUsage): ChatMessage => ({
  id: 'a',
  role: 'assistant',
  content,
  status: 'complete',
  created_at: '2026-11-30T10:00:00Z',
  ...(usage ? { usage } : {}),
});

const NOW = new Date(2026, 10, 30, 12); // 30 November 2026, local noon

const entry = (day: string, key: string, prompt: number, completion: number): LedgerEntry => ({
  day,
  key,
  prompt,
  completion,
});

describe('usage: per answer', () => {
  it('keeps what the provider reported, with reasoning, cached tokens and its cost', () => {
    const events: StreamEvent[] = [
      { type: 'content', text: 'Hi' },
      {
        type: 'usage',
        usage: {
          prompt_tokens: 120,
          completion_tokens: 30,
          prompt_tokens_details: { cached_tokens: 100 },
          completion_tokens_details: { reasoning_tokens: 20 },
          cost: 0.0021,
        },
      },
    ];
    const m = events.reduce(foldEvent, answer(''));
    expect(finalUsage(m, 0, { input: 5, output: 10 })).to.deep.equal({
      prompt_tokens: 120,
      completion_tokens: 30,
      reasoning_tokens: 20,
      cached_tokens: 100,
      cost: 0.0021,
    });
  });

  it('estimates from the text when nothing is reported, and prices it from the user’s prices', () => {
    // The request's tokens as estimated when it was sent (context.ts), the answer's from its text.
    const u = finalUsage(answer('y'.repeat(400)), 123, { input: 2, output: 8 });
    expect(u).to.deep.equal({
      prompt_tokens: 123,
      completion_tokens: 100,
      estimated: true,
      cost: (123 * 2 + 100 * 8) / 1e6,
      priced: true,
    });
  });
});

describe('usage: the ledger', () => {
  it('two tabs recording at once both keep theirs, in either order', () => {
    const base = emptyLedger();
    const a = record(base, 'm1:1', entry('2026-11-30', 'p/gpt', 10, 5), NOW);
    const b = record(base, 'm2:1', entry('2026-11-30', 'q/llama', 7, 3), NOW);
    const ab = mergeLedger(a, b);
    const ba = mergeLedger(b, a);
    expect(ab.value).to.deep.equal(ba.value);
    expect(ab.changed).to.equal(true);
    expect(Object.keys(ab.value.entries).sort()).to.deep.equal(['m1:1', 'm2:1']);
    expect(mergeLedger(ab.value, a).changed, 'nothing new').to.equal(false);
  });

  it('folds days older than a week into one total per model, counted once whoever folds', () => {
    // A tab that has not folded yet (it last wrote on 29 November, with the old entries there).
    const ledger: UsageLedger = {
      ...emptyLedger(),
      entries: {
        old1: entry('2026-11-01', 'p/gpt', 100, 10),
        old2: entry('2026-11-01', 'p/gpt', 50, 5),
        new: entry('2026-11-29', 'p/gpt', 1, 1),
      },
    };
    // And one that folds as it records today's answer.
    const stale = ledger;
    const folded = record(ledger, 'today', entry('2026-11-30', 'p/gpt', 2, 2), NOW);
    expect(Object.keys(folded.entries).sort()).to.deep.equal(['new', 'today']);
    expect(folded.days['2026-11-01']!['p/gpt']).to.deep.include({
      answers: 2,
      prompt: 150,
      completion: 15,
    });
    for (const merged of [mergeLedger(stale, folded).value, mergeLedger(folded, stale).value]) {
      const totals = totalsByModel(dailyTotals(merged)).get('p/gpt')!;
      expect(totals).to.deep.include({ answers: 4, prompt: 153, completion: 18 });
      expect(merged.entries.old1).to.equal(undefined);
    }
  });

  it('property: any two copies merge to the same ledger, which counts every entry once', () => {
    const entries = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 6 }),
        day: fc.integer({ min: 0, max: 20 }),
        key: fc.constantFrom('p/a', 'p/b', 'q/c'),
        prompt: fc.nat(1000),
        completion: fc.nat(1000),
        inA: fc.boolean(),
        inB: fc.boolean(),
      }),
      { selector: (e) => e.id, maxLength: 30 },
    );
    fc.assert(
      fc.property(entries, fc.integer({ min: 0, max: 28 }), (list, foldAt) => {
        const day = (n: number) => dayOf(new Date(2026, 10, 10 + n));
        const build = (pick: (e: (typeof list)[number]) => boolean) => {
          const l: UsageLedger = emptyLedger();
          for (const e of list)
            if (pick(e)) l.entries[e.id] = entry(day(e.day), e.key, e.prompt, e.completion);
          return l;
        };
        // Every entry is in at least one copy. Copy A folds the days more than a week before
        // day `foldAt`, and holds all of those (nothing is written to a day that old).
        const old = (e: (typeof list)[number]) => e.day < foldAt - 7;
        const a = fold(
          build((e) => e.inA || !e.inB || old(e)),
          new Date(2026, 10, 10 + foldAt, 12),
        );
        const b = build((e) => e.inB);
        const ab = mergeLedger(a, b).value;
        expect(ab).to.deep.equal(mergeLedger(b, a).value);
        const sum = [...totalsByModel(dailyTotals(ab)).values()].reduce(
          (n, t) => n + t.prompt + t.completion,
          0,
        );
        expect(sum).to.equal(list.reduce((n, e) => n + e.prompt + e.completion, 0));
      }),
    );
  });

  it("a provider's cost this month: its models only, folded days and entries alike", () => {
    const priced = (day: string, key: string, cost: number) => ({
      ...entry(day, key, 1, 1),
      cost,
    });
    const ledger = fold(
      {
        ...emptyLedger(),
        entries: {
          early: priced('2026-11-02', 'p/gpt', 0.5), // folded into its day's total
          recent: priced('2026-11-29', 'p/mini', 0.25),
          other: priced('2026-11-29', 'q/gpt', 4),
          october: priced('2026-10-31', 'p/gpt', 8),
        },
      },
      NOW,
    );
    expect(ledger.days['2026-11-02'], 'folded').to.not.equal(undefined);
    expect(monthCost(ledger, 'p', NOW)).to.equal(0.75);
    expect(monthCost(ledger, 'q', NOW)).to.equal(4);
    expect(monthCost(ledger, 'p', new Date(2026, 9, 31, 12))).to.equal(8);
  });

  it('an entry knows its local day and model', () => {
    expect(
      entryOf({ prompt_tokens: 3, completion_tokens: 4, estimated: true }, 'p', 'x/y', NOW),
    ).to.deep.equal({ day: '2026-11-30', key: 'p/x/y', prompt: 3, completion: 4, estimated: true });
  });
});

describe('usage: the session counts each request once', () => {
  const turn: Turn = { ...TURN, prices: { input: 1, output: 2 } };

  it('reported usage on the answer and in the ledger; none reported: estimated, priced', async () => {
    const counted: MessageUsage[] = [];
    let reported = true;
    const stream = async function* (): AsyncGenerator<StreamEvent> {
      yield { type: 'content', text: 'Hello there' };
      if (reported) yield { type: 'usage', usage: { prompt_tokens: 11, completion_tokens: 2 } };
    };
    const session = new ChatSession({
      conversationId: 'c',
      stream: stream as never,
      onUsage: (_turn, usage) => counted.push(usage),
    });
    session.subscribe(() => undefined);
    await session.send('Hi', turn);
    reported = false;
    await session.send('Again', turn);
    const answers = session.state.messages.filter((m) => m.role === 'assistant');
    expect(answers[0]!.usage).to.deep.equal({
      prompt_tokens: 11,
      completion_tokens: 2,
      cost: (11 * 1 + 2 * 2) / 1e6,
      priced: true,
    });
    expect(answers[1]!.usage).to.deep.include({ completion_tokens: 3, estimated: true });
    expect(counted).to.deep.equal(answers.map((a) => a.usage));
    expect(session.state.usage).to.deep.include({ answers: 2, estimated: 1 });
  });
});
