import type { ModelSettings, ProviderSettings, Settings } from '../../src/schema/settings';
import { LLM_URL } from './llm';

/** The user's settings with one provider, the scripted model by default (the card's and the
 * panel's tests): `provider` changes what differs. */
export function oneProvider(
  provider: Partial<ProviderSettings> = {},
  models: ModelSettings[] = [{ model_id: 'scripted-model' }],
): Settings {
  const p: ProviderSettings = {
    id: 'scripted',
    name: 'Scripted',
    base_url: `${LLM_URL}/v1`,
    auth_mode: 'global',
    models,
    ...provider,
  };
  return {
    version: 1,
    providers: [p],
    defaults: { provider_id: p.id, model_id: models[0]?.model_id },
  };
}
