import { type TemplateResult, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizedElement } from './localized';
import { fire } from './events';
import { icon } from './icon';
import { formStyles, icons, themeStyles } from './styles';
import { strings } from '../i18n';
import '../i18n/pages'; // the pages' words, which stay out of the first load

/** One choice: what is stored (`value`), what is shown, and what else a search may match. */
export interface PickerOption {
  value: string;
  label: string;
  /** A second line: an entity id, an area. */
  secondary?: string | undefined;
  /** Drawn before the label (Home Assistant's own icon elements where the page has them). */
  icon?: TemplateResult | undefined;
}

/** At most this many matches are drawn; typing narrows the rest. */
const SHOWN = 50;

let nextId = 0;

/**
 * `oacc-multi-picker`: several values chosen from a searchable list, shown as chips. The ARIA
 * combobox pattern with a list box, opened by typing, a click or the arrows: arrows move, Enter
 * takes, Escape closes, Backspace in an empty box removes the last chip. Values the list does
 * not know (typed in YAML) stay, shown as they are; with `allowCustom` a typed value can be
 * added. Fires `oacc-picker-change` ({value}).
 */
export class OaccMultiPicker extends LocalizedElement {
  @property() label = '';
  @property() placeholder = '';
  @property({ attribute: false }) options: readonly PickerOption[] = [];
  @property({ attribute: false }) value: readonly string[] = [];
  /** Resolves a stored value to its option when it is not an option's value (an area's name). */
  @property({ attribute: false }) resolve:
    ((value: string) => PickerOption | undefined) | undefined;
  @property({ type: Boolean }) disabled = false;
  @property({ type: Boolean, attribute: 'allow-custom' }) allowCustom = false;

  @state() private search = '';
  @state() private open = false;
  @state() private active = 0;

  private readonly uid = `oacc-picker-${nextId++}`;

  /** The options matching every word typed, those already chosen left out. */
  private matching(): PickerOption[] {
    // A stored value may name an option otherwise (an area by its name): that one is taken too.
    const chosen = new Set(this.value.flatMap((v) => [v, this.resolve?.(v)?.value ?? v]));
    const words = this.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return this.options.filter(
      (o) =>
        !chosen.has(o.value) &&
        words.every((w) =>
          `${o.label}\n${o.value}\n${o.secondary ?? ''}`.toLocaleLowerCase().includes(w),
        ),
    );
  }

  /** What the list shows: the first matches; where nothing matches, the typed text itself if that
   * may be added. */
  private shown(): { options: PickerOption[]; more: boolean } {
    const all = this.matching();
    const options = all.slice(0, SHOWN);
    const typed = this.search.trim();
    if (
      this.allowCustom &&
      typed &&
      all.length === 0 &&
      !this.value.includes(typed) &&
      !this.options.some((o) => o.value === typed)
    ) {
      options.push({ value: typed, label: strings.picker.add(typed) });
    }
    return { options, more: all.length > SHOWN };
  }

  private option(value: string): PickerOption {
    return (
      this.options.find((o) => o.value === value) ??
      this.resolve?.(value) ?? { value, label: value }
    );
  }

  protected override render() {
    const { options, more } = this.open ? this.shown() : { options: [], more: false };
    const active = Math.min(this.active, options.length - 1);
    const optionId = (i: number) => `${this.uid}-${i}`;
    return html`<div class="picker">
      <label for=${`${this.uid}-input`}>${this.label}</label>
      ${
        this.value.length
          ? html`<ul class="chips" aria-label=${this.label}>
              ${repeat(
                this.value,
                (v) => v,
                (v) => {
                  const o = this.option(v);
                  return html`<li class="chip" title=${o.secondary ?? o.value}>
                    ${o.icon ? html`<span class="icon">${o.icon}</span>` : nothing}
                    <span class="chip-label">${o.label}</span>
                    <button
                      class="remove"
                      aria-label=${strings.picker.remove(o.label)}
                      ?disabled=${this.disabled}
                      @click=${() => this.drop(v)}
                    >
                      ${icon(icons.close)}
                    </button>
                  </li>`;
                },
              )}
            </ul>`
          : nothing
      }
      <input
        id=${`${this.uid}-input`}
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${`${this.uid}-list`}
        aria-activedescendant=${this.open && active >= 0 ? optionId(active) : nothing}
        placeholder=${this.placeholder}
        .value=${this.search}
        ?disabled=${this.disabled}
        @input=${(e: Event) => {
          this.search = (e.target as HTMLInputElement).value;
          this.open = true;
          this.active = 0;
        }}
        @click=${() => (this.open = true)}
        @blur=${() => (this.open = false)}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, options, active)}
      />
      <ul
        id=${`${this.uid}-list`}
        role="listbox"
        aria-label=${this.label}
        ?hidden=${!this.open || options.length === 0}
      >
        ${options.map(
          (o, i) =>
            html`<li
              id=${optionId(i)}
              role="option"
              aria-selected=${i === active ? 'true' : 'false'}
              class=${i === active ? 'active' : ''}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.take(o.value)}
            >
              ${o.icon ? html`<span class="icon">${o.icon}</span>` : nothing}
              <span class="text"
                ><span>${o.label}</span>${
                  o.secondary ? html`<span class="secondary">${o.secondary}</span>` : nothing
                }</span
              >
            </li>`,
        )}
      </ul>
      ${
        this.open && (more || options.length === 0)
          ? html`<p class="note">${more ? strings.picker.more : strings.picker.noMatch}</p>`
          : nothing
      }
    </div>`;
  }

  private onKeyDown(e: KeyboardEvent, options: PickerOption[], active: number): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.open) {
        this.open = true;
        return;
      }
      const n = options.length;
      if (n) this.active = (active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
    } else if (e.key === 'Enter' && this.open) {
      // Takes the option, and stops there: Home Assistant 2025.1's editor dialog saves the card
      // on an Enter that reaches it.
      e.preventDefault();
      e.stopPropagation();
      const o = options[active];
      if (o) this.take(o.value);
    } else if (e.key === 'Escape' && this.open) {
      // Closes the list, not the dialog around the editor.
      e.preventDefault();
      e.stopPropagation();
      this.open = false;
    } else if (e.key === 'Backspace' && !this.search && this.value.length) {
      this.drop(this.value.at(-1)!);
    }
  }

  private take(value: string): void {
    this.search = '';
    this.active = 0;
    this.change([...this.value, value]);
    this.renderRoot.querySelector('input')?.focus();
  }

  private drop(value: string): void {
    this.change(this.value.filter((v) => v !== value));
    this.renderRoot.querySelector('input')?.focus();
  }

  private change(value: string[]): void {
    this.value = value;
    fire(this, 'oacc-picker-change', { value });
  }

  static override styles = [
    themeStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .picker {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      label {
        flex: none;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        min-height: 32px;
        padding-inline: 10px 2px;
        border-radius: 16px;
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.08));
        max-width: 100%;
        box-sizing: border-box;
      }
      .chip-label {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .remove {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 28px;
        height: 28px;
        padding: 0;
        border: none;
        border-radius: 50%;
        background: none;
        color: var(--secondary-text-color);
      }
      .remove svg {
        width: 18px;
        height: 18px;
      }
      .icon {
        display: inline-flex;
        color: var(--state-icon-color, var(--secondary-text-color));
        --mdc-icon-size: 20px;
      }
      .icon svg {
        width: 20px;
        height: 20px;
      }
      /* In the flow, under the box: a list laid over the page would be cut off at the bottom of
         the editor's dialog. */
      [role='listbox'] {
        max-height: 240px;
        overflow-y: auto;
        margin: 0;
        padding: 4px 0;
        list-style: none;
        background: var(--card-background-color, #fff);
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        border-radius: 8px;
      }
      [role='listbox'][hidden] {
        display: none;
      }
      [role='option'] {
        display: flex;
        align-items: center;
        gap: 10px;
        padding: 6px 12px;
        cursor: pointer;
        color: var(--primary-text-color);
      }
      [role='option'].active {
        background: color-mix(in srgb, var(--primary-color, #03a9f4) 16%, transparent);
      }
      .text {
        display: flex;
        flex-direction: column;
        min-width: 0;
      }
      .secondary {
        font-size: 0.85em;
        color: var(--oacc-muted);
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .note {
        margin: 0;
        padding: 2px 4px;
        color: var(--secondary-text-color);
        font-size: 0.9em;
      }
    `,
  ];
}
