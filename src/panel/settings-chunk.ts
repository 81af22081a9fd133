// Loaded when the panel first shows its settings pages.
import { OaccConversationStorage } from './conversation-storage';
import { OaccProviderForm } from './provider-form';
import { OaccSettingsImport } from './settings-import';
import { OaccSettingsPage } from './settings-page';
import { OaccUsagePage } from './usage-page';
import { define } from '../define';

define([
  ['oacc-conversation-storage', OaccConversationStorage],
  ['oacc-provider-form', OaccProviderForm],
  ['oacc-settings-import', OaccSettingsImport],
  ['oacc-settings-page', OaccSettingsPage],
  ['oacc-usage-page', OaccUsagePage],
]);
