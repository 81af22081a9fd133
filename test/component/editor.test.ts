import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index';
import '../../src/card/editor-chunk';
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

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

async function editor(config: Record<string, unknown> = {}) {
  const conn = new FakeConnection();
  const el = await fixture<OpenaiCompatibleConversationCardEditor>(
    html`<openai-compatible-conversation-card-editor></openai-compatible-conversation-card-editor>`,
  );
  el.setConfig({ type: 'custom:openai-compatible-conversation-card', ...config });
  el.hass = { connection: conn, user: { id: 'u1' } } as never;
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
    const domains = field(root, 'Only these domains') as HTMLInputElement;
    domains.value = 'light, switch ,';
    domains.dispatchEvent(new Event('change'));
    const areas = field(root, 'Only these areas') as HTMLInputElement;
    areas.value = 'Kitchen';
    areas.dispatchEvent(new Event('change'));
    expect(configs.at(-1)).to.deep.equal({
      type: 'custom:openai-compatible-conversation-card',
      scope: { domains: ['light', 'switch'], areas: ['Kitchen'] },
    });
    domains.value = '';
    domains.dispatchEvent(new Event('change'));
    areas.value = '';
    areas.dispatchEvent(new Event('change'));
    expect(configs.at(-1)).to.deep.equal({ type: 'custom:openai-compatible-conversation-card' });
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
});
