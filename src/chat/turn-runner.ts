import { type StreamEvent, streamChat } from '../provider/chat';
import { ProviderError } from '../provider/errors';
import type { ClientOptions } from '../provider/http';
import type { ChatMessage } from '../schema/conversation';
import { LIMITS } from '../guard/sizes';
import { type ContextFit, fitContext } from './context';
import { type ErrorData, errorData } from './errors';
import type { TurnSinks } from './ports';
import { foldEvent } from './stream-fold';
import { runToolRound } from './tool-round';
import type { Turn } from './turn';
import { estimateTokens, finalUsage, sumUsage } from './usage';
import { type Pictures, continuation, wireMessages } from './wire';

// One turn, from the question to the last answer: the request (fitted to the model's context,
// sent again smaller once when the provider says it was over), the stream folded into the
// answer, and rounds of tool calls until the model answers without one. What the turn changes
// goes to the session through RunHost; what it stores, it stores at a few points only: the
// question with an empty answer before the request goes out, each round of tool calls before
// the first runs (so that none is ever run twice), at least every CHECKPOINT_MS while an answer
// streams, and everything at the end.

/** A streaming answer is written at least this often, so other tabs see it grow and a tab that
 * went away mid-answer leaves what it had. */
const CHECKPOINT_MS = 15_000;

/** What a turn may change in its session. */
export interface RunHost {
  /** Shows a message of this turn (or a change of the session's state) at once. */
  show(message: ChatMessage, extra?: RunPatch): void;
  patch(extra: RunPatch): void;
  /** Stores messages (and moves the leaf). */
  commit(messages: readonly ChatMessage[], leaf?: string): void;
  /** A new answer to the message `parent`. */
  newAnswer(turn: Turn, parent: string | undefined): ChatMessage;
  /** The context of the request last sent. */
  readonly context: { tokens: number; leftOut: number } | undefined;
  /** Pictures this page holds, by question or tool call. */
  readonly pictures: Map<string, readonly string[]>;
  /** Waits for the user's Approve or Deny of a call (false when the turn is stopped). */
  decide(callId: string, signal: AbortSignal): Promise<boolean>;
  readonly deps: TurnSinks & {
    stream?: typeof streamChat | undefined;
    clientOptions?: Omit<ClientOptions, 'signal'> | undefined;
  };
}

/** What a turn may change of the session's state besides its messages. */
export interface RunPatch {
  busy?: boolean;
  retry?: { attempt: number; delayMs: number; reason: ErrorData } | undefined;
  error?: ErrorData | undefined;
  announcement?: string | undefined;
  context?: { tokens: number; leftOut: number } | undefined;
}

/** A context size to fit the next attempt into, in estimated tokens, after the provider said a
 * request of `fit.tokens` was over its context: four fifths of the limit it named (or of that
 * request), as the estimate may count short. One such attempt per request. */
function smallerContext(err: ProviderError, limit: number | undefined, fit: ContextFit): number {
  return Math.floor(Math.min(err.limit ?? fit.tokens, limit ?? Infinity) * 0.8);
}

/** A provider's 400 for a model that takes no tools (Ollama: "does not support tools"; vLLM:
 * "auto" tool choice requires --enable-auto-tool-choice; others name tools or functions). */
function refusesTools(error: ProviderError): boolean {
  return (
    error.type === 'bad_request' &&
    /tool|function/i.test(`${error.providerMessage ?? ''} ${error.code ?? ''}`)
  );
}

/**
 * Runs one turn: `history` is the branch up to the question; `fresh` the messages it adds (the
 * question); `resume` an answer to continue instead of starting a new one. Resolves when the
 * turn has ended, whatever way; never throws.
 */
export async function runTurn(
  host: RunHost,
  turn: Turn,
  signal: AbortSignal,
  history: readonly ChatMessage[],
  fresh: readonly ChatMessage[],
  resume?: ChatMessage,
): Promise<void> {
  let asked = history;
  // A continued answer counts the earlier requests' usage and this one's.
  const earlier = resume?.usage;
  let answer = resume
    ? { ...resume, status: 'streaming' as const, error: undefined, usage: undefined }
    : host.newAnswer(turn, history.at(-1)?.id);
  /** Messages of this turn before the answer now streaming (the rounds of tool calls). */
  const done: ChatMessage[] = [];
  /** The estimated tokens of the request under way, until its answer is settled. */
  let sent: number | undefined;
  /** The message of a request that has ended, with what the request used. */
  const settle = (m: ChatMessage): ChatMessage => {
    if (sent === undefined) return m;
    if (turn.uncounted) {
      sent = undefined;
      return m;
    }
    const usage = finalUsage(m, sent, turn.prices);
    sent = undefined;
    if (!usage.estimated && host.context)
      host.patch({
        context: {
          ...host.context,
          tokens: (usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0),
        },
      });
    host.deps.onUsage?.(turn, usage, `${m.id}:${Date.now().toString(36)}`);
    return { ...m, usage: m.id === resume?.id && earlier ? sumUsage(earlier, usage) : usage };
  };
  let lastCheckpoint = Date.now();
  const show = (next: ChatMessage, extra: RunPatch = {}) => {
    answer = next;
    host.show(next, extra);
    if (Date.now() - lastCheckpoint > CHECKPOINT_MS) {
      lastCheckpoint = Date.now();
      host.commit([next]);
    }
  };
  host.show(answer, { busy: true, error: undefined });
  host.commit([...fresh, answer], answer.id);
  try {
    const system = await turn.systemPrompt();
    const tools = turn.tools?.box.definitions;
    const toolTokens = tools ? estimateTokens(JSON.stringify(tools).length) : 0;
    let limit = turn.contextLength;
    let callsMade = 0;
    for (let round = 0; ; round++) {
      const all = wireMessages(system, asked, turn.contextMessages, host.pictures as Pictures);
      if (resume && round === 0) all.push(...continuation(answer));
      let fit = fitContext(all, limit, turn.maxTokens, toolTokens);
      for (let attempt = 0; ; attempt++) {
        host.patch({ context: { tokens: fit.tokens, leftOut: fit.leftOut } });
        sent = fit.tokens;
        const events = (turn.stream ?? host.deps.stream ?? streamChat)(
          turn.target,
          {
            model: turn.model,
            messages: fit.messages,
            maxTokens: turn.maxTokens,
            temperature: turn.temperature,
            tools,
          },
          { ...host.deps.clientOptions, signal },
        );
        try {
          for await (const event of events) {
            if (event.type === 'learned') host.deps.onLearned?.(turn, event.learned);
            show(...fold(answer, event));
            // Past the size an answer may have: stopped, and what arrived is kept.
            if (
              answer.content.length >= LIMITS.answerChars ||
              (answer.reasoning?.length ?? 0) >= LIMITS.reasoningChars
            )
              throw new ProviderError('too_long', { chars: LIMITS.answerChars });
          }
          break;
        } catch (err) {
          // Over the model's context: learn its size from the provider's words, leave out
          // more, and send once more, if leaving out more is possible.
          const over =
            attempt === 0 && err instanceof ProviderError && err.type === 'context_length';
          const smaller = over ? smallerContext(err, limit, fit) : undefined;
          const refit = smaller ? fitContext(all, smaller, turn.maxTokens, toolTokens) : undefined;
          if (!over || !refit || refit.leftOut <= fit.leftOut || answer.content) throw err;
          if (err.limit) host.deps.onLearned?.(turn, { context_length: err.limit });
          limit = smaller;
          fit = refit;
        }
      }
      const calls = answer.tool_calls ?? [];
      if (!turn.tools || !calls.length || (resume && round === 0)) {
        show(settle({ ...answer, status: 'complete' }), { announcement: answer.content });
        break;
      }
      if (round >= turn.tools.maxRounds) {
        show(
          settle({
            ...answer,
            status: 'complete',
            tool_calls: calls.map((c) => ({ ...c, status: 'stopped' as const })),
          }),
          { error: { type: 'tool_rounds', params: { n: turn.tools.maxRounds } } },
        );
        break;
      }
      show(settle(answer));
      // Stored before any of the round's calls runs: a call is never run twice.
      host.commit([answer]);
      const capped = await runToolRound(
        {
          current: () => answer,
          show,
          commit: (m) => host.commit(m),
          decide: (id) => host.decide(id, signal),
          keepPictures: (id, full) => host.pictures.set(id, full),
        },
        turn.tools.box,
        calls.map((c) => c.id),
        LIMITS.toolCallsPerAnswer - callsMade,
        signal,
      );
      if (signal.aborted) throw new ProviderError('aborted');
      callsMade += calls.length;
      if (capped) {
        show(
          { ...answer, status: 'complete' },
          { error: { type: 'tool_calls', params: { n: LIMITS.toolCallsPerAnswer } } },
        );
        break;
      }
      const finished = { ...answer, status: 'complete' as const };
      done.push(finished);
      asked = [...asked, finished];
      answer = host.newAnswer(turn, finished.id);
      host.show(answer);
    }
  } catch (err) {
    const error = err instanceof ProviderError ? err : new ProviderError('network');
    const calls = answer.tool_calls?.map((c) =>
      c.status === 'awaiting' || c.status === 'running' || !c.status
        ? { ...c, status: 'stopped' as const }
        : c,
    );
    const stopped = calls ? { ...answer, tool_calls: calls } : answer;
    const kept = stopped.content || stopped.reasoning || stopped.tool_calls?.length;
    // A request that brought nothing is not counted (providers do not bill a refusal).
    const ended = kept ? settle(stopped) : stopped;
    if (error.type === 'aborted') {
      answer = kept ? { ...ended, status: 'stopped' } : { ...ended, deleted: true };
    } else {
      const data = errorData(
        error,
        turn.tools && refusesTools(error) ? 'tools_unsupported' : undefined,
      );
      answer = kept
        ? { ...ended, status: 'cut', error: data }
        : resume
          ? { ...resume, error: data }
          : { ...ended, deleted: true };
      host.patch({ error: data });
    }
  } finally {
    // An answer that never began is not kept: the question is offered again.
    const leaf = answer.deleted ? answer.parent : answer.id;
    host.commit([...done, answer], leaf);
    host.patch({ busy: false, retry: undefined });
  }
}

/** A stream event folded into the answer, and what it changes of the session's state. */
function fold(answer: ChatMessage, event: StreamEvent): [ChatMessage, RunPatch] {
  if (event.type === 'retry')
    return [
      answer,
      {
        retry: { attempt: event.attempt, delayMs: event.delayMs, reason: errorData(event.error) },
      },
    ];
  return [foldEvent(answer, event), { retry: undefined }];
}
