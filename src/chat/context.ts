import type { WireMessage } from '../provider/chat';
import { estimateTokens } from './usage';

// Fitting a request into the model's context window. Tokens are estimated from characters
// (about four a token, as for usage): a tokenizer per model would be exact but weighs megabytes,
// and where the estimate falls short the provider's own error teaches the true limit (the
// session learns it and sends again, see session.ts).

export interface ContextFit {
  messages: WireMessage[];
  /** Earlier messages of the conversation left out, oldest first (a tool call's results go
   * with the answer that asked for them and are not counted apart). */
  leftOut: number;
  /** The estimate of what is sent, in tokens. */
  tokens: number;
}

/** What a picture costs a vision model, about: OpenAI counts 765 tokens for a 1024 px square at
 * high detail, Anthropic about 1,600 for 1.15 megapixels; its data URL's length says nothing. */
const IMAGE_TOKENS = 1000;

/** The estimated tokens of one message as sent (its JSON: content, tool calls, framing), each
 * picture counted as IMAGE_TOKENS. */
export function wireTokens(m: WireMessage): number {
  if (typeof m.content === 'string' || !m.content) return estimateTokens(JSON.stringify(m).length);
  let pictures = 0;
  const content = m.content.map((part) => {
    if (part.type !== 'image_url') return part;
    pictures++;
    return { type: 'image_url' };
  });
  return estimateTokens(JSON.stringify({ ...m, content }).length) + pictures * IMAGE_TOKENS;
}

/** A user message right after tool results carries the pictures a call gave (see session.ts):
 * it belongs to the call, not to the user. */
const givesPictures = (messages: readonly WireMessage[], i: number) =>
  messages[i]!.role === 'user' && messages[i - 1]?.role === 'tool';

/** Room kept for the answer: the max tokens asked for, at most half the window. */
export const answerRoom = (limit: number, maxTokens: number | undefined) =>
  Math.min(maxTokens ?? 0, Math.floor(limit / 2));

/**
 * The messages of a request that fit `limit` tokens with room for the answer: the system prompt,
 * the question and what follows it (this turn's tool calls) always; earlier messages from the
 * newest back while they fit. An assistant message with tool calls and its tool results (and
 * the pictures they gave) stay together, as providers refuse one without the other. `extra` is what is sent beside the
 * messages (the tools' definitions), in tokens. Without a limit, everything is sent.
 */
export function fitContext(
  messages: readonly WireMessage[],
  limit: number | undefined,
  maxTokens: number | undefined,
  extra = 0,
): ContextFit {
  const sizes = messages.map(wireTokens);
  const total = sizes.reduce((a, b) => a + b, extra);
  if (!limit) return { messages: [...messages], leftOut: 0, tokens: total };
  const room = limit - answerRoom(limit, maxTokens);
  const first = messages[0]?.role === 'system' ? 1 : 0;
  let question = messages.length - 1;
  while (
    question > first &&
    (messages[question]!.role !== 'user' || givesPictures(messages, question))
  )
    question--;
  // The earlier messages in groups that go or stay together.
  const groups: { start: number; end: number }[] = [];
  for (let i = first; i < question;) {
    let end = i + 1;
    if (messages[i]!.tool_calls?.length)
      while (end < question && (messages[end]!.role === 'tool' || givesPictures(messages, end)))
        end++;
    groups.push({ start: i, end });
    i = end;
  }
  let tokens = total;
  let dropped = 0;
  let leftOut = 0;
  while (tokens > room && dropped < groups.length) {
    const { start, end } = groups[dropped++]!;
    for (let i = start; i < end; i++) {
      tokens -= sizes[i]!;
      if (messages[i]!.role !== 'tool' && !givesPictures(messages, i)) leftOut++;
    }
  }
  if (!dropped) return { messages: [...messages], leftOut: 0, tokens };
  const kept = groups[dropped]?.start ?? question;
  return {
    messages: [...messages.slice(0, first), ...messages.slice(kept)],
    leftOut,
    tokens,
  };
}
