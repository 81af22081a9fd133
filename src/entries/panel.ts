// Loaded when the sidebar panel is first shown (see panel/panel-loader.ts).
import { OaccConversationPanel } from '../panel/conversation-panel';
import { TAGS } from '../const';
import { define } from '../define';

define([[TAGS.conversationPanel, OaccConversationPanel]]);
