import type { ChatParams, StreamEvent } from '../provider/chat';
import type { ProviderTarget } from '../provider/http';
import { newId } from '../sync/clock';
import { strings } from '../i18n';

/**
 * A quick prompt that runs a script instead of asking a model, as a source of answers: the
 * first request answers with one call of the script (so it is a row, under the same rules as a
 * model's calls: scope, Approve, the guard), the second says whether it ran. No provider is
 * asked and nothing leaves Home Assistant.
 */
export function scriptStream(entityId: string, label: string) {
  const id = `call_chip_${newId().slice(0, 12)}`;
  return async function* (
    _target: ProviderTarget,
    params: ChatParams,
  ): AsyncGenerator<StreamEvent, void, undefined> {
    const result = params.messages.findLast((m) => m.role === 'tool' && m.tool_call_id === id);
    if (!result) {
      const args = { domain: 'script', service: 'turn_on', entity_id: entityId };
      yield {
        type: 'tool_call',
        delta: {
          index: 0,
          id,
          type: 'function',
          function: { name: 'call_service', arguments: JSON.stringify(args) },
        },
      };
      yield { type: 'finish', reason: 'tool_calls' };
      return;
    }
    const text = typeof result.content === 'string' ? result.content : '';
    const failed = /^\s*\{\s*"error"/.test(text);
    const t = strings.quickPrompts;
    yield { type: 'content', text: failed ? t.notRun(label) : t.ran(label) };
    yield { type: 'finish', reason: 'stop' };
  };
}
