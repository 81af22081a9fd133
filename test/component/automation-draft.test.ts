import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../helpers/fake-connection';
import '../../src/index';
import { deepElements, sessionState, visibleText } from '../helpers/chat-harness';
import type { OaccChatView } from '../../src/ui/chat-view';
import type { DraftUi } from '../../src/ui/automation-draft';
import type { ChatMessage } from '../../src/schema/conversation';
import type { Draft } from '../../src/schema/automation';

// A drafted automation as the person deciding sees it: in words with the entities' names, what
// keeps it from being saved, what to know before saving, its YAML, a change's lines; Save for
// administrators only, Discard, and an event for each.

const states = {
  'lock.front_door': {
    entity_id: 'lock.front_door',
    state: 'locked',
    attributes: { friendly_name: 'Front Door' },
  },
  'light.entrance': {
    entity_id: 'light.entrance',
    state: 'off',
    attributes: { friendly_name: 'Entrance Lights' },
  },
  'automation.entrance': {
    entity_id: 'automation.entrance',
    state: 'on',
    attributes: { friendly_name: 'Entrance at night', id: '17' },
  },
} as never;

const config = {
  alias: 'Entrance at night',
  triggers: [{ trigger: 'state', entity_id: 'lock.front_door', to: 'unlocked' }],
  conditions: [{ condition: 'sun', after: 'sunset' }],
  actions: [{ action: 'light.turn_on', target: { entity_id: 'light.entrance' } }],
  mode: 'single',
};

const answer = (draft: Draft): ChatMessage => ({
  id: 'a1',
  role: 'assistant',
  content: '',
  status: 'complete',
  created_at: '2026-01-01T00:00:00Z',
  tool_calls: [
    { id: 'c1', name: 'propose_automation', arguments: '{}', status: 'done', result: '{}', draft },
  ],
});

async function shown(draft: Draft, ui: Partial<DraftUi> = {}) {
  const view = await fixture<OaccChatView>(html`<oacc-chat-view></oacc-chat-view>`);
  view.states = states;
  view.drafts = { admin: true, busy: false, status: new Map(), ...ui };
  view.state = sessionState({ messages: [answer(draft)] });
  let section: HTMLElement | undefined;
  await until(() => {
    section = [...deepElements(view.shadowRoot!)].find((e) => e.tagName === 'SECTION') as
      HTMLElement | undefined;
    return section;
  }, 'the draft');
  return { view, section: section! };
}

const buttons = (root: HTMLElement) =>
  [...deepElements(root)].filter((e): e is HTMLButtonElement => e.tagName === 'BUTTON');
const button = (root: HTMLElement, name: string) =>
  buttons(root).find((b) => b.textContent?.trim() === name);

describe('a drafted automation', () => {
  it('says what it does with the names people know, and Save fires the act', async () => {
    const { view, section } = await shown({ kind: 'automation', config, state: 'proposed' });
    expect(section.getAttribute('aria-label')).to.equal('New automation: Entrance at night');
    const text = visibleText(section);
    expect(text).to.include('Front Door changes to unlocked');
    expect(text).to.include('after sunset');
    expect(text).to.include('Turn on Entrance Lights');
    expect(text).to.include('entity_id: light.entrance');
    const acts: unknown[] = [];
    view.addEventListener('oacc-draft', (e) => acts.push((e as CustomEvent).detail));
    button(section, 'Save')!.click();
    button(section, 'Discard')!.click();
    expect(acts).to.deep.equal([
      { id: 'c1', action: 'save' },
      { id: 'c1', action: 'discard' },
    ]);
  });

  it('what keeps it from being saved disables Save; what to know is said above it', async () => {
    const blocked = await shown({
      kind: 'automation',
      config,
      problems: [
        { kind: 'invalid', at: 'triggers', detail: "Invalid trigger 'stat' specified" },
        { kind: 'out_of_scope', detail: 'light.bedroom' },
      ],
      state: 'proposed',
    });
    const text = visibleText(blocked.section);
    expect(text).to.include("Home Assistant says of triggers: Invalid trigger 'stat' specified");
    expect(text).to.include('Entities outside what this chat may use: light.bedroom');
    expect(button(blocked.section, 'Save')!.disabled).to.equal(true);

    const noted = await shown({
      kind: 'automation',
      config,
      notes: [{ kind: 'sensitive', at: 'actions[0]', detail: 'Front Door' }],
      state: 'proposed',
    });
    const note = noted.section;
    expect(visibleText(note)).to.include('It acts on Front Door, which wait for your approval');
    expect(button(noted.section, 'Save')!.disabled).to.equal(false);
  });

  it('someone who is no administrator sees no Save, and why; nothing acts while a turn runs', async () => {
    const guest = await shown({ kind: 'automation', config, state: 'proposed' }, { admin: false });
    expect(button(guest.section, 'Save')).to.equal(undefined);
    expect(visibleText(guest.section)).to.include('Only an administrator can save');
    const busy = await shown({ kind: 'automation', config, state: 'proposed' }, { busy: true });
    expect(
      buttons(busy.section).filter((b) => /Save|Discard/.test(b.textContent ?? '')),
    ).to.deep.equal([]);
  });

  it('a change shows the lines it changes against what is stored', async () => {
    const before = { id: '17', ...config };
    const after = {
      ...config,
      conditions: [...config.conditions, { condition: 'time', after: '22:00:00' }],
    };
    const { section } = await shown({
      kind: 'automation',
      config: after,
      edit_of: 'automation.entrance',
      key: '17',
      before,
      state: 'proposed',
    });
    expect(section.getAttribute('aria-label')).to.equal('Change to Entrance at night');
    const added = [...deepElements(section)].filter((e) => e.classList.contains('added'));
    expect(added.map((e) => e.textContent)).to.deep.equal([
      '+   - condition: time',
      "+     after: '22:00:00'",
    ]);
    expect(visibleText(section)).to.include('0 lines removed, 2 added');
  });

  it('once saved: a link to it in Home Assistant, and Run now', async () => {
    const { view, section } = await shown({
      kind: 'automation',
      config,
      state: 'saved',
      saved: { key: '17', entity_id: 'automation.entrance', at: '2026-01-01T00:00:00Z' },
    });
    expect(visibleText(section)).to.include('Saved: Entrance at night.');
    const link = [...deepElements(section)].find((e) => e.tagName === 'A') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/config/automation/edit/17');
    const acts: unknown[] = [];
    view.addEventListener('oacc-draft', (e) => acts.push((e as CustomEvent).detail));
    button(section, 'Run now')!.click();
    expect(acts).to.deep.equal([{ id: 'c1', action: 'run', checkConditions: false }]);
  });
});
