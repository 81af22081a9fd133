// The English words of the pages that load in chunks of their own (the settings, the card
// editor, the conversation storage): kept out of the first load, and added to `strings` by the
// modules that show them (each imports ./pages). Translations hold them as every other key.

export const enPages = {
  freshConversation:
    'Start a new conversation at each visit (kiosks, wall tablets); earlier ones stay in the panel’s list',
  exportTool: 'Tool',
  importWhat: 'Import',
  importMismatch: (entry: string, doc: string) =>
    `the entry ${entry} and the conversation ${doc} do not match`,
  sidebarMenu: 'Menu',
  confirmField:
    'Also ask before acting on (domains or entities, for all your chats; locks, alarms and garage doors always ask)',
  cameraApprovalField: 'Ask before the model looks through a camera (for all your chats)',
  toolsToggle: 'Let the model read and control the home (tools)',
  scopeNarrow: 'Narrow it for this card below (comma-separated; empty: no narrowing).',
  // The settings' "Conversations" section.
  storage: {
    title: 'Conversations',
    measuring: 'Measuring what your conversations take…',
    used: (n: number, used: string, budget: string) =>
      `${n} conversation${n === 1 ? '' : 's'}, ${used} of the ${budget} set aside for them in your Home Assistant user data`,
    near: 'Your conversations are nearing the space set aside for them. Export and archive older ones (Archive in the list, then move them to a file here), or delete some. Nothing is removed unless you do it.',
    over: 'Your conversations take more than the space set aside for them. They are all still kept, but Home Assistant rewrites this data on every message and keeps it in every backup: export and archive older ones, or delete some.',
    largeConversation: (title: string, size: string) =>
      `“${title}” alone takes ${size}. Home Assistant cannot store a conversation much larger than 3 MB: export it and continue in a new one.`,
    explain:
      'Conversations live in your Home Assistant user data, beside your settings, so every device you log in with sees them. Nothing is deleted unless you delete it.',
    exportMarkdown: 'Export all as Markdown',
    exportJson: 'Export all as JSON',
    import: 'Import conversations',
    imported: (n: number, added: number, changed: number) =>
      `Read ${n} conversation${n === 1 ? '' : 's'} from the file: ${added} new, ${changed} with messages added.`,
    moveArchived: (n: number) => `Move ${n} archived to a file`,
    confirmMove: (n: number) =>
      `The ${n} archived conversation${n === 1 ? ' is' : 's are'} in the file just saved. Remove ${n === 1 ? 'it' : 'them'} from Home Assistant now?`,
    moved: (n: number) => `${n} archived conversation${n === 1 ? '' : 's'} moved to the file.`,
  },
  settings: {
    title: 'Settings',
    providers: 'Providers',
    addProvider: 'Add provider',
    editProvider: (name: string) => `Edit ${name}`,
    authMode: 'Keys',
    authGlobal: 'One key for all models',
    authPerModel: 'A key per model',
    keySaved: 'Saved — type to replace',
    keyMoved: (from: string, to: string) =>
      `The saved key was for ${from}: it is not sent to ${to}. Type the key for the new address.`,
    removeKey: 'Remove the saved key',
    timeout: 'Timeout (seconds, for the first byte and between chunks)',
    addModel: 'Add',
    modelsFetched: (n: number, when: string) => `${n} models from the provider, fetched ${when}.`,
    chosenModels: 'Models of this provider',
    removeModel: (id: string) => `Remove ${id}`,
    remove: 'Remove',
    displayName: 'Display name',
    modelKey: (id: string) => `API key for ${id}`,
    modelTools: 'Tools (function calling): this model may act on the house',
    edit: 'Edit',
    makeDefault: 'Make default',
    isDefault: 'Default',
    defaultModel: 'Default model',
    modelsCount: (n: number) => (n === 1 ? '1 model' : `${n} models`),
    keyState: { global: 'key saved', none: 'no key', per_model: 'a key per model' },
    confirmRemove: (name: string) =>
      `Remove ${name}? Its key is deleted with it; cards that use it will say so until you pick another provider.`,
    noProviders:
      'No provider yet. Add one: LiteLLM, Ollama, vLLM, OpenAI, … (base URL usually ends in /v1).',
    export: 'Export settings',
    exportHint: 'A JSON file without any key.',
    import: 'Import settings',
    importReview: 'What importing this file changes',
    importLoosens: 'Less safe:',
    importNoChanges: 'Nothing changes.',
    importConfirm: 'Import',
    importKeysNeeded: (names: string[]) => `After importing, add the keys of: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `Imported ${n} provider${n === 1 ? '' : 's'}.${missing.length ? ` Add the keys of: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Your settings could not be read',
    invalidBody:
      'They are kept exactly as they are. Export them to fix them by hand, then import the fixed file, or start over (a copy is kept in your user data).',
    exportBroken: 'Export the document',
    startOver: 'Start over',
    confirmStartOver:
      'Replace your settings with empty ones? A copy of the current document is kept.',
    saved: 'Saved.',
    back: 'Back to the chat',
    managePrompt: 'Providers, models and keys are managed in the AI Chat panel’s settings.',
    openSettings: 'Open settings',
    maxRounds: 'Tool rounds per answer',
    server: 'Server',
    name: 'Name',
    baseUrl: 'Base URL',
    apiKey: 'API key (optional; kept in your Home Assistant user data, never in the card)',
    cancel: 'Cancel',
    saveProvider: 'Save provider',
    loadModels: 'Load models',
    reloadModels: 'Reload models',
    typeModel: 'Or type a model id',
    searchModels: 'Search models',
    models: 'Models',
    noModelsMatch: 'No models match.',
    moreModels: (n: number) => `${n} more: narrow the search.`,
    maxTokens: 'Max tokens',
    temperature: 'Temperature',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Learned from the provider’s answers: ${[
        l.token_param === 'max_completion_tokens'
          ? 'the reply length is sent as max_completion_tokens (it refused max_tokens)'
          : '',
        l.temperature === false ? 'no temperature is sent (it takes only its default)' : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Forget',
    forgetLearned: (id: string) => `Forget what was learned about ${id}`,
    serverAuto: (name: string) => `Recognised from the address (${name})`,
  },
  // The card editor.
  editor: {
    title: 'Title',
    agent: 'Agent',
    systemPrompt: 'System prompt template',
    maxTokens: 'Max tokens',
    temperature: 'Temperature',
    contextMessages: 'Context messages',
    home: 'Home',
    onlyDomains: 'Only these domains',
    onlyAreas: 'Only these areas',
    onlyEntities: 'Only these entities',
    search: 'Search',
    providerAndModel: 'Provider and model',
    noProviderYet: 'No provider yet: add one to start chatting.',
    provider: 'Provider',
    model: 'Model',
    default: 'Default',
    defaultNamed: (name: string) => `Default (${name})`,
    addProvider: 'Add provider',
    settingsInvalid: (issues: string) => `Your settings do not validate: ${issues}`,
  },
  // A list to choose several from, searched by typing (the card editor's scope).
  picker: {
    add: (text: string) => `Add “${text}”`,
    remove: (name: string) => `Remove ${name}`,
    noMatch: 'Nothing matches',
    more: 'More match: type to narrow the list',
  },
  // Test connection, step by step.
  diagnose: {
    button: 'Test connection',
    running: 'Testing…',
    titles: {
      address: 'Address',
      reach: 'Server reachable',
      cors: 'Calls from this page allowed (CORS)',
      key: 'API key',
      models: 'Model list (/models)',
      completion: 'A one-token answer',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: 'passed', warn: 'warning', fail: 'failed', skipped: 'not checked' },
    skipped: 'Not checked: an earlier step failed.',
    badUrl: (url: string) => `“${url}” is not an http(s) address.`,
    badUrlFix: 'Type the full address, e.g. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, callable from this page.`,
    reachOk: (host: string) => `${host} answers.`,
    corsOk: 'The server lets this page call it.',
    keyOk: 'The key was accepted.',
    noKeyOk: 'No key sent, and the server did not ask for one.',
    modelsOk: (n: number) => `${n} models listed.`,
    modelNotListed: (n: number, model: string) => `${n} models listed, but not “${model}”.`,
    modelNotListedFix:
      'Check the model id; some servers list only part of what they serve, so the next step tries it.',
    noModelList: 'This server has no model list: type model ids by hand.',
    noModelListFix: 'Nothing to fix if the answer below works.',
    v1Fix: 'Does the base URL end in /v1? Most OpenAI-compatible servers need it.',
    noModel: 'No model picked yet: choose or type one, then test again.',
    completionOk: (model: string) => `${model} answered.`,
    unknownModel: (model: string) => `The provider does not know the model “${model}”.`,
    unknownModelFix:
      'Pick the model from the provider’s list (Reload models), or check how the provider spells it.',
  },
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (api-key header)',
    anthropic: 'Anthropic (OpenAI compatibility)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (OpenAI compatibility)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Other OpenAI-compatible server',
  },
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Adds the provider ${name} (${origin}).`,
    providerRemoved: (name: string) => `Removes the provider ${name} and its keys.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Moves ${name} from ${from} to ${to}.`,
    providerChanged: (name: string) => `Changes the settings of ${name}.`,
    keyRetype: (name: string) =>
      `${name} goes to another address or server kind now: its saved key is not sent there. Type the key again in its settings.`,
    cameraApprovalOn: 'The model asks before it looks through a camera.',
    cameraApprovalOff: 'The model looks through cameras without asking first.',
    confirmRemoved: (items: string) => `These no longer ask before acting: ${items}.`,
    confirmAdded: (items: string) => `These ask before acting: ${items}.`,
    toolsOn: 'The model may act on your home.',
    toolsOff: 'The model no longer acts on your home.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) may act on your home.`,
    maxRounds: (from: number, to: number) => `Rounds of tool calls per answer: ${from} → ${to}.`,
    autoReadOn: 'Each answer is read aloud as it completes.',
    autoReadOff: 'Answers are no longer read aloud by themselves.',
    sendSpokenOn: 'What you say is sent at once, without a look at the text.',
    sendSpokenOff: 'What you say goes into the message box first.',
    promptChanged: 'The system prompt changes.',
    defaultChanged: (to: string) => `The default model becomes ${to}.`,
  },
  scopeNote: {
    assist: 'The model sees the entities you exposed to Assist.',
    'assist-registry':
      'The model sees the entities exposed to Assist. Entities without a unique ID are left out: only admins can read their exposure setting.',
  },
} as const;
