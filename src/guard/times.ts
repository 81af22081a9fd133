import { MAX_FUTURE_MS } from '../sync/clock';

// Times from outside (an imported file, a document another device wrote) decide which copy of a
// field wins a merge, so one far in the future would win every merge and freeze the clock of
// every later change. A time is taken only when it is a real ISO time no later than a day from
// now.

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Why `at` is not a time to take, if it is not. */
export function timeProblem(at: string, now = Date.now()): string | undefined {
  const t = Date.parse(at);
  if (!ISO.test(at) || !Number.isFinite(t)) return `“${at.slice(0, 40)}” is not a time`;
  if (t > now + MAX_FUTURE_MS) return `${at} is in the future`;
  return undefined;
}

/** Fields that hold a time in the card's documents. */
const TIME_FIELD = /(?:^|_)at$|^purged$/;

/** Every time in `value` that is not one to take, with where it is ("providers.0.learned.at"). */
export function badTimes(value: unknown, now = Date.now(), limit = 5): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, path: string, key: string, depth: number) => {
    if (problems.length >= limit || depth > 40) return;
    if (typeof v === 'string' && TIME_FIELD.test(key)) {
      const problem = timeProblem(v, now);
      if (problem) problems.push(`${path}: ${problem}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`, key, depth + 1));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, k, depth + 1);
  };
  walk(value, '', '', 0);
  return problems;
}
