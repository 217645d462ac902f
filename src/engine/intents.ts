import type { FactTopic } from '../corpus/schema.js';
import { countNames, type FactRow } from './fact-features.js';
import {
  CASE_BROUGHT,
  COURT_ASKED,
  DISPUTE_ASKED,
  LEADER_ASKED,
  LEADER_ROLE,
  LIFTED,
  MEANS,
  MEANS_ASKED,
  OUTCOME_ASKED,
  OWNER_ASKED,
  PROVIDER_ASKED,
  REPLACEMENT_ASKED,
  RESUMED_ASKED,
  WINNER_ASKED,
} from './lexicon.js';
import { movesIn } from './moves.js';
import { fold, tokenize } from './normalize.js';

// The registry of intents: for each kind of detail a question may ask for, the patterns that recognise
// it, the words that only ask for it (dropped from the search), the fact topics that answer it, and the
// fact detectors with the weight each adds to a fact's score. Fact ranking (rank-facts.ts), deal
// tie-breaks (rank-deals.ts) and "the entry has no such detail" all read this one table.

/** What kind of detail the question asks for. */
export type Intent =
  | 'duration'
  | 'value'
  | 'count'
  | 'date'
  | 'parties'
  | 'reason'
  | 'location'
  | 'criticism'
  | 'definition'
  | 'list'
  | 'after'
  | 'status'
  | 'general';

/** A property of a fact that carries the detail an intent asks for, and what it adds to the fact's score. */
export interface FactDetector {
  /** What the detector finds, for traces and docs. */
  name: string;
  /** Score added to a fact that has it (or, for `scaled`, per unit). */
  weight: number;
  test(row: FactRow, asked: ReadonlySet<string>): number;
  /** Whether a fact with it answers the intent (deal tie-break, "no such detail"). */
  answers: boolean;
  /**
   * Whether its weight holds however well the fact's words match the question (not damped by the fact's
   * share of the question's words): a figure in the very unit asked for answers even against a fact that
   * repeats the question.
   */
  firm?: boolean;
}

export interface IntentSpec {
  /** Fact topics that answer the intent (a fact's own `topics`, or read from its text). */
  topics: readonly FactTopic[];
  /** Score added to a fact with one of `topics`. */
  topicWeight: number;
  /** Words that only ask for this kind of detail: dropped from the question's search terms. */
  askWords: ReadonlySet<string>;
  detectors: readonly FactDetector[];
}

/** A fact saying whom something belongs to ("belongs to the Guizhou provincial government", "owned by"). */
const OWNERSHIP_STATED =
  /\b(?:belongs to|(?:wholly |majority |jointly |state[- ])?owned by|is (?:a |the )?(?:wholly owned )?subsidiary of|in (?:\w+ ){0,2}hands)\b/i;

const none: ReadonlySet<string> = new Set();
const has = (value: boolean) => (value ? 1 : 0);
/** Leaders' roles asked (folded words) and how a fact's English text writes each. */
const ROLE_FAMILIES: ReadonlyArray<readonly [ReadonlySet<string>, RegExp]> = [
  [
    new Set(['chair', 'chairs', 'chaired', 'chairman', 'chairwoman', 'chairperson']),
    /\bchair(?:man|woman|person)?\b/i,
  ],
  [new Set(['ceo', 'ceos', 'pdg']), /\b(?:ceo|chief executive)\b/i],
  [new Set(['md']), /\bmanaging director\b/i],
];

// "How much data…?", "how much power would it take?", "quelle part…?": the question names the measure,
// and the fact that gives a figure in that unit answers it (petabytes, megawatts, a percentage).
const MEASURES: ReadonlyArray<{ asked: readonly string[]; unit: RegExp; not?: readonly string[] }> = [
  {
    asked: ['data', 'donnees', 'storage', 'stockage', 'volume'],
    // "How much did the data centre cost?" asks no volume of data.
    not: [
      'centre',
      'center',
      'centres',
      'centers',
      'centre',
      'datacenter',
      'datacentre',
      'embassy',
      'ambassade',
    ],
    // French "Po", "To" with their capitals only: "2023/24 to 2026/27" is no volume.
    unit: /\d\s?(?:[pP][bB]|[tT][bB]|[gG][bB]|Po|To)\b|\b(?:[pP]eta|[tT]era|[gG]iga)(?:bytes?|octets?)\b|[pP]etabyte|[tT]erabyte/,
  },
  {
    asked: ['power', 'electricity', 'energy', 'megawatts', 'mw', 'puissance', 'electricite', 'energie'],
    unit: /\d\s?(?:mw|gw|kw)\b|\b(?:mega|giga)watts?\b/i,
  },
  {
    asked: [
      'share',
      'percentage',
      'proportion',
      'percent',
      'part',
      'pourcentage',
      'stake',
      'stakes',
      'shareholding',
    ],
    // "At what price per share…?" asks a price.
    not: ['price', 'prix', 'priced'],
    unit: /\d\s?%|\bper ?cent\b/i,
  },
  // "What discount…?", "quelles remises sur les prix publics ?": a share off a price.
  {
    asked: ['discount', 'discounts', 'remise', 'remises', 'rabais'],
    unit: /\d\s?%|\bper ?cent\b/i,
  },
];
const UNIT_ASKED: FactDetector = {
  name: 'a figure in the unit the question names (data, power, a share)',
  weight: 1.5,
  test: (r, asked) =>
    has(
      MEASURES.some(
        (m) =>
          (m.asked.some((w) => asked.has(w)) ||
            // "How much of its systems…?" asks a share too.
            (m.asked.includes('share') && asked.has('how') && asked.has('much') && asked.has('of'))) &&
          !(m.not ?? []).some((w) => asked.has(w)) &&
          m.unit.test(r.fact.text),
      ),
    ),
  answers: false,
  firm: true,
};

// In a question of no particular kind, only a unit named as such ("which stake does TIM have?", "ruto said
// something abt electricity?"): not "data" nor "part", which most questions write for other things.
const UNIT_NAMED: FactDetector = {
  ...UNIT_ASKED,
  name: 'a figure in the unit the question names (power, a stake), in a question of no particular kind',
  test: (r, asked) =>
    has(
      MEASURES.some(
        (m) =>
          !m.asked.includes('data') &&
          m.asked.some((w) => w !== 'part' && asked.has(w)) &&
          !(m.not ?? []).some((w) => asked.has(w)) &&
          m.unit.test(r.fact.text),
      ),
    ),
};

// "What was the order number?", "case reference for Schrems II", "numéro de l'affaire": the fact giving a
// case or order reference ("order no. 450163", "case C-311/18").
const REFERENCE_ASKED: FactDetector = {
  name: 'a case or order reference, when one is asked for',
  weight: 1.5,
  test: (r, asked) =>
    has(
      (asked.has('reference') ||
        asked.has('docket') ||
        asked.has('numero') ||
        (asked.has('number') && (asked.has('case') || asked.has('order') || asked.has('ruling')))) &&
        /\b(?:no\.|n°|case)\s?\(?[A-Z]?-?\d|\b[CT]-\d+\/\d\d\b/.test(r.fact.text),
    ),
  answers: false,
  firm: true,
};

/** Whether the question has a word `asks` takes and `text` matches `tells`: a cue and the detail it asks for. */
function asksAndTells(
  asked: ReadonlySet<string>,
  asks: ReadonlySet<string> | RegExp,
  tells: RegExp,
  text: string,
): number {
  const takes = asks instanceof RegExp ? (w: string) => asks.test(w) : (w: string) => asks.has(w);
  return has([...asked].some(takes) && tells.test(text));
}

/** `asksAndTells` over a table of cue words and what each asks for: 1 when any row fits the fact. */
function asksAndTellsAny(
  asked: ReadonlySet<string>,
  table: ReadonlyArray<readonly [ReadonlySet<string> | RegExp, RegExp]>,
  text: string,
): number {
  return has(table.some(([asks, tells]) => asksAndTells(asked, asks, tells, text) > 0));
}

// "How did AWS physically get Ukraine's data out when the invasion started?": the fact that tells the means,
// whatever the question's other words ask ("when…" makes it a date question too).
const MEANS_DETECTOR: FactDetector = {
  name: 'the means, when how something was physically done is asked',
  weight: 1.2,
  test: (r, asked) => asksAndTells(asked, MEANS_ASKED, MEANS, r.fact.text),
  answers: false,
  firm: true,
};

// "When did the RBI let Mastercard issue new cards again?": the fact that says the curbs were lifted, not
// the one that imposed them.
const RESUMED_DETECTOR: FactDetector = {
  name: 'a restriction lifted, when something resuming is asked',
  weight: 1.2,
  test: (r, asked) => asksAndTells(asked, RESUMED_ASKED, LIFTED, r.fact.text),
  answers: false,
  firm: true,
};

// "What ransom did Brain Cipher ask for?": the amount of that kind (a ransom, a rent, a fee), not the
// deal's own value.
const MONEY_NOUNS: ReadonlyArray<readonly [ReadonlySet<string>, RegExp]> = [
  // "How much did the gang demand / ask for?" where the entry has a ransom.
  [
    new Set([
      'ransom',
      'rancon',
      'demand',
      'demanded',
      'demanding',
      'ask',
      'asked',
      'extort',
      'exige',
      'reclame',
    ]),
    /\b(?:ransom|rancon)/,
  ],
  [new Set(['rent', 'loyer']), /\b(?:rent|loyer)/],
  [new Set(['fee', 'fees']), /\bfees?\b|\bfrais\b/],
  [new Set(['subsidy', 'subsidies']), /\bsubsid|\bsubvention|\bstate aid|\baides? d etat/],
  [new Set(['compensation']), /\bcompensat|\bindemni/],
  [new Set(['discount', 'remise']), /\bdiscount|\bremise/],
  [new Set(['loan']), /\bloan|\bpret\b/],
];
const MONEY_NOUN_ASKED: FactDetector = {
  name: 'an amount of the kind asked (a ransom, a rent, a fee)',
  weight: 1,
  test: (r, asked) => asksAndTellsAny(asked, MONEY_NOUNS, bothFolded(r)),
  answers: false,
  firm: true,
};

// "Did anybody else bid, or was it a one-horse race?": the fact that tells who competed or withdrew.
const COMPETITION_ASKED: ReadonlySet<string> = new Set(
  'else horse competitors competitor competition competing rival rivals bidders concurrents concurrent concurrence candidats'.split(
    ' ',
  ),
);
const COMPETED =
  /\b(?:only bidder|sole bidder|single bid\w*|withdr[ae]w\w*|no other (?:bid|bidder|offer)\w*|rival bids?|competing bids?|competitors?|unsuccessful|seul soumissionnaire|se sont retires|concurrents?)\b/i;
const COMPETITION_DETECTOR: FactDetector = {
  name: 'who competed or withdrew, when the competition is asked about',
  weight: 0.8,
  test: (r, asked) => asksAndTells(asked, COMPETITION_ASKED, COMPETED, r.fact.text),
  answers: false,
  firm: true,
};

// "When did Microsoft finish its EU Data Boundary?", "quand le PSN a-t-il démarré ?", "on which day did GAO
// back the protest?": a later event of the deal, asked by its own verb, is dated by the fact telling it, not
// by the fact giving the deal's own date.
/** A contract given again (folded text). */
const REAWARDED = /\b(?:re-?award\w*|re-?assign\w*|reattribu\w*|a nouveau attribu\w*)\b/;
const LATER_EVENTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /^(?:finish\w*|complet\w*|done|wrap\w*|fini\w*|termin\w*|achev\w*)$/,
    /\b(?:complet\w*|finish\w*|finali[sz]\w*|wrapped up|achev\w*|termin\w*|fin (?:fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janvier))\b/,
  ],
  // "Did the EDPS wrap up the case?": wrapping up a case is closing it (the row above reads finishing).
  [/^(?:clos\w*|cloture\w*|wrap\w*)$/, /\b(?:closed|closure|clos\w*|cloture\w*|remedied)\b/],
  [
    /^(?:start\w*|launch\w*|open|opened|opening|live|operational|running|dema?rr?\w*|lance|lancee|lancement|ouvert\w*|ouverture|operationnel\w*)$/,
    /\b(?:launch\w*|opened|went live|go live|began|started|operational|entered (?:into )?service|up and running|in service|lanc\w*|ouvert\w*|mis en service|operationnel\w*|demarr\w*|commence\w*|a debute)\b/,
  ],
  [
    /^(?:extend\w*|extension|prolong\w*|rallong\w*|renewed)$/,
    /\b(?:extend\w*|extension|prolong\w*|renew\w*|rallong\w*)\b/,
  ],
  [/^(?:reaward\w*|reassign\w*|reattribu\w*)$/, REAWARDED],
  // "On what date was the framework scrapped?": the fact ending it.
  [
    /^(?:scrap\w*|terminat\w*|kill\w*|axed|resili\w*)$/,
    /\b(?:terminat\w*|scrap\w*|ended|lapsed|expired|resili\w*|mis fin)\b/,
  ],
  [
    /^(?:backed|sustain\w*|uphold\w*|upheld|ruled|ruling)$/,
    /\b(?:sustain\w*|upheld|uphold\w*|ruled|ruling)\b/,
  ],
];
const STOPPED_DETECTOR: FactDetector = {
  // Not "stop": "why did Australia stop calling its tier 'sovereign'?" stops no service.
  name: 'the fact telling the shutdown asked about (shut down, discontinued, scrapped)',
  weight: 1,
  test: (r, asked) =>
    asksAndTells(
      asked,
      /^(?:shut|discontinu\w*|arret\w*|ferm\w*|scrap\w*|pull\w*|wind|wound)$/,
      /\b(?:stopp\w*|shut|discontinu\w*|wound down|ceased|withdr[ae]w\w*|arret\w*|ferm\w*|mis fin)\b/,
      bothFolded(r),
    ),
  answers: false,
  firm: true,
};
/** Words giving something back ("hand it back", "gave it back"), which "back" then goes with. */
const GIVING = /^(?:hand\w*|gave|give\w*|went|go|goes|return\w*|rendu|redonn\w*)$/;
// "When did GAO back the protest?": the ruling upholding it, unless something is handed back.
const BACKED_DETECTOR: FactDetector = {
  name: 'the ruling, when backing a protest is asked',
  weight: 1,
  test: (r, asked) =>
    has(
      asked.has('back') &&
        ![...asked].some((w) => GIVING.test(w)) &&
        /\b(?:sustain\w*|upheld|uphold\w*|ruled|ruling)\b/.test(bothFolded(r)),
    ),
  answers: false,
  firm: true,
};
// "When did the NSA hand WildandStormy back to AWS?": the re-award, not the ruling that undid the award
// ("did GAO back the protest?" backs a protest: no giving verb).
const HANDED_BACK_DETECTOR: FactDetector = {
  name: 'the re-award, when a contract handed back is asked',
  weight: 1,
  test: (r, asked) =>
    has(asked.has('back') && [...asked].some((w) => GIVING.test(w)) && REAWARDED.test(bothFolded(r))),
  answers: false,
  firm: true,
};
const LATER_EVENT_DETECTOR: FactDetector = {
  name: 'the fact telling the event asked for by its verb (finished, started, closed, extended, upheld)',
  weight: 1,
  test: (r, asked) => asksAndTellsAny(asked, LATER_EVENTS, bothFolded(r)),
  answers: false,
  firm: true,
};

/** Offices a "which X…?" question asks for, and how a fact writes them (EN and FR, folded). */
const OFFICES: ReadonlyArray<readonly [ReadonlySet<string>, RegExp]> = [
  [new Set(['minister', 'ministre']), /\b(?:minister|ministre)\b/],
  [new Set(['senator', 'senateur']), /\b(?:senator|senateur|senatrice)\b/],
  [new Set(['commissioner', 'commissaire']), /\b(?:commissioner|commissaire)\b/],
  [new Set(['mayor', 'maire']), /\b(?:mayor|maire)\b/],
  [new Set(['mp', 'depute']), /\b(?:mp|mps|deput\w*|member of parliament)\b/],
  [new Set(['spokesperson', 'spokesman']), /\b(?:spokes\w*|porte parole)\b/],
  [new Set(['rapporteur']), /\brapporteur\w*\b/],
  [new Set(['judge']), /\b(?:judge|juge)\b/],
];

// "Which minister commented on it?", "quel sénateur…": the fact naming someone in that office.
/** Words asking whether something went up or down ("did costs go down?", "les coûts ont-ils baissé ?"). */
const CHANGE_ASKED: ReadonlySet<string> = new Set(
  'down decrease decreased increase increased rise rose risen fall fell fallen drop dropped grow grew grown shrink shrank baisse baisser augmente augmenter augmentation hausse diminue diminuer diminution'.split(
    ' ',
  ),
);
const CHANGE_DETECTOR: FactDetector = {
  // "Did municipal operating costs actually go down?": the fact telling how they changed ("had visibly risen").
  name: 'a change told, when whether something went up or down is asked',
  weight: 0.8,
  test: (r, asked) =>
    has(
      [...asked].some((w) => CHANGE_ASKED.has(w)) &&
        /\b(?:ris(?:en|e|es|ing)|rose|fell|fallen|increas\w*|decreas\w*|doubl\w*|halv\w*|grew|grown|dropp\w*|shr[aiu]nk\w*)\b/i.test(
          r.fact.text,
        ),
    ),
  answers: false,
};

const OUTCOME_DETECTOR: FactDetector = {
  // "Who ended up with the NSA contract?", "What ultimately happened with Kyndryl's bid?": where the deal
  // ended, its latest-dated fact.
  name: "the deal's latest fact, when the outcome is asked for",
  weight: 0.5,
  test: (r, asked) => has(r.latestInDeal && [...asked].some((w) => OUTCOME_ASKED.has(w))),
  answers: false,
};

const OFFICE_DETECTOR: FactDetector = {
  name: 'someone in the office asked about (a minister, a senator, a commissioner)',
  weight: 1,
  test: (r, asked) => asksAndTellsAny(asked, OFFICES, bothFolded(r)),
  answers: true,
  firm: true,
};

/** Words asking whether someone agreed ("go along with", "sign off on", "accept"). */
const AGREEING: ReadonlySet<string> = new Set(
  'along agree agreed accept accepted approve approved adopt adopted endorse endorsed back backed support supported'.split(
    ' ',
  ),
);

// "How many providers are there now?", "latest count": the deal's latest-dated fact, not its first.
const NOW_ASKED: ReadonlySet<string> = new Set(
  'now currently today nowadays latest actuellement aujourd desormais maintenant dernier derniere'.split(' '),
);
const NOW_DETECTOR: FactDetector = {
  name: "the deal's latest fact, when the question asks how things stand now",
  weight: 0.8,
  test: (r, asked) => has(r.latestInDeal && [...asked].some((w) => NOW_ASKED.has(w))),
  answers: false,
  firm: true,
};

/** A fact's English and French texts, folded, kept per fact (detectors read them for every question). */
const foldedFacts = new WeakMap<FactRow, string>();
function bothFolded(r: FactRow): string {
  let folded = foldedFacts.get(r);
  if (folded === undefined) {
    folded = fold(`${r.fact.text} ${r.fact.text_fr ?? ''}`);
    foldedFacts.set(r, folded);
  }
  return folded;
}

/** Every intent, with its topics, its asking words and its fact detectors. */
export const INTENTS: Readonly<Record<Intent, IntentSpec>> = {
  duration: {
    topics: [],
    topicWeight: 0.6,
    // "How long does C2E run for?": "run" asks for the term, it names nothing of the deal.
    askWords: new Set(['long', 'last', 'lasts', 'run', 'runs', 'temps', 'duree', 'dure', 'durer', 'length']),
    detectors: [
      { name: 'a duration', weight: 1, test: (r) => has(r.hasDuration), answers: true },
      // "How long is JWCC?": the fact giving the deal's own term ("estimated completion … 2028"), not any
      // span of time ("15 months after the award").
      { name: "the deal's own term", weight: 0.5, test: (r) => has(r.tellsDealTerm), answers: true },
    ],
  },
  value: {
    topics: ['value'],
    topicWeight: 0.6,
    // "How much was X worth?": the deal that merely repeats "worth" is not the better answer (JWCC's
    // "worth" fact must not beat JEDI's ceiling for "How much was JEDI worth?").
    // So do the verbs "what did X cost?", "combien vaut X ?". Not the nouns: "price per share", "coût de
    // l'ambassade" name what the fact says.
    askWords: new Set(['worth', 'cost', 'costs', 'vaut', 'valait', 'coute', 'coutait', 'montant', 'valeur']),
    detectors: [
      UNIT_ASKED,
      { name: 'an amount', weight: 0.4, test: (r) => has(r.hasMoney), answers: true },
      { name: "the deal's own value", weight: 0.8, test: (r) => has(r.tellsDealValue), answers: true },
      MONEY_NOUN_ASKED,
      CHANGE_DETECTOR,
    ],
  },
  count: {
    topics: [],
    topicWeight: 0.6,
    askWords: none,
    detectors: [
      UNIT_ASKED,
      REFERENCE_ASKED,
      { name: 'a number', weight: 0.5, test: (r) => has(r.hasNumber), answers: true },
      NOW_DETECTOR,
    ],
  },
  date: {
    topics: ['date'],
    topicWeight: 0.6,
    // "What date / which day…?": the kind of answer, not what it is about.
    askWords: new Set(['date', 'day', 'jour']),
    detectors: [
      MEANS_DETECTOR,
      RESUMED_DETECTOR,
      LATER_EVENT_DETECTOR,
      HANDED_BACK_DETECTOR,
      BACKED_DETECTOR,
      {
        name: 'a year or an as-of date',
        weight: 0.2,
        test: (r) => has(r.hasYear || r.fact.asOf !== undefined),
        answers: false,
      },
      { name: "the deal's own date", weight: 0.4, test: (r) => has(r.tellsDealDate), answers: true },
      {
        // "When was JWCC signed?": the deal's own event, dated as the entry dates the deal; a fact that only
        // repeats the verb ("guaranteed $100,000 at signing") is no answer.
        name: "the deal's own date, when its signing or award is asked for",
        weight: 0.5,
        test: (r, asked) => has(r.tellsDealDate && [...asked].some((w) => DEAL_EVENT_ASKED.has(w))),
        answers: false,
        firm: true,
      },
      {
        // "By what date did Helsingør have to stop?": the fact giving a time limit ("given until 3 August").
        name: 'a time limit, when a deadline is asked for',
        weight: 1.2,
        test: (r, asked) =>
          has(
            DEADLINE.test(r.fact.text) &&
              (DEADLINE_ASKED.some((w) => asked.has(w)) ||
                (asked.has('by') && (asked.has('date') || asked.has('when')))),
          ),
        answers: true,
        firm: true,
      },
    ],
  },
  parties: {
    topics: ['parties'],
    topicWeight: 0.6,
    // "Who is the MD of…?", "qui dirige…": a role's short name asks who holds it, it names nothing.
    askWords: new Set(
      'ceo ceos md pdg boss chairman chairwoman dirige dirigent dirigeant dirigeante dirigeants derriere behind'.split(
        ' ',
      ),
    ),
    // Names answer "who…?": each name the question does not already have, five at most.
    detectors: [
      {
        name: 'names (each, up to five)',
        weight: 0.1,
        test: (r, asked) => Math.min(countNames(r, asked), 5),
        answers: false,
      },
      {
        // "Which provider did Singapore choose?": the fact naming the deal's providers is the answer.
        name: "the deal's provider, when a provider is asked for",
        weight: 0.5,
        test: (r, asked) => has(r.namesProvider && [...asked].some((w) => PROVIDER_ASKED.has(w))),
        answers: true,
      },
      {
        // "Who got the Deutschland-Stack AI cloud contract?": the fact naming the winning provider.
        name: "the deal's provider, when a winner is asked for",
        weight: 0.9,
        test: (r, asked) => has(r.namesProvider && [...asked].some((w) => WINNER_ASKED.has(w))),
        answers: true,
      },
      OUTCOME_DETECTOR,
      {
        // "Who took Doctolib to the Conseil d'État?": the fact saying who brought the case.
        name: 'a case brought, when who went to court is asked',
        weight: 0.9,
        test: (r, asked) => has([...asked].some((w) => COURT_ASKED.has(w)) && CASE_BROUGHT.test(r.fact.text)),
        answers: true,
      },
      OFFICE_DETECTOR,
      {
        // "Qui dirige Bleu ?", "who is the MD of the AWS ESC?": the fact giving a leader's role.
        name: "a leader's role, when who leads is asked",
        weight: 1.2,
        test: (r, asked) => has([...asked].some((w) => LEADER_ASKED.has(w)) && LEADER_ROLE.test(r.fact.text)),
        answers: true,
        firm: true,
      },
      {
        // "Who chairs G42?": of the facts giving a leader, the one with the very role asked (G42's chairman,
        // not Microsoft's president on its board).
        name: 'the very role asked, when who leads is asked',
        weight: 0.4,
        test: (r, asked) =>
          has(
            ROLE_FAMILIES.some(
              ([words, role]) => [...asked].some((w) => words.has(w)) && role.test(r.fact.text),
            ),
          ),
        answers: false,
      },
      {
        // "Who owns Italy's PSN?": the fact giving the shareholdings is the answer.
        name: 'shares held (a percentage), when an owner is asked for',
        weight: 0.5,
        test: (r, asked) => has(r.hasPercent && [...asked].some((w) => OWNER_ASKED.has(w))),
        answers: true,
      },
      {
        // "Who owns GCBD, a private firm or the state?": the fact saying whom it belongs to.
        name: 'whom it belongs to (owned by, belongs to), when an owner is asked for',
        weight: 0.8,
        test: (r, asked) =>
          has(OWNERSHIP_STATED.test(r.fact.text) && [...asked].some((w) => OWNER_ASKED.has(w))),
        answers: true,
        firm: true,
      },
    ],
  },
  // "Why did X ban Y?" restates the event in its own words; the fact giving the reason must still win.
  // "Why did Microsoft shut down Cloud Deutschland?": the fact telling the shutdown gives its reason, not
  // the one giving why the deal began.
  reason: { topics: ['reason'], topicWeight: 0.9, askWords: none, detectors: [STOPPED_DETECTOR, UNIT_NAMED] },
  location: {
    topics: ['location'],
    // Like "why": a question naming only the deal must still get the fact that gives the place.
    topicWeight: 0.9,
    // "Where is X hosted / based / stored?": the verb asks for the place, it names nothing of X.
    askWords: new Set([
      'hosted',
      'located',
      'based',
      'stored',
      'situated',
      'housed',
      'heberge',
      'hebergee',
      'heberges',
      'hebergees',
      'situe',
      'situee',
      'situes',
      'situees',
      'stocke',
      'stockee',
      'stockes',
      'stockees',
    ]),
    detectors: [],
  },
  // "What were people complaining about with X?" names X in its own words too; the criticism must win.
  criticism: {
    topics: ['criticism'],
    topicWeight: 0.9,
    // "What's the catch with S3NS?": the word only asks for the downside.
    askWords: new Set([
      // "Que reproche-t-on à S3NS ?": the verb asks for the criticism, it names nothing of S3NS.
      'reproche',
      'reproches',
      'reprochent',
      'catch',
      'downside',
      'downsides',
      'drawback',
      'drawbacks',
      'hic',
      'mad',
      'angry',
      'upset',
      'fuss',
    ]),
    detectors: [],
  },
  definition: {
    topics: [],
    topicWeight: 0.6,
    // "En quoi consiste X ?": those words ask what X is.
    askWords: new Set(['consiste', 'consistent', 'sert', 'servent', 'signifie', 'define', 'explain']),
    // "What is the case number of Schrems II?" asks for the reference, not what the case is.
    detectors: [REFERENCE_ASKED],
  },
  list: { topics: [], topicWeight: 0.6, askWords: none, detectors: [] },
  // "What happened after X?", "what came next": the outcome, dated later than the deal itself.
  after: {
    topics: ['outcome', 'status'],
    topicWeight: 0.6,
    askWords: new Set([
      'happened',
      'happen',
      'next',
      'then',
      'after',
      'afterwards',
      'later',
      'since',
      'passe',
      'ensuite',
      'apres',
      'suite',
      'depuis',
    ]),
    detectors: [
      { name: 'a later date than the deal', weight: 0.6, test: (r) => has(r.laterThanDeal), answers: true },
    ],
  },
  // "Is the Danish move done?", "où en est Bleu ?": where the deal stands, the latest fact first.
  status: {
    topics: ['status', 'outcome'],
    topicWeight: 0.6,
    askWords: new Set([
      // "Did JEDI ever happen?": the words ask where it ended, they name nothing of it.
      'ever',
      'happen',
      'still',
      'valid',
      'valide',
      'status',
      'statut',
      'done',
      'finished',
      'dead',
      'defunct',
      'alive',
      'mort',
      'morte',
      'enterre',
      'enterree',
      'stand',
      'stands',
      'termine',
      'terminee',
      'fini',
      'finie',
      'end',
      'eventually',
      'finally',
      'final',
      'finalement',
      'fin',
    ]),
    detectors: [
      { name: 'a later date than the deal', weight: 0.3, test: (r) => has(r.laterThanDeal), answers: false },
      { name: "the deal's latest-dated fact", weight: 0.5, test: (r) => has(r.latestInDeal), answers: false },
      {
        // "Ça a donné quoi, le recours… ?": the ruling or decision that ended the dispute, not the news after.
        name: 'a ruling, when a dispute is asked about',
        weight: 0.9,
        test: (r, asked) => has(r.rules && [...asked].some((w) => DISPUTE_ASKED.has(w))),
        answers: true,
      },
    ],
  },
  general: {
    topics: [],
    topicWeight: 0.6,
    askWords: none,
    detectors: [
      UNIT_NAMED,
      {
        // "How did the whole Helsingør saga start?": the fact that tells how it began.
        name: 'the beginning, when how something started is asked',
        weight: 1,
        test: (r, asked) =>
          asksAndTells(
            asked,
            /^(?:start|started|begin|began|commence\w*|debut\w*|origin\w*)$/,
            /\b(?:started|began|begun|commenc\w*|a debute|origin\w*)\b/,
            bothFolded(r),
          ),
        answers: false,
        firm: true,
      },
      {
        // "Lyon is dumping Microsoft — what are they using instead?": the fact that says what replaces it.
        name: 'a move to something else, when a replacement is asked for',
        weight: 0.8,
        test: (r, asked) =>
          has(
            [...asked].some((w) => REPLACEMENT_ASKED.has(w)) &&
              movesIn(tokenize(fold(r.fact.text)).join(' ')).length > 0,
          ),
        answers: false,
      },
      {
        // "Lyon's replacement software?": the move to products named (OnlyOffice, Nextcloud), not "free
        // alternatives".
        name: 'a move to something named, when a replacement is asked for',
        weight: 1,
        test: (r, asked) => {
          if (![...asked].some((w) => REPLACEMENT_ASKED.has(w))) return 0;
          const names = new Set((r.fact.text.match(/\b\p{Lu}[\p{L}\p{N}]*/gu) ?? []).map(fold));
          return has(
            movesIn(tokenize(fold(r.fact.text)).join(' ')).some((m) => m.to.some((w) => names.has(w))),
          );
        },
        answers: false,
        firm: true,
      },
      MEANS_DETECTOR,
      RESUMED_DETECTOR,
      COMPETITION_DETECTOR,
      OFFICE_DETECTOR,
      REFERENCE_ASKED,
      CHANGE_DETECTOR,
      OUTCOME_DETECTOR,
      {
        // "Did the German states go along with Delos Cloud?": whether they agreed is in the fact recording
        // their vote or decision.
        name: 'a vote or decision, when whether someone agreed is asked',
        weight: 0.8,
        test: (r, asked) =>
          has(
            (asked.has('did') || asked.has('have') || asked.has('has')) &&
              [...asked].some((w) => AGREEING.has(w)) &&
              /\b(?:vot\w*|decid\w*|decision|reject\w*|approv\w*|adopt\w*|agreed|endors\w*)\b/i.test(
                r.fact.text,
              ),
          ),
        answers: false,
        firm: true,
      },
    ],
  },
};

/**
 * How much a fact fits an intent: its topic and each detail it carries, weighted. `firm` is the part of
 * detectors whose weight is not damped (see `FactDetector.firm`).
 */
export function intentFit(
  row: FactRow,
  intent: Intent,
  asked: ReadonlySet<string>,
): { fit: number; firm: number } {
  const spec = INTENTS[intent];
  let fit = spec.topics.some((topic) => row.topics.has(topic)) ? spec.topicWeight : 0;
  let firm = 0;
  for (const detector of spec.detectors) {
    const weight = detector.weight * detector.test(row, asked);
    if (detector.firm) firm += weight;
    else fit += weight;
  }
  return { fit, firm };
}

/**
 * Whether a fact carries the kind of detail an intent asks for: a topic its entry gives it (or that was read
 * from its text), or the detail itself (an amount, a duration, a number, the deal's date).
 */
export function fitsIntent(row: FactRow, intent: Intent): boolean {
  const spec = INTENTS[intent];
  if (spec.topics.some((topic) => row.topics.has(topic))) return true;
  return spec.detectors.some((detector) => detector.answers && detector.test(row, none) > 0);
}

// A time limit in a fact's English text: "given until 3 August", "a deadline of", "by the end of 2025".
const DEADLINE = /\b(?:until|deadline|no later than|by the end of|at the latest)\b/i;
/** Question words asking for a time limit ("deadline", "cutoff", "until when", "jusqu'à quand", "date limite"). */
const DEADLINE_ASKED = ['deadline', 'deadlines', 'cutoff', 'until', 'limite', 'jusqu'];

// "Which vendors…?", "quels fournisseurs… ?": the noun says what kind of party is asked for.
// ("Which cloud providers…?" asks for providers: a "cloud" before the noun is skipped.)
export const PARTY_QUESTION =
  /\b(?:which|quel|quels|quelle|quelles) (?:(?!cloud )[a-z]+ )?(?:cloud )?(company|companies|vendor|vendors|provider|providers|firm|firms|agency|agencies|partner|partners|ministry|ministries|country|countries|banks|operators|insurers|hospitals|universities|banques|operateurs|hopitaux|universites|entreprise|entreprises|fournisseur|fournisseurs|societe|societes|agence|agences|partenaire|partenaires|ministere|ministeres|prestataire|prestataires)\b/;

/**
 * "Who provides JWCC?", "qui héberge X ?": the verb asks for the providers; a fact that merely repeats
 * it ("each JWCC provider was guaranteed…") is no answer.
 */
export const PROVIDING_QUESTION =
  /\b(?:who|qui) (?:(?:is|are|was|were|s) )?(provides|provide|provided|providing|supplies|supply|supplied|supplying|hosts|host|hosted|hosting|runs|run|operates|operate|operated|operating|powers|built|builds|fournit|fournissent|fournira|heberge|hebergent|hebergera|exploite|exploitent|opere|operent)\b/;

/** Verbs of a deal's own event: "when was X signed / awarded / announced?" asks for the deal's date. */
const DEAL_EVENT_ASKED: ReadonlySet<string> = new Set(
  'signed awarded announced concluded agreed inked struck launched picked chosen chose selected retained attributed signe signee signes attribue attribuee annonce conclu lance choisi choisie retenu retenue selectionne selectionnee'.split(
    ' ',
  ),
);

// Each pattern runs on the folded question with single spaces; first match wins.
export const INTENT_PATTERNS: ReadonlyArray<[Intent, RegExp]> = [
  // "When did CISPE first complain…?": a question opening on "when" and its verb asks a date, whatever it
  // is about ("when AWS won JEDI, why…" opens on a clause instead).
  [
    'date',
    /^(?:so |and |ok )?(?:when|quand) (?:did|was|were|does|do|is|are|has|had|will|exactly|est|a|ont|sont|etait|le|la|les|l)\b/,
  ],
  // "Was it a cost-cutting exercise or was there another motive?", "how did she justify it?", "what pushed
  // the court to…": words that can only ask for a reason, before any detail their question also names.
  [
    'reason',
    /\b(?:motive|motives|motivation|motivations|motivated|rationale|justify|justified|justifies|justification|motif|motifs|justifie|justifier|justifiait)\b|\bwhat (?:actually |really |exactly |finally )?(?:pushed|drove|prompted|led|triggered|derailed|spurred)\b|\bqu est ce qui a (?:pousse|motive|conduit|amene|declenche|fait derailler)\b/,
  ],
  // "Who criticised X?", "qui a critiqué X ?": the criticism names its critics; it comes before "who".
  [
    'criticism',
    /\b(?:critic|critics|criticism|criticised|criticized|controversy|controversial|oppose|opposed|objection|objections|complain|complained|complaining|trashed|slammed|blasted|lambasted|panned|backlash|pushback|worried|worries|skeptical|sceptical|skeptics|sceptics|skepticism|scepticism|doubts|doubtful|catch|downside|downsides|drawback|drawbacks|le hic|inconvenient|inconvenients|mad|angry|upset|outrage|outraged|furious|fuss|beef|gripe|gripes|critique|critiques|critique|controverse|opposition|reproche|reproches|reprochent|denonce|denoncent|inquietudes|sceptique|sceptiques|scepticisme|doutes)\b/,
  ],
  // "Lyon qui lâche Microsoft, ils remplacent Office par quoi ?": what replaces it, whatever relative "qui"
  // comes before (the replacement detectors are the general intent's).
  [
    'general',
    /\b(?:remplac\w*|replac\w*|swap\w*|switch\w*) (?:[a-z0-9-]+ ){0,3}(?:par quoi|with what|by what)\b/,
  ],
  // "Quel ministre s'est félicité quand…?", "which official said…": a person asked for, whatever clause
  // ("quand…") follows.
  [
    'parties',
    /^(?:and |so |et )?(?:which|what|quel|quelle|quels|quelles) (?:[a-z]+ )?(?:minister|ministers|ministre|ministres|president|ceo|pdg|executives|boss|judge|judges|juge|juges|senator|senators|senateur|senateurs|mp|mps|depute|deputes|commissioner|commissaire|person|personne|dirigeant|dirigeants|responsable|responsables)\b/,
  ],
  // A question that opens with "who" asks for parties, whatever verb follows ("qui a gagné…").
  ['parties', /^(?:and |et )?(?:who|whom|qui)\b/],
  [
    'after',
    /\bwhat happened (?:after|next|then|since|later)\b|\bwhat (?:came|happened) (?:next|afterwards)\b|\b(?:and )?then what\b|\bwhat followed\b|\bque s est il passe (?:apres|ensuite|depuis)\b|\bqu est ce qui s est passe (?:apres|ensuite|depuis)\b|\bet ensuite\b|\bla suite\b(?! (?:office|bureautique|microsoft|google|libre|collaborative|logicielle|open|de (?:logiciels|bureautique)))/,
  ],
  [
    'duration',
    /\bhow long\b|\b(?:for )?how many (?:years|months|weeks)\b|\bcombien (?:de |d )(?:annees|ans|mois|semaines)\b|\bcombien de temps\b|\bpendant combien\b|\bquelle duree\b|\bduree\b|\b(?:deal|contract|agreement|contrat|accord) length\b/,
  ],
  [
    'list',
    /\b(?:which|what|list|any)\b.*\b(?:deals|contracts|agreements|partnerships|rulings|regulations|initiatives|clouds|countries)\b|\ball (?:the |of the )?(?:(?!(?:got|get|gets|have|had|has|signed|won|were|are|did|do)\b)[a-z0-9-]+ ){0,2}(?:deals|contracts|agreements|partnerships|rulings|regulations|initiatives|clouds|countries)\b|\b(?:quels|quelles|liste|lister|tous les|toutes les)\b.*\b(?:contrats|accords|partenariats|deals|decisions|initiatives|clouds|pays|reglements)\b/,
  ],
  [
    'value',
    /\bhow much\b|\bhow (?:big|large)\b|\b(?:what|whats)(?: [a-z0-9-]+){1,4} paying\b|\b(?:kind|sort|amount) of money\b|\bmoney (?:do|did|does|would|will|is|was)\b|\bquelle (?:taille|ampleur)\b|\b(?:(?<!\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowering|save|saves|saving) )(?:cost|costs)|size|worth|value|valued|price|priced|ceiling|budget|spend|spent|paid|pay|ballpark(?<!\bhow many\b.*)|price tag|earn|earned|revenue|amount|invest|investment|invested|ransom|rent|(?<!\bfit(?:s|ted|ting)? the )bill|fee|fees|subsidy|subsidies|funding|grant|grants|compensation)\b|\b(?:rancon|loyer|subvention|subventions|aides? (?:publiques|d etat)|financement|indemnisation|compensation)\b|\bcombien (?:vaut|coute|a coute|valait|rapporte|d'argent|d argent|d euros|de dollars|de livres)\b|\bcombien(?:$| (?!(?:de|d|y|il|ils|elle|elles|sont|ont|etaient|furent|en|compte|comptent|existe|existent)\b)(?!(?:l|la|le|les|leur|un|une|des|du) (?:[a-z0-9-]+ )*?(?:de|d) [a-z]))|\b(?:vaut|valait|valaient|vaudra|vaudrait|valeur|montant|prix|cout|coute|coutera|plafond|budget|investissement|investit|investir|rapporte|gagne|depenser|depense|payer|paye|pese|pesent|pesait|represente|representent|milliards?|millions?)\b/,
  ],
  // "What share…?", "quelle proportion…?": a figure, found like a count.
  [
    'count',
    /\bhow many\b|\bcombien\b|\bnumber of\b|\bnombre de\b|\bwhat (?:share|percentage|proportion|fraction|stake)\b|\b(?:stake|stakes|shareholding) (?:in|of)\b|\bquel(?:le)? (?:proportion|pourcentage)\b|\bquelle part (?:du|de|des|d)\b|\b(?:ownership|equity) (?:share|stake)\b/,
  ],
  [
    'date',
    // "Which judge sided with Amazon when AWS sued?": after a "which…"/"what…"/"why…" opener, "when" is a
    // clause.
    /(?<!^(?:and |so )?(?:which|what|who|why) [a-z0-9-]+\b.*)\bwhen\b|\bwhat (?:year|date|day|month)\b|\bsince when\b|\buntil when\b|\bby when\b|\bquand\b|\bqd\b|\bquelle (?:annee|date)\b|\bquel (?:jour|mois)\b|\bwhich (?:day|month)\b|\ben quelle annee\b|\bdepuis quand\b|\bjusqu ?a quand\b|\bdate\b|\b(?:what|which) deadlines?\b|\bquel (?:delai|ultimatum)\b|^(?:l )?(?:ouverture|inauguration|mise en service|opening|go live)\b/,
  ],
  [
    'reason',
    /\bwhy\b|\bhow come\b|\bpourquoi\b|\bpk\b|\bpq\b|\bcomment (?:ca|cela) se fait\b|\b(?:aim|aims|goal|goals|purpose|reason|reasons|objectif|objectifs|raison|raisons)\b|\b(?:le|son|leur|un|quel) but\b|^(?:did|was|were|is|has|a t|est ce que)\b.*\b(?:to|in order to|pour) (?:save money|cut (?:its |their )?costs?|reduce (?:its |their )?costs?|faire des economies)\b/,
  ],
  // "Which banks… in the new region?": a kind of party asked for, whatever place words follow.
  ['parties', PARTY_QUESTION],
  [
    'location',
    /\bwhere\b|\bou (?:sont|est|se trouvent|se trouve|sont situes)\b|\b(?:located|location|region|regions)\b/,
  ],
  [
    'status',
    /\b(?:(?:has|have|is|are|did)\b.* yet|status|statut|progress|what s new (?:with|on|about|for)|whats new (?:with|on|about|for)|quoi de neuf (?:sur|avec|pour|chez|du|de|dans)|du nouveau (?:sur|pour|avec|du|de)|(?:go|goes|went|gone) (?:ahead|through)|ever (?:happen|happened|came|come|went)|still (?:valid|in force|in place|alive|standing|running|on|going|there|active)|toujours (?:valide|en vigueur|en place|actif|active)|how far (?:has|have|along|did|is|are)|avancement|in the end|ended up|end up|what happened (?:with|to)|what (?:became|came) of|how did (?:it|that|this) (?:end|turn out|go)|(?:ca|ce qui) a donne quoi|qu est ce que (?:ca|cela) a donne|qu est ce qu (?:il|elle) (?:est|en est) advenu|qu (?:est|en est) il advenu|qu est (?:devenu|devenue|devenus)|que (?:sont|est) (?:devenu|devenue|devenus|devenues)|eventually|finally|at the end of the day|au final|finalement|en fin de compte|a la fin|where (?:do|does) (?:things|it|they|[a-z0-9-]+(?: [a-z0-9-]+){0,3}) stand|ou en (?:est|sont)|(?:ca|il|elle|ils|elles) en (?:est|sont) ou|(?:is|are) (?:[a-z0-9-]+ ){0,5}?(?:done|finished|completed|complete|over|live|still going|still on|dead|defunct|alive)|(?:est|sont)(?: il| elle| ils| elles)? (?:[a-z0-9-]+ ){0,3}?(?:mort|morte|morts|enterre|enterree)\b|(?:est|sont)(?: il| elle| ils| elles)? (?:[a-z0-9-]+ ){0,3}?(?:termine|terminee|termines|fini|finie|acheve|achevee|effectif|effective))\b/,
  ],
  [
    'parties',
    // "C2E vendors?": a terse question ending on a party noun.
    new RegExp(
      `\\bwho\\b|\\bwhom\\b|\\bqui\\b|\\bavec qui\\b|\\bwhich clouds?\\b|${PARTY_QUESTION.source}|^[a-z0-9-]+(?: [a-z0-9-]+)? (?:vendors|providers|suppliers|winners|fournisseurs|prestataires|laureats)$`,
    ),
  ],
  [
    'definition',
    /^(?:what is|what are|what s|whats|what was|qu est ce que|qu est ce qu|c est quoi|que dit|en quoi consiste(?:nt)?|a quoi sert|que signifie|what does .* say|define|explain)\b/,
  ],
];
