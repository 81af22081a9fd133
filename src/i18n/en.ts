import type { enPages } from './en-pages';

// Every string a user sees, in English: the source of every translation (src/i18n/<language>.ts,
// each typed as `Strings`, so a missing or mistyped key does not build). Keys stay stable. The
// words of the pages that load later are in en-pages.ts (they stay out of the first load).

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
    tooLarge: (mb: string, max: string) =>
      `This conversation is ${mb} MB, more than Home Assistant can store in one piece (${max} MB): what was said last is shown here but not stored.`,
    tooLargeFix:
      'Export the conversation to keep a copy, and start a new conversation. Deleting long answers also makes room.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
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
    cardLimits:
      'This card limits what the assistant may do (tools off, or a narrower scope), and your default model is a Home Assistant agent, which acts by its own rules. Pick a provider’s model for this card in its editor.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home Assistant agents',
    note: 'Home Assistant’s own agents act on the house with their own tools and rights: Approve and this card’s scope do not apply to what they do.',
    noPictures:
      'Home Assistant’s agents take no pictures: choose a provider’s model to ask about one.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Use memory',
    useHint: 'What you asked the assistant to remember goes with this conversation.',
    without: 'This conversation does not use your memory.',
    undo: 'Undo',
    undone: 'Undone',
    remembered: (fact: string) => `Remembered “${fact}”`,
    changed: (before: string, after: string) => `Changed “${before}” to “${after}”`,
    forgot: (fact: string) => `Forgot “${fact}”`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Home',
    energy: 'Energy',
    kids: 'Kids',
    pick: 'Persona',
    none: 'No persona',
    using: (name: string) => `Persona: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'Good night',
    goodNightText:
      'Good night: turn off the lights that are still on and tell me whether the doors are locked.',
    whatsOpen: 'What’s open?',
    whatsOpenText: 'Which doors, windows and covers are open right now?',
    energyToday: 'Energy today',
    energyTodayText: 'How much energy has the house used today?',
    title: 'Quick prompts',
    noMatch: 'No quick prompt matches.',
    ran: (label: string) => `${label}: done.`,
    notRun: (label: string) => `${label}: not run.`,
    templateFailed: (why: string) => `The quick prompt’s template could not be rendered: ${why}`,
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

  /** Home Assistant's own name for the button that opens its sidebar. */
  connectionLost: 'The connection to Home Assistant was lost.',
  outdated: 'This card was updated since the page was loaded: reload the page.',

  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB is more than Home Assistant can store in one piece (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: “${id}” is not an id this card writes (letters, digits, _ . ~ -, at most 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `The conversation ${id} is ${(bytes / 1e6).toFixed(1)} MB, more than Home Assistant can store in one piece (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `The file is larger than ${Math.round(bytes / 1_048_576)} MB, more than such a file ever needs: choose the file you exported.`,
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

  /** Server kinds, as the provider form names them. */

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
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Wants to run ${what}, with ${reasons}. Approve?`,
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `an action on ${names}`,
    address: (field: string, value: string) => `an address in ${field}: ${value}`,
    path: (field: string, value: string) => `a file path in ${field}: ${value}`,
    entity: (field: string, name: string) => `another entity in ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `The model asked for more than ${n} actions in one answer; the rest were not run.`,
  toolStatus: {
    awaiting: 'Waiting for your approval',
    running: 'Running…',
    done: 'Done',
    error: 'Failed',
    denied: 'Denied',
    stopped: 'Not run',
    unknown: 'Outcome unknown: the connection to Home Assistant was lost while it ran. Check it.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Turned on ${names}`,
      turn_off: (names: string) => `Turned off ${names}`,
      toggle: (names: string) => `Toggled ${names}`,
      lock: (names: string) => `Locked ${names}`,
      unlock: (names: string) => `Unlocked ${names}`,
      open: (names: string) => `Opened ${names}`,
      close: (names: string) => `Closed ${names}`,
      press: (names: string) => `Pressed ${names}`,
      temperature: (names: string) => `Set the temperature of ${names}`,
      play: (names: string) => `Played ${names}`,
      pause: (names: string) => `Paused ${names}`,
      script: (names: string) => `Ran ${names}`,
      scene: (names: string) => `Activated ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Turn on ${names}`,
      turn_off: (names: string) => `Turn off ${names}`,
      toggle: (names: string) => `Toggle ${names}`,
      lock: (names: string) => `Lock ${names}`,
      unlock: (names: string) => `Unlock ${names}`,
      open: (names: string) => `Open ${names}`,
      close: (names: string) => `Close ${names}`,
      press: (names: string) => `Press ${names}`,
      temperature: (names: string) => `Set the temperature of ${names}`,
      play: (names: string) => `Play ${names}`,
      pause: (names: string) => `Pause ${names}`,
      script: (names: string) => `Run ${names}`,
      scene: (names: string) => `Activate ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
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
    list_automations: 'Listed automations and scripts',
    get_automation: 'Read',
    get_automation_traces: 'Read the traces of',
    get_logbook: 'Read the logbook',
    propose_automation: 'Drafted an automation',
    propose_script: 'Drafted a script',
    remember: 'Remembered',
    update_memory: 'Changed a memory',
    forget: 'Forgot a memory',
  } as Record<string, string>,

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `This page is served over https, so the browser blocks calls to the plain-http address ${url}.`,
    mixed_content_fix:
      'Serve the provider over https (a reverse proxy with a certificate), or open Home Assistant over http on your local network.',
    cors: (url: string) =>
      `The provider at ${url} answered, but it does not allow calls from this page (CORS).`,
    network: (url: string) => `Cannot reach the provider at ${url}.`,
    redirect: (url: string) =>
      `The provider at ${url} answered with a redirect to another address, and the card does not follow redirects.`,
    redirect_to: (url: string, location: string) =>
      `The provider at ${url} tried to send the request on to ${location}, and the card does not follow redirects.`,
    redirect_fix:
      'A key goes only to the address it was saved for. If the other address is the right one, enter it as the base URL (and the key again).',
    too_long: (chars: string) =>
      `The answer passed ${chars} characters, the most one answer may have here, and was stopped there.`,
    too_long_fix:
      'What arrived is kept. Ask for a shorter answer or one part at a time; if the provider sends without end, check its server.',
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

export type Strings = Widen<typeof en & typeof enPages>;
