import type { Strings } from './en';
import { plural } from './plural';

/** German. */
export const strings: Strings = {
  cardName: 'OpenAI Compatible Conversation',
  cardDescription:
    'Chatte mit deinem eigenen OpenAI-kompatiblen Anbieter (LiteLLM, Ollama, vLLM, OpenAI, …) und steuere dein Zuhause.',
  panelTitle: 'AI Chat',
  message: 'Nachricht',
  send: 'Senden',
  stop: 'Stopp',
  placeholder: 'Frag etwas …',
  emptyConversation: 'Sag Hallo, um eine Unterhaltung zu beginnen.',
  you: 'Du',
  assistant: 'Assistent',
  thinking: 'Denkt nach',
  reasoning: 'Überlegungen',
  cutOff: 'Die Antwort wurde hier abgeschnitten.',
  stoppedByUser: 'Gestoppt.',
  dismiss: 'Schließen',
  retry: 'Erneut versuchen',
  announceAnswer: (text: string) => `Assistent: ${text}`,
  retrying: (s: number) => `Neuer Versuch in ${s} s …`,

  // Per message.
  msg: {
    copy: 'Kopieren',
    readAloud: 'Vorlesen',
    stopReading: 'Vorlesen beenden',
    copied: 'Kopiert',
    copyCode: 'Code kopieren',
    edit: 'Bearbeiten',
    editLabel: 'Nachricht bearbeiten',
    sendEdited: 'Bearbeitete Nachricht senden',
    cancel: 'Abbrechen',
    regenerate: 'Neu generieren',
    continue: 'Fortsetzen',
    delete: 'Löschen',
    previousVariant: 'Vorherige Variante',
    nextVariant: 'Nächste Variante',
    variantOf: (i: number, n: number) => `Variante ${i} von ${n}`,
    writtenBy: (model: string) => `Geschrieben von ${model}`,
    notSaved: 'Noch nicht gespeichert',
    notSavedWhy:
      'Home Assistant konnte dies noch nicht speichern. Sobald die Verbindung wieder besteht, wird es erneut versucht; lass diese Seite bis dahin geöffnet.',
    earlier: (n: number) => `Frühere Nachrichten anzeigen (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Diese Unterhaltung konnte nicht gelesen werden (${issues}). Sie bleibt unverändert erhalten.`,
    tooLarge: (mb: string, max: string) =>
      `Diese Unterhaltung ist ${mb} MB groß, mehr als Home Assistant in einem Stück speichern kann (${max} MB): Das zuletzt Gesagte wird hier angezeigt, aber nicht gespeichert.`,
    tooLargeFix:
      'Exportiere die Unterhaltung, um eine Kopie zu behalten, und beginne eine neue Unterhaltung. Auch das Löschen langer Antworten schafft Platz.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
  freshConversation:
    'Bei jedem Besuch eine neue Unterhaltung beginnen (Kiosks, Wandtablets); frühere bleiben in der Liste des Panels',
  openInPanel: 'Im Panel öffnen',
  conversations: {
    list: 'Unterhaltungen',
    toggle: 'Unterhaltungen anzeigen',
    new: 'Neue Unterhaltung',
    search: 'Unterhaltungen durchsuchen',
    searchPlaceholder: 'Titel und Nachrichten durchsuchen',
    untitled: 'Neue Unterhaltung',
    today: 'Heute',
    yesterday: 'Gestern',
    options: (title: string) => `Optionen für ${title}`,
    rename: 'Umbenennen',
    renameLabel: 'Name der Unterhaltung',
    archive: 'Archivieren',
    unarchive: 'Aus dem Archiv holen',
    archived: (n: number) => `Archiviert (${n})`,
    exportMarkdown: 'Als Markdown exportieren',
    exportJson: 'Als JSON exportieren',
    delete: 'Löschen',
    deleted: (title: string) => `„${title}“ gelöscht.`,
    undo: 'Rückgängig',
    noMatches: 'Keine passende Unterhaltung.',
    unreadable: (issues: string) =>
      `Deine Liste der Unterhaltungen konnte nicht gelesen werden (${issues}). Sie bleibt unverändert erhalten; neue Unterhaltungen erscheinen erst darin, wenn sie repariert ist.`,
    empty: 'Noch keine Unterhaltungen.',
    model: 'Modell',
    modelDefault: (name: string) => `Standard (${name})`,
    shortcuts: 'Alt+Shift+N: neue Unterhaltung · /: Nachrichtenfeld · Esc: Antwort stoppen',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Unterhaltungen',
    measuring: 'Speicherbedarf deiner Unterhaltungen wird ermittelt …',
    used: (n: number, used: string, budget: string) =>
      `${plural('de', n, { one: '# Unterhaltung', other: '# Unterhaltungen' })}, ${used} der dafür vorgesehenen ${budget} in deinen Home-Assistant-Benutzerdaten`,
    near: 'Deine Unterhaltungen erreichen bald den dafür vorgesehenen Speicherplatz. Exportiere und archiviere ältere (in der Liste „Archivieren“, dann hier in eine Datei verschieben) oder lösche einige. Es wird nichts entfernt, solange du es nicht selbst tust.',
    over: 'Deine Unterhaltungen belegen mehr als den dafür vorgesehenen Speicherplatz. Sie bleiben alle erhalten, aber Home Assistant schreibt diese Daten bei jeder Nachricht neu und nimmt sie in jedes Backup auf: Exportiere und archiviere ältere oder lösche einige.',
    largeConversation: (title: string, size: string) =>
      `„${title}“ allein belegt ${size}. Home Assistant kann keine Unterhaltung speichern, die deutlich größer als 3 MB ist: Exportiere sie und setze sie in einer neuen fort.`,
    explain:
      'Unterhaltungen liegen in deinen Home-Assistant-Benutzerdaten, neben deinen Einstellungen, sodass jedes Gerät, mit dem du dich anmeldest, sie sieht. Es wird nichts gelöscht, solange du es nicht selbst löschst.',
    exportMarkdown: 'Alle als Markdown exportieren',
    exportJson: 'Alle als JSON exportieren',
    import: 'Unterhaltungen importieren',
    imported: (n: number, added: number, changed: number) =>
      `${plural('de', n, { one: '# Unterhaltung', other: '# Unterhaltungen' })} aus der Datei gelesen: ${added} neu, ${changed} mit hinzugefügten Nachrichten.`,
    moveArchived: (n: number) => `${n} archivierte in eine Datei verschieben`,
    confirmMove: (n: number) =>
      plural('de', n, {
        one: 'Die archivierte Unterhaltung ist in der gerade gespeicherten Datei. Jetzt aus Home Assistant entfernen?',
        other:
          'Die # archivierten Unterhaltungen sind in der gerade gespeicherten Datei. Jetzt aus Home Assistant entfernen?',
      }),
    moved: (n: number) =>
      plural('de', n, {
        one: '# archivierte Unterhaltung in die Datei verschoben.',
        other: '# archivierte Unterhaltungen in die Datei verschoben.',
      }),
  },
  exportTool: 'Werkzeug',
  importWhat: 'Import',
  importMismatch: (entry: string, doc: string) =>
    `der Eintrag ${entry} und die Unterhaltung ${doc} passen nicht zusammen`,

  noProvider:
    'Es ist noch kein Anbieter eingerichtet. Füge einen im Editor dieser Karte hinzu (oder in den Einstellungen von AI Chat).',
  unknownProvider: (id: string) =>
    `Diese Karte verwendet den Anbieter „${id}“, der nicht mehr in deinen Einstellungen ist. Wähle im Karteneditor einen anderen.`,
  noModel: (provider: string) =>
    `Für den Anbieter „${provider}“ ist kein Modell ausgewählt. Wähle im Karteneditor ein Modell.`,
  settingsInvalid: (issues: string) =>
    `Deine Einstellungen von AI Chat konnten nicht gelesen werden (${issues}). Sie bleiben unverändert erhalten; korrigiere oder exportiere sie in den Einstellungen.`,
  settingsLoading: 'Deine Einstellungen werden geladen …',

  // Settings pages.
  voice: {
    speak: 'Sprechen',
    noStt:
      'Dein Sprachassistent hat keine Spracherkennung: Wähle eine unter Einstellungen → Sprachassistenten.',
    sttRefused: (said: string) =>
      `Die Spracherkennung deines Sprachassistenten nimmt den Ton nicht an, den der Sprachdialog von Home Assistant sendet (16 kHz mono). Wähle eine andere unter Einstellungen → Sprachassistenten. Home Assistant meldet: ${said}`,
    nothingHeard: 'Es wurde nichts verstanden. Sprich noch einmal, näher am Mikrofon.',
    micRefused:
      'Der Browser durfte das Mikrofon nicht verwenden: Erlaube es für diese Seite (Symbol in der Adressleiste) und versuche es erneut.',
    noMic: 'Auf diesem Gerät wurde kein Mikrofon gefunden.',
    insecure:
      'Browser geben das Mikrofon nur sicheren Seiten: Öffne Home Assistant über https (oder auf diesem Rechner über localhost).',
    sendSpoken: 'Gesprochenes sofort senden (sonst landet es im Nachrichtenfeld)',
    noPipeline:
      'In Home Assistant ist kein Sprachassistent eingerichtet: Füge einen unter Einstellungen → Sprachassistenten hinzu.',
    noTts:
      'Dein Sprachassistent hat keine Sprachausgabe: Wähle eine unter Einstellungen → Sprachassistenten.',
    failed: (what: string) => `Sprachfunktion fehlgeschlagen: ${what}`,
    autoRead:
      'Jede Antwort vorlesen, sobald sie fertig ist (Sprachausgabe deines Sprachassistenten, für alle deine Chats)',
  },
  agents: {
    cardLimits:
      'Diese Karte schränkt ein, was der Assistent tun darf (Werkzeuge aus oder ein engerer Bereich), und dein Standardmodell ist ein Home-Assistant-Agent, der nach seinen eigenen Regeln handelt. Wähle im Editor dieser Karte ein Modell eines Anbieters für sie.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home-Assistant-Agenten',
    note: 'Die eigenen Agenten von Home Assistant steuern das Zuhause mit ihren eigenen Werkzeugen und Rechten: Erlauben und der Bereich dieser Karte gelten für sie nicht.',
    noPictures:
      'Die Agenten von Home Assistant nehmen keine Bilder: Wähle für Fragen zu einem Bild das Modell eines Anbieters.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Erinnerungen verwenden',
    useHint:
      'Was sich der Assistent auf deinen Wunsch gemerkt hat, wird dieser Unterhaltung mitgegeben.',
    without: 'Diese Unterhaltung verwendet deine Erinnerungen nicht.',
    undo: 'Rückgängig',
    undone: 'Rückgängig gemacht',
    remembered: (fact: string) => `„${fact}“ gemerkt`,
    changed: (before: string, after: string) => `„${before}“ in „${after}“ geändert`,
    forgot: (fact: string) => `„${fact}“ vergessen`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Zuhause',
    energy: 'Energie',
    kids: 'Kinder',
    pick: 'Persona',
    none: 'Keine Persona',
    using: (name: string) => `Persona: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'Gute Nacht',
    goodNightText:
      'Gute Nacht: Schalte die Lichter aus, die noch an sind, und sag mir, ob die Türen abgeschlossen sind.',
    whatsOpen: 'Was ist offen?',
    whatsOpenText: 'Welche Türen, Fenster und Rollläden sind gerade offen?',
    energyToday: 'Energie heute',
    energyTodayText: 'Wie viel Energie hat das Haus heute verbraucht?',
    title: 'Schnellprompts',
    noMatch: 'Kein Schnellprompt passt.',
    ran: (label: string) => `${label}: erledigt.`,
    notRun: (label: string) => `${label}: nicht ausgeführt.`,
    templateFailed: (why: string) =>
      `Das Template des Schnellprompts ließ sich nicht rendern: ${why}`,
  },
  images: {
    attach: 'Bild anhängen',
    snapshot: 'Kamerabild',
    camera: 'Kamera',
    pickCamera: 'Kamera wählen…',
    noCamera: 'Im Bereich dieses Chats ist keine Kamera (für Assist freigegebene Kameras).',
    snapshotFailed: 'Das Bild der Kamera ließ sich nicht von Home Assistant holen.',
    attached: 'Zu sendende Bilder',
    picture: (n: number) => `Bild ${n}`,
    remove: (n: number) => `Bild ${n} entfernen`,
    sent: 'Mit der Frage gesendetes Bild',
    tooMany: (n: number) => `Mit einer Frage gehen höchstens ${n} Bilder.`,
    unreadable: 'Die Datei ließ sich nicht als Bild lesen.',
    noVision: (model: string) =>
      `${model} nimmt laut Einstellungen keine Bilder (Vision ist dort aus): schalte Vision für das Modell ein oder wähle ein Modell, das Bilder nimmt.`,
    vision: 'Vision: nimmt Bilder',
    fromTool: 'Bild, das dem Modell gezeigt wurde',
  },
  context: {
    label: 'Kontext',
    used: (tokens: string, limit: string) => `${tokens} von ${limit} Tokens`,
    leftOut: (n: number) =>
      `Frühere Nachrichten weggelassen, damit es in den Kontext des Modells passt: ${n}`,
    length: 'Kontextlänge (Tokens)',
    learned: (n: string) => `Der Anbieter nannte einen Kontext von ${n} Tokens.`,
  },
  usage: {
    title: 'Verbrauch',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} Eingabe · ${output} Ausgabe`,
    answerLong: (input: string, output: string) =>
      `${input} Eingabe-Tokens, ${output} Ausgabe-Tokens`,
    reasoning: (n: string) => `davon ${n} für Überlegungen`,
    cached: (n: string) => `${n} aus dem Cache des Anbieters`,
    estimated:
      'Geschätzt: Der Anbieter hat keinen Verbrauch gemeldet, daher wurde anhand des Textes gezählt.',
    priced: 'Kosten nach den für dieses Modell festgelegten Preisen.',
    conversation: (tokens: string) => `Diese Unterhaltung: ${tokens} Tokens`,
    days: 'Letzte 30 Tage',
    chart: 'Tokens pro Tag und Modell, letzte 30 Tage',
    model: 'Modell',
    answers: 'Antworten',
    input: 'Eingabe-Tokens',
    output: 'Ausgabe-Tokens',
    cost: 'Kosten',
    total: 'Gesamt',
    none: 'Noch nichts gezählt: Der Verbrauch erscheint hier nach der ersten Antwort.',
    someEstimated: (n: string) => `${n} geschätzt (kein Verbrauch gemeldet)`,
    explain:
      'Gezählt nach dem, was jeder Anbieter mit seiner Antwort meldet, sonst anhand des Textes geschätzt (etwa vier Zeichen pro Token). Die Kosten sind die vom Anbieter gemeldeten (OpenRouter), sonst die, die sich aus den für ein Modell festgelegten Preisen ergeben. Gespeichert in deinen Home-Assistant-Benutzerdaten: jede Anfrage eine Woche lang, danach eine Summe pro Modell und Tag; das Löschen einer Unterhaltung ändert daran nichts.',
    budget: 'Monatsbudget (US$)',
    budgets: 'Monatsbudgets',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} von ${budget} in diesem Monat`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} hat diesen Monat ${spent} gekostet, mehr als das Monatsbudget von ${budget}.`,
    priceInput: 'Preis pro Million Eingabe-Tokens (US$)',
    priceOutput: 'Preis pro Million Ausgabe-Tokens (US$)',
  },
  settings: {
    title: 'Einstellungen',
    providers: 'Anbieter',
    addProvider: 'Anbieter hinzufügen',
    editProvider: (name: string) => `${name} bearbeiten`,
    authMode: 'Schlüssel',
    authGlobal: 'Ein Schlüssel für alle Modelle',
    authPerModel: 'Ein Schlüssel pro Modell',
    keySaved: 'Gespeichert – zum Ersetzen neu eingeben',
    keyMoved: (from: string, to: string) =>
      `Der gespeicherte Schlüssel galt für ${from}: Er wird nicht an ${to} gesendet. Gib den Schlüssel für die neue Adresse ein.`,
    removeKey: 'Gespeicherten Schlüssel entfernen',
    timeout: 'Zeitlimit (Sekunden, bis zum ersten Byte und zwischen Datenblöcken)',
    addModel: 'Hinzufügen',
    modelsFetched: (n: number, when: string) =>
      `${plural('de', n, { one: '# Modell', other: '# Modelle' })} vom Anbieter, abgerufen ${when}.`,
    chosenModels: 'Modelle dieses Anbieters',
    removeModel: (id: string) => `${id} entfernen`,
    remove: 'Entfernen',
    displayName: 'Anzeigename',
    modelKey: (id: string) => `API-Schlüssel für ${id}`,
    modelTools: 'Werkzeuge (Function Calling): Dieses Modell darf dein Zuhause steuern',
    edit: 'Bearbeiten',
    makeDefault: 'Als Standard festlegen',
    isDefault: 'Standard',
    defaultModel: 'Standardmodell',
    modelsCount: (n: number) => plural('de', n, { one: '# Modell', other: '# Modelle' }),
    keyState: {
      global: 'Schlüssel gespeichert',
      none: 'kein Schlüssel',
      per_model: 'ein Schlüssel pro Modell',
    },
    confirmRemove: (name: string) =>
      `${name} entfernen? Der zugehörige Schlüssel wird mit gelöscht; Karten, die den Anbieter verwenden, weisen darauf hin, bis du einen anderen Anbieter wählst.`,
    noProviders:
      'Noch kein Anbieter. Füge einen hinzu: LiteLLM, Ollama, vLLM, OpenAI, … (die Basis-URL endet meist auf /v1).',
    export: 'Einstellungen exportieren',
    exportHint: 'Eine JSON-Datei ohne Schlüssel.',
    import: 'Einstellungen importieren',
    importReview: 'Was der Import dieser Datei ändert',
    importLoosens: 'Weniger sicher:',
    importNoChanges: 'Es ändert sich nichts.',
    importConfirm: 'Importieren',
    importKeysNeeded: (names: string[]) =>
      `Füge nach dem Import die Schlüssel hinzu für: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `${n} Anbieter importiert.${missing.length ? ` Füge die Schlüssel hinzu für: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Deine Einstellungen konnten nicht gelesen werden',
    invalidBody:
      'Sie bleiben genau so erhalten, wie sie sind. Exportiere sie, um sie von Hand zu korrigieren, und importiere dann die korrigierte Datei, oder beginne von vorn (eine Kopie bleibt in deinen Benutzerdaten erhalten).',
    exportBroken: 'Dokument exportieren',
    startOver: 'Von vorn beginnen',
    confirmStartOver:
      'Deine Einstellungen durch leere ersetzen? Eine Kopie des aktuellen Dokuments bleibt erhalten.',
    saved: 'Gespeichert.',
    back: 'Zurück zum Chat',
    managePrompt:
      'Anbieter, Modelle und Schlüssel werden in den Einstellungen des AI-Chat-Panels verwaltet.',
    openSettings: 'Einstellungen öffnen',
    maxRounds: 'Werkzeugrunden pro Antwort',
    server: 'Server',
    name: 'Name',
    baseUrl: 'Basis-URL',
    apiKey:
      'API-Schlüssel (optional; liegt in deinen Home-Assistant-Benutzerdaten, nie in der Karte)',
    cancel: 'Abbrechen',
    saveProvider: 'Anbieter speichern',
    loadModels: 'Modelle laden',
    reloadModels: 'Modelle neu laden',
    typeModel: 'Oder eine Modell-ID eingeben',
    searchModels: 'Modelle durchsuchen',
    models: 'Modelle',
    noModelsMatch: 'Keine passenden Modelle.',
    moreModels: (n: number) => `${n} weitere: Suche eingrenzen.`,
    maxTokens: 'Max. Tokens',
    temperature: 'Temperatur',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Aus den Antworten des Anbieters gelernt: ${[
        l.token_param === 'max_completion_tokens'
          ? 'die Antwortlänge wird als max_completion_tokens gesendet (max_tokens wurde abgelehnt)'
          : '',
        l.temperature === false
          ? 'es wird keine Temperatur gesendet (nur der Standardwert wird akzeptiert)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Vergessen',
    forgetLearned: (id: string) => `Vergessen, was über ${id} gelernt wurde`,
    serverAuto: (name: string) => `An der Adresse erkannt (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Titel',
    agent: 'Agent',
    systemPrompt: 'Vorlage für den Systemprompt',
    maxTokens: 'Max. Tokens',
    temperature: 'Temperatur',
    contextMessages: 'Kontextnachrichten',
    home: 'Zuhause',
    onlyDomains: 'Nur diese Domains',
    onlyAreas: 'Nur diese Bereiche',
    onlyEntities: 'Nur diese Entitäten',
    search: 'Suchen',
    providerAndModel: 'Anbieter und Modell',
    noProviderYet: 'Noch kein Anbieter: Füge einen hinzu, um zu chatten.',
    provider: 'Anbieter',
    model: 'Modell',
    default: 'Standard',
    defaultNamed: (name: string) => `Standard (${name})`,
    addProvider: 'Anbieter hinzufügen',
    settingsInvalid: (issues: string) => `Deine Einstellungen sind ungültig: ${issues}`,
    persona: 'Persona',
    personaNone: 'Keine (Standardmodell und -prompt)',
    chips: 'Als Schaltflächen angezeigte Schnellprompts',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menü',
  connectionLost: 'Die Verbindung zu Home Assistant wurde unterbrochen.',
  outdated: 'Diese Karte wurde aktualisiert, seit die Seite geladen wurde: Lade die Seite neu.',

  picker: {
    add: (text: string) => `„${text}“ hinzufügen`,
    remove: (name: string) => `${name} entfernen`,
    noMatch: 'Keine Treffer',
    more: 'Weitere Treffer: tippe weiter, um die Liste einzugrenzen',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB sind mehr, als Home Assistant in einem Stück speichern kann (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: „${id}“ ist keine ID, wie diese Karte sie schreibt (Buchstaben, Ziffern, _ . ~ -, höchstens 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `Die Unterhaltung ${id} ist ${(bytes / 1e6).toFixed(1)} MB groß, mehr als Home Assistant in einem Stück speichern kann (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `Die Datei ist größer als ${Math.round(bytes / 1_048_576)} MB, mehr als eine solche Datei je braucht: Wähle die Datei, die du exportiert hast.`,
    cardConfig: 'Kartenkonfiguration',
    secretInCard: (key: string) =>
      `„${key}“ gehört nicht in eine Karte: Jeder Benutzer, der dieses Dashboard öffnen kann, kann ihre Konfiguration lesen. Entferne es und füge den Schlüssel in den Einstellungen von AI Chat hinzu, die ihn in deinen eigenen Home-Assistant-Benutzerdaten speichern.`,
    newerVersion: (what: string, version: string) =>
      `von einer neueren Version dieser Karte geschrieben (${what} Version ${version}); aktualisiere die Karte – bis dahin bleibt es unverändert erhalten`,
    noUpgrade: (version: number) =>
      `keine Aktualisierung von Einstellungsversion ${version} möglich`,
    settingsInvalid: (issues: string) =>
      `Die gespeicherten Einstellungen sind ungültig (${issues}); sie wurden nicht überschrieben.`,
    olderList: 'eine ältere Version der Unterhaltungsliste; lade die Seite neu',
    notJson: 'die Datei ist kein JSON',
    notSettings: 'die Datei enthält kein Einstellungsdokument',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Verbindung testen',
    running: 'Wird getestet …',
    titles: {
      address: 'Adresse',
      reach: 'Server erreichbar',
      cors: 'Aufrufe von dieser Seite erlaubt (CORS)',
      key: 'API-Schlüssel',
      models: 'Modellliste (/models)',
      completion: 'Eine Antwort aus einem Token',
    },
    /** Read by screen readers beside each step's mark. */
    status: {
      ok: 'bestanden',
      warn: 'Warnung',
      fail: 'fehlgeschlagen',
      skipped: 'nicht geprüft',
    },
    skipped: 'Nicht geprüft: Ein vorheriger Schritt ist fehlgeschlagen.',
    badUrl: (url: string) => `„${url}“ ist keine http(s)-Adresse.`,
    badUrlFix: 'Gib die vollständige Adresse ein, z. B. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, von dieser Seite aus aufrufbar.`,
    reachOk: (host: string) => `${host} antwortet.`,
    corsOk: 'Der Server erlaubt Aufrufe von dieser Seite.',
    keyOk: 'Der Schlüssel wurde akzeptiert.',
    noKeyOk: 'Kein Schlüssel gesendet, und der Server hat auch keinen verlangt.',
    modelsOk: (n: number) =>
      plural('de', n, { one: '# Modell aufgelistet.', other: '# Modelle aufgelistet.' }),
    modelNotListed: (n: number, model: string) =>
      `${plural('de', n, { one: '# Modell', other: '# Modelle' })} aufgelistet, aber nicht „${model}“.`,
    modelNotListedFix:
      'Prüfe die Modell-ID; manche Server listen nur einen Teil dessen auf, was sie anbieten, daher probiert der nächste Schritt es trotzdem.',
    noModelList: 'Dieser Server hat keine Modellliste: Gib Modell-IDs von Hand ein.',
    noModelListFix: 'Nichts zu tun, wenn die Antwort unten funktioniert.',
    v1Fix: 'Endet die Basis-URL auf /v1? Die meisten OpenAI-kompatiblen Server benötigen das.',
    noModel: 'Noch kein Modell gewählt: Wähle eines aus oder gib eines ein und teste dann erneut.',
    completionOk: (model: string) => `${model} hat geantwortet.`,
    unknownModel: (model: string) => `Der Anbieter kennt das Modell „${model}“ nicht.`,
    unknownModelFix:
      'Wähle das Modell aus der Liste des Anbieters (Modelle neu laden) oder prüfe, wie der Anbieter es schreibt.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (api-key-Header)',
    anthropic: 'Anthropic (OpenAI-Kompatibilität)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (OpenAI-Kompatibilität)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Anderer OpenAI-kompatibler Server',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `Das Modell hat immer weiter Werkzeuge aufgerufen: nach ${n} Runden gestoppt. Frag erneut oder erhöhe das Limit in den Einstellungen.`,
  toolsUnsupported:
    'Dieses Modell unterstützt keine Werkzeuge. Schalte die Werkzeuge dafür im Karteneditor aus (Werkzeuge) oder wähle ein Modell, das Function Calling unterstützt.',
  approve: 'Erlauben',
  deny: 'Ablehnen',
  toolNeedsApproval: (what: string) => `Möchte ${what} ausführen. Erlauben?`,
  cameraApproval: (camera: string) => `Möchte durch ${camera} schauen. Erlauben?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Möchte ${what} ausführen, mit ${reasons}. Erlauben?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Fügt den Anbieter ${name} hinzu (${origin}).`,
    providerRemoved: (name: string) => `Entfernt den Anbieter ${name} und seine Schlüssel.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Verlegt ${name} von ${from} nach ${to}.`,
    providerChanged: (name: string) => `Ändert die Einstellungen von ${name}.`,
    keyRetype: (name: string) =>
      `${name} geht jetzt an eine andere Adresse oder Serverart: Der gespeicherte Schlüssel wird nicht dorthin gesendet. Gib den Schlüssel in den Einstellungen des Anbieters erneut ein.`,
    cameraApprovalOn: 'Das Modell fragt, bevor es durch eine Kamera schaut.',
    cameraApprovalOff: 'Das Modell schaut durch Kameras, ohne vorher zu fragen.',
    confirmRemoved: (items: string) => `Vor Aktionen wird nicht mehr nachgefragt bei: ${items}.`,
    confirmAdded: (items: string) => `Vor Aktionen wird nachgefragt bei: ${items}.`,
    toolsOn: 'Das Modell darf dein Zuhause steuern.',
    toolsOff: 'Das Modell steuert dein Zuhause nicht mehr.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) darf dein Zuhause steuern.`,
    maxRounds: (from: number, to: number) => `Werkzeugrunden pro Antwort: ${from} → ${to}.`,
    autoReadOn: 'Jede Antwort wird vorgelesen, sobald sie fertig ist.',
    autoReadOff: 'Antworten werden nicht mehr von selbst vorgelesen.',
    sendSpokenOn: 'Gesprochenes wird sofort gesendet, ohne Blick auf den Text.',
    sendSpokenOff: 'Gesprochenes landet zuerst im Nachrichtenfeld.',
    promptChanged: 'Der Systemprompt ändert sich.',
    defaultChanged: (to: string) => `Das Standardmodell wird ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `einer Aktion an ${names}`,
    address: (field: string, value: string) => `einer Adresse in ${field}: ${value}`,
    path: (field: string, value: string) => `einem Dateipfad in ${field}: ${value}`,
    entity: (field: string, name: string) => `einer anderen Entität in ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Das Modell wollte mehr als ${n} Aktionen in einer Antwort ausführen; die übrigen wurden nicht ausgeführt.`,
  toolStatus: {
    awaiting: 'Wartet auf deine Zustimmung',
    running: 'Wird ausgeführt …',
    done: 'Erledigt',
    error: 'Fehlgeschlagen',
    denied: 'Abgelehnt',
    stopped: 'Nicht ausgeführt',
    unknown:
      'Ergebnis unbekannt: Die Verbindung zu Home Assistant wurde während der Ausführung unterbrochen. Prüfe es nach.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Eingeschaltet: ${names}`,
      turn_off: (names: string) => `Ausgeschaltet: ${names}`,
      toggle: (names: string) => `Umgeschaltet: ${names}`,
      lock: (names: string) => `Verriegelt: ${names}`,
      unlock: (names: string) => `Entriegelt: ${names}`,
      open: (names: string) => `Geöffnet: ${names}`,
      close: (names: string) => `Geschlossen: ${names}`,
      press: (names: string) => `Gedrückt: ${names}`,
      temperature: (names: string) => `Temperatur eingestellt: ${names}`,
      play: (names: string) => `Wiedergabe gestartet: ${names}`,
      pause: (names: string) => `Pausiert: ${names}`,
      script: (names: string) => `Ausgeführt: ${names}`,
      scene: (names: string) => `Aktiviert: ${names}`,
    },
    ask: {
      turn_on: (names: string) => `${names} einschalten`,
      turn_off: (names: string) => `${names} ausschalten`,
      toggle: (names: string) => `${names} umschalten`,
      lock: (names: string) => `${names} verriegeln`,
      unlock: (names: string) => `${names} entriegeln`,
      open: (names: string) => `${names} öffnen`,
      close: (names: string) => `${names} schließen`,
      press: (names: string) => `${names} drücken`,
      temperature: (names: string) => `Temperatur von ${names} einstellen`,
      play: (names: string) => `Wiedergabe auf ${names} starten`,
      pause: (names: string) => `${names} pausieren`,
      script: (names: string) => `${names} ausführen`,
      scene: (names: string) => `${names} aktivieren`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argumente',
  toolResult: 'Ergebnis',
  toolLiveState: 'Aktuell',
  toolNames: {
    list_entities: 'Entitäten aufgelistet',
    get_entity: 'Gelesen:',
    call_service: 'Aufgerufen:',
    list_areas: 'Bereiche aufgelistet',
    get_history: 'Verlauf gelesen:',
    get_camera_image: 'Durch Kamera geschaut:',
    home_assistant: 'Home Assistant hat gesteuert:',
    list_automations: 'Automatisierungen und Skripte aufgelistet',
    get_automation: 'Gelesen:',
    get_automation_traces: 'Traces gelesen:',
    get_logbook: 'Logbuch gelesen',
    propose_automation: 'Automatisierung entworfen',
    propose_script: 'Skript entworfen',
    remember: 'Gemerkt',
    update_memory: 'Erinnerung geändert',
    forget: 'Erinnerung vergessen',
  } as Record<string, string>,
  confirmField:
    'Auch vor Aktionen nachfragen bei (Domains oder Entitäten, für alle deine Chats; bei Schlössern, Alarmanlagen und Garagentoren wird immer nachgefragt)',
  cameraApprovalField: 'Fragen, bevor das Modell durch eine Kamera schaut (für alle deine Chats)',
  toolsToggle: 'Das Modell darf dein Zuhause auslesen und steuern (Werkzeuge)',
  scopeNarrow:
    'Schränke das unten für diese Karte ein (durch Kommas getrennt; leer: keine Einschränkung).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Werkzeuge über MCP',
    explain:
      'Werkzeuge der LLM-APIs von Home Assistant und von Model-Context-Protocol-Servern, die das Modell aufrufen kann. Was ein Server über seine Werkzeuge sagt, wird dir hier angezeigt und nie in die Anweisungen des Modells übernommen; jeder Aufruf ist eine Zeile in der Unterhaltung und wartet auf „Erlauben“, es sei denn, du vertraust diesem Werkzeug.',
    ownTools: 'Dem Modell auch die eigenen Werkzeuge dieser Karte für das Zuhause geben',
    haTitle: 'LLM-APIs von Home Assistant',
    haLoading: 'MCP-Server von Home Assistant wird gesucht …',
    haLacks: (version: string) =>
      `Home Assistant ${version} hat keinen Model Context Protocol Server: Er kam mit 2025.2, seine Adresse für jede API (/api/mcp/<API>) erst später. Aktualisiere Home Assistant, um seine APIs hier zu nutzen.`,
    haNotSetUp:
      'Um die LLM-APIs von Home Assistant hier zu nutzen, füge die Integration Model Context Protocol Server hinzu: Einstellungen → Geräte & Dienste → Integration hinzufügen → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant erlaubt seine anderen APIs nur Administratoren; du kannst Assist nutzen.',
    narrowNote:
      'Eine Karte, die einschränkt, was das Modell sieht, nutzt diese APIs nicht: Ihre Werkzeuge sehen jede für Assist verfügbar gemachte Entität.',
    useApi: (name: string) => `${name} in Chats verwenden`,
    showTools: (name: string) => `Werkzeuge von ${name}`,
    listing: 'Werkzeuge werden aufgelistet …',
    noTools: 'Keine Werkzeuge angeboten.',
    modes: {
      auto: 'Nach den Regeln des Zuhauses',
      ask: 'Erst fragen',
      trust: 'Vertraut',
      off: 'Aus',
    },
    modeOf: (tool: string) => `Wie das Modell ${tool} verwenden darf`,
    serversTitle: 'MCP-Server',
    noServers: 'Noch kein MCP-Server.',
    add: 'MCP-Server hinzufügen',
    edit: (name: string) => `${name} bearbeiten`,
    remove: (name: string) => `${name} entfernen`,
    enabled: (name: string) => `${name} in Chats verwenden`,
    name: 'Name',
    url: 'Adresse (Streamable HTTP, z. B. https://host:port/mcp)',
    token: 'Bearer-Token (optional; liegt in deinen Benutzerdaten, wird nie exportiert)',
    tokenSaved: 'gespeichert – zum Ersetzen neu eingeben',
    tokenMoved:
      'Die Adresse zeigt jetzt auf einen anderen Server: Der gespeicherte Token wird nicht dorthin gesendet. Gib ihn erneut ein, wenn dieser Server ihn bekommen soll.',
    test: 'Testen',
    testing: 'Wird getestet …',
    save: 'Speichern',
    cancel: 'Abbrechen',
    testOk: (name: string, n: number) =>
      `${name} hat geantwortet und bietet ${plural('de', n, { one: '# Werkzeug', other: '# Werkzeuge' })} an.`,
    testFirst: 'Teste zuerst den Server: Seine Werkzeuge werden dann hier zur Auswahl aufgelistet.',
    describedAs: 'Was der Server darüber sagt (wird dir angezeigt, dem Modell nie als Anweisung)',
    failed: {
      cors: (origin: string) =>
        `Der Server hat geantwortet, erlaubt dieser Seite aber keine Aufrufe (CORS). Er muss Anfragen von ${origin} mit Access-Control-Allow-Origin beantworten, die Methoden POST, GET und DELETE sowie die Header Content-Type, Authorization, Mcp-Session-Id und Mcp-Protocol-Version erlauben (Access-Control-Allow-Headers) und Mcp-Session-Id freigeben (Access-Control-Expose-Headers).`,
      network:
        'Unter dieser Adresse hat nichts geantwortet. Prüfe Host und Port und ob der Server dort lauscht, wo dieser Browser ihn erreichen kann (nicht nur auf seinem eigenen Loopback).',
      mixed_content:
        'Diese Seite wird über https ausgeliefert und der Server über http: Das lehnt der Browser ab. Stelle den Server über https bereit (ein Reverse-Proxy erledigt das) oder öffne Home Assistant über http.',
      redirect:
        'Der Server hat die Anfrage an eine andere Adresse weitergeleitet; mit deinem Token folgt die Karte nie einer Weiterleitung. Gib die Adresse ein, zu der sie führt.',
      auth: 'Der Server verlangt einen Token, den er akzeptiert (401): Gib seinen Bearer-Token ein.',
      forbidden:
        'Der Server hat diesen Benutzer abgelehnt (403). Home Assistant erlaubt seine APIs außer Assist nur Administratoren.',
      not_found:
        'Kein MCP-Endpunkt unter dieser Adresse (404). Streamable-HTTP-Server antworten meist unter einem Pfad wie /mcp.',
      timeout: 'Der Server hat nicht innerhalb von 30 Sekunden geantwortet.',
      garbage: 'Der Server hat mit etwas geantwortet, das nicht das Model Context Protocol ist.',
      too_large: 'Die Antwort des Servers war größer, als die Karte liest (1 MB).',
      rpc: 'Der Server hat die Anfrage mit einem Fehler beantwortet.',
      http: (status: number) => `Der Server hat mit HTTP ${status} geantwortet.`,
      said: (words: string) => `Er meldete: „${words}“`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Neue Automatisierung: ${name}`,
    newScript: (name: string) => `Neues Skript: ${name}`,
    changeTo: (name: string) => `Änderung an ${name}`,
    untitled: 'ohne Namen',
    when: 'Wenn',
    onlyIf: 'Nur wenn',
    then: 'Dann',
    yaml: 'YAML',
    diff: 'Änderungen',
    diffLabel: (removed: number, added: number) =>
      `${plural('de', removed, { one: '# Zeile entfernt', other: '# Zeilen entfernt' })}, ${added} hinzugefügt`,
    save: 'Speichern',
    discard: 'Verwerfen',
    runNow: 'Jetzt ausführen',
    checkConditions: 'Bedingungen prüfen',
    saving: 'Wird gespeichert; warte, bis Home Assistant es geladen hat …',
    running: 'Wird ausgeführt …',
    ran: 'Home Assistant hat es ausgeführt.',
    runFailed: (why: string) => `Home Assistant hat es nicht ausgeführt: ${why}`,
    saved: (name: string) => `Gespeichert: ${name}.`,
    openInHa: 'In Home Assistant öffnen',
    discarded: 'Verworfen. Es wurde nichts geschrieben.',
    notAdmin:
      'Nur ein Administrator kann in Home Assistant Automatisierungen und Skripte speichern. Bitte einen Administrator, es zu speichern oder dich zum Administrator zu machen.',
    busy: 'Speichern und Verwerfen erscheinen, sobald die Antwort vollständig ist.',
    problemsTitle:
      'Noch nicht bereit zum Speichern: Das Modell wurde informiert und schlägt es vielleicht korrigiert erneut vor.',
    notesTitle: 'Bevor du speicherst',
    unreadable: 'Dieser Entwurf kann von dieser Version der Karte nicht gelesen werden.',
    failed: {
      not_admin:
        'Nur ein Administrator kann in Home Assistant Automatisierungen und Skripte speichern.',
      problems: 'Nicht gespeichert: Dein Zuhause hat sich seit dem Entwurf verändert.',
      moved: (entity: string) =>
        `Nicht gespeichert: ${entity} ist nicht mehr die Automatisierung, aus der diese Änderung gelesen wurde.`,
      refused: (message: string) => `Home Assistant hat es abgelehnt: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant hat es geschrieben (id ${key}), aber nicht geladen. Prüfe, ob configuration.yaml die Dateien automations.yaml und scripts.yaml einbindet (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant meldet zu ${at}: ${words}`,
      unknown_keys: (keys: string) => `Schlüssel, die Home Assistant nicht kennt: ${keys}`,
      both_keys: (keys: string) => `Sowohl der Singular- als auch der Plural-Schlüssel: ${keys}`,
      missing: (key: string) => `${key} fehlt oder ist leer`,
      blueprint:
        'Automatisierungen aus einem Blueprint werden im Editor von Home Assistant geändert',
      out_of_scope: (ids: string) =>
        `Entitäten außerhalb dessen, was dieser Chat verwenden darf: ${ids}`,
      unknown_entity: (ids: string) => `Keine solche Entität: ${ids}`,
      wrong_domain: (what: string) => `Eine Aktion an Entitäten einer anderen Domain: ${what}`,
      no_target: (service: string) =>
        `${service} wirkt auf keine Entität, die dieser Chat verwenden darf`,
      device_target: (service: string) =>
        `${service} zielt auf ein Gerät, eine Etage oder ein Label, was sich nicht prüfen lässt`,
      device_action: 'Eine Geräteaktion, die sich nicht prüfen lässt',
      template_service: (service: string) => `Die Aktion ist ein Template: ${service}`,
      template_target: (service: string) => `Die Ziele von ${service} sind ein Template`,
      unknown_area: (area: string) => `Kein solcher Bereich: ${area}`,
      empty_area: (what: string) => `Dort gibt es keine Entität dieser Domain: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `Die id ${id} gehört zu einer anderen Automatisierung`,
      script_key: (key: string) => `„${key}“ kann nicht die id eines Skripts sein`,
      key_taken: (id: string) => `${id} existiert bereits`,
      too_large: 'Zu groß zum Prüfen',
      unreadable: 'Nicht lesbar',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Es wirkt auf ${names}, die in einem Chat auf deine Zustimmung warten. Nach dem Speichern handelt es, ohne zu fragen.`,
      address: (what: string) => `Es sendet eine Adresse: ${what}`,
      path: (what: string) => `Es nennt einen Dateipfad: ${what}`,
      entity: (what: string) => `Es nennt in seinen Daten eine andere Entität: ${what}`,
      webhook: 'Ein Webhook startet es: Jeder in deinem Netzwerk, der seine id kennt, kann das.',
      event: (event: string) =>
        `Es löst das Ereignis ${event} aus, das andere Automatisierungen starten kann.`,
      untargeted: (service: string) => `Es ruft ${service} auf, was auf keine Entität wirkt.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'oder',
      and: 'und',
      changes: (who: string) => `${who} ändert sich`,
      changesTo: (who: string, to: string) => `${who} wechselt zu ${to}`,
      changesFrom: (who: string, from: string) => `${who} wechselt von ${from}`,
      forDuration: (what: string, duration: string) => `${what}, für ${duration}`,
      above: (who: string, value: string) => `${who} steigt über ${value}`,
      below: (who: string, value: string) => `${who} fällt unter ${value}`,
      sunrise: 'bei Sonnenaufgang',
      sunset: 'bei Sonnenuntergang',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `um ${time}`,
      timePattern: 'nach einem Zeitmuster',
      haStart: 'Home Assistant startet',
      haStop: 'Home Assistant wird beendet',
      event: (type: string) => `das Ereignis ${type} wird ausgelöst`,
      enters: (who: string, zone: string) => `${who} betritt ${zone}`,
      leaves: (who: string, zone: string) => `${who} verlässt ${zone}`,
      template: 'ein Template wird wahr',
      webhook: 'sein Webhook wird aufgerufen',
      otherTrigger: (platform: string) => `ein Auslöser vom Typ ${platform}`,
      is: (who: string, state: string) => `${who} ist ${state}`,
      isAbove: (who: string, value: string) => `${who} liegt über ${value}`,
      isBelow: (who: string, value: string) => `${who} liegt unter ${value}`,
      afterSunset: 'nach Sonnenuntergang',
      beforeSunrise: 'vor Sonnenaufgang',
      afterSunrise: 'nach Sonnenaufgang',
      beforeSunset: 'vor Sonnenuntergang',
      after: (time: string) => `nach ${time}`,
      before: (time: string) => `vor ${time}`,
      onDays: (days: string) => `an den Tagen ${days}`,
      templateTrue: 'ein Template ist wahr',
      all: (parts: string) => `alle folgenden: ${parts}`,
      any: (parts: string) => `eine der folgenden: ${parts}`,
      none: (parts: string) => `keine der folgenden: ${parts}`,
      inZone: (who: string, zone: string) => `${who} ist in ${zone}`,
      otherCondition: (kind: string) => `eine Bedingung vom Typ ${kind}`,
      turnOn: (names: string) => `${names} einschalten`,
      turnOff: (names: string) => `${names} ausschalten`,
      toggle: (names: string) => `${names} umschalten`,
      call: (service: string, names: string) => (names ? `${service} für ${names}` : service),
      wait: (duration: string) => `${duration} warten`,
      waitTemplate: 'Warten, bis ein Template wahr ist',
      waitTrigger: (what: string) => `Warten, bis: ${what}`,
      scene: (name: string) => `${name} aktivieren`,
      fire: (event: string) => `Ereignis ${event} auslösen`,
      ifThen: (condition: string, then: string) => `Wenn ${condition}: ${then}`,
      otherwise: (what: string) => `sonst: ${what}`,
      choose: (n: number) =>
        plural('de', n, { one: 'Auswahl aus # Option', other: 'Auswahl aus # Optionen' }),
      repeat: (what: string) => `Wiederholen: ${what}`,
      parallel: (what: string) => `Gleichzeitig: ${what}`,
      continueIf: (condition: string) => `Nur weiter, wenn: ${condition}`,
      stop: 'Stoppen',
      variables: 'Variablen setzen',
      deviceAction: 'Eine Geräteaktion',
      otherAction: 'Eine andere Aktion',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'Personas',
    intro:
      'Eine Persona besteht aus einem Namen, einem Symbol, einem Systemprompt (er darf ein Home-Assistant-Template enthalten), einem Modell und optional einem engeren Bereich und ausgeschalteten Werkzeugen. Wähle im Panel eine für eine neue Unterhaltung oder stelle eine Karte in ihrem Editor auf eine ein; eine Unterhaltung behält die Persona, mit der sie begonnen hat.',
    builtIn:
      'Das sind die eingebauten: Mit deiner ersten Änderung wird die Liste zu deiner eigenen.',
    add: 'Persona hinzufügen',
    name: 'Name',
    icon: 'Symbol (ein Emoji)',
    prompt: 'Systemprompt',
    model: 'Modell',
    modelDefault: 'Das Modell des Chats',
    tools: 'Das Modell darf dein Zuhause auslesen und steuern',
    domains: 'Nur diese Domains (durch Kommas getrennt; leer: alles, was der Chat sehen darf)',
  },
  quickPromptsPage: {
    title: 'Schnellprompts',
    intro:
      'Prompts, die mit einem Tippen auf eine Schaltfläche einer Karte gesendet oder mit „/“ im Nachrichtenfeld ausgewählt werden. Ein Home-Assistant-Template darin ({{ states("sensor.outside_temperature") }}) wird vor dem Senden gerendert. Ein Prompt kann seine Unterhaltung mit einer Persona beginnen oder ein Skript ausführen, statt ein Modell zu fragen (Erlauben wird wie bei den Aktionen des Modells abgefragt).',
    builtIn:
      'Das sind die eingebauten: Mit deiner ersten Änderung wird die Liste zu deiner eigenen.',
    add: 'Schnellprompt hinzufügen',
    label: 'Beschriftung',
    text: 'Gesendeter Text',
    persona: 'Persona einer Unterhaltung, die er beginnt',
    script: 'Oder stattdessen dieses Skript ausführen (seine Entitäts-ID, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'Bearbeiten',
    remove: 'Löschen',
    save: 'Speichern',
    cancel: 'Abbrechen',
    none: 'Keine',
    removed: (name: string) => `${name} gelöscht.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'Erinnerungen',
    intro:
      'Fakten über dich, die der Assistent für spätere Unterhaltungen behält, in deinen Home-Assistant-Benutzerdaten (nur du siehst sie). Er fügt einen hinzu, wenn du ihn bittest, sich etwas zu merken, und jede Ergänzung erscheint in der Unterhaltung mit „Rückgängig“. Die Erinnerungen werden mit deinen Unterhaltungen exportiert, nie mit den Einstellungen.',
    on: 'Erinnerungen in Unterhaltungen verwenden',
    budget: 'Zeichen aus den Erinnerungen, die mit jeder Frage gesendet werden',
    fits: (shown: number, total: number, chars: string) =>
      `${shown} von ${total} Fakten passen in ${chars} Zeichen: Die am besten zur Frage passenden kommen zuerst, dann die neuesten.`,
    empty: 'Noch nichts gemerkt. Bitte den Chat, sich etwas zu merken, oder füge es hier hinzu.',
    newFact: 'Neuer Fakt',
    add: 'Hinzufügen',
    edit: 'Bearbeiten',
    save: 'Speichern',
    cancel: 'Abbrechen',
    remove: 'Löschen',
    fromChat: 'in einer Unterhaltung gemerkt',
    byYou: 'von dir hinzugefügt',
    openChat: 'Unterhaltung öffnen',
    removed: (fact: string) => `„${fact}“ gelöscht.`,
    tooLong: (n: number) => `Ein Fakt darf höchstens ${n} Zeichen haben.`,
    refused:
      'Das sieht nach einem Schlüssel, einem Token oder einer signierten Adresse aus: Es wird nicht gespeichert.',
    full: (n: number) =>
      `Es passen höchstens ${n} Fakten in die Erinnerungen: Lösche zuerst einige.`,
    unreadable: 'Deine Erinnerungen können gerade nicht gelesen werden.',
    invalid: (issues: string) =>
      `Deine gespeicherten Erinnerungen sind ungültig (${issues}); sie bleiben unverändert erhalten und werden hier nicht geändert.`,
  },
  scopeNote: {
    assist: 'Das Modell sieht die Entitäten, die du für Assist verfügbar gemacht hast.',
    'assist-registry':
      'Das Modell sieht die für Assist verfügbar gemachten Entitäten. Entitäten ohne eindeutige ID werden ausgelassen: Nur Administratoren können deren Verfügbarkeitseinstellung lesen.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Diese Seite wird über https ausgeliefert, daher blockiert der Browser Aufrufe an die unverschlüsselte http-Adresse ${url}.`,
    mixed_content_fix:
      'Stelle den Anbieter über https bereit (ein Reverse-Proxy mit Zertifikat) oder öffne Home Assistant in deinem lokalen Netzwerk über http.',
    cors: (url: string) =>
      `Der Anbieter unter ${url} hat geantwortet, erlaubt aber keine Aufrufe von dieser Seite (CORS).`,
    network: (url: string) => `Der Anbieter unter ${url} ist nicht erreichbar.`,
    redirect: (url: string) =>
      `Der Anbieter unter ${url} hat mit einer Weiterleitung an eine andere Adresse geantwortet, und die Karte folgt keinen Weiterleitungen.`,
    redirect_to: (url: string, location: string) =>
      `Der Anbieter unter ${url} wollte die Anfrage an ${location} weiterleiten, und die Karte folgt keinen Weiterleitungen.`,
    redirect_fix:
      'Ein Schlüssel geht nur an die Adresse, für die er gespeichert wurde. Wenn die andere Adresse die richtige ist, gib sie als Basis-URL ein (und den Schlüssel erneut).',
    too_long: (chars: string) =>
      `Die Antwort hat ${chars} Zeichen überschritten, das Maximum für eine Antwort hier, und wurde dort gestoppt.`,
    too_long_fix:
      'Was angekommen ist, bleibt erhalten. Bitte um eine kürzere Antwort oder um einen Teil nach dem anderen; wenn der Anbieter ohne Ende sendet, prüfe seinen Server.',
    network_fix:
      'Prüfe, ob der Server läuft, ob Adresse und Port stimmen und ob dieses Gerät ihn erreichen kann.',
    private_network: (url: string) =>
      `Der Browser hat einen Aufruf von dieser öffentlichen Adresse an die private Adresse ${url} blockiert (Local Network Access).`,
    private_network_fix:
      'Erlaube dieser Website den Zugriff auf das lokale Netzwerk, wenn der Browser danach fragt, oder öffne Home Assistant über seine lokale Adresse.',
    auth: (status: number) => `Der Anbieter hat den API-Schlüssel abgelehnt (HTTP ${status}).`,
    auth_fix:
      'Prüfe den Schlüssel in den Anbietereinstellungen; er ist vielleicht falsch, abgelaufen oder hat keinen Zugriff auf dieses Modell.',
    auth_fix_litellm:
      'Dieses LiteLLM hat keine Datenbank und akzeptiert daher nur seinen Master-Key: Prüfe den Schlüssel in den Anbietereinstellungen.',
    not_found: 'Der Anbieter hat mit „nicht gefunden“ geantwortet (HTTP 404).',
    not_found_fix_v1:
      'Endet die Basis-URL auf /v1? Die meisten OpenAI-kompatiblen Server benötigen das.',
    not_found_fix_model: 'Prüfe die Modell-ID: Der Anbieter kennt sie möglicherweise nicht.',
    bad_request: (status: number) => `Der Anbieter hat die Anfrage abgelehnt (HTTP ${status}).`,
    bad_request_fix:
      'Prüfe das Modell und seine Optionen (Max. Tokens, Temperatur) in den Einstellungen.',
    rate_limited: 'Der Anbieter begrenzt die Anzahl der Anfragen (HTTP 429).',
    rate_limited_wait: (s: number) => `Warte etwa ${s} s und versuche es erneut.`,
    rate_limited_fix: 'Warte einen Moment und versuche es erneut.',
    quota:
      'Dein Konto bei diesem Anbieter hat kein Guthaben mehr oder sein Kontingent überschritten.',
    quota_fix:
      'Prüfe die Abrechnung oder das Budget des Schlüssels beim Anbieter; erneutes Versuchen hilft nicht.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `Die Anfrage ist größer, als dieser Schlüssel auf einmal senden darf: ${requested} Tokens, über seinem Limit von ${limit}.`
        : 'Die Anfrage ist größer, als dieser Schlüssel auf einmal senden darf.',
    too_large_fix:
      'Sende weniger: weniger frühere Nachrichten (Kontextnachrichten), einen kürzeren Systemprompt oder weniger Max. Tokens; oder bitte den Anbieter um ein höheres Limit. Erneutes Versuchen hilft nicht.',
    no_vision: 'Das Modell hat das Bild abgelehnt: Es nimmt keine Bilder.',
    no_vision_fix:
      'Wähle für diesen Chat ein Modell, das Bilder nimmt, oder frage ohne Bild; schalte Vision für dieses Modell in den Einstellungen aus, damit der Chat es vor dem Senden sagt.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `Die Unterhaltung ist länger als der Kontext des Modells von ${limit} Tokens.`
        : 'Die Unterhaltung ist länger als der Kontext des Modells.',
    context_length_fix:
      'Beginne eine neue Unterhaltung, sende weniger frühere Nachrichten (Kontextnachrichten) oder lege die Kontextlänge des Modells in den Einstellungen fest, damit die ältesten Nachrichten weggelassen werden.',
    timeout_first: (s: number) => `Der Anbieter hat ${s} s lang nichts gesendet.`,
    timeout_idle: (s: number) =>
      `Der Anbieter hat mitten in der Antwort ${s} s lang nichts mehr gesendet.`,
    timeout_fix:
      'Ein lokaler Server lädt vielleicht noch das Modell; versuche es erneut oder erhöhe das Zeitlimit in den Anbietereinstellungen.',
    server: (status: number) =>
      `Beim Anbieter ist ein interner Fehler aufgetreten (HTTP ${status}).`,
    server_fix:
      'Es wurde erneut versucht und ist wieder fehlgeschlagen. Prüfe die Logs des Anbieters und versuche es dann erneut.',
    malformed: 'Der Anbieter hat eine Antwort gesendet, die diese Karte nicht lesen kann.',
    malformed_fix:
      'Prüfe, ob die Basis-URL auf eine OpenAI-kompatible API zeigt (meist mit /v1 am Ende).',
    in_band: 'Der Anbieter hat beim Antworten einen Fehler gemeldet.',
    agent: 'Der Gesprächsagent von Home Assistant konnte nicht antworten.',
    agent_fix: 'Prüfe den Agenten und seinen Assistenten unter Einstellungen → Sprachassistenten.',
    aborted: 'Gestoppt.',
    provider_says: (text: string) => `Der Anbieter meldet: „${text}“`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM erlaubt standardmäßig jeden Ursprung; falls du das eingeschränkt hast, füge diese Home-Assistant-Adresse zu den erlaubten Ursprüngen hinzu.',
    ollama:
      'Ollama akzeptiert nur Aufrufe vom eigenen Rechner: Setze OLLAMA_ORIGINS auf diese Home-Assistant-Adresse (oder *) und starte Ollama neu.',
    vllm: 'Starte vLLM mit --allowed-origins, das diese Home-Assistant-Adresse enthält.',
    llamacpp:
      'llama-server erlaubt Browser standardmäßig; prüfe einen eventuell vorgeschalteten Reverse-Proxy.',
    lmstudio:
      'Aktiviere CORS in den Servereinstellungen von LM Studio (oder lms server start --cors).',
    openai:
      'Der Anbieter sollte Browser zulassen; ein Proxy oder eine Browsererweiterung dazwischen blockiert den Aufruf möglicherweise.',
    generic:
      'Erlaube diese Home-Assistant-Adresse (ihren Ursprung) in den CORS-Einstellungen des Anbieters oder schalte einen Proxy davor, der CORS-Header hinzufügt.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} für ${targets}`,
};
