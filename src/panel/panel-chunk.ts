// Loaded when the sidebar panel is first shown (see panel-shell.ts).
import { OaccConversationPanel } from './conversation-panel';
import { define } from '../define';

define([['oacc-conversation-panel', OaccConversationPanel]]);
