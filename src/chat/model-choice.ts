import type { CardConfig } from '../schema/card-config';
import type { McpSettings } from '../schema/mcp';
import { DEFAULT_MAX_ROUNDS } from '../schema/tools';
import {
  DEFAULT_AGENT,
  HA_PROVIDER_ID,
  type ProviderSettings,
  type Settings,
} from '../schema/settings';
import { strings } from '../i18n';
import type { TurnModel } from './turn';

/** The model a chat asks and everything its turns need, from the user's settings and the card's
 * overrides: a turn's model (TurnModel), and what the rest of the turn is built from. */
export interface ModelChoice extends TurnModel {
  provider: ProviderSettings;
  providerId: string;
  promptTemplate: string;
  /** Whether the model gets tools: the settings, the model and the card all allow it. */
  toolsOn: boolean;
  maxToolRounds: number;
  /** Domains or entity ids whose actions wait for Approve, beyond the built-in ones. */
  confirm: readonly string[];
  /** Whether looking through a camera waits for Approve (it does unless the user said no). */
  cameraApproval: boolean;
  /** Whether the model takes pictures: false when the user said it does not; unknown, tried. */
  vision: boolean | undefined;
  /** A Home Assistant conversation agent (its entity id), answering over the websocket. */
  agent?: string | undefined;
  /** Tools from Home Assistant's LLM APIs and MCP servers, as the user set them up. */
  mcp?: McpSettings | undefined;
}

export type Resolution = { ok: true; value: ModelChoice } | { ok: false; message: string };

/** A Home Assistant agent chosen as the model: no key, no tools of ours, no pictures. */
function homeAgent(settings: Settings, config: Partial<CardConfig>, agentId: string): ModelChoice {
  const agent = settings.agent ?? {};
  return {
    provider: {
      id: HA_PROVIDER_ID,
      name: strings.agents.provider,
      base_url: 'http://homeassistant.local/',
      auth_mode: 'global',
      models: [],
    },
    providerId: HA_PROVIDER_ID,
    model: agentId,
    agent: agentId,
    target: { baseUrl: '' },
    promptTemplate: '',
    maxTokens: config.max_tokens ?? agent.max_tokens ?? DEFAULT_AGENT.max_tokens,
    temperature: config.temperature ?? agent.temperature ?? DEFAULT_AGENT.temperature,
    contextMessages: 0,
    toolsOn: false,
    maxToolRounds: DEFAULT_MAX_ROUNDS,
    confirm: [],
    cameraApproval: true,
    prices: undefined,
    contextLength: undefined,
    vision: false,
  };
}

export function resolveModel(settings: Settings, config: Partial<CardConfig>): Resolution {
  const providerId = config.provider_id ?? settings.defaults?.provider_id;
  if (providerId === HA_PROVIDER_ID && !settings.providers.some((p) => p.id === providerId)) {
    const agentId = config.provider_id ? config.model_id : settings.defaults?.model_id;
    // A card that limits what the model may do (no tools, a narrower scope) cannot keep those
    // limits with an agent of Home Assistant's, which acts by its own rules: it is not used
    // silently as the user's default there.
    if (agentId && !config.provider_id && (config.tools === false || config.scope))
      return { ok: false, message: strings.agents.cardLimits };
    return agentId
      ? { ok: true, value: homeAgent(settings, config, agentId) }
      : { ok: false, message: strings.noModel(strings.agents.provider) };
  }
  const provider = providerId
    ? settings.providers.find((p) => p.id === providerId)
    : settings.providers[0];
  if (!provider) {
    return {
      ok: false,
      message: providerId ? strings.unknownProvider(providerId) : strings.noProvider,
    };
  }
  const defaultModel =
    settings.defaults?.provider_id === provider.id ? settings.defaults.model_id : undefined;
  const modelId = config.model_id ?? defaultModel ?? provider.models[0]?.model_id;
  if (!modelId) return { ok: false, message: strings.noModel(provider.name) };
  const model = provider.models.find((m) => m.model_id === modelId);
  const agent = settings.agent ?? {};
  return {
    ok: true,
    value: {
      provider,
      providerId: provider.id,
      model: modelId,
      target: {
        baseUrl: provider.base_url,
        apiKey: provider.auth_mode === 'per_model' ? model?.api_key : provider.api_key,
        timeoutS: provider.timeout_s,
        dialect: provider.dialect,
        learned: model?.learned,
      },
      promptTemplate:
        config.prompt_template ?? agent.prompt_template ?? DEFAULT_AGENT.prompt_template,
      maxTokens:
        config.max_tokens ?? model?.max_tokens ?? agent.max_tokens ?? DEFAULT_AGENT.max_tokens,
      temperature:
        config.temperature ?? model?.temperature ?? agent.temperature ?? DEFAULT_AGENT.temperature,
      contextMessages:
        config.context_messages ?? agent.context_messages ?? DEFAULT_AGENT.context_messages,
      toolsOn:
        settings.tools?.enabled !== false && model?.tools !== false && config.tools !== false,
      maxToolRounds: settings.tools?.max_rounds ?? DEFAULT_MAX_ROUNDS,
      confirm: settings.tools?.confirm ?? [],
      cameraApproval: settings.tools?.camera_approval !== false,
      mcp: settings.mcp,
      prices:
        model?.price_input !== undefined || model?.price_output !== undefined
          ? { input: model.price_input, output: model.price_output }
          : undefined,
      contextLength:
        model?.context_length ??
        model?.learned?.context_length ??
        provider.model_cache?.context?.[modelId],
      vision: model?.vision ?? provider.model_cache?.vision?.[modelId],
    },
  };
}
