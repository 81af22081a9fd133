import { css } from 'lit';
import { themeStyles } from './styles';

/** The look of composer.ts. */
export const composerStyles = [
  themeStyles,
  css`
    .attachments {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    .attachments li {
      position: relative;
    }
    .attachments img {
      display: block;
      width: 64px;
      height: 64px;
      object-fit: cover;
      border-radius: 8px;
      border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
    }
    .remove {
      position: absolute;
      inset-block-start: -8px;
      inset-inline-end: -8px;
      width: 24px;
      height: 24px;
      padding: 0;
      border: none;
      border-radius: 50%;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      background: var(--secondary-text-color, #727272);
      color: #fff;
    }
    .remove svg {
      width: 16px;
      height: 16px;
    }
    .problem {
      margin: 0 0 8px;
      font-size: 0.9em;
      color: var(--error-color, #db4437);
    }
    /* Two small buttons side by side, so that the box keeps its room on a phone. */
    .add {
      flex: none;
      display: inline-flex;
      align-self: center;
    }
    .attach {
      width: 36px;
      height: 36px;
    }
    .attach.listening {
      color: var(--error-color, #db4437);
    }
    .camera {
      display: block;
      margin: 0 0 8px;
      max-width: 100%;
      font: inherit;
    }
    form {
      display: flex;
      align-items: flex-end;
      gap: 8px;
    }
    textarea {
      flex: 1;
      min-width: 0;
      resize: none;
      box-sizing: border-box;
      min-height: 44px;
      max-height: 160px;
      padding: 11px 14px;
      border-radius: 22px;
      border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
      background: var(
        --input-fill-color,
        var(--secondary-background-color, rgba(127, 127, 127, 0.08))
      );
      color: var(--primary-text-color);
      font: inherit;
      line-height: 20px;
    }
    textarea::placeholder {
      color: var(--secondary-text-color);
    }
    .action {
      flex: none;
      width: 44px;
      height: 44px;
      border: none;
      border-radius: 50%;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      background: var(--oacc-accent-fill);
      color: #fff;
    }
    .action:disabled {
      opacity: 0.4;
      cursor: default;
    }
    .action.stop {
      background: var(--secondary-text-color, #727272);
    }
    /* The quick prompts behind "/": the one the arrows are on is marked. */
    .slash {
      list-style: none;
      margin: 0 0 6px;
      padding: 4px;
      border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
      border-radius: 12px;
      background: var(--card-background-color, #fff);
      max-height: 220px;
      overflow-y: auto;
    }
    .slash li {
      display: flex;
      flex-direction: column;
      padding: 6px 10px;
      border-radius: 8px;
      cursor: pointer;
    }
    .slash li[aria-selected='true'] {
      background: color-mix(in srgb, var(--primary-color, #03a9f4) 16%, transparent);
    }
    .slash .label {
      font-weight: 500;
    }
    .slash .text {
      font-size: 0.85em;
      color: var(--oacc-muted);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .slash-none {
      margin: 0 0 6px;
      font-size: 0.9em;
      color: var(--oacc-muted);
    }
  `,
];
