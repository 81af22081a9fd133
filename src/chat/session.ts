import { type StreamEvent, type WireMessage, streamChat } from '../provider/chat';
import { ProviderError } from '../provider/errors';
import type { ClientOptions, ProviderTarget } from '../provider/http';
import type { ChatMessage, Conversation } from '../schema/conversation';
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

/** The messages sent for a turn: system prompt, the last `contextMessages` messages, the question. */
export function wireMessages(
  system: string,
  history: readonly ChatMessage[],
  contextMessages: number,
): WireMessage[] {
  const usable = history.filter((m) => m.content || m.tool_calls?.length);
  const question = usable.at(-1);
  const earlier = contextMessages > 0 ? usable.slice(0, -1).slice(-contextMessages) : [];
  const wire: WireMessage[] = system ? [{ role: 'system', content: system }] : [];
  for (const m of [...earlier, ...(question ? [question] : [])])
    wire.push({ role: m.role, content: m.content });
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
        m.status === 'streaming' ? { ...m, status: 'cut' as const } : m,
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

  private async run(turn: Turn): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    const history = this.current.messages;
    let answer = this.message('assistant', '', 'streaming', turn.model);
    this.set({ busy: true, messages: [...history, answer] });
    void this.persist();
    const update = (next: ChatMessage, extra: Partial<SessionState> = {}) => {
      answer = next;
      this.set({ ...extra, messages: [...history, answer] });
    };
    try {
      const system = await turn.systemPrompt();
      const events = (this.deps.stream ?? streamChat)(
        turn.target,
        {
          model: turn.model,
          messages: wireMessages(system, history, turn.contextMessages),
          maxTokens: turn.maxTokens,
          temperature: turn.temperature,
        },
        { ...this.deps.clientOptions, signal: controller.signal },
      );
      for await (const event of events) update(...this.fold(answer, event));
      update({ ...answer, status: 'complete' }, { announcement: answer.content });
    } catch (err) {
      const error = err instanceof ProviderError ? err : new ProviderError('network');
      const kept = answer.content || answer.reasoning || answer.tool_calls?.length;
      if (error.type === 'aborted') {
        this.set({ messages: kept ? [...history, { ...answer, status: 'stopped' }] : history });
      } else {
        const shown = {
          type: error.type,
          message: withProviderWords(error),
          hint: error.hint || undefined,
        };
        this.set({
          messages: kept ? [...history, { ...answer, status: 'cut', error: shown }] : history,
          error: shown,
        });
      }
    } finally {
      if (this.controller === controller) this.controller = undefined;
      this.set({ busy: false, retry: undefined });
      await this.persist();
    }
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

function withProviderWords(error: ProviderError): string {
  return error.providerMessage
    ? `${error.message} ${strings.err.provider_says(error.providerMessage)}`
    : error.message;
}
