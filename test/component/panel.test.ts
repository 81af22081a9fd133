import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index';
import { ChatHarness } from '../helpers/chat-harness';
import { FakeConnection, until } from '../helpers/fake-connection';
import { LLM_URL } from '../helpers/llm';
import type { OpenaiCompatibleConversationPanel } from '../../src/panel/conversation-panel';
import { SETTINGS_KEY } from '../../src/schema/settings';

describe('the panel', () => {
  it('chats at full height with the default provider', async () => {
    const conn = new FakeConnection();
    conn.data.set(SETTINGS_KEY, {
      version: 1,
      providers: [
        {
          id: 's',
          name: 'S',
          base_url: `${LLM_URL}/v1`,
          auth_mode: 'global',
          models: [{ model_id: 'scripted-model' }],
        },
      ],
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="height: 600px; display: flex; flex-direction: column">
        <openai-compatible-conversation-panel
          style="flex: 1"
        ></openai-compatible-conversation-panel>
      </div>`,
    );
    const panel = wrapper.firstElementChild as OpenaiCompatibleConversationPanel;
    panel.hass = { connection: conn, user: { id: 'u1' } } as never;
    const chat = new ChatHarness(panel);
    await until(() => chat.textbox, 'the composer');
    // The composer sits at the bottom of the full-height panel.
    expect(chat.textbox.getBoundingClientRect().bottom).to.be.greaterThan(500);
    await chat.ask('Hello panel');
    await chat.waitFor(
      () => chat.button('Send') && chat.lastAnswer().includes('Hello panel'),
      'the answer',
    );
    expect(chat.messages()[0]).to.deep.equal(['user', 'Hello panel']);
  });

  it('asks Home Assistant to open the sidebar from its menu button when narrow', async () => {
    const panel = await fixture<OpenaiCompatibleConversationPanel>(
      html`<openai-compatible-conversation-panel narrow></openai-compatible-conversation-panel>`,
    );
    let toggled = false;
    panel.addEventListener('hass-toggle-menu', () => (toggled = true));
    (panel.shadowRoot!.querySelector('[aria-label="Menu"]') as HTMLButtonElement).click();
    expect(toggled).to.equal(true);
  });
});
