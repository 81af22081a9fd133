import type { Strings } from './en';
import { plural } from './plural';

/** Portuguese (Brazil). */
export const strings: Strings = {
  cardName: 'Conversa compatível com OpenAI',
  cardDescription:
    'Converse com seu próprio provedor compatível com OpenAI (LiteLLM, Ollama, vLLM, OpenAI, ...) e aja na sua casa.',
  panelTitle: 'Chat de IA',
  message: 'Mensagem',
  send: 'Enviar',
  stop: 'Parar',
  placeholder: 'Pergunte qualquer coisa…',
  emptyConversation: 'Diga olá para começar uma conversa.',
  you: 'Você',
  assistant: 'Assistente',
  thinking: 'Pensando',
  reasoning: 'Raciocínio',
  cutOff: 'A resposta foi interrompida aqui.',
  stoppedByUser: 'Interrompido.',
  dismiss: 'Dispensar',
  retry: 'Tentar novamente',
  announceAnswer: (text: string) => `Assistente: ${text}`,
  retrying: (s: number) => `Tentando novamente em ${s} s…`,

  msg: {
    copy: 'Copiar',
    readAloud: 'Ler em voz alta',
    stopReading: 'Parar leitura',
    copied: 'Copiado',
    copyCode: 'Copiar código',
    edit: 'Editar',
    editLabel: 'Editar mensagem',
    sendEdited: 'Enviar mensagem editada',
    cancel: 'Cancelar',
    regenerate: 'Gerar novamente',
    continue: 'Continuar',
    delete: 'Excluir',
    previousVariant: 'Variante anterior',
    nextVariant: 'Próxima variante',
    variantOf: (i: number, n: number) => `Variante ${i} de ${n}`,
    writtenBy: (model: string) => `Escrita por ${model}`,
    notSaved: 'Ainda não salva',
    notSavedWhy:
      'O Home Assistant ainda não conseguiu armazenar isto. Uma nova tentativa é feita assim que a conexão voltar; mantenha esta página aberta até lá.',
    earlier: (n: number) => `Mostrar mensagens anteriores (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Não foi possível ler esta conversa (${issues}). Ela é mantida como está.`,
    tooLarge: (mb: string, max: string) =>
      `Esta conversa tem ${mb} MB, mais do que o Home Assistant consegue armazenar de uma vez só (${max} MB): o que foi dito por último aparece aqui, mas não é armazenado.`,
    tooLargeFix:
      'Exporte a conversa para guardar uma cópia e comece uma nova conversa. Excluir respostas longas também libera espaço.',
  },

  cardDefaultTitle: 'Chat',
  freshConversation:
    'Iniciar uma nova conversa a cada visita (quiosques, tablets de parede); as anteriores continuam na lista do painel',
  openInPanel: 'Abrir no painel',
  conversations: {
    list: 'Conversas',
    toggle: 'Mostrar conversas',
    new: 'Nova conversa',
    search: 'Pesquisar conversas',
    searchPlaceholder: 'Pesquisar títulos e mensagens',
    untitled: 'Nova conversa',
    today: 'Hoje',
    yesterday: 'Ontem',
    options: (title: string) => `Opções de ${title}`,
    rename: 'Renomear',
    renameLabel: 'Nome da conversa',
    archive: 'Arquivar',
    unarchive: 'Desarquivar',
    archived: (n: number) => `Arquivadas (${n})`,
    exportMarkdown: 'Exportar como Markdown',
    exportJson: 'Exportar como JSON',
    delete: 'Excluir',
    deleted: (title: string) => `“${title}” excluída.`,
    undo: 'Desfazer',
    noMatches: 'Nenhuma conversa encontrada.',
    unreadable: (issues: string) =>
      `Não foi possível ler sua lista de conversas (${issues}). Ela é mantida como está; novas conversas não aparecem na lista até que ela seja corrigida.`,
    empty: 'Nenhuma conversa ainda.',
    model: 'Modelo',
    modelDefault: (name: string) => `Padrão (${name})`,
    shortcuts: 'Alt+Shift+N: nova conversa · /: caixa de mensagem · Esc: interromper a resposta',
  },
  storage: {
    title: 'Conversas',
    measuring: 'Medindo o espaço ocupado pelas suas conversas…',
    used: (n: number, used: string, budget: string) =>
      `${plural('pt-BR', n, { one: '# conversa', other: '# conversas' })}, ${used} dos ${budget} reservados para elas nos seus dados de usuário do Home Assistant`,
    near: 'Suas conversas estão chegando perto do espaço reservado para elas. Exporte e arquive as mais antigas (Arquivar na lista, depois mova-as para um arquivo aqui) ou exclua algumas. Nada é removido a menos que você o faça.',
    over: 'Suas conversas ocupam mais do que o espaço reservado para elas. Todas continuam guardadas, mas o Home Assistant regrava esses dados a cada mensagem e os inclui em todos os backups: exporte e arquive as mais antigas ou exclua algumas.',
    largeConversation: (title: string, size: string) =>
      `Só “${title}” ocupa ${size}. O Home Assistant não consegue armazenar uma conversa muito maior que 3 MB: exporte-a e continue em uma nova.`,
    explain:
      'As conversas ficam nos seus dados de usuário do Home Assistant, junto com suas configurações, então todos os dispositivos em que você faz login as veem. Nada é excluído a menos que você o exclua.',
    exportMarkdown: 'Exportar tudo como Markdown',
    exportJson: 'Exportar tudo como JSON',
    import: 'Importar conversas',
    imported: (n: number, added: number, changed: number) =>
      `${plural('pt-BR', n, { one: '# conversa lida', other: '# conversas lidas' })} do arquivo: ${added} novas, ${changed} com mensagens adicionadas.`,
    moveArchived: (n: number) => `Mover ${n} arquivadas para um arquivo`,
    confirmMove: (n: number) =>
      plural('pt-BR', n, {
        one: '# conversa arquivada está no arquivo que acabou de ser salvo. Removê-la do Home Assistant agora?',
        other:
          '# conversas arquivadas estão no arquivo que acabou de ser salvo. Removê-las do Home Assistant agora?',
      }),
    moved: (n: number) =>
      plural('pt-BR', n, {
        one: '# conversa arquivada movida para o arquivo.',
        other: '# conversas arquivadas movidas para o arquivo.',
      }),
  },
  exportTool: 'Ferramenta',
  importWhat: 'Importação',
  importMismatch: (entry: string, doc: string) =>
    `a entrada ${entry} e a conversa ${doc} não correspondem`,

  noProvider:
    'Nenhum provedor configurado ainda. Adicione um no editor deste cartão (ou nas configurações do Chat de IA).',
  unknownProvider: (id: string) =>
    `Este cartão usa o provedor “${id}”, que não está mais nas suas configurações. Escolha outro no editor do cartão.`,
  noModel: (provider: string) =>
    `O provedor “${provider}” não tem nenhum modelo selecionado. Escolha um modelo no editor do cartão.`,
  settingsInvalid: (issues: string) =>
    `Não foi possível ler suas configurações do Chat de IA (${issues}). Elas são mantidas como estão; corrija-as ou exporte-as nas configurações.`,
  settingsLoading: 'Carregando suas configurações…',

  voice: {
    speak: 'Falar',
    noStt:
      'Seu assistente de voz não tem conversão de fala em texto: escolha uma em Configurações → Assistentes de voz.',
    sttRefused: (said: string) =>
      `A conversão de fala em texto do seu assistente de voz não aceita o áudio que a caixa de diálogo de voz do Home Assistant envia (16 kHz mono). Escolha outra em Configurações → Assistentes de voz. O Home Assistant diz: ${said}`,
    nothingHeard: 'Nada foi entendido. Fale de novo, mais perto do microfone.',
    micRefused:
      'O navegador não tem permissão para usar o microfone: permita-o para este site (o ícone na barra de endereço) e tente de novo.',
    noMic: 'Nenhum microfone foi encontrado neste dispositivo.',
    insecure:
      'Os navegadores só dão o microfone a páginas seguras: abra o Home Assistant por https (ou nesta máquina por localhost).',
    sendSpoken: 'Enviar o que você fala na hora (senão vai para a caixa de mensagem)',
    noPipeline:
      'Nenhum assistente de voz está configurado no Home Assistant: adicione um em Configurações → Assistentes de voz.',
    noTts:
      'Seu assistente de voz não tem conversão de texto em fala: escolha uma em Configurações → Assistentes de voz.',
    failed: (what: string) => `A função de voz falhou: ${what}`,
    autoRead:
      'Ler cada resposta em voz alta ao terminar (a conversão de texto em fala do seu assistente de voz, em todos os seus chats)',
  },
  agents: {
    cardLimits:
      'Este cartão limita o que o assistente pode fazer (ferramentas desativadas ou um escopo mais restrito), e o seu modelo padrão é um agente do Home Assistant, que age pelas próprias regras. Escolha o modelo de um provedor para este cartão no editor dele.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Agentes do Home Assistant',
    note: 'Os agentes do próprio Home Assistant agem na casa com as próprias ferramentas e permissões: Aprovar e o escopo deste cartão não se aplicam ao que eles fazem.',
    noPictures:
      'Os agentes do Home Assistant não aceitam imagens: escolha o modelo de um provedor para perguntar sobre uma.',
  },
  memory: {
    use: 'Usar memória',
    useHint: 'O que você pediu ao assistente para lembrar acompanha esta conversa.',
    without: 'Esta conversa não usa a sua memória.',
    undo: 'Desfazer',
    undone: 'Desfeito',
    remembered: (fact: string) => `Memorizou “${fact}”`,
    changed: (before: string, after: string) => `Alterou “${before}” para “${after}”`,
    forgot: (fact: string) => `Esqueceu “${fact}”`,
  },
  personas: {
    home: 'Casa',
    energy: 'Energia',
    kids: 'Crianças',
    pick: 'Persona',
    none: 'Sem persona',
    using: (name: string) => `Persona: ${name}`,
  },
  quickPrompts: {
    goodNight: 'Boa noite',
    goodNightText:
      'Boa noite: apague as luzes que ainda estão acesas e me diga se as portas estão trancadas.',
    whatsOpen: 'O que está aberto?',
    whatsOpenText: 'Quais portas, janelas e persianas estão abertas agora?',
    energyToday: 'Energia hoje',
    energyTodayText: 'Quanta energia a casa consumiu hoje?',
    title: 'Prompts rápidos',
    noMatch: 'Nenhum prompt rápido corresponde.',
    ran: (label: string) => `${label}: feito.`,
    notRun: (label: string) => `${label}: não executado.`,
    templateFailed: (why: string) =>
      `Não foi possível renderizar o template do prompt rápido: ${why}`,
  },
  images: {
    attach: 'Anexar imagem',
    snapshot: 'Foto da câmera',
    camera: 'Câmera',
    pickCamera: 'Escolha uma câmera…',
    noCamera: 'Nenhuma câmera no escopo deste chat (câmeras expostas ao Assist).',
    snapshotFailed: 'Não foi possível obter a imagem da câmera no Home Assistant.',
    attached: 'Imagens a enviar',
    picture: (n: number) => `Imagem ${n}`,
    remove: (n: number) => `Remover imagem ${n}`,
    sent: 'Imagem enviada com a pergunta',
    tooMany: (n: number) => `No máximo ${n} imagens vão com uma pergunta.`,
    unreadable: 'Não foi possível ler o arquivo como imagem.',
    noVision: (model: string) =>
      `${model} está configurado como sem imagens (Vision está desligado nas configurações): ligue Vision para ele ou escolha um modelo que aceite imagens.`,
    vision: 'Vision: aceita imagens',
    fromTool: 'Imagem mostrada ao modelo',
  },
  context: {
    label: 'Contexto',
    used: (tokens: string, limit: string) => `${tokens} de ${limit} tokens`,
    leftOut: (n: number) => `Mensagens anteriores omitidas para caber no contexto do modelo: ${n}`,
    length: 'Tamanho do contexto (tokens)',
    learned: (n: string) => `O provedor informou que o contexto é de ${n} tokens.`,
  },
  usage: {
    title: 'Uso',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} de entrada · ${output} de saída`,
    answerLong: (input: string, output: string) =>
      `${input} tokens de entrada, ${output} tokens de saída`,
    reasoning: (n: string) => `${n} deles de raciocínio`,
    cached: (n: string) => `${n} do cache do provedor`,
    estimated:
      'Estimado: o provedor não informou o uso, então ele foi calculado a partir do texto.',
    priced: 'Custo calculado com os preços definidos para este modelo.',
    conversation: (tokens: string) => `Esta conversa: ${tokens} tokens`,
    days: 'Últimos 30 dias',
    chart: 'Tokens por dia e modelo, últimos 30 dias',
    model: 'Modelo',
    answers: 'Respostas',
    input: 'Tokens de entrada',
    output: 'Tokens de saída',
    cost: 'Custo',
    total: 'Total',
    none: 'Nada contado ainda: o uso aparece aqui depois da primeira resposta.',
    someEstimated: (n: string) => `${n} estimadas (uso não informado)`,
    explain:
      'Contado a partir do que cada provedor informa com a resposta; caso contrário, estimado a partir do texto (cerca de quatro caracteres por token). O custo é o que o provedor informa (OpenRouter); caso contrário, o que resulta dos preços que você definiu para um modelo. Guardado nos seus dados de usuário do Home Assistant: cada solicitação por uma semana, depois um total por modelo e dia; excluir uma conversa não altera isso.',
    budget: 'Orçamento mensal (US$)',
    budgets: 'Orçamentos mensais',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} de ${budget} este mês`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} custou ${spent} este mês, mais que seu orçamento mensal de ${budget}.`,
    priceInput: 'Preço por milhão de tokens de entrada (US$)',
    priceOutput: 'Preço por milhão de tokens de saída (US$)',
  },
  settings: {
    title: 'Configurações',
    providers: 'Provedores',
    addProvider: 'Adicionar provedor',
    editProvider: (name: string) => `Editar ${name}`,
    authMode: 'Chaves',
    authGlobal: 'Uma chave para todos os modelos',
    authPerModel: 'Uma chave por modelo',
    keySaved: 'Salva — digite para substituir',
    keyMoved: (from: string, to: string) =>
      `A chave salva era para ${from}: ela não é enviada para ${to}. Digite a chave para o novo endereço.`,
    removeKey: 'Remover a chave salva',
    timeout: 'Tempo limite (segundos, para o primeiro byte e entre os blocos)',
    addModel: 'Adicionar',
    modelsFetched: (n: number, when: string) => `${n} modelos do provedor, obtidos ${when}.`,
    chosenModels: 'Modelos deste provedor',
    removeModel: (id: string) => `Remover ${id}`,
    remove: 'Remover',
    displayName: 'Nome de exibição',
    modelKey: (id: string) => `Chave de API para ${id}`,
    modelTools: 'Ferramentas (chamada de funções): este modelo pode agir na casa',
    edit: 'Editar',
    makeDefault: 'Tornar padrão',
    isDefault: 'Padrão',
    defaultModel: 'Modelo padrão',
    modelsCount: (n: number) => plural('pt-BR', n, { one: '# modelo', other: '# modelos' }),
    keyState: { global: 'chave salva', none: 'sem chave', per_model: 'uma chave por modelo' },
    confirmRemove: (name: string) =>
      `Remover ${name}? A chave dele é excluída junto; os cartões que o usam vão avisar até que você escolha outro provedor.`,
    noProviders:
      'Nenhum provedor ainda. Adicione um: LiteLLM, Ollama, vLLM, OpenAI, … (a URL base geralmente termina em /v1).',
    export: 'Exportar configurações',
    exportHint: 'Um arquivo JSON sem nenhuma chave.',
    import: 'Importar configurações',
    importReview: 'O que a importação deste arquivo muda',
    importLoosens: 'Menos seguro:',
    importNoChanges: 'Nada muda.',
    importConfirm: 'Importar',
    importKeysNeeded: (names: string[]) =>
      `Depois de importar, adicione as chaves de: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `${plural('pt-BR', n, { one: '# provedor importado', other: '# provedores importados' })}.${missing.length ? ` Adicione as chaves de: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Não foi possível ler suas configurações',
    invalidBody:
      'Elas são mantidas exatamente como estão. Exporte-as para corrigi-las manualmente e depois importe o arquivo corrigido, ou recomece do zero (uma cópia é mantida nos seus dados de usuário).',
    exportBroken: 'Exportar o documento',
    startOver: 'Recomeçar',
    confirmStartOver:
      'Substituir suas configurações por configurações vazias? Uma cópia do documento atual é mantida.',
    saved: 'Salvo.',
    back: 'Voltar ao chat',
    managePrompt:
      'Provedores, modelos e chaves são gerenciados nas configurações do painel Chat de IA.',
    openSettings: 'Abrir configurações',
    maxRounds: 'Rodadas de ferramentas por resposta',
    server: 'Servidor',
    name: 'Nome',
    baseUrl: 'URL base',
    apiKey:
      'Chave de API (opcional; guardada nos seus dados de usuário do Home Assistant, nunca no cartão)',
    cancel: 'Cancelar',
    saveProvider: 'Salvar provedor',
    loadModels: 'Carregar modelos',
    reloadModels: 'Recarregar modelos',
    typeModel: 'Ou digite o id de um modelo',
    searchModels: 'Pesquisar modelos',
    models: 'Modelos',
    noModelsMatch: 'Nenhum modelo encontrado.',
    moreModels: (n: number) => `Mais ${n}: refine a pesquisa.`,
    maxTokens: 'Máximo de tokens',
    temperature: 'Temperatura',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Aprendido com as respostas do provedor: ${[
        l.token_param === 'max_completion_tokens'
          ? 'o tamanho da resposta é enviado como max_completion_tokens (ele recusou max_tokens)'
          : '',
        l.temperature === false
          ? 'nenhuma temperatura é enviada (ele aceita apenas o valor padrão)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Esquecer',
    forgetLearned: (id: string) => `Esquecer o que foi aprendido sobre ${id}`,
    serverAuto: (name: string) => `Reconhecido pelo endereço (${name})`,
  },

  editor: {
    title: 'Título',
    agent: 'Agente',
    systemPrompt: 'Template do prompt de sistema',
    maxTokens: 'Máximo de tokens',
    temperature: 'Temperatura',
    contextMessages: 'Mensagens de contexto',
    home: 'Casa',
    onlyDomains: 'Somente estes domínios',
    onlyAreas: 'Somente estas áreas',
    onlyEntities: 'Somente estas entidades',
    search: 'Pesquisar',
    providerAndModel: 'Provedor e modelo',
    noProviderYet: 'Nenhum provedor ainda: adicione um para começar a conversar.',
    provider: 'Provedor',
    model: 'Modelo',
    default: 'Padrão',
    defaultNamed: (name: string) => `Padrão (${name})`,
    addProvider: 'Adicionar provedor',
    settingsInvalid: (issues: string) => `Suas configurações não são válidas: ${issues}`,
    persona: 'Persona',
    personaNone: 'Nenhuma (o modelo e o prompt padrão)',
    chips: 'Prompts rápidos exibidos como botões',
  },
  sidebarMenu: 'Menu',
  connectionLost: 'A conexão com o Home Assistant foi perdida.',
  outdated: 'Este cartão foi atualizado depois que a página foi carregada: recarregue a página.',

  picker: {
    add: (text: string) => `Adicionar “${text}”`,
    remove: (name: string) => `Remover ${name}`,
    noMatch: 'Nenhum resultado',
    more: 'Mais resultados: digite para filtrar a lista',
  },
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB é mais do que o Home Assistant consegue armazenar de uma vez só (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: “${id}” não é um ID que este cartão grava (letras, dígitos, _ . ~ -, no máximo 80).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `A conversa ${id} tem ${(bytes / 1e6).toFixed(1)} MB, mais do que o Home Assistant consegue armazenar de uma vez só (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `O arquivo tem mais de ${Math.round(bytes / 1_048_576)} MB, mais do que um arquivo desses jamais precisa: escolha o arquivo que você exportou.`,
    cardConfig: 'Configuração do cartão',
    secretInCard: (key: string) =>
      `“${key}” não deve ficar em um cartão: todo usuário que pode abrir este painel consegue ler a configuração dele. Remova-o e adicione a chave nas configurações do Chat de IA, que a guardam nos seus próprios dados de usuário do Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `gravado por uma versão mais recente deste cartão (${what} versão ${version}); atualize o cartão — ele é mantido como está`,
    noUpgrade: (version: number) =>
      `não há como atualizar a partir da versão ${version} das configurações`,
    settingsInvalid: (issues: string) =>
      `As configurações armazenadas não são válidas (${issues}); elas não foram sobrescritas.`,
    olderList: 'uma versão mais antiga da lista de conversas; recarregue a página',
    notJson: 'o arquivo não é JSON',
    notSettings: 'o arquivo não contém um documento de configurações',
  },

  diagnose: {
    button: 'Testar conexão',
    running: 'Testando…',
    titles: {
      address: 'Endereço',
      reach: 'Servidor acessível',
      cors: 'Chamadas desta página permitidas (CORS)',
      key: 'Chave de API',
      models: 'Lista de modelos (/models)',
      completion: 'Uma resposta de um token',
    },
    status: { ok: 'aprovado', warn: 'aviso', fail: 'falhou', skipped: 'não verificado' },
    skipped: 'Não verificado: uma etapa anterior falhou.',
    badUrl: (url: string) => `“${url}” não é um endereço http(s).`,
    badUrlFix: 'Digite o endereço completo, por exemplo, http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, acessível a partir desta página.`,
    reachOk: (host: string) => `${host} responde.`,
    corsOk: 'O servidor permite chamadas desta página.',
    keyOk: 'A chave foi aceita.',
    noKeyOk: 'Nenhuma chave enviada, e o servidor não pediu uma.',
    modelsOk: (n: number) => `${n} modelos listados.`,
    modelNotListed: (n: number, model: string) => `${n} modelos listados, mas não “${model}”.`,
    modelNotListedFix:
      'Verifique o id do modelo; alguns servidores listam apenas parte do que oferecem, então a próxima etapa o testa mesmo assim.',
    noModelList: 'Este servidor não tem lista de modelos: digite os ids dos modelos manualmente.',
    noModelListFix: 'Nada a corrigir se a resposta abaixo funcionar.',
    v1Fix:
      'A URL base termina em /v1? A maioria dos servidores compatíveis com OpenAI precisa disso.',
    noModel: 'Nenhum modelo escolhido ainda: escolha ou digite um e teste novamente.',
    completionOk: (model: string) => `${model} respondeu.`,
    unknownModel: (model: string) => `O provedor não conhece o modelo “${model}”.`,
    unknownModelFix:
      'Escolha o modelo na lista do provedor (Recarregar modelos) ou verifique como o provedor o escreve.',
  },

  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (cabeçalho api-key)',
    anthropic: 'Anthropic (compatibilidade com OpenAI)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (compatibilidade com OpenAI)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Outro servidor compatível com OpenAI',
  },

  toolRounds: (n: number) =>
    `O modelo continuou chamando ferramentas: interrompido após ${n} rodadas. Pergunte novamente ou aumente o limite nas configurações.`,
  toolsUnsupported:
    'Este modelo não aceita ferramentas. Desative as ferramentas para ele no editor do cartão (Ferramentas) ou escolha um modelo que suporte chamada de funções.',
  approve: 'Aprovar',
  deny: 'Negar',
  toolNeedsApproval: (what: string) => `Quer executar ${what}. Aprovar?`,
  cameraApproval: (camera: string) => `Quer olhar pela ${camera}. Aprovar?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Quer executar ${what}, com ${reasons}. Aprovar?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Adiciona o provedor ${name} (${origin}).`,
    providerRemoved: (name: string) => `Remove o provedor ${name} e as chaves dele.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Move ${name} de ${from} para ${to}.`,
    providerChanged: (name: string) => `Altera as configurações de ${name}.`,
    keyRetype: (name: string) =>
      `${name} agora vai para outro endereço ou tipo de servidor: a chave salva dele não é enviada para lá. Digite a chave novamente nas configurações dele.`,
    cameraApprovalOn: 'O modelo pergunta antes de olhar por uma câmera.',
    cameraApprovalOff: 'O modelo olha pelas câmeras sem perguntar antes.',
    confirmRemoved: (items: string) => `Não pergunta mais antes de agir em: ${items}.`,
    confirmAdded: (items: string) => `Pergunta antes de agir em: ${items}.`,
    toolsOn: 'O modelo pode agir na sua casa.',
    toolsOff: 'O modelo não age mais na sua casa.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) pode agir na sua casa.`,
    maxRounds: (from: number, to: number) =>
      `Rodadas de ferramentas por resposta: ${from} → ${to}.`,
    autoReadOn: 'Cada resposta é lida em voz alta ao terminar.',
    autoReadOff: 'As respostas não são mais lidas em voz alta automaticamente.',
    sendSpokenOn: 'O que você fala é enviado na hora, sem revisar o texto.',
    sendSpokenOff: 'O que você fala vai primeiro para a caixa de mensagem.',
    promptChanged: 'O prompt de sistema muda.',
    defaultChanged: (to: string) => `O modelo padrão passa a ser ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `uma ação em ${names}`,
    address: (field: string, value: string) => `um endereço em ${field}: ${value}`,
    path: (field: string, value: string) => `um caminho de arquivo em ${field}: ${value}`,
    entity: (field: string, name: string) => `outra entidade em ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `O modelo pediu mais de ${n} ações em uma única resposta; as demais não foram executadas.`,
  toolStatus: {
    awaiting: 'Aguardando sua aprovação',
    running: 'Executando…',
    done: 'Concluído',
    error: 'Falhou',
    denied: 'Negado',
    stopped: 'Não executado',
    unknown:
      'Resultado desconhecido: a conexão com o Home Assistant foi perdida durante a execução. Verifique.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Ligou ${names}`,
      turn_off: (names: string) => `Desligou ${names}`,
      toggle: (names: string) => `Alternou ${names}`,
      lock: (names: string) => `Trancou ${names}`,
      unlock: (names: string) => `Destrancou ${names}`,
      open: (names: string) => `Abriu ${names}`,
      close: (names: string) => `Fechou ${names}`,
      press: (names: string) => `Pressionou ${names}`,
      temperature: (names: string) => `Definiu a temperatura de ${names}`,
      play: (names: string) => `Iniciou a reprodução em ${names}`,
      pause: (names: string) => `Pausou ${names}`,
      script: (names: string) => `Executou ${names}`,
      scene: (names: string) => `Ativou ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Ligar ${names}`,
      turn_off: (names: string) => `Desligar ${names}`,
      toggle: (names: string) => `Alternar ${names}`,
      lock: (names: string) => `Trancar ${names}`,
      unlock: (names: string) => `Destrancar ${names}`,
      open: (names: string) => `Abrir ${names}`,
      close: (names: string) => `Fechar ${names}`,
      press: (names: string) => `Pressionar ${names}`,
      temperature: (names: string) => `Definir a temperatura de ${names}`,
      play: (names: string) => `Iniciar a reprodução em ${names}`,
      pause: (names: string) => `Pausar ${names}`,
      script: (names: string) => `Executar ${names}`,
      scene: (names: string) => `Ativar ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argumentos',
  toolResult: 'Resultado',
  toolLiveState: 'Agora',
  toolNames: {
    list_entities: 'Listou entidades',
    get_entity: 'Leu',
    call_service: 'Chamou',
    list_areas: 'Listou áreas',
    get_history: 'Leu o histórico de',
    get_camera_image: 'Olhou pela câmera',
    home_assistant: 'O Home Assistant agiu em',
    list_automations: 'Listou automações e scripts',
    get_automation: 'Leu',
    get_automation_traces: 'Leu os rastreamentos de',
    get_logbook: 'Leu o registro de atividades',
    propose_automation: 'Criou o rascunho de uma automação',
    propose_script: 'Criou o rascunho de um script',
    remember: 'Memorizou',
    update_memory: 'Alterou uma memória',
    forget: 'Esqueceu uma memória',
  },
  confirmField:
    'Também perguntar antes de agir em (domínios ou entidades, para todos os seus chats; fechaduras, alarmes e portões de garagem sempre perguntam)',
  cameraApprovalField: 'Perguntar antes de o modelo olhar por uma câmera (em todos os seus chats)',
  toolsToggle: 'Permitir que o modelo leia e controle a casa (ferramentas)',
  scopeNarrow: 'Restrinja abaixo para este cartão (separado por vírgulas; vazio: sem restrição).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Ferramentas de MCP',
    explain:
      'Ferramentas das APIs de LLM do Home Assistant e de servidores Model Context Protocol, para o modelo chamar. O que um servidor diz sobre as ferramentas dele é mostrado a você aqui e nunca vai para as instruções do modelo; cada chamada é uma linha na conversa e aguarda sua aprovação, a menos que você confie nessa ferramenta.',
    ownTools: 'Dar ao modelo também as ferramentas do próprio cartão para agir na casa',
    haTitle: 'APIs de LLM do Home Assistant',
    haLoading: 'Procurando o servidor MCP do Home Assistant…',
    haLacks: (version: string) =>
      `O Home Assistant ${version} não tem o Model Context Protocol Server: ele chegou na versão 2025.2, e o endereço dele para cada API (/api/mcp/<API>) veio depois. Atualize o Home Assistant para usar as APIs dele aqui.`,
    haNotSetUp:
      'Para usar as APIs de LLM do Home Assistant aqui, adicione a integração Model Context Protocol Server: Configurações → Dispositivos e serviços → Adicionar integração → Model Context Protocol Server.',
    haAssistOnly:
      'O Home Assistant permite que administradores usem as outras APIs dele; você pode usar o Assist.',
    narrowNote:
      'Um cartão que restringe o que o modelo vê não usa estas APIs: as ferramentas delas veem todas as entidades expostas ao Assist.',
    useApi: (name: string) => `Usar ${name} nos chats`,
    showTools: (name: string) => `Ferramentas de ${name}`,
    listing: 'Listando as ferramentas…',
    noTools: 'Não oferece nenhuma ferramenta.',
    modes: {
      auto: 'Pelas regras da casa',
      ask: 'Perguntar antes',
      trust: 'Confiável',
      off: 'Desativada',
    },
    modeOf: (tool: string) => `Como o modelo pode usar ${tool}`,
    serversTitle: 'Servidores MCP',
    noServers: 'Nenhum servidor MCP ainda.',
    add: 'Adicionar servidor MCP',
    edit: (name: string) => `Editar ${name}`,
    remove: (name: string) => `Remover ${name}`,
    enabled: (name: string) => `Usar ${name} nos chats`,
    name: 'Nome',
    url: 'Endereço (streamable HTTP, por exemplo, https://host:port/mcp)',
    token: 'Token Bearer (opcional; guardado nos seus dados de usuário, nunca exportado)',
    tokenSaved: 'salvo; digite para substituí-lo',
    tokenMoved:
      'O endereço passou a apontar para outro servidor: o token salvo não é enviado para lá. Digite-o novamente se este servidor deve recebê-lo.',
    test: 'Testar',
    testing: 'Testando…',
    save: 'Salvar',
    cancel: 'Cancelar',
    testOk: (name: string, n: number) =>
      `${name} respondeu e oferece ${plural('pt-BR', n, { one: '# ferramenta', other: '# ferramentas' })}.`,
    testFirst: 'Teste o servidor primeiro: as ferramentas dele aparecem aqui para você escolher.',
    describedAs:
      'O que o servidor diz sobre ela (mostrado a você, nunca ao modelo como instruções)',
    failed: {
      cors: (origin: string) =>
        `O servidor respondeu, mas não permite que esta página o chame (CORS). Ele precisa responder às solicitações de ${origin} com Access-Control-Allow-Origin, permitir os métodos POST, GET e DELETE e os cabeçalhos Content-Type, Authorization, Mcp-Session-Id e Mcp-Protocol-Version (Access-Control-Allow-Headers) e expor Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Nada respondeu neste endereço. Verifique o host e a porta, e se o servidor escuta onde este navegador consegue alcançá-lo (não apenas no próprio loopback).',
      mixed_content:
        'Esta página é servida via https e o servidor via http: o navegador recusa isso. Sirva o servidor via https (um proxy reverso faz isso) ou abra o Home Assistant via http.',
      redirect:
        'O servidor enviou a solicitação para outro endereço; o cartão nunca segue um redirecionamento com o seu token. Informe o endereço para o qual ele leva.',
      auth: 'O servidor quer um token que ele aceite (401): informe o token Bearer dele.',
      forbidden:
        'O servidor recusou este usuário (403). O Home Assistant só permite que administradores usem as APIs dele que não sejam o Assist.',
      not_found:
        'Nenhum endpoint MCP neste endereço (404). Servidores streamable HTTP geralmente respondem em um caminho como /mcp.',
      timeout: 'O servidor não respondeu em 30 segundos.',
      garbage: 'O servidor respondeu com algo que não é o Model Context Protocol.',
      too_large: 'A resposta do servidor era maior do que o cartão consegue ler (1 MB).',
      rpc: 'O servidor respondeu à solicitação com um erro.',
      http: (status: number) => `O servidor respondeu HTTP ${status}.`,
      said: (words: string) => `Ele disse: “${words}”`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Nova automação: ${name}`,
    newScript: (name: string) => `Novo script: ${name}`,
    changeTo: (name: string) => `Alteração em ${name}`,
    untitled: 'sem nome',
    when: 'Quando',
    onlyIf: 'Somente se',
    then: 'Então',
    yaml: 'YAML',
    diff: 'Alterações',
    diffLabel: (removed: number, added: number) =>
      `${plural('pt-BR', removed, { one: '# linha removida', other: '# linhas removidas' })}, ${plural('pt-BR', added, { one: '# adicionada', other: '# adicionadas' })}`,
    save: 'Salvar',
    discard: 'Descartar',
    runNow: 'Executar agora',
    checkConditions: 'Verificar as condições',
    saving: 'Salvando e aguardando o Home Assistant carregar…',
    running: 'Executando…',
    ran: 'O Home Assistant executou.',
    runFailed: (why: string) => `O Home Assistant não executou: ${why}`,
    saved: (name: string) => `Salvo: ${name}.`,
    openInHa: 'Abrir no Home Assistant',
    discarded: 'Descartado. Nada foi gravado.',
    notAdmin:
      'Somente um administrador pode salvar automações e scripts no Home Assistant. Peça a um administrador para salvar ou para tornar você administrador.',
    busy: 'Salvar e Descartar aparecem quando a resposta estiver completa.',
    problemsTitle:
      'Ainda não dá para salvar: o modelo foi avisado e pode propor de novo com a correção.',
    notesTitle: 'Antes de salvar',
    unreadable: 'Este rascunho não pode ser lido por esta versão do cartão.',
    failed: {
      not_admin: 'Somente um administrador pode salvar automações e scripts no Home Assistant.',
      problems: 'Não foi salvo: a casa mudou desde que o rascunho foi feito.',
      moved: (entity: string) =>
        `Não foi salvo: ${entity} não é mais a automação da qual esta alteração foi lida.`,
      refused: (message: string) => `O Home Assistant recusou: ${message}`,
      not_loaded: (key: string) =>
        `O Home Assistant gravou (id ${key}), mas não carregou. Verifique se o configuration.yaml inclui automations.yaml e scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `O Home Assistant diz sobre ${at}: ${words}`,
      unknown_keys: (keys: string) => `Chaves que o Home Assistant não conhece: ${keys}`,
      both_keys: (keys: string) => `A chave no singular e no plural ao mesmo tempo: ${keys}`,
      missing: (key: string) => `${key} está ausente ou vazio`,
      blueprint:
        'Automações criadas a partir de um blueprint são alteradas no editor do Home Assistant',
      out_of_scope: (ids: string) => `Entidades fora do que este chat pode usar: ${ids}`,
      unknown_entity: (ids: string) => `Entidade inexistente: ${ids}`,
      wrong_domain: (what: string) => `Uma ação em entidades de outro domínio: ${what}`,
      no_target: (service: string) =>
        `${service} não age em nenhuma entidade que este chat pode usar`,
      device_target: (service: string) =>
        `${service} tem como alvo um dispositivo, andar ou rótulo, o que não pode ser verificado`,
      device_action: 'Uma ação de dispositivo, que não pode ser verificada',
      template_service: (service: string) => `A ação é um template: ${service}`,
      template_target: (service: string) => `Os alvos de ${service} são um template`,
      unknown_area: (area: string) => `Área inexistente: ${area}`,
      empty_area: (what: string) => `Nenhuma entidade desse domínio ali: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `O id ${id} pertence a outra automação`,
      script_key: (key: string) => `“${key}” não pode ser o id de um script`,
      key_taken: (id: string) => `${id} já existe`,
      too_large: 'Grande demais para verificar',
      unreadable: 'Não pode ser lido',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Age em ${names}, que em um chat aguardam a sua aprovação. Depois que for salvo, age sem perguntar.`,
      address: (what: string) => `Envia um endereço: ${what}`,
      path: (what: string) => `Menciona um caminho de arquivo: ${what}`,
      entity: (what: string) => `Menciona outra entidade nos seus dados: ${what}`,
      webhook:
        'Um webhook a inicia: qualquer pessoa na sua rede que saiba o id dele pode fazer isso.',
      event: (event: string) => `Dispara o evento ${event}, que pode iniciar outras automações.`,
      untargeted: (service: string) => `Chama ${service}, que não age em nenhuma entidade.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'ou',
      and: 'e',
      changes: (who: string) => `${who} muda`,
      changesTo: (who: string, to: string) => `${who} muda para ${to}`,
      changesFrom: (who: string, from: string) => `${who} muda de ${from}`,
      forDuration: (what: string, duration: string) => `${what}, por ${duration}`,
      above: (who: string, value: string) => `${who} fica acima de ${value}`,
      below: (who: string, value: string) => `${who} fica abaixo de ${value}`,
      sunrise: 'ao nascer do sol',
      sunset: 'ao pôr do sol',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `às ${time}`,
      timePattern: 'em um padrão de tempo',
      haStart: 'O Home Assistant inicia',
      haStop: 'O Home Assistant para',
      event: (type: string) => `o evento ${type} é disparado`,
      enters: (who: string, zone: string) => `${who} entra em ${zone}`,
      leaves: (who: string, zone: string) => `${who} sai de ${zone}`,
      template: 'um template se torna verdadeiro',
      webhook: 'o webhook dela é chamado',
      otherTrigger: (platform: string) => `um acionador ${platform}`,
      is: (who: string, state: string) => `${who} está ${state}`,
      isAbove: (who: string, value: string) => `${who} está acima de ${value}`,
      isBelow: (who: string, value: string) => `${who} está abaixo de ${value}`,
      afterSunset: 'depois do pôr do sol',
      beforeSunrise: 'antes do nascer do sol',
      afterSunrise: 'depois do nascer do sol',
      beforeSunset: 'antes do pôr do sol',
      after: (time: string) => `depois de ${time}`,
      before: (time: string) => `antes de ${time}`,
      onDays: (days: string) => `nos dias: ${days}`,
      templateTrue: 'um template é verdadeiro',
      all: (parts: string) => `todas estas: ${parts}`,
      any: (parts: string) => `qualquer uma destas: ${parts}`,
      none: (parts: string) => `nenhuma destas: ${parts}`,
      inZone: (who: string, zone: string) => `${who} está em ${zone}`,
      otherCondition: (kind: string) => `uma condição ${kind}`,
      turnOn: (names: string) => `Ligar ${names}`,
      turnOff: (names: string) => `Desligar ${names}`,
      toggle: (names: string) => `Alternar ${names}`,
      call: (service: string, names: string) => (names ? `${service} em ${names}` : service),
      wait: (duration: string) => `Aguardar ${duration}`,
      waitTemplate: 'Aguardar até que um template seja verdadeiro',
      waitTrigger: (what: string) => `Aguardar até que ${what}`,
      scene: (name: string) => `Ativar ${name}`,
      fire: (event: string) => `Disparar o evento ${event}`,
      ifThen: (condition: string, then: string) => `Se ${condition}: ${then}`,
      otherwise: (what: string) => `senão: ${what}`,
      choose: (n: number) =>
        `Escolher entre ${plural('pt-BR', n, { one: '# opção', other: '# opções' })}`,
      repeat: (what: string) => `Repetir: ${what}`,
      parallel: (what: string) => `Ao mesmo tempo: ${what}`,
      continueIf: (condition: string) => `Continuar somente se ${condition}`,
      stop: 'Parar',
      variables: 'Definir variáveis',
      deviceAction: 'Uma ação de dispositivo',
      otherAction: 'Outra ação',
    },
  },
  personasPage: {
    title: 'Personas',
    intro:
      'Uma persona é um nome, um ícone, um prompt de sistema (que pode conter um template do Home Assistant), um modelo e, opcionalmente, um escopo mais restrito e ferramentas desativadas. Escolha uma para uma nova conversa no painel ou defina uma para um cartão no editor dele; uma conversa mantém a persona com que começou.',
    builtIn: 'Estas são as personas integradas: sua primeira alteração salva a lista como sua.',
    add: 'Adicionar persona',
    name: 'Nome',
    icon: 'Ícone (um emoji)',
    prompt: 'Prompt de sistema',
    model: 'Modelo',
    modelDefault: 'O modelo do chat',
    tools: 'Permitir que o modelo leia e controle a casa',
    domains: 'Somente estes domínios (separados por vírgulas; vazio: tudo o que o chat pode ver)',
  },
  quickPromptsPage: {
    title: 'Prompts rápidos',
    intro:
      'Prompts enviados com um toque no botão de um cartão ou escolhidos com “/” na caixa de mensagem. Um template do Home Assistant em um prompt ({{ states("sensor.outside_temperature") }}) é renderizado antes do envio. Um prompt pode iniciar sua conversa com uma persona ou executar um script em vez de perguntar a um modelo (Aprovar é pedido como nas ações do modelo).',
    builtIn: 'Estes são os prompts integrados: sua primeira alteração salva a lista como sua.',
    add: 'Adicionar prompt rápido',
    label: 'Rótulo',
    text: 'Texto enviado',
    persona: 'Persona da conversa que ele inicia',
    script: 'Ou executar este script em vez disso (o ID da entidade, script.…)',
  },
  list: {
    edit: 'Editar',
    remove: 'Excluir',
    save: 'Salvar',
    cancel: 'Cancelar',
    none: 'Nenhum',
    removed: (name: string) => `Excluído: ${name}.`,
  },
  memoryPage: {
    title: 'Memória',
    intro:
      'Fatos que o assistente guarda sobre você para as próximas conversas, nos seus dados de usuário do Home Assistant (só você os vê). Ele adiciona um quando você pede que ele se lembre de algo, e cada adição aparece na conversa com Desfazer. A memória é exportada com suas conversas, nunca com as configurações.',
    on: 'Usar a memória nas conversas',
    budget: 'Caracteres de memória enviados com cada pergunta',
    fits: (shown: number, total: number, chars: string) =>
      `${shown} de ${total} fatos cabem em ${chars} caracteres: os mais próximos da pergunta vêm primeiro, depois os mais recentes.`,
    empty: 'Nada memorizado ainda. Peça ao chat para lembrar algo ou adicione aqui.',
    newFact: 'Novo fato',
    add: 'Adicionar',
    edit: 'Editar',
    save: 'Salvar',
    cancel: 'Cancelar',
    remove: 'Excluir',
    fromChat: 'memorizado em uma conversa',
    byYou: 'adicionado por você',
    openChat: 'Abrir a conversa',
    removed: (fact: string) => `“${fact}” excluído.`,
    tooLong: (n: number) =>
      `Um fato pode ter no máximo ${plural('pt-BR', n, { one: '# caractere', other: '# caracteres' })}.`,
    refused: 'Isto parece uma chave, um token ou um endereço assinado: não é guardado.',
    full: (n: number) =>
      `A memória guarda no máximo ${plural('pt-BR', n, { one: '# fato', other: '# fatos' })}: exclua alguns primeiro.`,
    unreadable: 'Não é possível ler sua memória agora.',
    invalid: (issues: string) =>
      `Sua memória armazenada não é válida (${issues}); ela é mantida como está e não é alterada aqui.`,
  },
  scopeNote: {
    assist: 'O modelo vê as entidades que você expôs ao Assist.',
    'assist-registry':
      'O modelo vê as entidades expostas ao Assist. Entidades sem ID exclusivo ficam de fora: somente administradores podem ler a configuração de exposição delas.',
  },

  err: {
    mixed_content: (url: string) =>
      `Esta página é servida via https, então o navegador bloqueia chamadas para o endereço http simples ${url}.`,
    mixed_content_fix:
      'Sirva o provedor via https (um proxy reverso com certificado) ou abra o Home Assistant via http na sua rede local.',
    cors: (url: string) =>
      `O provedor em ${url} respondeu, mas não permite chamadas desta página (CORS).`,
    network: (url: string) => `Não foi possível acessar o provedor em ${url}.`,
    redirect: (url: string) =>
      `O provedor em ${url} respondeu com um redirecionamento para outro endereço, e o cartão não segue redirecionamentos.`,
    redirect_to: (url: string, location: string) =>
      `O provedor em ${url} tentou encaminhar a solicitação para ${location}, e o cartão não segue redirecionamentos.`,
    redirect_fix:
      'Uma chave vai apenas para o endereço para o qual foi salva. Se o outro endereço for o certo, informe-o como URL base (e a chave novamente).',
    too_long: (chars: string) =>
      `A resposta passou de ${chars} caracteres, o máximo que uma resposta pode ter aqui, e foi interrompida nesse ponto.`,
    too_long_fix:
      'O que chegou é mantido. Peça uma resposta mais curta ou uma parte de cada vez; se o provedor envia sem parar, verifique o servidor dele.',
    network_fix:
      'Verifique se o servidor está em execução, se o endereço e a porta estão corretos e se este dispositivo consegue alcançá-lo.',
    private_network: (url: string) =>
      `O navegador bloqueou uma chamada deste endereço público para o endereço privado ${url} (acesso à rede local).`,
    private_network_fix:
      'Permita o acesso à rede local para este site quando o navegador pedir ou abra o Home Assistant pelo endereço local dele.',
    auth: (status: number) => `O provedor recusou a chave de API (HTTP ${status}).`,
    auth_fix:
      'Verifique a chave nas configurações do provedor; ela pode estar errada, expirada ou sem acesso a este modelo.',
    auth_fix_litellm:
      'Este LiteLLM não tem banco de dados, então aceita apenas a chave mestra: verifique a chave nas configurações do provedor.',
    not_found: 'O provedor respondeu “não encontrado” (HTTP 404).',
    not_found_fix_v1:
      'A URL base termina em /v1? A maioria dos servidores compatíveis com OpenAI precisa disso.',
    not_found_fix_model: 'Verifique o id do modelo: o provedor pode não conhecê-lo.',
    bad_request: (status: number) => `O provedor rejeitou a solicitação (HTTP ${status}).`,
    bad_request_fix:
      'Verifique o modelo e as opções dele (máximo de tokens, temperatura) nas configurações.',
    rate_limited: 'O provedor está limitando a taxa de solicitações (HTTP 429).',
    rate_limited_wait: (s: number) => `Aguarde cerca de ${s} s e tente novamente.`,
    rate_limited_fix: 'Aguarde um momento e tente novamente.',
    quota: 'Sua conta neste provedor está sem créditos ou acima da cota.',
    quota_fix:
      'Verifique o faturamento ou o orçamento da chave com o provedor; tentar novamente não vai ajudar.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `A solicitação é maior do que esta chave pode enviar de uma vez: ${requested} tokens, acima do limite de ${limit}.`
        : 'A solicitação é maior do que esta chave pode enviar de uma vez.',
    too_large_fix:
      'Envie menos: menos mensagens anteriores (Mensagens de contexto), um prompt de sistema mais curto ou um Máximo de tokens menor; ou peça ao provedor um limite maior. Tentar novamente não vai ajudar.',
    no_vision: 'O modelo recusou a imagem: ele não aceita imagens.',
    no_vision_fix:
      'Escolha para este chat um modelo que aceite imagens, ou pergunte sem a imagem; desligue Vision para este modelo nas configurações para que o chat avise antes de enviar.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `A conversa é maior que o contexto do modelo, de ${limit} tokens.`
        : 'A conversa é maior que o contexto do modelo.',
    context_length_fix:
      'Comece uma nova conversa, envie menos mensagens anteriores (Mensagens de contexto) ou defina o tamanho de contexto do modelo nas configurações para que as mensagens mais antigas sejam omitidas.',
    timeout_first: (s: number) => `O provedor não enviou nada por ${s} s.`,
    timeout_idle: (s: number) => `O provedor parou de enviar por ${s} s no meio da resposta.`,
    timeout_fix:
      'Um servidor local pode ainda estar carregando o modelo; tente novamente ou aumente o tempo limite nas configurações do provedor.',
    server: (status: number) => `O provedor teve um erro interno (HTTP ${status}).`,
    server_fix:
      'Uma nova tentativa foi feita e ainda falhou. Verifique os logs do provedor e tente novamente.',
    malformed: 'O provedor enviou uma resposta que este cartão não consegue ler.',
    malformed_fix:
      'Verifique se a URL base aponta para uma API compatível com OpenAI (geralmente terminando em /v1).',
    in_band: 'O provedor relatou um erro ao responder.',
    agent: 'O agente de conversa do Home Assistant não conseguiu responder.',
    agent_fix: 'Verifique o agente e o assistente em Configurações → Assistentes de voz.',
    aborted: 'Interrompido.',
    provider_says: (text: string) => `O provedor diz: “${text}”`,
  },
  corsFix: {
    litellm:
      'O LiteLLM permite todas as origens por padrão; se você o restringiu, adicione este endereço do Home Assistant às origens permitidas dele.',
    ollama:
      'O Ollama só aceita chamadas da própria máquina: defina OLLAMA_ORIGINS como este endereço do Home Assistant (ou *) e reinicie o Ollama.',
    vllm: 'Inicie o vLLM com --allowed-origins incluindo este endereço do Home Assistant.',
    llamacpp:
      'O llama-server permite navegadores por padrão; verifique se há um proxy reverso na frente dele.',
    lmstudio:
      'Ative o CORS nas configurações de servidor do LM Studio (ou lms server start --cors).',
    openai:
      'O provedor deveria permitir navegadores; um proxy ou uma extensão do navegador no caminho pode estar bloqueando a chamada.',
    generic:
      'Permita este endereço do Home Assistant (a origem dele) nas configurações de CORS do provedor ou coloque na frente dele um proxy que adicione cabeçalhos CORS.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} em ${targets}`,
};
