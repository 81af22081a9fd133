import { html } from 'lit';
import { ListPage } from './list-page';
import { builtInPrompts, personasOf, promptsOf } from '../chat/personas';
import type { QuickPrompt } from '../schema/personas';
import { removeFrom, upsertIn } from '../schema/settings-edits';
import type { Settings } from '../schema/settings';
import { strings } from '../i18n';

const t = () => strings.quickPromptsPage;

const field = (form: HTMLFormElement, name: string) =>
  (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';

/** Settings → Quick prompts: a label, the text sent (a template may be in it), the persona of a
 * conversation it starts, or a script it runs instead; the built-in ones until the first
 * change. */
export class OaccPromptsPage extends ListPage<QuickPrompt> {
  protected readonly key = 'quick-prompts';
  protected heading = () => t().title;
  protected intro = () => t().intro;
  protected builtInNote = () => t().builtIn;
  protected addLabel = () => t().add;
  protected nameOf = (p: QuickPrompt) => p.label;

  protected items(settings: Settings) {
    return { items: promptsOf(settings), builtIn: !settings.quick_prompts };
  }

  protected blank(id: string): QuickPrompt {
    return { id, label: '', text: '' };
  }

  protected describe(p: QuickPrompt) {
    return html`<strong>${p.label}</strong> <span class="detail">${p.script ?? p.text}</span>`;
  }

  protected form(p: QuickPrompt) {
    return html`<label>${t().label}<input name="label" required .value=${p.label} /></label>
      <label>${t().text}<textarea name="text" rows="3" .value=${p.text}></textarea></label>
      <label
        >${t().persona}
        <select name="persona">
          <option value="" ?selected=${!p.persona_id}>${strings.list.none}</option>
          ${personasOf(this.settings).map(
            (persona) =>
              html`<option value=${persona.id} ?selected=${persona.id === p.persona_id}>
                ${persona.name}
              </option>`,
          )}
        </select>
      </label>
      <label
        >${t().script}<input name="script" placeholder="script.good_night" .value=${p.script ?? ''}
      /></label>`;
  }

  protected read(form: HTMLFormElement, p: QuickPrompt): QuickPrompt | undefined {
    const label = field(form, 'label');
    const script = field(form, 'script');
    if (!label) return this.refuse(t().label);
    if (script && !/^script\.[a-z0-9_]+$/.test(script)) return this.refuse(t().script);
    const persona = field(form, 'persona');
    const { persona_id: _p, script: _s, ...rest } = p;
    return {
      ...rest,
      label,
      text: (form.elements.namedItem('text') as HTMLTextAreaElement).value.trim(),
      ...(persona ? { persona_id: persona } : {}),
      ...(script ? { script } : {}),
    };
  }

  protected saving = (p: QuickPrompt) => upsertIn('quick_prompts', p, builtInPrompts);
  protected removal = (id: string) => removeFrom('quick_prompts', id, builtInPrompts);
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-prompts-page': OaccPromptsPage;
  }
}
