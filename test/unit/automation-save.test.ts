import { expect } from '@open-wc/testing';
import { demoHouse } from '../helpers/fake-home';
import { saveDraft, toolsFor } from '../../src/ha/automation-save';
import type { Draft } from '../../src/schema/automation';

// Save is the user's act, and it writes exactly one automation: the draft is checked again, a
// new one gets a key nothing has, an edit writes only the one it was read from, and "saved" is
// said only once Home Assistant shows it.

const CONFIG = {
  alias: 'Garage light',
  triggers: [{ trigger: 'state', entity_id: 'cover.garage_door', to: 'open' }],
  actions: [{ action: 'light.turn_on', target: { entity_id: 'light.kitchen_lights' } }],
};

function setUp(options: { admin?: boolean; loads?: boolean } = {}) {
  const house = demoHouse();
  house.entities.set('automation.kitchen_at_seven', {
    entity_id: 'automation.kitchen_at_seven',
    state: 'on',
    attributes: { friendly_name: 'Kitchen lights at seven', id: '17' },
  });
  house.configs.set('automation.kitchen_at_seven', { id: '17', ...CONFIG, alias: 'Kitchen' });
  /** What the configuration API holds, by key, and what was posted. */
  const stored = new Map<string, unknown>([['17', {}]]);
  const posted: { path: string; body: unknown }[] = [];
  const callApi = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const key = decodeURIComponent(path.split('/').at(-1)!);
    if (method === 'GET') {
      if (!stored.has(key)) throw { status_code: 404, body: { message: 'Resource not found' } };
      return stored.get(key) as T;
    }
    posted.push({ path, body });
    stored.set(key, body);
    // Home Assistant loads it (unless configuration.yaml does not include the file).
    if (options.loads !== false && path.startsWith('config/automation/')) {
      const existing = [...house.entities.values()].find((e) => e.attributes?.id === key);
      if (existing) house.configs.set(existing.entity_id, { id: key, ...(body as object) });
      else
        house.entities.set('automation.garage_light', {
          entity_id: 'automation.garage_light',
          state: 'on',
          attributes: { friendly_name: 'Garage light', id: key },
        });
    }
    return { result: 'ok' } as T;
  };
  const hass = () => ({
    states: house.states(),
    user: { is_admin: options.admin ?? true },
    callApi,
  });
  const tools = toolsFor({ conn: house, hass, scope: undefined, confirm: undefined });
  const place = { conn: house, hass, tools, appearMs: 300 };
  return { house, place, posted, stored };
}

const draft = (extra: Partial<Draft> = {}): Draft => ({
  kind: 'automation',
  config: CONFIG,
  problems: [],
  notes: [],
  state: 'proposed',
  ...extra,
});

describe('saving a drafted automation', () => {
  it('writes it under a key nothing has, without an id of the model’s, and waits for it', async () => {
    const { place, posted } = setUp();
    const out = await saveDraft(place, draft({ config: { id: '17', ...CONFIG } }));
    // The model's id belongs to another automation: checked again at Save, nothing written.
    expect(out).to.deep.include({ ok: false });
    expect(posted).to.deep.equal([]);
    const saved = await saveDraft(place, draft());
    expect(saved).to.deep.include({ ok: true, entity_id: 'automation.garage_light' });
    expect(posted).to.have.length(1);
    expect(posted[0]!.body).to.deep.equal(CONFIG);
    expect(posted[0]!.path).to.match(/^config\/automation\/config\/\d{13,}$/);
    expect(posted[0]!.path).not.to.equal('config/automation/config/17');
  });

  it('an edit writes the automation it was read from, and only while it still is that one', async () => {
    const { place, posted, house } = setUp();
    const change = { ...CONFIG, alias: 'Kitchen later' };
    const moved = await saveDraft(
      place,
      draft({ config: change, edit_of: 'automation.kitchen_at_seven', key: '99' }),
    );
    expect(moved).to.deep.equal({
      ok: false,
      why: { kind: 'moved', entity_id: 'automation.kitchen_at_seven' },
    });
    expect(posted).to.deep.equal([]);
    const edited = await saveDraft(
      place,
      draft({ config: change, edit_of: 'automation.kitchen_at_seven', key: '17' }),
    );
    expect(edited).to.deep.equal({ ok: true, key: '17', entity_id: 'automation.kitchen_at_seven' });
    expect(posted.map((p) => p.path)).to.deep.equal(['config/automation/config/17']);
    expect(house.configs.get('automation.kitchen_at_seven')).to.deep.equal({ id: '17', ...change });
  });

  it('no administrator, nothing written; not loaded, said so, and Save again uses the same key', async () => {
    const guest = setUp({ admin: false });
    expect(await saveDraft(guest.place, draft())).to.deep.equal({
      ok: false,
      why: { kind: 'not_admin' },
    });
    expect(guest.posted).to.deep.equal([]);
    const unloaded = setUp({ loads: false });
    const first = await saveDraft(unloaded.place, draft());
    expect(first.ok).to.equal(false);
    const key = !first.ok && first.why.kind === 'not_loaded' ? first.why.key : '';
    expect(key).to.match(/^\d{13,}$/);
    await saveDraft(unloaded.place, draft({ written: key }));
    expect(unloaded.posted.map((p) => p.path)).to.deep.equal([
      `config/automation/config/${key}`,
      `config/automation/config/${key}`,
    ]);
  });

  it('checked again at Save: an entity no longer in scope keeps it from being written', async () => {
    const { place, posted, house } = setUp();
    house.entities.get('cover.garage_door')!.registry = { area_id: 'hall', should_expose: false };
    const out = await saveDraft(place, draft());
    expect(!out.ok && out.why.kind).to.equal('problems');
    expect(posted).to.deep.equal([]);
  });
});
