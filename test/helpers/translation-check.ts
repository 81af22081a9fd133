import type { Strings } from '../../src/i18n/en';

// Compares a translation with the English source: the same keys, the same kinds of values, the
// same placeholders (each function is called with markers and must show the markers English
// shows, and no other). Used by the unit test and by `node scripts/check-translations.mjs`.

type Node = Record<string, unknown>;

const marker = (i: number) => `⟦${i}⟧`;
const markersIn = (text: string) => new Set(text.match(/⟦\d+⟧/g) ?? []);

/** Markers to call `f` with: each argument a marker, or a list of one where a list is wanted
 * (the first combination English accepts). */
function argumentsFor(f: (...args: unknown[]) => unknown): unknown[] {
  const n = f.length;
  for (let mask = 0; mask < 2 ** n; mask++) {
    const args = Array.from({ length: n }, (_, i) => (mask & (1 << i) ? [marker(i)] : marker(i)));
    try {
      f(...args);
      return args;
    } catch {
      // try the next combination
    }
  }
  return Array.from({ length: n }, (_, i) => marker(i));
}

export function translationProblems(en: Strings, translation: Strings): string[] {
  const problems: string[] = [];
  let same = 0;
  let total = 0;
  const walk = (a: Node, b: Node, path: string) => {
    for (const key of Object.keys(a)) {
      const at = path ? `${path}.${key}` : key;
      const x = a[key];
      const y = b[key];
      if (!(key in b)) {
        problems.push(`${at}: missing`);
        continue;
      }
      if (typeof x !== typeof y) {
        problems.push(`${at}: a ${typeof y} where English has a ${typeof x}`);
        continue;
      }
      if (typeof x === 'string') {
        total++;
        if (!(y as string).trim()) problems.push(`${at}: empty`);
        if (x === y) same++;
      } else if (typeof x === 'function') {
        const f = x as (...args: unknown[]) => unknown;
        const g = y as (...args: unknown[]) => unknown;
        if (f.length !== g.length)
          problems.push(`${at}: takes ${g.length} arguments where English takes ${f.length}`);
        const args = argumentsFor(f);
        let mine: string;
        let theirs: string;
        try {
          mine = String(f(...args));
          theirs = String(g(...args));
        } catch (err) {
          problems.push(`${at}: throws (${String(err)})`);
          continue;
        }
        const wanted = markersIn(mine);
        const shown = markersIn(theirs);
        for (const m of wanted)
          if (!shown.has(m)) problems.push(`${at}: leaves out placeholder ${m}`);
        for (const m of shown)
          if (!wanted.has(m)) problems.push(`${at}: has placeholder ${m}, which English does not`);
      } else if (x && typeof x === 'object') {
        walk(x as Node, y as Node, at);
      }
    }
    for (const key of Object.keys(b))
      if (!(key in a)) problems.push(`${path ? `${path}.${key}` : key}: not in English`);
  };
  walk(en as unknown as Node, translation as unknown as Node, '');
  if (total && same / total > 0.5)
    problems.push(`${same} of ${total} strings are the English ones: is it translated?`);
  return problems;
}
