import type { HassEntities } from 'home-assistant-js-websocket';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChatSession, type SessionState, type Turn, idleState, loadRunner } from '../chat/session';
import { type ModelChoice, resolveModel } from '../chat/model-choice';
import type { Answerer } from '../chat/ports';
import { cameraSnapshot } from '../ha/camera';
import type { HassConnection } from '../ha/connection';
import type { HassView } from '../ha/exposed-entities';
import { libraryFor } from '../ha/conversations';
import { ListedConversation } from '../ha/listed-conversation';
import { type SettingsState, settingsStoreFor } from '../ha/settings-store';
import { turnFor } from '../ha/turn-inputs';
import type { CardConfig } from '../schema/card-config';
import type { ConversationSource } from '../schema/conversation';
import type { ModelLearned } from '../schema/settings';
import { teach } from '../schema/settings-edits';
import { strings } from '../i18n';
import { UsageFollower } from './usage-follower';
import { type Attachment, prepareImage } from './images';
import { VoiceController } from './voice-controller';
import { ChatMemory } from './chat-memory';
import { AgentNames } from './agent-names';
import { ChatPersona } from './chat-persona';
import { ChatCameras } from './chat-cameras';
import type { DraftStatus, DraftUi } from './automation-draft';
import type { OaccEvents } from './events';

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

/** How often at most a streaming answer is shown anew (20 times a second). */
const STREAM_UPDATE_MS = 50;

/**
 * The chat's IO, tied to an element's life: the user's settings (one shared subscription), the
 * conversation session and where it is kept (its document and its entry in the list,
 * ha/listed-conversation.ts), the usage ledger and budgets, and what the frontend's `hass` holds.
 * Stream updates reach the element at most 20 times a second, however fast chunks arrive.
 */
export class ChatController implements ReactiveController {
  settings: SettingsState = { status: 'loading' };
  state: SessionState = EMPTY;
  readonly voice: VoiceController;
  readonly usage: UsageFollower;
  readonly memory: ChatMemory;
  readonly persona: ChatPersona;
  /** "Camera snapshot": the cameras in this chat's scope. */
  readonly cameras = new ChatCameras(() => ({ ...this.place, scope: this.config.scope }));

  private inputs: ChatInputs = { connection: undefined, config: {}, conversationId: '' };
  private session: ChatSession | undefined;
  private unsubscribeSettings: (() => void) | undefined;
  private unsubscribeSession: (() => void) | undefined;
  private frame = 0;
  /** When the view last followed the session, and the timer that makes it follow again. */
  private updated = 0;
  private delay: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private readonly agents = new AgentNames(() => this.host.requestUpdate());
  private hass: HassView | undefined;
  private get place() {
    return { conn: this.inputs.connection, hass: this.hass };
  }
  /** Acts on drafts under way, by call id, and the view's copy of them. */
  private readonly draftStatus = new Map<string, DraftStatus>();
  private draftUi: DraftUi | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.voice = new VoiceController(host, {
      connection: () => this.inputs.connection,
      settings: () => (this.settings.status === 'ready' ? this.settings.settings.voice : undefined),
      message: (id) => this.state.messages.find((m) => m.id === id),
    });
    this.memory = new ChatMemory(() => this.host.requestUpdate());
    this.persona = new ChatPersona(() => this.host.requestUpdate());
    this.usage = new UsageFollower(
      () => this.host.requestUpdate(),
      () => (this.settings.status === 'ready' ? this.settings.settings : undefined),
    );
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

  /** The chat's config with its conversation's persona laid over it. */
  get config(): Partial<CardConfig> {
    const s = this.settings;
    const settings = s.status === 'ready' ? s.settings : undefined;
    return this.persona.config(this.inputs.config, settings, this.state.messages);
  }

  /** The frontend's `hass` (a new object on every change): tool-call rows show the entities
   * they touched, so the host re-renders only when one of those changed; the tools read states,
   * registries and services from it. */
  setHass(hass: HassView | undefined): void {
    const before = this.hass?.states;
    this.hass = hass;
    const states = hass?.states;
    if (!before || !states || before === states) return;
    const watched = this.state.messages.flatMap((m) =>
      (m.tool_calls ?? []).flatMap((c) => c.entity_ids ?? []),
    );
    if (watched.some((id) => before[id] !== states[id])) this.host.requestUpdate();
  }

  get liveStates(): HassEntities | undefined {
    return this.hass?.states as HassEntities | undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.reconnect();
    // What answers a question loads once the page is idle, not before the card is shown.
    const warm = () => void loadRunner().catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 3000 });
    else setTimeout(warm, 1000);
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
    const resolved = resolveModel(s.settings, this.config);
    return resolved.ok ? undefined : { message: resolved.message };
  }

  get model(): ModelChoice | undefined {
    if (this.settings.status !== 'ready') return undefined;
    const resolved = resolveModel(this.settings.settings, this.config);
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

  /** A quick prompt (a chip, or "/"): sent rendered, or its script run; its code loads then. */
  quickPrompt(id: string): void {
    const [conn, s] = [this.inputs.connection, this.settings];
    if (!conn || s.status !== 'ready' || !this.session) return;
    import('./quick-prompts').then(
      ({ runQuickPrompt }) => runQuickPrompt(this, conn, s.settings, id),
      () => this.fail(strings.outdated),
    );
  }

  /** Undo on a row where the model changed the user's memory. */
  undoMemory(id: string): void {
    if (this.session) this.memory.undo(this.session, id);
  }

  /** Who may save drafts, and acts on them under way (a new object when either changes). */
  get drafts(): DraftUi {
    const admin = Boolean(this.hass?.user?.is_admin);
    const busy = this.state.busy;
    const ui = this.draftUi;
    if (ui && ui.admin === admin && ui.busy === busy) return ui;
    return (this.draftUi = { admin, busy, status: new Map(this.draftStatus) });
  }

  /** Save, Discard or Run now on a draft (their code loads with the first). */
  actOnDraft(act: OaccEvents['oacc-draft']): void {
    const session = this.session;
    const conn = this.inputs.connection;
    if (!session || !conn) return;
    const show = (id: string, status: DraftStatus | undefined) => {
      if (status) this.draftStatus.set(id, status);
      else this.draftStatus.delete(id);
      this.draftUi = undefined;
      this.host.requestUpdate();
    };
    void import('./draft-actions')
      .then(({ actOnDraft }) =>
        actOnDraft(
          {
            conn,
            hass: () => this.hass,
            scope: this.config.scope,
            confirm: this.model?.confirm,
            messages: () => session.state.messages,
            setDraft: (id, draft) => session.patchCall(id, { draft }),
            show,
          },
          act,
        ),
      )
      .catch(() => show(act.id, { kind: 'failed', message: strings.outdated }));
  }

  stop(): void {
    this.session?.stop();
  }

  dismiss(): void {
    this.session?.dismissError();
  }

  /** Shows a problem that kept a question from being sent. */
  fail(message: string): void {
    this.session?.fail(message);
  }

  /** Runs `act` with the turn the chat's model and place make (a failure shown instead). */
  withTurn(act: (session: ChatSession, turn: Turn) => Promise<void>): void {
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
    this.usage.follow(conn);
    const shown = this.state.messages;
    const turn = await turnFor(model, {
      conn,
      scope: this.config.scope,
      userName: this.inputs.userName,
      hass: () => this.hass,
      look: async (id) => prepareImage(await cameraSnapshot(conn, id)),
      messages: () => this.session?.state.messages ?? [],
      conversationId: this.inputs.conversationId,
      memory: this.memory.uses(shown),
    });
    const mark = { ...this.memory.mark(shown), ...this.persona.mark(shown, this.inputs.config) };
    return { ...turn, mark };
  }

  private reconnect(): void {
    this.teardown();
    const { connection } = this.inputs;
    if (!this.connected || !connection) return;
    this.unsubscribeSettings = settingsStoreFor(connection).subscribe((settings) => {
      this.settings = settings;
      this.host.requestUpdate();
    });
    this.memory.follow(connection);
    this.openSession();
  }

  private openSession(): void {
    this.closeSession();
    this.memory.reset();
    this.persona.reset();
    const { connection, conversationId } = this.inputs;
    if (!this.connected || !connection || !conversationId) {
      this.state = { ...EMPTY, loading: Boolean(connection) };
      this.host.requestUpdate();
      return;
    }
    const session = new ChatSession({
      conversationId,
      store: new ListedConversation(libraryFor(connection), conversationId, this.inputs.source),
      onLearned: (by, learned) => void this.learned(by, learned),
      onUsage: (by, usage, id) => this.usage.count(connection, by, usage, id),
    });
    this.session = session;
    this.unsubscribeSession = session.subscribe((state) => {
      const before = this.state;
      this.state = state;
      this.voice.follow(before, state);
      this.scheduleUpdate();
    });
  }

  /** Keeps what the provider taught about a model in the user's settings (the settings show
   * it), so that the next request is right the first time. */
  private async learned(by: Answerer, learned: ModelLearned): Promise<void> {
    const conn = this.inputs.connection;
    if (!conn || !by.providerId) return;
    await settingsStoreFor(conn)
      .update(teach(by.providerId, by.model, learned, new Date().toISOString()))
      .catch(() => undefined);
  }

  /** The names of the Home Assistant agents that wrote answers here (their ids are stored). */
  get agentNames(): ReadonlyMap<string, string> | undefined {
    return this.agents.of(this.inputs.connection, this.state.messages);
  }

  private closeSession(): void {
    this.voice.stopReading();
    this.unsubscribeSession?.();
    this.unsubscribeSession = undefined;
    this.session?.close();
    this.session = undefined;
  }

  private teardown(): void {
    this.unsubscribeSettings?.();
    this.unsubscribeSettings = undefined;
    this.usage.stop();
    this.memory.stop();
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
