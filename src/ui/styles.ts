import { css } from 'lit';
import {
  mdiAlertCircle,
  mdiVolumeHigh,
  mdiMicrophone,
  mdiArchiveArrowDown,
  mdiArchiveArrowUp,
  mdiArrowLeft,
  mdiBookmarkOffOutline,
  mdiBookmarkOutline,
  mdiCctv,
  mdiCheck,
  mdiChevronLeft,
  mdiChevronRight,
  mdiClose,
  mdiCloudAlertOutline,
  mdiCog,
  mdiContentCopy,
  mdiDeleteOutline,
  mdiDotsVertical,
  mdiDownload,
  mdiForumOutline,
  mdiImagePlus,
  mdiMagnify,
  mdiMenu,
  mdiOpenInNew,
  mdiPencil,
  mdiPlayOutline,
  mdiPlus,
  mdiRefresh,
  mdiSend,
  mdiStop,
  mdiUpload,
  mdiWrench,
} from '@mdi/js';

/** Shared look: Home Assistant's theme variables, with fallbacks for a page without a theme. */
export const themeStyles = css`
  :host {
    color: var(--primary-text-color, #212121);
    /* Home Assistant's primary colour is too light for text on a light card (2.6:1 for the
       default #03a9f4) and white on it is as faint: text takes it mixed with the text colour,
       which reads 4.5:1 or better in light and dark themes, on tinted backgrounds too; filled
       buttons darken it. Secondary text on a bubble or a tint (#727272 on #e5e5e5 is 3.8:1)
       takes some of the text colour. */
    --oacc-accent: color-mix(
      in srgb,
      var(--primary-color, #03a9f4) 50%,
      var(--primary-text-color, #212121)
    );
    --oacc-muted: color-mix(
      in srgb,
      var(--secondary-text-color, #727272) 65%,
      var(--primary-text-color, #212121)
    );
    --oacc-accent-fill: color-mix(in srgb, var(--primary-color, #03a9f4) 60%, #000);
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
  svg.directional:dir(rtl) {
    transform: scaleX(-1);
  }
`;

/** Forms: the card editor and the settings pages, plain elements in Home Assistant's colours. */
/** A choice to make in the conversation (Approve and Deny, Save and Discard): the one that
 * acts filled, the other outlined. */
export const pillButtons = css`
  .pill {
    font: inherit;
    padding: 6px 14px;
    border-radius: 18px;
    cursor: pointer;
    border: 1px solid var(--oacc-accent-fill);
    min-height: 36px;
    background: transparent;
    color: var(--oacc-accent);
  }
  .pill.yes {
    background: var(--oacc-accent-fill);
    color: #fff;
  }
  .pill:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
`;

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
    color: var(--oacc-accent);
  }
  .filled {
    background: var(--oacc-accent-fill);
    color: #fff;
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

/** The settings pages: a card per section, and a file picker that looks like a text button. */
export const settingsStyles = css`
  .card {
    background: var(--card-background-color, #fff);
    border-radius: var(--ha-card-border-radius, 12px);
    border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
    padding: 16px;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  h2 {
    margin: 0;
    font-size: 1.2em;
    font-weight: 500;
  }
  .file {
    position: relative;
    cursor: pointer;
    flex: none;
    flex-direction: row;
    font-size: inherit;
    color: var(--oacc-accent);
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    cursor: pointer;
  }
`;

/** Material Design Icons, as Home Assistant uses them (@mdi/js: each import is one path). */
export const icons = {
  send: mdiSend,
  stop: mdiStop,
  delete: mdiDeleteOutline,
  alert: mdiAlertCircle,
  close: mdiClose,
  menu: mdiMenu,
  back: mdiArrowLeft,
  settings: mdiCog,
  tool: mdiWrench,
  copy: mdiContentCopy,
  check: mdiCheck,
  regenerate: mdiRefresh,
  edit: mdiPencil,
  previous: mdiChevronLeft,
  next: mdiChevronRight,
  continue: mdiPlayOutline,
  add: mdiPlus,
  search: mdiMagnify,
  more: mdiDotsVertical,
  openInPanel: mdiOpenInNew,
  archive: mdiArchiveArrowDown,
  unarchive: mdiArchiveArrowUp,
  conversations: mdiForumOutline,
  download: mdiDownload,
  upload: mdiUpload,
  notSaved: mdiCloudAlertOutline,
  image: mdiImagePlus,
  camera: mdiCctv,
  readAloud: mdiVolumeHigh,
  speak: mdiMicrophone,
  memory: mdiBookmarkOutline,
  memoryOff: mdiBookmarkOffOutline,
} as const;
