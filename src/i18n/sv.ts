import type { Strings } from './en';
import { plural } from './plural';

/** Swedish. */
export const strings: Strings = {
  cardName: 'OpenAI-kompatibel konversation',
  cardDescription:
    'Chatta med din egen OpenAI-kompatibla leverantör (LiteLLM, Ollama, vLLM, OpenAI, ...) och agera i ditt hem.',
  panelTitle: 'AI-chatt',
  message: 'Meddelande',
  send: 'Skicka',
  stop: 'Stoppa',
  placeholder: 'Fråga vad som helst…',
  emptyConversation: 'Säg hej för att starta en konversation.',
  you: 'Du',
  assistant: 'Assistent',
  thinking: 'Tänker',
  reasoning: 'Resonemang',
  cutOff: 'Svaret avbröts här.',
  stoppedByUser: 'Stoppat.',
  dismiss: 'Stäng',
  retry: 'Försök igen',
  announceAnswer: (text: string) => `Assistent: ${text}`,
  retrying: (s: number) => `Försöker igen om ${s} s…`,

  msg: {
    copy: 'Kopiera',
    readAloud: 'Läs upp',
    stopReading: 'Sluta läsa upp',
    copied: 'Kopierat',
    copyCode: 'Kopiera kod',
    edit: 'Redigera',
    editLabel: 'Redigera meddelande',
    sendEdited: 'Skicka redigerat meddelande',
    cancel: 'Avbryt',
    regenerate: 'Generera om',
    continue: 'Fortsätt',
    delete: 'Ta bort',
    previousVariant: 'Föregående variant',
    nextVariant: 'Nästa variant',
    variantOf: (i: number, n: number) => `Variant ${i} av ${n}`,
    writtenBy: (model: string) => `Skrivet av ${model}`,
    notSaved: 'Inte sparat än',
    notSavedWhy:
      'Home Assistant kunde inte lagra detta än. Det görs ett nytt försök så snart anslutningen är tillbaka; håll sidan öppen tills dess.',
    earlier: (n: number) => `Visa tidigare meddelanden (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Konversationen kunde inte läsas (${issues}). Den behålls som den är.`,
    tooLarge: (mb: string, max: string) =>
      `Konversationen är ${mb} MB, mer än Home Assistant kan lagra i ett stycke (${max} MB): det som sades sist visas här men lagras inte.`,
    tooLargeFix:
      'Exportera konversationen för att behålla en kopia och starta en ny konversation. Att ta bort långa svar frigör också utrymme.',
  },

  cardDefaultTitle: 'Chatt',
  freshConversation:
    'Starta en ny konversation vid varje besök (kiosker, väggplattor); tidigare konversationer finns kvar i panelens lista',
  openInPanel: 'Öppna i panelen',
  conversations: {
    list: 'Konversationer',
    toggle: 'Visa konversationer',
    new: 'Ny konversation',
    search: 'Sök i konversationer',
    searchPlaceholder: 'Sök i titlar och meddelanden',
    untitled: 'Ny konversation',
    today: 'I dag',
    yesterday: 'I går',
    options: (title: string) => `Alternativ för ${title}`,
    rename: 'Byt namn',
    renameLabel: 'Konversationens namn',
    archive: 'Arkivera',
    unarchive: 'Ta ur arkivet',
    archived: (n: number) => `Arkiverade (${n})`,
    exportMarkdown: 'Exportera som Markdown',
    exportJson: 'Exportera som JSON',
    delete: 'Ta bort',
    deleted: (title: string) => `Tog bort ”${title}”.`,
    undo: 'Ångra',
    noMatches: 'Ingen konversation matchar.',
    unreadable: (issues: string) =>
      `Din konversationslista kunde inte läsas (${issues}). Den behålls som den är; nya konversationer listas inte förrän den har åtgärdats.`,
    empty: 'Inga konversationer än.',
    model: 'Modell',
    modelDefault: (name: string) => `Standard (${name})`,
    shortcuts: 'Alt+Shift+N: ny konversation · /: meddelanderutan · Esc: stoppa svaret',
  },
  storage: {
    title: 'Konversationer',
    measuring: 'Mäter hur mycket utrymme dina konversationer tar…',
    used: (n: number, used: string, budget: string) =>
      `${plural('sv', n, { one: '# konversation', other: '# konversationer' })}, ${used} av de ${budget} som är avsatta för dem i dina användardata i Home Assistant`,
    near: 'Dina konversationer närmar sig utrymmet som är avsatt för dem. Exportera och arkivera äldre konversationer (Arkivera i listan och flytta dem sedan till en fil här), eller ta bort några. Inget tas bort om du inte gör det själv.',
    over: 'Dina konversationer tar mer än utrymmet som är avsatt för dem. Alla finns fortfarande kvar, men Home Assistant skriver om dessa data vid varje meddelande och sparar dem i varje säkerhetskopia: exportera och arkivera äldre konversationer, eller ta bort några.',
    largeConversation: (title: string, size: string) =>
      `”${title}” tar ensam ${size}. Home Assistant kan inte lagra en konversation som är mycket större än 3 MB: exportera den och fortsätt i en ny.`,
    explain:
      'Konversationerna finns i dina användardata i Home Assistant, bredvid dina inställningar, så att alla enheter du loggar in med ser dem. Inget tas bort om du inte tar bort det.',
    exportMarkdown: 'Exportera alla som Markdown',
    exportJson: 'Exportera alla som JSON',
    import: 'Importera konversationer',
    imported: (n: number, added: number, changed: number) =>
      `Läste ${plural('sv', n, { one: '# konversation', other: '# konversationer' })} från filen: ${added} nya, ${changed} med tillagda meddelanden.`,
    moveArchived: (n: number) => `Flytta ${n} arkiverade till en fil`,
    confirmMove: (n: number) =>
      plural('sv', n, {
        one: '# arkiverad konversation finns i filen som just sparades. Ta bort den från Home Assistant nu?',
        other:
          '# arkiverade konversationer finns i filen som just sparades. Ta bort dem från Home Assistant nu?',
      }),
    moved: (n: number) =>
      plural('sv', n, {
        one: '# arkiverad konversation flyttades till filen.',
        other: '# arkiverade konversationer flyttades till filen.',
      }),
  },
  exportTool: 'Verktyg',
  importWhat: 'Import',
  importMismatch: (entry: string, doc: string) =>
    `posten ${entry} och konversationen ${doc} stämmer inte överens`,

  noProvider:
    'Ingen leverantör har konfigurerats än. Lägg till en i kortets redigerare (eller i inställningarna för AI-chatt).',
  unknownProvider: (id: string) =>
    `Det här kortet använder leverantören ”${id}”, som inte längre finns i dina inställningar. Välj en annan i kortredigeraren.`,
  noModel: (provider: string) =>
    `Leverantören ”${provider}” har ingen vald modell. Välj en modell i kortredigeraren.`,
  settingsInvalid: (issues: string) =>
    `Dina inställningar för AI-chatt kunde inte läsas (${issues}). De behålls som de är; åtgärda eller exportera dem i inställningarna.`,
  settingsLoading: 'Läser in dina inställningar…',

  voice: {
    speak: 'Tala',
    noStt:
      'Din röstassistent har ingen tal-till-text: välj en under Inställningar → Röstassistenter.',
    sttRefused: (said: string) =>
      `Röstassistentens tal-till-text tar inte emot ljudet som Home Assistants röstdialog skickar (16 kHz mono). Välj en annan under Inställningar → Röstassistenter. Home Assistant säger: ${said}`,
    nothingHeard: 'Inget uppfattades. Tala igen, närmare mikrofonen.',
    micRefused:
      'Webbläsaren fick inte använda mikrofonen: tillåt den för den här webbplatsen (ikonen i adressfältet) och försök igen.',
    noMic: 'Ingen mikrofon hittades på den här enheten.',
    insecure:
      'Webbläsare ger mikrofonen bara till säkra sidor: öppna Home Assistant via https (eller på den här datorn via localhost).',
    sendSpoken: 'Skicka det du säger direkt (annars hamnar det i meddelanderutan)',
    noPipeline:
      'Ingen röstassistent är konfigurerad i Home Assistant: lägg till en under Inställningar → Röstassistenter.',
    noTts:
      'Din röstassistent har ingen text-till-tal: välj en under Inställningar → Röstassistenter.',
    failed: (what: string) => `Röstfunktionen misslyckades: ${what}`,
    autoRead:
      'Läs upp varje svar när det är klart (röstassistentens text-till-tal, för alla dina chattar)',
  },
  agents: {
    cardLimits:
      'Det här kortet begränsar vad assistenten får göra (verktyg av, eller ett snävare omfång), och din standardmodell är en Home Assistant-agent, som agerar efter sina egna regler. Välj en leverantörs modell för kortet i dess redigerare.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home Assistant-agenter',
    note: 'Home Assistants egna agenter styr hemmet med sina egna verktyg och rättigheter: Godkänn och kortets omfång gäller inte det de gör.',
    noPictures:
      'Home Assistants agenter tar inte bilder: välj en leverantörs modell för att fråga om en bild.',
  },
  memory: {
    use: 'Använd minnet',
    useHint: 'Det du bad assistenten komma ihåg följer med den här konversationen.',
    without: 'Den här konversationen använder inte ditt minne.',
    undo: 'Ångra',
    undone: 'Ångrat',
    remembered: (fact: string) => `Sparade ”${fact}” i minnet`,
    changed: (before: string, after: string) => `Ändrade ”${before}” till ”${after}”`,
    forgot: (fact: string) => `Glömde ”${fact}”`,
  },
  personas: {
    home: 'Hemmet',
    energy: 'Energi',
    kids: 'Barn',
    pick: 'Persona',
    none: 'Ingen persona',
    using: (name: string) => `Persona: ${name}`,
  },
  quickPrompts: {
    goodNight: 'God natt',
    goodNightText:
      'God natt: släck lamporna som fortfarande är tända och säg till om dörrarna är låsta.',
    whatsOpen: 'Vad är öppet?',
    whatsOpenText: 'Vilka dörrar, fönster och rullgardiner är öppna just nu?',
    energyToday: 'Energi i dag',
    energyTodayText: 'Hur mycket energi har huset använt i dag?',
    title: 'Snabbprompter',
    noMatch: 'Ingen snabbprompt matchar.',
    ran: (label: string) => `${label}: klart.`,
    notRun: (label: string) => `${label}: kördes inte.`,
    templateFailed: (why: string) => `Snabbpromptens mall kunde inte renderas: ${why}`,
  },
  images: {
    attach: 'Bifoga bild',
    snapshot: 'Kamerabild',
    camera: 'Kamera',
    pickCamera: 'Välj en kamera…',
    noCamera: 'Det finns ingen kamera i den här chattens omfång (kameror exponerade för Assist).',
    snapshotFailed: 'Kamerans bild kunde inte hämtas från Home Assistant.',
    attached: 'Bilder att skicka',
    picture: (n: number) => `Bild ${n}`,
    remove: (n: number) => `Ta bort bild ${n}`,
    sent: 'Bild skickad med frågan',
    tooMany: (n: number) => `Högst ${n} bilder kan skickas med en fråga.`,
    unreadable: 'Filen kunde inte läsas som en bild.',
    noVision: (model: string) =>
      `${model} är inställd på att inte ta bilder (Vision är avstängt i dess inställningar): slå på Vision för den eller välj en modell som tar bilder.`,
    vision: 'Vision: tar bilder',
    fromTool: 'Bild som modellen fick se',
  },
  context: {
    label: 'Kontext',
    used: (tokens: string, limit: string) => `${tokens} av ${limit} tokens`,
    leftOut: (n: number) =>
      `Tidigare meddelanden utelämnade för att rymmas i modellens kontext: ${n}`,
    length: 'Kontextlängd (tokens)',
    learned: (n: string) => `Leverantören angav att kontexten är ${n} tokens.`,
  },
  usage: {
    title: 'Förbrukning',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} in · ${output} ut`,
    answerLong: (input: string, output: string) => `${input} tokens in, ${output} tokens ut`,
    reasoning: (n: string) => `varav ${n} för resonemang`,
    cached: (n: string) => `${n} från leverantörens cache`,
    estimated:
      'Uppskattat: leverantören rapporterade ingen förbrukning, så den räknades fram från texten.',
    priced: 'Kostnad enligt de priser som angetts för den här modellen.',
    conversation: (tokens: string) => `Den här konversationen: ${tokens} tokens`,
    days: 'Senaste 30 dagarna',
    chart: 'Tokens per dag och modell, senaste 30 dagarna',
    model: 'Modell',
    answers: 'Svar',
    input: 'Tokens in',
    output: 'Tokens ut',
    cost: 'Kostnad',
    total: 'Totalt',
    none: 'Inget räknat än: förbrukningen visas här efter det första svaret.',
    someEstimated: (n: string) => `${n} uppskattade (ingen förbrukning rapporterad)`,
    explain:
      'Räknas utifrån vad varje leverantör rapporterar med sitt svar, annars uppskattas det utifrån texten (ungefär fyra tecken per token). Kostnaden är den som leverantören rapporterar (OpenRouter), annars den som följer av de priser du har angett för en modell. Sparas i dina användardata i Home Assistant: varje förfrågan i en vecka, sedan en summa per modell och dag; att ta bort en konversation ändrar inte detta.',
    budget: 'Månadsbudget (US$)',
    budgets: 'Månadsbudgetar',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} av ${budget} den här månaden`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} har kostat ${spent} den här månaden, mer än månadsbudgeten på ${budget}.`,
    priceInput: 'Pris per miljon tokens in (US$)',
    priceOutput: 'Pris per miljon tokens ut (US$)',
  },
  settings: {
    title: 'Inställningar',
    providers: 'Leverantörer',
    addProvider: 'Lägg till leverantör',
    editProvider: (name: string) => `Redigera ${name}`,
    authMode: 'Nycklar',
    authGlobal: 'En nyckel för alla modeller',
    authPerModel: 'En nyckel per modell',
    keySaved: 'Sparad – skriv för att ersätta',
    keyMoved: (from: string, to: string) =>
      `Den sparade nyckeln gällde ${from}: den skickas inte till ${to}. Skriv nyckeln för den nya adressen.`,
    removeKey: 'Ta bort den sparade nyckeln',
    timeout: 'Tidsgräns (sekunder, för första byten och mellan delarna)',
    addModel: 'Lägg till',
    modelsFetched: (n: number, when: string) => `${n} modeller från leverantören, hämtade ${when}.`,
    chosenModels: 'Modeller från den här leverantören',
    removeModel: (id: string) => `Ta bort ${id}`,
    remove: 'Ta bort',
    displayName: 'Visningsnamn',
    modelKey: (id: string) => `API-nyckel för ${id}`,
    modelTools: 'Verktyg (funktionsanrop): den här modellen får agera i hemmet',
    edit: 'Redigera',
    makeDefault: 'Gör till standard',
    isDefault: 'Standard',
    defaultModel: 'Standardmodell',
    modelsCount: (n: number) => plural('sv', n, { one: '# modell', other: '# modeller' }),
    keyState: { global: 'nyckel sparad', none: 'ingen nyckel', per_model: 'en nyckel per modell' },
    confirmRemove: (name: string) =>
      `Ta bort ${name}? Dess nyckel tas bort samtidigt; kort som använder den visar det tills du väljer en annan leverantör.`,
    noProviders:
      'Ingen leverantör än. Lägg till en: LiteLLM, Ollama, vLLM, OpenAI, … (bas-URL:en slutar oftast på /v1).',
    export: 'Exportera inställningar',
    exportHint: 'En JSON-fil utan nycklar.',
    import: 'Importera inställningar',
    importReview: 'Vad import av den här filen ändrar',
    importLoosens: 'Mindre säkert:',
    importNoChanges: 'Ingenting ändras.',
    importConfirm: 'Importera',
    importKeysNeeded: (names: string[]) =>
      `Lägg efter importen till nycklarna för: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `Importerade ${plural('sv', n, { one: '# leverantör', other: '# leverantörer' })}.${missing.length ? ` Lägg till nycklarna för: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Dina inställningar kunde inte läsas',
    invalidBody:
      'De behålls precis som de är. Exportera dem för att åtgärda dem för hand och importera sedan den åtgärdade filen, eller börja om (en kopia sparas i dina användardata).',
    exportBroken: 'Exportera dokumentet',
    startOver: 'Börja om',
    confirmStartOver:
      'Ersätta dina inställningar med tomma? En kopia av det nuvarande dokumentet sparas.',
    saved: 'Sparat.',
    back: 'Tillbaka till chatten',
    managePrompt:
      'Leverantörer, modeller och nycklar hanteras i inställningarna för panelen AI-chatt.',
    openSettings: 'Öppna inställningar',
    maxRounds: 'Verktygsrundor per svar',
    server: 'Server',
    name: 'Namn',
    baseUrl: 'Bas-URL',
    apiKey: 'API-nyckel (valfri; sparas i dina användardata i Home Assistant, aldrig i kortet)',
    cancel: 'Avbryt',
    saveProvider: 'Spara leverantör',
    loadModels: 'Hämta modeller',
    reloadModels: 'Hämta modeller igen',
    typeModel: 'Eller skriv ett modell-ID',
    searchModels: 'Sök modeller',
    models: 'Modeller',
    noModelsMatch: 'Inga modeller matchar.',
    moreModels: (n: number) => `${n} till: förfina sökningen.`,
    maxTokens: 'Max antal tokens',
    temperature: 'Temperatur',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Inlärt från leverantörens svar: ${[
        l.token_param === 'max_completion_tokens'
          ? 'svarslängden skickas som max_completion_tokens (den avvisade max_tokens)'
          : '',
        l.temperature === false
          ? 'ingen temperatur skickas (den accepterar bara sitt standardvärde)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Glöm',
    forgetLearned: (id: string) => `Glöm det som har lärts in om ${id}`,
    serverAuto: (name: string) => `Identifierad från adressen (${name})`,
  },

  editor: {
    title: 'Titel',
    agent: 'Agent',
    systemPrompt: 'Mall för systemprompt',
    maxTokens: 'Max antal tokens',
    temperature: 'Temperatur',
    contextMessages: 'Kontextmeddelanden',
    home: 'Hemmet',
    onlyDomains: 'Bara dessa domäner',
    onlyAreas: 'Bara dessa områden',
    onlyEntities: 'Bara dessa entiteter',
    search: 'Sök',
    providerAndModel: 'Leverantör och modell',
    noProviderYet: 'Ingen leverantör än: lägg till en för att börja chatta.',
    provider: 'Leverantör',
    model: 'Modell',
    default: 'Standard',
    defaultNamed: (name: string) => `Standard (${name})`,
    addProvider: 'Lägg till leverantör',
    settingsInvalid: (issues: string) => `Dina inställningar är inte giltiga: ${issues}`,
    persona: 'Persona',
    personaNone: 'Ingen (standardmodellen och standardprompten)',
    chips: 'Snabbprompter som visas som knappar',
  },
  sidebarMenu: 'Meny',
  connectionLost: 'Anslutningen till Home Assistant bröts.',
  outdated: 'Kortet har uppdaterats sedan sidan lästes in: ladda om sidan.',

  picker: {
    add: (text: string) => `Lägg till ”${text}”`,
    remove: (name: string) => `Ta bort ${name}`,
    noMatch: 'Inga träffar',
    more: 'Fler träffar: skriv mer för att begränsa listan',
  },
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB är mer än Home Assistant kan lagra i ett stycke (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: ”${id}” är inte ett id som det här kortet skriver (bokstäver, siffror, _ . ~ -, högst 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `Konversationen ${id} är ${(bytes / 1e6).toFixed(1)} MB, mer än Home Assistant kan lagra i ett stycke (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `Filen är större än ${Math.round(bytes / 1_048_576)} MB, mer än en sådan fil någonsin behöver: välj filen du exporterade.`,
    cardConfig: 'Kortkonfiguration',
    secretInCard: (key: string) =>
      `”${key}” hör inte hemma i ett kort: alla användare som kan öppna den här instrumentpanelen kan läsa dess konfiguration. Ta bort den och lägg till nyckeln i inställningarna för AI-chatt, som sparar den i dina egna användardata i Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `skrivet av en nyare version av det här kortet (${what} version ${version}); uppdatera kortet – det behålls som det är`,
    noUpgrade: (version: number) => `ingen uppgradering från inställningsversion ${version}`,
    settingsInvalid: (issues: string) =>
      `De lagrade inställningarna är inte giltiga (${issues}); de skrevs inte över.`,
    olderList: 'en äldre version av konversationslistan; ladda om sidan',
    notJson: 'filen är inte JSON',
    notSettings: 'filen innehåller inget inställningsdokument',
  },

  diagnose: {
    button: 'Testa anslutningen',
    running: 'Testar…',
    titles: {
      address: 'Adress',
      reach: 'Servern kan nås',
      cors: 'Anrop från den här sidan tillåts (CORS)',
      key: 'API-nyckel',
      models: 'Modellista (/models)',
      completion: 'Ett svar på en token',
    },
    status: { ok: 'godkänt', warn: 'varning', fail: 'misslyckades', skipped: 'inte kontrollerat' },
    skipped: 'Inte kontrollerat: ett tidigare steg misslyckades.',
    badUrl: (url: string) => `”${url}” är inte en http(s)-adress.`,
    badUrlFix: 'Skriv hela adressen, t.ex. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, kan anropas från den här sidan.`,
    reachOk: (host: string) => `${host} svarar.`,
    corsOk: 'Servern tillåter anrop från den här sidan.',
    keyOk: 'Nyckeln godkändes.',
    noKeyOk: 'Ingen nyckel skickades, och servern bad inte om någon.',
    modelsOk: (n: number) => `${n} modeller listade.`,
    modelNotListed: (n: number, model: string) => `${n} modeller listade, men inte ”${model}”.`,
    modelNotListedFix:
      'Kontrollera modell-ID:t; vissa servrar listar bara en del av det de erbjuder, så nästa steg provar det ändå.',
    noModelList: 'Den här servern har ingen modellista: skriv modell-ID:n för hand.',
    noModelListFix: 'Inget att åtgärda om svaret nedan fungerar.',
    v1Fix: 'Slutar bas-URL:en på /v1? De flesta OpenAI-kompatibla servrar kräver det.',
    noModel: 'Ingen modell vald än: välj eller skriv en och testa sedan igen.',
    completionOk: (model: string) => `${model} svarade.`,
    unknownModel: (model: string) => `Leverantören känner inte till modellen ”${model}”.`,
    unknownModelFix:
      'Välj modellen i leverantörens lista (Hämta modeller igen), eller kontrollera hur leverantören stavar den.',
  },

  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (api-key-huvud)',
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
    generic: 'Annan OpenAI-kompatibel server',
  },

  toolRounds: (n: number) =>
    `Modellen fortsatte att anropa verktyg: stoppades efter ${n} rundor. Fråga igen, eller höj gränsen i inställningarna.`,
  toolsUnsupported:
    'Den här modellen tar inte emot verktyg. Stäng av verktyg för den i kortredigeraren (Verktyg), eller välj en modell som stöder funktionsanrop.',
  approve: 'Godkänn',
  deny: 'Neka',
  toolNeedsApproval: (what: string) => `Vill köra ${what}. Godkänna?`,
  cameraApproval: (camera: string) => `Vill titta genom ${camera}. Godkänna?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Vill köra ${what}, med ${reasons}. Godkänna?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) =>
      `Lägger till leverantören ${name} (${origin}).`,
    providerRemoved: (name: string) => `Tar bort leverantören ${name} och dess nycklar.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Flyttar ${name} från ${from} till ${to}.`,
    providerChanged: (name: string) => `Ändrar inställningarna för ${name}.`,
    keyRetype: (name: string) =>
      `${name} går nu till en annan adress eller serversort: dess sparade nyckel skickas inte dit. Skriv nyckeln igen i dess inställningar.`,
    cameraApprovalOn: 'Modellen frågar innan den tittar genom en kamera.',
    cameraApprovalOff: 'Modellen tittar genom kameror utan att fråga först.',
    confirmRemoved: (items: string) => `Frågar inte längre innan åtgärder på: ${items}.`,
    confirmAdded: (items: string) => `Frågar innan åtgärder på: ${items}.`,
    toolsOn: 'Modellen får styra ditt hem.',
    toolsOff: 'Modellen styr inte längre ditt hem.',
    modelToolsOn: (provider: string, model: string) => `${model} (${provider}) får styra ditt hem.`,
    maxRounds: (from: number, to: number) => `Verktygsrundor per svar: ${from} → ${to}.`,
    autoReadOn: 'Varje svar läses upp när det är klart.',
    autoReadOff: 'Svar läses inte längre upp av sig själva.',
    sendSpokenOn: 'Det du säger skickas direkt, utan att du ser texten först.',
    sendSpokenOff: 'Det du säger hamnar först i meddelanderutan.',
    promptChanged: 'Systemprompten ändras.',
    defaultChanged: (to: string) => `Standardmodellen blir ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `en åtgärd på ${names}`,
    address: (field: string, value: string) => `en adress i ${field}: ${value}`,
    path: (field: string, value: string) => `en filsökväg i ${field}: ${value}`,
    entity: (field: string, name: string) => `en annan entitet i ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Modellen bad om fler än ${n} åtgärder i ett svar; resten kördes inte.`,
  toolStatus: {
    awaiting: 'Väntar på ditt godkännande',
    running: 'Körs…',
    done: 'Klart',
    error: 'Misslyckades',
    denied: 'Nekad',
    stopped: 'Kördes inte',
    unknown:
      'Okänt resultat: anslutningen till Home Assistant bröts medan den kördes. Kontrollera det.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Slog på ${names}`,
      turn_off: (names: string) => `Stängde av ${names}`,
      toggle: (names: string) => `Växlade ${names}`,
      lock: (names: string) => `Låste ${names}`,
      unlock: (names: string) => `Låste upp ${names}`,
      open: (names: string) => `Öppnade ${names}`,
      close: (names: string) => `Stängde ${names}`,
      press: (names: string) => `Tryckte på ${names}`,
      temperature: (names: string) => `Ställde in temperaturen för ${names}`,
      play: (names: string) => `Startade uppspelning på ${names}`,
      pause: (names: string) => `Pausade ${names}`,
      script: (names: string) => `Körde ${names}`,
      scene: (names: string) => `Aktiverade ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Slå på ${names}`,
      turn_off: (names: string) => `Stäng av ${names}`,
      toggle: (names: string) => `Växla ${names}`,
      lock: (names: string) => `Lås ${names}`,
      unlock: (names: string) => `Lås upp ${names}`,
      open: (names: string) => `Öppna ${names}`,
      close: (names: string) => `Stäng ${names}`,
      press: (names: string) => `Tryck på ${names}`,
      temperature: (names: string) => `Ställ in temperaturen för ${names}`,
      play: (names: string) => `Starta uppspelning på ${names}`,
      pause: (names: string) => `Pausa ${names}`,
      script: (names: string) => `Kör ${names}`,
      scene: (names: string) => `Aktivera ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argument',
  toolResult: 'Resultat',
  toolLiveState: 'Nu',
  toolNames: {
    list_entities: 'Listade entiteter',
    get_entity: 'Läste',
    call_service: 'Anropade',
    list_areas: 'Listade områden',
    get_history: 'Läste historiken för',
    get_camera_image: 'Tittade genom',
    home_assistant: 'Home Assistant agerade på',
    list_automations: 'Listade automatiseringar och skript',
    get_automation: 'Läste',
    get_automation_traces: 'Läste spårningarna för',
    get_logbook: 'Läste loggboken',
    propose_automation: 'Skrev ett utkast till en automatisering',
    propose_script: 'Skrev ett utkast till ett skript',
    remember: 'Sparade i minnet',
    update_memory: 'Ändrade ett minne',
    forget: 'Glömde ett minne',
  },
  confirmField:
    'Fråga även innan åtgärder på (domäner eller entiteter, för alla dina chattar; lås, larm och garageportar frågar alltid)',
  cameraApprovalField: 'Fråga innan modellen tittar genom en kamera (för alla dina chattar)',
  toolsToggle: 'Låt modellen läsa och styra hemmet (verktyg)',
  scopeNarrow: 'Begränsa det för det här kortet nedan (kommaseparerat; tomt: ingen begränsning).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Verktyg från MCP',
    explain:
      'Verktyg från Home Assistants LLM-API:er och från Model Context Protocol-servrar, som modellen kan anropa. Det en server säger om sina verktyg visas för dig här och läggs aldrig i modellens instruktioner; varje anrop är en rad i konversationen och väntar på ditt godkännande om du inte litar på verktyget.',
    ownTools: 'Ge också modellen kortets egna verktyg för hemmet',
    haTitle: 'Home Assistants LLM-API:er',
    haLoading: 'Letar efter Home Assistants MCP-server…',
    haLacks: (version: string) =>
      `Home Assistant ${version} har ingen Model Context Protocol Server: den kom i 2025.2, och dess adress för varje API (/api/mcp/<API>) senare. Uppdatera Home Assistant för att använda dess API:er här.`,
    haNotSetUp:
      'Lägg till integrationen Model Context Protocol Server för att använda Home Assistants LLM-API:er här: Inställningar → Enheter och tjänster → Lägg till integration → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant låter administratörer använda sina övriga API:er; du kan använda Assist.',
    narrowNote:
      'Ett kort som begränsar vad modellen ser använder inte de här API:erna: deras verktyg ser alla entiteter som är exponerade för Assist.',
    useApi: (name: string) => `Använd ${name} i chattar`,
    showTools: (name: string) => `Verktyg från ${name}`,
    listing: 'Listar verktygen…',
    noTools: 'Den erbjuder inga verktyg.',
    modes: {
      auto: 'Enligt hemmets regler',
      ask: 'Fråga först',
      trust: 'Betrott',
      off: 'Av',
    },
    modeOf: (tool: string) => `Hur modellen får använda ${tool}`,
    serversTitle: 'MCP-servrar',
    noServers: 'Ingen MCP-server än.',
    add: 'Lägg till MCP-server',
    edit: (name: string) => `Redigera ${name}`,
    remove: (name: string) => `Ta bort ${name}`,
    enabled: (name: string) => `Använd ${name} i chattar`,
    name: 'Namn',
    url: 'Adress (streamable HTTP, t.ex. https://host:port/mcp)',
    token: 'Bearer-token (valfri; sparas i dina användardata, exporteras aldrig)',
    tokenSaved: 'sparad; skriv för att ersätta den',
    tokenMoved:
      'Adressen pekar nu på en annan server: den sparade token skickas inte dit. Skriv den igen om den här servern ska ha den.',
    test: 'Testa',
    testing: 'Testar…',
    save: 'Spara',
    cancel: 'Avbryt',
    testOk: (name: string, n: number) =>
      `${name} svarade och erbjuder ${plural('sv', n, { one: '# verktyg', other: '# verktyg' })}.`,
    testFirst: 'Testa servern först: dess verktyg listas här att välja bland.',
    describedAs: 'Vad servern säger om det (visas för dig, aldrig för modellen som instruktioner)',
    failed: {
      cors: (origin: string) =>
        `Servern svarade, men låter inte den här sidan anropa den (CORS). Den måste svara på förfrågningar från ${origin} med Access-Control-Allow-Origin, tillåta metoderna POST, GET och DELETE och huvudena Content-Type, Authorization, Mcp-Session-Id och Mcp-Protocol-Version (Access-Control-Allow-Headers), samt exponera Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Inget svarade på den här adressen. Kontrollera värd och port, och att servern lyssnar där den här webbläsaren kan nå den (inte bara på sin egen loopback).',
      mixed_content:
        'Den här sidan levereras via https och servern via http: det vägrar webbläsaren. Servera servern via https (en omvänd proxy gör det), eller öppna Home Assistant via http.',
      redirect:
        'Servern skickade begäran till en annan adress; kortet följer aldrig en omdirigering med din token. Ange adressen den leder till.',
      auth: 'Servern vill ha en token som den godtar (401): ange dess bearer-token.',
      forbidden:
        'Servern nekade den här användaren (403). Home Assistant låter bara administratörer använda andra API:er än Assist.',
      not_found:
        'Ingen MCP-slutpunkt på den här adressen (404). Streamable HTTP-servrar svarar oftast på en sökväg som /mcp.',
      timeout: 'Servern svarade inte inom 30 sekunder.',
      garbage: 'Servern svarade med något som inte är Model Context Protocol.',
      too_large: 'Serverns svar var större än vad kortet kan läsa (1 MB).',
      rpc: 'Servern svarade på begäran med ett fel.',
      http: (status: number) => `Servern svarade HTTP ${status}.`,
      said: (words: string) => `Den sa: ”${words}”`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Ny automatisering: ${name}`,
    newScript: (name: string) => `Nytt skript: ${name}`,
    changeTo: (name: string) => `Ändring av ${name}`,
    untitled: 'namnlös',
    when: 'När',
    onlyIf: 'Bara om',
    then: 'Då',
    yaml: 'YAML',
    diff: 'Ändringar',
    diffLabel: (removed: number, added: number) =>
      `${plural('sv', removed, { one: '# rad borttagen', other: '# rader borttagna' })}, ${plural('sv', added, { one: '# tillagd', other: '# tillagda' })}`,
    save: 'Spara',
    discard: 'Kasta',
    runNow: 'Kör nu',
    checkConditions: 'Kontrollera villkoren',
    saving: 'Sparar och väntar på att Home Assistant ska läsa in det…',
    running: 'Kör…',
    ran: 'Home Assistant körde det.',
    runFailed: (why: string) => `Home Assistant körde det inte: ${why}`,
    saved: (name: string) => `Sparat: ${name}.`,
    openInHa: 'Öppna i Home Assistant',
    discarded: 'Kastat. Inget skrevs.',
    notAdmin:
      'Bara en administratör kan spara automatiseringar och skript i Home Assistant. Be en administratör att spara det, eller att göra dig till administratör.',
    busy: 'Spara och Kasta visas när svaret är klart.',
    problemsTitle:
      'Inte redo att sparas: modellen har fått veta det och kan föreslå det igen i rättad form.',
    notesTitle: 'Innan du sparar',
    unreadable: 'Det här utkastet kan inte läsas av den här versionen av kortet.',
    failed: {
      not_admin: 'Bara en administratör kan spara automatiseringar och skript i Home Assistant.',
      problems: 'Inte sparat: hemmet har ändrats sedan utkastet skrevs.',
      moved: (entity: string) =>
        `Inte sparat: ${entity} är inte längre den automatisering som ändringen lästes från.`,
      refused: (message: string) => `Home Assistant avvisade det: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant skrev det (id ${key}) men har inte läst in det. Kontrollera att configuration.yaml inkluderar automations.yaml och scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant säger om ${at}: ${words}`,
      unknown_keys: (keys: string) => `Nycklar som Home Assistant inte känner till: ${keys}`,
      both_keys: (keys: string) => `Både singular- och pluralnyckeln: ${keys}`,
      missing: (key: string) => `${key} saknas eller är tom`,
      blueprint: 'Automatiseringar från en ritning ändras i Home Assistants redigerare',
      out_of_scope: (ids: string) =>
        `Entiteter utanför det som den här chatten får använda: ${ids}`,
      unknown_entity: (ids: string) => `Ingen sådan entitet: ${ids}`,
      wrong_domain: (what: string) => `En åtgärd på entiteter från en annan domän: ${what}`,
      no_target: (service: string) =>
        `${service} påverkar ingen entitet som den här chatten får använda`,
      device_target: (service: string) =>
        `${service} riktar sig mot en enhet, en våning eller en etikett, vilket inte kan kontrolleras`,
      device_action: 'En enhetsåtgärd, som inte kan kontrolleras',
      template_service: (service: string) => `Åtgärden är en mall: ${service}`,
      template_target: (service: string) => `Målen för ${service} är en mall`,
      unknown_area: (area: string) => `Inget sådant område: ${area}`,
      empty_area: (what: string) => `Ingen entitet från den domänen där: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `ID:t ${id} tillhör en annan automatisering`,
      script_key: (key: string) => `”${key}” kan inte vara ett skripts id`,
      key_taken: (id: string) => `${id} finns redan`,
      too_large: 'För stort för att kontrolleras',
      unreadable: 'Kan inte läsas',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Den styr ${names}, som väntar på ditt godkännande i en chatt. När den är sparad agerar den utan att fråga.`,
      address: (what: string) => `Den skickar en adress: ${what}`,
      path: (what: string) => `Den nämner en filsökväg: ${what}`,
      entity: (what: string) => `Den nämner en annan entitet i sina data: ${what}`,
      webhook: 'En webhook startar den: alla i ditt nätverk som känner till dess id kan göra det.',
      event: (event: string) =>
        `Den utlöser händelsen ${event}, som kan starta andra automatiseringar.`,
      untargeted: (service: string) => `Den anropar ${service}, som inte påverkar någon entitet.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'eller',
      and: 'och',
      changes: (who: string) => `${who} ändras`,
      changesTo: (who: string, to: string) => `${who} ändras till ${to}`,
      changesFrom: (who: string, from: string) => `${who} ändras från ${from}`,
      forDuration: (what: string, duration: string) => `${what}, i ${duration}`,
      above: (who: string, value: string) => `${who} går över ${value}`,
      below: (who: string, value: string) => `${who} går under ${value}`,
      sunrise: 'vid soluppgång',
      sunset: 'vid solnedgång',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `kl. ${time}`,
      timePattern: 'enligt ett tidsmönster',
      haStart: 'Home Assistant startar',
      haStop: 'Home Assistant stoppar',
      event: (type: string) => `händelsen ${type} utlöses`,
      enters: (who: string, zone: string) => `${who} går in i ${zone}`,
      leaves: (who: string, zone: string) => `${who} lämnar ${zone}`,
      template: 'en mall blir sann',
      webhook: 'dess webhook anropas',
      otherTrigger: (platform: string) => `en ${platform}-utlösare`,
      is: (who: string, state: string) => `${who} är ${state}`,
      isAbove: (who: string, value: string) => `${who} är över ${value}`,
      isBelow: (who: string, value: string) => `${who} är under ${value}`,
      afterSunset: 'efter solnedgång',
      beforeSunrise: 'före soluppgång',
      afterSunrise: 'efter soluppgång',
      beforeSunset: 'före solnedgång',
      after: (time: string) => `efter ${time}`,
      before: (time: string) => `före ${time}`,
      onDays: (days: string) => `på ${days}`,
      templateTrue: 'en mall är sann',
      all: (parts: string) => `alla av: ${parts}`,
      any: (parts: string) => `någon av: ${parts}`,
      none: (parts: string) => `ingen av: ${parts}`,
      inZone: (who: string, zone: string) => `${who} är i ${zone}`,
      otherCondition: (kind: string) => `ett ${kind}-villkor`,
      turnOn: (names: string) => `Slå på ${names}`,
      turnOff: (names: string) => `Stäng av ${names}`,
      toggle: (names: string) => `Växla ${names}`,
      call: (service: string, names: string) => (names ? `${service} på ${names}` : service),
      wait: (duration: string) => `Vänta ${duration}`,
      waitTemplate: 'Vänta tills en mall är sann',
      waitTrigger: (what: string) => `Vänta tills ${what}`,
      scene: (name: string) => `Aktivera ${name}`,
      fire: (event: string) => `Utlös händelsen ${event}`,
      ifThen: (condition: string, then: string) => `Om ${condition}: ${then}`,
      otherwise: (what: string) => `annars: ${what}`,
      choose: (n: number) => `Välj bland ${n} alternativ`,
      repeat: (what: string) => `Upprepa: ${what}`,
      parallel: (what: string) => `Samtidigt: ${what}`,
      continueIf: (condition: string) => `Fortsätt bara om ${condition}`,
      stop: 'Stoppa',
      variables: 'Ange variabler',
      deviceAction: 'En enhetsåtgärd',
      otherAction: 'En annan åtgärd',
    },
  },
  personasPage: {
    title: 'Personor',
    intro:
      'En persona är ett namn, en ikon, en systemprompt (den kan innehålla en Home Assistant-mall), en modell och eventuellt ett snävare omfång och verktyg av. Välj en för en ny konversation i panelen, eller ställ in ett kort på en i dess redigerare; en konversation behåller den persona den startade med.',
    builtIn: 'Det här är de inbyggda: din första ändring sparar listan som din egen.',
    add: 'Lägg till persona',
    name: 'Namn',
    icon: 'Ikon (en emoji)',
    prompt: 'Systemprompt',
    model: 'Modell',
    modelDefault: 'Chattens modell',
    tools: 'Låt modellen läsa och styra hemmet',
    domains: 'Bara dessa domäner (kommaseparerat; tomt: allt som chatten får se)',
  },
  quickPromptsPage: {
    title: 'Snabbprompter',
    intro:
      'Prompter som skickas med ett tryck på en knapp på ett kort eller väljs med ”/” i meddelanderutan. En Home Assistant-mall i en prompt ({{ states("sensor.outside_temperature") }}) renderas innan den skickas. En prompt kan starta sin konversation med en persona, eller köra ett skript i stället för att fråga en modell (Godkänn efterfrågas som för modellens åtgärder).',
    builtIn: 'Det här är de inbyggda: din första ändring sparar listan som din egen.',
    add: 'Lägg till snabbprompt',
    label: 'Etikett',
    text: 'Text som skickas',
    persona: 'Persona för en konversation den startar',
    script: 'Eller kör det här skriptet i stället (dess entitets-ID, script.…)',
  },
  list: {
    edit: 'Redigera',
    remove: 'Ta bort',
    save: 'Spara',
    cancel: 'Avbryt',
    none: 'Ingen',
    removed: (name: string) => `Tog bort ${name}.`,
  },
  memoryPage: {
    title: 'Minne',
    intro:
      'Fakta som assistenten sparar om dig till senare konversationer, i dina användardata i Home Assistant (bara du ser dem). Den lägger till ett nytt när du ber den komma ihåg något, och varje tillägg visas i konversationen med Ångra. Minnet exporteras med dina konversationer, aldrig med inställningarna.',
    on: 'Använd minnet i konversationer',
    budget: 'Antal tecken från minnet som skickas med varje fråga',
    fits: (shown: number, total: number, chars: string) =>
      `${shown} av ${total} fakta ryms inom ${chars} tecken: de som ligger närmast frågan kommer först, sedan de nyaste.`,
    empty: 'Inget sparat än. Be chatten komma ihåg något, eller lägg till det här.',
    newFact: 'Nytt faktum',
    add: 'Lägg till',
    edit: 'Redigera',
    save: 'Spara',
    cancel: 'Avbryt',
    remove: 'Ta bort',
    fromChat: 'sparat i en konversation',
    byYou: 'tillagt av dig',
    openChat: 'Öppna konversationen',
    removed: (fact: string) => `Tog bort ”${fact}”.`,
    tooLong: (n: number) => `Ett faktum får ha högst ${n} tecken.`,
    refused: 'Det här ser ut som en nyckel, en token eller en signerad adress: det sparas inte.',
    full: (n: number) => `Minnet rymmer högst ${n} fakta: ta bort några först.`,
    unreadable: 'Ditt minne kan inte läsas just nu.',
    invalid: (issues: string) =>
      `Ditt sparade minne är inte giltigt (${issues}); det behålls som det är och ändras inte här.`,
  },
  scopeNote: {
    assist: 'Modellen ser de entiteter som du har exponerat för Assist.',
    'assist-registry':
      'Modellen ser de entiteter som är exponerade för Assist. Entiteter utan unikt ID utelämnas: bara administratörer kan läsa deras exponeringsinställning.',
  },

  err: {
    mixed_content: (url: string) =>
      `Den här sidan levereras via https, så webbläsaren blockerar anrop till den okrypterade http-adressen ${url}.`,
    mixed_content_fix:
      'Servera leverantören via https (en omvänd proxy med certifikat), eller öppna Home Assistant via http i ditt lokala nätverk.',
    cors: (url: string) =>
      `Leverantören på ${url} svarade, men tillåter inte anrop från den här sidan (CORS).`,
    network: (url: string) => `Kan inte nå leverantören på ${url}.`,
    redirect: (url: string) =>
      `Leverantören på ${url} svarade med en omdirigering till en annan adress, och kortet följer inte omdirigeringar.`,
    redirect_to: (url: string, location: string) =>
      `Leverantören på ${url} försökte skicka vidare begäran till ${location}, och kortet följer inte omdirigeringar.`,
    redirect_fix:
      'En nyckel går bara till den adress den sparades för. Om den andra adressen är den rätta, ange den som bas-URL (och nyckeln igen).',
    too_long: (chars: string) =>
      `Svaret passerade ${chars} tecken, det högsta antal ett svar får ha här, och stoppades där.`,
    too_long_fix:
      'Det som kom fram behålls. Be om ett kortare svar eller en del i taget; om leverantören skickar utan slut, kontrollera dess server.',
    network_fix:
      'Kontrollera att servern körs, att adressen och porten är rätt och att den här enheten kan nå den.',
    private_network: (url: string) =>
      `Webbläsaren blockerade ett anrop från den här offentliga adressen till den privata adressen ${url} (åtkomst till lokalt nätverk).`,
    private_network_fix:
      'Tillåt åtkomst till lokalt nätverk för den här webbplatsen när webbläsaren frågar, eller öppna Home Assistant via dess lokala adress.',
    auth: (status: number) => `Leverantören avvisade API-nyckeln (HTTP ${status}).`,
    auth_fix:
      'Kontrollera nyckeln i leverantörsinställningarna; den kan vara fel, ha gått ut eller sakna åtkomst till den här modellen.',
    auth_fix_litellm:
      'Den här LiteLLM-instansen har ingen databas, så den accepterar bara sin huvudnyckel: kontrollera nyckeln i leverantörsinställningarna.',
    not_found: 'Leverantören svarade ”hittades inte” (HTTP 404).',
    not_found_fix_v1: 'Slutar bas-URL:en på /v1? De flesta OpenAI-kompatibla servrar kräver det.',
    not_found_fix_model: 'Kontrollera modell-ID:t: leverantören känner kanske inte till det.',
    bad_request: (status: number) => `Leverantören avvisade begäran (HTTP ${status}).`,
    bad_request_fix:
      'Kontrollera modellen och dess alternativ (max antal tokens, temperatur) i inställningarna.',
    rate_limited: 'Leverantören begränsar antalet förfrågningar (HTTP 429).',
    rate_limited_wait: (s: number) => `Vänta ungefär ${s} s och försök igen.`,
    rate_limited_fix: 'Vänta en stund och försök igen.',
    quota: 'Ditt konto hos den här leverantören saknar kredit eller har överskridit sin kvot.',
    quota_fix:
      'Kontrollera fakturering eller nyckelns budget hos leverantören; att försöka igen hjälper inte.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `Begäran är större än vad den här nyckeln får skicka på en gång: ${requested} tokens, över gränsen på ${limit}.`
        : 'Begäran är större än vad den här nyckeln får skicka på en gång.',
    too_large_fix:
      'Skicka mindre: färre tidigare meddelanden (Kontextmeddelanden), en kortare systemprompt eller ett lägre Max antal tokens; eller be leverantören om en högre gräns. Att försöka igen hjälper inte.',
    no_vision: 'Modellen avvisade bilden: den tar inte bilder.',
    no_vision_fix:
      'Välj en modell som tar bilder för den här chatten, eller fråga utan bilden; stäng av Vision för modellen i inställningarna så säger chatten det före sändning.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `Konversationen är längre än modellens kontext på ${limit} tokens.`
        : 'Konversationen är längre än modellens kontext.',
    context_length_fix:
      'Starta en ny konversation, skicka färre tidigare meddelanden (Kontextmeddelanden) eller ange modellens kontextlängd i inställningarna så att de äldsta meddelandena utelämnas.',
    timeout_first: (s: number) => `Leverantören skickade ingenting på ${s} s.`,
    timeout_idle: (s: number) => `Leverantören slutade skicka i ${s} s mitt i svaret.`,
    timeout_fix:
      'En lokal server kanske fortfarande läser in modellen; försök igen, eller höj tidsgränsen i leverantörsinställningarna.',
    server: (status: number) => `Leverantören fick ett internt fel (HTTP ${status}).`,
    server_fix:
      'Ett nytt försök gjordes och misslyckades ändå. Kontrollera leverantörens loggar och försök sedan igen.',
    malformed: 'Leverantören skickade ett svar som det här kortet inte kan läsa.',
    malformed_fix:
      'Kontrollera att bas-URL:en pekar på ett OpenAI-kompatibelt API (slutar oftast på /v1).',
    in_band: 'Leverantören rapporterade ett fel medan den svarade.',
    agent: 'Home Assistants konversationsagent kunde inte svara.',
    agent_fix: 'Kontrollera agenten och dess assistent under Inställningar → Röstassistenter.',
    aborted: 'Stoppat.',
    provider_says: (text: string) => `Leverantören säger: ”${text}”`,
  },
  corsFix: {
    litellm:
      'LiteLLM tillåter alla ursprung som standard; om du har begränsat det, lägg till den här Home Assistant-adressen bland dess tillåtna ursprung.',
    ollama:
      'Ollama accepterar bara anrop från sin egen dator: sätt OLLAMA_ORIGINS till den här Home Assistant-adressen (eller *) och starta om Ollama.',
    vllm: 'Starta vLLM med --allowed-origins som inkluderar den här Home Assistant-adressen.',
    llamacpp:
      'llama-server tillåter webbläsare som standard; kontrollera en eventuell omvänd proxy framför den.',
    lmstudio: 'Aktivera CORS i LM Studios serverinställningar (eller lms server start --cors).',
    openai:
      'Leverantören bör tillåta webbläsare; en proxy eller ett webbläsartillägg emellan kan blockera anropet.',
    generic:
      'Tillåt den här Home Assistant-adressen (dess ursprung) i leverantörens CORS-inställningar, eller placera en proxy som lägger till CORS-huvuden framför den.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} på ${targets}`,
};
