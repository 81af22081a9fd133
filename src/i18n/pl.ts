import type { Strings } from './en';
import { plural } from './plural';

/** Polish. */
export const strings: Strings = {
  cardName: 'Rozmowa zgodna z OpenAI',
  cardDescription:
    'Rozmawiaj z własnym dostawcą zgodnym z OpenAI (LiteLLM, Ollama, vLLM, OpenAI, …) i steruj swoim domem.',
  panelTitle: 'AI Chat',
  message: 'Wiadomość',
  send: 'Wyślij',
  stop: 'Zatrzymaj',
  placeholder: 'Zapytaj o cokolwiek…',
  emptyConversation: 'Przywitaj się, aby rozpocząć rozmowę.',
  you: 'Ty',
  assistant: 'Asystent',
  thinking: 'Myśli',
  reasoning: 'Rozumowanie',
  cutOff: 'Odpowiedź została tutaj ucięta.',
  stoppedByUser: 'Zatrzymano.',
  dismiss: 'Zamknij',
  retry: 'Spróbuj ponownie',
  announceAnswer: (text: string) => `Asystent: ${text}`,
  retrying: (s: number) => `Ponowna próba za ${s} s…`,

  // Per message.
  msg: {
    copy: 'Kopiuj',
    readAloud: 'Czytaj na głos',
    stopReading: 'Zatrzymaj czytanie',
    copied: 'Skopiowano',
    copyCode: 'Kopiuj kod',
    edit: 'Edytuj',
    editLabel: 'Edytuj wiadomość',
    sendEdited: 'Wyślij zmienioną wiadomość',
    cancel: 'Anuluj',
    regenerate: 'Wygeneruj ponownie',
    continue: 'Kontynuuj',
    delete: 'Usuń',
    previousVariant: 'Poprzedni wariant',
    nextVariant: 'Następny wariant',
    variantOf: (i: number, n: number) => `Wariant ${i} z ${n}`,
    writtenBy: (model: string) => `Napisane przez ${model}`,
    notSaved: 'Jeszcze nie zapisano',
    notSavedWhy:
      'Home Assistant nie mógł jeszcze tego zapisać. Ponowna próba nastąpi, gdy tylko połączenie wróci; do tego czasu nie zamykaj tej strony.',
    earlier: (n: number) => `Pokaż wcześniejsze wiadomości (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Nie udało się odczytać tej rozmowy (${issues}). Pozostaje bez zmian.`,
    tooLarge: (mb: string, max: string) =>
      `Ta rozmowa ma ${mb} MB, więcej, niż Home Assistant może przechować w jednym kawałku (${max} MB): to, co powiedziano na końcu, jest widoczne tutaj, ale nie zostało zapisane.`,
    tooLargeFix:
      'Wyeksportuj rozmowę, aby zachować kopię, i rozpocznij nową rozmowę. Usunięcie długich odpowiedzi również zwalnia miejsce.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Czat',
  freshConversation:
    'Rozpoczynaj nową rozmowę przy każdej wizycie (kioski, tablety ścienne); wcześniejsze pozostają na liście w panelu',
  openInPanel: 'Otwórz w panelu',
  conversations: {
    list: 'Rozmowy',
    toggle: 'Pokaż rozmowy',
    new: 'Nowa rozmowa',
    search: 'Szukaj rozmów',
    searchPlaceholder: 'Szukaj w tytułach i wiadomościach',
    untitled: 'Nowa rozmowa',
    today: 'Dziś',
    yesterday: 'Wczoraj',
    options: (title: string) => `Opcje: ${title}`,
    rename: 'Zmień nazwę',
    renameLabel: 'Nazwa rozmowy',
    archive: 'Archiwizuj',
    unarchive: 'Przywróć z archiwum',
    archived: (n: number) => `Zarchiwizowane (${n})`,
    exportMarkdown: 'Eksportuj jako Markdown',
    exportJson: 'Eksportuj jako JSON',
    delete: 'Usuń',
    deleted: (title: string) => `Usunięto „${title}”.`,
    undo: 'Cofnij',
    noMatches: 'Żadna rozmowa nie pasuje.',
    unreadable: (issues: string) =>
      `Nie udało się odczytać listy rozmów (${issues}). Pozostaje bez zmian; nowe rozmowy nie pojawią się na niej, dopóki nie zostanie naprawiona.`,
    empty: 'Nie ma jeszcze rozmów.',
    model: 'Model',
    modelDefault: (name: string) => `Domyślny (${name})`,
    shortcuts: 'Alt+Shift+N: nowa rozmowa · /: pole wiadomości · Esc: zatrzymaj odpowiedź',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Rozmowy',
    measuring: 'Sprawdzanie, ile miejsca zajmują rozmowy…',
    used: (n: number, used: string, budget: string) =>
      `${plural('pl', n, { one: '# rozmowa', few: '# rozmowy', many: '# rozmów', other: '# rozmowy' })}, ${used} z ${budget} miejsca przeznaczonego na nie w danych użytkownika Home Assistant`,
    near: 'Rozmowy zbliżają się do limitu przeznaczonego na nie miejsca. Wyeksportuj i zarchiwizuj starsze (Archiwizuj na liście, a potem przenieś je tutaj do pliku) lub usuń niektóre. Nic nie zostanie usunięte, dopóki sam tego nie zrobisz.',
    over: 'Rozmowy zajmują więcej niż przeznaczone na nie miejsce. Wszystkie są nadal przechowywane, ale Home Assistant zapisuje te dane od nowa przy każdej wiadomości i umieszcza je w każdej kopii zapasowej: wyeksportuj i zarchiwizuj starsze lub usuń niektóre.',
    largeConversation: (title: string, size: string) =>
      `Sama rozmowa „${title}” zajmuje ${size}. Home Assistant nie może przechować rozmowy znacznie większej niż 3 MB: wyeksportuj ją i kontynuuj w nowej.`,
    explain:
      'Rozmowy są przechowywane w danych użytkownika Home Assistant, obok ustawień, więc widzi je każde urządzenie, na którym się zalogujesz. Nic nie zostanie usunięte, dopóki sam tego nie usuniesz.',
    exportMarkdown: 'Eksportuj wszystkie jako Markdown',
    exportJson: 'Eksportuj wszystkie jako JSON',
    import: 'Importuj rozmowy',
    imported: (n: number, added: number, changed: number) =>
      `Odczytano z pliku ${plural('pl', n, { one: '# rozmowę', few: '# rozmowy', many: '# rozmów', other: '# rozmowy' })}: ${plural('pl', added, { one: '# nowa', few: '# nowe', many: '# nowych', other: '# nowej' })}, ${changed} z dodanymi wiadomościami.`,
    moveArchived: (n: number) =>
      plural('pl', n, {
        one: 'Przenieś # zarchiwizowaną rozmowę do pliku',
        few: 'Przenieś # zarchiwizowane rozmowy do pliku',
        many: 'Przenieś # zarchiwizowanych rozmów do pliku',
        other: 'Przenieś # zarchiwizowanej rozmowy do pliku',
      }),
    confirmMove: (n: number) =>
      plural('pl', n, {
        one: '# zarchiwizowana rozmowa jest w zapisanym właśnie pliku. Usunąć ją teraz z Home Assistant?',
        few: '# zarchiwizowane rozmowy są w zapisanym właśnie pliku. Usunąć je teraz z Home Assistant?',
        many: '# zarchiwizowanych rozmów jest w zapisanym właśnie pliku. Usunąć je teraz z Home Assistant?',
        other:
          '# zarchiwizowanej rozmowy jest w zapisanym właśnie pliku. Usunąć je teraz z Home Assistant?',
      }),
    moved: (n: number) =>
      plural('pl', n, {
        one: 'Przeniesiono do pliku # zarchiwizowaną rozmowę.',
        few: 'Przeniesiono do pliku # zarchiwizowane rozmowy.',
        many: 'Przeniesiono do pliku # zarchiwizowanych rozmów.',
        other: 'Przeniesiono do pliku # zarchiwizowanej rozmowy.',
      }),
  },
  exportTool: 'Narzędzie',
  importWhat: 'Import',
  importMismatch: (entry: string, doc: string) =>
    `wpis ${entry} i rozmowa ${doc} nie pasują do siebie`,

  noProvider:
    'Nie skonfigurowano jeszcze żadnego dostawcy. Dodaj go w edytorze tej karty (lub w ustawieniach AI Chat).',
  unknownProvider: (id: string) =>
    `Ta karta używa dostawcy „${id}”, którego nie ma już w ustawieniach. Wybierz innego w edytorze karty.`,
  noModel: (provider: string) =>
    `Dostawca „${provider}” nie ma wybranego modelu. Wybierz model w edytorze karty.`,
  settingsInvalid: (issues: string) =>
    `Nie udało się odczytać ustawień AI Chat (${issues}). Pozostają bez zmian; napraw je lub wyeksportuj w ustawieniach.`,
  settingsLoading: 'Wczytywanie ustawień…',

  // Settings pages.
  voice: {
    speak: 'Mów',
    noStt:
      'Twój asystent głosowy nie ma zamiany mowy na tekst: wybierz ją w Ustawienia → Asystenci głosowi.',
    sttRefused: (said: string) =>
      `Zamiana mowy na tekst Twojego asystenta głosowego nie przyjmuje dźwięku, który wysyła okno głosowe Home Assistanta (16 kHz mono). Wybierz inną w Ustawienia → Asystenci głosowi. Home Assistant zgłasza: ${said}`,
    nothingHeard: 'Nic nie zrozumiano. Powiedz jeszcze raz, bliżej mikrofonu.',
    micRefused:
      'Przeglądarka nie może używać mikrofonu: zezwól na to dla tej witryny (ikona na pasku adresu) i spróbuj ponownie.',
    noMic: 'Nie znaleziono mikrofonu w tym urządzeniu.',
    insecure:
      'Przeglądarki dają mikrofon tylko bezpiecznym stronom: otwórz Home Assistanta przez https (lub na tym komputerze przez localhost).',
    sendSpoken: 'Wysyłaj od razu to, co powiesz (inaczej trafi do pola wiadomości)',
    noPipeline:
      'W Home Assistancie nie skonfigurowano asystenta głosowego: dodaj go w Ustawienia → Asystenci głosowi.',
    noTts:
      'Twój asystent głosowy nie ma zamiany tekstu na mowę: wybierz ją w Ustawienia → Asystenci głosowi.',
    failed: (what: string) => `Funkcja głosowa nie powiodła się: ${what}`,
    autoRead:
      'Czytaj na głos każdą odpowiedź po jej ukończeniu (zamiana tekstu na mowę Twojego asystenta głosowego, we wszystkich czatach)',
  },
  agents: {
    cardLimits:
      'Ta karta ogranicza, co asystent może robić (narzędzia wyłączone lub węższy zakres), a Twój domyślny model to agent Home Assistanta, który działa według własnych reguł. Wybierz dla tej karty model dostawcy w jej edytorze.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Agenci Home Assistanta',
    note: 'Własni agenci Home Assistanta sterują domem własnymi narzędziami i uprawnieniami: zatwierdzanie i zakres tej karty ich nie dotyczą.',
    noPictures:
      'Agenci Home Assistanta nie przyjmują obrazów: wybierz model dostawcy, aby zapytać o obraz.',
  },
  memory: {
    use: 'Używaj pamięci',
    useHint: 'Rzeczy, które asystent zapamiętał na Twoją prośbę, są dołączane do tej rozmowy.',
    without: 'Ta rozmowa nie korzysta z Twojej pamięci.',
    undo: 'Cofnij',
    undone: 'Cofnięto',
    remembered: (fact: string) => `Zapamiętano „${fact}”`,
    changed: (before: string, after: string) => `Zmieniono „${before}” na „${after}”`,
    forgot: (fact: string) => `Usunięto z pamięci „${fact}”`,
  },
  personas: {
    home: 'Dom',
    energy: 'Energia',
    kids: 'Dzieci',
    pick: 'Persona',
    none: 'Bez persony',
    using: (name: string) => `Persona: ${name}`,
  },
  quickPrompts: {
    goodNight: 'Dobranoc',
    goodNightText:
      'Dobranoc: wyłącz światła, które jeszcze się świecą, i powiedz mi, czy drzwi są zamknięte na klucz.',
    whatsOpen: 'Co jest otwarte?',
    whatsOpenText: 'Które drzwi, okna i rolety są teraz otwarte?',
    energyToday: 'Energia dziś',
    energyTodayText: 'Ile energii zużył dziś dom?',
    title: 'Szybkie prompty',
    noMatch: 'Żaden szybki prompt nie pasuje.',
    ran: (label: string) => `${label}: wykonano.`,
    notRun: (label: string) => `${label}: nie wykonano.`,
    templateFailed: (why: string) =>
      `Nie udało się wyrenderować szablonu szybkiego promptu: ${why}`,
  },
  images: {
    attach: 'Dołącz obraz',
    snapshot: 'Zdjęcie z kamery',
    camera: 'Kamera',
    pickCamera: 'Wybierz kamerę…',
    noCamera: 'W zakresie tego czatu nie ma kamery (kamery udostępnione dla Assist).',
    snapshotFailed: 'Nie udało się pobrać obrazu z kamery z Home Assistanta.',
    attached: 'Obrazy do wysłania',
    picture: (n: number) => `Obraz ${n}`,
    remove: (n: number) => `Usuń obraz ${n}`,
    sent: 'Obraz wysłany z pytaniem',
    tooMany: (n: number) => `Z jednym pytaniem można wysłać najwyżej ${n} obrazy.`,
    unreadable: 'Nie udało się odczytać pliku jako obrazu.',
    noVision: (model: string) =>
      `${model} jest ustawiony jako model bez obrazów (Vision jest wyłączone w jego ustawieniach): włącz mu Vision albo wybierz model, który przyjmuje obrazy.`,
    vision: 'Vision: przyjmuje obrazy',
    fromTool: 'Obraz pokazany modelowi',
  },
  context: {
    label: 'Kontekst',
    used: (tokens: string, limit: string) => `${tokens} z ${limit} tokenów`,
    leftOut: (n: number) =>
      `Wcześniejsze wiadomości pominięte, by zmieścić się w kontekście modelu: ${n}`,
    length: 'Długość kontekstu (tokeny)',
    learned: (n: string) => `Dostawca podał, że jego kontekst to ${n} tokenów.`,
  },
  usage: {
    title: 'Zużycie',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `wejście ${input} · wyjście ${output}`,
    answerLong: (input: string, output: string) =>
      `Tokeny na wejściu: ${input}, na wyjściu: ${output}`,
    reasoning: (n: string) => `w tym ${n} na rozumowanie`,
    cached: (n: string) => `${n} z pamięci podręcznej dostawcy`,
    estimated: 'Szacunek: dostawca nie podał zużycia, więc policzono je na podstawie tekstu.',
    priced: 'Koszt według cen ustawionych dla tego modelu.',
    conversation: (tokens: string) => `Tokeny w tej rozmowie: ${tokens}`,
    days: 'Ostatnie 30 dni',
    chart: 'Tokeny na dzień i model, ostatnie 30 dni',
    model: 'Model',
    answers: 'Odpowiedzi',
    input: 'Tokeny na wejściu',
    output: 'Tokeny na wyjściu',
    cost: 'Koszt',
    total: 'Łącznie',
    none: 'Nic jeszcze nie policzono: zużycie pojawi się tutaj po pierwszej odpowiedzi.',
    someEstimated: (n: string) => `szacunkowo: ${n} (dostawca nie podał zużycia)`,
    explain:
      'Liczone na podstawie tego, co każdy dostawca podaje wraz z odpowiedzią, a w przeciwnym razie szacowane z tekstu (około czterech znaków na token). Koszt to wartość podana przez dostawcę (OpenRouter), a w przeciwnym razie wynikająca z cen ustawionych dla danego modelu. Przechowywane w danych użytkownika Home Assistant: każde żądanie przez tydzień, potem jedna suma na model i dzień; usunięcie rozmowy tego nie zmienia.',
    budget: 'Budżet miesięczny (US$)',
    budgets: 'Budżety miesięczne',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} z ${budget} w tym miesiącu`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} kosztował w tym miesiącu ${spent}, więcej niż miesięczny budżet ${budget}.`,
    priceInput: 'Cena za milion tokenów na wejściu (US$)',
    priceOutput: 'Cena za milion tokenów na wyjściu (US$)',
  },
  settings: {
    title: 'Ustawienia',
    providers: 'Dostawcy',
    addProvider: 'Dodaj dostawcę',
    editProvider: (name: string) => `Edytuj ${name}`,
    authMode: 'Klucze',
    authGlobal: 'Jeden klucz dla wszystkich modeli',
    authPerModel: 'Osobny klucz dla każdego modelu',
    keySaved: 'Zapisano – wpisz, aby zastąpić',
    keyMoved: (from: string, to: string) =>
      `Zapisany klucz był dla ${from}: nie zostanie wysłany do ${to}. Wpisz klucz dla nowego adresu.`,
    removeKey: 'Usuń zapisany klucz',
    timeout: 'Limit czasu (w sekundach, do pierwszego bajtu i między fragmentami)',
    addModel: 'Dodaj',
    modelsFetched: (n: number, when: string) =>
      `${plural('pl', n, { one: '# model', few: '# modele', many: '# modeli', other: '# modelu' })} od dostawcy, pobrano ${when}.`,
    chosenModels: 'Modele tego dostawcy',
    removeModel: (id: string) => `Usuń ${id}`,
    remove: 'Usuń',
    displayName: 'Nazwa wyświetlana',
    modelKey: (id: string) => `Klucz API dla ${id}`,
    modelTools: 'Narzędzia (wywoływanie funkcji): ten model może sterować domem',
    edit: 'Edytuj',
    makeDefault: 'Ustaw jako domyślny',
    isDefault: 'Domyślny',
    defaultModel: 'Domyślny model',
    modelsCount: (n: number) =>
      plural('pl', n, { one: '# model', few: '# modele', many: '# modeli', other: '# modelu' }),
    keyState: {
      global: 'klucz zapisany',
      none: 'brak klucza',
      per_model: 'osobny klucz dla każdego modelu',
    },
    confirmRemove: (name: string) =>
      `Usunąć ${name}? Jego klucz zostanie usunięty razem z nim; karty, które go używają, będą o tym informować, dopóki nie wybierzesz innego dostawcy.`,
    noProviders:
      'Nie ma jeszcze dostawcy. Dodaj go: LiteLLM, Ollama, vLLM, OpenAI, … (bazowy URL zwykle kończy się na /v1).',
    export: 'Eksportuj ustawienia',
    exportHint: 'Plik JSON bez żadnych kluczy.',
    import: 'Importuj ustawienia',
    importReview: 'Co zmieni import tego pliku',
    importLoosens: 'Mniej bezpieczne:',
    importNoChanges: 'Nic się nie zmienia.',
    importConfirm: 'Importuj',
    importKeysNeeded: (names: string[]) => `Po imporcie dodaj klucze dla: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `Zaimportowano ${plural('pl', n, { one: '# dostawcę', few: '# dostawców', many: '# dostawców', other: '# dostawcy' })}.${missing.length ? ` Dodaj klucze dla: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Nie udało się odczytać ustawień',
    invalidBody:
      'Pozostają dokładnie takie, jakie są. Wyeksportuj je, aby poprawić je ręcznie, a potem zaimportuj poprawiony plik, albo zacznij od nowa (kopia zostanie zachowana w danych użytkownika).',
    exportBroken: 'Eksportuj dokument',
    startOver: 'Zacznij od nowa',
    confirmStartOver: 'Zastąpić ustawienia pustymi? Kopia obecnego dokumentu zostanie zachowana.',
    saved: 'Zapisano.',
    back: 'Wróć do czatu',
    managePrompt: 'Dostawcami, modelami i kluczami zarządza się w ustawieniach panelu AI Chat.',
    openSettings: 'Otwórz ustawienia',
    maxRounds: 'Rundy narzędzi na odpowiedź',
    server: 'Serwer',
    name: 'Nazwa',
    baseUrl: 'Bazowy URL',
    apiKey:
      'Klucz API (opcjonalny; przechowywany w danych użytkownika Home Assistant, nigdy w karcie)',
    cancel: 'Anuluj',
    saveProvider: 'Zapisz dostawcę',
    loadModels: 'Wczytaj modele',
    reloadModels: 'Wczytaj modele ponownie',
    typeModel: 'Lub wpisz identyfikator modelu',
    searchModels: 'Szukaj modeli',
    models: 'Modele',
    noModelsMatch: 'Żaden model nie pasuje.',
    moreModels: (n: number) =>
      plural('pl', n, {
        one: 'Jeszcze # model: zawęź wyszukiwanie.',
        few: 'Jeszcze # modele: zawęź wyszukiwanie.',
        many: 'Jeszcze # modeli: zawęź wyszukiwanie.',
        other: 'Jeszcze # modelu: zawęź wyszukiwanie.',
      }),
    maxTokens: 'Maksymalna liczba tokenów',
    temperature: 'Temperatura',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Ustalono na podstawie odpowiedzi dostawcy: ${[
        l.token_param === 'max_completion_tokens'
          ? 'długość odpowiedzi jest wysyłana jako max_completion_tokens (odrzucił max_tokens)'
          : '',
        l.temperature === false
          ? 'temperatura nie jest wysyłana (przyjmuje tylko swoją domyślną)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Zapomnij',
    forgetLearned: (id: string) => `Zapomnij ustalenia dotyczące ${id}`,
    serverAuto: (name: string) => `Rozpoznano na podstawie adresu (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Tytuł',
    agent: 'Agent',
    systemPrompt: 'Szablon promptu systemowego',
    maxTokens: 'Maksymalna liczba tokenów',
    temperature: 'Temperatura',
    contextMessages: 'Wiadomości w kontekście',
    home: 'Dom',
    onlyDomains: 'Tylko te domeny',
    onlyAreas: 'Tylko te obszary',
    onlyEntities: 'Tylko te encje',
    search: 'Szukaj',
    providerAndModel: 'Dostawca i model',
    noProviderYet: 'Nie ma jeszcze dostawcy: dodaj go, aby zacząć rozmowę.',
    provider: 'Dostawca',
    model: 'Model',
    default: 'Domyślny',
    defaultNamed: (name: string) => `Domyślny (${name})`,
    addProvider: 'Dodaj dostawcę',
    settingsInvalid: (issues: string) => `Ustawienia są nieprawidłowe: ${issues}`,
    persona: 'Persona',
    personaNone: 'Brak (domyślny model i prompt)',
    chips: 'Szybkie prompty wyświetlane jako przyciski',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menu',
  connectionLost: 'Utracono połączenie z Home Assistant.',
  outdated: 'Ta karta została zaktualizowana od czasu wczytania strony: odśwież stronę.',

  picker: {
    add: (text: string) => `Dodaj „${text}”`,
    remove: (name: string) => `Usuń ${name}`,
    noMatch: 'Brak wyników',
    more: 'Więcej wyników: pisz dalej, aby zawęzić listę',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB to więcej, niż Home Assistant może przechować w jednym kawałku (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: „${id}” nie jest identyfikatorem, jaki zapisuje ta karta (litery, cyfry, _ . ~ -, najwyżej 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `Rozmowa ${id} ma ${(bytes / 1e6).toFixed(1)} MB, więcej, niż Home Assistant może przechować w jednym kawałku (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `Plik jest większy niż ${Math.round(bytes / 1_048_576)} MB, więcej, niż taki plik kiedykolwiek potrzebuje: wybierz wyeksportowany plik.`,
    cardConfig: 'Konfiguracja karty',
    secretInCard: (key: string) =>
      `Pole „${key}” nie powinno znajdować się w karcie: każdy użytkownik, który może otworzyć ten panel, może odczytać jej konfigurację. Usuń je i dodaj klucz w ustawieniach AI Chat, które przechowują go w Twoich własnych danych użytkownika Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `zapisane przez nowszą wersję tej karty (${what} w wersji ${version}); zaktualizuj kartę – dane pozostają bez zmian`,
    noUpgrade: (version: number) => `nie można zaktualizować z wersji ustawień ${version}`,
    settingsInvalid: (issues: string) =>
      `Zapisane ustawienia są nieprawidłowe (${issues}); nie zostały nadpisane.`,
    olderList: 'starsza wersja listy rozmów; odśwież stronę',
    notJson: 'plik nie jest w formacie JSON',
    notSettings: 'plik nie zawiera dokumentu ustawień',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Testuj połączenie',
    running: 'Testowanie…',
    titles: {
      address: 'Adres',
      reach: 'Serwer osiągalny',
      cors: 'Wywołania z tej strony dozwolone (CORS)',
      key: 'Klucz API',
      models: 'Lista modeli (/models)',
      completion: 'Odpowiedź z jednym tokenem',
    },
    /** Read by screen readers beside each step's mark. */
    status: {
      ok: 'zaliczono',
      warn: 'ostrzeżenie',
      fail: 'niepowodzenie',
      skipped: 'nie sprawdzono',
    },
    skipped: 'Nie sprawdzono: wcześniejszy krok się nie powiódł.',
    badUrl: (url: string) => `„${url}” nie jest adresem http(s).`,
    badUrlFix: 'Wpisz pełny adres, np. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, można go wywołać z tej strony.`,
    reachOk: (host: string) => `${host} odpowiada.`,
    corsOk: 'Serwer pozwala tej stronie na wywołania.',
    keyOk: 'Klucz został zaakceptowany.',
    noKeyOk: 'Nie wysłano klucza, a serwer go nie wymagał.',
    modelsOk: (n: number) =>
      plural('pl', n, {
        one: 'Lista zawiera # model.',
        few: 'Lista zawiera # modele.',
        many: 'Lista zawiera # modeli.',
        other: 'Lista zawiera # modelu.',
      }),
    modelNotListed: (n: number, model: string) =>
      `${plural('pl', n, {
        one: 'Lista zawiera # model',
        few: 'Lista zawiera # modele',
        many: 'Lista zawiera # modeli',
        other: 'Lista zawiera # modelu',
      })}, ale nie „${model}”.`,
    modelNotListedFix:
      'Sprawdź identyfikator modelu; niektóre serwery wymieniają tylko część obsługiwanych modeli, dlatego następny krok go wypróbuje.',
    noModelList: 'Ten serwer nie ma listy modeli: wpisz identyfikatory modeli ręcznie.',
    noModelListFix: 'Nie trzeba nic poprawiać, jeśli odpowiedź poniżej działa.',
    v1Fix: 'Czy bazowy URL kończy się na /v1? Większość serwerów zgodnych z OpenAI tego wymaga.',
    noModel: 'Nie wybrano jeszcze modelu: wybierz lub wpisz model i przetestuj ponownie.',
    completionOk: (model: string) => `${model} odpowiedział.`,
    unknownModel: (model: string) => `Dostawca nie zna modelu „${model}”.`,
    unknownModelFix:
      'Wybierz model z listy dostawcy (Wczytaj modele ponownie) lub sprawdź, jak dostawca go zapisuje.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (nagłówek api-key)',
    anthropic: 'Anthropic (zgodność z OpenAI)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (zgodność z OpenAI)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Inny serwer zgodny z OpenAI',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `Model wciąż wywoływał narzędzia: zatrzymano po ${plural('pl', n, { one: '# rundzie', few: '# rundach', many: '# rundach', other: '# rundy' })}. Zapytaj ponownie lub zwiększ limit w ustawieniach.`,
  toolsUnsupported:
    'Ten model nie obsługuje narzędzi. Wyłącz dla niego narzędzia w edytorze karty (Narzędzia) lub wybierz model, który obsługuje wywoływanie funkcji.',
  approve: 'Zatwierdź',
  deny: 'Odrzuć',
  toolNeedsApproval: (what: string) => `Chce wykonać ${what}. Zatwierdzić?`,
  cameraApproval: (camera: string) => `Chce spojrzeć przez ${camera}. Zatwierdzić?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Chce wykonać ${what} (${reasons}). Zatwierdzić?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Dodaje dostawcę ${name} (${origin}).`,
    providerRemoved: (name: string) => `Usuwa dostawcę ${name} i jego klucze.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Przenosi ${name} z ${from} do ${to}.`,
    providerChanged: (name: string) => `Zmienia ustawienia dostawcy ${name}.`,
    keyRetype: (name: string) =>
      `${name} łączy się teraz z innym adresem lub rodzajem serwera: zapisany klucz nie jest tam wysyłany. Wpisz klucz ponownie w ustawieniach dostawcy.`,
    cameraApprovalOn: 'Model pyta, zanim spojrzy przez kamerę.',
    cameraApprovalOff: 'Model patrzy przez kamery, nie pytając wcześniej.',
    confirmRemoved: (items: string) => `Model nie pyta już przed działaniem na: ${items}.`,
    confirmAdded: (items: string) => `Model pyta przed działaniem na: ${items}.`,
    toolsOn: 'Model może sterować Twoim domem.',
    toolsOff: 'Model nie steruje już Twoim domem.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) może sterować Twoim domem.`,
    maxRounds: (from: number, to: number) => `Rundy narzędzi na odpowiedź: ${from} → ${to}.`,
    autoReadOn: 'Każda odpowiedź jest czytana na głos po jej ukończeniu.',
    autoReadOff: 'Odpowiedzi nie są już czytane na głos samoczynnie.',
    sendSpokenOn: 'To, co powiesz, jest wysyłane od razu, bez wglądu w tekst.',
    sendSpokenOff: 'To, co powiesz, trafia najpierw do pola wiadomości.',
    promptChanged: 'Prompt systemowy się zmienia.',
    defaultChanged: (to: string) => `Domyślnym modelem staje się ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `działanie na ${names}`,
    address: (field: string, value: string) => `adres w polu ${field}: ${value}`,
    path: (field: string, value: string) => `ścieżka pliku w polu ${field}: ${value}`,
    entity: (field: string, name: string) => `inna encja w polu ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Model poprosił o więcej niż ${plural('pl', n, { one: '# działanie', few: '# działania', many: '# działań', other: '# działania' })} w jednej odpowiedzi; pozostałych nie wykonano.`,
  toolStatus: {
    awaiting: 'Czeka na Twoje zatwierdzenie',
    running: 'Wykonywanie…',
    done: 'Gotowe',
    error: 'Niepowodzenie',
    denied: 'Odrzucono',
    stopped: 'Nie wykonano',
    unknown:
      'Wynik nieznany: połączenie z Home Assistant zostało utracone w trakcie wykonywania. Sprawdź to.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Włączono ${names}`,
      turn_off: (names: string) => `Wyłączono ${names}`,
      toggle: (names: string) => `Przełączono ${names}`,
      lock: (names: string) => `Zablokowano ${names}`,
      unlock: (names: string) => `Odblokowano ${names}`,
      open: (names: string) => `Otwarto ${names}`,
      close: (names: string) => `Zamknięto ${names}`,
      press: (names: string) => `Naciśnięto ${names}`,
      temperature: (names: string) => `Ustawiono temperaturę dla ${names}`,
      play: (names: string) => `Uruchomiono odtwarzanie na ${names}`,
      pause: (names: string) => `Wstrzymano ${names}`,
      script: (names: string) => `Uruchomiono ${names}`,
      scene: (names: string) => `Aktywowano ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Włącz ${names}`,
      turn_off: (names: string) => `Wyłącz ${names}`,
      toggle: (names: string) => `Przełącz ${names}`,
      lock: (names: string) => `Zablokuj ${names}`,
      unlock: (names: string) => `Odblokuj ${names}`,
      open: (names: string) => `Otwórz ${names}`,
      close: (names: string) => `Zamknij ${names}`,
      press: (names: string) => `Naciśnij ${names}`,
      temperature: (names: string) => `Ustaw temperaturę dla ${names}`,
      play: (names: string) => `Uruchom odtwarzanie na ${names}`,
      pause: (names: string) => `Wstrzymaj ${names}`,
      script: (names: string) => `Uruchom ${names}`,
      scene: (names: string) => `Aktywuj ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argumenty',
  toolResult: 'Wynik',
  toolLiveState: 'Teraz',
  toolNames: {
    list_entities: 'Pobrano listę encji',
    get_entity: 'Odczytano',
    call_service: 'Wywołano',
    list_areas: 'Pobrano listę obszarów',
    get_history: 'Odczytano historię',
    get_camera_image: 'Spojrzał przez kamerę',
    home_assistant: 'Home Assistant wykonał akcję:',
    list_automations: 'Pobrano listę automatyzacji i skryptów',
    get_automation: 'Odczytano',
    get_automation_traces: 'Odczytano ślady',
    get_logbook: 'Odczytano dziennik',
    propose_automation: 'Przygotowano szkic automatyzacji',
    propose_script: 'Przygotowano szkic skryptu',
    remember: 'Zapamiętano',
    update_memory: 'Zmieniono wpis w pamięci',
    forget: 'Usunięto wpis z pamięci',
  },
  confirmField:
    'Pytaj też przed działaniem na tych elementach (domeny lub encje, we wszystkich Twoich czatach; zamki, alarmy i bramy garażowe zawsze wymagają potwierdzenia)',
  cameraApprovalField: 'Pytaj, zanim model spojrzy przez kamerę (we wszystkich Twoich czatach)',
  toolsToggle: 'Pozwól modelowi odczytywać stan domu i sterować nim (narzędzia)',
  scopeNarrow:
    'Poniżej możesz to zawęzić dla tej karty (oddzielone przecinkami; puste: bez zawężania).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Narzędzia z MCP',
    explain:
      'Narzędzia z API LLM Home Assistanta i z serwerów Model Context Protocol, które model może wywoływać. To, co serwer mówi o swoich narzędziach, jest pokazywane tutaj Tobie i nigdy nie trafia do instrukcji modelu; każde wywołanie jest wierszem w rozmowie i czeka na Twoje zatwierdzenie, chyba że ufasz temu narzędziu.',
    ownTools: 'Daj modelowi także własne narzędzia tej karty do sterowania domem',
    haTitle: 'API LLM Home Assistanta',
    haLoading: 'Szukanie serwera MCP Home Assistanta…',
    haLacks: (version: string) =>
      `Home Assistant ${version} nie ma integracji Model Context Protocol Server: pojawiła się ona w wersji 2025.2, a jej adres dla każdego API (/api/mcp/<API>) – później. Zaktualizuj Home Assistanta, aby używać tutaj jego API.`,
    haNotSetUp:
      'Aby używać tutaj API LLM Home Assistanta, dodaj jego integrację Model Context Protocol Server: Ustawienia → Urządzenia oraz usługi → Dodaj integrację → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant pozwala administratorom używać swoich pozostałych API; Ty możesz używać Assist.',
    narrowNote:
      'Karta, która zawęża to, co widzi model, nie używa tych API: ich narzędzia widzą każdą encję udostępnioną dla Assist.',
    useApi: (name: string) => `Używaj ${name} w czatach`,
    showTools: (name: string) => `Narzędzia ${name}`,
    listing: 'Pobieranie listy narzędzi…',
    noTools: 'Nie oferuje żadnych narzędzi.',
    modes: {
      auto: 'Według reguł domu',
      ask: 'Najpierw pytaj',
      trust: 'Zaufane',
      off: 'Wyłączone',
    },
    modeOf: (tool: string) => `Jak model może używać ${tool}`,
    serversTitle: 'Serwery MCP',
    noServers: 'Nie ma jeszcze serwera MCP.',
    add: 'Dodaj serwer MCP',
    edit: (name: string) => `Edytuj ${name}`,
    remove: (name: string) => `Usuń ${name}`,
    enabled: (name: string) => `Używaj ${name} w czatach`,
    name: 'Nazwa',
    url: 'Adres (streamable HTTP, np. https://host:port/mcp)',
    token:
      'Token Bearer (opcjonalny; przechowywany w Twoich danych użytkownika, nigdy nie jest eksportowany)',
    tokenSaved: 'zapisany; wpisz, aby go zastąpić',
    tokenMoved:
      'Adres wskazuje teraz na inny serwer: zapisany token nie jest tam wysyłany. Wpisz go ponownie, jeśli ten serwer ma go otrzymać.',
    test: 'Testuj',
    testing: 'Testowanie…',
    save: 'Zapisz',
    cancel: 'Anuluj',
    testOk: (name: string, n: number) =>
      `${name} odpowiedział i oferuje ${plural('pl', n, { one: '# narzędzie', few: '# narzędzia', many: '# narzędzi', other: '# narzędzia' })}.`,
    testFirst: 'Najpierw przetestuj serwer: jego narzędzia pojawią się tutaj do wyboru.',
    describedAs: 'Co serwer o nim mówi (pokazywane Tobie, nigdy modelowi jako instrukcje)',
    failed: {
      cors: (origin: string) =>
        `Serwer odpowiedział, ale nie pozwala tej stronie na wywołania (CORS). Musi odpowiadać na żądania z ${origin} nagłówkiem Access-Control-Allow-Origin, zezwalać na metody POST, GET i DELETE oraz nagłówki Content-Type, Authorization, Mcp-Session-Id i Mcp-Protocol-Version (Access-Control-Allow-Headers), a także udostępniać Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Pod tym adresem nic nie odpowiedziało. Sprawdź host i port oraz to, czy serwer nasłuchuje tam, gdzie ta przeglądarka może do niego dotrzeć (nie tylko na własnym interfejsie loopback).',
      mixed_content:
        'Ta strona jest wczytywana przez https, a serwer działa przez http: przeglądarka na to nie pozwala. Udostępnij serwer przez https (zrobi to odwrotne proxy) lub otwórz Home Assistanta przez http.',
      redirect:
        'Serwer przekierował żądanie na inny adres; karta nigdy nie podąża za przekierowaniem z Twoim tokenem. Wpisz adres, na który ono prowadzi.',
      auth: 'Serwer wymaga tokenu, który zaakceptuje (401): wpisz jego token Bearer.',
      forbidden:
        'Serwer odmówił dostępu temu użytkownikowi (403). Home Assistant pozwala używać swoich API innych niż Assist tylko administratorom.',
      not_found:
        'Pod tym adresem nie ma punktu końcowego MCP (404). Serwery streamable HTTP zwykle odpowiadają pod ścieżką taką jak /mcp.',
      timeout: 'Serwer nie odpowiedział w ciągu 30 sekund.',
      garbage: 'Serwer odpowiedział czymś, co nie jest zgodne z Model Context Protocol.',
      too_large: 'Odpowiedź serwera była większa, niż karta może odczytać (1 MB).',
      rpc: 'Serwer odpowiedział na żądanie błędem.',
      http: (status: number) => `Serwer odpowiedział kodem HTTP ${status}.`,
      said: (words: string) => `Serwer zgłosił: „${words}”`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Nowa automatyzacja: ${name}`,
    newScript: (name: string) => `Nowy skrypt: ${name}`,
    changeTo: (name: string) => `Zmiana: ${name}`,
    untitled: 'bez nazwy',
    when: 'Kiedy',
    onlyIf: 'Tylko jeśli',
    then: 'Wtedy',
    yaml: 'YAML',
    diff: 'Zmiany',
    diffLabel: (removed: number, added: number) =>
      `${plural('pl', removed, { one: 'usunięto # wiersz', few: 'usunięto # wiersze', many: 'usunięto # wierszy', other: 'usunięto # wiersza' })}, dodano ${added}`,
    save: 'Zapisz',
    discard: 'Odrzuć',
    runNow: 'Uruchom teraz',
    checkConditions: 'Sprawdź warunki',
    saving: 'Zapisywanie i oczekiwanie, aż Home Assistant to wczyta…',
    running: 'Uruchamianie…',
    ran: 'Home Assistant to uruchomił.',
    runFailed: (why: string) => `Home Assistant tego nie uruchomił: ${why}`,
    saved: (name: string) => `Zapisano: ${name}.`,
    openInHa: 'Otwórz w Home Assistant',
    discarded: 'Odrzucono. Niczego nie zapisano.',
    notAdmin:
      'Tylko administrator może zapisywać automatyzacje i skrypty w Home Assistant. Poproś administratora, aby to zapisał albo nadał Ci uprawnienia administratora.',
    busy: 'Przyciski Zapisz i Odrzuć pojawią się, gdy odpowiedź będzie kompletna.',
    problemsTitle:
      'Nie można jeszcze zapisać: model został o tym poinformowany i może zaproponować poprawioną wersję.',
    notesTitle: 'Zanim zapiszesz',
    unreadable: 'Ta wersja karty nie potrafi odczytać tego szkicu.',
    failed: {
      not_admin: 'Tylko administrator może zapisywać automatyzacje i skrypty w Home Assistant.',
      problems: 'Nie zapisano: od przygotowania szkicu coś się w domu zmieniło.',
      moved: (entity: string) =>
        `Nie zapisano: ${entity} nie jest już automatyzacją, z której odczytano tę zmianę.`,
      refused: (message: string) => `Home Assistant odrzucił to: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant to zapisał (id ${key}), ale tego nie wczytał. Sprawdź, czy configuration.yaml dołącza automations.yaml i scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant zgłasza (${at}): ${words}`,
      unknown_keys: (keys: string) => `Klucze, których Home Assistant nie zna: ${keys}`,
      both_keys: (keys: string) => `Klucz jednocześnie w liczbie pojedynczej i mnogiej: ${keys}`,
      missing: (key: string) => `Klucz ${key} jest pusty lub go brakuje`,
      blueprint: 'Automatyzacje ze schematu zmienia się w edytorze Home Assistanta',
      out_of_scope: (ids: string) => `Encje spoza zakresu dostępnego dla tego czatu: ${ids}`,
      unknown_entity: (ids: string) => `Nie ma takiej encji: ${ids}`,
      wrong_domain: (what: string) => `Akcja na encjach z innej domeny: ${what}`,
      no_target: (service: string) =>
        `${service} nie działa na żadnej encji dostępnej dla tego czatu`,
      device_target: (service: string) =>
        `Celem ${service} jest urządzenie, piętro lub etykieta, czego nie da się sprawdzić`,
      device_action: 'Akcja urządzenia, której nie da się sprawdzić',
      template_service: (service: string) => `Akcja jest szablonem: ${service}`,
      template_target: (service: string) => `Cele ${service} są szablonem`,
      unknown_area: (area: string) => `Nie ma takiego obszaru: ${area}`,
      empty_area: (what: string) => `Brak tam encji z tej domeny: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `Id ${id} należy do innej automatyzacji`,
      script_key: (key: string) => `„${key}” nie może być id skryptu`,
      key_taken: (id: string) => `${id} już istnieje`,
      too_large: 'Zbyt duże, by to sprawdzić',
      unreadable: 'Nie można odczytać',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Działa na: ${names}, co w czacie czeka na Twoje zatwierdzenie. Po zapisaniu będzie działać bez pytania.`,
      address: (what: string) => `Wysyła adres: ${what}`,
      path: (what: string) => `Wskazuje ścieżkę pliku: ${what}`,
      entity: (what: string) => `Wskazuje w swoich danych inną encję: ${what}`,
      webhook: 'Uruchamia ją webhook: może to zrobić każdy w Twojej sieci, kto zna jego id.',
      event: (event: string) =>
        `Wywołuje zdarzenie ${event}, które może uruchomić inne automatyzacje.`,
      untargeted: (service: string) =>
        `Wywołuje akcję ${service}, która nie działa na żadnej encji.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'lub',
      and: 'i',
      changes: (who: string) => `${who} zmienia stan`,
      changesTo: (who: string, to: string) => `${who} zmienia stan na ${to}`,
      changesFrom: (who: string, from: string) => `${who} zmienia stan z ${from}`,
      forDuration: (what: string, duration: string) => `${what}, przez ${duration}`,
      above: (who: string, value: string) => `${who} przekracza ${value}`,
      below: (who: string, value: string) => `${who} spada poniżej ${value}`,
      sunrise: 'o wschodzie słońca',
      sunset: 'o zachodzie słońca',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `o ${time}`,
      timePattern: 'według wzorca czasu',
      haStart: 'Home Assistant się uruchamia',
      haStop: 'Home Assistant się zatrzymuje',
      event: (type: string) => `występuje zdarzenie ${type}`,
      enters: (who: string, zone: string) => `${who} wchodzi do strefy ${zone}`,
      leaves: (who: string, zone: string) => `${who} opuszcza strefę ${zone}`,
      template: 'szablon staje się prawdziwy',
      webhook: 'jej webhook zostaje wywołany',
      otherTrigger: (platform: string) => `wyzwalacz ${platform}`,
      is: (who: string, state: string) => `${who} ma stan ${state}`,
      isAbove: (who: string, value: string) => `${who} jest powyżej ${value}`,
      isBelow: (who: string, value: string) => `${who} jest poniżej ${value}`,
      afterSunset: 'po zachodzie słońca',
      beforeSunrise: 'przed wschodem słońca',
      afterSunrise: 'po wschodzie słońca',
      beforeSunset: 'przed zachodem słońca',
      after: (time: string) => `po ${time}`,
      before: (time: string) => `przed ${time}`,
      onDays: (days: string) => `w dni: ${days}`,
      templateTrue: 'szablon jest prawdziwy',
      all: (parts: string) => `wszystkie z: ${parts}`,
      any: (parts: string) => `którykolwiek z: ${parts}`,
      none: (parts: string) => `żaden z: ${parts}`,
      inZone: (who: string, zone: string) => `${who} jest w strefie ${zone}`,
      otherCondition: (kind: string) => `warunek ${kind}`,
      turnOn: (names: string) => `Włącz ${names}`,
      turnOff: (names: string) => `Wyłącz ${names}`,
      toggle: (names: string) => `Przełącz ${names}`,
      call: (service: string, names: string) => (names ? `${service} dla ${names}` : service),
      wait: (duration: string) => `Odczekaj ${duration}`,
      waitTemplate: 'Czekaj, aż szablon będzie prawdziwy',
      waitTrigger: (what: string) => `Czekaj, aż ${what}`,
      scene: (name: string) => `Aktywuj ${name}`,
      fire: (event: string) => `Wywołaj zdarzenie ${event}`,
      ifThen: (condition: string, then: string) => `Jeśli ${condition}: ${then}`,
      otherwise: (what: string) => `w przeciwnym razie: ${what}`,
      choose: (n: number) => `Wybierz spośród ${n} opcji`,
      repeat: (what: string) => `Powtarzaj: ${what}`,
      parallel: (what: string) => `Jednocześnie: ${what}`,
      continueIf: (condition: string) => `Kontynuuj tylko, jeśli ${condition}`,
      stop: 'Zatrzymaj',
      variables: 'Ustaw zmienne',
      deviceAction: 'Akcja urządzenia',
      otherAction: 'Inna akcja',
    },
  },
  personasPage: {
    title: 'Persony',
    intro:
      'Persona to nazwa, ikona, prompt systemowy (może zawierać szablon Home Assistanta), model oraz opcjonalnie węższy zakres i wyłączone narzędzia. Wybierz ją dla nowej rozmowy w panelu albo przypisz ją karcie w jej edytorze; rozmowa zachowuje personę, z którą się rozpoczęła.',
    builtIn: 'To są persony wbudowane: Twoja pierwsza zmiana zapisze tę listę jako Twoją własną.',
    add: 'Dodaj personę',
    name: 'Nazwa',
    icon: 'Ikona (emoji)',
    prompt: 'Prompt systemowy',
    model: 'Model',
    modelDefault: 'Model czatu',
    tools: 'Pozwól modelowi odczytywać stan domu i sterować nim',
    domains: 'Tylko te domeny (oddzielone przecinkami; puste: wszystko, co widzi czat)',
  },
  quickPromptsPage: {
    title: 'Szybkie prompty',
    intro:
      'Prompty wysyłane jednym dotknięciem przycisku na karcie lub wybierane przez „/” w polu wiadomości. Szablon Home Assistanta w prompcie ({{ states("sensor.outside_temperature") }}) jest renderowany przed wysłaniem. Prompt może rozpocząć rozmowę z personą albo zamiast pytać model uruchomić skrypt (zatwierdzenie jest wymagane tak samo jak przy akcjach modelu).',
    builtIn:
      'To są wbudowane szybkie prompty: Twoja pierwsza zmiana zapisze tę listę jako Twoją własną.',
    add: 'Dodaj szybki prompt',
    label: 'Etykieta',
    text: 'Wysyłany tekst',
    persona: 'Persona rozmowy, którą rozpoczyna',
    script: 'Lub zamiast tego uruchom ten skrypt (jego identyfikator encji, script.…)',
  },
  list: {
    edit: 'Edytuj',
    remove: 'Usuń',
    save: 'Zapisz',
    cancel: 'Anuluj',
    none: 'Brak',
    removed: (name: string) => `Usunięto ${name}.`,
  },
  memoryPage: {
    title: 'Pamięć',
    intro:
      'Fakty o Tobie, które asystent zachowuje na potrzeby kolejnych rozmów, w Twoich danych użytkownika Home Assistant (widzisz je tylko Ty). Dodaje nowy, gdy poprosisz go o zapamiętanie czegoś, a każdy dodany fakt widać w rozmowie z przyciskiem Cofnij. Pamięć jest eksportowana razem z rozmowami, nigdy z ustawieniami.',
    on: 'Używaj pamięci w rozmowach',
    budget: 'Liczba znaków z pamięci wysyłanych z każdym pytaniem',
    fits: (shown: number, total: number, chars: string) =>
      `Fakty mieszczące się w limicie znaków (${chars}): ${shown} z ${total}. Najpierw te najbliższe pytaniu, potem najnowsze.`,
    empty: 'Nic jeszcze nie zapamiętano. Poproś czat o zapamiętanie czegoś albo dodaj to tutaj.',
    newFact: 'Nowy fakt',
    add: 'Dodaj',
    edit: 'Edytuj',
    save: 'Zapisz',
    cancel: 'Anuluj',
    remove: 'Usuń',
    fromChat: 'zapamiętany w rozmowie',
    byYou: 'dodany przez Ciebie',
    openChat: 'Otwórz rozmowę',
    removed: (fact: string) => `Usunięto „${fact}”.`,
    tooLong: (n: number) =>
      `Fakt może mieć najwyżej ${plural('pl', n, { one: '# znak', few: '# znaki', many: '# znaków', other: '# znaku' })}.`,
    refused: 'To wygląda na klucz, token lub podpisany adres: nie zostanie zachowane.',
    full: (n: number) =>
      `Pamięć mieści najwyżej ${plural('pl', n, { one: '# fakt', few: '# fakty', many: '# faktów', other: '# faktu' })}: najpierw usuń niektóre.`,
    unreadable: 'Nie można teraz odczytać Twojej pamięci.',
    invalid: (issues: string) =>
      `Zapisana pamięć jest nieprawidłowa (${issues}); pozostaje bez zmian i nie jest tu modyfikowana.`,
  },
  scopeNote: {
    assist: 'Model widzi encje, które udostępniono Asystentowi.',
    'assist-registry':
      'Model widzi encje udostępnione Asystentowi. Encje bez unikalnego identyfikatora są pomijane: tylko administratorzy mogą odczytać ich ustawienie udostępniania.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Ta strona jest wczytywana przez https, więc przeglądarka blokuje wywołania niezabezpieczonego adresu http ${url}.`,
    mixed_content_fix:
      'Udostępnij dostawcę przez https (odwrotne proxy z certyfikatem) lub otwórz Home Assistant przez http w sieci lokalnej.',
    cors: (url: string) =>
      `Dostawca pod adresem ${url} odpowiedział, ale nie zezwala na wywołania z tej strony (CORS).`,
    network: (url: string) => `Nie można połączyć się z dostawcą pod adresem ${url}.`,
    redirect: (url: string) =>
      `Dostawca pod adresem ${url} odpowiedział przekierowaniem na inny adres, a karta nie podąża za przekierowaniami.`,
    redirect_to: (url: string, location: string) =>
      `Dostawca pod adresem ${url} próbował przekazać żądanie dalej do ${location}, a karta nie podąża za przekierowaniami.`,
    redirect_fix:
      'Klucz trafia tylko na adres, dla którego został zapisany. Jeśli właściwy jest ten drugi adres, wpisz go jako bazowy URL (i ponownie klucz).',
    too_long: (chars: string) =>
      `Odpowiedź przekroczyła ${chars} znaków, najwięcej, ile może tu mieć jedna odpowiedź, i została w tym miejscu zatrzymana.`,
    too_long_fix:
      'To, co dotarło, zostaje zachowane. Poproś o krótszą odpowiedź lub o jedną część naraz; jeśli dostawca wysyła bez końca, sprawdź jego serwer.',
    network_fix:
      'Sprawdź, czy serwer działa, czy adres i port są poprawne oraz czy to urządzenie ma do niego dostęp.',
    private_network: (url: string) =>
      `Przeglądarka zablokowała wywołanie z tego publicznego adresu do prywatnego adresu ${url} (dostęp do sieci lokalnej).`,
    private_network_fix:
      'Zezwól tej witrynie na dostęp do sieci lokalnej, gdy przeglądarka o to zapyta, lub otwórz Home Assistant przez jego adres lokalny.',
    auth: (status: number) => `Dostawca odrzucił klucz API (HTTP ${status}).`,
    auth_fix:
      'Sprawdź klucz w ustawieniach dostawcy; może być błędny, wygasły lub nie mieć dostępu do tego modelu.',
    auth_fix_litellm:
      'Ten LiteLLM nie ma bazy danych, więc akceptuje tylko swój klucz główny (master key): sprawdź klucz w ustawieniach dostawcy.',
    not_found: 'Dostawca odpowiedział „nie znaleziono” (HTTP 404).',
    not_found_fix_v1:
      'Czy bazowy URL kończy się na /v1? Większość serwerów zgodnych z OpenAI tego wymaga.',
    not_found_fix_model: 'Sprawdź identyfikator modelu: dostawca może go nie znać.',
    bad_request: (status: number) => `Dostawca odrzucił żądanie (HTTP ${status}).`,
    bad_request_fix:
      'Sprawdź model i jego opcje (maksymalna liczba tokenów, temperatura) w ustawieniach.',
    rate_limited: 'Dostawca ogranicza liczbę żądań (HTTP 429).',
    rate_limited_wait: (s: number) => `Odczekaj około ${s} s i spróbuj ponownie.`,
    rate_limited_fix: 'Odczekaj chwilę i spróbuj ponownie.',
    quota: 'Na Twoim koncie u tego dostawcy skończyły się środki lub przekroczono limit.',
    quota_fix: 'Sprawdź rozliczenia lub budżet klucza u dostawcy; ponawianie nic nie da.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `Żądanie jest większe, niż ten klucz może wysłać naraz: ${plural('pl', requested, { one: '# token', few: '# tokeny', many: '# tokenów', other: '# tokena' })}, powyżej jego limitu ${limit}.`
        : 'Żądanie jest większe, niż ten klucz może wysłać naraz.',
    too_large_fix:
      'Wysyłaj mniej: mniej wcześniejszych wiadomości (Wiadomości w kontekście), krótszy prompt systemowy lub niższą wartość „Maksymalna liczba tokenów”; albo poproś dostawcę o wyższy limit. Ponawianie nic nie da.',
    no_vision: 'Model odrzucił obraz: nie przyjmuje obrazów.',
    no_vision_fix:
      'Wybierz do tego czatu model, który przyjmuje obrazy, albo zapytaj bez obrazu; wyłącz Vision dla tego modelu w ustawieniach, aby czat mówił o tym przed wysłaniem.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `Rozmowa jest dłuższa niż kontekst modelu (${limit} tokenów).`
        : 'Rozmowa jest dłuższa niż kontekst modelu.',
    context_length_fix:
      'Rozpocznij nową rozmowę, wysyłaj mniej wcześniejszych wiadomości (Wiadomości w kontekście) albo ustaw długość kontekstu modelu w ustawieniach, aby najstarsze wiadomości były pomijane.',
    timeout_first: (s: number) => `Dostawca nic nie wysłał przez ${s} s.`,
    timeout_idle: (s: number) => `Dostawca w trakcie odpowiedzi przestał wysyłać dane na ${s} s.`,
    timeout_fix:
      'Serwer lokalny może nadal wczytywać model; spróbuj ponownie lub zwiększ limit czasu w ustawieniach dostawcy.',
    server: (status: number) => `U dostawcy wystąpił błąd wewnętrzny (HTTP ${status}).`,
    server_fix:
      'Ponowiono próbę, ale nadal się nie powiodło. Sprawdź logi dostawcy, a potem spróbuj ponownie.',
    malformed: 'Dostawca wysłał odpowiedź, której ta karta nie potrafi odczytać.',
    malformed_fix:
      'Sprawdź, czy bazowy URL wskazuje na API zgodne z OpenAI (zwykle kończy się na /v1).',
    in_band: 'Dostawca zgłosił błąd podczas odpowiadania.',
    agent: 'Agent konwersacji Home Assistanta nie mógł odpowiedzieć.',
    agent_fix: 'Sprawdź agenta i jego asystenta w Ustawienia → Asystenci głosowi.',
    aborted: 'Zatrzymano.',
    provider_says: (text: string) => `Dostawca zgłasza: „${text}”`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM domyślnie zezwala na wszystkie źródła (origins); jeśli je ograniczono, dodaj ten adres Home Assistant do dozwolonych źródeł.',
    ollama:
      'Ollama przyjmuje wywołania tylko z własnego komputera: ustaw OLLAMA_ORIGINS na ten adres Home Assistant (lub *) i uruchom ponownie Ollama.',
    vllm: 'Uruchom vLLM z opcją --allowed-origins obejmującą ten adres Home Assistant.',
    llamacpp:
      'llama-server domyślnie zezwala na wywołania z przeglądarek; sprawdź odwrotne proxy przed nim.',
    lmstudio: 'Włącz CORS w ustawieniach serwera LM Studio (lub lms server start --cors).',
    openai:
      'Dostawca powinien zezwalać na wywołania z przeglądarek; wywołanie może blokować pośredniczące proxy lub rozszerzenie przeglądarki.',
    generic:
      'Zezwól na ten adres Home Assistant (jego źródło, origin) w ustawieniach CORS dostawcy albo umieść przed nim proxy dodające nagłówki CORS.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} na ${targets}`,
};
