import { LitElement, type ReactiveController } from 'lit';
import { onLanguageChange, rightToLeft } from '../i18n';

/** Re-renders its element when the user's language changes, and sets its direction (Hebrew
 * reads right to left; Home Assistant sets the page's direction too, this covers a card shown
 * elsewhere). */
export class LanguageController implements ReactiveController {
  private off: (() => void) | undefined;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.off = onLanguageChange(() => {
      this.direction();
      this.host.requestUpdate();
    });
    this.direction();
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = undefined;
  }

  private direction(): void {
    if (rightToLeft()) this.host.setAttribute('dir', 'rtl');
    else if (this.host.getAttribute('dir') === 'rtl') this.host.removeAttribute('dir');
  }
}

/** A Lit element that speaks the user's language. */
export class LocalizedElement extends LitElement {
  constructor() {
    super();
    new LanguageController(this);
  }
}
