import type { Strings } from './en';
import { plural } from './plural';

/** Czech. */
export const strings: Strings = {
  cardName: 'Konverzace kompatibilní s OpenAI',
  cardDescription:
    'Chatujte s vlastním poskytovatelem kompatibilním s OpenAI (LiteLLM, Ollama, vLLM, OpenAI, …) a ovládejte svůj domov.',
  panelTitle: 'AI Chat',
  message: 'Zpráva',
  send: 'Odeslat',
  stop: 'Zastavit',
  placeholder: 'Zeptejte se na cokoli…',
  emptyConversation: 'Pozdravte a začněte konverzaci.',
  you: 'Vy',
  assistant: 'Asistent',
  thinking: 'Přemýšlí',
  reasoning: 'Uvažování',
  cutOff: 'Odpověď zde byla useknuta.',
  stoppedByUser: 'Zastaveno.',
  dismiss: 'Zavřít',
  retry: 'Zkusit znovu',
  announceAnswer: (text: string) => `Asistent: ${text}`,
  retrying: (s: number) => `Nový pokus za ${s} s…`,

  // Per message.
  msg: {
    copy: 'Kopírovat',
    readAloud: 'Přečíst nahlas',
    stopReading: 'Zastavit čtení',
    copied: 'Zkopírováno',
    copyCode: 'Kopírovat kód',
    edit: 'Upravit',
    editLabel: 'Upravit zprávu',
    sendEdited: 'Odeslat upravenou zprávu',
    cancel: 'Zrušit',
    regenerate: 'Vygenerovat znovu',
    continue: 'Pokračovat',
    delete: 'Smazat',
    previousVariant: 'Předchozí varianta',
    nextVariant: 'Další varianta',
    variantOf: (i: number, n: number) => `Varianta ${i} z ${n}`,
    writtenBy: (model: string) => `Napsal model ${model}`,
    notSaved: 'Zatím neuloženo',
    notSavedWhy:
      'Home Assistant to zatím nemohl uložit. Uložení se zopakuje, jakmile bude připojení obnoveno; do té doby nechte tuto stránku otevřenou.',
    earlier: (n: number) => `Zobrazit starší zprávy (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Tuto konverzaci se nepodařilo přečíst (${issues}). Zůstává tak, jak je.`,
    tooLarge: (mb: string, max: string) =>
      `Tato konverzace má ${mb} MB, víc, než Home Assistant dokáže uložit v jednom kuse (${max} MB): to, co zaznělo naposledy, se zobrazuje zde, ale neukládá se.`,
    tooLargeFix:
      'Exportujte konverzaci, abyste si ponechali kopii, a začněte novou konverzaci. Místo uvolní i smazání dlouhých odpovědí.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
  freshConversation:
    'Při každé návštěvě začít novou konverzaci (kiosky, nástěnné tablety); předchozí zůstanou v seznamu v panelu',
  openInPanel: 'Otevřít v panelu',
  conversations: {
    list: 'Konverzace',
    toggle: 'Zobrazit konverzace',
    new: 'Nová konverzace',
    search: 'Hledat konverzace',
    searchPlaceholder: 'Hledat v názvech a zprávách',
    untitled: 'Nová konverzace',
    today: 'Dnes',
    yesterday: 'Včera',
    options: (title: string) => `Možnosti: ${title}`,
    rename: 'Přejmenovat',
    renameLabel: 'Název konverzace',
    archive: 'Archivovat',
    unarchive: 'Obnovit z archivu',
    archived: (n: number) => `Archivované (${n})`,
    exportMarkdown: 'Exportovat jako Markdown',
    exportJson: 'Exportovat jako JSON',
    delete: 'Smazat',
    deleted: (title: string) => `Smazáno „${title}“.`,
    undo: 'Zpět',
    noMatches: 'Žádná konverzace neodpovídá.',
    unreadable: (issues: string) =>
      `Seznam konverzací se nepodařilo přečíst (${issues}). Zůstává tak, jak je; nové konverzace se v něm nezobrazí, dokud nebude opraven.`,
    empty: 'Zatím žádné konverzace.',
    model: 'Model',
    modelDefault: (name: string) => `Výchozí (${name})`,
    shortcuts: 'Alt+Shift+N: nová konverzace · /: pole zprávy · Esc: zastavit odpověď',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Konverzace',
    measuring: 'Zjišťování, kolik místa konverzace zabírají…',
    used: (n: number, used: string, budget: string) =>
      `${plural('cs', n, { one: '# konverzace', few: '# konverzace', many: '# konverzace', other: '# konverzací' })}, ${used} z ${budget} místa vyhrazeného pro ně v uživatelských datech Home Assistanta`,
    near: 'Konverzace se blíží k limitu místa, které je pro ně vyhrazeno. Starší exportujte a archivujte (Archivovat v seznamu a pak je zde přesuňte do souboru), nebo některé smažte. Nic se neodstraní, dokud to sami neuděláte.',
    over: 'Konverzace zabírají více než místo, které je pro ně vyhrazeno. Všechny jsou stále uchovány, ale Home Assistant tato data přepisuje při každé zprávě a ukládá je do každé zálohy: starší exportujte a archivujte, nebo některé smažte.',
    largeConversation: (title: string, size: string) =>
      `Samotná konverzace „${title}“ zabírá ${size}. Home Assistant nedokáže uložit konverzaci o mnoho větší než 3 MB: exportujte ji a pokračujte v nové.`,
    explain:
      'Konverzace jsou uloženy v uživatelských datech Home Assistanta vedle vašeho nastavení, takže je vidí každé zařízení, na kterém se přihlásíte. Nic se nesmaže, dokud to sami nesmažete.',
    exportMarkdown: 'Exportovat vše jako Markdown',
    exportJson: 'Exportovat vše jako JSON',
    import: 'Importovat konverzace',
    imported: (n: number, added: number, changed: number) =>
      `Ze souboru načteno: ${plural('cs', n, { one: '# konverzace', few: '# konverzace', many: '# konverzace', other: '# konverzací' })}; ${plural('cs', added, { one: '# nová', few: '# nové', many: '# nové', other: '# nových' })}, ${changed} s přidanými zprávami.`,
    moveArchived: (n: number) =>
      plural('cs', n, {
        one: 'Přesunout # archivovanou konverzaci do souboru',
        few: 'Přesunout # archivované konverzace do souboru',
        many: 'Přesunout # archivované konverzace do souboru',
        other: 'Přesunout # archivovaných konverzací do souboru',
      }),
    confirmMove: (n: number) =>
      plural('cs', n, {
        one: '# archivovaná konverzace je v právě uloženém souboru. Odstranit ji teď z Home Assistanta?',
        few: '# archivované konverzace jsou v právě uloženém souboru. Odstranit je teď z Home Assistanta?',
        many: '# archivované konverzace je v právě uloženém souboru. Odstranit je teď z Home Assistanta?',
        other:
          '# archivovaných konverzací je v právě uloženém souboru. Odstranit je teď z Home Assistanta?',
      }),
    moved: (n: number) =>
      plural('cs', n, {
        one: '# archivovaná konverzace byla přesunuta do souboru.',
        few: '# archivované konverzace byly přesunuty do souboru.',
        many: '# archivované konverzace bylo přesunuto do souboru.',
        other: '# archivovaných konverzací bylo přesunuto do souboru.',
      }),
  },
  exportTool: 'Nástroj',
  importWhat: 'Import',
  importMismatch: (entry: string, doc: string) =>
    `záznam ${entry} a konverzace ${doc} si neodpovídají`,

  noProvider:
    'Zatím není nastaven žádný poskytovatel. Přidejte ho v editoru této karty (nebo v nastavení AI Chat).',
  unknownProvider: (id: string) =>
    `Tato karta používá poskytovatele „${id}“, který už ve vašem nastavení není. Vyberte jiného v editoru karty.`,
  noModel: (provider: string) =>
    `Poskytovatel „${provider}“ nemá vybraný model. Vyberte model v editoru karty.`,
  settingsInvalid: (issues: string) =>
    `Nastavení AI Chat se nepodařilo přečíst (${issues}). Zůstává tak, jak je; opravte ho nebo ho exportujte v nastavení.`,
  settingsLoading: 'Načítání nastavení…',

  // Settings pages.
  voice: {
    speak: 'Mluvit',
    noStt:
      'Váš hlasový asistent nemá převod řeči na text: zvolte ho v Nastavení → Hlasoví asistenti.',
    sttRefused: (said: string) =>
      `Převod řeči na text vašeho hlasového asistenta nepřijímá zvuk, který posílá hlasový dialog Home Assistantu (16 kHz mono). Zvolte jiný v Nastavení → Hlasoví asistenti. Home Assistant hlásí: ${said}`,
    nothingHeard: 'Nic nebylo rozpoznáno. Mluvte znovu a blíže k mikrofonu.',
    micRefused:
      'Prohlížeč nesměl použít mikrofon: povolte ho pro tento web (ikona v adresním řádku) a zkuste to znovu.',
    noMic: 'V tomto zařízení nebyl nalezen žádný mikrofon.',
    insecure:
      'Prohlížeče dávají mikrofon jen zabezpečeným stránkám: otevřete Home Assistant přes https (nebo na tomto počítači přes localhost).',
    sendSpoken: 'Odeslat řečené hned (jinak skončí v poli zprávy)',
    noPipeline:
      'V Home Assistantu není nastaven žádný hlasový asistent: přidejte ho v Nastavení → Hlasoví asistenti.',
    noTts:
      'Váš hlasový asistent nemá převod textu na řeč: zvolte ho v Nastavení → Hlasoví asistenti.',
    failed: (what: string) => `Hlasová funkce selhala: ${what}`,
    autoRead:
      'Číst každou odpověď nahlas, jakmile je hotová (převod textu na řeč vašeho hlasového asistenta, pro všechny vaše chaty)',
  },
  agents: {
    cardLimits:
      'Tato karta omezuje, co smí asistent dělat (nástroje vypnuté nebo užší rozsah), a váš výchozí model je agent Home Assistantu, který jedná podle vlastních pravidel. Zvolte pro tuto kartu v jejím editoru model poskytovatele.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Agenti Home Assistantu',
    note: 'Vlastní agenti Home Assistantu ovládají domácnost vlastními nástroji a oprávněními: schvalování a rozsah této karty se na jejich činnost nevztahují.',
    noPictures:
      'Agenti Home Assistantu nepřijímají obrázky: pro dotaz na obrázek zvolte model poskytovatele.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Používat paměť',
    useHint: 'S touto konverzací se posílá to, co jste asistenta požádali, aby si zapamatoval.',
    without: 'Tato konverzace vaši paměť nepoužívá.',
    undo: 'Zpět',
    undone: 'Vráceno',
    remembered: (fact: string) => `Zapamatováno „${fact}“`,
    changed: (before: string, after: string) => `Změněno „${before}“ na „${after}“`,
    forgot: (fact: string) => `Zapomenuto „${fact}“`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Domácnost',
    energy: 'Energie',
    kids: 'Děti',
    pick: 'Persona',
    none: 'Bez persony',
    using: (name: string) => `Persona: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'Dobrou noc',
    goodNightText:
      'Dobrou noc: zhasni světla, která ještě svítí, a řekni mi, jestli jsou zamčené dveře.',
    whatsOpen: 'Co je otevřené?',
    whatsOpenText: 'Které dveře, okna a rolety jsou právě otevřené?',
    energyToday: 'Energie dnes',
    energyTodayText: 'Kolik energie dnes dům spotřeboval?',
    title: 'Rychlé dotazy',
    noMatch: 'Žádný rychlý dotaz neodpovídá.',
    ran: (label: string) => `${label}: hotovo.`,
    notRun: (label: string) => `${label}: nespuštěno.`,
    templateFailed: (why: string) => `Šablonu rychlého dotazu se nepodařilo vykreslit: ${why}`,
  },
  images: {
    attach: 'Připojit obrázek',
    snapshot: 'Snímek z kamery',
    camera: 'Kamera',
    pickCamera: 'Vyberte kameru…',
    noCamera: 'V rozsahu tohoto chatu není žádná kamera (kamery zpřístupněné Assistu).',
    snapshotFailed: 'Snímek z kamery se z Home Assistantu nepodařilo načíst.',
    attached: 'Obrázky k odeslání',
    picture: (n: number) => `Obrázek ${n}`,
    remove: (n: number) => `Odebrat obrázek ${n}`,
    sent: 'Obrázek odeslaný s dotazem',
    tooMany: (n: number) => `S jedním dotazem lze poslat nejvýše ${n} obrázky.`,
    unreadable: 'Soubor nešlo přečíst jako obrázek.',
    noVision: (model: string) =>
      `${model} je nastaven jako model bez obrázků (Vision je v jeho nastavení vypnuto): zapněte mu Vision, nebo zvolte model, který obrázky přijímá.`,
    vision: 'Vision: přijímá obrázky',
    fromTool: 'Obrázek, který model dostal',
  },
  context: {
    label: 'Kontext',
    used: (tokens: string, limit: string) => `${tokens} z ${limit} tokenů`,
    leftOut: (n: number) => `Dřívější zprávy vynechané, aby se vešly do kontextu modelu: ${n}`,
    length: 'Délka kontextu (tokeny)',
    learned: (n: string) => `Poskytovatel uvedl, že jeho kontext má ${n} tokenů.`,
  },
  usage: {
    title: 'Spotřeba',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `vstup ${input} · výstup ${output}`,
    answerLong: (input: string, output: string) =>
      `Tokeny na vstupu: ${input}, na výstupu: ${output}`,
    reasoning: (n: string) => `z toho ${n} na uvažování`,
    cached: (n: string) => `${n} z mezipaměti poskytovatele`,
    estimated: 'Odhad: poskytovatel nenahlásil žádnou spotřebu, proto byla spočítána z textu.',
    priced: 'Náklady vypočtené z cen nastavených pro tento model.',
    conversation: (tokens: string) => `Tokeny v této konverzaci: ${tokens}`,
    days: 'Posledních 30 dní',
    chart: 'Tokeny za den a model, posledních 30 dní',
    model: 'Model',
    answers: 'Odpovědi',
    input: 'Tokeny na vstupu',
    output: 'Tokeny na výstupu',
    cost: 'Náklady',
    total: 'Celkem',
    none: 'Zatím nic nezapočítáno: spotřeba se zde zobrazí po první odpovědi.',
    someEstimated: (n: string) => `odhadnuto: ${n} (poskytovatel spotřebu nenahlásil)`,
    explain:
      'Počítá se podle toho, co každý poskytovatel uvádí ke své odpovědi, jinak se odhaduje z textu (zhruba čtyři znaky na token). Náklady jsou ty, které uvádí poskytovatel (OpenRouter), jinak ty, které vyplývají z cen nastavených pro daný model. Ukládá se v uživatelských datech Home Assistanta: každý požadavek po dobu jednoho týdne, poté jeden součet za model a den; smazání konverzace na tom nic nemění.',
    budget: 'Měsíční rozpočet (US$)',
    budgets: 'Měsíční rozpočty',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} z ${budget} tento měsíc`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} stál tento měsíc ${spent}, víc než jeho měsíční rozpočet ${budget}.`,
    priceInput: 'Cena za milion tokenů na vstupu (US$)',
    priceOutput: 'Cena za milion tokenů na výstupu (US$)',
  },
  settings: {
    title: 'Nastavení',
    providers: 'Poskytovatelé',
    addProvider: 'Přidat poskytovatele',
    editProvider: (name: string) => `Upravit ${name}`,
    authMode: 'Klíče',
    authGlobal: 'Jeden klíč pro všechny modely',
    authPerModel: 'Samostatný klíč pro každý model',
    keySaved: 'Uloženo – psaním nahradíte',
    keyMoved: (from: string, to: string) =>
      `Uložený klíč patřil k ${from}: na ${to} se neodesílá. Zadejte klíč pro novou adresu.`,
    removeKey: 'Odebrat uložený klíč',
    timeout: 'Časový limit (v sekundách, pro první bajt a mezi bloky)',
    addModel: 'Přidat',
    modelsFetched: (n: number, when: string) =>
      `${plural('cs', n, { one: '# model', few: '# modely', many: '# modelu', other: '# modelů' })} od poskytovatele, načteno ${when}.`,
    chosenModels: 'Modely tohoto poskytovatele',
    removeModel: (id: string) => `Odebrat ${id}`,
    remove: 'Odebrat',
    displayName: 'Zobrazovaný název',
    modelKey: (id: string) => `API klíč pro ${id}`,
    modelTools: 'Nástroje (volání funkcí): tento model smí ovládat domácnost',
    edit: 'Upravit',
    makeDefault: 'Nastavit jako výchozí',
    isDefault: 'Výchozí',
    defaultModel: 'Výchozí model',
    modelsCount: (n: number) =>
      plural('cs', n, { one: '# model', few: '# modely', many: '# modelu', other: '# modelů' }),
    keyState: {
      global: 'klíč uložen',
      none: 'bez klíče',
      per_model: 'samostatný klíč pro každý model',
    },
    confirmRemove: (name: string) =>
      `Odebrat ${name}? Jeho klíč bude smazán spolu s ním; karty, které ho používají, na to budou upozorňovat, dokud nevyberete jiného poskytovatele.`,
    noProviders:
      'Zatím žádný poskytovatel. Přidejte ho: LiteLLM, Ollama, vLLM, OpenAI, … (základní URL obvykle končí na /v1).',
    export: 'Exportovat nastavení',
    exportHint: 'Soubor JSON bez jakýchkoli klíčů.',
    import: 'Importovat nastavení',
    importReview: 'Co import tohoto souboru změní',
    importLoosens: 'Méně bezpečné:',
    importNoChanges: 'Nic se nezmění.',
    importConfirm: 'Importovat',
    importKeysNeeded: (names: string[]) => `Po importu přidejte klíče pro: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `Importováno: ${plural('cs', n, { one: '# poskytovatel', few: '# poskytovatelé', many: '# poskytovatele', other: '# poskytovatelů' })}.${missing.length ? ` Přidejte klíče pro: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Nastavení se nepodařilo přečíst',
    invalidBody:
      'Zůstává přesně tak, jak je. Exportujte ho, opravte ručně a pak importujte opravený soubor, nebo začněte znovu (kopie zůstane ve vašich uživatelských datech).',
    exportBroken: 'Exportovat dokument',
    startOver: 'Začít znovu',
    confirmStartOver: 'Nahradit nastavení prázdným? Kopie aktuálního dokumentu zůstane zachována.',
    saved: 'Uloženo.',
    back: 'Zpět do chatu',
    managePrompt: 'Poskytovatelé, modely a klíče se spravují v nastavení panelu AI Chat.',
    openSettings: 'Otevřít nastavení',
    maxRounds: 'Počet kol nástrojů na odpověď',
    server: 'Server',
    name: 'Název',
    baseUrl: 'Základní URL',
    apiKey: 'API klíč (volitelný; uložen v uživatelských datech Home Assistanta, nikdy v kartě)',
    cancel: 'Zrušit',
    saveProvider: 'Uložit poskytovatele',
    loadModels: 'Načíst modely',
    reloadModels: 'Znovu načíst modely',
    typeModel: 'Nebo zadejte ID modelu',
    searchModels: 'Hledat modely',
    models: 'Modely',
    noModelsMatch: 'Žádný model neodpovídá.',
    moreModels: (n: number) =>
      plural('cs', n, {
        one: 'Ještě # model: zužte hledání.',
        few: 'Ještě # modely: zužte hledání.',
        many: 'Ještě # modelu: zužte hledání.',
        other: 'Ještě # modelů: zužte hledání.',
      }),
    maxTokens: 'Max. počet tokenů',
    temperature: 'Teplota',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Zjištěno z odpovědí poskytovatele: ${[
        l.token_param === 'max_completion_tokens'
          ? 'délka odpovědi se posílá jako max_completion_tokens (max_tokens odmítl)'
          : '',
        l.temperature === false ? 'teplota se neposílá (přijímá jen svou výchozí)' : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Zapomenout',
    forgetLearned: (id: string) => `Zapomenout, co bylo zjištěno o ${id}`,
    serverAuto: (name: string) => `Rozpoznáno podle adresy (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Název',
    agent: 'Agent',
    systemPrompt: 'Šablona systémového promptu',
    maxTokens: 'Max. počet tokenů',
    temperature: 'Teplota',
    contextMessages: 'Zprávy v kontextu',
    home: 'Domácnost',
    onlyDomains: 'Pouze tyto domény',
    onlyAreas: 'Pouze tyto oblasti',
    onlyEntities: 'Pouze tyto entity',
    search: 'Hledat',
    providerAndModel: 'Poskytovatel a model',
    noProviderYet: 'Zatím žádný poskytovatel: přidejte ho a začněte chatovat.',
    provider: 'Poskytovatel',
    model: 'Model',
    default: 'Výchozí',
    defaultNamed: (name: string) => `Výchozí (${name})`,
    addProvider: 'Přidat poskytovatele',
    settingsInvalid: (issues: string) => `Nastavení není platné: ${issues}`,
    persona: 'Persona',
    personaNone: 'Žádná (výchozí model a prompt)',
    chips: 'Rychlé dotazy zobrazené jako tlačítka',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menu',
  connectionLost: 'Připojení k Home Assistantovi bylo ztraceno.',
  outdated: 'Tato karta byla od načtení stránky aktualizována: znovu načtěte stránku.',

  picker: {
    add: (text: string) => `Přidat „${text}“`,
    remove: (name: string) => `Odebrat ${name}`,
    noMatch: 'Nic neodpovídá',
    more: 'Další výsledky: pište dál a seznam se zúží',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB je víc, než Home Assistant dokáže uložit v jednom kuse (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: „${id}“ není ID, jaké tato karta zapisuje (písmena, číslice, _ . ~ -, nejvýše 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `Konverzace ${id} má ${(bytes / 1e6).toFixed(1)} MB, víc, než Home Assistant dokáže uložit v jednom kuse (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `Soubor je větší než ${Math.round(bytes / 1_048_576)} MB, víc, než takový soubor kdy potřebuje: zvolte soubor, který jste exportovali.`,
    cardConfig: 'Nastavení karty',
    secretInCard: (key: string) =>
      `„${key}“ do karty nepatří: její konfiguraci si může přečíst každý uživatel, který může otevřít tento ovládací panel. Odeberte ho a přidejte klíč v nastavení AI Chat, které ho uchovává ve vašich vlastních uživatelských datech Home Assistanta.`,
    newerVersion: (what: string, version: string) =>
      `zapsáno novější verzí této karty (${what} verze ${version}); aktualizujte kartu – data zůstávají tak, jak jsou`,
    noUpgrade: (version: number) => `nelze aktualizovat z verze nastavení ${version}`,
    settingsInvalid: (issues: string) =>
      `Uložené nastavení není platné (${issues}); nebylo přepsáno.`,
    olderList: 'starší verze seznamu konverzací; znovu načtěte stránku',
    notJson: 'soubor není JSON',
    notSettings: 'soubor neobsahuje dokument nastavení',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Otestovat připojení',
    running: 'Testování…',
    titles: {
      address: 'Adresa',
      reach: 'Server je dostupný',
      cors: 'Volání z této stránky povolena (CORS)',
      key: 'API klíč',
      models: 'Seznam modelů (/models)',
      completion: 'Odpověď o jednom tokenu',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: 'v pořádku', warn: 'varování', fail: 'selhalo', skipped: 'nekontrolováno' },
    skipped: 'Nekontrolováno: předchozí krok selhal.',
    badUrl: (url: string) => `„${url}“ není adresa http(s).`,
    badUrlFix: 'Zadejte celou adresu, např. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, lze volat z této stránky.`,
    reachOk: (host: string) => `${host} odpovídá.`,
    corsOk: 'Server této stránce volání povoluje.',
    keyOk: 'Klíč byl přijat.',
    noKeyOk: 'Nebyl odeslán žádný klíč a server žádný nevyžadoval.',
    modelsOk: (n: number) =>
      plural('cs', n, {
        one: 'V seznamu je # model.',
        few: 'V seznamu jsou # modely.',
        many: 'V seznamu je # modelu.',
        other: 'V seznamu je # modelů.',
      }),
    modelNotListed: (n: number, model: string) =>
      `${plural('cs', n, {
        one: 'V seznamu je # model',
        few: 'V seznamu jsou # modely',
        many: 'V seznamu je # modelu',
        other: 'V seznamu je # modelů',
      })}, ale ne „${model}“.`,
    modelNotListedFix:
      'Zkontrolujte ID modelu; některé servery uvádějí jen část modelů, které poskytují, proto ho další krok vyzkouší.',
    noModelList: 'Tento server nemá seznam modelů: zadejte ID modelů ručně.',
    noModelListFix: 'Pokud odpověď níže funguje, není co opravovat.',
    v1Fix: 'Končí základní URL na /v1? Většina serverů kompatibilních s OpenAI to vyžaduje.',
    noModel: 'Zatím není vybrán žádný model: vyberte nebo zadejte model a otestujte znovu.',
    completionOk: (model: string) => `${model} odpověděl.`,
    unknownModel: (model: string) => `Poskytovatel nezná model „${model}“.`,
    unknownModelFix:
      'Vyberte model ze seznamu poskytovatele (Znovu načíst modely), nebo ověřte, jak ho poskytovatel zapisuje.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (hlavička api-key)',
    anthropic: 'Anthropic (kompatibilita s OpenAI)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (kompatibilita s OpenAI)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Jiný server kompatibilní s OpenAI',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `Model stále volal nástroje: zastaveno po ${plural('cs', n, { one: '# kole', few: '# kolech', many: '# kola', other: '# kolech' })}. Zeptejte se znovu, nebo zvyšte limit v nastavení.`,
  toolsUnsupported:
    'Tento model nepodporuje nástroje. Vypněte mu nástroje v editoru karty (Nástroje), nebo vyberte model, který podporuje volání funkcí.',
  approve: 'Schválit',
  deny: 'Zamítnout',
  toolNeedsApproval: (what: string) => `Chce spustit ${what}. Schválit?`,
  cameraApproval: (camera: string) => `Chce se podívat kamerou ${camera}. Schválit?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Chce spustit ${what} (${reasons}). Schválit?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Přidá poskytovatele ${name} (${origin}).`,
    providerRemoved: (name: string) => `Odebere poskytovatele ${name} a jeho klíče.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Přesune ${name} z ${from} na ${to}.`,
    providerChanged: (name: string) => `Změní nastavení poskytovatele ${name}.`,
    keyRetype: (name: string) =>
      `${name} nyní směřuje na jinou adresu nebo jiný druh serveru: jeho uložený klíč se tam neodesílá. Zadejte klíč znovu v jeho nastavení.`,
    cameraApprovalOn: 'Model se zeptá, než se podívá kamerou.',
    cameraApprovalOff: 'Model se dívá kamerami, aniž by se nejdřív zeptal.',
    confirmRemoved: (items: string) => `Model se už neptá před akcí u těchto položek: ${items}.`,
    confirmAdded: (items: string) => `Model se ptá před akcí u těchto položek: ${items}.`,
    toolsOn: 'Model smí ovládat vaši domácnost.',
    toolsOff: 'Model už vaši domácnost neovládá.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) smí ovládat vaši domácnost.`,
    maxRounds: (from: number, to: number) => `Počet kol nástrojů na odpověď: ${from} → ${to}.`,
    autoReadOn: 'Každá odpověď se přečte nahlas, jakmile je hotová.',
    autoReadOff: 'Odpovědi se už samy nahlas nečtou.',
    sendSpokenOn: 'Řečené se odešle hned, bez pohledu na text.',
    sendSpokenOff: 'Řečené nejdřív skončí v poli zprávy.',
    promptChanged: 'Systémový prompt se mění.',
    defaultChanged: (to: string) => `Výchozím modelem se stane ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `akce na ${names}`,
    address: (field: string, value: string) => `adresa v poli ${field}: ${value}`,
    path: (field: string, value: string) => `cesta k souboru v poli ${field}: ${value}`,
    entity: (field: string, name: string) => `jiná entita v poli ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Model požádal o více než ${plural('cs', n, { one: '# akci', few: '# akce', many: '# akce', other: '# akcí' })} v jedné odpovědi; zbytek nebyl proveden.`,
  toolStatus: {
    awaiting: 'Čeká na vaše schválení',
    running: 'Probíhá…',
    done: 'Hotovo',
    error: 'Selhalo',
    denied: 'Zamítnuto',
    stopped: 'Nespuštěno',
    unknown:
      'Výsledek neznámý: během běhu se ztratilo připojení k Home Assistantovi. Zkontrolujte to.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Zapnuto: ${names}`,
      turn_off: (names: string) => `Vypnuto: ${names}`,
      toggle: (names: string) => `Přepnuto: ${names}`,
      lock: (names: string) => `Zamčeno: ${names}`,
      unlock: (names: string) => `Odemčeno: ${names}`,
      open: (names: string) => `Otevřeno: ${names}`,
      close: (names: string) => `Zavřeno: ${names}`,
      press: (names: string) => `Stisknuto: ${names}`,
      temperature: (names: string) => `Nastavena teplota: ${names}`,
      play: (names: string) => `Spuštěno přehrávání: ${names}`,
      pause: (names: string) => `Pozastaveno: ${names}`,
      script: (names: string) => `Spuštěno: ${names}`,
      scene: (names: string) => `Aktivováno: ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Zapnout ${names}`,
      turn_off: (names: string) => `Vypnout ${names}`,
      toggle: (names: string) => `Přepnout ${names}`,
      lock: (names: string) => `Zamknout ${names}`,
      unlock: (names: string) => `Odemknout ${names}`,
      open: (names: string) => `Otevřít ${names}`,
      close: (names: string) => `Zavřít ${names}`,
      press: (names: string) => `Stisknout ${names}`,
      temperature: (names: string) => `Nastavit teplotu: ${names}`,
      play: (names: string) => `Spustit přehrávání: ${names}`,
      pause: (names: string) => `Pozastavit ${names}`,
      script: (names: string) => `Spustit ${names}`,
      scene: (names: string) => `Aktivovat ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argumenty',
  toolResult: 'Výsledek',
  toolLiveState: 'Nyní',
  toolNames: {
    list_entities: 'Vypsány entity',
    get_entity: 'Přečteno',
    call_service: 'Zavoláno',
    list_areas: 'Vypsány oblasti',
    get_history: 'Přečtena historie',
    get_camera_image: 'Podíval se kamerou',
    home_assistant: 'Home Assistant provedl akci:',
    list_automations: 'Vypsány automatizace a skripty',
    get_automation: 'Přečteno',
    get_automation_traces: 'Přečteno trasování',
    get_logbook: 'Přečten deník',
    propose_automation: 'Navržena automatizace',
    propose_script: 'Navržen skript',
    remember: 'Zapamatováno',
    update_memory: 'Změněn záznam v paměti',
    forget: 'Zapomenut záznam z paměti',
  },
  confirmField:
    'Ptát se také před akcí u těchto položek (domény nebo entity, pro všechny vaše chaty; u zámků, alarmů a garážových vrat se ptá vždy)',
  cameraApprovalField: 'Ptát se, než se model podívá kamerou (pro všechny vaše chaty)',
  toolsToggle: 'Povolit modelu číst a ovládat domácnost (nástroje)',
  scopeNarrow: 'Níže to můžete pro tuto kartu zúžit (odděleno čárkami; prázdné: bez zúžení).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Nástroje z MCP',
    explain:
      'Nástroje z LLM API Home Assistanta a ze serverů Model Context Protocol, které může model volat. Co server o svých nástrojích říká, se zobrazuje zde vám a nikdy se nevkládá do instrukcí modelu; každé volání je řádek v konverzaci a čeká na vaše schválení, pokud tomuto nástroji nedůvěřujete.',
    ownTools: 'Dát modelu také vlastní nástroje této karty pro ovládání domácnosti',
    haTitle: 'LLM API Home Assistanta',
    haLoading: 'Hledání MCP serveru Home Assistanta…',
    haLacks: (version: string) =>
      `Home Assistant ${version} nemá Model Context Protocol Server: ten přibyl ve verzi 2025.2 a jeho adresa pro každé API (/api/mcp/<API>) až později. Aktualizujte Home Assistant, abyste zde mohli jeho API používat.`,
    haNotSetUp:
      'Chcete-li zde používat LLM API Home Assistanta, přidejte jeho integraci Model Context Protocol Server: Nastavení → Zařízení a služby → Přidat integraci → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant dovoluje své ostatní API používat jen správcům; vy můžete používat Assist.',
    narrowNote:
      'Karta, která zužuje, co model vidí, tato API nepoužívá: jejich nástroje vidí všechny entity zpřístupněné Assistu.',
    useApi: (name: string) => `Používat ${name} v chatech`,
    showTools: (name: string) => `Nástroje: ${name}`,
    listing: 'Načítání seznamu nástrojů…',
    noTools: 'Nenabízí žádné nástroje.',
    modes: {
      auto: 'Podle pravidel domácnosti',
      ask: 'Nejdřív se zeptat',
      trust: 'Důvěryhodný',
      off: 'Vypnuto',
    },
    modeOf: (tool: string) => `Jak smí model používat ${tool}`,
    serversTitle: 'MCP servery',
    noServers: 'Zatím žádný MCP server.',
    add: 'Přidat MCP server',
    edit: (name: string) => `Upravit ${name}`,
    remove: (name: string) => `Odebrat ${name}`,
    enabled: (name: string) => `Používat ${name} v chatech`,
    name: 'Název',
    url: 'Adresa (Streamable HTTP, např. https://host:port/mcp)',
    token: 'Bearer token (volitelný; uložen ve vašich uživatelských datech, nikdy se neexportuje)',
    tokenSaved: 'uloženo – psaním nahradíte',
    tokenMoved:
      'Adresa teď vede na jiný server: uložený token se tam neposílá. Pokud ho má tento server dostat, zadejte ho znovu.',
    test: 'Otestovat',
    testing: 'Testování…',
    save: 'Uložit',
    cancel: 'Zrušit',
    testOk: (name: string, n: number) =>
      `${name} odpověděl a nabízí ${plural('cs', n, { one: '# nástroj', few: '# nástroje', many: '# nástroje', other: '# nástrojů' })}.`,
    testFirst: 'Nejdřív server otestujte: jeho nástroje se pak zde zobrazí k výběru.',
    describedAs: 'Co o něm říká server (zobrazuje se vám, modelu nikdy jako instrukce)',
    failed: {
      cors: (origin: string) =>
        `Server odpověděl, ale této stránce volání nepovoluje (CORS). Musí na požadavky z ${origin} odpovídat s Access-Control-Allow-Origin, povolit metody POST, GET a DELETE a hlavičky Content-Type, Authorization, Mcp-Session-Id a Mcp-Protocol-Version (Access-Control-Allow-Headers) a zpřístupnit Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Na této adrese nic neodpovědělo. Zkontrolujte hostitele a port a to, že server naslouchá tam, kde se k němu tento prohlížeč dostane (nejen na svém vlastním loopbacku).',
      mixed_content:
        'Tato stránka je načtena přes https a server přes http: to prohlížeč odmítá. Zpřístupněte server přes https (zařídí to reverzní proxy), nebo otevřete Home Assistanta přes http.',
      redirect:
        'Server přeposlal požadavek na jinou adresu; karta s vaším tokenem přesměrování nikdy nenásleduje. Zadejte adresu, na kterou vede.',
      auth: 'Server chce token, který přijme (401): zadejte jeho bearer token.',
      forbidden:
        'Server tohoto uživatele odmítl (403). Home Assistant dovoluje svá API kromě Assistu používat jen správcům.',
      not_found:
        'Na této adrese není žádný MCP endpoint (404). Servery Streamable HTTP obvykle odpovídají na cestě jako /mcp.',
      timeout: 'Server neodpověděl do 30 sekund.',
      garbage: 'Server odpověděl něčím, co není Model Context Protocol.',
      too_large: 'Odpověď serveru byla větší, než karta přečte (1 MB).',
      rpc: 'Server na požadavek odpověděl chybou.',
      http: (status: number) => `Server odpověděl HTTP ${status}.`,
      said: (words: string) => `Sdělil: „${words}“`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Nová automatizace: ${name}`,
    newScript: (name: string) => `Nový skript: ${name}`,
    changeTo: (name: string) => `Úprava: ${name}`,
    untitled: 'bez názvu',
    when: 'Když',
    onlyIf: 'Jen pokud',
    then: 'Pak',
    yaml: 'YAML',
    diff: 'Změny',
    diffLabel: (removed: number, added: number) =>
      `${plural('cs', removed, { one: '# řádek odebrán', few: '# řádky odebrány', many: '# řádku odebráno', other: '# řádků odebráno' })}, ${plural('cs', added, { one: '# přidán', few: '# přidány', many: '# přidáno', other: '# přidáno' })}`,
    save: 'Uložit',
    discard: 'Zahodit',
    runNow: 'Spustit nyní',
    checkConditions: 'Ověřit podmínky',
    saving: 'Ukládá se a čeká se, až to Home Assistant načte…',
    running: 'Spouští se…',
    ran: 'Home Assistant to spustil.',
    runFailed: (why: string) => `Home Assistant to nespustil: ${why}`,
    saved: (name: string) => `Uloženo: ${name}.`,
    openInHa: 'Otevřít v Home Assistantovi',
    discarded: 'Zahozeno. Nic nebylo zapsáno.',
    notAdmin:
      'Automatizace a skripty může v Home Assistantovi ukládat jen správce. Požádejte správce, aby to uložil, nebo aby vás správcem udělal.',
    busy: 'Tlačítka Uložit a Zahodit se objeví, jakmile bude odpověď hotová.',
    problemsTitle: 'Zatím nelze uložit: model se to dozvěděl a možná to navrhne znovu, opravené.',
    notesTitle: 'Než uložíte',
    unreadable: 'Tento návrh nelze touto verzí karty přečíst.',
    failed: {
      not_admin: 'Automatizace a skripty může v Home Assistantovi ukládat jen správce.',
      problems: 'Neuloženo: domácnost se od vytvoření návrhu změnila.',
      moved: (entity: string) =>
        `Neuloženo: ${entity} už není automatizace, ze které byla tato změna načtena.`,
      refused: (message: string) => `Home Assistant to odmítl: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant to zapsal (id ${key}), ale nenačetl. Zkontrolujte, že configuration.yaml vkládá automations.yaml a scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant hlásí (${at}): ${words}`,
      unknown_keys: (keys: string) => `Klíče, které Home Assistant nezná: ${keys}`,
      both_keys: (keys: string) => `Klíč v jednotném i v množném čísle: ${keys}`,
      missing: (key: string) => `${key} chybí nebo je prázdný`,
      blueprint: 'Automatizace z blueprintu se upravují v editoru Home Assistanta',
      out_of_scope: (ids: string) => `Entity mimo to, co tento chat smí používat: ${ids}`,
      unknown_entity: (ids: string) => `Taková entita neexistuje: ${ids}`,
      wrong_domain: (what: string) => `Akce na entitách jiné domény: ${what}`,
      no_target: (service: string) =>
        `${service} nepůsobí na žádnou entitu, kterou tento chat smí používat`,
      device_target: (service: string) =>
        `${service} cílí na zařízení, podlaží nebo štítek, což nelze ověřit`,
      device_action: 'Akce zařízení, kterou nelze ověřit',
      template_service: (service: string) => `Akce je šablona: ${service}`,
      template_target: (service: string) => `Cíle akce ${service} jsou šablona`,
      unknown_area: (area: string) => `Taková oblast neexistuje: ${area}`,
      empty_area: (what: string) => `Není tam žádná entita této domény: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `id ${id} patří jiné automatizaci`,
      script_key: (key: string) => `„${key}“ nemůže být id skriptu`,
      key_taken: (id: string) => `${id} už existuje`,
      too_large: 'Příliš velké na ověření',
      unreadable: 'Nelze přečíst',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Působí na ${names}, u kterých se v chatu čeká na vaše schválení. Po uložení bude jednat bez ptaní.`,
      address: (what: string) => `Odesílá adresu: ${what}`,
      path: (what: string) => `Uvádí cestu k souboru: ${what}`,
      entity: (what: string) => `Ve svých datech uvádí jinou entitu: ${what}`,
      webhook: 'Spouští ji webhook: může ji spustit kdokoli ve vaší síti, kdo zná jeho id.',
      event: (event: string) => `Vyvolává událost ${event}, která může spustit jiné automatizace.`,
      untargeted: (service: string) => `Volá akci ${service}, která nepůsobí na žádnou entitu.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'nebo',
      and: 'a',
      changes: (who: string) => `${who} se změní`,
      changesTo: (who: string, to: string) => `${who} se změní na ${to}`,
      changesFrom: (who: string, from: string) => `${who} se změní z ${from}`,
      forDuration: (what: string, duration: string) => `${what}, po dobu ${duration}`,
      above: (who: string, value: string) => `${who} stoupne nad ${value}`,
      below: (who: string, value: string) => `${who} klesne pod ${value}`,
      sunrise: 'při východu slunce',
      sunset: 'při západu slunce',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `v ${time}`,
      timePattern: 'podle časového vzoru',
      haStart: 'Home Assistant se spustí',
      haStop: 'Home Assistant se zastaví',
      event: (type: string) => `nastane událost ${type}`,
      enters: (who: string, zone: string) => `${who} vstoupí do zóny ${zone}`,
      leaves: (who: string, zone: string) => `${who} opustí zónu ${zone}`,
      template: 'šablona začne platit',
      webhook: 'je zavolán její webhook',
      otherTrigger: (platform: string) => `spouštěč typu ${platform}`,
      is: (who: string, state: string) => `${who} je ${state}`,
      isAbove: (who: string, value: string) => `${who} je nad ${value}`,
      isBelow: (who: string, value: string) => `${who} je pod ${value}`,
      afterSunset: 'po západu slunce',
      beforeSunrise: 'před východem slunce',
      afterSunrise: 'po východu slunce',
      beforeSunset: 'před západem slunce',
      after: (time: string) => `po ${time}`,
      before: (time: string) => `před ${time}`,
      onDays: (days: string) => `ve dnech ${days}`,
      templateTrue: 'šablona platí',
      all: (parts: string) => `všechny z: ${parts}`,
      any: (parts: string) => `kterákoli z: ${parts}`,
      none: (parts: string) => `žádná z: ${parts}`,
      inZone: (who: string, zone: string) => `${who} je v zóně ${zone}`,
      otherCondition: (kind: string) => `podmínka typu ${kind}`,
      turnOn: (names: string) => `Zapnout ${names}`,
      turnOff: (names: string) => `Vypnout ${names}`,
      toggle: (names: string) => `Přepnout ${names}`,
      call: (service: string, names: string) => (names ? `${service} na ${names}` : service),
      wait: (duration: string) => `Počkat ${duration}`,
      waitTemplate: 'Počkat, až bude šablona platit',
      waitTrigger: (what: string) => `Počkat, až: ${what}`,
      scene: (name: string) => `Aktivovat ${name}`,
      fire: (event: string) => `Vyvolat událost ${event}`,
      ifThen: (condition: string, then: string) => `Pokud ${condition}: ${then}`,
      otherwise: (what: string) => `jinak: ${what}`,
      choose: (n: number) =>
        plural('cs', n, {
          one: 'Výběr z # možnosti',
          few: 'Výběr mezi # možnostmi',
          many: 'Výběr mezi # možnostmi',
          other: 'Výběr mezi # možnostmi',
        }),
      repeat: (what: string) => `Opakovat: ${what}`,
      parallel: (what: string) => `Současně: ${what}`,
      continueIf: (condition: string) => `Pokračovat, jen pokud ${condition}`,
      stop: 'Zastavit',
      variables: 'Nastavit proměnné',
      deviceAction: 'Akce zařízení',
      otherAction: 'Jiná akce',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'Persony',
    intro:
      'Persona je název, ikona, systémový prompt (může obsahovat šablonu Home Assistantu), model a volitelně užší rozsah a vypnuté nástroje. Vyberte ji pro novou konverzaci v panelu nebo ji nastavte kartě v jejím editoru; konverzace si ponechá personu, se kterou začala.',
    builtIn: 'Toto jsou vestavěné persony: první změnou se seznam uloží jako váš.',
    add: 'Přidat personu',
    name: 'Název',
    icon: 'Ikona (emoji)',
    prompt: 'Systémový prompt',
    model: 'Model',
    modelDefault: 'Model chatu',
    tools: 'Povolit modelu číst a ovládat domácnost',
    domains: 'Pouze tyto domény (odděleno čárkami; prázdné: vše, co chat smí vidět)',
  },
  quickPromptsPage: {
    title: 'Rychlé dotazy',
    intro:
      'Dotazy odeslané jedním klepnutím na tlačítko karty nebo vybrané pomocí „/“ v poli zprávy. Šablona Home Assistantu v dotazu ({{ states("sensor.outside_temperature") }}) se před odesláním vykreslí. Dotaz může zahájit svou konverzaci s personou nebo místo dotazu na model spustit skript (schválení se vyžaduje stejně jako u akcí modelu).',
    builtIn: 'Toto jsou vestavěné rychlé dotazy: první změnou se seznam uloží jako váš.',
    add: 'Přidat rychlý dotaz',
    label: 'Popisek',
    text: 'Odesílaný text',
    persona: 'Persona konverzace, kterou zahájí',
    script: 'Nebo místo toho spustit tento skript (jeho ID entity, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'Upravit',
    remove: 'Smazat',
    save: 'Uložit',
    cancel: 'Zrušit',
    none: 'Žádné',
    removed: (name: string) => `Smazáno: ${name}.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'Paměť',
    intro:
      'Fakta o vás, která si asistent uchovává pro další konverzace, ve vašich uživatelských datech Home Assistanta (vidíte je jen vy). Nový fakt přidá, když ho požádáte, aby si něco zapamatoval, a každé přidání se v konverzaci zobrazí s tlačítkem Zpět. Paměť se exportuje s vašimi konverzacemi, nikdy s nastavením.',
    on: 'Používat paměť v konverzacích',
    budget: 'Počet znaků paměti posílaných s každou otázkou',
    fits: (shown: number, total: number, chars: string) =>
      `Do ${chars} znaků se vejdou fakta: ${shown} z ${total}. Nejdřív ta, která mají k otázce nejblíž, pak nejnovější.`,
    empty:
      'Zatím není nic zapamatováno. Požádejte chat, aby si něco zapamatoval, nebo to přidejte zde.',
    newFact: 'Nový fakt',
    add: 'Přidat',
    edit: 'Upravit',
    save: 'Uložit',
    cancel: 'Zrušit',
    remove: 'Smazat',
    fromChat: 'zapamatováno v konverzaci',
    byYou: 'přidáno vámi',
    openChat: 'Otevřít konverzaci',
    removed: (fact: string) => `Smazáno „${fact}“.`,
    tooLong: (n: number) =>
      `Fakt může mít nejvýše ${plural('cs', n, { one: '# znak', few: '# znaky', other: '# znaků' })}.`,
    refused: 'Vypadá to jako klíč, token nebo podepsaná adresa: neuloží se.',
    full: (n: number) =>
      `Paměť pojme nejvýše ${plural('cs', n, { one: '# fakt', few: '# fakta', other: '# faktů' })}: nejdřív nějaké smažte.`,
    unreadable: 'Vaši paměť teď nelze přečíst.',
    invalid: (issues: string) =>
      `Vaše uložená paměť není platná (${issues}); zůstává tak, jak je, a zde se nemění.`,
  },
  scopeNote: {
    assist: 'Model vidí entity, které jste vystavili Asistentovi.',
    'assist-registry':
      'Model vidí entity vystavené Asistentovi. Entity bez jedinečného ID jsou vynechány: jejich nastavení vystavení mohou číst jen správci.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Tato stránka je načtena přes https, proto prohlížeč blokuje volání na nezabezpečenou adresu http ${url}.`,
    mixed_content_fix:
      'Zpřístupněte poskytovatele přes https (reverzní proxy s certifikátem), nebo otevřete Home Assistanta přes http v místní síti.',
    cors: (url: string) =>
      `Poskytovatel na ${url} odpověděl, ale nepovoluje volání z této stránky (CORS).`,
    network: (url: string) => `Nelze se spojit s poskytovatelem na ${url}.`,
    redirect: (url: string) =>
      `Poskytovatel na ${url} odpověděl přesměrováním na jinou adresu a karta přesměrování nenásleduje.`,
    redirect_to: (url: string, location: string) =>
      `Poskytovatel na ${url} se pokusil přeposlat požadavek na ${location} a karta přesměrování nenásleduje.`,
    redirect_fix:
      'Klíč se posílá jen na adresu, pro kterou byl uložen. Pokud je správná ta druhá adresa, zadejte ji jako základní URL (a znovu klíč).',
    too_long: (chars: string) =>
      `Odpověď překročila ${chars} znaků, nejvíc, kolik tu jedna odpověď smí mít, a byla v tom místě zastavena.`,
    too_long_fix:
      'Co dorazilo, zůstává zachováno. Požádejte o kratší odpověď nebo o jednu část po druhé; pokud poskytovatel posílá bez konce, zkontrolujte jeho server.',
    network_fix:
      'Zkontrolujte, že server běží, že adresa a port jsou správné a že se k němu toto zařízení dostane.',
    private_network: (url: string) =>
      `Prohlížeč zablokoval volání z této veřejné adresy na soukromou adresu ${url} (přístup k místní síti).`,
    private_network_fix:
      'Až se prohlížeč zeptá, povolte tomuto webu přístup k místní síti, nebo otevřete Home Assistanta přes jeho místní adresu.',
    auth: (status: number) => `Poskytovatel odmítl API klíč (HTTP ${status}).`,
    auth_fix:
      'Zkontrolujte klíč v nastavení poskytovatele; může být chybný, propadlý nebo nemít přístup k tomuto modelu.',
    auth_fix_litellm:
      'Tento LiteLLM nemá databázi, takže přijímá jen svůj hlavní klíč (master key): zkontrolujte klíč v nastavení poskytovatele.',
    not_found: 'Poskytovatel odpověděl „nenalezeno“ (HTTP 404).',
    not_found_fix_v1:
      'Končí základní URL na /v1? Většina serverů kompatibilních s OpenAI to vyžaduje.',
    not_found_fix_model: 'Zkontrolujte ID modelu: poskytovatel ho možná nezná.',
    bad_request: (status: number) => `Poskytovatel požadavek odmítl (HTTP ${status}).`,
    bad_request_fix: 'Zkontrolujte v nastavení model a jeho volby (max. počet tokenů, teplota).',
    rate_limited: 'Poskytovatel omezuje počet požadavků (HTTP 429).',
    rate_limited_wait: (s: number) => `Počkejte asi ${s} s a zkuste to znovu.`,
    rate_limited_fix: 'Chvíli počkejte a zkuste to znovu.',
    quota: 'Váš účet u tohoto poskytovatele vyčerpal kredit nebo překročil kvótu.',
    quota_fix: 'Zkontrolujte u poskytovatele fakturaci nebo rozpočet klíče; opakování nepomůže.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `Požadavek je větší, než tento klíč smí odeslat najednou: ${plural('cs', requested, { one: '# token', few: '# tokeny', many: '# tokenu', other: '# tokenů' })}, což překračuje jeho limit ${limit}.`
        : 'Požadavek je větší, než tento klíč smí odeslat najednou.',
    too_large_fix:
      'Posílejte méně: méně předchozích zpráv (Zprávy v kontextu), kratší systémový prompt nebo nižší hodnotu „Max. počet tokenů“; nebo požádejte poskytovatele o vyšší limit. Opakování nepomůže.',
    no_vision: 'Model obrázek odmítl: obrázky nepřijímá.',
    no_vision_fix:
      'Zvolte pro tento chat model, který přijímá obrázky, nebo se zeptejte bez obrázku; vypněte tomuto modelu Vision v nastavení, aby to chat řekl ještě před odesláním.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `Konverzace je delší než kontext modelu (${limit} tokenů).`
        : 'Konverzace je delší než kontext modelu.',
    context_length_fix:
      'Začněte novou konverzaci, posílejte méně dřívějších zpráv (Zprávy v kontextu) nebo nastavte délku kontextu modelu v nastavení, aby se nejstarší zprávy vynechaly.',
    timeout_first: (s: number) => `Poskytovatel po dobu ${s} s nic neposlal.`,
    timeout_idle: (s: number) => `Poskytovatel uprostřed odpovědi na ${s} s přestal posílat data.`,
    timeout_fix:
      'Místní server možná ještě načítá model; zkuste to znovu, nebo zvyšte časový limit v nastavení poskytovatele.',
    server: (status: number) => `U poskytovatele došlo k interní chybě (HTTP ${status}).`,
    server_fix:
      'Požadavek byl zopakován a stále selhal. Zkontrolujte protokoly poskytovatele a pak to zkuste znovu.',
    malformed: 'Poskytovatel poslal odpověď, kterou tato karta neumí přečíst.',
    malformed_fix:
      'Zkontrolujte, že základní URL odkazuje na API kompatibilní s OpenAI (obvykle končí na /v1).',
    in_band: 'Poskytovatel během odpovídání nahlásil chybu.',
    agent: 'Konverzační agent Home Assistantu nedokázal odpovědět.',
    agent_fix: 'Zkontrolujte agenta a jeho asistenta v Nastavení → Hlasoví asistenti.',
    aborted: 'Zastaveno.',
    provider_says: (text: string) => `Poskytovatel hlásí: „${text}“`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM ve výchozím stavu povoluje všechny původy (origins); pokud jste to omezili, přidejte tuto adresu Home Assistanta mezi povolené původy.',
    ollama:
      'Ollama přijímá volání jen ze svého vlastního počítače: nastavte OLLAMA_ORIGINS na tuto adresu Home Assistanta (nebo *) a Ollama restartujte.',
    vllm: 'Spusťte vLLM s --allowed-origins, které zahrnuje tuto adresu Home Assistanta.',
    llamacpp:
      'llama-server ve výchozím stavu volání z prohlížečů povoluje; zkontrolujte reverzní proxy před ním.',
    lmstudio: 'Povolte CORS v nastavení serveru LM Studio (nebo lms server start --cors).',
    openai:
      'Poskytovatel by měl volání z prohlížečů povolovat; volání možná blokuje proxy nebo rozšíření prohlížeče, které stojí mezi nimi.',
    generic:
      'Povolte tuto adresu Home Assistanta (její původ, origin) v nastavení CORS poskytovatele, nebo před něj umístěte proxy, která přidává hlavičky CORS.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} na ${targets}`,
};
