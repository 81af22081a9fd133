import { css } from 'lit';

/** Shared look: Home Assistant's theme variables, with fallbacks for a page without a theme. */
export const themeStyles = css`
  :host {
    color: var(--primary-text-color, #212121);
    font-family: var(
      --ha-font-family-body,
      var(--mdc-typography-font-family, Roboto, Noto, sans-serif)
    );
    font-size: var(--ha-font-size-m, 14px);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  textarea:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: none;
    color: var(--secondary-text-color, #727272);
  }
  .icon-button:hover {
    background: rgba(127, 127, 127, 0.12);
  }
  svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }
`;

/** Forms: the card editor and the settings pages, plain elements in Home Assistant's colours. */
export const formStyles = css`
  .form {
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  fieldset {
    border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
    border-radius: 8px;
    padding: 8px 12px 12px;
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  legend {
    padding: 0 4px;
    color: var(--secondary-text-color);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 4px;
    color: var(--secondary-text-color);
    font-size: 0.9em;
    flex: 1;
    min-width: 0;
  }
  label.check {
    flex: none;
    flex-direction: row;
    align-items: center;
    color: var(--primary-text-color);
    font-size: 1em;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    font-size: 1rem;
    color: var(--primary-text-color);
    background: var(
      --input-fill-color,
      var(--secondary-background-color, rgba(127, 127, 127, 0.08))
    );
    border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
    border-radius: 6px;
    padding: 8px;
    min-width: 0;
  }
  .row {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
    align-items: flex-end;
  }
  .row.end {
    justify-content: flex-end;
  }
  .models {
    max-height: 200px;
    overflow-y: auto;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .text-button,
  .filled {
    align-self: flex-start;
    border: none;
    border-radius: 6px;
    padding: 8px 12px;
    font-weight: 500;
    background: none;
    color: var(--primary-color);
  }
  .filled {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .error {
    color: var(--error-color, #db4437);
    margin: 0;
  }
  .muted {
    color: var(--secondary-text-color);
    margin: 0;
  }
`;

/** Material Design icon paths (Pictogrammers, Apache 2.0), inlined to keep the bundle alone. */
export const icons = {
  send: 'M2,21L23,12L2,3V10L17,12L2,14V21Z',
  stop: 'M18,18H6V6H18V18Z',
  delete: 'M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z',
  alert:
    'M13,13H11V7H13M13,17H11V15H13M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2Z',
  close:
    'M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z',
  menu: 'M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z',
  back: 'M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z',
  settings:
    'M12,15.5A3.5,3.5 0 0,1 8.5,12A3.5,3.5 0 0,1 12,8.5A3.5,3.5 0 0,1 15.5,12A3.5,3.5 0 0,1 12,15.5M19.43,12.97C19.47,12.65 19.5,12.33 19.5,12C19.5,11.67 19.47,11.34 19.43,11L21.54,9.37C21.73,9.22 21.78,8.95 21.66,8.73L19.66,5.27C19.54,5.05 19.27,4.96 19.05,5.05L16.56,6.05C16.04,5.66 15.5,5.32 14.87,5.07L14.5,2.42C14.46,2.18 14.25,2 14,2H10C9.75,2 9.54,2.18 9.5,2.42L9.13,5.07C8.5,5.32 7.96,5.66 7.44,6.05L4.95,5.05C4.73,4.96 4.46,5.05 4.34,5.27L2.34,8.73C2.21,8.95 2.27,9.22 2.46,9.37L4.57,11C4.53,11.34 4.5,11.67 4.5,12C4.5,12.33 4.53,12.65 4.57,12.97L2.46,14.63C2.27,14.78 2.21,15.05 2.34,15.27L4.34,18.73C4.46,18.95 4.73,19.03 4.95,18.95L7.44,17.94C7.96,18.34 8.5,18.68 9.13,18.93L9.5,21.58C9.54,21.82 9.75,22 10,22H14C14.25,22 14.46,21.82 14.5,21.58L14.87,18.93C15.5,18.67 16.04,18.34 16.56,17.94L19.05,18.95C19.27,19.03 19.54,18.95 19.66,18.73L21.66,15.27C21.78,15.05 21.73,14.78 21.54,14.63L19.43,12.97Z',
  tool: 'M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z',
} as const;
