import type { Strings } from './en';
import { plural } from './plural';

/** Italian. */
export const strings: Strings = {
  cardName: 'Conversazione compatibile con OpenAI',
  cardDescription:
    'Chatta con il tuo provider compatibile con OpenAI (LiteLLM, Ollama, vLLM, OpenAI…) e agisci sulla tua casa.',
  panelTitle: 'Chat IA',
  message: 'Messaggio',
  send: 'Invia',
  stop: 'Interrompi',
  placeholder: 'Chiedi qualsiasi cosa…',
  emptyConversation: 'Saluta per iniziare una conversazione.',
  you: 'Tu',
  assistant: 'Assistente',
  thinking: 'Sta pensando',
  reasoning: 'Ragionamento',
  cutOff: 'La risposta è stata interrotta qui.',
  stoppedByUser: 'Interrotto.',
  dismiss: 'Chiudi',
  retry: 'Riprova',
  announceAnswer: (text: string) => `Assistente: ${text}`,
  retrying: (s: number) => `Nuovo tentativo tra ${s} s…`,

  // Per message.
  msg: {
    copy: 'Copia',
    readAloud: 'Leggi ad alta voce',
    stopReading: 'Interrompi lettura',
    copied: 'Copiato',
    copyCode: 'Copia codice',
    edit: 'Modifica',
    editLabel: 'Modifica messaggio',
    sendEdited: 'Invia messaggio modificato',
    cancel: 'Annulla',
    regenerate: 'Rigenera',
    continue: 'Continua',
    delete: 'Elimina',
    previousVariant: 'Variante precedente',
    nextVariant: 'Variante successiva',
    variantOf: (i: number, n: number) => `Variante ${i} di ${n}`,
    writtenBy: (model: string) => `Scritto da ${model}`,
    notSaved: 'Non ancora salvato',
    notSavedWhy:
      'Home Assistant non è ancora riuscito a salvarlo. Verrà ritentato appena torna la connessione; tieni aperta questa pagina fino ad allora.',
    earlier: (n: number) => `Mostra messaggi precedenti (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Impossibile leggere questa conversazione (${issues}). Viene conservata così com’è.`,
    tooLarge: (mb: string, max: string) =>
      `Questa conversazione occupa ${mb} MB, più di quanto Home Assistant possa salvare in un unico blocco (${max} MB): ciò che è stato detto per ultimo è mostrato qui ma non viene salvato.`,
    tooLargeFix:
      'Esporta la conversazione per conservarne una copia e inizia una nuova conversazione. Anche eliminare le risposte lunghe libera spazio.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
  freshConversation:
    'Inizia una nuova conversazione a ogni visita (chioschi, tablet a parete); le precedenti restano nell’elenco del pannello',
  openInPanel: 'Apri nel pannello',
  conversations: {
    list: 'Conversazioni',
    toggle: 'Mostra conversazioni',
    new: 'Nuova conversazione',
    search: 'Cerca conversazioni',
    searchPlaceholder: 'Cerca in titoli e messaggi',
    untitled: 'Nuova conversazione',
    today: 'Oggi',
    yesterday: 'Ieri',
    options: (title: string) => `Opzioni per ${title}`,
    rename: 'Rinomina',
    renameLabel: 'Nome della conversazione',
    archive: 'Archivia',
    unarchive: 'Estrai dall’archivio',
    archived: (n: number) => `Archiviate (${n})`,
    exportMarkdown: 'Esporta come Markdown',
    exportJson: 'Esporta come JSON',
    delete: 'Elimina',
    deleted: (title: string) => `«${title}» eliminata.`,
    undo: 'Annulla',
    noMatches: 'Nessuna conversazione corrisponde.',
    unreadable: (issues: string) =>
      `Impossibile leggere l’elenco delle conversazioni (${issues}). Viene conservato così com’è; le nuove conversazioni non vi compaiono finché non viene corretto.`,
    empty: 'Ancora nessuna conversazione.',
    model: 'Modello',
    modelDefault: (name: string) => `Predefinito (${name})`,
    shortcuts:
      'Alt+Shift+N: nuova conversazione · /: casella del messaggio · Esc: interrompi la risposta',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Conversazioni',
    measuring: 'Misurazione dello spazio occupato dalle conversazioni…',
    used: (n: number, used: string, budget: string) =>
      `${plural('it', n, { one: '# conversazione', other: '# conversazioni' })}, ${used} dei ${budget} riservati a esse nei tuoi dati utente di Home Assistant`,
    near: 'Le conversazioni si stanno avvicinando allo spazio loro riservato. Esporta e archivia quelle più vecchie (Archivia nell’elenco, poi spostale qui in un file) o eliminane alcune. Non viene rimosso nulla se non lo fai tu.',
    over: 'Le conversazioni occupano più dello spazio loro riservato. Sono ancora tutte conservate, ma Home Assistant riscrive questi dati a ogni messaggio e li include in ogni backup: esporta e archivia quelle più vecchie o eliminane alcune.',
    largeConversation: (title: string, size: string) =>
      `Da sola, «${title}» occupa ${size}. Home Assistant non può salvare una conversazione molto più grande di 3 MB: esportala e continua in una nuova.`,
    explain:
      'Le conversazioni si trovano nei tuoi dati utente di Home Assistant, accanto alle impostazioni, quindi le vedi da ogni dispositivo con cui accedi. Non viene eliminato nulla se non lo elimini tu.',
    exportMarkdown: 'Esporta tutto come Markdown',
    exportJson: 'Esporta tutto come JSON',
    import: 'Importa conversazioni',
    imported: (n: number, added: number, changed: number) =>
      `${plural('it', n, { one: 'Letta # conversazione', other: 'Lette # conversazioni' })} dal file: ${plural('it', added, { one: '# nuova', other: '# nuove' })}, ${changed} con messaggi aggiunti.`,
    moveArchived: (n: number) =>
      `Sposta ${plural('it', n, { one: '# archiviata', other: '# archiviate' })} in un file`,
    confirmMove: (n: number) =>
      plural('it', n, {
        one: '# conversazione archiviata si trova nel file appena salvato. Rimuoverla ora da Home Assistant?',
        other:
          'Le # conversazioni archiviate si trovano nel file appena salvato. Rimuoverle ora da Home Assistant?',
      }),
    moved: (n: number) =>
      plural('it', n, {
        one: '# conversazione archiviata spostata nel file.',
        other: '# conversazioni archiviate spostate nel file.',
      }),
  },
  exportTool: 'Strumento',
  importWhat: 'Importazione',
  importMismatch: (entry: string, doc: string) =>
    `la voce ${entry} e la conversazione ${doc} non corrispondono`,

  noProvider:
    'Nessun provider ancora configurato. Aggiungine uno nell’editor di questa scheda (o nelle impostazioni di Chat IA).',
  unknownProvider: (id: string) =>
    `Questa scheda usa il provider «${id}», che non è più nelle impostazioni. Scegline un altro nell’editor della scheda.`,
  noModel: (provider: string) =>
    `Il provider «${provider}» non ha un modello selezionato. Scegli un modello nell’editor della scheda.`,
  settingsInvalid: (issues: string) =>
    `Impossibile leggere le impostazioni di Chat IA (${issues}). Vengono conservate così come sono; correggile o esportale nelle impostazioni.`,
  settingsLoading: 'Caricamento delle impostazioni…',

  // Settings pages.
  voice: {
    speak: 'Parla',
    noStt:
      'Il tuo assistente vocale non ha il riconoscimento vocale: scegline uno in Impostazioni → Assistenti vocali.',
    sttRefused: (said: string) =>
      `Il riconoscimento vocale del tuo assistente vocale non accetta l’audio che invia la finestra vocale di Home Assistant (16 kHz mono). Scegline un altro in Impostazioni → Assistenti vocali. Home Assistant dice: ${said}`,
    nothingHeard: 'Non è stato capito nulla. Parla di nuovo, più vicino al microfono.',
    micRefused:
      'Il browser non ha il permesso di usare il microfono: consentilo per questo sito (l’icona nella barra degli indirizzi) e riprova.',
    noMic: 'Nessun microfono trovato su questo dispositivo.',
    insecure:
      'I browser danno il microfono solo alle pagine sicure: apri Home Assistant tramite https (o su questo computer tramite localhost).',
    sendSpoken: 'Invia subito ciò che dici (altrimenti finisce nella casella del messaggio)',
    noPipeline:
      'Nessun assistente vocale è configurato in Home Assistant: aggiungine uno in Impostazioni → Assistenti vocali.',
    noTts:
      'Il tuo assistente vocale non ha la sintesi vocale: scegline una in Impostazioni → Assistenti vocali.',
    failed: (what: string) => `La funzione vocale non è riuscita: ${what}`,
    autoRead:
      'Leggi ad alta voce ogni risposta appena completata (sintesi vocale del tuo assistente vocale, per tutte le tue chat)',
  },
  agents: {
    cardLimits:
      'Questa scheda limita ciò che l’assistente può fare (strumenti disattivati o un ambito più ristretto) e il tuo modello predefinito è un agente di Home Assistant, che agisce secondo le proprie regole. Scegli il modello di un provider per questa scheda nel suo editor.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Agenti di Home Assistant',
    note: 'Gli agenti di Home Assistant agiscono sulla casa con i propri strumenti e permessi: Approva e l’ambito di questa scheda non si applicano a ciò che fanno.',
    noPictures:
      'Gli agenti di Home Assistant non accettano immagini: scegli il modello di un fornitore per chiedere di un’immagine.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Usa la memoria',
    useHint: 'Ciò che hai chiesto all’assistente di ricordare accompagna questa conversazione.',
    without: 'Questa conversazione non usa la tua memoria.',
    undo: 'Annulla',
    undone: 'Annullato',
    remembered: (fact: string) => `Memorizzato «${fact}»`,
    changed: (before: string, after: string) => `Modificato «${before}» in «${after}»`,
    forgot: (fact: string) => `Dimenticato «${fact}»`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Casa',
    energy: 'Energia',
    kids: 'Bambini',
    pick: 'Personalità',
    none: 'Nessuna personalità',
    using: (name: string) => `Personalità: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'Buonanotte',
    goodNightText:
      'Buonanotte: spegni le luci ancora accese e dimmi se le porte sono chiuse a chiave.',
    whatsOpen: 'Cos’è aperto?',
    whatsOpenText: 'Quali porte, finestre e tapparelle sono aperte in questo momento?',
    energyToday: 'Energia di oggi',
    energyTodayText: 'Quanta energia ha consumato la casa oggi?',
    title: 'Prompt rapidi',
    noMatch: 'Nessun prompt rapido corrisponde.',
    ran: (label: string) => `${label}: fatto.`,
    notRun: (label: string) => `${label}: non eseguito.`,
    templateFailed: (why: string) => `Impossibile elaborare il template del prompt rapido: ${why}`,
  },
  images: {
    attach: 'Allega immagine',
    snapshot: 'Istantanea della telecamera',
    camera: 'Telecamera',
    pickCamera: 'Scegli una telecamera…',
    noCamera: 'Nessuna telecamera nell’ambito di questa chat (telecamere esposte ad Assist).',
    snapshotFailed: 'Non è stato possibile ottenere l’immagine della telecamera da Home Assistant.',
    attached: 'Immagini da inviare',
    picture: (n: number) => `Immagine ${n}`,
    remove: (n: number) => `Rimuovi immagine ${n}`,
    sent: 'Immagine inviata con la domanda',
    tooMany: (n: number) => `Con una domanda vanno al massimo ${n} immagini.`,
    unreadable: 'Non è stato possibile leggere il file come immagine.',
    noVision: (model: string) =>
      `${model} è impostato come modello senza immagini (Vision è disattivato nelle sue impostazioni): attiva Vision per il modello o scegline uno che accetti immagini.`,
    vision: 'Vision: accetta immagini',
    fromTool: 'Immagine mostrata al modello',
  },
  context: {
    label: 'Contesto',
    used: (tokens: string, limit: string) => `${tokens} di ${limit} token`,
    leftOut: (n: number) =>
      `Messaggi precedenti esclusi per rientrare nel contesto del modello: ${n}`,
    length: 'Lunghezza del contesto (token)',
    learned: (n: string) => `Il provider ha indicato un contesto di ${n} token.`,
  },
  usage: {
    title: 'Consumo',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} in ingresso · ${output} in uscita`,
    answerLong: (input: string, output: string) =>
      `${input} token in ingresso, ${output} token in uscita`,
    reasoning: (n: string) => `di cui ${n} di ragionamento`,
    cached: (n: string) => `${n} dalla cache del provider`,
    estimated:
      'Stimato: il provider non ha indicato alcun consumo, quindi è stato calcolato dal testo.',
    priced: 'Costo calcolato dai prezzi impostati per questo modello.',
    conversation: (tokens: string) => `Questa conversazione: ${tokens} token`,
    days: 'Ultimi 30 giorni',
    chart: 'Token per giorno e modello, ultimi 30 giorni',
    model: 'Modello',
    answers: 'Risposte',
    input: 'Token in ingresso',
    output: 'Token in uscita',
    cost: 'Costo',
    total: 'Totale',
    none: 'Ancora niente di conteggiato: il consumo compare qui dopo la prima risposta.',
    someEstimated: (n: string) => `${n} stimate (consumo non indicato)`,
    explain:
      'Conteggiato in base a quanto ogni provider indica con la sua risposta, altrimenti stimato dal testo (circa quattro caratteri per token). Il costo è quello indicato dal provider (OpenRouter), altrimenti quello che risulta dai prezzi che hai impostato per un modello. Conservato nei tuoi dati utente di Home Assistant: ogni richiesta per una settimana, poi un totale per modello e giorno; eliminare una conversazione non lo modifica.',
    budget: 'Budget mensile (US$)',
    budgets: 'Budget mensili',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} di ${budget} questo mese`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} è costato ${spent} questo mese, più del suo budget mensile di ${budget}.`,
    priceInput: 'Prezzo per milione di token in ingresso (US$)',
    priceOutput: 'Prezzo per milione di token in uscita (US$)',
  },
  settings: {
    title: 'Impostazioni',
    providers: 'Provider',
    addProvider: 'Aggiungi provider',
    editProvider: (name: string) => `Modifica ${name}`,
    authMode: 'Chiavi',
    authGlobal: 'Una chiave per tutti i modelli',
    authPerModel: 'Una chiave per modello',
    keySaved: 'Salvata — digita per sostituirla',
    keyMoved: (from: string, to: string) =>
      `La chiave salvata era per ${from}: non viene inviata a ${to}. Digita la chiave per il nuovo indirizzo.`,
    removeKey: 'Rimuovi la chiave salvata',
    timeout: 'Timeout (secondi, per il primo byte e tra un blocco e l’altro)',
    addModel: 'Aggiungi',
    modelsFetched: (n: number, when: string) =>
      `${plural('it', n, { one: '# modello dal provider, recuperato', other: '# modelli dal provider, recuperati' })} ${when}.`,
    chosenModels: 'Modelli di questo provider',
    removeModel: (id: string) => `Rimuovi ${id}`,
    remove: 'Rimuovi',
    displayName: 'Nome visualizzato',
    modelKey: (id: string) => `Chiave API per ${id}`,
    modelTools: 'Strumenti (chiamata di funzioni): questo modello può agire sulla casa',
    edit: 'Modifica',
    makeDefault: 'Imposta come predefinito',
    isDefault: 'Predefinito',
    defaultModel: 'Modello predefinito',
    modelsCount: (n: number) => plural('it', n, { one: '# modello', other: '# modelli' }),
    keyState: {
      global: 'chiave salvata',
      none: 'nessuna chiave',
      per_model: 'una chiave per modello',
    },
    confirmRemove: (name: string) =>
      `Rimuovere ${name}? La sua chiave viene eliminata insieme; le schede che lo usano lo segnaleranno finché non scegli un altro provider.`,
    noProviders:
      'Ancora nessun provider. Aggiungine uno: LiteLLM, Ollama, vLLM, OpenAI… (l’URL di base di solito termina con /v1).',
    export: 'Esporta impostazioni',
    exportHint: 'Un file JSON senza alcuna chiave.',
    import: 'Importa impostazioni',
    importReview: 'Cosa cambia importando questo file',
    importLoosens: 'Meno sicuro:',
    importNoChanges: 'Non cambia nulla.',
    importConfirm: 'Importa',
    importKeysNeeded: (names: string[]) =>
      `Dopo l’importazione, aggiungi le chiavi di: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `${plural('it', n, { one: 'Importato # provider', other: 'Importati # provider' })}.${missing.length ? ` Aggiungi le chiavi di: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Impossibile leggere le impostazioni',
    invalidBody:
      'Vengono conservate esattamente come sono. Esportale per correggerle a mano, poi importa il file corretto, oppure ricomincia da zero (una copia viene conservata nei tuoi dati utente).',
    exportBroken: 'Esporta il documento',
    startOver: 'Ricomincia da zero',
    confirmStartOver:
      'Sostituire le impostazioni con impostazioni vuote? Una copia del documento attuale viene conservata.',
    saved: 'Salvato.',
    back: 'Torna alla chat',
    managePrompt:
      'Provider, modelli e chiavi si gestiscono nelle impostazioni del pannello Chat IA.',
    openSettings: 'Apri impostazioni',
    maxRounds: 'Cicli di strumenti per risposta',
    server: 'Server',
    name: 'Nome',
    baseUrl: 'URL di base',
    apiKey:
      'Chiave API (facoltativa; conservata nei tuoi dati utente di Home Assistant, mai nella scheda)',
    cancel: 'Annulla',
    saveProvider: 'Salva provider',
    loadModels: 'Carica modelli',
    reloadModels: 'Ricarica modelli',
    typeModel: 'Oppure digita un ID modello',
    searchModels: 'Cerca modelli',
    models: 'Modelli',
    noModelsMatch: 'Nessun modello corrisponde.',
    moreModels: (n: number) => `Altri ${n}: restringi la ricerca.`,
    maxTokens: 'Token massimi',
    temperature: 'Temperatura',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Appreso dalle risposte del provider: ${[
        l.token_param === 'max_completion_tokens'
          ? 'la lunghezza della risposta viene inviata come max_completion_tokens (ha rifiutato max_tokens)'
          : '',
        l.temperature === false
          ? 'la temperatura non viene inviata (accetta solo il suo valore predefinito)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Dimentica',
    forgetLearned: (id: string) => `Dimentica ciò che è stato appreso su ${id}`,
    serverAuto: (name: string) => `Riconosciuto dall’indirizzo (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Titolo',
    agent: 'Agente',
    systemPrompt: 'Modello del prompt di sistema',
    maxTokens: 'Token massimi',
    temperature: 'Temperatura',
    contextMessages: 'Messaggi di contesto',
    home: 'Casa',
    onlyDomains: 'Solo questi domini',
    onlyAreas: 'Solo queste aree',
    onlyEntities: 'Solo queste entità',
    search: 'Cerca',
    providerAndModel: 'Provider e modello',
    noProviderYet: 'Ancora nessun provider: aggiungine uno per iniziare a chattare.',
    provider: 'Provider',
    model: 'Modello',
    default: 'Predefinito',
    defaultNamed: (name: string) => `Predefinito (${name})`,
    addProvider: 'Aggiungi provider',
    settingsInvalid: (issues: string) => `Le impostazioni non sono valide: ${issues}`,
    persona: 'Personalità',
    personaNone: 'Nessuna (modello e prompt predefiniti)',
    chips: 'Prompt rapidi mostrati come pulsanti',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menu',
  connectionLost: 'La connessione a Home Assistant è stata persa.',
  outdated:
    'Questa scheda è stata aggiornata dopo il caricamento della pagina: ricarica la pagina.',

  picker: {
    add: (text: string) => `Aggiungi «${text}»`,
    remove: (name: string) => `Rimuovi ${name}`,
    noMatch: 'Nessun risultato',
    more: 'Altri risultati: digita per restringere l’elenco',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB sono più di quanto Home Assistant possa salvare in un unico blocco (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: «${id}» non è un ID che questa scheda scrive (lettere, cifre, _ . ~ -, al massimo 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `La conversazione ${id} occupa ${(bytes / 1e6).toFixed(1)} MB, più di quanto Home Assistant possa salvare in un unico blocco (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `Il file supera ${Math.round(bytes / 1_048_576)} MB, più di quanto un file del genere richieda mai: scegli il file che hai esportato.`,
    cardConfig: 'Configurazione della scheda',
    secretInCard: (key: string) =>
      `«${key}» non deve stare in una scheda: ogni utente che può aprire questa plancia può leggerne la configurazione. Rimuovilo e aggiungi la chiave nelle impostazioni di Chat IA, che la conservano nei tuoi dati utente di Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `scritto da una versione più recente di questa scheda (${what} versione ${version}); aggiorna la scheda — viene conservato così com’è`,
    noUpgrade: (version: number) =>
      `nessun aggiornamento dalla versione ${version} delle impostazioni`,
    settingsInvalid: (issues: string) =>
      `Le impostazioni salvate non sono valide (${issues}); non sono state sovrascritte.`,
    olderList: 'una versione precedente dell’elenco delle conversazioni; ricarica la pagina',
    notJson: 'il file non è JSON',
    notSettings: 'il file non contiene un documento di impostazioni',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Verifica connessione',
    running: 'Verifica in corso…',
    titles: {
      address: 'Indirizzo',
      reach: 'Server raggiungibile',
      cors: 'Chiamate da questa pagina consentite (CORS)',
      key: 'Chiave API',
      models: 'Elenco dei modelli (/models)',
      completion: 'Una risposta di un token',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: 'superato', warn: 'avviso', fail: 'non riuscito', skipped: 'non verificato' },
    skipped: 'Non verificato: un passaggio precedente non è riuscito.',
    badUrl: (url: string) => `«${url}» non è un indirizzo http(s).`,
    badUrlFix: 'Digita l’indirizzo completo, ad es. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, richiamabile da questa pagina.`,
    reachOk: (host: string) => `${host} risponde.`,
    corsOk: 'Il server consente le chiamate da questa pagina.',
    keyOk: 'La chiave è stata accettata.',
    noKeyOk: 'Nessuna chiave inviata e il server non ne ha richiesta una.',
    modelsOk: (n: number) =>
      plural('it', n, { one: '# modello elencato.', other: '# modelli elencati.' }),
    modelNotListed: (n: number, model: string) =>
      `${plural('it', n, { one: '# modello elencato', other: '# modelli elencati' })}, ma non «${model}».`,
    modelNotListedFix:
      'Controlla l’ID del modello; alcuni server elencano solo una parte di ciò che offrono, quindi il passaggio successivo lo prova.',
    noModelList: 'Questo server non ha un elenco dei modelli: digita gli ID dei modelli a mano.',
    noModelListFix: 'Niente da correggere se la risposta qui sotto funziona.',
    v1Fix:
      'L’URL di base termina con /v1? La maggior parte dei server compatibili con OpenAI lo richiede.',
    noModel: 'Nessun modello ancora scelto: scegline o digitane uno, poi ripeti la verifica.',
    completionOk: (model: string) => `${model} ha risposto.`,
    unknownModel: (model: string) => `Il provider non conosce il modello «${model}».`,
    unknownModelFix:
      'Scegli il modello dall’elenco del provider (Ricarica modelli) o controlla come lo scrive il provider.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (intestazione api-key)',
    anthropic: 'Anthropic (compatibilità OpenAI)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (compatibilità OpenAI)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Altro server compatibile con OpenAI',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `Il modello continuava a chiamare strumenti: interrotto dopo ${plural('it', n, { one: '# ciclo', other: '# cicli' })}. Chiedi di nuovo o alza il limite nelle impostazioni.`,
  toolsUnsupported:
    'Questo modello non supporta gli strumenti. Disattivali per questo modello nell’editor della scheda (Strumenti) o scegli un modello che supporti la chiamata di funzioni.',
  approve: 'Approva',
  deny: 'Rifiuta',
  toolNeedsApproval: (what: string) => `Vuole eseguire ${what}. Approvare?`,
  cameraApproval: (camera: string) => `Vuole guardare attraverso ${camera}. Approvare?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Vuole eseguire ${what}, con ${reasons}. Approvare?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Aggiunge il provider ${name} (${origin}).`,
    providerRemoved: (name: string) => `Rimuove il provider ${name} e le sue chiavi.`,
    providerMoved: (name: string, from: string, to: string) => `Sposta ${name} da ${from} a ${to}.`,
    providerChanged: (name: string) => `Modifica le impostazioni di ${name}.`,
    keyRetype: (name: string) =>
      `${name} ora va a un altro indirizzo o tipo di server: la sua chiave salvata non viene inviata lì. Digita di nuovo la chiave nelle sue impostazioni.`,
    cameraApprovalOn: 'Il modello chiede prima di guardare attraverso una telecamera.',
    cameraApprovalOff: 'Il modello guarda attraverso le telecamere senza chiedere prima.',
    confirmRemoved: (items: string) => `Non si chiede più prima di agire su: ${items}.`,
    confirmAdded: (items: string) => `Si chiede prima di agire su: ${items}.`,
    toolsOn: 'Il modello può agire sulla tua casa.',
    toolsOff: 'Il modello non agisce più sulla tua casa.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) può agire sulla tua casa.`,
    maxRounds: (from: number, to: number) => `Cicli di strumenti per risposta: ${from} → ${to}.`,
    autoReadOn: 'Ogni risposta viene letta ad alta voce appena completata.',
    autoReadOff: 'Le risposte non vengono più lette ad alta voce da sole.',
    sendSpokenOn: 'Ciò che dici viene inviato subito, senza uno sguardo al testo.',
    sendSpokenOff: 'Ciò che dici finisce prima nella casella del messaggio.',
    promptChanged: 'Il prompt di sistema cambia.',
    defaultChanged: (to: string) => `Il modello predefinito diventa ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `un’azione su ${names}`,
    address: (field: string, value: string) => `un indirizzo in ${field}: ${value}`,
    path: (field: string, value: string) => `un percorso di file in ${field}: ${value}`,
    entity: (field: string, name: string) => `un’altra entità in ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Il modello ha chiesto più di ${n} azioni in una sola risposta; le altre non sono state eseguite.`,
  toolStatus: {
    awaiting: 'In attesa della tua approvazione',
    running: 'In esecuzione…',
    done: 'Fatto',
    error: 'Non riuscito',
    denied: 'Rifiutato',
    stopped: 'Non eseguito',
    unknown:
      'Esito sconosciuto: la connessione a Home Assistant si è interrotta durante l’esecuzione. Verificalo.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Ha acceso ${names}`,
      turn_off: (names: string) => `Ha spento ${names}`,
      toggle: (names: string) => `Ha attivato/disattivato ${names}`,
      lock: (names: string) => `Ha bloccato ${names}`,
      unlock: (names: string) => `Ha sbloccato ${names}`,
      open: (names: string) => `Ha aperto ${names}`,
      close: (names: string) => `Ha chiuso ${names}`,
      press: (names: string) => `Ha premuto ${names}`,
      temperature: (names: string) => `Ha impostato la temperatura di ${names}`,
      play: (names: string) => `Ha avviato la riproduzione su ${names}`,
      pause: (names: string) => `Ha messo in pausa ${names}`,
      script: (names: string) => `Ha eseguito ${names}`,
      scene: (names: string) => `Ha attivato ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Accendi ${names}`,
      turn_off: (names: string) => `Spegni ${names}`,
      toggle: (names: string) => `Attiva/disattiva ${names}`,
      lock: (names: string) => `Blocca ${names}`,
      unlock: (names: string) => `Sblocca ${names}`,
      open: (names: string) => `Apri ${names}`,
      close: (names: string) => `Chiudi ${names}`,
      press: (names: string) => `Premi ${names}`,
      temperature: (names: string) => `Imposta la temperatura di ${names}`,
      play: (names: string) => `Avvia la riproduzione su ${names}`,
      pause: (names: string) => `Metti in pausa ${names}`,
      script: (names: string) => `Esegui ${names}`,
      scene: (names: string) => `Attiva ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argomenti',
  toolResult: 'Risultato',
  toolLiveState: 'Adesso',
  toolNames: {
    list_entities: 'Elenco delle entità',
    get_entity: 'Lettura di',
    call_service: 'Chiamata a',
    list_areas: 'Elenco delle aree',
    get_history: 'Lettura della cronologia di',
    get_camera_image: 'Ha guardato attraverso',
    home_assistant: 'Home Assistant ha agito su',
    list_automations: 'Elenco di automazioni e script',
    get_automation: 'Lettura di',
    get_automation_traces: 'Lettura delle tracce di',
    get_logbook: 'Lettura del registro',
    propose_automation: 'Bozza di un’automazione',
    propose_script: 'Bozza di uno script',
    remember: 'Ricordo salvato',
    update_memory: 'Ricordo modificato',
    forget: 'Ricordo dimenticato',
  },
  confirmField:
    'Chiedi anche prima di agire su (domini o entità, per tutte le tue chat; serrature, allarmi e porte del garage chiedono sempre)',
  cameraApprovalField:
    'Chiedi prima che il modello guardi attraverso una telecamera (per tutte le tue chat)',
  toolsToggle: 'Consenti al modello di leggere e controllare la casa (strumenti)',
  scopeNarrow:
    'Restringi questo ambito per questa scheda qui sotto (separati da virgole; vuoto: nessuna restrizione).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Strumenti da MCP',
    explain:
      'Strumenti delle API LLM di Home Assistant e dei server Model Context Protocol, che il modello può chiamare. Ciò che un server dice dei suoi strumenti viene mostrato a te qui e non entra mai nelle istruzioni del modello; ogni chiamata è una riga nella conversazione e attende Approva, a meno che tu non ti fidi di quello strumento.',
    ownTools: 'Dai al modello anche gli strumenti di questa scheda per agire sulla casa',
    haTitle: 'API LLM di Home Assistant',
    haLoading: 'Ricerca del server MCP di Home Assistant…',
    haLacks: (version: string) =>
      `Home Assistant ${version} non ha il Model Context Protocol Server: è arrivato con la 2025.2, e il suo indirizzo per ogni API (/api/mcp/<API>) più tardi. Aggiorna Home Assistant per usarne qui le API.`,
    haNotSetUp:
      'Per usare qui le API LLM di Home Assistant, aggiungi la sua integrazione Model Context Protocol Server: Impostazioni → Dispositivi e servizi → Aggiungi integrazione → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant consente le sue altre API solo agli amministratori; tu puoi usare Assist.',
    narrowNote:
      'Una scheda che restringe ciò che il modello vede non usa queste API: i loro strumenti vedono tutte le entità esposte ad Assist.',
    useApi: (name: string) => `Usa ${name} nelle chat`,
    showTools: (name: string) => `Strumenti di ${name}`,
    listing: 'Elenco degli strumenti in corso…',
    noTools: 'Non offre strumenti.',
    modes: {
      auto: 'Secondo le regole della casa',
      ask: 'Chiedi prima',
      trust: 'Attendibile',
      off: 'Disattivato',
    },
    modeOf: (tool: string) => `Come il modello può usare ${tool}`,
    serversTitle: 'Server MCP',
    noServers: 'Ancora nessun server MCP.',
    add: 'Aggiungi server MCP',
    edit: (name: string) => `Modifica ${name}`,
    remove: (name: string) => `Rimuovi ${name}`,
    enabled: (name: string) => `Usa ${name} nelle chat`,
    name: 'Nome',
    url: 'Indirizzo (streamable HTTP, ad es. https://host:port/mcp)',
    token: 'Token bearer (facoltativo; conservato nei tuoi dati utente, mai esportato)',
    tokenSaved: 'salvato; digita per sostituirlo',
    tokenMoved:
      'L’indirizzo ora porta a un altro server: il token salvato non viene inviato lì. Digitalo di nuovo se questo server deve averlo.',
    test: 'Verifica',
    testing: 'Verifica in corso…',
    save: 'Salva',
    cancel: 'Annulla',
    testOk: (name: string, n: number) =>
      `${name} ha risposto e offre ${plural('it', n, { one: '# strumento', other: '# strumenti' })}.`,
    testFirst: 'Prima verifica il server: i suoi strumenti vengono elencati qui per sceglierli.',
    describedAs: 'Ciò che il server ne dice (mostrato a te, mai al modello come istruzioni)',
    failed: {
      cors: (origin: string) =>
        `Il server ha risposto, ma non consente a questa pagina di chiamarlo (CORS). Deve rispondere alle richieste da ${origin} con Access-Control-Allow-Origin, consentire i metodi POST, GET e DELETE e le intestazioni Content-Type, Authorization, Mcp-Session-Id e Mcp-Protocol-Version (Access-Control-Allow-Headers), ed esporre Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Nessuna risposta a questo indirizzo. Controlla host e porta, e che il server sia in ascolto dove questo browser può raggiungerlo (non solo sul proprio loopback).',
      mixed_content:
        'Questa pagina è servita tramite https e il server tramite http: il browser lo rifiuta. Servi il server tramite https (lo fa un reverse proxy) oppure apri Home Assistant tramite http.',
      redirect:
        'Il server ha inviato la richiesta a un altro indirizzo; la scheda non segue mai un reindirizzamento con il tuo token. Inserisci l’indirizzo a cui porta.',
      auth: 'Il server vuole un token che accetti (401): inserisci il suo token bearer.',
      forbidden:
        'Il server ha rifiutato questo utente (403). Home Assistant consente solo agli amministratori di usare le sue API diverse da Assist.',
      not_found:
        'Nessun endpoint MCP a questo indirizzo (404). I server streamable HTTP di solito rispondono a un percorso come /mcp.',
      timeout: 'Il server non ha risposto entro 30 secondi.',
      garbage: 'Il server ha risposto con qualcosa che non è il Model Context Protocol.',
      too_large: 'La risposta del server era più grande di quanto la scheda legge (1 MB).',
      rpc: 'Il server ha risposto alla richiesta con un errore.',
      http: (status: number) => `Il server ha risposto HTTP ${status}.`,
      said: (words: string) => `Ha detto: «${words}»`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Nuova automazione: ${name}`,
    newScript: (name: string) => `Nuovo script: ${name}`,
    changeTo: (name: string) => `Modifica di ${name}`,
    untitled: 'senza nome',
    when: 'Quando',
    onlyIf: 'Solo se',
    then: 'Allora',
    yaml: 'YAML',
    diff: 'Modifiche',
    diffLabel: (removed: number, added: number) =>
      `${plural('it', removed, { one: '# riga rimossa', other: '# righe rimosse' })}, ${plural('it', added, { one: '# aggiunta', other: '# aggiunte' })}`,
    save: 'Salva',
    discard: 'Scarta',
    runNow: 'Esegui ora',
    checkConditions: 'Verifica le sue condizioni',
    saving: 'Salvataggio in corso, in attesa che Home Assistant lo carichi…',
    running: 'In esecuzione…',
    ran: 'Home Assistant l’ha eseguito.',
    runFailed: (why: string) => `Home Assistant non l’ha eseguito: ${why}`,
    saved: (name: string) => `Salvato: ${name}.`,
    openInHa: 'Apri in Home Assistant',
    discarded: 'Scartato. Non è stato scritto nulla.',
    notAdmin:
      'Solo un amministratore può salvare automazioni e script in Home Assistant. Chiedi a un amministratore di salvarlo, o di renderti amministratore.',
    busy: 'Salva e Scarta compaiono quando la risposta è completa.',
    problemsTitle:
      'Non ancora pronto per il salvataggio: il modello è stato informato e potrebbe riproporlo corretto.',
    notesTitle: 'Prima di salvare',
    unreadable: 'Questa bozza non può essere letta da questa versione della scheda.',
    failed: {
      not_admin: 'Solo un amministratore può salvare automazioni e script in Home Assistant.',
      problems: 'Non salvato: la casa è cambiata da quando è stata scritta la bozza.',
      moved: (entity: string) =>
        `Non salvato: ${entity} non è più l’automazione da cui è stata letta questa modifica.`,
      refused: (message: string) => `Home Assistant l’ha rifiutato: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant l’ha scritto (id ${key}) ma non l’ha caricato. Verifica che configuration.yaml includa automations.yaml e scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant segnala su ${at}: ${words}`,
      unknown_keys: (keys: string) => `Chiavi che Home Assistant non conosce: ${keys}`,
      both_keys: (keys: string) => `Sia la chiave al singolare sia quella al plurale: ${keys}`,
      missing: (key: string) => `${key} manca o è vuoto`,
      blueprint: 'Le automazioni create da un progetto si modificano nell’editor di Home Assistant',
      out_of_scope: (ids: string) =>
        `Entità al di fuori di quelle che questa chat può usare: ${ids}`,
      unknown_entity: (ids: string) => `Entità inesistente: ${ids}`,
      wrong_domain: (what: string) => `Un’azione su entità di un altro dominio: ${what}`,
      no_target: (service: string) =>
        `${service} non agisce su nessuna entità che questa chat può usare`,
      device_target: (service: string) =>
        `${service} è rivolto a un dispositivo, un piano o un’etichetta, che non si possono verificare`,
      device_action: 'Un’azione di dispositivo, che non si può verificare',
      template_service: (service: string) => `L’azione è un template: ${service}`,
      template_target: (service: string) => `Le destinazioni di ${service} sono un template`,
      unknown_area: (area: string) => `Area inesistente: ${area}`,
      empty_area: (what: string) => `Nessuna entità di quel dominio lì: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `L’id ${id} appartiene a un’altra automazione`,
      script_key: (key: string) => `«${key}» non può essere l’id di uno script`,
      key_taken: (id: string) => `${id} esiste già`,
      too_large: 'Troppo grande per essere verificato',
      unreadable: 'Illeggibile',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Agisce su ${names}, che in una chat attendono la tua approvazione. Una volta salvato, agisce senza chiedere.`,
      address: (what: string) => `Invia un indirizzo: ${what}`,
      path: (what: string) => `Indica un percorso di file: ${what}`,
      entity: (what: string) => `Indica un’altra entità nei suoi dati: ${what}`,
      webhook: 'Lo avvia un webhook: chiunque sulla tua rete ne conosca l’id può farlo.',
      event: (event: string) => `Genera l’evento ${event}, che può avviare altre automazioni.`,
      untargeted: (service: string) => `Chiama ${service}, che non agisce su nessuna entità.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'o',
      and: 'e',
      changes: (who: string) => `${who} cambia`,
      changesTo: (who: string, to: string) => `${who} passa a ${to}`,
      changesFrom: (who: string, from: string) => `${who} cambia da ${from}`,
      forDuration: (what: string, duration: string) => `${what}, per ${duration}`,
      above: (who: string, value: string) => `${who} sale sopra ${value}`,
      below: (who: string, value: string) => `${who} scende sotto ${value}`,
      sunrise: 'all’alba',
      sunset: 'al tramonto',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `alle ${time}`,
      timePattern: 'secondo uno schema orario',
      haStart: 'Home Assistant si avvia',
      haStop: 'Home Assistant si arresta',
      event: (type: string) => `viene generato l’evento ${type}`,
      enters: (who: string, zone: string) => `${who} entra in ${zone}`,
      leaves: (who: string, zone: string) => `${who} esce da ${zone}`,
      template: 'un template diventa vero',
      webhook: 'viene chiamato il suo webhook',
      otherTrigger: (platform: string) => `un’attivazione di tipo ${platform}`,
      is: (who: string, state: string) => `${who} è ${state}`,
      isAbove: (who: string, value: string) => `${who} è sopra ${value}`,
      isBelow: (who: string, value: string) => `${who} è sotto ${value}`,
      afterSunset: 'dopo il tramonto',
      beforeSunrise: 'prima dell’alba',
      afterSunrise: 'dopo l’alba',
      beforeSunset: 'prima del tramonto',
      after: (time: string) => `dopo le ${time}`,
      before: (time: string) => `prima delle ${time}`,
      onDays: (days: string) => `nei giorni ${days}`,
      templateTrue: 'un template è vero',
      all: (parts: string) => `tutte queste: ${parts}`,
      any: (parts: string) => `almeno una di queste: ${parts}`,
      none: (parts: string) => `nessuna di queste: ${parts}`,
      inZone: (who: string, zone: string) => `${who} è in ${zone}`,
      otherCondition: (kind: string) => `una condizione di tipo ${kind}`,
      turnOn: (names: string) => `Accendi ${names}`,
      turnOff: (names: string) => `Spegni ${names}`,
      toggle: (names: string) => `Commuta ${names}`,
      call: (service: string, names: string) => (names ? `${service} su ${names}` : service),
      wait: (duration: string) => `Attendi ${duration}`,
      waitTemplate: 'Attendi che un template sia vero',
      waitTrigger: (what: string) => `Attendi finché ${what}`,
      scene: (name: string) => `Attiva ${name}`,
      fire: (event: string) => `Genera l’evento ${event}`,
      ifThen: (condition: string, then: string) => `Se ${condition}: ${then}`,
      otherwise: (what: string) => `altrimenti: ${what}`,
      choose: (n: number) =>
        `Scegli tra ${plural('it', n, { one: '# opzione', other: '# opzioni' })}`,
      repeat: (what: string) => `Ripeti: ${what}`,
      parallel: (what: string) => `Contemporaneamente: ${what}`,
      continueIf: (condition: string) => `Continua solo se ${condition}`,
      stop: 'Interrompi',
      variables: 'Imposta variabili',
      deviceAction: 'Un’azione di dispositivo',
      otherAction: 'Un’altra azione',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'Personalità',
    intro:
      'Una personalità è un nome, un’icona, un prompt di sistema (può contenere un template di Home Assistant), un modello e, facoltativamente, un ambito più ristretto e gli strumenti disattivati. Sceglila per una nuova conversazione nel pannello, oppure assegnala a una scheda nel suo editor; una conversazione mantiene la personalità con cui è iniziata.',
    builtIn: 'Queste sono quelle predefinite: dalla tua prima modifica l’elenco diventa tuo.',
    add: 'Aggiungi personalità',
    name: 'Nome',
    icon: 'Icona (un’emoji)',
    prompt: 'Prompt di sistema',
    model: 'Modello',
    modelDefault: 'Il modello della chat',
    tools: 'Consenti al modello di leggere e controllare la casa',
    domains: 'Solo questi domini (separati da virgole; vuoto: tutto ciò che la chat può vedere)',
  },
  quickPromptsPage: {
    title: 'Prompt rapidi',
    intro:
      'Prompt inviati con un tocco sul pulsante di una scheda o scelti con «/» nella casella del messaggio. Un template di Home Assistant al loro interno ({{ states("sensor.outside_temperature") }}) viene elaborato prima dell’invio. Un prompt può avviare la sua conversazione con una personalità, oppure eseguire uno script invece di interrogare un modello (viene chiesto di approvare come per le azioni del modello).',
    builtIn: 'Questi sono quelli predefiniti: dalla tua prima modifica l’elenco diventa tuo.',
    add: 'Aggiungi prompt rapido',
    label: 'Etichetta',
    text: 'Testo inviato',
    persona: 'Personalità della conversazione che avvia',
    script: 'Oppure esegui invece questo script (il suo ID entità, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'Modifica',
    remove: 'Elimina',
    save: 'Salva',
    cancel: 'Annulla',
    none: 'Nessuno',
    removed: (name: string) => `Eliminato: ${name}.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'Memoria',
    intro:
      'Informazioni su di te che l’assistente conserva per le conversazioni successive, nei tuoi dati utente di Home Assistant (solo tu le vedi). Ne aggiunge una quando gli chiedi di ricordare qualcosa, e ogni aggiunta compare nella conversazione con Annulla. La memoria viene esportata con le conversazioni, mai con le impostazioni.',
    on: 'Usa la memoria nelle conversazioni',
    budget: 'Caratteri di memoria inviati con ogni domanda',
    fits: (shown: number, total: number, chars: string) =>
      `${plural('it', shown, { one: 'Entra # informazione', other: 'Entrano # informazioni' })} su ${total} in ${chars} caratteri: prima le più vicine alla domanda, poi le più recenti.`,
    empty: 'Ancora nessun ricordo. Chiedi alla chat di ricordare qualcosa, o aggiungilo qui.',
    newFact: 'Nuova informazione',
    add: 'Aggiungi',
    edit: 'Modifica',
    save: 'Salva',
    cancel: 'Annulla',
    remove: 'Elimina',
    fromChat: 'memorizzata in una conversazione',
    byYou: 'aggiunta da te',
    openChat: 'Apri la conversazione',
    removed: (fact: string) => `«${fact}» eliminata.`,
    tooLong: (n: number) => `Un’informazione può avere al massimo ${n} caratteri.`,
    refused: 'Sembra una chiave, un token o un indirizzo firmato: non viene conservato.',
    full: (n: number) =>
      `La memoria contiene al massimo ${n} informazioni: eliminane prima alcune.`,
    unreadable: 'Al momento non è possibile leggere la tua memoria.',
    invalid: (issues: string) =>
      `La memoria salvata non è valida (${issues}); viene conservata così com’è e qui non viene modificata.`,
  },
  scopeNote: {
    assist: 'Il modello vede le entità che hai esposto ad Assist.',
    'assist-registry':
      'Il modello vede le entità esposte ad Assist. Le entità senza ID univoco sono escluse: solo gli amministratori possono leggerne l’impostazione di esposizione.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Questa pagina è servita tramite https, quindi il browser blocca le chiamate all’indirizzo http non cifrato ${url}.`,
    mixed_content_fix:
      'Servi il provider tramite https (un reverse proxy con un certificato) oppure apri Home Assistant tramite http sulla rete locale.',
    cors: (url: string) =>
      `Il provider all’indirizzo ${url} ha risposto, ma non consente chiamate da questa pagina (CORS).`,
    network: (url: string) => `Impossibile raggiungere il provider all’indirizzo ${url}.`,
    redirect: (url: string) =>
      `Il provider all’indirizzo ${url} ha risposto con un reindirizzamento a un altro indirizzo, e la scheda non segue i reindirizzamenti.`,
    redirect_to: (url: string, location: string) =>
      `Il provider all’indirizzo ${url} ha cercato di inoltrare la richiesta a ${location}, e la scheda non segue i reindirizzamenti.`,
    redirect_fix:
      'Una chiave va solo all’indirizzo per cui è stata salvata. Se l’altro indirizzo è quello giusto, inseriscilo come URL di base (e di nuovo la chiave).',
    too_long: (chars: string) =>
      `La risposta ha superato ${chars} caratteri, il massimo che una risposta può avere qui, ed è stata interrotta lì.`,
    too_long_fix:
      'Ciò che è arrivato viene conservato. Chiedi una risposta più breve o una parte alla volta; se il provider invia senza fine, controlla il suo server.',
    network_fix:
      'Verifica che il server sia in esecuzione, che indirizzo e porta siano corretti e che questo dispositivo possa raggiungerlo.',
    private_network: (url: string) =>
      `Il browser ha bloccato una chiamata da questo indirizzo pubblico all’indirizzo privato ${url} (accesso alla rete locale).`,
    private_network_fix:
      'Consenti l’accesso alla rete locale per questo sito quando il browser lo chiede oppure apri Home Assistant tramite il suo indirizzo locale.',
    auth: (status: number) => `Il provider ha rifiutato la chiave API (HTTP ${status}).`,
    auth_fix:
      'Controlla la chiave nelle impostazioni del provider; potrebbe essere errata, scaduta o senza accesso a questo modello.',
    auth_fix_litellm:
      'Questo LiteLLM non ha un database, quindi accetta solo la sua chiave master: controlla la chiave nelle impostazioni del provider.',
    not_found: 'Il provider ha risposto «non trovato» (HTTP 404).',
    not_found_fix_v1:
      'L’URL di base termina con /v1? La maggior parte dei server compatibili con OpenAI lo richiede.',
    not_found_fix_model: 'Controlla l’ID del modello: il provider potrebbe non conoscerlo.',
    bad_request: (status: number) => `Il provider ha rifiutato la richiesta (HTTP ${status}).`,
    bad_request_fix:
      'Controlla il modello e le sue opzioni (token massimi, temperatura) nelle impostazioni.',
    rate_limited: 'Il provider sta limitando la frequenza delle richieste (HTTP 429).',
    rate_limited_wait: (s: number) => `Attendi circa ${s} s e riprova.`,
    rate_limited_fix: 'Attendi un momento e riprova.',
    quota: 'Il tuo account presso questo provider ha esaurito il credito o superato la quota.',
    quota_fix:
      'Controlla la fatturazione o il budget della chiave presso il provider; riprovare non servirà.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `La richiesta è più grande di quanto questa chiave possa inviare in una volta: ${requested} token, oltre il suo limite di ${limit}.`
        : 'La richiesta è più grande di quanto questa chiave possa inviare in una volta.',
    too_large_fix:
      'Invia meno dati: meno messaggi precedenti (Messaggi di contesto), un prompt di sistema più breve o un valore di Token massimi più basso; oppure chiedi al provider un limite più alto. Riprovare non servirà.',
    no_vision: 'Il modello ha rifiutato l’immagine: non accetta immagini.',
    no_vision_fix:
      'Scegli per questa chat un modello che accetti immagini, o chiedi senza l’immagine; disattiva Vision per questo modello nelle impostazioni perché la chat lo dica prima dell’invio.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `La conversazione è più lunga del contesto del modello, di ${limit} token.`
        : 'La conversazione è più lunga del contesto del modello.',
    context_length_fix:
      'Inizia una nuova conversazione, invia meno messaggi precedenti (Messaggi di contesto) o imposta la lunghezza del contesto del modello nelle impostazioni, così i messaggi più vecchi vengono esclusi.',
    timeout_first: (s: number) => `Il provider non ha inviato nulla per ${s} s.`,
    timeout_idle: (s: number) =>
      `Il provider ha smesso di inviare per ${s} s a metà della risposta.`,
    timeout_fix:
      'Un server locale potrebbe stare ancora caricando il modello; riprova o aumenta il timeout nelle impostazioni del provider.',
    server: (status: number) => `Il provider ha avuto un errore interno (HTTP ${status}).`,
    server_fix:
      'È stato ritentato ed è fallito di nuovo. Controlla i registri del provider, poi riprova.',
    malformed: 'Il provider ha inviato una risposta che questa scheda non riesce a leggere.',
    malformed_fix:
      'Verifica che l’URL di base punti a un’API compatibile con OpenAI (di solito termina con /v1).',
    in_band: 'Il provider ha segnalato un errore durante la risposta.',
    agent: 'L’agente di conversazione di Home Assistant non è riuscito a rispondere.',
    agent_fix: 'Controlla l’agente e il suo assistente in Impostazioni → Assistenti vocali.',
    aborted: 'Interrotto.',
    provider_says: (text: string) => `Il provider dice: «${text}»`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM consente tutte le origini per impostazione predefinita; se lo hai limitato, aggiungi questo indirizzo di Home Assistant alle sue origini consentite.',
    ollama:
      'Ollama accetta solo chiamate dalla propria macchina: imposta OLLAMA_ORIGINS su questo indirizzo di Home Assistant (o *) e riavvia Ollama.',
    vllm: 'Avvia vLLM con --allowed-origins che includa questo indirizzo di Home Assistant.',
    llamacpp:
      'llama-server consente i browser per impostazione predefinita; controlla l’eventuale reverse proxy posto davanti.',
    lmstudio: 'Attiva CORS nelle impostazioni del server di LM Studio (o lms server start --cors).',
    openai:
      'Il provider dovrebbe consentire i browser; un proxy o un’estensione del browser nel mezzo potrebbe bloccare la chiamata.',
    generic:
      'Consenti questo indirizzo di Home Assistant (la sua origine) nelle impostazioni CORS del provider oppure mettigli davanti un proxy che aggiunga le intestazioni CORS.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} su ${targets}`,
};
