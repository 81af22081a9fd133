import type { ProviderTarget } from '../provider/http';
import type { streamChat } from '../provider/chat';
import type { Answerer, ToolBox } from './ports';
import type { Prices } from './usage';

// A turn's inputs: the model and its request options (what model-choice.ts resolves from the
// user's settings and the card), the system prompt, and the tools the model may call.

/** The model a turn asks, and how: what every request of the turn carries. */
export interface TurnModel extends Answerer {
  target: ProviderTarget;
  maxTokens: number;
  temperature: number;
  contextMessages: number;
  /** The user's prices for the model, to tell what an answer cost. */
  prices?: Prices | undefined;
  /** The model's context window in tokens; the oldest earlier messages are left out to fit. */
  contextLength?: number | undefined;
}

export interface Turn extends TurnModel {
  /** Resolves the system prompt. */
  systemPrompt: () => Promise<string>;
  /** The tools the model may call, and how many rounds of calls one answer may take. */
  tools?: { box: ToolBox; maxRounds: number } | undefined;
  /** Where the answer comes from, when not a provider's stream (a Home Assistant agent). */
  stream?: typeof streamChat | undefined;
  /** Set on the question this turn sends (a first question: without memory, its persona). */
  mark?: { no_memory?: true; persona?: string } | undefined;
  /** No model is asked (a quick prompt that runs a script): no usage to count. */
  uncounted?: boolean | undefined;
}

/** The system prompt: the user's (rendered) template, what the model remembers of the user,
 * then, when the model has tools, who is asking, the time, and the home in scope. What the model
 * is told stays in English. */
export function systemPromptOf(
  rendered: string,
  withTools?: { overview: string; userName?: string | undefined; now?: Date },
  memory?: string,
): string {
  const head = memory ? `${rendered}\n\n${memory}` : rendered;
  if (!withTools) return head;
  const { overview, userName, now = new Date() } = withTools;
  return [
    head,
    '',
    `${userName ? `You are talking with ${userName}. ` : ''}It is ${now.toString()}.`,
    'You can read and control the home with the tools. Act only when asked; say what you did.',
    overview,
  ].join('\n');
}
