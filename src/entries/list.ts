// Loaded when the panel is first shown (a dashboard with only the card never needs it).
import { OaccConversationList } from '../panel/conversation-list';
import { TAGS } from '../const';
import { define } from '../define';

define([[TAGS.conversationList, OaccConversationList]]);
