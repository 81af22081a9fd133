import type { Strings } from './en';

/** Chinese (Simplified). */
export const strings: Strings = {
  cardName: 'OpenAI 兼容对话',
  cardDescription:
    '与您自己的 OpenAI 兼容提供商（LiteLLM、Ollama、vLLM、OpenAI 等）聊天，并操控您的家。',
  panelTitle: 'AI 聊天',
  message: '消息',
  send: '发送',
  stop: '停止',
  placeholder: '有什么问题尽管问…',
  emptyConversation: '打个招呼，开始对话吧。',
  you: '您',
  assistant: '助手',
  thinking: '思考中',
  reasoning: '推理过程',
  cutOff: '回答在此处被截断。',
  stoppedByUser: '已停止。',
  dismiss: '关闭',
  retry: '重试',
  announceAnswer: (text: string) => `助手：${text}`,
  retrying: (s: number) => `${s} 秒后重试…`,

  // Per message.
  msg: {
    copy: '复制',
    readAloud: '朗读',
    stopReading: '停止朗读',
    copied: '已复制',
    copyCode: '复制代码',
    edit: '编辑',
    editLabel: '编辑消息',
    sendEdited: '发送编辑后的消息',
    cancel: '取消',
    regenerate: '重新生成',
    continue: '继续',
    delete: '删除',
    previousVariant: '上一个版本',
    nextVariant: '下一个版本',
    variantOf: (i: number, n: number) => `第 ${i} 个版本，共 ${n} 个`,
    writtenBy: (model: string) => `由 ${model} 撰写`,
    notSaved: '尚未保存',
    notSavedWhy:
      'Home Assistant 暂时无法保存此内容。连接恢复后会立即重试；在此之前请保持此页面打开。',
    earlier: (n: number) => `显示更早的消息（${n}）`,
  },

  history: {
    invalid: (issues: string) => `无法读取此对话（${issues}）。它将保持原样。`,
    tooLarge: (mb: string, max: string) =>
      `此对话大小为 ${mb} MB，超过了 Home Assistant 单次能保存的上限（${max} MB）：最后说的内容会显示在这里，但不会被保存。`,
    tooLargeFix: '请导出对话以保留副本，并开始新对话。删除较长的回答也能腾出空间。',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: '聊天',
  freshConversation:
    '每次访问时开始新对话（适用于自助终端、壁挂平板）；之前的对话仍保留在面板的列表中',
  openInPanel: '在面板中打开',
  conversations: {
    list: '对话',
    toggle: '显示对话',
    new: '新对话',
    search: '搜索对话',
    searchPlaceholder: '搜索标题和消息',
    untitled: '新对话',
    today: '今天',
    yesterday: '昨天',
    options: (title: string) => `${title} 的选项`,
    rename: '重命名',
    renameLabel: '对话名称',
    archive: '归档',
    unarchive: '取消归档',
    archived: (n: number) => `已归档（${n}）`,
    exportMarkdown: '导出为 Markdown',
    exportJson: '导出为 JSON',
    delete: '删除',
    deleted: (title: string) => `已删除“${title}”。`,
    undo: '撤消',
    noMatches: '没有匹配的对话。',
    unreadable: (issues: string) =>
      `无法读取您的对话列表（${issues}）。它将保持原样；在修复之前，新对话不会出现在列表中。`,
    empty: '还没有对话。',
    model: '模型',
    modelDefault: (name: string) => `默认（${name}）`,
    shortcuts: 'Alt+Shift+N：新对话 · /：消息框 · Esc：停止回答',
  },
  // The settings' "Conversations" section.
  storage: {
    title: '对话',
    measuring: '正在统计对话占用的空间…',
    used: (n: number, used: string, budget: string) =>
      `${n} 个对话，占用 ${used}（Home Assistant 用户数据中为对话预留了 ${budget}）`,
    near: '您的对话即将占满为其预留的空间。请导出并归档较早的对话（先在列表中归档，再在此处将其移到文件中），或删除一些对话。除非您亲自操作，否则不会删除任何内容。',
    over: '您的对话已超出为其预留的空间。所有对话仍然保留，但 Home Assistant 每收到一条消息都会重写这些数据，并将其保存在每个备份中：请导出并归档较早的对话，或删除一些对话。',
    largeConversation: (title: string, size: string) =>
      `仅“${title}”一个对话就占用了 ${size}。Home Assistant 无法保存远大于 3 MB 的对话：请将其导出，并在新对话中继续。`,
    explain:
      '对话与您的设置一起保存在您的 Home Assistant 用户数据中，因此您登录的每台设备都能看到它们。除非您亲自删除，否则不会删除任何内容。',
    exportMarkdown: '全部导出为 Markdown',
    exportJson: '全部导出为 JSON',
    import: '导入对话',
    imported: (n: number, added: number, changed: number) =>
      `从文件中读取了 ${n} 个对话：${added} 个新对话，${changed} 个添加了消息。`,
    moveArchived: (n: number) => `将 ${n} 个已归档对话移到文件中`,
    confirmMove: (n: number) =>
      `这 ${n} 个已归档对话已保存在刚才的文件中。现在从 Home Assistant 中移除它们吗？`,
    moved: (n: number) => `已将 ${n} 个已归档对话移到文件中。`,
  },
  exportTool: '工具',
  importWhat: '导入',
  importMismatch: (entry: string, doc: string) => `条目 ${entry} 与对话 ${doc} 不匹配`,

  noProvider: '尚未设置提供商。请在此卡片的编辑器（或 AI 聊天设置）中添加一个。',
  unknownProvider: (id: string) =>
    `此卡片使用的提供商“${id}”已不在您的设置中。请在卡片编辑器中选择其他提供商。`,
  noModel: (provider: string) => `提供商“${provider}”尚未选择模型。请在卡片编辑器中选择一个模型。`,
  settingsInvalid: (issues: string) =>
    `无法读取您的 AI 聊天设置（${issues}）。设置将保持原样；请在设置中修复或导出它们。`,
  settingsLoading: '正在加载设置…',

  // Settings pages.
  voice: {
    speak: '说话',
    noStt: '你的语音助手没有语音转文字：请在 设置 → 语音助手 中选择。',
    sttRefused: (said: string) =>
      `你的语音助手的语音转文字不接受 Home Assistant 语音对话发送的音频（16 kHz 单声道）。请在 设置 → 语音助手 中选择其他的。Home Assistant 的提示： ${said}`,
    nothingHeard: '没有识别到内容。请靠近麦克风再说一次。',
    micRefused: '浏览器不被允许使用麦克风：请为此网站允许麦克风（地址栏中的图标），然后重试。',
    noMic: '此设备上没有找到麦克风。',
    insecure:
      '浏览器只为安全页面提供麦克风：请通过 https（或在本机通过 localhost）打开 Home Assistant。',
    sendSpoken: '立即发送说出的内容（否则放入消息框）',
    noPipeline: 'Home Assistant 中没有设置语音助手：请在 设置 → 语音助手 中添加。',
    noTts: '你的语音助手没有文字转语音：请在 设置 → 语音助手 中选择。',
    failed: (what: string) => `语音功能失败： ${what}`,
    autoRead: '每个回答完成时朗读（使用你的语音助手的文字转语音，适用于你的所有聊天）',
  },
  agents: {
    cardLimits:
      '此卡片限制了助手可以做的事（关闭了工具，或范围更窄），而您的默认模型是 Home Assistant 代理，它按自己的规则行事。请在此卡片的编辑器中为它选择提供商的模型。',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Home Assistant 代理',
    note: 'Home Assistant 自己的代理使用其自身的工具和权限控制家居：批准和此卡片的范围不适用于它们的操作。',
    noPictures: 'Home Assistant 的代理不接受图片：要询问图片，请选择提供商的模型。',
  },
  images: {
    attach: '附加图片',
    snapshot: '摄像头快照',
    camera: '摄像头',
    pickCamera: '选择摄像头…',
    noCamera: '此聊天的范围内没有摄像头（已向 Assist 公开的摄像头）。',
    snapshotFailed: '无法从 Home Assistant 获取摄像头的画面。',
    attached: '待发送的图片',
    picture: (n: number) => `图片 ${n}`,
    remove: (n: number) => `移除图片 ${n}`,
    sent: '随问题发送的图片',
    tooMany: (n: number) => `一个问题最多附带 ${n} 张图片。`,
    unreadable: '无法将该文件读取为图片。',
    noVision: (model: string) =>
      `${model} 被设置为不接受图片（其设置中的 Vision 已关闭）：请为其打开 Vision，或选择接受图片的模型。`,
    vision: 'Vision：接受图片',
    fromTool: '向模型展示的图片',
  },
  context: {
    label: '上下文',
    used: (tokens: string, limit: string) => `${tokens} / ${limit} 个 token`,
    leftOut: (n: number) => `为适应模型上下文而省略的早前消息：${n}`,
    length: '上下文长度（token）',
    learned: (n: string) => `提供方表示其上下文为 ${n} 个 token。`,
  },
  usage: {
    title: '用量',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `输入 ${input} · 输出 ${output}`,
    answerLong: (input: string, output: string) =>
      `输入 ${input} 个 token，输出 ${output} 个 token`,
    reasoning: (n: string) => `其中推理 ${n} 个`,
    cached: (n: string) => `${n} 个来自提供商的缓存`,
    estimated: '估算值：提供商未报告用量，因此根据文本计算。',
    priced: '费用按为此模型设置的价格计算。',
    conversation: (tokens: string) => `此对话：${tokens} 个 token`,
    days: '最近 30 天',
    chart: '每天各模型的 token 数，最近 30 天',
    model: '模型',
    answers: '回答数',
    input: '输入 token',
    output: '输出 token',
    cost: '费用',
    total: '合计',
    none: '尚无统计：第一次回答后，用量将显示在这里。',
    someEstimated: (n: string) => `${n} 个为估算值（未报告用量）`,
    explain:
      '根据每个提供商随回答报告的数据统计，否则根据文本估算（约四个字符为一个 token）。费用采用提供商报告的金额（OpenRouter），否则按您为模型设置的价格计算。保存在您的 Home Assistant 用户数据中：每个请求保留一周，之后按模型和日期各保留一个总计；删除对话不会改变这些数据。',
    budget: '每月预算（US$）',
    budgets: '每月预算',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}：本月 ${spent}，预算 ${budget}`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} 本月已花费 ${spent}，超过了每月预算 ${budget}。`,
    priceInput: '每百万输入 token 的价格（US$）',
    priceOutput: '每百万输出 token 的价格（US$）',
  },
  settings: {
    title: '设置',
    providers: '提供商',
    addProvider: '添加提供商',
    editProvider: (name: string) => `编辑 ${name}`,
    authMode: '密钥',
    authGlobal: '所有模型共用一个密钥',
    authPerModel: '每个模型一个密钥',
    keySaved: '已保存 — 输入以替换',
    keyMoved: (from: string, to: string) =>
      `已保存的密钥用于 ${from}：它不会发送到 ${to}。请输入新地址的密钥。`,
    removeKey: '删除已保存的密钥',
    timeout: '超时（秒，适用于首个字节及数据块之间）',
    addModel: '添加',
    modelsFetched: (n: number, when: string) => `提供商共有 ${n} 个模型，${when}获取。`,
    chosenModels: '此提供商的模型',
    removeModel: (id: string) => `移除 ${id}`,
    remove: '移除',
    displayName: '显示名称',
    modelKey: (id: string) => `${id} 的 API 密钥`,
    modelTools: '工具（函数调用）：此模型可以操控家居',
    edit: '编辑',
    makeDefault: '设为默认',
    isDefault: '默认',
    defaultModel: '默认模型',
    modelsCount: (n: number) => `${n} 个模型`,
    keyState: { global: '已保存密钥', none: '无密钥', per_model: '每个模型一个密钥' },
    confirmRemove: (name: string) =>
      `移除 ${name}？其密钥将一并删除；在您选择其他提供商之前，使用它的卡片会提示这一情况。`,
    noProviders:
      '尚无提供商。请添加一个：LiteLLM、Ollama、vLLM、OpenAI……（基础 URL 通常以 /v1 结尾）。',
    export: '导出设置',
    exportHint: '不含任何密钥的 JSON 文件。',
    import: '导入设置',
    importReview: '导入此文件会更改的内容',
    importLoosens: '安全性降低：',
    importNoChanges: '没有任何更改。',
    importConfirm: '导入',
    importKeysNeeded: (names: string[]) => `导入后，请为以下提供商添加密钥：${names.join('、')}。`,
    imported: (n: number, missing: string[]) =>
      `已导入 ${n} 个提供商。${missing.length ? `请为以下提供商添加密钥：${missing.join('、')}。` : ''}`,
    invalidTitle: '无法读取您的设置',
    invalidBody:
      '设置将完全保持原样。您可以将其导出并手动修复，再导入修复后的文件；也可以重新开始（您的用户数据中会保留一份副本）。',
    exportBroken: '导出文档',
    startOver: '重新开始',
    confirmStartOver: '用空白设置替换您的设置？当前文档会保留一份副本。',
    saved: '已保存。',
    back: '返回聊天',
    managePrompt: '提供商、模型和密钥在 AI 聊天面板的设置中管理。',
    openSettings: '打开设置',
    maxRounds: '每次回答的工具调用轮数',
    server: '服务器',
    name: '名称',
    baseUrl: '基础 URL',
    apiKey: 'API 密钥（可选；保存在您的 Home Assistant 用户数据中，绝不会保存在卡片中）',
    cancel: '取消',
    saveProvider: '保存提供商',
    loadModels: '加载模型',
    reloadModels: '重新加载模型',
    typeModel: '或输入模型 ID',
    searchModels: '搜索模型',
    models: '模型',
    noModelsMatch: '没有匹配的模型。',
    moreModels: (n: number) => `还有 ${n} 个：请缩小搜索范围。`,
    maxTokens: '最大 token 数',
    temperature: '温度',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `从提供商的响应中得知：${[
        l.token_param === 'max_completion_tokens'
          ? '回复长度以 max_completion_tokens 发送（它拒绝了 max_tokens）'
          : '',
        l.temperature === false ? '不发送温度（它只接受默认值）' : '',
      ]
        .filter(Boolean)
        .join('；')}。`,
    forget: '忘记',
    forgetLearned: (id: string) => `忘记关于 ${id} 已得知的信息`,
    serverAuto: (name: string) => `根据地址识别（${name}）`,
  },

  // The card editor.
  editor: {
    title: '标题',
    agent: '代理',
    systemPrompt: '系统提示词模板',
    maxTokens: '最大 token 数',
    temperature: '温度',
    contextMessages: '上下文消息数',
    home: '家居',
    onlyDomains: '仅限这些域',
    onlyAreas: '仅限这些区域',
    onlyEntities: '仅限这些实体',
    search: '搜索',
    providerAndModel: '提供商和模型',
    noProviderYet: '尚无提供商：添加一个即可开始聊天。',
    provider: '提供商',
    model: '模型',
    default: '默认',
    defaultNamed: (name: string) => `默认（${name}）`,
    addProvider: '添加提供商',
    settingsInvalid: (issues: string) => `您的设置未通过验证：${issues}`,
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: '菜单',
  connectionLost: '与 Home Assistant 的连接已断开。',
  outdated: '此卡片在页面加载后已更新：请重新加载页面。',

  picker: {
    add: (text: string) => `添加“${text}”`,
    remove: (name: string) => `移除 ${name}`,
    noMatch: '没有匹配项',
    more: '还有更多结果：继续输入以缩小范围',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB 超过了 Home Assistant 单次能保存的上限（${(max / 1e6).toFixed(1)} MB）。`,
    badId: (where: string, id: string) =>
      `${where}：“${id}”不是此卡片写入的 ID（字母、数字、_ . ~ -，最多 80 个字符）。`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `对话 ${id} 大小为 ${(bytes / 1e6).toFixed(1)} MB，超过了 Home Assistant 单次能保存的上限（${(max / 1e6).toFixed(1)} MB）。`,
    fileTooLarge: (bytes: number) =>
      `文件大于 ${Math.round(bytes / 1_048_576)} MB，远超此类文件所需的大小：请选择您导出的文件。`,
    cardConfig: '卡片配置',
    secretInCard: (key: string) =>
      `“${key}”不应出现在卡片中：每个能打开此仪表盘的用户都能读取其配置。请将其删除，并在 AI 聊天设置中添加密钥，这些设置会将密钥保存在您自己的 Home Assistant 用户数据中。`,
    newerVersion: (what: string, version: string) =>
      `由此卡片的较新版本写入（${what} 版本 ${version}）；请更新卡片——它将保持原样`,
    noUpgrade: (version: number) => `无法从设置版本 ${version} 升级`,
    settingsInvalid: (issues: string) => `存储的设置未通过验证（${issues}）；它们未被覆盖。`,
    olderList: '旧版本的对话列表；请重新加载页面',
    notJson: '该文件不是 JSON',
    notSettings: '该文件不包含设置文档',
  },

  // Test connection, step by step.
  diagnose: {
    button: '测试连接',
    running: '正在测试…',
    titles: {
      address: '地址',
      reach: '服务器可访问',
      cors: '允许从此页面调用（CORS）',
      key: 'API 密钥',
      models: '模型列表（/models）',
      completion: '单个 token 的回答',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: '通过', warn: '警告', fail: '失败', skipped: '未检查' },
    skipped: '未检查：之前的步骤失败了。',
    badUrl: (url: string) => `“${url}”不是 http(s) 地址。`,
    badUrlFix: '请输入完整地址，例如 http://192.168.1.10:4000/v1。',
    addressOk: (host: string) => `${host}，可从此页面调用。`,
    reachOk: (host: string) => `${host} 有响应。`,
    corsOk: '服务器允许此页面调用它。',
    keyOk: '密钥已被接受。',
    noKeyOk: '未发送密钥，服务器也未要求提供。',
    modelsOk: (n: number) => `列出了 ${n} 个模型。`,
    modelNotListed: (n: number, model: string) => `列出了 ${n} 个模型，但没有“${model}”。`,
    modelNotListedFix:
      '请检查模型 ID；有些服务器只列出其所提供模型的一部分，因此下一步会直接尝试该模型。',
    noModelList: '此服务器没有模型列表：请手动输入模型 ID。',
    noModelListFix: '如果下面的回答正常，则无需修复。',
    v1Fix: '基础 URL 是否以 /v1 结尾？大多数 OpenAI 兼容服务器都需要它。',
    noModel: '尚未选择模型：请选择或输入一个，然后再次测试。',
    completionOk: (model: string) => `${model} 已回答。`,
    unknownModel: (model: string) => `提供商不认识模型“${model}”。`,
    unknownModelFix: '请从提供商的列表中选择模型（重新加载模型），或检查提供商对其的拼写。',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI（api-key 标头）',
    anthropic: 'Anthropic（OpenAI 兼容）',
    mistral: 'Mistral',
    gemini: 'Google Gemini（OpenAI 兼容）',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp（llama-server）',
    generic: '其他 OpenAI 兼容服务器',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `模型一直在调用工具：已在 ${n} 轮后停止。请重新提问，或在设置中提高上限。`,
  toolsUnsupported:
    '此模型不支持工具。请在卡片编辑器中为它关闭工具（工具），或选择支持函数调用的模型。',
  approve: '批准',
  deny: '拒绝',
  toolNeedsApproval: (what: string) => `请求执行 ${what}。是否批准？`,
  cameraApproval: (camera: string) => `想要查看 ${camera} 的画面。是否批准？`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `请求执行 ${what}（${reasons}）。是否批准？`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `添加提供商 ${name}（${origin}）。`,
    providerRemoved: (name: string) => `删除提供商 ${name} 及其密钥。`,
    providerMoved: (name: string, from: string, to: string) => `将 ${name} 从 ${from} 移到 ${to}。`,
    providerChanged: (name: string) => `更改 ${name} 的设置。`,
    keyRetype: (name: string) =>
      `${name} 现在指向另一个地址或另一种服务器：其已保存的密钥不会发送到那里。请在其设置中重新输入密钥。`,
    cameraApprovalOn: '模型查看摄像头画面前会先询问。',
    cameraApprovalOff: '模型查看摄像头画面前不再先询问。',
    confirmRemoved: (items: string) => `对以下对象执行操作前不再询问：${items}。`,
    confirmAdded: (items: string) => `对以下对象执行操作前会先询问：${items}。`,
    toolsOn: '模型可以操控您的家居。',
    toolsOff: '模型不再操控您的家居。',
    modelToolsOn: (provider: string, model: string) => `${model}（${provider}）可以操控您的家居。`,
    maxRounds: (from: number, to: number) => `每次回答的工具调用轮数：${from} → ${to}。`,
    autoReadOn: '每个回答完成时都会朗读。',
    autoReadOff: '回答不再自动朗读。',
    sendSpokenOn: '说出的内容会立即发送，不先查看文字。',
    sendSpokenOff: '说出的内容会先放入消息框。',
    promptChanged: '系统提示词会更改。',
    defaultChanged: (to: string) => `默认模型变为 ${to}。`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `对 ${names} 的操作`,
    address: (field: string, value: string) => `${field} 中的地址：${value}`,
    path: (field: string, value: string) => `${field} 中的文件路径：${value}`,
    entity: (field: string, name: string) => `${field} 中的其他实体：${name}`,
  },
  toolCallsCapped: (n: number) => `模型在一次回答中请求了超过 ${n} 个操作；其余操作未执行。`,
  toolStatus: {
    awaiting: '等待您的批准',
    running: '正在运行…',
    done: '完成',
    error: '失败',
    denied: '已拒绝',
    stopped: '未运行',
    unknown: '结果未知：运行期间与 Home Assistant 的连接已断开。请检查一下。',
  },
  toolArguments: '参数',
  toolResult: '结果',
  toolLiveState: '当前',
  toolNames: {
    list_entities: '列出了实体',
    get_entity: '读取了',
    call_service: '调用了',
    list_areas: '列出了区域',
    get_history: '读取了历史记录',
    get_camera_image: '查看了摄像头',
    home_assistant: 'Home Assistant 操作了',
  },
  confirmField:
    '在对以下对象执行操作前也先询问（域或实体，适用于您的所有聊天；门锁、警报和车库门总是会询问）',
  cameraApprovalField: '模型查看摄像头画面前先询问（适用于你的所有聊天）',
  toolsToggle: '允许模型读取并控制家居（工具）',
  scopeNarrow: '可在下方为此卡片缩小范围（以逗号分隔；留空则不限制）。',
  scopeNote: {
    assist: '模型可以看到您向语音助手公开的实体。',
    'assist-registry':
      '模型可以看到向语音助手公开的实体。没有唯一标识符的实体不包括在内：只有管理员才能读取其公开设置。',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `此页面通过 https 提供，因此浏览器会阻止对纯 http 地址 ${url} 的调用。`,
    mixed_content_fix:
      '请让提供商通过 https 提供服务（使用带证书的反向代理），或在本地网络中通过 http 打开 Home Assistant。',
    cors: (url: string) => `位于 ${url} 的提供商有响应，但不允许从此页面调用（CORS）。`,
    network: (url: string) => `无法访问位于 ${url} 的提供商。`,
    redirect: (url: string) =>
      `位于 ${url} 的提供商以重定向到另一个地址作为响应，而此卡片不跟随重定向。`,
    redirect_to: (url: string, location: string) =>
      `位于 ${url} 的提供商试图将请求转发到 ${location}，而此卡片不跟随重定向。`,
    redirect_fix:
      '密钥只会发送到保存它时所对应的地址。如果另一个地址才是正确的，请将其填写为基础 URL（并重新输入密钥）。',
    too_long: (chars: string) =>
      `回答超过了 ${chars} 个字符（此处单个回答允许的上限），已在该处停止。`,
    too_long_fix:
      '已收到的内容会保留。请要求更短的回答或一次只要一部分；如果提供商无休止地发送，请检查其服务器。',
    network_fix: '请检查服务器是否正在运行、地址和端口是否正确，以及此设备能否访问它。',
    private_network: (url: string) =>
      `浏览器阻止了从此公共地址到私有地址 ${url} 的调用（本地网络访问）。`,
    private_network_fix:
      '请在浏览器询问时允许此网站访问本地网络，或通过 Home Assistant 的本地地址打开它。',
    auth: (status: number) => `提供商拒绝了 API 密钥（HTTP ${status}）。`,
    auth_fix: '请在提供商设置中检查密钥；它可能有误、已过期或无权访问此模型。',
    auth_fix_litellm: '此 LiteLLM 没有数据库，因此只接受其主密钥：请在提供商设置中检查密钥。',
    not_found: '提供商回复“未找到”（HTTP 404）。',
    not_found_fix_v1: '基础 URL 是否以 /v1 结尾？大多数 OpenAI 兼容服务器都需要它。',
    not_found_fix_model: '请检查模型 ID：提供商可能不认识它。',
    bad_request: (status: number) => `提供商拒绝了该请求（HTTP ${status}）。`,
    bad_request_fix: '请在设置中检查模型及其选项（最大 token 数、温度）。',
    rate_limited: '提供商正在限制请求频率（HTTP 429）。',
    rate_limited_wait: (s: number) => `请等待约 ${s} 秒后重试。`,
    rate_limited_fix: '请稍等片刻后重试。',
    quota: '您在此提供商的账户余额不足或已超出配额。',
    quota_fix: '请向提供商核实账单或密钥的预算；重试无济于事。',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `请求超出了此密钥单次可发送的量：${requested} 个 token，超过了 ${limit} 的上限。`
        : '请求超出了此密钥单次可发送的量。',
    too_large_fix:
      '请减少发送量：减少较早的消息（上下文消息数）、缩短系统提示词或降低最大 token 数；或向提供商申请更高的上限。重试无济于事。',
    no_vision: '模型拒绝了图片：它不接受图片。',
    no_vision_fix:
      '请为此聊天选择接受图片的模型，或不带图片提问；在设置中为此模型关闭 Vision，聊天会在发送前提示。',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `对话超出了模型的上下文长度（${limit} 个 token）。`
        : '对话超出了模型的上下文长度。',
    context_length_fix:
      '请开始新对话、减少发送的早前消息（上下文消息数），或在设置中填写模型的上下文长度，以便省略最早的消息。',
    timeout_first: (s: number) => `提供商在 ${s} 秒内没有发送任何内容。`,
    timeout_idle: (s: number) => `提供商在回答中途停止发送已达 ${s} 秒。`,
    timeout_fix: '本地服务器可能仍在加载模型；请重试，或在提供商设置中提高超时时间。',
    server: (status: number) => `提供商发生内部错误（HTTP ${status}）。`,
    server_fix: '已自动重试，但仍然失败。请检查提供商的日志，然后重试。',
    malformed: '提供商发送了此卡片无法读取的回答。',
    malformed_fix: '请检查基础 URL 是否指向 OpenAI 兼容的 API（通常以 /v1 结尾）。',
    in_band: '提供商在回答时报告了错误。',
    agent: 'Home Assistant 的对话代理无法回答。',
    agent_fix: '请在 设置 → 语音助手 中检查该代理及其助手。',
    aborted: '已停止。',
    provider_says: (text: string) => `提供商表示：“${text}”`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM 默认允许所有来源；如果您做了限制，请将此 Home Assistant 地址添加到其允许的来源中。',
    ollama:
      'Ollama 只接受来自其所在机器的调用：请将 OLLAMA_ORIGINS 设为此 Home Assistant 地址（或 *），然后重启 Ollama。',
    vllm: '启动 vLLM 时使用 --allowed-origins，并在其中包含此 Home Assistant 地址。',
    llamacpp: 'llama-server 默认允许浏览器访问；请检查其前面的反向代理。',
    lmstudio: '请在 LM Studio 的服务器设置中启用 CORS（或使用 lms server start --cors）。',
    openai: '提供商应当允许浏览器访问；可能是中间的代理或浏览器扩展阻止了调用。',
    generic:
      '请在提供商的 CORS 设置中允许此 Home Assistant 地址（其来源），或在它前面放置一个添加 CORS 标头的代理。',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `对 ${targets} 执行 ${service}`,
};
