/**
 * The form of a word for a count, by the language's plural rules (Intl.PluralRules): Polish,
 * Czech and Ukrainian have more forms than English. `forms.other` is required; a form the
 * language uses but `forms` lacks falls back to it.
 */
export function plural(
  language: string,
  n: number,
  forms: { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string },
): string {
  const form = new Intl.PluralRules(language).select(n);
  return (forms[form] ?? forms.other).replaceAll('#', String(n));
}
