import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type DraftWorld, reviewDraft } from '../../src/guard/automation';
import type { PolicyEntity } from '../../src/guard/service-call';

// The guard over drafted automations and scripts, without Home Assistant: every entity they
// name in scope, services on their own domain, what would wait for Approve said before Save.

const e = (entity_id: string, name: string, device_class?: string): PolicyEntity => ({
  entity_id,
  domain: entity_id.split('.')[0]!,
  name,
  ...(device_class ? { device_class } : {}),
});
const scope = [
  e('light.hallway', 'Hallway Light'),
  e('binary_sensor.front_door', 'Front Door'),
  e('lock.front_door', 'Front Door Lock'),
  e('cover.garage_door', 'Garage Door', 'garage'),
  e('sun.sun', 'Sun'),
];
const outside = ['light.bedroom', 'sensor.salary'];
const world: DraftWorld = {
  inScope: (id) => scope.find((x) => x.entity_id === id),
  exists: (id) => scope.some((x) => x.entity_id === id) || outside.includes(id),
  confirm: [],
  inArea: (area, domain) =>
    area === 'hallway'
      ? scope.filter((x) => x.entity_id === 'light.hallway' && x.domain === domain)
      : undefined,
};

const sunsetDoor = {
  alias: 'Hallway light when the door opens after sunset',
  trigger: { platform: 'state', entity_id: 'binary_sensor.front_door', to: 'on' },
  condition: [{ condition: 'sun', after: 'sunset' }],
  action: [{ action: 'light.turn_on', target: { entity_id: 'light.hallway' } }],
  mode: 'single',
};
const kinds = (r: { problems: { kind: string }[] }) => r.problems.map((p) => p.kind);

describe('guard: drafted automations and scripts', () => {
  it('a plain automation has no problem; its lists are kept under their plural names', () => {
    const r = reviewDraft('automation', sunsetDoor, world);
    expect(r.problems).to.deep.equal([]);
    expect(r.notes).to.deep.equal([]);
    expect(Object.keys(r.config)).to.deep.equal([
      'alias',
      'triggers',
      'conditions',
      'actions',
      'mode',
    ]);
    expect(r.config.triggers).to.deep.equal([sunsetDoor.trigger]);
    expect(r.entities.sort()).to.deep.equal(['binary_sensor.front_door', 'light.hallway']);
  });

  it('names every entity outside the scope: in a trigger, a target, a template, deep in a choice', () => {
    const r = reviewDraft(
      'automation',
      {
        triggers: [{ trigger: 'state', entity_id: ['binary_sensor.front_door', 'light.bedroom'] }],
        conditions: [
          { condition: 'template', value_template: "{{ states('sensor.salary') | int > 3 }}" },
        ],
        actions: [
          {
            choose: [
              {
                conditions: [],
                sequence: [{ action: 'light.turn_on', target: { entity_id: 'light.bedroom' } }],
              },
            ],
          },
        ],
      },
      world,
    );
    const named = r.problems.find((p) => p.kind === 'out_of_scope');
    expect(named?.detail?.split(', ').sort()).to.deep.equal(['light.bedroom', 'sensor.salary']);
  });

  it('a service on an entity of another domain, or on none, is a problem; a message is a note', () => {
    const r = reviewDraft(
      'automation',
      {
        triggers: [{ trigger: 'homeassistant', event: 'start' }],
        actions: [
          { action: 'switch.turn_on', target: { entity_id: 'light.hallway' } },
          { action: 'homeassistant.restart' },
          { action: 'notify.notify', data: { message: 'Home Assistant started' } },
        ],
      },
      world,
    );
    expect(kinds(r)).to.deep.equal(['wrong_domain', 'no_target']);
    expect(r.problems[0]!.at).to.equal('actions[0]');
    expect(r.notes.map((n) => n.kind)).to.deep.equal(['untargeted']);
  });

  it('what waits for Approve in a chat is said before Save: locks, garage doors, addresses, webhooks', () => {
    const r = reviewDraft(
      'automation',
      {
        triggers: [{ trigger: 'webhook', webhook_id: 'open-sesame' }],
        actions: [
          { action: 'lock.unlock', target: { entity_id: 'lock.front_door' } },
          { action: 'cover.open_cover', entity_id: 'cover.garage_door' },
          {
            if: [{ condition: 'state', entity_id: 'sun.sun', state: 'below_horizon' }],
            then: [
              {
                action: 'light.turn_on',
                target: { area_id: 'hallway' },
                data: { flash: 'short', profile: 'https://evil.example/x' },
              },
            ],
          },
        ],
      },
      world,
    );
    expect(r.problems).to.deep.equal([]);
    expect(r.notes.map((n) => n.kind).sort()).to.deep.equal([
      'address',
      'sensitive',
      'sensitive',
      'webhook',
    ]);
    expect(r.notes.find((n) => n.kind === 'address')?.at).to.equal('actions[2].then[0]');
  });

  it('keys Home Assistant does not take, a blueprint, and missing parts are named', () => {
    expect(kinds(reviewDraft('automation', { ...sunsetDoor, hacked: true }, world))).to.deep.equal([
      'unknown_keys',
    ]);
    expect(
      kinds(reviewDraft('automation', { use_blueprint: { path: 'x.yaml' } }, world)),
    ).to.deep.equal(['blueprint', 'missing', 'missing']);
    expect(kinds(reviewDraft('script', { alias: 'x', sequence: [] }, world))).to.deep.equal([
      'missing',
    ]);
    expect(
      kinds(reviewDraft('automation', { ...sunsetDoor, triggers: [sunsetDoor.trigger] }, world)),
    ).to.deep.equal(['both_keys']);
  });

  it('targets it cannot check (a template, a device) are problems, not passed', () => {
    const r = reviewDraft(
      'script',
      {
        sequence: [
          { action: 'light.turn_on', target: { entity_id: '{{ trigger.entity_id }}' } },
          { action: 'light.turn_on', target: { device_id: 'abc123' } },
          { device_id: 'abc123', domain: 'light', type: 'turn_on', entity_id: 'f00' },
          { action: '{{ what }}' },
        ],
      },
      world,
    );
    expect(kinds(r)).to.deep.equal([
      'template_target',
      'device_target',
      'device_action',
      'template_service',
    ]);
  });

  it('never throws, and a configuration too large to look through is a problem', () => {
    let deep: unknown = 'light.bedroom';
    for (let i = 0; i < 100; i++) deep = { sequence: [deep] };
    expect(kinds(reviewDraft('script', { sequence: [deep] }, world))).to.include('too_large');
  });

  it('an entity outside the scope anywhere in any configuration is named (property)', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('on', 'light.hallway', 'sunset', 3, true, null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('entity_id', 'target', 'data', 'then', 'x'), tie('value'), {
          maxKeys: 3,
        }),
      ),
    })).value;
    fc.assert(
      fc.property(
        json,
        fc.constantFrom(...outside),
        fc.constantFrom('value', 'entity_id', 'template'),
        (value, id, how) => {
          const planted =
            how === 'entity_id'
              ? { entity_id: id }
              : how === 'template'
                ? `{{ is_state('${id}', 'on') }}`
                : id;
          const config = {
            alias: 'x',
            triggers: [value],
            actions: [{ delay: 1, data: [planted, value] }],
          };
          const r = reviewDraft('automation', config, world);
          const named = r.problems.find((p) => p.kind === 'out_of_scope')?.detail ?? '';
          expect(named.split(', ')).to.include(id);
        },
      ),
      { numRuns: 300 },
    );
  });
});
