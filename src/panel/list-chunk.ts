// Loaded when the panel is first shown (a dashboard with only the card never needs it).
import { OaccConversationList } from './conversation-list';
import { define } from '../define';

define([['oacc-conversation-list', OaccConversationList]]);
