// Loaded when Home Assistant opens the card's editor (getConfigElement), not before.
import { EDITOR_TAG } from './conversation-card';
import { OpenaiCompatibleConversationCardEditor } from './conversation-card-editor';
import { OaccProviderForm } from '../panel/provider-form';
import { OaccMultiPicker } from '../ui/multi-picker';
import { define } from '../define';

define([
  ['oacc-provider-form', OaccProviderForm],
  ['oacc-multi-picker', OaccMultiPicker],
  [EDITOR_TAG, OpenaiCompatibleConversationCardEditor],
]);
