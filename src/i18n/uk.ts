import type { Strings } from './en';
import { plural } from './plural';

/** Ukrainian. */
export const strings: Strings = {
  cardName: 'Розмова, сумісна з OpenAI',
  cardDescription:
    'Спілкуйтеся з власним постачальником, сумісним з OpenAI (LiteLLM, Ollama, vLLM, OpenAI, …), і керуйте своїм домом.',
  panelTitle: 'AI Chat',
  message: 'Повідомлення',
  send: 'Надіслати',
  stop: 'Зупинити',
  placeholder: 'Запитайте будь-що…',
  emptyConversation: 'Привітайтеся, щоб почати розмову.',
  you: 'Ви',
  assistant: 'Асистент',
  thinking: 'Думає',
  reasoning: 'Міркування',
  cutOff: 'Тут відповідь обірвалася.',
  stoppedByUser: 'Зупинено.',
  dismiss: 'Закрити',
  retry: 'Спробувати ще раз',
  announceAnswer: (text: string) => `Асистент: ${text}`,
  retrying: (s: number) => `Повторна спроба через ${s} с…`,

  // Per message.
  msg: {
    copy: 'Копіювати',
    readAloud: 'Прочитати вголос',
    stopReading: 'Зупинити читання',
    copied: 'Скопійовано',
    copyCode: 'Копіювати код',
    edit: 'Редагувати',
    editLabel: 'Редагувати повідомлення',
    sendEdited: 'Надіслати змінене повідомлення',
    cancel: 'Скасувати',
    regenerate: 'Згенерувати ще раз',
    continue: 'Продовжити',
    delete: 'Видалити',
    previousVariant: 'Попередній варіант',
    nextVariant: 'Наступний варіант',
    variantOf: (i: number, n: number) => `Варіант ${i} з ${n}`,
    writtenBy: (model: string) => `Написано моделлю ${model}`,
    notSaved: 'Ще не збережено',
    notSavedWhy:
      'Home Assistant поки не зміг це зберегти. Спробу буде повторено, щойно з’єднання відновиться; доти не закривайте цю сторінку.',
    earlier: (n: number) => `Показати попередні повідомлення (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Не вдалося прочитати цю розмову (${issues}). Її збережено без змін.`,
    tooLarge: (mb: string, max: string) =>
      `Ця розмова займає ${mb} МБ — більше, ніж Home Assistant може зберегти одним шматком (${max} МБ): останнє сказане показано тут, але не збережено.`,
    tooLargeFix:
      'Експортуйте розмову, щоб зберегти копію, і почніть нову розмову. Видалення довгих відповідей теж звільняє місце.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Чат',
  freshConversation:
    'Починати нову розмову під час кожного відвідування (кіоски, настінні планшети); попередні залишаються в списку панелі',
  openInPanel: 'Відкрити в панелі',
  conversations: {
    list: 'Розмови',
    toggle: 'Показати розмови',
    new: 'Нова розмова',
    search: 'Пошук розмов',
    searchPlaceholder: 'Пошук у назвах і повідомленнях',
    untitled: 'Нова розмова',
    today: 'Сьогодні',
    yesterday: 'Вчора',
    options: (title: string) => `Параметри: ${title}`,
    rename: 'Перейменувати',
    renameLabel: 'Назва розмови',
    archive: 'Архівувати',
    unarchive: 'Розархівувати',
    archived: (n: number) => `Заархівовані (${n})`,
    exportMarkdown: 'Експортувати як Markdown',
    exportJson: 'Експортувати як JSON',
    delete: 'Видалити',
    deleted: (title: string) => `Видалено «${title}».`,
    undo: 'Скасувати',
    noMatches: 'Немає відповідних розмов.',
    unreadable: (issues: string) =>
      `Не вдалося прочитати список розмов (${issues}). Його збережено без змін; нові розмови не з’являтимуться в ньому, доки його не буде виправлено.`,
    empty: 'Розмов ще немає.',
    model: 'Модель',
    modelDefault: (name: string) => `За замовчуванням (${name})`,
    shortcuts: 'Alt+Shift+N: нова розмова · /: поле повідомлення · Esc: зупинити відповідь',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Розмови',
    measuring: 'Визначення, скільки місця займають розмови…',
    used: (n: number, used: string, budget: string) =>
      `${plural('uk', n, { one: '# розмова', few: '# розмови', many: '# розмов', other: '# розмови' })}, ${used} із ${budget} місця, відведеного для них у даних користувача Home Assistant`,
    near: 'Розмови наближаються до межі відведеного для них місця. Експортуйте й заархівуйте старіші (Архівувати у списку, а потім перемістіть їх тут у файл) або видаліть деякі. Нічого не видаляється, доки ви самі цього не зробите.',
    over: 'Розмови займають більше, ніж відведене для них місце. Усі вони досі зберігаються, але Home Assistant перезаписує ці дані з кожним повідомленням і зберігає їх у кожній резервній копії: експортуйте й заархівуйте старіші або видаліть деякі.',
    largeConversation: (title: string, size: string) =>
      `Сама лише розмова «${title}» займає ${size}. Home Assistant не може зберегти розмову, значно більшу за 3 МБ: експортуйте її та продовжте в новій.`,
    explain:
      'Розмови зберігаються в даних користувача Home Assistant поруч із вашими налаштуваннями, тож їх бачить кожен пристрій, на якому ви входите. Нічого не видаляється, доки ви самі цього не видалите.',
    exportMarkdown: 'Експортувати все як Markdown',
    exportJson: 'Експортувати все як JSON',
    import: 'Імпортувати розмови',
    imported: (n: number, added: number, changed: number) =>
      `Прочитано з файлу ${plural('uk', n, { one: '# розмову', few: '# розмови', many: '# розмов', other: '# розмови' })}: ${plural('uk', added, { one: '# нова', few: '# нові', many: '# нових', other: '# нової' })}, ${changed} з доданими повідомленнями.`,
    moveArchived: (n: number) =>
      plural('uk', n, {
        one: 'Перемістити # заархівовану розмову у файл',
        few: 'Перемістити # заархівовані розмови у файл',
        many: 'Перемістити # заархівованих розмов у файл',
        other: 'Перемістити # заархівованої розмови у файл',
      }),
    confirmMove: (n: number) =>
      plural('uk', n, {
        one: '# заархівовану розмову збережено в щойно створеному файлі. Видалити її з Home Assistant зараз?',
        few: '# заархівовані розмови збережено в щойно створеному файлі. Видалити їх з Home Assistant зараз?',
        many: '# заархівованих розмов збережено в щойно створеному файлі. Видалити їх з Home Assistant зараз?',
        other:
          '# заархівованої розмови збережено в щойно створеному файлі. Видалити їх з Home Assistant зараз?',
      }),
    moved: (n: number) =>
      plural('uk', n, {
        one: '# заархівовану розмову переміщено у файл.',
        few: '# заархівовані розмови переміщено у файл.',
        many: '# заархівованих розмов переміщено у файл.',
        other: '# заархівованої розмови переміщено у файл.',
      }),
  },
  exportTool: 'Інструмент',
  importWhat: 'Імпорт',
  importMismatch: (entry: string, doc: string) => `запис ${entry} і розмова ${doc} не збігаються`,

  noProvider:
    'Постачальника ще не налаштовано. Додайте його в редакторі цієї картки (або в налаштуваннях AI Chat).',
  unknownProvider: (id: string) =>
    `Ця картка використовує постачальника «${id}», якого вже немає у ваших налаштуваннях. Виберіть іншого в редакторі картки.`,
  noModel: (provider: string) =>
    `Для постачальника «${provider}» не вибрано модель. Виберіть модель у редакторі картки.`,
  settingsInvalid: (issues: string) =>
    `Не вдалося прочитати налаштування AI Chat (${issues}). Їх збережено без змін; виправте або експортуйте їх у налаштуваннях.`,
  settingsLoading: 'Завантаження налаштувань…',

  // Settings pages.
  voice: {
    speak: 'Говорити',
    noStt:
      'Ваш голосовий асистент не має розпізнавання мовлення: виберіть його в Налаштування → Голосові асистенти.',
    sttRefused: (said: string) =>
      `Розпізнавання мовлення вашого голосового асистента не приймає звук, який надсилає голосовий діалог Home Assistant (16 кГц моно). Виберіть інше в Налаштування → Голосові асистенти. Home Assistant повідомляє: ${said}`,
    nothingHeard: 'Нічого не розпізнано. Скажіть ще раз, ближче до мікрофона.',
    micRefused:
      'Браузеру не дозволено використовувати мікрофон: дозвольте його для цього сайту (значок в адресному рядку) і спробуйте ще раз.',
    noMic: 'На цьому пристрої не знайдено мікрофона.',
    insecure:
      'Браузери дають мікрофон лише захищеним сторінкам: відкрийте Home Assistant через https (або на цьому комп’ютері через localhost).',
    sendSpoken: 'Надсилати сказане одразу (інакше воно потрапить у поле повідомлення)',
    noPipeline:
      'У Home Assistant не налаштовано голосового асистента: додайте його в Налаштування → Голосові асистенти.',
    noTts:
      'Ваш голосовий асистент не має синтезу мовлення: виберіть його в Налаштування → Голосові асистенти.',
    failed: (what: string) => `Голосова функція не спрацювала: ${what}`,
    autoRead:
      'Читати вголос кожну відповідь, щойно вона завершиться (синтез мовлення вашого голосового асистента, для всіх ваших чатів)',
  },
  agents: {
    cardLimits:
      'Ця картка обмежує, що може робити асистент (інструменти вимкнено або вужча область), а ваша модель за замовчуванням — агент Home Assistant, який діє за власними правилами. Виберіть для цієї картки модель постачальника в її редакторі.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Агенти Home Assistant',
    note: 'Власні агенти Home Assistant керують домом власними інструментами й правами: схвалення та область цієї картки на них не поширюються.',
    noPictures:
      'Агенти Home Assistant не приймають зображень: щоб спитати про зображення, виберіть модель постачальника.',
  },
  memory: {
    use: 'Використовувати пам’ять',
    useHint: 'Те, що ви просили асистента запам’ятати, додається до цієї розмови.',
    without: 'Ця розмова не використовує вашу пам’ять.',
    undo: 'Скасувати',
    undone: 'Скасовано',
    remembered: (fact: string) => `Запам’ятовано «${fact}»`,
    changed: (before: string, after: string) => `Змінено «${before}» на «${after}»`,
    forgot: (fact: string) => `Забуто «${fact}»`,
  },
  personas: {
    home: 'Дім',
    energy: 'Енергія',
    kids: 'Діти',
    pick: 'Персона',
    none: 'Без персони',
    using: (name: string) => `Персона: ${name}`,
  },
  quickPrompts: {
    goodNight: 'На добраніч',
    goodNightText: 'На добраніч: вимкни світло, яке ще горить, і скажи, чи замкнені двері.',
    whatsOpen: 'Що відкрито?',
    whatsOpenText: 'Які двері, вікна та ролети зараз відкриті?',
    energyToday: 'Енергія сьогодні',
    energyTodayText: 'Скільки енергії дім спожив сьогодні?',
    title: 'Швидкі промпти',
    noMatch: 'Жоден швидкий промпт не підходить.',
    ran: (label: string) => `${label}: виконано.`,
    notRun: (label: string) => `${label}: не виконано.`,
    templateFailed: (why: string) => `Не вдалося обробити шаблон швидкого промпту: ${why}`,
  },
  images: {
    attach: 'Додати зображення',
    snapshot: 'Знімок з камери',
    camera: 'Камера',
    pickCamera: 'Виберіть камеру…',
    noCamera: 'У межах цього чату немає камери (камери, відкриті для Assist).',
    snapshotFailed: 'Не вдалося отримати зображення камери з Home Assistant.',
    attached: 'Зображення для надсилання',
    picture: (n: number) => `Зображення ${n}`,
    remove: (n: number) => `Прибрати зображення ${n}`,
    sent: 'Зображення, надіслане з питанням',
    tooMany: (n: number) => `З одним питанням можна надіслати щонайбільше ${n} зображення.`,
    unreadable: 'Файл не вдалося прочитати як зображення.',
    noVision: (model: string) =>
      `${model} налаштовано як модель без зображень (Vision вимкнено в її налаштуваннях): увімкніть для неї Vision або виберіть модель, що приймає зображення.`,
    vision: 'Vision: приймає зображення',
    fromTool: 'Зображення, показане моделі',
  },
  context: {
    label: 'Контекст',
    used: (tokens: string, limit: string) => `${tokens} з ${limit} токенів`,
    leftOut: (n: number) =>
      `Попередні повідомлення пропущено, щоб вміститися в контекст моделі: ${n}`,
    length: 'Довжина контексту (токени)',
    learned: (n: string) => `Постачальник повідомив, що його контекст — ${n} токенів.`,
  },
  usage: {
    title: 'Використання',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `вхід ${input} · вихід ${output}`,
    answerLong: (input: string, output: string) =>
      `Токени на вході: ${input}, на виході: ${output}`,
    reasoning: (n: string) => `з них ${n} на міркування`,
    cached: (n: string) => `${n} з кешу постачальника`,
    estimated:
      'Оцінка: постачальник не повідомив про використання, тому його пораховано за текстом.',
    priced: 'Вартість за цінами, встановленими для цієї моделі.',
    conversation: (tokens: string) => `Токени в цій розмові: ${tokens}`,
    days: 'Останні 30 днів',
    chart: 'Токени за день і модель, останні 30 днів',
    model: 'Модель',
    answers: 'Відповіді',
    input: 'Токени на вході',
    output: 'Токени на виході',
    cost: 'Вартість',
    total: 'Усього',
    none: 'Ще нічого не пораховано: використання з’явиться тут після першої відповіді.',
    someEstimated: (n: string) => `оцінено: ${n} (постачальник не повідомив про використання)`,
    explain:
      'Рахується за даними, які кожен постачальник надсилає разом із відповіддю, а інакше оцінюється за текстом (приблизно чотири символи на токен). Вартість — та, яку повідомляє постачальник (OpenRouter), а інакше та, що випливає з цін, які ви встановили для моделі. Зберігається в даних користувача Home Assistant: кожен запит — протягом тижня, потім один підсумок на модель і день; видалення розмови цього не змінює.',
    budget: 'Місячний бюджет (US$)',
    budgets: 'Місячні бюджети',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} з ${budget} цього місяця`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} цього місяця коштував ${spent}, більше за місячний бюджет ${budget}.`,
    priceInput: 'Ціна за мільйон токенів на вході (US$)',
    priceOutput: 'Ціна за мільйон токенів на виході (US$)',
  },
  settings: {
    title: 'Налаштування',
    providers: 'Постачальники',
    addProvider: 'Додати постачальника',
    editProvider: (name: string) => `Редагувати ${name}`,
    authMode: 'Ключі',
    authGlobal: 'Один ключ для всіх моделей',
    authPerModel: 'Окремий ключ для кожної моделі',
    keySaved: 'Збережено — введіть, щоб замінити',
    keyMoved: (from: string, to: string) =>
      `Збережений ключ був для ${from}: на ${to} його не буде надіслано. Введіть ключ для нової адреси.`,
    removeKey: 'Видалити збережений ключ',
    timeout: 'Тайм-аут (у секундах, до першого байта та між фрагментами)',
    addModel: 'Додати',
    modelsFetched: (n: number, when: string) =>
      `${plural('uk', n, { one: '# модель', few: '# моделі', many: '# моделей', other: '# моделі' })} від постачальника, отримано ${when}.`,
    chosenModels: 'Моделі цього постачальника',
    removeModel: (id: string) => `Видалити ${id}`,
    remove: 'Видалити',
    displayName: 'Відображувана назва',
    modelKey: (id: string) => `Ключ API для ${id}`,
    modelTools: 'Інструменти (виклик функцій): ця модель може керувати домом',
    edit: 'Редагувати',
    makeDefault: 'Зробити за замовчуванням',
    isDefault: 'За замовчуванням',
    defaultModel: 'Модель за замовчуванням',
    modelsCount: (n: number) =>
      plural('uk', n, { one: '# модель', few: '# моделі', many: '# моделей', other: '# моделі' }),
    keyState: {
      global: 'ключ збережено',
      none: 'без ключа',
      per_model: 'окремий ключ для кожної моделі',
    },
    confirmRemove: (name: string) =>
      `Видалити ${name}? Його ключ буде видалено разом із ним; картки, що його використовують, повідомлятимуть про це, доки ви не виберете іншого постачальника.`,
    noProviders:
      'Постачальників ще немає. Додайте одного: LiteLLM, Ollama, vLLM, OpenAI, … (базова URL-адреса зазвичай закінчується на /v1).',
    export: 'Експортувати налаштування',
    exportHint: 'Файл JSON без жодного ключа.',
    import: 'Імпортувати налаштування',
    importReview: 'Що змінить імпорт цього файлу',
    importLoosens: 'Менш безпечно:',
    importNoChanges: 'Нічого не змінюється.',
    importConfirm: 'Імпортувати',
    importKeysNeeded: (names: string[]) => `Після імпорту додайте ключі для: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `Імпортовано: ${plural('uk', n, { one: '# постачальник', few: '# постачальники', many: '# постачальників', other: '# постачальника' })}.${missing.length ? ` Додайте ключі для: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Не вдалося прочитати налаштування',
    invalidBody:
      'Їх збережено точно в тому вигляді, як вони є. Експортуйте їх, щоб виправити вручну, а потім імпортуйте виправлений файл, або почніть заново (копію буде збережено в даних користувача).',
    exportBroken: 'Експортувати документ',
    startOver: 'Почати заново',
    confirmStartOver: 'Замінити налаштування порожніми? Копію поточного документа буде збережено.',
    saved: 'Збережено.',
    back: 'Назад до чату',
    managePrompt: 'Постачальниками, моделями та ключами керують у налаштуваннях панелі AI Chat.',
    openSettings: 'Відкрити налаштування',
    maxRounds: 'Кількість раундів інструментів на відповідь',
    server: 'Сервер',
    name: 'Назва',
    baseUrl: 'Базова URL-адреса',
    apiKey:
      'Ключ API (необов’язково; зберігається в даних користувача Home Assistant, ніколи не в картці)',
    cancel: 'Скасувати',
    saveProvider: 'Зберегти постачальника',
    loadModels: 'Завантажити моделі',
    reloadModels: 'Перезавантажити моделі',
    typeModel: 'Або введіть ID моделі',
    searchModels: 'Пошук моделей',
    models: 'Моделі',
    noModelsMatch: 'Немає відповідних моделей.',
    moreModels: (n: number) =>
      plural('uk', n, {
        one: 'Ще # модель: уточніть пошук.',
        few: 'Ще # моделі: уточніть пошук.',
        many: 'Ще # моделей: уточніть пошук.',
        other: 'Ще # моделі: уточніть пошук.',
      }),
    maxTokens: 'Макс. кількість токенів',
    temperature: 'Температура',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `З’ясовано з відповідей постачальника: ${[
        l.token_param === 'max_completion_tokens'
          ? 'довжина відповіді надсилається як max_completion_tokens (max_tokens він відхилив)'
          : '',
        l.temperature === false
          ? 'температура не надсилається (він приймає лише її типове значення)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Забути',
    forgetLearned: (id: string) => `Забути те, що з’ясовано про ${id}`,
    serverAuto: (name: string) => `Розпізнано за адресою (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Заголовок',
    agent: 'Агент',
    systemPrompt: 'Шаблон системного промпту',
    maxTokens: 'Макс. кількість токенів',
    temperature: 'Температура',
    contextMessages: 'Повідомлення в контексті',
    home: 'Дім',
    onlyDomains: 'Лише ці домени',
    onlyAreas: 'Лише ці приміщення',
    onlyEntities: 'Лише ці сутності',
    search: 'Пошук',
    providerAndModel: 'Постачальник і модель',
    noProviderYet: 'Постачальників ще немає: додайте одного, щоб почати чат.',
    provider: 'Постачальник',
    model: 'Модель',
    default: 'За замовчуванням',
    defaultNamed: (name: string) => `За замовчуванням (${name})`,
    addProvider: 'Додати постачальника',
    settingsInvalid: (issues: string) => `Налаштування не пройшли перевірку: ${issues}`,
    persona: 'Персона',
    personaNone: 'Немає (модель і промпт за замовчуванням)',
    chips: 'Швидкі промпти у вигляді кнопок',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Меню',
  connectionLost: 'З’єднання з Home Assistant втрачено.',
  outdated: 'Цю картку оновлено після завантаження сторінки: перезавантажте сторінку.',

  picker: {
    add: (text: string) => `Додати «${text}»`,
    remove: (name: string) => `Вилучити ${name}`,
    noMatch: 'Нічого не знайдено',
    more: 'Є ще результати: уточніть пошук',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} МБ — більше, ніж Home Assistant може зберегти одним шматком (${(max / 1e6).toFixed(1)} МБ).`,
    badId: (where: string, id: string) =>
      `${where}: «${id}» не є ідентифікатором, який записує ця картка (літери, цифри, _ . ~ -, щонайбільше 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `Розмова ${id} займає ${(bytes / 1e6).toFixed(1)} МБ — більше, ніж Home Assistant може зберегти одним шматком (${(max / 1e6).toFixed(1)} МБ).`,
    fileTooLarge: (bytes: number) =>
      `Файл більший за ${Math.round(bytes / 1_048_576)} МБ — більше, ніж такому файлу будь-коли потрібно: виберіть файл, який ви експортували.`,
    cardConfig: 'Конфігурація картки',
    secretInCard: (key: string) =>
      `«${key}» не має бути в картці: кожен користувач, який може відкрити цю інформаційну панель, може прочитати її конфігурацію. Видаліть його та додайте ключ у налаштуваннях AI Chat, які зберігають його у ваших власних даних користувача Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `записано новішою версією цієї картки (${what} версії ${version}); оновіть картку — дані збережено без змін`,
    noUpgrade: (version: number) => `немає оновлення з версії налаштувань ${version}`,
    settingsInvalid: (issues: string) =>
      `Збережені налаштування не пройшли перевірку (${issues}); їх не перезаписано.`,
    olderList: 'старіша версія списку розмов; перезавантажте сторінку',
    notJson: 'файл не у форматі JSON',
    notSettings: 'файл не містить документа налаштувань',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Перевірити з’єднання',
    running: 'Перевірка…',
    titles: {
      address: 'Адреса',
      reach: 'Сервер доступний',
      cors: 'Виклики з цієї сторінки дозволено (CORS)',
      key: 'Ключ API',
      models: 'Список моделей (/models)',
      completion: 'Відповідь з одного токена',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: 'успішно', warn: 'попередження', fail: 'помилка', skipped: 'не перевірено' },
    skipped: 'Не перевірено: попередній крок завершився помилкою.',
    badUrl: (url: string) => `«${url}» не є адресою http(s).`,
    badUrlFix: 'Введіть повну адресу, наприклад http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, можна викликати з цієї сторінки.`,
    reachOk: (host: string) => `${host} відповідає.`,
    corsOk: 'Сервер дозволяє цій сторінці звертатися до нього.',
    keyOk: 'Ключ прийнято.',
    noKeyOk: 'Ключ не надіслано, і сервер його не вимагав.',
    modelsOk: (n: number) =>
      plural('uk', n, {
        one: 'У списку # модель.',
        few: 'У списку # моделі.',
        many: 'У списку # моделей.',
        other: 'У списку # моделі.',
      }),
    modelNotListed: (n: number, model: string) =>
      `${plural('uk', n, {
        one: 'У списку # модель',
        few: 'У списку # моделі',
        many: 'У списку # моделей',
        other: 'У списку # моделі',
      })}, але немає «${model}».`,
    modelNotListedFix:
      'Перевірте ID моделі; деякі сервери показують лише частину моделей, які обслуговують, тому наступний крок перевірить її.',
    noModelList: 'Цей сервер не має списку моделей: вводьте ID моделей вручну.',
    noModelListFix: 'Нічого виправляти не потрібно, якщо відповідь нижче працює.',
    v1Fix:
      'Чи закінчується базова URL-адреса на /v1? Більшість серверів, сумісних з OpenAI, цього потребують.',
    noModel: 'Модель ще не вибрано: виберіть або введіть її та перевірте знову.',
    completionOk: (model: string) => `${model} відповіла.`,
    unknownModel: (model: string) => `Постачальник не знає моделі «${model}».`,
    unknownModelFix:
      'Виберіть модель зі списку постачальника (Перезавантажити моделі) або перевірте, як постачальник її записує.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (заголовок api-key)',
    anthropic: 'Anthropic (сумісність з OpenAI)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (сумісність з OpenAI)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Інший сервер, сумісний з OpenAI',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `Модель раз у раз викликала інструменти: зупинено після ${plural('uk', n, { one: '# раунду', few: '# раундів', many: '# раундів', other: '# раунду' })}. Запитайте ще раз або збільште ліміт у налаштуваннях.`,
  toolsUnsupported:
    'Ця модель не підтримує інструменти. Вимкніть для неї інструменти в редакторі картки (Інструменти) або виберіть модель, що підтримує виклик функцій.',
  approve: 'Схвалити',
  deny: 'Відхилити',
  toolNeedsApproval: (what: string) => `Хоче виконати ${what}. Схвалити?`,
  cameraApproval: (camera: string) => `Хоче подивитися через ${camera}. Схвалити?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Хоче виконати ${what} (${reasons}). Схвалити?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Додає постачальника ${name} (${origin}).`,
    providerRemoved: (name: string) => `Видаляє постачальника ${name} і його ключі.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Переносить ${name} з ${from} на ${to}.`,
    providerChanged: (name: string) => `Змінює налаштування ${name}.`,
    keyRetype: (name: string) =>
      `${name} тепер звертається до іншої адреси або іншого типу сервера: його збережений ключ туди не надсилається. Введіть ключ знову в його налаштуваннях.`,
    cameraApprovalOn: 'Модель питає, перш ніж подивитися через камеру.',
    cameraApprovalOff: 'Модель дивиться через камери, не питаючи спершу.',
    confirmRemoved: (items: string) => `Модель більше не питає перед діями з: ${items}.`,
    confirmAdded: (items: string) => `Модель питає перед діями з: ${items}.`,
    toolsOn: 'Модель може керувати вашим домом.',
    toolsOff: 'Модель більше не керує вашим домом.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) може керувати вашим домом.`,
    maxRounds: (from: number, to: number) =>
      `Кількість раундів інструментів на відповідь: ${from} → ${to}.`,
    autoReadOn: 'Кожна відповідь читається вголос, щойно вона завершиться.',
    autoReadOff: 'Відповіді більше не читаються вголос самі.',
    sendSpokenOn: 'Сказане надсилається одразу, без перегляду тексту.',
    sendSpokenOff: 'Сказане спершу потрапляє в поле повідомлення.',
    promptChanged: 'Системний промпт змінюється.',
    defaultChanged: (to: string) => `Моделлю за замовчуванням стає ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `дія з ${names}`,
    address: (field: string, value: string) => `адреса в полі ${field}: ${value}`,
    path: (field: string, value: string) => `шлях до файлу в полі ${field}: ${value}`,
    entity: (field: string, name: string) => `інша сутність у полі ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Модель запросила понад ${plural('uk', n, { one: '# дію', few: '# дії', many: '# дій', other: '# дії' })} в одній відповіді; решту не виконано.`,
  toolStatus: {
    awaiting: 'Очікує вашого схвалення',
    running: 'Виконується…',
    done: 'Готово',
    error: 'Помилка',
    denied: 'Відхилено',
    stopped: 'Не виконано',
    unknown:
      'Результат невідомий: під час виконання з’єднання з Home Assistant було втрачено. Перевірте стан.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Увімкнено ${names}`,
      turn_off: (names: string) => `Вимкнено ${names}`,
      toggle: (names: string) => `Перемкнено ${names}`,
      lock: (names: string) => `Заблоковано ${names}`,
      unlock: (names: string) => `Розблоковано ${names}`,
      open: (names: string) => `Відкрито ${names}`,
      close: (names: string) => `Закрито ${names}`,
      press: (names: string) => `Натиснуто ${names}`,
      temperature: (names: string) => `Встановлено температуру для ${names}`,
      play: (names: string) => `Розпочато відтворення на ${names}`,
      pause: (names: string) => `Призупинено ${names}`,
      script: (names: string) => `Запущено ${names}`,
      scene: (names: string) => `Активовано ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Увімкнути ${names}`,
      turn_off: (names: string) => `Вимкнути ${names}`,
      toggle: (names: string) => `Перемкнути ${names}`,
      lock: (names: string) => `Заблокувати ${names}`,
      unlock: (names: string) => `Розблокувати ${names}`,
      open: (names: string) => `Відкрити ${names}`,
      close: (names: string) => `Закрити ${names}`,
      press: (names: string) => `Натиснути ${names}`,
      temperature: (names: string) => `Встановити температуру для ${names}`,
      play: (names: string) => `Розпочати відтворення на ${names}`,
      pause: (names: string) => `Призупинити ${names}`,
      script: (names: string) => `Запустити ${names}`,
      scene: (names: string) => `Активувати ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Аргументи',
  toolResult: 'Результат',
  toolLiveState: 'Зараз',
  toolNames: {
    list_entities: 'Отримано список сутностей',
    get_entity: 'Прочитано',
    call_service: 'Викликано',
    list_areas: 'Отримано список приміщень',
    get_history: 'Прочитано історію',
    get_camera_image: 'Подивився через камеру',
    home_assistant: 'Home Assistant виконав дію:',
    list_automations: 'Отримано список автоматизацій і скриптів',
    get_automation: 'Прочитано',
    get_automation_traces: 'Прочитано трасування',
    get_logbook: 'Прочитано журнал',
    propose_automation: 'Створено чернетку автоматизації',
    propose_script: 'Створено чернетку скрипту',
    remember: 'Запам’ятовано',
    update_memory: 'Змінено запис у пам’яті',
    forget: 'Видалено запис із пам’яті',
  },
  confirmField:
    'Також питати перед діями з цими об’єктами (домени або сутності, для всіх ваших чатів; для замків, сигналізацій і гаражних воріт питає завжди)',
  cameraApprovalField: 'Питати, перш ніж модель подивиться через камеру (для всіх ваших чатів)',
  toolsToggle: 'Дозволити моделі читати стан дому та керувати ним (інструменти)',
  scopeNarrow: 'Нижче це можна звузити для цієї картки (через кому; порожньо: без обмежень).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Інструменти з MCP',
    explain:
      'Інструменти LLM API Home Assistant і серверів Model Context Protocol, які може викликати модель. Те, що сервер повідомляє про свої інструменти, показується тут вам і ніколи не потрапляє в інструкції моделі; кожен виклик — це рядок у розмові, і він чекає на ваше схвалення, якщо ви не довіряєте цьому інструменту.',
    ownTools: 'Також давати моделі власні інструменти цієї картки для керування домом',
    haTitle: 'LLM API Home Assistant',
    haLoading: 'Пошук MCP-сервера Home Assistant…',
    haLacks: (version: string) =>
      `Home Assistant ${version} не має Model Context Protocol Server: він з’явився у версії 2025.2, а його адреса для кожного API (/api/mcp/<API>) — пізніше. Оновіть Home Assistant, щоб використовувати тут його API.`,
    haNotSetUp:
      'Щоб використовувати тут LLM API Home Assistant, додайте інтеграцію Model Context Protocol Server: Налаштування → Пристрої та служби → Додати інтеграцію → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant дозволяє адміністраторам використовувати інші свої API; ви можете використовувати Assist.',
    narrowNote:
      'Картка, яка обмежує те, що бачить модель, не використовує ці API: їхні інструменти бачать усі сутності, відкриті для Assist.',
    useApi: (name: string) => `Використовувати ${name} у чатах`,
    showTools: (name: string) => `Інструменти ${name}`,
    listing: 'Отримання списку інструментів…',
    noTools: 'Не пропонує жодних інструментів.',
    modes: {
      auto: 'За правилами дому',
      ask: 'Спершу питати',
      trust: 'Довірений',
      off: 'Вимкнено',
    },
    modeOf: (tool: string) => `Як модель може використовувати ${tool}`,
    serversTitle: 'MCP-сервери',
    noServers: 'MCP-серверів ще немає.',
    add: 'Додати MCP-сервер',
    edit: (name: string) => `Редагувати ${name}`,
    remove: (name: string) => `Видалити ${name}`,
    enabled: (name: string) => `Використовувати ${name} у чатах`,
    name: 'Назва',
    url: 'Адреса (streamable HTTP, наприклад https://host:port/mcp)',
    token:
      'Bearer-токен (необов’язково; зберігається в даних користувача, ніколи не експортується)',
    tokenSaved: 'збережено; введіть, щоб замінити',
    tokenMoved:
      'Адреса тепер веде на інший сервер: збережений токен туди не надсилається. Введіть його знову, якщо цей сервер має його отримати.',
    test: 'Перевірити',
    testing: 'Перевірка…',
    save: 'Зберегти',
    cancel: 'Скасувати',
    testOk: (name: string, n: number) =>
      `${name} відповів і пропонує ${plural('uk', n, { one: '# інструмент', few: '# інструменти', many: '# інструментів', other: '# інструмента' })}.`,
    testFirst: 'Спершу перевірте сервер: тут з’явиться список його інструментів для вибору.',
    describedAs: 'Що сервер каже про нього (показується вам, ніколи не моделі як інструкції)',
    failed: {
      cors: (origin: string) =>
        `Сервер відповів, але не дозволяє цій сторінці звертатися до нього (CORS). Він має відповідати на запити з ${origin} заголовком Access-Control-Allow-Origin, дозволяти методи POST, GET і DELETE та заголовки Content-Type, Authorization, Mcp-Session-Id і Mcp-Protocol-Version (Access-Control-Allow-Headers), а також відкривати Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'За цією адресою ніщо не відповіло. Перевірте хост і порт, а також те, що сервер слухає там, де цей браузер може до нього дістатися (не лише на власному loopback).',
      mixed_content:
        'Ця сторінка завантажена через https, а сервер працює через http: браузер таке відхиляє. Надайте доступ до сервера через https (це зробить зворотний проксі) або відкрийте Home Assistant через http.',
      redirect:
        'Сервер переспрямував запит на іншу адресу; картка ніколи не виконує переспрямування з вашим токеном. Введіть адресу, на яку воно веде.',
      auth: 'Сервер вимагає токен, який він прийме (401): введіть його Bearer-токен.',
      forbidden:
        'Сервер відмовив цьому користувачу (403). Home Assistant дозволяє використовувати свої API, крім Assist, лише адміністраторам.',
      not_found:
        'За цією адресою немає кінцевої точки MCP (404). Сервери streamable HTTP зазвичай відповідають за шляхом на зразок /mcp.',
      timeout: 'Сервер не відповів протягом 30 секунд.',
      garbage: 'Сервер відповів чимось, що не є Model Context Protocol.',
      too_large: 'Відповідь сервера більша, ніж картка може прочитати (1 МБ).',
      rpc: 'Сервер відповів на запит помилкою.',
      http: (status: number) => `Сервер відповів HTTP ${status}.`,
      said: (words: string) => `Він повідомив: «${words}»`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Нова автоматизація: ${name}`,
    newScript: (name: string) => `Новий скрипт: ${name}`,
    changeTo: (name: string) => `Зміна: ${name}`,
    untitled: 'без назви',
    when: 'Коли',
    onlyIf: 'Лише якщо',
    then: 'Тоді',
    yaml: 'YAML',
    diff: 'Зміни',
    diffLabel: (removed: number, added: number) =>
      `${plural('uk', removed, { one: 'видалено # рядок', few: 'видалено # рядки', many: 'видалено # рядків', other: 'видалено # рядка' })}, додано ${added}`,
    save: 'Зберегти',
    discard: 'Відкинути',
    runNow: 'Запустити зараз',
    checkConditions: 'Перевірити умови',
    saving: 'Збереження й очікування, поки Home Assistant це завантажить…',
    running: 'Виконання…',
    ran: 'Home Assistant виконав це.',
    runFailed: (why: string) => `Home Assistant не виконав це: ${why}`,
    saved: (name: string) => `Збережено: ${name}.`,
    openInHa: 'Відкрити в Home Assistant',
    discarded: 'Відкинуто. Нічого не записано.',
    notAdmin:
      'Лише адміністратор може зберігати автоматизації та скрипти в Home Assistant. Попросіть адміністратора зберегти це або надати вам права адміністратора.',
    busy: 'Кнопки «Зберегти» та «Відкинути» з’являться, щойно відповідь буде завершено.',
    problemsTitle:
      'Ще не готово до збереження: модель отримала про це повідомлення й може запропонувати виправлений варіант.',
    notesTitle: 'Перш ніж зберегти',
    unreadable: 'Ця версія картки не може прочитати цю чернетку.',
    failed: {
      not_admin: 'Лише адміністратор може зберігати автоматизації та скрипти в Home Assistant.',
      problems: 'Не збережено: відколи створено чернетку, у домі щось змінилося.',
      moved: (entity: string) =>
        `Не збережено: ${entity} більше не та автоматизація, з якої було прочитано цю зміну.`,
      refused: (message: string) => `Home Assistant відхилив це: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant записав це (id ${key}), але не завантажив. Перевірте, чи configuration.yaml підключає automations.yaml і scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant повідомляє про ${at}: ${words}`,
      unknown_keys: (keys: string) => `Ключі, яких Home Assistant не знає: ${keys}`,
      both_keys: (keys: string) => `І ключ в однині, і ключ у множині: ${keys}`,
      missing: (key: string) => `Ключ ${key} відсутній або порожній`,
      blueprint:
        'Автоматизації, створені за схемою (blueprint), змінюють у редакторі Home Assistant',
      out_of_scope: (ids: string) =>
        `Сутності поза межами того, що може використовувати цей чат: ${ids}`,
      unknown_entity: (ids: string) => `Немає такої сутності: ${ids}`,
      wrong_domain: (what: string) => `Дія над сутностями іншого домену: ${what}`,
      no_target: (service: string) => `${service} не діє на жодну сутність, доступну цьому чату`,
      device_target: (service: string) =>
        `Ціль ${service} — пристрій, поверх або мітка, а це неможливо перевірити`,
      device_action: 'Дія пристрою, яку неможливо перевірити',
      template_service: (service: string) => `Дію задано шаблоном: ${service}`,
      template_target: (service: string) => `Цілі ${service} задано шаблоном`,
      unknown_area: (area: string) => `Немає такого приміщення: ${area}`,
      empty_area: (what: string) => `Там немає сутності цього домену: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `ID ${id} належить іншій автоматизації`,
      script_key: (key: string) => `«${key}» не може бути id скрипту`,
      key_taken: (id: string) => `${id} вже існує`,
      too_large: 'Завелике для перевірки',
      unreadable: 'Неможливо прочитати',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Діє на ${names}, а для цього в чаті потрібне ваше схвалення. Після збереження діятиме, не питаючи.`,
      address: (what: string) => `Надсилає адресу: ${what}`,
      path: (what: string) => `Містить шлях до файлу: ${what}`,
      entity: (what: string) => `Згадує у своїх даних іншу сутність: ${what}`,
      webhook: 'Її запускає вебхук: це може зробити будь-хто у вашій мережі, хто знає його id.',
      event: (event: string) => `Генерує подію ${event}, яка може запустити інші автоматизації.`,
      untargeted: (service: string) => `Викликає ${service}, що не діє на жодну сутність.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'або',
      and: 'і',
      changes: (who: string) => `${who} змінює стан`,
      changesTo: (who: string, to: string) => `${who} змінює стан на ${to}`,
      changesFrom: (who: string, from: string) => `${who} змінює стан з ${from}`,
      forDuration: (what: string, duration: string) => `${what}, протягом ${duration}`,
      above: (who: string, value: string) => `${who} перевищує ${value}`,
      below: (who: string, value: string) => `${who} опускається нижче ${value}`,
      sunrise: 'на світанку',
      sunset: 'на заході сонця',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `о ${time}`,
      timePattern: 'за часовим шаблоном',
      haStart: 'Home Assistant запускається',
      haStop: 'Home Assistant зупиняється',
      event: (type: string) => `спрацьовує подія ${type}`,
      enters: (who: string, zone: string) => `${who} входить у зону ${zone}`,
      leaves: (who: string, zone: string) => `${who} залишає зону ${zone}`,
      template: 'шаблон стає істинним',
      webhook: 'викликано її вебхук',
      otherTrigger: (platform: string) => `тригер ${platform}`,
      is: (who: string, state: string) => `${who} у стані ${state}`,
      isAbove: (who: string, value: string) => `${who} вище ${value}`,
      isBelow: (who: string, value: string) => `${who} нижче ${value}`,
      afterSunset: 'після заходу сонця',
      beforeSunrise: 'до світанку',
      afterSunrise: 'після світанку',
      beforeSunset: 'до заходу сонця',
      after: (time: string) => `після ${time}`,
      before: (time: string) => `до ${time}`,
      onDays: (days: string) => `у дні: ${days}`,
      templateTrue: 'шаблон істинний',
      all: (parts: string) => `усі з: ${parts}`,
      any: (parts: string) => `хоча б одна з: ${parts}`,
      none: (parts: string) => `жодна з: ${parts}`,
      inZone: (who: string, zone: string) => `${who} у зоні ${zone}`,
      otherCondition: (kind: string) => `умова ${kind}`,
      turnOn: (names: string) => `Увімкнути ${names}`,
      turnOff: (names: string) => `Вимкнути ${names}`,
      toggle: (names: string) => `Перемкнути ${names}`,
      call: (service: string, names: string) => (names ? `${service} для ${names}` : service),
      wait: (duration: string) => `Зачекати ${duration}`,
      waitTemplate: 'Чекати, поки шаблон стане істинним',
      waitTrigger: (what: string) => `Чекати, поки ${what}`,
      scene: (name: string) => `Активувати ${name}`,
      fire: (event: string) => `Згенерувати подію ${event}`,
      ifThen: (condition: string, then: string) => `Якщо ${condition}: ${then}`,
      otherwise: (what: string) => `інакше: ${what}`,
      choose: (n: number) =>
        `Вибрати з ${plural('uk', n, { one: '# варіанта', few: '# варіантів', many: '# варіантів', other: '# варіанта' })}`,
      repeat: (what: string) => `Повторювати: ${what}`,
      parallel: (what: string) => `Одночасно: ${what}`,
      continueIf: (condition: string) => `Продовжити, лише якщо ${condition}`,
      stop: 'Зупинити',
      variables: 'Задати змінні',
      deviceAction: 'Дія пристрою',
      otherAction: 'Інша дія',
    },
  },
  personasPage: {
    title: 'Персони',
    intro:
      'Персона — це назва, значок, системний промпт (у ньому може бути шаблон Home Assistant), модель і, за бажанням, вужча область та вимкнені інструменти. Виберіть персону для нової розмови на панелі або призначте її картці в редакторі картки; розмова зберігає персону, з якою почалася.',
    builtIn: 'Це вбудовані персони: ваша перша зміна збереже список як ваш власний.',
    add: 'Додати персону',
    name: 'Назва',
    icon: 'Значок (емодзі)',
    prompt: 'Системний промпт',
    model: 'Модель',
    modelDefault: 'Модель чату',
    tools: 'Дозволити моделі читати стан дому та керувати ним',
    domains: 'Лише ці домени (через кому; порожньо: усе, що бачить чат)',
  },
  quickPromptsPage: {
    title: 'Швидкі промпти',
    intro:
      'Промпти, що надсилаються одним дотиком кнопки на картці або вибираються через «/» у полі повідомлення. Шаблон Home Assistant у промпті ({{ states("sensor.outside_temperature") }}) обробляється перед надсиланням. Промпт може починати розмову з персоною або замість запиту до моделі запускати скрипт (схвалення запитується так само, як для дій моделі).',
    builtIn: 'Це вбудовані швидкі промпти: ваша перша зміна збереже список як ваш власний.',
    add: 'Додати швидкий промпт',
    label: 'Мітка',
    text: 'Текст, що надсилається',
    persona: 'Персона розмови, яку він починає',
    script: 'Або натомість запустити цей скрипт (його ID сутності, script.…)',
  },
  list: {
    edit: 'Редагувати',
    remove: 'Видалити',
    save: 'Зберегти',
    cancel: 'Скасувати',
    none: 'Немає',
    removed: (name: string) => `Видалено ${name}.`,
  },
  memoryPage: {
    title: 'Пам’ять',
    intro:
      'Факти про вас, які асистент зберігає для наступних розмов у ваших даних користувача Home Assistant (бачите їх лише ви). Він додає факт, коли ви просите його щось запам’ятати, і кожне додавання видно в розмові з кнопкою «Скасувати». Пам’ять експортується разом із розмовами, ніколи — з налаштуваннями.',
    on: 'Використовувати пам’ять у розмовах',
    budget: 'Кількість символів пам’яті, що надсилаються з кожним запитанням',
    fits: (shown: number, total: number, chars: string) =>
      `Фактів, що вміщаються в ліміт символів (${chars}): ${shown} з ${total}. Спершу ті, що найближчі до запитання, потім найновіші.`,
    empty: 'Ще нічого не запам’ятовано. Попросіть чат щось запам’ятати або додайте це тут.',
    newFact: 'Новий факт',
    add: 'Додати',
    edit: 'Редагувати',
    save: 'Зберегти',
    cancel: 'Скасувати',
    remove: 'Видалити',
    fromChat: 'запам’ятовано в розмові',
    byYou: 'додано вами',
    openChat: 'Відкрити розмову',
    removed: (fact: string) => `Видалено «${fact}».`,
    tooLong: (n: number) =>
      `Факт може містити щонайбільше ${plural('uk', n, { one: '# символ', few: '# символи', many: '# символів', other: '# символу' })}.`,
    refused: 'Це схоже на ключ, токен або підписану адресу: його не збережено.',
    full: (n: number) =>
      `Пам’ять вміщує щонайбільше ${plural('uk', n, { one: '# факт', few: '# факти', many: '# фактів', other: '# факту' })}: спершу видаліть деякі.`,
    unreadable: 'Зараз не вдається прочитати вашу пам’ять.',
    invalid: (issues: string) =>
      `Збережена пам’ять не пройшла перевірку (${issues}); її залишено без змін, і тут вона не змінюється.`,
  },
  scopeNote: {
    assist: 'Модель бачить сутності, до яких ви надали доступ для Assist.',
    'assist-registry':
      'Модель бачить сутності, до яких надано доступ для Assist. Сутності без унікального ID пропускаються: їхні налаштування доступу можуть читати лише адміністратори.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Ця сторінка завантажена через https, тому браузер блокує виклики на незахищену http-адресу ${url}.`,
    mixed_content_fix:
      'Надайте доступ до постачальника через https (зворотний проксі із сертифікатом) або відкрийте Home Assistant через http у локальній мережі.',
    cors: (url: string) =>
      `Постачальник за адресою ${url} відповів, але не дозволяє виклики з цієї сторінки (CORS).`,
    network: (url: string) => `Не вдається зв’язатися з постачальником за адресою ${url}.`,
    redirect: (url: string) =>
      `Постачальник за адресою ${url} відповів переспрямуванням на іншу адресу, а картка не виконує переспрямувань.`,
    redirect_to: (url: string, location: string) =>
      `Постачальник за адресою ${url} спробував переслати запит далі на ${location}, а картка не виконує переспрямувань.`,
    redirect_fix:
      'Ключ надсилається лише на адресу, для якої його збережено. Якщо правильна саме інша адреса, введіть її як базову URL-адресу (і ключ ще раз).',
    too_long: (chars: string) =>
      `Відповідь перевищила ${chars} символів — максимум, який тут може мати одна відповідь, — і на цьому її зупинено.`,
    too_long_fix:
      'Те, що надійшло, збережено. Попросіть коротшу відповідь або по одній частині за раз; якщо постачальник надсилає без кінця, перевірте його сервер.',
    network_fix:
      'Перевірте, що сервер працює, адреса та порт правильні, а цей пристрій має до нього доступ.',
    private_network: (url: string) =>
      `Браузер заблокував виклик із цієї публічної адреси на приватну адресу ${url} (доступ до локальної мережі).`,
    private_network_fix:
      'Дозвольте цьому сайту доступ до локальної мережі, коли браузер запитає, або відкрийте Home Assistant через його локальну адресу.',
    auth: (status: number) => `Постачальник відхилив ключ API (HTTP ${status}).`,
    auth_fix:
      'Перевірте ключ у налаштуваннях постачальника; він може бути неправильним, простроченим або не мати доступу до цієї моделі.',
    auth_fix_litellm:
      'Цей LiteLLM не має бази даних, тому приймає лише свій головний ключ (master key): перевірте ключ у налаштуваннях постачальника.',
    not_found: 'Постачальник відповів «не знайдено» (HTTP 404).',
    not_found_fix_v1:
      'Чи закінчується базова URL-адреса на /v1? Більшість серверів, сумісних з OpenAI, цього потребують.',
    not_found_fix_model: 'Перевірте ID моделі: постачальник може її не знати.',
    bad_request: (status: number) => `Постачальник відхилив запит (HTTP ${status}).`,
    bad_request_fix:
      'Перевірте модель та її параметри (макс. кількість токенів, температура) у налаштуваннях.',
    rate_limited: 'Постачальник обмежує частоту запитів (HTTP 429).',
    rate_limited_wait: (s: number) => `Зачекайте приблизно ${s} с і спробуйте ще раз.`,
    rate_limited_fix: 'Зачекайте трохи і спробуйте ще раз.',
    quota:
      'На вашому обліковому записі в цього постачальника закінчилися кошти або перевищено квоту.',
    quota_fix: 'Перевірте оплату або бюджет ключа в постачальника; повторні спроби не допоможуть.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `Запит більший, ніж цей ключ може надіслати за раз: ${plural('uk', requested, { one: '# токен', few: '# токени', many: '# токенів', other: '# токена' })}, що перевищує його ліміт ${limit}.`
        : 'Запит більший, ніж цей ключ може надіслати за раз.',
    too_large_fix:
      'Надсилайте менше: менше попередніх повідомлень (Повідомлення в контексті), коротший системний промпт або менше значення «Макс. кількість токенів»; або попросіть у постачальника вищий ліміт. Повторні спроби не допоможуть.',
    no_vision: 'Модель відхилила зображення: вона не приймає зображень.',
    no_vision_fix:
      'Виберіть для цього чату модель, що приймає зображення, або запитайте без зображення; вимкніть Vision для цієї моделі в налаштуваннях, щоб чат казав про це перед надсиланням.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `Розмова довша за контекст моделі (${limit} токенів).`
        : 'Розмова довша за контекст моделі.',
    context_length_fix:
      'Почніть нову розмову, надсилайте менше попередніх повідомлень (Повідомлення в контексті) або вкажіть довжину контексту моделі в налаштуваннях, щоб найстаріші повідомлення пропускалися.',
    timeout_first: (s: number) => `Постачальник нічого не надсилав протягом ${s} с.`,
    timeout_idle: (s: number) =>
      `Постачальник посеред відповіді припинив надсилати дані на ${s} с.`,
    timeout_fix:
      'Локальний сервер, можливо, ще завантажує модель; спробуйте ще раз або збільште тайм-аут у налаштуваннях постачальника.',
    server: (status: number) => `У постачальника сталася внутрішня помилка (HTTP ${status}).`,
    server_fix:
      'Запит повторено, але він знову не вдався. Перегляньте журнали постачальника, а потім спробуйте ще раз.',
    malformed: 'Постачальник надіслав відповідь, яку ця картка не може прочитати.',
    malformed_fix:
      'Перевірте, що базова URL-адреса вказує на API, сумісний з OpenAI (зазвичай закінчується на /v1).',
    in_band: 'Постачальник повідомив про помилку під час відповіді.',
    agent: 'Агент розмов Home Assistant не зміг відповісти.',
    agent_fix: 'Перевірте агента та його асистента в Налаштування → Голосові асистенти.',
    aborted: 'Зупинено.',
    provider_says: (text: string) => `Постачальник повідомляє: «${text}»`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM за замовчуванням дозволяє всі джерела (origins); якщо ви це обмежили, додайте цю адресу Home Assistant до дозволених джерел.',
    ollama:
      'Ollama приймає виклики лише з власного комп’ютера: задайте в OLLAMA_ORIGINS цю адресу Home Assistant (або *) і перезапустіть Ollama.',
    vllm: 'Запустіть vLLM з --allowed-origins, що містить цю адресу Home Assistant.',
    llamacpp:
      'llama-server за замовчуванням дозволяє виклики з браузерів; перевірте зворотний проксі перед ним.',
    lmstudio: 'Увімкніть CORS у налаштуваннях сервера LM Studio (або lms server start --cors).',
    openai:
      'Постачальник мав би дозволяти виклики з браузерів; виклик може блокувати проміжний проксі або розширення браузера.',
    generic:
      'Дозвольте цю адресу Home Assistant (її джерело, origin) у налаштуваннях CORS постачальника або розмістіть перед ним проксі, що додає заголовки CORS.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} для ${targets}`,
};
