import {
  HA_PROVIDER_ID,
  type ModelLearned,
  type ProviderSettings,
  type Settings,
} from './settings';

// Every change the card makes to the user's settings, as a pure function from the settings read
// to the settings written: the settings page, the card editor and the chat use the same ones
// (the store reads, applies one and writes, ha/settings-store.ts).

export type SettingsEdit = (settings: Settings) => Settings;

/** Adds `provider`, or replaces the one with its id. The default follows its provider's models;
 * a first provider becomes the default; a Home Assistant agent chosen as the default stays. */
export const saveProvider =
  (provider: ProviderSettings): SettingsEdit =>
  (s) => {
    const exists = s.providers.some((p) => p.id === provider.id);
    const providers = exists
      ? s.providers.map((p) => (p.id === provider.id ? provider : p))
      : [...s.providers, provider];
    const d = s.defaults;
    const keep =
      d?.provider_id === HA_PROVIDER_ID ||
      (d?.provider_id &&
        providers.some(
          (p) =>
            p.id === d.provider_id &&
            (!d.model_id || p.models.some((m) => m.model_id === d.model_id)),
        ));
    return {
      ...s,
      providers,
      defaults: keep ? d : { provider_id: provider.id, model_id: provider.models[0]?.model_id },
    };
  };

/** Removes a provider (and its keys); the default moves to the first one left, if any. */
export const removeProvider =
  (id: string): SettingsEdit =>
  (s) => {
    const providers = s.providers.filter((p) => p.id !== id);
    const defaults =
      s.defaults?.provider_id === id
        ? providers[0]
          ? { provider_id: providers[0].id, model_id: providers[0].models[0]?.model_id }
          : undefined
        : s.defaults;
    const { defaults: _d, ...rest } = s;
    return { ...rest, providers, ...(defaults ? { defaults } : {}) };
  };

export const setDefault =
  (provider_id: string, model_id: string | undefined): SettingsEdit =>
  (s) => ({ ...s, defaults: { provider_id, model_id } });

/** Whether the model waits for Approve before it looks through a camera (on by default). */
export const setCameraApproval =
  (on: boolean): SettingsEdit =>
  (s) => {
    const { camera_approval: _c, ...tools } = s.tools ?? {};
    return { ...s, tools: on ? tools : { ...tools, camera_approval: false } };
  };

/** A voice choice (reading answers aloud, sending what was said at once): off by default. */
export const setVoice =
  (key: 'auto_read' | 'send_spoken', on: boolean): SettingsEdit =>
  (s) => {
    const { [key]: _old, ...voice } = s.voice ?? {};
    return { ...s, voice: on ? { ...voice, [key]: true } : voice };
  };

/** The user's own additions to what waits for Approve (domains or entity ids). */
export const setConfirm =
  (items: readonly string[]): SettingsEdit =>
  (s) => ({ ...s, tools: { ...s.tools, confirm: [...items] } });

/** Rounds of tool calls one answer may take (undefined: the default). */
export const setMaxRounds =
  (n: number | undefined): SettingsEdit =>
  (s) => {
    const { max_rounds: _m, ...tools } = s.tools ?? {};
    return { ...s, tools: n !== undefined ? { ...tools, max_rounds: n } : tools };
  };

/** What a provider taught about one of its models (kept so that the next request is right the
 * first time); a model the settings do not list yet is added. */
export const teach =
  (providerId: string, model: string, learned: ModelLearned, at: string): SettingsEdit =>
  (s) => ({
    ...s,
    providers: s.providers.map((p) => {
      if (p.id !== providerId) return p;
      const known = p.models.some((m) => m.model_id === model);
      const models = known ? p.models : [...p.models, { model_id: model }];
      return {
        ...p,
        models: models.map((m) =>
          m.model_id === model ? { ...m, learned: { ...m.learned, ...learned, at } } : m,
        ),
      };
    }),
  });

/** Adds a persona or quick prompt, or replaces the one with its id, in a list that starts as
 * `builtIn` (the built-in ones) until the user's first change keeps it in the settings. */
export const upsertIn =
  <K extends 'personas' | 'quick_prompts'>(
    key: K,
    item: NonNullable<Settings[K]>[number],
    builtIn: () => NonNullable<Settings[K]>,
  ): SettingsEdit =>
  (s) => {
    const list = (s[key] ?? builtIn()) as { id: string }[];
    const next = list.some((x) => x.id === item.id)
      ? list.map((x) => (x.id === item.id ? item : x))
      : [...list, item];
    return { ...s, [key]: next };
  };

/** Removes a persona or quick prompt by id (from the built-in list, the first time). */
export const removeFrom =
  <K extends 'personas' | 'quick_prompts'>(
    key: K,
    id: string,
    builtIn: () => NonNullable<Settings[K]>,
  ): SettingsEdit =>
  (s) => ({
    ...s,
    [key]: ((s[key] ?? builtIn()) as { id: string }[]).filter((x) => x.id !== id),
  });
