// sovbot's English and French word lists, folded (lowercase, no accents). Data only: normalize.ts,
// understand.ts and plan.ts read them. Add a word here, not a list elsewhere.

/**
 * Cloud and software companies people name as a deal's provider, by canonical key: the words that name
 * each (folded tokens) and how an answer writes it. A question naming one of these is paired with a
 * deal only if the deal's `providers` field names it (an alias or a fact that merely mentions it, such
 * as a losing bidder or a member list, is no pairing).
 */
export const PROVIDERS: ReadonlyArray<{ key: string; words: readonly string[]; display: string }> = [
  { key: 'aws', words: ['aws', 'amazon'], display: 'AWS' },
  { key: 'microsoft', words: ['microsoft', 'azure', 'msft'], display: 'Microsoft' },
  { key: 'google', words: ['google', 'gcp'], display: 'Google' },
  { key: 'oracle', words: ['oracle', 'oci'], display: 'Oracle' },
  { key: 'ibm', words: ['ibm'], display: 'IBM' },
  { key: 'alibaba', words: ['alibaba'], display: 'Alibaba' },
  { key: 'huawei', words: ['huawei'], display: 'Huawei' },
  { key: 'palantir', words: ['palantir'], display: 'Palantir' },
  { key: 'sap', words: ['sap'], display: 'SAP' },
  { key: 'ovhcloud', words: ['ovhcloud', 'ovh'], display: 'OVHcloud' },
  { key: 'thales', words: ['thales'], display: 'Thales' },
  { key: 'capgemini', words: ['capgemini'], display: 'Capgemini' },
  { key: 'orange', words: ['orange'], display: 'Orange' },
  { key: 'scaleway', words: ['scaleway'], display: 'Scaleway' },
  // The corpus writes STACKIT and its operator as one provider ("STACKIT / Schwarz Digits (Schwarz Group)").
  { key: 'stackit', words: ['stackit', 'schwarz'], display: 'STACKIT / Schwarz Digits' },
  { key: 'sakura', words: ['sakura'], display: 'Sakura Internet' },
  { key: 't-systems', words: ['t-systems', 'tsystems'], display: 'T-Systems' },
  { key: 'libreoffice', words: ['libreoffice'], display: 'LibreOffice' },
];

/** Each provider by each of its words ("amazon" → AWS). */
/** A provider's products a question may name after it ("Microsoft Office", "Google Workspace"). */
export const PRODUCT_WORDS: ReadonlySet<string> = new Set(
  'office 365 azure windows teams outlook workspace exchange sharepoint'.split(' '),
);

export const PROVIDER_BY_WORD: ReadonlyMap<string, (typeof PROVIDERS)[number]> = new Map(
  PROVIDERS.flatMap((provider) => provider.words.map((word) => [word, provider] as const)),
);

/** Each provider's words as patterns on folded text, compiled once: any of them as a word, and the same to count. */
export const PROVIDER_PATTERNS: ReadonlyArray<{
  key: string;
  words: readonly string[];
  one: RegExp;
  every: RegExp;
}> = PROVIDERS.map((p) => {
  const source = `\\b(?:${p.words.join('|')})\\b`;
  return { key: p.key, words: p.words, one: new RegExp(source), every: new RegExp(source, 'g') };
});

/**
 * Places a question may name, by the words of the `jurisdiction` field they match (folded). A region
 * ("Europe") matches every jurisdiction whose words include one of its members.
 */
export const PLACES: ReadonlyArray<{
  words: readonly string[];
  matches: readonly string[];
  en: string;
  fr: string;
}> = [
  {
    words: [
      'uk',
      'britain',
      'british',
      'royaume-uni',
      'britannique',
      'britanniques',
      'england',
      'angleterre',
    ],
    matches: ['united kingdom'],
    en: 'the United Kingdom',
    fr: 'au Royaume-Uni',
  },
  {
    words: ['us', 'usa', 'america', 'american', 'etats-unis', 'americain', 'americaine', 'americains'],
    matches: ['united states'],
    en: 'the United States',
    fr: 'aux États-Unis',
  },
  {
    words: ['europe', 'european', 'eu', 'ue', 'europeen', 'europeenne', 'europeens', 'europeennes', 'union'],
    matches: [
      'european union',
      'europe',
      'france',
      'germany',
      'italy',
      'spain',
      'belgium',
      'netherlands',
      'denmark',
      'austria',
      'switzerland',
      'united kingdom',
      'ireland',
      'portugal',
      'poland',
      'sweden',
      'finland',
      'norway',
      'estonia',
      'luxembourg',
      'czech',
      'greece',
      'the hague',
    ],
    en: 'Europe',
    fr: 'en Europe',
  },
  // Other regions, by the countries of their jurisdictions (geography, not corpus facts).
  {
    words: ['africa', 'african', 'afrique', 'africain', 'africaine', 'africains', 'africaines'],
    matches: [
      'kenya',
      'morocco',
      'nigeria',
      'south africa',
      'egypt',
      'senegal',
      'rwanda',
      'ghana',
      'ethiopia',
      'tunisia',
      'algeria',
    ],
    en: 'Africa',
    fr: 'en Afrique',
  },
  {
    words: ['asia', 'asian', 'asie', 'asiatique', 'asiatiques'],
    matches: [
      'japan',
      'india',
      'china',
      'singapore',
      'indonesia',
      'south korea',
      'malaysia',
      'vietnam',
      'thailand',
      'philippines',
    ],
    en: 'Asia',
    fr: 'en Asie',
  },
  {
    // "the Gulf states", "les pays du Golfe": the six states of the Gulf Cooperation Council.
    words: ['gulf', 'golfe'],
    matches: ['saudi arabia', 'united arab emirates', 'qatar', 'bahrain', 'kuwait', 'oman'],
    en: 'the Gulf states',
    fr: 'dans les pays du Golfe',
  },
  {
    // "Middle East" and "Moyen-Orient" are read as phrases (plan.ts).
    words: ['mideast'],
    matches: [
      'saudi arabia',
      'united arab emirates',
      'israel',
      'qatar',
      'bahrain',
      'kuwait',
      'oman',
      'jordan',
      'iraq',
      'iran',
      'lebanon',
    ],
    en: 'the Middle East',
    fr: 'au Moyen-Orient',
  },
  {
    words: ['latin', 'latam', 'latine'],
    matches: ['brazil', 'colombia', 'mexico', 'chile', 'argentina', 'peru'],
    en: 'Latin America',
    fr: 'en Amérique latine',
  },
  {
    words: ['france', 'french', 'francais', 'francaise', 'francaises'],
    matches: ['france'],
    en: 'France',
    fr: 'en France',
  },
  {
    words: ['germany', 'german', 'allemagne', 'allemand', 'allemande', 'allemands', 'allemandes'],
    matches: ['germany'],
    en: 'Germany',
    fr: 'en Allemagne',
  },
  {
    words: ['japan', 'japanese', 'japon', 'japonais', 'japonaise', 'japonaises'],
    matches: ['japan'],
    en: 'Japan',
    fr: 'au Japon',
  },
  {
    words: ['italy', 'italian', 'italie', 'italien', 'italienne', 'italiens', 'italiennes'],
    matches: ['italy'],
    en: 'Italy',
    fr: 'en Italie',
  },
  {
    words: ['spain', 'spanish', 'espagne', 'espagnol', 'espagnole', 'espagnols', 'espagnoles'],
    matches: ['spain'],
    en: 'Spain',
    fr: 'en Espagne',
  },
  {
    words: [
      'australia',
      'australian',
      'australie',
      'australien',
      'australienne',
      'australiens',
      'australiennes',
    ],
    matches: ['australia'],
    en: 'Australia',
    fr: 'en Australie',
  },
  {
    words: ['canada', 'canadian', 'canadien', 'canadienne', 'canadiens', 'canadiennes'],
    matches: ['canada'],
    en: 'Canada',
    fr: 'au Canada',
  },
  {
    words: ['india', 'indian', 'inde', 'indien', 'indienne', 'indiens', 'indiennes'],
    matches: ['india'],
    en: 'India',
    fr: 'en Inde',
  },
  {
    words: ['israel', 'israeli', 'israelien', 'israelienne', 'israeliens', 'israeliennes'],
    matches: ['israel'],
    en: 'Israel',
    fr: 'en Israël',
  },
  {
    words: ['saudi', 'arabie', 'arabia', 'saoudite'],
    matches: ['saudi arabia'],
    en: 'Saudi Arabia',
    fr: 'en Arabie saoudite',
  },
  {
    // "aux Émirats", "the Emirates": the United Arab Emirates in a word; "Abu Dhabi", its capital emirate.
    words: [
      'uae',
      'emirates',
      'emirati',
      'emiratis',
      'emirats',
      'emirien',
      'emirienne',
      'emiriens',
      'abu',
      'abou',
      'dhabi',
    ],
    matches: ['united arab emirates'],
    en: 'the United Arab Emirates',
    fr: 'aux Émirats arabes unis',
  },
  {
    words: ['switzerland', 'swiss', 'suisse', 'suisses'],
    matches: ['switzerland'],
    en: 'Switzerland',
    fr: 'en Suisse',
  },
  {
    words: ['netherlands', 'dutch', 'pays-bas', 'neerlandais', 'neerlandaise', 'neerlandaises', 'holland'],
    matches: ['netherlands'],
    en: 'the Netherlands',
    fr: 'aux Pays-Bas',
  },
  {
    words: ['denmark', 'danish', 'danemark', 'danois', 'danoise', 'danoises'],
    matches: ['denmark'],
    en: 'Denmark',
    fr: 'au Danemark',
  },
  {
    words: ['austria', 'austrian', 'autriche', 'autrichien', 'autrichienne', 'autrichiens', 'autrichiennes'],
    matches: ['austria'],
    en: 'Austria',
    fr: 'en Autriche',
  },
  {
    words: ['belgium', 'belgian', 'belgique', 'belge', 'belges'],
    matches: ['belgium'],
    en: 'Belgium',
    fr: 'en Belgique',
  },
  {
    words: ['ireland', 'irish', 'irlande', 'irlandais', 'irlandaise', 'irlandaises'],
    matches: ['ireland'],
    en: 'Ireland',
    fr: 'en Irlande',
  },
];

/** Words naming a kind of deal (the schema's `kind`), singular and plural, both languages. */
/** How a list heading names deals of one kind ("The corpus has 7 contracts with Oracle"): singular, plural. */
export const KIND_NOUNS: Readonly<Record<string, { en: [string, string]; fr: [string, string] }>> = {
  contract: { en: ['contract', 'contracts'], fr: ['contrat', 'contrats'] },
  partnership: { en: ['partnership', 'partnerships'], fr: ['partenariat', 'partenariats'] },
  regulation: { en: ['regulation', 'regulations'], fr: ['règlement', 'règlements'] },
  ruling: { en: ['ruling', 'rulings'], fr: ['décision', 'décisions'] },
  initiative: { en: ['initiative', 'initiatives'], fr: ['initiative', 'initiatives'] },
};

export const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  contract: ['contract', 'contracts', 'contrat', 'contrats', 'marche', 'marches'],
  partnership: [
    'partnership',
    'partnerships',
    'partenariat',
    'partenariats',
    'joint',
    'coentreprise',
    'coentreprises',
  ],
  regulation: [
    'regulation',
    'regulations',
    'law',
    'laws',
    'reglement',
    'reglements',
    'reglementation',
    'reglementations',
    'loi',
    'lois',
  ],
  // ("Which privacy regulators went after Microsoft 365?": what a regulator does that the corpus records is rule.)
  ruling: [
    'ruling',
    'rulings',
    'ruled',
    'judgment',
    'judgments',
    'arret',
    'arrets',
    'regulator',
    'regulators',
    'watchdog',
    'watchdogs',
    'regulateur',
    'regulateurs',
  ],
  initiative: [
    'initiative',
    'initiatives',
    'strategy',
    'strategies',
    'policy',
    'policies',
    'strategie',
    'politique',
    'politiques',
  ],
  announcement: ['announcement', 'announcements', 'annonce', 'annonces'],
  certification: ['certification', 'certifications', 'scheme', 'schemes', 'label', 'labels'],
};

/**
 * Sectors a list may be narrowed to ("which spy agencies use AWS?", "health data deals"): the words that
 * name one, and the deal tags that put a deal in it. A deal whose names carry the word is in it too.
 */
export const SECTOR_WORDS: ReadonlyArray<{
  words: readonly string[];
  tags: readonly string[];
  /** A kind of technology, not of customer: it narrows beside a sector too ("militaries… air-gapped"). */
  technology?: true;
  /** Only the tags put a deal in it: its words also name other things ("fire" in "firewall"). */
  tagsOnly?: true;
}> = [
  {
    words:
      'intelligence intel spy spies spooks espionage renseignement renseignements espion espions espionnage'.split(
        ' ',
      ),
    tags: ['intelligence'],
  },
  {
    words:
      'defence defense military militaries armed army armies armee armees militaire militaires soldiers'.split(
        ' ',
      ),
    tags: ['defence', 'defense'],
  },
  {
    words: 'health healthcare sante hospital hospitals hopital hopitaux medical patient patients'.split(' '),
    tags: ['health'],
  },
  { words: 'education schools school ecoles ecole scolaire'.split(' '), tags: ['education'] },
  // "data protection authorities", "autorités de protection des données", "DPAs".
  { words: 'protection dpa dpas privacy'.split(' '), tags: ['data-protection'] },
  // "air-gapped" (tokenized "air gapped"), "disconnected", "déconnecté", Google Distributed Cloud ("GDC").
  {
    words:
      'gapped airgapped disconnected deconnecte deconnectes deconnectee deconnectees gdc distributed'.split(
        ' ',
      ),
    tags: ['air-gapped', 'google-distributed-cloud'],
    technology: true,
    tagsOnly: true,
  },
  // Data centres lost to a fire, to ransomware, or either ("incidents", "outages").
  {
    words: 'fire fires blaze flames burned burnt burning incendie incendies brule brules brulee'.split(' '),
    tags: ['fire'],
    tagsOnly: true,
  },
  {
    words: 'ransomware rancongiciel rancongiciels cyberattack cyberattacks cyberattaque cyberattaques'.split(
      ' ',
    ),
    tags: ['ransomware'],
    tagsOnly: true,
  },
  {
    words: 'outage outages incident incidents disaster disasters sinistre sinistres'.split(' '),
    tags: ['fire', 'ransomware'],
    tagsOnly: true,
  },
];

/**
 * Words that make a question a list request without saying which deals ("deals", "all", "liste").
 * The kind words above are list words too.
 */
export const LIST_WORDS: ReadonlySet<string> = new Set(
  'documented recorded covered included corpus database hold holds cover covers recense couvre contient files file dossiers fiches deal deals agreement agreements accord accords involve involves involving involved list all countries country clouds cloud concernent concerne impliquent implique liste lister tous toutes pays win won wins gagne gagnes remporte remportes signed signe signes happened passe passes arrive new neuf latest newest recent recents recentes dernier derniers derniere dernieres timeline chronology chronologie history historique order ordre many combien number nombre since depuis before avant after apres between entre year years annee annees show give montre donne according sources selon concluded conclu conclus contracted story saga histoire put bring arrange lay mettre remettre remets mets chronological chronologique chrono each chaque every shows showed appear appears apparait figure figurent parmi among prestataire prestataires provider providers couvrez recensez'.split(
    ' ',
  ),
);

/**
 * Lists asked by what they hold, with a place, a provider, a year or a kind to narrow them ("Japan: all the
 * Government Cloud selections you have", "which Canada items are in your data", "quelles politiques cloud
 * canadiennes couvrez-vous ?"); without one ("all the sovereign cloud selections you have") they ask of no deal.
 */
export const HELD_LIST =
  /\b(?:(?<!\b(?:did|do|does|have|has|are|were|is|was) )all (?:the |of the |your )?(?:[a-z0-9-]+ ){0,4}?(?:contracts|agreements|selections|awards|tenders|partnerships|policies|initiatives|rulings|cases|items|entries|files)(?= (?:[a-z0-9-]+ ){0,6}?(?:you (?:have|know|hold|got|ve got|cover)|on file|in (?:your|the) (?:data|files|corpus|database|base)|please|pls|with the|$))|(?:which|what|quels|quelles) (?:[a-z0-9-]+ ){0,5}?(?:items|cases|policies|strategies|entries|files|politiques|strategies) (?:[a-z0-9-]+ ){0,3}?(?:(?:or|and|ou|et) [a-z0-9-]+ )?(?:are |do you )?(?:in (?:your|the) (?:data|files|corpus|database)|you have|have you got|do you have|do you hold|do you cover|you cover|are covered|couvrez vous|avez vous|recensez vous))/;

/** Shape cues, tried on the folded question with single spaces. */
export const SHAPE_PATTERNS = {
  compare:
    /\b(?:compare|compared|comparing|comparer|comparent|compares (?:to|with)|how compares|set (?!(?:off|up|out|aside|about|in) )(?:[a-z0-9-]+ ){1,12}?against|contrast|contrasting|compare[rz]?|comparaison|comparisons?|mett\w* (?:[a-z0-9-]+ ){0,3}?en regard|versus|vs|difference between|differences between|difference entre|differences entre|side by side|cote a cote|next to each other|l un a cote de l autre|what s the difference|whats the difference|what is the difference|stacks? up against|stack up to|differs? from|different from|measures? up against|how does (?:[a-z0-9-]+ ){1,8}compare (?:to|with)|how do (?:[a-z0-9-]+ ){1,9}differ|how (?:are|is) (?:[a-z0-9-]+ ){1,9}different|en quoi (?:[a-z0-9-]+ ){1,9}differ\w*|quelle difference|quelles differences|c est quoi la difference|la difference|c est quoi les differences|les differences|quelles sont les differences|chacun|chacune|each of them|(?:which|what|who|lequel|laquelle) (?:[a-z0-9-]+ ){0,3}(?:bigger|larger|smaller|higher|lower|longer|shorter|earlier|older|newer|plus (?:gros|grand|cher|ancien|recent|long|important)e?s?)(?= (?:[a-z0-9-]+ ){0,10}?(?:contract|deal|investment|commitment|agreement|tender|framework|ceiling|contrat|accord|investissement|engagement|plafond)s?\b(?: [a-z0-9-]+){0,8} (?:or|ou) | (?:[a-z0-9-]+ ){0,10}?(?:or|ou) (?:[a-z0-9-]+ ){0,8}?(?:contract|deal|investment|commitment|agreement|tender|framework|ceiling|contrat|accord|investissement|engagement|plafond)s?\b))\b/,
  timeline:
    /\b(?:timeline|timelines|time line|timline|chronology|(?<=\b(?:deals|contracts|agreements|awards|tenders|offers|choices|moves|announcements|commitments|rulings|decisions|contrats|accords|offres|choix|annonces|engagements|decisions)\b.*)(?:chronologically|chronologiquement)|(?:chronologically|chronologiquement)(?= (?:[a-z0-9]+ ){0,8}(?:deals|contracts|agreements|contrats|accords|partenariats|decisions)\b)|chronological|oldest first|earliest first|oldest to newest|du plus ancien au plus recent|(?:in|by) time order|chronologie|chronologique|chrono|frise|history of|historique|in order(?! to\b)|over the years|(?<=\b(?:deals|contracts|agreements|awards|tenders|offers|choices|moves|contrats|accords|offres|choix)\b.*)(?:over time|au fil du temps)|evolution|au fil des ans|walk (?:me|us) through|(?<!\b(?:how|comment)\b.*)(?:step by step|etape par etape)(?!.*\b(?:how|comment)\b)|saga|story of|whole story|(?:sequence|chain) of events|(?:sequence|enchainement) des (?:evenements|faits)|retrace\w*|l histoire d\w*|(?:remets?|mets|mettre|classe\w*|range\w*|liste\w*) (?:[a-z]+ ){0,3}dans l ordre|dans l ordre chronologique|put (?:[a-z]+ ){0,3}in order|lay (?:[a-z]+ ){0,2}out in order|order (?:them|these|those) by date)\b/,
  // "In what order did S3NS, NumSpot and Bleu come?": the order of deals named one by one (a timeline only
  // when the question names several: "in what order did Denmark switch its staff?" asks of one deal).
  order:
    /\b(?:(?:in|by) date order|in (?:what|which) order|in the order they (?:happened|came|were signed)|(?:sort|sorted|order|ordered|rank|ranked|list|listed) (?:[a-z0-9]+ ){0,8}by date|dans quel ordre|par ordre (?:de date|chronologique)|(?:trie|tries|triee|triees|classe|classes|classee|classees) par date|(?:what|which|wich)(?: one| of (?:these|them|those))? (?:came |happened |was (?:signed |announced |decided )?)(?:first|earlier)|what happened first|qu est ce qui (?:est arrive|est venu|s est passe|a eu lieu) en premier|(?:lequel|laquelle) (?:est |a ete |s est )?(?:arrive|venu|passe|intervenu)e? en premier|quel est l ordre|^(?:dans l ordre|par ordre|in order)\b|order (?:these|them|those|pls|plz|please)|(?:what|which) order (?:did|do|were|was|are|have)|(?:dans l )?ordre (?:svp|stp)|(?:remettez|mettez|classez|rangez|ordonnez) (?:[a-z]+ ){0,3}dans l ordre)\b/,
  count:
    /\b(?:how many (?:[a-z0-9-]+ ){0,2}?(?:deals|contracts|agreements|rulings|regulations|initiatives|partnerships|entries|countries)|combien (?:de |d )?(?:accords|contrats|deals|partenariats|decisions|initiatives|fiches|dossiers|pays)|number of (?:deals|contracts)|nombre (?:de |d )?(?:accords|contrats))\b/,
  latest:
    /\b(?:latest|newest|most recent|recent|recently|dernier|derniers|derniere|dernieres|recent|recents|recentes|quoi de neuf|what s new|whats new|what is new)\b/,
  happened:
    /\b(?:what happened|qu est ce qui s est passe|que s est il passe|what was signed|what went on|what s (?:been )?(?:going on|happening)|what is (?:going on|happening)|whats (?:going on|happening)|what (?:s )?(?:been )?going on|qu est ce qui se passe|que se passe t il|(?:il|ca) se passe quoi)\b/,
  // "What do you have on India?", "Dutch stuff?", "Which UK bodies signed with AWS?", "Who is adopting
  // openDesk?": a request for every deal the question's names point at.
  overview:
    /\b(?:(?:the|your|this|votre|ta|la|le) (?:corpus|base|database|db|kb) (?:covers?|holds?|includes?|contains?|recense\w*|couvre\w*|contien\w*|comporte\w*)|(?:do|does) (?:you|u) (?:hold|cover|record|keep) (?:on|about)|stuff|trucs?|choses|projects|projets|(?:which|what|quels|quelles|(?<!\b(?:did|do|does|have|has|are|were|is|was|must|should|can|could|may|might|will|would|shall) )(?:all|every)(?! (?:[a-z0-9-]+ ){0,4}(?:can|could|may|must|should|will|shall|need to|have to)\b)) (?:(?!(?:do|does|did|are|is|were|was|have|has|get|gets)\b)[a-z0-9-]+ ){0,3}(?:bodies|countries|pays|authorities|governments|ministries|administrations|institutions|organisations|organizations|orgs|municipalities|cities|regulators|agencies|departments|forces|armies|militaries|alliances|platforms|joint ventures|autorites|organismes|collectivites|villes|ministeres|gouvernements|agences|armees|plateformes|coentreprises|services(?<=\b(?:intelligence|secret|security|spy) services)|services de renseignement)(?! (?:did|does|do|will|would) (?:[a-z0-9-]+ ){1,3}?(?:say|said|name|named|mention|mentioned|announce|announced|promise|promised|expect|expected|list|listed)\b)|who (?:is|are|has|have|s) (?:[a-z0-9-]+ ){0,2}?(?:adopt\w*|using|dumped|dropped|ditch\w*|switch\w*|abandon\w*|replac\w*|moving|moved|rolling out|rolled out|deploy\w*|implement\w*|taking up|took up|(?:buying|bought)(?! (?:a |an |the )?(?:stake|stakes|share|shares|majority|minority))|gone for|going for|opted for|signed up for|signing up for)|(?:has|have|did) any (?:[a-z0-9-]+ ){0,2}?(?:government|governments|country|countries|agency|agencies|body|bodies|state|states|ministry|ministries|city|cities)|who (?:swapped|switched|ditched|dumped) (?:from |off |away from )?|(?:par|chez) (?:quels|quelles) (?:[a-z]+ )?(?:acheteurs|clients|administrations|organismes|ministeres|gouvernements|collectivites)(?: [a-z]+)?$|who (?:are|is) (?:[a-z0-9-]+ ){0,4}?(?:customers|clients)|^(?:[a-z0-9-]+ ){0,2}(?:customers|clients|users) of (?:the )?(?:aws|amazon|google|microsoft|oracle|ibm|alibaba|huawei|ovhcloud|scaleway|palantir|stackit|sap|salesforce|outscale|opendesk|libreoffice)\b|quels sont les (?:[a-z0-9-]+ ){0,2}?clients|qui (?:est|sont|a|ont) (?:passe|passes|passee|adopte|choisi|migre|bascule|abandonne|quitte|lache)|qui (?:a|ont) signe pour|who (?:has |have )?signed (?:up )?for|(?:administrations|villes|pays|ministeres|organismes|armees|gouvernements|collectivites) (?:qui (?:sont|ont) )?(?:passe\w*|bascule\w*|migre\w*)|(?:which|what) ones|lesquels|lesquelles|(?:signe|signed|signe|contracted) (?:avec|with) (?:quels|quelles|which|what) (?:clouds?|fournisseurs|providers|vendors|hyperscalers))\b/,
  // "What has India done…?", "le Canada a fait quoi… ?": an overview whatever else the question says.
  overviewStrong:
    /\b(?:(?:anything|everything|stuff|something) (?:from|dated|during|in|since)(?= \d{4}\b)|what do you have|what (?:you|u) (?:have|got|know) (?:about|on)|how many (?:files|entries|deals|fiches) (?:do )?(?:you|u) (?:have|got)|\bsur (?:le |la |les |l )?[a-z0-9-]+(?: [a-z0-9-]+)? (?:il )?y a quoi|what do you know (?:about|on|of)|got anything|have you got anything|(?:what s|what is|whats) in there|what in there$|^(?:[a-z0-9-]+ ){1,3}what (?:s |is )?there$|(?:all|every) (?:the )?(?:[a-z0-9-]+ ){1,2}stuff(?: (?:you|u) (?:ve |have )?got)?(?: pls| please)?$|qu est ce qui (?:concerne|implique|touche) (?:le |la |les |l )?[a-z0-9-]+(?: [a-z0-9-]+)?$|(?:all|every) (?:the )?(?:[a-z]+ ){1,3}ones|tout ce que (?:tu as|vous avez|t as|tu sais|vous savez) (?:sur|de)|do you know anything (?:about|on)|what (?:ve|have) you got|what do you got|what (?:s |is )?there (?:on|about)|whats there (?:on|about)|qu y a t il (?:sur|de|concernant)|(?:il )?y a quoi sur|got anything (?:on|about)|(?:dans|in) (?:ta|votre|your|the) (?:base|database|db|corpus|kb)|(?:everything|anything|all) (?:involving|with|related to|concerning|mentioning|linked to)|tout ce qui (?:concerne|implique|touche)|what have you got|what you got|anything (?:on|about)|tell me (?:everything|all|more) (?:about|on)|(?<!\b(?:runs?|running|puts?|moved?|moving|hosts?|hosted|hosting|keeps?|kept|stores?|stored|migrated?|shifted) )everything (?:about|on)|parle(?:z)? moi (?:de|du|des)|dis(?:-| )?moi tout|tout sur|infos? sur|what has (?:[a-z0-9-]+ ){1,4}done|what (?:is|are|s) (?:[a-z0-9-]+ ){1,4}doing (?:about|on|with|for|in)(?! (?:it|that|this|those|these|them)\b)|what have (?:[a-z0-9-]+ ){1,4}done|what did (?!(?:they|it|he|she|we|you|i|ils|elle|elles|il)\b)(?:[a-z0-9-]+ ){1,4}do (?:on|about|for|with)|what (?:has|have|did) (?:[a-z0-9-]+ ){1,4}(?:signed|sign|bought|buy)|what (?:s|is|has|have) (?:[a-z0-9-]+ ){1,4}been (?:signing|buying|doing|up to)|qu est ce que (?:vous avez|tu as|t as|tu sais|vous savez|tu connais|vous connaissez)|que sais tu|que savez vous|que sait on|what (?:has|have|is|was|s) (?:[a-z0-9-]+ ){1,4}(?:been )?(?:part of|involved in|up to)|(?:everything|anything) (?:you|u) (?:ve |have )?got (?:on|about|dated|from|for|in)|who (?:is|s|are) (?:actually |really |still )?(?:using|building on|running on|relying on)|who (?:actually |really |else )?(?:uses|runs on|relies on|builds on)(?! (?:it|them|this|that|these|those)\b)(?! (?:[a-z0-9-]+ ){0,2}(?:the )?(?:most|more|least|less)\b)|(?:which|what) deployments|^(?:[a-z0-9-]+ ){1,2}deployments (?:do )?(?:you|u) (?:know|have|ve got|got)|quels deploiements|qui utilise|(?:everything|anything|all|stuff)(?: [a-z]+){1,2} (?:involving|on|about|mentioning|concerning)|where (?:does|do|did) (?:[a-z0-9-]+ (?:s )?){1,3}(?:show up|shows up|appear|come up|feature)|(?:shows?|showed|turns?) up in|every deal|all of them|dans quels (?:accords|contrats|dossiers|fiches|projets) (?:[a-z]+ ){0,2}(?:apparait|figure|intervient)|qu avez vous|vous avez quoi|(?:quels|quelles) (?:dossiers|fiches|accords|contrats) (?:vous avez|avez vous|tu as|as tu|t as|avez vous)|(?:which|what) (?:dossiers|files|entries|deals) (?:you have|you ve got|you got|do you have|have you got)|(?:t as|tu as|tu aurais|t aurais) quoi (?:sur|de|concernant)|(?:utilise|utilisee|utilises) par qui|(?:a|ont) fait quoi|qu (?:a|ont) (?:t )?(?:il |elle |ils |elles |on )?fait|qu est ce que (?:le |la |les |l )?(?:[a-z0-9-]+ ){1,3}(?:a|ont) (?:decide|fait|signe|choisi))\b/,
  list: /\b(?:(?<!\b(?:on|onto|to|off) (?:the|that|this|their|its) )list(?! prices?\b)|liste|lister|all (?:the )?deals|every (?:single )?(?:(?:cloud|public|government|sovereign|federal) )?(?:deal|contract|tender|ruling|law|regulation|initiative|partnership|announcement|investment)|(?:tous les|toutes les)(?= (?:[a-z0-9-]+ ){0,2}(?:accords?|contrats?|deals?|dossiers?|fiches?|marches?|projets?|decisions?|appels?|partenariats?|investissements?|initiatives?|pays|regles|reglements?|lois|strategies|plateformes|clouds?|offres|annonces|affaires|cas|entrees|acteurs|fournisseurs|clients|administrations|ministeres|gouvernements|villes|armees|agences|organismes|etats|collectivites|hyperscaleurs|trucs|choses|infos|evenements|arrets|jugements|migrations|partenaires|bascules|deploiements|services)\b)|which deals|what deals|(?:which|what) (?:files|entries) (?:concern|mention|cover|involve|relate|deal with|refer|touch|talk about|went (?:before|to)|are (?:about|on|there)|(?:do|have|did) (?:you|u) (?:have|got|hold|keep))\w*|^(?:[a-z0-9-]+ ){0,3}?(?:which|what) (?:[a-z0-9-]+ ){0,4}?(?:deals|contracts|agreements|arrangements|measures|matters|decisions|rulings|cases|files|entries|projects|regions|initiatives|programmes|programs|strategies|policies|platforms|tenders|investments|partnerships) (?:[a-z0-9-]+ ){0,20}?are (?:documented|recorded|covered|included|on file)$|(?:quels dossiers|quelles fiches) (?:concern|mentionn|port|trait|parl|touch|figur|exist|avez|as |de votre|de ta|dans votre|dans ta|sur )\w*|(?:which|what) (?:[a-z0-9-]+ )?(?:cases|rulings|decisions|files|entries|contracts|agreements|projects|tenders) (?:cite|cites|cited|mention|mentions|mentioned|invoke|invoked|refer to|referred to|rel(?:y|ied) on)|in which (?:cases|deals|files|contracts|rulings|decisions|projects|tenders|dossiers) |quels accords|quels contrats|quels deals|quelles affaires|quelles decisions|dans quels (?:projets|accords|contrats|dossiers)|(?:has|have|did) any (?:[a-z0-9-]+ ){0,2}?(?:government|governments|country|countries|agency|agencies|body|bodies|state|states|ministry|ministries|city|cities))\b/,
} as const;

/** "who replaced Microsoft Office with LibreOffice?": the moves from one to the other asked for (moves.ts). */
export const WHO_REPLACED_WITH = /\bwho (?:replaced|swapped out|traded) (?:[a-z0-9-]+ ){1,3}(?:with|for)\b/;

/**
 * Words that say nothing about which deals an overview asks for ("Dutch government cloud stuff?"); an
 * overview question with more than two other words asks something more specific.
 */
export const OVERVIEW_VAGUE: ReadonlySet<string> = new Set(
  'cloud clouds data donnees dossiers fiches cases entries stuff things thing truc trucs choses everything anything something tout infos info sovereignty souverainete sovereign souverain souveraine government governments gouvernement gouvernemental gouvernementale gouvernementaux gouvernementales governmental cote public publics publiques publique projects project projets projet deals deal contracts contrats accords done fait news bodies authorities authority autorites organismes institutions administrations ministries ministeres governments gouvernements municipalities cities villes regulators agencies departments agences etat etats state states going happening there'.split(
    ' ',
  ),
);

/**
 * Questions asking for a judgement, which sovbot does not give (a non-goal): "best", "should we",
 * "is X trustworthy", "safe", a recommendation asked of sovbot ("what do you recommend?"; "what did the
 * senators recommend?" asks what a report said).
 */
export const OPINION =
  /\b(?:(?<!\bat )best|worst|better|should (?:we|i|my|our|you)|should (?:[a-z]+ ){1,2}(?:just |simply )?(?:ban|boycott|switch|leave|drop|avoid|trust|quit|dump)|yes or no|oui ou non|(?:you|u) recommend|recommend (?:me|us)\b|^(?:please )?recommend|trustworthy|trust|safest|is it safe|is .* safe|good idea|bad idea|(?:good|bad|right|wrong|wise|smart|sensible) (?:choice|decision|move|option)|(?:good|bad|smart|safe) (?:buy|investment|bet)|should (?:i|we) (?:buy|sell|invest)|(?:stock|stocks|shares|share|action|actions|titre) (?:a|an) (?:buy|sell|hold)|(?:buy|sell|hold) (?:or|ou) (?:sell|hold|buy)|(?:stock|stocks|shares|share|action|actions) (?:[a-z]+ )?worth (?:buying|investing)|(?:faut il|dois je) (?:acheter|vendre)|(?:bon|mauvais) (?:choix|placement|investissement)|(?:bonne|mauvaise) (?:decision|option)|meilleur|meilleure|meilleurs|pire|devrions|devrait-on|doit-on|faut-il|recommandez|recommandes|(?:tu|vous|me|m|nous) recommande[rz]?|recommande[rz]? (?:tu|vous|moi|nous)|fiable|fiables|(?<!\bde )confiance en|(?:suis|es|est|etes|sommes|sont|etre|vraiment|pas) sur de|bonne idee|mauvaise idee|(?:would|d) (?:you|u) (?:pick|choose|go with|go for|prefer|buy)|if (?:you|u) were (?:me|us)|your (?:pick|choice|preference|take on)|(?:tu|vous) (?:prendrais|choisirais|prendriez|choisiriez|preferes|preferez|prefererais|prefereriez)|a (?:ta|votre) place|your opinion|votre avis|ton avis|what do you think|qu en pensez|tu penses)\b/;

/**
 * A forecast asked for: a future outcome by a year ("Will the CADA be adopted before 2028, do you think?",
 * "Bleu obtiendra-t-il SecNumCloud avant fin 2027 ?"), or who will win a tender. sovbot reports what has
 * happened and what was announced; "when will…" asks for a date the entries may give, and a year the corpus
 * records ("…avant la fin de 2026 ?") is answered from it.
 */
export const PREDICTION = {
  future:
    /\b(?:will|ll|going to|gonna|sera|seront|obtiendra|obtiendront|gagnera|remportera|aboutira|adoptera|reussira|signera|va t (?:il|elle)|vont t? ?(?:ils|elles)|[a-z]+ra t (?:il|elle))\b/,
  bound: /\b(?:before|by|avant|d ici)(?: the end of| end of| la fin de| fin)? 20\d\d\b/,
  whoWins:
    /\b(?:who (?:will|ll|is going to|s going to|is gonna|s gonna) win|qui (?:va )?(?:gagnera|remportera|va gagner|va remporter))\b/,
  when: /\b(?:when|quand|what date|which date|quelle date|by when|d ici quand)\b/,
} as const;

/**
 * How-to and support questions ("how do I reset my AWS root password?"): sovbot reports deals, it does
 * not operate anyone's cloud account. Nor does it write jokes or poems.
 */
export const HOW_TO =
  // Live market data ("palantir share price right now?") or a forecast of it ("quel sera le cours de l'action
  // OVHcloud fin 2027 ?"): the corpus has none. Nor the weather ("weather in Bydgoszcz tomorrow? we visit JATEC").
  /\b(?:weather|meteo|quel temps (?:fait|fera|va faire)|temps qu il (?:fait|fera|va faire))\b|\b(?:share|stock|shares) price (?:(?:[a-z]+ ){0,2}(?:right now|now|today|currently|at the moment|this week)|live)\b|\bwhat will (?:[a-z0-9]+ ){0,3}(?:share|stock) price\b|\bquel sera le cours\b|\bcours de l action (?:[a-z0-9]+ ){0,2}(?:a la fin|fin de l annee|demain|ce matin|ce soir|cette semaine|l an prochain|l annee prochaine)\b|\bvaut l action (?:[a-z0-9]+ ){0,2}(?:ce matin|ce soir|aujourd hui|maintenant|en ce moment)\b|\b(?:current|today s|live|latest) (?:share|stock) price\b|\bcours (?:de l |actuel de l )?action (?:[a-z]+ ){0,2}(?:aujourd hui|maintenant|actuellement|en ce moment)\b|\b(?:(?:tell|give|make up|write) (?:me |us )?(?:a )?jokes?|(?:know|have|got|want|need|love|like|hear|share|tell) (?:me |us )?(?:a|any|one) jokes? about|^(?:(?:please|pls) )?(?:a|one) jokes? about|write (?:me )?(?:a|an) (?:poem|song|haiku|limerick|story|essay)|raconte(?: moi)? une (?:blague|histoire)|une blague sur|ecris(?: moi)? (?:un|une) (?:poeme|chanson|histoire))\b|\b(?:combien|price|prix|cost|costs|how much)\b(?!.*\b(?:lose|(?:were|was|been|got) (?:lost|destroyed|burned|burnt)|perdu\w*|detruit\w*|brule\w*)\b).*\b(?:go|gb|tb|to|gigas?|gigaoctets?|storage plan|forfait|abonnement|subscription)\b.*\b(?:drive|icloud|onedrive|dropbox|photos|gmail|stockage|storage)\b|\b(?:how (?:do|can|should|would) (?:i|we)|how to|comment (?:je|puis je|on|faire pour|faut il)|je veux|i want to|help me)\b.*\b(?:reset|password|passwords|log in|login|sign in|signin|install|configure|set up|setup|enable|disable|delete|upgrade|connect|credentials|account|accounts|bill|billing|invoice|reinitialiser|mot de passe|installer|configurer|connecter|compte|facture|facturation)\b/;

/**
 * Function words of languages sovbot does not answer in. A question with two or more of these and
 * fewer English or French function words gets "I answer in English or French".
 */
export const OTHER_LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  // German, Spanish, Italian, Dutch, Portuguese: articles, question words, common verbs.
  'der die das und ist wer wie wann warum welche welcher welches hat haben wurde mit fur nicht ein eine einen dem den vom zum zur auf cuanto cuando donde por quien cual cuales tiene fue es el los las una del con para como cosa quando dove perche chi quale sono gli della delle hanno het een wat wanneer waarom welke heeft hebben werd niet zijn voor onde quem qual sao foi nao uma dos das pelo pela'.split(
    ' ',
  ),
);

/** Words asking by what means something was done ("how did AWS physically get the data out?"). */
export const MEANS_ASKED: ReadonlySet<string> = new Set(
  'physically physiquement practically concretement concretely logistics logistique'.split(' '),
);
/** The means in a fact's text: devices, transport, tools. */
export const MEANS =
  /\b(?:flew|flown|shipped|carried|transported|trucks?|planes?|devices?|appareils?|achemin\w*|transport\w*|by hand|by road|by air|par avion)\b/i;
/** Words asking when something resumed ("let Mastercard issue cards again", "reprendre"). */
export const RESUMED_ASKED: ReadonlySet<string> = new Set(
  'again anew resume resumed resumes resuming lifted lift lifting reprendre reprend repris reprise levee lever leve'.split(
    ' ',
  ),
);
/** A restriction lifted in a fact's text ("removed the restrictions", "ended the curbs", "lifted the ban"). */
export const LIFTED =
  /\b(?:lift(?:ed|s)? the|lifted|remov\w* the (?:restrictions?|curbs?|bans?|suspension)|ended the (?:curbs?|restrictions?|ban|suspension)|restor\w*|reinstat\w*|resum\w*)\b/i;
/** Words asking what replaces something ("what are they using instead?", "par quels logiciels remplace-t-il…"). */
export const REPLACEMENT_ASKED: ReadonlySet<string> = new Set(
  'instead replacement replacements replace replaced replacing alternative alternatives substitute remplace remplacer remplacent remplacement alternatives lieu'.split(
    ' ',
  ),
);
/** Words asking who leads something ("who heads Bleu?", "qui dirige…", "the CEO of…"). */
export const LEADER_ASKED: ReadonlySet<string> = new Set(
  'ceo ceos dg md boss chief chairman chairwoman chair chairs chaired chairperson head heads headed heading lead leads leader leaders director directors runs president dirige dirigent dirigeant dirigeante dirigeants directeur directrice pdg patron patronne tete preside'.split(
    ' ',
  ),
);
/** A leader's role in a fact's text. */
export const LEADER_ROLE =
  /\b(?:ceo|chief executive|managing director|general manager|head(?:ed)? (?:of|by)|heads|director|president|chair(?:man|woman)?|leader|led by|boss|directeur|directrice|dirig\w*|pdg|pr[ée]sident\w*|à la tête)\b/i;

/** Words of a question about who went to court ("who took Doctolib to the Conseil d'État?"). */
export const COURT_ASKED: ReadonlySet<string> = new Set(
  'court courts tribunal conseil cour judge juge sued sue suing challenged challenge challengers contested contest lawsuit complaint complained appealed saisi attaque attaquer'.split(
    ' ',
  ),
);
/** A case brought, in a fact's text ("filed an urgent application", "asked the court", "a saisi"). */
export const CASE_BROUGHT =
  /\b(?:filed|brought|lodged|applied to|asked (?:the )?(?:court|conseil|judge|tribunal)|applicants|challengers|petitioners|complainants|took (?:[\w'’-]+ ){1,4}to court|sued|saisi\w*|requerant\w*)\b/i;

/** Words asking which provider a deal has ("Which provider did Singapore choose?"). */
export const PROVIDER_ASKED: ReadonlySet<string> = new Set(
  'provider providers vendor vendors supplier suppliers hyperscaler hyperscalers fournisseur fournisseurs prestataire prestataires hebergeur hebergeurs provides provide supplies supply hosts host hosting runs operates fournit fournissent heberge hebergent exploite exploitent'.split(
    ' ',
  ),
);

/** Words asking who won ("Who got the Deutschland-Stack contract?"): the fact naming the provider answers. */
export const WINNER_ASKED: ReadonlySet<string> = new Set(
  'got get gets won win wins winner winners awarded landed bagged ended obtenu obtient remporte gagne decroche laureat laureats'.split(
    ' ',
  ),
);

/** Words asking where a deal ended up ("Who ended up with…?"): its latest-dated fact answers. */
export const OUTCOME_ASKED: ReadonlySet<string> = new Set(
  'ended eventually finally final outcome finalement ultimately ultimate'.split(' '),
);

/** A dispute asked about ("what came of the appeal?"): the fact recording its outcome answers. */
export const DISPUTE_ASKED: ReadonlySet<string> = new Set(
  'lawsuit lawsuits suit sued case complaint complaints protest protests challenge challenges appeal appeals action recours plainte plaintes proces contestation contentieux litige annulation annulment referral saisine'.split(
    ' ',
  ),
);

/** Words asking who owns what ("Who owns Italy's PSN?"): shareholdings answer them. */
export const OWNER_ASKED: ReadonlySet<string> = new Set(
  'owner owners own owns owned ownership shareholder shareholders shareholding shareholdings stake stakes equity capital appartient appartiennent belongs belong belonged detient detenu detenue possede proprietaire proprietaires actionnaire actionnaires actionnariat'.split(
    ' ',
  ),
);

/** "Go with", "went for", "opté pour", "passée sur": choosing, in other words (folded, spaced words). */
export const GOING_WITH =
  /\b(?:(?:get|gets|got|getting|land|landed|bag|bagged|snag|snagged) (?:it|the (?:contract|deal|award|job)|this time)|(?:go|goes|going|gone|went|opt|opted|opte) (?:with|for|pour)|(?:passe|passee|passes|passer|passent|bascule|basculee|basculer|basculent)(?: (?!(?:sur|sous|chez|vers|a)\b)[a-z]+){0,3} (?:sur|sous|chez|vers|a)|(?:switch|switches|switched|switching|moved|migrated)(?: (?!(?:to|onto)\b)[a-z]+){0,3} (?:to|onto))\b/u;

/** "Its deal with AWS", "son contrat avec Google": a deal noun tied to a provider claims the pairing. */
export const DEAL_WITH =
  /\b(?:deal|deals|contract|contracts|partnership|agreement|contrat|contrats|partenariat|accord)(?: [a-z0-9]+){0,2}? (?:with|avec)\b/u;

/** Words that, next to a provider name, claim that the provider is a party of the deal ("chose", "with"). */
export const PAIRING_WORDS: ReadonlySet<string> = new Set(
  'choose chose chosen choosing pick picked picks select selected sign signed signs win won wins landed lands landing bagged snagged nabbed clinched scooped grabbed decroche award awarded attribute attributed reattributed re-attributed re-awarded reawarded give gave given giving hand handed hands entrust entrusted replace replaced replacing host hosts hosted hosting use uses used using built build run runs partner partnered partners provider provides provided supply supplies supplied move moved moving migrate migrated migrating migrer migrent transferred transfere transferer buy bought hire hired split shared divided opt opted pay pays paid paying contract with deal choisi choisir choisit retenu retient signe signer gagne remporte attribue attribuee confie confier confiee remplace remplacer remplacee heberge heberger hebergee utilise utiliser fournisseur fournit partenaire avec migre achete partage reparti opte paye payer paie verse obtenu obtenir obtient obtained tourne tournent tournait repose reposent reposait fonde fondee fondes fondees basee basees'.split(
    ' ',
  ),
);

/**
 * Pairing words that claim nothing on their own ("with", "deal"): when the subject's facts do name the
 * provider, only a verb that claims the pairing ("chose", "signed") makes the question a false premise.
 */
export const WEAK_PAIRING_WORDS: ReadonlySet<string> = new Set(
  'with avec deal contract provider fournisseur partenaire partner partners'.split(' '),
);

/** Words saying a provider won something ("Which deals did AWS win?"): a ruling or a law is won by no one. */
/**
 * Surnames of well-known people a question may credit with a deal's act ("Obama signed the CLOUD Act"):
 * a name the deal's entry never writes is a stranger to it, whether or not the corpus knows the person.
 * Only surnames that are no common word in English or French.
 */
export const FAMOUS_PEOPLE: ReadonlySet<string> = new Set(
  'obama biden trump clinton bush tsipras morrison albanese turnbull trudeau carney modi kishida ishiba suga lula bolsonaro netanyahu zelensky putin macron hollande sarkozy castex borne attal barnier bayrou lecornu philippe merkel scholz merz sunak starmer truss meloni draghi sanchez rutte schoof leyen vestager breton bezos jassy selipsky garman nadella ballmer pichai kurian ellison catz zuckerberg musk altman huang benioff karp thiel klaba'.split(
    ' ',
  ),
);

/**
 * Names of IT companies a question may type in lower case ("why did Japan pick fujitsu?"): a company's
 * name all the same, that a deal's entry may never write. Only names that are no common word.
 */
export const COMPANY_NAMES: ReadonlySet<string> = new Set(
  'aldi lidl swisscom hetzner exoscale infomaniak kpn telia upcloud cloudflare equinix fujitsu nec hitachi ntt softbank atos capgemini sopra thales ibm hpe dell cisco sap salesforce servicenow accenture deloitte kyndryl palantir huawei alibaba tencent baidu kingsoft naver samsung sakura iij ovh ovhcloud scaleway ionos stackit t-systems vodafone proximus telefonica fastweb aruba leonardo almaviva chapsvision outscale numspot bleu s3ns g42 core42 aramco solvinity luxconnect clarence visa mastercard paypal nasdaq nyse'.split(
    ' ',
  ),
);

export const WIN_WORDS: ReadonlySet<string> = new Set(
  'win won wins winning awarded reawarded re-awarded attributed reattributed re-attributed reassigned gagne gagnes gagnee remporte remportes remportee attribue attribues reattribue reattribues redonne redonnee decroche decroches decrochee obtenu obtenus obtenue winner winners beat beats outbid outbidding'.split(
    ' ',
  ),
);

/** Words that ask about a provider in a role other than being paired (a losing bidder, a protester). */
export const OTHER_ROLE_WORDS: ReadonlySet<string> = new Set(
  'protest protested protests sue sued suing challenge challenged lose lost losing bid bids bidder rejected reject complain complained complaint criticise criticised criticize criticized against rival rivals offered offering offert side sided versus conteste contester recours perdu perd plainte critique critiquee exceed exceeded exceeds cheaper costlier pricier undercut undercuts outbid outbidding depasse depassait'.split(
    ' ',
  ),
);

/** Stopwords the `stopword` package lacks: English contractions, chat filler, French forms. */
export const EXTRA_STOPWORDS: readonly string[] = [
  // "as of Dec 2025": a month's short form dates the question and names no one. (Not "Jan", a first name
  // too: `understand()` reads it as January only next to a number.)
  ...'feb apr jun jul aug sep oct nov dec janv fev fevr avr juil'.split(' '),
  // "si hostile", "si cher": "so", or "if".
  'si',
  // "till what year": "until", which the stopword list has.
  'till',
  // "the ministry of Mrs Dweck", "Monsieur Séguret": a title before a name ("Ms" is also Microsoft).
  'mr',
  'mrs',
  'mme',
  'madame',
  'monsieur',
  // "pourriez-vous me rappeler la date…": asking to be reminded, as "remind".
  'rappeler',
  'rappelle',
  'rappelez',
  // "quick check": filler.
  'quick',
  // "roughly what value", "approximately how many": a hedge on the figure asked, not a word of it.
  'roughly',
  'approximately',
  'approx',
  // "combien AWS met sur la table…", "what's on the table": an idiom for an offer, no subject.
  'table',
  'met',
  'mettre',
  'mets',
  'mettent',
  // "need the case number…", "I always forget it": why it is asked, not what.
  'need',
  'needs',
  'always',
  'forget',
  'forgot',
  // "switch away", "move away from": a particle.
  'away',
  // "i heard something happened to…": hearsay and vague words name nothing asked.
  'heard',
  'something',
  'somewhere',
  // "anything from 2018?": no name, whatever it is typed alone with.
  'anything',
  'happened',
  'happen',
  'happens',
  'apparently',
  'apparemment',
  'supposedly',
  'parait',
  'entendu',
  'wondering',
  'wonder',
  'curious',
  'remind',
  'recall',
  'remember',
  'guess',
  'reckon',
  'btw',
  'anyway',
  'anyways',
  'literally',
  'pretty',
  'lol',
  'lmao',
  'tbh',
  'ngl',
  'imo',
  'imho',
  'fyi',
  'smh',
  'mdr',
  'ptdr',
  'ok',
  'okay',
  'whatever',
  'stuff',
  'ouais',
  'bah',
  'ben',
  'genre',
  'truc',
  'machin',
  // "aujourd'hui" (today) falls apart on its apostrophe.
  'aujourd',
  'hui',
  // Filler: "le PSN c'est quoi exactement", "what is X actually".
  'exactement',
  'exactly',
  'exact',
  'eventually',
  'honestly',
  'seriously',
  // "the MP wants to know when…": who asks, not what.
  'wants',
  'actually',
  // "is Bleu qualified yet?": how long it took, not what.
  'yet',
  'basically',
  'precisement',
  // "incl amazon google etc", "j'ai lu 24% quelque part": lists trailing off and hearsay.
  'incl',
  'etc',
  'quelque',
  // Anyone at all ("why is everyone mad about…"): no one in particular.
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  // English contractions and chat filler; negations typed without their apostrophe ("doesnt") too: the
  // checks read negation from the question's tokens, not from its search terms.
  'doesnt',
  'dont',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'wont',
  'cant',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'want',
  's',
  't',
  'd',
  'll',
  've',
  're',
  'm',
  'its',
  'does',
  'doing',
  'done',
  'please',
  'tell',
  'know',
  'about',
  'say',
  'says',
  'will',
  'shall',
  'may',
  'can',
  'get',
  'got',
  'so',
  'far',
  'any',
  'ever',
  'one',
  'hey',
  'hi',
  'hello',
  'thanks',
  'pls',
  'plz',
  'also',
  'just',
  // "the whole eurostack thing", "back in 2019", "did it even happen": words that name nothing.
  'whole',
  'thing',
  'things',
  'back',
  'even',
  'kinda',
  'sorta',
  // French forms the list misses, and chat filler.
  'est-ce',
  'ce',
  'ca',
  'cela',
  'il',
  'elle',
  'ils',
  'elles',
  'lui',
  'leur',
  'y',
  'en',
  'dont',
  'vers',
  'dit',
  'disent',
  'dire',
  'va',
  'vont',
  'peut',
  'peuvent',
  'doit',
  'doivent',
  'fait',
  'faire',
  'faut',
  'bonjour',
  'salut',
  'merci',
  'stp',
  'svp',
  'dis',
  'moi',
  'quoi',
  'donc',
  'alors',
  'aussi',
  'ete',
];

/** Words that ask a question; they set the intent and are then dropped from the search. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  // Chat spellings: "c koi bleu", "pk S3NS ?", "wat is JEDI".
  'koi',
  'kwa',
  'pk',
  'pq',
  'wat',
  'wot',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'much',
  'many',
  'que',
  'quoi',
  'qui',
  'quel',
  'quels',
  'quelle',
  'quelles',
  'quand',
  'ou',
  'pourquoi',
  'comment',
  'combien',
  'lequel',
  'laquelle',
  'lesquels',
  'lesquelles',
]);

/** Words that only French uses (folded): they tell a question's language. */
export const FRENCH_MARKERS: ReadonlySet<string> = new Set([
  'koi',
  'kwa',
  'pk',
  'pq',
  'le',
  'la',
  'les',
  'des',
  'du',
  'un',
  'une',
  'est',
  'sont',
  'quel',
  'quels',
  'quelle',
  'quelles',
  'qui',
  'quand',
  'combien',
  'pourquoi',
  'comment',
  'que',
  'qu',
  'avec',
  'pour',
  'dans',
  'sur',
  'et',
  'ou',
  'au',
  'aux',
  'ce',
  'cette',
  'ces',
  'il',
  'elle',
  'a-t-il',
  't',
  'l',
  'd',
  'contrat',
  'contrats',
  'accord',
  'donnees',
  'renseignement',
  'gouvernement',
  'etat',
  'francais',
  'francaise',
  'ministere',
  'armee',
  'vaut',
  'choisi',
  'signe',
  'entre',
  'quoi',
  'propose',
  'dit',
  'fait',
  'ont',
  'sont',
  'etait',
  'par',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'depuis',
  'apres',
  'avant',
  'chez',
  'selon',
  'mais',
  'pas',
  'ne',
]);

/** Words that only English uses (folded). */
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set([
  'the',
  'is',
  'are',
  'was',
  'were',
  'what',
  'which',
  'who',
  'when',
  'where',
  'why',
  'how',
  'did',
  'does',
  'do',
  'of',
  'for',
  'with',
  'and',
  'to',
  'in',
  'on',
  'by',
  'it',
  'its',
  'much',
  'many',
  'deal',
  'deals',
  'contract',
  'contracts',
  'agreement',
  'data',
  'government',
  'choose',
  'chose',
  'picked',
  'pick',
  'signed',
  'from',
  'has',
  'have',
  'been',
  'will',
  'would',
  'that',
  'this',
  'there',
  'an',
  'a',
  'about',
  'after',
]);

/**
 * Words that ask for the same thing in questions about deals, in both languages: a question says
 * "replace" where the fact says "succeeds", "challenge" where it says "protest". Folded forms. A word
 * marked ">" reads as the group's other words, which do not read as it ("is it running?" asks whether it
 * is live; "operational" must not match the "run by" of a title through the stem of "running").
 */
export const SYNONYM_GROUPS: readonly string[] = [
  // "Schrems 2" is Schrems II, "Nube Pública 4" the fourth framework.
  'ii 2',
  'iii 3',
  'iv 4',
  'domestic homegrown',
  'replace replaced replaces replacement succeed succeeds succeeded successor supersede superseded remplacer remplace remplacement succede successeur',
  'challenge challenged contest contested dispute disputed protest protested contester conteste contestation recours sue sued suing lawsuit plainte plaintes',
  'complain complained complaining complaint complaints plainte plaintes grievance grievances',
  'acknowledge acknowledged acknowledges admit admits admitted concede conceded reconnait reconnu admet admis avoue',
  'promise promised promises pledge pledged pledges vow vowed undertake undertook commitment commitments promis promise promet promettre',
  'charge responsible responsibility oversee oversees overseen oversaw responsable',
  'choose chose chosen pick picked select selected selection retained choisir choisi choisit choisissent retenu selectionne',
  // "the tender attributed in April 2026": a French turn for awarded.
  'win won wins winner awarded award attributed remporte gagne attribue laureat',
  'job jobs employment emplois emploi',
  'employee employees staff workers workplaces employes salaries agents postes',
  'computer computers pcs workstations ordinateurs ordinateur',
  'founder founders founding founded fondateur fondateurs fondatrice fondatrices fonde fondation',
  'centre centres center centers datacentre datacenter datacentres datacenters',
  'build building built builder builders construct constructing constructed construction construire construit construisent',
  'ban banned bans prohibit prohibited forbid forbidden interdire interdit interdiction bannir banni bannie bannis',
  'fire fired sack sacked virer vire vires virees licencier licencie licencies licenciement renvoye renvoyes',
  'split divided divide lots lot diviser divise',
  'technology technologies tech technologie',
  // "What was its initial yearly budget?": "started out with an annual budget".
  'annual annually yearly annuel annuelle annuels annuelles',
  'initial initially start started outset debut initialement depart',
  'price cost costs worth value valued valeur vaut coute couterait couteraient coutera montant prix',
  'sign signed signing signe signature',
  'bid bids bidding bidder bidders soumissionnaire soumissionnaires',
  'buy bought purchase purchased acheter achete achat',
  // ("pays" is also French for country: left out.)
  'pay paid paying payment payments payer paye payee payes paie verse versee verses verser versement',
  'law act loi',
  'ceiling cap capped plafond plafonne maximum',
  'end ends ended ending finish finished completion complete completed expire expires fin terminer termine achevement acheve',
  'expected due planned scheduled estimated prevu prevue prevus attendu cense censee',
  '>running operational live launch launched launches opens opened operationnel lance lancement ouverture demarre demarrer demarrage',
  'hacker hackers attacker attackers cyberattack cyberattacks pirate pirates cyberattaque attaquants criminals criminels gang',
  'owner owners own owns owned belong belongs belonged appartient appartiennent appartenir hold holds held shareholder shareholders stake stakes actionnaire actionnaires capital detient possede proprietaire parts participation',
  'spend spending spent invest investment invested depenser depense investir investissement investi',
  'leave leaving left exit quit quitter quitte sortir sortie abandonner abandonne drop dropped dump dumped ditch ditched lacher lache lachee',
  'block blocked blocking halt halted derail derailed derails suspend suspended suspension pause paused shelve shelved postpone postponed bloquer bloque bloquee suspendre suspendu suspendue suspens',
  'lift lifted lifting remove removed removal lever leve levee levees retirer retire',
  'exclude excluded excluding exclusion kick kicked eliminate eliminated disqualified exclure exclu exclue exclus ecarte ecartee ecartes elimine',
  'stop stopped stopping kill killed pull plug discontinue discontinued arreter arrete arretee fermer fermeture',
  'runs run operate operates operated operator exploite exploitant gere opere',
  'ceo chief head heads headed boss md managing dirige diriger dirigeant dirigeante directeur patron pdg dg',
  'ownership shareholding shareholdings stake stakes equity actionnariat participation participations >shares',
  'cap caps capped limit limits limited plafond plafonne plafonnee',
  // "highest data classification allowed": data "classed RESTRICTED or below".
  'classification classifications classed classe classee classees',
  'vendor vendors provider providers supplier suppliers fournisseur fournisseurs prestataire prestataires',
  'customer customers client clients',
  'people citizens >persons >personnes >individuals',
  'app apps application applications appli applis',
  // Short names people type for the big providers.
  'microsoft msft ms',
  'aws amazon',
  // "pull the plug on JEDI": cancel it.
  'cancel cancelled canceled cancels scrap scrapped abandon abandoned kill killed plug annuler annule abandonne',
  'adopt adopted enact enacted passed promulgated adopte adoptee promulgue vote',
  'access see read view consult acceder acces voir lire consulter',
  'ruling ruled judgment judgement verdict arret jugement statue',
  'criticised criticized criticism critics critic criticise criticize critique critiques critique critiquee trashed slammed blasted lambasted panned',
  'army military armed forces armee militaire militaires defence defense',
  'country countries pays',
  'invalidate invalidated invalidates invalidating quash quashed overturn overturned struck invalide invalidee invalider',
  'fund funds funded funding financed financing footed bankrolled subsidised subsidized finance financement finances financee',
  'rise rose risen climb climbed jump jumped gain gained soar soared monte montee hausse grimpe bondi',
  'compare compared compares likened likens liken comparison comparait',
  'dev devs development developer developers develop developed developpement developpeur developpeurs',
  'tank tanked plunge plunged plummet plummeted slump slumped sank chute chuter',
  'stock shares',
  'unveil unveiled unveils unveiling introduce introduced devoile devoilee devoiler',
  'event events conference conferences conf summit salon evenement',
  'led spearheaded spearhead piloted pilote mene',
  'dispute disputes contested controversy controversial row rows spat feud clash bagarre controverse polemique',
  'requirement requirements criteria criterion exigence exigences criteres critere',
  'oppose opposed opposing refuse refused refusaient refusait reject rejected opposes opposaient',
  // "when did the supervisor shut the case?": it closed it.
  'close closed closes closing shut shuts clos close cloture cloturer cloturee',
  // "got stretched out till 2031": the framework was extended.
  'extend extended extends extension stretch stretched prolong prolonged prolonge prolongee prolonger prolongation rallonge rallonger',
];

/**
 * Capitals people write for their country's government ("How much has Ottawa spent…?", "The Hague blocked
 * the sale"), with the word the corpus writes the country with. A capital the corpus does not know is read
 * as its country; one it knows also finds its country's deals (a one-way synonym: "Canada" does not find
 * "Ottawa"), unless it is in {@link CAPITALS_OF_HOSTS}.
 */
export const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['ottawa', 'canada'],
  ['bern', 'switzerland'],
  ['berne', 'suisse'],
  ['tokyo', 'japan'],
  ['seoul', 'korea'],
  ['delhi', 'india'],
  ['brasilia', 'brazil'],
  ['bogota', 'colombia'],
  ['nairobi', 'kenya'],
  ['kyiv', 'ukraine'],
  ['kiev', 'ukraine'],
  ['tallinn', 'estonia'],
  ['rabat', 'morocco'],
  ['rome', 'italy'],
  ['copenhagen', 'denmark'],
  ['copenhague', 'danemark'],
  ['lisbon', 'portugal'],
  ['lisbonne', 'portugal'],
  ['dublin', 'ireland'],
  ['wellington', 'zealand'],
  ['hague', 'netherlands'],
  ['haye', 'netherlands'],
  ['riyadh', 'saudi'],
  ['riyad', 'saudi'],
  ['canberra', 'australia'],
]);

/**
 * Capitals better known as where providers keep their European offices than as a government with deals of
 * its own ("Dublin"): read as their country only when the corpus never writes them.
 */
export const CAPITALS_OF_HOSTS: ReadonlySet<string> = new Set(['dublin']);

/** A yes/no question ("did they sign?", "is it live?"), which asks rather than takes for granted. */
export const YES_NO_OPENING =
  /^(?:(?:so|and|ok|hey) )?(?:did|does|do|has|have|had|is|was|were|are|will|can|could|est ce que|est ce qu|a t il|a t elle|ont ils|ont elles)\b/;
/**
 * A French question by inversion after its subject, with no question word before it ("l'élection de Trump
 * a-t-elle été le déclencheur ?", "Bleu est-il qualifié ?"): it asks whether.
 */
export const FRENCH_INVERTED_YES_NO =
  /^(?:(?!(?:pourquoi|quand|comment|combien|qui|que|quoi|quel|quels|quelle|quelles|ou|lequel|laquelle) )[a-z0-9-]+ ){1,8}(?:a|est|ont|sont|etait|avait|va|peut|doit|aurait|serait) t? ?(?:il|elle|ils|elles) /;

/** A name a question denies or sets a deal against: "not the Court", "an alternative to M365". */
export const SET_ASIDE_NAME =
  /\b(?:not|nor|instead of|rather than|et non|non pas|plutôt que|au lieu de|alternatives? to|alternatives? à)\s+(?:the |le |la |l’|l')?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2})/gu;

/**
 * Where the asker read it ("I read in Le Monde that…", "lu dans Le Monde", "an article in Politico"): a
 * publication, which claims nothing of the deal's parties.
 */
export const READ_IN_NAME =
  /\b(?:(?:read|saw|seen|heard|lu|vu|entendu)\s+(?:it\s+|that\s+|ça\s+|ca\s+)?(?:in|dans)|(?:article|piece|papier)\s+(?:in|dans|du|de))\s+(?:the |le |la |les |l’|l')?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2})/gu;

/** A yes/no question about one deal, "the … tender/contract" (not "any contracts"). */
export const ONE_DEAL_ASKED =
  /^(?:was|were|is|did|has|had)\b(?!.*\b(?:deals|contracts|tenders|agreements|frameworks)\b).*\bthe (?:[a-z0-9-]+ ){0,4}(?:tender|contract|deal|framework|agreement)\b/;

/**
 * Comparisons asked without the word: "what are the differences", "between A and B, which one…", "which … in
 * each programme". They compare only deals named (the plan checks that no two providers, places or years are
 * the sides).
 */
export const COMPARE_NAMED =
  /\b(?:what are the (?:main |key |big )?differences|(?:and|et) (?:[a-z0-9-]+ ){1,6}?(?:what|which) (?:[a-z0-9-]+ ){0,4}in each (?:programme|program|deal|contract|case|scheme|framework|plan)s?)\b|^between (?:[a-z0-9-]+ ){1,6}and (?:[a-z0-9-]+ ){1,6}(?:which|what|who) (?:one|of (?:the|them) (?:two|both))\b/;

/** Words of a provider's full name after its short one ("Amazon Web Services", "Google Cloud Platform"). */
export const PROVIDER_NAME_WORDS: ReadonlySet<string> = new Set(
  'web services cloud platform corporation corp infrastructure inc ltd gmbh technologies group holdings plc limited company'.split(
    ' ',
  ),
);

/** Adverbs that sit between an auxiliary and its verb ("a encore été", "has already been"). */
export const CLAIM_ADVERBS: ReadonlySet<string> = new Set(
  'encore toujours deja aussi vraiment finalement jamais souvent ensuite enfin still already again also really finally actually eventually indeed'.split(
    ' ',
  ),
);

/** French comparatives before "que" ("plus cher que", "moins chère qu'"). */
export const FRENCH_COMPARATIVE: ReadonlySet<string> = new Set(
  'plus moins mieux cher chere chers cheres couteux couteuse meilleur meilleure'.split(' '),
);

/**
 * "What did the GAO say about the CIA picking Amazon?": what is reported is no clause of the one reporting it,
 * but the words before it belong to what is reported ("…decide regarding the Health Data Hub on Google Cloud").
 */
export const REPORTED: ReadonlySet<string> = new Set(['about', 'regarding', 'concerning']);

/** Something claimed not had yet, and what follows ("still doesn't have SecNumCloud", "n'a toujours pas…"). */
export const STILL_WITHOUT =
  / (?:still (?:doesn t|does not|don t|do not|hasn t|has not|haven t|have not|hasnt|doesnt|not|lacks?|waiting for)|not yet|n a toujours pas|n ont toujours pas|toujours pas|pas encore|toujours sans|still without) ((?:[a-z0-9-]+ ){1,5})/;

/** A sentence recording something granted or obtained (folded, spaced). */
export const GRANTED =
  / (?:granted|obtained|received|awarded|won|achieved|gained|qualified|certified|accorde\w*|obtenu\w*|recu\w*|qualifie\w*|decroche\w*) /;

/** Work claimed to be going on now (folded, spaced): "so far", "how far is", "now that", "à ce jour". */
export const ONGOING_CLAIMED =
  / (?:so far|to date|now that|how far (?:is|are|along)|how is (?:the )?(?:[a-z0-9-]+ ){0,3}(?:going|progressing)|currently|at the moment|these days|into the option years|still (?:running|going|live|active|in use|being built|under way)|jusqu ici|a ce jour|actuellement|en ce moment) /;

/** Words of a deal's end (folded, spaced). */
export const ENDING_WORDS =
  / (?:cancel\w*|scrapped|terminated|abandoned|called off|annul\w*|abandonne\w*|arrete|arretee|stopped) /;

/** A part standing for the thing another names: "the one", "that of", "celui de", "its" (folded, spaced). */
export const ELLIPSIS =
  / (?:the one|the ones|that of|those of|theirs|its own|celui|celle|ceux|celles|le sien|la sienne) /;

/** Words asking for a comparison, which name no deal. */
export const COMPARE_WORDS: ReadonlySet<string> = new Set(
  'compare compared comparing comparer comparez comparaison versus vs difference differences contre against between entre please svp'.split(
    ' ',
  ),
);

/** Nouns for a company, beside which a place says where it is from ("the Abu Dhabi company"). */
export const FIRM_NOUNS: ReadonlySet<string> = new Set(
  'company companies firm firms group startup start-up societe entreprise boite groupe conglomerate'.split(
    ' ',
  ),
);

/** Words after a provider's name that name no product of it ("Google cloud deals", "AWS contracts"). */
export const PRODUCT_GENERIC: ReadonlySet<string> = new Set(
  'cloud clouds deal deals contract contracts agreement agreements stuff tech kit wins win won deployments customers clients projects offers offer services platform region regions partnership partnerships accords contrats projets offres'.split(
    ' ',
  ),
);

/** A challenge asked about ("got challenged", "protested", "taken to court", "contestés", "recours"). */
export const CHALLENGE_ASKED =
  / (?:challenged|challenge|challenges|contested|protested|protest|protests|appealed|sued|disputed|taken to court|took (?:it )?to court|went to court|before the gao|contestes?|contestees?|attaques? en justice|recours|devant la justice) /;

/** …of awards, several (not "which rulings were appealed", nor "the JEDI award"). */
export const AWARDS_ASKED =
  / (?:awards|contracts|tenders|procurements|deals|marches|contrats|attributions|appels d offres) /;

/** A list asked: "which…", "list…", "quels…", "any…". */
export const LIST_OPENING =
  /^ (?:(?:so|ok|and|et) )?(?:which|what|list|name|any|all|quels?|quelles?|lesquels|lesquelles|liste\w*)\b/;

/** A bidder asked about: "by a losing bidder", "bid protest", "before the GAO", "soumissionnaire évincé". */
export const BIDDER_ASKED =
  / (?:bidders?|bid protests?|losing|losers?|rivals?|competitors?|excluded|unsuccessful|gao|soumissionnaires?|concurrents?|candidats?|evinces?|ecartes?|perdants?|malheureux) /;

/** A fact telling of a bidder contesting an award (English text). */
export const BIDDER_CHALLENGE =
  /\b(?:bid protest|lodged a procurement complaint|filed (?:a |its )?(?:bid )?protest|lodged (?:a |an )?(?:bid )?(?:protest|appeal)|losing bidders? appealed|contested the [\w-]+ award|took the [\w-]+ (?:procurement|contract) to court|to the Court of Federal Claims over|protest against (?:the|its|being)|appeal in \w+ \d{4} against being left out|challenged the (?:award|extension))\b/i;

/**
 * A clause asking with a question word or an auxiliary ("what was…?", "Quelles entreprises…?"); folded,
 * spaced. A sentence asks when its first clause, or what follows its lead-in, does ("For the Home Office
 * deal, what was…?").
 */
export const ASKS_OPENING =
  /^(?:(?:so|and|but|ok|then|et|mais|alors|donc) )?(?:who|whom|whose|what|whatever|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|quel|quels|quelle|quelles|qui|quand|ou|pourquoi|comment|combien|est ce|lequel|laquelle|lesquels|lesquelles|a t il|a t elle|ont ils|ont elles)\b/;

/** Roles written just before a person's name in the facts ("economy minister Bruno Le Maire"). */
export const PERSON_ROLES: ReadonlySet<string> = new Set(
  'minister ministre mp mep depute deputy senator senateur president presidente commissioner commissaire ceo cto cio director directeur directrice chief head secretary secretaire chancellor chancelier rapporteur judge juge professor spokesperson porte-parole founder fondateur chairman chair leader premier official manager boss governor gouverneur mayor'.split(
    ' ',
  ),
);

/** Words joining alternatives ("Open-Xchange or Microsoft Exchange", "M365 ou Google Workspace"). */
export const ALTERNATIVE_WORDS: ReadonlySet<string> = new Set(['or', 'ou', 'nor', 'ni']);

/** Words putting a name inside another's ("G42, including Core42", "incl", "y compris"): either will do. */
export const INCLUDING_WORDS: ReadonlySet<string> = new Set(['incl', 'including', 'compris', 'notamment']);

/** A stretch of time rather than a term: "the last five years", "5 yrs before the contract", "ces 3 dernières années". */
export const PERIOD_SPAN =
  /\b(?:(?:last|past|previous|next|coming|first) (?:[a-z0-9]+ )(?:years?|yrs?|months?)|(?:[a-z0-9]+ )(?:years?|yrs?|months?|ans|annees|mois) (?:before|after|ago|earlier|later|since|avant|apres|plus tot|plus tard|precedent\w*|suivant\w*)|(?:[a-z0-9]+ )(?:dernieres annees|derniers mois|annees precedentes|prochaines annees))\b/g;

/** A question saying a party confirmed something ("publicly confirmed", "officiellement", "a confirmé"). */
export const CONFIRMATION_CLAIMED =
  /\b(?:confirmed|confirms|officially|publicly (?:disclosed|announced|stated)|a confirme|ont confirme|officiellement)\b/;

/** A question saying no one confirmed it ("neither side ever confirmed", "jamais confirmé"). */
export const CONFIRMATION_DENIED =
  /\b(?:neither|nor|never|not|no one|nobody|ni|jamais|pas|personne)\b(?: [a-z0-9-]+){0,4} (?:confirm|confirme|confirmed|confirmee)\b/;

/** A figure in the question: a number, or a word of value ("worth", "montant"). */
export const FIGURE_ASKED =
  /\b(?:\d[\d.,]*\s?(?:m|bn|k|million|millions|billion|milliards?)?|worth|value|valued|figure|amount|montant|valeur|chiffre)\b/;

/** A fact saying no party confirmed a figure, folded ("neither GCHQ nor AWS confirmed any figure"). */
export const UNCONFIRMED =
  /\b(?:neither\b(?: [a-z0-9-]+){1,8} nor\b(?: [a-z0-9-]+){1,6} confirmed|not (?:been )?confirmed|unconfirmed|did not confirm|never confirmed|ni\b(?: [a-z0-9-]+){1,8} ni\b(?: [a-z0-9-]+){1,6} (?:n a|n ont) confirme|non confirmee?s?|jamais confirmee?)\b/;

/** Words before a year that make it the period a figure covers ("purchases for 2024", "pour 2024"). */
export const FIGURE_PERIOD_BEFORE: ReadonlySet<string> = new Set(['for', 'pour']);

/** Deals the asker says they know of already, asking for the others ("i know hmrc, what else is there"). */
export const KNOWN_ALREADY =
  / (?:i know(?: of| about)?|we know(?: of| about)?|what else|who else|anything else|besides|apart from|aside from|other than|je connais|on connait|quoi d autre|a part|en dehors d[eu]) /u;

/**
 * A ruling claimed to void something, with the words naming it (spaced, folded): "annulled the data privacy
 * framework …", "declared the standard contractual clauses invalid", "a annulé le …".
 */
export const RULED_VOID =
  / (?:annulled|annuls|struck down|strikes down|invalidated|invalidates|overturned|overturns|quashed|annule|annulee|annules|annulees|invalide|invalidee|invalides|invalidees) ((?:[a-z0-9-]+ ){1,6})| (?:declared|ruled|found|jugee?s?|declaree?s?) ((?:[a-z0-9-]+ ){1,6})(?:invalid|void|illegal|unlawful|invalides?|illegale?s?|nulle?s?) /;
/**
 * A fact's sentence telling a ruling that kept something (the action dismissed, the decision upheld); not a
 * protest upheld ("GAO upheld Microsoft's protest": the award fell), nor news confirmed ("confirmed that…").
 */
export const RULED_KEPT =
  / (?:upheld|upholds|dismissed|dismisses|rejected|rejects|confirmed|validated|maintained|a rejete|a confirme|a valide|a maintenu|rejete|rejetee|confirme|confirmee|valide|validee|maintenu|maintenue)(?! (?:that|que|qu|it|its|le|la) )(?! (?:[a-z0-9-]+ ){0,2}(?:protest|protests|appeal|appeals|complaint|complaints|challenge|challenges|objection|objections|recours|plainte|plaintes|contestation)\b) /;
/** A fact's sentence telling something annulled or declared invalid. */
export const RULED_VOID_FACT =
  / (?:annul\w*|struck down|strikes down|invalidat\w*|invalid|overturn\w*|quash\w*|invalide\w*|nulle?s?) /;

/** Founders spoken of (spaced, folded): "founding members", "membres fondateurs", "co-founders". */
export const FOUNDERS =
  / (?:founding (?:members?|partners?|companies)|founders?|founder members?|co ?founders?|membres? fondateurs?|fondateurs?|cofondateurs?|co fondateurs?) /;
/** Who the founders were, asked (spaced, folded). */
export const FOUNDERS_ASKED =
  /^ (?:who|which|qui|quels?|quelles?|name|list|liste) | (?:who|which|qui) (?:were|are|was|etaient|sont) (?:the |les )?(?:founding|founders?|membres fondateurs|fondateurs)/;

/**
 * A small share claimed (spaced, folded), with the words after it naming what it counts: "very few of the
 * cloud providers", "hardly any", "très peu des fournisseurs".
 */
export const FEW_CLAIMED =
  / (?:very few|hardly any|barely any|almost no|almost none|next to no|only a few|only a handful|a tiny minority|tres peu|fort peu|presque aucun|presque aucune|quasi aucun|quasi aucune|quasiment aucun|quasiment aucune|une infime minorite) (?:of |d |de |des |du )?(?:the |les |la |le |l )?((?:[a-z0-9-]+ ){1,4})/;
/** A fact's sentence giving a large share (spaced, folded): "more than half of", "most of", "la plupart". */
export const LARGE_SHARE =
  / (?:more than half|over half|the majority|a majority|most of|the bulk|plus de la moitie|plus de moitie|la majorite|la plupart|l essentiel) /;
