import type { StreamEvent } from '../provider/chat';
import type { ToolCallDelta } from '../schema/provider';
import type { ChatMessage, MessageUsage, ToolCall } from '../schema/conversation';
import { providerFields } from '../guard/tool-calls';
import { LIMITS } from '../guard/sizes';

// Folds stream events into an assistant message. Pure: each call returns a new message. Sizes
// are bounded here: text past the limits of guard/sizes.ts is not kept (the session stops the
// stream and says so), calls past the number one response may ask for are not kept at all, and
// arguments are kept to one character past their limit (so that the call can be refused).

/** Tool-call deltas: split with `index` (OpenAI, vLLM, LiteLLM), whole (Ollama, Groq), without
 * `index` (Gemini, Mistral: keyed by id, else by order). Unknown fields are kept apart, in
 * `provider_fields`, since some must travel back with the history (Gemini's `extra_content`),
 * and never become the card's own fields (a call's status or its Approve question). */
export function applyToolCallDelta(calls: readonly ToolCall[], delta: ToolCallDelta): ToolCall[] {
  const { index, id, function: fn, type: _type, ...rest } = delta;
  const extra = providerFields(rest);
  const hasExtra = Object.keys(extra).length > 0;
  const args =
    typeof fn?.arguments === 'string'
      ? fn.arguments
      : fn?.arguments
        ? JSON.stringify(fn.arguments)
        : '';
  const at =
    typeof index === 'number'
      ? calls.findIndex((c) => c.index === index)
      : id
        ? calls.findIndex((c) => c.id === id)
        : fn?.name
          ? -1
          : calls.length - 1;
  const argumentsCap = LIMITS.toolArgumentsChars + 1;
  if (at < 0) {
    if (calls.length >= LIMITS.toolCallsPerResponse) return calls as ToolCall[];
    const call: ToolCall = {
      id: uniqueId(calls, id ?? `call_${calls.length}`),
      name: (fn?.name ?? '').slice(0, 256),
      arguments: args.slice(0, argumentsCap),
      ...(typeof index === 'number' ? { index } : {}),
      ...(hasExtra ? { provider_fields: extra } : {}),
    };
    return [...calls, call];
  }
  const old = calls[at]!;
  const merged: ToolCall = {
    ...old,
    ...(hasExtra ? { provider_fields: { ...old.provider_fields, ...extra } } : {}),
    id: old.id.startsWith('call_') && id ? uniqueId(calls, id, at) : old.id,
    name: (old.name + (fn?.name && fn.name !== old.name ? fn.name : '')).slice(0, 256),
    arguments:
      old.arguments.length < argumentsCap
        ? (old.arguments + args).slice(0, argumentsCap)
        : old.arguments,
  };
  return calls.map((c, i) => (i === at ? merged : c));
}

/** `id`, or `id` with a suffix where another call of the response has it already (a provider
 * giving two calls one id would make an answer to one the answer to both). */
function uniqueId(calls: readonly ToolCall[], id: string, self = -1): string {
  const short = id.slice(0, LIMITS.idChars);
  const taken = (candidate: string) => calls.some((c, i) => i !== self && c.id === candidate);
  let unique = short;
  for (let n = 2; taken(unique); n++) unique = `${short}_${n}`;
  return unique;
}

export function foldEvent(message: ChatMessage, event: StreamEvent): ChatMessage {
  switch (event.type) {
    case 'content':
      return {
        ...message,
        content: (message.content + event.text).slice(0, LIMITS.answerChars),
      };
    case 'reasoning':
      return {
        ...message,
        reasoning: ((message.reasoning ?? '') + event.text).slice(0, LIMITS.reasoningChars),
      };
    case 'tool_call':
      return { ...message, tool_calls: applyToolCallDelta(message.tool_calls ?? [], event.delta) };
    case 'usage': {
      const u = event.usage;
      const usage: MessageUsage = {};
      if (typeof u.prompt_tokens === 'number') usage.prompt_tokens = u.prompt_tokens;
      if (typeof u.completion_tokens === 'number') usage.completion_tokens = u.completion_tokens;
      const reasoning = u.completion_tokens_details?.reasoning_tokens;
      if (typeof reasoning === 'number' && reasoning > 0) usage.reasoning_tokens = reasoning;
      const cached = u.prompt_tokens_details?.cached_tokens;
      if (typeof cached === 'number' && cached > 0) usage.cached_tokens = cached;
      if (typeof u.cost === 'number') usage.cost = u.cost;
      return { ...message, usage };
    }
    case 'finish':
      return { ...message, finish_reason: event.reason };
    case 'agent':
      return { ...message, agent_conversation_id: event.conversationId };
    case 'agent_call': {
      const calls = message.tool_calls ?? [];
      const { id } = event.call;
      const known = calls.some((c) => c.id === id);
      return {
        ...message,
        tool_calls: known
          ? calls.map((c) => (c.id === id ? { ...c, ...event.call } : c))
          : [...calls, { name: '', arguments: '{}', ...event.call, by_agent: true }],
      };
    }
    case 'retry':
    case 'learned':
      return message;
  }
}
