import type { Strings } from './en';
import { plural } from './plural';

const seconds = (s: number) =>
  plural('he', s, { one: 'שנייה אחת', two: '# שניות', other: '# שניות' });
const models = (n: number) =>
  plural('he', n, { one: 'מודל אחד', two: '# מודלים', other: '# מודלים' });

/** Hebrew. */
export const strings: Strings = {
  cardName: 'שיחה תואמת OpenAI',
  cardDescription:
    'צ׳אט עם ספק תואם OpenAI משלך (LiteLLM, Ollama, vLLM, OpenAI ועוד) ושליטה בבית שלך.',
  panelTitle: 'צ׳אט AI',
  message: 'הודעה',
  send: 'שליחה',
  stop: 'עצירה',
  placeholder: 'אפשר לשאול כל דבר…',
  emptyConversation: 'אפשר לפתוח ב"שלום" כדי להתחיל שיחה.',
  you: 'את/ה',
  assistant: 'עוזר',
  thinking: 'חושב',
  reasoning: 'תהליך החשיבה',
  cutOff: 'התשובה נקטעה כאן.',
  stoppedByUser: 'הופסק.',
  dismiss: 'סגירה',
  retry: 'ניסיון נוסף',
  announceAnswer: (text: string) => `עוזר: ${text}`,
  retrying: (s: number) => `ניסיון חוזר בעוד ${seconds(s)}…`,

  // Per message.
  msg: {
    copy: 'העתקה',
    readAloud: 'הקראה',
    stopReading: 'עצירת ההקראה',
    copied: 'הועתק',
    copyCode: 'העתקת הקוד',
    edit: 'עריכה',
    editLabel: 'עריכת ההודעה',
    sendEdited: 'שליחת ההודעה הערוכה',
    cancel: 'ביטול',
    regenerate: 'יצירה מחדש',
    continue: 'המשך',
    delete: 'מחיקה',
    previousVariant: 'הגרסה הקודמת',
    nextVariant: 'הגרסה הבאה',
    variantOf: (i: number, n: number) => `גרסה ${i} מתוך ${n}`,
    writtenBy: (model: string) => `נכתב על ידי ${model}`,
    notSaved: 'עדיין לא נשמר',
    notSavedWhy:
      'Home Assistant עדיין לא הצליח לשמור את זה. ניסיון נוסף ייעשה ברגע שהחיבור יחזור; עד אז יש להשאיר את הדף הזה פתוח.',
    earlier: (n: number) => `הצגת הודעות קודמות (${n})`,
  },

  history: {
    invalid: (issues: string) => `לא ניתן היה לקרוא את השיחה הזו (${issues}). היא נשמרת כפי שהיא.`,
    tooLarge: (mb: string, max: string) =>
      `השיחה הזו בגודל ${mb} MB, יותר ממה ש-Home Assistant יכול לשמור בחתיכה אחת (${max} MB): מה שנאמר לאחרונה מוצג כאן אבל לא נשמר.`,
    tooLargeFix:
      'יש לייצא את השיחה כדי לשמור עותק, ולהתחיל שיחה חדשה. גם מחיקת תשובות ארוכות מפנה מקום.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'צ׳אט',
  freshConversation:
    'התחלת שיחה חדשה בכל ביקור (קיוסקים, טאבלטים על הקיר); השיחות הקודמות נשארות ברשימה שבחלונית',
  openInPanel: 'פתיחה בחלונית',
  conversations: {
    list: 'שיחות',
    toggle: 'הצגת השיחות',
    new: 'שיחה חדשה',
    search: 'חיפוש בשיחות',
    searchPlaceholder: 'חיפוש בכותרות ובהודעות',
    untitled: 'שיחה חדשה',
    today: 'היום',
    yesterday: 'אתמול',
    options: (title: string) => `אפשרויות עבור ${title}`,
    rename: 'שינוי שם',
    renameLabel: 'שם השיחה',
    archive: 'העברה לארכיון',
    unarchive: 'הוצאה מהארכיון',
    archived: (n: number) => `בארכיון (${n})`,
    exportMarkdown: 'ייצוא כ-Markdown',
    exportJson: 'ייצוא כ-JSON',
    delete: 'מחיקה',
    deleted: (title: string) => `השיחה "${title}" נמחקה.`,
    undo: 'ביטול',
    noMatches: 'אין שיחות תואמות.',
    unreadable: (issues: string) =>
      `לא ניתן היה לקרוא את רשימת השיחות שלך (${issues}). היא נשמרת כפי שהיא; שיחות חדשות לא יופיעו ברשימה עד שהיא תתוקן.`,
    empty: 'אין עדיין שיחות.',
    model: 'מודל',
    modelDefault: (name: string) => `ברירת מחדל (${name})`,
    shortcuts: 'Alt+Shift+N: שיחה חדשה · /: תיבת ההודעה · Esc: עצירת התשובה',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'שיחות',
    measuring: 'בודק כמה מקום השיחות שלך תופסות…',
    used: (n: number, used: string, budget: string) =>
      `${plural('he', n, { one: 'שיחה אחת', two: '# שיחות', other: '# שיחות' })}, ${used} מתוך ${budget} שהוקצו לשיחות בנתוני המשתמש שלך ב-Home Assistant`,
    near: 'השיחות שלך מתקרבות למקום שהוקצה להן. מומלץ לייצא ולהעביר לארכיון שיחות ישנות (העברה לארכיון ברשימה, ואז העברה לקובץ כאן), או למחוק חלק מהן. שום דבר לא מוסר אלא אם עשית זאת בעצמך.',
    over: 'השיחות שלך תופסות יותר מהמקום שהוקצה להן. כולן עדיין נשמרות, אבל Home Assistant כותב את הנתונים האלה מחדש בכל הודעה ושומר אותם בכל גיבוי: מומלץ לייצא ולהעביר לארכיון שיחות ישנות, או למחוק חלק מהן.',
    largeConversation: (title: string, size: string) =>
      `השיחה "${title}" לבדה תופסת ${size}. Home Assistant לא יכול לשמור שיחה גדולה בהרבה מ-3 MB: יש לייצא אותה ולהמשיך בשיחה חדשה.`,
    explain:
      'השיחות נשמרות בנתוני המשתמש שלך ב-Home Assistant, לצד ההגדרות שלך, כך שהן מופיעות בכל מכשיר שמתחברים ממנו. שום דבר לא נמחק אלא אם מחקת אותו.',
    exportMarkdown: 'ייצוא הכול כ-Markdown',
    exportJson: 'ייצוא הכול כ-JSON',
    import: 'ייבוא שיחות',
    imported: (n: number, added: number, changed: number) =>
      `${plural('he', n, { one: 'נקראה שיחה אחת', two: 'נקראו # שיחות', other: 'נקראו # שיחות' })} מהקובץ: חדשות: ${added}, עם הודעות שנוספו: ${changed}.`,
    moveArchived: (n: number) =>
      `העברת ${plural('he', n, { one: 'שיחה אחת', two: '# שיחות', other: '# שיחות' })} מהארכיון לקובץ`,
    confirmMove: (n: number) =>
      plural('he', n, {
        one: 'השיחה שבארכיון נמצאת בקובץ שנשמר זה עתה. להסיר אותה מ-Home Assistant עכשיו?',
        two: '# השיחות שבארכיון נמצאות בקובץ שנשמר זה עתה. להסיר אותן מ-Home Assistant עכשיו?',
        other: '# השיחות שבארכיון נמצאות בקובץ שנשמר זה עתה. להסיר אותן מ-Home Assistant עכשיו?',
      }),
    moved: (n: number) =>
      plural('he', n, {
        one: 'שיחה אחת מהארכיון הועברה לקובץ.',
        two: '# שיחות מהארכיון הועברו לקובץ.',
        other: '# שיחות מהארכיון הועברו לקובץ.',
      }),
  },
  exportTool: 'כלי',
  importWhat: 'ייבוא',
  importMismatch: (entry: string, doc: string) => `הרשומה ${entry} והשיחה ${doc} אינן תואמות`,

  noProvider: 'עדיין לא הוגדר ספק. אפשר להוסיף ספק בעורך של הכרטיס הזה (או בהגדרות של צ׳אט AI).',
  unknownProvider: (id: string) =>
    `הכרטיס הזה משתמש בספק "${id}", שכבר לא נמצא בהגדרות שלך. יש לבחור ספק אחר בעורך הכרטיס.`,
  noModel: (provider: string) =>
    `לא נבחר מודל עבור הספק "${provider}". יש לבחור מודל בעורך הכרטיס.`,
  settingsInvalid: (issues: string) =>
    `לא ניתן היה לקרוא את ההגדרות של צ׳אט AI (${issues}). הן נשמרות כפי שהן; אפשר לתקן או לייצא אותן בהגדרות.`,
  settingsLoading: 'טוען את ההגדרות שלך…',

  // Settings pages.
  voice: {
    speak: 'דיבור',
    noStt: 'לעוזר הקולי שלך אין המרת דיבור לטקסט: בחרו אחת בהגדרות ← עוזרים קוליים.',
    sttRefused: (said: string) =>
      `המרת הדיבור לטקסט של העוזר הקולי לא מקבלת את השמע שתיבת הדו־שיח הקולית של Home Assistant שולחת (16 קה״ץ מונו). בחרו אחרת בהגדרות ← עוזרים קוליים. Home Assistant אומר: ${said}`,
    nothingHeard: 'לא הובן דבר. דברו שוב, קרוב יותר למיקרופון.',
    micRefused:
      'הדפדפן לא קיבל הרשאה להשתמש במיקרופון: אפשרו אותו לאתר הזה (הסמל בשורת הכתובת) ונסו שוב.',
    noMic: 'לא נמצא מיקרופון במכשיר הזה.',
    insecure:
      'דפדפנים נותנים את המיקרופון רק לדפים מאובטחים: פתחו את Home Assistant דרך https (או במחשב הזה דרך localhost).',
    sendSpoken: 'לשלוח את מה שנאמר מיד (אחרת הוא נכנס לתיבת ההודעה)',
    noPipeline: 'לא מוגדר עוזר קולי ב-Home Assistant: הוסיפו אחד בהגדרות ← עוזרים קוליים.',
    noTts: 'לעוזר הקולי שלך אין המרת טקסט לדיבור: בחרו אחת בהגדרות ← עוזרים קוליים.',
    failed: (what: string) => `פעולת הקול נכשלה: ${what}`,
    autoRead: 'להקריא כל תשובה כשהיא מסתיימת (המרת הטקסט לדיבור של העוזר הקולי, בכל הצ׳אטים שלך)',
  },
  agents: {
    cardLimits:
      'הכרטיס הזה מגביל את מה שהעוזר רשאי לעשות (כלים כבויים, או היקף מצומצם יותר), ומודל ברירת המחדל שלך הוא סוכן של Home Assistant, שפועל לפי הכללים שלו. יש לבחור מודל של ספק עבור הכרטיס הזה בעורך שלו.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'הסוכנים של Home Assistant',
    note: 'הסוכנים של Home Assistant פועלים בבית בכלים ובהרשאות שלהם: אישור והיקף הכרטיס הזה לא חלים על מה שהם עושים.',
    noPictures: 'הסוכנים של Home Assistant לא מקבלים תמונות: בחרו מודל של ספק כדי לשאול על תמונה.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'שימוש בזיכרון',
    useHint: 'מה שביקשת מהעוזר לזכור מצורף לשיחה הזו.',
    without: 'השיחה הזו לא משתמשת בזיכרון שלך.',
    undo: 'ביטול',
    undone: 'בוטל',
    remembered: (fact: string) => `שמר בזיכרון את "${fact}"`,
    changed: (before: string, after: string) => `שינה את "${before}" ל"${after}"`,
    forgot: (fact: string) => `שכח את "${fact}"`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'בית',
    energy: 'אנרגיה',
    kids: 'ילדים',
    pick: 'פרסונה',
    none: 'ללא פרסונה',
    using: (name: string) => `פרסונה: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'לילה טוב',
    goodNightText: 'לילה טוב: לכבות את האורות שעדיין דולקים ולהגיד לי אם הדלתות נעולות.',
    whatsOpen: 'מה פתוח?',
    whatsOpenText: 'אילו דלתות, חלונות ותריסים פתוחים כרגע?',
    energyToday: 'אנרגיה היום',
    energyTodayText: 'כמה אנרגיה הבית צרך היום?',
    title: 'הנחיות מהירות',
    noMatch: 'אין הנחיה מהירה תואמת.',
    ran: (label: string) => `${label}: בוצע.`,
    notRun: (label: string) => `${label}: לא הופעל.`,
    templateFailed: (why: string) => `לא ניתן היה לעבד את התבנית של ההנחיה המהירה: ${why}`,
  },
  images: {
    attach: 'צירוף תמונה',
    snapshot: 'צילום ממצלמה',
    camera: 'מצלמה',
    pickCamera: 'בחירת מצלמה…',
    noCamera: 'אין מצלמה בטווח של הצ׳אט הזה (מצלמות שנחשפו ל־Assist).',
    snapshotFailed: 'לא ניתן היה להביא את התמונה של המצלמה מ־Home Assistant.',
    attached: 'תמונות לשליחה',
    picture: (n: number) => `תמונה ${n}`,
    remove: (n: number) => `הסרת תמונה ${n}`,
    sent: 'תמונה שנשלחה עם השאלה',
    tooMany: (n: number) => `אפשר לשלוח לכל היותר ${n} תמונות עם שאלה אחת.`,
    unreadable: 'לא ניתן היה לקרוא את הקובץ כתמונה.',
    noVision: (model: string) =>
      `${model} מוגדר כמודל שאינו מקבל תמונות (Vision כבוי בהגדרות שלו): יש להפעיל עבורו Vision או לבחור מודל שמקבל תמונות.`,
    vision: 'Vision: מקבל תמונות',
    fromTool: 'תמונה שהוצגה למודל',
  },
  context: {
    label: 'הקשר',
    used: (tokens: string, limit: string) => `${tokens} מתוך ${limit} טוקנים`,
    leftOut: (n: number) => `הודעות קודמות שהושמטו כדי להתאים להקשר של המודל: ${n}`,
    length: 'אורך הקשר (טוקנים)',
    learned: (n: string) => `הספק ציין שההקשר שלו הוא ${n} טוקנים.`,
  },
  usage: {
    title: 'שימוש',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `קלט ${input} · פלט ${output}`,
    answerLong: (input: string, output: string) => `${input} טוקנים בקלט, ${output} טוקנים בפלט`,
    reasoning: (n: string) => `מתוכם ${n} לחשיבה`,
    cached: (n: string) => `${n} מהמטמון של הספק`,
    estimated: 'הערכה: הספק לא דיווח על שימוש, ולכן הספירה נעשתה לפי הטקסט.',
    priced: 'העלות לפי המחירים שהוגדרו למודל הזה.',
    conversation: (tokens: string) => `השיחה הזו: ${tokens} טוקנים`,
    days: '30 הימים האחרונים',
    chart: 'טוקנים ליום ולמודל, 30 הימים האחרונים',
    model: 'מודל',
    answers: 'תשובות',
    input: 'טוקנים בקלט',
    output: 'טוקנים בפלט',
    cost: 'עלות',
    total: 'סה״כ',
    none: 'עדיין לא נספר דבר: השימוש יופיע כאן אחרי התשובה הראשונה.',
    someEstimated: (n: string) => `${n} לפי הערכה (לא דווח שימוש)`,
    explain:
      'הספירה מבוססת על מה שכל ספק מדווח עם התשובה שלו, ואם אין דיווח — על הערכה לפי הטקסט (בערך ארבעה תווים לטוקן). העלות היא זו שהספק מדווח (OpenRouter), ואם אין — זו שמתקבלת מהמחירים שהוגדרו למודל. הנתונים נשמרים בנתוני המשתמש שלך ב-Home Assistant: כל בקשה למשך שבוע, ואחר כך סכום אחד לכל מודל ויום; מחיקת שיחה לא משנה אותם.',
    budget: 'תקציב חודשי (US$)',
    budgets: 'תקציבים חודשיים',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} מתוך ${budget} החודש`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} עלה ${spent} החודש, יותר מהתקציב החודשי שלו, ${budget}.`,
    priceInput: 'מחיר למיליון טוקנים בקלט (US$)',
    priceOutput: 'מחיר למיליון טוקנים בפלט (US$)',
  },
  settings: {
    title: 'הגדרות',
    providers: 'ספקים',
    addProvider: 'הוספת ספק',
    editProvider: (name: string) => `עריכת ${name}`,
    authMode: 'מפתחות',
    authGlobal: 'מפתח אחד לכל המודלים',
    authPerModel: 'מפתח לכל מודל',
    keySaved: 'נשמר — הקלדה תחליף אותו',
    keyMoved: (from: string, to: string) =>
      `המפתח השמור היה עבור ${from}: הוא לא נשלח אל ${to}. יש להקליד את המפתח עבור הכתובת החדשה.`,
    removeKey: 'הסרת המפתח השמור',
    timeout: 'זמן קצוב (בשניות, עד הבייט הראשון ובין מקטעים)',
    addModel: 'הוספה',
    modelsFetched: (n: number, when: string) => `${models(n)} מהספק (הרשימה נטענה ${when}).`,
    chosenModels: 'המודלים של הספק הזה',
    removeModel: (id: string) => `הסרת ${id}`,
    remove: 'הסרה',
    displayName: 'שם תצוגה',
    modelKey: (id: string) => `מפתח API עבור ${id}`,
    modelTools: 'כלים (קריאה לפונקציות): המודל הזה רשאי לפעול בבית',
    edit: 'עריכה',
    makeDefault: 'הגדרה כברירת מחדל',
    isDefault: 'ברירת מחדל',
    defaultModel: 'מודל ברירת מחדל',
    modelsCount: (n: number) => models(n),
    keyState: { global: 'מפתח שמור', none: 'אין מפתח', per_model: 'מפתח לכל מודל' },
    confirmRemove: (name: string) =>
      `להסיר את ${name}? המפתח שלו יימחק יחד איתו; כרטיסים שמשתמשים בו יציינו זאת עד שייבחר ספק אחר.`,
    noProviders:
      'אין עדיין ספק. אפשר להוסיף אחד: LiteLLM, Ollama, vLLM, OpenAI, … (כתובת הבסיס מסתיימת בדרך כלל ב-/v1).',
    export: 'ייצוא הגדרות',
    exportHint: 'קובץ JSON ללא מפתחות כלל.',
    import: 'ייבוא הגדרות',
    importReview: 'מה ייבוא הקובץ הזה משנה',
    importLoosens: 'פחות בטוח:',
    importNoChanges: 'שום דבר לא משתנה.',
    importConfirm: 'ייבוא',
    importKeysNeeded: (names: string[]) =>
      `אחרי הייבוא יש להוסיף את המפתחות של: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `${plural('he', n, { one: 'יובא ספק אחד', two: 'יובאו # ספקים', other: 'יובאו # ספקים' })}.${missing.length ? ` יש להוסיף את המפתחות של: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'לא ניתן היה לקרוא את ההגדרות שלך',
    invalidBody:
      'הן נשמרות בדיוק כפי שהן. אפשר לייצא אותן כדי לתקן אותן ידנית ואז לייבא את הקובץ המתוקן, או להתחיל מחדש (עותק נשמר בנתוני המשתמש שלך).',
    exportBroken: 'ייצוא המסמך',
    startOver: 'התחלה מחדש',
    confirmStartOver: 'להחליף את ההגדרות שלך בהגדרות ריקות? עותק של המסמך הנוכחי יישמר.',
    saved: 'נשמר.',
    back: 'חזרה לצ׳אט',
    managePrompt: 'ספקים, מודלים ומפתחות מנוהלים בהגדרות של חלונית צ׳אט AI.',
    openSettings: 'פתיחת ההגדרות',
    maxRounds: 'סבבי כלים לכל תשובה',
    server: 'שרת',
    name: 'שם',
    baseUrl: 'כתובת בסיס',
    apiKey: 'מפתח API (אופציונלי; נשמר בנתוני המשתמש שלך ב-Home Assistant, אף פעם לא בכרטיס)',
    cancel: 'ביטול',
    saveProvider: 'שמירת הספק',
    loadModels: 'טעינת מודלים',
    reloadModels: 'טעינת המודלים מחדש',
    typeModel: 'או הקלדת מזהה מודל',
    searchModels: 'חיפוש מודלים',
    models: 'מודלים',
    noModelsMatch: 'אין מודלים תואמים.',
    moreModels: (n: number) =>
      `${plural('he', n, { one: 'עוד מודל אחד', two: 'עוד # מודלים', other: 'עוד # מודלים' })}: יש לצמצם את החיפוש.`,
    maxTokens: 'מקסימום טוקנים',
    temperature: 'טמפרטורה',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `נלמד מתשובות הספק: ${[
        l.token_param === 'max_completion_tokens'
          ? 'אורך התשובה נשלח כ-max_completion_tokens (הספק דחה את max_tokens)'
          : '',
        l.temperature === false ? 'לא נשלחת טמפרטורה (הספק מקבל רק את ברירת המחדל שלו)' : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'לשכוח',
    forgetLearned: (id: string) => `לשכוח את מה שנלמד על ${id}`,
    serverAuto: (name: string) => `זוהה לפי הכתובת (${name})`,
  },

  // The card editor.
  editor: {
    title: 'כותרת',
    agent: 'סוכן',
    systemPrompt: 'תבנית הנחיית המערכת',
    maxTokens: 'מקסימום טוקנים',
    temperature: 'טמפרטורה',
    contextMessages: 'הודעות בהקשר',
    home: 'הבית',
    onlyDomains: 'רק התחומים האלה',
    onlyAreas: 'רק השטחים האלה',
    onlyEntities: 'רק הישויות האלה',
    search: 'חיפוש',
    providerAndModel: 'ספק ומודל',
    noProviderYet: 'אין עדיין ספק: יש להוסיף אחד כדי להתחיל בצ׳אט.',
    provider: 'ספק',
    model: 'מודל',
    default: 'ברירת מחדל',
    defaultNamed: (name: string) => `ברירת מחדל (${name})`,
    addProvider: 'הוספת ספק',
    settingsInvalid: (issues: string) => `ההגדרות שלך אינן תקינות: ${issues}`,
    persona: 'פרסונה',
    personaNone: 'ללא (המודל וההנחיה של ברירת המחדל)',
    chips: 'הנחיות מהירות שמוצגות ככפתורים',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'תפריט',
  connectionLost: 'החיבור ל-Home Assistant אבד.',
  outdated: 'הכרטיס הזה עודכן מאז שהדף נטען: יש לטעון מחדש את הדף.',

  picker: {
    add: (text: string) => `הוספת „${text}”`,
    remove: (name: string) => `הסרת ${name}`,
    noMatch: 'אין תוצאות',
    more: 'יש תוצאות נוספות: אפשר להמשיך להקליד כדי לצמצם',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB זה יותר ממה ש-Home Assistant יכול לשמור בחתיכה אחת (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: "${id}" אינו מזהה שהכרטיס הזה כותב (אותיות, ספרות, _ . ~ -, לכל היותר 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `השיחה ${id} בגודל ${(bytes / 1e6).toFixed(1)} MB, יותר ממה ש-Home Assistant יכול לשמור בחתיכה אחת (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `הקובץ גדול מ-${Math.round(bytes / 1_048_576)} MB, יותר ממה שקובץ כזה צריך אי פעם: יש לבחור את הקובץ שייצאת.`,
    cardConfig: 'תצורת הכרטיס',
    secretInCard: (key: string) =>
      `"${key}" לא שייך לכרטיס: כל משתמש שיכול לפתוח את לוח המחוונים הזה יכול לקרוא את התצורה שלו. יש להסיר אותו ולהוסיף את המפתח בהגדרות של צ׳אט AI, ששומרות אותו בנתוני המשתמש שלך ב-Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `נכתב על ידי גרסה חדשה יותר של הכרטיס הזה (${what} גרסה ${version}); יש לעדכן את הכרטיס — הנתונים נשמרים כפי שהם`,
    noUpgrade: (version: number) => `אין שדרוג מגרסת הגדרות ${version}`,
    settingsInvalid: (issues: string) => `ההגדרות השמורות אינן תקינות (${issues}); הן לא נדרסו.`,
    olderList: 'גרסה ישנה יותר של רשימת השיחות; יש לטעון מחדש את הדף',
    notJson: 'הקובץ אינו JSON',
    notSettings: 'הקובץ אינו מכיל מסמך הגדרות',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'בדיקת החיבור',
    running: 'בודק…',
    titles: {
      address: 'כתובת',
      reach: 'השרת נגיש',
      cors: 'קריאות מהדף הזה מותרות (CORS)',
      key: 'מפתח API',
      models: 'רשימת מודלים (/models)',
      completion: 'תשובה של טוקן אחד',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: 'עבר', warn: 'אזהרה', fail: 'נכשל', skipped: 'לא נבדק' },
    skipped: 'לא נבדק: שלב קודם נכשל.',
    badUrl: (url: string) => `"${url}" אינה כתובת http(s).`,
    badUrlFix: 'יש להקליד את הכתובת המלאה, למשל http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, ניתן לקרוא לו מהדף הזה.`,
    reachOk: (host: string) => `${host} עונה.`,
    corsOk: 'השרת מאפשר לדף הזה לקרוא לו.',
    keyOk: 'המפתח התקבל.',
    noKeyOk: 'לא נשלח מפתח, והשרת לא ביקש מפתח.',
    modelsOk: (n: number) => `${models(n)} ברשימה.`,
    modelNotListed: (n: number, model: string) => `${models(n)} ברשימה, אבל לא "${model}".`,
    modelNotListedFix:
      'יש לבדוק את מזהה המודל; שרתים מסוימים מציגים ברשימה רק חלק ממה שהם מגישים, ולכן השלב הבא מנסה אותו.',
    noModelList: 'לשרת הזה אין רשימת מודלים: יש להקליד את מזהי המודלים ידנית.',
    noModelListFix: 'אין צורך לתקן דבר אם התשובה שלמטה עובדת.',
    v1Fix: 'האם כתובת הבסיס מסתיימת ב-/v1? רוב השרתים התואמים ל-OpenAI זקוקים לכך.',
    noModel: 'עדיין לא נבחר מודל: יש לבחור או להקליד מודל, ואז לבדוק שוב.',
    completionOk: (model: string) => `${model} ענה.`,
    unknownModel: (model: string) => `הספק אינו מכיר את המודל "${model}".`,
    unknownModelFix:
      'יש לבחור את המודל מהרשימה של הספק (טעינת המודלים מחדש), או לבדוק איך הספק מאיית אותו.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (כותרת api-key)',
    anthropic: 'Anthropic (תאימות OpenAI)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (תאימות OpenAI)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'שרת אחר התואם ל-OpenAI',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `המודל המשיך לקרוא לכלים: הוא נעצר אחרי ${plural('he', n, { one: 'סבב אחד', two: '# סבבים', other: '# סבבים' })}. אפשר לשאול שוב, או להעלות את המגבלה בהגדרות.`,
  toolsUnsupported:
    'המודל הזה אינו תומך בכלים. יש לכבות עבורו את הכלים בעורך הכרטיס (כלים), או לבחור מודל שתומך בקריאה לפונקציות.',
  approve: 'אישור',
  deny: 'דחייה',
  toolNeedsApproval: (what: string) => `מבקש להריץ את ${what}. לאשר?`,
  cameraApproval: (camera: string) => `מבקש להסתכל דרך ${camera}. לאשר?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `מבקש להריץ את ${what}, עם ${reasons}. לאשר?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `מוסיף את הספק ${name} (${origin}).`,
    providerRemoved: (name: string) => `מסיר את הספק ${name} ואת המפתחות שלו.`,
    providerMoved: (name: string, from: string, to: string) =>
      `מעביר את ${name} מ-${from} אל ${to}.`,
    providerChanged: (name: string) => `משנה את ההגדרות של ${name}.`,
    keyRetype: (name: string) =>
      `${name} פונה עכשיו לכתובת אחרת או לסוג שרת אחר: המפתח השמור שלו לא נשלח לשם. יש להקליד את המפתח שוב בהגדרות שלו.`,
    cameraApprovalOn: 'המודל שואל לפני שהוא מסתכל דרך מצלמה.',
    cameraApprovalOff: 'המודל מסתכל דרך מצלמות בלי לשאול קודם.',
    confirmRemoved: (items: string) => `כבר לא נדרש אישור לפני פעולה על: ${items}.`,
    confirmAdded: (items: string) => `נדרש אישור לפני פעולה על: ${items}.`,
    toolsOn: 'המודל רשאי לפעול בבית שלך.',
    toolsOff: 'המודל כבר לא פועל בבית שלך.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) רשאי לפעול בבית שלך.`,
    maxRounds: (from: number, to: number) => `סבבי כלים לכל תשובה: ${from} → ${to}.`,
    autoReadOn: 'כל תשובה מוקראת כשהיא מסתיימת.',
    autoReadOff: 'תשובות כבר לא מוקראות מעצמן.',
    sendSpokenOn: 'מה שנאמר נשלח מיד, בלי מבט בטקסט.',
    sendSpokenOff: 'מה שנאמר נכנס קודם לתיבת ההודעה.',
    promptChanged: 'הנחיית המערכת משתנה.',
    defaultChanged: (to: string) => `מודל ברירת המחדל הופך ל-${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `פעולה על ${names}`,
    address: (field: string, value: string) => `כתובת ב-${field}: ${value}`,
    path: (field: string, value: string) => `נתיב קובץ ב-${field}: ${value}`,
    entity: (field: string, name: string) => `ישות אחרת ב-${field}: ${name}`,
  },
  toolCallsCapped: (n: number) => `המודל ביקש יותר מ-${n} פעולות בתשובה אחת; השאר לא הורצו.`,
  toolStatus: {
    awaiting: 'ממתין לאישורך',
    running: 'פועל…',
    done: 'הושלם',
    error: 'נכשל',
    denied: 'נדחה',
    stopped: 'לא הורץ',
    unknown: 'התוצאה לא ידועה: החיבור ל-Home Assistant אבד בזמן הריצה. כדאי לבדוק.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `הפעיל את ${names}`,
      turn_off: (names: string) => `כיבה את ${names}`,
      toggle: (names: string) => `החליף את המצב של ${names}`,
      lock: (names: string) => `נעל את ${names}`,
      unlock: (names: string) => `ביטל את הנעילה של ${names}`,
      open: (names: string) => `פתח את ${names}`,
      close: (names: string) => `סגר את ${names}`,
      press: (names: string) => `לחץ על ${names}`,
      temperature: (names: string) => `הגדיר את הטמפרטורה של ${names}`,
      play: (names: string) => `הפעיל ניגון ב-${names}`,
      pause: (names: string) => `השהה את ${names}`,
      script: (names: string) => `הריץ את ${names}`,
      scene: (names: string) => `הפעיל את ${names}`,
    },
    ask: {
      turn_on: (names: string) => `להפעיל את ${names}`,
      turn_off: (names: string) => `לכבות את ${names}`,
      toggle: (names: string) => `להחליף את המצב של ${names}`,
      lock: (names: string) => `לנעול את ${names}`,
      unlock: (names: string) => `לבטל את הנעילה של ${names}`,
      open: (names: string) => `לפתוח את ${names}`,
      close: (names: string) => `לסגור את ${names}`,
      press: (names: string) => `ללחוץ על ${names}`,
      temperature: (names: string) => `להגדיר את הטמפרטורה של ${names}`,
      play: (names: string) => `להפעיל ניגון ב-${names}`,
      pause: (names: string) => `להשהות את ${names}`,
      script: (names: string) => `להריץ את ${names}`,
      scene: (names: string) => `להפעיל את ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'ארגומנטים',
  toolResult: 'תוצאה',
  toolLiveState: 'כעת',
  toolNames: {
    list_entities: 'הציג רשימת ישויות',
    get_entity: 'קרא את',
    call_service: 'הפעיל',
    list_areas: 'הציג רשימת שטחים',
    get_history: 'קרא את ההיסטוריה של',
    get_camera_image: 'הסתכל דרך',
    home_assistant: 'Home Assistant פעל על',
    list_automations: 'הציג רשימת אוטומציות וסקריפטים',
    get_automation: 'קרא את',
    get_automation_traces: 'קרא את עקבות הריצה של',
    get_logbook: 'קרא את היומן',
    propose_automation: 'ניסח אוטומציה',
    propose_script: 'ניסח סקריפט',
    remember: 'שמר בזיכרון',
    update_memory: 'שינה פרט בזיכרון',
    forget: 'שכח פרט מהזיכרון',
  },
  confirmField:
    'לשאול גם לפני פעולה על (תחומים או ישויות, בכל הצ׳אטים שלך; מנעולים, אזעקות ודלתות מוסך תמיד דורשים אישור)',
  cameraApprovalField: 'לשאול לפני שהמודל מסתכל דרך מצלמה (בכל הצ׳אטים שלך)',
  toolsToggle: 'לאפשר למודל לקרוא את מצב הבית ולשלוט בו (כלים)',
  scopeNarrow: 'אפשר לצמצם עבור הכרטיס הזה למטה (מופרד בפסיקים; ריק: ללא צמצום).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'כלים מ-MCP',
    explain:
      'כלים של ממשקי ה-API ל-LLM של Home Assistant ושל שרתי Model Context Protocol, שהמודל יכול לקרוא להם. מה ששרת אומר על הכלים שלו מוצג לך כאן ואף פעם לא נכנס להנחיות של המודל; כל קריאה היא שורה בשיחה, והיא ממתינה ל"אישור" אלא אם סימנת את הכלי הזה כמהימן.',
    ownTools: 'לתת למודל גם את הכלים של הכרטיס הזה עצמו לפעולה בבית',
    haTitle: 'ממשקי ה-API ל-LLM של Home Assistant',
    haLoading: 'מחפש את שרת ה-MCP של Home Assistant…',
    haLacks: (version: string) =>
      `ב-Home Assistant ${version} אין Model Context Protocol Server: הוא נוסף בגרסה 2025.2, והכתובת שלו לכל API (/api/mcp/<API>) נוספה מאוחר יותר. יש לעדכן את Home Assistant כדי להשתמש כאן בממשקי ה-API שלו.`,
    haNotSetUp:
      'כדי להשתמש כאן בממשקי ה-API ל-LLM של Home Assistant, יש להוסיף את האינטגרציה Model Context Protocol Server: הגדרות ← התקנים ושירותים ← הוסף אינטגרציה ← Model Context Protocol Server.',
    haAssistOnly:
      'רק מנהלים יכולים להשתמש בשאר ממשקי ה-API של Home Assistant; באפשרותך להשתמש ב-Assist.',
    narrowNote:
      'כרטיס שמצמצם את מה שהמודל רואה אינו משתמש בממשקי ה-API האלה: הכלים שלהם רואים כל ישות שנחשפה ל-Assist.',
    useApi: (name: string) => `להשתמש ב-${name} בצ׳אטים`,
    showTools: (name: string) => `הכלים של ${name}`,
    listing: 'טוען את רשימת הכלים…',
    noTools: 'הוא אינו מציע כלים.',
    modes: {
      auto: 'לפי כללי הבית',
      ask: 'לשאול קודם',
      trust: 'מהימן',
      off: 'כבוי',
    },
    modeOf: (tool: string) => `איך המודל רשאי להשתמש ב-${tool}`,
    serversTitle: 'שרתי MCP',
    noServers: 'אין עדיין שרת MCP.',
    add: 'הוספת שרת MCP',
    edit: (name: string) => `עריכת ${name}`,
    remove: (name: string) => `הסרת ${name}`,
    enabled: (name: string) => `להשתמש ב-${name} בצ׳אטים`,
    name: 'שם',
    url: 'כתובת (streamable HTTP, למשל https://host:port/mcp)',
    token: 'טוקן Bearer (אופציונלי; נשמר בנתוני המשתמש שלך, אף פעם לא מיוצא)',
    tokenSaved: 'נשמר — הקלדה תחליף אותו',
    tokenMoved:
      'הכתובת מפנה עכשיו לשרת אחר: הטוקן השמור לא נשלח אליו. יש להקליד אותו שוב אם השרת הזה אמור לקבל אותו.',
    test: 'בדיקה',
    testing: 'בודק…',
    save: 'שמירה',
    cancel: 'ביטול',
    testOk: (name: string, n: number) =>
      `${name} ענה ומציע ${plural('he', n, { one: 'כלי אחד', two: '# כלים', other: '# כלים' })}.`,
    testFirst: 'יש לבדוק את השרת קודם: הכלים שלו יופיעו כאן ברשימה לבחירה.',
    describedAs: 'מה שהשרת אומר עליו (מוצג לך, אף פעם לא למודל כהנחיות)',
    failed: {
      cors: (origin: string) =>
        `השרת ענה, אבל אינו מאפשר לדף הזה לקרוא לו (CORS). עליו לענות לבקשות מ-${origin} עם Access-Control-Allow-Origin, לאפשר את המתודות POST, GET ו-DELETE ואת הכותרות Content-Type, Authorization, Mcp-Session-Id ו-Mcp-Protocol-Version (Access-Control-Allow-Headers), ולחשוף את Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'שום דבר לא ענה בכתובת הזו. יש לבדוק את המארח והפורט, ולוודא שהשרת מאזין במקום שהדפדפן הזה יכול להגיע אליו (לא רק בכתובת ה-loopback שלו).',
      mixed_content:
        'הדף הזה מוגש ב-https והשרת ב-http: הדפדפן מסרב לכך. יש להגיש את השרת ב-https (פרוקסי הפוך עושה זאת), או לפתוח את Home Assistant ב-http.',
      redirect:
        'השרת העביר את הבקשה לכתובת אחרת; הכרטיס אף פעם לא עוקב אחרי הפניה עם הטוקן שלך. יש להזין את הכתובת שאליה היא מובילה.',
      auth: 'השרת דורש טוקן שהוא מקבל (401): יש להזין את טוקן ה-Bearer שלו.',
      forbidden:
        'השרת דחה את המשתמש הזה (403). Home Assistant מאפשר רק למנהלים להשתמש בממשקי ה-API שלו מלבד Assist.',
      not_found:
        'אין נקודת קצה של MCP בכתובת הזו (404). שרתי streamable HTTP עונים בדרך כלל בנתיב כמו /mcp.',
      timeout: 'השרת לא ענה בתוך 30 שניות.',
      garbage: 'השרת ענה במשהו שאינו Model Context Protocol.',
      too_large: 'התשובה של השרת גדולה ממה שהכרטיס קורא (1 MB).',
      rpc: 'השרת ענה לבקשה בשגיאה.',
      http: (status: number) => `השרת ענה HTTP ${status}.`,
      said: (words: string) => `השרת אמר: "${words}"`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `אוטומציה חדשה: ${name}`,
    newScript: (name: string) => `סקריפט חדש: ${name}`,
    changeTo: (name: string) => `שינוי ב-${name}`,
    untitled: 'ללא שם',
    when: 'כאשר',
    onlyIf: 'רק אם',
    then: 'אז',
    yaml: 'YAML',
    diff: 'שינויים',
    diffLabel: (removed: number, added: number) =>
      `${plural('he', removed, { one: 'הוסרה שורה אחת', two: 'הוסרו # שורות', other: 'הוסרו # שורות' })}, ${plural('he', added, { one: 'נוספה אחת', two: 'נוספו #', other: 'נוספו #' })}`,
    save: 'שמירה',
    discard: 'ביטול',
    runNow: 'הפעלה עכשיו',
    checkConditions: 'לבדוק את התנאים',
    saving: 'מתבצעת שמירה, וממתינים ש-Home Assistant יטען את השינוי…',
    running: 'בהפעלה…',
    ran: 'Home Assistant ביצע את ההפעלה.',
    runFailed: (why: string) => `Home Assistant לא ביצע את ההפעלה: ${why}`,
    saved: (name: string) => `נשמר: ${name}.`,
    openInHa: 'פתיחה ב-Home Assistant',
    discarded: 'בוטל. שום דבר לא נכתב.',
    notAdmin:
      'רק מנהל יכול לשמור אוטומציות וסקריפטים ב-Home Assistant. אפשר לבקש ממנהל לשמור את הטיוטה, או להפוך אותך למנהל.',
    busy: 'הכפתורים "שמירה" ו"ביטול" יופיעו כשהתשובה תושלם.',
    problemsTitle:
      'עדיין לא ניתן לשמור: המודל קיבל על כך הודעה, וייתכן שיציע את הטיוטה שוב מתוקנת.',
    notesTitle: 'לפני השמירה',
    unreadable: 'הגרסה הזו של הכרטיס לא יכולה לקרוא את הטיוטה הזו.',
    failed: {
      not_admin: 'רק מנהל יכול לשמור אוטומציות וסקריפטים ב-Home Assistant.',
      problems: 'לא נשמר: הבית השתנה מאז שהטיוטה נכתבה.',
      moved: (entity: string) => `לא נשמר: ${entity} כבר אינה האוטומציה שממנה נקרא השינוי הזה.`,
      refused: (message: string) => `Home Assistant דחה את השמירה: ${message}`,
      not_loaded: (key: string) =>
        `השינוי נכתב ב-Home Assistant (id ${key}) אבל לא נטען. יש לוודא ש-configuration.yaml כולל את automations.yaml ואת scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant אומר על ${at}: ${words}`,
      unknown_keys: (keys: string) => `מפתחות ש-Home Assistant לא מכיר: ${keys}`,
      both_keys: (keys: string) => `גם מפתח היחיד וגם מפתח הרבים: ${keys}`,
      missing: (key: string) => `${key} חסר או ריק`,
      blueprint: 'אוטומציות שנוצרו משרטוט (blueprint) משנים בעורך של Home Assistant',
      out_of_scope: (ids: string) => `ישויות מחוץ למה שהצ׳אט הזה רשאי להשתמש בו: ${ids}`,
      unknown_entity: (ids: string) => `אין ישות כזו: ${ids}`,
      wrong_domain: (what: string) => `פעולה על ישויות מתחום אחר: ${what}`,
      no_target: (service: string) => `${service} לא פועל על אף ישות שהצ׳אט הזה רשאי להשתמש בה`,
      device_target: (service: string) =>
        `${service} מכוון למכשיר, לקומה או לתווית, ואת זה לא ניתן לבדוק`,
      device_action: 'פעולת מכשיר, שלא ניתן לבדוק',
      template_service: (service: string) => `הפעולה היא תבנית: ${service}`,
      template_target: (service: string) => `היעדים של ${service} הם תבנית`,
      unknown_area: (area: string) => `אין שטח כזה: ${area}`,
      empty_area: (what: string) => `אין שם ישות מהתחום הזה: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `ה-id ${id} שייך לאוטומציה אחרת`,
      script_key: (key: string) => `"${key}" לא יכול להיות id של סקריפט`,
      key_taken: (id: string) => `${id} כבר קיים`,
      too_large: 'גדול מכדי לבדוק',
      unreadable: 'לא ניתן לקריאה',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `פעולה על ${names}, שבצ׳אט ממתינים לאישורך. לאחר השמירה היא תתבצע בלי לשאול.`,
      address: (what: string) => `נשלחת כתובת: ${what}`,
      path: (what: string) => `מוזכר נתיב קובץ: ${what}`,
      entity: (what: string) => `ישות אחרת מוזכרת בנתונים: ${what}`,
      webhook: 'מופעל על ידי webhook: כל מי שברשת שלך ויודע את ה-id שלו יכול להפעיל.',
      event: (event: string) => `משוגר האירוע ${event}, שעשוי להפעיל אוטומציות אחרות.`,
      untargeted: (service: string) => `נקרא ${service}, שלא פועל על אף ישות.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'או',
      and: 'וגם',
      changes: (who: string) => `${who} משתנה`,
      changesTo: (who: string, to: string) => `${who} משתנה ל-${to}`,
      changesFrom: (who: string, from: string) => `${who} משתנה מ-${from}`,
      forDuration: (what: string, duration: string) => `${what}, במשך ${duration}`,
      above: (who: string, value: string) => `הערך של ${who} עולה מעל ${value}`,
      below: (who: string, value: string) => `הערך של ${who} יורד מתחת ל-${value}`,
      sunrise: 'בזריחה',
      sunset: 'בשקיעה',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `בשעה ${time}`,
      timePattern: 'לפי תבנית זמן',
      haStart: 'Home Assistant מופעל',
      haStop: 'Home Assistant נעצר',
      event: (type: string) => `מתרחש האירוע ${type}`,
      enters: (who: string, zone: string) => `${who} נכנס/ת ל-${zone}`,
      leaves: (who: string, zone: string) => `${who} יוצא/ת מ-${zone}`,
      template: 'תבנית הופכת לאמת',
      webhook: 'ה-webhook שלה נקרא',
      otherTrigger: (platform: string) => `טריגר מסוג ${platform}`,
      is: (who: string, state: string) => `${who} במצב ${state}`,
      isAbove: (who: string, value: string) => `הערך של ${who} מעל ${value}`,
      isBelow: (who: string, value: string) => `הערך של ${who} מתחת ל-${value}`,
      afterSunset: 'אחרי השקיעה',
      beforeSunrise: 'לפני הזריחה',
      afterSunrise: 'אחרי הזריחה',
      beforeSunset: 'לפני השקיעה',
      after: (time: string) => `אחרי ${time}`,
      before: (time: string) => `לפני ${time}`,
      onDays: (days: string) => `בימים ${days}`,
      templateTrue: 'תבנית מתקיימת',
      all: (parts: string) => `כל אלה: ${parts}`,
      any: (parts: string) => `אחד מאלה: ${parts}`,
      none: (parts: string) => `אף אחד מאלה: ${parts}`,
      inZone: (who: string, zone: string) => `${who} נמצא/ת ב-${zone}`,
      otherCondition: (kind: string) => `תנאי מסוג ${kind}`,
      turnOn: (names: string) => `הפעלת ${names}`,
      turnOff: (names: string) => `כיבוי ${names}`,
      toggle: (names: string) => `החלפת מצב של ${names}`,
      call: (service: string, names: string) => (names ? `${service} על ${names}` : service),
      wait: (duration: string) => `המתנה של ${duration}`,
      waitTemplate: 'המתנה עד שתבנית מתקיימת',
      waitTrigger: (what: string) => `המתנה עד: ${what}`,
      scene: (name: string) => `הפעלת ${name}`,
      fire: (event: string) => `שיגור האירוע ${event}`,
      ifThen: (condition: string, then: string) => `אם ${condition}: ${then}`,
      otherwise: (what: string) => `אחרת: ${what}`,
      choose: (n: number) =>
        `בחירה מתוך ${plural('he', n, { one: 'אפשרות אחת', two: '# אפשרויות', other: '# אפשרויות' })}`,
      repeat: (what: string) => `חזרה: ${what}`,
      parallel: (what: string) => `במקביל: ${what}`,
      continueIf: (condition: string) => `המשך רק אם ${condition}`,
      stop: 'עצירה',
      variables: 'הגדרת משתנים',
      deviceAction: 'פעולת מכשיר',
      otherAction: 'פעולה אחרת',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'פרסונות',
    intro:
      'פרסונה היא שם, סמל, הנחיית מערכת (אפשר לכלול בה תבנית של Home Assistant), מודל, ואם רוצים גם היקף מצומצם יותר וכלים כבויים. אפשר לבחור פרסונה לשיחה חדשה בחלונית, או לקבוע פרסונה לכרטיס בעורך שלו; שיחה נשארת עם הפרסונה שאיתה התחילה.',
    builtIn: 'אלה הפרסונות המובנות: מהשינוי הראשון שלך, הרשימה נשמרת כשלך.',
    add: 'הוספת פרסונה',
    name: 'שם',
    icon: 'סמל (אימוג׳י)',
    prompt: 'הנחיית מערכת',
    model: 'מודל',
    modelDefault: 'המודל של הצ׳אט',
    tools: 'לאפשר למודל לקרוא את מצב הבית ולשלוט בו',
    domains: 'רק התחומים האלה (מופרדים בפסיקים; ריק: כל מה שהצ׳אט רשאי לראות)',
  },
  quickPromptsPage: {
    title: 'הנחיות מהירות',
    intro:
      'הנחיות שנשלחות בהקשה אחת על כפתור בכרטיס, או נבחרות עם "/" בתיבת ההודעה. תבנית של Home Assistant בהנחיה ({{ states("sensor.outside_temperature") }}) מעובדת לפני השליחה. הנחיה יכולה להתחיל את השיחה שלה עם פרסונה, או להפעיל סקריפט במקום לשאול מודל (נדרש אישור, כמו לפעולות של המודל).',
    builtIn: 'אלה ההנחיות המובנות: מהשינוי הראשון שלך, הרשימה נשמרת כשלך.',
    add: 'הוספת הנחיה מהירה',
    label: 'תווית',
    text: 'הטקסט שנשלח',
    persona: 'הפרסונה של שיחה שההנחיה מתחילה',
    script: 'או במקום זאת, הפעלת הסקריפט הזה (מזהה הישות שלו, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'עריכה',
    remove: 'מחיקה',
    save: 'שמירה',
    cancel: 'ביטול',
    none: 'אין',
    removed: (name: string) => `נמחק: ${name}.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'זיכרון',
    intro:
      'פרטים שהעוזר שומר עליך לשיחות הבאות, בנתוני המשתמש שלך ב-Home Assistant (רק לך הם גלויים). הוא מוסיף פרט כשמבקשים ממנו לזכור משהו, וכל תוספת מופיעה בשיחה עם הכפתור "ביטול". הזיכרון מיוצא יחד עם השיחות שלך, אף פעם לא עם ההגדרות.',
    on: 'שימוש בזיכרון בשיחות',
    budget: 'מספר התווים מהזיכרון שנשלחים עם כל שאלה',
    fits: (shown: number, total: number, chars: string) =>
      `${shown} מתוך ${total} הפרטים נכנסים ב-${chars} תווים: קודם אלה הקרובים ביותר לשאלה, ואחריהם החדשים ביותר.`,
    empty: 'עדיין לא נשמר דבר בזיכרון. אפשר לבקש מהצ׳אט לזכור משהו, או להוסיף אותו כאן.',
    newFact: 'פרט חדש',
    add: 'הוספה',
    edit: 'עריכה',
    save: 'שמירה',
    cancel: 'ביטול',
    remove: 'מחיקה',
    fromChat: 'נשמר בשיחה',
    byYou: 'נוסף על ידך',
    openChat: 'פתיחת השיחה',
    removed: (fact: string) => `"${fact}" נמחק.`,
    tooLong: (n: number) => `פרט יכול להכיל לכל היותר ${n} תווים.`,
    refused: 'זה נראה כמו מפתח, טוקן או כתובת חתומה: הוא לא נשמר.',
    full: (n: number) => `הזיכרון מכיל לכל היותר ${n} פרטים: יש למחוק חלק מהם קודם.`,
    unreadable: 'לא ניתן לקרוא את הזיכרון שלך כרגע.',
    invalid: (issues: string) =>
      `הזיכרון השמור שלך אינו תקין (${issues}); הוא נשמר כפי שהוא ולא משתנה כאן.`,
  },
  scopeNote: {
    assist: 'המודל רואה את הישויות שחשפת למסייע.',
    'assist-registry':
      'המודל רואה את הישויות שנחשפו למסייע. ישויות ללא מזהה ייחודי אינן נכללות: רק מנהלים יכולים לקרוא את הגדרת החשיפה שלהן.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `הדף הזה מוגש ב-https, ולכן הדפדפן חוסם קריאות לכתובת ה-http הפשוטה ${url}.`,
    mixed_content_fix:
      'יש להגיש את הספק ב-https (פרוקסי הפוך עם אישור), או לפתוח את Home Assistant ב-http ברשת המקומית.',
    cors: (url: string) => `הספק בכתובת ${url} ענה, אבל הוא אינו מאפשר קריאות מהדף הזה (CORS).`,
    network: (url: string) => `לא ניתן להגיע לספק בכתובת ${url}.`,
    redirect: (url: string) =>
      `הספק בכתובת ${url} ענה בהפניה לכתובת אחרת, והכרטיס לא עוקב אחרי הפניות.`,
    redirect_to: (url: string, location: string) =>
      `הספק בכתובת ${url} ניסה להעביר את הבקשה הלאה אל ${location}, והכרטיס לא עוקב אחרי הפניות.`,
    redirect_fix:
      'מפתח נשלח רק לכתובת שעבורה הוא נשמר. אם הכתובת האחרת היא הנכונה, יש להזין אותה ככתובת הבסיס (ואת המפתח שוב).',
    too_long: (chars: string) =>
      `התשובה עברה ${chars} תווים, המקסימום שמותר לתשובה אחת כאן, ונעצרה בנקודה הזו.`,
    too_long_fix:
      'מה שהגיע נשמר. אפשר לבקש תשובה קצרה יותר או חלק אחד בכל פעם; אם הספק שולח בלי סוף, יש לבדוק את השרת שלו.',
    network_fix: 'יש לוודא שהשרת פועל, שהכתובת והפורט נכונים, ושהמכשיר הזה יכול להגיע אליו.',
    private_network: (url: string) =>
      `הדפדפן חסם קריאה מהכתובת הציבורית הזו לכתובת הפרטית ${url} (גישה לרשת המקומית).`,
    private_network_fix:
      'יש לאשר לאתר הזה גישה לרשת המקומית כשהדפדפן שואל, או לפתוח את Home Assistant דרך הכתובת המקומית שלו.',
    auth: (status: number) => `הספק דחה את מפתח ה-API (HTTP ${status}).`,
    auth_fix:
      'יש לבדוק את המפתח בהגדרות הספק; ייתכן שהוא שגוי, שפג תוקפו או שאין לו גישה למודל הזה.',
    auth_fix_litellm:
      'ל-LiteLLM הזה אין מסד נתונים, ולכן הוא מקבל רק את מפתח המאסטר שלו: יש לבדוק את המפתח בהגדרות הספק.',
    not_found: 'הספק ענה "לא נמצא" (HTTP 404).',
    not_found_fix_v1: 'האם כתובת הבסיס מסתיימת ב-/v1? רוב השרתים התואמים ל-OpenAI זקוקים לכך.',
    not_found_fix_model: 'יש לבדוק את מזהה המודל: ייתכן שהספק אינו מכיר אותו.',
    bad_request: (status: number) => `הספק דחה את הבקשה (HTTP ${status}).`,
    bad_request_fix: 'יש לבדוק בהגדרות את המודל ואת האפשרויות שלו (מקסימום טוקנים, טמפרטורה).',
    rate_limited: 'הספק מגביל את קצב הבקשות (HTTP 429).',
    rate_limited_wait: (s: number) =>
      `יש להמתין ${plural('he', s, { one: 'כשנייה', two: 'כ-# שניות', other: 'כ-# שניות' })} ולנסות שוב.`,
    rate_limited_fix: 'יש להמתין רגע ולנסות שוב.',
    quota: 'נגמר הקרדיט בחשבון שלך אצל הספק הזה, או שהחשבון חרג מהמכסה שלו.',
    quota_fix: 'יש לבדוק את החיוב או את התקציב של המפתח אצל הספק; ניסיון חוזר לא יעזור.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `הבקשה גדולה יותר ממה שהמפתח הזה רשאי לשלוח בבת אחת: ${requested} טוקנים, מעל המגבלה שלו של ${limit}.`
        : 'הבקשה גדולה יותר ממה שהמפתח הזה רשאי לשלוח בבת אחת.',
    too_large_fix:
      'יש לשלוח פחות: פחות הודעות קודמות (הודעות בהקשר), הנחיית מערכת קצרה יותר או מקסימום טוקנים נמוך יותר; או לבקש מהספק מגבלה גבוהה יותר. ניסיון חוזר לא יעזור.',
    no_vision: 'המודל דחה את התמונה: הוא אינו מקבל תמונות.',
    no_vision_fix:
      'יש לבחור לצ׳אט הזה מודל שמקבל תמונות, או לשאול בלי התמונה; כיבוי Vision למודל הזה בהגדרות יגרום לצ׳אט לומר זאת לפני השליחה.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `השיחה ארוכה מההקשר של המודל, ${limit} טוקנים.`
        : 'השיחה ארוכה מההקשר של המודל.',
    context_length_fix:
      'יש להתחיל שיחה חדשה, לשלוח פחות הודעות קודמות (הודעות בהקשר), או להגדיר את אורך ההקשר של המודל בהגדרות כדי שההודעות הישנות ביותר יושמטו.',
    timeout_first: (s: number) => `הספק לא שלח דבר במשך ${seconds(s)}.`,
    timeout_idle: (s: number) => `הספק הפסיק לשלוח באמצע התשובה במשך ${seconds(s)}.`,
    timeout_fix:
      'ייתכן ששרת מקומי עדיין טוען את המודל; אפשר לנסות שוב, או להגדיל את הזמן הקצוב בהגדרות הספק.',
    server: (status: number) => `אירעה שגיאה פנימית אצל הספק (HTTP ${status}).`,
    server_fix: 'בוצע ניסיון חוזר וגם הוא נכשל. יש לבדוק את היומנים של הספק ולנסות שוב.',
    malformed: 'הספק שלח תשובה שהכרטיס הזה לא יכול לקרוא.',
    malformed_fix: 'יש לוודא שכתובת הבסיס מפנה ל-API תואם OpenAI (בדרך כלל מסתיימת ב-/v1).',
    in_band: 'הספק דיווח על שגיאה במהלך התשובה.',
    agent: 'סוכן השיחה של Home Assistant לא הצליח לענות.',
    agent_fix: 'בדקו את הסוכן ואת העוזר שלו בהגדרות ← עוזרים קוליים.',
    aborted: 'הופסק.',
    provider_says: (text: string) => `הספק אומר: "${text}"`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM מאפשר כל מקור (origin) כברירת מחדל; אם הגבלת זאת, יש להוסיף את הכתובת של Home Assistant הזה למקורות המותרים שלו.',
    ollama:
      'Ollama מקבל קריאות רק מהמחשב שעליו הוא רץ: יש להגדיר את OLLAMA_ORIGINS לכתובת של Home Assistant הזה (או *) ולהפעיל מחדש את Ollama.',
    vllm: 'יש להפעיל את vLLM עם --allowed-origins שכולל את הכתובת של Home Assistant הזה.',
    llamacpp: 'llama-server מאפשר דפדפנים כברירת מחדל; יש לבדוק את הפרוקסי ההפוך שלפניו.',
    lmstudio: 'יש להפעיל CORS בהגדרות השרת של LM Studio (או lms server start --cors).',
    openai: 'הספק אמור לאפשר דפדפנים; ייתכן שפרוקסי או תוסף דפדפן שנמצאים בדרך חוסמים את הקריאה.',
    generic:
      'יש לאפשר את הכתובת של Home Assistant הזה (ה-origin שלה) בהגדרות ה-CORS של הספק, או להציב לפניו פרוקסי שמוסיף כותרות CORS.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} על ${targets}`,
};
