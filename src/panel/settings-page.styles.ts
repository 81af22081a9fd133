import { css } from 'lit';

/** The settings page's own look (the sections' comes from ui/styles.ts). */
export const settingsPageStyles = css`
  .page {
    display: flex;
    flex-direction: column;
    gap: 16px;
    max-width: 760px;
    margin: 0 auto;
    padding: 16px;
    box-sizing: border-box;
  }
  .providers {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .provider {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding-bottom: 8px;
    border-bottom: 1px solid var(--divider-color, rgba(127, 127, 127, 0.2));
  }
  .grow {
    flex: 1;
    min-width: 200px;
    overflow-wrap: anywhere;
  }
  .badge {
    font-size: 0.8em;
    padding: 2px 8px;
    border-radius: 10px;
    background: var(--oacc-accent-fill);
    color: #fff;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .danger {
    background: var(--error-color, #db4437);
  }
`;
