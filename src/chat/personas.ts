import type { CardConfig } from '../schema/card-config';
import type { Persona, QuickPrompt } from '../schema/personas';
import type { Settings } from '../schema/settings';
import type { Scope } from '../schema/tools';
import { strings } from '../i18n';

// Personas and quick prompts as a chat uses them: the user's, or the built-in ones until the
// user changes the list; a persona laid over a chat's config (its prompt, model, tools and
// scope). What a persona tells the model stays in English, like the rest of the system prompt.

/** The personas offered until the user changes the list: names in the user's language. */
export function builtInPersonas(): Persona[] {
  const t = strings.personas;
  return [
    {
      id: 'home',
      name: t.home,
      icon: '🏠',
      prompt:
        'You are the assistant of this home. It is {{ now().strftime("%A %H:%M") }}. ' +
        'Answer briefly; act on the house only when asked, and say what you did.',
    },
    {
      id: 'energy',
      name: t.energy,
      icon: '⚡',
      prompt:
        'You answer questions about the energy this home uses and produces. Read the energy and ' +
        'power sensors (kWh, W) and compare periods with numbers and units. Do not switch anything.',
      scope: { domains: ['sensor'] },
    },
    {
      id: 'kids',
      name: t.kids,
      icon: '🧸',
      prompt:
        'You are talking with a child. Use short, friendly sentences and simple words. You may ' +
        'only turn lights on or off and play music; for anything else, say to ask a grown-up.',
      scope: { domains: ['light', 'media_player'] },
    },
  ];
}

/** The quick prompts offered until the user changes the list, in the user's language. */
export function builtInPrompts(): QuickPrompt[] {
  const t = strings.quickPrompts;
  return [
    { id: 'good-night', label: t.goodNight, text: t.goodNightText, persona_id: 'home' },
    { id: 'whats-open', label: t.whatsOpen, text: t.whatsOpenText, persona_id: 'home' },
    { id: 'energy-today', label: t.energyToday, text: t.energyTodayText, persona_id: 'energy' },
  ];
}

export const personasOf = (settings: Settings | undefined): Persona[] =>
  settings?.personas ?? builtInPersonas();

export const promptsOf = (settings: Settings | undefined): QuickPrompt[] =>
  settings?.quick_prompts ?? builtInPrompts();

/** Matches nothing: what is left of two scopes that share no entity, domain or area. */
const NONE = '\u0000none';

function both(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a?.length) return b;
  if (!b?.length) return a;
  const shared = a.filter((x) => b.includes(x));
  return shared.length ? shared : [NONE];
}

/** What both scopes let the model see: each narrows, neither widens. */
export function bothScopes(a: Scope | undefined, b: Scope | undefined): Scope | undefined {
  if (!a) return b;
  if (!b) return a;
  const out: Scope = {};
  for (const key of ['entities', 'areas', 'domains'] as const) {
    const value = both(a[key], b[key]);
    if (value) out[key] = value;
  }
  return out;
}

/** A chat's config with a persona laid over it: its prompt, its model (unless the chat names one:
 * picked for the conversation in the panel, or set on the card), tools (off stays off) and scope
 * (narrowing the card's). */
export function withPersona(
  config: Partial<CardConfig>,
  persona: Persona | undefined,
): Partial<CardConfig> {
  if (!persona) return config;
  const model =
    persona.provider_id && !config.provider_id
      ? { provider_id: persona.provider_id, model_id: persona.model_id }
      : {};
  const scope = bothScopes(config.scope, persona.scope);
  return {
    ...config,
    ...model,
    prompt_template: persona.prompt,
    ...(persona.tools === false ? { tools: false } : {}),
    ...(scope ? { scope } : {}),
  };
}
