import { html, nothing } from 'lit';
import { ListPage } from './list-page';
import { builtInPersonas, personasOf } from '../chat/personas';
import type { Persona } from '../schema/personas';
import { removeFrom, upsertIn } from '../schema/settings-edits';
import type { Settings } from '../schema/settings';
import { strings } from '../i18n';

const t = () => strings.personasPage;
const SEP = '\u0000';

const field = (form: HTMLFormElement, name: string) =>
  (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';

/** Settings → Personas: a name, an icon, a system prompt, a model, tools and the domains it may
 * see; the built-in ones until the first change. */
export class OaccPersonasPage extends ListPage<Persona> {
  protected readonly key = 'personas';
  protected heading = () => t().title;
  protected intro = () => t().intro;
  protected builtInNote = () => t().builtIn;
  protected addLabel = () => t().add;
  protected nameOf = (p: Persona) => p.name;

  protected items(settings: Settings) {
    return { items: personasOf(settings), builtIn: !settings.personas };
  }

  protected blank(id: string): Persona {
    return { id, name: '', prompt: '' };
  }

  protected describe(p: Persona) {
    const model = p.model_id ? `${p.model_id}` : t().modelDefault;
    const domains = p.scope?.domains?.join(', ');
    return html`<strong>${p.icon ? `${p.icon} ` : ''}${p.name}</strong>
      <span class="detail"
        >${model}${domains ? ` · ${domains}` : ''}${p.tools === false ? ` · ${strings.list.none}` : ''}</span
      >`;
  }

  protected form(p: Persona) {
    const s = this.settings;
    const current = p.provider_id ? `${p.provider_id}${SEP}${p.model_id ?? ''}` : '';
    return html`<div class="row">
        <label>${t().name}<input name="name" required .value=${p.name} /></label>
        <label>${t().icon}<input name="icon" maxlength="8" .value=${p.icon ?? ''} /></label>
      </div>
      <label>${t().prompt}<textarea name="prompt" rows="4" .value=${p.prompt}></textarea></label>
      <label
        >${t().model}
        <select name="model">
          <option value="" ?selected=${!current}>${t().modelDefault}</option>
          ${(s?.providers ?? []).flatMap((provider) =>
            provider.models.map((m) => {
              const value = `${provider.id}${SEP}${m.model_id}`;
              return html`<option value=${value} ?selected=${value === current}>
                ${provider.name} — ${m.display_name ?? m.model_id}
              </option>`;
            }),
          )}
        </select>
      </label>
      <label class="check"
        ><input name="tools" type="checkbox" .checked=${p.tools !== false} />${t().tools}</label
      >
      <label
        >${t().domains}<input name="domains" .value=${p.scope?.domains?.join(', ') ?? ''}
      /></label>
      ${nothing}`;
  }

  protected read(form: HTMLFormElement, p: Persona): Persona | undefined {
    const name = field(form, 'name');
    if (!name) return this.refuse(t().name);
    const [provider_id, model_id] = field(form, 'model').split(SEP);
    const domains = field(form, 'domains')
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean);
    const tools = (form.elements.namedItem('tools') as HTMLInputElement).checked;
    const icon = field(form, 'icon');
    const { provider_id: _p, model_id: _m, tools: _t, scope: _s, icon: _i, ...rest } = p;
    return {
      ...rest,
      name,
      prompt: (form.elements.namedItem('prompt') as HTMLTextAreaElement).value,
      ...(icon ? { icon } : {}),
      ...(provider_id ? { provider_id, model_id: model_id || undefined } : {}),
      ...(tools ? {} : { tools: false }),
      ...(domains.length ? { scope: { ...p.scope, domains } } : {}),
    };
  }

  protected saving = (p: Persona) => upsertIn('personas', p, builtInPersonas);
  protected removal = (id: string) => removeFrom('personas', id, builtInPersonas);
}

declare global {
  interface HTMLElementTagNameMap {
    'oacc-personas-page': OaccPersonasPage;
  }
}
