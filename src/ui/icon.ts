import { html } from 'lit';

/** An icon from `icons` (styles.ts), hidden from screen readers: its button carries the name. */
export const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;
