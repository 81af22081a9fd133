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
  tool: 'M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z',
} as const;
