import { html } from 'lit';
import type { HassEntity } from 'home-assistant-js-websocket';
import type { PickerOption } from '../ui/multi-picker';

/** What the editor reads of `hass` to offer the user's own domains, areas and entities. The
 * registries (`entities`, `devices`, `areas`) are on `hass` from Home Assistant 2023.4 on. */
export interface HassHome {
  states?: Record<string, HassEntity>;
  entities?: Record<string, { area_id?: string | null; device_id?: string | null }>;
  devices?: Record<string, { area_id?: string | null }>;
  areas?: Record<
    string,
    { area_id: string; name: string; icon?: string | null; aliases?: string[] }
  >;
  localize?: (key: string) => string;
}

const byLabel = (a: PickerOption, b: PickerOption) => a.label.localeCompare(b.label);

// The icons are Home Assistant's own elements, drawn as it draws them (state and device class
// for an entity, the icon set on an area, the integration's icon for a domain); outside Home
// Assistant they stay empty.

/** The domains of the user's entities, named as Home Assistant names their integrations. */
export function domainOptions(hass: HassHome): PickerOption[] {
  const domains = new Set(Object.keys(hass.states ?? {}).map((id) => id.split('.')[0]!));
  return [...domains]
    .map((domain) => {
      const title = hass.localize?.(`component.${domain}.title`);
      return {
        value: domain,
        label: title || domain,
        secondary: title && title !== domain ? domain : undefined,
        icon: html`<ha-domain-icon .hass=${hass} .domain=${domain}></ha-domain-icon>`,
      };
    })
    .sort(byLabel);
}

export function areaOptions(hass: HassHome): PickerOption[] {
  return Object.values(hass.areas ?? {})
    .map((a) => ({
      value: a.area_id,
      label: a.name,
      icon: a.icon ? html`<ha-icon .icon=${a.icon}></ha-icon>` : undefined,
    }))
    .sort(byLabel);
}

/** Finds the area a stored value names: its id, its name or an alias (as the scope matches). */
export function areaNamed(hass: HassHome, value: string): PickerOption | undefined {
  const wanted = value.trim().toLocaleLowerCase();
  const area = Object.values(hass.areas ?? {}).find(
    (a) =>
      a.area_id === value ||
      a.name.toLocaleLowerCase() === wanted ||
      (a.aliases ?? []).some((alias) => alias.toLocaleLowerCase() === wanted),
  );
  return area && areaOptions({ areas: { [area.area_id]: area } })[0];
}

export function entityOptions(hass: HassHome): PickerOption[] {
  const areaName = (entityId: string) => {
    const entry = hass.entities?.[entityId];
    const areaId =
      entry?.area_id ?? (entry?.device_id ? hass.devices?.[entry.device_id]?.area_id : undefined);
    return areaId ? hass.areas?.[areaId]?.name : undefined;
  };
  return Object.values(hass.states ?? {})
    .map((s) => {
      const area = areaName(s.entity_id);
      return {
        value: s.entity_id,
        label: (s.attributes.friendly_name as string | undefined) || s.entity_id,
        secondary: area ? `${s.entity_id} · ${area}` : s.entity_id,
        icon: html`<ha-state-icon .hass=${hass} .stateObj=${s}></ha-state-icon>`,
      };
    })
    .sort(byLabel);
}
