import { type StreamEvent, type WireMessage, streamChat } from '../provider/chat';
import { ProviderError } from '../provider/errors';
import type { ClientOptions, ProviderTarget } from '../provider/http';
import type { ChatMessage, Conversation, ToolCall } from '../schema/conversation';
import type { ToolBox } from '../ha/tools';
import { reduceMessage } from './reduce';
import { strings } from '../i18n/en';

/** What the chat view shows. Replaced, never mutated, on every change. */
export interface SessionState {
  messages: readonly ChatMessage[];
  busy: boolean;
  /** Set while waiting to retry (rate limit, 5xx, connection error). */
  retry?: { attempt: number; delayMs: number; reason: string } | undefined;
  error?: { type: string; message: string; hint?: string | undefined } | undefined;
  /** The last completed assistant answer, for the polite screen-reader announcement. */
  announcement?: string | undefined;
}

export interface Turn {
  target: ProviderTarget;
  model: string;
  maxTokens: number;
  temperature: number;
  contextMessages: number;
  /** Resolves the system prompt (rendered by Home Assistant's template engine). */
  systemPrompt: () => Promise<string>;
  /** The tools the model may call, and how many rounds of calls one answer may take. */
  tools?: { box: ToolBox; maxRounds: number } | undefined;
}

export interface ConversationStore {
  load(id: string): Promise<Conversation | undefined>;
  save(conversation: Conversation): Promise<void>;
}

export interface SessionDeps {
  conversationId: string;
  store?: ConversationStore | undefined;
  stream?: typeof streamChat;
  clientOptions?: Omit<ClientOptions, 'signal'>;
  now?: () => Date;
  newId?: () => string;
}

/** Our bookkeeping on a tool call, which providers must not see. */
const LOCAL_CALL_FIELDS = new Set(['status', 'result', 'entity_ids', 'confirm', 'index']);

/** A stored message in the OpenAI format: an assistant's tool calls are followed by their
 * results; calls that never got one (stopped) are left out, as providers refuse them. */
function toWire(m: ChatMessage): WireMessage[] {
  if (m.role === 'user') return [{ role: 'user', content: m.content }];
  const answered = (m.tool_calls ?? []).filter((c) => c.result !== undefined);
  if (!answered.length) return m.content ? [{ role: 'assistant', content: m.content }] : [];
  const calls = answered.map(({ id, name, arguments: args, ...rest }) => ({
    id,
    type: 'function',
    function: { name, arguments: args || '{}' },
    ...Object.fromEntries(Object.entries(rest).filter(([k]) => !LOCAL_CALL_FIELDS.has(k))),
  }));
  return [
    { role: 'assistant', content: m.content || null, tool_calls: calls },
    ...answered.map((c) => ({ role: 'tool' as const, tool_call_id: c.id, content: c.result! })),
  ];
}

/** The messages sent for a turn: the system prompt, the last `contextMessages` messages before
 * the question, then the question and everything since (tool calls and their results). */
export function wireMessages(
  system: string,
  history: readonly ChatMessage[],
  contextMessages: number,
): WireMessage[] {
  const usable = history.filter((m) => m.content || m.tool_calls?.length);
  let asked = usable.length - 1;
  while (asked > 0 && usable[asked]!.role !== 'user') asked--;
  const earlier =
    contextMessages > 0 && asked > 0 ? usable.slice(0, asked).slice(-contextMessages) : [];
  const wire: WireMessage[] = system ? [{ role: 'system', content: system }] : [];
  for (const m of [...earlier, ...usable.slice(Math.max(asked, 0))]) wire.push(...toWire(m));
  return wire;
}

const titleOf = (messages: readonly ChatMessage[]) =>
  messages.find((m) => m.role === 'user')?.content.slice(0, 80);

/**
 * One conversation: sends turns through the provider client, folds the stream into messages,
 * stops, clears, and keeps the conversation in the store. No DOM: the view subscribes.
 */
export class ChatSession {
  private current: SessionState = { messages: [], busy: false };
  private readonly listeners = new Set<(state: SessionState) => void>();
  private controller: AbortController | undefined;
  private loaded: Promise<void> | undefined;
  /** Tool calls waiting for Approve or Deny, by call id. */
  private readonly decisions = new Map<string, (approve: boolean) => void>();

  constructor(private readonly deps: SessionDeps) {}

  get state(): SessionState {
    return this.current;
  }

  get conversationId(): string {
    return this.deps.conversationId;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Loads the stored conversation once; an answer that was streaming when the page went away is
   * shown as cut off. */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      const stored = await this.deps.store?.load(this.deps.conversationId).catch((err: unknown) => {
        this.set({
          error: { type: 'history', message: err instanceof Error ? err.message : String(err) },
        });
        return undefined;
      });
      if (!stored || this.current.messages.length) return;
      const messages = stored.messages.map((m) =>
        m.status === 'streaming' ? stopCalls({ ...m, status: 'cut' as const }) : stopCalls(m),
      );
      this.set({ messages });
    })();
    return this.loaded;
  }

  /** Shows a problem that stops a turn before it starts (no provider, settings invalid, ...). */
  fail(message: string, hint?: string): void {
    this.set({ error: { type: 'config', message, hint } });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  async send(text: string, turn: Turn): Promise<void> {
    const question = text.trim();
    if (!question || this.current.busy) return;
    await this.load();
    const user = this.message('user', question, 'complete');
    this.set({ messages: [...this.current.messages, user], error: undefined });
    await this.run(turn);
  }

  /** Sends the last question again after a failure. */
  async retry(turn: Turn): Promise<void> {
    if (this.current.busy || this.current.messages.at(-1)?.role !== 'user') return;
    this.set({ error: undefined });
    await this.run(turn);
  }

  stop(): void {
    this.controller?.abort();
  }

  async clear(): Promise<void> {
    this.stop();
    this.set({ messages: [], error: undefined, announcement: undefined });
    await this.persist();
  }

  /** Approves or denies a tool call waiting for the user. */
  decide(callId: string, approve: boolean): void {
    const waiting = this.decisions.get(callId);
    if (!waiting) return;
    this.decisions.delete(callId);
    waiting(approve);
  }

  private async run(turn: Turn): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    let history = this.current.messages;
    let answer = this.message('assistant', '', 'streaming', turn.model);
    const update = (next: ChatMessage, extra: Partial<SessionState> = {}) => {
      answer = next;
      this.set({ ...extra, messages: [...history, answer] });
    };
    this.set({ busy: true, messages: [...history, answer] });
    void this.persist();
    try {
      const system = await turn.systemPrompt();
      for (let round = 0; ; round++) {
        const events = (this.deps.stream ?? streamChat)(
          turn.target,
          {
            model: turn.model,
            messages: wireMessages(system, history, turn.contextMessages),
            maxTokens: turn.maxTokens,
            temperature: turn.temperature,
            tools: turn.tools?.box.definitions,
          },
          { ...this.deps.clientOptions, signal: controller.signal },
        );
        for await (const event of events) update(...this.fold(answer, event));
        const calls = answer.tool_calls ?? [];
        if (!turn.tools || !calls.length) {
          update({ ...answer, status: 'complete' }, { announcement: answer.content });
          break;
        }
        if (round >= turn.tools.maxRounds) {
          const shown = { type: 'tool_rounds', message: strings.toolRounds(turn.tools.maxRounds) };
          update(
            {
              ...answer,
              status: 'complete',
              tool_calls: calls.map((c) => ({ ...c, status: 'stopped' as const })),
            },
            { error: shown },
          );
          break;
        }
        for (const call of calls) {
          await this.runTool(turn.tools.box, call.id, () => answer, update, controller.signal);
          if (controller.signal.aborted) throw new ProviderError('aborted');
        }
        update({ ...answer, status: 'complete' });
        history = [...history, answer];
        update(this.message('assistant', '', 'streaming', turn.model));
        void this.persist();
      }
    } catch (err) {
      const error = err instanceof ProviderError ? err : new ProviderError('network');
      const calls = answer.tool_calls?.map((c) =>
        c.status === 'awaiting' || c.status === 'running' || !c.status
          ? { ...c, status: 'stopped' as const }
          : c,
      );
      const ended = calls ? { ...answer, tool_calls: calls } : answer;
      const kept = ended.content || ended.reasoning || ended.tool_calls?.length;
      if (error.type === 'aborted') {
        this.set({ messages: kept ? [...history, { ...ended, status: 'stopped' }] : history });
      } else {
        const shown = {
          type: error.type,
          message: withProviderWords(error),
          hint:
            (turn.tools && refusesTools(error) ? strings.toolsUnsupported : error.hint) ||
            undefined,
        };
        this.set({
          messages: kept ? [...history, { ...ended, status: 'cut', error: shown }] : history,
          error: shown,
        });
      }
    } finally {
      for (const decide of this.decisions.values()) decide(false);
      this.decisions.clear();
      if (this.controller === controller) this.controller = undefined;
      this.set({ busy: false, retry: undefined });
      await this.persist();
    }
  }

  /** One tool call: wait for the user's Approve where it is sensitive, run it, keep the result. */
  private async runTool(
    box: ToolBox,
    callId: string,
    current: () => ChatMessage,
    update: (next: ChatMessage, extra?: Partial<SessionState>) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const patch = (fields: Partial<ToolCall>, extra?: Partial<SessionState>) => {
      const answer = current();
      update(
        {
          ...answer,
          tool_calls: answer.tool_calls?.map((c) => (c.id === callId ? { ...c, ...fields } : c)),
        },
        extra,
      );
    };
    const call = current().tool_calls?.find((c) => c.id === callId);
    if (!call) return;
    const review = await box.review(call).catch(() => undefined);
    if (review?.confirm) {
      patch(
        { status: 'awaiting', confirm: review.confirm, entity_ids: review.entityIds },
        { announcement: strings.toolNeedsApproval(review.confirm) },
      );
      void this.persist();
      const approved = await new Promise<boolean>((resolve) => {
        this.decisions.set(callId, resolve);
        signal.addEventListener('abort', () => resolve(false), { once: true });
      });
      if (signal.aborted) return;
      if (!approved) {
        patch({
          status: 'denied',
          result: JSON.stringify({ error: strings.toolDeniedForModel }),
        });
        return;
      }
    }
    patch({ status: 'running', ...(review ? { entity_ids: review.entityIds } : {}) });
    const outcome = await box.run(call);
    patch({
      status: outcome.ok ? 'done' : 'error',
      result: outcome.content,
      entity_ids: outcome.entityIds.length ? outcome.entityIds : (review?.entityIds ?? []),
    });
  }

  private fold(answer: ChatMessage, event: StreamEvent): [ChatMessage, Partial<SessionState>] {
    if (event.type === 'retry') {
      return [
        answer,
        { retry: { attempt: event.attempt, delayMs: event.delayMs, reason: event.error.message } },
      ];
    }
    return [reduceMessage(answer, event), this.current.retry ? { retry: undefined } : {}];
  }

  private message(
    role: ChatMessage['role'],
    content: string,
    status: ChatMessage['status'],
    model?: string,
  ): ChatMessage {
    return {
      id: this.deps.newId?.() ?? crypto.randomUUID(),
      role,
      content,
      status,
      created_at: (this.deps.now?.() ?? new Date()).toISOString(),
      ...(model ? { model } : {}),
    };
  }

  private async persist(): Promise<void> {
    const store = this.deps.store;
    if (!store) return;
    const messages = this.current.messages;
    const title = titleOf(messages);
    try {
      await store.save({
        id: this.deps.conversationId,
        updated_at: (this.deps.now?.() ?? new Date()).toISOString(),
        messages: [...messages],
        ...(title ? { title } : {}),
      });
    } catch {
      // Not fatal for the chat on screen; the next turn saves again.
    }
  }

  private set(patch: Partial<SessionState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }
}

/** Calls that were waiting or running when the page went away did not finish here. */
function stopCalls(m: ChatMessage): ChatMessage {
  if (!m.tool_calls?.some((c) => c.status === 'awaiting' || c.status === 'running')) return m;
  return {
    ...m,
    tool_calls: m.tool_calls.map((c) =>
      c.status === 'awaiting' || c.status === 'running' ? { ...c, status: 'stopped' as const } : c,
    ),
  };
}

/** A provider's 400 for a model that takes no tools (Ollama: "does not support tools"; vLLM:
 * "auto" tool choice requires --enable-auto-tool-choice; others name tools or functions). */
function refusesTools(error: ProviderError): boolean {
  return (
    error.type === 'bad_request' &&
    /tool|function/i.test(`${error.providerMessage ?? ''} ${error.code ?? ''}`)
  );
}

function withProviderWords(error: ProviderError): string {
  return error.providerMessage
    ? `${error.message} ${strings.err.provider_says(error.providerMessage)}`
    : error.message;
}
