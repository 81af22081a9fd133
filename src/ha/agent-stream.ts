import type { ChatParams, StreamEvent } from '../provider/chat';
import { ProviderError } from '../provider/errors';
import { scrubCredentials } from '../guard/credentials';
import type { ClientOptions, ProviderTarget } from '../provider/http';
import { type HassConnection, errorMessage } from './connection';

// A Home Assistant conversation agent as a source of answers, over the websocket: through an
// Assist pipeline whose agent it is (`assist_pipeline/run` from the intent stage to the intent
// stage; releases from 2025.3 send the answer as it grows in `intent-progress` events), else
// with `conversation/process`. The agent acts on the house itself, with its own tools: what it
// reports doing becomes tool rows, already done (our Approve does not apply to them).

interface Pipeline {
  id: string;
  conversation_engine?: string | null;
}

/** What an intent acted on, as Home Assistant reports it (in an answer, or in the result of
 * one of its intent tools). */
interface Targets {
  code?: string;
  success?: { name?: string; id?: string; type?: string }[];
  failed?: { name?: string; id?: string; type?: string }[];
}

/** What an agent answers (Home Assistant's ConversationResult). */
interface ConversationResult {
  conversation_id?: string | null;
  response?: {
    response_type?: string;
    speech?: { plain?: { speech?: string } };
    data?: Targets;
  };
}

/** The entities among the targets (areas and domains have no dot). */
const entityIds = ({ success = [], failed = [] }: Targets) =>
  [...success, ...failed].flatMap((t) => (t.id?.includes('.') ? [t.id] : []));

/** One event of a pipeline run (`assist_pipeline/run`). */
interface PipelineEvent {
  type: string;
  data?: {
    chat_log_delta?: ChatLogDelta;
    intent_output?: ConversationResult;
    code?: string;
    message?: string;
  };
}

/** A change to the agent's chat log, as `intent-progress` carries it. */
interface ChatLogDelta {
  role?: string;
  content?: string;
  tool_calls?: { id?: string; tool_name?: string; tool_args?: unknown }[];
  tool_call_id?: string;
  tool_name?: string;
  tool_result?: unknown;
  result?: unknown;
}

/** The agent's pipeline: the user's preferred one where it uses this agent, else the first
 * that does. */
async function pipelineOf(conn: HassConnection, agentId: string): Promise<Pipeline | undefined> {
  const listed = await conn
    .sendMessagePromise<{ pipelines?: Pipeline[]; preferred_pipeline?: string | null }>({
      type: 'assist_pipeline/pipeline/list',
    })
    .catch(() => undefined);
  const mine = (listed?.pipelines ?? []).filter((p) => p.conversation_engine === agentId);
  return mine.find((p) => p.id === listed?.preferred_pipeline) ?? mine[0];
}

const questionOf = (params: ChatParams): string => {
  const last = [...params.messages].reverse().find((m) => m.role === 'user')?.content;
  if (typeof last === 'string') return last;
  return (last ?? [])
    .map((p) => (p.type === 'text' ? p.text : ''))
    .join(' ')
    .trim();
};

const agentError = (message: string | undefined) =>
  new ProviderError('agent', message ? { providerMessage: message } : {});

/** What the agent reports having done, as rows: tool calls from its chat log, else the
 * entities its answer names (the built-in agent reports no tool call while streaming). */
function* rowsOf(result: ConversationResult): Generator<StreamEvent> {
  const data = result.response?.data;
  const success = data?.success ?? [];
  const failed = data?.failed ?? [];
  if (!success.length && !failed.length) return;
  yield {
    type: 'agent_call',
    call: {
      id: 'home_assistant_action',
      name: 'home_assistant',
      arguments: '{}',
      status: failed.length ? 'error' : 'done',
      result: JSON.stringify(scrubCredentials({ success, failed })),
      entity_ids: entityIds(data!),
    },
  };
}

/**
 * Answers from a Home Assistant agent, as a provider's stream would: the answer's text (as it
 * grows, where the release streams it), what the agent did as tool rows, and the agent's
 * conversation id, so that the next question continues the same conversation.
 */
export function agentStream(
  conn: HassConnection,
  agentId: string,
  conversationId: string | undefined,
) {
  return async function* (
    _target: ProviderTarget,
    params: ChatParams,
    options: ClientOptions = {},
  ): AsyncGenerator<StreamEvent, void, undefined> {
    const text = questionOf(params);
    const pipeline = await pipelineOf(conn, agentId);
    const result = pipeline
      ? yield* throughPipeline(conn, pipeline, text, conversationId, options.signal)
      : await conn
          .sendMessagePromise<ConversationResult>({
            type: 'conversation/process',
            text,
            agent_id: agentId,
            ...(conversationId ? { conversation_id: conversationId } : {}),
          })
          .catch((err: unknown) => {
            throw agentError(errorMessage(err));
          });
    if (!result) return;
    const speech = result.response?.speech?.plain?.speech;
    if (!pipeline && speech) yield { type: 'content', text: speech };
    // Its summary of what it acted on, unless its tool calls already said so (LLM agents).
    if (!('reported' in result)) yield* rowsOf(result);
    if (result.conversation_id) yield { type: 'agent', conversationId: result.conversation_id };
    yield { type: 'finish', reason: 'stop' };
  };
}

/** One pipeline run from the intent stage to the intent stage; yields the answer as it grows
 * and returns the agent's result. Stop ends the subscription. */
async function* throughPipeline(
  conn: HassConnection,
  pipeline: Pipeline,
  text: string,
  conversationId: string | undefined,
  signal: AbortSignal | undefined,
): AsyncGenerator<StreamEvent, (ConversationResult & { reported?: true }) | undefined, undefined> {
  const queue: PipelineEvent[] = [];
  let wake: (() => void) | undefined;
  let failure: unknown;
  const push = (event: PipelineEvent) => {
    queue.push(event);
    wake?.();
  };
  const unsubscribe = await conn
    .subscribeMessage<PipelineEvent>(push, {
      type: 'assist_pipeline/run',
      start_stage: 'intent',
      end_stage: 'intent',
      input: { text },
      pipeline: pipeline.id,
      ...(conversationId ? { conversation_id: conversationId } : {}),
    })
    .catch((err: unknown) => {
      throw agentError(errorMessage(err));
    });
  const onAbort = () => {
    failure = new ProviderError('aborted');
    wake?.();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  let streamed = false;
  /** Tool calls by id, to tell their results apart. */
  const names = new Map<string, string>();
  try {
    for (;;) {
      if (failure) throw failure;
      const event = queue.shift();
      if (!event) {
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      const data = event.data ?? {};
      if (event.type === 'error') throw agentError(data.message ?? data.code);
      if (event.type === 'intent-progress' && data.chat_log_delta) {
        const delta = data.chat_log_delta;
        if (delta.content && delta.role !== 'tool_result') {
          streamed = true;
          yield { type: 'content', text: delta.content };
        }
        for (const call of delta.tool_calls ?? []) {
          const id = call.id ?? `ha_${names.size}`;
          names.set(id, call.tool_name ?? '');
          yield {
            type: 'agent_call',
            call: {
              id,
              name: call.tool_name ?? '',
              arguments: JSON.stringify(call.tool_args ?? {}),
              status: 'running',
            },
          };
        }
        if (delta.role === 'tool_result' && delta.tool_call_id) {
          const result = delta.tool_result ?? delta.result;
          const failed = !!result && typeof result === 'object' && 'error' in result;
          // An intent tool's result names what it acted on: their live state shows in the row.
          const ids = entityIds((result as { data?: Targets } | null)?.data ?? {});
          // Credentials in what Home Assistant returned never reach storage.
          yield {
            type: 'agent_call',
            call: {
              id: delta.tool_call_id,
              status: failed ? 'error' : 'done',
              result: JSON.stringify(scrubCredentials(result ?? null)),
              ...(ids.length ? { entity_ids: ids } : {}),
            },
          };
        }
      }
      if (event.type === 'intent-end') {
        const output = data.intent_output ?? {};
        const speech = output.response?.speech?.plain?.speech;
        // The whole answer at the end, where the release (or the agent) streamed none of it.
        if (!streamed && speech) yield { type: 'content', text: speech };
        return names.size ? { ...output, reported: true } : output;
      }
      if (event.type === 'run-end') return undefined;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    void unsubscribe().catch(() => undefined);
  }
}
