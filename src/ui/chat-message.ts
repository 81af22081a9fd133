import { html, nothing } from 'lit';
import { chatMessageStyles } from './chat-message.styles';
import { LocalizedElement } from './localized';
import { property, state } from 'lit/decorators.js';
import type { HassEntity } from 'home-assistant-js-websocket';
import { copyText } from './clipboard';
import { fire } from './events';
import { icon } from './icon';
import { icons } from './styles';
import type { Variants } from '../chat/thread';
import type { ChatMessage, MessageUsage } from '../schema/conversation';
import type { DraftUi } from './automation-draft';
import { strings } from '../i18n';
import { formatCost, formatCount } from '../i18n/format';
import { isOwnPicture } from '../guard/pictures';

/** What a message offers besides Copy (the view knows where it stands in the conversation). */
export interface MessageActions {
  regenerate?: boolean;
  edit?: boolean;
  continue?: boolean;
  delete?: boolean;
  /** ‹ › between variants (not while an answer streams). */
  variants?: boolean;
  /** Read aloud (an answer with text), or Stop reading while it is read. */
  read?: 'idle' | 'reading';
}

const t = strings.msg;

/** Tokens in and out under an answer, its cost where known; the details in its title. */
function usageCaption(u: MessageUsage) {
  const u2 = strings.usage;
  const input = formatCount(u.prompt_tokens ?? 0);
  const output = formatCount(u.completion_tokens ?? 0);
  const details = [
    u2.answerLong(input, output),
    ...(u.reasoning_tokens ? [u2.reasoning(formatCount(u.reasoning_tokens))] : []),
    ...(u.cached_tokens ? [u2.cached(formatCount(u.cached_tokens))] : []),
    ...(u.estimated ? [u2.estimated] : []),
    ...(u.cost !== undefined && u.priced ? [u2.priced] : []),
  ];
  const cost = u.cost !== undefined ? ` · ${formatCost(u.cost)}` : '';
  return html`<span class="usage" title=${details.join('. ')}
    >${u.estimated ? '≈ ' : ''}${u2.answer(input, output)}${cost}</span
  >`;
}

/** One message: the user's question as plain text, the assistant's answer as sanitized markdown,
 * its reasoning apart (collapsed), its tool calls as rows, whether it was cut off, which model
 * wrote it, and its actions: Copy, Edit, Regenerate, Continue, Delete, and ‹ 1/2 › between
 * variants. */
export class OaccChatMessage extends LocalizedElement {
  @property({ attribute: false }) message!: ChatMessage;
  /** Live states for the entities its tool calls touched. */
  @property({ attribute: false }) states: Readonly<Record<string, HassEntity>> | undefined;
  /** Who may save drafts, and acts on them under way (for messages that drafted one). */
  @property({ attribute: false }) drafts: DraftUi | undefined;
  @property({ attribute: false }) variants: Variants | undefined;
  @property({ attribute: false }) actions: MessageActions = {};
  /** Set when its last change could not be stored yet: why. */
  @property({ attribute: false }) unsaved: string | undefined;
  /** The name to show for the answer's model, where it has one (an agent's, for its id). */
  @property({ attribute: false }) modelName: string | undefined;
  /** The usage to show for its turn (null: none; absent: its own): a sum the view makes anew at
   * each render, so compared by value (a streaming answer does not re-render every turn's). */
  @property({ attribute: false, hasChanged: (a, b) => JSON.stringify(a) !== JSON.stringify(b) })
  usage: MessageUsage | null | undefined;
  /** The newest message: its actions always show. */
  @property({ type: Boolean, reflect: true }) last = false;

  @state() private editing = false;
  @state() private copied = false;
  private draft = '';

  protected override render() {
    const m = this.message;
    const who = m.role === 'user' ? strings.you : strings.assistant;
    const streaming = m.status === 'streaming';
    return html`<div class="bubble ${m.role}" aria-busy=${streaming ? 'true' : 'false'}>
        <span class="visually-hidden">${who}:</span>
        ${this.editing ? this.renderEditor() : this.renderBody(m, streaming)}
      </div>
      ${streaming || this.editing ? nothing : this.renderMeta(m)}`;
  }

  private renderBody(m: ChatMessage, streaming: boolean) {
    return html`${
      m.reasoning
        ? html`<details class="reasoning">
            <summary>${streaming && !m.content ? strings.thinking : strings.reasoning}</summary>
            <div class="reasoning-text">${m.reasoning}</div>
          </details>`
        : nothing
    }
    ${
      m.images?.length
        ? html`<div class="pictures">
            ${m.images
              .filter((image) => isOwnPicture(image.thumb))
              .map(
                (image) =>
                  html`<img
                    src=${image.thumb}
                    alt=${strings.images.sent}
                    title=${`${image.width} × ${image.height}`}
                  />`,
              )}
          </div>`
        : nothing
    }
    ${
      m.role === 'user'
        ? m.content
          ? html`<div class="plain" dir="auto">${m.content}</div>`
          : nothing
        : html`<oacc-markdown .text=${m.content}></oacc-markdown>`
    }
    ${streaming && !m.content && !m.reasoning ? html`<span class="dots" role="img" aria-label=${strings.thinking}><i></i><i></i><i></i></span>` : nothing}
    ${(m.tool_calls ?? []).map(
      (call) =>
        html`<oacc-tool-call
          .call=${call}
          .states=${this.states}
          .drafts=${call.draft || call.memory ? this.drafts : undefined}
        ></oacc-tool-call>`,
    )}
    ${m.status === 'cut' ? html`<div class="note">${strings.cutOff}</div>` : nothing}
    ${m.status === 'stopped' ? html`<div class="note">${strings.stoppedByUser}</div>` : nothing}`;
  }

  private renderEditor() {
    return html`<form class="editor" @submit=${this.submitEdit}>
      <textarea
        aria-label=${t.editLabel}
        rows="3"
        .value=${this.draft}
        @input=${(e: InputEvent) => (this.draft = (e.target as HTMLTextAreaElement).value)}
        @keydown=${this.onEditKey}
      ></textarea>
      <div class="editor-actions">
        <button type="button" class="text" @click=${this.cancelEdit}>${t.cancel}</button>
        <button type="submit" class="text strong" aria-label=${t.sendEdited}>
          ${strings.send}
        </button>
      </div>
    </form>`;
  }

  private renderMeta(m: ChatMessage) {
    const a = this.actions;
    const used = this.usage === undefined ? m.usage : (this.usage ?? undefined);
    const v = this.variants;
    const button = (name: string, path: string, onClick: () => void) =>
      html`<button class="icon-button small" aria-label=${name} title=${name} @click=${onClick}>
        ${icon(path)}
      </button>`;
    return html`<div class="meta">
      ${
        v
          ? html`<span class="variants">
              <button
                class="icon-button small"
                aria-label=${t.previousVariant}
                title=${t.previousVariant}
                ?disabled=${v.index <= 0 || !a.variants}
                @click=${() => this.variant(v.ids[v.index - 1])}
              >
                ${icon(icons.previous)}
              </button>
              <span aria-label=${t.variantOf(v.index + 1, v.ids.length)}
                >${v.index + 1}/${v.ids.length}</span
              >
              <button
                class="icon-button small"
                aria-label=${t.nextVariant}
                title=${t.nextVariant}
                ?disabled=${v.index >= v.ids.length - 1 || !a.variants}
                @click=${() => this.variant(v.ids[v.index + 1])}
              >
                ${icon(icons.next)}
              </button>
            </span>`
          : nothing
      }
      ${m.role === 'assistant' && m.model && (m.content || a.regenerate) ? html`<span class="model" title=${t.writtenBy(m.model)}>${this.modelName ?? m.model}</span>` : nothing}
      ${m.role === 'assistant' && used && m.status !== 'streaming' ? usageCaption(used) : nothing}
      ${
        this.unsaved
          ? html`<span class="unsaved" title=${this.unsaved}
              >${icon(icons.notSaved)}${t.notSaved}</span
            >`
          : nothing
      }
      <span class="actions">
        ${m.content ? button(this.copied ? t.copied : t.copy, this.copied ? icons.check : icons.copy, () => this.copy()) : nothing}
        ${a.read === 'idle' ? button(t.readAloud, icons.readAloud, () => fire(this, 'oacc-read-aloud', { id: m.id })) : nothing}
        ${a.read === 'reading' ? button(t.stopReading, icons.stop, () => fire(this, 'oacc-stop-reading', undefined)) : nothing}
        ${a.edit ? button(t.edit, icons.edit, () => this.startEdit()) : nothing}
        ${a.regenerate ? button(t.regenerate, icons.regenerate, () => fire(this, 'oacc-regenerate', { id: m.id })) : nothing}
        ${a.continue ? button(t.continue, icons.continue, () => fire(this, 'oacc-continue', { id: m.id })) : nothing}
        ${a.delete ? button(t.delete, icons.delete, () => fire(this, 'oacc-delete-message', { id: m.id })) : nothing}
      </span>
      <span class="visually-hidden" role="status">${this.copied ? t.copied : ''}</span>
    </div>`;
  }

  private variant(id: string | undefined): void {
    if (id) fire(this, 'oacc-variant', { id });
  }

  private async copy(): Promise<void> {
    if (!(await copyText(this.message.content))) return;
    this.copied = true;
    setTimeout(() => (this.copied = false), 1500);
  }

  private async startEdit(): Promise<void> {
    this.draft = this.message.content;
    this.editing = true;
    await this.updateComplete;
    const box = this.renderRoot.querySelector('textarea');
    box?.focus();
    box?.setSelectionRange(box.value.length, box.value.length);
  }

  private cancelEdit(): void {
    this.editing = false;
  }

  private onEditKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.cancelEdit();
    } else if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      this.submitEdit(e);
    }
  }

  private submitEdit(e: Event): void {
    e.preventDefault();
    const text = this.draft.trim();
    if (!text) return;
    this.editing = false;
    if (text !== this.message.content.trim())
      fire(this, 'oacc-edit', { id: this.message.id, text });
  }

  static override styles = chatMessageStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-chat-message': OaccChatMessage;
  }
}
