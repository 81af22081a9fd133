import { html } from 'lit';
import type { ModelChoice } from '../chat/model-choice';
import { strings } from '../i18n';
import type { ChatController } from './chat-controller';
import type { OaccEvents } from './events';
import type { MemoryView } from './chat-starters';

/** Why this model takes no pictures, if it does not. */
function noPictures(model: ModelChoice | undefined): string | undefined {
  if (model?.agent) return strings.agents.noPictures;
  return model?.vision === false ? strings.images.noVision(model.model) : undefined;
}

/** The chat view wired to a controller: the one template card and panel share. */
export function chatViewFor(chat: ChatController) {
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
    @oacc-draft=${(e: CustomEvent<OaccEvents['oacc-draft']>) => chat.actOnDraft(e.detail)}
    @oacc-memory-undo=${(e: CustomEvent<{ id: string }>) => chat.undoMemory(e.detail.id)}
  >
    <oacc-chat-starters
      slot="above-composer"
      .memory=${memoryView(chat)}
      @oacc-memory-toggle=${() => chat.memory.toggle()}
    ></oacc-chat-starters>
  </oacc-chat-view>`;
}

/** What the chat shows of the user's memory (not while the conversation is being read). */
function memoryView(chat: ChatController): MemoryView | undefined {
  const { messages, loading } = chat.state;
  if (loading) return undefined;
  return { kept: chat.memory.kept, uses: chat.memory.uses(messages), empty: !messages.length };
}
