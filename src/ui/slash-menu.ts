import { html } from 'lit';
import { strings } from '../i18n';

/** A quick prompt as the message box offers it behind "/". */
export interface PromptChoice {
  id: string;
  label: string;
  text: string;
}

const folded = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** The quick prompts a message box starting with "/" asks for (its words after "/" in a label
 * or a text, in any order); undefined when the box does not start with "/". */
export function promptsFor(
  prompts: readonly PromptChoice[] | undefined,
  value: string,
): PromptChoice[] | undefined {
  if (!prompts?.length || !value.startsWith('/') || value.includes('\n')) return undefined;
  const words = folded(value.slice(1)).split(/\s+/).filter(Boolean);
  return prompts.filter((p) => {
    const hay = folded(`${p.label} ${p.text}`);
    return words.every((w) => hay.includes(w));
  });
}

export const optionId = (i: number) => `slash-${i}`;

/** The list behind "/": a listbox the message box points into (aria-activedescendant), so the
 * focus stays in the box and the arrows move through it. */
export function slashMenu(
  matches: readonly PromptChoice[],
  active: number,
  pick: (id: string) => void,
) {
  if (!matches.length)
    return html`<p class="slash-none" role="status">${strings.quickPrompts.noMatch}</p>`;
  return html`<ul
    class="slash"
    id="slash-menu"
    role="listbox"
    aria-label=${strings.quickPrompts.title}
  >
    ${matches.map(
      (p, i) =>
        html`<li
          id=${optionId(i)}
          role="option"
          aria-selected=${i === active ? 'true' : 'false'}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => pick(p.id)}
        >
          <span class="label">${p.label}</span>
          <span class="text">${p.text}</span>
        </li>`,
    )}
  </ul>`;
}
