import * as z from 'zod/mini';
import type { HassConnection } from './connection';
import { changeMemory, memoryNow } from './memory-store';
import { fn } from './tool-definitions';
import type { ToolBox, ToolOutcome, ToolRequest, ToolReview } from '../chat/ports';
import { judgeFact } from '../guard/memory';
import { MEMORY_LIMITS, type MemoryChange } from '../schema/memory';
import { addFact, factByShortId, forgetFact, memories, setFact } from '../sync/memory';
import { clock, newId } from '../sync/clock';

// The model's memory tools: keep, change or forget one fact of the user's memory. No Approve:
// each call is a row with Undo, and the Memory page lists everything kept. What is said to a
// model stays in English.

export const MEMORY_TOOLS = {
  remember: 'remember',
  update: 'update_memory',
  forget: 'forget',
} as const;

const text = {
  type: 'string',
  description: `One short fact in the user's words (at most ${MEMORY_LIMITS.textChars} characters).`,
};
const id = { type: 'string', description: 'The id in brackets before the fact in your memory.' };

export const MEMORY_DEFINITIONS = [
  fn(
    MEMORY_TOOLS.remember,
    'Remember a fact or lasting preference of the user for later conversations. Use it when the ' +
      'user asks you to remember something, not for passing details. Never for passwords or keys.',
    { text },
    ['text'],
  ),
  fn(MEMORY_TOOLS.update, 'Change a remembered fact that is no longer right.', { id, text }, [
    'id',
    'text',
  ]),
  fn(MEMORY_TOOLS.forget, 'Forget a remembered fact, when the user asks you to.', { id }, ['id']),
];

const ArgsSchema = z.object({ id: z.optional(z.string()), text: z.optional(z.unknown()) });

const error = (message: string): ToolOutcome => ({
  content: JSON.stringify({ error: message }),
  ok: false,
  entityIds: [],
});

function args(call: ToolRequest): z.infer<typeof ArgsSchema> | undefined {
  try {
    const parsed = z.safeParse(ArgsSchema, JSON.parse(call.arguments || '{}'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export class MemoryTools implements ToolBox {
  readonly definitions = MEMORY_DEFINITIONS;

  constructor(
    private readonly conn: HassConnection,
    /** The conversation asking (kept with a fact it adds). */
    private readonly conversationId: string | undefined,
  ) {}

  async overview(): Promise<string> {
    return '';
  }

  async review(call: ToolRequest): Promise<ToolReview> {
    const a = args(call);
    if (!a) return { entityIds: [], refuse: 'The arguments are not what this tool takes.' };
    if (call.name !== MEMORY_TOOLS.forget) {
      const verdict = judgeFact(a.text);
      if (!verdict.ok) return { entityIds: [], refuse: `Not kept: ${verdict.why}.` };
    }
    return { entityIds: [] };
  }

  async run(call: ToolRequest): Promise<ToolOutcome> {
    const a = args(call);
    const doc = await memoryNow(this.conn);
    if (!a || !doc) return error('The memory cannot be read now; nothing was kept.');
    const at = clock.now();
    let change: MemoryChange;
    let edit;
    if (call.name === MEMORY_TOOLS.remember) {
      const verdict = judgeFact(a.text);
      if (!verdict.ok) return error(`Not kept: ${verdict.why}.`);
      if (memories(doc).length >= MEMORY_LIMITS.items)
        return error('The memory is full; ask the user to remove facts in the Memory page.');
      const item = {
        id: newId(),
        text: verdict.text,
        created_at: at,
        by: 'model' as const,
        ...(this.conversationId ? { conversation_id: this.conversationId } : {}),
      };
      change = { id: item.id, after: verdict.text };
      edit = (d: typeof doc) => addFact(d, item);
    } else {
      const fact = a.id ? factByShortId(doc, a.id) : undefined;
      if (!fact) return error('No remembered fact has that id.');
      if (call.name === MEMORY_TOOLS.forget) {
        change = { id: fact.id, before: fact.text };
        edit = (d: typeof doc) => forgetFact(d, fact.id, at);
      } else {
        const verdict = judgeFact(a.text);
        if (!verdict.ok) return error(`Not kept: ${verdict.why}.`);
        change = { id: fact.id, before: fact.text, after: verdict.text };
        edit = (d: typeof doc) => setFact(d, fact.id, verdict.text, at);
      }
    }
    if (!(await changeMemory(this.conn, edit)))
      return error('The memory cannot be written now; nothing was kept.');
    return {
      content: JSON.stringify({ ok: true, id: change.id.slice(0, 8) }),
      ok: true,
      entityIds: [],
      memory: change,
    };
  }
}
