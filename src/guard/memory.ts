// What a model may keep in the user's memory: a short fact in plain words. Memory goes into
// every later request, so a fact is checked before it is kept: no credential (a key or token
// the model saw would otherwise travel with every question), no control characters, one line,
// a size. The user sees every fact kept (the call's row, with Undo, and the Memory page).

import { scrubText } from './credentials';
import { MEMORY_LIMITS } from '../schema/memory';

export type FactVerdict = { ok: true; text: string } | { ok: false; why: string };

export function judgeFact(raw: unknown): FactVerdict {
  if (typeof raw !== 'string') return { ok: false, why: 'text must be a string' };
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g, ' ');
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return { ok: false, why: 'text is empty' };
  if (line.length > MEMORY_LIMITS.textChars)
    return {
      ok: false,
      why: `a fact may have at most ${MEMORY_LIMITS.textChars} characters; write it shorter`,
    };
  if (scrubText(line) !== line)
    return { ok: false, why: 'it looks like a key, token or signed address: not kept' };
  return { ok: true, text: line };
}
