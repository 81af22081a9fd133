import type { Strings } from './en';
import { plural } from './plural';

/** Dutch. */
export const strings: Strings = {
  cardName: 'OpenAI Compatible Conversation',
  cardDescription:
    'Chat met je eigen OpenAI-compatibele provider (LiteLLM, Ollama, vLLM, OpenAI, …) en bedien je huis.',
  panelTitle: 'AI Chat',
  message: 'Bericht',
  send: 'Verzenden',
  stop: 'Stoppen',
  placeholder: 'Vraag iets…',
  emptyConversation: 'Zeg hallo om een gesprek te beginnen.',
  you: 'Jij',
  assistant: 'Assistent',
  thinking: 'Denkt na',
  reasoning: 'Redenering',
  cutOff: 'Het antwoord is hier afgebroken.',
  stoppedByUser: 'Gestopt.',
  dismiss: 'Sluiten',
  retry: 'Opnieuw proberen',
  announceAnswer: (text: string) => `Assistent: ${text}`,
  retrying: (s: number) => `Opnieuw proberen over ${s} s…`,

  // Per message.
  msg: {
    copy: 'Kopiëren',
    readAloud: 'Voorlezen',
    stopReading: 'Stoppen met voorlezen',
    copied: 'Gekopieerd',
    copyCode: 'Code kopiëren',
    edit: 'Bewerken',
    editLabel: 'Bericht bewerken',
    sendEdited: 'Bewerkt bericht verzenden',
    cancel: 'Annuleren',
    regenerate: 'Opnieuw genereren',
    continue: 'Doorgaan',
    delete: 'Verwijderen',
    previousVariant: 'Vorige variant',
    nextVariant: 'Volgende variant',
    variantOf: (i: number, n: number) => `Variant ${i} van ${n}`,
    writtenBy: (model: string) => `Geschreven door ${model}`,
    notSaved: 'Nog niet opgeslagen',
    notSavedWhy:
      'Home Assistant kon dit nog niet opslaan. Zodra de verbinding terug is, wordt het opnieuw geprobeerd; houd deze pagina tot dan open.',
    earlier: (n: number) => `Eerdere berichten tonen (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Dit gesprek kon niet worden gelezen (${issues}). Het blijft bewaard zoals het is.`,
    tooLarge: (mb: string, max: string) =>
      `Dit gesprek is ${mb} MB, meer dan Home Assistant in één stuk kan opslaan (${max} MB): wat het laatst is gezegd, staat hier wel maar wordt niet opgeslagen.`,
    tooLargeFix:
      'Exporteer het gesprek om een kopie te bewaren en begin een nieuw gesprek. Lange antwoorden verwijderen maakt ook ruimte vrij.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
  freshConversation:
    'Bij elk bezoek een nieuw gesprek starten (kiosken, wandtablets); eerdere gesprekken blijven in de lijst van het paneel',
  openInPanel: 'Openen in paneel',
  conversations: {
    list: 'Gesprekken',
    toggle: 'Gesprekken tonen',
    new: 'Nieuw gesprek',
    search: 'Gesprekken doorzoeken',
    searchPlaceholder: 'Zoek in titels en berichten',
    untitled: 'Nieuw gesprek',
    today: 'Vandaag',
    yesterday: 'Gisteren',
    options: (title: string) => `Opties voor ${title}`,
    rename: 'Naam wijzigen',
    renameLabel: 'Naam van het gesprek',
    archive: 'Archiveren',
    unarchive: 'Uit archief halen',
    archived: (n: number) => `Gearchiveerd (${n})`,
    exportMarkdown: 'Exporteren als Markdown',
    exportJson: 'Exporteren als JSON',
    delete: 'Verwijderen',
    deleted: (title: string) => `‘${title}’ verwijderd.`,
    undo: 'Ongedaan maken',
    noMatches: 'Geen gesprek gevonden.',
    unreadable: (issues: string) =>
      `Je gesprekkenlijst kon niet worden gelezen (${issues}). Deze blijft bewaard zoals hij is; nieuwe gesprekken verschijnen er pas in als dit is opgelost.`,
    empty: 'Nog geen gesprekken.',
    model: 'Model',
    modelDefault: (name: string) => `Standaard (${name})`,
    shortcuts: 'Alt+Shift+N: nieuw gesprek · /: berichtvak · Esc: antwoord stoppen',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Gesprekken',
    measuring: 'Meten hoeveel ruimte je gesprekken innemen…',
    used: (n: number, used: string, budget: string) =>
      `${plural('nl', n, { one: '# gesprek', other: '# gesprekken' })}, ${used} van de ${budget} die daarvoor is gereserveerd in je Home Assistant-gebruikersgegevens`,
    near: 'Je gesprekken naderen de ruimte die ervoor is gereserveerd. Exporteer en archiveer oudere gesprekken (Archiveren in de lijst, en verplaats ze daarna hier naar een bestand), of verwijder er een paar. Er wordt niets verwijderd tenzij jij dat doet.',
    over: 'Je gesprekken nemen meer ruimte in dan ervoor is gereserveerd. Ze worden allemaal nog bewaard, maar Home Assistant herschrijft deze gegevens bij elk bericht en neemt ze op in elke back-up: exporteer en archiveer oudere gesprekken, of verwijder er een paar.',
    largeConversation: (title: string, size: string) =>
      `‘${title}’ alleen neemt al ${size} in. Home Assistant kan geen gesprek opslaan dat veel groter is dan 3 MB: exporteer het en ga verder in een nieuw gesprek.`,
    explain:
      'Gesprekken staan in je Home Assistant-gebruikersgegevens, naast je instellingen, zodat elk apparaat waarmee je inlogt ze ziet. Er wordt niets verwijderd tenzij jij het verwijdert.',
    exportMarkdown: 'Alles exporteren als Markdown',
    exportJson: 'Alles exporteren als JSON',
    import: 'Gesprekken importeren',
    imported: (n: number, added: number, changed: number) =>
      `${plural('nl', n, { one: '# gesprek', other: '# gesprekken' })} uit het bestand gelezen: ${added} nieuw, ${changed} met toegevoegde berichten.`,
    moveArchived: (n: number) => `${n} gearchiveerde naar een bestand verplaatsen`,
    confirmMove: (n: number) =>
      plural('nl', n, {
        one: 'Het gearchiveerde gesprek staat in het zojuist opgeslagen bestand. Nu uit Home Assistant verwijderen?',
        other:
          'De # gearchiveerde gesprekken staan in het zojuist opgeslagen bestand. Nu uit Home Assistant verwijderen?',
      }),
    moved: (n: number) =>
      plural('nl', n, {
        one: '# gearchiveerd gesprek naar het bestand verplaatst.',
        other: '# gearchiveerde gesprekken naar het bestand verplaatst.',
      }),
  },
  exportTool: 'Tool',
  importWhat: 'Importeren',
  importMismatch: (entry: string, doc: string) =>
    `het item ${entry} en het gesprek ${doc} komen niet overeen`,

  noProvider:
    'Er is nog geen provider ingesteld. Voeg er een toe in de editor van deze kaart (of in de instellingen van AI Chat).',
  unknownProvider: (id: string) =>
    `Deze kaart gebruikt de provider ‘${id}’, die niet meer in je instellingen staat. Kies een andere in de kaarteditor.`,
  noModel: (provider: string) =>
    `Voor de provider ‘${provider}’ is geen model geselecteerd. Kies een model in de kaarteditor.`,
  settingsInvalid: (issues: string) =>
    `Je instellingen van AI Chat konden niet worden gelezen (${issues}). Ze blijven bewaard zoals ze zijn; herstel of exporteer ze in de instellingen.`,
  settingsLoading: 'Je instellingen worden geladen…',

  // Settings pages.
  voice: {
    speak: 'Spreken',
    noStt:
      'Je spraakassistent heeft geen spraak-naar-tekst: kies er een via Instellingen → Spraakassistenten.',
    sttRefused: (said: string) =>
      `De spraak-naar-tekst van je spraakassistent neemt het geluid niet aan dat de spraakdialoog van Home Assistant stuurt (16 kHz mono). Kies een andere via Instellingen → Spraakassistenten. Home Assistant meldt: ${said}`,
    nothingHeard: 'Er werd niets verstaan. Spreek opnieuw, dichter bij de microfoon.',
    micRefused:
      'De browser mocht de microfoon niet gebruiken: sta hem toe voor deze site (het pictogram in de adresbalk) en probeer het opnieuw.',
    noMic: 'Er is geen microfoon gevonden op dit apparaat.',
    insecure:
      'Browsers geven de microfoon alleen aan beveiligde pagina’s: open Home Assistant via https (of op deze machine via localhost).',
    sendSpoken: 'Wat je zegt meteen versturen (anders komt het in het berichtveld)',
    noPipeline:
      'Er is geen spraakassistent ingesteld in Home Assistant: voeg er een toe via Instellingen → Spraakassistenten.',
    noTts:
      'Je spraakassistent heeft geen tekst-naar-spraak: kies er een via Instellingen → Spraakassistenten.',
    failed: (what: string) => `Spraakfunctie mislukt: ${what}`,
    autoRead:
      'Elk antwoord voorlezen zodra het klaar is (tekst-naar-spraak van je spraakassistent, voor al je chats)',
  },
  agents: {
    cardLimits:
      'Deze kaart beperkt wat de assistent mag doen (tools uit, of een smaller bereik), en je standaardmodel is een Home Assistant-agent, die volgens zijn eigen regels handelt. Kies in de editor van deze kaart het model van een provider ervoor.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home Assistant-agents',
    note: 'De eigen agents van Home Assistant bedienen je huis met hun eigen tools en rechten: Toestaan en het bereik van deze kaart gelden niet voor wat zij doen.',
    noPictures:
      'De agents van Home Assistant nemen geen afbeeldingen: kies het model van een provider om naar een afbeelding te vragen.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Geheugen gebruiken',
    useHint: 'Wat je de assistent hebt gevraagd te onthouden, gaat mee met dit gesprek.',
    without: 'Dit gesprek gebruikt je geheugen niet.',
    undo: 'Ongedaan maken',
    undone: 'Ongedaan gemaakt',
    remembered: (fact: string) => `‘${fact}’ onthouden`,
    changed: (before: string, after: string) => `‘${before}’ gewijzigd in ‘${after}’`,
    forgot: (fact: string) => `‘${fact}’ vergeten`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Thuis',
    energy: 'Energie',
    kids: 'Kinderen',
    pick: 'Persona',
    none: 'Geen persona',
    using: (name: string) => `Persona: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'Welterusten',
    goodNightText:
      'Welterusten: doe de lampen uit die nog aan zijn en vertel me of de deuren op slot zijn.',
    whatsOpen: 'Wat staat er open?',
    whatsOpenText: 'Welke deuren, ramen en rolluiken staan er nu open?',
    energyToday: 'Energie vandaag',
    energyTodayText: 'Hoeveel energie heeft het huis vandaag verbruikt?',
    title: 'Snelle prompts',
    noMatch: 'Geen snelle prompt komt overeen.',
    ran: (label: string) => `${label}: klaar.`,
    notRun: (label: string) => `${label}: niet uitgevoerd.`,
    templateFailed: (why: string) =>
      `De template van de snelle prompt kon niet worden gerenderd: ${why}`,
  },
  images: {
    attach: 'Afbeelding toevoegen',
    snapshot: 'Camerabeeld',
    camera: 'Camera',
    pickCamera: 'Kies een camera…',
    noCamera:
      'Er is geen camera binnen het bereik van deze chat (camera’s die aan Assist zijn blootgesteld).',
    snapshotFailed: 'Het beeld van de camera kon niet bij Home Assistant worden opgehaald.',
    attached: 'Te versturen afbeeldingen',
    picture: (n: number) => `Afbeelding ${n}`,
    remove: (n: number) => `Afbeelding ${n} verwijderen`,
    sent: 'Afbeelding verstuurd met de vraag',
    tooMany: (n: number) => `Met één vraag gaan hooguit ${n} afbeeldingen mee.`,
    unreadable: 'Het bestand kon niet als afbeelding worden gelezen.',
    noVision: (model: string) =>
      `${model} staat ingesteld als model zonder afbeeldingen (Vision staat uit in de instellingen): zet Vision aan of kies een model dat afbeeldingen aanneemt.`,
    vision: 'Vision: neemt afbeeldingen',
    fromTool: 'Afbeelding die het model te zien kreeg',
  },
  context: {
    label: 'Context',
    used: (tokens: string, limit: string) => `${tokens} van ${limit} tokens`,
    leftOut: (n: number) =>
      `Eerdere berichten weggelaten om in de context van het model te passen: ${n}`,
    length: 'Contextlengte (tokens)',
    learned: (n: string) => `De provider noemde een context van ${n} tokens.`,
  },
  usage: {
    title: 'Verbruik',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} in · ${output} uit`,
    answerLong: (input: string, output: string) => `${input} tokens in, ${output} tokens uit`,
    reasoning: (n: string) => `waarvan ${n} voor redenering`,
    cached: (n: string) => `${n} uit de cache van de provider`,
    estimated: 'Geschat: de provider gaf geen verbruik door, dus is het uit de tekst berekend.',
    priced: 'Kosten op basis van de prijzen die voor dit model zijn ingesteld.',
    conversation: (tokens: string) => `Dit gesprek: ${tokens} tokens`,
    days: 'Afgelopen 30 dagen',
    chart: 'Tokens per dag en model, afgelopen 30 dagen',
    model: 'Model',
    answers: 'Antwoorden',
    input: 'Tokens in',
    output: 'Tokens uit',
    cost: 'Kosten',
    total: 'Totaal',
    none: 'Nog niets geteld: het verbruik verschijnt hier na het eerste antwoord.',
    someEstimated: (n: string) => `${n} geschat (geen verbruik doorgegeven)`,
    explain:
      'Geteld op basis van wat elke provider bij zijn antwoord doorgeeft, anders geschat uit de tekst (ongeveer vier tekens per token). De kosten zijn wat de provider doorgeeft (OpenRouter), anders wat volgt uit de prijzen die je voor een model hebt ingesteld. Bewaard in je Home Assistant-gebruikersgegevens: elk verzoek een week lang, daarna één totaal per model en dag; een gesprek verwijderen verandert daar niets aan.',
    budget: 'Maandbudget (US$)',
    budgets: 'Maandbudgetten',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} van ${budget} deze maand`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} heeft deze maand ${spent} gekost, meer dan het maandbudget van ${budget}.`,
    priceInput: 'Prijs per miljoen tokens in (US$)',
    priceOutput: 'Prijs per miljoen tokens uit (US$)',
  },
  settings: {
    title: 'Instellingen',
    providers: 'Providers',
    addProvider: 'Provider toevoegen',
    editProvider: (name: string) => `${name} bewerken`,
    authMode: 'Sleutels',
    authGlobal: 'Eén sleutel voor alle modellen',
    authPerModel: 'Een sleutel per model',
    keySaved: 'Opgeslagen — typ om te vervangen',
    keyMoved: (from: string, to: string) =>
      `De opgeslagen sleutel was voor ${from}: hij wordt niet naar ${to} verzonden. Typ de sleutel voor het nieuwe adres.`,
    removeKey: 'Opgeslagen sleutel verwijderen',
    timeout: 'Time-out (seconden, tot de eerste byte en tussen datablokken)',
    addModel: 'Toevoegen',
    modelsFetched: (n: number, when: string) =>
      `${plural('nl', n, { one: '# model', other: '# modellen' })} van de provider, ${when} opgehaald.`,
    chosenModels: 'Modellen van deze provider',
    removeModel: (id: string) => `${id} verwijderen`,
    remove: 'Verwijderen',
    displayName: 'Weergavenaam',
    modelKey: (id: string) => `API-sleutel voor ${id}`,
    modelTools: 'Tools (function calling): dit model mag je huis bedienen',
    edit: 'Bewerken',
    makeDefault: 'Als standaard instellen',
    isDefault: 'Standaard',
    defaultModel: 'Standaardmodel',
    modelsCount: (n: number) => plural('nl', n, { one: '# model', other: '# modellen' }),
    keyState: {
      global: 'sleutel opgeslagen',
      none: 'geen sleutel',
      per_model: 'een sleutel per model',
    },
    confirmRemove: (name: string) =>
      `${name} verwijderen? De bijbehorende sleutel wordt ook verwijderd; kaarten die deze provider gebruiken melden dat, totdat je een andere provider kiest.`,
    noProviders:
      'Nog geen provider. Voeg er een toe: LiteLLM, Ollama, vLLM, OpenAI, … (de basis-URL eindigt meestal op /v1).',
    export: 'Instellingen exporteren',
    exportHint: 'Een JSON-bestand zonder sleutels.',
    import: 'Instellingen importeren',
    importReview: 'Wat het importeren van dit bestand verandert',
    importLoosens: 'Minder veilig:',
    importNoChanges: 'Er verandert niets.',
    importConfirm: 'Importeren',
    importKeysNeeded: (names: string[]) =>
      `Voeg na het importeren de sleutels toe voor: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `${plural('nl', n, { one: '# provider', other: '# providers' })} geïmporteerd.${missing.length ? ` Voeg de sleutels toe van: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Je instellingen konden niet worden gelezen',
    invalidBody:
      'Ze blijven precies bewaard zoals ze zijn. Exporteer ze om ze met de hand te herstellen en importeer daarna het herstelde bestand, of begin opnieuw (er blijft een kopie bewaard in je gebruikersgegevens).',
    exportBroken: 'Document exporteren',
    startOver: 'Opnieuw beginnen',
    confirmStartOver:
      'Je instellingen vervangen door lege instellingen? Er blijft een kopie van het huidige document bewaard.',
    saved: 'Opgeslagen.',
    back: 'Terug naar de chat',
    managePrompt:
      'Providers, modellen en sleutels beheer je in de instellingen van het AI Chat-paneel.',
    openSettings: 'Instellingen openen',
    maxRounds: 'Toolrondes per antwoord',
    server: 'Server',
    name: 'Naam',
    baseUrl: 'Basis-URL',
    apiKey:
      'API-sleutel (optioneel; bewaard in je Home Assistant-gebruikersgegevens, nooit in de kaart)',
    cancel: 'Annuleren',
    saveProvider: 'Provider opslaan',
    loadModels: 'Modellen laden',
    reloadModels: 'Modellen opnieuw laden',
    typeModel: 'Of typ een model-ID',
    searchModels: 'Modellen zoeken',
    models: 'Modellen',
    noModelsMatch: 'Geen modellen gevonden.',
    moreModels: (n: number) => `Nog ${n}: verfijn de zoekopdracht.`,
    maxTokens: 'Max. tokens',
    temperature: 'Temperatuur',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Geleerd uit de antwoorden van de provider: ${[
        l.token_param === 'max_completion_tokens'
          ? 'de antwoordlengte wordt verzonden als max_completion_tokens (max_tokens werd geweigerd)'
          : '',
        l.temperature === false
          ? 'er wordt geen temperatuur verzonden (alleen de standaardwaarde wordt geaccepteerd)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Vergeten',
    forgetLearned: (id: string) => `Vergeten wat over ${id} is geleerd`,
    serverAuto: (name: string) => `Herkend aan het adres (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Titel',
    agent: 'Agent',
    systemPrompt: 'Sjabloon voor systeemprompt',
    maxTokens: 'Max. tokens',
    temperature: 'Temperatuur',
    contextMessages: 'Contextberichten',
    home: 'Huis',
    onlyDomains: 'Alleen deze domeinen',
    onlyAreas: 'Alleen deze ruimtes',
    onlyEntities: 'Alleen deze entiteiten',
    search: 'Zoeken',
    providerAndModel: 'Provider en model',
    noProviderYet: 'Nog geen provider: voeg er een toe om te gaan chatten.',
    provider: 'Provider',
    model: 'Model',
    default: 'Standaard',
    defaultNamed: (name: string) => `Standaard (${name})`,
    addProvider: 'Provider toevoegen',
    settingsInvalid: (issues: string) => `Je instellingen zijn ongeldig: ${issues}`,
    persona: 'Persona',
    personaNone: 'Geen (het standaardmodel en de standaardprompt)',
    chips: 'Snelle prompts als knoppen',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menu',
  connectionLost: 'De verbinding met Home Assistant is verbroken.',
  outdated: 'Deze kaart is bijgewerkt sinds de pagina is geladen: laad de pagina opnieuw.',

  picker: {
    add: (text: string) => `‘${text}’ toevoegen`,
    remove: (name: string) => `${name} verwijderen`,
    noMatch: 'Geen resultaten',
    more: 'Meer resultaten: typ verder om de lijst te verkleinen',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB is meer dan Home Assistant in één stuk kan opslaan (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: ‘${id}’ is geen ID zoals deze kaart die schrijft (letters, cijfers, _ . ~ -, hoogstens 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `Het gesprek ${id} is ${(bytes / 1e6).toFixed(1)} MB, meer dan Home Assistant in één stuk kan opslaan (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `Het bestand is groter dan ${Math.round(bytes / 1_048_576)} MB, meer dan zo’n bestand ooit nodig heeft: kies het bestand dat je hebt geëxporteerd.`,
    cardConfig: 'Kaartconfiguratie',
    secretInCard: (key: string) =>
      `‘${key}’ hoort niet in een kaart: elke gebruiker die dit dashboard kan openen, kan de configuratie ervan lezen. Verwijder het en voeg de sleutel toe in de instellingen van AI Chat, die hem bewaren in je eigen Home Assistant-gebruikersgegevens.`,
    newerVersion: (what: string, version: string) =>
      `geschreven door een nieuwere versie van deze kaart (${what} versie ${version}); werk de kaart bij — het blijft bewaard zoals het is`,
    noUpgrade: (version: number) => `geen upgrade mogelijk vanaf instellingenversie ${version}`,
    settingsInvalid: (issues: string) =>
      `De opgeslagen instellingen zijn ongeldig (${issues}); ze zijn niet overschreven.`,
    olderList: 'een oudere versie van de gesprekkenlijst; laad de pagina opnieuw',
    notJson: 'het bestand is geen JSON',
    notSettings: 'het bestand bevat geen instellingendocument',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Verbinding testen',
    running: 'Testen…',
    titles: {
      address: 'Adres',
      reach: 'Server bereikbaar',
      cors: 'Aanroepen vanaf deze pagina toegestaan (CORS)',
      key: 'API-sleutel',
      models: 'Modellenlijst (/models)',
      completion: 'Een antwoord van één token',
    },
    /** Read by screen readers beside each step's mark. */
    status: {
      ok: 'geslaagd',
      warn: 'waarschuwing',
      fail: 'mislukt',
      skipped: 'niet gecontroleerd',
    },
    skipped: 'Niet gecontroleerd: een eerdere stap is mislukt.',
    badUrl: (url: string) => `‘${url}’ is geen http(s)-adres.`,
    badUrlFix: 'Typ het volledige adres, bijv. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, aanroepbaar vanaf deze pagina.`,
    reachOk: (host: string) => `${host} antwoordt.`,
    corsOk: 'De server staat aanroepen vanaf deze pagina toe.',
    keyOk: 'De sleutel is geaccepteerd.',
    noKeyOk: 'Geen sleutel verzonden, en de server vroeg er ook niet om.',
    modelsOk: (n: number) =>
      plural('nl', n, { one: '# model vermeld.', other: '# modellen vermeld.' }),
    modelNotListed: (n: number, model: string) =>
      `${plural('nl', n, { one: '# model', other: '# modellen' })} vermeld, maar niet ‘${model}’.`,
    modelNotListedFix:
      'Controleer de model-ID; sommige servers vermelden maar een deel van wat ze aanbieden, dus de volgende stap probeert het toch.',
    noModelList: 'Deze server heeft geen modellenlijst: typ model-ID’s met de hand.',
    noModelListFix: 'Niets te doen als het antwoord hieronder werkt.',
    v1Fix: 'Eindigt de basis-URL op /v1? De meeste OpenAI-compatibele servers hebben dat nodig.',
    noModel: 'Nog geen model gekozen: kies of typ er een en test daarna opnieuw.',
    completionOk: (model: string) => `${model} heeft geantwoord.`,
    unknownModel: (model: string) => `De provider kent het model ‘${model}’ niet.`,
    unknownModelFix:
      'Kies het model uit de lijst van de provider (Modellen opnieuw laden), of controleer hoe de provider het schrijft.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (api-key-header)',
    anthropic: 'Anthropic (OpenAI-compatibiliteit)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (OpenAI-compatibiliteit)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Andere OpenAI-compatibele server',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `Het model bleef tools aanroepen: gestopt na ${n} rondes. Vraag het opnieuw, of verhoog de limiet in de instellingen.`,
  toolsUnsupported:
    'Dit model ondersteunt geen tools. Schakel tools ervoor uit in de kaarteditor (Tools), of kies een model dat function calling ondersteunt.',
  approve: 'Toestaan',
  deny: 'Weigeren',
  toolNeedsApproval: (what: string) => `Wil ${what} uitvoeren. Toestaan?`,
  cameraApproval: (camera: string) => `Wil door ${camera} kijken. Toestaan?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Wil ${what} uitvoeren, met ${reasons}. Toestaan?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Voegt de provider ${name} toe (${origin}).`,
    providerRemoved: (name: string) => `Verwijdert de provider ${name} en zijn sleutels.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Verplaatst ${name} van ${from} naar ${to}.`,
    providerChanged: (name: string) => `Wijzigt de instellingen van ${name}.`,
    keyRetype: (name: string) =>
      `${name} gaat nu naar een ander adres of een ander soort server: de opgeslagen sleutel wordt daar niet naartoe verzonden. Typ de sleutel opnieuw in de instellingen ervan.`,
    cameraApprovalOn: 'Het model vraagt het eerst voordat het door een camera kijkt.',
    cameraApprovalOff: 'Het model kijkt door camera’s zonder het eerst te vragen.',
    confirmRemoved: (items: string) => `Niet langer vragen vóór acties op: ${items}.`,
    confirmAdded: (items: string) => `Vragen vóór acties op: ${items}.`,
    toolsOn: 'Het model mag je huis bedienen.',
    toolsOff: 'Het model bedient je huis niet meer.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) mag je huis bedienen.`,
    maxRounds: (from: number, to: number) => `Toolrondes per antwoord: ${from} → ${to}.`,
    autoReadOn: 'Elk antwoord wordt voorgelezen zodra het klaar is.',
    autoReadOff: 'Antwoorden worden niet meer vanzelf voorgelezen.',
    sendSpokenOn: 'Wat je zegt wordt meteen verstuurd, zonder eerst de tekst te zien.',
    sendSpokenOff: 'Wat je zegt komt eerst in het berichtveld.',
    promptChanged: 'De systeemprompt verandert.',
    defaultChanged: (to: string) => `Het standaardmodel wordt ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `een actie op ${names}`,
    address: (field: string, value: string) => `een adres in ${field}: ${value}`,
    path: (field: string, value: string) => `een bestandspad in ${field}: ${value}`,
    entity: (field: string, name: string) => `een andere entiteit in ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Het model vroeg om meer dan ${n} acties in één antwoord; de rest is niet uitgevoerd.`,
  toolStatus: {
    awaiting: 'Wacht op je goedkeuring',
    running: 'Bezig…',
    done: 'Klaar',
    error: 'Mislukt',
    denied: 'Geweigerd',
    stopped: 'Niet uitgevoerd',
    unknown:
      'Resultaat onbekend: de verbinding met Home Assistant werd verbroken tijdens het uitvoeren. Controleer het.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `${names} ingeschakeld`,
      turn_off: (names: string) => `${names} uitgeschakeld`,
      toggle: (names: string) => `${names} omgeschakeld`,
      lock: (names: string) => `${names} vergrendeld`,
      unlock: (names: string) => `${names} ontgrendeld`,
      open: (names: string) => `${names} geopend`,
      close: (names: string) => `${names} gesloten`,
      press: (names: string) => `${names} ingedrukt`,
      temperature: (names: string) => `Temperatuur van ${names} ingesteld`,
      play: (names: string) => `Afspelen gestart op ${names}`,
      pause: (names: string) => `${names} gepauzeerd`,
      script: (names: string) => `${names} uitgevoerd`,
      scene: (names: string) => `${names} geactiveerd`,
    },
    ask: {
      turn_on: (names: string) => `${names} inschakelen`,
      turn_off: (names: string) => `${names} uitschakelen`,
      toggle: (names: string) => `${names} omschakelen`,
      lock: (names: string) => `${names} vergrendelen`,
      unlock: (names: string) => `${names} ontgrendelen`,
      open: (names: string) => `${names} openen`,
      close: (names: string) => `${names} sluiten`,
      press: (names: string) => `${names} indrukken`,
      temperature: (names: string) => `Temperatuur van ${names} instellen`,
      play: (names: string) => `Afspelen starten op ${names}`,
      pause: (names: string) => `${names} pauzeren`,
      script: (names: string) => `${names} uitvoeren`,
      scene: (names: string) => `${names} activeren`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argumenten',
  toolResult: 'Resultaat',
  toolLiveState: 'Nu',
  toolNames: {
    list_entities: 'Entiteiten opgevraagd',
    get_entity: 'Gelezen:',
    call_service: 'Aangeroepen:',
    list_areas: 'Ruimtes opgevraagd',
    get_history: 'Geschiedenis gelezen:',
    get_camera_image: 'Door camera gekeken:',
    home_assistant: 'Home Assistant heeft bediend:',
    list_automations: 'Automatiseringen en scripts opgevraagd',
    get_automation: 'Gelezen:',
    get_automation_traces: 'Traces gelezen:',
    get_logbook: 'Logboek gelezen',
    propose_automation: 'Automatisering opgesteld',
    propose_script: 'Script opgesteld',
    remember: 'Onthouden',
    update_memory: 'Herinnering gewijzigd',
    forget: 'Herinnering vergeten',
  } as Record<string, string>,
  confirmField:
    'Ook vragen vóór acties op (domeinen of entiteiten, voor al je chats; bij sloten, alarmen en garagedeuren wordt altijd gevraagd)',
  cameraApprovalField: 'Vragen voordat het model door een camera kijkt (voor al je chats)',
  toolsToggle: 'Het model je huis laten uitlezen en bedienen (tools)',
  scopeNarrow: 'Beperk het hieronder voor deze kaart (kommagescheiden; leeg: geen beperking).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Tools via MCP',
    explain:
      'Tools van de LLM-API’s van Home Assistant en van Model Context Protocol-servers, die het model kan aanroepen. Wat een server over zijn tools zegt, wordt hier aan jou getoond en komt nooit in de instructies van het model; elke aanroep is een regel in het gesprek en wacht op Toestaan, tenzij je die tool vertrouwt.',
    ownTools: 'Het model ook de eigen tools van deze kaart voor je huis geven',
    haTitle: 'LLM-API’s van Home Assistant',
    haLoading: 'Zoeken naar de MCP-server van Home Assistant…',
    haLacks: (version: string) =>
      `Home Assistant ${version} heeft geen Model Context Protocol Server: die kwam in 2025.2, en het adres per API (/api/mcp/<API>) later. Werk Home Assistant bij om de API’s ervan hier te gebruiken.`,
    haNotSetUp:
      'Voeg de integratie Model Context Protocol Server toe om de LLM-API’s van Home Assistant hier te gebruiken: Instellingen → Apparaten & diensten → Integratie toevoegen → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant laat alleen beheerders de andere API’s gebruiken; jij kunt Assist gebruiken.',
    narrowNote:
      'Een kaart die beperkt wat het model ziet, gebruikt deze API’s niet: hun tools zien elke entiteit die voor Assist is ontsloten.',
    useApi: (name: string) => `${name} gebruiken in chats`,
    showTools: (name: string) => `Tools van ${name}`,
    listing: 'Tools worden opgevraagd…',
    noTools: 'Er worden geen tools aangeboden.',
    modes: {
      auto: 'Volgens de regels van het huis',
      ask: 'Eerst vragen',
      trust: 'Vertrouwd',
      off: 'Uit',
    },
    modeOf: (tool: string) => `Hoe het model ${tool} mag gebruiken`,
    serversTitle: 'MCP-servers',
    noServers: 'Nog geen MCP-server.',
    add: 'MCP-server toevoegen',
    edit: (name: string) => `${name} bewerken`,
    remove: (name: string) => `${name} verwijderen`,
    enabled: (name: string) => `${name} gebruiken in chats`,
    name: 'Naam',
    url: 'Adres (streamable HTTP, bijv. https://host:port/mcp)',
    token: 'Bearer-token (optioneel; bewaard in je gebruikersgegevens, nooit geëxporteerd)',
    tokenSaved: 'opgeslagen — typ om te vervangen',
    tokenMoved:
      'Het adres wijst nu naar een andere server: het opgeslagen token wordt daar niet naartoe verzonden. Typ het opnieuw als deze server het moet krijgen.',
    test: 'Testen',
    testing: 'Testen…',
    save: 'Opslaan',
    cancel: 'Annuleren',
    testOk: (name: string, n: number) =>
      `${name} antwoordde en biedt ${plural('nl', n, { one: '# tool', other: '# tools' })} aan.`,
    testFirst: 'Test eerst de server: de tools ervan worden hier vermeld om uit te kiezen.',
    describedAs: 'Wat de server erover zegt (aan jou getoond, nooit als instructies aan het model)',
    failed: {
      cors: (origin: string) =>
        `De server antwoordde, maar staat niet toe dat deze pagina hem aanroept (CORS). Hij moet verzoeken van ${origin} beantwoorden met Access-Control-Allow-Origin, de methoden POST, GET en DELETE en de headers Content-Type, Authorization, Mcp-Session-Id en Mcp-Protocol-Version toestaan (Access-Control-Allow-Headers), en Mcp-Session-Id beschikbaar maken (Access-Control-Expose-Headers).`,
      network:
        'Niets antwoordde op dit adres. Controleer host en poort, en of de server luistert waar deze browser hem kan bereiken (niet alleen op zijn eigen loopback).',
      mixed_content:
        'Deze pagina wordt via https geladen en de server via http: dat weigert de browser. Bied de server aan via https (een reverse proxy doet dat), of open Home Assistant via http.',
      redirect:
        'De server stuurde het verzoek naar een ander adres; de kaart volgt nooit een doorverwijzing met je token. Vul het adres in waar het naartoe leidt.',
      auth: 'De server wil een token dat hij accepteert (401): vul het bearer-token ervan in.',
      forbidden:
        'De server weigerde deze gebruiker (403). Home Assistant laat alleen beheerders andere API’s dan Assist gebruiken.',
      not_found:
        'Geen MCP-endpoint op dit adres (404). Streamable HTTP-servers antwoorden meestal op een pad zoals /mcp.',
      timeout: 'De server antwoordde niet binnen 30 seconden.',
      garbage: 'De server antwoordde met iets wat niet het Model Context Protocol is.',
      too_large: 'Het antwoord van de server was groter dan wat de kaart leest (1 MB).',
      rpc: 'De server beantwoordde het verzoek met een fout.',
      http: (status: number) => `De server antwoordde met HTTP ${status}.`,
      said: (words: string) => `De server zei: ‘${words}’`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Nieuwe automatisering: ${name}`,
    newScript: (name: string) => `Nieuw script: ${name}`,
    changeTo: (name: string) => `Wijziging van ${name}`,
    untitled: 'naamloos',
    when: 'Wanneer',
    onlyIf: 'Alleen als',
    then: 'Dan',
    yaml: 'YAML',
    diff: 'Wijzigingen',
    diffLabel: (removed: number, added: number) =>
      `${plural('nl', removed, { one: '# regel verwijderd', other: '# regels verwijderd' })}, ${added} toegevoegd`,
    save: 'Opslaan',
    discard: 'Verwerpen',
    runNow: 'Nu uitvoeren',
    checkConditions: 'De voorwaarden controleren',
    saving: 'Bezig met opslaan en wachten tot Home Assistant het heeft geladen…',
    running: 'Bezig met uitvoeren…',
    ran: 'Home Assistant heeft het uitgevoerd.',
    runFailed: (why: string) => `Home Assistant heeft het niet uitgevoerd: ${why}`,
    saved: (name: string) => `Opgeslagen: ${name}.`,
    openInHa: 'Openen in Home Assistant',
    discarded: 'Verworpen. Er is niets weggeschreven.',
    notAdmin:
      'Alleen een beheerder kan automatiseringen en scripts opslaan in Home Assistant. Vraag een beheerder om het op te slaan, of om jou beheerder te maken.',
    busy: 'Opslaan en Verwerpen verschijnen zodra het antwoord klaar is.',
    problemsTitle:
      'Nog niet klaar om op te slaan: het model is hierover ingelicht en stelt het misschien verbeterd opnieuw voor.',
    notesTitle: 'Voordat je opslaat',
    unreadable: 'Dit concept kan niet worden gelezen door deze versie van de kaart.',
    failed: {
      not_admin: 'Alleen een beheerder kan automatiseringen en scripts opslaan in Home Assistant.',
      problems: 'Niet opgeslagen: het huis is veranderd sinds het concept werd opgesteld.',
      moved: (entity: string) =>
        `Niet opgeslagen: ${entity} is niet meer de automatisering waaruit deze wijziging is gelezen.`,
      refused: (message: string) => `Home Assistant heeft het geweigerd: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant heeft het weggeschreven (id ${key}), maar niet geladen. Controleer of configuration.yaml automations.yaml en scripts.yaml insluit (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant zegt over ${at}: ${words}`,
      unknown_keys: (keys: string) => `Sleutels die Home Assistant niet kent: ${keys}`,
      both_keys: (keys: string) => `Zowel de enkelvoudige als de meervoudige sleutel: ${keys}`,
      missing: (key: string) => `${key} ontbreekt of is leeg`,
      blueprint: 'Automatiseringen uit een blauwdruk wijzig je in de editor van Home Assistant',
      out_of_scope: (ids: string) => `Entiteiten buiten wat deze chat mag gebruiken: ${ids}`,
      unknown_entity: (ids: string) => `Deze entiteit bestaat niet: ${ids}`,
      wrong_domain: (what: string) => `Een actie op entiteiten van een ander domein: ${what}`,
      no_target: (service: string) =>
        `${service} werkt op geen enkele entiteit die deze chat mag gebruiken`,
      device_target: (service: string) =>
        `${service} richt zich op een apparaat, verdieping of label, en dat kan niet worden gecontroleerd`,
      device_action: 'Een apparaatactie, die niet kan worden gecontroleerd',
      template_service: (service: string) => `De actie is een template: ${service}`,
      template_target: (service: string) => `De doelen van ${service} zijn een template`,
      unknown_area: (area: string) => `Deze ruimte bestaat niet: ${area}`,
      empty_area: (what: string) => `Daar is geen entiteit van dat domein: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `De id ${id} hoort bij een andere automatisering`,
      script_key: (key: string) => `‘${key}’ kan geen id van een script zijn`,
      key_taken: (id: string) => `${id} bestaat al`,
      too_large: 'Te groot om te controleren',
      unreadable: 'Kan niet worden gelezen',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Het bedient ${names}, waarvoor in een chat op je goedkeuring wordt gewacht. Eenmaal opgeslagen doet het dat zonder te vragen.`,
      address: (what: string) => `Het verstuurt een adres: ${what}`,
      path: (what: string) => `Het noemt een bestandspad: ${what}`,
      entity: (what: string) => `Het noemt een andere entiteit in zijn gegevens: ${what}`,
      webhook: 'Een webhook start het: iedereen in je netwerk die de id ervan kent, kan dat.',
      event: (event: string) =>
        `Het vuurt de gebeurtenis ${event} af, wat andere automatiseringen kan starten.`,
      untargeted: (service: string) =>
        `Het roept ${service} aan, dat op geen enkele entiteit werkt.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'of',
      and: 'en',
      changes: (who: string) => `${who} verandert`,
      changesTo: (who: string, to: string) => `${who} verandert naar ${to}`,
      changesFrom: (who: string, from: string) => `${who} verandert van ${from}`,
      forDuration: (what: string, duration: string) => `${what}, gedurende ${duration}`,
      above: (who: string, value: string) => `${who} komt boven ${value}`,
      below: (who: string, value: string) => `${who} zakt onder ${value}`,
      sunrise: 'bij zonsopkomst',
      sunset: 'bij zonsondergang',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `om ${time}`,
      timePattern: 'volgens een tijdpatroon',
      haStart: 'Home Assistant start',
      haStop: 'Home Assistant stopt',
      event: (type: string) => `de gebeurtenis ${type} wordt afgevuurd`,
      enters: (who: string, zone: string) => `${who} komt ${zone} binnen`,
      leaves: (who: string, zone: string) => `${who} verlaat ${zone}`,
      template: 'een template wordt waar',
      webhook: 'de webhook ervan wordt aangeroepen',
      otherTrigger: (platform: string) => `een ${platform}-trigger`,
      is: (who: string, state: string) => `${who} is ${state}`,
      isAbove: (who: string, value: string) => `${who} is boven ${value}`,
      isBelow: (who: string, value: string) => `${who} is onder ${value}`,
      afterSunset: 'na zonsondergang',
      beforeSunrise: 'voor zonsopkomst',
      afterSunrise: 'na zonsopkomst',
      beforeSunset: 'voor zonsondergang',
      after: (time: string) => `na ${time}`,
      before: (time: string) => `voor ${time}`,
      onDays: (days: string) => `op ${days}`,
      templateTrue: 'een template is waar',
      all: (parts: string) => `alle: ${parts}`,
      any: (parts: string) => `een van: ${parts}`,
      none: (parts: string) => `geen van: ${parts}`,
      inZone: (who: string, zone: string) => `${who} is in ${zone}`,
      otherCondition: (kind: string) => `een ${kind}-voorwaarde`,
      turnOn: (names: string) => `${names} inschakelen`,
      turnOff: (names: string) => `${names} uitschakelen`,
      toggle: (names: string) => `${names} omschakelen`,
      call: (service: string, names: string) => (names ? `${service} op ${names}` : service),
      wait: (duration: string) => `${duration} wachten`,
      waitTemplate: 'Wachten tot een template waar is',
      waitTrigger: (what: string) => `Wachten tot ${what}`,
      scene: (name: string) => `${name} activeren`,
      fire: (event: string) => `De gebeurtenis ${event} afvuren`,
      ifThen: (condition: string, then: string) => `Als ${condition}: ${then}`,
      otherwise: (what: string) => `anders: ${what}`,
      choose: (n: number) => `Kiezen uit ${plural('nl', n, { one: '# optie', other: '# opties' })}`,
      repeat: (what: string) => `Herhalen: ${what}`,
      parallel: (what: string) => `Tegelijk: ${what}`,
      continueIf: (condition: string) => `Alleen doorgaan als ${condition}`,
      stop: 'Stoppen',
      variables: 'Variabelen instellen',
      deviceAction: 'Een apparaatactie',
      otherAction: 'Een andere actie',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'Persona’s',
    intro:
      'Een persona is een naam, een pictogram, een systeemprompt (daarin mag een Home Assistant-template staan), een model en eventueel een smaller bereik en tools uit. Kies er een voor een nieuw gesprek in het paneel, of stel een kaart in de editor ervan in op een persona; een gesprek houdt de persona waarmee het begon.',
    builtIn: 'Dit zijn de ingebouwde: bij je eerste wijziging wordt de lijst van jou.',
    add: 'Persona toevoegen',
    name: 'Naam',
    icon: 'Pictogram (een emoji)',
    prompt: 'Systeemprompt',
    model: 'Model',
    modelDefault: 'Het model van de chat',
    tools: 'Het model je huis laten uitlezen en bedienen',
    domains: 'Alleen deze domeinen (kommagescheiden; leeg: alles wat de chat mag zien)',
  },
  quickPromptsPage: {
    title: 'Snelle prompts',
    intro:
      'Prompts die je met één tik op een knop van een kaart verstuurt of met ‘/’ in het berichtvak kiest. Een Home Assistant-template erin ({{ states("sensor.outside_temperature") }}) wordt gerenderd voordat de prompt wordt verstuurd. Een prompt kan zijn gesprek met een persona starten, of een script uitvoeren in plaats van een model iets te vragen (Toestaan wordt gevraagd zoals bij de acties van het model).',
    builtIn: 'Dit zijn de ingebouwde: bij je eerste wijziging wordt de lijst van jou.',
    add: 'Snelle prompt toevoegen',
    label: 'Label',
    text: 'Verzonden tekst',
    persona: 'Persona van een gesprek dat de prompt start',
    script: 'Of voer in plaats daarvan dit script uit (de entiteits-ID ervan, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'Bewerken',
    remove: 'Verwijderen',
    save: 'Opslaan',
    cancel: 'Annuleren',
    none: 'Geen',
    removed: (name: string) => `${name} verwijderd.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'Geheugen',
    intro:
      'Feiten die de assistent over je bewaart voor latere gesprekken, in je Home Assistant-gebruikersgegevens (alleen jij ziet ze). Hij voegt er een toe als je hem vraagt iets te onthouden, en elke toevoeging verschijnt in het gesprek met Ongedaan maken. Het geheugen wordt geëxporteerd met je gesprekken, nooit met de instellingen.',
    on: 'Geheugen gebruiken in gesprekken',
    budget: 'Tekens uit het geheugen die met elke vraag worden meegestuurd',
    fits: (shown: number, total: number, chars: string) =>
      `Van de ${total} feiten ${plural('nl', shown, { one: 'past er #', other: 'passen er #' })} in ${chars} tekens: eerst de feiten die het dichtst bij de vraag liggen, daarna de nieuwste.`,
    empty: 'Nog niets onthouden. Vraag de chat iets te onthouden, of voeg het hier toe.',
    newFact: 'Nieuw feit',
    add: 'Toevoegen',
    edit: 'Bewerken',
    save: 'Opslaan',
    cancel: 'Annuleren',
    remove: 'Verwijderen',
    fromChat: 'onthouden in een gesprek',
    byYou: 'door jou toegevoegd',
    openChat: 'Gesprek openen',
    removed: (fact: string) => `‘${fact}’ verwijderd.`,
    tooLong: (n: number) => `Een feit mag hoogstens ${n} tekens hebben.`,
    refused: 'Dit lijkt op een sleutel, token of ondertekend adres: het wordt niet bewaard.',
    full: (n: number) => `Het geheugen bevat hoogstens ${n} feiten: verwijder er eerst een paar.`,
    unreadable: 'Je geheugen kan nu niet worden gelezen.',
    invalid: (issues: string) =>
      `Je opgeslagen geheugen is niet geldig (${issues}); het blijft bewaard zoals het is en wordt hier niet gewijzigd.`,
  },
  scopeNote: {
    assist: 'Het model ziet de entiteiten die je voor Assist hebt ontsloten.',
    'assist-registry':
      'Het model ziet de entiteiten die voor Assist zijn ontsloten. Entiteiten zonder unieke ID worden weggelaten: alleen beheerders kunnen hun ontsluitingsinstelling lezen.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Deze pagina wordt via https geladen, dus de browser blokkeert aanroepen naar het onversleutelde http-adres ${url}.`,
    mixed_content_fix:
      'Bied de provider aan via https (een reverse proxy met een certificaat), of open Home Assistant via http in je lokale netwerk.',
    cors: (url: string) =>
      `De provider op ${url} antwoordde, maar staat geen aanroepen vanaf deze pagina toe (CORS).`,
    network: (url: string) => `Kan de provider op ${url} niet bereiken.`,
    redirect: (url: string) =>
      `De provider op ${url} antwoordde met een doorverwijzing naar een ander adres, en de kaart volgt geen doorverwijzingen.`,
    redirect_to: (url: string, location: string) =>
      `De provider op ${url} probeerde het verzoek door te sturen naar ${location}, en de kaart volgt geen doorverwijzingen.`,
    redirect_fix:
      'Een sleutel gaat alleen naar het adres waarvoor hij is opgeslagen. Als het andere adres het juiste is, vul het dan in als basis-URL (en de sleutel opnieuw).',
    too_long: (chars: string) =>
      `Het antwoord werd langer dan ${chars} tekens, het maximum voor één antwoord hier, en is daar gestopt.`,
    too_long_fix:
      'Wat binnenkwam, blijft bewaard. Vraag om een korter antwoord of om één deel tegelijk; als de provider eindeloos blijft sturen, controleer dan zijn server.',
    network_fix:
      'Controleer of de server draait, of het adres en de poort kloppen en of dit apparaat de server kan bereiken.',
    private_network: (url: string) =>
      `De browser heeft een aanroep vanaf dit openbare adres naar het privéadres ${url} geblokkeerd (Local Network Access).`,
    private_network_fix:
      'Sta toegang tot het lokale netwerk toe voor deze site wanneer de browser erom vraagt, of open Home Assistant via het lokale adres.',
    auth: (status: number) => `De provider heeft de API-sleutel geweigerd (HTTP ${status}).`,
    auth_fix:
      'Controleer de sleutel in de providerinstellingen; hij is mogelijk onjuist, verlopen of heeft geen toegang tot dit model.',
    auth_fix_litellm:
      'Deze LiteLLM heeft geen database en accepteert daarom alleen de master key: controleer de sleutel in de providerinstellingen.',
    not_found: 'De provider antwoordde ‘niet gevonden’ (HTTP 404).',
    not_found_fix_v1:
      'Eindigt de basis-URL op /v1? De meeste OpenAI-compatibele servers hebben dat nodig.',
    not_found_fix_model: 'Controleer de model-ID: de provider kent hem mogelijk niet.',
    bad_request: (status: number) => `De provider heeft het verzoek geweigerd (HTTP ${status}).`,
    bad_request_fix:
      'Controleer het model en de opties ervan (max. tokens, temperatuur) in de instellingen.',
    rate_limited: 'De provider beperkt het aantal verzoeken (HTTP 429).',
    rate_limited_wait: (s: number) => `Wacht ongeveer ${s} s en probeer het opnieuw.`,
    rate_limited_fix: 'Wacht even en probeer het opnieuw.',
    quota: 'Je account bij deze provider heeft geen tegoed meer of zit boven het quotum.',
    quota_fix:
      'Controleer de facturering of het budget van de sleutel bij de provider; opnieuw proberen helpt niet.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `Het verzoek is groter dan deze sleutel in één keer mag verzenden: ${requested} tokens, boven de limiet van ${limit}.`
        : 'Het verzoek is groter dan deze sleutel in één keer mag verzenden.',
    too_large_fix:
      'Verzend minder: minder eerdere berichten (Contextberichten), een kortere systeemprompt of een lagere Max. tokens; of vraag de provider om een hogere limiet. Opnieuw proberen helpt niet.',
    no_vision: 'Het model weigerde de afbeelding: het neemt geen afbeeldingen.',
    no_vision_fix:
      'Kies voor deze chat een model dat afbeeldingen aanneemt, of vraag zonder de afbeelding; zet Vision uit voor dit model in de instellingen, dan zegt de chat het vóór het versturen.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `Het gesprek is langer dan de context van het model, ${limit} tokens.`
        : 'Het gesprek is langer dan de context van het model.',
    context_length_fix:
      'Begin een nieuw gesprek, stuur minder eerdere berichten mee (Contextberichten) of stel de contextlengte van het model in bij de instellingen, zodat de oudste berichten worden weggelaten.',
    timeout_first: (s: number) => `De provider heeft ${s} s niets verzonden.`,
    timeout_idle: (s: number) =>
      `De provider is midden in het antwoord ${s} s gestopt met verzenden.`,
    timeout_fix:
      'Een lokale server is misschien nog het model aan het laden; probeer het opnieuw, of verhoog de time-out in de providerinstellingen.',
    server: (status: number) => `De provider had een interne fout (HTTP ${status}).`,
    server_fix:
      'Het is opnieuw geprobeerd en mislukte nog steeds. Controleer de logs van de provider en probeer het daarna opnieuw.',
    malformed: 'De provider stuurde een antwoord dat deze kaart niet kan lezen.',
    malformed_fix:
      'Controleer of de basis-URL naar een OpenAI-compatibele API wijst (meestal eindigend op /v1).',
    in_band: 'De provider meldde een fout tijdens het antwoorden.',
    agent: 'De gespreksagent van Home Assistant kon niet antwoorden.',
    agent_fix: 'Controleer de agent en zijn assistent in Instellingen → Spraakassistenten.',
    aborted: 'Gestopt.',
    provider_says: (text: string) => `De provider zegt: ‘${text}’`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM staat standaard elke origin toe; als je dat hebt beperkt, voeg dan dit Home Assistant-adres toe aan de toegestane origins.',
    ollama:
      'Ollama accepteert alleen aanroepen vanaf de eigen machine: stel OLLAMA_ORIGINS in op dit Home Assistant-adres (of *) en herstart Ollama.',
    vllm: 'Start vLLM met --allowed-origins inclusief dit Home Assistant-adres.',
    llamacpp:
      'llama-server staat browsers standaard toe; controleer een eventuele reverse proxy ervoor.',
    lmstudio:
      'Schakel CORS in bij de serverinstellingen van LM Studio (of lms server start --cors).',
    openai:
      'De provider hoort browsers toe te staan; een proxy of browserextensie daartussen blokkeert de aanroep mogelijk.',
    generic:
      'Sta dit Home Assistant-adres (de origin) toe in de CORS-instellingen van de provider, of zet er een proxy voor die CORS-headers toevoegt.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} op ${targets}`,
};
