import type { Strings } from './en';

/** Japanese. */
export const strings: Strings = {
  cardName: 'OpenAI 互換の会話',
  cardDescription:
    'ご自身の OpenAI 互換プロバイダー（LiteLLM、Ollama、vLLM、OpenAI など）とチャットして、家を操作します。',
  panelTitle: 'AI チャット',
  message: 'メッセージ',
  send: '送信',
  stop: '停止',
  placeholder: '何でも聞いてください…',
  emptyConversation: 'あいさつして会話を始めましょう。',
  you: 'あなた',
  assistant: 'アシスタント',
  thinking: '考え中',
  reasoning: '推論',
  cutOff: '回答はここで途切れました。',
  stoppedByUser: '停止しました。',
  dismiss: '閉じる',
  retry: '再試行',
  announceAnswer: (text: string) => `アシスタント：${text}`,
  retrying: (s: number) => `${s} 秒後に再試行します…`,

  // Per message.
  msg: {
    copy: 'コピー',
    readAloud: '読み上げ',
    stopReading: '読み上げを停止',
    copied: 'コピーしました',
    copyCode: 'コードをコピー',
    edit: '編集',
    editLabel: 'メッセージを編集',
    sendEdited: '編集したメッセージを送信',
    cancel: 'キャンセル',
    regenerate: '再生成',
    continue: '続ける',
    delete: '削除',
    previousVariant: '前のバリエーション',
    nextVariant: '次のバリエーション',
    variantOf: (i: number, n: number) => `バリエーション ${i}/${n}`,
    writtenBy: (model: string) => `${model} が作成`,
    notSaved: '未保存',
    notSavedWhy:
      'Home Assistant はまだこれを保存できていません。接続が回復しだい再試行します。それまでこのページを開いたままにしてください。',
    earlier: (n: number) => `以前のメッセージを表示（${n}）`,
  },

  history: {
    invalid: (issues: string) =>
      `この会話を読み込めませんでした（${issues}）。そのままの状態で保持されます。`,
    tooLarge: (mb: string, max: string) =>
      `この会話は ${mb} MB あり、Home Assistant が一度に保存できる量（${max} MB）を超えています。最後の発言はここに表示されますが、保存されません。`,
    tooLargeFix:
      '会話をエクスポートしてコピーを残し、新しい会話を始めてください。長い回答を削除しても空きができます。',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'チャット',
  freshConversation:
    'アクセスするたびに新しい会話を始めます（キオスク、壁掛けタブレット向け）。以前の会話はパネルの一覧に残ります',
  openInPanel: 'パネルで開く',
  conversations: {
    list: '会話',
    toggle: '会話を表示',
    new: '新しい会話',
    search: '会話を検索',
    searchPlaceholder: 'タイトルとメッセージを検索',
    untitled: '新しい会話',
    today: '今日',
    yesterday: '昨日',
    options: (title: string) => `${title} のオプション`,
    rename: '名前を変更',
    renameLabel: '会話の名前',
    archive: 'アーカイブ',
    unarchive: 'アーカイブを解除',
    archived: (n: number) => `アーカイブ済み（${n}）`,
    exportMarkdown: 'Markdown としてエクスポート',
    exportJson: 'JSON としてエクスポート',
    delete: '削除',
    deleted: (title: string) => `「${title}」を削除しました。`,
    undo: '元に戻す',
    noMatches: '一致する会話はありません。',
    unreadable: (issues: string) =>
      `会話の一覧を読み込めませんでした（${issues}）。そのままの状態で保持されますが、修正されるまで新しい会話は一覧に表示されません。`,
    empty: 'まだ会話はありません。',
    model: 'モデル',
    modelDefault: (name: string) => `デフォルト（${name}）`,
    shortcuts: 'Alt+Shift+N：新しい会話 · /：メッセージ欄 · Esc：回答を停止',
  },
  // The settings' "Conversations" section.
  storage: {
    title: '会話',
    measuring: '会話の使用容量を計測しています…',
    used: (n: number, used: string, budget: string) =>
      `会話 ${n} 件：Home Assistant のユーザーデータに確保された ${budget} のうち ${used} を使用`,
    near: '会話が確保された容量の上限に近づいています。古い会話をエクスポートしてアーカイブする（一覧でアーカイブしてから、ここでファイルに移動）か、一部を削除してください。ご自身で操作しない限り、何も削除されません。',
    over: '会話が確保された容量を超えています。すべての会話はまだ保持されていますが、Home Assistant はメッセージのたびにこのデータを書き直し、すべてのバックアップにも含めます。古い会話をエクスポートしてアーカイブするか、一部を削除してください。',
    largeConversation: (title: string, size: string) =>
      `「${title}」だけで ${size} を使用しています。Home Assistant は 3 MB を大きく超える会話を保存できません。エクスポートして、新しい会話で続けてください。`,
    explain:
      '会話は設定と同じく Home Assistant のユーザーデータに保存されるため、ログインしたすべてのデバイスで表示されます。ご自身で削除しない限り、何も削除されません。',
    exportMarkdown: 'すべて Markdown としてエクスポート',
    exportJson: 'すべて JSON としてエクスポート',
    import: '会話をインポート',
    imported: (n: number, added: number, changed: number) =>
      `ファイルから ${n} 件の会話を読み込みました：新規 ${added} 件、メッセージ追加 ${changed} 件。`,
    moveArchived: (n: number) => `アーカイブ済みの ${n} 件をファイルに移動`,
    confirmMove: (n: number) =>
      `アーカイブ済みの会話 ${n} 件は、今保存したファイルに含まれています。今すぐ Home Assistant から削除しますか？`,
    moved: (n: number) => `アーカイブ済みの会話 ${n} 件をファイルに移動しました。`,
  },
  exportTool: 'ツール',
  importWhat: 'インポート',
  importMismatch: (entry: string, doc: string) =>
    `エントリー ${entry} と会話 ${doc} が一致しません`,

  noProvider:
    'プロバイダーがまだ設定されていません。このカードのエディター（または AI チャットの設定）で追加してください。',
  unknownProvider: (id: string) =>
    `このカードはプロバイダー「${id}」を使用していますが、設定にはもう存在しません。カードエディターで別のプロバイダーを選択してください。`,
  noModel: (provider: string) =>
    `プロバイダー「${provider}」でモデルが選択されていません。カードエディターでモデルを選択してください。`,
  settingsInvalid: (issues: string) =>
    `AI チャットの設定を読み込めませんでした（${issues}）。そのままの状態で保持されています。設定で修正するか、エクスポートしてください。`,
  settingsLoading: '設定を読み込んでいます…',

  // Settings pages.
  voice: {
    speak: '話す',
    noStt: '音声アシスタントに音声認識がありません。設定 → 音声アシスタントで選択してください。',
    sttRefused: (said: string) =>
      `音声アシスタントの音声認識は、Home Assistant の音声ダイアログが送る音声（16 kHz モノラル）を受け付けません。設定 → 音声アシスタントで別のものを選んでください。Home Assistant のメッセージ: ${said}`,
    nothingHeard: '何も認識されませんでした。マイクに近づいてもう一度話してください。',
    micRefused:
      'ブラウザーにマイクの使用が許可されていません。このサイトで許可して（アドレスバーのアイコン）、もう一度お試しください。',
    noMic: 'このデバイスにマイクが見つかりません。',
    insecure:
      'ブラウザーは安全なページにのみマイクを許可します。Home Assistant を https（またはこのマシンの localhost）で開いてください。',
    sendSpoken: '話した内容をすぐに送信する（オフの場合はメッセージ欄に入ります）',
    noPipeline:
      'Home Assistant に音声アシスタントが設定されていません。設定 → 音声アシスタントで追加してください。',
    noTts: '音声アシスタントに音声合成がありません。設定 → 音声アシスタントで選択してください。',
    failed: (what: string) => `音声機能が失敗しました: ${what}`,
    autoRead: '回答が完了するたびに読み上げる（音声アシスタントの音声合成、すべてのチャット）',
  },
  agents: {
    cardLimits:
      'このカードはアシスタントにできることを制限しています（ツールがオフ、またはより狭い範囲）が、デフォルトのモデルは独自のルールで動作する Home Assistant のエージェントです。このカードのエディターで、プロバイダーのモデルを選んでください。',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home Assistant のエージェント',
    note: 'Home Assistant 自身のエージェントは独自のツールと権限で家を操作します。承認とこのカードの範囲は適用されません。',
    noPictures:
      'Home Assistant のエージェントは画像を受け付けません。画像について尋ねるにはプロバイダーのモデルを選んでください。',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'メモリを使う',
    useHint: 'アシスタントに覚えておくよう頼んだ内容が、この会話で使われます。',
    without: 'この会話ではメモリを使用しません。',
    undo: '元に戻す',
    undone: '元に戻しました',
    remembered: (fact: string) => `「${fact}」をメモリに保存しました`,
    changed: (before: string, after: string) => `「${before}」を「${after}」に変更しました`,
    forgot: (fact: string) => `「${fact}」をメモリから削除しました`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'ホーム',
    energy: 'エネルギー',
    kids: '子ども',
    pick: 'ペルソナ',
    none: 'ペルソナなし',
    using: (name: string) => `ペルソナ：${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'おやすみ',
    goodNightText:
      'おやすみなさい。まだついている照明を消して、ドアに鍵がかかっているか教えてください。',
    whatsOpen: '開いているものは？',
    whatsOpenText: '今開いているドア、窓、シャッターはどれですか？',
    energyToday: '今日のエネルギー',
    energyTodayText: '今日、家で使ったエネルギーはどれくらいですか？',
    title: 'クイックプロンプト',
    noMatch: '一致するクイックプロンプトはありません。',
    ran: (label: string) => `${label}：完了しました。`,
    notRun: (label: string) => `${label}：実行されませんでした。`,
    templateFailed: (why: string) =>
      `クイックプロンプトのテンプレートをレンダリングできませんでした：${why}`,
  },
  images: {
    attach: '画像を添付',
    snapshot: 'カメラのスナップショット',
    camera: 'カメラ',
    pickCamera: 'カメラを選択…',
    noCamera: 'このチャットの範囲にカメラがありません（Assist に公開されたカメラ）。',
    snapshotFailed: 'Home Assistant からカメラの画像を取得できませんでした。',
    attached: '送信する画像',
    picture: (n: number) => `画像 ${n}`,
    remove: (n: number) => `画像 ${n} を削除`,
    sent: '質問と一緒に送った画像',
    tooMany: (n: number) => `1 つの質問に添付できる画像は ${n} 枚までです。`,
    unreadable: 'このファイルは画像として読み込めませんでした。',
    noVision: (model: string) =>
      `${model} は画像を受け付けない設定です（設定で Vision がオフ）。Vision をオンにするか、画像を受け付けるモデルを選んでください。`,
    vision: 'Vision: 画像を受け付ける',
    fromTool: 'モデルに見せた画像',
  },
  context: {
    label: 'コンテキスト',
    used: (tokens: string, limit: string) => `${limit} トークン中 ${tokens}`,
    leftOut: (n: number) => `モデルのコンテキストに収めるため省いた以前のメッセージ: ${n}`,
    length: 'コンテキスト長（トークン）',
    learned: (n: string) => `プロバイダーによると、コンテキストは ${n} トークンです。`,
  },
  usage: {
    title: '使用量',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `入力 ${input} · 出力 ${output}`,
    answerLong: (input: string, output: string) =>
      `入力 ${input} トークン、出力 ${output} トークン`,
    reasoning: (n: string) => `うち推論 ${n}`,
    cached: (n: string) => `プロバイダーのキャッシュから ${n}`,
    estimated: '推定値：プロバイダーから使用量の報告がなかったため、テキストから算出しました。',
    priced: 'このモデルに設定された価格から算出したコストです。',
    conversation: (tokens: string) => `この会話：${tokens} トークン`,
    days: '過去 30 日間',
    chart: '日別・モデル別のトークン数（過去 30 日間）',
    model: 'モデル',
    answers: '回答数',
    input: '入力トークン',
    output: '出力トークン',
    cost: 'コスト',
    total: '合計',
    none: 'まだ何も集計されていません。最初の回答の後に、ここに使用量が表示されます。',
    someEstimated: (n: string) => `${n} 件は推定値（使用量の報告なし）`,
    explain:
      '各プロバイダーが回答とともに報告する値から集計し、報告がない場合はテキストから推定します（約 4 文字で 1 トークン）。コストはプロバイダーが報告する値（OpenRouter）で、ない場合はモデルに設定した価格から算出します。Home Assistant のユーザーデータに保存され、各リクエストは 1 週間、その後はモデルと日ごとに 1 つの合計として保持されます。会話を削除しても変わりません。',
    budget: '月間予算（US$）',
    budgets: '月間予算',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: 今月 ${budget} のうち ${spent}`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} の今月の費用は ${spent} で、月間予算 ${budget} を超えました。`,
    priceInput: '入力 100 万トークンあたりの価格（US$）',
    priceOutput: '出力 100 万トークンあたりの価格（US$）',
  },
  settings: {
    title: '設定',
    providers: 'プロバイダー',
    addProvider: 'プロバイダーを追加',
    editProvider: (name: string) => `${name} を編集`,
    authMode: 'キー',
    authGlobal: 'すべてのモデルで 1 つのキー',
    authPerModel: 'モデルごとのキー',
    keySaved: '保存済み — 入力すると置き換えます',
    keyMoved: (from: string, to: string) =>
      `保存されたキーは ${from} 用のため、${to} には送信されません。新しいアドレス用のキーを入力してください。`,
    removeKey: '保存したキーを削除',
    timeout: 'タイムアウト（秒。最初のバイトまで、およびチャンク間）',
    addModel: '追加',
    modelsFetched: (n: number, when: string) => `プロバイダーのモデル ${n} 件（${when}に取得）。`,
    chosenModels: 'このプロバイダーのモデル',
    removeModel: (id: string) => `${id} を削除`,
    remove: '削除',
    displayName: '表示名',
    modelKey: (id: string) => `${id} の API キー`,
    modelTools: 'ツール（関数呼び出し）：このモデルは家を操作できます',
    edit: '編集',
    makeDefault: 'デフォルトにする',
    isDefault: 'デフォルト',
    defaultModel: 'デフォルトのモデル',
    modelsCount: (n: number) => `モデル ${n} 件`,
    keyState: { global: 'キー保存済み', none: 'キーなし', per_model: 'モデルごとのキー' },
    confirmRemove: (name: string) =>
      `${name} を削除しますか？キーも一緒に削除されます。これを使用しているカードには、別のプロバイダーを選択するまでその旨が表示されます。`,
    noProviders:
      'プロバイダーがまだありません。LiteLLM、Ollama、vLLM、OpenAI などを追加してください（ベース URL は通常 /v1 で終わります）。',
    export: '設定をエクスポート',
    exportHint: 'キーを一切含まない JSON ファイルです。',
    import: '設定をインポート',
    importReview: 'このファイルをインポートすると変わる内容',
    importLoosens: '安全性が下がる：',
    importNoChanges: '変更はありません。',
    importConfirm: 'インポート',
    importKeysNeeded: (names: string[]) =>
      `インポート後に、次のプロバイダーのキーを追加してください：${names.join('、')}。`,
    imported: (n: number, missing: string[]) =>
      `${n} 件のプロバイダーをインポートしました。${missing.length ? `次のプロバイダーのキーを追加してください：${missing.join('、')}。` : ''}`,
    invalidTitle: '設定を読み込めませんでした',
    invalidBody:
      '設定はそのままの状態で保持されています。エクスポートして手作業で修正し、修正したファイルをインポートするか、最初からやり直してください（コピーがユーザーデータに保持されます）。',
    exportBroken: 'ドキュメントをエクスポート',
    startOver: '最初からやり直す',
    confirmStartOver: '設定を空の設定に置き換えますか？現在のドキュメントのコピーは保持されます。',
    saved: '保存しました。',
    back: 'チャットに戻る',
    managePrompt: 'プロバイダー、モデル、キーは AI チャットパネルの設定で管理します。',
    openSettings: '設定を開く',
    maxRounds: '1 回の回答あたりのツールラウンド数',
    server: 'サーバー',
    name: '名前',
    baseUrl: 'ベース URL',
    apiKey: 'API キー（任意。カードではなく、Home Assistant のユーザーデータに保存されます）',
    cancel: 'キャンセル',
    saveProvider: 'プロバイダーを保存',
    loadModels: 'モデルを読み込む',
    reloadModels: 'モデルを再読み込み',
    typeModel: 'またはモデル ID を入力',
    searchModels: 'モデルを検索',
    models: 'モデル',
    noModelsMatch: '一致するモデルはありません。',
    moreModels: (n: number) => `ほかに ${n} 件あります。検索を絞り込んでください。`,
    maxTokens: '最大トークン数',
    temperature: '温度',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `プロバイダーの応答から学習した内容：${[
        l.token_param === 'max_completion_tokens'
          ? '応答の長さは max_completion_tokens として送信（max_tokens は拒否されました）'
          : '',
        l.temperature === false ? '温度は送信しない（デフォルト値しか受け付けません）' : '',
      ]
        .filter(Boolean)
        .join('；')}。`,
    forget: '忘れる',
    forgetLearned: (id: string) => `${id} について学習した内容を忘れる`,
    serverAuto: (name: string) => `アドレスから認識（${name}）`,
  },

  // The card editor.
  editor: {
    title: 'タイトル',
    agent: 'エージェント',
    systemPrompt: 'システムプロンプトのテンプレート',
    maxTokens: '最大トークン数',
    temperature: '温度',
    contextMessages: 'コンテキストのメッセージ数',
    home: 'ホーム',
    onlyDomains: 'これらのドメインのみ',
    onlyAreas: 'これらのエリアのみ',
    onlyEntities: 'これらのエンティティのみ',
    search: '検索',
    providerAndModel: 'プロバイダーとモデル',
    noProviderYet: 'プロバイダーがまだありません。追加するとチャットを始められます。',
    provider: 'プロバイダー',
    model: 'モデル',
    default: 'デフォルト',
    defaultNamed: (name: string) => `デフォルト（${name}）`,
    addProvider: 'プロバイダーを追加',
    settingsInvalid: (issues: string) => `設定の検証に失敗しました：${issues}`,
    persona: 'ペルソナ',
    personaNone: 'なし（デフォルトのモデルとプロンプト）',
    chips: 'チップとして表示するクイックプロンプト',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'メニュー',
  connectionLost: 'Home Assistant との接続が切断されました。',
  outdated: 'ページを読み込んだ後にこのカードが更新されました。ページを再読み込みしてください。',

  picker: {
    add: (text: string) => `「${text}」を追加`,
    remove: (name: string) => `${name} を削除`,
    noMatch: '一致するものがありません',
    more: 'ほかにも候補があります。入力して絞り込んでください',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB は、Home Assistant が一度に保存できる量（${(max / 1e6).toFixed(1)} MB）を超えています。`,
    badId: (where: string, id: string) =>
      `${where}：「${id}」はこのカードが書き込む ID ではありません（英字、数字、_ . ~ -、最大 80 文字）。`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `会話 ${id} は ${(bytes / 1e6).toFixed(1)} MB あり、Home Assistant が一度に保存できる量（${(max / 1e6).toFixed(1)} MB）を超えています。`,
    fileTooLarge: (bytes: number) =>
      `ファイルが ${Math.round(bytes / 1_048_576)} MB を超えていて、この種のファイルに必要な大きさをはるかに超えています。エクスポートしたファイルを選んでください。`,
    cardConfig: 'カードの設定',
    secretInCard: (key: string) =>
      `「${key}」はカードに含めないでください。このダッシュボードを開けるすべてのユーザーが、その設定を読み取れます。削除して、キーは AI チャットの設定で追加してください。AI チャットの設定では、キーはご自身の Home Assistant ユーザーデータに保存されます。`,
    newerVersion: (what: string, version: string) =>
      `このカードの新しいバージョンで書き込まれています（${what} バージョン ${version}）。カードを更新してください — そのままの状態で保持されます`,
    noUpgrade: (version: number) => `設定バージョン ${version} からのアップグレードはありません`,
    settingsInvalid: (issues: string) =>
      `保存された設定の検証に失敗しました（${issues}）。上書きはされていません。`,
    olderList: '古いバージョンの会話一覧です。ページを再読み込みしてください',
    notJson: 'ファイルが JSON ではありません',
    notSettings: 'ファイルに設定ドキュメントが含まれていません',
  },

  // Test connection, step by step.
  diagnose: {
    button: '接続をテスト',
    running: 'テスト中…',
    titles: {
      address: 'アドレス',
      reach: 'サーバーに到達可能',
      cors: 'このページからの呼び出しを許可（CORS）',
      key: 'API キー',
      models: 'モデル一覧（/models）',
      completion: '1 トークンの応答',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: '合格', warn: '警告', fail: '失敗', skipped: '未確認' },
    skipped: '未確認：前のステップが失敗しました。',
    badUrl: (url: string) => `「${url}」は http(s) のアドレスではありません。`,
    badUrlFix: '完全なアドレスを入力してください（例：http://192.168.1.10:4000/v1）。',
    addressOk: (host: string) => `${host}、このページから呼び出せます。`,
    reachOk: (host: string) => `${host} が応答しました。`,
    corsOk: 'サーバーはこのページからの呼び出しを許可しています。',
    keyOk: 'キーが受け入れられました。',
    noKeyOk: 'キーは送信されず、サーバーもキーを要求しませんでした。',
    modelsOk: (n: number) => `${n} 件のモデルが一覧にあります。`,
    modelNotListed: (n: number, model: string) =>
      `${n} 件のモデルが一覧にありますが、「${model}」はありません。`,
    modelNotListedFix:
      'モデル ID を確認してください。一部のサーバーは提供しているモデルの一部しか一覧に表示しないため、次のステップで実際に試します。',
    noModelList: 'このサーバーにはモデル一覧がありません。モデル ID を手入力してください。',
    noModelListFix: '下の応答が成功していれば、修正は不要です。',
    v1Fix:
      'ベース URL は /v1 で終わっていますか？ほとんどの OpenAI 互換サーバーではこれが必要です。',
    noModel: 'モデルがまだ選択されていません。選択または入力してから、もう一度テストしてください。',
    completionOk: (model: string) => `${model} が応答しました。`,
    unknownModel: (model: string) => `プロバイダーはモデル「${model}」を認識していません。`,
    unknownModelFix:
      'プロバイダーの一覧からモデルを選択する（モデルを再読み込み）か、プロバイダーでの表記を確認してください。',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI（api-key ヘッダー）',
    anthropic: 'Anthropic（OpenAI 互換）',
    mistral: 'Mistral',
    gemini: 'Google Gemini（OpenAI 互換）',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp（llama-server）',
    generic: 'その他の OpenAI 互換サーバー',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `モデルがツールを呼び出し続けたため、${n} ラウンドで停止しました。もう一度質問するか、設定で上限を引き上げてください。`,
  toolsUnsupported:
    'このモデルはツールに対応していません。カードエディター（ツール）でこのモデルのツールをオフにするか、関数呼び出しに対応したモデルを選択してください。',
  approve: '承認',
  deny: '拒否',
  toolNeedsApproval: (what: string) => `${what} の実行を求めています。承認しますか？`,
  cameraApproval: (camera: string) => `${camera} の映像を見ようとしています。承認しますか？`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `${what} の実行を求めています（${reasons}）。承認しますか？`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) =>
      `プロバイダー ${name}（${origin}）を追加します。`,
    providerRemoved: (name: string) => `プロバイダー ${name} とそのキーを削除します。`,
    providerMoved: (name: string, from: string, to: string) =>
      `${name} を ${from} から ${to} に移します。`,
    providerChanged: (name: string) => `${name} の設定を変更します。`,
    keyRetype: (name: string) =>
      `${name} の接続先が別のアドレスまたは別の種類のサーバーになります。保存されたキーはそこには送信されません。その設定でキーをもう一度入力してください。`,
    cameraApprovalOn: 'モデルはカメラの映像を見る前に確認します。',
    cameraApprovalOff: 'モデルは確認せずにカメラの映像を見ます。',
    confirmRemoved: (items: string) => `次の対象は操作前に確認しなくなります：${items}。`,
    confirmAdded: (items: string) => `次の対象は操作前に確認します：${items}。`,
    toolsOn: 'モデルが家を操作できるようになります。',
    toolsOff: 'モデルは家を操作しなくなります。',
    modelToolsOn: (provider: string, model: string) =>
      `${model}（${provider}）が家を操作できるようになります。`,
    maxRounds: (from: number, to: number) =>
      `1 回の回答あたりのツールラウンド数：${from} → ${to}。`,
    autoReadOn: '回答が完了するたびに読み上げます。',
    autoReadOff: '回答は自動では読み上げられなくなります。',
    sendSpokenOn: '話した内容は、テキストを確認せずにすぐ送信されます。',
    sendSpokenOff: '話した内容はまずメッセージ欄に入ります。',
    promptChanged: 'システムプロンプトが変わります。',
    defaultChanged: (to: string) => `デフォルトのモデルが ${to} になります。`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `${names} への操作`,
    address: (field: string, value: string) => `${field} 内のアドレス：${value}`,
    path: (field: string, value: string) => `${field} 内のファイルパス：${value}`,
    entity: (field: string, name: string) => `${field} 内の別のエンティティ：${name}`,
  },
  toolCallsCapped: (n: number) =>
    `モデルが 1 回の回答で ${n} 件を超える操作を求めたため、残りは実行されませんでした。`,
  toolStatus: {
    awaiting: '承認待ち',
    running: '実行中…',
    done: '完了',
    error: '失敗',
    denied: '拒否されました',
    stopped: '未実行',
    unknown: '結果不明：実行中に Home Assistant との接続が切断されました。状態を確認してください。',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `${names} をオンにしました`,
      turn_off: (names: string) => `${names} をオフにしました`,
      toggle: (names: string) => `${names} を切り替えました`,
      lock: (names: string) => `${names} をロックしました`,
      unlock: (names: string) => `${names} のロックを解除しました`,
      open: (names: string) => `${names} を開きました`,
      close: (names: string) => `${names} を閉じました`,
      press: (names: string) => `${names} を押しました`,
      temperature: (names: string) => `${names} の温度を設定しました`,
      play: (names: string) => `${names} を再生しました`,
      pause: (names: string) => `${names} を一時停止しました`,
      script: (names: string) => `${names} を実行しました`,
      scene: (names: string) => `${names} を有効にしました`,
    },
    ask: {
      turn_on: (names: string) => `${names} をオンにする`,
      turn_off: (names: string) => `${names} をオフにする`,
      toggle: (names: string) => `${names} を切り替える`,
      lock: (names: string) => `${names} をロックする`,
      unlock: (names: string) => `${names} のロックを解除する`,
      open: (names: string) => `${names} を開く`,
      close: (names: string) => `${names} を閉じる`,
      press: (names: string) => `${names} を押す`,
      temperature: (names: string) => `${names} の温度を設定する`,
      play: (names: string) => `${names} を再生する`,
      pause: (names: string) => `${names} を一時停止する`,
      script: (names: string) => `${names} を実行する`,
      scene: (names: string) => `${names} を有効にする`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: '引数',
  toolResult: '結果',
  toolLiveState: '現在',
  toolNames: {
    list_entities: 'エンティティを一覧表示',
    get_entity: '読み取り',
    call_service: '呼び出し',
    list_areas: 'エリアを一覧表示',
    get_history: '履歴を読み取り',
    get_camera_image: 'カメラを確認',
    home_assistant: 'Home Assistant が操作:',
    list_automations: 'オートメーションとスクリプトを一覧表示',
    get_automation: '読み取り',
    get_automation_traces: 'トレースを読み取り',
    get_logbook: 'ログブックを読み取り',
    propose_automation: 'オートメーションを下書き',
    propose_script: 'スクリプトを下書き',
    remember: 'メモリに保存',
    update_memory: 'メモリを変更',
    forget: 'メモリから削除',
  },
  confirmField:
    '次の対象を操作する前にも確認する（ドメインまたはエンティティ。すべてのチャットに適用。ロック、アラーム、ガレージドアは常に確認します）',
  cameraApprovalField: 'モデルがカメラの映像を見る前に確認する（すべてのチャット）',
  toolsToggle: 'モデルに家の状態の読み取りと操作を許可する（ツール）',
  scopeNarrow: '下でこのカード用に絞り込めます（カンマ区切り。空欄の場合は絞り込みなし）。',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'MCP のツール',
    explain:
      'Home Assistant の LLM API と Model Context Protocol サーバーのツールで、モデルが呼び出せます。サーバーがツールについて述べる内容はここであなたに表示されるだけで、モデルの指示に入ることはありません。呼び出しはそれぞれ会話に 1 行として表示され、そのツールを信頼済みにしていない限り、承認を待ちます。',
    ownTools: 'このカード独自の、家を操作するツールもモデルに渡す',
    haTitle: 'Home Assistant の LLM API',
    haLoading: 'Home Assistant の MCP サーバーを探しています…',
    haLacks: (version: string) =>
      `Home Assistant ${version} には Model Context Protocol Server がありません。2025.2 で追加され、API ごとのアドレス（/api/mcp/<API>）はその後に追加されました。ここでその API を使うには Home Assistant を更新してください。`,
    haNotSetUp:
      'ここで Home Assistant の LLM API を使うには、Model Context Protocol Server 統合を追加してください：設定 → デバイスとサービス → 統合を追加 → Model Context Protocol Server。',
    haAssistOnly:
      'Home Assistant では、ほかの API を使えるのは管理者だけです。Assist は使用できます。',
    narrowNote:
      'モデルに見せる範囲を絞り込んだカードでは、これらの API は使われません。これらのツールは Assist に公開されたすべてのエンティティを参照するためです。',
    useApi: (name: string) => `チャットで ${name} を使う`,
    showTools: (name: string) => `${name} のツール`,
    listing: 'ツールを一覧表示しています…',
    noTools: 'ツールはありません。',
    modes: {
      auto: '家のルールに従う',
      ask: '事前に確認',
      trust: '信頼済み',
      off: 'オフ',
    },
    modeOf: (tool: string) => `モデルによる ${tool} の使い方`,
    serversTitle: 'MCP サーバー',
    noServers: 'MCP サーバーはまだありません。',
    add: 'MCP サーバーを追加',
    edit: (name: string) => `${name} を編集`,
    remove: (name: string) => `${name} を削除`,
    enabled: (name: string) => `チャットで ${name} を使う`,
    name: '名前',
    url: 'アドレス（streamable HTTP。例：https://host:port/mcp）',
    token: 'Bearer トークン（任意。ユーザーデータに保存され、エクスポートされることはありません）',
    tokenSaved: '保存済み — 入力すると置き換えます',
    tokenMoved:
      'アドレスが別のサーバーを指すようになったため、保存されたトークンはそこには送信されません。このサーバーに渡す場合は、もう一度入力してください。',
    test: 'テスト',
    testing: 'テスト中…',
    save: '保存',
    cancel: 'キャンセル',
    testOk: (name: string, n: number) => `${name} が応答し、${n} 個のツールを提供しています。`,
    testFirst: 'まずサーバーをテストしてください。選択できるツールがここに一覧表示されます。',
    describedAs:
      'サーバーによる説明（あなたに表示されるだけで、指示としてモデルに渡されることはありません）',
    failed: {
      cors: (origin: string) =>
        `サーバーは応答しましたが、このページからの呼び出しを許可していません（CORS）。${origin} からのリクエストに Access-Control-Allow-Origin で応答し、メソッド POST、GET、DELETE とヘッダー Content-Type、Authorization、Mcp-Session-Id、Mcp-Protocol-Version を許可し（Access-Control-Allow-Headers）、Mcp-Session-Id を公開する（Access-Control-Expose-Headers）必要があります。`,
      network:
        'このアドレスでは何も応答しませんでした。ホストとポートを確認し、このブラウザーから到達できる場所でサーバーが待ち受けていること（自身のループバックだけではないこと）を確認してください。',
      mixed_content:
        'このページは https で、サーバーは http で提供されているため、ブラウザーが拒否します。サーバーを https で提供する（リバースプロキシで可能です）か、Home Assistant を http で開いてください。',
      redirect:
        'サーバーはリクエストを別のアドレスに送りました。このカードは、あなたのトークンを付けたままリダイレクトをたどることはありません。転送先のアドレスを入力してください。',
      auth: 'サーバーは受け付け可能なトークンを求めています（401）。サーバーの Bearer トークンを入力してください。',
      forbidden:
        'サーバーがこのユーザーを拒否しました（403）。Home Assistant では、Assist 以外の API を使えるのは管理者だけです。',
      not_found:
        'このアドレスに MCP エンドポイントがありません（404）。streamable HTTP サーバーは通常、/mcp のようなパスで応答します。',
      timeout: 'サーバーが 30 秒以内に応答しませんでした。',
      garbage: 'サーバーは Model Context Protocol ではない内容で応答しました。',
      too_large: 'サーバーの応答が、このカードが読み取るサイズ（1 MB）を超えていました。',
      rpc: 'サーバーがリクエストにエラーで応答しました。',
      http: (status: number) => `サーバーが HTTP ${status} を返しました。`,
      said: (words: string) => `サーバーからのメッセージ：「${words}」`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `新しいオートメーション：${name}`,
    newScript: (name: string) => `新しいスクリプト：${name}`,
    changeTo: (name: string) => `${name} の変更`,
    untitled: '名前なし',
    when: 'トリガー',
    onlyIf: '条件',
    then: 'アクション',
    yaml: 'YAML',
    diff: '変更点',
    diffLabel: (removed: number, added: number) => `${removed} 行削除、${added} 行追加`,
    save: '保存',
    discard: '破棄',
    runNow: '今すぐ実行',
    checkConditions: '条件を確認する',
    saving: '保存して、Home Assistant が読み込むのを待っています…',
    running: '実行中…',
    ran: 'Home Assistant が実行しました。',
    runFailed: (why: string) => `Home Assistant は実行しませんでした：${why}`,
    saved: (name: string) => `保存しました：${name}。`,
    openInHa: 'Home Assistant で開く',
    discarded: '破棄しました。何も書き込まれていません。',
    notAdmin:
      'Home Assistant でオートメーションとスクリプトを保存できるのは管理者だけです。管理者に保存を依頼するか、管理者権限を付与してもらってください。',
    busy: '回答が完了すると「保存」と「破棄」が表示されます。',
    problemsTitle:
      'まだ保存できません。モデルにはこのことが伝えられており、修正したものを再度提案する場合があります。',
    notesTitle: '保存する前に',
    unreadable: 'このバージョンのカードでは、この下書きを読み取れません。',
    failed: {
      not_admin: 'Home Assistant でオートメーションとスクリプトを保存できるのは管理者だけです。',
      problems: '保存されませんでした：下書きの作成後に家の状態が変わりました。',
      moved: (entity: string) =>
        `保存されませんでした：${entity} は、この変更の読み取り元のオートメーションではなくなっています。`,
      refused: (message: string) => `Home Assistant が拒否しました：${message}`,
      not_loaded: (key: string) =>
        `Home Assistant は書き込みました（id ${key}）が、読み込んでいません。configuration.yaml に automations.yaml と scripts.yaml が含まれているか確認してください（automation: !include automations.yaml）。`,
    },
    problems: {
      invalid: (at: string, words: string) => `${at} についての Home Assistant の指摘：${words}`,
      unknown_keys: (keys: string) => `Home Assistant が認識しないキー：${keys}`,
      both_keys: (keys: string) => `単数形と複数形の両方のキー：${keys}`,
      missing: (key: string) => `${key} がないか、空です`,
      blueprint:
        'ブループリントから作成したオートメーションは Home Assistant のエディターで変更します',
      out_of_scope: (ids: string) => `このチャットで使用できる範囲外のエンティティ：${ids}`,
      unknown_entity: (ids: string) => `存在しないエンティティ：${ids}`,
      wrong_domain: (what: string) => `別のドメインのエンティティに対するアクション：${what}`,
      no_target: (service: string) =>
        `${service} は、このチャットで使用できるどのエンティティも対象にしていません`,
      device_target: (service: string) =>
        `${service} はデバイス、フロア、またはラベルを対象にしているため、確認できません`,
      device_action: 'デバイスアクション（確認できません）',
      template_service: (service: string) => `アクションがテンプレートです：${service}`,
      template_target: (service: string) => `${service} の対象がテンプレートです`,
      unknown_area: (area: string) => `存在しないエリア：${area}`,
      empty_area: (what: string) => `そこにはそのドメインのエンティティがありません：${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `id ${id} は別のオートメーションで使われています`,
      script_key: (key: string) => `「${key}」はスクリプトの id にできません`,
      key_taken: (id: string) => `${id} はすでに存在します`,
      too_large: '大きすぎて確認できません',
      unreadable: '読み取れません',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `${names} を操作します。チャットではこれらの操作に承認が必要ですが、保存後は確認なしで操作します。`,
      address: (what: string) => `アドレスを送信します：${what}`,
      path: (what: string) => `ファイルパスを指定しています：${what}`,
      entity: (what: string) => `データ内で別のエンティティを指定しています：${what}`,
      webhook:
        'Webhook で起動します。ネットワーク上でその id を知っている人なら誰でも起動できます。',
      event: (event: string) =>
        `イベント ${event} を発生させます。これにより他のオートメーションが起動する場合があります。`,
      untargeted: (service: string) =>
        `${service} を呼び出しますが、これはどのエンティティも対象にしません。`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'または',
      and: 'かつ',
      changes: (who: string) => `${who} が変化したとき`,
      changesTo: (who: string, to: string) => `${who} が ${to} になったとき`,
      changesFrom: (who: string, from: string) => `${who} が ${from} から変化したとき`,
      forDuration: (what: string, duration: string) => `${what}（${duration} 継続）`,
      above: (who: string, value: string) => `${who} が ${value} を上回ったとき`,
      below: (who: string, value: string) => `${who} が ${value} を下回ったとき`,
      sunrise: '日の出',
      sunset: '日の入り',
      sunOffset: (event: string, offset: string) => `${event}（${offset}）`,
      at: (time: string) => `${time} になったとき`,
      timePattern: '時間パターンに一致したとき',
      haStart: 'Home Assistant が起動したとき',
      haStop: 'Home Assistant が停止するとき',
      event: (type: string) => `イベント ${type} が発生したとき`,
      enters: (who: string, zone: string) => `${who} が ${zone} に入ったとき`,
      leaves: (who: string, zone: string) => `${who} が ${zone} から出たとき`,
      template: 'テンプレートが真になったとき',
      webhook: 'Webhook が呼び出されたとき',
      otherTrigger: (platform: string) => `${platform} トリガー`,
      is: (who: string, state: string) => `${who} が ${state}`,
      isAbove: (who: string, value: string) => `${who} が ${value} より上`,
      isBelow: (who: string, value: string) => `${who} が ${value} より下`,
      afterSunset: '日の入り後',
      beforeSunrise: '日の出前',
      afterSunrise: '日の出後',
      beforeSunset: '日の入り前',
      after: (time: string) => `${time} 以降`,
      before: (time: string) => `${time} より前`,
      onDays: (days: string) => `曜日：${days}`,
      templateTrue: 'テンプレートが真',
      all: (parts: string) => `すべて満たす：${parts}`,
      any: (parts: string) => `いずれかを満たす：${parts}`,
      none: (parts: string) => `どれも満たさない：${parts}`,
      inZone: (who: string, zone: string) => `${who} が ${zone} にいる`,
      otherCondition: (kind: string) => `${kind} 条件`,
      turnOn: (names: string) => `${names} をオンにする`,
      turnOff: (names: string) => `${names} をオフにする`,
      toggle: (names: string) => `${names} を切り替える`,
      call: (service: string, names: string) => (names ? `${names} に ${service}` : service),
      wait: (duration: string) => `${duration} 待つ`,
      waitTemplate: 'テンプレートが真になるまで待つ',
      waitTrigger: (what: string) => `次まで待つ：${what}`,
      scene: (name: string) => `${name} を有効にする`,
      fire: (event: string) => `イベント ${event} を発生させる`,
      ifThen: (condition: string, then: string) => `${condition} の場合：${then}`,
      otherwise: (what: string) => `それ以外の場合：${what}`,
      choose: (n: number) => `${n} 個の選択肢から選ぶ`,
      repeat: (what: string) => `繰り返す：${what}`,
      parallel: (what: string) => `同時に実行：${what}`,
      continueIf: (condition: string) => `${condition} の場合のみ続行`,
      stop: '停止',
      variables: '変数を設定',
      deviceAction: 'デバイスアクション',
      otherAction: 'その他のアクション',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'ペルソナ',
    intro:
      'ペルソナは、名前、アイコン、システムプロンプト（Home Assistant のテンプレートを含められます）、モデル、さらに任意でより狭い範囲とツールのオフをひとまとめにしたものです。パネルで新しい会話に選ぶか、カードのエディターでカードに設定します。会話は開始時のペルソナを使い続けます。',
    builtIn:
      'これらは組み込みのものです。最初に変更した時点で、このリストはあなた専用として保存されます。',
    add: 'ペルソナを追加',
    name: '名前',
    icon: 'アイコン（絵文字）',
    prompt: 'システムプロンプト',
    model: 'モデル',
    modelDefault: 'チャットのモデル',
    tools: 'モデルに家の状態の読み取りと操作を許可する',
    domains: 'これらのドメインのみ（カンマ区切り。空欄の場合はチャットが参照できるすべて）',
  },
  quickPromptsPage: {
    title: 'クイックプロンプト',
    intro:
      'カードのチップをタップするだけで送信したり、メッセージ欄で「/」を入力して選んだりできるプロンプトです。プロンプト内の Home Assistant のテンプレート（{{ states("sensor.outside_temperature") }}）は送信前にレンダリングされます。プロンプトは会話をペルソナで開始したり、モデルに尋ねる代わりにスクリプトを実行したりできます（モデルのアクションと同様に承認を求めます）。',
    builtIn:
      'これらは組み込みのものです。最初に変更した時点で、このリストはあなた専用として保存されます。',
    add: 'クイックプロンプトを追加',
    label: 'ラベル',
    text: '送信するテキスト',
    persona: '開始する会話のペルソナ',
    script: 'または代わりにこのスクリプトを実行（エンティティ ID、script.…）',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: '編集',
    remove: '削除',
    save: '保存',
    cancel: 'キャンセル',
    none: 'なし',
    removed: (name: string) => `${name} を削除しました。`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'メモリ',
    intro:
      'アシスタントが今後の会話のために保持する、あなたについての情報です。Home Assistant のユーザーデータに保存され、ご自身にしか表示されません。何かを覚えておくよう頼むとアシスタントが情報を追加し、追加のたびに会話に「元に戻す」付きで表示されます。メモリは会話と一緒にエクスポートされ、設定と一緒にエクスポートされることはありません。',
    on: '会話でメモリを使う',
    budget: '質問ごとに送信するメモリの文字数',
    fits: (shown: number, total: number, chars: string) =>
      `${total} 件中 ${shown} 件が ${chars} 文字に収まります。質問に最も関連する情報が優先され、次に新しい情報が続きます。`,
    empty:
      'まだ何も記憶していません。チャットで何かを覚えておくよう頼むか、ここで追加してください。',
    newFact: '新しい情報',
    add: '追加',
    edit: '編集',
    save: '保存',
    cancel: 'キャンセル',
    remove: '削除',
    fromChat: '会話で記憶',
    byYou: '自分で追加',
    openChat: '会話を開く',
    removed: (fact: string) => `「${fact}」を削除しました。`,
    tooLong: (n: number) => `1 件の情報は最大 ${n} 文字までです。`,
    refused: 'キー、トークン、または署名付きアドレスのようです。保存されません。',
    full: (n: number) => `メモリに保存できる情報は最大 ${n} 件です。先にいくつか削除してください。`,
    unreadable: '現在、メモリを読み込めません。',
    invalid: (issues: string) =>
      `保存されたメモリが検証に失敗しました（${issues}）。そのままの状態で保持され、ここでは変更されません。`,
  },
  scopeNote: {
    assist: 'モデルには、アシストに公開したエンティティが表示されます。',
    'assist-registry':
      'モデルには、アシストに公開されたエンティティが表示されます。一意の ID がないエンティティは除外されます。その公開設定を読み取れるのは管理者だけです。',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `このページは https で提供されているため、ブラウザーは http のアドレス ${url} への呼び出しをブロックします。`,
    mixed_content_fix:
      'プロバイダーを https で提供する（証明書付きのリバースプロキシを使用）か、ローカルネットワーク上で Home Assistant を http で開いてください。',
    cors: (url: string) =>
      `${url} のプロバイダーは応答しましたが、このページからの呼び出しを許可していません（CORS）。`,
    network: (url: string) => `${url} のプロバイダーに接続できません。`,
    redirect: (url: string) =>
      `${url} のプロバイダーは別のアドレスへのリダイレクトで応答しましたが、このカードはリダイレクトをたどりません。`,
    redirect_to: (url: string, location: string) =>
      `${url} のプロバイダーはリクエストを ${location} に転送しようとしましたが、このカードはリダイレクトをたどりません。`,
    redirect_fix:
      'キーは、保存したときのアドレスにのみ送信されます。別のアドレスが正しい場合は、それをベース URL として入力してください（キーも入力し直してください）。',
    too_long: (chars: string) =>
      `回答が ${chars} 文字（ここで 1 つの回答に許される上限）を超えたため、そこで停止しました。`,
    too_long_fix:
      '届いた内容は保持されます。もっと短い回答か、一部ずつの回答を求めてください。プロバイダーが際限なく送信し続ける場合は、そのサーバーを確認してください。',
    network_fix:
      'サーバーが起動していること、アドレスとポートが正しいこと、このデバイスからサーバーに到達できることを確認してください。',
    private_network: (url: string) =>
      `ブラウザーが、このパブリックアドレスからプライベートアドレス ${url} への呼び出しをブロックしました（ローカルネットワークアクセス）。`,
    private_network_fix:
      'ブラウザーから確認されたら、このサイトにローカルネットワークへのアクセスを許可するか、ローカルアドレスで Home Assistant を開いてください。',
    auth: (status: number) => `プロバイダーが API キーを拒否しました（HTTP ${status}）。`,
    auth_fix:
      'プロバイダー設定でキーを確認してください。キーが間違っているか、期限切れか、このモデルへのアクセス権がない可能性があります。',
    auth_fix_litellm:
      'この LiteLLM にはデータベースがないため、マスターキーしか受け付けません。プロバイダー設定でキーを確認してください。',
    not_found: 'プロバイダーが「見つかりません」と応答しました（HTTP 404）。',
    not_found_fix_v1:
      'ベース URL は /v1 で終わっていますか？ほとんどの OpenAI 互換サーバーではこれが必要です。',
    not_found_fix_model:
      'モデル ID を確認してください。プロバイダーがそのモデルを認識していない可能性があります。',
    bad_request: (status: number) => `プロバイダーがリクエストを拒否しました（HTTP ${status}）。`,
    bad_request_fix: '設定でモデルとそのオプション（最大トークン数、温度）を確認してください。',
    rate_limited: 'プロバイダーがリクエストのレートを制限しています（HTTP 429）。',
    rate_limited_wait: (s: number) => `${s} 秒ほど待ってから、もう一度お試しください。`,
    rate_limited_fix: 'しばらく待ってから、もう一度お試しください。',
    quota: 'このプロバイダーのアカウントのクレジットが不足しているか、クォータを超えています。',
    quota_fix:
      'プロバイダーで請求情報またはキーの予算を確認してください。再試行しても解決しません。',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `リクエストが、このキーで一度に送信できる量を超えています：${requested} トークン（上限 ${limit}）。`
        : 'リクエストが、このキーで一度に送信できる量を超えています。',
    too_large_fix:
      '送信量を減らしてください。以前のメッセージを減らす（コンテキストのメッセージ数）、システムプロンプトを短くする、最大トークン数を下げる、またはプロバイダーに上限の引き上げを依頼してください。再試行しても解決しません。',
    no_vision: 'モデルが画像を拒否しました。画像を受け付けません。',
    no_vision_fix:
      'このチャットで画像を受け付けるモデルを選ぶか、画像なしで質問してください。設定でこのモデルの Vision をオフにすると、送信前にチャットがそれを知らせます。',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `会話がモデルのコンテキスト（${limit} トークン）より長くなっています。`
        : '会話がモデルのコンテキストより長くなっています。',
    context_length_fix:
      '新しい会話を始めるか、送信する以前のメッセージ（コンテキストのメッセージ数）を減らすか、設定でモデルのコンテキスト長を指定して古いメッセージが省かれるようにしてください。',
    timeout_first: (s: number) => `プロバイダーから ${s} 秒間何も送信されませんでした。`,
    timeout_idle: (s: number) => `回答の途中で、プロバイダーからの送信が ${s} 秒間止まりました。`,
    timeout_fix:
      'ローカルサーバーがまだモデルを読み込んでいる可能性があります。もう一度試すか、プロバイダー設定でタイムアウトを延ばしてください。',
    server: (status: number) => `プロバイダーで内部エラーが発生しました（HTTP ${status}）。`,
    server_fix:
      '再試行しましたが、失敗しました。プロバイダーのログを確認してから、もう一度お試しください。',
    malformed: 'プロバイダーから、このカードでは読み取れない応答が送信されました。',
    malformed_fix:
      'ベース URL が OpenAI 互換の API（通常は /v1 で終わる）を指していることを確認してください。',
    in_band: 'プロバイダーが応答中にエラーを報告しました。',
    agent: 'Home Assistant の会話エージェントが応答できませんでした。',
    agent_fix: '設定 → 音声アシスタントでエージェントとアシスタントを確認してください。',
    aborted: '停止しました。',
    provider_says: (text: string) => `プロバイダーからのメッセージ：「${text}」`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM はデフォルトですべてのオリジンを許可します。制限している場合は、この Home Assistant のアドレスを許可するオリジンに追加してください。',
    ollama:
      'Ollama は同じマシンからの呼び出ししか受け付けません。OLLAMA_ORIGINS にこの Home Assistant のアドレス（または *）を設定し、Ollama を再起動してください。',
    vllm: 'この Home Assistant のアドレスを含めた --allowed-origins を指定して vLLM を起動してください。',
    llamacpp:
      'llama-server はデフォルトでブラウザーからの呼び出しを許可します。前段のリバースプロキシを確認してください。',
    lmstudio:
      'LM Studio のサーバー設定で CORS を有効にしてください（または lms server start --cors）。',
    openai:
      'このプロバイダーはブラウザーからの呼び出しを許可しているはずです。間にあるプロキシやブラウザー拡張機能が呼び出しをブロックしている可能性があります。',
    generic:
      'プロバイダーの CORS 設定でこの Home Assistant のアドレス（オリジン）を許可するか、CORS ヘッダーを追加するプロキシを前段に置いてください。',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${targets} に ${service}`,
};
