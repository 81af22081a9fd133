import type { HassEntity } from 'home-assistant-js-websocket';
import { FakeConnection } from './fake-connection';

type Message = { type: string; [key: string]: unknown };

export interface FakeEntity {
  entity_id: string;
  state: string;
  attributes?: Record<string, unknown>;
  /** Registry entry; absent for entities without a unique ID. */
  registry?: {
    area_id?: string | null;
    device_id?: string | null;
    entity_category?: string | null;
    hidden_by?: string | null;
    should_expose?: boolean;
  };
  /** Outside the registry: the setting in the admins-only exposure store. */
  legacyExposed?: boolean;
}

const state = (e: FakeEntity): HassEntity => ({
  entity_id: e.entity_id,
  state: e.state,
  attributes: { friendly_name: e.entity_id, ...e.attributes },
  last_changed: '2026-11-24T10:00:00+00:00',
  last_updated: '2026-11-24T10:00:00+00:00',
  context: { id: 'c', parent_id: null, user_id: null },
});

/**
 * A Home Assistant house over the websocket, answering the commands the tools use as Home
 * Assistant 2026.11 does (shapes read from its source): states, the entity, device and area
 * registries, the admin-only exposure commands (`unauthorized` for other users), services and
 * service calls (which change states as the demo integration does), history.
 */
export class FakeHome extends FakeConnection {
  readonly entities = new Map<string, FakeEntity>();
  readonly calls: Message[] = [];
  admin = true;
  exposeNew = true;
  services: Record<string, Record<string, { response?: { optional: boolean } }>> = {
    light: { turn_on: {}, turn_off: {}, toggle: {} },
    lock: { lock: {}, unlock: {}, open: {} },
    cover: { open_cover: {}, close_cover: {} },
    switch: { turn_on: {}, turn_off: {} },
    weather: { get_forecasts: { response: { optional: false } } },
    homeassistant: { turn_on: {}, turn_off: {}, restart: {} },
    script: { turn_on: {}, turn_off: {}, reload: {} },
  };
  areas = [
    { area_id: 'kitchen', name: 'Kitchen', aliases: ['cooking'] },
    { area_id: 'hall', name: 'Hall', aliases: [] },
  ];
  devices = [{ id: 'dev-kitchen', area_id: 'kitchen' }];
  /** Automations' and scripts' configurations, by entity id (automation/config, script/config). */
  readonly configs = new Map<string, Record<string, unknown>>();
  readonly uniqueIds = new Map<string, string>();
  logbook: Record<string, unknown>[] = [];

  constructor(entities: FakeEntity[], options: { admin?: boolean } = {}) {
    super();
    for (const e of entities) this.entities.set(e.entity_id, e);
    this.admin = options.admin ?? true;
  }

  states(): Record<string, HassEntity> {
    return Object.fromEntries([...this.entities.values()].map((e) => [e.entity_id, state(e)]));
  }

  override async sendMessagePromise<Result>(message: Message): Promise<Result> {
    const answer = (value: unknown) => {
      this.sent.push(structuredClone(message));
      return Promise.resolve(structuredClone(value) as Result);
    };
    const refuse = (code: string, text: string) => {
      this.sent.push(structuredClone(message));
      return Promise.reject({ code, message: text });
    };
    switch (message.type) {
      case 'get_states':
        return answer(Object.values(this.states()));
      case 'config/entity_registry/get_entries':
        return answer(
          Object.fromEntries(
            (message.entity_ids as string[]).map((id) => {
              const e = this.entities.get(id);
              if (!e?.registry) return [id, null];
              const { should_expose, ...rest } = e.registry;
              return [
                id,
                {
                  entity_id: id,
                  area_id: null,
                  device_id: null,
                  entity_category: null,
                  hidden_by: null,
                  name: null,
                  original_name: null,
                  ...rest,
                  options: should_expose === undefined ? {} : { conversation: { should_expose } },
                },
              ];
            }),
          ),
        );
      case 'config/device_registry/list':
        return answer(this.devices);
      case 'config/area_registry/list':
        return answer(this.areas);
      case 'homeassistant/expose_entity/list':
        if (!this.admin) return refuse('unauthorized', 'Unauthorized');
        return answer({
          exposed_entities: Object.fromEntries(
            [...this.entities.values()]
              .filter((e) => (e.registry ? e.registry.should_expose : e.legacyExposed))
              .map((e) => [e.entity_id, { conversation: true }]),
          ),
        });
      case 'homeassistant/expose_new_entities/get':
        if (!this.admin) return refuse('unauthorized', 'Unauthorized');
        return answer({ expose_new: this.exposeNew });
      case 'get_services':
        return answer(this.services);
      case 'call_service': {
        this.calls.push(structuredClone(message));
        const service = message.service as string;
        const ids = (message.target as { entity_id: string[] }).entity_id;
        const next: Record<string, string> = {
          turn_on: 'on',
          turn_off: 'off',
          lock: 'locked',
          unlock: 'unlocked',
          open_cover: 'open',
          close_cover: 'closed',
        };
        // As Home Assistant: a domain's service acts on that domain's entities only (and says
        // it succeeded all the same); homeassistant.* acts on any.
        const domain = message.domain as string;
        for (const id of ids) {
          const e = this.entities.get(id);
          const acts = domain === 'homeassistant' || id.startsWith(`${domain}.`);
          if (e && acts && next[service]) e.state = next[service];
        }
        return answer({
          context: { id: 'ctx' },
          ...(message.return_response ? { response: { [ids[0]!]: { forecast: [] } } } : {}),
        });
      }
      case 'validate_config':
        // As Home Assistant: each part sent, valid or with its words (a trigger "stat" is not).
        return answer(
          Object.fromEntries(
            ['triggers', 'conditions', 'actions']
              .filter((part) => part in message)
              .map((part) => {
                const bad =
                  part === 'triggers' && JSON.stringify(message[part]).includes('"trigger":"stat"');
                return [
                  part,
                  bad
                    ? { valid: false, error: "Invalid trigger 'stat' specified" }
                    : { valid: true, error: null },
                ];
              }),
          ),
        );
      case 'automation/config':
      case 'script/config': {
        const config = this.configs.get(message.entity_id as string);
        if (!config) return refuse('not_found', 'Entity not found');
        return answer({ config });
      }
      case 'config/entity_registry/get':
        return answer({
          entity_id: message.entity_id,
          unique_id: this.uniqueIds.get(message.entity_id as string),
        });
      case 'logbook/get_events':
        return answer(
          this.logbook.filter((e) =>
            (message.entity_ids as string[]).includes(e.entity_id as string),
          ),
        );
      case 'history/history_during_period': {
        const id = (message.entity_ids as string[])[0]!;
        return answer({
          [id]: [
            { s: 'off', lu: 1_795_500_000 },
            { s: 'on', lc: 1_795_503_600 },
          ],
        });
      }
      default:
        return super.sendMessagePromise<Result>(message);
    }
  }
}

/** A small house: exposed kitchen lights, an unexposed ceiling light, a front door lock exposed
 * only in the admins' store (no unique ID), a garage door, a sensor that is not exposed by
 * default, and a hidden helper switch. */
export function demoHouse(options: { admin?: boolean } = {}): FakeHome {
  return new FakeHome(
    [
      {
        entity_id: 'light.kitchen_lights',
        state: 'off',
        attributes: { friendly_name: 'Kitchen Lights', brightness: null },
        registry: { device_id: 'dev-kitchen', should_expose: true },
      },
      {
        entity_id: 'light.kitchen_spots',
        state: 'off',
        attributes: { friendly_name: 'Kitchen Spots' },
        registry: { area_id: 'kitchen' },
      },
      {
        entity_id: 'light.ceiling_lights',
        state: 'off',
        attributes: { friendly_name: 'Ceiling Lights' },
        registry: { should_expose: false },
      },
      {
        entity_id: 'lock.front_door',
        state: 'locked',
        attributes: { friendly_name: 'Front Door' },
        legacyExposed: true,
      },
      {
        entity_id: 'lock.back_door',
        state: 'locked',
        attributes: { friendly_name: 'Back Door' },
      },
      {
        entity_id: 'cover.garage_door',
        state: 'closed',
        attributes: { friendly_name: 'Garage Door', device_class: 'garage' },
        registry: { area_id: 'hall' },
      },
      {
        entity_id: 'sensor.outside_temperature',
        state: '12.5',
        attributes: {
          friendly_name: 'Outside Temperature',
          device_class: 'temperature',
          unit_of_measurement: '°C',
        },
        registry: {},
      },
      {
        entity_id: 'sensor.wifi_signal',
        state: '-60',
        attributes: { friendly_name: 'Wifi Signal', device_class: 'signal_strength' },
        registry: {},
      },
      {
        entity_id: 'switch.helper',
        state: 'off',
        attributes: { friendly_name: 'Helper' },
        registry: { hidden_by: 'user' },
      },
      {
        entity_id: 'weather.home',
        state: 'sunny',
        attributes: { friendly_name: 'Home' },
        registry: { should_expose: true },
      },
    ],
    options,
  );
}
