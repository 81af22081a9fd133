import { css } from 'lit';
import { themeStyles } from './styles';

/** The look of chat-message.ts. */
export const chatMessageStyles = [
  themeStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .bubble {
      max-width: min(85%, 720px);
      padding: 8px 12px;
      border-radius: 16px;
      box-sizing: border-box;
      min-width: 0;
    }
    .pictures {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin-block-end: 6px;
    }
    .pictures img {
      display: block;
      max-width: 160px;
      max-height: 160px;
      border-radius: 8px;
    }
    .user {
      align-self: flex-end;
      background: color-mix(
        in srgb,
        var(--primary-color, #03a9f4) 20%,
        var(--card-background-color, #fff)
      );
      border-end-end-radius: 4px;
    }
    .assistant {
      align-self: flex-start;
      background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
      border-end-start-radius: 4px;
    }
    .plain {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 6px;
      min-height: 28px;
      font-size: 0.8em;
      color: var(--oacc-muted, var(--secondary-text-color));
    }
    .user + .meta {
      align-self: flex-end;
      flex-direction: row-reverse;
    }
    .actions {
      display: inline-flex;
      transition: opacity 0.15s;
    }
    /* With a mouse, the actions of earlier messages show on hover (their place is kept). */
    @media (hover: hover) {
      :host(:not([last])) .actions {
        opacity: 0;
      }
      :host(:hover) .actions,
      .actions:focus-within {
        opacity: 1;
      }
    }
    .icon-button.small {
      width: 28px;
      height: 28px;
    }
    .icon-button.small svg {
      width: 18px;
      height: 18px;
    }
    .icon-button:disabled {
      opacity: 0.35;
      cursor: default;
    }
    .variants {
      display: inline-flex;
      align-items: center;
      font-variant-numeric: tabular-nums;
    }
    .usage {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .model {
      max-width: 16em;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .unsaved {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--primary-text-color);
    }
    .unsaved svg {
      width: 16px;
      height: 16px;
      color: var(--warning-color, #ffa600);
    }
    .editor {
      display: flex;
      flex-direction: column;
      gap: 6px;
      min-width: min(480px, 70vw);
    }
    .editor textarea {
      font: inherit;
      color: var(--primary-text-color);
      background: var(--card-background-color, #fff);
      border: none;
      border-radius: 8px;
      padding: 8px;
      resize: vertical;
    }
    .editor-actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
    .editor-actions .text {
      border: none;
      background: none;
      color: inherit;
      padding: 6px 10px;
      border-radius: 6px;
    }
    .editor-actions .strong {
      font-weight: 600;
      background: rgba(255, 255, 255, 0.2);
    }
    details {
      margin: 4px 0;
      color: var(--oacc-muted, var(--secondary-text-color));
    }
    summary {
      cursor: pointer;
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .reasoning-text {
      white-space: pre-wrap;
      font-size: 0.9em;
      border-inline-start: 2px solid var(--divider-color, rgba(127, 127, 127, 0.4));
      padding-inline-start: 8px;
      margin-top: 4px;
    }
    .note {
      margin-top: 4px;
      font-size: 0.85em;
      font-style: italic;
      color: var(--oacc-muted, var(--secondary-text-color));
    }
    .dots {
      display: inline-flex;
      gap: 4px;
      padding: 6px 0;
    }
    .dots i {
      width: 6px;
      height: 6px;
      border-radius: 50%;
      background: currentColor;
      opacity: 0.4;
      animation: blink 1.2s infinite;
    }
    .dots i:nth-child(2) {
      animation-delay: 0.2s;
    }
    .dots i:nth-child(3) {
      animation-delay: 0.4s;
    }
    @keyframes blink {
      50% {
        opacity: 1;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .dots i {
        animation: none;
      }
      .actions {
        transition: none;
      }
    }
  `,
];
