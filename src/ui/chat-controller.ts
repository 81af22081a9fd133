import { html } from 'lit';
import type { HassEntities } from 'home-assistant-js-websocket';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ChatSession,
  type ConversationSummary,
  type SessionState,
  type Turn,
  idleState,
} from '../chat/session';
import { prompts } from '../chat/prompts';
import { type ResolvedModel, resolveModel } from '../chat/resolve';
import { HA_PROVIDER_ID, homeAgents } from '../ha/agents';
import type { HassConnection } from '../ha/connection';
import { libraryFor } from '../ha/conversations';
import { type SettingsState, settingsStoreFor } from '../ha/settings-store';
import { renderTemplate } from '../ha/template';
import type { HomeTools } from '../ha/tools';
import type { CardConfig } from '../schema/card-config';
import type { ConversationSource, MessageUsage } from '../schema/conversation';
import type { ModelLearned } from '../schema/settings';
import { strings } from '../i18n';
import { formatCost } from './format';
import type { OaccEvents } from './events';
import { type Attachment, prepareImage } from './images';
import type { SpeechSource } from './composer';

export interface ChatInputs {
  connection: HassConnection | undefined;
  config: Partial<CardConfig>;
  /** The conversation shown ('' while it is not known yet). */
  conversationId: string;
  /** Where a new conversation starts (kept in the list's entry). */
  source?: ConversationSource | undefined;
  /** The logged-in user's name, for the system prompt. */
  userName?: string | undefined;
  /** Runs before a question is sent (the host may move to another conversation meanwhile). */
  beforeSend?: (() => Promise<void>) | undefined;
}

const EMPTY: SessionState = { ...idleState(), loading: true };

/** The list's entry follows the conversation at most this often while answers stream. */
const ENTRY_DELAY_MS = 1000;

/** How often at most a streaming answer is shown anew (20 times a second). */
const STREAM_UPDATE_MS = 50;

/**
 * The chat's IO, tied to an element's life: the user's settings (one shared subscription), the
 * conversation session and its stored document, and its entry in the conversation list. Stream
 * updates reach the element at most 20 times a second, however fast chunks arrive.
 */
export class ChatController implements ReactiveController {
  settings: SettingsState = { status: 'loading' };
  state: SessionState = EMPTY;
  /** A provider's cost this month passed the budget the user set for it. */
  budgetPassed: string | undefined;

  private inputs: ChatInputs = { connection: undefined, config: {}, conversationId: '' };
  private session: ChatSession | undefined;
  private unsubscribeSettings: (() => void) | undefined;
  private unsubscribeSession: (() => void) | undefined;
  private frame = 0;
  /** When the view last followed the session, and the timer that makes it follow again. */
  private updated = 0;
  private delay: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  /** Home Assistant agents' names by id, once an answer of one is shown (read once). */
  private agentNamesFor: { conn: HassConnection; names: ReadonlyMap<string, string> } | undefined;
  private states: HassEntities | undefined;
  private entryTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingEntry: (() => void) | undefined;
  /** The budgets said to be passed here (`<provider>/<year>-<month>`): each is said once a month. */
  private readonly budgetsSeen = new Set<string>();
  /** Keeps the usage ledger read and live from the first question on, so that an answer's usage
   * is one write away when it ends (a page closed right after would lose a longer way). */
  private followLedger: Promise<() => void> | undefined;
  private usageStore: typeof import('../ha/usage-store') | undefined;
  private camerasIn: { states: HassEntities | undefined; any: boolean } | undefined;
  /** The answer being read aloud (or fetched to be), and its audio. */
  private reader: { id: string; audio?: HTMLAudioElement } | undefined;
  /** Why reading aloud failed, shown until the next try. */
  voiceProblem: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Call whenever the connection, config or conversation may have changed; cheap when not. */
  set(inputs: ChatInputs): void {
    const before = this.inputs;
    this.inputs = inputs;
    if (before.connection !== inputs.connection) this.reconnect();
    else if (before.conversationId !== inputs.conversationId) this.openSession();
    else if (before.config !== inputs.config) this.host.requestUpdate();
  }

  get conversationId(): string {
    return this.inputs.conversationId;
  }

  /** The frontend's live states (hass.states, new on every change): tool-call rows show the
   * entities they touched, so the host re-renders only when one of those changed. */
  setStates(states: HassEntities | undefined): void {
    const before = this.states;
    this.states = states;
    if (!before || !states || before === states) return;
    const watched = this.state.messages.flatMap((m) =>
      (m.tool_calls ?? []).flatMap((c) => c.entity_ids ?? []),
    );
    if (watched.some((id) => before[id] !== states[id])) this.host.requestUpdate();
  }

  get liveStates(): HassEntities | undefined {
    return this.states;
  }

  hostConnected(): void {
    this.connected = true;
    this.reconnect();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.teardown();
  }

  /** What keeps the chat from sending at all, if anything. */
  get blocker(): { message: string; hint?: string } | undefined {
    const s = this.settings;
    if (s.status === 'loading') return undefined;
    if (s.status === 'error') return { message: s.message };
    if (s.status === 'invalid')
      return { message: strings.settingsInvalid(s.issues.slice(0, 3).join('; ')) };
    const resolved = resolveModel(s.settings, this.inputs.config);
    return resolved.ok ? undefined : { message: resolved.message };
  }

  get model(): ResolvedModel | undefined {
    if (this.settings.status !== 'ready') return undefined;
    const resolved = resolveModel(this.settings.settings, this.inputs.config);
    return resolved.ok ? resolved.value : undefined;
  }

  send(text: string, attachments: readonly Attachment[] = []): void {
    const ask = () => this.withTurn((session, turn) => session.send(text, turn, attachments));
    const before = this.inputs.beforeSend;
    if (!before) return ask();
    void before()
      .catch(() => undefined)
      .then(ask);
  }

  retry(): void {
    this.withTurn((session, turn) => session.retry(turn));
  }

  regenerate(id: string): void {
    this.withTurn((session, turn) => session.regenerate(id, turn));
  }

  edit(id: string, text: string): void {
    this.withTurn((session, turn) => session.edit(id, text, turn));
  }

  continueAnswer(id: string): void {
    this.withTurn((session, turn) => session.continueAnswer(id, turn));
  }

  deleteMessage(id: string): void {
    this.session?.deleteMessage(id);
  }

  showVariant(id: string): void {
    this.session?.showVariant(id);
  }

  /** Approve or Deny for a tool call waiting for the user. */
  decide(id: string, approve: boolean): void {
    this.session?.decide(id, approve);
  }

  stop(): void {
    this.session?.stop();
  }

  dismiss(): void {
    this.session?.dismissError();
  }

  private withTurn(act: (session: ChatSession, turn: Turn) => Promise<void>): void {
    const session = this.session;
    if (!session) return;
    void this.turn().then(
      (turn) => {
        if (session !== this.session) return; // another conversation was opened meanwhile
        if (turn) return act(session, turn);
        session.fail(this.blocker?.message ?? strings.settingsLoading);
      },
      // The tools' chunk is gone: the card was updated under this page.
      () => session.fail(strings.outdated),
    );
  }

  private async turn(): Promise<Turn | undefined> {
    const model = this.model;
    const conn = this.inputs.connection;
    if (!model || !conn) return undefined;
    this.followLedger ??= import('../ha/usage-store')
      .then((store) => {
        this.usageStore = store;
        return store.usageLedgerFor(conn).subscribe(() => undefined);
      })
      .catch(() => () => undefined);
    if (model.agent) return this.agentTurn(conn, model, model.agent);
    // The tools' code comes with the first question (it is not needed to show the card).
    const tools = model.tools
      ? new (await import('../ha/tools')).HomeTools(conn, {
          scope: this.inputs.config.scope,
          confirm: model.confirm,
          states: () => this.states,
          // A model that takes pictures (or may) can look through a camera in scope.
          look:
            model.vision === false
              ? undefined
              : async (id: string) => prepareImage(await this.snapshot(id)),
          cameraApproval: model.cameraApproval,
        })
      : undefined;
    return {
      ...turnOf(model),
      contextMessages: model.contextMessages,
      tools: tools ? { box: tools, maxRounds: model.maxToolRounds } : undefined,
      prices: model.prices,
      contextLength: model.contextLength,
      systemPrompt: () => systemPrompt(conn, model.promptTemplate, tools, this.inputs.userName),
    };
  }

  /** A question to a Home Assistant agent: it answers over the websocket and continues the
   * conversation it keeps under its own id (the last this branch was given). */
  private async agentTurn(
    conn: HassConnection,
    model: ResolvedModel,
    agent: string,
  ): Promise<Turn> {
    const { agentStream } = await import('../ha/agent-stream');
    const messages = this.session?.state.messages ?? [];
    const continued = messages.findLast((m) => m.agent_conversation_id)?.agent_conversation_id;
    return {
      ...turnOf(model),
      contextMessages: 0,
      stream: agentStream(conn, agent, continued),
      systemPrompt: async () => '',
    };
  }

  private reconnect(): void {
    this.teardown();
    const { connection } = this.inputs;
    if (!this.connected || !connection) return;
    this.unsubscribeSettings = settingsStoreFor(connection).subscribe((settings) => {
      this.settings = settings;
      this.host.requestUpdate();
    });
    this.openSession();
  }

  private openSession(): void {
    this.closeSession();
    const { connection, conversationId } = this.inputs;
    if (!this.connected || !connection || !conversationId) {
      this.state = { ...EMPTY, loading: Boolean(connection) };
      this.host.requestUpdate();
      return;
    }
    const library = libraryFor(connection);
    const session = new ChatSession({
      conversationId,
      store: library.doc(conversationId),
      onStored: (summary) => this.stored(conversationId, summary),
      onLearned: (turn, learned) => void this.learned(turn, learned),
      onUsage: (turn, usage, id) => this.counted(turn, usage, id),
    });
    this.session = session;
    this.unsubscribeSession = session.subscribe((state) => {
      const before = this.state;
      this.state = state;
      this.readWhenDone(before, state);
      this.scheduleUpdate();
    });
  }

  /** The conversation changed: its entry in the list follows (created at once, then at most
   * once a second, so that a streaming answer does not rewrite the index again and again). */
  private stored(id: string, summary: ConversationSummary): void {
    const connection = this.inputs.connection;
    if (!connection) return;
    const library = libraryFor(connection);
    const source = this.inputs.source;
    const write = () => {
      this.pendingEntry = undefined;
      library.update(id, (e) => ({
        ...e,
        ...(e.source || !source ? {} : { source }),
        updated_at: summary.updatedAt,
        stats: {
          messages: summary.messages,
          ...(summary.preview ? { preview: summary.preview } : {}),
          at: summary.updatedAt,
        },
      }));
    };
    if (!library.entry(id)) {
      clearTimeout(this.entryTimer);
      write();
      return;
    }
    this.pendingEntry = write;
    this.entryTimer ??= setTimeout(() => {
      this.entryTimer = undefined;
      this.pendingEntry?.();
    }, ENTRY_DELAY_MS);
  }

  /** Keeps what the provider taught about a model in the user's settings (the settings show
   * it), so that the next request is right the first time. */
  private async learned(turn: Turn, learned: ModelLearned): Promise<void> {
    const conn = this.inputs.connection;
    if (!conn || !turn.providerId) return;
    const at = new Date().toISOString();
    await settingsStoreFor(conn)
      .update((s) => ({
        ...s,
        providers: s.providers.map((p) => {
          if (p.id !== turn.providerId) return p;
          const known = p.models.some((m) => m.model_id === turn.model);
          const models = known ? p.models : [...p.models, { model_id: turn.model }];
          return {
            ...p,
            models: models.map((m) =>
              m.model_id === turn.model ? { ...m, learned: { ...m.learned, ...learned, at } } : m,
            ),
          };
        }),
      }))
      .catch(() => undefined);
  }

  /** A request's usage joins the user's ledger (per day, provider and model). */
  private counted(turn: Turn, usage: MessageUsage, id: string): void {
    const connection = this.inputs.connection;
    if (!connection) return;
    // The ledger's code loads with the first answer (it is not needed to show the card).
    // Written at once when the ledger is already followed: a page closed right after the
    // answer ends then loses nothing but a write in flight.
    const store = this.usageStore ?? import('../ha/usage-store');
    void Promise.resolve(store)
      .then(({ recordUsage }) => recordUsage(connection, id, usage, turn.providerId, turn.model))
      .then((spent) => this.checkBudget(turn.providerId, spent))
      .catch(() => undefined);
  }

  /** Warns once the provider's cost this month passes the budget set for it. */
  private checkBudget(providerId: string | undefined, spent: number): void {
    const s = this.settings;
    const provider =
      s.status === 'ready' ? s.settings.providers.find((p) => p.id === providerId) : undefined;
    const budget = provider?.budget_monthly;
    const now = new Date();
    const month = `${providerId}/${now.getFullYear()}-${now.getMonth() + 1}`;
    if (!provider || budget === undefined || spent <= budget || this.budgetsSeen.has(month)) return;
    this.budgetsSeen.add(month);
    this.budgetPassed = strings.usage.budgetPassed(
      provider.name,
      formatCost(spent),
      formatCost(budget),
    );
    this.host.requestUpdate();
  }

  /** Whether the user's Home Assistant has a camera at all ("Camera snapshot" shows then):
   * read once per states object, not on every render of a streaming answer. */
  get hasCameras(): boolean {
    const known = this.camerasIn;
    if (known && known.states === this.states) return known.any;
    const any = Object.keys(this.states ?? {}).some((id) => id.startsWith('camera.'));
    this.camerasIn = { states: this.states, any };
    return any;
  }

  /** The cameras this chat may look at (the tools' scope), for "Camera snapshot". */
  async cameras(): Promise<{ id: string; name: string }[]> {
    const conn = this.inputs.connection;
    if (!conn) return [];
    const { HomeTools } = await import('../ha/tools');
    const home = await new HomeTools(conn, {
      scope: this.inputs.config.scope,
      states: () => this.states,
    }).home();
    return home.entities
      .filter((e) => e.domain === 'camera')
      .map((e) => ({ id: e.entity_id, name: e.name }));
  }

  /** A camera's picture now, fetched with the user's own rights (a path Home Assistant signs). */
  async snapshot(entityId: string): Promise<Blob> {
    const conn = this.inputs.connection;
    if (!conn) throw new Error('not connected');
    const { path } = await conn.sendMessagePromise<{ path: string }>({
      type: 'auth/sign_path',
      path: `/api/camera_proxy/${entityId}`,
    });
    const response = await fetch(path);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.blob();
  }

  /** The names of the Home Assistant agents that wrote answers here (their ids are stored). */
  get agentNames(): ReadonlyMap<string, string> | undefined {
    const conn = this.inputs.connection;
    if (!conn) return undefined;
    if (this.agentNamesFor?.conn !== conn) {
      if (!this.state.messages.some((m) => m.provider_id === HA_PROVIDER_ID)) return undefined;
      const asked = { conn, names: new Map<string, string>() };
      this.agentNamesFor = asked;
      void homeAgents(conn).then((agents) => {
        asked.names = new Map(agents.map((a) => [a.id, a.name]));
        this.host.requestUpdate();
      });
    }
    return this.agentNamesFor.names;
  }

  /** "Speak": speech to text through the user's Assist pipeline (absent without a connection). */
  get speech(): SpeechSource | undefined {
    return this.inputs.connection ? this.speechSource : undefined;
  }

  private readonly speechSource: SpeechSource = ((chat: ChatController) => ({
    listen: async (done: AbortSignal) => {
      const conn = chat.inputs.connection;
      if (!conn) return '';
      chat.stopReading();
      return (await import('../ha/voice')).transcribe(conn, done);
    },
    get sendSpoken() {
      const s = chat.settings;
      return s.status === 'ready' && s.settings.voice?.send_spoken === true;
    },
  }))(this);

  /** The answer being read aloud, if any. */
  get reading(): string | undefined {
    return this.reader?.id;
  }

  /** Reads an answer aloud in the voice of the user's Assist pipeline; Stop ends it. */
  async readAloud(id: string): Promise<void> {
    const conn = this.inputs.connection;
    const message = this.state.messages.find((m) => m.id === id);
    if (!conn || !message?.content) return;
    this.stopReading();
    const reader: { id: string; audio?: HTMLAudioElement } = { id };
    this.reader = reader;
    this.voiceProblem = undefined;
    this.host.requestUpdate();
    try {
      const voice = await import('../ha/voice');
      const url = await voice.speech(conn, voice.spoken(message.content));
      if (this.reader !== reader) return;
      reader.audio = new Audio(url);
      reader.audio.addEventListener('ended', () => this.stopReading(reader));
      await reader.audio.play();
    } catch (err) {
      if (this.reader !== reader) return;
      this.reader = undefined;
      this.voiceProblem =
        err instanceof Error && err.name === 'VoiceError'
          ? err.message
          : strings.voice.failed(err instanceof Error ? err.message : String(err));
      this.host.requestUpdate();
    }
  }

  /** Stops reading aloud (`only`: if that reading is still the current one). */
  stopReading(only?: { id: string }): void {
    if (!this.reader || (only && this.reader !== only)) return;
    this.reader.audio?.pause();
    this.reader = undefined;
    this.host.requestUpdate();
  }

  dismissVoice(): void {
    this.voiceProblem = undefined;
    this.host.requestUpdate();
  }

  /** With "read each answer aloud" on: an answer that just completed is read. */
  private readWhenDone(before: SessionState, after: SessionState): void {
    const settings = this.settings.status === 'ready' ? this.settings.settings : undefined;
    if (!settings?.voice?.auto_read || !before.busy || after.busy) return;
    const last = after.messages.at(-1);
    if (last?.role === 'assistant' && last.status === 'complete' && last.content)
      void this.readAloud(last.id);
  }

  dismissBudget(): void {
    this.budgetPassed = undefined;
    this.host.requestUpdate();
  }

  private closeSession(): void {
    this.stopReading();
    this.unsubscribeSession?.();
    this.unsubscribeSession = undefined;
    this.session?.close();
    this.session = undefined;
    clearTimeout(this.entryTimer);
    this.entryTimer = undefined;
    this.pendingEntry?.();
  }

  private teardown(): void {
    this.unsubscribeSettings?.();
    this.unsubscribeSettings = undefined;
    void this.followLedger?.then((stop) => stop()).catch(() => undefined);
    this.followLedger = undefined;
    this.closeSession();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.delay);
    this.delay = undefined;
  }

  /** The view follows the session on the next frame, and while an answer streams at most every
   * STREAM_UPDATE_MS: each update lays out the growing message anew, and no one reads faster. */
  private scheduleUpdate(): void {
    const wait = this.state.busy ? this.updated + STREAM_UPDATE_MS - performance.now() : 0;
    if (wait > 0) {
      this.delay ??= setTimeout(() => {
        this.delay = undefined;
        this.scheduleFrame();
      }, wait);
      return;
    }
    clearTimeout(this.delay);
    this.delay = undefined;
    this.scheduleFrame();
  }

  private scheduleFrame(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.updated = performance.now();
      this.host.requestUpdate();
    });
  }
}

/** The prompt template rendered by Home Assistant (so `{{ now() }}` works as in the native
 * integrations; the text as written when rendering fails), then, when the model has tools, who
 * is asking, the time, and the home in scope (bounded: a large home is summarized). */
async function systemPrompt(
  conn: HassConnection,
  template: string,
  tools: HomeTools | undefined,
  userName: string | undefined,
): Promise<string> {
  let prompt = template;
  if (/\{[{%#]/.test(template)) {
    try {
      prompt = await renderTemplate(conn, template);
    } catch {
      prompt = template;
    }
  }
  if (!tools) return prompt;
  const overview = await tools.overview().catch(() => prompts.homeUnavailable);
  return [
    prompt,
    '',
    `${userName ? `You are talking with ${userName}. ` : ''}It is ${new Date().toString()}.`,
    'You can read and control the home with the tools. Act only when asked; say what you did.',
    overview,
  ].join('\n');
}

/** What every turn to `model` carries. */
const turnOf = (model: ResolvedModel) => ({
  target: model.target,
  providerId: model.provider.id,
  model: model.modelId,
  maxTokens: model.maxTokens,
  temperature: model.temperature,
});

/** Why this model takes no pictures, if it does not. */
function noPictures(model: ResolvedModel | undefined): string | undefined {
  if (model?.agent) return strings.agents.noPictures;
  return model?.vision === false ? strings.images.noVision(model.modelId) : undefined;
}

/** The chat view wired to a controller: the one template card and panel share. */
export function chatViewFor(chat: ChatController) {
  return html`<oacc-chat-view
    .state=${chat.state}
    .blocker=${chat.blocker}
    .notice=${chat.voiceProblem ?? chat.budgetPassed}
    .contextLimit=${chat.model?.contextLength}
    @oacc-dismiss-notice=${() => (chat.voiceProblem ? chat.dismissVoice() : chat.dismissBudget())}
    .reading=${chat.reading}
    .voice=${chat.speech}
    @oacc-read-aloud=${(e: CustomEvent<{ id: string }>) => void chat.readAloud(e.detail.id)}
    @oacc-stop-reading=${() => chat.stopReading()}
    .noVision=${noPictures(chat.model)}
    .cameras=${chat.hasCameras && !chat.model?.agent ? chat : undefined}
    @oacc-send=${(e: CustomEvent<OaccEvents['oacc-send']>) =>
      chat.send(e.detail.text, e.detail.attachments)}
    @oacc-stop=${() => chat.stop()}
    @oacc-retry=${() => chat.retry()}
    @oacc-dismiss=${() => chat.dismiss()}
    @oacc-decide=${(e: CustomEvent<{ id: string; approve: boolean }>) =>
      chat.decide(e.detail.id, e.detail.approve)}
    @oacc-regenerate=${(e: CustomEvent<{ id: string }>) => chat.regenerate(e.detail.id)}
    @oacc-edit=${(e: CustomEvent<{ id: string; text: string }>) =>
      chat.edit(e.detail.id, e.detail.text)}
    @oacc-continue=${(e: CustomEvent<{ id: string }>) => chat.continueAnswer(e.detail.id)}
    @oacc-delete-message=${(e: CustomEvent<{ id: string }>) => chat.deleteMessage(e.detail.id)}
    @oacc-variant=${(e: CustomEvent<{ id: string }>) => chat.showVariant(e.detail.id)}
    .states=${chat.liveStates}
    .modelNames=${chat.agentNames}
  ></oacc-chat-view>`;
}
