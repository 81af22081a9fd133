import { css } from 'lit';
import { themeStyles } from '../ui/styles';

/** The look of conversation-list.ts. */
export const conversationListStyles = [
  themeStyles,
  css`
    :host {
      display: block;
    }
    nav {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 8px;
    }
    .head {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-bottom: 8px;
    }
    .new {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 8px 12px;
      border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
      border-radius: 20px;
      background: none;
      color: var(--primary-text-color);
    }
    .new:hover {
      background: rgba(127, 127, 127, 0.1);
    }
    .search {
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 0 10px;
      border-radius: 20px;
      background: var(
        --input-fill-color,
        var(--secondary-background-color, rgba(127, 127, 127, 0.08))
      );
      color: var(--secondary-text-color);
    }
    .search svg {
      width: 20px;
      height: 20px;
      flex: none;
    }
    .search input {
      flex: 1;
      min-width: 0;
      border: none;
      background: none;
      padding: 9px 0;
      font: inherit;
      color: var(--primary-text-color);
    }
    .search input:focus-visible {
      outline: none;
    }
    .search:focus-within {
      outline: 2px solid var(--primary-color, #03a9f4);
    }
    h3 {
      margin: 12px 8px 4px;
      font-size: 0.8em;
      font-weight: 500;
      color: var(--secondary-text-color);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      position: relative;
      display: flex;
      align-items: center;
      border-radius: 8px;
    }
    li:hover,
    li.current {
      background: rgba(127, 127, 127, 0.12);
    }
    li.current {
      background: color-mix(in srgb, var(--primary-color, #03a9f4) 16%, transparent);
    }
    a {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
      padding: 8px;
      color: var(--primary-text-color);
      text-decoration: none;
      border-radius: 8px;
    }
    a:focus-visible {
      outline: 2px solid var(--primary-color, #03a9f4);
      outline-offset: -2px;
    }
    .title,
    .sub {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .sub {
      font-size: 0.85em;
      color: var(--secondary-text-color);
    }
    .more {
      flex: none;
      width: 36px;
      height: 36px;
    }
    .rename {
      flex: 1;
      min-width: 0;
      margin: 4px;
      padding: 6px 8px;
      font: inherit;
      color: var(--primary-text-color);
      background: var(--card-background-color, #fff);
      border: 1px solid var(--primary-color, #03a9f4);
      border-radius: 6px;
    }
    .menu {
      position: absolute;
      top: 100%;
      inset-inline-end: 4px;
      z-index: 3;
      display: flex;
      flex-direction: column;
      min-width: 200px;
      padding: 4px 0;
      border-radius: 8px;
      background: var(--card-background-color, #fff);
      box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
    }
    .menu button {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 10px 16px;
      border: none;
      background: none;
      color: var(--primary-text-color);
      text-align: start;
    }
    .menu button:hover,
    .menu button:focus-visible {
      background: rgba(127, 127, 127, 0.14);
      outline: none;
    }
    .menu svg {
      width: 20px;
      height: 20px;
      color: var(--secondary-text-color);
    }
    .archived-toggle {
      margin-top: 12px;
      padding: 8px;
      border: none;
      background: none;
      color: var(--secondary-text-color);
      text-align: start;
    }
    .muted {
      color: var(--secondary-text-color);
      margin: 8px;
    }
    .error {
      color: var(--error-color, #db4437);
      margin: 8px;
    }
  `,
];
