// Loaded when the panel first shows its settings pages.
import { OaccConversationStorage } from '../panel/storage-section';
import { OaccMcpSettings } from '../panel/mcp-settings';
import { OaccMemoryPage } from '../panel/memory-page';
import { OaccPersonasPage } from '../panel/personas-page';
import { OaccPromptsPage } from '../panel/prompts-page';
import { OaccProviderForm } from '../panel/provider-form';
import { OaccSettingsImport } from '../panel/settings-import';
import { OaccSettingsPage } from '../panel/settings-page';
import { OaccUsagePage } from '../panel/usage-page';
import { TAGS } from '../const';
import { define } from '../define';

define([
  [TAGS.storageSection, OaccConversationStorage],
  [TAGS.providerForm, OaccProviderForm],
  [TAGS.settingsImport, OaccSettingsImport],
  [TAGS.mcpSettings, OaccMcpSettings],
  [TAGS.memoryPage, OaccMemoryPage],
  [TAGS.personasPage, OaccPersonasPage],
  [TAGS.promptsPage, OaccPromptsPage],
  [TAGS.settingsPage, OaccSettingsPage],
  [TAGS.usagePage, OaccUsagePage],
]);
