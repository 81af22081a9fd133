// Loaded when Home Assistant opens the card's editor (getConfigElement), not before.
import { OpenaiCompatibleConversationCardEditor } from '../card/conversation-card-editor';
import { OaccProviderForm } from '../panel/provider-form';
import { OaccMultiPicker } from '../ui/multi-picker';
import { TAGS } from '../const';
import { define } from '../define';

define([
  [TAGS.providerForm, OaccProviderForm],
  [TAGS.multiPicker, OaccMultiPicker],
  [TAGS.editor, OpenaiCompatibleConversationCardEditor],
]);
