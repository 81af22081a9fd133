import { css, html, nothing } from 'lit';
import { LocalizedElement } from './localized';
import { property } from 'lit/decorators.js';
import type { HassEntity } from 'home-assistant-js-websocket';
import { fire } from './events';
import { icon } from './icon';
import { isOwnPicture } from '../guard/pictures';
import { icons, pillButtons, themeStyles } from './styles';
import type { ToolCall } from '../schema/conversation';
import type { MemoryChange } from '../schema/memory';
import type { DraftUi } from './automation-draft';
import { describeCall, parsed } from './describe-call';
import { strings } from '../i18n';

const pretty = (text: string | undefined) => {
  const value = parsed(text);
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
};

let draftChunk: Promise<unknown> | undefined;
/** The draft's element comes with the first conversation that holds one (until then it shows
 * nothing, the call's row below it says what was drafted). */
const loadDraft = () => (draftChunk ??= import('../entries/draft').catch(() => undefined));

/**
 * One tool call in the conversation: what it did and its status in one line; opened, the
 * arguments, what went back to the model and the live state of the entities it touched. A call
 * waiting for approval shows Approve and Deny. Everything here is rendered as text, never HTML.
 */
export class OaccToolCall extends LocalizedElement {
  @property({ attribute: false }) call!: ToolCall;
  /** Live states of the entities the call touched (from the frontend's hass.states). */
  @property({ attribute: false }) states: Readonly<Record<string, HassEntity>> | undefined;
  @property({ attribute: false }) drafts: DraftUi | undefined;

  /** An entity as the row names it: its name in Home Assistant, else its id. */
  private readonly nameOf = (id: string) =>
    String(this.states?.[id]?.attributes.friendly_name ?? id);

  protected override render() {
    const call = this.call;
    const status = call.status ?? 'running';
    const live = (call.entity_ids ?? [])
      .map((id) => this.states?.[id])
      .filter((s): s is HassEntity => Boolean(s));
    // What the model was shown (a camera's picture): only our own image data is rendered.
    const pictures = (call.images ?? []).filter((image) => isOwnPicture(image.thumb));
    return html`<div class="row ${status}">
      ${
        status === 'awaiting'
          ? html`<div class="confirm" role="group" aria-label=${strings.toolStatus.awaiting}>
              <span
                >${call.ask ?? strings.toolNeedsApproval(call.confirm ?? describeCall(call, this.nameOf))}</span
              >
              <span class="buttons">
                <button class="pill yes" @click=${() => this.decide(true)}>
                  ${strings.approve}
                </button>
                <button class="pill no" @click=${() => this.decide(false)}>${strings.deny}</button>
              </span>
            </div>`
          : nothing
      }
      ${
        pictures.length
          ? html`<div class="pictures">
              ${pictures.map(
                (image) =>
                  html`<img
                    src=${image.thumb}
                    alt=${strings.images.fromTool}
                    title=${`${image.width} × ${image.height}`}
                  />`,
              )}
            </div>`
          : nothing
      }
      ${
        call.draft
          ? (loadDraft(),
            html`<oacc-automation-draft
              .call=${call}
              .states=${this.states}
              .ui=${this.drafts}
            ></oacc-automation-draft>`)
          : nothing
      }
      <details>
        <summary>
          ${icon(icons.tool)}
          <span class="what">${describeCall(call, this.nameOf)}</span>
          <span class="status">${strings.toolStatus[status]}</span>
        </summary>
        <div class="body">
          <div class="label">${strings.toolArguments}</div>
          <pre>${pretty(call.arguments || '{}')}</pre>
          ${
            call.result !== undefined
              ? html`<div class="label">${strings.toolResult}</div>
                  <pre>${pretty(call.result)}</pre>`
              : nothing
          }
          ${
            live.length
              ? html`<div class="label">${strings.toolLiveState}</div>
                  <ul class="live">
                    ${live.map(
                      (s) =>
                        html`<li>
                          ${String(s.attributes.friendly_name ?? s.entity_id)}:
                          <strong>${s.state}</strong>
                        </li>`,
                    )}
                  </ul>`
              : nothing
          }
        </div>
      </details>
      ${call.memory && status === 'done' ? this.renderUndo(call.memory) : nothing}
    </div>`;
  }

  /** Undo for what a memory call changed, until it is undone (not while the answer that made
   * it is still being written). */
  private renderUndo(change: MemoryChange) {
    if (change.undone) return html`<div class="undo muted">${strings.memory.undone}</div>`;
    return html`<div class="undo">
      <button
        class="pill"
        ?disabled=${this.drafts?.busy ?? false}
        @click=${() => fire(this, 'oacc-memory-undo', { id: this.call.id })}
      >
        ${strings.memory.undo}
      </button>
    </div>`;
  }

  private decide(approve: boolean): void {
    fire(this, 'oacc-decide', { id: this.call.id, approve });
  }

  static override styles = [
    themeStyles,
    pillButtons,
    css`
      :host {
        display: block;
        margin: 4px 0;
      }
      .row {
        border-inline-start: 3px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        padding-inline-start: 8px;
      }
      .row.done {
        border-color: var(--success-color, #4caf50);
      }
      .row.error,
      .row.denied {
        border-color: var(--error-color, #db4437);
      }
      .row.awaiting,
      .row.unknown {
        border-color: var(--warning-color, #ffa600);
      }
      .pictures {
        display: flex;
        gap: 4px;
        margin: 4px 0;
      }
      .pictures img {
        max-width: min(160px, 100%);
        max-height: 160px;
        border-radius: 8px;
      }
      summary {
        cursor: pointer;
        display: flex;
        align-items: center;
        gap: 6px;
        color: var(--oacc-muted, var(--secondary-text-color));
        flex-wrap: wrap;
      }
      summary svg {
        width: 16px;
        height: 16px;
        flex: none;
      }
      .what {
        color: var(--primary-text-color);
        overflow-wrap: anywhere;
      }
      .status {
        font-size: 0.85em;
      }
      .body {
        margin-top: 4px;
      }
      .label {
        font-size: 0.8em;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--oacc-muted, var(--secondary-text-color));
        margin-top: 6px;
      }
      pre {
        margin: 2px 0 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 0.85em;
        max-height: 240px;
        overflow: auto;
      }
      .live {
        margin: 2px 0 0;
        padding-inline-start: 18px;
      }
      .undo {
        margin: 4px 0;
      }
      .undo .pill {
        min-height: 32px;
        padding: 4px 14px;
      }
      .undo.muted {
        color: var(--oacc-muted, var(--secondary-text-color));
        font-size: 0.9em;
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin: 4px 0;
      }
      .buttons {
        display: inline-flex;
        gap: 8px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-tool-call': OaccToolCall;
  }
}
