import { expect } from '@open-wc/testing';
import { demoHouse } from '../helpers/fake-home';
import { AutomationTools } from '../../src/ha/automation-tools';
import { HomeTools } from '../../src/ha/tools';
import type { Draft } from '../../src/schema/automation';

// The model's tools over automations against a house answering as Home Assistant does: drafts
// are checked by the guard and by Home Assistant, ids are Home Assistant's to keep, and what the
// model reads stays in the chat's scope.

const req = (name: string, args: unknown) => ({
  id: 'c1',
  name,
  arguments: JSON.stringify(args),
});

const KITCHEN = {
  id: '1000000000001',
  alias: 'Kitchen lights at seven',
  triggers: [{ trigger: 'time', at: '07:00:00' }],
  actions: [{ action: 'light.turn_on', target: { entity_id: 'light.kitchen_lights' } }],
};
const NEW = {
  alias: 'Garage light',
  triggers: [{ trigger: 'state', entity_id: 'cover.garage_door', to: 'open' }],
  actions: [{ action: 'light.turn_on', target: { entity_id: 'light.kitchen_lights' } }],
};

function setUp(options: { admin?: boolean } = {}) {
  const house = demoHouse();
  house.entities.set('automation.kitchen_at_seven', {
    entity_id: 'automation.kitchen_at_seven',
    state: 'on',
    attributes: { friendly_name: 'Kitchen lights at seven', id: '1000000000001' },
  });
  house.entities.set('automation.from_yaml', {
    entity_id: 'automation.from_yaml',
    state: 'on',
    attributes: { friendly_name: 'Written in YAML' },
  });
  house.configs.set('automation.kitchen_at_seven', KITCHEN);
  house.configs.set('automation.from_yaml', {
    triggers: [],
    actions: [{ action: 'light.turn_on', target: { entity_id: 'light.ceiling_lights' } }],
  });
  const hass = () => ({ states: house.states(), user: { is_admin: options.admin ?? true } });
  const home = new HomeTools(house, { settleMs: 0, hass });
  const tools = new AutomationTools(house, { home: () => home.home(), hass });
  return { house, tools };
}

const parsed = (content: string) => JSON.parse(content) as Record<string, unknown>;

describe('automation tools', () => {
  it('a draft is checked and shown, never saved: the model is told so', async () => {
    const { house, tools } = setUp();
    const out = await tools.run(req('propose_automation', { config: NEW }));
    expect(out.ok).to.equal(true);
    const draft = out.draft as Draft;
    expect(draft.kind).to.equal('automation');
    expect(draft.problems).to.deep.equal([]);
    expect(draft.notes?.map((n) => n.kind)).to.deep.equal([]);
    expect(parsed(out.content)).to.include({ shown_to_user: true, saved: false });
    expect(house.sent.map((m) => m.type)).to.include('validate_config');
    expect(house.calls, 'nothing acted').to.deep.equal([]);
  });

  it('Home Assistant’s words for what is wrong go to the model', async () => {
    const { tools } = setUp();
    const bad = { ...NEW, triggers: [{ ...NEW.triggers[0], trigger: 'stat' }] };
    const out = await tools.run(req('propose_automation', { config: bad }));
    expect(out.ok).to.equal(false);
    expect((out.draft as Draft).problems).to.deep.equal([
      { kind: 'invalid', at: 'triggers', detail: "Invalid trigger 'stat' specified" },
    ]);
    expect(parsed(out.content).problems).to.deep.equal([
      "Home Assistant says (triggers): Invalid trigger 'stat' specified",
    ]);
  });

  it('an id another automation has is refused; an edit keeps its own', async () => {
    const { tools } = setUp();
    const taken = await tools.run(
      req('propose_automation', { config: { id: '1000000000001', ...NEW } }),
    );
    expect((taken.draft as Draft).problems?.map((p) => p.kind)).to.deep.equal(['id_taken']);
    expect(parsed(taken.content).problems).to.deep.equal([
      'The id 1000000000001 belongs to another automation (automation.kitchen_at_seven): leave id out.',
    ]);
    const edit = await tools.run(
      req('propose_automation', {
        edit_of: 'automation.kitchen_at_seven',
        config: { ...KITCHEN, alias: 'Kitchen lights at half past seven' },
      }),
    );
    const draft = edit.draft as Draft;
    expect(draft.problems).to.deep.equal([]);
    expect(draft.key).to.equal('1000000000001');
    expect(draft.before).to.deep.equal(KITCHEN);
    expect(draft.config).not.to.have.property('id');
  });

  it('what it reads stays in scope; an automation written in YAML is read, not changed', async () => {
    const { tools } = setUp();
    const outside = await tools.run(req('get_automation', { entity_id: 'automation.from_yaml' }));
    expect(parsed(outside.content).error).to.match(/outside your scope \(light\.ceiling_lights\)/);
    const yaml = await tools.run(
      req('propose_automation', { edit_of: 'automation.from_yaml', config: NEW }),
    );
    expect(parsed(yaml.content).error).to.match(/outside automations\.yaml/);
    const listed = parsed(`{"list":${(await tools.run(req('list_automations', {}))).content}}`)
      .list as { entity_id: string; id?: string }[];
    expect(listed.map((a) => [a.entity_id, a.id])).to.deep.equal([
      ['automation.kitchen_at_seven', '1000000000001'],
      ['automation.from_yaml', undefined],
    ]);
  });

  it('the logbook of entities in scope only; traces for administrators only', async () => {
    const { house, tools } = setUp({ admin: false });
    house.logbook = [
      { when: 1_795_500_000, entity_id: 'light.kitchen_lights', state: 'on' },
      { when: 1_795_500_001, entity_id: 'light.ceiling_lights', state: 'on' },
    ];
    const all = parsed((await tools.run(req('get_logbook', {}))).content);
    expect((all.entries as { entity_id: string }[]).map((e) => e.entity_id)).to.deep.equal([
      'light.kitchen_lights',
    ]);
    const asked = house.sent.find((m) => m.type === 'logbook/get_events')!;
    expect(asked.entity_ids).not.to.include('light.ceiling_lights');
    const refused = parsed(
      (await tools.run(req('get_logbook', { entity_id: 'light.ceiling_lights' }))).content,
    );
    expect(refused.error).to.match(/not exposed to you/);
    const traces = parsed(
      (await tools.run(req('get_automation_traces', { entity_id: 'automation.kitchen_at_seven' })))
        .content,
    );
    expect(traces.error).to.match(/Only an administrator.*get_logbook/);
  });
});
