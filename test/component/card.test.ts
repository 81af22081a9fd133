import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LLM_URL } from '../helpers/llm';
import '../../src/index';
import { ChatHarness } from '../helpers/chat-harness';
import { FakeConnection, until } from '../helpers/fake-connection';
import type { OpenaiCompatibleConversationCard } from '../../src/card/conversation-card';
import { HISTORY_KEY, type History } from '../../src/schema/conversation';
import { SETTINGS_KEY, type Settings } from '../../src/schema/settings';

function settingsFor(baseUrl: string, apiKey?: string): Settings {
  return {
    version: 1,
    providers: [
      {
        id: 'scripted',
        name: 'Scripted',
        base_url: baseUrl,
        auth_mode: 'global',
        ...(apiKey ? { api_key: apiKey } : {}),
        timeout_s: 5,
        models: [{ model_id: 'scripted-model' }],
      },
    ],
    defaults: { provider_id: 'scripted', model_id: 'scripted-model' },
  };
}

async function card(settings: Settings | undefined, config: Record<string, unknown> = {}) {
  const conn = new FakeConnection();
  if (settings) conn.data.set(SETTINGS_KEY, settings);
  const el = await fixture<OpenaiCompatibleConversationCard>(
    html`<openai-compatible-conversation-card
      style="height: 520px"
    ></openai-compatible-conversation-card>`,
  );
  el.setConfig({ type: 'custom:openai-compatible-conversation-card', ...config });
  el.hass = { connection: conn, user: { id: 'u1', name: 'Demo' } } as never;
  const chat = new ChatHarness(el);
  await until(() => chat.textbox, 'the composer');
  return { el, conn, chat };
}

describe('the card, as a user sees it', () => {
  it('is registered for the card picker with a preview', () => {
    const cards = (window as unknown as { customCards: { type: string; preview?: boolean }[] })
      .customCards;
    expect(cards.find((c) => c.type === 'openai-compatible-conversation-card')).to.deep.include({
      preview: true,
    });
    const Card = customElements.get('openai-compatible-conversation-card') as unknown as {
      getStubConfig(): unknown;
      getConfigElement(): HTMLElement;
    };
    expect(Card.getConfigElement().tagName.toLowerCase()).to.equal(
      'openai-compatible-conversation-card-editor',
    );
  });

  it('streams an answer, shows it as markdown, announces it and stores the conversation', async () => {
    const { chat, conn } = await card(settingsFor(`${LLM_URL}/v1`));
    await chat.ask('Hello there');
    await chat.waitFor(() => chat.button('Stop'), 'Stop while streaming');
    await chat.waitFor(() => chat.button('Send'), 'the answer to finish');
    expect(chat.messages()[0]).to.deep.equal(['user', 'Hello there']);
    const answer = chat.lastAnswer();
    expect(answer).to.contain('Hello there');
    expect(chat.alert()).to.equal('');
    expect(chat.announcement()).to.contain('Assistant:');
    await until(
      () =>
        (conn.data.get(HISTORY_KEY) as History | undefined)?.conversations[0]?.messages.length ===
        2,
      'stored',
    );
    const stored = (conn.data.get(HISTORY_KEY) as History).conversations[0]!;
    expect(stored.messages.map((m) => m.role)).to.deep.equal(['user', 'assistant']);
    expect(stored.messages[1]!.status).to.equal('complete');
  });

  it('Stop ends the answer and keeps what arrived', async () => {
    const { chat } = await card(settingsFor(`${LLM_URL}/v1`));
    await chat.ask('long answer 40');
    await chat.waitFor(() => chat.lastAnswer().length > 20, 'the first words');
    await chat.press('Stop');
    await chat.waitFor(() => chat.button('Send'), 'Send again');
    const kept = chat.lastAnswer();
    expect(kept).to.contain('Stopped.');
    await new Promise((r) => setTimeout(r, 300));
    expect(chat.lastAnswer()).to.equal(kept);
  });

  it('says the key was refused on 401, and stays usable', async () => {
    const { chat } = await card(settingsFor(`${LLM_URL}/key/right-key/v1`, 'wrong-key'));
    await chat.ask('Hi');
    await chat.waitFor(() => chat.alert(), 'an alert');
    expect(chat.alert()).to.contain('refused the API key').and.contain('401');
    expect(chat.alert()).not.to.contain('wrong-key');
    expect(chat.textbox.disabled).to.equal(false);
  });

  it('says the base URL may lack /v1 on 404', async () => {
    const { chat } = await card(settingsFor(`${LLM_URL}`));
    await chat.ask('Hi');
    await chat.waitFor(() => chat.alert(), 'an alert');
    expect(chat.alert()).to.contain('404').and.contain('/v1');
  });

  it('says it cannot reach an unreachable host', async () => {
    const { chat } = await card(settingsFor('http://127.0.0.1:9/v1'));
    await chat.ask('Hi');
    await chat.waitFor(() => chat.alert(), 'an alert', 20_000);
    expect(chat.alert()).to.contain('Cannot reach the provider at http://127.0.0.1:9/v1');
  });

  it('shows what to do when no provider is set up', async () => {
    const { chat } = await card(undefined);
    await chat.waitFor(() => chat.alert(), 'an alert');
    expect(chat.alert()).to.contain('No provider is set up yet');
  });

  it('refuses an API key in its YAML', async () => {
    const el = document.createElement('openai-compatible-conversation-card');
    expect(() =>
      el.setConfig({ type: 'custom:openai-compatible-conversation-card', api_key: 'sk-x' }),
    ).to.throw(/does not belong in a card/);
  });

  it('is usable at phone width', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { el, chat } = await card(settingsFor(`${LLM_URL}/v1`));
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      const box = chat.textbox.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(200);
      expect(chat.button('Send')!.getBoundingClientRect().right).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
