import type { HassConnection } from './connection';
import type { HassView, Home } from './exposed-entities';
import { renderTemplate } from './template';
import type { ModelChoice } from '../chat/model-choice';
import type { Picture, ToolBox } from '../chat/ports';
import { toolSet } from '../chat/tool-set';
import { prompts } from '../chat/prompts';
import { type Turn, systemPromptOf } from '../chat/turn';
import type { ChatMessage } from '../schema/conversation';
import type { Scope } from '../schema/tools';

// A turn's inputs in Home Assistant: the system prompt rendered by its template engine, the
// home's tools over the websocket, or the agent that answers instead of a provider. The tools'
// and the agent's code load with the first question (the card shows without them).

export interface TurnPlace {
  conn: HassConnection;
  /** The card's narrowing of the user's scope. */
  scope?: Scope | undefined;
  /** Who asks, for the system prompt. */
  userName?: string | undefined;
  /** What the frontend's hass holds now. */
  hass: () => HassView | undefined;
  /** A camera's picture now, scaled to send (models that take pictures look through cameras). */
  look: (entityId: string) => Promise<Picture>;
  /** The conversation's messages now (an agent continues its own conversation id). */
  messages: () => readonly ChatMessage[];
  /** The conversation asking, and whether it uses the user's memory (absent: it does not). */
  conversationId?: string | undefined;
  memory?: boolean | undefined;
}

/** The turn `choice` asks for, here. */
export async function turnFor(choice: ModelChoice, place: TurnPlace): Promise<Turn> {
  const { conn } = place;
  if (choice.agent) {
    const { agentStream } = await import('./agent-stream');
    const continued = place
      .messages()
      .findLast((m) => m.agent_conversation_id)?.agent_conversation_id;
    return {
      ...choice,
      contextMessages: 0,
      stream: agentStream(conn, choice.agent, continued),
      systemPrompt: async () => '',
    };
  }
  // The memory's code loads with the first question of a conversation that uses it.
  const memory = place.memory ? await import('./memory-store') : undefined;
  const remembers = memory ? await memory.memoryKept(conn) : false;
  const tools = choice.toolsOn ? await houseTools(choice, place, remembers) : undefined;
  return {
    ...choice,
    tools: tools ? { box: tools, maxRounds: choice.maxToolRounds } : undefined,
    systemPrompt: async () => {
      const rendered = await renderedPrompt(conn, choice.promptTemplate);
      const question = place.messages().findLast((m) => m.role === 'user')?.content ?? '';
      const remembered = remembers ? await memory?.memoryPromptFor(conn, question) : undefined;
      if (!tools) return systemPromptOf(rendered, undefined, remembered);
      const overview = await tools.overview().catch(() => prompts.homeUnavailable);
      return systemPromptOf(rendered, { overview, userName: place.userName }, remembered);
    },
  };
}

/** The house's tools (its entities, and its automations and scripts), loaded with the first
 * question that needs them. */
async function houseTools(
  choice: ModelChoice,
  place: TurnPlace,
  remembers: boolean,
): Promise<ToolBox | undefined> {
  const [{ HomeTools }, { AutomationTools }, { MemoryTools }] = await Promise.all([
    import('./tools'),
    import('./automation-tools'),
    import('./memory-tools'),
  ]);
  const home = new HomeTools(place.conn, {
    scope: place.scope,
    confirm: choice.confirm,
    hass: place.hass,
    // A model that takes pictures (or may) can look through a camera in scope.
    look: choice.vision === false ? undefined : place.look,
    cameraApproval: choice.cameraApproval,
  });
  const automations = new AutomationTools(place.conn, {
    home: () => home.home(),
    hass: place.hass,
    confirm: choice.confirm,
  });
  const own = choice.mcp?.own_tools === false ? [] : [home, automations];
  const mcp = await mcpToolsFor(choice, place, () => home.home());
  const memory = remembers ? [new MemoryTools(place.conn, place.conversationId)] : [];
  const boxes = [...own, ...memory, ...(mcp ? [mcp] : [])];
  return boxes.length ? toolSet(...boxes) : undefined;
}

/** Tools of Home Assistant's LLM APIs and of MCP servers, where the user turned any on. */
async function mcpToolsFor(
  choice: ModelChoice,
  place: TurnPlace,
  home: () => Promise<Home>,
): Promise<ToolBox | undefined> {
  const mcp = choice.mcp;
  const anyOn =
    Object.values(mcp?.ha_apis ?? {}).some((a) => a.enabled) ||
    (mcp?.servers ?? []).some((s) => s.enabled !== false);
  if (!anyOn) return undefined;
  const { mcpTools, sourcesOf } = await import('./mcp-tools');
  const narrowed = Boolean(place.scope && Object.keys(place.scope).length);
  return mcpTools(sourcesOf(mcp, place.hass, narrowed), home, choice.confirm);
}

/** The prompt template as Home Assistant renders it (so `{{ now() }}` works as in the native
 * integrations); the text as written where it has no template or rendering fails. */
async function renderedPrompt(conn: HassConnection, template: string): Promise<string> {
  if (!/\{[{%#]/.test(template)) return template;
  try {
    return await renderTemplate(conn, template);
  } catch {
    return template;
  }
}
