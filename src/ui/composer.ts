import { html, nothing } from 'lit';
import { composerStyles } from './composer.styles';
import { LocalizedElement } from './localized';
import { property, query, state } from 'lit/decorators.js';
import { fire } from './events';
import { icon } from './icon';
import { icons } from './styles';
import { type Attachment, type CameraSource, MAX_IMAGES, prepareImage } from './images';
import { type PromptChoice, optionId, promptsFor, slashMenu } from './slash-menu';

/** Speech to text for "Speak": `listen` records until the speaker stops or `done` aborts. */
export interface SpeechSource {
  listen(done: AbortSignal): Promise<string>;
  /** Send the text at once instead of leaving it in the box. */
  sendSpoken: boolean;
}
import { strings } from '../i18n';

/** The text box "Message" with "Send", or "Stop" while an answer streams; "Attach image" adds
 * pictures (also pasted, or dropped on the chat), shown above the box until sent. */
export class OaccComposer extends LocalizedElement {
  @property({ type: Boolean }) busy = false;
  @property({ type: Boolean }) disabled = false;
  /** Why pictures cannot go with a question (the model is marked without vision), if so. */
  @property({ attribute: false }) noVision: string | undefined;
  /** Where "Camera snapshot" finds cameras (absent: no such button). */
  @property({ attribute: false }) cameras: CameraSource | undefined;
  /** Where "Speak" turns speech into text (absent: no such button). */
  @property({ attribute: false }) voice: SpeechSource | undefined;
  /** The quick prompts "/" at the start of the box lists (absent: "/" is a character). */
  @property({ attribute: false }) prompts: readonly PromptChoice[] | undefined;
  /** The prompt the arrows are on, and whether Escape closed the list until the next key. */
  @state() private active = 0;
  @state() private menuClosed = false;
  /** Set while "Speak" records; aborting it ends the recording. */
  @state() private listening: AbortController | undefined;
  /** The cameras to pick from, while the list is open. */
  @state() private cameraList: { id: string; name: string }[] | undefined;

  @state() private value = '';
  @state() private attachments: readonly Attachment[] = [];
  /** What went wrong with the last picture added (not a picture, or the model takes none). */
  @state() private problem = '';
  @query('textarea') private textarea!: HTMLTextAreaElement;
  @query('input[type=file]') private picker!: HTMLInputElement;

  override focus(): void {
    this.textarea?.focus();
  }

  /** Adds pictures to the next question (files chosen, pasted or dropped). */
  async attach(files: readonly Blob[]): Promise<void> {
    const images = files.filter((f) => f.type.startsWith('image/'));
    if (!images.length) return;
    if (this.noVision) {
      this.problem = this.noVision;
      return;
    }
    this.problem = '';
    for (const file of images) {
      if (this.attachments.length >= MAX_IMAGES) {
        this.problem = strings.images.tooMany(MAX_IMAGES);
        break;
      }
      try {
        this.attachments = [...this.attachments, await prepareImage(file)];
      } catch {
        this.problem = strings.images.unreadable;
      }
    }
  }

  /** The quick prompts listed now (undefined: no list). */
  private get listed(): PromptChoice[] | undefined {
    return this.menuClosed || this.disabled ? undefined : promptsFor(this.prompts, this.value);
  }

  protected override render() {
    const canSend = !this.disabled && (this.value.trim().length > 0 || this.attachments.length > 0);
    const matches = this.listed;
    const active = matches?.length ? Math.min(this.active, matches.length - 1) : -1;
    return html`${matches ? slashMenu(matches, active, (id) => this.pick(id)) : nothing}${
        this.attachments.length
          ? html`<ul class="attachments" aria-label=${strings.images.attached}>
              ${this.attachments.map(
                (a, i) =>
                  html`<li>
                    <img src=${a.image.thumb} alt=${strings.images.picture(i + 1)} />
                    <button
                      type="button"
                      class="remove"
                      aria-label=${strings.images.remove(i + 1)}
                      title=${strings.images.remove(i + 1)}
                      @click=${() => (this.attachments = this.attachments.filter((x) => x !== a))}
                    >
                      ${icon(icons.close)}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${
        this.cameraList
          ? html`<select
              class="camera"
              aria-label=${strings.images.camera}
              @change=${this.onCamera}
              @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.cameraList = undefined)}
            >
              <option value="">${strings.images.pickCamera}</option>
              ${this.cameraList.map((c) => html`<option value=${c.id}>${c.name}</option>`)}
            </select>`
          : nothing
      }
      <form @submit=${this.onSubmit}>
        <input
          type="file"
          accept="image/*"
          multiple
          hidden
          @change=${() => {
            void this.attach([...(this.picker.files ?? [])]);
            this.picker.value = '';
          }}
        />
        <span class="add">
          <button
            type="button"
            class="attach icon-button"
            aria-label=${strings.images.attach}
            title=${this.noVision ?? strings.images.attach}
            ?disabled=${this.disabled}
            @click=${() => this.picker.click()}
          >
            ${icon(icons.image)}
          </button>
          ${
            this.cameras
              ? html`<button
                  type="button"
                  class="attach icon-button"
                  aria-label=${strings.images.snapshot}
                  title=${this.noVision ?? strings.images.snapshot}
                  ?disabled=${this.disabled}
                  @click=${this.openCameras}
                >
                  ${icon(icons.camera)}
                </button>`
              : nothing
          }
          ${
            this.voice
              ? html`<button
                  type="button"
                  class="attach icon-button ${this.listening ? 'listening' : ''}"
                  aria-label=${strings.voice.speak}
                  title=${strings.voice.speak}
                  aria-pressed=${this.listening ? 'true' : 'false'}
                  ?disabled=${this.disabled}
                  @click=${this.onSpeak}
                >
                  ${icon(icons.speak)}
                </button>`
              : nothing
          }
        </span>
        <textarea
          aria-label=${strings.message}
          placeholder=${strings.placeholder}
          rows="1"
          aria-controls=${matches?.length ? 'slash-menu' : nothing}
          aria-activedescendant=${active >= 0 ? optionId(active) : nothing}
          .value=${this.value}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @paste=${this.onPaste}
        ></textarea>
        ${
          this.busy
            ? html`<button
                type="button"
                class="action stop"
                aria-label=${strings.stop}
                title=${strings.stop}
                @click=${this.onStop}
              >
                ${icon(icons.stop)}
              </button>`
            : html`<button
                type="submit"
                class="action"
                aria-label=${strings.send}
                title=${strings.send}
                ?disabled=${!canSend}
              >
                ${icon(icons.send)}
              </button>`
        }
      </form>`;
  }

  private onInput(e: InputEvent): void {
    const textarea = e.target as HTMLTextAreaElement;
    this.value = textarea.value;
    this.menuClosed = false;
    this.active = 0;
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight, 160)}px`;
  }

  /** "Camera snapshot": the cameras in scope to pick from. */
  private async openCameras(): Promise<void> {
    if (this.noVision) {
      this.problem = this.noVision;
      return;
    }
    this.problem = '';
    try {
      const list = (await this.cameras?.cameras()) ?? [];
      if (!list.length) this.problem = strings.images.noCamera;
      else {
        this.cameraList = list;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLSelectElement>('select.camera')?.focus();
      }
    } catch {
      this.problem = strings.images.snapshotFailed;
    }
  }

  private async onCamera(e: Event): Promise<void> {
    const id = (e.target as HTMLSelectElement).value;
    if (!id || !this.cameras) return;
    this.cameraList = undefined;
    try {
      await this.attach([await this.cameras.snapshot(id)]);
    } catch {
      this.problem = strings.images.snapshotFailed;
    }
  }

  private onPaste(e: ClipboardEvent): void {
    const files = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
    if (!files.length) return;
    e.preventDefault();
    void this.attach(files);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const matches = this.listed;
    if (matches?.length && !e.isComposing) {
      const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
      if (step) {
        e.preventDefault();
        this.active =
          (Math.min(this.active, matches.length - 1) + step + matches.length) % matches.length;
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        this.pick(matches[Math.min(this.active, matches.length - 1)]!.id);
        return;
      }
    }
    if (matches && e.key === 'Escape') {
      // The list closes; the chat's own Escape (stop the answer) is not meant.
      e.preventDefault();
      e.stopPropagation();
      this.menuClosed = true;
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      this.submit();
    }
  }

  /** A quick prompt picked from the list: it is sent (the box empties). */
  private pick(id: string): void {
    if (this.busy) return;
    fire(this, 'oacc-quick-prompt', { id });
    this.value = '';
    this.active = 0;
    this.textarea.style.height = 'auto';
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.submit();
  }

  private submit(): void {
    const text = this.value.trim();
    if ((!text && !this.attachments.length) || this.busy || this.disabled) return;
    fire(this, 'oacc-send', { text, attachments: this.attachments });
    this.value = '';
    this.attachments = [];
    this.problem = '';
    this.textarea.style.height = 'auto';
  }

  /** "Speak": records until the user stops talking (or presses it again); the text lands in the
   * box, or is sent at once where the user chose so. */
  private async onSpeak(): Promise<void> {
    if (this.listening) {
      this.listening.abort();
      return;
    }
    const voice = this.voice;
    if (!voice) return;
    const done = new AbortController();
    this.listening = done;
    this.problem = '';
    try {
      const text = (await voice.listen(done.signal)).trim();
      if (!text) return;
      this.value = this.value.trim() ? `${this.value.trim()} ${text}` : text;
      if (voice.sendSpoken) this.submit();
      // (Without scrolling: a card clips its content, and focus would scroll it out of place.)
      else void this.updateComplete.then(() => this.textarea.focus({ preventScroll: true }));
    } catch (err) {
      this.problem = err instanceof Error ? err.message : String(err);
    } finally {
      if (this.listening === done) this.listening = undefined;
    }
  }

  private onStop(): void {
    fire(this, 'oacc-stop', undefined);
    // Keep focus in the composer for the next question.
    void this.updateComplete.then(() => this.textarea.focus({ preventScroll: true }));
  }

  static override styles = composerStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-composer': OaccComposer;
  }
}
