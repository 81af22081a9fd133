import { css, html } from 'lit';
import { LocalizedElement } from './localized';
import { themeStyles } from './styles';
import { strings } from '../i18n';

/** Says the card was updated under this open page (a chunk of the old build is gone): stands in
 * for the editor Home Assistant asked for, which only a reload can bring. */
export class OaccOutdated extends LocalizedElement {
  /** Home Assistant's editor contract: there is nothing to edit here. */
  setConfig(): void {}

  protected override render() {
    return html`<p role="alert">${strings.outdated}</p>`;
  }

  static override styles = [
    themeStyles,
    css`
      p {
        margin: 0;
        padding: 8px 16px;
        border-radius: 8px;
        background: color-mix(
          in srgb,
          var(--warning-color, #ffa600) 25%,
          var(--card-background-color, #fff)
        );
      }
    `,
  ];
}
