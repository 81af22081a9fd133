import { html } from 'lit';
import { icons } from './styles';

/** Icons that point along the line of text, mirrored when it runs right to left. */
const DIRECTIONAL = new Set<string>([
  icons.send,
  icons.back,
  icons.previous,
  icons.next,
  icons.continue,
]);

/** An icon from `icons` (styles.ts), hidden from screen readers: its button carries the name. */
export const icon = (path: string) =>
  html`<svg
    viewBox="0 0 24 24"
    aria-hidden="true"
    class=${DIRECTIONAL.has(path) ? 'directional' : ''}
  >
    <path d=${path}></path>
  </svg>`;
