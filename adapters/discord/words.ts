import type { Lang } from '../../src/index.js';

/**
 * sovbot's own words on Discord (help, errors, buttons, labels), in both languages. Corpus facts
 * and the engine's no-answer sentences come from the core; these are only the adapter's.
 */
export const discordWords = {
  en: {
    helpTitle: 'sovbot: cloud sovereignty deals, every sentence cited',
    help: [
      'Ask a question about a cloud sovereignty deal, in English or French.',
      '',
      '`/ask question:` answers from the corpus, with numbered sources.',
      '`/deal name:` shows a deal card (start typing a name to pick one).',
      '`/help` shows this message.',
      'You can also mention me in a channel, or write to me in a direct message; reply to one of my answers to ask a follow-up.',
      'Use 👍 / 👎 under an answer to tell the maintainers whether it helped.',
    ].join('\n'),
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    thanks: 'Thanks for the feedback!',
    voteExpired: 'Thanks! That answer is too old for me to record the vote, though.',
    buttonExpired: 'That button no longer works: ask me again.',
    slowDown: 'Slow down a little: you can ask again in {seconds} s.',
    failed: 'Sorry, something went wrong on my side; please try again in a moment.',
    unknownDeal: 'I have no deal called “{name}”. Start typing in the name field and pick one from the list.',
    unknownCommand: 'I do not know that command; try /help.',
    notMaintainer: 'Sorry, only sovbot’s maintainers can use /admin.',
    footer: 'Corpus reviewed up to {date} · version {version}',
    noAnswerTitle: 'No answer',
    sources: 'Sources',
    sourcesMore: 'Sources (continued)',
    parties: 'Parties',
    customers: 'Customers',
    providers: 'Providers',
    date: 'Date',
    value: 'Value',
    status: 'Status',
    jurisdiction: 'Jurisdiction',
    related: 'Related deals',
    statusTitle: 'sovbot status',
    version: 'Corpus version',
    store: 'State store',
    deals: 'Deals',
    facts: 'Facts',
    loadedAt: 'Loaded at',
    lastReloadAt: 'Last reload',
    never: 'never',
    lastError: 'Last reload problems',
    none: 'none',
    reloadChanged: 'Reloaded: corpus {version}, {deals} deals, {facts} facts.',
    reloadSame: 'Reloaded: nothing changed (corpus {version}).',
    reloadFailed: 'Reload rejected; still serving corpus {version}. Problems:',
    statuses: {} as Record<string, string>,
    bases: {
      estimate: 'estimate',
      ceiling: 'ceiling',
      official: 'official',
      reported: 'reported',
      minimum: 'minimum',
      undisclosed: 'undisclosed',
    } as Record<string, string>,
  },
  fr: {
    helpTitle: 'sovbot : les accords de cloud souverain, chaque phrase sourcée',
    help: [
      'Posez une question sur un accord de cloud souverain, en français ou en anglais.',
      '',
      '`/demander question:` répond à partir du corpus, avec des sources numérotées.',
      '`/accord nom:` affiche la fiche d’un accord (tapez le début d’un nom pour le choisir).',
      '`/aide` affiche ce message.',
      'Vous pouvez aussi me mentionner dans un salon, ou m’écrire en message privé ; répondez à une de mes réponses pour poser une question de suivi.',
      'Utilisez 👍 / 👎 sous une réponse pour dire aux mainteneurs si elle vous a aidé.',
    ].join('\n'),
    helpful: 'Utile',
    notHelpful: 'Pas utile',
    thanks: 'Merci pour votre retour !',
    voteExpired: 'Merci ! Cette réponse est cependant trop ancienne pour que j’enregistre votre avis.',
    buttonExpired: 'Ce bouton ne fonctionne plus : posez-moi à nouveau la question.',
    slowDown: 'Un peu de patience : vous pourrez me reposer une question dans {seconds} s.',
    failed: 'Désolé, quelque chose s’est mal passé de mon côté ; réessayez dans un instant.',
    unknownDeal:
      'Je ne connais aucun accord nommé « {name} ». Tapez le début d’un nom dans le champ et choisissez dans la liste.',
    unknownCommand: 'Je ne connais pas cette commande ; essayez /aide.',
    notMaintainer: 'Désolé, seuls les mainteneurs de sovbot peuvent utiliser /admin.',
    footer: 'Corpus vérifié jusqu’au {date} · version {version}',
    noAnswerTitle: 'Pas de réponse',
    sources: 'Sources',
    sourcesMore: 'Sources (suite)',
    parties: 'Parties',
    customers: 'Clients',
    providers: 'Fournisseurs',
    date: 'Date',
    value: 'Montant',
    status: 'Statut',
    jurisdiction: 'Juridiction',
    related: 'Accords liés',
    statusTitle: 'État de sovbot',
    version: 'Version du corpus',
    store: 'Stockage de l’état',
    deals: 'Accords',
    facts: 'Faits',
    loadedAt: 'Chargé le',
    lastReloadAt: 'Dernier rechargement',
    never: 'jamais',
    lastError: 'Problèmes du dernier rechargement',
    none: 'aucun',
    reloadChanged: 'Rechargé : corpus {version}, {deals} accords, {facts} faits.',
    reloadSame: 'Rechargé : rien n’a changé (corpus {version}).',
    reloadFailed: 'Rechargement refusé ; le corpus {version} reste en service. Problèmes :',
    statuses: {
      announced: 'annoncé',
      proposed: 'proposé',
      awarded: 'attribué',
      signed: 'signé',
      live: 'en service',
      'in-force': 'en vigueur',
      ongoing: 'en cours',
      completed: 'terminé',
      cancelled: 'annulé',
      superseded: 'remplacé',
      suspended: 'suspendu',
      challenged: 'contesté',
    } as Record<string, string>,
    bases: {
      estimate: 'estimation',
      ceiling: 'plafond',
      official: 'officiel',
      reported: 'selon la presse',
      minimum: 'minimum',
      undisclosed: 'non divulgué',
    } as Record<string, string>,
  },
} as const satisfies Record<Lang, unknown>;

export type DiscordWords = (typeof discordWords)[Lang];

/** The language of sovbot's own words for a Discord locale (`fr` → French, anything else → English). */
export function langOfLocale(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
