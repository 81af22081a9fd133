import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index';
import '../../src/entries/editor';
import { byLabel, deepFind, visibleText } from '../helpers/chat-harness';
import { FakeConnection, until } from '../helpers/fake-connection';
import { LLM_URL } from '../helpers/llm';
import type { OpenaiCompatibleConversationCardEditor } from '../../src/card/conversation-card-editor';
import { SETTINGS_KEY, type Settings } from '../../src/schema/settings';
import { strings } from '../../src/i18n';

const button = (root: ParentNode, text: string) =>
  deepFind(root, (el) => el.tagName === 'BUTTON' && el.textContent?.trim() === text) as
    HTMLButtonElement | undefined;

const field = (root: ParentNode, label: string) =>
  deepFind(
    root,
    (el) => el.tagName === 'LABEL' && (el.textContent ?? '').trim().startsWith(label),
  )?.querySelector('input, select, textarea') as HTMLInputElement | HTMLSelectElement | undefined;

/** The search box of the picker labelled `label`. */
const picker = (root: ParentNode, label: string) =>
  deepFind(
    root,
    (el) =>
      el.getAttribute('role') === 'combobox' &&
      (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`)?.textContent ===
        label,
  ) as HTMLInputElement;

/** The options the picker labelled `label` shows, as read: label, then the second line. */
const options = (root: ParentNode, label: string) => {
  const list = deepFind(
    root,
    (el) => el.getAttribute('role') === 'listbox' && el.getAttribute('aria-label') === label,
  );
  return list && !(list as HTMLElement).hidden
    ? [...list.querySelectorAll('[role="option"]')].map((o) =>
        [...o.querySelectorAll('.text > span')].map((line) => line.textContent).join(' '),
      )
    : [];
};

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

const entity = (entity_id: string, friendly_name: string) => ({
  entity_id,
  state: 'off',
  attributes: { friendly_name },
  last_changed: '',
  last_updated: '',
  context: { id: '', parent_id: null, user_id: null },
});

/** A small home, as Home Assistant hands it to the editor in `hass`. */
const HOME = {
  states: {
    'light.kitchen': entity('light.kitchen', 'Kitchen Light'),
    'switch.fan': entity('switch.fan', 'Fan'),
    'lock.front_door': entity('lock.front_door', 'Front Door'),
  },
  entities: {
    'light.kitchen': { entity_id: 'light.kitchen', area_id: 'kitchen' },
    'lock.front_door': { entity_id: 'lock.front_door', device_id: 'd1' },
  },
  devices: { d1: { id: 'd1', area_id: 'hall' } },
  areas: {
    kitchen: { area_id: 'kitchen', name: 'Kitchen', aliases: ['Cooking'] },
    hall: { area_id: 'hall', name: 'Hall' },
  },
  localize: (key: string) =>
    ({ 'component.switch.title': 'Switch', 'component.light.title': 'Light' })[key] ?? '',
};

async function editor(config: Record<string, unknown> = {}) {
  const conn = new FakeConnection();
  const el = await fixture<OpenaiCompatibleConversationCardEditor>(
    html`<openai-compatible-conversation-card-editor></openai-compatible-conversation-card-editor>`,
  );
  el.setConfig({ type: 'custom:openai-compatible-conversation-card', ...config });
  el.hass = { connection: conn, user: { id: 'u1' }, ...HOME } as never;
  const configs: Record<string, unknown>[] = [];
  el.addEventListener('config-changed', (e) => configs.push((e as CustomEvent).detail.config));
  const root = el.shadowRoot!;
  await until(() => button(root, 'Add provider'), 'the Add provider button');
  return { el, conn, root, configs };
}

describe('the card editor', () => {
  it('adds a provider with models from /models; the key goes to user data, never to the card', async () => {
    const { root, conn, configs } = await editor({ title: 'Chat' });
    button(root, 'Add provider')!.click();
    await until(() => field(root, 'Name'), 'the provider form');
    await typeInto(field(root, 'Name') as HTMLInputElement, 'My Scripted');
    await typeInto(field(root, 'Base URL') as HTMLInputElement, `${LLM_URL}/v1`);
    await typeInto(field(root, 'API key') as HTMLInputElement, 'sk-test-secret-key');
    button(root, 'Load models')!.click();
    await until(() => byLabel(root, 'Models'), 'the model list');
    const models = visibleText(byLabel(root, 'Models')!);
    expect(models.length).to.be.greaterThan(0);
    await until(() => !button(root, 'Save provider')!.disabled, 'Save enabled');
    button(root, 'Save provider')!.click();
    await until(() => conn.data.get(SETTINGS_KEY), 'settings written');

    const settings = conn.data.get(SETTINGS_KEY) as Settings;
    const provider = settings.providers[0]!;
    expect(provider).to.deep.include({
      id: 'my-scripted',
      name: 'My Scripted',
      base_url: `${LLM_URL}/v1`,
      api_key: 'sk-test-secret-key',
    });
    expect(provider.models.length).to.equal(1);
    expect(provider.model_cache?.ids.length).to.be.greaterThan(0);
    expect(settings.defaults).to.deep.equal({
      provider_id: 'my-scripted',
      model_id: provider.models[0]!.model_id,
    });

    const config = configs.at(-1)!;
    expect(config).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      title: 'Chat',
      provider_id: 'my-scripted',
      model_id: provider.models[0]!.model_id,
    });
    expect(JSON.stringify(configs)).not.to.contain('sk-test-secret-key');
  });

  it('edits agent options into the card config', async () => {
    const { root, configs } = await editor();
    const max = field(root, 'Max tokens') as HTMLInputElement;
    max.value = '256';
    max.dispatchEvent(new Event('change'));
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      max_tokens: 256,
    });
  });

  it('sets a fresh conversation for each visit, and takes it away again', async () => {
    const { root, configs } = await editor({ title: 'Hall' });
    const fresh = field(root, 'Start a new conversation at each visit') as HTMLInputElement;
    expect(fresh.checked).to.equal(false);
    fresh.click();
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      title: 'Hall',
      fresh_conversation: true,
    });
    fresh.click();
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      title: 'Hall',
    });
  });

  it('sets the card’s persona and the quick prompts it shows as chips, in the card config', async () => {
    const { root, configs } = await editor({ title: 'Hall' });
    await until(() => field(root, 'Persona'), 'the Persona field');
    const persona = field(root, 'Persona') as HTMLSelectElement;
    persona.value = 'kids';
    persona.dispatchEvent(new Event('change'));
    expect(configs.at(-1)).to.include({ persona_id: 'kids' });
    (field(root, 'What’s open?') as HTMLInputElement).click();
    await until(() => configs.at(-1)?.quick_prompts, 'a chip chosen');
    (field(root, 'Good night') as HTMLInputElement).click();
    // In the order the settings list them, whatever the order they were ticked in.
    expect(configs.at(-1)!.quick_prompts).to.deep.equal(['good-night', 'whats-open']);
    (field(root, 'What’s open?') as HTMLInputElement).click();
    expect(configs.at(-1)!.quick_prompts).to.deep.equal(['good-night']);
    (field(root, 'Good night') as HTMLInputElement).click();
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      title: 'Hall',
      persona_id: 'kids',
    });
  });

  it('turns tools off for the card and narrows its scope, in the card config', async () => {
    const { root, configs, conn } = await editor();
    const toggle = field(root, strings.toolsToggle) as HTMLInputElement;
    expect(toggle.checked).to.equal(true);
    toggle.click();
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      tools: false,
    });
    toggle.click();
    // The scope is chosen from the user's own Home Assistant: type to search, arrows and Enter
    // to take, or a click; each choice is a chip with its Remove button.
    const domains = picker(root, 'Only these domains');
    domains.focus();
    await sendKeys({ type: 'swi' });
    await until(() => options(root, 'Only these domains').length === 1, 'one domain matching');
    expect(options(root, 'Only these domains')).to.deep.equal(['Switch switch']);
    await sendKeys({ press: 'Enter' });
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      scope: { domains: ['switch'] },
    });
    // A domain with no entity yet can still be typed in.
    await sendKeys({ type: 'climate' });
    await until(() => options(root, 'Only these domains').length === 1, 'the typed domain');
    expect(options(root, 'Only these domains')).to.deep.equal(['Add “climate”']);
    await sendKeys({ press: 'Enter' });
    expect(configs.at(-1)).to.deep.include({ scope: { domains: ['switch', 'climate'] } });

    const entities = picker(root, 'Only these entities');
    entities.focus();
    await sendKeys({ type: 'front' });
    await until(() => options(root, 'Only these entities').length === 1, 'the front door');
    // Named as Home Assistant names them, with the entity id and its area.
    expect(options(root, 'Only these entities')).to.deep.equal([
      'Front Door lock.front_door · Hall',
    ]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(configs.at(-1)).to.deep.include({
      scope: { domains: ['switch', 'climate'], entities: ['lock.front_door'] },
    });
    await until(() => byLabel(root, 'Remove Front Door'), 'the chip of the chosen entity');
    byLabel<HTMLButtonElement>(root, 'Remove Front Door')!.click();
    byLabel<HTMLButtonElement>(root, 'Remove Switch')!.click();
    byLabel<HTMLButtonElement>(root, 'Remove climate')!.click();
    expect(configs.at(-1)).to.deep.equal({ type: 'custom:openai-compatible-conversation-card' });
    // A click takes an option too.
    const areas = picker(root, 'Only these areas');
    areas.focus();
    await sendKeys({ type: 'ha' });
    await until(() => options(root, 'Only these areas').length === 1, 'the hall');
    const hall = deepFind(root, (el) => el.getAttribute('role') === 'option') as HTMLElement;
    hall.click();
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      scope: { areas: ['hall'] },
    });
    await until(() => byLabel(root, 'Remove Hall'), 'the chip of the hall');
    byLabel<HTMLButtonElement>(root, 'Remove Hall')!.click();
    // What else waits for Approve is the user's own setting, in user data, not the card's.
    const confirm = field(root, 'Also ask before acting on') as HTMLInputElement;
    confirm.value = 'Switch, light.porch';
    confirm.dispatchEvent(new Event('change'));
    await until(
      () => (conn.data.get(SETTINGS_KEY) as Settings | undefined)?.tools?.confirm?.length === 2,
      'the confirm list in user data',
    );
    expect((conn.data.get(SETTINGS_KEY) as Settings).tools).to.deep.equal({
      confirm: ['switch', 'light.porch'],
    });
    expect(configs.at(-1)).to.deep.equal({ type: 'custom:openai-compatible-conversation-card' });
    // Not an admin: the editor says which entities the model sees.
    expect(visibleText((root as ShadowRoot).host)).to.contain(
      'Entities without a unique ID are left out',
    );
  });

  it('shows scope values written in YAML as they are, and changes only what the user changes', async () => {
    // An area by name and alias (as the scope matches it), an entity that no longer exists.
    const { root, configs } = await editor({
      scope: { areas: ['Cooking'], entities: ['light.gone'] },
    });
    await until(() => byLabel(root, 'Remove Kitchen'), 'the area chip, by its name');
    expect(byLabel(root, 'Remove light.gone'), 'the unknown entity, as written').to.exist;
    // The kitchen is chosen already: not offered twice.
    picker(root, 'Only these areas').click();
    await until(() => options(root, 'Only these areas').length, 'the area list');
    expect(options(root, 'Only these areas')).to.deep.equal(['Hall']);
    byLabel<HTMLButtonElement>(root, 'Remove light.gone')!.click();
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      scope: { areas: ['Cooking'] },
    });
  });
});
