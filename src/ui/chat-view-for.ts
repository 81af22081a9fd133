import { html } from 'lit';
import type { ModelChoice } from '../chat/model-choice';
import { strings } from '../i18n';
import type { ChatController } from './chat-controller';
import type { OaccEvents } from './events';
import type { MemoryView, PersonaView } from './chat-starters';
import { personasOf, promptsOf } from '../chat/personas';
import type { QuickPrompt } from '../schema/personas';
import type { Settings } from '../schema/settings';

/** Why this model takes no pictures, if it does not. */
function noPictures(model: ModelChoice | undefined): string | undefined {
  if (model?.agent) return strings.agents.noPictures;
  return model?.vision === false ? strings.images.noVision(model.model) : undefined;
}

/** The chat view wired to a controller: the one template card and panel share (a persona is
 * picked in the panel; a card shows the quick prompts its editor chose as chips). */
export function chatViewFor(chat: ChatController, where: 'card' | 'panel') {
  const settings = chat.settings.status === 'ready' ? chat.settings.settings : undefined;
  const prompts = settings ? promptsOf(settings) : undefined;
  const voice = chat.voice;
  return html`<oacc-chat-view
    .state=${chat.state}
    .blocker=${chat.blocker}
    .notice=${voice.problem ?? chat.usage.budgetPassed}
    .contextLimit=${chat.model?.contextLength}
    @oacc-dismiss-notice=${() => (voice.problem ? voice.dismiss() : chat.usage.dismiss())}
    .reading=${voice.reading}
    .voice=${voice.speech}
    @oacc-read-aloud=${(e: CustomEvent<{ id: string }>) => void voice.readAloud(e.detail.id)}
    @oacc-stop-reading=${() => voice.stopReading()}
    .noVision=${noPictures(chat.model)}
    .cameras=${chat.cameras.any && !chat.model?.agent ? chat.cameras : undefined}
    @oacc-send=${(e: CustomEvent<OaccEvents['oacc-send']>) =>
      chat.send(e.detail.text, e.detail.attachments)}
    @oacc-stop=${() => chat.stop()}
    @oacc-retry=${() => chat.retry()}
    @oacc-dismiss=${() => chat.dismiss()}
    @oacc-decide=${(e: CustomEvent<{ id: string; approve: boolean }>) =>
      chat.decide(e.detail.id, e.detail.approve)}
    @oacc-regenerate=${(e: CustomEvent<{ id: string }>) => chat.regenerate(e.detail.id)}
    @oacc-edit=${(e: CustomEvent<{ id: string; text: string }>) =>
      chat.edit(e.detail.id, e.detail.text)}
    @oacc-continue=${(e: CustomEvent<{ id: string }>) => chat.continueAnswer(e.detail.id)}
    @oacc-delete-message=${(e: CustomEvent<{ id: string }>) => chat.deleteMessage(e.detail.id)}
    @oacc-variant=${(e: CustomEvent<{ id: string }>) => chat.showVariant(e.detail.id)}
    .states=${chat.liveStates}
    .modelNames=${chat.agentNames}
    .drafts=${chat.drafts}
    .prompts=${prompts}
    @oacc-quick-prompt=${(e: CustomEvent<{ id: string }>) => chat.quickPrompt(e.detail.id)}
    @oacc-draft=${(e: CustomEvent<OaccEvents['oacc-draft']>) => chat.actOnDraft(e.detail)}
    @oacc-memory-undo=${(e: CustomEvent<{ id: string }>) => chat.undoMemory(e.detail.id)}
  >
    <oacc-chat-starters
      slot="above-composer"
      .memory=${memoryView(chat)}
      .persona=${personaView(chat, settings, where)}
      .chips=${where === 'card' ? chipsOf(chat, prompts) : undefined}
      ?busy=${chat.state.busy}
      @oacc-memory-toggle=${() => chat.memory.toggle()}
      @oacc-persona=${(e: CustomEvent<{ id: string | null }>) => chat.persona.choose(e.detail.id)}
    ></oacc-chat-starters>
  </oacc-chat-view>`;
}

/** What the chat shows of the user's memory (not while the conversation is being read). */
function memoryView(chat: ChatController): MemoryView | undefined {
  const { messages, loading } = chat.state;
  if (loading) return undefined;
  return { kept: chat.memory.kept, uses: chat.memory.uses(messages), empty: !messages.length };
}

/** The conversation's persona, to pick (the panel, before the first question) or to name. */
function personaView(
  chat: ChatController,
  settings: Settings | undefined,
  where: 'card' | 'panel',
): PersonaView | undefined {
  const { messages, loading } = chat.state;
  if (!settings || loading) return undefined;
  return {
    options: personasOf(settings),
    id: chat.persona.idFor(messages, chat.config.persona_id),
    pickable: where === 'panel' && !messages.length,
  };
}

/** The quick prompts a card's editor chose, in its order. */
function chipsOf(chat: ChatController, prompts: readonly QuickPrompt[] | undefined) {
  const ids = chat.config.quick_prompts ?? [];
  return ids.flatMap((id) => prompts?.filter((p) => p.id === id) ?? []);
}
