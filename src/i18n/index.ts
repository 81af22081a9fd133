import { type Strings, en } from './en';

// The strings of the user's language (Home Assistant's `hass.locale.language`). English is built
// in; every other language is a file of its own, loaded the first time it is needed. `strings`
// is one object, changed in place when the language changes, so that every part of the card
// that holds it (or a part of it) reads the new words; elements re-render through
// LanguageController. A key a translation lacks reads in English.

export type { Strings };

type Translation = { strings: Strings };

/** Each translated language, by Home Assistant's tag for it. */
const LANGUAGES: Record<string, () => Promise<Translation>> = {
  cs: () => import('./cs'),
  da: () => import('./da'),
  de: () => import('./de'),
  es: () => import('./es'),
  fr: () => import('./fr'),
  he: () => import('./he'),
  it: () => import('./it'),
  ja: () => import('./ja'),
  nb: () => import('./nb'),
  nl: () => import('./nl'),
  pl: () => import('./pl'),
  'pt-BR': () => import('./pt-BR'),
  sv: () => import('./sv'),
  uk: () => import('./uk'),
  'zh-Hans': () => import('./zh-Hans'),
};

/** Other tags for the same translations. */
const ALIASES: Record<string, string> = {
  pt: 'pt-BR',
  no: 'nb',
  nn: 'nb',
  zh: 'zh-Hans',
  'zh-CN': 'zh-Hans',
  'zh-SG': 'zh-Hans',
  iw: 'he',
};

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'yi']);

/** The translation for a language tag: the tag, an alias, the language alone, else English. */
export function translationFor(tag: string | undefined): string {
  if (!tag) return 'en';
  const [base = ''] = tag.split(/[-_]/);
  for (const candidate of [tag, ALIASES[tag], base, ALIASES[base]])
    if (candidate && (candidate === 'en' || candidate in LANGUAGES)) return candidate;
  return 'en';
}

export const languages = ['en', ...Object.keys(LANGUAGES)] as const;

/** Loads one translation (English with the pages' words); for tests and the language check. */
export async function loadTranslation(language: string): Promise<Strings> {
  if (language !== 'en') return (await LANGUAGES[language]!()).strings;
  const { enPages } = await import('./en-pages');
  return { ...en, ...enPages } as unknown as Strings;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function copy<T>(value: T): T {
  if (!isPlain(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
}

/** Writes `source` into `target`, keeping `target`'s nested objects (others hold them). */
function assign(target: Plain, source: Plain): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isPlain(current) && isPlain(value)) assign(current, value);
    else if (value !== undefined) target[key] = value;
  }
}

/** The words the card shows, in the user's language. */
export const strings: Strings = copy(en) as unknown as Strings;

/** English as known so far: the first load's words, and the pages' once their chunk came. */
const english: Plain = copy(en) as unknown as Plain;
/** The translation in use, where it is not English. */
let translation: Strings | undefined;

/**
 * Adds English words that came with a chunk (en-pages.ts): into `strings`, and under them the
 * words of the language in use (its translation holds every key).
 */
export function addEnglish(part: Partial<Strings>): void {
  const plain = part as unknown as Plain;
  // Copies each time: `strings` is changed in place by the next language, `english` never.
  assign(english, copy(plain));
  assign(strings as unknown as Plain, copy(plain));
  if (!translation) return;
  const own = translation as unknown as Plain;
  assign(
    strings as unknown as Plain,
    copy(Object.fromEntries(Object.keys(plain).map((key) => [key, own[key]]))),
  );
}

let current = 'en';
let wanted = 'en';
let tag = 'en';
const listeners = new Set<() => void>();

/** The translation in use ('en', 'de', 'zh-Hans', ...). */
export const language = () => current;
/** The user's own language tag, for dates and numbers (Intl): 'de-CH' where the words are 'de'. */
export const locale = () => tag;
export const rightToLeft = () => RIGHT_TO_LEFT.has(current.split('-')[0]!);

type HassLocale = {
  locale?: { language?: string; number_format?: string };
  language?: string;
};

/** The language the user chose in Home Assistant: `hass.locale.language` (2023.1+), else
 * `hass.language`. */
export function userLanguage(hass: unknown): string | undefined {
  const h = hass as HassLocale | undefined;
  return h?.locale?.language || h?.language;
}

/** Home Assistant's number format choice, as a locale Intl formats numbers in. */
const NUMBER_FORMATS: Record<string, string | undefined> = {
  comma_decimal: 'en-US',
  decimal_comma: 'de',
  space_comma: 'fr',
  system: undefined,
};
let numbers: string | undefined | null = null;

/** Follows the user's language and number format from `hass` (card, panel and editor call it
 * with every `hass`; it does nothing when neither changed). */
export function followUser(hass: unknown): void {
  const format = (hass as HassLocale | undefined)?.locale?.number_format;
  numbers = format && format in NUMBER_FORMATS ? (NUMBER_FORMATS[format] ?? undefined) : null;
  void setLanguage(userLanguage(hass));
}

/** The locale for numbers: the user's number format in Home Assistant, else their language. */
export const numberLocale = () => (numbers === null ? tag : numbers);

/** Follows language changes; returns the undo. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Switches to the language of `userTag` (Home Assistant's), loading its translation the first
 * time. The last call wins when several overlap. A translation that cannot be loaded (an updated
 * card whose files changed under a page still open) leaves the words in English.
 */
export async function setLanguage(userTag: string | undefined): Promise<void> {
  const next = translationFor(userTag);
  tag = userTag || 'en';
  wanted = next;
  if (next === current) return;
  // English is at hand (undefined): only another language is loaded.
  let loaded: Strings | undefined;
  try {
    loaded = next === 'en' ? undefined : await loadTranslation(next);
  } catch {
    loaded = undefined;
  }
  if (wanted !== next) return;
  assign(strings as unknown as Plain, copy(english));
  translation = loaded;
  if (translation) assign(strings as unknown as Plain, copy(translation as unknown as Plain));
  current = loaded ? next : 'en';
  for (const listener of listeners) listener();
}
