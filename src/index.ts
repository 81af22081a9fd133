import { OpenaiCompatibleConversationCard } from './card/conversation-card';
import { OpenaiCompatibleConversationPanel } from './panel/panel-loader';
import { OaccChatMessage } from './ui/chat-message';
import { OaccChatView } from './ui/chat-view';
import { OaccComposer } from './ui/composer';
import { OaccErrorBanner } from './ui/error-banner';
import { OaccMarkdown } from './ui/markdown-view';
import { OaccToolCall } from './ui/tool-call';
import { OaccOutdated } from './ui/outdated';
import { OaccChatStarters } from './ui/chat-starters';
import { CARD_TYPE } from './schema/card-config';
import { TAGS } from './const';
import { define } from './define';
import { setLanguage, strings } from './i18n';

// Registers the card, the chat it shows and the panel's tag synchronously when the module loads
// (Home Assistant shows an error card when a card's tag is not defined within 2 s, and creates a
// panel's element as soon as its module has loaded). The panel itself, the card editor, the
// settings pages and the panel's list come in chunks of their own when first needed (entries/).
define([
  [TAGS.markdown, OaccMarkdown],
  [TAGS.toolCall, OaccToolCall],
  [TAGS.chatMessage, OaccChatMessage],
  [TAGS.errorBanner, OaccErrorBanner],
  [TAGS.composer, OaccComposer],
  [TAGS.chatView, OaccChatView],
  [TAGS.outdated, OaccOutdated],
  [TAGS.chatStarters, OaccChatStarters],
  [TAGS.card, OpenaiCompatibleConversationCard],
  [TAGS.panel, OpenaiCompatibleConversationPanel],
]);

interface CustomCardEntry {
  type: string;
  name: string;
  description?: string;
  preview?: boolean;
}
const w = window as Window & { customCards?: CustomCardEntry[] };
w.customCards ??= [];
if (!w.customCards.some((c) => c.type === CARD_TYPE)) {
  // Read when the card picker opens, in the user's language by then.
  w.customCards.push({
    type: CARD_TYPE,
    get name() {
      return strings.cardName;
    },
    get description() {
      return strings.cardDescription;
    },
    preview: true,
  });
}

// Home Assistant names the page's language (<html lang>) before any card has `hass`: the card
// picker's name and description follow it.
void setLanguage(document.documentElement.lang || navigator.language);
