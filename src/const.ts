// Every custom element tag of the card, in one place. The first three are public (dashboards,
// `panel_custom` and Home Assistant's card editor name them); the rest are the card's own.

export const TAGS = {
  card: 'openai-compatible-conversation-card',
  editor: 'openai-compatible-conversation-card-editor',
  panel: 'openai-compatible-conversation-panel',
  // Defined with the card (the first load).
  markdown: 'oacc-markdown',
  toolCall: 'oacc-tool-call',
  chatMessage: 'oacc-chat-message',
  errorBanner: 'oacc-error-banner',
  composer: 'oacc-composer',
  chatView: 'oacc-chat-view',
  outdated: 'oacc-outdated',
  chatStarters: 'oacc-chat-starters',
  // Defined by the entries (src/entries/) that load them.
  conversationPanel: 'oacc-conversation-panel',
  conversationList: 'oacc-conversation-list',
  providerForm: 'oacc-provider-form',
  multiPicker: 'oacc-multi-picker',
  settingsPage: 'oacc-settings-page',
  settingsImport: 'oacc-settings-import',
  mcpSettings: 'oacc-mcp-settings',
  storageSection: 'oacc-conversation-storage',
  usagePage: 'oacc-usage-page',
  memoryPage: 'oacc-memory-page',
  personasPage: 'oacc-personas-page',
  promptsPage: 'oacc-prompts-page',
  automationDraft: 'oacc-automation-draft',
} as const;
