import { expect } from '@open-wc/testing';
import { describeCall } from '../../src/ui/describe-call';
import { usageShown } from '../../src/chat/usage';
import type { ChatMessage, MessageUsage, ToolCall } from '../../src/schema/conversation';

const names: Record<string, string> = {
  'light.kitchen_lights': 'Kitchen Lights',
  'lock.front_door': 'Front Door',
  'script.good_night': 'Good night',
};
const nameOf = (id: string) => names[id] ?? id;
const service = (args: object, status: ToolCall['status']): ToolCall => ({
  id: 'c',
  name: 'call_service',
  arguments: JSON.stringify(args),
  status,
});

describe('rows a person reads', () => {
  it('says what a call did with the entities’ names: done, asked, denied', () => {
    const on = { domain: 'light', service: 'turn_on', entity_id: 'light.kitchen_lights' };
    expect(describeCall(service(on, 'done'), nameOf)).to.equal('Turned on Kitchen Lights');
    const unlock = { domain: 'lock', service: 'unlock', entity_id: ['lock.front_door'] };
    expect(describeCall(service(unlock, 'awaiting'), nameOf)).to.equal('Unlock Front Door?');
    expect(describeCall(service(unlock, 'denied'), nameOf)).to.equal('Unlock Front Door');
    const both = {
      domain: 'light',
      service: 'turn_off',
      target: { entity_id: ['light.kitchen_lights', 'light.unknown'] },
    };
    expect(describeCall(service(both, 'done'), nameOf)).to.equal(
      'Turned off Kitchen Lights, light.unknown',
    );
    expect(
      describeCall(service({ domain: 'script', service: 'good_night' }, 'done'), nameOf),
    ).to.equal('Ran Good night');
    expect(
      describeCall(
        service({ domain: 'climate', service: 'set_hvac_mode', entity_id: 'climate.hall' }, 'done'),
        nameOf,
      ),
    ).to.equal('climate.set_hvac_mode: climate.hall');
    const read: ToolCall = {
      id: 'r',
      name: 'get_entity',
      arguments: '{"entity_id":"lock.front_door"}',
      status: 'done',
    };
    expect(describeCall(read, nameOf)).to.equal('Read Front Door');
  });

  it('a request that only called tools shows its usage with the turn’s answer', () => {
    const at = '2026-12-03T00:00:00Z';
    const m = (id: string, role: 'user' | 'assistant', usage?: MessageUsage): ChatMessage => ({
      id,
      role,
      content: '',
      status: 'complete',
      created_at: at,
      ...(usage ? { usage } : {}),
    });
    const shown = usageShown([
      m('q1', 'user'),
      m('a1', 'assistant', { prompt_tokens: 100, completion_tokens: 10 }),
      m('a2', 'assistant', { prompt_tokens: 150, completion_tokens: 20 }),
      m('q2', 'user'),
      m('a3', 'assistant', { prompt_tokens: 5, completion_tokens: 5 }),
    ]);
    expect(shown.get('a1')).to.equal(null);
    expect(shown.get('a2')).to.deep.equal({ prompt_tokens: 250, completion_tokens: 30 });
    expect(shown.has('a3')).to.equal(false);
  });
});
