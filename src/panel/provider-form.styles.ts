import { css } from 'lit';
import { formStyles, themeStyles } from '../ui/styles';

/** The look of provider-form.ts. */
export const providerFormStyles = [
  themeStyles,
  formStyles,
  css`
    /* A key is typed as dots, in a field password managers leave alone (a browser profile
       may be shared, and a saved key would then be offered to anyone using it). */
    .secret {
      -webkit-text-security: disc;
      font-family: inherit;
    }
    .chosen {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .model {
      border-top: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
      padding-top: 8px;
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .grow {
      flex: 1;
    }
    .diagnosis {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .diagnosis li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    .mark {
      width: 20px;
      height: 20px;
      flex: none;
      border-radius: 50%;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      font-size: 0.8em;
      color: var(--text-primary-color, #fff);
      background: var(--disabled-text-color, #bdbdbd);
    }
    .ok .mark {
      background: var(--success-color, #4caf50);
    }
    .warn .mark {
      background: var(--warning-color, #ffa600);
    }
    .fail .mark {
      background: var(--error-color, #db4437);
    }
    .skipped {
      color: var(--secondary-text-color);
    }
    .fix {
      margin-top: 2px;
      font-weight: 500;
    }
    .test {
      margin-inline-end: auto;
    }
  `,
];
