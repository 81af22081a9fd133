import type { Strings } from './en';
import { plural } from './plural';

/** French. */
export const strings: Strings = {
  cardName: 'Conversation compatible OpenAI',
  cardDescription:
    'Discutez avec votre propre fournisseur compatible OpenAI (LiteLLM, Ollama, vLLM, OpenAI…) et agissez sur votre maison.',
  panelTitle: 'Chat IA',
  message: 'Message',
  send: 'Envoyer',
  stop: 'Arrêter',
  placeholder: 'Posez votre question…',
  emptyConversation: 'Dites bonjour pour commencer une conversation.',
  you: 'Vous',
  assistant: 'Assistant',
  thinking: 'Réflexion en cours',
  reasoning: 'Raisonnement',
  cutOff: 'La réponse a été coupée ici.',
  stoppedByUser: 'Arrêté.',
  dismiss: 'Fermer',
  retry: 'Réessayer',
  announceAnswer: (text: string) => `Assistant : ${text}`,
  retrying: (s: number) => `Nouvelle tentative dans ${s} s…`,

  // Per message.
  msg: {
    copy: 'Copier',
    readAloud: 'Lire à voix haute',
    stopReading: 'Arrêter la lecture',
    copied: 'Copié',
    copyCode: 'Copier le code',
    edit: 'Modifier',
    editLabel: 'Modifier le message',
    sendEdited: 'Envoyer le message modifié',
    cancel: 'Annuler',
    regenerate: 'Régénérer',
    continue: 'Continuer',
    delete: 'Supprimer',
    previousVariant: 'Variante précédente',
    nextVariant: 'Variante suivante',
    variantOf: (i: number, n: number) => `Variante ${i} sur ${n}`,
    writtenBy: (model: string) => `Écrit par ${model}`,
    notSaved: 'Pas encore enregistré',
    notSavedWhy:
      'Home Assistant n’a pas encore pu l’enregistrer. Une nouvelle tentative aura lieu dès le retour de la connexion ; gardez cette page ouverte d’ici là.',
    earlier: (n: number) => `Afficher les messages précédents (${n})`,
  },

  history: {
    invalid: (issues: string) =>
      `Cette conversation n’a pas pu être lue (${issues}). Elle est conservée telle quelle.`,
    tooLarge: (mb: string, max: string) =>
      `Cette conversation fait ${mb} Mo, plus que ce que Home Assistant peut enregistrer d’un seul tenant (${max} Mo) : les derniers échanges sont affichés ici mais pas enregistrés.`,
    tooLargeFix:
      'Exportez la conversation pour en garder une copie, et commencez une nouvelle conversation. Supprimer les longues réponses libère aussi de la place.',
  },

  // The conversation list (panel) and the card's conversation buttons.
  cardDefaultTitle: 'Chat',
  freshConversation:
    'Commencer une nouvelle conversation à chaque visite (kiosques, tablettes murales) ; les précédentes restent dans la liste du panneau',
  openInPanel: 'Ouvrir dans le panneau',
  conversations: {
    list: 'Conversations',
    toggle: 'Afficher les conversations',
    new: 'Nouvelle conversation',
    search: 'Rechercher dans les conversations',
    searchPlaceholder: 'Rechercher dans les titres et les messages',
    untitled: 'Nouvelle conversation',
    today: 'Aujourd’hui',
    yesterday: 'Hier',
    options: (title: string) => `Options de ${title}`,
    rename: 'Renommer',
    renameLabel: 'Nom de la conversation',
    archive: 'Archiver',
    unarchive: 'Désarchiver',
    archived: (n: number) => `Archivées (${n})`,
    exportMarkdown: 'Exporter en Markdown',
    exportJson: 'Exporter en JSON',
    delete: 'Supprimer',
    deleted: (title: string) => `« ${title} » supprimée.`,
    undo: 'Annuler',
    noMatches: 'Aucune conversation ne correspond.',
    unreadable: (issues: string) =>
      `Votre liste de conversations n’a pas pu être lue (${issues}). Elle est conservée telle quelle ; les nouvelles conversations n’y figurent pas tant qu’elle n’est pas corrigée.`,
    empty: 'Aucune conversation pour l’instant.',
    model: 'Modèle',
    modelDefault: (name: string) => `Par défaut (${name})`,
    shortcuts:
      'Alt+Shift+N : nouvelle conversation · / : zone de message · Esc : arrêter la réponse',
  },
  // The settings' "Conversations" section.
  storage: {
    title: 'Conversations',
    measuring: 'Mesure de l’espace occupé par vos conversations…',
    used: (n: number, used: string, budget: string) =>
      `${plural('fr', n, { one: '# conversation', other: '# conversations' })}, ${used} sur les ${budget} qui leur sont réservés dans vos données utilisateur Home Assistant`,
    near: 'Vos conversations approchent de l’espace qui leur est réservé. Exportez et archivez les plus anciennes (Archiver dans la liste, puis déplacez-les ici vers un fichier), ou supprimez-en. Rien n’est supprimé sans votre intervention.',
    over: 'Vos conversations dépassent l’espace qui leur est réservé. Elles sont toutes conservées, mais Home Assistant réécrit ces données à chaque message et les inclut dans chaque sauvegarde : exportez et archivez les plus anciennes, ou supprimez-en.',
    largeConversation: (title: string, size: string) =>
      `« ${title} » occupe à elle seule ${size}. Home Assistant ne peut pas enregistrer une conversation beaucoup plus grande que 3 Mo : exportez-la et continuez dans une nouvelle.`,
    explain:
      'Les conversations sont stockées dans vos données utilisateur Home Assistant, à côté de vos paramètres : tous les appareils sur lesquels vous vous connectez les voient. Rien n’est supprimé sans que vous le fassiez.',
    exportMarkdown: 'Tout exporter en Markdown',
    exportJson: 'Tout exporter en JSON',
    import: 'Importer des conversations',
    imported: (n: number, added: number, changed: number) =>
      `${plural('fr', n, { one: '# conversation lue', other: '# conversations lues' })} dans le fichier : ${plural('fr', added, { one: '# nouvelle', other: '# nouvelles' })}, ${plural('fr', changed, { one: '# complétée par des messages', other: '# complétées par des messages' })}.`,
    moveArchived: (n: number) =>
      `Déplacer ${plural('fr', n, { one: '# archivée', other: '# archivées' })} vers un fichier`,
    confirmMove: (n: number) =>
      plural('fr', n, {
        one: '# conversation archivée se trouve dans le fichier qui vient d’être enregistré. La retirer de Home Assistant maintenant ?',
        other:
          '# conversations archivées se trouvent dans le fichier qui vient d’être enregistré. Les retirer de Home Assistant maintenant ?',
      }),
    moved: (n: number) =>
      plural('fr', n, {
        one: '# conversation archivée déplacée vers le fichier.',
        other: '# conversations archivées déplacées vers le fichier.',
      }),
  },
  exportTool: 'Outil',
  importWhat: 'Importation',
  importMismatch: (entry: string, doc: string) =>
    `l’entrée ${entry} et la conversation ${doc} ne correspondent pas`,

  noProvider:
    'Aucun fournisseur n’est encore configuré. Ajoutez-en un dans l’éditeur de cette carte (ou dans les paramètres de Chat IA).',
  unknownProvider: (id: string) =>
    `Cette carte utilise le fournisseur « ${id} », qui ne figure plus dans vos paramètres. Choisissez-en un autre dans l’éditeur de la carte.`,
  noModel: (provider: string) =>
    `Aucun modèle n’est sélectionné pour le fournisseur « ${provider} ». Choisissez un modèle dans l’éditeur de la carte.`,
  settingsInvalid: (issues: string) =>
    `Vos paramètres de Chat IA n’ont pas pu être lus (${issues}). Ils sont conservés tels quels ; corrigez-les ou exportez-les dans les paramètres.`,
  settingsLoading: 'Chargement de vos paramètres…',

  // Settings pages.
  voice: {
    speak: 'Parler',
    noStt:
      'Votre assistant vocal n’a pas de reconnaissance vocale : choisissez-en une dans Paramètres → Assistants vocaux.',
    sttRefused: (said: string) =>
      `La reconnaissance vocale de votre assistant vocal n’accepte pas l’audio qu’envoie la boîte de dialogue vocale de Home Assistant (16 kHz mono). Choisissez-en une autre dans Paramètres → Assistants vocaux. Home Assistant indique : ${said}`,
    nothingHeard: 'Rien n’a été compris. Parlez à nouveau, plus près du micro.',
    micRefused:
      'Le navigateur n’a pas été autorisé à utiliser le micro : autorisez-le pour ce site (l’icône dans la barre d’adresse), puis réessayez.',
    noMic: 'Aucun micro n’a été trouvé sur cet appareil.',
    insecure:
      'Les navigateurs ne donnent le micro qu’aux pages sécurisées : ouvrez Home Assistant en https (ou sur cette machine via localhost).',
    sendSpoken: 'Envoyer ce que vous dites aussitôt (sinon, cela va dans la zone de message)',
    noPipeline:
      'Aucun assistant vocal n’est configuré dans Home Assistant : ajoutez-en un dans Paramètres → Assistants vocaux.',
    noTts:
      'Votre assistant vocal n’a pas de synthèse vocale : choisissez-en une dans Paramètres → Assistants vocaux.',
    failed: (what: string) => `La fonction vocale a échoué : ${what}`,
    autoRead:
      'Lire chaque réponse à voix haute dès qu’elle est terminée (synthèse vocale de votre assistant vocal, pour tous vos chats)',
  },
  agents: {
    cardLimits:
      'Cette carte limite ce que l’assistant peut faire (outils désactivés, ou portée plus étroite), et votre modèle par défaut est un agent de Home Assistant, qui agit selon ses propres règles. Choisissez le modèle d’un fournisseur pour cette carte dans son éditeur.',
    provider: 'Home Assistant',
    /** In the model pickers, above the agents. */
    group: 'Agents de Home Assistant',
    note: 'Les agents propres à Home Assistant agissent sur la maison avec leurs propres outils et droits : Approuver et la portée de cette carte ne s’appliquent pas à ce qu’ils font.',
    noPictures:
      'Les agents de Home Assistant ne prennent pas d’images : choisissez le modèle d’un fournisseur pour poser une question sur une image.',
  },
  // The user's memory in a chat (ui/chat-starters.ts, the rows of memory calls).
  memory: {
    use: 'Utiliser la mémoire',
    useHint:
      'Ce que vous avez demandé à l’assistant de retenir est envoyé avec cette conversation.',
    without: 'Cette conversation n’utilise pas votre mémoire.',
    undo: 'Annuler',
    undone: 'Annulé',
    remembered: (fact: string) => `Mémorisé : « ${fact} »`,
    changed: (before: string, after: string) => `« ${before} » remplacé par « ${after} »`,
    forgot: (fact: string) => `Oublié : « ${fact} »`,
  },
  // Personas (the built-in ones' names; the choice for a new conversation).
  personas: {
    home: 'Maison',
    energy: 'Énergie',
    kids: 'Enfants',
    pick: 'Persona',
    none: 'Aucun persona',
    using: (name: string) => `Persona : ${name}`,
  },
  // Quick prompts: the built-in ones, the chips on a card, the list behind "/".
  quickPrompts: {
    goodNight: 'Bonne nuit',
    goodNightText:
      'Bonne nuit : éteins les lumières encore allumées et dis-moi si les portes sont verrouillées.',
    whatsOpen: 'Qu’est-ce qui est ouvert ?',
    whatsOpenText: 'Quelles portes, fenêtres et volets sont ouverts en ce moment ?',
    energyToday: 'Énergie du jour',
    energyTodayText: 'Combien d’énergie la maison a-t-elle consommée aujourd’hui ?',
    title: 'Prompts rapides',
    noMatch: 'Aucun prompt rapide ne correspond.',
    ran: (label: string) => `${label} : terminé.`,
    notRun: (label: string) => `${label} : non exécuté.`,
    templateFailed: (why: string) => `Le modèle du prompt rapide n’a pas pu être rendu : ${why}`,
  },
  images: {
    attach: 'Joindre une image',
    snapshot: 'Image de caméra',
    camera: 'Caméra',
    pickCamera: 'Choisir une caméra…',
    noCamera: 'Aucune caméra dans la portée de ce chat (caméras exposées à Assist).',
    snapshotFailed: 'L’image de la caméra n’a pas pu être obtenue de Home Assistant.',
    attached: 'Images à envoyer',
    picture: (n: number) => `Image ${n}`,
    remove: (n: number) => `Retirer l’image ${n}`,
    sent: 'Image envoyée avec la question',
    tooMany: (n: number) => `Au plus ${n} images par question.`,
    unreadable: 'Ce fichier n’a pas pu être lu comme une image.',
    noVision: (model: string) =>
      `${model} est réglé comme ne prenant pas d’images (Vision est désactivé dans ses paramètres) : activez Vision pour lui, ou choisissez un modèle qui prend des images.`,
    vision: 'Vision : prend des images',
    fromTool: 'Image montrée au modèle',
  },
  context: {
    label: 'Contexte',
    used: (tokens: string, limit: string) => `${tokens} sur ${limit} jetons`,
    leftOut: (n: number) => `Messages précédents omis pour tenir dans le contexte du modèle : ${n}`,
    length: 'Longueur de contexte (jetons)',
    learned: (n: string) => `Le fournisseur a indiqué un contexte de ${n} jetons.`,
  },
  usage: {
    title: 'Consommation',
    /** Under an answer: tokens sent and received (numbers already formatted). */
    answer: (input: string, output: string) => `${input} en entrée · ${output} en sortie`,
    answerLong: (input: string, output: string) =>
      `${input} jetons en entrée, ${output} jetons en sortie`,
    reasoning: (n: string) => `dont ${n} de raisonnement`,
    cached: (n: string) => `${n} depuis le cache du fournisseur`,
    estimated:
      'Estimation : le fournisseur n’a indiqué aucune consommation, elle a donc été calculée à partir du texte.',
    priced: 'Coût calculé d’après les prix définis pour ce modèle.',
    conversation: (tokens: string) => `Cette conversation : ${tokens} jetons`,
    days: '30 derniers jours',
    chart: 'Jetons par jour et par modèle, 30 derniers jours',
    model: 'Modèle',
    answers: 'Réponses',
    input: 'Jetons en entrée',
    output: 'Jetons en sortie',
    cost: 'Coût',
    total: 'Total',
    none: 'Rien n’a encore été compté : la consommation apparaît ici après la première réponse.',
    someEstimated: (n: string) => `${n} estimées (aucune consommation indiquée)`,
    explain:
      'Compté d’après ce que chaque fournisseur indique avec sa réponse, sinon estimé à partir du texte (environ quatre caractères par jeton). Le coût est celui qu’indique le fournisseur (OpenRouter), sinon celui que donnent les prix que vous avez définis pour un modèle. Conservé dans vos données utilisateur Home Assistant : chaque requête pendant une semaine, puis un total par modèle et par jour ; supprimer une conversation ne le modifie pas.',
    budget: 'Budget mensuel (US$)',
    budgets: 'Budgets mensuels',
    budgetUsed: (provider: string, spent: string, budget: string) =>
      `${provider} : ${spent} sur ${budget} ce mois-ci`,
    budgetPassed: (provider: string, spent: string, budget: string) =>
      `${provider} a coûté ${spent} ce mois-ci, plus que son budget mensuel de ${budget}.`,
    priceInput: 'Prix par million de jetons en entrée (US$)',
    priceOutput: 'Prix par million de jetons en sortie (US$)',
  },
  settings: {
    title: 'Paramètres',
    providers: 'Fournisseurs',
    addProvider: 'Ajouter un fournisseur',
    editProvider: (name: string) => `Modifier ${name}`,
    authMode: 'Clés',
    authGlobal: 'Une clé pour tous les modèles',
    authPerModel: 'Une clé par modèle',
    keySaved: 'Enregistrée — saisissez-en une autre pour la remplacer',
    keyMoved: (from: string, to: string) =>
      `La clé enregistrée était pour ${from} : elle n’est pas envoyée à ${to}. Saisissez la clé pour la nouvelle adresse.`,
    removeKey: 'Supprimer la clé enregistrée',
    timeout: 'Délai d’attente (secondes, pour le premier octet et entre les fragments)',
    addModel: 'Ajouter',
    modelsFetched: (n: number, when: string) =>
      `${plural('fr', n, { one: '# modèle du fournisseur, récupéré', other: '# modèles du fournisseur, récupérés' })} ${when}.`,
    chosenModels: 'Modèles de ce fournisseur',
    removeModel: (id: string) => `Supprimer ${id}`,
    remove: 'Supprimer',
    displayName: 'Nom affiché',
    modelKey: (id: string) => `Clé API pour ${id}`,
    modelTools: 'Outils (appel de fonctions) : ce modèle peut agir sur la maison',
    edit: 'Modifier',
    makeDefault: 'Définir par défaut',
    isDefault: 'Par défaut',
    defaultModel: 'Modèle par défaut',
    modelsCount: (n: number) => plural('fr', n, { one: '# modèle', other: '# modèles' }),
    keyState: { global: 'clé enregistrée', none: 'aucune clé', per_model: 'une clé par modèle' },
    confirmRemove: (name: string) =>
      `Supprimer ${name} ? Sa clé est supprimée avec lui ; les cartes qui l’utilisent le signaleront jusqu’à ce que vous choisissiez un autre fournisseur.`,
    noProviders:
      'Aucun fournisseur pour l’instant. Ajoutez-en un : LiteLLM, Ollama, vLLM, OpenAI… (l’URL de base se termine généralement par /v1).',
    export: 'Exporter les paramètres',
    exportHint: 'Un fichier JSON sans aucune clé.',
    import: 'Importer des paramètres',
    importReview: 'Ce que l’importation de ce fichier change',
    importLoosens: 'Moins sûr :',
    importNoChanges: 'Rien ne change.',
    importConfirm: 'Importer',
    importKeysNeeded: (names: string[]) =>
      `Après l’importation, ajoutez les clés de : ${names.join(', ')}.`,
    imported: (n: number, missing: string[]) =>
      `${plural('fr', n, { one: '# fournisseur importé', other: '# fournisseurs importés' })}.${missing.length ? ` Ajoutez les clés de : ${missing.join(', ')}.` : ''}`,
    invalidTitle: 'Vos paramètres n’ont pas pu être lus',
    invalidBody:
      'Ils sont conservés exactement tels quels. Exportez-les pour les corriger à la main, puis importez le fichier corrigé, ou repartez de zéro (une copie est conservée dans vos données utilisateur).',
    exportBroken: 'Exporter le document',
    startOver: 'Repartir de zéro',
    confirmStartOver:
      'Remplacer vos paramètres par des paramètres vides ? Une copie du document actuel est conservée.',
    saved: 'Enregistré.',
    back: 'Retour au chat',
    managePrompt:
      'Les fournisseurs, les modèles et les clés se gèrent dans les paramètres du panneau Chat IA.',
    openSettings: 'Ouvrir les paramètres',
    maxRounds: 'Tours d’outils par réponse',
    server: 'Serveur',
    name: 'Nom',
    baseUrl: 'URL de base',
    apiKey:
      'Clé API (facultative ; conservée dans vos données utilisateur Home Assistant, jamais dans la carte)',
    cancel: 'Annuler',
    saveProvider: 'Enregistrer le fournisseur',
    loadModels: 'Charger les modèles',
    reloadModels: 'Recharger les modèles',
    typeModel: 'Ou saisissez un identifiant de modèle',
    searchModels: 'Rechercher des modèles',
    models: 'Modèles',
    noModelsMatch: 'Aucun modèle ne correspond.',
    moreModels: (n: number) => `${n} de plus : affinez la recherche.`,
    maxTokens: 'Jetons max.',
    temperature: 'Température',
    learned: (l: { token_param?: string; temperature?: false }) =>
      `Appris des réponses du fournisseur : ${[
        l.token_param === 'max_completion_tokens'
          ? 'la longueur de la réponse est envoyée sous la forme max_completion_tokens (il a refusé max_tokens)'
          : '',
        l.temperature === false
          ? 'aucune température n’est envoyée (il n’accepte que sa valeur par défaut)'
          : '',
      ]
        .filter(Boolean)
        .join(' ; ')}.`,
    forget: 'Oublier',
    forgetLearned: (id: string) => `Oublier ce qui a été appris sur ${id}`,
    serverAuto: (name: string) => `Reconnu d’après l’adresse (${name})`,
  },

  // The card editor.
  editor: {
    title: 'Titre',
    agent: 'Agent',
    systemPrompt: 'Modèle de prompt système',
    maxTokens: 'Jetons max.',
    temperature: 'Température',
    contextMessages: 'Messages de contexte',
    home: 'Maison',
    onlyDomains: 'Uniquement ces domaines',
    onlyAreas: 'Uniquement ces pièces',
    onlyEntities: 'Uniquement ces entités',
    search: 'Rechercher',
    providerAndModel: 'Fournisseur et modèle',
    noProviderYet: 'Aucun fournisseur pour l’instant : ajoutez-en un pour commencer à discuter.',
    provider: 'Fournisseur',
    model: 'Modèle',
    default: 'Par défaut',
    defaultNamed: (name: string) => `Par défaut (${name})`,
    addProvider: 'Ajouter un fournisseur',
    settingsInvalid: (issues: string) => `Vos paramètres ne sont pas valides : ${issues}`,
    persona: 'Persona',
    personaNone: 'Aucun (le modèle et le prompt par défaut)',
    chips: 'Prompts rapides affichés sous forme de boutons',
  },
  /** Home Assistant's own name for the button that opens its sidebar. */
  sidebarMenu: 'Menu',
  connectionLost: 'La connexion à Home Assistant a été perdue.',
  outdated: 'Cette carte a été mise à jour depuis le chargement de la page : rechargez la page.',

  picker: {
    add: (text: string) => `Ajouter « ${text} »`,
    remove: (name: string) => `Retirer ${name}`,
    noMatch: 'Aucun résultat',
    more: 'D’autres résultats : tapez pour affiner la liste',
  },
  // Problems with stored or typed documents.
  problems: {
    tooLargeToStore: (bytes: number, max: number) =>
      `${(bytes / 1e6).toFixed(1)} Mo, c’est plus que ce que Home Assistant peut enregistrer d’un seul tenant (${(max / 1e6).toFixed(1)} Mo).`,
    badId: (where: string, id: string) =>
      `${where} : « ${id} » n’est pas un identifiant que cette carte écrit (lettres, chiffres, _ . ~ -, 80 au plus).`,
    conversationTooLarge: (id: string, bytes: number, max: number) =>
      `La conversation ${id} fait ${(bytes / 1e6).toFixed(1)} Mo, plus que ce que Home Assistant peut enregistrer d’un seul tenant (${(max / 1e6).toFixed(1)} Mo).`,
    fileTooLarge: (bytes: number) =>
      `Le fichier dépasse ${Math.round(bytes / 1_048_576)} Mo, bien plus qu’un tel fichier n’en a jamais besoin : choisissez le fichier que vous avez exporté.`,
    cardConfig: 'Configuration de la carte',
    secretInCard: (key: string) =>
      `« ${key} » n’a pas sa place dans une carte : tout utilisateur qui peut ouvrir ce tableau de bord peut lire sa configuration. Retirez-le et ajoutez la clé dans les paramètres de Chat IA, qui la conservent dans vos propres données utilisateur Home Assistant.`,
    newerVersion: (what: string, version: string) =>
      `écrit par une version plus récente de cette carte (${what} version ${version}) ; mettez la carte à jour — il est conservé tel quel`,
    noUpgrade: (version: number) =>
      `aucune mise à niveau depuis la version ${version} des paramètres`,
    settingsInvalid: (issues: string) =>
      `Les paramètres enregistrés ne sont pas valides (${issues}) ; ils n’ont pas été écrasés.`,
    olderList: 'une ancienne version de la liste des conversations ; rechargez la page',
    notJson: 'le fichier n’est pas du JSON',
    notSettings: 'le fichier ne contient pas de document de paramètres',
  },

  // Test connection, step by step.
  diagnose: {
    button: 'Tester la connexion',
    running: 'Test en cours…',
    titles: {
      address: 'Adresse',
      reach: 'Serveur joignable',
      cors: 'Appels depuis cette page autorisés (CORS)',
      key: 'Clé API',
      models: 'Liste des modèles (/models)',
      completion: 'Une réponse d’un jeton',
    },
    /** Read by screen readers beside each step's mark. */
    status: { ok: 'réussi', warn: 'avertissement', fail: 'échoué', skipped: 'non vérifié' },
    skipped: 'Non vérifié : une étape précédente a échoué.',
    badUrl: (url: string) => `« ${url} » n’est pas une adresse http(s).`,
    badUrlFix: 'Saisissez l’adresse complète, par ex. http://192.168.1.10:4000/v1.',
    addressOk: (host: string) => `${host}, peut être appelé depuis cette page.`,
    reachOk: (host: string) => `${host} répond.`,
    corsOk: 'Le serveur autorise les appels depuis cette page.',
    keyOk: 'La clé a été acceptée.',
    noKeyOk: 'Aucune clé envoyée, et le serveur n’en a pas demandé.',
    modelsOk: (n: number) =>
      plural('fr', n, { one: '# modèle listé.', other: '# modèles listés.' }),
    modelNotListed: (n: number, model: string) =>
      `${plural('fr', n, { one: '# modèle listé', other: '# modèles listés' })}, mais pas « ${model} ».`,
    modelNotListedFix:
      'Vérifiez l’identifiant du modèle ; certains serveurs ne listent qu’une partie de ce qu’ils servent, c’est pourquoi l’étape suivante l’essaie.',
    noModelList:
      'Ce serveur n’a pas de liste de modèles : saisissez les identifiants des modèles à la main.',
    noModelListFix: 'Rien à corriger si la réponse ci-dessous fonctionne.',
    v1Fix:
      'L’URL de base se termine-t-elle par /v1 ? La plupart des serveurs compatibles OpenAI en ont besoin.',
    noModel: 'Aucun modèle choisi : choisissez-en ou saisissez-en un, puis relancez le test.',
    completionOk: (model: string) => `${model} a répondu.`,
    unknownModel: (model: string) => `Le fournisseur ne connaît pas le modèle « ${model} ».`,
    unknownModelFix:
      'Choisissez le modèle dans la liste du fournisseur (Recharger les modèles), ou vérifiez comment le fournisseur l’écrit.',
  },

  /** Server kinds, as the provider form names them. */
  dialects: {
    openai: 'OpenAI',
    azure: 'Azure OpenAI (en-tête api-key)',
    anthropic: 'Anthropic (compatibilité OpenAI)',
    mistral: 'Mistral',
    gemini: 'Google Gemini (compatibilité OpenAI)',
    openrouter: 'OpenRouter',
    groq: 'Groq',
    ollama: 'Ollama',
    lmstudio: 'LM Studio',
    litellm: 'LiteLLM',
    vllm: 'vLLM',
    llamacpp: 'llama.cpp (llama-server)',
    generic: 'Autre serveur compatible OpenAI',
  },

  // Tools: the model acting on the house.
  toolRounds: (n: number) =>
    `Le modèle continuait d’appeler des outils : arrêt après ${plural('fr', n, { one: '# tour', other: '# tours' })}. Redemandez, ou augmentez la limite dans les paramètres.`,
  toolsUnsupported:
    'Ce modèle ne prend pas en charge les outils. Désactivez-les pour lui dans l’éditeur de la carte (Outils), ou choisissez un modèle qui prend en charge l’appel de fonctions.',
  approve: 'Approuver',
  deny: 'Refuser',
  toolNeedsApproval: (what: string) => `Veut exécuter ${what}. Approuver ?`,
  cameraApproval: (camera: string) => `Veut regarder par ${camera}. Approuver ?`,
  toolNeedsApprovalBecause: (what: string, reasons: string) =>
    `Veut exécuter ${what}, avec ${reasons}. Approuver ?`,
  // What an imported settings file changes, listed before it is imported.
  importChanges: {
    providerAdded: (name: string, origin: string) => `Ajoute le fournisseur ${name} (${origin}).`,
    providerRemoved: (name: string) => `Supprime le fournisseur ${name} et ses clés.`,
    providerMoved: (name: string, from: string, to: string) =>
      `Déplace ${name} de ${from} vers ${to}.`,
    providerChanged: (name: string) => `Modifie les paramètres de ${name}.`,
    keyRetype: (name: string) =>
      `${name} s’adresse désormais à une autre adresse ou à un autre type de serveur : sa clé enregistrée n’y est pas envoyée. Saisissez à nouveau la clé dans ses paramètres.`,
    cameraApprovalOn: 'Le modèle demande avant de regarder par une caméra.',
    cameraApprovalOff: 'Le modèle regarde par les caméras sans demander d’abord.',
    confirmRemoved: (items: string) => `Le modèle ne demande plus avant d’agir sur : ${items}.`,
    confirmAdded: (items: string) => `Le modèle demande avant d’agir sur : ${items}.`,
    toolsOn: 'Le modèle peut agir sur votre maison.',
    toolsOff: 'Le modèle n’agit plus sur votre maison.',
    modelToolsOn: (provider: string, model: string) =>
      `${model} (${provider}) peut agir sur votre maison.`,
    maxRounds: (from: number, to: number) => `Tours d’outils par réponse : ${from} → ${to}.`,
    autoReadOn: 'Chaque réponse est lue à voix haute dès qu’elle est terminée.',
    autoReadOff: 'Les réponses ne sont plus lues à voix haute d’elles-mêmes.',
    sendSpokenOn: 'Ce que vous dites est envoyé aussitôt, sans relecture du texte.',
    sendSpokenOff: 'Ce que vous dites va d’abord dans la zone de message.',
    promptChanged: 'Le prompt système change.',
    defaultChanged: (to: string) => `Le modèle par défaut devient ${to}.`,
  },
  // Why a call waits for Approve, beyond acting on a lock, an alarm, a camera or a door.
  approvalReasons: {
    sensitive: (names: string) => `une action sur ${names}`,
    address: (field: string, value: string) => `une adresse dans ${field} : ${value}`,
    path: (field: string, value: string) => `un chemin de fichier dans ${field} : ${value}`,
    entity: (field: string, name: string) => `une autre entité dans ${field} : ${name}`,
  },
  toolCallsCapped: (n: number) =>
    `Le modèle a demandé plus de ${n} actions dans une même réponse ; les autres n’ont pas été exécutées.`,
  toolStatus: {
    awaiting: 'En attente de votre approbation',
    running: 'En cours…',
    done: 'Terminé',
    error: 'Échec',
    denied: 'Refusé',
    stopped: 'Non exécuté',
    unknown:
      'Résultat inconnu : la connexion à Home Assistant a été perdue pendant l’exécution. Vérifiez-le.',
  },
  // What a call of a service did, with the entities' names (ui/describe-call.ts): once done, and
  // as asked (waiting for Approve, denied, failed).
  rows: {
    done: {
      turn_on: (names: string) => `A allumé ${names}`,
      turn_off: (names: string) => `A éteint ${names}`,
      toggle: (names: string) => `A basculé ${names}`,
      lock: (names: string) => `A verrouillé ${names}`,
      unlock: (names: string) => `A déverrouillé ${names}`,
      open: (names: string) => `A ouvert ${names}`,
      close: (names: string) => `A fermé ${names}`,
      press: (names: string) => `A appuyé sur ${names}`,
      temperature: (names: string) => `A réglé la température de ${names}`,
      play: (names: string) => `A lancé la lecture sur ${names}`,
      pause: (names: string) => `A mis en pause ${names}`,
      script: (names: string) => `A exécuté ${names}`,
      scene: (names: string) => `A activé ${names}`,
    },
    ask: {
      turn_on: (names: string) => `Allumer ${names}`,
      turn_off: (names: string) => `Éteindre ${names}`,
      toggle: (names: string) => `Basculer ${names}`,
      lock: (names: string) => `Verrouiller ${names}`,
      unlock: (names: string) => `Déverrouiller ${names}`,
      open: (names: string) => `Ouvrir ${names}`,
      close: (names: string) => `Fermer ${names}`,
      press: (names: string) => `Appuyer sur ${names}`,
      temperature: (names: string) => `Régler la température de ${names}`,
      play: (names: string) => `Lancer la lecture sur ${names}`,
      pause: (names: string) => `Mettre en pause ${names}`,
      script: (names: string) => `Exécuter ${names}`,
      scene: (names: string) => `Activer ${names}`,
    },
    /** Any other service: its id, and what it acts on. */
    other: (service: string, names: string) => (names ? `${service}: ${names}` : service),
  },
  toolArguments: 'Arguments',
  toolResult: 'Résultat',
  toolLiveState: 'Maintenant',
  toolNames: {
    list_entities: 'Liste des entités',
    get_entity: 'Lecture de',
    call_service: 'Appel de',
    list_areas: 'Liste des pièces',
    get_history: 'Lecture de l’historique de',
    get_camera_image: 'A regardé par',
    home_assistant: 'Home Assistant a agi sur',
    list_automations: 'Liste des automatisations et scripts',
    get_automation: 'Lecture de',
    get_automation_traces: 'Lecture des traces de',
    get_logbook: 'Lecture du journal',
    propose_automation: 'Brouillon d’automatisation',
    propose_script: 'Brouillon de script',
    remember: 'Mémorisation',
    update_memory: 'Modification d’un souvenir',
    forget: 'Oubli d’un souvenir',
  },
  confirmField:
    'Demander aussi avant d’agir sur (domaines ou entités, pour toutes vos discussions ; les serrures, alarmes et portes de garage demandent toujours)',
  cameraApprovalField: 'Demander avant que le modèle regarde par une caméra (pour tous vos chats)',
  toolsToggle: 'Laisser le modèle lire et contrôler la maison (outils)',
  scopeNarrow:
    'Restreignez ce périmètre pour cette carte ci-dessous (séparés par des virgules ; vide : aucune restriction).',
  // Tools from Home Assistant's LLM APIs and MCP servers (panel/mcp-settings.ts).
  mcp: {
    title: 'Outils via MCP',
    explain:
      'Outils des API LLM de Home Assistant et de serveurs Model Context Protocol, que le modèle peut appeler. Ce qu’un serveur dit de ses outils vous est montré ici et n’est jamais mis dans les instructions du modèle ; chaque appel est une ligne dans la conversation et attend Approuver, sauf si vous faites confiance à cet outil.',
    ownTools: 'Donner aussi au modèle les outils propres à cette carte pour agir sur la maison',
    haTitle: 'API LLM de Home Assistant',
    haLoading: 'Recherche du serveur MCP de Home Assistant…',
    haLacks: (version: string) =>
      `Home Assistant ${version} n’a pas de Model Context Protocol Server : il est arrivé avec la 2025.2, et son adresse pour chaque API (/api/mcp/<API>) plus tard. Mettez Home Assistant à jour pour utiliser ses API ici.`,
    haNotSetUp:
      'Pour utiliser ici les API LLM de Home Assistant, ajoutez son intégration Model Context Protocol Server : Paramètres → Appareils et services → Ajouter une intégration → Model Context Protocol Server.',
    haAssistOnly:
      'Home Assistant réserve ses autres API aux administrateurs ; vous pouvez utiliser Assist.',
    narrowNote:
      'Une carte qui restreint ce que voit le modèle n’utilise pas ces API : leurs outils voient toutes les entités exposées à Assist.',
    useApi: (name: string) => `Utiliser ${name} dans les chats`,
    showTools: (name: string) => `Outils de ${name}`,
    listing: 'Récupération de ses outils…',
    noTools: 'Aucun outil proposé.',
    modes: {
      auto: 'Selon les règles de la maison',
      ask: 'Demander d’abord',
      trust: 'De confiance',
      off: 'Désactivé',
    },
    modeOf: (tool: string) => `Comment le modèle peut utiliser ${tool}`,
    serversTitle: 'Serveurs MCP',
    noServers: 'Aucun serveur MCP pour l’instant.',
    add: 'Ajouter un serveur MCP',
    edit: (name: string) => `Modifier ${name}`,
    remove: (name: string) => `Supprimer ${name}`,
    enabled: (name: string) => `Utiliser ${name} dans les chats`,
    name: 'Nom',
    url: 'Adresse (Streamable HTTP, par ex. https://host:port/mcp)',
    token: 'Jeton Bearer (facultatif ; conservé dans vos données utilisateur, jamais exporté)',
    tokenSaved: 'enregistré — saisissez-en un autre pour le remplacer',
    tokenMoved:
      'L’adresse mène désormais à un autre serveur : le jeton enregistré n’y est pas envoyé. Saisissez-le à nouveau si ce serveur doit l’avoir.',
    test: 'Tester',
    testing: 'Test en cours…',
    save: 'Enregistrer',
    cancel: 'Annuler',
    testOk: (name: string, n: number) =>
      `${name} a répondu et propose ${plural('fr', n, { one: '# outil', other: '# outils' })}.`,
    testFirst:
      'Testez d’abord le serveur : ses outils sont alors listés ici pour que vous choisissiez.',
    describedAs:
      'Ce que le serveur en dit (affiché pour vous, jamais transmis au modèle comme instructions)',
    failed: {
      cors: (origin: string) =>
        `Le serveur a répondu, mais n’autorise pas cette page à l’appeler (CORS). Il doit répondre aux requêtes de ${origin} avec Access-Control-Allow-Origin, autoriser les méthodes POST, GET et DELETE et les en-têtes Content-Type, Authorization, Mcp-Session-Id et Mcp-Protocol-Version (Access-Control-Allow-Headers), et exposer Mcp-Session-Id (Access-Control-Expose-Headers).`,
      network:
        'Rien n’a répondu à cette adresse. Vérifiez l’hôte et le port, et que le serveur écoute là où ce navigateur peut le joindre (pas seulement sur sa propre boucle locale).',
      mixed_content:
        'Cette page est servie en https et le serveur en http : le navigateur le refuse. Servez le serveur en https (un proxy inverse s’en charge), ou ouvrez Home Assistant en http.',
      redirect:
        'Le serveur a envoyé la requête vers une autre adresse ; la carte ne suit jamais une redirection avec votre jeton. Saisissez l’adresse vers laquelle elle mène.',
      auth: 'Le serveur veut un jeton qu’il accepte (401) : saisissez son jeton Bearer.',
      forbidden:
        'Le serveur a refusé cet utilisateur (403). Home Assistant réserve aux administrateurs ses API autres qu’Assist.',
      not_found:
        'Aucun point de terminaison MCP à cette adresse (404). Les serveurs Streamable HTTP répondent généralement sur un chemin comme /mcp.',
      timeout: 'Le serveur n’a pas répondu dans les 30 secondes.',
      garbage: 'Le serveur a répondu par quelque chose qui n’est pas le Model Context Protocol.',
      too_large: 'La réponse du serveur dépassait ce que la carte lit (1 Mo).',
      rpc: 'Le serveur a répondu à la requête par une erreur.',
      http: (status: number) => `Le serveur a répondu HTTP ${status}.`,
      said: (words: string) => `Il a indiqué : « ${words} »`,
    },
  },
  // An automation or script the model drafted (ui/automation-draft.ts).
  drafts: {
    newAutomation: (name: string) => `Nouvelle automatisation : ${name}`,
    newScript: (name: string) => `Nouveau script : ${name}`,
    changeTo: (name: string) => `Modification de ${name}`,
    untitled: 'sans nom',
    when: 'Quand',
    onlyIf: 'Seulement si',
    then: 'Alors',
    yaml: 'YAML',
    diff: 'Modifications',
    diffLabel: (removed: number, added: number) =>
      `${plural('fr', removed, { one: '# ligne supprimée', other: '# lignes supprimées' })}, ${plural('fr', added, { one: '# ajoutée', other: '# ajoutées' })}`,
    save: 'Enregistrer',
    discard: 'Abandonner',
    runNow: 'Exécuter maintenant',
    checkConditions: 'Vérifier ses conditions',
    saving: 'Enregistrement, puis attente du chargement par Home Assistant…',
    running: 'Exécution…',
    ran: 'Home Assistant l’a exécuté.',
    runFailed: (why: string) => `Home Assistant ne l’a pas exécuté : ${why}`,
    saved: (name: string) => `Enregistré : ${name}.`,
    openInHa: 'Ouvrir dans Home Assistant',
    discarded: 'Abandonné. Rien n’a été écrit.',
    notAdmin:
      'Seul un administrateur peut enregistrer des automatisations et des scripts dans Home Assistant. Demandez à un administrateur de l’enregistrer, ou de vous nommer administrateur.',
    busy: 'Enregistrer et Abandonner apparaissent une fois la réponse terminée.',
    problemsTitle:
      'Pas prêt à être enregistré : le modèle en a été informé et pourra le proposer à nouveau, corrigé.',
    notesTitle: 'Avant d’enregistrer',
    unreadable: 'Ce brouillon ne peut pas être lu par cette version de la carte.',
    failed: {
      not_admin:
        'Seul un administrateur peut enregistrer des automatisations et des scripts dans Home Assistant.',
      problems: 'Non enregistré : la maison a changé depuis la rédaction du brouillon.',
      moved: (entity: string) =>
        `Non enregistré : ${entity} n’est plus l’automatisation d’où cette modification a été lue.`,
      refused: (message: string) => `Home Assistant l’a refusé : ${message}`,
      not_loaded: (key: string) =>
        `Home Assistant l’a écrit (id ${key}) mais ne l’a pas chargé. Vérifiez que configuration.yaml inclut automations.yaml et scripts.yaml (automation: !include automations.yaml).`,
    },
    problems: {
      invalid: (at: string, words: string) => `Home Assistant signale pour ${at} : ${words}`,
      unknown_keys: (keys: string) => `Clés que Home Assistant ne connaît pas : ${keys}`,
      both_keys: (keys: string) => `La clé au singulier et au pluriel à la fois : ${keys}`,
      missing: (key: string) => `${key} est absent ou vide`,
      blueprint:
        'Les automatisations issues d’un blueprint se modifient dans l’éditeur de Home Assistant',
      out_of_scope: (ids: string) =>
        `Entités hors de ce que cette discussion peut utiliser : ${ids}`,
      unknown_entity: (ids: string) => `Entité inexistante : ${ids}`,
      wrong_domain: (what: string) => `Une action sur des entités d’un autre domaine : ${what}`,
      no_target: (service: string) =>
        `${service} n’agit sur aucune entité que cette discussion peut utiliser`,
      device_target: (service: string) =>
        `${service} cible un appareil, un étage ou une étiquette, ce qui ne peut pas être vérifié`,
      device_action: 'Une action d’appareil, qui ne peut pas être vérifiée',
      template_service: (service: string) => `L’action est un modèle : ${service}`,
      template_target: (service: string) => `Les cibles de ${service} sont un modèle`,
      unknown_area: (area: string) => `Pièce inexistante : ${area}`,
      empty_area: (what: string) => `Aucune entité de ce domaine à cet endroit : ${what}`,
      refused: (why: string) => why,
      id_taken: (id: string) => `L’id ${id} appartient à une autre automatisation`,
      script_key: (key: string) => `« ${key} » ne peut pas être l’id d’un script`,
      key_taken: (id: string) => `${id} existe déjà`,
      too_large: 'Trop volumineux pour être vérifié',
      unreadable: 'Illisible',
      other: (kind: string, detail: string) => `${kind} : ${detail}`,
    },
    notes: {
      sensitive: (names: string) =>
        `Agit sur ${names}, qui attendent votre approbation dans une discussion. Une fois enregistré, cela agit sans demander.`,
      address: (what: string) => `Envoie une adresse : ${what}`,
      path: (what: string) => `Mentionne un chemin de fichier : ${what}`,
      entity: (what: string) => `Mentionne une autre entité dans ses données : ${what}`,
      webhook:
        'Déclenché par un webhook : toute personne de votre réseau qui connaît son id peut le faire.',
      event: (event: string) =>
        `Déclenche l’événement ${event}, qui peut lancer d’autres automatisations.`,
      untargeted: (service: string) => `Appelle ${service}, qui n’agit sur aucune entité.`,
      other: (kind: string, detail: string) => `${kind} : ${detail}`,
    },
    // What it does, in words.
    describe: {
      or: 'ou',
      and: 'et',
      changes: (who: string) => `${who} change`,
      changesTo: (who: string, to: string) => `${who} passe à ${to}`,
      changesFrom: (who: string, from: string) => `${who} quitte ${from}`,
      forDuration: (what: string, duration: string) => `${what}, pendant ${duration}`,
      above: (who: string, value: string) => `${who} dépasse ${value}`,
      below: (who: string, value: string) => `${who} passe sous ${value}`,
      sunrise: 'au lever du soleil',
      sunset: 'au coucher du soleil',
      sunOffset: (event: string, offset: string) => `${event} (${offset})`,
      at: (time: string) => `à ${time}`,
      timePattern: 'selon un motif horaire',
      haStart: 'Home Assistant démarre',
      haStop: 'Home Assistant s’arrête',
      event: (type: string) => `l’événement ${type} est déclenché`,
      enters: (who: string, zone: string) => `${who} entre dans ${zone}`,
      leaves: (who: string, zone: string) => `${who} quitte ${zone}`,
      template: 'un modèle devient vrai',
      webhook: 'son webhook est appelé',
      otherTrigger: (platform: string) => `un déclencheur ${platform}`,
      is: (who: string, state: string) => `${who} est ${state}`,
      isAbove: (who: string, value: string) => `${who} est au-dessus de ${value}`,
      isBelow: (who: string, value: string) => `${who} est en dessous de ${value}`,
      afterSunset: 'après le coucher du soleil',
      beforeSunrise: 'avant le lever du soleil',
      afterSunrise: 'après le lever du soleil',
      beforeSunset: 'avant le coucher du soleil',
      after: (time: string) => `après ${time}`,
      before: (time: string) => `avant ${time}`,
      onDays: (days: string) => `les jours : ${days}`,
      templateTrue: 'un modèle est vrai',
      all: (parts: string) => `toutes ces conditions : ${parts}`,
      any: (parts: string) => `l’une de ces conditions : ${parts}`,
      none: (parts: string) => `aucune de ces conditions : ${parts}`,
      inZone: (who: string, zone: string) => `${who} est dans ${zone}`,
      otherCondition: (kind: string) => `une condition ${kind}`,
      turnOn: (names: string) => `Allumer ${names}`,
      turnOff: (names: string) => `Éteindre ${names}`,
      toggle: (names: string) => `Basculer ${names}`,
      call: (service: string, names: string) => (names ? `${service} sur ${names}` : service),
      wait: (duration: string) => `Attendre ${duration}`,
      waitTemplate: 'Attendre qu’un modèle soit vrai',
      waitTrigger: (what: string) => `Attendre : ${what}`,
      scene: (name: string) => `Activer ${name}`,
      fire: (event: string) => `Déclencher l’événement ${event}`,
      ifThen: (condition: string, then: string) => `Si ${condition} : ${then}`,
      otherwise: (what: string) => `sinon : ${what}`,
      choose: (n: number) =>
        plural('fr', n, { one: 'Choisir parmi # option', other: 'Choisir parmi # options' }),
      repeat: (what: string) => `Répéter : ${what}`,
      parallel: (what: string) => `En même temps : ${what}`,
      continueIf: (condition: string) => `Continuer seulement si ${condition}`,
      stop: 'Arrêter',
      variables: 'Définir des variables',
      deviceAction: 'Une action d’appareil',
      otherAction: 'Une autre action',
    },
  },
  // Settings → Personas and Quick prompts (panel/personas-page.ts, panel/prompts-page.ts).
  personasPage: {
    title: 'Personas',
    intro:
      'Un persona, c’est un nom, une icône, un prompt système (il peut contenir un modèle Home Assistant), un modèle d’IA et, au besoin, une portée plus étroite et des outils désactivés. Choisissez-en un pour une nouvelle conversation dans le panneau, ou attribuez-en un à une carte dans son éditeur ; une conversation garde le persona avec lequel elle a commencé.',
    builtIn:
      'Voici ceux fournis d’origine : votre première modification fait de cette liste la vôtre.',
    add: 'Ajouter un persona',
    name: 'Nom',
    icon: 'Icône (un emoji)',
    prompt: 'Prompt système',
    model: 'Modèle',
    modelDefault: 'Le modèle du chat',
    tools: 'Laisser le modèle lire et contrôler la maison',
    domains:
      'Uniquement ces domaines (séparés par des virgules ; vide : tout ce que le chat peut voir)',
  },
  quickPromptsPage: {
    title: 'Prompts rapides',
    intro:
      'Des prompts envoyés d’un simple appui sur un bouton d’une carte ou choisis avec « / » dans la zone de message. Un modèle Home Assistant qu’ils contiennent ({{ states("sensor.outside_temperature") }}) est rendu avant l’envoi. Un prompt peut démarrer sa conversation avec un persona, ou exécuter un script au lieu d’interroger un modèle (Approuver est demandé comme pour les actions du modèle).',
    builtIn:
      'Voici ceux fournis d’origine : votre première modification fait de cette liste la vôtre.',
    add: 'Ajouter un prompt rapide',
    label: 'Libellé',
    text: 'Texte envoyé',
    persona: 'Persona de la conversation qu’il démarre',
    script: 'Ou exécuter plutôt ce script (son ID d’entité, script.…)',
  },
  // Shared by the lists of the settings pages.
  list: {
    edit: 'Modifier',
    remove: 'Supprimer',
    save: 'Enregistrer',
    cancel: 'Annuler',
    none: 'Aucun',
    removed: (name: string) => `Supprimé : ${name}.`,
  },
  // Settings → Memory (panel/memory-page.ts).
  memoryPage: {
    title: 'Mémoire',
    intro:
      'Les faits que l’assistant garde sur vous pour les conversations suivantes, dans vos données utilisateur Home Assistant (vous seul les voyez). Il en ajoute un quand vous lui demandez de retenir quelque chose, et chaque ajout apparaît dans la conversation avec Annuler. La mémoire est exportée avec vos conversations, jamais avec les paramètres.',
    on: 'Utiliser la mémoire dans les conversations',
    budget: 'Caractères de mémoire envoyés avec chaque question',
    fits: (shown: number, total: number, chars: string) =>
      `${shown} faits sur ${total} tiennent en ${chars} caractères : les plus proches de la question d’abord, puis les plus récents.`,
    empty:
      'Rien n’est encore mémorisé. Demandez au chat de retenir quelque chose, ou ajoutez-le ici.',
    newFact: 'Nouveau fait',
    add: 'Ajouter',
    edit: 'Modifier',
    save: 'Enregistrer',
    cancel: 'Annuler',
    remove: 'Supprimer',
    fromChat: 'retenu dans une conversation',
    byYou: 'ajouté par vous',
    openChat: 'Ouvrir la conversation',
    removed: (fact: string) => `« ${fact} » supprimé.`,
    tooLong: (n: number) => `Un fait peut compter au plus ${n} caractères.`,
    refused: 'Cela ressemble à une clé, un jeton ou une adresse signée : ce n’est pas conservé.',
    full: (n: number) =>
      `La mémoire contient au plus ${n} faits : supprimez-en d’abord quelques-uns.`,
    unreadable: 'Votre mémoire ne peut pas être lue pour le moment.',
    invalid: (issues: string) =>
      `Votre mémoire enregistrée n’est pas valide (${issues}) ; elle est conservée telle quelle et n’est pas modifiée ici.`,
  },
  scopeNote: {
    assist: 'Le modèle voit les entités que vous avez exposées à Assist.',
    'assist-registry':
      'Le modèle voit les entités exposées à Assist. Les entités sans identifiant unique sont exclues : seuls les administrateurs peuvent lire leur réglage d’exposition.',
  },

  // Provider errors: what happened, then what to do.
  err: {
    mixed_content: (url: string) =>
      `Cette page est servie en https, le navigateur bloque donc les appels vers l’adresse en http simple ${url}.`,
    mixed_content_fix:
      'Servez le fournisseur en https (un proxy inverse avec un certificat), ou ouvrez Home Assistant en http sur votre réseau local.',
    cors: (url: string) =>
      `Le fournisseur à l’adresse ${url} a répondu, mais il n’autorise pas les appels depuis cette page (CORS).`,
    network: (url: string) => `Impossible de joindre le fournisseur à l’adresse ${url}.`,
    redirect: (url: string) =>
      `Le fournisseur à l’adresse ${url} a répondu par une redirection vers une autre adresse, et la carte ne suit pas les redirections.`,
    redirect_to: (url: string, location: string) =>
      `Le fournisseur à l’adresse ${url} a tenté de faire suivre la requête vers ${location}, et la carte ne suit pas les redirections.`,
    redirect_fix:
      'Une clé ne va qu’à l’adresse pour laquelle elle a été enregistrée. Si l’autre adresse est la bonne, saisissez-la comme URL de base (et la clé à nouveau).',
    too_long: (chars: string) =>
      `La réponse a dépassé ${chars} caractères, le maximum qu’une réponse peut avoir ici, et a été arrêtée là.`,
    too_long_fix:
      'Ce qui est arrivé est conservé. Demandez une réponse plus courte ou une partie à la fois ; si le fournisseur envoie sans fin, vérifiez son serveur.',
    network_fix:
      'Vérifiez que le serveur est en marche, que l’adresse et le port sont corrects, et que cet appareil peut le joindre.',
    private_network: (url: string) =>
      `Le navigateur a bloqué un appel depuis cette adresse publique vers l’adresse privée ${url} (accès au réseau local).`,
    private_network_fix:
      'Autorisez l’accès au réseau local pour ce site quand le navigateur le demande, ou ouvrez Home Assistant via son adresse locale.',
    auth: (status: number) => `Le fournisseur a refusé la clé API (HTTP ${status}).`,
    auth_fix:
      'Vérifiez la clé dans les paramètres du fournisseur ; elle est peut-être erronée, expirée ou sans accès à ce modèle.',
    auth_fix_litellm:
      'Ce LiteLLM n’a pas de base de données, il n’accepte donc que sa clé maîtresse : vérifiez la clé dans les paramètres du fournisseur.',
    not_found: 'Le fournisseur a répondu « introuvable » (HTTP 404).',
    not_found_fix_v1:
      'L’URL de base se termine-t-elle par /v1 ? La plupart des serveurs compatibles OpenAI en ont besoin.',
    not_found_fix_model:
      'Vérifiez l’identifiant du modèle : le fournisseur ne le connaît peut-être pas.',
    bad_request: (status: number) => `Le fournisseur a rejeté la requête (HTTP ${status}).`,
    bad_request_fix:
      'Vérifiez le modèle et ses options (jetons max., température) dans les paramètres.',
    rate_limited: 'Le fournisseur limite le débit des requêtes (HTTP 429).',
    rate_limited_wait: (s: number) => `Patientez environ ${s} s et réessayez.`,
    rate_limited_fix: 'Patientez un moment et réessayez.',
    quota: 'Votre compte chez ce fournisseur n’a plus de crédit ou a dépassé son quota.',
    quota_fix:
      'Vérifiez la facturation ou le budget de la clé auprès du fournisseur ; réessayer n’y changera rien.',
    too_large: (requested?: number, limit?: number) =>
      requested !== undefined && limit !== undefined
        ? `La requête dépasse ce que cette clé peut envoyer en une fois : ${requested} jetons, au-delà de sa limite de ${limit}.`
        : 'La requête dépasse ce que cette clé peut envoyer en une fois.',
    too_large_fix:
      'Envoyez moins : moins de messages précédents (Messages de contexte), un prompt système plus court ou une valeur Jetons max. plus basse ; ou demandez au fournisseur une limite plus élevée. Réessayer n’y changera rien.',
    no_vision: 'Le modèle a refusé l’image : il ne prend pas d’images.',
    no_vision_fix:
      'Choisissez pour ce chat un modèle qui prend des images, ou posez la question sans l’image ; désactivez Vision pour ce modèle dans les paramètres pour que le chat le dise avant l’envoi.',
    context_length: (limit?: number) =>
      limit !== undefined
        ? `La conversation dépasse le contexte du modèle, de ${limit} jetons.`
        : 'La conversation dépasse le contexte du modèle.',
    context_length_fix:
      'Commencez une nouvelle conversation, envoyez moins de messages précédents (Messages de contexte) ou indiquez la longueur de contexte du modèle dans les paramètres pour que les plus anciens soient omis.',
    timeout_first: (s: number) => `Le fournisseur n’a rien envoyé pendant ${s} s.`,
    timeout_idle: (s: number) =>
      `Le fournisseur a cessé d’envoyer pendant ${s} s au milieu de la réponse.`,
    timeout_fix:
      'Un serveur local est peut-être encore en train de charger le modèle ; réessayez, ou augmentez le délai d’attente dans les paramètres du fournisseur.',
    server: (status: number) => `Le fournisseur a rencontré une erreur interne (HTTP ${status}).`,
    server_fix:
      'Une nouvelle tentative a échoué elle aussi. Consultez les journaux du fournisseur, puis réessayez.',
    malformed: 'Le fournisseur a envoyé une réponse que cette carte ne peut pas lire.',
    malformed_fix:
      'Vérifiez que l’URL de base pointe vers une API compatible OpenAI (se terminant généralement par /v1).',
    in_band: 'Le fournisseur a signalé une erreur pendant la réponse.',
    agent: 'L’agent de conversation de Home Assistant n’a pas pu répondre.',
    agent_fix: 'Vérifiez l’agent et son assistant dans Paramètres → Assistants vocaux.',
    aborted: 'Arrêté.',
    provider_says: (text: string) => `Le fournisseur indique : « ${text} »`,
  },
  // What to change, per kind of server, when a browser call is refused by CORS.
  corsFix: {
    litellm:
      'LiteLLM autorise toutes les origines par défaut ; si vous l’avez restreint, ajoutez cette adresse Home Assistant à ses origines autorisées.',
    ollama:
      'Ollama n’accepte que les appels provenant de sa propre machine : définissez OLLAMA_ORIGINS sur cette adresse Home Assistant (ou *) et redémarrez Ollama.',
    vllm: 'Démarrez vLLM avec --allowed-origins incluant cette adresse Home Assistant.',
    llamacpp:
      'llama-server autorise les navigateurs par défaut ; vérifiez l’éventuel proxy inverse placé devant lui.',
    lmstudio:
      'Activez CORS dans les paramètres du serveur de LM Studio (ou lms server start --cors).',
    openai:
      'Le fournisseur devrait autoriser les navigateurs ; un proxy ou une extension de navigateur intermédiaire bloque peut-être l’appel.',
    generic:
      'Autorisez cette adresse Home Assistant (son origine) dans les paramètres CORS du fournisseur, ou placez devant lui un proxy qui ajoute les en-têtes CORS.',
  },
  /** A service and what it acts on, in the approval question. */
  toolOn: (service: string, targets: string) => `${service} sur ${targets}`,
};
