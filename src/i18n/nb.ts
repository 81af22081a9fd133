import type { Strings } from './en';
import { plural } from './plural';

/** Norwegian Bokmål. */
export const strings: Strings = {
  cardName: 'OpenAI-kompatibel samtale',
  cardDescription:
    'Chat med din egen OpenAI-kompatible leverandør (LiteLLM, Ollama, vLLM, OpenAI, ...) og handle i hjemmet ditt.',
  panelTitle: 'AI-chat',
  message: 'Melding',
  send: 'Send',
  stop: 'Stopp',
  placeholder: 'Spør om hva som helst…',
  emptyConversation: 'Si hei for å starte en samtale.',
  you: 'Du',
  assistant: 'Assistent',
  thinking: 'Tenker',
  reasoning: 'Resonnering',
  cutOff: 'Svaret ble avbrutt her.',
  stoppedByUser: 'Stoppet.',
  dismiss: 'Lukk',
  retry: 'Prøv igjen',
  announceAnswer: (text: string) => `Assistent: ${text}`,
  retrying: (s: number) => `Prøver igjen om ${s} s…`,

  msg: {
    copy: 'Kopier',
    readAloud: 'Les opp',
    stopReading: 'Stopp opplesing',
    copied: 'Kopiert',
    copyCode: 'Kopier kode',
    edit: 'Rediger',
    editLabel: 'Rediger melding',
    sendEdited: 'Send redigert melding',
    cancel: 'Avbryt',
    regenerate: 'Generer på nytt',
    continue: 'Fortsett',
    delete: 'Slett',
    previousVariant: 'Forrige variant',
    nextVariant: 'Neste variant',
    variantOf: (i: number, n: number) => `Variant ${i} av ${n}`,
    writtenBy: (model: string) => `Skrevet av ${model}`,
    notSaved: 'Ikke lagret ennå',
    notSavedWhy:
      'Home Assistant kunne ikke lagre dette ennå. Det prøves igjen så snart tilkoblingen er tilbake; hold denne siden åpen til da.',
    earlier: (n: number) => `Vis tidligere meldinger (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Denne samtalen kunne ikke leses (${issues}). Den beholdes som den er.`,
    tooLarge: (mb: string, max: string) =>
      `Denne samtalen er på ${mb} MB, mer enn Home Assistant kan lagre i ett stykke (${max} MB): det som ble sagt sist, vises her, men lagres ikke.`,
    tooLargeFix:
      'Eksporter samtalen for å beholde en kopi, og start en ny samtale. Å slette lange svar gir også plass.',
  },

  cardDefaultTitle: 'Chat',
  freshConversation:
    'Start en ny samtale ved hvert besøk (kiosker, veggnettbrett); tidligere samtaler blir liggende i panelets liste',
  openInPanel: 'Åpne i panelet',
  conversations: {
    list: 'Samtaler',
    toggle: 'Vis samtaler',
    new: 'Ny samtale',
    search: 'Søk i samtaler',
    searchPlaceholder: 'Søk i titler og meldinger',
    untitled: 'Ny samtale',
    today: 'I dag',
    yesterday: 'I går',
    options: (title: string) => `Alternativer for ${title}`,
    rename: 'Gi nytt navn',
    renameLabel: 'Navn på samtalen',
    archive: 'Arkiver',
    unarchive: 'Hent fra arkivet',
    archived: (n: number) => `Arkivert (${n})`,
    exportMarkdown: 'Eksporter som Markdown',
    exportJson: 'Eksporter som JSON',
    delete: 'Slett',
    deleted: (title: string) => `Slettet «${title}».`,
    undo: 'Angre',
    noMatches: 'Ingen samtaler samsvarer.',
    unreadable: (issues: string) =>
      `Samtalelisten din kunne ikke leses (${issues}). Den beholdes som den er; nye samtaler vises ikke i listen før den er rettet.`,
    empty: 'Ingen samtaler ennå.',
    model: 'Modell',
    modelDefault: (name: string) => `Standard (${name})`,
    shortcuts: 'Alt+Shift+N: ny samtale · /: meldingsfeltet · Esc: stopp svaret',
  },
  storage: {
    title: 'Samtaler',
    measuring: 'Måler hvor mye plass samtalene dine tar…',
    used: (n: number, used: string, budget: string) =>
      `${plural('nb', n, { one: '# samtale', other: '# samtaler' })}, ${used} av de ${budget} som er satt av til dem i brukerdataene dine i Home Assistant`,
    near: 'Samtalene dine nærmer seg plassen som er satt av til dem. Eksporter og arkiver eldre samtaler (Arkiver i listen, og flytt dem deretter til en fil her), eller slett noen. Ingenting fjernes med mindre du gjør det selv.',
    over: 'Samtalene dine tar mer enn plassen som er satt av til dem. Alle beholdes fortsatt, men Home Assistant skriver disse dataene på nytt ved hver melding og tar dem med i hver sikkerhetskopi: eksporter og arkiver eldre samtaler, eller slett noen.',
    largeConversation: (title: string, size: string) =>
      `«${title}» tar alene ${size}. Home Assistant kan ikke lagre en samtale som er mye større enn 3 MB: eksporter den og fortsett i en ny.`,
    explain:
      'Samtalene ligger i brukerdataene dine i Home Assistant, ved siden av innstillingene dine, så alle enheter du logger på med, ser dem. Ingenting slettes med mindre du sletter det.',
    exportMarkdown: 'Eksporter alle som Markdown',
    exportJson: 'Eksporter alle som JSON',
    import: 'Importer samtaler',
    imported: (n: number, added: number, changed: number) =>
      `Leste ${plural('nb', n, { one: '# samtale', other: '# samtaler' })} fra filen: ${added} nye, ${changed} med nye meldinger.`,
    moveArchived: (n: number) => `Flytt ${n} arkiverte til en fil`,
    confirmMove: (n: number) =>
      plural('nb', n, {
        one: '# arkivert samtale ligger i filen som nettopp ble lagret. Vil du fjerne den fra Home Assistant nå?',
        other:
          '# arkiverte samtaler ligger i filen som nettopp ble lagret. Vil du fjerne dem fra Home Assistant nå?',
      }),
    moved: (n: number) =>
      plural('nb', n, {
        one: '# arkivert samtale ble flyttet til filen.',
        other: '# arkiverte samtaler ble flyttet til filen.',
      }),
  },
  exportTool: 'Verktøy',
  importWhat: 'Import',
  importMismatch: (entry: string, doc: string) =>
    `oppføringen ${entry} og samtalen ${doc} samsvarer ikke`,

  noProvider:
    'Ingen leverandør er satt opp ennå. Legg til en i redigeringsvinduet for dette kortet (eller i innstillingene for AI-chat).',
  unknownProvider: (id: string) =>
    `Dette kortet bruker leverandøren «${id}», som ikke lenger finnes i innstillingene dine. Velg en annen i kortredigeringen.`,
  noModel: (provider: string) =>
    `Leverandøren «${provider}» har ingen valgt modell. Velg en modell i kortredigeringen.`,
  settingsInvalid: (issues: string) =>
    `Innstillingene dine for AI-chat kunne ikke leses (${issues}). De beholdes som de er; rett eller eksporter dem i innstillingene.`,
  settingsLoading: 'Laster inn innstillingene dine…',

  voice: {
    speak: 'Snakk',
    noStt:
      'Taleassistenten din har ingen tale-til-tekst: velg en under Innstillinger → Taleassistenter.',
    sttRefused: (said: string) =>
      `Taleassistentens tale-til-tekst tar ikke lyden Home Assistants taledialog sender (16 kHz mono). Velg en annen under Innstillinger → Taleassistenter. Home Assistant sier: ${said}`,
    nothingHeard: 'Ingenting ble forstått. Snakk igjen, nærmere mikrofonen.',
    micRefused:
      'Nettleseren fikk ikke bruke mikrofonen: tillat den for dette nettstedet (ikonet i adresselinjen), og prøv igjen.',
    noMic: 'Fant ingen mikrofon på denne enheten.',
    insecure:
      'Nettlesere gir mikrofonen bare til sikre sider: åpne Home Assistant over https (eller på denne maskinen via localhost).',
    sendSpoken: 'Send det du sier med en gang (ellers havner det i meldingsfeltet)',
    noPipeline:
      'Ingen taleassistent er satt opp i Home Assistant: legg til en under Innstillinger → Taleassistenter.',
    noTts:
      'Taleassistenten din har ingen tekst-til-tale: velg en under Innstillinger → Taleassistenter.',
    failed: (what: string) => `Talefunksjonen mislyktes: ${what}`,
    autoRead:
      'Les opp hvert svar når det er ferdig (taleassistentens tekst-til-tale, for alle chattene dine)',
  },
  agents: {
    cardLimits:
      'Dette kortet begrenser hva assistenten får gjøre (verktøy av, eller et smalere omfang), og standardmodellen din er en Home Assistant-agent, som handler etter egne regler. Velg en leverandørs modell for kortet i redigeringsvinduet.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home Assistant-agenter',
    note: 'Home Assistants egne agenter styrer hjemmet med egne verktøy og rettigheter: Godkjenn og kortets omfang gjelder ikke for det de gjør.',
    noPictures:
      'Home Assistants agenter tar ikke bilder: velg en leverandørs modell for å spørre om et.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Bruk minnet',
    useHint: 'Det du har bedt assistenten om å huske, følger med denne samtalen.',
    without: 'Denne samtalen bruker ikke minnet ditt.',
    undo: 'Angre',
    undone: 'Angret',
    remembered: (fact: string) => `Husket «${fact}»`,
    changed: (before: string, after: string) => `Endret «${before}» til «${after}»`,
    forgot: (fact: string) => `Glemte «${fact}»`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Hjem',
    energy: 'Energi',
    kids: 'Barn',
    pick: 'Persona',
    none: 'Ingen persona',
    using: (name: string) => `Persona: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'God natt',
    goodNightText: 'God natt: slå av lysene som fortsatt er på, og fortell meg om dørene er låst.',
    whatsOpen: 'Hva er åpent?',
    whatsOpenText: 'Hvilke dører, vinduer og persienner er åpne akkurat nå?',
    energyToday: 'Energi i dag',
    energyTodayText: 'Hvor mye energi har huset brukt i dag?',
    title: 'Hurtigprompter',
    noMatch: 'Ingen hurtigprompt passer.',
    ran: (label: string) => `${label}: utført.`,
    notRun: (label: string) => `${label}: ikke kjørt.`,
    templateFailed: (why: string) => `Malen i hurtigprompten kunne ikke gjengis: ${why}`,
  },
  images: {
    attach: 'Legg ved bilde',
    snapshot: 'Kamerabilde',
    camera: 'Kamera',
    pickCamera: 'Velg et kamera…',
    noCamera: 'Det er ikke noe kamera i denne chattens omfang (kameraer eksponert for Assist).',
    snapshotFailed: 'Kameraets bilde kunne ikke hentes fra Home Assistant.',
    attached: 'Bilder som sendes',
    picture: (n: number) => `Bilde ${n}`,
    remove: (n: number) => `Fjern bilde ${n}`,
    sent: 'Bilde sendt med spørsmålet',
    tooMany: (n: number) => `Høyst ${n} bilder kan sendes med ett spørsmål.`,
    unreadable: 'Filen kunne ikke leses som et bilde.',
    noVision: (model: string) =>
      `${model} er satt til å ikke ta bilder (Vision er slått av i innstillingene): slå på Vision for den, eller velg en modell som tar bilder.`,
    vision: 'Vision: tar bilder',
    fromTool: 'Bilde modellen fikk se',
  },
  context: {
    label: 'Kontekst',
    used: (tokens: string, limit: string) => `${tokens} av ${limit} tokens`,
    leftOut: (n: number) => `Tidligere meldinger utelatt for å passe i modellens kontekst: ${n}`,
    length: 'Kontekstlengde (tokens)',
    learned: (n: string) => `Leverandøren sa at konteksten er ${n} tokens.`,
  },
  usage: {
    title: 'Forbruk',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} inn · ${output} ut`,
    answerLong: (input: string, output: string) => `${input} tokens inn, ${output} tokens ut`,
    reasoning: (n: string) => `${n} av dem til resonnering`,
    cached: (n: string) => `${n} fra leverandørens hurtigbuffer`,
    estimated: 'Anslått: leverandøren rapporterte ikke noe forbruk, så det ble telt fra teksten.',
    priced: 'Kostnad beregnet fra prisene som er satt for denne modellen.',
    conversation: (tokens: string) => `Denne samtalen: ${tokens} tokens`,
    days: 'Siste 30 dager',
    chart: 'Tokens per dag og modell, siste 30 dager',
    model: 'Modell',
    answers: 'Svar',
    input: 'Tokens inn',
    output: 'Tokens ut',
    cost: 'Kostnad',
    total: 'Totalt',
    none: 'Ingenting er telt ennå: forbruket vises her etter det første svaret.',
    someEstimated: (n: string) => `${n} anslått (ikke noe forbruk rapportert)`,
    explain:
      'Telles ut fra det hver leverandør rapporterer sammen med svaret sitt, ellers anslås det ut fra teksten (omtrent fire tegn per token). Kostnaden er den leverandøren rapporterer (OpenRouter), ellers den som følger av prisene du har satt for en modell. Lagres i brukerdataene dine i Home Assistant: hver forespørsel i en uke, deretter én sum per modell og dag; å slette en samtale endrer ikke dette.',
    budget: 'Månedsbudsjett (US$)',
    budgets: 'Månedsbudsjetter',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} av ${budget} denne måneden`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} har kostet ${spent} denne måneden, mer enn månedsbudsjettet på ${budget}.`,
    priceInput: 'Pris per million tokens inn (US$)',
    priceOutput: 'Pris per million tokens ut (US$)',
  },
  settings: {
    title: 'Innstillinger',
    providers: 'Leverandører',
    addProvider: 'Legg til leverandør',
    editProvider: (name: string) => `Rediger ${name}`,
    authMode: 'Nøkler',
    authGlobal: 'Én nøkkel for alle modeller',
    authPerModel: 'Én nøkkel per modell',
    keySaved: 'Lagret – skriv for å erstatte',
    keyMoved: (from: string, to: string) =>
      `Den lagrede nøkkelen var for ${from}: den sendes ikke til ${to}. Skriv inn nøkkelen for den nye adressen.`,
    removeKey: 'Fjern den lagrede nøkkelen',
    timeout: 'Tidsavbrudd (sekunder, for første byte og mellom delene)',
    addModel: 'Legg til',
    modelsFetched: (n: number, when: string) => `${n} modeller fra leverandøren, hentet ${when}.`,
    chosenModels: 'Modeller fra denne leverandøren',
    removeModel: (id: string) => `Fjern ${id}`,
    remove: 'Fjern',
    displayName: 'Visningsnavn',
    modelKey: (id: string) => `API-nøkkel for ${id}`,
    modelTools: 'Verktøy (funksjonskall): denne modellen kan handle i hjemmet',
    edit: 'Rediger',
    makeDefault: 'Gjør til standard',
    isDefault: 'Standard',
    defaultModel: 'Standardmodell',
    modelsCount: (n: number) => plural('nb', n, { one: '# modell', other: '# modeller' }),
    keyState: { global: 'nøkkel lagret', none: 'ingen nøkkel', per_model: 'én nøkkel per modell' },
    confirmRemove: (name: string) =>
      `Fjerne ${name}? Nøkkelen slettes sammen med den; kort som bruker den, vil si ifra om det til du velger en annen leverandør.`,
    noProviders:
      'Ingen leverandør ennå. Legg til en: LiteLLM, Ollama, vLLM, OpenAI, … (basis-URL-en slutter vanligvis på /v1).',
    export: 'Eksporter innstillinger',
    exportHint: 'En JSON-fil uten nøkler.',
    import: 'Importer innstillinger',
    importReview: 'Hva import av denne filen endrer',
    importLoosens: 'Mindre trygt:',
    importNoChanges: 'Ingenting endres.',
    importConfirm: 'Importer',
    importKeysNeeded: (names: string[]) =>
      `Etter importen må du legge til nøklene for: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `Importerte ${plural('nb', n, { one: '# leverandør', other: '# leverandører' })}.${missing.length ? ` Legg til nøklene for: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Innstillingene dine kunne ikke leses',
    invalidBody:
      'De beholdes nøyaktig som de er. Eksporter dem for å rette dem for hånd, og importer deretter den rettede filen, eller start på nytt (en kopi beholdes i brukerdataene dine).',
    exportBroken: 'Eksporter dokumentet',
    startOver: 'Start på nytt',
    confirmStartOver:
      'Erstatte innstillingene dine med tomme? En kopi av det nåværende dokumentet beholdes.',
    saved: 'Lagret.',
    back: 'Tilbake til chatten',
    managePrompt:
      'Leverandører, modeller og nøkler administreres i innstillingene for AI-chat-panelet.',
    openSettings: 'Åpne innstillinger',
    maxRounds: 'Verktøyrunder per svar',
    server: 'Server',
    name: 'Navn',
    baseUrl: 'Basis-URL',
    apiKey: 'API-nøkkel (valgfritt; lagres i brukerdataene dine i Home Assistant, aldri i kortet)',
    cancel: 'Avbryt',
    saveProvider: 'Lagre leverandør',
    loadModels: 'Hent modeller',
    reloadModels: 'Hent modeller på nytt',
    typeModel: 'Eller skriv inn en modell-ID',
    searchModels: 'Søk i modeller',
    models: 'Modeller',
    noModelsMatch: 'Ingen modeller samsvarer.',
    moreModels: (n: number) => `${n} til: snevre inn søket.`,
    maxTokens: 'Maks antall tokens',
    temperature: 'Temperatur',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Lært fra leverandørens svar: ${[
        l.token_param === 'max_completion_tokens'
          ? 'svarlengden sendes som max_completion_tokens (den avviste max_tokens)'
          : '',
        l.temperature === false
          ? 'ingen temperatur sendes (den godtar bare standardverdien sin)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Glem',
    forgetLearned: (id: string) => `Glem det som er lært om ${id}`,
    serverAuto: (name: string) => `Gjenkjent fra adressen (${name})`,
  },

  editor: {
    title: 'Tittel',
    agent: 'Agent',
    systemPrompt: 'Mal for systemprompt',
    maxTokens: 'Maks antall tokens',
    temperature: 'Temperatur',
    contextMessages: 'Kontekstmeldinger',
    home: 'Hjemmet',
    onlyDomains: 'Bare disse domenene',
    onlyAreas: 'Bare disse områdene',
    onlyEntities: 'Bare disse entitetene',
    search: 'Søk',
    providerAndModel: 'Leverandør og modell',
    noProviderYet: 'Ingen leverandør ennå: legg til en for å begynne å chatte.',
    provider: 'Leverandør',
    model: 'Modell',
    default: 'Standard',
    defaultNamed: (name: string) => `Standard (${name})`,
    addProvider: 'Legg til leverandør',
    settingsInvalid: (issues: string) => `Innstillingene dine er ikke gyldige: ${issues}`,
    persona: 'Persona',
    personaNone: 'Ingen (standardmodellen og standardprompten)',
    chips: 'Hurtigprompter vist som knapper',
  },
  sidebarMenu: 'Meny',
  connectionLost: 'Tilkoblingen til Home Assistant ble brutt.',
  outdated: 'Dette kortet er oppdatert etter at siden ble lastet inn: last inn siden på nytt.',

  picker: {
    add: (text: string) => `Legg til «${text}»`,
    remove: (name: string) => `Fjern ${name}`,
    noMatch: 'Ingen treff',
    more: 'Flere treff: skriv mer for å snevre inn listen',
  },
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB er mer enn Home Assistant kan lagre i ett stykke (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: «${id}» er ikke en ID som dette kortet skriver (bokstaver, sifre, _ . ~ -, høyst 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `Samtalen ${id} er på ${(bytes / 1e6).toFixed(1)} MB, mer enn Home Assistant kan lagre i ett stykke (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `Filen er større enn ${Math.round(bytes / 1_048_576)} MB, mer enn en slik fil noen gang trenger: velg filen du eksporterte.`,
    cardConfig: 'Kortkonfigurasjon',
    secretInCard: (key: string) =>
      `«${key}» hører ikke hjemme i et kort: alle brukere som kan åpne dette dashbordet, kan lese konfigurasjonen. Fjern den, og legg til nøkkelen i innstillingene for AI-chat, som lagrer den i dine egne brukerdata i Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `skrevet av en nyere versjon av dette kortet (${what} versjon ${version}); oppdater kortet – det beholdes som det er`,
    noUpgrade: (version: number) => `ingen oppgradering fra innstillingsversjon ${version}`,
    settingsInvalid: (issues: string) =>
      `De lagrede innstillingene er ikke gyldige (${issues}); de ble ikke overskrevet.`,
    olderList: 'en eldre versjon av samtalelisten; last inn siden på nytt',
    notJson: 'filen er ikke JSON',
    notSettings: 'filen inneholder ikke et innstillingsdokument',
  },

  diagnose: {
    button: 'Test tilkoblingen',
    running: 'Tester…',
    titles: {
      address: 'Adresse',
      reach: 'Serveren kan nås',
      cors: 'Kall fra denne siden tillatt (CORS)',
      key: 'API-nøkkel',
      models: 'Modelliste (/models)',
      completion: 'Et svar på ett token',
    },
    status: { ok: 'bestått', warn: 'advarsel', fail: 'mislyktes', skipped: 'ikke kontrollert' },
    skipped: 'Ikke kontrollert: et tidligere trinn mislyktes.',
    badUrl: (url: string) => `«${url}» er ikke en http(s)-adresse.`,
    badUrlFix: 'Skriv inn hele adressen, f.eks. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, kan kalles fra denne siden.`,
    reachOk: (host: string) => `${host} svarer.`,
    corsOk: 'Serveren tillater kall fra denne siden.',
    keyOk: 'Nøkkelen ble godtatt.',
    noKeyOk: 'Ingen nøkkel sendt, og serveren ba ikke om noen.',
    modelsOk: (n: number) => `${n} modeller oppført.`,
    modelNotListed: (n: number, model: string) => `${n} modeller oppført, men ikke «${model}».`,
    modelNotListedFix:
      'Kontroller modell-ID-en; noen servere viser bare en del av det de tilbyr, så neste trinn prøver den likevel.',
    noModelList: 'Denne serveren har ingen modelliste: skriv inn modell-ID-er for hånd.',
    noModelListFix: 'Ingenting å rette hvis svaret nedenfor fungerer.',
    v1Fix: 'Slutter basis-URL-en på /v1? De fleste OpenAI-kompatible servere trenger det.',
    noModel: 'Ingen modell valgt ennå: velg eller skriv inn en, og test på nytt.',
    completionOk: (model: string) => `${model} svarte.`,
    unknownModel: (model: string) => `Leverandøren kjenner ikke modellen «${model}».`,
    unknownModelFix:
      'Velg modellen fra leverandørens liste (Hent modeller på nytt), eller sjekk hvordan leverandøren staver den.',
  },

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
    generic: 'Annen OpenAI-kompatibel server',
  },

  toolRounds: (n: number) =>
    `Modellen fortsatte å kalle verktøy: stoppet etter ${n} runder. Spør igjen, eller øk grensen i innstillingene.`,
  toolsUnsupported:
    'Denne modellen tar ikke imot verktøy. Slå av verktøy for den i kortredigeringen (Verktøy), eller velg en modell som støtter funksjonskall.',
  approve: 'Godkjenn',
  deny: 'Avslå',
  toolNeedsApproval: (what: string) => `Vil kjøre ${what}. Godkjenne?`,
  cameraApproval: (camera: string) => `Vil se gjennom ${camera}. Godkjenne?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Vil kjøre ${what}, med ${reasons}. Godkjenne?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Legger til leverandøren ${name} (${origin}).`,
    providerRemoved: (name: string) => `Fjerner leverandøren ${name} og nøklene dens.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Flytter ${name} fra ${from} til ${to}.`,
    providerChanged: (name: string) => `Endrer innstillingene for ${name}.`,
    keyRetype: (name: string) =>
      `${name} går nå til en annen adresse eller servertype: den lagrede nøkkelen sendes ikke dit. Skriv inn nøkkelen på nytt i innstillingene.`,
    cameraApprovalOn: 'Modellen spør før den ser gjennom et kamera.',
    cameraApprovalOff: 'Modellen ser gjennom kameraer uten å spørre først.',
    confirmRemoved: (items: string) => `Spør ikke lenger før handlinger på: ${items}.`,
    confirmAdded: (items: string) => `Spør før handlinger på: ${items}.`,
    toolsOn: 'Modellen får styre hjemmet ditt.',
    toolsOff: 'Modellen styrer ikke lenger hjemmet ditt.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) får styre hjemmet ditt.`,
    maxRounds: (from: number, to: number) => `Verktøyrunder per svar: ${from} → ${to}.`,
    autoReadOn: 'Hvert svar leses opp når det er ferdig.',
    autoReadOff: 'Svar leses ikke lenger opp av seg selv.',
    sendSpokenOn: 'Det du sier, sendes med en gang, uten at du ser teksten først.',
    sendSpokenOff: 'Det du sier, havner først i meldingsfeltet.',
    promptChanged: 'Systemprompten endres.',
    defaultChanged: (to: string) => `Standardmodellen blir ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `en handling på ${names}`,
    address: (field: string, value: string) => `en adresse i ${field}: ${value}`,
    path: (field: string, value: string) => `en filbane i ${field}: ${value}`,
    entity: (field: string, name: string) => `en annen entitet i ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Modellen ba om mer enn ${n} handlinger i ett svar; resten ble ikke kjørt.`,
  toolStatus: {
    awaiting: 'Venter på godkjenningen din',
    running: 'Kjører…',
    done: 'Ferdig',
    error: 'Mislyktes',
    denied: 'Avslått',
    stopped: 'Ikke kjørt',
    unknown: 'Ukjent utfall: tilkoblingen til Home Assistant ble brutt mens den kjørte. Sjekk det.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Slo på ${names}`,
      turn_off: (names: string) => `Slo av ${names}`,
      toggle: (names: string) => `Vekslet ${names}`,
      lock: (names: string) => `Låste ${names}`,
      unlock: (names: string) => `Låste opp ${names}`,
      open: (names: string) => `Åpnet ${names}`,
      close: (names: string) => `Lukket ${names}`,
      press: (names: string) => `Trykket på ${names}`,
      temperature: (names: string) => `Stilte inn temperaturen for ${names}`,
      play: (names: string) => `Startet avspilling på ${names}`,
      pause: (names: string) => `Satte ${names} på pause`,
      script: (names: string) => `Kjørte ${names}`,
      scene: (names: string) => `Aktiverte ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Slå på ${names}`,
      turn_off: (names: string) => `Slå av ${names}`,
      toggle: (names: string) => `Veksle ${names}`,
      lock: (names: string) => `Lås ${names}`,
      unlock: (names: string) => `Lås opp ${names}`,
      open: (names: string) => `Åpne ${names}`,
      close: (names: string) => `Lukk ${names}`,
      press: (names: string) => `Trykk på ${names}`,
      temperature: (names: string) => `Still inn temperaturen for ${names}`,
      play: (names: string) => `Start avspilling på ${names}`,
      pause: (names: string) => `Sett ${names} på pause`,
      script: (names: string) => `Kjør ${names}`,
      scene: (names: string) => `Aktiver ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argumenter',
  toolResult: 'Resultat',
  toolLiveState: 'Nå',
  toolNames: {
    list_entities: 'Listet opp entiteter',
    get_entity: 'Leste',
    call_service: 'Kalte',
    list_areas: 'Listet opp områder',
    get_history: 'Leste historikken til',
    get_camera_image: 'Så gjennom',
    home_assistant: 'Home Assistant handlet på',
    list_automations: 'Listet opp automasjoner og skript',
    get_automation: 'Leste',
    get_automation_traces: 'Leste sporene til',
    get_logbook: 'Leste loggboken',
    propose_automation: 'Lagde utkast til en automasjon',
    propose_script: 'Lagde utkast til et skript',
    remember: 'Husket',
    update_memory: 'Endret et minne',
    forget: 'Glemte et minne',
  },
  confirmField:
    'Spør også før handlinger på (domener eller entiteter, for alle chattene dine; låser, alarmer og garasjeporter spør alltid)',
  cameraApprovalField: 'Spør før modellen ser gjennom et kamera (for alle chattene dine)',
  toolsToggle: 'La modellen lese og styre hjemmet (verktøy)',
  scopeNarrow: 'Avgrens det for dette kortet nedenfor (kommaseparert; tomt: ingen avgrensning).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Verktøy fra MCP',
    explain:
      'Verktøy fra Home Assistants LLM-API-er og fra Model Context Protocol-servere, som modellen kan kalle. Det en server sier om verktøyene sine, vises for deg her og legges aldri i modellens instruksjoner; hvert kall er en rad i samtalen og venter på Godkjenn, med mindre du stoler på det verktøyet.',
    ownTools: 'Gi også modellen kortets egne verktøy for hjemmet',
    haTitle: 'Home Assistants LLM-API-er',
    haLoading: 'Ser etter Home Assistants MCP-server…',
    haLacks: (version: string) =>
      `Home Assistant ${version} har ingen Model Context Protocol Server: den kom i 2025.2, og adressen for hvert API (/api/mcp/<API>) kom senere. Oppdater Home Assistant for å bruke API-ene her.`,
    haNotSetUp:
      'For å bruke Home Assistants LLM-API-er her, legg til integrasjonen Model Context Protocol Server: Innstillinger → Enheter og tjenester → Legg til integrasjon → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant lar bare administratorer bruke de andre API-ene; du kan bruke Assist.',
    narrowNote:
      'Et kort som avgrenser hva modellen ser, bruker ikke disse API-ene: verktøyene deres ser alle entiteter som er eksponert for Assist.',
    useApi: (name: string) => `Bruk ${name} i chatter`,
    showTools: (name: string) => `Verktøy fra ${name}`,
    listing: 'Lister opp verktøyene…',
    noTools: 'Den tilbyr ingen verktøy.',
    modes: {
      auto: 'Etter hjemmets regler',
      ask: 'Spør først',
      trust: 'Klarert',
      off: 'Av',
    },
    modeOf: (tool: string) => `Hvordan modellen får bruke ${tool}`,
    serversTitle: 'MCP-servere',
    noServers: 'Ingen MCP-server ennå.',
    add: 'Legg til MCP-server',
    edit: (name: string) => `Rediger ${name}`,
    remove: (name: string) => `Fjern ${name}`,
    enabled: (name: string) => `Bruk ${name} i chatter`,
    name: 'Navn',
    url: 'Adresse (streamable HTTP, f.eks. https://host:port/mcp)',
    token: 'Bearer-token (valgfritt; lagres i brukerdataene dine, eksporteres aldri)',
    tokenSaved: 'lagret – skriv for å erstatte det',
    tokenMoved:
      'Adressen peker nå til en annen server: det lagrede tokenet sendes ikke dit. Skriv det inn på nytt hvis denne serveren skal ha det.',
    test: 'Test',
    testing: 'Tester…',
    save: 'Lagre',
    cancel: 'Avbryt',
    testOk: (name: string, n: number) =>
      `${name} svarte og tilbyr ${plural('nb', n, { one: '# verktøy', other: '# verktøy' })}.`,
    testFirst: 'Test serveren først: verktøyene dens listes opp her, så du kan velge blant dem.',
    describedAs: 'Hva serveren sier om det (vises for deg, aldri for modellen som instruksjoner)',
    failed: {
      cors: (origin: string) =>
        `Serveren svarte, men lar ikke denne siden kalle den (CORS). Den må svare på forespørsler fra ${origin} med Access-Control-Allow-Origin, tillate metodene POST, GET og DELETE og headerne Content-Type, Authorization, Mcp-Session-Id og Mcp-Protocol-Version (Access-Control-Allow-Headers), og eksponere Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Ingenting svarte på denne adressen. Sjekk vert og port, og at serveren lytter der denne nettleseren kan nå den (ikke bare på sin egen loopback).',
      mixed_content:
        'Denne siden leveres over https og serveren over http: det nekter nettleseren. Lever serveren over https (en omvendt proxy ordner det), eller åpne Home Assistant over http.',
      redirect:
        'Serveren sendte forespørselen til en annen adresse; kortet følger aldri en omdirigering med tokenet ditt. Skriv inn adressen den fører til.',
      auth: 'Serveren vil ha et token den godtar (401): skriv inn bearer-tokenet for den.',
      forbidden:
        'Serveren avviste denne brukeren (403). Home Assistant lar bare administratorer bruke andre API-er enn Assist.',
      not_found:
        'Ikke noe MCP-endepunkt på denne adressen (404). Streamable HTTP-servere svarer vanligvis på en bane som /mcp.',
      timeout: 'Serveren svarte ikke innen 30 sekunder.',
      garbage: 'Serveren svarte med noe som ikke er Model Context Protocol.',
      too_large: 'Serverens svar var større enn det kortet leser (1 MB).',
      rpc: 'Serveren svarte på forespørselen med en feil.',
      http: (status: number) => `Serveren svarte HTTP ${status}.`,
      said: (words: string) => `Den sa: «${words}»`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Ny automasjon: ${name}`,
    newScript: (name: string) => `Nytt skript: ${name}`,
    changeTo: (name: string) => `Endring av ${name}`,
    untitled: 'uten navn',
    when: 'Når',
    onlyIf: 'Bare hvis',
    then: 'Så',
    yaml: 'YAML',
    diff: 'Endringer',
    diffLabel: (removed: number, added: number) =>
      `${plural('nb', removed, { one: '# linje fjernet', other: '# linjer fjernet' })}, ${added} lagt til`,
    save: 'Lagre',
    discard: 'Forkast',
    runNow: 'Kjør nå',
    checkConditions: 'Sjekk betingelsene',
    saving: 'Lagrer og venter på at Home Assistant laster det inn…',
    running: 'Kjører…',
    ran: 'Home Assistant kjørte det.',
    runFailed: (why: string) => `Home Assistant kjørte det ikke: ${why}`,
    saved: (name: string) => `Lagret: ${name}.`,
    openInHa: 'Åpne i Home Assistant',
    discarded: 'Forkastet. Ingenting ble skrevet.',
    notAdmin:
      'Bare en administrator kan lagre automasjoner og skript i Home Assistant. Be en administrator om å lagre det, eller om å gjøre deg til administrator.',
    busy: 'Lagre og Forkast kommer når svaret er ferdig.',
    problemsTitle:
      'Ikke klart til å lagres: modellen har fått beskjed og kan foreslå det på nytt i rettet form.',
    notesTitle: 'Før du lagrer',
    unreadable: 'Dette utkastet kan ikke leses av denne versjonen av kortet.',
    failed: {
      not_admin: 'Bare en administrator kan lagre automasjoner og skript i Home Assistant.',
      problems: 'Ikke lagret: huset har endret seg siden utkastet ble laget.',
      moved: (entity: string) =>
        `Ikke lagret: ${entity} er ikke lenger automasjonen denne endringen ble lest fra.`,
      refused: (message: string) => `Home Assistant avviste det: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant skrev det (id ${key}), men har ikke lastet det inn. Sjekk at configuration.yaml inkluderer automations.yaml og scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant sier om ${at}: ${words}`,
      unknown_keys: (keys: string) => `Nøkler som Home Assistant ikke kjenner: ${keys}`,
      both_keys: (keys: string) => `Både entalls- og flertallsnøkkelen: ${keys}`,
      missing: (key: string) => `${key} mangler eller er tom`,
      blueprint: 'Automasjoner fra en blåkopi endres i redigeringsverktøyet i Home Assistant',
      out_of_scope: (ids: string) => `Entiteter utenfor det denne chatten kan bruke: ${ids}`,
      unknown_entity: (ids: string) => `Ingen slik entitet: ${ids}`,
      wrong_domain: (what: string) => `En handling på entiteter fra et annet domene: ${what}`,
      no_target: (service: string) =>
        `${service} virker ikke på noen entitet som denne chatten kan bruke`,
      device_target: (service: string) =>
        `${service} er rettet mot en enhet, en etasje eller en etikett, og det kan ikke sjekkes`,
      device_action: 'En enhetshandling, som ikke kan sjekkes',
      template_service: (service: string) => `Handlingen er en mal: ${service}`,
      template_target: (service: string) => `Målene for ${service} er en mal`,
      unknown_area: (area: string) => `Intet slikt område: ${area}`,
      empty_area: (what: string) => `Ingen entitet fra det domenet der: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `${id} er allerede id-en til en annen automasjon`,
      script_key: (key: string) => `«${key}» kan ikke være id for et skript`,
      key_taken: (id: string) => `${id} finnes allerede`,
      too_large: 'For stort til å sjekkes',
      unreadable: 'Kan ikke leses',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Styrer ${names}, som venter på godkjenningen din i en chat. Etter lagring skjer det uten at du blir spurt.`,
      address: (what: string) => `Sender en adresse: ${what}`,
      path: (what: string) => `Nevner en filbane: ${what}`,
      entity: (what: string) => `Nevner en annen entitet i dataene sine: ${what}`,
      webhook: 'En webhook starter den: alle på nettverket ditt som kjenner id-en, kan starte den.',
      event: (event: string) => `Utløser hendelsen ${event}, som kan starte andre automasjoner.`,
      untargeted: (service: string) => `Kaller ${service}, som ikke virker på noen entitet.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'eller',
      and: 'og',
      changes: (who: string) => `${who} endres`,
      changesTo: (who: string, to: string) => `${who} endres til ${to}`,
      changesFrom: (who: string, from: string) => `${who} endres fra ${from}`,
      forDuration: (what: string, duration: string) => `${what}, i ${duration}`,
      above: (who: string, value: string) => `${who} går over ${value}`,
      below: (who: string, value: string) => `${who} går under ${value}`,
      sunrise: 'ved soloppgang',
      sunset: 'ved solnedgang',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `kl. ${time}`,
      timePattern: 'etter et tidsmønster',
      haStart: 'Home Assistant starter',
      haStop: 'Home Assistant stopper',
      event: (type: string) => `hendelsen ${type} utløses`,
      enters: (who: string, zone: string) => `${who} kommer inn i ${zone}`,
      leaves: (who: string, zone: string) => `${who} forlater ${zone}`,
      template: 'en mal blir sann',
      webhook: 'webhooken dens kalles',
      otherTrigger: (platform: string) => `en ${platform}-utløser`,
      is: (who: string, state: string) => `${who} er ${state}`,
      isAbove: (who: string, value: string) => `${who} er over ${value}`,
      isBelow: (who: string, value: string) => `${who} er under ${value}`,
      afterSunset: 'etter solnedgang',
      beforeSunrise: 'før soloppgang',
      afterSunrise: 'etter soloppgang',
      beforeSunset: 'før solnedgang',
      after: (time: string) => `etter ${time}`,
      before: (time: string) => `før ${time}`,
      onDays: (days: string) => `på ${days}`,
      templateTrue: 'en mal er sann',
      all: (parts: string) => `alle disse: ${parts}`,
      any: (parts: string) => `minst én av disse: ${parts}`,
      none: (parts: string) => `ingen av disse: ${parts}`,
      inZone: (who: string, zone: string) => `${who} er i ${zone}`,
      otherCondition: (kind: string) => `en ${kind}-betingelse`,
      turnOn: (names: string) => `Slå på ${names}`,
      turnOff: (names: string) => `Slå av ${names}`,
      toggle: (names: string) => `Veksle ${names}`,
      call: (service: string, names: string) => (names ? `${service} på ${names}` : service),
      wait: (duration: string) => `Vent ${duration}`,
      waitTemplate: 'Vent til en mal er sann',
      waitTrigger: (what: string) => `Vent til ${what}`,
      scene: (name: string) => `Aktiver ${name}`,
      fire: (event: string) => `Utløs hendelsen ${event}`,
      ifThen: (condition: string, then: string) => `Hvis ${condition}: ${then}`,
      otherwise: (what: string) => `ellers: ${what}`,
      choose: (n: number) =>
        `Velg blant ${plural('nb', n, { one: '# alternativ', other: '# alternativer' })}`,
      repeat: (what: string) => `Gjenta: ${what}`,
      parallel: (what: string) => `Samtidig: ${what}`,
      continueIf: (condition: string) => `Fortsett bare hvis ${condition}`,
      stop: 'Stopp',
      variables: 'Angi variabler',
      deviceAction: 'En enhetshandling',
      otherAction: 'En annen handling',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'Personaer',
    intro:
      'En persona er et navn, et ikon, en systemprompt (den kan inneholde en Home Assistant-mal), en modell og eventuelt et smalere omfang og verktøy av. Velg en for en ny samtale i panelet, eller knytt et kort til en i kortredigeringen; en samtale beholder personaen den startet med.',
    builtIn: 'Dette er de innebygde: fra din første endring lagres listen som din egen.',
    add: 'Legg til persona',
    name: 'Navn',
    icon: 'Ikon (en emoji)',
    prompt: 'Systemprompt',
    model: 'Modell',
    modelDefault: 'Chattens modell',
    tools: 'La modellen lese og styre hjemmet',
    domains: 'Bare disse domenene (kommaseparert; tomt: alt chatten kan se)',
  },
  quickPromptsPage: {
    title: 'Hurtigprompter',
    intro:
      'Prompter som sendes med ett trykk på en knapp på et kort, eller velges med «/» i meldingsfeltet. En Home Assistant-mal i en prompt ({{ states("sensor.outside_temperature") }}) gjengis før den sendes. En prompt kan starte samtalen sin med en persona, eller kjøre et skript i stedet for å spørre en modell (Godkjenn kreves som for modellens handlinger).',
    builtIn: 'Dette er de innebygde: fra din første endring lagres listen som din egen.',
    add: 'Legg til hurtigprompt',
    label: 'Etikett',
    text: 'Tekst som sendes',
    persona: 'Persona for en samtale den starter',
    script: 'Eller kjør dette skriptet i stedet (entitets-ID-en, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'Rediger',
    remove: 'Slett',
    save: 'Lagre',
    cancel: 'Avbryt',
    none: 'Ingen',
    removed: (name: string) => `Slettet ${name}.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'Minne',
    intro:
      'Opplysninger assistenten tar vare på om deg til senere samtaler, i brukerdataene dine i Home Assistant (bare du ser dem). Den legger til en når du ber den huske noe, og hvert tillegg vises i samtalen med Angre. Minnet eksporteres sammen med samtalene dine, aldri med innstillingene.',
    on: 'Bruk minnet i samtaler',
    budget: 'Tegn fra minnet som sendes med hvert spørsmål',
    fits: (shown: number, total: number, chars: string) =>
      `${shown} av ${plural('nb', total, { one: '# opplysning', other: '# opplysninger' })} får plass i ${chars} tegn: de som ligger nærmest spørsmålet, kommer først, deretter de nyeste.`,
    empty: 'Ingenting er husket ennå. Be chatten om å huske noe, eller legg det til her.',
    newFact: 'Ny opplysning',
    add: 'Legg til',
    edit: 'Rediger',
    save: 'Lagre',
    cancel: 'Avbryt',
    remove: 'Slett',
    fromChat: 'husket i en samtale',
    byYou: 'lagt til av deg',
    openChat: 'Åpne samtalen',
    removed: (fact: string) => `Slettet «${fact}».`,
    tooLong: (n: number) => `En opplysning kan ha høyst ${n} tegn.`,
    refused: 'Dette ser ut som en nøkkel, et token eller en signert adresse: det blir ikke lagret.',
    full: (n: number) => `Minnet rommer høyst ${n} opplysninger: slett noen først.`,
    unreadable: 'Minnet ditt kan ikke leses nå.',
    invalid: (issues: string) =>
      `Det lagrede minnet ditt er ikke gyldig (${issues}); det beholdes som det er og endres ikke her.`,
  },
  scopeNote: {
    assist: 'Modellen ser entitetene du har eksponert for Assist.',
    'assist-registry':
      'Modellen ser entitetene som er eksponert for Assist. Entiteter uten unik ID utelates: bare administratorer kan lese eksponeringsinnstillingen deres.',
  },

  err: {
    mixed_content: (url: string) =>
      `Denne siden leveres over https, så nettleseren blokkerer kall til den ukrypterte http-adressen ${url}.`,
    mixed_content_fix:
      'Lever leverandøren over https (en omvendt proxy med sertifikat), eller åpne Home Assistant over http på det lokale nettverket ditt.',
    cors: (url: string) =>
      `Leverandøren på ${url} svarte, men tillater ikke kall fra denne siden (CORS).`,
    network: (url: string) => `Får ikke kontakt med leverandøren på ${url}.`,
    redirect: (url: string) =>
      `Leverandøren på ${url} svarte med en omdirigering til en annen adresse, og kortet følger ikke omdirigeringer.`,
    redirect_to: (url: string, location: string) =>
      `Leverandøren på ${url} prøvde å sende forespørselen videre til ${location}, og kortet følger ikke omdirigeringer.`,
    redirect_fix:
      'En nøkkel går bare til adressen den ble lagret for. Hvis den andre adressen er den riktige, skriv den inn som basis-URL (og nøkkelen på nytt).',
    too_long: (chars: string) =>
      `Svaret passerte ${chars} tegn, det høyeste antallet ett svar kan ha her, og ble stoppet der.`,
    too_long_fix:
      'Det som kom fram, beholdes. Be om et kortere svar eller én del om gangen; hvis leverandøren sender uten stans, sjekk serveren dens.',
    network_fix:
      'Sjekk at serveren kjører, at adressen og porten er riktige, og at denne enheten kan nå den.',
    private_network: (url: string) =>
      `Nettleseren blokkerte et kall fra denne offentlige adressen til den private adressen ${url} (tilgang til lokalt nettverk).`,
    private_network_fix:
      'Tillat tilgang til lokalt nettverk for dette nettstedet når nettleseren spør, eller åpne Home Assistant via den lokale adressen.',
    auth: (status: number) => `Leverandøren avviste API-nøkkelen (HTTP ${status}).`,
    auth_fix:
      'Sjekk nøkkelen i leverandørinnstillingene; den kan være feil, utløpt eller mangle tilgang til denne modellen.',
    auth_fix_litellm:
      'Denne LiteLLM-instansen har ingen database, så den godtar bare hovednøkkelen sin: sjekk nøkkelen i leverandørinnstillingene.',
    not_found: 'Leverandøren svarte «ikke funnet» (HTTP 404).',
    not_found_fix_v1:
      'Slutter basis-URL-en på /v1? De fleste OpenAI-kompatible servere trenger det.',
    not_found_fix_model: 'Sjekk modell-ID-en: leverandøren kjenner den kanskje ikke.',
    bad_request: (status: number) => `Leverandøren avviste forespørselen (HTTP ${status}).`,
    bad_request_fix:
      'Sjekk modellen og alternativene for den (maks antall tokens, temperatur) i innstillingene.',
    rate_limited: 'Leverandøren begrenser antall forespørsler (HTTP 429).',
    rate_limited_wait: (s: number) => `Vent omtrent ${s} s og prøv igjen.`,
    rate_limited_fix: 'Vent litt og prøv igjen.',
    quota: 'Kontoen din hos denne leverandøren er tom for kreditt eller over kvoten.',
    quota_fix:
      'Sjekk fakturering eller nøkkelens budsjett hos leverandøren; å prøve igjen hjelper ikke.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `Forespørselen er større enn denne nøkkelen kan sende på én gang: ${requested} tokens, over grensen på ${limit}.`
        : 'Forespørselen er større enn denne nøkkelen kan sende på én gang.',
    too_large_fix:
      'Send mindre: færre tidligere meldinger (Kontekstmeldinger), en kortere systemprompt eller lavere Maks antall tokens; eller be leverandøren om en høyere grense. Å prøve igjen hjelper ikke.',
    no_vision: 'Modellen avviste bildet: den tar ikke bilder.',
    no_vision_fix:
      'Velg en modell som tar bilder for denne chatten, eller spør uten bildet; slå av Vision for modellen i innstillingene, så sier chatten fra før sending.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `Samtalen er lengre enn modellens kontekst på ${limit} tokens.`
        : 'Samtalen er lengre enn modellens kontekst.',
    context_length_fix:
      'Start en ny samtale, send færre tidligere meldinger (Kontekstmeldinger), eller angi modellens kontekstlengde i innstillingene slik at de eldste meldingene utelates.',
    timeout_first: (s: number) => `Leverandøren sendte ingenting på ${s} s.`,
    timeout_idle: (s: number) => `Leverandøren sluttet å sende i ${s} s midt i svaret.`,
    timeout_fix:
      'En lokal server laster kanskje fortsatt inn modellen; prøv igjen, eller øk tidsavbruddet i leverandørinnstillingene.',
    server: (status: number) => `Leverandøren fikk en intern feil (HTTP ${status}).`,
    server_fix:
      'Forespørselen ble prøvd på nytt og mislyktes fortsatt. Sjekk leverandørens logger, og prøv deretter igjen.',
    malformed: 'Leverandøren sendte et svar som dette kortet ikke kan lese.',
    malformed_fix:
      'Sjekk at basis-URL-en peker på et OpenAI-kompatibelt API (slutter vanligvis på /v1).',
    in_band: 'Leverandøren rapporterte en feil mens den svarte.',
    agent: 'Home Assistants samtaleagent kunne ikke svare.',
    agent_fix: 'Sjekk agenten og assistenten i Innstillinger → Taleassistenter.',
    aborted: 'Stoppet.',
    provider_says: (text: string) => `Leverandøren sier: «${text}»`,
  },
  corsFix: {
    litellm:
      'LiteLLM tillater alle opprinnelser som standard; hvis du har begrenset det, legg til denne Home Assistant-adressen blant de tillatte opprinnelsene.',
    ollama:
      'Ollama godtar bare kall fra sin egen maskin: sett OLLAMA_ORIGINS til denne Home Assistant-adressen (eller *) og start Ollama på nytt.',
    vllm: 'Start vLLM med --allowed-origins som inkluderer denne Home Assistant-adressen.',
    llamacpp:
      'llama-server tillater nettlesere som standard; sjekk en eventuell omvendt proxy foran den.',
    lmstudio: 'Slå på CORS i serverinnstillingene til LM Studio (eller lms server start --cors).',
    openai:
      'Leverandøren skal tillate nettlesere; en proxy eller nettleserutvidelse imellom kan blokkere kallet.',
    generic:
      'Tillat denne Home Assistant-adressen (opprinnelsen) i leverandørens CORS-innstillinger, eller sett en proxy som legger til CORS-headere, foran den.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} på ${targets}`,
};
