import { html } from 'lit';
import { personasOf, promptsOf } from '../chat/personas';
import type { CardConfig } from '../schema/card-config';
import type { Settings } from '../schema/settings';
import { strings } from '../i18n';

/** The card editor's persona (its conversations take it) and the quick prompts it shows as
 * chips (ticked in the order they are listed in the settings). */
export function personaAndChips(
  current: () => CardConfig,
  settings: Settings,
  change: (patch: Partial<CardConfig>) => void,
) {
  const t = strings.editor;
  const config = current();
  const chosen = new Set(config.quick_prompts ?? []);
  const prompts = promptsOf(settings);
  const toggle = (id: string, on: boolean) => {
    // The config as it is now (another tick may have changed it since this was drawn).
    const now = new Set(current().quick_prompts ?? []);
    const ids = prompts.map((p) => p.id).filter((p) => (p === id ? on : now.has(p)));
    change({ quick_prompts: ids.length ? ids : undefined });
  };
  return html`<label
      >${t.persona}
      <select
        @change=${(e: Event) =>
          change({ persona_id: (e.target as HTMLSelectElement).value || undefined })}
      >
        <option value="" ?selected=${!config.persona_id}>${t.personaNone}</option>
        ${personasOf(settings).map(
          (p) =>
            html`<option value=${p.id} ?selected=${p.id === config.persona_id}>
              ${p.icon ? `${p.icon} ${p.name}` : p.name}
            </option>`,
        )}
      </select>
    </label>
    <fieldset>
      <legend>${t.chips}</legend>
      ${prompts.map(
        (p) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${chosen.has(p.id)}
              @change=${(e: Event) => toggle(p.id, (e.target as HTMLInputElement).checked)}
            />${p.label}</label
          >`,
      )}
    </fieldset>`;
}
