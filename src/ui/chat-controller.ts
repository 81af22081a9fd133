import { html } from 'lit';
import type { HassEntities } from 'home-assistant-js-websocket';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChatSession, type SessionState, type Turn } from '../chat/session';
import { type ResolvedModel, resolveModel } from '../chat/resolve';
import type { HassConnection } from '../ha/connection';
import { historyStoreFor } from '../ha/history-store';
import { type SettingsState, settingsStoreFor } from '../ha/settings-store';
import { renderTemplate } from '../ha/template';
import { HomeTools } from '../ha/tools';
import type { CardConfig } from '../schema/card-config';
import { strings } from '../i18n/en';

export interface ChatInputs {
  connection: HassConnection | undefined;
  config: Partial<CardConfig>;
  conversationId: string;
  /** The logged-in user's name, for the system prompt. */
  userName?: string | undefined;
}

/**
 * The chat's IO, tied to an element's life: the user's settings (one shared subscription), the
 * conversation session and its stored history. Stream updates reach the element at most once per
 * animation frame, however fast chunks arrive.
 */
export class ChatController implements ReactiveController {
  settings: SettingsState = { status: 'loading' };
  state: SessionState = { messages: [], busy: false };

  private inputs: ChatInputs = { connection: undefined, config: {}, conversationId: '' };
  private session: ChatSession | undefined;
  private unsubscribeSettings: (() => void) | undefined;
  private unsubscribeSession: (() => void) | undefined;
  private frame = 0;
  private connected = false;
  private states: HassEntities | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Call whenever the connection, config or conversation may have changed; cheap when not. */
  set(inputs: ChatInputs): void {
    const before = this.inputs;
    this.inputs = inputs;
    if (before.connection !== inputs.connection || before.conversationId !== inputs.conversationId)
      this.reconnect();
    else if (before.config !== inputs.config) this.host.requestUpdate();
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

  /** Approve or Deny for a tool call waiting for the user. */
  decide(id: string, approve: boolean): void {
    this.session?.decide(id, approve);
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

  send(text: string): void {
    const turn = this.turn();
    if (turn) void this.session?.send(text, turn);
  }

  retry(): void {
    const turn = this.turn();
    if (turn) void this.session?.retry(turn);
  }

  stop(): void {
    this.session?.stop();
  }

  clear(): void {
    void this.session?.clear();
  }

  dismiss(): void {
    this.session?.dismissError();
  }

  private turn(): Turn | undefined {
    const model = this.model;
    const conn = this.inputs.connection;
    if (!model || !conn) {
      this.session?.fail(this.blocker?.message ?? strings.settingsLoading);
      return undefined;
    }
    const tools = model.tools
      ? new HomeTools(conn, {
          scope: this.inputs.config.scope,
          confirm: model.confirm,
          states: () => this.states,
        })
      : undefined;
    return {
      target: model.target,
      model: model.modelId,
      maxTokens: model.maxTokens,
      temperature: model.temperature,
      contextMessages: model.contextMessages,
      tools: tools ? { box: tools, maxRounds: model.maxToolRounds } : undefined,
      systemPrompt: () => systemPrompt(conn, model.promptTemplate, tools, this.inputs.userName),
    };
  }

  private reconnect(): void {
    this.teardown();
    const { connection, conversationId } = this.inputs;
    if (!this.connected || !connection) return;
    this.unsubscribeSettings = settingsStoreFor(connection).subscribe((settings) => {
      this.settings = settings;
      this.host.requestUpdate();
    });
    const session = new ChatSession({ conversationId, store: historyStoreFor(connection) });
    this.session = session;
    this.unsubscribeSession = session.subscribe((state) => {
      this.state = state;
      this.scheduleUpdate();
    });
    void session.load();
  }

  private teardown(): void {
    this.unsubscribeSettings?.();
    this.unsubscribeSession?.();
    this.unsubscribeSettings = this.unsubscribeSession = undefined;
    this.session?.stop();
    this.session = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private scheduleUpdate(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
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
  const overview = await tools.overview().catch(() => strings.homeUnavailable);
  return [
    prompt,
    '',
    `${userName ? `You are talking with ${userName}. ` : ''}It is ${new Date().toString()}.`,
    'You can read and control the home with the tools. Act only when asked; say what you did.',
    overview,
  ].join('\n');
}

/** The chat view wired to a controller: the one template card and panel share. */
export function chatViewFor(chat: ChatController) {
  return html`<oacc-chat-view
    .state=${chat.state}
    .blocker=${chat.blocker}
    @oacc-send=${(e: CustomEvent<{ text: string }>) => chat.send(e.detail.text)}
    @oacc-stop=${() => chat.stop()}
    @oacc-retry=${() => chat.retry()}
    @oacc-dismiss=${() => chat.dismiss()}
    @oacc-decide=${(e: CustomEvent<{ id: string; approve: boolean }>) =>
      chat.decide(e.detail.id, e.detail.approve)}
    .states=${chat.liveStates}
  ></oacc-chat-view>`;
}
