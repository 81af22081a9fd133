import { css } from 'lit';
import { themeStyles } from '../ui/styles';

/** The look of conversation-panel.ts. */
export const conversationPanelStyles = [
  themeStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      /* The shell around it has the whole height beside the sidebar. */
      height: 100%;
      background: var(--primary-background-color, #fafafa);
    }
    .toolbar {
      display: flex;
      align-items: center;
      gap: 8px;
      height: var(--header-height, 56px);
      padding: 0 12px;
      box-sizing: border-box;
      background: var(
        --oacc-header-background,
        var(--app-header-background-color, var(--primary-color))
      );
      color: var(--app-header-text-color, var(--text-primary-color, #fff));
      border-bottom: var(--app-header-border-bottom, none);
    }
    .toolbar .icon-button {
      color: inherit;
    }
    h1 {
      margin: 0;
      font-size: 20px;
      font-weight: 400;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .grow {
      flex: 1;
      min-width: 0;
    }
    select.model {
      max-width: 40%;
      padding: 6px 8px;
      border-radius: 6px;
      border: 1px solid currentColor;
      background: transparent;
      color: inherit;
      font: inherit;
    }
    select.model option,
    select.model optgroup {
      color: var(--primary-text-color, #212121);
      background: var(--card-background-color, #fff);
    }
    .scroll {
      flex: 1;
      min-height: 0;
      overflow-y: auto;
    }
    .body {
      flex: 1;
      min-height: 0;
      display: flex;
      position: relative;
    }
    aside {
      flex: none;
      width: 300px;
      overflow-y: auto;
      border-inline-end: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
      background: var(--card-background-color, #fff);
    }
    .drawer {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
      z-index: 5;
      width: min(320px, 85vw);
      box-shadow: 0 0 24px rgba(0, 0, 0, 0.3);
    }
    .scrim {
      position: absolute;
      inset: 0;
      z-index: 4;
      background: rgba(0, 0, 0, 0.35);
    }
    [hidden] {
      display: none !important;
    }
    .usage {
      font-size: 0.875rem;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    main {
      flex: 1;
      min-width: 0;
      min-height: 0;
      display: flex;
      justify-content: center;
      padding: 12px;
    }
    oacc-chat-view {
      width: 100%;
      max-width: 900px;
    }
    .outdated {
      margin: 0;
      padding: 8px 16px;
      background: color-mix(
        in srgb,
        var(--warning-color, #ffa600) 25%,
        var(--card-background-color, #fff)
      );
    }
    /* Under the header: Home Assistant's own toasts take the bottom of the screen (one
       that stays, such as "starting", would cover Undo there). */
    .snackbar {
      position: fixed;
      top: calc(var(--header-height, 56px) + 8px);
      left: 50%;
      transform: translateX(-50%);
      z-index: 6;
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 6px 8px 6px 16px;
      border-radius: 8px;
      background: var(--inverse-surface-color, #323232);
      color: var(--inverse-on-surface-color, #f1f1f1);
      box-shadow: 0 4px 12px rgba(0, 0, 0, 0.3);
    }
    .snackbar .text-button {
      border: none;
      background: none;
      color: var(--inverse-primary-color, #80d8ff);
      font-weight: 600;
      padding: 8px;
    }
  `,
];
