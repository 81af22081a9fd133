import type { StreamEvent } from '../provider/chat';
import type { ToolCallDelta } from '../schema/provider';
import type { ChatMessage, MessageUsage, ToolCall } from '../schema/conversation';

// Folds stream events into an assistant message. Pure: each call returns a new message.

/** Tool-call deltas: split with `index` (OpenAI, vLLM, LiteLLM), whole (Ollama, Groq), without
 * `index` (Gemini, Mistral: keyed by id, else by order). Unknown fields are kept, since some must
 * travel back with the history (Gemini's `extra_content`). */
export function applyToolCallDelta(calls: readonly ToolCall[], delta: ToolCallDelta): ToolCall[] {
  const { index, id, function: fn, type: _type, ...extra } = delta;
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
  if (at < 0) {
    const call: ToolCall = {
      ...extra,
      id: id ?? `call_${calls.length}`,
      name: fn?.name ?? '',
      arguments: args,
      ...(typeof index === 'number' ? { index } : {}),
    };
    return [...calls, call];
  }
  const old = calls[at]!;
  const merged: ToolCall = {
    ...old,
    ...extra,
    id: old.id.startsWith('call_') && id ? id : old.id,
    name: old.name + (fn?.name && fn.name !== old.name ? fn.name : ''),
    arguments: old.arguments + args,
  };
  return calls.map((c, i) => (i === at ? merged : c));
}

export function reduceMessage(message: ChatMessage, event: StreamEvent): ChatMessage {
  switch (event.type) {
    case 'content':
      return { ...message, content: message.content + event.text };
    case 'reasoning':
      return { ...message, reasoning: (message.reasoning ?? '') + event.text };
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
    case 'retry':
    case 'learned':
      return message;
  }
}
