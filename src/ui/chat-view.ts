import { wordError } from '../chat/errors';
import { css, html, nothing } from 'lit';
import { LocalizedElement } from './localized';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { HassEntity } from 'home-assistant-js-websocket';
import type { MessageActions } from './chat-message';
import { fire } from './events';
import { icon } from './icon';
import { formatCount } from '../i18n/format';
import type { CameraSource } from './images';
import type { SpeechSource } from './composer';
import { icons, themeStyles } from './styles';
import { type SessionState, idleState } from '../chat/session';
import { usageShown } from '../chat/usage';
import type { ChatMessage } from '../schema/conversation';
import type { DraftUi } from './automation-draft';
import type { PromptChoice } from './slash-menu';
import { strings } from '../i18n';

/** Messages rendered when a conversation opens (the newest); more as the user scrolls up. */
const FIRST_WINDOW = 16;
const MORE = 40;

/** "Try again" sends the last question again, or goes on with an answer that was cut off. */
const retryable = (last: ChatMessage | undefined) =>
  last?.role === 'user' || (last?.role === 'assistant' && last.status === 'cut');

/** One object per combination, so that a message re-renders only when its own actions change. */
const actionSets = new Map<string, MessageActions>();
function actionsOf(flags: MessageActions): MessageActions {
  const key = `${flags.regenerate}${flags.edit}${flags.continue}${flags.delete}${flags.variants}${flags.read}`;
  let set = actionSets.get(key);
  if (!set) actionSets.set(key, (set = flags));
  return set;
}

/** The conversation log, the error banner and the composer. State in, events out. Opening a
 * long conversation renders only its newest messages; earlier ones follow on scrolling up (or
 * "Show earlier messages"), so opening costs the same whatever the length. */
export class OaccChatView extends LocalizedElement {
  @property({ attribute: false }) state: SessionState = idleState();
  /** Where "Speak" turns speech into text (absent: no such button). */
  @property({ attribute: false }) voice: SpeechSource | undefined;
  /** The answer being read aloud, if any. */
  @property({ attribute: false }) reading: string | undefined;
  /** A problem that keeps the chat from working at all (no provider, invalid settings). */
  @property({ attribute: false }) blocker: { message: string; hint?: string } | undefined;
  /** Why pictures cannot go with a question (the model is marked without vision), if so. */
  @property({ attribute: false }) noVision: string | undefined;
  /** Where "Camera snapshot" finds cameras and their pictures (absent: no such button). */
  @property({ attribute: false }) cameras: CameraSource | undefined;
  /** The model's context window in tokens, when known: a meter shows the last request in it. */
  @property({ attribute: false }) contextLimit: number | undefined;
  /** Something to know that does not stop the chat (a provider's monthly budget passed). */
  @property({ attribute: false }) notice: string | undefined;
  /** The frontend's live states, for tool-call rows. */
  @property({ attribute: false }) states: Readonly<Record<string, HassEntity>> | undefined;
  /** Names to show for the models that wrote answers, by id (Home Assistant's agents). */
  @property({ attribute: false }) modelNames: ReadonlyMap<string, string> | undefined;
  /** Who may save drafts of automations, and acts on them under way. */
  @property({ attribute: false }) drafts: DraftUi | undefined;
  /** The quick prompts "/" lists in the message box. */
  @property({ attribute: false }) prompts: readonly PromptChoice[] | undefined;

  /** How many of the newest messages are rendered. */
  @state() private windowSize = FIRST_WINDOW;

  @query('.log') private log!: HTMLElement;
  @query('.earlier') private earlier: HTMLElement | undefined;
  private stickToBottom = true;
  private firstId: string | undefined;
  private anchor: number | undefined;
  private observer: IntersectionObserver | undefined;
  private resize: ResizeObserver | undefined;

  override focus(): void {
    this.renderRoot.querySelector('oacc-composer')?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('drop', this.onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('dragover', this.onDragOver);
    this.removeEventListener('drop', this.onDrop);
    this.observer?.disconnect();
    this.observer = undefined;
    this.resize?.disconnect();
    this.resize = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('state')) return;
    // Another conversation: start from its newest messages, at the bottom.
    const first = this.state.messages[0]?.id;
    if (first !== this.firstId) {
      if (this.firstId !== undefined && this.state.messages.length) {
        this.windowSize = FIRST_WINDOW;
        this.stickToBottom = true;
      }
      this.firstId = first;
    }
  }

  protected override render() {
    const { messages, busy, error, retry, announcement, unsaved, saving } = this.state;
    // Errors are data: worded here, in the language in use.
    const banner = this.blocker ?? (error ? wordError(error) : undefined);
    const start = Math.max(0, messages.length - this.windowSize);
    const shown = start ? messages.slice(start) : messages;
    const notSaved = saving === 'failed' ? strings.msg.notSavedWhy : undefined;
    // A request that only called tools shows its usage with the turn's answer.
    const usages = usageShown(messages);
    return html`<div
        class="log"
        role="log"
        aria-live="off"
        aria-label=${strings.panelTitle}
        @scroll=${this.onScroll}
      >
        ${
          start
            ? html`<button class="earlier text-button" @click=${this.showEarlier}>
                ${strings.msg.earlier(start)}
              </button>`
            : nothing
        }
        ${
          messages.length
            ? repeat(
                shown,
                (m) => m.id,
                (m, i) =>
                  html`<oacc-chat-message
                    .message=${m}
                    .states=${m.tool_calls?.length ? this.states : undefined}
                    .drafts=${m.tool_calls?.some((c) => c.draft || c.memory) ? this.drafts : undefined}
                    .variants=${this.state.variants.get(m.id)}
                    .actions=${this.actionsFor(m, messages, start + i, busy)}
                    .usage=${usages.get(m.id)}
                    .unsaved=${notSaved && unsaved.has(m.id) ? notSaved : undefined}
                    .modelName=${m.model ? this.modelNames?.get(m.model) : undefined}
                    ?last=${start + i === messages.length - 1}
                  ></oacc-chat-message>`,
              )
            : this.state.loading
              ? nothing
              : html`<div class="empty">${strings.emptyConversation}</div>`
        }
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${announcement ? strings.announceAnswer(announcement) : ''}
      </div>
      ${
        this.notice
          ? html`<div class="notice" role="status">
              ${icon(icons.alert)}<span class="grow">${this.notice}</span
              ><button
                class="icon-button"
                aria-label=${strings.dismiss}
                @click=${() => fire(this, 'oacc-dismiss-notice', undefined)}
              >
                ${icon(icons.close)}
              </button>
            </div>`
          : nothing
      }
      ${retry ? html`<div class="retry" role="status">${wordError(retry.reason).message} ${strings.retrying(Math.ceil(retry.delayMs / 1000))}</div>` : nothing}
      ${
        banner
          ? html`<oacc-error-banner
              .message=${banner.message}
              .hint=${banner.hint ?? ''}
              ?retryable=${
                !this.blocker &&
                !busy &&
                error?.type !== 'document_too_large' &&
                retryable(messages.at(-1))
              }
              .dismissible=${!this.blocker}
            ></oacc-error-banner>`
          : nothing
      }
      ${this.renderContext()}
      <slot name="above-composer"></slot>
      <oacc-composer
        ?busy=${busy}
        ?disabled=${Boolean(this.blocker)}
        .noVision=${this.noVision}
        .cameras=${this.cameras}
        .voice=${this.voice}
        .prompts=${this.prompts}
      ></oacc-composer>`;
  }

  /** How full the model's context was with the last request, and what was left out. */
  private renderContext() {
    const limit = this.contextLimit;
    const context = this.state.context;
    if (!limit || !context) return nothing;
    const t = strings.context;
    const used = t.used(formatCount(context.tokens), formatCount(limit));
    const share = Math.min(1, context.tokens / limit);
    return html`<div class="context">
      <div
        class="meter"
        role="meter"
        aria-label=${t.label}
        aria-valuemin="0"
        aria-valuemax=${limit}
        aria-valuenow=${Math.min(context.tokens, limit)}
        aria-valuetext=${used}
      >
        <span class=${share > 0.9 ? 'full' : ''} style="inline-size:${share * 100}%"></span>
      </div>
      <span>${t.label}: ${used}</span>
      <span role="status">${context.leftOut ? t.leftOut(context.leftOut) : ''}</span>
    </div>`;
  }

  private actionsFor(
    m: ChatMessage,
    messages: readonly ChatMessage[],
    at: number,
    busy: boolean,
  ): MessageActions {
    if (busy) return actionsOf({});
    const last = at === messages.length - 1;
    const readable = m.role === 'assistant' && Boolean(m.content);
    return actionsOf({
      ...(readable ? { read: this.reading === m.id ? 'reading' : 'idle' } : {}),
      delete: true,
      variants: true,
      edit: m.role === 'user',
      // On the last answer of a turn (a tool round is followed by the rest of the answer).
      regenerate: m.role === 'assistant' && messages[at + 1]?.role !== 'assistant',
      continue: last && m.role === 'assistant' && (m.status === 'cut' || m.status === 'stopped'),
    });
  }

  protected override updated(): void {
    if (this.anchor !== undefined) {
      // Earlier messages were added above: keep what the user was reading where it was.
      this.log.scrollTop = this.log.scrollHeight - this.anchor;
      this.anchor = undefined;
    } else if (this.stickToBottom) {
      // Messages render after this view does: scroll once they have and are laid out, in the
      // same frame (observing anew reports the size once), and again whenever the newest grows.
      this.resize ??= new ResizeObserver(() => {
        if (this.stickToBottom) this.log.scrollTop = this.log.scrollHeight;
      });
      this.resize.disconnect();
      this.resize.observe(this.log.lastElementChild ?? this.log);
      // The log itself shrinks when the composer grows (a problem shown, a taller question).
      this.resize.observe(this.log);
    }
    this.watchEarlier();
  }

  /** Earlier messages load by themselves when "Show earlier messages" scrolls into view. */
  private watchEarlier(): void {
    const target = this.earlier;
    if (!target) return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !this.stickToBottom) this.showEarlier();
      },
      { root: this.log },
    );
    this.observer.disconnect();
    this.observer.observe(target);
  }

  private showEarlier(): void {
    this.anchor = this.log.scrollHeight - this.log.scrollTop;
    this.windowSize += MORE;
  }

  private onScroll(): void {
    const { scrollTop, scrollHeight, clientHeight } = this.log;
    this.stickToBottom = scrollHeight - scrollTop - clientHeight < 48;
  }

  /** Pictures dropped anywhere on the chat go with the next question. */
  private readonly onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private readonly onDrop = (e: DragEvent) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    e.preventDefault();
    void this.renderRoot.querySelector('oacc-composer')?.attach(files);
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.state.busy && !e.defaultPrevented) {
      e.preventDefault();
      fire(this, 'oacc-stop', undefined);
    }
  };

  static override styles = [
    themeStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
        min-height: 0;
      }
      .log {
        flex: 1;
        min-height: 120px;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 4px;
        padding: 4px 2px;
        overscroll-behavior: contain;
      }
      .earlier {
        align-self: center;
        border: none;
        background: none;
        color: var(--oacc-accent);
        padding: 8px 12px;
        border-radius: 6px;
      }
      .empty {
        margin: auto;
        color: var(--secondary-text-color);
        text-align: center;
        padding: 24px 8px;
      }
      .retry {
        font-size: 0.9em;
        color: var(--secondary-text-color);
      }
      .context {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 8px;
        font-size: 0.8em;
        color: var(--secondary-text-color);
      }
      .meter {
        inline-size: 64px;
        block-size: 4px;
        border-radius: 2px;
        overflow: hidden;
        background: var(--divider-color, rgba(0, 0, 0, 0.12));
      }
      .meter span {
        display: block;
        block-size: 100%;
        background: var(--primary-color, #03a9f4);
      }
      .meter .full {
        background: var(--warning-color, #ffa600);
      }
      .notice {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 4px 4px 4px 12px;
        border-radius: 8px;
        font-size: 0.9em;
        border: 1px solid var(--warning-color, #ffa600);
        background: color-mix(in srgb, var(--warning-color, #ffa600) 12%, transparent);
      }
      .grow {
        flex: 1;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-chat-view': OaccChatView;
  }
}
