import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { dump } from 'js-yaml';
import { diffLines } from 'diff';
import { LocalizedElement } from './localized';
import { describeDraft } from './describe-automation';
import { fire } from './events';
import { icon } from './icon';
import { navigate } from './navigate';
import { icons, pillButtons, themeStyles } from './styles';
import { type Draft, type DraftNote, type DraftProblem, DraftSchema } from '../schema/automation';
import type { ToolCall } from '../schema/conversation';
import type { HassEntity } from 'home-assistant-js-websocket';
import { strings } from '../i18n';
import '../i18n/pages';

/** What the view knows of drafts beside what is stored: who may save, and an act under way. */
export interface DraftUi {
  admin: boolean;
  /** A turn is running: its answer is written whole, so nothing is saved or discarded now. */
  busy: boolean;
  status: ReadonlyMap<string, DraftStatus>;
}

/** An act on a draft under way or just ended (not stored: another tab sees only its result). */
export type DraftStatus =
  { kind: 'saving' | 'running' | 'ran' } | { kind: 'failed' | 'run_failed'; message: string };

const yaml = (config: Record<string, unknown>) => {
  const { id: _id, ...rest } = config;
  return dump(rest, { lineWidth: -1, noRefs: true });
};

export function problemWords(p: DraftProblem): string {
  const w = strings.drafts.problems;
  const d = p.detail ?? '';
  switch (p.kind) {
    case 'invalid':
      return w.invalid(p.at ?? '', d);
    case 'unknown_keys':
    case 'both_keys':
    case 'missing':
    case 'out_of_scope':
    case 'unknown_entity':
    case 'wrong_domain':
    case 'no_target':
    case 'device_target':
    case 'template_service':
    case 'template_target':
    case 'unknown_area':
    case 'empty_area':
    case 'refused':
    case 'script_key':
    case 'key_taken':
      return w[p.kind](d);
    case 'id_taken':
      return w.id_taken(d.split(', ')[0] ?? d);
    case 'blueprint':
    case 'device_action':
    case 'too_large':
    case 'unreadable':
      return w[p.kind];
    default:
      return w.other(p.kind, d);
  }
}

function noteWords(n: DraftNote): string {
  const w = strings.drafts.notes;
  const d = n.detail ?? '';
  switch (n.kind) {
    case 'sensitive':
    case 'address':
    case 'path':
    case 'entity':
    case 'event':
    case 'untargeted':
      return w[n.kind](d);
    case 'webhook':
      return w.webhook;
    default:
      return w.other(n.kind, d);
  }
}

/**
 * An automation or script a model drafted, as the person deciding sees it: what it does in
 * words, what Home Assistant and the guard said, its YAML, for a change the lines it changes,
 * and Save (administrators), Discard, and once saved Run now. Everything is rendered as text.
 */
export class OaccAutomationDraft extends LocalizedElement {
  @property({ attribute: false }) call!: ToolCall;
  @property({ attribute: false }) states: Readonly<Record<string, HassEntity>> | undefined;
  @property({ attribute: false }) ui: DraftUi | undefined;
  @state() private checkConditions = false;

  private nameOf = (id: string) =>
    String(this.states?.[id.toLowerCase()]?.attributes.friendly_name ?? id);

  protected override render() {
    const read = z.safeParse(DraftSchema, this.call.draft);
    if (!read.success) return html`<div class="draft">${strings.drafts.unreadable}</div>`;
    const draft = read.data;
    const w = strings.drafts;
    const name = String(draft.config.alias ?? '') || w.untitled;
    const title = draft.edit_of
      ? w.changeTo(this.nameOf(draft.edit_of))
      : draft.kind === 'automation'
        ? w.newAutomation(name)
        : w.newScript(name);
    const problems = draft.problems ?? [];
    const notes = draft.notes ?? [];
    const said = describeDraft(draft.kind, draft.config, this.nameOf);
    const list = (label: string, lines: string[]) =>
      lines.length
        ? html`<div class="part">
            <div class="label">${label}</div>
            <ul>
              ${lines.map((l) => html`<li>${l}</li>`)}
            </ul>
          </div>`
        : nothing;
    const open = (draft.state ?? 'proposed') === 'proposed';
    return html`<section class="draft ${draft.state ?? 'proposed'}" aria-label=${title}>
      <div class="title">${icon(icons.tool)}<strong>${title}</strong></div>
      ${
        typeof draft.config.description === 'string'
          ? html`<div class="description">${draft.config.description}</div>`
          : nothing
      }
      ${list(w.when, said.when)} ${list(w.onlyIf, said.onlyIf)} ${list(w.then, said.then)}
      ${
        problems.length
          ? html`<div class="problems">
              <div class="label">${w.problemsTitle}</div>
              <ul>
                ${problems.map((p) => html`<li>${problemWords(p)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        notes.length && open && !problems.length
          ? html`<div class="notes" role="note">
              <div class="label">${w.notesTitle}</div>
              <ul>
                ${notes.map((n) => html`<li>${noteWords(n)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <details class="yaml">
        <summary>${w.yaml}</summary>
        <pre>${yaml(draft.config)}</pre>
      </details>
      ${draft.before ? this.changes(draft) : nothing} ${this.actions(draft, problems.length > 0)}
    </section>`;
  }

  private changes(draft: Draft) {
    const parts = diffLines(yaml(draft.before!), yaml(draft.config));
    const count = (flag: 'added' | 'removed') =>
      parts.filter((p) => p[flag]).reduce((n, p) => n + (p.count ?? 0), 0);
    return html`<details class="diff" open>
      <summary>
        ${strings.drafts.diff}
        <span class="count">${strings.drafts.diffLabel(count('removed'), count('added'))}</span>
      </summary>
      <pre>
${parts.map((p) =>
          p.value
            .replace(/\n$/, '')
            .split('\n')
            .map(
              (line) =>
                html`<span class=${p.added ? 'added' : p.removed ? 'removed' : 'same'}
                  >${p.added ? '+ ' : p.removed ? '- ' : '  '}${line}</span
                >`,
            ),
        )}</pre>
    </details>`;
  }

  private actions(draft: Draft, blocked: boolean) {
    const w = strings.drafts;
    const ui = this.ui;
    const status = ui?.status.get(this.call.id);
    const working = status?.kind === 'saving' || status?.kind === 'running';
    const act = (action: 'save' | 'discard' | 'run') =>
      fire(this, 'oacc-draft', {
        id: this.call.id,
        action,
        ...(action === 'run' ? { checkConditions: this.checkConditions } : {}),
      });
    let buttons: unknown = nothing;
    if ((draft.state ?? 'proposed') === 'proposed') {
      buttons = ui?.busy
        ? html`<span class="why">${w.busy}</span>`
        : html`${
              ui?.admin
                ? html`<button
                    class="pill yes"
                    ?disabled=${blocked || working}
                    @click=${() => act('save')}
                  >
                    ${w.save}
                  </button>`
                : html`<span class="why">${w.notAdmin}</span>`
            }
            <button class="pill no" ?disabled=${working} @click=${() => act('discard')}>
              ${w.discard}
            </button>`;
    } else if (draft.state === 'saved' && draft.saved) {
      const saved = draft.saved;
      const path = `/config/${draft.kind}/edit/${encodeURIComponent(saved.key)}`;
      buttons = html`<span class="done"
          >${icon(icons.check)}${w.saved(this.nameOf(saved.entity_id ?? ''))}</span
        >
        <a
          href=${path}
          @click=${(e: Event) => {
            e.preventDefault();
            navigate(path);
          }}
          >${w.openInHa}</a
        >
        ${
          saved.entity_id
            ? html`<button class="pill yes" ?disabled=${working} @click=${() => act('run')}>
                  ${w.runNow}
                </button>
                ${
                  draft.kind === 'automation'
                    ? html`<label
                        ><input
                          type="checkbox"
                          .checked=${this.checkConditions}
                          @change=${(e: Event) =>
                            (this.checkConditions = (e.target as HTMLInputElement).checked)}
                        />${w.checkConditions}</label
                      >`
                    : nothing
                }`
            : nothing
        }`;
    } else if (draft.state === 'discarded') buttons = html`<span class="why">${w.discarded}</span>`;
    return html`<div class="actions">${buttons}</div>
      <div class="status" role="status">${status ? this.statusWords(status) : ''}</div>`;
  }

  private statusWords(status: DraftStatus): string {
    const w = strings.drafts;
    switch (status.kind) {
      case 'saving':
        return w.saving;
      case 'running':
        return w.running;
      case 'ran':
        return w.ran;
      case 'run_failed':
        return w.runFailed(status.message);
      case 'failed':
        return status.message;
    }
  }

  static override styles = [
    themeStyles,
    pillButtons,
    css`
      :host {
        display: block;
        margin: 6px 0;
      }
      .draft {
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        border-radius: 8px;
        padding: 8px 12px;
        /* The card's own background, not the answer's grey: secondary text keeps its contrast
           in every theme (2025.1's grey bubble left it at 3.8:1). */
        background: var(--card-background-color, var(--ha-card-background, #fff));
        color: var(--primary-text-color);
      }
      .draft.discarded {
        opacity: 0.7;
      }
      .title {
        display: flex;
        align-items: center;
        gap: 6px;
      }
      .description {
        color: var(--secondary-text-color);
        margin-top: 2px;
      }
      .label {
        font-weight: 500;
        margin-top: 6px;
      }
      ul {
        margin: 2px 0;
        padding-inline-start: 20px;
      }
      .problems,
      .notes {
        border-inline-start: 3px solid var(--error-color, #db4437);
        padding-inline-start: 8px;
        margin-top: 6px;
      }
      .notes {
        border-color: var(--warning-color, #ffa600);
      }
      pre {
        /* Wrapped, not scrolled: every line is read whole, at any width. */
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 0.85em;
        background: var(--code-editor-background-color, rgba(127, 127, 127, 0.08));
        padding: 6px;
        border-radius: 4px;
        margin: 4px 0;
      }
      .diff pre span {
        display: block;
      }
      .diff .added {
        background: rgba(76, 175, 80, 0.18);
      }
      .diff .removed {
        background: rgba(219, 68, 55, 0.18);
      }
      .count {
        color: var(--secondary-text-color);
        margin-inline-start: 6px;
      }
      summary {
        cursor: pointer;
        margin-top: 6px;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin-top: 8px;
      }
      .why {
        color: var(--secondary-text-color);
      }
      .done {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        color: var(--success-color, #4caf50);
      }
      .status:empty {
        display: none;
      }
      a {
        color: var(--primary-color);
      }
    `,
  ];
}
