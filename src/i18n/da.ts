import type { Strings } from './en';
import { plural } from './plural';

/** Danish. */
export const strings: Strings = {
  cardName: 'OpenAI Compatible Conversation',
  cardDescription:
    'Chat med din egen OpenAI-kompatible udbyder (LiteLLM, Ollama, vLLM, OpenAI, …) og styr dit hjem.',
  panelTitle: 'AI Chat',
  message: 'Besked',
  send: 'Send',
  stop: 'Stop',
  placeholder: 'Spørg om hvad som helst…',
  emptyConversation: 'Sig hej for at starte en samtale.',
  you: 'Dig',
  assistant: 'Assistent',
  thinking: 'Tænker',
  reasoning: 'Ræsonnement',
  cutOff: 'Svaret blev afbrudt her.',
  stoppedByUser: 'Stoppet.',
  dismiss: 'Luk',
  retry: 'Prøv igen',
  announceAnswer: (text: string) => `Assistent: ${text}`,
  retrying: (s: number) => `Prøver igen om ${s} s…`,

  // Per message.
  msg: {
    copy: 'Kopiér',
    readAloud: 'Læs højt',
    stopReading: 'Stop oplæsning',
    copied: 'Kopieret',
    copyCode: 'Kopiér kode',
    edit: 'Redigér',
    editLabel: 'Redigér besked',
    sendEdited: 'Send redigeret besked',
    cancel: 'Annullér',
    regenerate: 'Generér igen',
    continue: 'Fortsæt',
    delete: 'Slet',
    previousVariant: 'Forrige variant',
    nextVariant: 'Næste variant',
    variantOf: (i: number, n: number) => `Variant ${i} af ${n}`,
    writtenBy: (model: string) => `Skrevet af ${model}`,
    notSaved: 'Ikke gemt endnu',
    notSavedWhy:
      'Home Assistant kunne ikke gemme dette endnu. Det forsøges igen, så snart forbindelsen er tilbage; hold siden åben indtil da.',
    earlier: (n: number) => `Vis tidligere beskeder (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Denne samtale kunne ikke læses (${issues}). Den bevares, som den er.`,
    tooLarge: (mb: string, max: string) =>
      `Denne samtale fylder ${mb} MB, mere end Home Assistant kan gemme i ét stykke (${max} MB): det, der blev sagt sidst, vises her, men gemmes ikke.`,
    tooLargeFix:
      'Eksportér samtalen for at beholde en kopi, og start en ny samtale. At slette lange svar giver også plads.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
  freshConversation:
    'Start en ny samtale ved hvert besøg (kiosker, vægtablets); tidligere samtaler bliver i panelets liste',
  openInPanel: 'Åbn i panel',
  conversations: {
    list: 'Samtaler',
    toggle: 'Vis samtaler',
    new: 'Ny samtale',
    search: 'Søg i samtaler',
    searchPlaceholder: 'Søg i titler og beskeder',
    untitled: 'Ny samtale',
    today: 'I dag',
    yesterday: 'I går',
    options: (title: string) => `Valgmuligheder for ${title}`,
    rename: 'Omdøb',
    renameLabel: 'Samtalens navn',
    archive: 'Arkivér',
    unarchive: 'Fjern fra arkiv',
    archived: (n: number) => `Arkiveret (${n})`,
    exportMarkdown: 'Eksportér som Markdown',
    exportJson: 'Eksportér som JSON',
    delete: 'Slet',
    deleted: (title: string) => `»${title}« slettet.`,
    undo: 'Fortryd',
    noMatches: 'Ingen samtaler matcher.',
    unreadable: (issues: string) =>
      `Din samtaleliste kunne ikke læses (${issues}). Den bevares, som den er; nye samtaler vises ikke i den, før den er rettet.`,
    empty: 'Ingen samtaler endnu.',
    model: 'Model',
    modelDefault: (name: string) => `Standard (${name})`,
    shortcuts: 'Alt+Shift+N: ny samtale · /: beskedfelt · Esc: stop svaret',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Samtaler',
    measuring: 'Måler, hvor meget plads dine samtaler fylder…',
    used: (n: number, used: string, budget: string) =>
      `${plural('da', n, { one: '# samtale', other: '# samtaler' })}, ${used} af de ${budget}, der er afsat til dem i dine Home Assistant-brugerdata`,
    near: 'Dine samtaler nærmer sig den plads, der er afsat til dem. Eksportér og arkivér ældre samtaler (Arkivér i listen, og flyt dem derefter til en fil her), eller slet nogle. Intet fjernes, medmindre du selv gør det.',
    over: 'Dine samtaler fylder mere end den plads, der er afsat til dem. De bevares stadig alle sammen, men Home Assistant genskriver disse data ved hver besked og gemmer dem i hver sikkerhedskopi: eksportér og arkivér ældre samtaler, eller slet nogle.',
    largeConversation: (title: string, size: string) =>
      `»${title}« fylder alene ${size}. Home Assistant kan ikke gemme en samtale, der er meget større end 3 MB: eksportér den, og fortsæt i en ny.`,
    explain:
      'Samtaler ligger i dine Home Assistant-brugerdata ved siden af dine indstillinger, så alle enheder, du logger ind med, kan se dem. Intet slettes, medmindre du selv sletter det.',
    exportMarkdown: 'Eksportér alle som Markdown',
    exportJson: 'Eksportér alle som JSON',
    import: 'Importér samtaler',
    imported: (n: number, added: number, changed: number) =>
      `Læste ${plural('da', n, { one: '# samtale', other: '# samtaler' })} fra filen: ${added} nye, ${changed} med tilføjede beskeder.`,
    moveArchived: (n: number) => `Flyt ${n} arkiverede til en fil`,
    confirmMove: (n: number) =>
      plural('da', n, {
        one: 'Den arkiverede samtale er i den fil, der lige blev gemt. Vil du fjerne den fra Home Assistant nu?',
        other:
          'De # arkiverede samtaler er i den fil, der lige blev gemt. Vil du fjerne dem fra Home Assistant nu?',
      }),
    moved: (n: number) =>
      plural('da', n, {
        one: '# arkiveret samtale flyttet til filen.',
        other: '# arkiverede samtaler flyttet til filen.',
      }),
  },
  exportTool: 'Værktøj',
  importWhat: 'Import',
  importMismatch: (entry: string, doc: string) =>
    `posten ${entry} og samtalen ${doc} passer ikke sammen`,

  noProvider:
    'Der er endnu ikke sat nogen udbyder op. Tilføj en i dette korts editor (eller i indstillingerne for AI Chat).',
  unknownProvider: (id: string) =>
    `Dette kort bruger udbyderen »${id}«, som ikke længere findes i dine indstillinger. Vælg en anden i korteditoren.`,
  noModel: (provider: string) =>
    `Udbyderen »${provider}« har ingen valgt model. Vælg en model i korteditoren.`,
  settingsInvalid: (issues: string) =>
    `Dine indstillinger for AI Chat kunne ikke læses (${issues}). De bevares, som de er; ret eller eksportér dem i indstillingerne.`,
  settingsLoading: 'Indlæser dine indstillinger…',

  // Settings pages.
  voice: {
    speak: 'Tal',
    noStt:
      'Din stemmeassistent har ingen tale-til-tekst: vælg en under Indstillinger → Stemmeassistenter.',
    sttRefused: (said: string) =>
      `Din stemmeassistents tale-til-tekst tager ikke den lyd, Home Assistants stemmedialog sender (16 kHz mono). Vælg en anden under Indstillinger → Stemmeassistenter. Home Assistant siger: ${said}`,
    nothingHeard: 'Intet blev forstået. Tal igen, tættere på mikrofonen.',
    micRefused:
      'Browseren måtte ikke bruge mikrofonen: tillad den for dette websted (ikonet i adresselinjen), og prøv igen.',
    noMic: 'Der blev ikke fundet nogen mikrofon på denne enhed.',
    insecure:
      'Browsere giver kun sikre sider adgang til mikrofonen: åbn Home Assistant via https (eller på denne maskine via localhost).',
    sendSpoken: 'Send det, du siger, med det samme (ellers havner det i beskedfeltet)',
    noPipeline:
      'Der er ingen stemmeassistent i Home Assistant: tilføj en under Indstillinger → Stemmeassistenter.',
    noTts:
      'Din stemmeassistent har ingen tekst-til-tale: vælg en under Indstillinger → Stemmeassistenter.',
    failed: (what: string) => `Stemmefunktionen mislykkedes: ${what}`,
    autoRead:
      'Læs hvert svar højt, når det er færdigt (din stemmeassistents tekst-til-tale, for alle dine chats)',
  },
  agents: {
    cardLimits:
      'Dette kort begrænser, hvad assistenten må gøre (værktøjer slået fra eller et snævrere omfang), og din standardmodel er en Home Assistant-agent, som handler efter sine egne regler. Vælg en udbyders model til kortet i dets editor.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home Assistant-agenter',
    note: 'Home Assistants egne agenter styrer hjemmet med deres egne værktøjer og rettigheder: Godkend og kortets omfang gælder ikke for det, de gør.',
    noPictures:
      'Home Assistants agenter tager ikke billeder: vælg en udbyders model for at spørge om et.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Brug hukommelse',
    useHint: 'Det, du har bedt assistenten om at huske, sendes med i denne samtale.',
    without: 'Denne samtale bruger ikke din hukommelse.',
    undo: 'Fortryd',
    undone: 'Fortrudt',
    remembered: (fact: string) => `Huskede »${fact}«`,
    changed: (before: string, after: string) => `Ændrede »${before}« til »${after}«`,
    forgot: (fact: string) => `Glemte »${fact}«`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Hjem',
    energy: 'Energi',
    kids: 'Børn',
    pick: 'Persona',
    none: 'Ingen persona',
    using: (name: string) => `Persona: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'Godnat',
    goodNightText: 'Godnat: sluk de lys, der stadig er tændt, og fortæl mig, om dørene er låst.',
    whatsOpen: 'Hvad står åbent?',
    whatsOpenText: 'Hvilke døre, vinduer og persienner står åbne lige nu?',
    energyToday: 'Energi i dag',
    energyTodayText: 'Hvor meget energi har huset brugt i dag?',
    title: 'Hurtigprompter',
    noMatch: 'Ingen hurtigprompt passer.',
    ran: (label: string) => `${label}: udført.`,
    notRun: (label: string) => `${label}: ikke kørt.`,
    templateFailed: (why: string) => `Hurtigpromptens skabelon kunne ikke gengives: ${why}`,
  },
  images: {
    attach: 'Vedhæft billede',
    snapshot: 'Kamerabillede',
    camera: 'Kamera',
    pickCamera: 'Vælg et kamera…',
    noCamera: 'Der er intet kamera i denne chats område (kameraer eksponeret for Assist).',
    snapshotFailed: 'Kameraets billede kunne ikke hentes fra Home Assistant.',
    attached: 'Billeder der sendes',
    picture: (n: number) => `Billede ${n}`,
    remove: (n: number) => `Fjern billede ${n}`,
    sent: 'Billede sendt med spørgsmålet',
    tooMany: (n: number) => `Højst ${n} billeder kan sendes med ét spørgsmål.`,
    unreadable: 'Filen kunne ikke læses som et billede.',
    noVision: (model: string) =>
      `${model} er sat til ikke at tage billeder (Vision er slået fra i dens indstillinger): slå Vision til for den, eller vælg en model, der tager billeder.`,
    vision: 'Vision: tager billeder',
    fromTool: 'Billede, modellen fik vist',
  },
  context: {
    label: 'Kontekst',
    used: (tokens: string, limit: string) => `${tokens} af ${limit} tokens`,
    leftOut: (n: number) => `Tidligere beskeder udeladt for at passe i modellens kontekst: ${n}`,
    length: 'Kontekstlængde (tokens)',
    learned: (n: string) => `Udbyderen sagde, at dens kontekst er ${n} tokens.`,
  },
  usage: {
    title: 'Forbrug',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} ind · ${output} ud`,
    answerLong: (input: string, output: string) => `${input} tokens ind, ${output} tokens ud`,
    reasoning: (n: string) => `heraf ${n} til ræsonnement`,
    cached: (n: string) => `${n} fra udbyderens cache`,
    estimated: 'Anslået: udbyderen rapporterede intet forbrug, så det blev talt ud fra teksten.',
    priced: 'Omkostning ud fra de priser, der er angivet for denne model.',
    conversation: (tokens: string) => `Denne samtale: ${tokens} tokens`,
    days: 'Seneste 30 dage',
    chart: 'Tokens pr. dag og model, seneste 30 dage',
    model: 'Model',
    answers: 'Svar',
    input: 'Tokens ind',
    output: 'Tokens ud',
    cost: 'Omkostning',
    total: 'I alt',
    none: 'Intet talt endnu: forbruget vises her efter det første svar.',
    someEstimated: (n: string) => `${n} anslået (intet forbrug rapporteret)`,
    explain:
      'Tælles ud fra det, hver udbyder rapporterer sammen med sit svar, ellers anslås det ud fra teksten (ca. fire tegn pr. token). Omkostningen er den, udbyderen rapporterer (OpenRouter), ellers den, der følger af de priser, du har angivet for en model. Gemmes i dine Home Assistant-brugerdata: hver anmodning i en uge, derefter én samlet sum pr. model og dag; at slette en samtale ændrer ikke på det.',
    budget: 'Månedligt budget (US$)',
    budgets: 'Månedlige budgetter',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} af ${budget} denne måned`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} har kostet ${spent} denne måned, mere end det månedlige budget på ${budget}.`,
    priceInput: 'Pris pr. million tokens ind (US$)',
    priceOutput: 'Pris pr. million tokens ud (US$)',
  },
  settings: {
    title: 'Indstillinger',
    providers: 'Udbydere',
    addProvider: 'Tilføj udbyder',
    editProvider: (name: string) => `Redigér ${name}`,
    authMode: 'Nøgler',
    authGlobal: 'Én nøgle til alle modeller',
    authPerModel: 'En nøgle pr. model',
    keySaved: 'Gemt – skriv for at erstatte',
    keyMoved: (from: string, to: string) =>
      `Den gemte nøgle var til ${from}: den sendes ikke til ${to}. Skriv nøglen til den nye adresse.`,
    removeKey: 'Fjern den gemte nøgle',
    timeout: 'Timeout (sekunder, til første byte og mellem datablokke)',
    addModel: 'Tilføj',
    modelsFetched: (n: number, when: string) =>
      `${plural('da', n, { one: '# model', other: '# modeller' })} fra udbyderen, hentet ${when}.`,
    chosenModels: 'Denne udbyders modeller',
    removeModel: (id: string) => `Fjern ${id}`,
    remove: 'Fjern',
    displayName: 'Vist navn',
    modelKey: (id: string) => `API-nøgle til ${id}`,
    modelTools: 'Værktøjer (function calling): denne model må styre hjemmet',
    edit: 'Redigér',
    makeDefault: 'Gør til standard',
    isDefault: 'Standard',
    defaultModel: 'Standardmodel',
    modelsCount: (n: number) => plural('da', n, { one: '# model', other: '# modeller' }),
    keyState: { global: 'nøgle gemt', none: 'ingen nøgle', per_model: 'en nøgle pr. model' },
    confirmRemove: (name: string) =>
      `Vil du fjerne ${name}? Dens nøgle slettes sammen med den; kort, der bruger den, gør opmærksom på det, indtil du vælger en anden udbyder.`,
    noProviders:
      'Ingen udbyder endnu. Tilføj en: LiteLLM, Ollama, vLLM, OpenAI, … (basis-URL’en ender som regel på /v1).',
    export: 'Eksportér indstillinger',
    exportHint: 'En JSON-fil uden nøgler.',
    import: 'Importér indstillinger',
    importReview: 'Hvad import af denne fil ændrer',
    importLoosens: 'Mindre sikkert:',
    importNoChanges: 'Intet ændres.',
    importConfirm: 'Importér',
    importKeysNeeded: (names: string[]) =>
      `Tilføj efter importen nøglerne til: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `Importerede ${plural('da', n, { one: '# udbyder', other: '# udbydere' })}.${missing.length ? ` Tilføj nøglerne til: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Dine indstillinger kunne ikke læses',
    invalidBody:
      'De bevares præcis, som de er. Eksportér dem for at rette dem i hånden, og importér derefter den rettede fil, eller start forfra (en kopi gemmes i dine brugerdata).',
    exportBroken: 'Eksportér dokumentet',
    startOver: 'Start forfra',
    confirmStartOver:
      'Vil du erstatte dine indstillinger med tomme? En kopi af det nuværende dokument bevares.',
    saved: 'Gemt.',
    back: 'Tilbage til chatten',
    managePrompt:
      'Udbydere, modeller og nøgler administreres i indstillingerne for AI Chat-panelet.',
    openSettings: 'Åbn indstillinger',
    maxRounds: 'Værktøjsrunder pr. svar',
    server: 'Server',
    name: 'Navn',
    baseUrl: 'Basis-URL',
    apiKey: 'API-nøgle (valgfri; gemmes i dine Home Assistant-brugerdata, aldrig i kortet)',
    cancel: 'Annullér',
    saveProvider: 'Gem udbyder',
    loadModels: 'Indlæs modeller',
    reloadModels: 'Genindlæs modeller',
    typeModel: 'Eller skriv et model-ID',
    searchModels: 'Søg i modeller',
    models: 'Modeller',
    noModelsMatch: 'Ingen modeller matcher.',
    moreModels: (n: number) => `${n} flere: indsnævr søgningen.`,
    maxTokens: 'Maks. tokens',
    temperature: 'Temperatur',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Lært af udbyderens svar: ${[
        l.token_param === 'max_completion_tokens'
          ? 'svarlængden sendes som max_completion_tokens (den afviste max_tokens)'
          : '',
        l.temperature === false
          ? 'der sendes ingen temperatur (den accepterer kun sin standardværdi)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Glem',
    forgetLearned: (id: string) => `Glem, hvad der er lært om ${id}`,
    serverAuto: (name: string) => `Genkendt ud fra adressen (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Titel',
    agent: 'Agent',
    systemPrompt: 'Skabelon til systemprompt',
    maxTokens: 'Maks. tokens',
    temperature: 'Temperatur',
    contextMessages: 'Kontekstbeskeder',
    home: 'Hjem',
    onlyDomains: 'Kun disse domæner',
    onlyAreas: 'Kun disse områder',
    onlyEntities: 'Kun disse entiteter',
    search: 'Søg',
    providerAndModel: 'Udbyder og model',
    noProviderYet: 'Ingen udbyder endnu: tilføj en for at begynde at chatte.',
    provider: 'Udbyder',
    model: 'Model',
    default: 'Standard',
    defaultNamed: (name: string) => `Standard (${name})`,
    addProvider: 'Tilføj udbyder',
    settingsInvalid: (issues: string) => `Dine indstillinger er ikke gyldige: ${issues}`,
    persona: 'Persona',
    personaNone: 'Ingen (standardmodel og -prompt)',
    chips: 'Hurtigprompter vist som knapper',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menu',
  connectionLost: 'Forbindelsen til Home Assistant blev afbrudt.',
  outdated: 'Dette kort er blevet opdateret, siden siden blev indlæst: genindlæs siden.',

  picker: {
    add: (text: string) => `Tilføj »${text}«`,
    remove: (name: string) => `Fjern ${name}`,
    noMatch: 'Ingen resultater',
    more: 'Flere resultater: skriv mere for at indsnævre listen',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB er mere, end Home Assistant kan gemme i ét stykke (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: »${id}« er ikke et id, som dette kort skriver (bogstaver, cifre, _ . ~ -, højst 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `Samtalen ${id} fylder ${(bytes / 1e6).toFixed(1)} MB, mere end Home Assistant kan gemme i ét stykke (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `Filen er større end ${Math.round(bytes / 1_048_576)} MB, mere end sådan en fil nogensinde har brug for: vælg den fil, du eksporterede.`,
    cardConfig: 'Kortkonfiguration',
    secretInCard: (key: string) =>
      `»${key}« hører ikke hjemme i et kort: alle brugere, der kan åbne dette betjeningspanel, kan læse dets konfiguration. Fjern den, og tilføj nøglen i indstillingerne for AI Chat, som gemmer den i dine egne Home Assistant-brugerdata.`,
    newerVersion: (what: string, version: string) =>
      `skrevet af en nyere version af dette kort (${what} version ${version}); opdatér kortet – indtil da bevares det, som det er`,
    noUpgrade: (version: number) => `ingen opgradering fra indstillingsversion ${version}`,
    settingsInvalid: (issues: string) =>
      `De gemte indstillinger er ikke gyldige (${issues}); de blev ikke overskrevet.`,
    olderList: 'en ældre version af samtalelisten; genindlæs siden',
    notJson: 'filen er ikke JSON',
    notSettings: 'filen indeholder ikke et indstillingsdokument',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Test forbindelse',
    running: 'Tester…',
    titles: {
      address: 'Adresse',
      reach: 'Server tilgængelig',
      cors: 'Kald fra denne side tilladt (CORS)',
      key: 'API-nøgle',
      models: 'Modelliste (/models)',
      completion: 'Et svar på ét token',
    },
    /** Read by screen readers beside each step's mark. */
    status: {
      ok: 'bestået',
      warn: 'advarsel',
      fail: 'mislykkedes',
      skipped: 'ikke kontrolleret',
    },
    skipped: 'Ikke kontrolleret: et tidligere trin mislykkedes.',
    badUrl: (url: string) => `»${url}« er ikke en http(s)-adresse.`,
    badUrlFix: 'Skriv hele adressen, f.eks. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, kan kaldes fra denne side.`,
    reachOk: (host: string) => `${host} svarer.`,
    corsOk: 'Serveren tillader kald fra denne side.',
    keyOk: 'Nøglen blev accepteret.',
    noKeyOk: 'Ingen nøgle sendt, og serveren bad heller ikke om en.',
    modelsOk: (n: number) =>
      plural('da', n, { one: '# model på listen.', other: '# modeller på listen.' }),
    modelNotListed: (n: number, model: string) =>
      `${plural('da', n, { one: '# model', other: '# modeller' })} på listen, men ikke »${model}«.`,
    modelNotListedFix:
      'Tjek model-ID’et; nogle servere viser kun en del af det, de tilbyder, så næste trin prøver det alligevel.',
    noModelList: 'Denne server har ingen modelliste: skriv model-ID’er i hånden.',
    noModelListFix: 'Intet at rette, hvis svaret nedenfor virker.',
    v1Fix: 'Ender basis-URL’en på /v1? De fleste OpenAI-kompatible servere kræver det.',
    noModel: 'Ingen model valgt endnu: vælg eller skriv en, og test igen.',
    completionOk: (model: string) => `${model} svarede.`,
    unknownModel: (model: string) => `Udbyderen kender ikke modellen »${model}«.`,
    unknownModelFix:
      'Vælg modellen fra udbyderens liste (Genindlæs modeller), eller tjek, hvordan udbyderen staver den.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (api-key-header)',
    anthropic: 'Anthropic (OpenAI-kompatibilitet)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (OpenAI-kompatibilitet)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Anden OpenAI-kompatibel server',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `Modellen blev ved med at kalde værktøjer: stoppet efter ${n} runder. Spørg igen, eller hæv grænsen i indstillingerne.`,
  toolsUnsupported:
    'Denne model understøtter ikke værktøjer. Slå værktøjer fra for den i korteditoren (Værktøjer), eller vælg en model, der understøtter function calling.',
  approve: 'Godkend',
  deny: 'Afvis',
  toolNeedsApproval: (what: string) => `Vil køre ${what}. Godkend?`,
  cameraApproval: (camera: string) => `Vil kigge gennem ${camera}. Godkend?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Vil køre ${what}, med ${reasons}. Godkend?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Tilføjer udbyderen ${name} (${origin}).`,
    providerRemoved: (name: string) => `Fjerner udbyderen ${name} og dens nøgler.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Flytter ${name} fra ${from} til ${to}.`,
    providerChanged: (name: string) => `Ændrer indstillingerne for ${name}.`,
    keyRetype: (name: string) =>
      `${name} går nu til en anden adresse eller servertype: dens gemte nøgle sendes ikke dertil. Skriv nøglen igen i dens indstillinger.`,
    cameraApprovalOn: 'Modellen spørger, før den kigger gennem et kamera.',
    cameraApprovalOff: 'Modellen kigger gennem kameraer uden at spørge først.',
    confirmRemoved: (items: string) => `Spørger ikke længere før handlinger på: ${items}.`,
    confirmAdded: (items: string) => `Spørger før handlinger på: ${items}.`,
    toolsOn: 'Modellen må styre dit hjem.',
    toolsOff: 'Modellen styrer ikke længere dit hjem.',
    modelToolsOn: (provider: string, model: string) => `${model} (${provider}) må styre dit hjem.`,
    maxRounds: (from: number, to: number) => `Værktøjsrunder pr. svar: ${from} → ${to}.`,
    autoReadOn: 'Hvert svar læses højt, når det er færdigt.',
    autoReadOff: 'Svar læses ikke længere højt af sig selv.',
    sendSpokenOn: 'Det, du siger, sendes med det samme, uden at du ser teksten først.',
    sendSpokenOff: 'Det, du siger, havner først i beskedfeltet.',
    promptChanged: 'Systemprompten ændres.',
    defaultChanged: (to: string) => `Standardmodellen bliver ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `en handling på ${names}`,
    address: (field: string, value: string) => `en adresse i ${field}: ${value}`,
    path: (field: string, value: string) => `en filsti i ${field}: ${value}`,
    entity: (field: string, name: string) => `en anden entitet i ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Modellen bad om mere end ${n} handlinger i ét svar; resten blev ikke kørt.`,
  toolStatus: {
    awaiting: 'Venter på din godkendelse',
    running: 'Kører…',
    done: 'Færdig',
    error: 'Mislykkedes',
    denied: 'Afvist',
    stopped: 'Ikke kørt',
    unknown:
      'Resultat ukendt: forbindelsen til Home Assistant blev afbrudt under kørslen. Tjek det.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Tændte ${names}`,
      turn_off: (names: string) => `Slukkede ${names}`,
      toggle: (names: string) => `Skiftede ${names}`,
      lock: (names: string) => `Låste ${names}`,
      unlock: (names: string) => `Låste op for ${names}`,
      open: (names: string) => `Åbnede ${names}`,
      close: (names: string) => `Lukkede ${names}`,
      press: (names: string) => `Trykkede på ${names}`,
      temperature: (names: string) => `Indstillede temperaturen for ${names}`,
      play: (names: string) => `Startede afspilning på ${names}`,
      pause: (names: string) => `Satte ${names} på pause`,
      script: (names: string) => `Kørte ${names}`,
      scene: (names: string) => `Aktiverede ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Tænd ${names}`,
      turn_off: (names: string) => `Sluk ${names}`,
      toggle: (names: string) => `Skift ${names}`,
      lock: (names: string) => `Lås ${names}`,
      unlock: (names: string) => `Lås op for ${names}`,
      open: (names: string) => `Åbn ${names}`,
      close: (names: string) => `Luk ${names}`,
      press: (names: string) => `Tryk på ${names}`,
      temperature: (names: string) => `Indstil temperaturen for ${names}`,
      play: (names: string) => `Start afspilning på ${names}`,
      pause: (names: string) => `Sæt ${names} på pause`,
      script: (names: string) => `Kør ${names}`,
      scene: (names: string) => `Aktivér ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argumenter',
  toolResult: 'Resultat',
  toolLiveState: 'Nu',
  toolNames: {
    list_entities: 'Listede entiteter',
    get_entity: 'Læste',
    call_service: 'Kaldte',
    list_areas: 'Listede områder',
    get_history: 'Læste historik for',
    get_camera_image: 'Kiggede gennem',
    home_assistant: 'Home Assistant handlede på',
    list_automations: 'Listede automatiseringer og scripts',
    get_automation: 'Læste',
    get_automation_traces: 'Læste sporingen af',
    get_logbook: 'Læste logbogen',
    propose_automation: 'Lavede et udkast til en automatisering',
    propose_script: 'Lavede et udkast til et script',
    remember: 'Huskede',
    update_memory: 'Ændrede en erindring',
    forget: 'Glemte en erindring',
  } as Record<string, string>,
  confirmField:
    'Spørg også før handlinger på (domæner eller entiteter, for alle dine chats; der spørges altid ved låse, alarmer og garageporte)',
  cameraApprovalField: 'Spørg, før modellen kigger gennem et kamera (for alle dine chats)',
  toolsToggle: 'Lad modellen læse og styre hjemmet (værktøjer)',
  scopeNarrow: 'Afgræns det for dette kort nedenfor (kommasepareret; tomt: ingen afgrænsning).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Værktøjer fra MCP',
    explain:
      'Værktøjer fra Home Assistants LLM-API’er og fra Model Context Protocol-servere, som modellen kan kalde. Det, en server siger om sine værktøjer, vises for dig her og kommer aldrig med i modellens instruktioner; hvert kald er en række i samtalen og venter på Godkend, medmindre du stoler på værktøjet.',
    ownTools: 'Giv også modellen dette korts egne værktøjer til hjemmet',
    haTitle: 'Home Assistants LLM-API’er',
    haLoading: 'Leder efter Home Assistants MCP-server…',
    haLacks: (version: string) =>
      `Home Assistant ${version} har ingen Model Context Protocol Server: den kom i 2025.2, og dens adresse for hver API (/api/mcp/<API>) senere. Opdatér Home Assistant for at bruge dens API’er her.`,
    haNotSetUp:
      'For at bruge Home Assistants LLM-API’er her skal du tilføje integrationen Model Context Protocol Server: Indstillinger → Enheder og tjenester → Tilføj integration → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant lader kun administratorer bruge sine andre API’er; du kan bruge Assist.',
    narrowNote:
      'Et kort, der begrænser, hvad modellen ser, bruger ikke disse API’er: deres værktøjer ser alle entiteter, der er eksponeret for Assist.',
    useApi: (name: string) => `Brug ${name} i chats`,
    showTools: (name: string) => `Værktøjer fra ${name}`,
    listing: 'Henter listen over værktøjer…',
    noTools: 'Den tilbyder ingen værktøjer.',
    modes: {
      auto: 'Efter hjemmets regler',
      ask: 'Spørg først',
      trust: 'Betroet',
      off: 'Fra',
    },
    modeOf: (tool: string) => `Hvordan modellen må bruge ${tool}`,
    serversTitle: 'MCP-servere',
    noServers: 'Ingen MCP-server endnu.',
    add: 'Tilføj MCP-server',
    edit: (name: string) => `Redigér ${name}`,
    remove: (name: string) => `Fjern ${name}`,
    enabled: (name: string) => `Brug ${name} i chats`,
    name: 'Navn',
    url: 'Adresse (Streamable HTTP, f.eks. https://host:port/mcp)',
    token: 'Bearer-token (valgfri; gemmes i dine brugerdata, eksporteres aldrig)',
    tokenSaved: 'gemt – skriv for at erstatte det',
    tokenMoved:
      'Adressen peger nu på en anden server: det gemte token sendes ikke dertil. Skriv det igen, hvis denne server skal have det.',
    test: 'Test',
    testing: 'Tester…',
    save: 'Gem',
    cancel: 'Annullér',
    testOk: (name: string, n: number) =>
      `${name} svarede og tilbyder ${plural('da', n, { one: '# værktøj', other: '# værktøjer' })}.`,
    testFirst: 'Test serveren først: så vises dens værktøjer her, og du kan vælge mellem dem.',
    describedAs:
      'Hvad serveren siger om det (vises for dig, aldrig for modellen som instruktioner)',
    failed: {
      cors: (origin: string) =>
        `Serveren svarede, men tillader ikke denne side at kalde den (CORS). Den skal besvare anmodninger fra ${origin} med Access-Control-Allow-Origin, tillade metoderne POST, GET og DELETE og headerne Content-Type, Authorization, Mcp-Session-Id og Mcp-Protocol-Version (Access-Control-Allow-Headers) og eksponere Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Intet svarede på denne adresse. Tjek vært og port, og at serveren lytter et sted, hvor denne browser kan nå den (ikke kun på sin egen loopback).',
      mixed_content:
        'Denne side leveres via https og serveren via http: det afviser browseren. Lever serveren via https (en reverse proxy kan gøre det), eller åbn Home Assistant via http.',
      redirect:
        'Serveren sendte anmodningen videre til en anden adresse; kortet følger aldrig en omdirigering med dit token. Angiv den adresse, den fører til.',
      auth: 'Serveren vil have et token, som den accepterer (401): angiv dens bearer-token.',
      forbidden:
        'Serveren afviste denne bruger (403). Home Assistant lader kun administratorer bruge andre af sine API’er end Assist.',
      not_found:
        'Intet MCP-endpoint på denne adresse (404). Streamable HTTP-servere svarer som regel på en sti som /mcp.',
      timeout: 'Serveren svarede ikke inden for 30 sekunder.',
      garbage: 'Serveren svarede med noget, der ikke er Model Context Protocol.',
      too_large: 'Serverens svar var større, end kortet læser (1 MB).',
      rpc: 'Serveren besvarede anmodningen med en fejl.',
      http: (status: number) => `Serveren svarede HTTP ${status}.`,
      said: (words: string) => `Den sagde: »${words}«`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Ny automatisering: ${name}`,
    newScript: (name: string) => `Nyt script: ${name}`,
    changeTo: (name: string) => `Ændring af ${name}`,
    untitled: 'uden navn',
    when: 'Når',
    onlyIf: 'Kun hvis',
    then: 'Så',
    yaml: 'YAML',
    diff: 'Ændringer',
    diffLabel: (removed: number, added: number) =>
      `${plural('da', removed, { one: '# linje fjernet', other: '# linjer fjernet' })}, ${added} tilføjet`,
    save: 'Gem',
    discard: 'Kassér',
    runNow: 'Kør nu',
    checkConditions: 'Tjek dens betingelser',
    saving: 'Gemmer og venter på, at Home Assistant indlæser den…',
    running: 'Kører…',
    ran: 'Home Assistant kørte den.',
    runFailed: (why: string) => `Home Assistant kørte den ikke: ${why}`,
    saved: (name: string) => `Gemt: ${name}.`,
    openInHa: 'Åbn i Home Assistant',
    discarded: 'Kasseret. Intet blev skrevet.',
    notAdmin:
      'Kun en administrator kan gemme automatiseringer og scripts i Home Assistant. Bed en administrator om at gemme den eller om at gøre dig til administrator.',
    busy: 'Gem og Kassér kommer, når svaret er færdigt.',
    problemsTitle:
      'Ikke klar til at blive gemt: modellen har fået besked og foreslår den måske igen i rettet form.',
    notesTitle: 'Før du gemmer',
    unreadable: 'Dette udkast kan ikke læses af denne version af kortet.',
    failed: {
      not_admin: 'Kun en administrator kan gemme automatiseringer og scripts i Home Assistant.',
      problems: 'Ikke gemt: hjemmet har ændret sig, siden udkastet blev lavet.',
      moved: (entity: string) =>
        `Ikke gemt: ${entity} er ikke længere den automatisering, som denne ændring blev læst fra.`,
      refused: (message: string) => `Home Assistant afviste den: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant skrev den (id ${key}), men har ikke indlæst den. Tjek, at configuration.yaml inkluderer automations.yaml og scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant siger om ${at}: ${words}`,
      unknown_keys: (keys: string) => `Nøgler, som Home Assistant ikke kender: ${keys}`,
      both_keys: (keys: string) => `Både nøglen i ental og i flertal: ${keys}`,
      missing: (key: string) => `${key} mangler eller er tom`,
      blueprint: 'Automatiseringer fra en blueprint ændres i Home Assistants editor',
      out_of_scope: (ids: string) => `Entiteter uden for det, denne chat må bruge: ${ids}`,
      unknown_entity: (ids: string) => `Entiteten findes ikke: ${ids}`,
      wrong_domain: (what: string) => `En handling på entiteter fra et andet domæne: ${what}`,
      no_target: (service: string) =>
        `${service} virker ikke på nogen entitet, som denne chat må bruge`,
      device_target: (service: string) =>
        `${service} er rettet mod en enhed, en etage eller en etiket, hvilket ikke kan tjekkes`,
      device_action: 'En enhedshandling, som ikke kan tjekkes',
      template_service: (service: string) => `Handlingen er en skabelon: ${service}`,
      template_target: (service: string) => `Målene for ${service} er en skabelon`,
      unknown_area: (area: string) => `Området findes ikke: ${area}`,
      empty_area: (what: string) => `Ingen entitet fra det domæne der: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `${id} er allerede id for en anden automatisering`,
      script_key: (key: string) => `»${key}« kan ikke være et scripts id`,
      key_taken: (id: string) => `${id} findes allerede`,
      too_large: 'For stor til at blive tjekket',
      unreadable: 'Kan ikke læses',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Den handler på ${names}, som venter på din godkendelse i en chat. Når den er gemt, handler den uden at spørge.`,
      address: (what: string) => `Den sender en adresse: ${what}`,
      path: (what: string) => `Den nævner en filsti: ${what}`,
      entity: (what: string) => `Den nævner en anden entitet i sine data: ${what}`,
      webhook: 'En webhook starter den: alle på dit netværk, der kender dens id, kan gøre det.',
      event: (event: string) =>
        `Den udløser hændelsen ${event}, som kan starte andre automatiseringer.`,
      untargeted: (service: string) => `Den kalder ${service}, som ikke virker på nogen entitet.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'eller',
      and: 'og',
      changes: (who: string) => `${who} ændrer sig`,
      changesTo: (who: string, to: string) => `${who} skifter til ${to}`,
      changesFrom: (who: string, from: string) => `${who} skifter fra ${from}`,
      forDuration: (what: string, duration: string) => `${what}, i ${duration}`,
      above: (who: string, value: string) => `${who} kommer over ${value}`,
      below: (who: string, value: string) => `${who} kommer under ${value}`,
      sunrise: 'ved solopgang',
      sunset: 'ved solnedgang',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `kl. ${time}`,
      timePattern: 'efter et tidsmønster',
      haStart: 'Home Assistant starter',
      haStop: 'Home Assistant stopper',
      event: (type: string) => `hændelsen ${type} udløses`,
      enters: (who: string, zone: string) => `${who} kommer ind i ${zone}`,
      leaves: (who: string, zone: string) => `${who} forlader ${zone}`,
      template: 'en skabelon bliver sand',
      webhook: 'dens webhook kaldes',
      otherTrigger: (platform: string) => `en ${platform}-udløser`,
      is: (who: string, state: string) => `${who} er ${state}`,
      isAbove: (who: string, value: string) => `${who} er over ${value}`,
      isBelow: (who: string, value: string) => `${who} er under ${value}`,
      afterSunset: 'efter solnedgang',
      beforeSunrise: 'før solopgang',
      afterSunrise: 'efter solopgang',
      beforeSunset: 'før solnedgang',
      after: (time: string) => `efter ${time}`,
      before: (time: string) => `før ${time}`,
      onDays: (days: string) => `på dagene ${days}`,
      templateTrue: 'en skabelon er sand',
      all: (parts: string) => `alle disse: ${parts}`,
      any: (parts: string) => `mindst én af: ${parts}`,
      none: (parts: string) => `ingen af: ${parts}`,
      inZone: (who: string, zone: string) => `${who} er i ${zone}`,
      otherCondition: (kind: string) => `en ${kind}-betingelse`,
      turnOn: (names: string) => `Tænd ${names}`,
      turnOff: (names: string) => `Sluk ${names}`,
      toggle: (names: string) => `Skift ${names}`,
      call: (service: string, names: string) => (names ? `${service} på ${names}` : service),
      wait: (duration: string) => `Vent ${duration}`,
      waitTemplate: 'Vent, til en skabelon er sand',
      waitTrigger: (what: string) => `Vent, til ${what}`,
      scene: (name: string) => `Aktivér ${name}`,
      fire: (event: string) => `Udløs hændelsen ${event}`,
      ifThen: (condition: string, then: string) => `Hvis ${condition}: ${then}`,
      otherwise: (what: string) => `ellers: ${what}`,
      choose: (n: number) =>
        plural('da', n, { one: 'Vælg mellem # mulighed', other: 'Vælg mellem # muligheder' }),
      repeat: (what: string) => `Gentag: ${what}`,
      parallel: (what: string) => `Samtidig: ${what}`,
      continueIf: (condition: string) => `Fortsæt kun, hvis ${condition}`,
      stop: 'Stop',
      variables: 'Sæt variabler',
      deviceAction: 'En enhedshandling',
      otherAction: 'En anden handling',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'Personaer',
    intro:
      'En persona er et navn, et ikon, en systemprompt (den må indeholde en Home Assistant-skabelon), en model og eventuelt et snævrere omfang og værktøjer slået fra. Vælg en til en ny samtale i panelet, eller indstil et kort til at bruge en i dets editor; en samtale beholder den persona, den startede med.',
    builtIn: 'Det er de indbyggede: din første ændring gemmer listen som din egen.',
    add: 'Tilføj persona',
    name: 'Navn',
    icon: 'Ikon (en emoji)',
    prompt: 'Systemprompt',
    model: 'Model',
    modelDefault: 'Chattens model',
    tools: 'Lad modellen læse og styre hjemmet',
    domains: 'Kun disse domæner (kommasepareret; tomt: alt, hvad chatten må se)',
  },
  quickPromptsPage: {
    title: 'Hurtigprompter',
    intro:
      'Prompter, der sendes med ét tryk på en knap på et kort eller vælges med »/« i beskedfeltet. En Home Assistant-skabelon i en prompt ({{ states("sensor.outside_temperature") }}) gengives, før den sendes. En prompt kan starte sin samtale med en persona eller køre et script i stedet for at spørge en model (der spørges om Godkend som ved modellens handlinger).',
    builtIn: 'Det er de indbyggede: din første ændring gemmer listen som din egen.',
    add: 'Tilføj hurtigprompt',
    label: 'Etiket',
    text: 'Tekst, der sendes',
    persona: 'Persona for en samtale, den starter',
    script: 'Eller kør dette script i stedet (dets entitets-id, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'Redigér',
    remove: 'Slet',
    save: 'Gem',
    cancel: 'Annullér',
    none: 'Ingen',
    removed: (name: string) => `${name} slettet.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'Hukommelse',
    intro:
      'Fakta om dig, som assistenten gemmer til senere samtaler, i dine Home Assistant-brugerdata (kun du kan se dem). Den tilføjer et, når du beder den om at huske noget, og hver tilføjelse vises i samtalen med Fortryd. Hukommelsen eksporteres med dine samtaler, aldrig med indstillingerne.',
    on: 'Brug hukommelse i samtaler',
    budget: 'Tegn fra hukommelsen, der sendes med hvert spørgsmål',
    fits: (shown: number, total: number, chars: string) =>
      `${shown} af ${total} fakta kan være i ${chars} tegn: dem, der ligger tættest på spørgsmålet, kommer først, derefter de nyeste.`,
    empty: 'Intet husket endnu. Bed chatten om at huske noget, eller tilføj det her.',
    newFact: 'Nyt faktum',
    add: 'Tilføj',
    edit: 'Redigér',
    save: 'Gem',
    cancel: 'Annullér',
    remove: 'Slet',
    fromChat: 'husket i en samtale',
    byYou: 'tilføjet af dig',
    openChat: 'Åbn samtalen',
    removed: (fact: string) => `»${fact}« slettet.`,
    tooLong: (n: number) => `Et faktum må højst have ${n} tegn.`,
    refused: 'Det ligner en nøgle, et token eller en signeret adresse: det gemmes ikke.',
    full: (n: number) => `Hukommelsen kan højst rumme ${n} fakta: slet nogle først.`,
    unreadable: 'Din hukommelse kan ikke læses lige nu.',
    invalid: (issues: string) =>
      `Din gemte hukommelse er ikke gyldig (${issues}); den bevares, som den er, og ændres ikke her.`,
  },
  scopeNote: {
    assist: 'Modellen ser de entiteter, du har eksponeret for Assist.',
    'assist-registry':
      'Modellen ser de entiteter, der er eksponeret for Assist. Entiteter uden et unikt ID udelades: kun administratorer kan læse deres eksponeringsindstilling.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Denne side leveres via https, så browseren blokerer kald til den ukrypterede http-adresse ${url}.`,
    mixed_content_fix:
      'Lever udbyderen via https (en reverse proxy med et certifikat), eller åbn Home Assistant via http på dit lokale netværk.',
    cors: (url: string) =>
      `Udbyderen på ${url} svarede, men tillader ikke kald fra denne side (CORS).`,
    network: (url: string) => `Kan ikke nå udbyderen på ${url}.`,
    redirect: (url: string) =>
      `Udbyderen på ${url} svarede med en omdirigering til en anden adresse, og kortet følger ikke omdirigeringer.`,
    redirect_to: (url: string, location: string) =>
      `Udbyderen på ${url} forsøgte at sende anmodningen videre til ${location}, og kortet følger ikke omdirigeringer.`,
    redirect_fix:
      'En nøgle går kun til den adresse, den blev gemt til. Hvis den anden adresse er den rigtige, så angiv den som basis-URL (og nøglen igen).',
    too_long: (chars: string) =>
      `Svaret nåede over ${chars} tegn, det største antal, et svar må have her, og blev stoppet der.`,
    too_long_fix:
      'Det, der nåede frem, bevares. Bed om et kortere svar eller én del ad gangen; hvis udbyderen sender uden ende, så tjek dens server.',
    network_fix:
      'Tjek, at serveren kører, at adressen og porten er rigtige, og at denne enhed kan nå den.',
    private_network: (url: string) =>
      `Browseren blokerede et kald fra denne offentlige adresse til den private adresse ${url} (Local Network Access).`,
    private_network_fix:
      'Tillad adgang til det lokale netværk for dette websted, når browseren spørger, eller åbn Home Assistant via dens lokale adresse.',
    auth: (status: number) => `Udbyderen afviste API-nøglen (HTTP ${status}).`,
    auth_fix:
      'Tjek nøglen i udbyderens indstillinger; den kan være forkert, udløbet eller mangle adgang til denne model.',
    auth_fix_litellm:
      'Denne LiteLLM har ingen database og accepterer derfor kun sin master key: tjek nøglen i udbyderens indstillinger.',
    not_found: 'Udbyderen svarede »ikke fundet« (HTTP 404).',
    not_found_fix_v1: 'Ender basis-URL’en på /v1? De fleste OpenAI-kompatible servere kræver det.',
    not_found_fix_model: 'Tjek model-ID’et: udbyderen kender det muligvis ikke.',
    bad_request: (status: number) => `Udbyderen afviste anmodningen (HTTP ${status}).`,
    bad_request_fix:
      'Tjek modellen og dens indstillinger (maks. tokens, temperatur) i indstillingerne.',
    rate_limited: 'Udbyderen begrænser antallet af anmodninger (HTTP 429).',
    rate_limited_wait: (s: number) => `Vent ca. ${s} s, og prøv igen.`,
    rate_limited_fix: 'Vent et øjeblik, og prøv igen.',
    quota: 'Din konto hos denne udbyder er løbet tør for kredit eller har overskredet sin kvote.',
    quota_fix:
      'Tjek fakturering eller nøglens budget hos udbyderen; det hjælper ikke at prøve igen.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `Anmodningen er større, end denne nøgle må sende ad gangen: ${requested} tokens, over grænsen på ${limit}.`
        : 'Anmodningen er større, end denne nøgle må sende ad gangen.',
    too_large_fix:
      'Send mindre: færre tidligere beskeder (Kontekstbeskeder), en kortere systemprompt eller en lavere Maks. tokens; eller bed udbyderen om en højere grænse. Det hjælper ikke at prøve igen.',
    no_vision: 'Modellen afviste billedet: den tager ikke billeder.',
    no_vision_fix:
      'Vælg en model, der tager billeder, til denne chat, eller spørg uden billedet; slå Vision fra for modellen i indstillingerne, så chatten siger det før afsendelse.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `Samtalen er længere end modellens kontekst på ${limit} tokens.`
        : 'Samtalen er længere end modellens kontekst.',
    context_length_fix:
      'Start en ny samtale, send færre tidligere beskeder (Kontekstbeskeder), eller angiv modellens kontekstlængde i indstillingerne, så de ældste beskeder udelades.',
    timeout_first: (s: number) => `Udbyderen sendte intet i ${s} s.`,
    timeout_idle: (s: number) => `Udbyderen holdt op med at sende i ${s} s midt i svaret.`,
    timeout_fix:
      'En lokal server indlæser måske stadig modellen; prøv igen, eller hæv timeout i udbyderens indstillinger.',
    server: (status: number) => `Udbyderen havde en intern fejl (HTTP ${status}).`,
    server_fix:
      'Der blev prøvet igen, og det mislykkedes stadig. Tjek udbyderens logfiler, og prøv så igen.',
    malformed: 'Udbyderen sendte et svar, som dette kort ikke kan læse.',
    malformed_fix:
      'Tjek, at basis-URL’en peger på en OpenAI-kompatibel API (ender som regel på /v1).',
    in_band: 'Udbyderen rapporterede en fejl under svaret.',
    agent: 'Home Assistants samtaleagent kunne ikke svare.',
    agent_fix: 'Tjek agenten og dens assistent under Indstillinger → Stemmeassistenter.',
    aborted: 'Stoppet.',
    provider_says: (text: string) => `Udbyderen siger: »${text}«`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM tillader som standard alle origins; hvis du har begrænset det, så tilføj denne Home Assistant-adresse til de tilladte origins.',
    ollama:
      'Ollama accepterer kun kald fra sin egen maskine: sæt OLLAMA_ORIGINS til denne Home Assistant-adresse (eller *), og genstart Ollama.',
    vllm: 'Start vLLM med --allowed-origins, der inkluderer denne Home Assistant-adresse.',
    llamacpp:
      'llama-server tillader som standard browsere; tjek en eventuel reverse proxy foran den.',
    lmstudio: 'Slå CORS til i LM Studios serverindstillinger (eller lms server start --cors).',
    openai:
      'Udbyderen bør tillade browsere; en proxy eller browserudvidelse imellem blokerer måske kaldet.',
    generic:
      'Tillad denne Home Assistant-adresse (dens origin) i udbyderens CORS-indstillinger, eller sæt en proxy foran, der tilføjer CORS-headers.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} på ${targets}`,
};
