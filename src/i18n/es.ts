import type { Strings } from './en';
import { plural } from './plural';

/** Spanish. */
export const strings: Strings = {
  cardName: 'Conversación compatible con OpenAI',
  cardDescription:
    'Chatea con tu propio proveedor compatible con OpenAI (LiteLLM, Ollama, vLLM, OpenAI…) y actúa sobre tu casa.',
  panelTitle: 'Chat IA',
  message: 'Mensaje',
  send: 'Enviar',
  stop: 'Detener',
  placeholder: 'Pregunta lo que quieras…',
  emptyConversation: 'Saluda para empezar una conversación.',
  you: 'Tú',
  assistant: 'Asistente',
  thinking: 'Pensando',
  reasoning: 'Razonamiento',
  cutOff: 'La respuesta se cortó aquí.',
  stoppedByUser: 'Detenido.',
  dismiss: 'Descartar',
  retry: 'Reintentar',
  announceAnswer: (text: string) => `Asistente: ${text}`,
  retrying: (s: number) => `Reintentando en ${s} s…`,

  // Per message.
  msg: {
    copy: 'Copiar',
    readAloud: 'Leer en voz alta',
    stopReading: 'Dejar de leer',
    copied: 'Copiado',
    copyCode: 'Copiar código',
    edit: 'Editar',
    editLabel: 'Editar mensaje',
    sendEdited: 'Enviar mensaje editado',
    cancel: 'Cancelar',
    regenerate: 'Regenerar',
    continue: 'Continuar',
    delete: 'Eliminar',
    previousVariant: 'Variante anterior',
    nextVariant: 'Variante siguiente',
    variantOf: (i: number, n: number) => `Variante ${i} de ${n}`,
    writtenBy: (model: string) => `Escrito por ${model}`,
    notSaved: 'Aún no guardado',
    notSavedWhy:
      'Home Assistant aún no ha podido guardarlo. Se volverá a intentar en cuanto vuelva la conexión; mantén esta página abierta hasta entonces.',
    earlier: (n: number) => `Mostrar mensajes anteriores (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `No se pudo leer esta conversación (${issues}). Se conserva tal cual.`,
    tooLarge: (mb: string, max: string) =>
      `Esta conversación ocupa ${mb} MB, más de lo que Home Assistant puede guardar de una sola pieza (${max} MB): lo último que se dijo se muestra aquí, pero no se guarda.`,
    tooLargeFix:
      'Exporta la conversación para conservar una copia y empieza una conversación nueva. Borrar respuestas largas también libera espacio.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
  freshConversation:
    'Empezar una conversación nueva en cada visita (quioscos, tabletas de pared); las anteriores siguen en la lista del panel',
  openInPanel: 'Abrir en el panel',
  conversations: {
    list: 'Conversaciones',
    toggle: 'Mostrar conversaciones',
    new: 'Nueva conversación',
    search: 'Buscar conversaciones',
    searchPlaceholder: 'Buscar en títulos y mensajes',
    untitled: 'Nueva conversación',
    today: 'Hoy',
    yesterday: 'Ayer',
    options: (title: string) => `Opciones de ${title}`,
    rename: 'Renombrar',
    renameLabel: 'Nombre de la conversación',
    archive: 'Archivar',
    unarchive: 'Desarchivar',
    archived: (n: number) => `Archivadas (${n})`,
    exportMarkdown: 'Exportar como Markdown',
    exportJson: 'Exportar como JSON',
    delete: 'Eliminar',
    deleted: (title: string) => `Se eliminó «${title}».`,
    undo: 'Deshacer',
    noMatches: 'Ninguna conversación coincide.',
    unreadable: (issues: string) =>
      `No se pudo leer tu lista de conversaciones (${issues}). Se conserva tal cual; las conversaciones nuevas no aparecen en ella hasta que se corrija.`,
    empty: 'Aún no hay conversaciones.',
    model: 'Modelo',
    modelDefault: (name: string) => `Predeterminado (${name})`,
    shortcuts: 'Alt+Shift+N: nueva conversación · /: cuadro de mensaje · Esc: detener la respuesta',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Conversaciones',
    measuring: 'Midiendo cuánto ocupan tus conversaciones…',
    used: (n: number, used: string, budget: string) =>
      `${plural('es', n, { one: '# conversación', other: '# conversaciones' })}, ${used} de los ${budget} reservados para ellas en tus datos de usuario de Home Assistant`,
    near: 'Tus conversaciones se acercan al espacio reservado para ellas. Exporta y archiva las más antiguas (Archivar en la lista y luego muévelas aquí a un archivo) o elimina algunas. No se borra nada a menos que lo hagas tú.',
    over: 'Tus conversaciones ocupan más del espacio reservado para ellas. Se siguen conservando todas, pero Home Assistant reescribe estos datos con cada mensaje y los incluye en cada copia de seguridad: exporta y archiva las más antiguas o elimina algunas.',
    largeConversation: (title: string, size: string) =>
      `Solo «${title}» ocupa ${size}. Home Assistant no puede guardar una conversación mucho mayor de 3 MB: expórtala y continúa en una nueva.`,
    explain:
      'Las conversaciones se guardan en tus datos de usuario de Home Assistant, junto a tus ajustes, así que las ves en cualquier dispositivo con el que inicies sesión. No se elimina nada a menos que lo elimines tú.',
    exportMarkdown: 'Exportar todo como Markdown',
    exportJson: 'Exportar todo como JSON',
    import: 'Importar conversaciones',
    imported: (n: number, added: number, changed: number) =>
      `${plural('es', n, { one: 'Se leyó # conversación', other: 'Se leyeron # conversaciones' })} del archivo: ${plural('es', added, { one: '# nueva', other: '# nuevas' })}, ${changed} con mensajes añadidos.`,
    moveArchived: (n: number) =>
      `Mover ${plural('es', n, { one: '# archivada', other: '# archivadas' })} a un archivo`,
    confirmMove: (n: number) =>
      plural('es', n, {
        one: '# conversación archivada está en el archivo que se acaba de guardar. ¿Quitarla ahora de Home Assistant?',
        other:
          'Las # conversaciones archivadas están en el archivo que se acaba de guardar. ¿Quitarlas ahora de Home Assistant?',
      }),
    moved: (n: number) =>
      plural('es', n, {
        one: '# conversación archivada movida al archivo.',
        other: '# conversaciones archivadas movidas al archivo.',
      }),
  },
  exportTool: 'Herramienta',
  importWhat: 'Importación',
  importMismatch: (entry: string, doc: string) =>
    `la entrada ${entry} y la conversación ${doc} no coinciden`,

  noProvider:
    'Aún no hay ningún proveedor configurado. Añade uno en el editor de esta tarjeta (o en los ajustes de Chat IA).',
  unknownProvider: (id: string) =>
    `Esta tarjeta usa el proveedor «${id}», que ya no está en tus ajustes. Elige otro en el editor de la tarjeta.`,
  noModel: (provider: string) =>
    `El proveedor «${provider}» no tiene ningún modelo seleccionado. Elige un modelo en el editor de la tarjeta.`,
  settingsInvalid: (issues: string) =>
    `No se pudieron leer tus ajustes de Chat IA (${issues}). Se conservan tal cual; corrígelos o expórtalos en los ajustes.`,
  settingsLoading: 'Cargando tus ajustes…',

  // Settings pages.
  voice: {
    speak: 'Hablar',
    noStt: 'Tu asistente de voz no tiene voz a texto: elige uno en Ajustes → Asistentes de voz.',
    sttRefused: (said: string) =>
      `El voz a texto de tu asistente de voz no acepta el audio que envía el diálogo de voz de Home Assistant (16 kHz mono). Elige otro en Ajustes → Asistentes de voz. Home Assistant dice: ${said}`,
    nothingHeard: 'No se entendió nada. Vuelve a hablar, más cerca del micrófono.',
    micRefused:
      'El navegador no tiene permiso para usar el micrófono: permítelo para este sitio (el icono de la barra de direcciones) y vuelve a intentarlo.',
    noMic: 'No se encontró ningún micrófono en este dispositivo.',
    insecure:
      'Los navegadores solo dan el micrófono a páginas seguras: abre Home Assistant por https (o en este equipo por localhost).',
    sendSpoken: 'Enviar lo que dices al momento (si no, queda en el cuadro de mensaje)',
    noPipeline:
      'No hay ningún asistente de voz en Home Assistant: añade uno en Ajustes → Asistentes de voz.',
    noTts: 'Tu asistente de voz no tiene texto a voz: elige uno en Ajustes → Asistentes de voz.',
    failed: (what: string) => `Falló la función de voz: ${what}`,
    autoRead:
      'Leer cada respuesta en voz alta al terminar (el texto a voz de tu asistente de voz, en todos tus chats)',
  },
  agents: {
    cardLimits:
      'Esta tarjeta limita lo que puede hacer el asistente (herramientas desactivadas o un alcance más estrecho), y tu modelo predeterminado es un agente de Home Assistant, que actúa según sus propias reglas. Elige el modelo de un proveedor para esta tarjeta en su editor.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Agentes de Home Assistant',
    note: 'Los agentes propios de Home Assistant actúan sobre la casa con sus propias herramientas y permisos: Aprobar y el alcance de esta tarjeta no se aplican a lo que hacen.',
    noPictures:
      'Los agentes de Home Assistant no aceptan imágenes: elige el modelo de un proveedor para preguntar por una.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Usar memoria',
    useHint: 'Lo que le pediste al asistente que recordara se envía con esta conversación.',
    without: 'Esta conversación no usa tu memoria.',
    undo: 'Deshacer',
    undone: 'Deshecho',
    remembered: (fact: string) => `Recordó «${fact}»`,
    changed: (before: string, after: string) => `Cambió «${before}» por «${after}»`,
    forgot: (fact: string) => `Olvidó «${fact}»`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Casa',
    energy: 'Energía',
    kids: 'Niños',
    pick: 'Personalidad',
    none: 'Sin personalidad',
    using: (name: string) => `Personalidad: ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'Buenas noches',
    goodNightText:
      'Buenas noches: apaga las luces que sigan encendidas y dime si las puertas están cerradas con llave.',
    whatsOpen: '¿Qué está abierto?',
    whatsOpenText: '¿Qué puertas, ventanas y persianas están abiertas ahora mismo?',
    energyToday: 'Energía de hoy',
    energyTodayText: '¿Cuánta energía ha consumido la casa hoy?',
    title: 'Prompts rápidos',
    noMatch: 'Ningún prompt rápido coincide.',
    ran: (label: string) => `${label}: hecho.`,
    notRun: (label: string) => `${label}: no se ejecutó.`,
    templateFailed: (why: string) => `No se pudo renderizar la plantilla del prompt rápido: ${why}`,
  },
  images: {
    attach: 'Adjuntar imagen',
    snapshot: 'Captura de cámara',
    camera: 'Cámara',
    pickCamera: 'Elige una cámara…',
    noCamera: 'No hay ninguna cámara en el alcance de este chat (cámaras expuestas a Assist).',
    snapshotFailed: 'No se pudo obtener la imagen de la cámara desde Home Assistant.',
    attached: 'Imágenes por enviar',
    picture: (n: number) => `Imagen ${n}`,
    remove: (n: number) => `Quitar imagen ${n}`,
    sent: 'Imagen enviada con la pregunta',
    tooMany: (n: number) => `Con una pregunta van como máximo ${n} imágenes.`,
    unreadable: 'No se pudo leer el archivo como imagen.',
    noVision: (model: string) =>
      `${model} está configurado sin imágenes (Vision está desactivado en sus ajustes): activa Vision para él o elige un modelo que acepte imágenes.`,
    vision: 'Vision: acepta imágenes',
    fromTool: 'Imagen que se mostró al modelo',
  },
  context: {
    label: 'Contexto',
    used: (tokens: string, limit: string) => `${tokens} de ${limit} tokens`,
    leftOut: (n: number) =>
      `Mensajes anteriores omitidos para caber en el contexto del modelo: ${n}`,
    length: 'Longitud de contexto (tokens)',
    learned: (n: string) => `El proveedor indicó que su contexto es de ${n} tokens.`,
  },
  usage: {
    title: 'Consumo',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} de entrada · ${output} de salida`,
    answerLong: (input: string, output: string) =>
      `${input} tokens de entrada, ${output} tokens de salida`,
    reasoning: (n: string) => `${n} de ellos de razonamiento`,
    cached: (n: string) => `${n} de la caché del proveedor`,
    estimated:
      'Estimado: el proveedor no informó del consumo, así que se calculó a partir del texto.',
    priced: 'Coste según los precios establecidos para este modelo.',
    conversation: (tokens: string) => `Esta conversación: ${tokens} tokens`,
    days: 'Últimos 30 días',
    chart: 'Tokens por día y modelo, últimos 30 días',
    model: 'Modelo',
    answers: 'Respuestas',
    input: 'Tokens de entrada',
    output: 'Tokens de salida',
    cost: 'Coste',
    total: 'Total',
    none: 'Aún no se ha contado nada: el consumo aparece aquí después de la primera respuesta.',
    someEstimated: (n: string) => `${n} estimadas (el proveedor no informó del consumo)`,
    explain:
      'Se cuenta a partir de lo que cada proveedor informa con su respuesta; si no, se estima a partir del texto (unos cuatro caracteres por token). El coste es el que informa el proveedor (OpenRouter); si no, el que resulta de los precios que hayas establecido para un modelo. Se guarda en tus datos de usuario de Home Assistant: cada solicitud durante una semana y después un total por modelo y día; eliminar una conversación no lo cambia.',
    budget: 'Presupuesto mensual (US$)',
    budgets: 'Presupuestos mensuales',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider}: ${spent} de ${budget} este mes`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} ha costado ${spent} este mes, más que su presupuesto mensual de ${budget}.`,
    priceInput: 'Precio por millón de tokens de entrada (US$)',
    priceOutput: 'Precio por millón de tokens de salida (US$)',
  },
  settings: {
    title: 'Ajustes',
    providers: 'Proveedores',
    addProvider: 'Añadir proveedor',
    editProvider: (name: string) => `Editar ${name}`,
    authMode: 'Claves',
    authGlobal: 'Una clave para todos los modelos',
    authPerModel: 'Una clave por modelo',
    keySaved: 'Guardada — escribe para sustituirla',
    keyMoved: (from: string, to: string) =>
      `La clave guardada era para ${from}: no se envía a ${to}. Escribe la clave para la nueva dirección.`,
    removeKey: 'Quitar la clave guardada',
    timeout: 'Tiempo de espera (segundos, para el primer byte y entre fragmentos)',
    addModel: 'Añadir',
    modelsFetched: (n: number, when: string) =>
      `${plural('es', n, { one: '# modelo del proveedor, obtenido', other: '# modelos del proveedor, obtenidos' })} ${when}.`,
    chosenModels: 'Modelos de este proveedor',
    removeModel: (id: string) => `Quitar ${id}`,
    remove: 'Quitar',
    displayName: 'Nombre visible',
    modelKey: (id: string) => `Clave de API para ${id}`,
    modelTools: 'Herramientas (llamada a funciones): este modelo puede actuar sobre la casa',
    edit: 'Editar',
    makeDefault: 'Establecer como predeterminado',
    isDefault: 'Predeterminado',
    defaultModel: 'Modelo predeterminado',
    modelsCount: (n: number) => plural('es', n, { one: '# modelo', other: '# modelos' }),
    keyState: { global: 'clave guardada', none: 'sin clave', per_model: 'una clave por modelo' },
    confirmRemove: (name: string) =>
      `¿Quitar ${name}? Su clave se elimina con él; las tarjetas que lo usan lo indicarán hasta que elijas otro proveedor.`,
    noProviders:
      'Aún no hay proveedores. Añade uno: LiteLLM, Ollama, vLLM, OpenAI… (la URL base suele terminar en /v1).',
    export: 'Exportar ajustes',
    exportHint: 'Un archivo JSON sin ninguna clave.',
    import: 'Importar ajustes',
    importReview: 'Qué cambia al importar este archivo',
    importLoosens: 'Menos seguro:',
    importNoChanges: 'No cambia nada.',
    importConfirm: 'Importar',
    importKeysNeeded: (names: string[]) =>
      `Después de importar, añade las claves de: ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `${plural('es', n, { one: 'Se importó # proveedor', other: 'Se importaron # proveedores' })}.${missing.length ? ` Añade las claves de: ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'No se pudieron leer tus ajustes',
    invalidBody:
      'Se conservan exactamente tal cual. Expórtalos para corregirlos a mano y luego importa el archivo corregido, o empieza de cero (se guarda una copia en tus datos de usuario).',
    exportBroken: 'Exportar el documento',
    startOver: 'Empezar de cero',
    confirmStartOver:
      '¿Reemplazar tus ajustes por unos vacíos? Se conserva una copia del documento actual.',
    saved: 'Guardado.',
    back: 'Volver al chat',
    managePrompt:
      'Los proveedores, modelos y claves se gestionan en los ajustes del panel Chat IA.',
    openSettings: 'Abrir ajustes',
    maxRounds: 'Rondas de herramientas por respuesta',
    server: 'Servidor',
    name: 'Nombre',
    baseUrl: 'URL base',
    apiKey:
      'Clave de API (opcional; se guarda en tus datos de usuario de Home Assistant, nunca en la tarjeta)',
    cancel: 'Cancelar',
    saveProvider: 'Guardar proveedor',
    loadModels: 'Cargar modelos',
    reloadModels: 'Recargar modelos',
    typeModel: 'O escribe un ID de modelo',
    searchModels: 'Buscar modelos',
    models: 'Modelos',
    noModelsMatch: 'Ningún modelo coincide.',
    moreModels: (n: number) => `${n} más: acota la búsqueda.`,
    maxTokens: 'Máx. de tokens',
    temperature: 'Temperatura',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Aprendido de las respuestas del proveedor: ${[
        l.token_param === 'max_completion_tokens'
          ? 'la longitud de la respuesta se envía como max_completion_tokens (rechazó max_tokens)'
          : '',
        l.temperature === false
          ? 'no se envía la temperatura (solo admite su valor predeterminado)'
          : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    forget: 'Olvidar',
    forgetLearned: (id: string) => `Olvidar lo aprendido sobre ${id}`,
    serverAuto: (name: string) => `Reconocido por la dirección (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Título',
    agent: 'Agente',
    systemPrompt: 'Plantilla del prompt del sistema',
    maxTokens: 'Máx. de tokens',
    temperature: 'Temperatura',
    contextMessages: 'Mensajes de contexto',
    home: 'Casa',
    onlyDomains: 'Solo estos dominios',
    onlyAreas: 'Solo estas áreas',
    onlyEntities: 'Solo estas entidades',
    search: 'Buscar',
    providerAndModel: 'Proveedor y modelo',
    noProviderYet: 'Aún no hay proveedor: añade uno para empezar a chatear.',
    provider: 'Proveedor',
    model: 'Modelo',
    default: 'Predeterminado',
    defaultNamed: (name: string) => `Predeterminado (${name})`,
    addProvider: 'Añadir proveedor',
    settingsInvalid: (issues: string) => `Tus ajustes no son válidos: ${issues}`,
    persona: 'Personalidad',
    personaNone: 'Ninguna (el modelo y el prompt predeterminados)',
    chips: 'Prompts rápidos mostrados como botones',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menú',
  connectionLost: 'Se perdió la conexión con Home Assistant.',
  outdated: 'Esta tarjeta se actualizó después de cargar la página: recarga la página.',

  picker: {
    add: (text: string) => `Añadir «${text}»`,
    remove: (name: string) => `Quitar ${name}`,
    noMatch: 'Sin resultados',
    more: 'Hay más resultados: escribe para acotar la lista',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} MB es más de lo que Home Assistant puede guardar de una sola pieza (${(max / 1e6).toFixed(1)} MB).`,
    badId: (where: string, id: string) =>
      `${where}: «${id}» no es un ID de los que escribe esta tarjeta (letras, dígitos, _ . ~ -, 80 como máximo).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `La conversación ${id} ocupa ${(bytes / 1e6).toFixed(1)} MB, más de lo que Home Assistant puede guardar de una sola pieza (${(max / 1e6).toFixed(1)} MB).`,
    fileTooLarge: (bytes: number) =>
      `El archivo supera los ${Math.round(bytes / 1_048_576)} MB, más de lo que un archivo así necesita jamás: elige el archivo que exportaste.`,
    cardConfig: 'Configuración de la tarjeta',
    secretInCard: (key: string) =>
      `«${key}» no debe estar en una tarjeta: cualquier usuario que pueda abrir este panel de control puede leer su configuración. Quítalo y añade la clave en los ajustes de Chat IA, que la guardan en tus propios datos de usuario de Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `escrito por una versión más reciente de esta tarjeta (${what} versión ${version}); actualiza la tarjeta — se conserva tal cual`,
    noUpgrade: (version: number) =>
      `no hay actualización desde la versión ${version} de los ajustes`,
    settingsInvalid: (issues: string) =>
      `Los ajustes guardados no son válidos (${issues}); no se han sobrescrito.`,
    olderList: 'una versión anterior de la lista de conversaciones; recarga la página',
    notJson: 'el archivo no es JSON',
    notSettings: 'el archivo no contiene un documento de ajustes',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Probar conexión',
    running: 'Probando…',
    titles: {
      address: 'Dirección',
      reach: 'Servidor accesible',
      cors: 'Llamadas desde esta página permitidas (CORS)',
      key: 'Clave de API',
      models: 'Lista de modelos (/models)',
      completion: 'Una respuesta de un token',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: 'correcto', warn: 'advertencia', fail: 'fallido', skipped: 'no comprobado' },
    skipped: 'No comprobado: falló un paso anterior.',
    badUrl: (url: string) => `«${url}» no es una dirección http(s).`,
    badUrlFix: 'Escribe la dirección completa, p. ej. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, se puede llamar desde esta página.`,
    reachOk: (host: string) => `${host} responde.`,
    corsOk: 'El servidor permite que esta página lo llame.',
    keyOk: 'Se aceptó la clave.',
    noKeyOk: 'No se envió ninguna clave y el servidor no pidió ninguna.',
    modelsOk: (n: number) =>
      plural('es', n, { one: '# modelo en la lista.', other: '# modelos en la lista.' }),
    modelNotListed: (n: number, model: string) =>
      `${plural('es', n, { one: '# modelo en la lista', other: '# modelos en la lista' })}, pero no «${model}».`,
    modelNotListedFix:
      'Comprueba el ID del modelo; algunos servidores solo listan parte de lo que ofrecen, así que el siguiente paso lo prueba.',
    noModelList: 'Este servidor no tiene lista de modelos: escribe los ID de modelo a mano.',
    noModelListFix: 'No hay nada que corregir si la respuesta de abajo funciona.',
    v1Fix:
      '¿La URL base termina en /v1? La mayoría de los servidores compatibles con OpenAI lo necesitan.',
    noModel: 'Aún no se ha elegido ningún modelo: elige o escribe uno y vuelve a probar.',
    completionOk: (model: string) => `${model} respondió.`,
    unknownModel: (model: string) => `El proveedor no conoce el modelo «${model}».`,
    unknownModelFix:
      'Elige el modelo de la lista del proveedor (Recargar modelos) o comprueba cómo lo escribe el proveedor.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (cabecera api-key)',
    anthropic: 'Anthropic (compatibilidad con OpenAI)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (compatibilidad con OpenAI)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Otro servidor compatible con OpenAI',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `El modelo seguía llamando a herramientas: se detuvo tras ${plural('es', n, { one: '# ronda', other: '# rondas' })}. Vuelve a preguntar o sube el límite en los ajustes.`,
  toolsUnsupported:
    'Este modelo no admite herramientas. Desactívalas para él en el editor de la tarjeta (Herramientas) o elige un modelo que admita llamadas a funciones.',
  approve: 'Aprobar',
  deny: 'Denegar',
  toolNeedsApproval: (what: string) => `Quiere ejecutar ${what}. ¿Aprobar?`,
  cameraApproval: (camera: string) => `Quiere mirar a través de ${camera}. ¿Aprobar?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Quiere ejecutar ${what}, con ${reasons}. ¿Aprobar?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Añade el proveedor ${name} (${origin}).`,
    providerRemoved: (name: string) => `Quita el proveedor ${name} y sus claves.`,
    providerMoved: (name: string, from: string, to: string) => `Mueve ${name} de ${from} a ${to}.`,
    providerChanged: (name: string) => `Cambia los ajustes de ${name}.`,
    keyRetype: (name: string) =>
      `${name} va ahora a otra dirección u otro tipo de servidor: su clave guardada no se envía allí. Vuelve a escribir la clave en sus ajustes.`,
    cameraApprovalOn: 'El modelo pregunta antes de mirar a través de una cámara.',
    cameraApprovalOff: 'El modelo mira a través de las cámaras sin preguntar antes.',
    confirmRemoved: (items: string) => `Ya no se pregunta antes de actuar sobre: ${items}.`,
    confirmAdded: (items: string) => `Se pregunta antes de actuar sobre: ${items}.`,
    toolsOn: 'El modelo puede actuar sobre tu casa.',
    toolsOff: 'El modelo ya no actúa sobre tu casa.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) puede actuar sobre tu casa.`,
    maxRounds: (from: number, to: number) =>
      `Rondas de herramientas por respuesta: ${from} → ${to}.`,
    autoReadOn: 'Cada respuesta se lee en voz alta al terminar.',
    autoReadOff: 'Las respuestas ya no se leen en voz alta por sí solas.',
    sendSpokenOn: 'Lo que dices se envía al momento, sin ver antes el texto.',
    sendSpokenOff: 'Lo que dices va primero al cuadro de mensaje.',
    promptChanged: 'El prompt del sistema cambia.',
    defaultChanged: (to: string) => `El modelo predeterminado pasa a ser ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `una acción sobre ${names}`,
    address: (field: string, value: string) => `una dirección en ${field}: ${value}`,
    path: (field: string, value: string) => `una ruta de archivo en ${field}: ${value}`,
    entity: (field: string, name: string) => `otra entidad en ${field}: ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `El modelo pidió más de ${n} acciones en una sola respuesta; el resto no se ejecutó.`,
  toolStatus: {
    awaiting: 'Esperando tu aprobación',
    running: 'Ejecutando…',
    done: 'Hecho',
    error: 'Error',
    denied: 'Denegado',
    stopped: 'No ejecutado',
    unknown:
      'Resultado desconocido: se perdió la conexión con Home Assistant mientras se ejecutaba. Compruébalo.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `Encendió ${names}`,
      turn_off: (names: string) => `Apagó ${names}`,
      toggle: (names: string) => `Alternó ${names}`,
      lock: (names: string) => `Bloqueó ${names}`,
      unlock: (names: string) => `Desbloqueó ${names}`,
      open: (names: string) => `Abrió ${names}`,
      close: (names: string) => `Cerró ${names}`,
      press: (names: string) => `Presionó ${names}`,
      temperature: (names: string) => `Ajustó la temperatura de ${names}`,
      play: (names: string) => `Inició la reproducción en ${names}`,
      pause: (names: string) => `Pausó ${names}`,
      script: (names: string) => `Ejecutó ${names}`,
      scene: (names: string) => `Activó ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Encender ${names}`,
      turn_off: (names: string) => `Apagar ${names}`,
      toggle: (names: string) => `Alternar ${names}`,
      lock: (names: string) => `Bloquear ${names}`,
      unlock: (names: string) => `Desbloquear ${names}`,
      open: (names: string) => `Abrir ${names}`,
      close: (names: string) => `Cerrar ${names}`,
      press: (names: string) => `Presionar ${names}`,
      temperature: (names: string) => `Ajustar la temperatura de ${names}`,
      play: (names: string) => `Iniciar la reproducción en ${names}`,
      pause: (names: string) => `Pausar ${names}`,
      script: (names: string) => `Ejecutar ${names}`,
      scene: (names: string) => `Activar ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Argumentos',
  toolResult: 'Resultado',
  toolLiveState: 'Ahora',
  toolNames: {
    list_entities: 'Listado de entidades',
    get_entity: 'Lectura de',
    call_service: 'Llamada a',
    list_areas: 'Listado de áreas',
    get_history: 'Lectura del historial de',
    get_camera_image: 'Miró a través de',
    home_assistant: 'Home Assistant actuó sobre',
    list_automations: 'Listado de automatizaciones y scripts',
    get_automation: 'Lectura de',
    get_automation_traces: 'Lectura de las trazas de',
    get_logbook: 'Lectura del registro',
    propose_automation: 'Borrador de automatización',
    propose_script: 'Borrador de script',
    remember: 'Recordó',
    update_memory: 'Cambió un recuerdo',
    forget: 'Olvidó un recuerdo',
  },
  confirmField:
    'Preguntar también antes de actuar sobre (dominios o entidades, para todos tus chats; las cerraduras, alarmas y puertas de garaje siempre preguntan)',
  cameraApprovalField:
    'Preguntar antes de que el modelo mire a través de una cámara (en todos tus chats)',
  toolsToggle: 'Dejar que el modelo lea y controle la casa (herramientas)',
  scopeNarrow:
    'Limita este alcance para esta tarjeta aquí abajo (separado por comas; vacío: sin límite).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Herramientas de MCP',
    explain:
      'Herramientas de las API de LLM de Home Assistant y de servidores Model Context Protocol, para que el modelo las llame. Lo que un servidor dice de sus herramientas se te muestra aquí y nunca se pone en las instrucciones del modelo; cada llamada es una fila en la conversación y espera a Aprobar, salvo que confíes en esa herramienta.',
    ownTools: 'Dar también al modelo las herramientas propias de esta tarjeta sobre la casa',
    haTitle: 'API de LLM de Home Assistant',
    haLoading: 'Buscando el servidor MCP de Home Assistant…',
    haLacks: (version: string) =>
      `Home Assistant ${version} no tiene Model Context Protocol Server: llegó en la 2025.2, y su dirección para cada API (/api/mcp/<API>), más tarde. Actualiza Home Assistant para usar aquí sus API.`,
    haNotSetUp:
      'Para usar aquí las API de LLM de Home Assistant, añade su integración Model Context Protocol Server: Ajustes → Dispositivos y servicios → Añadir integración → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant solo deja usar sus otras API a los administradores; tú puedes usar Assist.',
    narrowNote:
      'Una tarjeta que limita lo que ve el modelo no usa estas API: sus herramientas ven todas las entidades expuestas a Assist.',
    useApi: (name: string) => `Usar ${name} en los chats`,
    showTools: (name: string) => `Herramientas de ${name}`,
    listing: 'Listando sus herramientas…',
    noTools: 'No ofrece ninguna herramienta.',
    modes: {
      auto: 'Según las reglas de la casa',
      ask: 'Preguntar antes',
      trust: 'De confianza',
      off: 'Desactivada',
    },
    modeOf: (tool: string) => `Cómo puede usar el modelo ${tool}`,
    serversTitle: 'Servidores MCP',
    noServers: 'Aún no hay ningún servidor MCP.',
    add: 'Añadir servidor MCP',
    edit: (name: string) => `Editar ${name}`,
    remove: (name: string) => `Quitar ${name}`,
    enabled: (name: string) => `Usar ${name} en los chats`,
    name: 'Nombre',
    url: 'Dirección (Streamable HTTP, p. ej. https://host:port/mcp)',
    token: 'Token Bearer (opcional; se guarda en tus datos de usuario, nunca se exporta)',
    tokenSaved: 'guardado — escribe para sustituirlo',
    tokenMoved:
      'La dirección ahora lleva a otro servidor: el token guardado no se envía allí. Vuelve a escribirlo si este servidor debe tenerlo.',
    test: 'Probar',
    testing: 'Probando…',
    save: 'Guardar',
    cancel: 'Cancelar',
    testOk: (name: string, n: number) =>
      `${name} respondió y ofrece ${plural('es', n, { one: '# herramienta', other: '# herramientas' })}.`,
    testFirst: 'Prueba primero el servidor: sus herramientas se listan aquí para que elijas.',
    describedAs:
      'Lo que el servidor dice de ella (se te muestra a ti, nunca al modelo como instrucciones)',
    failed: {
      cors: (origin: string) =>
        `El servidor respondió, pero no permite que esta página lo llame (CORS). Debe responder a las solicitudes de ${origin} con Access-Control-Allow-Origin, permitir los métodos POST, GET y DELETE y las cabeceras Content-Type, Authorization, Mcp-Session-Id y Mcp-Protocol-Version (Access-Control-Allow-Headers), y exponer Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Nada respondió en esta dirección. Comprueba el host y el puerto, y que el servidor escuche donde este navegador pueda alcanzarlo (no solo en su propio loopback).',
      mixed_content:
        'Esta página se sirve por https y el servidor por http: el navegador lo rechaza. Sirve el servidor por https (un proxy inverso lo hace) o abre Home Assistant por http.',
      redirect:
        'El servidor envió la solicitud a otra dirección; la tarjeta nunca sigue una redirección con tu token. Escribe la dirección a la que lleva.',
      auth: 'El servidor quiere un token que acepte (401): escribe su token Bearer.',
      forbidden:
        'El servidor rechazó a este usuario (403). Home Assistant solo deja a los administradores usar sus API distintas de Assist.',
      not_found:
        'No hay ningún endpoint MCP en esta dirección (404). Los servidores Streamable HTTP suelen responder en una ruta como /mcp.',
      timeout: 'El servidor no respondió en 30 segundos.',
      garbage: 'El servidor respondió con algo que no es el Model Context Protocol.',
      too_large: 'La respuesta del servidor era mayor de lo que lee la tarjeta (1 MB).',
      rpc: 'El servidor respondió a la solicitud con un error.',
      http: (status: number) => `El servidor respondió HTTP ${status}.`,
      said: (words: string) => `Dijo: «${words}»`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Nueva automatización: ${name}`,
    newScript: (name: string) => `Nuevo script: ${name}`,
    changeTo: (name: string) => `Cambio en ${name}`,
    untitled: 'sin nombre',
    when: 'Cuando',
    onlyIf: 'Solo si',
    then: 'Entonces',
    yaml: 'YAML',
    diff: 'Cambios',
    diffLabel: (removed: number, added: number) =>
      `${plural('es', removed, { one: '# línea eliminada', other: '# líneas eliminadas' })}, ${plural('es', added, { one: '# añadida', other: '# añadidas' })}`,
    save: 'Guardar',
    discard: 'Descartar',
    runNow: 'Ejecutar ahora',
    checkConditions: 'Comprobar sus condiciones',
    saving: 'Guardando y esperando a que Home Assistant lo cargue…',
    running: 'Ejecutando…',
    ran: 'Home Assistant lo ejecutó.',
    runFailed: (why: string) => `Home Assistant no lo ejecutó: ${why}`,
    saved: (name: string) => `Guardado: ${name}.`,
    openInHa: 'Abrir en Home Assistant',
    discarded: 'Descartado. No se escribió nada.',
    notAdmin:
      'Solo un administrador puede guardar automatizaciones y scripts en Home Assistant. Pide a uno que lo guarde o que te haga administrador.',
    busy: 'Guardar y Descartar aparecen cuando la respuesta está completa.',
    problemsTitle:
      'Aún no se puede guardar: el modelo ya lo sabe y puede que vuelva a proponerlo corregido.',
    notesTitle: 'Antes de guardar',
    unreadable: 'Esta versión de la tarjeta no puede leer este borrador.',
    failed: {
      not_admin:
        'Solo un administrador puede guardar automatizaciones y scripts en Home Assistant.',
      problems: 'No se guardó: la casa ha cambiado desde que se redactó.',
      moved: (entity: string) =>
        `No se guardó: ${entity} ya no es la automatización de la que se leyó este cambio.`,
      refused: (message: string) => `Home Assistant lo rechazó: ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant lo escribió (id ${key}), pero no lo ha cargado. Comprueba que configuration.yaml incluye automations.yaml y scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant dice sobre ${at}: ${words}`,
      unknown_keys: (keys: string) => `Claves que Home Assistant no conoce: ${keys}`,
      both_keys: (keys: string) => `La clave en singular y también en plural: ${keys}`,
      missing: (key: string) => `Falta ${key} o está vacío`,
      blueprint:
        'Las automatizaciones creadas con un plano se cambian en el editor de Home Assistant',
      out_of_scope: (ids: string) => `Entidades fuera de lo que este chat puede usar: ${ids}`,
      unknown_entity: (ids: string) => `No existe esa entidad: ${ids}`,
      wrong_domain: (what: string) => `Una acción sobre entidades de otro dominio: ${what}`,
      no_target: (service: string) =>
        `${service} no actúa sobre ninguna entidad que este chat pueda usar`,
      device_target: (service: string) =>
        `${service} apunta a un dispositivo, una planta o una etiqueta, y eso no se puede comprobar`,
      device_action: 'Una acción de dispositivo, que no se puede comprobar',
      template_service: (service: string) => `La acción es una plantilla: ${service}`,
      template_target: (service: string) => `Los destinos de ${service} son una plantilla`,
      unknown_area: (area: string) => `No existe esa área: ${area}`,
      empty_area: (what: string) => `Ahí no hay ninguna entidad de ese dominio: ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `El id ${id} pertenece a otra automatización`,
      script_key: (key: string) => `«${key}» no puede ser el id de un script`,
      key_taken: (id: string) => `${id} ya existe`,
      too_large: 'Demasiado grande para comprobarlo',
      unreadable: 'No se puede leer',
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Actúa sobre ${names}, que esperan tu aprobación en un chat. Una vez guardado, actúa sin preguntar.`,
      address: (what: string) => `Envía una dirección: ${what}`,
      path: (what: string) => `Menciona una ruta de archivo: ${what}`,
      entity: (what: string) => `Menciona otra entidad en sus datos: ${what}`,
      webhook: 'Lo inicia un webhook: cualquiera en tu red que conozca su id puede hacerlo.',
      event: (event: string) =>
        `Dispara el evento ${event}, que puede iniciar otras automatizaciones.`,
      untargeted: (service: string) => `Llama a ${service}, que no actúa sobre ninguna entidad.`,
      other: (kind: string, detail: string) => `${kind}: ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'o',
      and: 'y',
      changes: (who: string) => `${who} cambia`,
      changesTo: (who: string, to: string) => `${who} cambia a ${to}`,
      changesFrom: (who: string, from: string) => `${who} cambia desde ${from}`,
      forDuration: (what: string, duration: string) => `${what}, durante ${duration}`,
      above: (who: string, value: string) => `${who} supera ${value}`,
      below: (who: string, value: string) => `${who} baja de ${value}`,
      sunrise: 'al amanecer',
      sunset: 'al atardecer',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `a las ${time}`,
      timePattern: 'según un patrón de tiempo',
      haStart: 'Home Assistant se inicia',
      haStop: 'Home Assistant se detiene',
      event: (type: string) => `se dispara el evento ${type}`,
      enters: (who: string, zone: string) => `${who} entra en ${zone}`,
      leaves: (who: string, zone: string) => `${who} sale de ${zone}`,
      template: 'una plantilla pasa a ser verdadera',
      webhook: 'se llama a su webhook',
      otherTrigger: (platform: string) => `un desencadenante de tipo ${platform}`,
      is: (who: string, state: string) => `${who} está en ${state}`,
      isAbove: (who: string, value: string) => `${who} está por encima de ${value}`,
      isBelow: (who: string, value: string) => `${who} está por debajo de ${value}`,
      afterSunset: 'después del atardecer',
      beforeSunrise: 'antes del amanecer',
      afterSunrise: 'después del amanecer',
      beforeSunset: 'antes del atardecer',
      after: (time: string) => `después de las ${time}`,
      before: (time: string) => `antes de las ${time}`,
      onDays: (days: string) => `los días ${days}`,
      templateTrue: 'una plantilla es verdadera',
      all: (parts: string) => `todas estas: ${parts}`,
      any: (parts: string) => `alguna de estas: ${parts}`,
      none: (parts: string) => `ninguna de estas: ${parts}`,
      inZone: (who: string, zone: string) => `${who} está en ${zone}`,
      otherCondition: (kind: string) => `una condición de tipo ${kind}`,
      turnOn: (names: string) => `Encender ${names}`,
      turnOff: (names: string) => `Apagar ${names}`,
      toggle: (names: string) => `Alternar ${names}`,
      call: (service: string, names: string) => (names ? `${service} sobre ${names}` : service),
      wait: (duration: string) => `Esperar ${duration}`,
      waitTemplate: 'Esperar a que una plantilla sea verdadera',
      waitTrigger: (what: string) => `Esperar a: ${what}`,
      scene: (name: string) => `Activar ${name}`,
      fire: (event: string) => `Disparar el evento ${event}`,
      ifThen: (condition: string, then: string) => `Si ${condition}: ${then}`,
      otherwise: (what: string) => `si no: ${what}`,
      choose: (n: number) =>
        plural('es', n, { one: 'Elegir entre # opción', other: 'Elegir entre # opciones' }),
      repeat: (what: string) => `Repetir: ${what}`,
      parallel: (what: string) => `A la vez: ${what}`,
      continueIf: (condition: string) => `Seguir solo si ${condition}`,
      stop: 'Detener',
      variables: 'Definir variables',
      deviceAction: 'Una acción de dispositivo',
      otherAction: 'Otra acción',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'Personalidades',
    intro:
      'Una personalidad es un nombre, un icono, un prompt del sistema (puede contener una plantilla de Home Assistant), un modelo y, opcionalmente, un alcance más estrecho y las herramientas desactivadas. Elige una para una conversación nueva en el panel, o asígnasela a una tarjeta en su editor; una conversación conserva la personalidad con la que empezó.',
    builtIn: 'Estas son las incluidas: con tu primer cambio, la lista pasa a ser tuya.',
    add: 'Añadir personalidad',
    name: 'Nombre',
    icon: 'Icono (un emoji)',
    prompt: 'Prompt del sistema',
    model: 'Modelo',
    modelDefault: 'El modelo del chat',
    tools: 'Dejar que el modelo lea y controle la casa',
    domains: 'Solo estos dominios (separados por comas; vacío: todo lo que el chat puede ver)',
  },
  quickPromptsPage: {
    title: 'Prompts rápidos',
    intro:
      'Prompts que se envían con un toque en un botón de una tarjeta o se eligen con «/» en el cuadro de mensaje. Si uno contiene una plantilla de Home Assistant ({{ states("sensor.outside_temperature") }}), se renderiza antes de enviarlo. Un prompt puede iniciar su conversación con una personalidad o ejecutar un script en lugar de preguntar a un modelo (se pide Aprobar igual que para las acciones del modelo).',
    builtIn: 'Estos son los incluidos: con tu primer cambio, la lista pasa a ser tuya.',
    add: 'Añadir prompt rápido',
    label: 'Etiqueta',
    text: 'Texto enviado',
    persona: 'Personalidad de la conversación que inicia',
    script: 'O ejecutar este script en su lugar (su ID de entidad, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'Editar',
    remove: 'Eliminar',
    save: 'Guardar',
    cancel: 'Cancelar',
    none: 'Ninguno',
    removed: (name: string) => `Se eliminó ${name}.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'Memoria',
    intro:
      'Datos sobre ti que el asistente conserva para conversaciones posteriores, guardados en tus datos de usuario de Home Assistant (solo tú los ves). Añade uno cuando le pides que recuerde algo, y cada dato añadido aparece en la conversación con Deshacer. La memoria se exporta con tus conversaciones, nunca con los ajustes.',
    on: 'Usar la memoria en las conversaciones',
    budget: 'Caracteres de memoria enviados con cada pregunta',
    fits: (shown: number, total: number, chars: string) =>
      `${shown} de ${total} datos caben en ${chars} caracteres: primero los más cercanos a la pregunta y luego los más recientes.`,
    empty: 'Aún no se ha recordado nada. Pídele al chat que recuerde algo o añádelo aquí.',
    newFact: 'Nuevo dato',
    add: 'Añadir',
    edit: 'Editar',
    save: 'Guardar',
    cancel: 'Cancelar',
    remove: 'Eliminar',
    fromChat: 'recordado en una conversación',
    byYou: 'añadido por ti',
    openChat: 'Abrir la conversación',
    removed: (fact: string) => `Se eliminó «${fact}».`,
    tooLong: (n: number) => `Un dato puede tener como máximo ${n} caracteres.`,
    refused: 'Parece una clave, un token o una dirección firmada: no se guarda.',
    full: (n: number) => `La memoria admite como máximo ${n} datos: elimina algunos primero.`,
    unreadable: 'Ahora mismo no se puede leer tu memoria.',
    invalid: (issues: string) =>
      `Tu memoria guardada no es válida (${issues}); se conserva tal cual y no se cambia aquí.`,
  },
  scopeNote: {
    assist: 'El modelo ve las entidades que expusiste a Assist.',
    'assist-registry':
      'El modelo ve las entidades expuestas a Assist. Se omiten las entidades sin ID único: solo los administradores pueden leer su ajuste de exposición.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Esta página se sirve por https, así que el navegador bloquea las llamadas a la dirección http sin cifrar ${url}.`,
    mixed_content_fix:
      'Sirve el proveedor por https (un proxy inverso con un certificado) o abre Home Assistant por http en tu red local.',
    cors: (url: string) =>
      `El proveedor en ${url} respondió, pero no permite llamadas desde esta página (CORS).`,
    network: (url: string) => `No se puede conectar con el proveedor en ${url}.`,
    redirect: (url: string) =>
      `El proveedor en ${url} respondió con una redirección a otra dirección, y la tarjeta no sigue redirecciones.`,
    redirect_to: (url: string, location: string) =>
      `El proveedor en ${url} intentó reenviar la solicitud a ${location}, y la tarjeta no sigue redirecciones.`,
    redirect_fix:
      'Una clave solo va a la dirección para la que se guardó. Si la otra dirección es la correcta, escríbela como URL base (y la clave de nuevo).',
    too_long: (chars: string) =>
      `La respuesta superó los ${chars} caracteres, el máximo que puede tener una respuesta aquí, y se detuvo ahí.`,
    too_long_fix:
      'Lo recibido se conserva. Pide una respuesta más corta o una parte cada vez; si el proveedor envía sin fin, revisa su servidor.',
    network_fix:
      'Comprueba que el servidor esté en marcha, que la dirección y el puerto sean correctos y que este dispositivo pueda alcanzarlo.',
    private_network: (url: string) =>
      `El navegador bloqueó una llamada desde esta dirección pública a la dirección privada ${url} (acceso a la red local).`,
    private_network_fix:
      'Permite el acceso a la red local para este sitio cuando el navegador lo pida o abre Home Assistant mediante su dirección local.',
    auth: (status: number) => `El proveedor rechazó la clave de API (HTTP ${status}).`,
    auth_fix:
      'Comprueba la clave en los ajustes del proveedor; puede que sea incorrecta, haya caducado o no tenga acceso a este modelo.',
    auth_fix_litellm:
      'Este LiteLLM no tiene base de datos, así que solo acepta su clave maestra: comprueba la clave en los ajustes del proveedor.',
    not_found: 'El proveedor respondió «no encontrado» (HTTP 404).',
    not_found_fix_v1:
      '¿La URL base termina en /v1? La mayoría de los servidores compatibles con OpenAI lo necesitan.',
    not_found_fix_model: 'Comprueba el ID del modelo: puede que el proveedor no lo conozca.',
    bad_request: (status: number) => `El proveedor rechazó la solicitud (HTTP ${status}).`,
    bad_request_fix:
      'Comprueba el modelo y sus opciones (máx. de tokens, temperatura) en los ajustes.',
    rate_limited: 'El proveedor está limitando la frecuencia de las solicitudes (HTTP 429).',
    rate_limited_wait: (s: number) => `Espera unos ${s} s y vuelve a intentarlo.`,
    rate_limited_fix: 'Espera un momento y vuelve a intentarlo.',
    quota: 'Tu cuenta con este proveedor se ha quedado sin crédito o ha superado su cuota.',
    quota_fix:
      'Revisa la facturación o el presupuesto de la clave con el proveedor; reintentar no servirá de nada.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `La solicitud es mayor de lo que esta clave puede enviar de una vez: ${requested} tokens, por encima de su límite de ${limit}.`
        : 'La solicitud es mayor de lo que esta clave puede enviar de una vez.',
    too_large_fix:
      'Envía menos: menos mensajes anteriores (Mensajes de contexto), un prompt del sistema más corto o un Máx. de tokens más bajo; o pide al proveedor un límite más alto. Reintentar no servirá de nada.',
    no_vision: 'El modelo rechazó la imagen: no acepta imágenes.',
    no_vision_fix:
      'Elige para este chat un modelo que acepte imágenes o pregunta sin la imagen; desactiva Vision para este modelo en los ajustes para que el chat lo diga antes de enviar.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `La conversación es más larga que el contexto del modelo, de ${limit} tokens.`
        : 'La conversación es más larga que el contexto del modelo.',
    context_length_fix:
      'Empieza una conversación nueva, envía menos mensajes anteriores (Mensajes de contexto) o indica la longitud de contexto del modelo en los ajustes para que se omitan los mensajes más antiguos.',
    timeout_first: (s: number) => `El proveedor no envió nada durante ${s} s.`,
    timeout_idle: (s: number) =>
      `El proveedor dejó de enviar durante ${s} s a mitad de la respuesta.`,
    timeout_fix:
      'Puede que un servidor local aún esté cargando el modelo; vuelve a intentarlo o aumenta el tiempo de espera en los ajustes del proveedor.',
    server: (status: number) => `El proveedor tuvo un error interno (HTTP ${status}).`,
    server_fix:
      'Se volvió a intentar y siguió fallando. Revisa los registros del proveedor y vuelve a intentarlo.',
    malformed: 'El proveedor envió una respuesta que esta tarjeta no puede leer.',
    malformed_fix:
      'Comprueba que la URL base apunte a una API compatible con OpenAI (normalmente termina en /v1).',
    in_band: 'El proveedor informó de un error mientras respondía.',
    agent: 'El agente de conversación de Home Assistant no pudo responder.',
    agent_fix: 'Revisa el agente y su asistente en Ajustes → Asistentes de voz.',
    aborted: 'Detenido.',
    provider_says: (text: string) => `El proveedor dice: «${text}»`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM permite todos los orígenes por defecto; si lo restringiste, añade esta dirección de Home Assistant a sus orígenes permitidos.',
    ollama:
      'Ollama solo acepta llamadas desde su propia máquina: define OLLAMA_ORIGINS con esta dirección de Home Assistant (o *) y reinicia Ollama.',
    vllm: 'Inicia vLLM con --allowed-origins incluyendo esta dirección de Home Assistant.',
    llamacpp:
      'llama-server permite los navegadores por defecto; revisa el posible proxy inverso que tenga delante.',
    lmstudio: 'Activa CORS en los ajustes del servidor de LM Studio (o lms server start --cors).',
    openai:
      'El proveedor debería permitir los navegadores; puede que un proxy o una extensión del navegador intermedios estén bloqueando la llamada.',
    generic:
      'Permite esta dirección de Home Assistant (su origen) en los ajustes de CORS del proveedor o pon delante un proxy que añada las cabeceras CORS.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} en ${targets}`,
};
