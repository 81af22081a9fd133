// Every string a user sees, in English: the source of every translation (src/i18n/<language>.ts,
// each typed as `Strings`, so a missing or mistyped key does not build). Keys stay stable.

export const en = {
  cardName: 'OpenAI Compatible Conversation',
  cardDescription:
    'Chat with your own OpenAI-compatible provider (LiteLLM, Ollama, vLLM, OpenAI, ...) and act on your home.',
  panelTitle: 'AI Chat',
  message: 'Message',
  send: 'Send',
  stop: 'Stop',
  placeholder: 'Ask anything…',
  emptyConversation: 'Say hello to start a conversation.',
  you: 'You',
  assistant: 'Assistant',
  thinking: 'Thinking',
  reasoning: 'Reasoning',
  cutOff: 'The answer was cut off here.',
  stoppedByUser: 'Stopped.',
  dismiss: 'Dismiss',
  retry: 'Try again',
  openSettings: 'Open settings',
  announceAnswer: (text: string) => `Assistant: ${text}`,
  retrying: (s: number) => `Retrying in ${s} s…`,

  // Per message.
  msg: {
    copy: 'Copy',
    readAloud: 'Read aloud',
    stopReading: 'Stop reading',
    copied: 'Copied',
    copyCode: 'Copy code',
    edit: 'Edit',
    editLabel: 'Edit message',
    sendEdited: 'Send edited message',
    cancel: 'Cancel',
    regenerate: 'Regenerate',
    continue: 'Continue',
    delete: 'Delete',
    previousVariant: 'Previous variant',
    nextVariant: 'Next variant',
    variantOf: (i: number, n: number) => `Variant ${i} of ${n}`,
    writtenBy: (model: string) => `Written by ${model}`,
    notSaved: 'Not saved yet',
    notSavedWhy:
      'Home Assistant could not store this yet. It is tried again as soon as the connection is back; keep this page open until then.',
    earlier: (n: number) => `Show earlier messages (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `This conversation could not be read (${issues}). It is kept as it is.`,
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
  freshConversation:
    'Start a new conversation at each visit (kiosks, wall tablets); earlier ones stay in the panel’s list',
  openInPanel: 'Open in panel',
  conversations: {
    list: 'Conversations',
    toggle: 'Show conversations',
    new: 'New conversation',
    search: 'Search conversations',
    searchPlaceholder: 'Search titles and messages',
    untitled: 'New conversation',
    today: 'Today',
    yesterday: 'Yesterday',
    options: (title: string) => `Options for ${title}`,
    rename: 'Rename',
    renameLabel: 'Conversation name',
    archive: 'Archive',
    unarchive: 'Unarchive',
    archived: (n: number) => `Archived (${n})`,
    exportMarkdown: 'Export as Markdown',
    exportJson: 'Export as JSON',
    delete: 'Delete',
    deleted: (title: string) => `Deleted “${title}”.`,
    undo: 'Undo',
    noMatches: 'No conversation matches.',
    unreadable: (issues: string) =>
      `Your conversation list could not be read (${issues}). It is kept as it is; new conversations are not listed until it is fixed.`,
    empty: 'No conversations yet.',
    model: 'Model',
    modelDefault: (name: string) => `Default (${name})`,
    shortcuts: 'Alt+Shift+N: new conversation · /: message box · Esc: stop the answer',
  },
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
  exportTool: 'Tool',
  importWhat: 'Import',
  importMismatch: (entry: string, doc: string) =>
    `the entry ${entry} and the conversation ${doc} do not match`,

  noProvider: 'No provider is set up yet. Add one in this card’s editor (or the AI Chat settings).',
  unknownProvider: (id: string) =>
    `This card uses the provider “${id}”, which is no longer in your settings. Pick another in the card editor.`,
  noModel: (provider: string) =>
    `The provider “${provider}” has no model selected. Pick a model in the card editor.`,
  settingsInvalid: (issues: string) =>
    `Your AI Chat settings could not be read (${issues}). They are kept as they are; fix or export them in the settings.`,
  settingsLoading: 'Loading your settings…',

  // Settings pages.
  voice: {
    speak: 'Speak',
    noStt:
      'Your voice assistant has no speech-to-text: choose one for it in Settings → Voice assistants.',
    sttRefused: (said: string) =>
      `Your voice assistant’s speech-to-text does not take the audio Home Assistant’s voice dialog sends (16 kHz mono). Choose another one in Settings → Voice assistants. Home Assistant says: ${said}`,
    nothingHeard: 'Nothing was understood. Speak again, closer to the microphone.',
    micRefused:
      'The browser was not allowed to use the microphone: allow it for this site (the icon in the address bar), then try again.',
    noMic: 'No microphone was found on this device.',
    insecure:
      'Browsers give the microphone only to secure pages: open Home Assistant over https (or on this machine at localhost).',
    sendSpoken: 'Send what you say at once (otherwise it lands in the message box)',
    noPipeline:
      'No voice assistant is set up in Home Assistant: add one in Settings → Voice assistants.',
    noTts:
      'Your voice assistant has no text-to-speech: choose one for it in Settings → Voice assistants.',
    failed: (what: string) => `Voice failed: ${what}`,
    autoRead:
      'Read each answer aloud as it completes (your voice assistant’s text-to-speech, for all your chats)',
  },
  agents: {
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home Assistant agents',
    note: 'Home Assistant’s own agents act on the house with their own tools and rights: Approve and this card’s scope do not apply to what they do.',
    noPictures:
      'Home Assistant’s agents take no pictures: choose a provider’s model to ask about one.',
  },
  images: {
    attach: 'Attach image',
    snapshot: 'Camera snapshot',
    camera: 'Camera',
    pickCamera: 'Pick a camera…',
    noCamera: 'No camera is in this chat’s scope (cameras exposed to Assist).',
    snapshotFailed: 'The camera’s picture could not be fetched from Home Assistant.',
    /** The pictures waiting above the message box. */
    attached: 'Pictures to send',
    picture: (n: number) => `Picture ${n}`,
    remove: (n: number) => `Remove picture ${n}`,
    /** A picture shown with a question in the conversation. */
    sent: 'Picture sent with the question',
    tooMany: (n: number) => `At most ${n} pictures go with one question.`,
    unreadable: 'That file could not be read as a picture.',
    noVision: (model: string) =>
      `${model} is set as not taking pictures (Vision is off in its settings): turn Vision on for it, or choose a model that takes pictures.`,
    /** Per model in the provider settings. */
    vision: 'Vision: takes pictures',
    fromTool: 'Picture the model was shown',
  },
  context: {
    /** The meter by the message box. */
    label: 'Context',
    used: (tokens: string, limit: string) => `${tokens} of ${limit} tokens`,
    leftOut: (n: number) => `Earlier messages left out to fit the model’s context: ${n}`,
    /** Per model in the provider settings. */
    length: 'Context length (tokens)',
    learned: (n: string) => `The provider said its context is ${n} tokens.`,
  },
  usage: {
    title: 'Usage',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} in · ${output} out`,
    answerLong: (input: string, output: string) => `${input} tokens in, ${output} tokens out`,
    reasoning: (n: string) => `${n} of them reasoning`,
    cached: (n: string) => `${n} from the provider’s cache`,
    estimated: 'Estimated: the provider reported no usage, so it was counted from the text.',
    priced: 'Cost from the prices set for this model.',
    conversation: (tokens: string) => `This conversation: ${tokens} tokens`,
    days: 'Last 30 days',
    chart: 'Tokens per day and model, last 30 days',
    model: 'Model',
    answers: 'Answers',
    input: 'Tokens in',
    output: 'Tokens out',
    cost: 'Cost',
    total: 'Total',
    none: 'Nothing counted yet: usage appears here after the first answer.',
    someEstimated: (n: string) => `${n} estimated (no usage reported)`,
    explain:
      'Counted from what each provider reports with its answer, else estimated from the text (about four characters a token). Cost is what the provider reports (OpenRouter), else what the prices you set for a model give. Kept in your Home Assistant user data: each request for a week, then one total per model and day; deleting a conversation does not change it.',
    budget: 'Monthly budget (US$)',
    budgets: 'Monthly budgets',
    /** A provider's cost this calendar month against the budget set for it. */
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} of ${budget} this month`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} has cost ${spent} this month, more than its monthly budget of ${budget}.`,
    priceInput: 'Price per million tokens in (US$)',
    priceOutput: 'Price per million tokens out (US$)',
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
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menu',
  connectionLost: 'The connection to Home Assistant was lost.',
  outdated: 'This card was updated since the page was loaded: reload the page.',

  // A list to choose several from, searched by typing (the card editor's scope).
  picker: {
    add: (text: string) => `Add “${text}”`,
    remove: (name: string) => `Remove ${name}`,
    noMatch: 'Nothing matches',
    more: 'More match: type to narrow the list',
  },
  // Problems with stored or typed documents.
  problems: {
    cardConfig: 'Card configuration',
    secretInCard: (key: string) =>
      `"${key}" does not belong in a card: every user who can open this dashboard can read its configuration. Remove it and add the key in the AI Chat settings, which keep it in your own Home Assistant user data.`,
    newerVersion: (what: string, version: string) =>
      `written by a newer version of this card (${what} version ${version}); update the card — it is kept as it is`,
    noUpgrade: (version: number) => `no upgrade from settings version ${version}`,
    settingsInvalid: (issues: string) =>
      `The stored settings do not validate (${issues}); they were not overwritten.`,
    olderList: 'an older version of the conversation list; reload the page',
    notJson: 'the file is not JSON',
    notSettings: 'the file does not hold a settings document',
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

  /** Server kinds, as the provider form names them. */
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

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `The model kept calling tools: stopped after ${n} rounds. Ask again, or raise the limit in the settings.`,
  toolsUnsupported:
    'This model does not take tools. Turn tools off for it in the card editor (Tools), or pick a model that supports function calling.',
  approve: 'Approve',
  deny: 'Deny',
  toolNeedsApproval: (what: string) => `Wants to run ${what}. Approve?`,
  cameraApproval: (camera: string) => `Wants to look through ${camera}. Approve?`,
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} on ${targets}`,
  toolStatus: {
    awaiting: 'Waiting for your approval',
    running: 'Running…',
    done: 'Done',
    error: 'Failed',
    denied: 'Denied',
    stopped: 'Not run',
    unknown: 'Outcome unknown: the connection to Home Assistant was lost while it ran. Check it.',
  },
  toolArguments: 'Arguments',
  toolResult: 'Result',
  toolLiveState: 'Now',
  toolNames: {
    list_entities: 'Listed entities',
    get_entity: 'Read',
    call_service: 'Called',
    list_areas: 'Listed areas',
    get_history: 'Read history of',
    get_camera_image: 'Looked through',
    home_assistant: 'Home Assistant acted on',
  } as Record<string, string>,
  confirmField:
    'Also ask before acting on (domains or entities, for all your chats; locks, alarms and garage doors always ask)',
  cameraApprovalField: 'Ask before the model looks through a camera (for all your chats)',
  toolsToggle: 'Let the model read and control the home (tools)',
  scopeNarrow: 'Narrow it for this card below (comma-separated; empty: no narrowing).',
  scopeNote: {
    assist: 'The model sees the entities you exposed to Assist.',
    'assist-registry':
      'The model sees the entities exposed to Assist. Entities without a unique ID are left out: only admins can read their exposure setting.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `This page is served over https, so the browser blocks calls to the plain-http address ${url}.`,
    mixed_content_fix:
      'Serve the provider over https (a reverse proxy with a certificate), or open Home Assistant over http on your local network.',
    cors: (url: string) =>
      `The provider at ${url} answered, but it does not allow calls from this page (CORS).`,
    network: (url: string) => `Cannot reach the provider at ${url}.`,
    network_fix:
      'Check that the server is running, that the address and port are right, and that this device can reach it.',
    private_network: (url: string) =>
      `The browser blocked a call from this public address to the private address ${url} (Local Network Access).`,
    private_network_fix:
      'Allow local network access for this site when the browser asks, or open Home Assistant through its local address.',
    auth: (status: number) => `The provider refused the API key (HTTP ${status}).`,
    auth_fix:
      'Check the key in the provider settings; it may be wrong, expired or lack access to this model.',
    auth_fix_litellm:
      'This LiteLLM has no database, so it accepts only its master key: check the key in the provider settings.',
    not_found: 'The provider answered “not found” (HTTP 404).',
    not_found_fix_v1: 'Does the base URL end in /v1? Most OpenAI-compatible servers need it.',
    not_found_fix_model: 'Check the model id: the provider may not know it.',
    bad_request: (status: number) => `The provider rejected the request (HTTP ${status}).`,
    bad_request_fix: 'Check the model and its options (max tokens, temperature) in the settings.',
    rate_limited: 'The provider is rate limiting requests (HTTP 429).',
    rate_limited_wait: (s: number) => `Wait about ${s} s and try again.`,
    rate_limited_fix: 'Wait a moment and try again.',
    quota: 'Your account with this provider is out of credit or over its quota.',
    quota_fix: 'Check billing or the key’s budget with the provider; retrying will not help.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `The request is larger than this key may send at once: ${requested} tokens, over its limit of ${limit}.`
        : 'The request is larger than this key may send at once.',
    too_large_fix:
      'Send less: fewer earlier messages (Context messages), a shorter system prompt or a lower Max tokens; or ask the provider for a higher limit. Retrying will not help.',
    no_vision: 'The model refused the picture: it does not take images.',
    no_vision_fix:
      'Choose a model that takes pictures for this chat, or ask without the picture; turn Vision off for this model in the settings so that the chat says so before sending.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `The conversation is longer than the model’s context of ${limit} tokens.`
        : 'The conversation is longer than the model’s context.',
    context_length_fix:
      'Start a new conversation, send fewer earlier messages (Context messages), or set the model’s context length in the settings so that the oldest messages are left out.',
    timeout_first: (s: number) => `The provider sent nothing for ${s} s.`,
    timeout_idle: (s: number) =>
      `The provider stopped sending for ${s} s in the middle of the answer.`,
    timeout_fix:
      'A local server may still be loading the model; try again, or raise the timeout in the provider settings.',
    server: (status: number) => `The provider had an internal error (HTTP ${status}).`,
    server_fix: 'It was retried and still failed. Check the provider’s logs, then try again.',
    malformed: 'The provider sent an answer this card cannot read.',
    malformed_fix:
      'Check that the base URL points at an OpenAI-compatible API (usually ending in /v1).',
    in_band: 'The provider reported an error while answering.',
    agent: 'Home Assistant’s conversation agent could not answer.',
    agent_fix: 'Check the agent and its assistant in Settings → Voice assistants.',
    aborted: 'Stopped.',
    provider_says: (text: string) => `The provider says: “${text}”`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM allows every origin by default; if you restricted it, add this Home Assistant address to its allowed origins.',
    ollama:
      'Ollama only accepts calls from its own machine: set OLLAMA_ORIGINS to this Home Assistant address (or *) and restart Ollama.',
    vllm: 'Start vLLM with --allowed-origins including this Home Assistant address.',
    llamacpp: 'llama-server allows browsers by default; check a reverse proxy in front of it.',
    lmstudio: 'Enable CORS in LM Studio’s server settings (or lms server start --cors).',
    openai:
      'The provider should allow browsers; a proxy or browser extension in between may be blocking the call.',
    generic:
      'Allow this Home Assistant address (its origin) in the provider’s CORS settings, or put a proxy that adds CORS headers in front of it.',
  },
} as const;

/** The shape every translation has: the same keys, any words (literal types widened). */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Strings = Widen<typeof en>;
