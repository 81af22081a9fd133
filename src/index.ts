import { OpenaiCompatibleConversationCard } from './card/conversation-card';
import { OpenaiCompatibleConversationCardEditor } from './card/conversation-card-editor';
import { OpenaiCompatibleConversationPanel } from './panel/conversation-panel';
import { OaccConversationList } from './panel/conversation-list';
import { OaccConversationStorage } from './panel/conversation-storage';
import { OaccProviderForm } from './panel/provider-form';
import { OaccSettingsPage } from './panel/settings-page';
import { OaccChatMessage } from './ui/chat-message';
import { OaccChatView } from './ui/chat-view';
import { OaccComposer } from './ui/composer';
import { OaccErrorBanner } from './ui/error-banner';
import { OaccMarkdown } from './ui/markdown-view';
import { OaccToolCall } from './ui/tool-call';
import { CARD_TYPE } from './schema/card-config';
import { strings } from './i18n/en';

// Registers every element synchronously when the module loads (Home Assistant shows an error card
// when a card's tag is not defined within 2 s), skipping tags already defined: HACS and a
// dashboard resource can load this file twice.
const elements: readonly [string, CustomElementConstructor][] = [
  ['oacc-markdown', OaccMarkdown],
  ['oacc-tool-call', OaccToolCall],
  ['oacc-chat-message', OaccChatMessage],
  ['oacc-error-banner', OaccErrorBanner],
  ['oacc-composer', OaccComposer],
  ['oacc-chat-view', OaccChatView],
  ['oacc-conversation-list', OaccConversationList],
  ['oacc-conversation-storage', OaccConversationStorage],
  ['oacc-provider-form', OaccProviderForm],
  ['oacc-settings-page', OaccSettingsPage],
  [CARD_TYPE, OpenaiCompatibleConversationCard],
  ['openai-compatible-conversation-card-editor', OpenaiCompatibleConversationCardEditor],
  ['openai-compatible-conversation-panel', OpenaiCompatibleConversationPanel],
];
for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

interface CustomCardEntry {
  type: string;
  name: string;
  description?: string;
  preview?: boolean;
}
const w = window as Window & { customCards?: CustomCardEntry[] };
w.customCards ??= [];
if (!w.customCards.some((c) => c.type === CARD_TYPE)) {
  w.customCards.push({
    type: CARD_TYPE,
    name: strings.cardName,
    description: strings.cardDescription,
    preview: true,
  });
}
