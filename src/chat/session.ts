import { type SentPart, type StreamEvent, type WireMessage, streamChat } from '../provider/chat';
import { ProviderError } from '../provider/errors';
import type { ClientOptions, ProviderTarget } from '../provider/http';
import type {
  ChatMessage,
  ConversationDoc,
  MessageImage,
  MessageUsage,
  ToolCall,
} from '../schema/conversation';
import type { ModelLearned } from '../schema/settings';
import { clock, newId } from '../schema/stamp';
import type { ToolBox, ToolReview } from './tool-port';
import { isOwnPicture } from '../guard/pictures';
import { LIMITS } from '../guard/sizes';
import { wireFields } from '../guard/tool-calls';
import type { SaveState, SyncState } from '../ha/synced-doc';
import { time } from '../ha/conversation-merge';
import { prompts } from './prompts';
import { reduceMessage } from './reduce';
import { type ContextFit, fitContext } from './context';
import {
  type Prices,
  type Totals,
  conversationTotals,
  emptyTotals,
  estimateTokens,
  finalUsage,
  sumUsage,
} from './usage';
import { type Variants, leafShowing, threadOf, turnOf } from './thread';
import { strings } from '../i18n';
import type { Picture } from './tool-port';

/** What the chat view shows. Replaced, never mutated, on every change. */
export interface SessionState {
  /** The branch shown, first message first. */
  messages: readonly ChatMessage[];
  /** Messages of the branch that have alternatives (regenerated answers, edited questions). */
  variants: ReadonlyMap<string, Variants>;
  /** The stored conversation is still being read. */
  loading: boolean;
  busy: boolean;
  /** Set while waiting to retry (rate limit, 5xx, connection error). */
  retry?: { attempt: number; delayMs: number; reason: string } | undefined;
  error?: { type: string; message: string; hint?: string | undefined } | undefined;
  /** The last completed assistant answer, for the polite screen-reader announcement. */
  announcement?: string | undefined;
  saving: SaveState;
  /** Messages whose last change could not be stored yet (it is retried). */
  unsaved: ReadonlySet<string>;
  /** What every answer of the conversation used, every branch included. */
  usage: Totals;
  /** The last request against the model's context: its tokens (reported, else estimated) and
   * how many earlier messages were left out so that it fit. */
  context?: { tokens: number; leftOut: number } | undefined;
}

/** A session with nothing in it, at rest. */
export function idleState(): SessionState {
  return {
    messages: [],
    variants: new Map(),
    usage: emptyTotals(),
    loading: false,
    busy: false,
    saving: 'saved',
    unsaved: new Set(),
  };
}

export interface Turn {
  target: ProviderTarget;
  /** The provider's id in the user's settings (kept with each answer). */
  providerId?: string | undefined;
  model: string;
  maxTokens: number;
  temperature: number;
  contextMessages: number;
  /** Resolves the system prompt (rendered by Home Assistant's template engine). */
  systemPrompt: () => Promise<string>;
  /** The tools the model may call, and how many rounds of calls one answer may take. */
  tools?: { box: ToolBox; maxRounds: number } | undefined;
  /** Where the answer comes from, when not a provider's stream (a Home Assistant agent). */
  stream?: typeof streamChat | undefined;
  /** The user's prices for the model, to tell what an answer cost. */
  prices?: Prices | undefined;
  /** The model's context window in tokens; the oldest earlier messages are left out to fit. */
  contextLength?: number | undefined;
}

/** Where the conversation is kept: a SyncedDoc in Home Assistant user data, or memory. */
export interface ConversationStore {
  subscribe(listener: (state: SyncState<ConversationDoc>) => void): () => void;
  change(edit: (doc: ConversationDoc) => ConversationDoc): boolean;
  /** Reads what other tabs wrote, where Home Assistant does not push it. */
  refresh(): Promise<void>;
}

/** What the list needs to know after a change: how many messages, the first question. */
export interface ConversationSummary {
  messages: number;
  preview?: string | undefined;
  updatedAt: string;
}

export interface SessionDeps {
  conversationId: string;
  store?: ConversationStore | undefined;
  /** Called after each change this session stores (the list's entry follows it). */
  onStored?: (summary: ConversationSummary) => void;
  /** The provider refused a parameter of this turn's model; the request was adapted and sent
   * again, and this is what to remember for the model. */
  onLearned?: (turn: Turn, learned: ModelLearned) => void;
  /** A request's answer ended: what it used (reported or estimated), to count per day. */
  onUsage?: (turn: Turn, usage: MessageUsage, id: string) => void;
  stream?: typeof streamChat;
  clientOptions?: Omit<ClientOptions, 'signal'>;
}

/** A streaming answer is written at least this often, so other tabs see it grow and a tab that
 * went away mid-answer leaves what it had. */
const CHECKPOINT_MS = 15_000;
/** An answer another tab is writing that has not changed for this long was abandoned. */
const ABANDONED_MS = 2 * 60_000;

/** Text, then pictures: each the one sent at the time while this page holds it (`full`), else
 * the stored thumbnail, when it is picture data of our own (never an address a provider would
 * fetch: a stored or imported conversation is not trusted further). */
function withPictures(text: string, images: readonly MessageImage[], full?: readonly string[]) {
  const parts: SentPart[] = text ? [{ type: 'text', text }] : [];
  images.forEach((image, i) => {
    const url = full?.[i] ?? image.thumb;
    if (full?.[i] !== undefined || isOwnPicture(url))
      parts.push({ type: 'image_url', image_url: { url } });
  });
  return parts;
}

/** A stored message in the OpenAI format: an assistant's tool calls are followed by their
 * results; calls that never got one (stopped) are left out, as providers refuse them. Pictures a
 * call gave (a camera's) follow the results as a user message: most providers take no picture
 * in a tool message, and a user message after tool results is what they all accept. */
function toWire(m: ChatMessage, pictures?: Pictures): WireMessage[] {
  if (m.role === 'user') {
    if (!m.images?.length) return [{ role: 'user', content: m.content }];
    return [{ role: 'user', content: withPictures(m.content, m.images, pictures?.get(m.id)) }];
  }
  // Calls a Home Assistant agent made itself are its own history, not a model's.
  const answered = (m.tool_calls ?? []).filter((c) => c.result !== undefined && !c.by_agent);
  if (!answered.length) return m.content ? [{ role: 'assistant', content: m.content }] : [];
  const calls = answered.map((c) => ({
    id: c.id,
    type: 'function',
    function: { name: c.name, arguments: c.arguments || '{}' },
    ...wireFields(c),
  }));
  const shown = answered.filter((c) => c.images?.length);
  return [
    { role: 'assistant', content: m.content || null, tool_calls: calls },
    ...answered.map((c) => ({ role: 'tool' as const, tool_call_id: c.id, content: c.result! })),
    ...(shown.length
      ? [
          {
            role: 'user' as const,
            content: shown.flatMap((c) =>
              withPictures(
                prompts.toolPictures(c.entity_ids?.join(', ') || c.name),
                c.images!,
                pictures?.get(c.id),
              ),
            ),
          },
        ]
      : []),
  ];
}

/** The pictures sent with questions (by message id) and given by tool calls (by call id), as
 * sent: held by the page, never stored. */
type Pictures = ReadonlyMap<string, readonly string[]>;

/** The context the branch's last answer with usage took, as its provider counted or estimated. */
function lastContext(messages: readonly ChatMessage[]): SessionState['context'] {
  for (let i = messages.length - 1; i >= 0; i--) {
    const usage = messages[i]!.usage;
    if (messages[i]!.role === 'assistant' && usage?.prompt_tokens !== undefined)
      return { tokens: usage.prompt_tokens + (usage.completion_tokens ?? 0), leftOut: 0 };
  }
  return undefined;
}

/** A context size to fit the next attempt into, in estimated tokens, after the provider said a
 * request of `fit.tokens` was over its context: four fifths of the limit it named (or of that
 * request), as the estimate may count short. One such attempt per request. */
function smallerContext(err: ProviderError, limit: number | undefined, fit: ContextFit): number {
  return Math.floor(Math.min(err.limit ?? fit.tokens, limit ?? Infinity) * 0.8);
}

/** The messages sent for a turn: the system prompt, the last `contextMessages` messages before
 * the question, then the question and everything since (tool calls and their results). */
export function wireMessages(
  system: string,
  history: readonly ChatMessage[],
  contextMessages: number,
  pictures?: Pictures,
): WireMessage[] {
  const usable = history.filter(
    (m) => !m.deleted && (m.content || m.tool_calls?.length || m.images?.length),
  );
  let asked = usable.length - 1;
  while (asked > 0 && usable[asked]!.role !== 'user') asked--;
  const earlier =
    contextMessages > 0 && asked > 0 ? usable.slice(0, asked).slice(-contextMessages) : [];
  const wire: WireMessage[] = system ? [{ role: 'system', content: system }] : [];
  for (const m of [...earlier, ...usable.slice(Math.max(asked, 0))])
    wire.push(...toWire(m, pictures));
  return wire;
}

/** The conversation when nothing stores it (tests, no connection): kept in memory. */
class MemoryStore implements ConversationStore {
  private doc: ConversationDoc;
  private readonly listeners = new Set<(state: SyncState<ConversationDoc>) => void>();

  constructor(id: string) {
    this.doc = { version: 2, id, messages: [] };
  }

  private get state(): SyncState<ConversationDoc> {
    return { status: 'ready', value: this.doc, stored: this.doc, saving: 'saved' };
  }

  subscribe(listener: (state: SyncState<ConversationDoc>) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  change(edit: (doc: ConversationDoc) => ConversationDoc): boolean {
    this.doc = edit(this.doc);
    for (const listener of this.listeners) listener(this.state);
    return true;
  }

  async refresh(): Promise<void> {}
}

/** Adds or replaces messages (by id) in a document, and moves its leaf. */
function upsert(doc: ConversationDoc, messages: readonly ChatMessage[], leaf?: string) {
  const byId = new Map(messages.map((m) => [m.id, m]));
  const kept = doc.messages.map((m) => byId.get(m.id) ?? m);
  const known = new Set(doc.messages.map((m) => m.id));
  const added = messages.filter((m) => !known.has(m.id));
  return {
    ...doc,
    messages: added.length ? [...kept, ...added] : kept,
    ...(leaf ? { leaf: { value: leaf, at: clock.now() } } : {}),
  };
}

/** Messages whose latest change `stored` lacks. */
function unsavedIn(doc: ConversationDoc, stored: ConversationDoc | undefined): Set<string> {
  const storedAt = new Map(stored?.messages.map((m) => [m.id, m.updated_at ?? m.created_at]));
  return new Set(
    doc.messages
      .filter((m) => storedAt.get(m.id) !== (m.updated_at ?? m.created_at))
      .map((m) => m.id),
  );
}

/**
 * One conversation: sends turns through the provider client, folds the stream into messages,
 * regenerates, edits, continues and deletes, and keeps the conversation in its store, where
 * other tabs' changes arrive too. No DOM: the view subscribes.
 */
export class ChatSession {
  private current: SessionState = { ...idleState(), loading: true };
  private readonly listeners = new Set<(state: SessionState) => void>();
  private readonly store: ConversationStore;
  private doc: ConversationDoc;
  /** Messages this session is writing (a streaming answer): they win over stored copies. */
  private readonly live = new Map<string, ChatMessage>();
  /** Pictures sent from this page, by question (they are not stored: a reload sends thumbnails). */
  private readonly pictures = new Map<string, readonly string[]>();
  private controller: AbortController | undefined;
  private unsubscribe: (() => void) | undefined;
  /** The store's last state, to show live messages over. */
  private stored: SyncState<ConversationDoc> = { status: 'loading' };
  private readonly loaded: Promise<void>;
  private markLoaded!: () => void;
  /** The stored document was too large to store when last seen. */
  private full = false;
  /** Tool calls waiting for Approve or Deny, by call id. */
  private readonly decisions = new Map<string, (approve: boolean) => void>();

  constructor(private readonly deps: SessionDeps) {
    this.store = deps.store ?? new MemoryStore(deps.conversationId);
    this.doc = { version: 2, id: deps.conversationId, messages: [] };
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
  }

  get state(): SessionState {
    return this.current;
  }

  get conversationId(): string {
    return this.deps.conversationId;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    this.unsubscribe ??= this.store.subscribe((s) => this.receive(s));
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  /** Resolves once the stored conversation is read. */
  load(): Promise<void> {
    this.unsubscribe ??= this.store.subscribe((s) => this.receive(s));
    return this.loaded;
  }

  /** Stops following the store (an answer still streaming is stopped and kept). */
  close(): void {
    this.stop();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Shows a problem that stops a turn before it starts (no provider, settings invalid, ...). */
  fail(message: string, hint?: string): void {
    this.set({ error: { type: 'config', message, hint } });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  async send(text: string, turn: Turn, attachments: readonly Picture[] = []): Promise<void> {
    const question = text.trim();
    if ((!question && !attachments.length) || this.current.busy) return;
    if (!(await this.ready())) return;
    const parent = this.current.messages.at(-1)?.id;
    const user = this.message('user', question, 'complete', parent);
    if (attachments.length) {
      user.images = attachments.map((a) => a.image);
      this.pictures.set(
        user.id,
        attachments.map((a) => a.full),
      );
    }
    await this.run(turn, [...this.current.messages, user], [user]);
  }

  /** After a failure: sends the last question again, or goes on with an answer that was cut. */
  async retry(turn: Turn): Promise<void> {
    const last = this.current.messages.at(-1);
    if (this.current.busy || !last) return;
    if (last.role === 'assistant' && last.status === 'cut')
      return this.continueAnswer(last.id, turn);
    if (last.role !== 'user') return;
    if (!(await this.ready())) return;
    this.set({ error: undefined });
    await this.run(turn, this.current.messages, []);
  }

  /** A new answer to the question of answer `id`'s turn; the earlier one stays as a variant. */
  async regenerate(id: string, turn: Turn): Promise<void> {
    if (this.current.busy) return;
    if (!(await this.ready())) return;
    const path = this.current.messages;
    const { question } = turnOf(path, id);
    if (!question) return;
    const history = path.slice(0, path.indexOf(question) + 1);
    this.set({ error: undefined });
    await this.run(turn, history, []);
  }

  /** Asks `text` in place of question `id`; the earlier question and what followed stay as a
   * branch. */
  async edit(id: string, text: string, turn: Turn): Promise<void> {
    const question = text.trim();
    if (!question || this.current.busy) return;
    if (!(await this.ready())) return;
    const path = this.current.messages;
    const at = path.findIndex((m) => m.id === id && m.role === 'user');
    if (at < 0) return;
    const old = path[at]!;
    const user = this.message('user', question, 'complete', old.parent);
    // The question's pictures go with it again.
    if (old.images) user.images = old.images;
    const sent = this.pictures.get(old.id);
    if (sent) this.pictures.set(user.id, sent);
    this.set({ error: undefined });
    await this.run(turn, [...path.slice(0, at), user], [user]);
  }

  /** Asks the model to go on with answer `id`, cut off or stopped; the rest is added to it. */
  async continueAnswer(id: string, turn: Turn): Promise<void> {
    if (this.current.busy) return;
    if (!(await this.ready())) return;
    const path = this.current.messages;
    const answer = path.at(-1);
    if (!answer || answer.id !== id || answer.role !== 'assistant') return;
    this.set({ error: undefined });
    await this.run(turn, path.slice(0, -1), [], answer);
  }

  /** Deletes message `id` (what followed it stays, after the message before it). */
  deleteMessage(id: string): void {
    if (this.live.has(id)) return;
    const m = this.doc.messages.find((x) => x.id === id);
    if (!m || m.deleted) return;
    const { role, created_at, parent } = m;
    const tombstone: ChatMessage = {
      id,
      role,
      content: '',
      status: 'complete',
      created_at,
      ...(parent ? { parent } : {}),
      deleted: true,
    };
    // The last message shown gone: show its other variant, if it has one, else what it followed.
    const path = this.current.messages;
    let leaf: string | undefined;
    if (path.at(-1)?.id === id) {
      const others = this.current.variants.get(id)?.ids.filter((v) => v !== id) ?? [];
      const doc = { messages: this.doc.messages.map((x) => (x.id === id ? tombstone : x)) };
      leaf = others.length ? leafShowing(doc, others.at(-1)!) : parent;
    }
    this.commit([tombstone], leaf);
  }

  /** Shows sibling `id` (a variant) and the branch that follows it. */
  showVariant(id: string): void {
    if (this.current.busy) return;
    this.store.change((doc) => ({
      ...doc,
      leaf: { value: leafShowing(doc, id), at: clock.now() },
    }));
  }

  stop(): void {
    this.controller?.abort();
  }

  /** Approves or denies a tool call waiting for the user. */
  decide(callId: string, approve: boolean): void {
    const waiting = this.decisions.get(callId);
    if (!waiting) return;
    this.decisions.delete(callId);
    waiting(approve);
  }

  /** Whether the conversation can take a turn: read (and, on releases without
   * subscribe_user_data, read again for what other tabs wrote), and stored in a document that
   * validates (one that does not is shown with its problem and never written). */
  private async ready(): Promise<boolean> {
    await this.load();
    await this.store.refresh();
    const stored = this.stored;
    if (stored.status === 'ready' && stored.tooLarge) {
      this.set({ error: tooLargeError(stored.tooLarge) });
      return false;
    }
    return stored.status === 'ready';
  }

  /**
   * One turn: `history` is the branch up to the question; `fresh` the messages it adds (the
   * question); `resume` an answer to continue instead of starting a new one.
   */
  private async run(
    turn: Turn,
    history: readonly ChatMessage[],
    fresh: readonly ChatMessage[],
    resume?: ChatMessage,
  ): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    let asked = history;
    // A continued answer counts the earlier requests' usage and this one's.
    const earlier = resume?.usage;
    let answer = resume
      ? { ...resume, status: 'streaming' as const, error: undefined, usage: undefined }
      : this.answer(turn, history.at(-1)?.id);
    /** The estimated tokens of the request under way, until its answer is settled. */
    let sent: number | undefined;
    /** The message of a request that has ended, with what the request used. */
    const settle = (m: ChatMessage): ChatMessage => {
      if (sent === undefined) return m;
      const usage = finalUsage(m, sent, turn.prices);
      sent = undefined;
      if (!usage.estimated && this.state.context)
        this.set({
          context: {
            ...this.state.context,
            tokens: (usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0),
          },
        });
      this.deps.onUsage?.(turn, usage, `${m.id}:${Date.now().toString(36)}`);
      return { ...m, usage: m.id === resume?.id && earlier ? sumUsage(earlier, usage) : usage };
    };
    let lastCheckpoint = Date.now();
    const show = (next: ChatMessage, extra: Partial<SessionState> = {}) => {
      answer = next;
      this.live.set(next.id, next);
      this.showLive(next, extra);
      if (Date.now() - lastCheckpoint > CHECKPOINT_MS) {
        lastCheckpoint = Date.now();
        this.commit([next]);
      }
    };
    this.live.set(answer.id, answer);
    this.set({ busy: true, error: undefined });
    this.commit([...fresh, answer], answer.id);
    try {
      const system = await turn.systemPrompt();
      const tools = turn.tools?.box.definitions;
      const toolTokens = tools ? estimateTokens(JSON.stringify(tools).length) : 0;
      let limit = turn.contextLength;
      let callsMade = 0;
      for (let round = 0; ; round++) {
        const all = wireMessages(system, asked, turn.contextMessages, this.pictures);
        if (resume && round === 0) all.push(...continuation(answer));
        let fit = fitContext(all, limit, turn.maxTokens, toolTokens);
        for (let attempt = 0; ; attempt++) {
          this.set({ context: { tokens: fit.tokens, leftOut: fit.leftOut } });
          sent = fit.tokens;
          const events = (turn.stream ?? this.deps.stream ?? streamChat)(
            turn.target,
            {
              model: turn.model,
              messages: fit.messages,
              maxTokens: turn.maxTokens,
              temperature: turn.temperature,
              tools,
            },
            { ...this.deps.clientOptions, signal: controller.signal },
          );
          try {
            for await (const event of events) {
              if (event.type === 'learned') this.deps.onLearned?.(turn, event.learned);
              show(...this.fold(answer, event));
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
            const refit = smaller
              ? fitContext(all, smaller, turn.maxTokens, toolTokens)
              : undefined;
            if (!over || !refit || refit.leftOut <= fit.leftOut || answer.content) throw err;
            if (err.limit) this.deps.onLearned?.(turn, { context_length: err.limit });
            limit = smaller;
            fit = refit;
          }
        }
        const calls = answer.tool_calls ?? [];
        if (!turn.tools || !calls.length || (resume && round === 0)) {
          show(settle({ ...answer, status: 'complete' }), {
            announcement: answer.content,
          });
          break;
        }
        if (round >= turn.tools.maxRounds) {
          const shown = { type: 'tool_rounds', message: strings.toolRounds(turn.tools.maxRounds) };
          show(
            settle({
              ...answer,
              status: 'complete',
              tool_calls: calls.map((c) => ({ ...c, status: 'stopped' as const })),
            }),
            { error: shown },
          );
          break;
        }
        show(settle(answer));
        // Calls past the number one answer may make are not run, and the answer ends there.
        const room = LIMITS.toolCallsPerAnswer - callsMade;
        for (const call of calls.slice(0, Math.max(0, room))) {
          await this.runTool(turn.tools.box, call.id, () => answer, show, controller.signal);
          if (controller.signal.aborted) throw new ProviderError('aborted');
        }
        callsMade += calls.length;
        if (callsMade > LIMITS.toolCallsPerAnswer) {
          const refused = new Set(calls.slice(Math.max(0, room)).map((c) => c.id));
          const result = JSON.stringify({ error: prompts.tooManyCalls(LIMITS.toolCallsPerAnswer) });
          show(
            {
              ...answer,
              status: 'complete',
              tool_calls: answer.tool_calls?.map((c) =>
                refused.has(c.id) ? { ...c, status: 'stopped' as const, result } : c,
              ),
            },
            {
              error: {
                type: 'tool_calls',
                message: strings.toolCallsCapped(LIMITS.toolCallsPerAnswer),
              },
            },
          );
          break;
        }
        const done = { ...answer, status: 'complete' as const };
        asked = [...asked, done];
        const next = this.answer(turn, done.id);
        this.live.set(next.id, next);
        this.commit([done, next], next.id);
        this.live.delete(done.id);
        answer = next;
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
        const shown = {
          type: error.type,
          message: withProviderWords(error),
          hint:
            (turn.tools && refusesTools(error) ? strings.toolsUnsupported : error.hint) ||
            undefined,
        };
        answer = kept
          ? { ...ended, status: 'cut', error: shown }
          : resume
            ? { ...resume, error: shown }
            : { ...ended, deleted: true };
        this.set({ error: shown });
      }
    } finally {
      for (const decide of this.decisions.values()) decide(false);
      this.decisions.clear();
      if (this.controller === controller) this.controller = undefined;
      // An answer that never began is not kept: the question is offered again.
      const leaf = answer.deleted ? answer.parent : answer.id;
      this.commit([answer], leaf);
      this.live.clear();
      this.set({ busy: false, retry: undefined });
    }
  }

  /** One tool call: wait for the user's Approve where it is sensitive, run it, keep the result. */
  private async runTool(
    box: ToolBox,
    callId: string,
    current: () => ChatMessage,
    show: (next: ChatMessage, extra?: Partial<SessionState>) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const patch = (fields: Partial<ToolCall>, extra?: Partial<SessionState>) => {
      const answer = current();
      show(
        {
          ...answer,
          tool_calls: answer.tool_calls?.map((c) => (c.id === callId ? { ...c, ...fields } : c)),
        },
        extra,
      );
    };
    const call = current().tool_calls?.find((c) => c.id === callId);
    if (!call) return;
    const refuse = (why: string) =>
      patch({ status: 'error', result: JSON.stringify({ error: why }) });
    if (call.arguments.length > LIMITS.toolArgumentsChars)
      return refuse(prompts.argumentsTooLong(LIMITS.toolArgumentsChars));
    // The review fails closed: a call it cannot judge is refused, never run unchecked.
    let review: ToolReview;
    try {
      review = await box.review(call);
    } catch (err) {
      return refuse(prompts.checkFailed(err instanceof Error ? err.message : String(err)));
    }
    if (review.refuse !== undefined) {
      patch({ entity_ids: review.entityIds });
      return refuse(review.refuse);
    }
    let approved = false;
    if (review.confirm) {
      patch(
        {
          status: 'awaiting',
          confirm: review.confirm,
          entity_ids: review.entityIds,
          ...(review.ask ? { ask: review.ask } : {}),
        },
        { announcement: review.ask ?? strings.toolNeedsApproval(review.confirm) },
      );
      this.commit([current()]);
      approved = await new Promise<boolean>((resolve) => {
        this.decisions.set(callId, resolve);
        signal.addEventListener('abort', () => resolve(false), { once: true });
      });
      if (signal.aborted) return;
      if (!approved) {
        patch({
          status: 'denied',
          result: JSON.stringify({ error: prompts.denied }),
        });
        return;
      }
    }
    patch({ status: 'running', entity_ids: review.entityIds });
    const outcome = await box.run(call, approved);
    if (outcome.pictures?.length)
      this.pictures.set(
        callId,
        outcome.pictures.map((p) => p.full),
      );
    patch({
      status: outcome.ok ? 'done' : outcome.unknown ? 'unknown' : 'error',
      result: outcome.content,
      entity_ids: outcome.entityIds.length ? outcome.entityIds : review.entityIds,
      ...(outcome.pictures?.length ? { images: outcome.pictures.map((p) => p.image) } : {}),
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
    parent: string | undefined,
  ): ChatMessage {
    return {
      id: newId(),
      role,
      content,
      status,
      created_at: clock.now(),
      ...(parent ? { parent } : {}),
    };
  }

  private answer(turn: Turn, parent: string | undefined): ChatMessage {
    return {
      ...this.message('assistant', '', 'streaming', parent),
      model: turn.model,
      ...(turn.providerId ? { provider_id: turn.providerId } : {}),
    };
  }

  /** Stores messages (stamped now) and, optionally, moves the leaf to `leaf`. */
  private commit(messages: readonly ChatMessage[], leaf?: string): void {
    const stamped = messages.map((m) => ({ ...m, updated_at: clock.now() }));
    for (const m of stamped) if (this.live.has(m.id)) this.live.set(m.id, m);
    this.store.change((doc) => upsert(doc, stamped, leaf));
    const messages_ = this.current.messages.filter((m) => !m.deleted);
    this.deps.onStored?.({
      messages: messages_.length,
      preview: messages_.find((m) => m.role === 'user')?.content.slice(0, 100),
      updatedAt: clock.now(),
    });
  }

  /** A change from the store (this tab's own, or another tab's). */
  private receive(state: SyncState<ConversationDoc>): void {
    this.stored = state;
    if (state.status === 'loading') return;
    if (state.status !== 'ready') {
      const message =
        state.status === 'invalid'
          ? strings.history.invalid(state.issues.slice(0, 3).join('; '))
          : state.message;
      this.set({ loading: false, error: { type: 'history', message } });
      this.markLoaded();
      return;
    }
    this.doc = state.value;
    const thread = threadOf(this.withLive(state.value));
    // Too large to store: said once when it happens, and again when a turn is asked for.
    const full = state.tooLarge && !this.full ? tooLargeError(state.tooLarge) : undefined;
    this.full = Boolean(state.tooLarge);
    this.set({
      ...(full ? { error: full } : {}),
      loading: false,
      messages: thread.messages.map((m) => this.shown(m)),
      variants: thread.variants,
      usage: conversationTotals(state.value.messages),
      // Opened: what the branch's last answer took, until this session sends a request.
      context: this.state.context ?? lastContext(thread.messages),
      saving: state.saving,
      unsaved: state.saving === 'saved' ? new Set() : unsavedIn(state.value, state.stored),
    });
    this.markLoaded();
  }

  /** The stored document with this session's live messages in place of their stored copies. */
  private withLive(doc: ConversationDoc): ConversationDoc {
    if (!this.live.size) return doc;
    const known = new Set(doc.messages.map((m) => m.id));
    return {
      ...doc,
      messages: [
        ...doc.messages.map((m) => this.live.get(m.id) ?? m),
        ...[...this.live.values()].filter((m) => !known.has(m.id)),
      ],
    };
  }

  /** A live message changed: replace it where it is shown (no tree walk per streamed chunk). */
  private showLive(message: ChatMessage, extra: Partial<SessionState>): void {
    const messages = this.current.messages;
    const at = messages.findLastIndex((m) => m.id === message.id);
    if (at < 0) {
      this.set(extra);
      this.receive(this.stored);
      return;
    }
    const next = messages.slice();
    next[at] = message;
    this.set({ ...extra, messages: next });
  }

  /** How a message from elsewhere is shown: an answer another tab stopped writing long ago
   * is cut off, and its tool calls did not finish. */
  private shown(m: ChatMessage): ChatMessage {
    if (m.status !== 'streaming' || this.live.has(m.id)) return m;
    if (Date.now() - time(m.updated_at ?? m.created_at) < ABANDONED_MS) return m;
    return stopCalls({ ...m, status: 'cut' });
  }

  private set(patch: Partial<SessionState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }
}

/** A conversation too large for Home Assistant to store, with what to do. */
function tooLargeError(size: { bytes: number; max: number }): SessionState['error'] {
  return {
    type: 'document_too_large',
    message: strings.history.tooLarge((size.bytes / 1e6).toFixed(1), (size.max / 1e6).toFixed(1)),
    hint: strings.history.tooLargeFix,
  };
}

/** Asks for the rest of an answer that was cut off, after what it already said. */
function continuation(answer: ChatMessage): WireMessage[] {
  return [
    ...(answer.content ? [{ role: 'assistant' as const, content: answer.content }] : []),
    { role: 'user', content: prompts.continue },
  ];
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
