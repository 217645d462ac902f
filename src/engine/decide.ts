import type { Corpus } from '../corpus/load-corpus.js';
import {
  amountsIn,
  claimedAmountsIn,
  isScaleWord,
  percentagesIn,
  roundedFrom,
  sameAmount,
} from './amounts.js';
import type { Answer, Answered, AnswerShape, AskContext, DealRef, Lang, NoAnswer } from './answer.js';
import { cityNames, TOWN_EXONYMS } from './cities.js';
import { type ChosenFact, composeAnswer, round, STATUS_FR } from './compose-answer.js';
import { COUNTRY_NAMES, COUNTRY_WORDS } from './countries.js';
import { type DealRow, type FactRow, YEAR } from './fact-features.js';
import { INTENTS } from './intents.js';
import {
  ALTERNATIVE_WORDS,
  ASKS_OPENING,
  AWARDS_ASKED,
  BIDDER_ASKED,
  BIDDER_CHALLENGE,
  CAPITALS,
  CHALLENGE_ASKED,
  CLAIM_ADVERBS,
  COMPANY_NAMES,
  COMPARE_WORDS,
  CONFIRMATION_CLAIMED,
  CONFIRMATION_DENIED,
  DEAL_WITH,
  DISPUTE_ASKED,
  ELLIPSIS,
  ENDING_WORDS,
  FAMOUS_PEOPLE,
  FEW_CLAIMED,
  FIGURE_ASKED,
  FIGURE_PERIOD_BEFORE,
  FIRM_NOUNS,
  FOUNDERS,
  FOUNDERS_ASKED,
  FRENCH_COMPARATIVE,
  FRENCH_INVERTED_YES_NO,
  GOING_WITH,
  GRANTED,
  KIND_NOUNS,
  KNOWN_ALREADY,
  LARGE_SHARE,
  LIST_OPENING,
  ONE_DEAL_ASKED,
  ONGOING_CLAIMED,
  OTHER_ROLE_WORDS,
  OVERVIEW_VAGUE,
  OWNER_ASKED,
  PAIRING_WORDS,
  PERIOD_SPAN,
  PERSON_ROLES,
  PLACES,
  PRODUCT_GENERIC,
  PRODUCT_WORDS,
  PROVIDER_BY_WORD,
  PROVIDER_NAME_WORDS,
  PROVIDER_PATTERNS,
  PROVIDERS,
  REPORTED,
  RULED_KEPT,
  RULED_VOID,
  RULED_VOID_FACT,
  SHAPE_PATTERNS,
  STILL_WITHOUT,
  UNCONFIRMED,
  WEAK_PAIRING_WORDS,
  WHO_REPLACED_WITH,
  WIN_WORDS,
  YES_NO_OPENING,
} from './lexicon.js';
import { memoized } from './memo.js';
import { type Move, movesIn, otherDestination, reversedMove } from './moves.js';
import {
  FOLDED_MEMO_LIMIT,
  fold,
  foldMemo,
  isQuestionWord,
  isStopword,
  stems,
  tokenize,
  tokenizeFolded,
} from './normalize.js';
import {
  type DealFacets,
  hasYears,
  inPlace,
  inYears,
  isPairingWord,
  isSectorWord,
  type PlacePlan,
  planQuestion,
  type QuestionPlan,
  setAsideNames,
} from './plan.js';
import type { DealRanker, DealScore } from './rank-deals.js';
import { type FactHit, type FactTables, type FactTrace, fitsIntent, rankFacts } from './rank-facts.js';
import type { Scoring } from './scoring.js';
import type { Vocabulary } from './search-index.js';
import { demonymCountry, REMARK, type Understanding, understand } from './understand.js';

// The decision step: given the engine's tables and one question, what to answer — a list, a
// comparison, a correction, one deal's facts, or no answer — and how sure it is. Every weight it uses
// is a field of the Scoring object (scoring.ts); create-engine.ts only builds the tables.

/** How a question was scored: its reading, term weights, and the best deals with their signals. */
export interface AskTrace {
  understood: Understanding;
  weights: Record<string, number>;
  /** The words searched in the index; the others (common or wide ones) were looked up in the candidates. */
  searched: string[];
  deals: Array<{
    id: string;
    rank: number;
    coverage: number;
    nameCoverage: number;
    phrases: number;
    inNames: string[];
    matched: string[];
  }>;
}

/** What the decision step reads: the engine's tables and options. */
export interface DecisionContext {
  corpus: Corpus;
  deals: readonly DealRow[];
  facts: readonly FactRow[];
  facets: readonly DealFacets[];
  dealIndex: ReadonlyMap<string, number>;
  vocabulary: Vocabulary;
  ranker: DealRanker;
  factTables: FactTables;
  scoring: Scoring;
  maxLength: number;
  minCoverage: number;
  maxSources: number;
  maxListed: number;
  trace: ((trace: AskTrace | FactTrace) => void) | undefined;
  /** Called when answering failed inside the engine (a bug); the user still gets an honest no-answer. */
  onError: ((error: unknown, question: string) => void) | undefined;
}

export interface Decider {
  /** Answers a question. Never throws on user input. */
  ask(question: string, context?: AskContext): Answer;
  refOf(d: number, lang: Lang): DealRef;
  compose(
    question: string,
    lang: Lang,
    heading: string,
    chosen: ChosenFact[],
    dealRefs: DealRef[],
    confidence: number,
    shape?: AnswerShape,
    matched?: number,
  ): Answered;
}

// Words that make a question a list of names ("list every deal G42 shows up in") but say nothing about
// which deals. Not the lexicon's LIST_WORDS: with "signed", "won" or "new" a question goes to the plan's
// filter by provider, place and year instead of a list by names.
const LIST_FILTER_WORDS: ReadonlySet<string> = new Set(
  'deal deals contract contracts agreement agreements partnership partnerships ruling rulings regulation regulations initiative initiatives involve involves involving involved list all every countries country clouds cloud contrat contrats accord accords partenariat partenariats decision decisions reglement reglements impliquent implique concernent concerne liste lister tous toutes pays show shows showed appear appears apparait figure figurent'.split(
    ' ',
  ),
);

/** Builds the decision step over the engine's tables. */
export function createDecider(ctx: DecisionContext): Decider {
  const { deals, facts, facets, dealIndex, vocabulary, ranker, factTables, scoring } = ctx;
  const { maxLength, minCoverage, maxSources, maxListed } = ctx;
  const options = { trace: ctx.trace };
  const { dealCount, aliasWords, placeWords } = ranker;
  /** The last year the corpus records (a deal's date or a fact's as-of date). */
  const latestYear = Math.max(
    ...deals.flatMap((row) =>
      [row.deal.date, ...row.deal.facts.map((f) => f.asOf ?? '')].map((d) => Number(d.slice(0, 4)) || 0),
    ),
  );
  const isKnown = (term: string) => ranker.isKnown(term);
  // The word tables below read every fact once, here, with the index: not on the first question needing one.
  // The initials of names the facts write in several capitalised words ("New York Times" → "nyt"): an acronym
  // of one is no unknown name.
  const initialisms = new Set<string>();
  for (const row of facts)
    for (const [name] of row.fact.text.matchAll(CAPITALISED_RUN))
      initialisms.add(
        fold(
          name
            .split(/\s+/u)
            .map((w) => w[0] ?? '')
            .join(''),
        ),
      );
  const isInitialism = (term: string) => term.length >= 2 && term.length <= 5 && initialisms.has(term);
  const towns = cityNames();
  /**
   * Each deal's own names (titles, aliases, parties) folded into one text, computed once per deal: what a
   * correction's subject must be among.
   */
  const ownNames = memoized((d: number) => {
    const deal = (deals[d] as DealRow).deal;
    return fold(
      [deal.title, deal.title_fr, ...deal.aliases, ...deal.customers, ...deal.providers].join(' | '),
    );
  });
  /** Each deal's parties (customers, then providers) folded into one text, computed once per deal. */
  const partiesOf = memoized((d: number) => {
    const deal = (deals[d] as DealRow).deal;
    return fold([...deal.customers, ...deal.providers].join(' | '));
  });
  /** Each deal's parties as spaced words (" orange capgemini "), computed once per deal. */
  const partiesSpacedOf = memoized((d: number) => ` ${tokenize(partiesOf(d)).join(' ')} `);
  /** Each deal's own names and parties as spaced words, computed once per deal. */
  const ownSpacedOf = memoized((d: number) => ` ${tokenize(`${ownNames(d)} ${partiesOf(d)}`).join(' ')} `);
  /** Each deal's title as spaced words (" pentagon jedi cloud contract … "), once per deal. */
  const titleSpacedOf = memoized(
    (d: number) => ` ${tokenizeFolded((deals[d] as DealRow).deal.title).join(' ')} `,
  );
  /** Whether the capitalised name a question word belongs to is among the deals' own names. */
  const wholeNameKnown = (question: string, term: string) =>
    wholeNameIn(question, term, [...ranker.dealsAliased(term), ...ranker.dealsTitled(term)].map(ownNames));
  /** How many deals each jurisdiction word belongs to: a country with one or two deals can name them. */
  const placeDealCounts = new Map<string, number>();
  /** …and how many of each kind ("belgium initiative"): a country with one deal of a kind names it. */
  const placeKindCounts = new Map<string, number>();
  facets.forEach((f, d) => {
    for (const word of new Set(f.jurisdiction.split(' '))) {
      placeDealCounts.set(word, (placeDealCounts.get(word) ?? 0) + 1);
      const key = `${word} ${(deals[d] as DealRow).deal.kind}`;
      placeKindCounts.set(key, (placeKindCounts.get(key) ?? 0) + 1);
    }
  });
  /** Each deal's aliases as folded words without stopwords, read the first time a premise check needs them. */
  const aliasPhrases = new Map<number, readonly string[]>();
  const aliasPhrasesOf = (d: number): readonly string[] => {
    let phrases = aliasPhrases.get(d);
    if (phrases === undefined) {
      phrases = (deals[d] as DealRow).deal.aliases.map((a) =>
        tokenizeFolded(a)
          .filter((w) => !isStopword(w))
          .join(' '),
      );
      aliasPhrases.set(d, phrases);
    }
    return phrases;
  };
  /** How many deals each provider has in each jurisdiction word ("microsoft ukraine"). */
  const providerPlaceCounts = new Map<string, number>();
  for (const f of facets)
    for (const word of new Set(f.jurisdiction.split(' ')))
      for (const key of f.providerKeys)
        providerPlaceCounts.set(`${key} ${word}`, (providerPlaceCounts.get(`${key} ${word}`) ?? 0) + 1);

  /**
   * The words of a deal's own multi-word alias or title that the question spells out, for the best-ranked
   * deals that matched a phrase ("health data hub"); none when no such name is in the question.
   */
  function aliasPhraseIn(question: string, candidates: readonly number[]): string[] {
    const spaced = ` ${tokenizeFolded(question).join(' ')} `;
    for (const d of candidates) {
      const deal = (deals[d] as DealRow).deal;
      // A label ("cloud de confiance") is no name: only an alias written with capitals is.
      for (const name of deal.aliases.filter((a) => /\p{Lu}/u.test(a))) {
        const words = tokenizeFolded(name);
        if (words.length >= 2 && spaced.includes(` ${words.join(' ')} `))
          return words.filter((w) => !isStopword(w) && isKnown(w) && !placeWords.has(w));
      }
    }
    return [];
  }

  /** The best-ranked deals that matched a multi-word alias of theirs. */
  const phrased = (ranked: readonly DealScore[]) =>
    ranked
      .slice(0, 3)
      .filter((entry) => entry.phrases > 0)
      .map((entry) => entry.deal);

  // The words the facts' English texts write in lower case.
  const englishLower = lowerCaseWords(facts.map((row) => row.fact.text));

  // Words of the capitalised names in the deals' parties ("atos", "finland"): a name typed in lower case that
  // some deal has as a party. One-word names standing alone in the field or its lists ("Atos" in "…, Siemens
  // and Atos)"): "Work" in "Department for Work and Pensions" is no name of its own.
  const partyWords = new Set<string>();
  for (const { deal } of deals)
    for (const party of [...deal.customers, ...deal.providers])
      for (const match of party.matchAll(LONE_NAME)) partyWords.add(fold(match[1] as string));
  // A name some fact also writes in lower case is a word too ("RISE with SAP", "a rise in").
  for (const word of englishLower) partyWords.delete(word);
  const isPartyWord = (term: string) => partyWords.has(term);

  // Words some fact writes in lower case are common words ("Public Sector", "Cloud Strategy").
  const commonWords = new Set([
    ...englishLower,
    ...lowerCaseWords(facts.map((row) => row.fact.text_fr ?? '')),
  ]);
  const isCommonWord = (word: string) => commonWords.has(word);

  // People's full names the facts write ("Satya Nadella", "Édouard Philippe"): their last words ("Petro" of
  // "Gustavo Petro"), and their folded pairs of words, but common words. Typed in lower case ("satya
  // nadella"), such a pair still names someone.
  const surnames = new Set<string>();
  const namePairs = new Set<string>();
  for (const row of facts)
    for (const match of row.fact.text.matchAll(PERSON_NAME)) {
      const words = tokenize(fold(match[0] as string));
      const last = words.at(-1);
      if (last !== undefined && !isCommonWord(last)) surnames.add(last);
      for (let at = 1; at < words.length; at += 1)
        if (!isCommonWord(words[at - 1] as string) && !isCommonWord(words[at] as string))
          namePairs.add(`${words[at - 1]} ${words[at]}`);
    }
  const isSurname = (word: string) => surnames.has(word);
  const fullNameWords = (tokens: readonly string[]): Set<string> => {
    const found = new Set<string>();
    for (let at = 1; at < tokens.length; at += 1)
      if (namePairs.has(`${tokens[at - 1]} ${tokens[at]}`)) {
        found.add(tokens[at - 1] as string);
        found.add(tokens[at] as string);
      }
    return found;
  };

  // Pairs of adjacent words of the deals' aliases ("privacy framework"): a part of a question that has one
  // spells a name, in whatever case it is typed (see spellsAlias).
  const aliasPairs = new Set<string>();
  for (const { deal } of deals)
    for (const alias of deal.aliases) {
      const words = tokenizeFolded(alias);
      for (let at = 1; at < words.length; at += 1) aliasPairs.add(`${words[at - 1]} ${words[at]}`);
    }

  function refOf(d: number, lang: Lang): DealRef {
    const deal = (deals[d] as DealRow).deal;
    return { id: deal.id, title: lang === 'fr' ? deal.title_fr : deal.title };
  }

  function compose(
    question: string,
    lang: Lang,
    heading: string,
    chosen: ChosenFact[],
    dealRefs: DealRef[],
    confidence: number,
    shape: AnswerShape = 'single',
    matched?: number,
  ): Answered {
    return composeAnswer(
      { facts, deals, maxSources },
      {
        question,
        lang,
        heading,
        chosen,
        dealRefs,
        confidence,
        shape,
        ...(matched === undefined ? {} : { matched }),
      },
    );
  }

  function noAnswer(
    question: string,
    lang: Lang,
    reason: NoAnswer['reason'],
    suggestions: DealRef[] = [],
    confidence = 0,
  ): NoAnswer {
    // A no-answer makes no claim: its figure says how close the nearest deal came, scaled below what any
    // answer carries.
    const near = Math.max(0, Math.min(1, confidence)) * scoring.noAnswerConfidence;
    return { kind: 'no-answer', question, lang, reason, suggestions, confidence: round(near) };
  }

  function answerList(
    question: string,
    understood: Understanding,
    ranked: DealScore[],
  ): Answered | undefined {
    const filters = understood.terms.filter((term) => !LIST_FILTER_WORDS.has(term) && !/^\p{N}/u.test(term));
    if (filters.length === 0) return undefined;
    const years = understood.numbers.filter((n) => YEAR.test(n));
    const matching = ranked
      .filter((entry) => filters.every((term) => entry.inNames.has(term)))
      .filter((entry) => years.every((year) => (deals[entry.deal] as DealRow).deal.date.startsWith(year)))
      .map((entry) => entry.deal)
      .sort((a, b) => ((deals[b] as DealRow).deal.date > (deals[a] as DealRow).deal.date ? 1 : -1));
    if (matching.length < 2) return undefined;
    const lang = understood.lang;
    const shown = matching.slice(0, maxListed);
    const chosen: ChosenFact[] = shown.map((d) => ({ factId: rowFact(d, understood), row: true }));
    const fr = lang === 'fr';
    const words = filters.map((f) => `“${f}”`).join(fr ? ', ' : ', ');
    const heading = fr
      ? `Le corpus compte ${matching.length} accords liés à ${words}, ${shown.length < matching.length ? `les ${shown.length} plus récents` : 'du plus récent au plus ancien'} :`
      : `The corpus has ${matching.length} deals about ${words}, ${shown.length < matching.length ? `the ${shown.length} newest` : 'newest first'}:`;
    return compose(
      question,
      lang,
      heading,
      chosen,
      shown.map((d) => refOf(d, lang)),
      scoring.listConfidence,
      'list',
      matching.length,
    );
  }

  /** The fact shown for a deal in a cross-deal answer: the one that best answers the question's intent. */
  function rowFact(d: number, understood: Understanding): number {
    const row = deals[d] as DealRow;
    if (understood.intent === 'general' || understood.intent === 'list' || understood.intent === 'definition')
      return row.facts[0] as number;
    return rankFacts({ ...factTables, trace: undefined }, d, understood, [])[0] ?? (row.facts[0] as number);
  }

  /** Whether a deal passes every structured constraint of the plan. */
  function fitsPlan(
    d: number,
    plan: QuestionPlan,
    rest: readonly string[],
    /** For an overview: the deals each name is the own alias or title word of (see {@link ownDealsOf}). */
    ownDeals?: ReadonlyMap<string, readonly number[]>,
    /** "Which deals involve SAP?": a provider among a deal's customers or names is involved too. */
    involving = false,
    /** "What has Denmark done about Microsoft and Google?": either provider will do. */
    anyProvider = false,
    /** "Where does Proximus show up?": a name in a deal's facts counts too. */
    appears = false,
  ): boolean {
    const f = facets[d] as DealFacets;
    // "…from the first hyperscalers to the first Japanese provider": the ends' words, either of them.
    const ends = plan.ends.filter((t) => rest.includes(t));
    if (ends.length > 0) {
      if (!ends.some((t) => ranker.namesHave(d, t))) return false;
      rest = rest.filter((t) => !ends.includes(t));
    }
    // "Which deals involve AWS and Microsoft?" wants both; "the Health Data Hub, from Azure to Scaleway"
    // names its subject, and either provider is one of its deals.
    // "Où apparaît Scaleway ?": a provider one of the deal's facts names counts too (a Gaia-X founder).
    const hasProvider = (p: { key: string; word: string }) =>
      f.providerKeys.includes(p.key) ||
      (involving && ranker.namesHave(d, p.word)) ||
      (appears && (deals[d] as DealRow).facts.some((id) => factNames(id, p.key)));
    // "…dumped Microsoft Office for LibreOffice": one of them is the deal's provider, and its names speak
    // of the other.
    if (plan.replaces && plan.providers.length > 1) {
      if (!plan.providers.some(hasProvider) || !plan.providers.every((p) => ranker.namesHave(d, p.word)))
        return false;
    } else if (
      plan.providers.length > 0 &&
      !(rest.length > 0 || anyProvider ? plan.providers.some(hasProvider) : plan.providers.every(hasProvider))
    )
      return false;
    // "Which deals involve France?": a deal whose parties are French (Indonesia's data centre, financed by
    // France), or whose title names the place (NATO's cloud "for the NATO-Ukraine JATEC centre"), involves it too.
    const partiesIn = (place: PlacePlan) => {
      const { customers, providers, title } = (deals[d] as DealRow).deal;
      const parties = ` ${tokenizeFolded([...customers, ...providers, title].join(' ')).join(' ')} `;
      return place.matches.some((m) => parties.includes(` ${m} `));
    };
    if (
      plan.places.length > 0 &&
      !plan.places.some((place) => inPlace(f, place) || (involving && partiesIn(place)))
    )
      return false;
    if (plan.placesOut.some((place) => inPlace(f, place))) return false;
    if (!inYears(f, plan.years)) return false;
    // "Which spy agencies use AWS?": a deal tagged with the sector, or whose names say it.
    if (!inSectors(d, plan.sectors)) return false;
    // "Which contracts did AWS win?", "contrats cloud en Amérique latine" ask for its deals, whatever their
    // kind: beside a provider or a place, "contract" is the everyday word for a deal (the heading says so).
    // ("UK contracts or partnerships with Oracle": any deal, or a partnership, is any deal.)
    const kinds = contractMeansDeal(plan) && plan.kinds.includes('contract') ? [] : plan.kinds;
    if (kinds.length > 0 && !kinds.includes((deals[d] as DealRow).deal.kind)) return false;
    // "Which deals did AWS win?": a market ruling or a law naming AWS is nothing it won.
    if ((plan.won || plan.chosen) && kinds.length === 0 && NOT_WON.has((deals[d] as DealRow).deal.kind))
      return false;
    // "G42 or its Core42 unit": either name will do, when every word left is some deal's name (not common
    // words: "armed forces or military alliances" still wants both).
    const either =
      plan.restEither &&
      rest.length > 1 &&
      rest.every((t) => (aliasWords.has(t) || isPartyWord(t)) && !isCommonWord(t));
    const each = (terms: readonly string[], test: (term: string) => boolean) =>
      either ? terms.some(test) : terms.every(test);
    // An overview of a name ("anything about Gaia-X?") lists the deals it is a title word or own alias of,
    // not every deal whose parties or tags mention it.
    if (ownDeals) return each(rest, (term) => ownDeals.get(term)?.includes(d) ?? ranker.namesHave(d, term));
    // "Where does Proximus show up?": a deal whose facts name it is a place it shows up in.
    // (A name of several words, together: "the Data Act" is not any fact with "data" and "act".)
    // (A lone common word, "Act" of "the CLOUD Act", reads the names only.)
    if (appears)
      return (
        each(rest, (term) => ranker.namesHave(d, term) || partyByAlias(d, term)) ||
        (!(rest.length === 1 && isCommonWord(rest[0] as string)) &&
          (deals[d] as DealRow).facts.some(
            (id) => rest.every((t) => ranker.factHas(id, t)) && wordsTogether(foldedText(id), rest),
          ))
      );
    // "every deal where the UK MoD is a buyer": a deal whose parties write out what the short name stands for
    // ("Ministry of Defence", another deal's alias beside "MoD").
    return each(rest, (term) => ranker.namesHave(d, term) || (involving && partyByAlias(d, term)));
  }

  /**
   * Whether deal `d` is in the sectors asked: tagged with one of the customer sectors (or, unless the sector
   * is read from tags only, named with its word), and with every technology asked ("which militaries run
   * air-gapped clouds?").
   */
  function inSectors(d: number, sectors: QuestionPlan['sectors']): boolean {
    const tags = (facets[d] as DealFacets).tags;
    const inSector = (s: QuestionPlan['sectors'][number]) =>
      s.tags.some((t) => tags.includes(t)) || (!s.tagsOnly && ranker.namesHave(d, s.word));
    const customers = sectors.filter((s) => !s.technology);
    return (
      (customers.length === 0 || customers.some(inSector)) &&
      sectors.filter((s) => s.technology).every(inSector)
    );
  }

  /**
   * Whether every deal whose names have a sector's word is tagged with the sector ("fire", "gapped"); read
   * from the corpus once per word.
   */
  const namedInSectorByKey = memoized((key: string) => {
    const [word = '', tags = ''] = key.split(' ');
    return deals.every(
      (_, d) =>
        !ranker.namesHave(d, word) || tags.split(',').some((t) => (facets[d] as DealFacets).tags.includes(t)),
    );
  });
  const namedInSector = (sector: QuestionPlan['sectors'][number]) =>
    namedInSectorByKey(`${sector.word} ${sector.tags.join(',')}`);

  /** Deal `d`'s parties as folded words without stopwords, spaced. */
  const partyWordsOf = memoized(
    (d: number) =>
      ` ${tokenizeFolded(partiesOf(d))
        .filter((w) => !isStopword(w))
        .join(' ')} `,
  );
  /**
   * What a short name stands for: the several-word aliases, beside it in some deal, whose initials it is
   * ("Ministry of Defence" for "MoD"), as folded words without stopwords.
   */
  const expansionsOf = memoized((term: string): readonly string[] => {
    const initialsOf = (words: readonly string[]) => fold(words.map((w) => w.charAt(0)).join(''));
    return ranker.dealsAliased(term).flatMap((o) =>
      (deals[o] as DealRow).deal.aliases
        .filter((alias) => {
          const words = alias.split(/\s+/u);
          return (
            words.length >= 2 &&
            (initialsOf(words) === term || initialsOf(words.filter((w) => /^\p{Lu}/u.test(w))) === term)
          );
        })
        .map((alias) =>
          tokenizeFolded(alias)
            .filter((w) => !isStopword(w))
            .join(' '),
        ),
    );
  }, FOLDED_MEMO_LIMIT);

  /** Whether deal `d`'s parties write out what the short name `term` stands for ("Ministry of Defence"). */
  function partyByAlias(d: number, term: string): boolean {
    const expanded = expansionsOf(term);
    return expanded.length > 0 && expanded.some((phrase) => partyWordsOf(d).includes(` ${phrase} `));
  }

  /**
   * An overview's names and the deals each points at: a deal's own one-word alias names it before any
   * title that mentions it ("Bleu"), then the deals whose title has it. A place, or a word in too many
   * titles to be listed there ("Commission"), is left out: the deals' names decide for it.
   */
  function ownDealsOf(names: readonly string[]): Map<string, readonly number[]> {
    const own = new Map<string, readonly number[]>();
    for (const term of names) {
      if (placeWords.has(term)) continue;
      const aliased = ranker.dealsAliased(term);
      const titled = ranker.dealsTitled(term);
      // "Bleu" is an alias of the Bleu deal and of Microsoft's commitments that name it: the deal whose
      // title also has it is the one the name means.
      const both = aliased.filter((d) => titled.includes(d));
      // "All the G42 stuff": a company every one of whose deals has it in its title and among its parties
      // names them all (G42 in Kenya, in Abu Dhabi through Core42, and Microsoft's investment).
      const parties = titled.filter((d) => partiesSpacedOf(d).includes(` ${term} `));
      const everyTitle = parties.length >= 2 && parties.length === titled.length ? parties : [];
      const list = [everyTitle, both, aliased, titled].find((deals) => deals.length > 0);
      if (list !== undefined) own.set(term, list);
    }
    return own;
  }

  /** The heading of a list: a sentence saying how many deals matched what, and in which order. */
  function listHeading(
    question: string,
    plan: QuestionPlan,
    rest: readonly string[],
    lang: Lang,
    total: number,
    shown: number,
    shape: AnswerShape,
  ): string {
    const fr = lang === 'fr';
    // "Contracts" beside a provider was read as "deals" (see fitsPlan): the heading says so.
    const anyKind = plan.kinds.length === 1 && plan.kinds[0] === 'contract' && contractMeansDeal(plan);
    const kindNoun = plan.kinds.length === 1 && !anyKind ? KIND_NOUNS[plan.kinds[0] as string] : undefined;
    const [one, many] = anyKind
      ? fr
        ? ['accord (contrat ou autre)', 'accords (contrats et autres)']
        : ['deal (contract or other)', 'deals (contracts and others)']
      : (kindNoun?.[lang] ?? (fr ? ['accord', 'accords'] : ['deal', 'deals']));
    const noun = total === 1 ? one : many;
    const parts: string[] = [`${total} ${noun}`];
    // "Saudi Arabia": a word of a place the heading names anyway is no subject of its own.
    const placeNames = new Set(plan.places.flatMap((p) => `${p.en} ${p.fr}`.split(/\s+/u).map(fold)));
    const subject = rest.filter((term) => !placeNames.has(term));
    if (subject.length > 0)
      parts.push(`${fr ? (total === 1 ? 'lié à' : 'liés à') : 'about'} ${originalWords(question, subject)}`);
    if (plan.providers.length > 0)
      parts.push(
        `${fr ? 'avec' : 'with'} ${plan.providers.map((p) => p.display).join(fr ? ' et ' : ' and ')}`,
      );
    if (plan.places.length > 0)
      parts.push(
        // ("Japan … Japanese": one place, named once.)
        [
          ...new Set(
            plan.places
              // "the Gulf states: … Saudi Arabia and the UAE": a country within a region named says no more.
              .filter(
                (p) =>
                  !plan.places.some(
                    (q) =>
                      q !== p &&
                      q.matches.length > p.matches.length &&
                      p.matches.every((m) => q.matches.includes(m)),
                  ),
              )
              .map((p) => (fr ? p.fr : `in ${p.en}`)),
          ),
        ].join(fr ? ' ou ' : ' or '),
      );
    if (plan.placesOut.length > 0)
      parts.push(
        fr
          ? `hors ${plan.placesOut.map((p) => p.fr.replace(/^(?:en|au|aux|à) /u, '')).join(' et ')}`
          : `outside ${plan.placesOut.map((p) => p.en).join(' and ')}`,
      );
    const y = plan.years;
    if (y.exact.length > 0)
      parts.push(
        `${fr ? (total === 1 ? 'daté de' : 'datés de') : 'dated'} ${y.exact.join(fr ? ' ou ' : ' or ')}`,
      );
    if (y.from !== undefined) parts.push(`${fr ? 'depuis' : 'since'} ${y.from}`);
    if (y.to !== undefined) parts.push(`${fr ? 'avant' : 'before'} ${y.to}`);
    let sentence = parts.join(' ');
    const order =
      shape === 'timeline'
        ? fr
          ? 'dans l’ordre chronologique'
          : 'in date order'
        : fr
          ? 'du plus récent au plus ancien'
          : 'newest first';
    sentence += shown < total ? (fr ? `, les ${shown} plus récents` : `, the ${shown} newest`) : `, ${order}`;
    if (shape === 'timeline' && shown < total)
      sentence += fr ? ', dans l’ordre chronologique' : ', in date order';
    const prefix = fr ? 'Le corpus compte ' : 'The corpus has ';
    return `${prefix}${sentence}${fr ? ' :' : ':'}`;
  }

  /**
   * A list, timeline or count: the deals whose structured fields meet the question's constraints
   * (provider, place, year, kind, and its other words among their names), each as a cited row.
   */
  function answerFilter(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
    /** Only names narrow the list, constraints or not ("who is adopting openDesk?"). */
    namesOnly = false,
    /** Words of a deal's multi-word name the question spells out in lower case ("the health data hub"). */
    spelled: readonly string[] = [],
  ): Answer | undefined {
    const lang = understood.lang;
    // "The Health Data Hub": a sector word inside a deal's name spelled out is that name, no sector.
    const sectors = plan.sectors.filter(
      (s) =>
        !understood.capitalised.has(s.word) &&
        !spelled.includes(s.word) &&
        // (…not a word whose every deal is in the sector: "fire" of "the Strasbourg fire" is an incident.)
        !(aliasWords.has(s.word) && !namedInSector(s)),
    );
    // (…and its word, a word of that name, is said in the heading again: "about health data hub".)
    const namedSectors = plan.sectors
      .filter((s) => !sectors.includes(s) && spelled.includes(s.word))
      .map((s) => s.word);
    if (sectors.length !== plan.sectors.length) plan = { ...plan, sectors };
    // "G42, the Abu Dhabi company", "la société G42 d'Abou Dhabi", "the Emirati company G42": a place beside a
    // company noun and a party's name says where the company is from; it narrows nothing.
    const near = (word: string, span: number) => {
      const at = understood.tokens.indexOf(word.split(' ')[0] as string);
      return at < 0
        ? []
        : understood.tokens.slice(Math.max(0, at - span), at + word.split(' ').length + span);
    };
    const companyPlaces = plan.places.filter((p) => {
      const around = near(p.word, 3);
      return (
        around.some((w) => FIRM_NOUNS.has(w)) &&
        around.some(
          (w) =>
            plan.rest.includes(w) && understood.capitalised.has(w) && (isPartyWord(w) || aliasWords.has(w)),
        )
      );
    });
    if (companyPlaces.length > 0)
      plan = { ...plan, places: plan.places.filter((p) => !companyPlaces.includes(p)) };
    const constrained =
      plan.providers.length > 0 ||
      plan.places.length > 0 ||
      hasYears(plan.years) ||
      plan.kinds.length > 0 ||
      plan.sectors.length > 0;
    if (!constrained && !plan.latest && plan.rest.length === 0) return undefined;
    // "What did AWS sign in Peru?": a name the corpus does not know narrows the list to nothing; the
    // question is not answered by every AWS deal (it gets "no entry" instead).
    if (plan.rest.some((term) => understood.capitalised.has(term) && !isKnown(term))) return undefined;
    // Beside a provider, place, year or kind, only names ("CIA", "Pentagon") narrow the list further: other
    // words are phrasing ("announced", "lately"). Without those constraints, every known word must be
    // among the deal's names.
    // "Quelles affaires sont passées devant le Conseil d'État ?": a name written with capitals narrows the
    // list alone; the words around it are phrasing. So does a name typed in lower case that is an alias or
    // a party ("which deals is g42 mixed up in").
    const byNames =
      constrained ||
      namesOnly ||
      (plan.explicit &&
        plan.rest.some(
          (t) =>
            (understood.capitalised.has(t) || aliasWords.has(t) || isPartyWord(t)) &&
            isKnown(t) &&
            !OVERVIEW_VAGUE.has(t),
        ));
    // "…against Microsoft 365 or Google Workspace": providers joined by "or" are alternatives, and the
    // products named after them ("365", "Workspace") are theirs: they narrow nothing more.
    const tokens = understood.tokens;
    const providerAt = plan.providers.map((p) => tokens.indexOf(p.word)).filter((at) => at >= 0);
    const eitherProvider =
      providerAt.length > 1 &&
      tokens.slice(Math.min(...providerAt), Math.max(...providerAt)).some((t) => ALTERNATIVE_WORDS.has(t));
    const productTail = (term: string) => providerAt.some((at) => tokens[at + 1] === term);
    const rest = plan.rest.filter(
      (term) =>
        isKnown(term) &&
        !(eitherProvider && productTail(term)) &&
        !plan.sectors.some((s) => s.word === term) &&
        // "l'État britannique", "the Government": a capitalised word that names no one in particular.
        !((constrained || namesOnly) && OVERVIEW_VAGUE.has(term)) &&
        (!byNames ||
          understood.capitalised.has(term) ||
          // (Beside a place, a provider, a year or a kind, a lower-case word of a several-word alias that the
          // facts use as a plain word, "first" of "world's first data embassy", is phrasing: "japan govt cloud
          // story, from the first hyperscaler picks…". Alone, "list every hyperscaler deal", it narrows.)
          (aliasWords.has(term) && !(constrained && isCommonWord(term))) ||
          spelled.includes(term) ||
          (namesOnly && (placeWords.has(term) || isPartyWord(term)))),
    );
    if (namesOnly && !constrained && rest.length === 0) return undefined;
    if (!constrained && !plan.latest && rest.length === 0) return undefined;
    const matching: number[] = [];
    // "Everything involving G42" asks for every deal G42 is in, not the one it is the own name of; so does
    // "who's buying openDesk?" (a product taken up, not a provider's deals: "who's buying Microsoft 365?"
    // lists no one leaving it).
    const said = understood.tokens.join(' ');
    const involving = INVOLVING.test(said) || (plan.providers.every((p) => p.left) && ADOPTING.test(said));
    // "Dans quels dossiers Bruno Le Maire prend-il position ?": a person, named in full, is in the facts that
    // quote or cite them, rarely among a deal's names.
    const person =
      !constrained &&
      rest.length >= 2 &&
      rest.every((t) => understood.capitalised.has(t) && !PROVIDER_WORDS.has(t) && !placeWords.has(t)) &&
      // …not a deal's title or party typed with capitals ("the Health Data Hub", "le Conseil d'État"); a deal
      // may have a person among its aliases, and the others quote them all the same.
      !deals.some((_, d) =>
        rest.every((t) => titleSpacedOf(d).includes(` ${t} `) || partiesSpacedOf(d).includes(` ${t} `)),
      ) &&
      // …whose first name is no word the texts use ("Executive Order") …
      !isCommonWord(rest[0] as string) &&
      !PERSON_ROLES.has(rest[0] as string) &&
      // …and a person: some fact gives them a role just before their name ("economy minister Bruno Le
      // Maire", "French MP Philippe Latombe"), which "Government Digital Service" never has.
      deals.some((row) =>
        row.facts.some((id) => {
          // (The index first: only a fact with every word of the name is read.)
          if (!rest.every((t) => ranker.factHas(id, t))) return false;
          const words = tokenizeFolded(foldedText(id));
          return words.some(
            (w, at) =>
              w === rest[0] &&
              wordsTogether(words.slice(at, at + 3 * rest.length).join(' '), rest) &&
              words.slice(Math.max(0, at - 4), at).some((r) => PERSON_ROLES.has(r)),
          );
        }),
      );
    // "What's new with Bleu?": the deal Bleu names, not every deal that mentions it.
    const ownDeals = (namesOnly || plan.latest) && !involving && !person ? ownDealsOf(rest) : undefined;
    const anyProvider = (namesOnly && plan.overviewStrong && plan.providers.length > 1) || eitherProvider;
    // ("Where does Scaleway appear as a provider?", "parmi les prestataires": among a deal's providers only.)
    const appears =
      (APPEARS.test(said) &&
        !/\b(?:as (?:a |an |the )?(?:provider|vendor|supplier)|among (?:the |its )?(?:providers|vendors|suppliers)|parmi (?:les |ses )?(?:prestataires|fournisseurs)|comme (?:prestataire|fournisseur))\b/.test(
          said,
        )) ||
      person;
    // "the Google air-gapped deals", "google's distributed cloud": the words naming one provider's product
    // right after it narrow its deals to those whose facts write them.
    const product: string[] = [];
    if (plan.providers.length === 1 && !eitherProvider && !plan.providers[0]?.left) {
      let at = (providerAt[0] ?? -2) + 1;
      if (tokens[at] === 's') at += 1;
      for (const t of tokens.slice(at, at + 2)) {
        if (
          isStopword(t) ||
          PRODUCT_GENERIC.has(t) ||
          OVERVIEW_VAGUE.has(t) ||
          PROVIDER_WORDS.has(t) ||
          PROVIDER_NAME_WORDS.has(t)
        )
          break;
        if (!isKnown(t) || aliasWords.has(t)) break;
        // A product's name: capitalised ("Distributed Cloud"), a product word, or a compound ("air-gapped"),
        // not a verb ("has palantir landed").
        const written = originalWords(question, [t]);
        const compound = compoundOf(question, written);
        // ("Scaleway figure-t-il…": a French verb and its inverted subject, no compound name.)
        if (/-(?:t-)?(?:il|elle|ils|elles|on)$/iu.test(compound)) break;
        if (!/^\p{Lu}/u.test(written) && !PRODUCT_WORDS.has(t) && !/-/u.test(compound)) break;
        product.push(t);
      }
    }
    const hasProduct = (d: number) =>
      product.length === 0 ||
      (deals[d] as DealRow).facts.some((id) => product.every((t) => ranker.factHas(id, t)));
    // "Where does the Schwarz Group's STACKIT show up?": the owner before a possessive describes the name
    // after it; the facts need write only that name.
    const owners = new Set<string>();
    if (appears)
      understood.tokens.forEach((t, at) => {
        const after = understood.tokens[at + 1] as string;
        if (t !== 's' || !(rest.includes(after) || PROVIDER_WORDS.has(after))) return;
        // (Back to the article or the verb: "the Schwarz Group's", "does SAP's"; a company or a provider, not a
        // customer: "the ICC's openDesk" is the ICC's deal.)
        const owner: string[] = [];
        for (let j = at - 1; j >= Math.max(0, at - 3) && !isStopword(understood.tokens[j] as string); j--)
          owner.push(understood.tokens[j] as string);
        if (owner.some((w) => PROVIDER_WORDS.has(w) || FIRM_NOUNS.has(w)))
          for (const w of owner) owners.add(w);
      });
    const named = rest.filter((t) => !owners.has(t));
    const sought = named.length > 0 || plan.providers.length > 0 ? named : rest;
    // "Quelles décisions du Conseil d'État…?": the rulings of a body the question names are in the deals whose
    // title names it, or whose facts tell it ruling ("the Conseil d'État's interim-relief judge declined…"),
    // whatever their kind; a fact that only cites it is no ruling of its.
    // (The body's whole capitalised name: "Conseil d'État", whose "État" names no place of its own.)
    const body: string[] = [];
    if (RULINGS_OF.test(said)) {
      const tokens = understood.tokens;
      const at = tokens.findIndex(
        (t) => sought.includes(t) && understood.capitalised.has(t) && !PROVIDER_WORDS.has(t),
      );
      for (let j = at; at >= 0 && j < tokens.length; j++) {
        const t = tokens[j] as string;
        if (understood.capitalised.has(t)) body.push(t);
        else if (!RUN_LINKS.has(t) && t !== 'd') break;
      }
    }
    const ruledBy = (d: number) =>
      body.every((t) => ranker.namesHave(d, t)) ||
      (deals[d] as DealRow).facts.some(
        (id) =>
          body.every((t) => ranker.factHas(id, t)) &&
          sentencesOf(id, 'en').some(({ raw, spaced }) => wordsTogether(raw, body) && RULED.test(spaced)),
      );
    const bodyPlan = { ...plan, kinds: plan.kinds.filter((k) => k !== 'ruling') };
    const others = sought.filter((t) => !body.includes(t));
    for (let d = 0; d < deals.length; d++)
      if (
        (body.length > 0
          ? fitsPlan(d, bodyPlan, others, undefined, involving, anyProvider, appears) && ruledBy(d)
          : fitsPlan(d, plan, sought, ownDeals, involving || anyProvider, anyProvider, appears)) &&
        hasProduct(d)
      )
        matching.push(d);
    if (matching.length === 0) return undefined;
    // "…from its 2017 launch until the Scaleway choice": a story's start that none of its deals has is a claim.
    if (
      plan.storyFrom !== undefined &&
      !matching.some((d) => (facets[d] as DealFacets).year === plan.storyFrom)
    )
      return undefined;
    const byDate = (a: number, b: number) => {
      const da = (deals[a] as DealRow).deal.date;
      const db = (deals[b] as DealRow).deal.date;
      return da === db ? 0 : db > da ? 1 : -1;
    };
    matching.sort(byDate);
    const shape: AnswerShape = plan.shape === 'timeline' ? 'timeline' : 'list';
    // One match of a question that did not ask for a list as such is answered as that deal; "which
    // initiatives are in Germany?" asked for deals of a kind, and gets the one there is as a list.
    // ("Contract" is the everyday word for any deal: one contract asked of is that deal's question.)
    const kindAsked = understood.intent === 'list' && plan.kinds.some((k) => k !== 'contract');
    if (matching.length === 1 && !plan.explicit && !kindAsked) return undefined;
    const limit = plan.latest && plan.shape !== 'count' ? Math.min(5, maxListed) : maxListed;
    const shown = matching.slice(0, limit);
    if (shape === 'timeline') shown.reverse();
    const chosen: ChosenFact[] = shown.map((d) => ({ factId: rowFact(d, understood), row: true }));
    return compose(
      question,
      lang,
      listHeading(
        question,
        plan,
        understood.terms.filter((t) => rest.includes(t) || namedSectors.includes(t)),
        lang,
        matching.length,
        shown.length,
        shape,
      ),
      chosen,
      shown.map((d) => refOf(d, lang)),
      scoring.listConfidence,
      shape,
      matching.length,
    );
  }

  /**
   * "Which cloud awards got challenged by a losing bidder (bid protest, appeal, lawsuit)?": every deal with a
   * fact telling of a bidder contesting the award, newest first, each row citing that fact. Narrowed by the
   * places the question gives, and by a body it names ("…before the GAO"), which that fact must name too.
   */
  function answerChallenged(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
  ): Answer | undefined {
    if (plan.shape === 'compare' || plan.shape === 'timeline') return undefined;
    const spaced = ` ${understood.tokens.join(' ')} `;
    if (!CHALLENGE_ASKED.test(spaced) || !AWARDS_ASKED.test(spaced) || !LIST_OPENING.test(spaced))
      return undefined;
    // A bidder's challenge, asked as such ("by a losing bidder", "bid protest", "before the GAO") or of a
    // provider named ("which awards did Microsoft protest?"); not workers' or civil society's protests.
    if (!BIDDER_ASKED.test(spaced) && plan.providers.length === 0) return undefined;
    // Bodies named ("GAO", "Court of Federal Claims") that the fact must name; not places nor providers.
    const bodies = plan.rest.filter(
      (t) => understood.capitalised.has(t) && isKnown(t) && !placeWords.has(t) && !PROVIDER_WORDS.has(t),
    );
    const found = new Map<number, number>();
    for (let d = 0; d < deals.length; d++) {
      if (plan.places.length > 0 && !plan.places.some((p) => inPlace(facets[d] as DealFacets, p))) continue;
      if (hasYears(plan.years) && !inYears(facets[d] as DealFacets, plan.years)) continue;
      const id = (deals[d] as DealRow).facts.find(
        (f) =>
          BIDDER_CHALLENGE.test((facts[f] as FactRow).fact.text) &&
          bodies.every((t) => ranker.factHas(f, t) || foldedText(f).includes(t)) &&
          // The provider named is the one contesting, in that fact.
          plan.providers.every((p) => factNames(f, p.key)),
      );
      if (id !== undefined) found.set(d, id);
    }
    if (found.size < 2) return undefined;
    const lang = understood.lang;
    return rowsList(
      question,
      lang,
      lang === 'fr'
        ? `Le corpus compte ${found.size} attributions contestées par un soumissionnaire, de la plus récente à la plus ancienne :`
        : `The corpus has ${found.size} awards a bidder contested, newest first:`,
      found,
    );
  }

  /** A list of deals, newest first, each row citing the fact that put it there (`rows`: deal → fact). */
  function rowsList(
    question: string,
    lang: Lang,
    heading: string,
    rows: ReadonlyMap<number, number>,
  ): Answer {
    const shown = [...rows.keys()]
      .sort((a, b) => ((deals[a] as DealRow).deal.date < (deals[b] as DealRow).deal.date ? 1 : -1))
      .slice(0, maxListed);
    return compose(
      question,
      lang,
      heading,
      shown.map((d) => ({ factId: rows.get(d) as number, row: true })),
      shown.map((d) => refOf(d, lang)),
      scoring.listConfidence,
      'list',
      rows.size,
    );
  }

  /**
   * "Who has moved off Microsoft Office?": every deal with a fact recording a move away from the provider
   * the question has being left (moves.ts), newest first, each row citing that fact.
   */
  function answerMovedOff(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
  ): Answer | undefined {
    const left = plan.providers.find((p) => p.left);
    if (left === undefined || plan.shape === 'compare' || plan.shape === 'timeline') return undefined;
    if (!(plan.overview || plan.explicit || WHO_REPLACED_WITH.test(understood.tokens.join(' '))))
      return undefined;
    const words = PROVIDERS.find((p) => p.key === left.key)?.words ?? [left.word];
    // "…moved off Microsoft Office": the product named after the provider must be what is left too.
    const at = understood.tokens.indexOf(left.word);
    const product = PRODUCT_WORDS.has(understood.tokens[at + 1] ?? '')
      ? understood.tokens[at + 1]
      : undefined;
    // "…for LibreOffice": a destination the corpus names narrows the list to moves there; so does a
    // provider named and not left ("chose LibreOffice as an alternative to Microsoft").
    const destination = [
      ...movesIn(understood.tokens.join(' '))
        .flatMap((m) => m.to)
        .filter((w) => aliasWords.has(w) && !OVERVIEW_VAGUE.has(w)),
      ...plan.providers.filter((p) => !p.left).map((p) => p.word),
    ];
    // "…for open source tools (libreoffice, opendesk, onlyoffice etc)": every example in brackets is one.
    if (destination.length > 0)
      for (const [, inside] of question.matchAll(/\(([^)]*)\)/gu))
        destination.push(...tokenizeFolded(inside ?? '').filter((w) => aliasWords.has(w)));
    const moving = new Map<number, number>();
    // "Quelles armées passent à des suites libres ?": a sector or a place asked narrows the moves.
    const asked = (d: number) =>
      inSectors(d, plan.sectors) &&
      (plan.places.length === 0 || plan.places.some((p) => inPlace(facets[d] as DealFacets, p)));
    for (let d = 0; d < deals.length; d++)
      for (const id of asked(d) ? (deals[d] as DealRow).facts : []) {
        const fromIt = (from: readonly string[]) =>
          from.some((w) => words.includes(w)) && (product === undefined || from.includes(product));
        if (
          movesOf(id).some(
            (m) => fromIt(m.from) && (destination.length === 0 || m.to.some((w) => destination.includes(w))),
          )
        ) {
          moving.set(d, id);
          break;
        }
      }
    if (moving.size < 2) return undefined;
    const lang = understood.lang;
    return rowsList(
      question,
      lang,
      moving.size === 1
        ? lang === 'fr'
          ? `Le corpus compte 1 accord qui quitte ${left.display} :`
          : `The corpus has 1 deal that moves away from ${left.display}:`
        : lang === 'fr'
          ? `Le corpus compte ${moving.size} accords qui quittent ${left.display}, du plus récent au plus ancien :`
          : `The corpus has ${moving.size} deals that move away from ${left.display}, newest first:`,
      moving,
    );
  }

  /**
   * "The big US intelligence contracts (CIA, NSA, Pentagon)?", "deals of the CIA, the NSA or the Pentagon?":
   * names listed one after another, each naming deals of its own, ask for all of their deals.
   */
  function answerEnumerated(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
  ): Answer | undefined {
    if (plan.shape === 'compare' || plan.shape === 'timeline') return undefined;
    if (!(DEAL_NOUNS_ASKED.test(understood.tokens.join(' ')) || plan.explicit || plan.overview))
      return undefined;
    // "Why was Oracle shut out of JWCC when AWS, Google and Microsoft all got contracts?" asks a reason
    // of one deal; "Did AWS and Microsoft both get contracts under JWCC?" asks yes or no of a deal it names:
    // the names they enumerate are context.
    if (
      !plan.explicit &&
      plan.shape === 'single' &&
      (understood.intent === 'reason' ||
        (/^(?:did|does|do|is|was|were|are|has|have|had)\b/.test(understood.tokens.join(' ')) &&
          plan.rest.some((t) => aliasWords.has(t) && !PROVIDER_WORDS.has(t))))
    )
      return undefined;
    const inBrackets = /\(([^)]*)\)/u.exec(question)?.[1];
    const isName = (w: string) =>
      understood.capitalised.has(w) || aliasWords.has(w) || isPartyWord(w) || COMPANY_NAMES.has(w);
    // "G42 (or its unit Core42)", "Schwarz (aka STACKIT)": the name in brackets is another for what
    // comes before, and the deals of either are asked for.
    if (inBrackets !== undefined && ALTERNATIVE_NAME.test(inBrackets)) {
      const named = (text: string) =>
        tokenizeFolded(text).filter(
          (t) => !isStopword(t) && !OVERVIEW_VAGUE.has(t) && !LIST_FILTER_WORDS.has(t) && isName(t),
        );
      const before = named(question.slice(0, question.indexOf('(')));
      const inside = named(inBrackets);
      if (before.length > 0 && inside.length > 0)
        return answerNames(
          question,
          understood,
          [...before, ...inside].map((w) => [w]),
          true,
        );
    }
    // "UK contracts or agreements with AWS": two nouns of deals joined are one noun, no names apart.
    const listed = (inBrackets ?? question).replace(JOINED_DEAL_NOUNS, '');
    const items = listed
      .split(/\s*(?:,|;|\/|\bor\b|\bou\b|\band\b|\bet\b)\s*/iu)
      .map((item) => {
        const all = tokenizeFolded(item);
        // "…pls", "…svp": a closing courtesy names nothing.
        let end = all.length;
        while (end > 0 && COURTESY.has(all[end - 1] as string)) end -= 1;
        const words = all
          .slice(0, end)
          .filter((t) => !isStopword(t) && !OVERVIEW_VAGUE.has(t) && !LIST_FILTER_WORDS.has(t));
        return { words, described: POSSESSIVES.has(all[0] ?? '') };
      })
      // "Who is moving to openDesk or ZenDiS?": the first item's lead-in words ("moving") ask, they name
      // nothing; its names are the ones at its end. So does a later item that describes its name first
      // ("G42 or its sovereign-cloud daughter Core42").
      .map(({ words, described }, i) => {
        if (i > 0 && !described) return words;
        let start = words.length;
        while (start > 0 && isName(words[start - 1] as string)) start -= 1;
        // A provider is left to the plan's filters ("what has Denmark done about Microsoft and Google?").
        const tail = words.slice(start);
        return tail.length > 0 && !tail.some((w) => PROVIDER_WORDS.has(w)) ? tail : words;
      })
      .filter((words) => words.length > 0 && words.length <= 3);
    // Only names: capitalised as typed, a deal's own alias, a party's name.
    const names = items.filter((words) => words.every(isName));
    if (names.length < 2 || (inBrackets === undefined && names.length !== items.length)) return undefined;
    // "accords en Australie et en Nouvelle-Zélande": places are the plan's to filter by (a deal is in a
    // country whatever its names say), not names to look for.
    const placed = new Set(plan.places.flatMap((p) => p.word.split(' ')));
    if (names.every((words) => words.every((w) => placeWords.has(w) || placed.has(w)))) return undefined;
    // "UK contracts or partnerships with Oracle": the "or" joins kinds of deals, and "suisse, les contrats
    // (alibaba, aws, msft etc)" gives examples; the place and the providers are the plan's to filter by, all
    // at once ("Deals in Canada or with Oracle" offers either).
    const planned = (w: string) =>
      placeWords.has(w) || placed.has(w) || plan.providers.some((p) => p.word === w);
    if (
      (KINDS_JOINED.test(question) || inBrackets !== undefined) &&
      plan.providers.length > 0 &&
      plan.places.length > 0 &&
      names.every((words) => words.every(planned))
    )
      return undefined;
    const named = answerNames(question, understood, names);
    // "…joint ventures (Bleu, S3NS etc)": examples of a kind. The list of that kind answers when it holds
    // every example (NumSpot too); else the examples' own deals do.
    if (
      named?.kind === 'answered' &&
      inBrackets !== undefined &&
      /\b(?:etc|e\.?g|for example|par exemple|such as|like)\b/iu.test(inBrackets)
    ) {
      const kind = answerFilter(question, understood, { ...plan, shape: 'list' });
      if (
        kind?.kind === 'answered' &&
        kind.rows.length > named.rows.length &&
        named.rows.every((r) => kind.rows.some((k) => k.dealId === r.dealId))
      )
        return kind;
    }
    return named;
  }

  /** Every deal each of the names points at, newest first (see {@link answerEnumerated}). */
  function answerNames(
    question: string,
    understood: Understanding,
    names: readonly (readonly string[])[],
    /** Every deal naming each, not only the deal it is the own name of. */
    every = false,
  ): Answer | undefined {
    const matching = new Set<number>();
    for (const words of names) {
      // A deal's own one-word name (its alias and title word) points at that deal, not at those naming it.
      const own = words.length === 1 && !every ? (ownDealsOf(words).get(words[0] as string) ?? []) : [];
      const found =
        own.length > 0
          ? own
          : deals.map((_, d) => d).filter((d) => words.every((w) => ranker.namesHave(d, w)));
      if (found.length === 0) return undefined;
      for (const d of found) matching.add(d);
    }
    if (matching.size < 2) return undefined;
    const sorted = [...matching].sort((a, b) =>
      (deals[a] as DealRow).deal.date < (deals[b] as DealRow).deal.date ? 1 : -1,
    );
    const shown = sorted.slice(0, maxListed);
    const lang = understood.lang;
    const typed = names.map((words) => originalWords(question, words)).join(lang === 'fr' ? ', ' : ', ');
    const heading =
      lang === 'fr'
        ? `Le corpus compte ${matching.size} accords liés à ${typed}, du plus récent au plus ancien :`
        : `The corpus has ${matching.size} deals about ${typed}, newest first:`;
    return compose(
      question,
      lang,
      heading,
      shown.map((d) => ({ factId: rowFact(d, understood), row: true })),
      shown.map((d) => refOf(d, lang)),
      scoring.listConfidence,
      'list',
      matching.size,
    );
  }

  /** The deal a part of a comparison names, if one clearly does. */
  function dealNamedBy(text: string, fallbackLang: Lang): number | undefined {
    const part = understand(
      text,
      fallbackLang,
      (word) => vocabulary.languageOf(word),
      (word) => vocabulary.has(word),
    );
    if (part.terms.length === 0) return undefined;
    // "Data Act" writes out one deal's own several-word alias (the CLOUD Act's long name only ends so).
    const written = [...ranker.matchPhrases(part.tokens).keys()];
    // (Not a label of vague words only, Bleu's "cloud souverain" in "le plan portugais de cloud souverain".)
    const spacedPart = ` ${part.tokens.filter((t) => !isStopword(t)).join(' ')} `;
    const namesIt = (d: number) =>
      aliasPhrasesOf(d).some(
        (phrase) =>
          phrase.includes(' ') &&
          spacedPart.includes(` ${phrase} `) &&
          phrase.split(' ').some((w) => !OVERVIEW_VAGUE.has(w)),
      );
    if (written.length === 1 && (namesIt(written[0] as number) || aliasPhraseIn(text, written).length > 0))
      return written[0];
    // A part that is one deal's own one-word alias ("JEDI") names that deal, whatever else mentions it.
    const own = new Set(part.terms.flatMap((t) => ranker.dealsAliased(t)));
    if (own.size === 1 && part.terms.length === 1) return [...own][0];
    const { ranked } = ranker.scoreDeals(part);
    // Several deals write the alias out ("Cloud au centre": the circular and the strategy): the best
    // ranked of those, never another that merely shares words ("data centre").
    if (written.length > 1) return ranked.find((e) => written.includes(e.deal))?.deal ?? written[0];
    // "…its 2026 sovereign cloud tender": of the best few, the one dated in the year the part gives.
    const year = part.numbers.find(isYearNumber);
    const dated =
      year === undefined
        ? undefined
        : ranked
            .slice(0, 3)
            .find(
              (e) =>
                (deals[e.deal] as DealRow).deal.date.startsWith(year) &&
                e.coverage >= 0.5 &&
                e.inNames.size > 0,
            );
    const best = dated ?? ranked[0];
    if (!best || best.coverage < 0.5) return undefined;
    if (best.phrases === 0 && best.inNames.size === 0) return undefined;
    // "…vs the whole country": a word or two of common words typed in lower case, and no year, name no deal
    // ("UK MoD", "Sénat" are names).
    if (
      best.phrases === 0 &&
      part.numbers.length === 0 &&
      part.terms.length <= 2 &&
      !/\p{Lu}/u.test(text) &&
      part.terms.every((t) => isCommonWord(t) && !aliasWords.has(t) && !PROVIDER_WORDS.has(t))
    )
      return undefined;
    return best.deal;
  }

  /**
   * The deals the parts of a question name, in order. A part that names none alone is read again with
   * the names of the others that are no provider: "the MoD's Google cloud and (the MoD's) Oracle cloud".
   */
  function dealsNamedBy(
    parts: readonly string[],
    understood: Understanding,
    /** A comparison: a part naming only a provider the other parts' deals all have names no deal of its own. */
    comparing = false,
  ): number[] {
    const named: number[] = [];
    /** The deals named by a part that names only providers, and those providers' keys. */
    const byProvider = new Map<number, string[]>();
    // Names as typed: capitalised, or a deal's own alias or a party's name in lower case ("the mod's").
    const typedNames = understood.terms.filter(
      (t) => understood.capitalised.has(t) || aliasWords.has(t) || isPartyWord(t),
    );
    const shared = [...new Set(typedNames)].filter(
      (t) => !PROVIDER_PATTERN_BY_KEY.has(t) && !PROVIDERS.some((p) => p.words.includes(t)) && isKnown(t),
    );
    for (const part of parts) {
      let d = dealNamedBy(part, understood.lang);
      const words = tokenizeFolded(part);
      const missing = shared.filter((t) => !words.includes(t));
      // Only a part with no name of its own besides providers ("oracle cloud deals") borrows the others'.
      // "Airbus vs Helsingør?": a first word is a name too, when it is a deal's own alias.
      // …and so is a multi-word alias the part writes out ("data embassy").
      // …and so is one of the deal's aliases written whole ("T-Systems Google sovereign cloud").
      const ownName =
        d !== undefined &&
        (words.some((w) => aliasWords.has(w) && !PROVIDER_WORDS.has(w) && ranker.namesHave(d as number, w)) ||
          (!words.some((w) => PROVIDER_WORDS.has(w)) && ranker.matchPhrases(words).has(d)) ||
          (words.length > 1 &&
            // …with a party of its own that is none of the big providers ("T-Systems", not "Google cloud").
            [...(deals[d] as DealRow).deal.customers, ...(deals[d] as DealRow).deal.providers].some(
              (party) => {
                const partyWords = tokenizeFolded(party.replace(/\s*\(.*$/u, '')).filter(
                  (w) => !isStopword(w),
                );
                return (
                  partyWords.length > 0 &&
                  !partyWords.every((w) => PROVIDER_WORDS.has(w) || PROVIDER_NAME_WORDS.has(w)) &&
                  ` ${words.join(' ')} `.includes(` ${partyWords.join(' ')} `)
                );
              },
            ) &&
            aliasPhrasesOf(d).includes(words.filter((w) => !isStopword(w)).join(' '))));
      if (
        !ownName &&
        missing.length === shared.length &&
        missing.length > 0 &&
        (d === undefined || !missing.every((t) => ranker.namesHave(d as number, t)))
      ) {
        const again = dealNamedBy(`${part} ${missing.join(' ')}`, understood.lang);
        if (again !== undefined && !named.includes(again) && missing.every((t) => ranker.namesHave(again, t)))
          d = again;
      }
      // "AWS's sovereign cloud vs that of Oracle", "…and the one announced by SAP", "celui d'Oracle": a part
      // standing for the thing the first part names borrows that part's words, with its own provider.
      const at = parts.indexOf(part);
      if (at > 0 && ELLIPSIS.test(` ${words.join(' ')} `)) {
        const own = PROVIDERS.filter((p) => p.words.some((w) => words.includes(w)));
        const borrowed = tokenizeFolded(parts[0] as string).filter(
          (t) =>
            !isStopword(t) &&
            !words.includes(t) &&
            !/^\p{N}/u.test(t) &&
            !PROVIDER_WORDS.has(t) &&
            !PROVIDER_NAME_WORDS.has(t) &&
            !SHAPE_WORDS.has(t) &&
            !COMPARE_WORDS.has(t) &&
            isKnown(t),
        );
        const again =
          own.length > 0 && borrowed.length > 0
            ? dealNamedBy(`${part} ${borrowed.join(' ')}`, understood.lang)
            : undefined;
        if (
          again !== undefined &&
          !named.includes(again) &&
          own.every((p) => (facets[again] as DealFacets).providerKeys.includes(p.key))
        )
          d = again;
      }
      // "la décision du Conseil d'État sur Doctolib et le Health Data Hub": the deal this part names was taken
      // by an earlier part through a name both entries share (the court); that part takes the deal its own
      // one-deal alias names instead ("Doctolib").
      if (d !== undefined && named.includes(d)) {
        const earlier = parts
          .slice(0, parts.indexOf(part))
          .find((p) => dealNamedBy(p, understood.lang) === d);
        const swap = tokenizeFolded(earlier ?? '')
          .map((w) => ranker.dealsAliased(w))
          .find((aliased) => aliased.length === 1 && !named.includes(aliased[0] as number));
        if (swap !== undefined) {
          named.splice(named.indexOf(d), 1, swap[0] as number, d);
          continue;
        }
      }
      if (d !== undefined && !named.includes(d)) {
        named.push(d);
        // "Le Home Office et le HMRC ont tous deux signé avec AWS": a part naming only a provider.
        const names = words.filter((w) => (understood.capitalised.has(w) || aliasWords.has(w)) && isKnown(w));
        if (names.length > 0 && names.every((w) => PROVIDER_WORDS.has(w)))
          byProvider.set(
            d,
            PROVIDERS.filter((p) => p.words.some((w) => names.includes(w))).map((p) => p.key),
          );
      }
    }
    // …in a comparison, is what the deals the other parts name have in common, when they are two or more.
    const others = named.filter((d) => !byProvider.has(d));
    if (comparing && others.length >= 2)
      return named.filter((d) => {
        const keys = byProvider.get(d);
        return (
          keys === undefined ||
          !others.every((o) => keys.every((k) => (facets[o] as DealFacets).providerKeys.includes(k)))
        );
      });
    return named;
  }

  /** Whether a part of a question spells a name: it has two adjacent words of an alias (see aliasPairs). */
  function spellsAlias(text: string): boolean {
    const words = tokenizeFolded(text);
    for (let at = 1; at < words.length; at += 1)
      if (!isStopword(words[at] as string) && aliasPairs.has(`${words[at - 1]} ${words[at]}`)) return true;
    return false;
  }

  /** "Timeline from Schrems II to the Data Privacy Framework": the deals named, in date order. */
  function answerNamedTimeline(
    question: string,
    understood: Understanding,
    places: readonly PlacePlan[] = [],
    /** The providers the question names (see {@link QuestionPlan.providers}). */
    providers: QuestionPlan['providers'] = [],
  ): Answer | undefined {
    // "In what order did S3NS, NumSpot and Bleu come?": the words asking for the order name no deal.
    // ("…(not the partner clouds like bleu or delos)": deals set aside in brackets are no part of it.)
    const asked = question.replace(ORDER_ASKED, ' ').replace(SET_ASIDE_BRACKETS, ' ');
    const parts = partsOf(asked, TIMELINE_SEPARATOR);
    // A heading before a colon may give the items' subject ("Chronologie du Health Data Hub : hébergement sur
    // Azure, audition de Microsoft au Sénat, choix de Scaleway").
    const colon = asked.indexOf(':');
    const lead = colon > 0 ? asked.slice(0, colon) : '';
    // A part naming only providers, places or years ("AWS", "2021") is a filter, not a deal.
    const onePlaceItems =
      !/\b(?:included|including|inclus|incluse|compris)\b/u.test(understood.tokens.join(' ')) &&
      providers.every((p) => p.left) &&
      // (…and beside an item named otherwise: "Order these: Hungary, Poland, Italy" names places only.)
      parts.some((part) => {
        const words = tokenizeFolded(part).filter((t) => !isStopword(t));
        return (
          words.some((t) => aliasWords.has(t) && !placeWords.has(t)) && !words.every((t) => placeWords.has(t))
        );
      });
    const naming = parts.filter((part) => {
      // (A part that is only a place with one deal names that deal: "…: Schleswig-Holstein, the ICC".)
      const words = tokenizeFolded(part).filter((t) => !isStopword(t));
      // (Not places said to be included in a story, "…in date order, Abu Dhabi and Kenya included", nor places
      // of a provider's deals, "Timeline of Google's deals: Israel, Poland…", where they narrow.)
      const onePlace =
        onePlaceItems &&
        words.length > 0 &&
        words.every((t) => placeWords.has(t) && placeDealCounts.get(t) === 1);
      return tokenizeFolded(part).some(
        (t) =>
          !isStopword(t) &&
          !/^\p{N}/u.test(t) &&
          !PROVIDERS.some((p) => p.words.includes(t)) &&
          (!placeWords.has(t) || onePlace) &&
          !SHAPE_WORDS.has(t) &&
          isKnown(t) &&
          // A name: "whatever replaced it" names nothing; "the data privacy framework" spells an alias.
          (aliasWords.has(t) || understood.capitalised.has(t) || spellsAlias(part) || onePlace),
      );
    });
    let named = dealsNamedBy(naming, understood);
    // "…: hébergement sur Azure, audition de Microsoft au Sénat, choix de Scaleway": an item naming only a
    // provider is the deal of the heading's subject with that provider, when there is one left.
    if (lead !== '') {
      // (The heading's subject: the customers of the deal its words name.)
      const leadDeals = dealsNamedBy(
        naming.filter((part) => lead.includes(part)),
        understood,
      );
      const own = new Set(
        leadDeals.flatMap((d) =>
          customerWords(d).filter((w) => !isStopword(w) && !GENERIC_PARTY_WORDS.has(w)),
        ),
      );
      for (const part of parts) {
        if (naming.includes(part) || own.size === 0 || lead.includes(part)) continue;
        const keys = PROVIDERS.filter((p) => p.words.some((w) => tokenizeFolded(part).includes(w))).map(
          (p) => p.key,
        );
        if (keys.length !== 1) continue;
        const theirs = deals.flatMap((_, d) =>
          (facets[d] as DealFacets).providerKeys.includes(keys[0] as string) &&
          customerWords(d).filter((w) => own.has(w)).length >= 2 &&
          !named.includes(d)
            ? [d]
            : [],
        );
        if (theirs.length === 1) named = [...named, theirs[0] as number];
      }
    }
    // "Privacy Shield struck down, and what came after?": one deal named and its successor asked for — the
    // first of its related deals dated after it (the entry's curators list related deals by relevance).
    if (named.length === 1 && SUCCESSOR.test(fold(question))) {
      const first = deals[named[0] as number] as DealRow;
      // Of the related deals dated after it, one of the same customer first (the Health Data Hub's move to
      // Scaleway, not the Schrems II ruling that came between), then the first the entry relates.
      const ownCustomers = new Set(
        customerWords(named[0] as number).filter((w) => !isStopword(w) && !GENERIC_PARTY_WORDS.has(w)),
      );
      const shared = (d: number) => customerWords(d).filter((w) => ownCustomers.has(w)).length;
      const next = (first.deal.related ?? [])
        .map((id) => dealIndex.get(id))
        .filter((d): d is number => d !== undefined && (deals[d] as DealRow).deal.date > first.deal.date)
        .sort((a, b) => shared(b) - shared(a))[0];
      if (next !== undefined) named.push(next);
    }
    if (named.length < 2) return undefined;
    // "…du ministère britannique de la défense": deals named outside the place asked about are no part of
    // its story (the place's own deals are listed instead).
    // (…but not places that describe the parts naming the deals: "the Danish digital ministry's switch, the
    // Austrian army's migration" name each its deal by its country.)
    const namesDealThere = (part: string, p: PlacePlan) => {
      const d = dealNamedBy(part, understood.lang);
      return d !== undefined && inPlace(facets[d] as DealFacets, p);
    };
    const spacedOf = (part: string) => ` ${tokenizeFolded(part).join(' ')} `;
    const describes = (p: PlacePlan) =>
      naming.some((part) => spacedOf(part).includes(` ${p.word} `) && namesDealThere(part, p));
    // (…and so does one place inside an item of three or more, after the first: "…: Schleswig-Holstein, the
    // Danish digital ministry, the Austrian army…".)
    // (…describing, not locating: "the Austrian army", "la DSK allemande", not "offers in Europe".)
    const describesItem = (p: PlacePlan) =>
      naming.length >= 3 &&
      naming.slice(1).some((part) => {
        const spaced = spacedOf(part);
        return (
          spaced.includes(` ${p.word} `) &&
          !LOCATING_END.test(spaced.split(` ${p.word} `)[0] as string) &&
          namesDealThere(part, p)
        );
      }) &&
      !spacedOf(naming[0] as string).includes(` ${p.word} `);
    if (
      places.length > 0 &&
      !(places.length > 1 && places.every(describes)) &&
      !places.every(describesItem) &&
      named.some((d) => !places.some((p) => inPlace(facets[d] as DealFacets, p)))
    )
      return undefined;
    // "Timeline of the CIA and NSA cloud contracts": a customer named is every deal it is a customer of
    // (the CIA's C2S and C2E), not only the one it names best.
    for (const part of naming) {
      const words = tokenizeFolded(part).filter((t) => !isStopword(t) && isPartyWord(t));
      const names = tokenizeFolded(part).filter(
        (t) => !isStopword(t) && (isPartyWord(t) || aliasWords.has(t)),
      );
      if (words.length !== 1 || names.length !== 1) continue;
      for (let d = 0; d < deals.length; d++)
        if (!named.includes(d) && customerWords(d).includes(words[0] as string)) named.push(d);
    }
    const lang = understood.lang;
    named.sort((a, b) => ((deals[a] as DealRow).deal.date < (deals[b] as DealRow).deal.date ? -1 : 1));
    const chosen: ChosenFact[] = named.map((d) => ({ factId: rowFact(d, understood), row: true }));
    const titles = named.map((d) => refOf(d, lang).title);
    const heading =
      lang === 'fr'
        ? `${titles.join(' → ')}, dans l’ordre chronologique :`
        : `${titles.join(' → ')}, in date order:`;
    return compose(
      question,
      lang,
      heading,
      chosen,
      named.map((d) => refOf(d, lang)),
      scoring.compareConfidence,
      'timeline',
      named.length,
    );
  }

  /** "Compare X and Y": each part of the question names a deal; the deals side by side, one cited row each. */
  function answerCompare(question: string, understood: Understanding): Answer | undefined {
    const cue =
      /\b(?:compare[dz]?|comparing|comparer|comparent|comparaison(?: de| entre)?|comparisons?(?: of| between)?|mett\w*(?:\s+\S+){0,3}?\s+en regard|differences? between|diff[ée]rences? entre|side by side|what(?:'s| is) the difference|c'est quoi la diff[ée]rence|quelles? diff[ée]rences?|la diff[ée]rence|how do (?:they|the two|both) differ)\b/i;
    // "…, how do they stack up?": a closing cue names no deal.
    // "JEDI vs JWCC — how did the Pentagon's two procurements differ?": the question after a dash or a colon
    // names no deal either.
    // "How do Bleu, S3NS and Delos Cloud compare? They all seem…": what follows the question that asks names
    // no deal to compare.
    const mark = question.indexOf('?');
    const head =
      mark > 0 && mark < question.trimEnd().length - 1 && cue.test(question.slice(0, mark))
        ? question.slice(0, mark + 1)
        : question;
    const whole = head.replace(COMPARE_TAIL, '');
    // ("…the ASD's top-secret cloud with AWS compare with GCHQ's…": a provider after "with" says whose the
    // side is; it is no side of its own.)
    // ("…et celui d'Oracle (implantations, exploitation) ?": the aspects in brackets, in lower case and
    // naming no provider nor any deal, name no side; "(jedi and jwcc)" does.)
    const asked = whole
      .replace(LOWER_CASE_BRACKET, (bracket) =>
        tokenize(fold(bracket)).some((t) => PROVIDER_WORDS.has(t) || aliasWords.has(t)) ? bracket : ' ',
      )
      .replace(COMPARE_QUESTION_TAIL, '')
      .replace(COMPARE_ASPECT, '')
      .replace(WITH_PROVIDER, (_, provider: string) =>
        PROVIDER_WORDS.has(fold(provider)) ? ` ${provider}` : _,
      )
      // ("Bleu contre S3NS : où en est chacun côté qualification SecNumCloud ?": after the sides set against
      // each other, a colon opens the aspect.)
      .replace(SIDES_THEN_ASPECT, '$1');
    const match = cue.exec(asked);
    const after = match ? asked.slice(match.index + match[0].length) : asked;
    let named = namedComparing(partsOf(after, PART_SEPARATOR), understood);
    // "How does X compare with Y?": the first deal is named before the cue.
    if (named.length < 2 && match)
      named = dealsNamedBy(
        asked.split(cue).flatMap((side) => partsOf(side, PART_SEPARATOR)),
        understood,
        true,
      );
    // "Compare the two Saudi deals", "compare les deux accords japonais": a place with just two deals.
    if (named.length < 2 && BOTH_OF.test(understood.tokens.join(' '))) {
      const { places, providers } = planQuestion(understood, question);
      if (places.length > 0) {
        const both: number[] = [];
        for (let d = 0; d < deals.length; d++)
          if (
            places.every((p) => inPlace(facets[d] as DealFacets, p)) &&
            providers.every((p) => (facets[d] as DealFacets).providerKeys.includes(p.key))
          )
            both.push(d);
        if (both.length === 2) named = both;
      }
    }
    // "comparer le Brésil et la Colombie", "Estonia's data embassy compared with what Ukraine did": with a
    // cue, a place the corpus has one deal in names that deal. (The cue may be in the clause after a lead-in,
    // "Keeping a state running from abroad: how does…".)
    // Every place must have one deal ("Austria … Denmark", two Danish deals, names none), and two places name
    // the comparison alone ("Sovereignty by design: how does Italy compare with Portugal?").
    if (named.length < 2 && cue.test(question)) {
      const placed: number[] = [];
      let oneEach = true;
      for (const place of planQuestion(understood, question).places) {
        const there = deals.flatMap((_, d) => (inPlace(facets[d] as DealFacets, place) ? [d] : []));
        if (there.length !== 1) oneEach = false;
        else if (!placed.includes(there[0] as number)) placed.push(there[0] as number);
      }
      const withPlaces =
        placed.length >= 2 ? placed : [...named, ...placed.filter((d) => !named.includes(d))];
      if (oneEach && withPlaces.length >= 2 && withPlaces.length <= 3) named = withPlaces;
    }
    // "UK Ministry of Defence: how does the Google Cloud deal compare to the Oracle MODCLOUD agreement?": a
    // lead-in naming no two deals, and the question after it, with the cue, naming them.
    if (named.length < 2 && asked !== whole && !cue.test(asked)) {
      const tail = cue.exec(whole);
      if (tail !== null) {
        named = namedComparing(partsOf(whole.slice(tail.index + tail[0].length), PART_SEPARATOR), understood);
        if (named.length < 2)
          named = dealsNamedBy(
            whole.split(cue).flatMap((side) => partsOf(side, PART_SEPARATOR)),
            understood,
            true,
          );
        // …each a deal of the lead-in's subject ("UK Ministry of Defence", "Denmark"), and the providers the
        // question names each a provider of one of them (not "the AWS deal" read as the MoD's Google one).
        const lead = tokenizeFolded(asked).filter((w) => !isStopword(w) && isKnown(w));
        named = named.filter((d) => {
          const own = tokenizeFolded(`${ownNames(d)} ${(deals[d] as DealRow).deal.jurisdiction}`);
          return lead.some((w) => own.includes(w));
        });
        const providersNamed = planQuestion(understood, question).providers;
        if (
          !providersNamed.every((p) =>
            named.some((d) => (facets[d] as DealFacets).providerKeys.includes(p.key)),
          )
        )
          named = [];
      }
    }
    if (named.length < 2) return undefined;
    return sideBySide(question, understood, named);
  }

  /** Two or three deals side by side: each deal's row and its fact that best answers the question. */
  function sideBySide(question: string, understood: Understanding, named: readonly number[]): Answer {
    const lang = understood.lang;
    const chosen: ChosenFact[] = [];
    for (const d of named) {
      const factId = rowFact(d, understood);
      chosen.push({ factId, row: true }, { factId });
    }
    const titles = named.map((d) => refOf(d, lang).title);
    const heading =
      lang === 'fr'
        ? `${titles.slice(0, -1).join(', ')} et ${titles[titles.length - 1]}, côte à côte`
        : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}, side by side`;
    return compose(
      question,
      lang,
      heading,
      chosen,
      named.map((d) => refOf(d, lang)),
      scoring.compareConfidence,
      'compare',
    );
  }

  /**
   * "How compares the HMRC AWS contract of 2026 with the Home Office AWS contract of 2023?", "set the UK
   * intelligence agencies' AWS arrangement against Australia's ASD top-secret cloud": a comparison whose sides
   * name no deal in full compares the two best-ranked deals when each has in its own names a name the question
   * types (capitalised, or a deal's alias) that the other's names lack, and those names sit apart in the
   * question, one deal's all before the other's (not interleaved, as one side's words would be).
   */
  function comparedByRanking(
    question: string,
    understood: Understanding,
    ranked: readonly DealScore[],
  ): Answer | undefined {
    const [first, ...rest] = ranked;
    if (first === undefined) return undefined;
    const typed = (t: string) =>
      (understood.capitalised.has(t) || aliasWords.has(t)) && !PROVIDER_WORDS.has(t) && !/^\p{N}/u.test(t);
    const own = (a: DealScore, b: DealScore) =>
      [...a.inNames].filter((t) => typed(t) && !ranker.namesHave(b.deal, t));
    const at = (words: readonly string[]) =>
      words.map((w) => understood.tokens.indexOf(w)).filter((i) => i >= 0);
    for (const second of rest.slice(0, 2)) {
      if (second.rank < first.rank * scoring.comparedShare) continue;
      const mine = at(own(first, second));
      const theirs = at(own(second, first));
      if (mine.length === 0 || theirs.length === 0) continue;
      const mineFirst = Math.max(...mine) < Math.min(...theirs);
      if (!mineFirst && Math.max(...theirs) >= Math.min(...mine)) continue;
      return sideBySide(
        question,
        understood,
        mineFirst ? [first.deal, second.deal] : [second.deal, first.deal],
      );
    }
    return undefined;
  }

  /**
   * The deals a comparison's parts name. A part that is only a provider ("Amazon's", "celui d'Oracle")
   * names, with the other part's words, that provider's deal whose names have the most of them.
   */
  function namedComparing(parts: readonly string[], understood: Understanding): number[] {
    const { parts: filled, bare } = sharedNamed(parts, (t) => placeWords.has(t));
    const named = dealsNamedBy(
      filled.filter((_, i) => !bare[i]),
      understood,
    );
    /** The provider's deal a text names best, and whether it is in the text's places. */
    const bestFor = (text: string) => {
      const asked = understand(
        text,
        understood.lang,
        (word) => vocabulary.languageOf(word),
        (word) => vocabulary.has(word),
      );
      const keys = PROVIDERS.filter((p) => p.words.some((w) => asked.tokens.includes(w))).map((p) => p.key);
      // "…EU sovereign clouds": the place the shared words give (Europe, not Canada).
      const places = planQuestion(asked, text).places;
      const placed = (d: number) =>
        places.length > 0 && places.every((p) => inPlace(facets[d] as DealFacets, p));
      const best = ranker
        .scoreDeals(asked)
        .ranked.filter(
          (e) =>
            e.coverage >= 0.5 && keys.some((k) => (facets[e.deal] as DealFacets).providerKeys.includes(k)),
        )
        // …of the same kind as the deal it is compared with (an offer with an offer), when one is named.
        .map((e) => ({
          e,
          score:
            e.nameCoverage +
            (named.some((d) => (deals[d] as DealRow).deal.kind === (deals[e.deal] as DealRow).deal.kind)
              ? 0.2
              : 0) +
            (placed(e.deal) ? 0.3 : 0),
        }))
        .sort((a, b) => b.score - a.score || b.e.rank - a.e.rank)[0]?.e;
      return { deal: best?.deal, placed: best !== undefined && placed(best.deal) };
    };
    for (const [i, part] of filled.entries()) {
      if (!bare[i]) continue;
      const best = bestFor(part);
      let deal = best.deal;
      // "Google's trusted cloud in France and Microsoft's in Germany": a side with a place of its own that the
      // borrowed words lead out of is named by its provider and its place alone (Delos Cloud, not Bleu).
      const own = tokenize(fold(parts[i] ?? ''));
      if (own.some((t) => placeWords.has(t)) && !best.placed) {
        const alone = bestFor(own.filter((t) => PROVIDER_WORDS.has(t) || placeWords.has(t)).join(' '));
        if (alone.placed) deal = alone.deal;
      }
      // (A side that names the deal already named is that deal: "Les offres d'Oracle et de Microsoft en Arabie
      // saoudite" are one entry, no comparison of two.)
      if (deal !== undefined && !named.includes(deal)) named.splice(Math.min(i, named.length), 0, deal);
    }
    return named;
  }

  /** How a deal's providers read in a correction: the known names, else the field's short names. */
  function providersOf(d: number): string {
    const names = providerNames(d);
    return listOf(names, 'en');
  }

  /** A deal's providers by name: the known ones, then the field's other short names ("ChapsVision"). */
  function providerNames(d: number): string[] {
    const keys = (facets[d] as DealFacets).providerKeys;
    const names = keys.map((k) => PROVIDER_DISPLAY.get(k) ?? k);
    const deal = (deals[d] as DealRow).deal;
    // The title's subject, before its colon ("Bleu: Orange and Capgemini…").
    const head = deal.title.includes(':')
      ? ` ${tokenizeFolded(deal.title.split(':')[0] as string).join(' ')} `
      : '';
    const known = names.length;
    for (const p of deal.providers) {
      const short = p.replace(/\s*\([^)]*\)/g, '').trim();
      if (known === 0) names.push(short);
      // The deal's own name ("Bleu" in Bleu's providers, its title's subject) is no provider of its own.
      else if (
        /^\p{Lu}/u.test(short) &&
        short.split(' ').length <= 3 &&
        !providerIn(short) &&
        !head.includes(` ${tokenizeFolded(short).join(' ')} `)
      )
        names.push(short);
    }
    return names;
  }

  /** The facts of a deal that name its providers outside the known list ("ChapsVision"), to cite them. */
  function otherProviderFacts(d: number): number[] {
    const row = deals[d] as DealRow;
    const known = (facets[d] as DealFacets).providerKeys.length;
    return providerNames(d)
      .slice(known)
      .flatMap((name) => {
        const folded = fold(name);
        const id = row.facts.find((f) => fold((facts[f] as FactRow).fact.text).includes(folded));
        return id === undefined ? [] : [id];
      });
  }

  // Each fact's moves (moves.ts), read the first time a question asks who moved off something: most facts
  // have none, and share one empty list.
  const NO_MOVES: readonly Move[] = [];
  const movesOf = memoized((id: number): readonly Move[] => {
    const found = movesIn(foldedBoth(id));
    return found.length === 0 ? NO_MOVES : found;
  });

  /** A deal's customers, folded words. */
  const customerWords = memoized((d: number) =>
    tokenizeFolded((deals[d] as DealRow).deal.customers.join(' ')),
  );

  // Customers named in two or more words ("Home Office", "Ministry of Defence"), without a leading place
  // ("UK Home Office" is "home office" too), and the deal each is a customer of.
  // Only a proper name, every word capitalised but the links ("Ministry of Defence"), not "EU public sector".
  const customerPhrases = deals.flatMap(({ deal }, d) =>
    deal.customers.flatMap((customer) => {
      const written = customer
        .replace(/\([^)]*\)/g, ' ')
        .split(/[\s/,]+/u)
        .filter((w) => w !== '');
      const start = written.findIndex((w) => {
        const folded = tokenizeFolded(w).join(' ');
        return !PLACE_WORDS.has(folded) && !COUNTRY_WORDS.has(folded) && !isStopword(folded);
      });
      if (start < 0) return [];
      const named = written.slice(start);
      const proper = named.every((w) => /^\p{Lu}/u.test(w) || RUN_LINKS.has(w.toLowerCase()));
      const phrase = tokenizeFolded(named.join(' '));
      return proper && phrase.length >= 2 ? [{ phrase: phrase.join(' '), deal: d }] : [];
    }),
  );

  /** What a fact says is not recorded ("completed switch"), if it says so ('' if not), once per fact. */
  const unrecordedNoun = memoized((id: number): string => {
    const text = foldedText(id);
    if (!text.includes('recorded')) return '';
    const unrecorded = UNRECORDED.exec(text);
    return unrecorded?.[1] ?? unrecorded?.[2] ?? '';
  });

  /**
   * For deal `key >> 1` in English (even key) or French (odd): its names' words, and what each fact says
   * there is none of ("no right to audit or inspect"), as the forms of each word that is not a name.
   * Computed once per deal and language.
   */
  const negationsOf = memoized((key: number) => {
    const row = deals[key >> 1] as DealRow;
    const french = key % 2 === 1;
    const parties = partiesOf(key >> 1);
    const names = new Set(
      tokenizeFolded(
        [row.deal.title, row.deal.title_fr ?? '', ...row.deal.aliases, parties, row.deal.jurisdiction].join(
          ' ',
        ),
      ),
    );
    const negations = row.facts.flatMap((id) => {
      const { text, text_fr } = (facts[id] as FactRow).fact;
      // Sentence by sentence: a window after "not" stops at the sentence's end, and at a comma before a
      // capitalised word ("whose date was not captured, State Secretary … said": a clause of its own).
      return (french ? (text_fr ?? text) : text)
        .split(/(?<=[.;!?])\s+|,\s+(?=\p{Lu})/u)
        .flatMap((sentence) => [...` ${tokenizeFolded(sentence).join(' ')} `.matchAll(NEGATED_WORDS)])
        .map((m) => ({
          id,
          // Five words after the negation, not counting elided letters ("pas à l'origine de l'abandon").
          said: [
            ...new Set(
              (m[1] as string)
                .split(' ')
                .filter((w) => w.length > 1)
                .slice(0, 5),
            ),
          ]
            .filter((w) => w.length > 2 && !isStopword(w) && !names.has(w))
            .map(stemPrefixes),
        }));
    });
    return { names, negations };
  });

  /**
   * The initialisms of the names a deal's entry writes out ("SSC" of "Shared Services Canada", "CSAP"…):
   * an initialism typed for one of them is no stranger to the entry.
   */
  const initialismsOf = memoized((d: number) => {
    const row = deals[d] as DealRow;
    const found = new Set<string>();
    const texts = [row.deal.title, ...row.deal.customers, ...row.deal.providers];
    for (const id of row.facts) texts.push((facts[id] as FactRow).fact.text);
    for (const text of texts) {
      let run: string[] = [];
      const flush = () => {
        for (let i = 0; i < run.length; i++)
          for (let j = i + 2; j <= Math.min(run.length, i + 6); j++)
            found.add(fold(run.slice(i, j).join('')));
        run = [];
      };
      for (const word of text.split(/[\s,;:()'’"]+/u)) {
        if (/^\p{Lu}/u.test(word)) run.push(word.charAt(0));
        else if (!(run.length > 0 && INITIALISM_JOINERS.has(word))) flush();
        // "SecNumCloud" is "SNC": a word's own capitals, when it has three or more.
        const capitals = word.match(/(?<=\p{Ll})\p{Lu}/gu);
        if (/^\p{Lu}\p{Ll}/u.test(word) && capitals !== null && capitals.length >= 2)
          found.add(fold(`${word.charAt(0)}${capitals.join('')}`));
      }
      flush();
    }
    return found;
  });

  /** A fact's English and French words, folded and spaced. */
  const foldedBoth = memoized((id: number) => {
    const { text, text_fr } = (facts[id] as FactRow).fact;
    return `${tokenizeFolded(text).join(' ')} | ${tokenizeFolded(text_fr ?? '').join(' ')}`;
  }, FOLDED_MEMO_LIMIT);
  /**
   * A fact's sentences in one language (French when it has a French text), each as written, as folded
   * words and as spaced words: the sentence-level premise checks read them, computed once per fact.
   */
  const sentencesIn = (text: string): readonly FactSentence[] =>
    text.split(/(?<=[.;])\s+/u).map((raw) => {
      const words = tokenizeFolded(raw);
      return { raw, words, spaced: ` ${words.join(' ')} ` };
    });
  const englishSentences = memoized(
    (id: number) => sentencesIn((facts[id] as FactRow).fact.text),
    FOLDED_MEMO_LIMIT,
  );
  const frenchSentences = memoized((id: number) => {
    const { text, text_fr } = (facts[id] as FactRow).fact;
    return sentencesIn(text_fr ?? text);
  }, FOLDED_MEMO_LIMIT);
  const sentencesOf = (id: number, lang: Lang) =>
    lang === 'fr' ? frenchSentences(id) : englishSentences(id);
  /** The moves a fact tells, in either language ("from Microsoft Office to LibreOffice"), once per fact. */
  const factMoves = memoized((id: number) => movesIn(foldedBoth(id)), FOLDED_MEMO_LIMIT);
  /** Each deal's title, jurisdiction, parties and facts (both languages) as spaced words, once per deal. */
  const entryWordsOf = memoized(
    (d: number) =>
      ` ${tokenizeFolded(
        [
          (deals[d] as DealRow).deal.title,
          (deals[d] as DealRow).deal.jurisdiction,
          ...(deals[d] as DealRow).deal.customers,
          ...(deals[d] as DealRow).deal.providers,
        ].join(' '),
      ).join(' ')} ${(deals[d] as DealRow).facts.map(foldedBoth).join(' ')} `,
  );

  /**
   * The names a deal's facts write only to deny them ("It is LuxConnect, not POST Luxembourg"): folded
   * words, and the fact that denies them. A name written anywhere else in the entry is no such name.
   */
  const deniedNamesOf = memoized((d: number): ReadonlyArray<{ words: string; factId: number }> => {
    const row = deals[d] as DealRow;
    const texts = (id: number) => {
      const { text, text_fr } = (facts[id] as FactRow).fact;
      return [text, text_fr ?? ''];
    };
    const denied = row.facts
      .flatMap((id) =>
        texts(id).flatMap((written) =>
          [...written.matchAll(DENIED_NAME)].map((m) => ({
            words: tokenizeFolded(m[1] as string).join(' '),
            factId: id,
          })),
        ),
      )
      .filter((name) => name.words.length >= 3);
    const spaced = [...row.facts.flatMap(texts), ownNames(d)].map((t) => ` ${tokenizeFolded(t).join(' ')} `);
    const written = (words: string) => spaced.reduce((n, t) => n + t.split(` ${words} `).length - 1, 0);
    // Every time the entry writes the name, a denial writes it.
    return denied.filter(
      (name, i) =>
        denied.findIndex((other) => other.words === name.words) === i &&
        written(name.words) === denied.filter((other) => other.words === name.words).length,
    );
  });

  /**
   * The fact whose sentence tells what the question quotes someone saying, when that sentence gives it to
   * another name and the fact never names the one claimed ("Dataprev's president said … 100% sovereign":
   * Serpro claimed it). Undefined when the question quotes no one by name.
   */
  function misattributed(understood: Understanding, d: number): number | undefined {
    const tokens = understood.tokens;
    const verb = tokens.findIndex((t) => SAYING.has(t));
    if (verb < 1) return undefined;
    const before = tokens.slice(Math.max(0, verb - 5), verb);
    // "Which Dataprev boss said…?" asks who said it.
    if (before.some((w, i, all) => negatorIn(w, i, all) || ASKING_SPEAKER.has(w))) return undefined;
    const isName = (t: string) =>
      t.length > 2 &&
      (understood.capitalised.has(t) || aliasWords.has(t) || isPartyWord(t)) &&
      !SPEAKER_ROLES.has(t);
    const row = deals[d] as DealRow;
    // "Kenya's president said…", "the Bundesheer said…": a place or the deal's own customer may be written
    // otherwise in the entry (Ruto, "the Austrian army"); only another named party is checked.
    const subject = ` ${tokenizeFolded(`${row.deal.customers[0] ?? ''} ${row.deal.jurisdiction}`).join(' ')} `;
    const speakers = before.filter(
      (t) =>
        isName(t) &&
        !placeWords.has(t) &&
        !PLACE_WORDS.has(t) &&
        !COUNTRY_WORDS.has(t) &&
        demonymCountry(t) === undefined &&
        !subject.includes(` ${t} `),
    );
    if (speakers.length === 0) return undefined;
    const said = tokens
      .slice(verb + 1)
      .filter((t) => understood.terms.includes(t) && !isStopword(t) && !isName(t) && t.length > 2);
    if (said.length < 2) return undefined;
    // The sentence quoting most of what is said; a fact naming the speaker that quotes as much wins.
    let best: { id: number; shared: number; speaker: boolean; other: boolean } | undefined;
    for (const id of row.facts) {
      const sentences = sentencesOf(id, understood.lang);
      const speaker = sentences.some(({ spaced }) => speakers.some((w) => spaced.includes(` ${w} `)));
      for (const { words, spaced } of sentences) {
        const shared = said.filter((w) => words.includes(w)).length;
        if (shared < 2 || !SAID_IN_FACT.test(spaced)) continue;
        if (best === undefined || shared > best.shared || (shared === best.shared && speaker)) {
          const other = words.some((w) => w.length > 2 && (aliasWords.has(w) || isPartyWord(w)));
          best = { id, shared, speaker, other };
        }
      }
    }
    return best !== undefined && !best.speaker && best.other ? best.id : undefined;
  }

  /** A fact's English text, folded (memoised, bounded). */
  function foldedText(id: number): string {
    return foldMemo((facts[id] as FactRow).fact.text);
  }

  /** Whether a fact names someone as a losing bidder, a protester, an appellant or a tender candidate. */
  function namesALoser(id: number): boolean {
    return LOST_ROLE.test(foldedText(id));
  }

  /** Whether a name is one of the known providers ("Google Cloud", "Amazon Web Services"). */
  function providerIn(name: string): boolean {
    const folded = fold(name);
    return PROVIDERS.some((p) => PROVIDER_PATTERN_BY_KEY.get(p.key)?.test(folded));
  }

  /** Whether a fact's text names a provider (by its canonical key), as a word. */
  function factNames(id: number, key: string): boolean {
    return PROVIDER_PATTERN_BY_KEY.get(key)?.test(foldedText(id)) ?? false;
  }

  /** The fact of a deal that names its provider (for a correction), else its first fact. */
  function providerFact(d: number): number {
    const row = deals[d] as DealRow;
    const keys = (facets[d] as DealFacets).providerKeys;
    return row.facts.find((id) => keys.some((k) => factNames(id, k))) ?? (row.facts[0] as number);
  }

  /**
   * The question without a closing remark after its last question mark ("…how long does the contract run?
   * trying to see if these partner models outlive a typical 4 yr framework"), read again, for the premise
   * checks: a remark says why it is asked and claims nothing of the deal; nor do examples given ("…, e.g.
   * Oracle or Google?"). The whole question when it has neither.
   */
  function withoutRemark(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
  ): { question: string; understood: Understanding; plan: QuestionPlan } {
    // "Which providers did HMRC approach, e.g. Oracle or Google?": examples given claim nothing either.
    const exampled = understood.examples === undefined ? question : question.replace(EXAMPLES_TAIL, '?');
    // "Je suis à Marseille. …", "…? We use OVHcloud today.": what the asker says of themselves claims nothing.
    const given =
      understood.self === undefined
        ? exampled
        : understood.self.reduce((text, sentence) => text.replace(sentence, ' '), exampled).trim();
    const match = REMARK.exec(given);
    const proper = match?.[1];
    const remarkless =
      match !== null &&
      proper !== undefined &&
      !tokenizeFolded(match[2] as string).some(isQuestionWord) &&
      // "…? cost cutting was the whole point right", "i read cutting costs was the point": a claim asked to
      // be confirmed, or heard, is checked.
      !CLAIMING_TAIL.test(` ${tokenizeFolded(match[2] as string).join(' ')} `) &&
      tokenizeFolded(proper).filter((t) => understood.terms.includes(t)).length >= 2;
    const checked = remarkless ? (proper as string) : given;
    if (checked === question) return { question, understood, plan };
    const read = understand(
      checked,
      understood.lang,
      (word) => vocabulary.languageOf(word),
      (word) => vocabulary.has(word),
    );
    return { question: checked, understood: read, plan: planQuestion(read, checked) };
  }

  /**
   * Whether the question writes one of deal `d`'s several-word names with the provider word `word` in it or
   * just before it ("AWS European Sovereign Cloud", "Oracle EU Sovereign Cloud"): a name of more than the
   * provider's own words ("Google Cloud" is none).
   */
  function namedWithProvider(question: string, d: number, word: string): boolean {
    const spaced = ` ${tokenizeFolded(question).join(' ')} `;
    return (deals[d] as DealRow).deal.aliases.some((alias) => {
      const words = tokenizeFolded(alias);
      if (
        !/\p{Lu}/u.test(alias) ||
        words.length < 2 ||
        words.every((w) => PROVIDER_WORDS.has(w) || PROVIDER_NAME_WORDS.has(w))
      )
        return false;
      const name = words.join(' ');
      return spaced.includes(words.includes(word) ? ` ${name} ` : ` ${word} ${name} `);
    });
  }

  /**
   * "AWS European Sovereign Cloud is in Bavaria…": the provider named inside the full name of one of its own
   * deals names that deal; it pairs nothing else (a place, another party) with it.
   */
  function providerInOwnName(question: string, plan: QuestionPlan, ranked: readonly DealScore[]): boolean {
    const first = ranked[0];
    return (
      first !== undefined &&
      first.phrases > 0 &&
      plan.providers.every(
        (p) =>
          (facets[first.deal] as DealFacets).providerKeys.includes(p.key) &&
          namedWithProvider(question, first.deal, p.word),
      )
    );
  }

  /**
   * The premise check: a question that pairs a provider with a subject (a customer, a deal's own name)
   * that no deal pairs ("Why did MI5 choose Oracle?") gets the pairing corrected first, citing the fact
   * that names the subject's actual provider. Undefined when the pairing exists or cannot be told.
   */
  function checkPremise(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
    ranked: readonly DealScore[],
    /** Only when every subject word is a deal's own alias or a word of its title ("Bundeswehr", "S3NS"). */
    ownNamesOnly = false,
  ): Answered | undefined {
    // "Compare Scaleway and the PDN" pairs nothing: it puts two things side by side.
    if (plan.providers.length === 0 || plan.shape === 'compare') return undefined;
    if (providerInOwnName(question, plan, ranked)) return undefined;
    const cited = citedSources(understood.tokens);
    let subjects = plan.rest.filter(
      (term) =>
        // A lone letter ("Systems G") names nothing.
        term.length > 1 &&
        // "according to PwC", "d'après l'étude PwC": a source quoted is not what the question pairs.
        !cited.has(term) &&
        (understood.capitalised.has(term) || aliasWords.has(term)) &&
        isKnown(term) &&
        !placeWords.has(term) &&
        // "des États", "the Government": a capitalised common noun is no one's name.
        !OVERVIEW_VAGUE.has(term) &&
        // "…with AWS in September 2025", "a GBP 400m deal": a month or a currency names no one.
        !MONTH_NUMBERS.has(term) &&
        !CURRENCY_CODES.has(term) &&
        // "Amazon Web Services": the words after a provider's name are its name too.
        !(
          PROVIDER_NAME_WORDS.has(term) &&
          understood.tokens.some((t, at) => {
            const [before, first] = [understood.tokens[at - 1] ?? '', understood.tokens[at - 2] ?? ''];
            return (
              t === term &&
              (PROVIDER_WORDS.has(before) || (PROVIDER_NAME_WORDS.has(before) && PROVIDER_WORDS.has(first)))
            );
          })
        ),
    );
    // "when does the health data hub finish moving to OVHcloud?": a deal's own name of several words, typed
    // in lower case, is the subject too.
    const capitalisedSubjects = subjects.length > 0;
    if (subjects.length === 0) subjects = aliasPhraseIn(question, phrased(ranked));
    if (subjects.length === 0)
      return ownNamesOnly ? undefined : checkPlacePremise(question, understood, plan);
    if (
      ownNamesOnly &&
      !subjects.every(
        (t) =>
          (ranker.dealsAliased(t).length > 0 || ranker.dealsTitled(t).length > 0) &&
          wholeNameKnown(question, t),
      )
    )
      return undefined;
    let subjectDeals = ranked.filter((e) => subjects.every((t) => e.inNames.has(t))).map((e) => e.deal);
    // "National Security Agency", "Direction générale de la sécurité intérieure": a deal whose customer,
    // named in full (two words or more) around the question's capitalised subject, is the subject's deal.
    const spacedQuestion = ` ${tokenizeFolded(question).join(' ')} `;
    const spelled = subjectDeals.filter((d) => {
      if (!capitalisedSubjects) return false;
      return (deals[d] as DealRow).deal.customers.some((name) => {
        const words = tokenizeFolded(name.replace(/\s*\([^)]*\)/gu, ''));
        return (
          words.length >= 2 &&
          subjects.every((t) => words.includes(t)) &&
          spacedQuestion.includes(` ${words.join(' ')} `)
        );
      });
    });
    // "Bleu" is the Bleu deal's own name and a word of Microsoft's commitments: when some deals carry the
    // subject in their title, those are the subject's deals.
    const titled = subjectDeals.filter((d) => {
      const title = ` ${tokenizeFolded((deals[d] as DealRow).deal.title).join(' ')} `;
      // "MoU" is in a title writing "MoUs" too.
      return subjects.every((t) => title.includes(` ${t} `) || title.includes(` ${t}s `));
    });
    if (titled.length > 0) subjectDeals = titled;
    else if (spelled.length > 0) subjectDeals = spelled;
    // "JEDI" is JEDI's own one-word alias, and only a word of JWCC's "JEDI successor".
    else {
      // The subject word that is the own alias of the fewest deals names them best.
      let narrowest: readonly number[] = [];
      for (const t of subjects) {
        const own = ranker.dealsAliased(t).filter((d) => subjectDeals.includes(d));
        if (own.length > 0 && (narrowest.length === 0 || own.length < narrowest.length)) narrowest = own;
      }
      if (narrowest.length > 0) subjectDeals = [...narrowest];
    }
    if (subjectDeals.length === 0 || subjectDeals.length > 4) return undefined;
    // "Privacy International" is not the Data Privacy Framework's "Privacy": the whole capitalised name the
    // subject word belongs to must be among the subject deals' names.
    const subjectNames = subjectDeals.map(ownNames);
    if (!subjects.every((t) => wholeNameIn(question, t, subjectNames))) return undefined;
    const pairs = (d: number) =>
      plan.providers.every((p) => (facets[d] as DealFacets).providerKeys.includes(p.key));
    if (subjectDeals.some(pairs)) return undefined;
    // "deutschland-stack ai cloud award: how was it split between the telekom/sap team and…": a deal whose
    // own several-word name the question writes, and which has the providers, is what the question is about.
    // (A name of its own, not "Google Cloud" nor "Microsoft 365", and one of the deal's names has the subject.)
    if (
      phrased(ranked).some((d) => {
        const written = aliasPhraseIn(question, [d]);
        return (
          pairs(d) &&
          written.length > 0 &&
          written.every((w) => !PROVIDER_WORDS.has(w) && !PROVIDER_NAME_WORDS.has(w)) &&
          subjects.some((t) => ranker.namesHave(d, t))
        );
      })
    )
      return undefined;
    // "…choose OVHcloud to replace Azure?": Azure is the subject's real provider; OVHcloud is the claim.
    // "…moving off Microsoft": a provider being left, that the subject's facts name, is claimed nothing.
    // "Microsoft won JEDI over AWS", "AWS beat Microsoft to it": the one beaten is claimed no party.
    const beaten = (p: { word: string }) => passedOver(understood.tokens, understood.tokens.indexOf(p.word));
    // "Was Microsoft running the ICC's email?": a provider the entry records being left was a party then,
    // unless the question moves towards it ("…passé sous Microsoft 365") or claims more than use or supply
    // ("why did the ICC choose Microsoft?", "when did Lyon sign with Microsoft?").
    const towards = movesIn(understood.tokens.join(' ')).flatMap((m) => m.to);
    const leftInEntry = (p: { key: string; word: string }) => {
      const words = PROVIDERS.find((q) => q.key === p.key)?.words ?? [p.word];
      // …the product named after the provider ("Microsoft's cloud") being what was left too.
      const at = understood.tokens.indexOf(p.word);
      const next = understood.tokens[at + 1] === 's' ? understood.tokens[at + 2] : understood.tokens[at + 1];
      const product = next !== undefined && (PRODUCT_WORDS.has(next) || next === 'cloud') ? next : undefined;
      // "…never used Microsoft's cloud or e-mail services": a provider the entry says was never used.
      const never = new RegExp(`\\bnever\\b[^.]{0,30}\\b(?:${words.join('|')})\\b`);
      const neverUsed = subjectDeals.some((d) =>
        (deals[d] as DealRow).facts.some((id) => never.test(foldedText(id))),
      );
      return (
        !neverUsed &&
        understood.tokens.filter((t) => isPairingWord(t)).every((t) => USAGE_WORDS.has(t)) &&
        !towards.some((w) => words.includes(w)) &&
        subjectDeals.some((d) =>
          (deals[d] as DealRow).facts.some((id) =>
            factMoves(id).some(
              (m) =>
                m.from.some((w) => words.includes(w)) && (product === undefined || m.from.includes(product)),
            ),
          ),
        )
      );
    };
    // "rulings against M365 or Google Workspace": the subject and the provider as alternatives pair nothing.
    const alternative = (p: { word: string }) => {
      const at = understood.tokens.indexOf(p.word);
      return (
        at > 1 &&
        ALTERNATIVE_WORDS.has(understood.tokens[at - 1] as string) &&
        subjects.includes(understood.tokens[at - 2] as string)
      );
    };
    const claimedProviders = plan.providers.filter(
      (p) =>
        !subjectDeals.some((d) => (facets[d] as DealFacets).providerKeys.includes(p.key)) &&
        !beaten(p) &&
        !alternative(p) &&
        // "AWS was the favourite, but Microsoft won JEDI": the win is claimed in another clause, of another.
        claimedInClauseOf(understood.tokens, understood.tokens.indexOf(p.word)) &&
        !(
          p.left && subjectDeals.some((d) => (deals[d] as DealRow).facts.some((id) => factNames(id, p.key)))
        ) &&
        !leftInEntry(p),
    );
    if (claimedProviders.length === 0) return undefined;
    // Another deal with the claimed providers that has the subject as one of its aliases makes the pairing
    // true ("the cloud de confiance of Thales and Google" is S3NS, though Bleu's title has the label).
    const subjectPhrase = subjects.join(' ');
    if (
      ranked.some(
        (e) =>
          !subjectDeals.includes(e.deal) &&
          claimedProviders.every((p) => (facets[e.deal] as DealFacets).providerKeys.includes(p.key)) &&
          aliasPhrasesOf(e.deal).includes(subjectPhrase),
      )
    )
      return undefined;
    // "Quand l'ANSSI a-t-elle accordé SecNumCloud à la coentreprise de Thales et Google ?": a rule, a
    // qualification or a ruling applies to others; a deal of the claimed providers whose facts name the
    // subject (S3NS, qualified SecNumCloud) makes the pairing true.
    if (
      subjectDeals.every((d) => APPLIES_TO_OTHERS.has((deals[d] as DealRow).deal.kind)) &&
      ranked.some(
        (e) =>
          !subjectDeals.includes(e.deal) &&
          claimedProviders.every((p) => (facets[e.deal] as DealFacets).providerKeys.includes(p.key)) &&
          subjects.every((t) => (deals[e.deal] as DealRow).facts.some((id) => ranker.factHas(id, t))),
      )
    )
      return undefined;
    // Whether a fact of another deal found names every claimed provider, not as a loser, and passes `test`.
    const otherDealFact = (test: (id: number) => boolean) =>
      ranked.some(
        (e) =>
          !subjectDeals.includes(e.deal) &&
          (deals[e.deal] as DealRow).facts.some(
            (id) => claimedProviders.every((p) => factNames(id, p.key)) && !namesALoser(id) && test(id),
          ),
      );
    // "Why did Huawei invest in Saudi Arabia with Aramco?": another deal's fact names the claimed provider
    // with the subject (Huawei's region with Aramco, among the LEAP 2023 pledges): the pairing is true there.
    if (
      otherDealFact(
        (id) =>
          ` ${tokenizeFolded((facts[id] as FactRow).fact.text).join(' ')} `.includes(
            ` ${subjects.join(' ')} `,
          ) &&
          // Named together as partners, not merely side by side ("a letter signed by Airbus, OVHcloud…").
          PARTNERED.test((facts[id] as FactRow).fact.text),
      )
    )
      return undefined;
    // "…le président de l'UGAP devant la commission d'enquête du Sénat… quelle part pour OVH ?": another
    // deal's fact names every subject and the claimed provider together; the question is about that fact.
    if (subjects.length >= 2 && otherDealFact((id) => subjects.every((t) => ranker.factHas(id, t))))
      return undefined;
    const claimedPlan = { ...plan, providers: claimedProviders };
    // A provider the subject's facts name in another role (a losing bidder, a protester) asked about in
    // that role is no false pairing: "Why did AWS protest JEDI?".
    const naming = subjectDeals.flatMap((d) =>
      (deals[d] as DealRow).facts.filter((id) => claimedPlan.providers.some((p) => factNames(id, p.key))),
    );
    const mentioned = naming.length > 0;
    // A provider named only as a losing bidder, a protester or an appellant ("the competing bids from
    // Microsoft … were unsuccessful") is no party: "How much is Microsoft getting from Nimbus?" is false.
    const onlyLost = naming.every(namesALoser);
    // A later fact naming the provider ("In April 2026 the Health Data Hub chose Scaleway") may make the
    // pairing true since: no correction, the answer gives that fact.
    if (
      naming.some(
        (id) => (facts[id] as FactRow).laterThanDeal && LATER_PAIRING.test((facts[id] as FactRow).fact.text),
      )
    )
      return undefined;
    // "…giving WildandStormy to Microsoft once GAO sustained the protest": the provider is claimed as the
    // one given the deal, whatever other role the question speaks of.
    const givenTo = NEGATION.test(spacedQuestion)
      ? undefined
      : GIVEN_TO.exec(spacedQuestion)?.[1]?.split(' ');
    const claimedGiven = claimedPlan.providers.some((p) => givenTo?.includes(p.word) ?? false);
    if (mentioned && ((plan.otherRole && !claimedGiven) || (!plan.claims && !onlyLost))) return undefined;
    // "…the 23-month Azure contract signed with the MoD in May 2020": a fact telling a contract of the
    // provider's with the subject, beside the deal the entry is about, makes the pairing true.
    // The question's figures are that contract's ("23 mois", "2020"), not another's ("£400m").
    const figures = leadingFigures(understood.numbers);
    if (
      naming.some(
        (id) =>
          !namesALoser(id) &&
          ((SIDE_CONTRACT.test(foldedText(id)) && writesFigures(foldedBoth(id), figures)) ||
            // …the hire's own sentence giving the question's figures.
            (figures.length > 0 &&
              sentencesOf(id, 'en').some(
                (sentence) => HIRED_EARLIER.test(sentence.spaced) && writesFigures(sentence.spaced, figures),
              ))),
      )
    )
      return undefined;
    // The subject as named: its words written with capitals, when it has some; of names apart ("the
    // Pentagon award JEDI"), the last, the deal's own ("JEDI"), not both with the verb between them.
    const named = subjects.filter((t) => understood.capitalised.has(t));
    const shownWords = named.length > 0 ? named : subjects;
    const whole = originalWords(question, shownWords);
    const between = whole
      .split(' ')
      .filter(
        (w) =>
          !/^\p{Lu}/u.test(w) &&
          !['and', 'et', '&', 'of', 'for', 'de', 'du', 'des', 'la', 'le', 'the'].includes(w),
      );
    const subjectName =
      named.length > 1 && between.length > 0 ? originalWords(question, [named.at(-1) as string]) : whole;
    return correction(
      question,
      understood.lang,
      casedName(subjectName, subjectDeals),
      subjectDeals,
      claimedPlan,
    );
  }

  /**
   * The premise check for a country: "What did Indonesia's data centre sign with Alibaba?" pairs a provider
   * with the deals of a jurisdiction. When that country has few deals (four at most) and none names the
   * provider as a party or in any fact, the pairing is corrected; a broad place ("Europe") is left to ranking.
   */
  function checkPlacePremise(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
  ): Answered | undefined {
    if (!plan.pairs || plan.shape !== 'single') return undefined;
    // "…to Open-Xchange or Microsoft Exchange?", "…Open-Xchange over Microsoft Exchange": an alternative or
    // the one passed over is claimed nothing.
    const claimedOnes = plan.providers.filter((p) => {
      const at = understood.tokens.indexOf(p.word);
      return (
        !passedOver(understood.tokens, at) && !ALTERNATIVE_WORDS.has(understood.tokens[at - 1] as string)
      );
    });
    if (claimedOnes.length === 0) return undefined;
    plan = { ...plan, providers: claimedOnes };
    // "the Austrian Bundesrechenzentrum (BRZ) and Google Cloud": a body the corpus does not know at all is
    // the subject, not its country; the country's deals say nothing of it.
    // (Before the provider: "Did Greece pick Google Anthos?" names a product, "…, Sherlock?" the reader.)
    const firstProvider = Math.min(
      ...plan.providers.map((p) => understood.tokens.indexOf(p.word)).filter((at) => at >= 0),
    );
    if (
      plan.rest.some(
        (t) =>
          understood.capitalised.has(t) &&
          !isKnown(t) &&
          !placeWords.has(t) &&
          t.length > 2 &&
          understood.tokens.indexOf(t) < firstProvider,
      )
    )
      return undefined;
    // "…? I want to understand the lessons for a trustee model here in Spain": a place in a remark after the
    // question is the asker's, paired with nothing.
    const remarked = (word: string) => word.split(' ').every((w) => understood.remark?.has(w));
    const placeTerms = plan.rest.filter((term) => placeWords.has(term) && !remarked(term));
    plan = { ...plan, places: plan.places.filter((p) => !remarked(p.word)) };
    if (placeTerms.length === 0 && plan.places.length === 0) return undefined;
    const placeDeals: number[] = [];
    for (let d = 0; d < deals.length; d++) {
      const jurisdiction = ` ${(facets[d] as DealFacets).jurisdiction} `;
      if (
        placeTerms.every((t) => jurisdiction.includes(` ${t} `)) &&
        plan.places.every((p) => inPlace(facets[d] as DealFacets, p))
      )
        placeDeals.push(d);
    }
    if (placeDeals.length === 0 || placeDeals.length > 4) return undefined;
    if (
      placeDeals.some((d) =>
        plan.providers.some((p) => (facets[d] as DealFacets).providerKeys.includes(p.key)),
      )
    )
      return undefined;
    // A fact naming the provider leaves the pairing possible, unless it names it as a loser ("Google lodged
    // an appeal against being left out") and the question claims the pairing ("chose", "attribué").
    const naming = placeDeals.flatMap((d) =>
      (deals[d] as DealRow).facts.filter((id) => plan.providers.some((p) => factNames(id, p.key))),
    );
    const onlyLost = naming.every(namesALoser);
    // …or a fact that names it as a rival, not as chosen ("the first hyperscaler region, ahead of AWS").
    // (Not a sentence of the provider being left: "to replace Microsoft Office with LibreOffice", "Microsoft
    // Office and Outlook had been removed".)
    const mayPair = naming.some((id) =>
      sentencesOf(id, 'en').some(
        (sentence) =>
          plan.providers.some((p) => wordsOfProvider(p).some((w) => sentence.words.includes(w))) &&
          LATER_PAIRING.test(sentence.raw) &&
          !LEFT_IN_SENTENCE.test(sentence.spaced),
      ),
    );
    // "Why did Schleswig-Holstein replace Microsoft?": a provider the question itself has left is no claim.
    // "Is Schleswig-Holstein still using Microsoft Outlook?": use asked of a provider the facts name was so once.
    // ("with" alone is no use: "go with Google" is a choice.)
    const pairing = understood.tokens.filter((t) => isPairingWord(t) && t !== 'with' && t !== 'avec');
    const leftAsked =
      plan.providers.some((p) => p.left) || (pairing.length > 0 && pairing.every((t) => USAGE_WORDS.has(t)));
    if (naming.length > 0 && (plan.otherRole || !plan.claims || leftAsked || (!onlyLost && mayPair)))
      return undefined;
    // "Italian", "belge": the country every one of the deals is in is named as such ("Italy's deal is
    // with…"; "Luxembourg / Belgium" and "Belgium" share Belgium).
    const countriesOf = (d: number) =>
      ((deals[d] as DealRow).deal.jurisdiction.split(';')[0] as string)
        .split(/[(/,)]/u)
        .map((part) => COUNTRY_NAMES.get(tokenizeFolded(part).join(' ')))
        .filter((c) => c !== undefined);
    // …the country the question names, in some form ("NATO" is no country, whatever its deal is in).
    const asked = (c: { nameEn: string }) =>
      plan.places.some((p) => p.en.replace(/^the /u, '') === c.nameEn) ||
      placeTerms.some((t) =>
        PLACES.some((p) => p.en.replace(/^the /u, '') === c.nameEn && p.words.includes(t)),
      );
    const country = countriesOf(placeDeals[0] as number).find(
      (c) => asked(c) && placeDeals.every((d) => countriesOf(d).includes(c)),
    );
    const placeName =
      country !== undefined
        ? understood.lang === 'fr'
          ? country.nameFr
          : country.nameEn
        : originalWords(question, [...placeTerms, ...plan.places.map((p) => p.word)]);
    return correction(question, understood.lang, placeName, placeDeals, plan, true);
  }

  /** A name typed in lower case ("lyon") as the deals write it ("Lyon"), when one of their names has it. */
  function casedName(name: string, subjectDeals: readonly number[]): string {
    if (name !== name.toLowerCase()) return name;
    const wanted = fold(name);
    for (const d of subjectDeals) {
      const { title, aliases } = (deals[d] as DealRow).deal;
      const written = (deals[d] as DealRow).facts.map((id) => (facts[id] as FactRow).fact.text);
      for (const text of [...aliases, title, ...written]) {
        const words = text.match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
        const size = name.split(/\s+/u).length;
        for (let i = 0; i + size <= words.length; i++) {
          const run = words.slice(i, i + size).join(' ');
          if (fold(run) === wanted) return run;
        }
      }
    }
    return name;
  }

  /** A correction of a false pairing: what the subject's deals are with, then their cited facts. */
  function correction(
    question: string,
    lang: Lang,
    subjectName: string,
    subjectDeals: readonly number[],
    plan: QuestionPlan,
    /** The subject is a country: French reads "Suisse : l’accord est avec …", not "L’accord de Suisse". */
    place = false,
    /** What the question wrongly pairs with the subject, when it is no provider ("Atos"). */
    claimedName?: string,
    /** The subject is an amount ("GBP 400m"): "The GBP 400m contract is with …". */
    amount = false,
  ): Answered {
    const first = subjectDeals[0] as number;
    const claimed =
      claimedName ??
      listOf(
        plan.providers.map((p) => p.display),
        lang,
      );
    const shown = subjectDeals.slice(0, 3);
    const withProviders = shown.filter((d) => providersOf(d) !== '');
    let sentence: string;
    if (withProviders.length === 0) {
      sentence =
        lang === 'fr'
          ? `Aucune fiche n’associe ${subjectName} à ${claimed}.`
          : `No entry pairs ${subjectName} with ${claimed}.`;
    } else if (amount) {
      const prov = providersOf(withProviders[0] as number);
      sentence =
        lang === 'fr'
          ? `Le contrat de ${subjectName} est avec ${prov.replace(/ and /g, ' et ')}, pas avec ${claimed}.`
          : `The ${subjectName} contract is with ${prov}, not ${claimed}.`;
    } else if (withProviders.length === 1) {
      const prov = providersOf(withProviders[0] as number);
      sentence =
        lang === 'fr'
          ? `${place ? `${subjectName} : l’accord` : `L’accord ${frenchOf(subjectName)}`} est avec ${prov.replace(/ and /g, ' et ')}, pas avec ${claimed}.`
          : `${subjectName}'s deal is with ${prov}, not ${claimed}.`;
    } else {
      const list = withProviders.map(
        (d) => `${providersOf(d)} (${(deals[d] as DealRow).deal.date.slice(0, 4)})`,
      );
      sentence =
        lang === 'fr'
          ? `${place ? `${subjectName} : les accords` : `Les accords ${frenchOf(subjectName)}`} sont avec ${list.join(' ; ').replace(/ and /g, ' et ')}, pas avec ${claimed}.`
          : `${subjectName}'s deals are with ${list.join('; ')}, not ${claimed}.`;
    }
    const chosen: ChosenFact[] = [];
    shown.forEach((d, i) => {
      const factId = providerFact(d);
      if (i === 0) chosen.push({ factId, text: sentence });
      chosen.push({ factId });
      for (const other of otherProviderFacts(d))
        if (!chosen.some((c) => c.factId === other)) chosen.push({ factId: other });
    });
    const heading =
      lang === 'fr'
        ? `Rectification : ${refOf(first, lang).title}`
        : `Correction: ${refOf(first, lang).title}`;
    return compose(
      question,
      lang,
      heading,
      chosen,
      shown.map((d) => refOf(d, lang)),
      scoring.correctionConfidence,
      'correction',
    );
  }

  /**
   * "Why has the MoD signed its GBP 400m sovereign cloud contract with Oracle?": an amount the question gives
   * is the best deal's own, written in a fact naming that deal's provider and not the one claimed (the entry
   * names Oracle only as a service already in use), and no deal of the claimed provider writes it: the
   * contract of that amount is corrected to its provider.
   */
  function amountPremise(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
    best: DealScore,
  ): Answered | undefined {
    if (!plan.claims || plan.providers.length === 0) return undefined;
    // The provider is paired with the contract ("…with Oracle", "à Microsoft", "Oracle won…"), not named
    // beside it ("did the GBP 400m deal replace its Oracle agreement?").
    const tokens = understood.tokens;
    const paired = tokens.some(
      (t, i) =>
        plan.providers.some((p) => p.word.split(' ')[0] === t) &&
        (PAIRING_BEFORE.has(tokens[i - 1] ?? '') || WINNING_AFTER.has(tokens[i + 1] ?? '')),
    );
    if (!paired || tokens.some((t) => NOT_PAIRING.has(t))) return undefined;
    const asked = claimedAmountsIn(question);
    if (asked.length === 0) return undefined;
    const writes = (id: number) => factAmounts(id).some((a) => asked.some((b) => sameAmount(a, b)));
    const d = best.deal;
    const own = (facets[d] as DealFacets).providerKeys;
    if (own.length === 0 || plan.providers.some((p) => own.includes(p.key))) return undefined;
    const told = (deals[d] as DealRow).facts.some(
      (id) =>
        writes(id) && own.some((k) => factNames(id, k)) && !plan.providers.some((p) => factNames(id, p.key)),
    );
    if (!told) return undefined;
    // No fact of the claimed provider's own deals writes the amount beside its name.
    const elsewhere = deals.some(
      (row, e) =>
        e !== d &&
        plan.providers.some((p) => (facets[e] as DealFacets).providerKeys.includes(p.key)) &&
        row.facts.some((id) => plan.providers.some((p) => factNames(id, p.key)) && writes(id)),
    );
    if (elsewhere) return undefined;
    const phrase = amountPhrase(question, asked[0]) ?? String(asked[0]);
    return correction(question, understood.lang, phrase, [d], plan, false, undefined, true);
  }

  /** The money amounts a fact writes, in English or French. */
  function factAmounts(id: number): number[] {
    const { text, text_fr } = (facts[id] as FactRow).fact;
    return [...amountsIn(text), ...amountsIn(text_fr ?? '')];
  }

  function ask(question: string, context: AskContext = {}): Answer {
    const fallback = context.lang ?? 'en';
    if (typeof question !== 'string') return noAnswer('', fallback, 'empty');
    if (question.length > maxLength) return noAnswer(question.slice(0, 80), fallback, 'too-long');
    // "The MP sits on the defence committee - list every cloud arrangement involving the MoD": a lead-in
    // sentence sets the scene; the request after it, when it names enough on its own, is the question.
    // (Not "JEDI vs JWCC : comparez les deux marchés": the names are before it.)
    // (Nor "I'm writing about Japan's Government Cloud: compare AWS and Google Cloud": the lead-in names
    // what is compared.)
    const leadIn = LEAD_IN.exec(question);
    const request = leadIn?.[1];
    // "palantir is in the nhs AND french intelligence?? list every deal palantir is part of": a list asked
    // of a provider the request itself names stands alone, whatever the lead-in names.
    const leadText = request === undefined ? '' : question.slice(0, question.length - request.length);
    const requestWords = request === undefined ? [] : tokenizeFolded(request);
    const leadWords = tokenizeFolded(leadText);
    if (
      request !== undefined &&
      /^(?:list|liste)/i.test(request) &&
      // (The lead-in tells of the same provider; one naming a place or a sector narrows the list instead.)
      requestWords.some((t) => PROVIDER_WORDS.has(t) && leadWords.includes(t))
    )
      return ask(request, context);
    if (
      request !== undefined &&
      /\p{Lu}/u.test(request) &&
      // "for the intelligence agencies?? list the AWS deals": a lead-in asked as a question narrows the list.
      !/\?\s*$/u.test(leadText) &&
      requestWords.filter((t) => !isStopword(t)).length >= 3 &&
      !leadWords.some(
        (t) => !isStopword(t) && (placeWords.has(t) || COUNTRY_WORDS.has(t) || PROVIDER_WORDS.has(t)),
      ) &&
      !(leadText.slice(1).match(/\p{Lu}[\p{L}\p{N}-]*/gu) ?? []).some((w) =>
        tokenizeFolded(w).some((t) => t.length >= 3 && isKnown(t) && !isCommonWord(t)),
      )
    )
      return ask(request, context);
    const understood = understand(
      question,
      fallback,
      (word) => vocabulary.languageOf(word),
      (word) => vocabulary.has(word),
    );
    const lang = understood.lang;
    const contextDeal = context.dealId === undefined ? undefined : dealIndex.get(context.dealId);
    let plan = planQuestion(understood, question);
    // "What happened with the Latombe case in the EU?": a deal's own name (a multi-word alias, or a one-word
    // alias that is no place or provider) makes "what happened" that deal's question.
    if (
      plan.onlyHappened &&
      (aliasPhraseIn(
        question,
        // …a deal that fits the places and years asked about: "government cloud in Canada" names no
        // Japanese deal.
        [...ranker.matchPhrases(understood.tokens).keys()].filter((d) =>
          fitsPlan(
            d,
            plan,
            plan.rest.filter((t) => COUNTRY_WORDS.has(t)),
          ),
        ),
        // "the Dutch government", "aux Pays-Bas": a place and a vague word name no deal in particular.
      ).some(
        (w) =>
          !OVERVIEW_VAGUE.has(w) &&
          !PLACE_WORDS.has(w) &&
          !plan.places.some((p) => p.word.split(' ').includes(w)),
      ) ||
        plan.rest.some((t) => aliasWords.has(t) && !placeWords.has(t) && !OVERVIEW_VAGUE.has(t)))
    )
      plan = { ...plan, shape: 'single' };
    // "Jusqu'à quand la Confédération a rallongé les contrats Public Clouds Bund ?": a detail asked of a
    // deal whose several-word name the question spells is that deal's question, not a list of contracts.
    if (
      plan.shape === 'list' &&
      !plan.explicit &&
      !plan.overviewStrong &&
      DETAIL_INTENTS.has(understood.intent) &&
      aliasPhraseIn(question, [...ranker.matchPhrases(understood.tokens).keys()]).some(
        (w) =>
          !OVERVIEW_VAGUE.has(w) &&
          !PLACE_WORDS.has(w) &&
          // "les Pays-Bas": a place's several-word name is no deal's.
          !plan.places.some((p) => p.word.split(' ').includes(w)),
      )
    )
      plan = { ...plan, shape: 'single' };
    if (plan.otherLanguage) return noAnswer(question, lang, 'other-language');
    if (plan.opinion) return noAnswer(question, lang, 'opinion');
    // "Will the CADA be adopted before 2028?": a forecast beyond the last year the corpus records.
    if (plan.forecast !== undefined && plan.forecast > latestYear) return noAnswer(question, lang, 'opinion');
    if (plan.howTo) return noAnswer(question, lang, 'off-topic');
    // "J U", "C O": letters alone name nothing, whatever they happen to match.
    if (
      understood.terms.length > 0 &&
      understood.terms.every((term) => term.length <= 2 && !/^\p{N}/u.test(term) && !aliasWords.has(term)) &&
      // "What do you have on the UK?": a place is no stray letters.
      plan.places.length === 0 &&
      plan.providers.length === 0
    )
      return noAnswer(question, lang, 'off-topic');

    if (plan.shape === 'compare') {
      const compared = answerCompare(question, understood);
      if (compared) return compared;
    }
    const movedOff = answerMovedOff(question, understood, plan);
    if (movedOff) return movedOff;
    const enumerated = answerEnumerated(question, understood, plan);
    if (enumerated) return enumerated;
    // A bare provider name ("Microsoft", "AWS deals?") asks for its deals, as does "where has STACKIT won
    // business?" (a provider winning, no deal named).
    const bareProvider =
      plan.providers.length > 0 &&
      ((plan.rest.length === 0 && !understood.asks) ||
        (plan.won &&
          // "Why did AWS win the EU Commission's sovereign cloud tender?" asks the reason of one win.
          understood.intent !== 'reason' &&
          // "Was the EU sovereign cloud tender awarded to AWS?" asks yes or no of one deal, named by its
          // place or its name ("Was the tender awarded to AWS?" names none).
          !(
            ONE_DEAL_ASKED.test(understood.tokens.join(' ')) &&
            (plan.places.length > 0 || plan.rest.some((t) => understood.capitalised.has(t)))
          ) &&
          plan.rest.every((t) => !understood.capitalised.has(t) && !aliasWords.has(t)) &&
          // "What share of the Commission's framework went to AWS?" names a deal in other words.
          plan.rest.filter((t) => !OVERVIEW_VAGUE.has(t) && !isStopword(t)).length <= 3));
    // "Which cloud awards got challenged by a losing bidder?": the deals a bidder contested.
    const challenged = answerChallenged(question, understood, plan);
    if (challenged) return challenged;
    // "From JEDI to JWCC": a timeline of deals named one by one (each by a name that is no provider).
    if (plan.shape === 'timeline') {
      const ordered = answerNamedTimeline(question, understood, plan.places, plan.providers);
      if (ordered) return ordered;
      // "In what order did Schleswig-Holstein roll out LibreOffice and Open-Xchange?": the order asked of one
      // deal's steps is that deal's question.
      // (Not with the ends of the story given: "…in date order, from the first hyperscalers to the first
      // Japanese provider" orders deals.)
      if (plan.orderAsked && plan.ends.length === 0) plan = { ...plan, shape: 'single', explicit: false };
      // "Chronologie du Health Data Hub, d'Azure à Scaleway": a deal's name spelled out is the subject, the
      // providers only the ends of its story.
      const spelled =
        plan.providers.length > 0
          ? aliasPhraseIn(question, phrased(ranker.scoreDeals(understood).ranked))
          : [];
      if (spelled.length > 0) {
        const story = answerFilter(question, understood, { ...plan, providers: [] }, true, spelled);
        if (story?.kind === 'answered' && story.rows.length > 1) return story;
      }
    }
    if (plan.shape !== 'single' && plan.shape !== 'compare') {
      // "Chronologie de l'hébergement du Health Data Hub": a timeline of a name is of every deal the name
      // points at, whatever else it says of them.
      const listed = answerFilter(question, understood, plan);
      // "List everything involving G42": an overview asked as a list names its deals the same way.
      const byName =
        plan.shape === 'timeline' || plan.shape === 'count' || plan.overviewStrong
          ? answerFilter(question, understood, plan, true)
          : undefined;
      const rows = (a: Answer | undefined) => (a?.kind === 'answered' ? a.rows.length : 0);
      // "How did the whole Helsingør saga start?": the story of one deal is that deal's, told from its facts.
      const oneStory =
        plan.shape === 'timeline' &&
        Math.max(rows(byName), rows(listed)) === 1 &&
        plan.providers.length === 0 &&
        plan.places.length === 0 &&
        !hasYears(plan.years);
      if (!oneStory) {
        if (byName && rows(byName) > rows(listed)) return byName;
        if (listed) return listed;
      }
    } else if (bareProvider || (plan.latest && plan.shape === 'single')) {
      const listed = answerFilter(question, understood, { ...plan, shape: 'list' });
      if (listed) return listed;
    }

    if (understood.terms.length === 0) {
      if (contextDeal === undefined || understood.intent === 'general') {
        // "How much was it worth?" with no deal to stay on asked something: no entry answers it.
        const asked = understood.tokens.some((token) => INTENTS[understood.intent].askWords.has(token));
        return noAnswer(question, lang, asked ? 'not-covered' : 'empty');
      }
      return answerDeal(question, understood, contextDeal, [], 0.6);
    }

    const { ranked, weights, searched } = ranker.scoreDeals(understood);
    // The closest deals to offer with a no-answer, from the ranking as it then stands.
    const closest = () =>
      ranked
        .slice(0, 3)
        .filter((entry) => entry.coverage >= scoring.suggestionCoverage)
        .map((entry) => refOf(entry.deal, lang));
    // "What was agreed in 2025 for the MoD?": of the deals the question's names all point at, ranked
    // close, the one dated in the year of the event claimed is the one meant.
    if (plan.years.exact.length === 1 && claimsAnEvent(understood, understood.tokens.join(' '))) {
      const top = ranked[0];
      const dated = ranked.slice(1, scoring.tieChecked).findIndex(
        (e) =>
          // (In a question with no capitals, a deal covering as much of it as the best.)
          (e.namesAll || (understood.capitalised.size === 0 && e.coverage >= (top?.coverage ?? 1))) &&
          e.rank >= (top?.rank ?? 0) * scoring.yearSwitchShare &&
          (facets[e.deal] as DealFacets).year === plan.years.exact[0],
      );
      // …unless the best deal's own facts tell of that year ("quel industriel a signé avec Bleu en 2025 ?").
      const year = String(plan.years.exact[0]);
      if (
        top !== undefined &&
        dated >= 0 &&
        (facets[top.deal] as DealFacets).year !== plan.years.exact[0] &&
        !(deals[top.deal] as DealRow).facts.some((id) => {
          const { text, text_fr, asOf } = (facts[id] as FactRow).fact;
          return `${text} ${text_fr ?? ''} ${asOf ?? ''}`.includes(year);
        })
      )
        ranked.unshift(...ranked.splice(dated + 1, 1));
    }
    // "Why did AWS win the EU Commission's 180m sovereign cloud tender?": a provider's pairing ranked first a
    // deal with little of the question (a Swiss framework AWS won); the deal the question describes, close
    // behind and covering far more of it, names it.
    {
      const [first, second] = ranked;
      if (
        first !== undefined &&
        second !== undefined &&
        second.coverage >= first.coverage + scoring.coverageSwitchGap &&
        // (…a deal the question describes: it covers most of it.)
        second.coverage >= scoring.coverageSwitchCoverage &&
        second.nameCoverage > first.nameCoverage &&
        second.rank >= first.rank * scoring.coverageSwitchShare
      )
        ranked.unshift(...ranked.splice(1, 1));
    }
    // "Quelle ministre danoise a annoncé le passage à LibreOffice ?": when the best deal is not in the place
    // asked about, a close deal that is, covering more of the question, is the one meant (Denmark's move,
    // not Austria's, whose title happens to write "passage").
    const top = ranked[0];
    // "What's Ireland's government cloud deal with AWS worth?": a deal asked of a country no deal is in is
    // not covered, whatever deal mentions the country.
    if (
      top !== undefined &&
      plan.shape === 'single' &&
      plan.places.length > 0 &&
      /\b(?:deals?|contracts?|agreements?|accords?|contrats?)\b/.test(understood.tokens.join(' ')) &&
      !deals.some((_, d) => plan.places.some((p) => inPlace(facets[d] as DealFacets, p)))
    )
      return noAnswer(question, lang, 'not-covered', closest(), top.coverage);
    if (top !== undefined && plan.shape === 'single' && plan.places.length > 0) {
      const fits = (d: number) => plan.places.every((p) => inPlace(facets[d] as DealFacets, p));
      if (!fits(top.deal)) {
        // …the one writing out most of the deals' several-word names ("German armed forces"), then the best.
        let placed = -1;
        ranked.slice(1, scoring.tieChecked).forEach((e, at) => {
          if (
            fits(e.deal) &&
            (e.coverage > top.coverage || e.phrases > top.phrases) &&
            e.rank >= top.rank * scoring.placeSwitchShare &&
            (placed < 0 || e.phrases > (ranked[placed + 1] as DealScore).phrases)
          )
            placed = at;
        });
        if (placed >= 0) ranked.unshift(...ranked.splice(placed + 1, 1));
      }
    }
    // "L'AWS European Sovereign Cloud a été lancé à Paris…": a deal whose own several-word names the question
    // writes out (two of them, or one twice) comes before deals that merely share its other words, when no
    // such deal writes out any.
    if (plan.shape === 'single' && ranked[0] !== undefined && ranked[0].phrases === 0) {
      const spelled = ranked
        .slice(1, scoring.tieChecked)
        .findIndex((e) => e.phrases >= 2 && e.coverage >= minCoverage - scoring.namedRelief);
      if (spelled >= 0) ranked.unshift(...ranked.splice(spelled + 1, 1));
    }
    // "S3NS is majority-owned by Google…": of two deals ranked nearly alike, the one covering more of the
    // question whose own title writes more of its names (S3NS's entry, not Google's list of partners).
    const [first, next] = ranked;
    // How many of the question's names a deal's own title writes.
    const titled = (d: number) =>
      understood.terms.filter(
        (t) =>
          (understood.capitalised.has(t) || aliasWords.has(t) || isPartyWord(t) || PROVIDER_WORDS.has(t)) &&
          titleSpacedOf(d).includes(` ${t} `),
      ).length;
    if (
      first &&
      next &&
      next.rank >= first.rank * scoring.titleTieShare &&
      // …or covering as much, with one of its several-word names written out ("le cloud souverain d'AWS").
      (next.coverage > first.coverage || (next.coverage === first.coverage && next.phrases > first.phrases))
    ) {
      if (
        titled(next.deal) > titled(first.deal) ||
        // "How much did France pay Microsoft for the Health Data Hub?": every word the first deal matched and
        // more ("pay"), nearly as high: the deal whose facts tell what is asked (the successor's entry).
        // (Both named by a name of theirs written out: the same subject's two entries.)
        (plan.shape === 'single' &&
          first.phrases > 0 &&
          next.phrases > 0 &&
          next.coverage >= first.coverage + scoring.supersetLead &&
          [...first.matched].every((t) => next.matched.has(t)) &&
          // (More of what is asked, not more names: "…launched with T-Systems as partner?")
          [...next.matched]
            .filter((t) => !first.matched.has(t))
            .every(
              (t) =>
                !understood.capitalised.has(t) &&
                !aliasWords.has(t) &&
                !PROVIDER_WORDS.has(t) &&
                !PROVIDER_NAME_WORDS.has(t),
            ))
      )
        ranked.splice(0, 2, next, first);
    } else if (
      first &&
      next &&
      plan.shape === 'single' &&
      plan.providers.length > 0 &&
      next.rank >= first.rank * scoring.providerSwitchShare
    ) {
      // "Pour choisir Scaleway au Health Data Hub…": of two close deals, the one whose parties are the
      // providers named and whose title writes more of the question's names (the Scaleway contract, not the
      // Azure entry that tells of it too).
      // …every provider named among its parties and written in its title, and none in the other's.
      const inTitle = (d: number, p: { word: string }) => titleSpacedOf(d).includes(` ${p.word} `);
      if (
        plan.providers.every(
          (p) =>
            (facets[next.deal] as DealFacets).providerKeys.includes(p.key) &&
            inTitle(next.deal, p) &&
            !inTitle(first.deal, p),
        ) &&
        titled(next.deal) > titled(first.deal)
      )
        ranked.splice(0, 2, next, first);
      // "…le président de l'UGAP devant la commission d'enquête du Sénat… quelle part pour OVH ?": of two close
      // deals, the one whose facts name the providers asked about, that the other never mentions, and that
      // matches more of the question, every name the other matched among it.
      else if (
        next.coverage > first.coverage &&
        plan.providers.every(
          (p) =>
            !(facets[first.deal] as DealFacets).providerKeys.includes(p.key) &&
            !(deals[first.deal] as DealRow).facts.some((id) => factNames(id, p.key)) &&
            (deals[next.deal] as DealRow).facts.some((id) => factNames(id, p.key)),
        ) &&
        [...first.matched].every(
          (t) => !(understood.capitalised.has(t) || aliasWords.has(t)) || next.matched.has(t),
        )
      )
        ranked.splice(0, 2, next, first);
    }
    // "Combien la France a-t-elle versé à Microsoft pour le Health Data Hub ?": of one subject's two entries,
    // both named, the one with a fact carrying the amount asked and naming the provider asked comes first,
    // when the other has none (the successor's entry tells what was paid to the one it replaced).
    if (plan.shape === 'single' && understood.intent === 'value' && plan.providers.length > 0) {
      const [top, second] = ranked;
      const carries = (d: number) =>
        (deals[d] as DealRow).facts.some(
          (id) =>
            fitsIntent(facts[id] as FactRow, 'value') && plan.providers.every((p) => factNames(id, p.key)),
        );
      if (
        top !== undefined &&
        second !== undefined &&
        top.phrases > 0 &&
        second.phrases > 0 &&
        second.rank >= top.rank * scoring.askedAmountShare &&
        [...top.inNames].some((t) => second.inNames.has(t) && !PROVIDER_WORDS.has(t)) &&
        !carries(top.deal) &&
        carries(second.deal)
      )
        ranked.splice(0, 2, second, top);
    }
    // "Selon le président de l'UGAP devant la commission d'enquête du Sénat, quel montant… ?": two deals each
    // named by an own name; when only the lower one (of the next three) has a fact naming both and telling
    // what is asked, it comes first (the UGAP entry records the hearing; the Senate entry never names UGAP).
    // "À quelle date l'ANSSI a-t-elle accepté le dossier SecNumCloud de Bleu ?": Bleu's own entry, over the
    // SecNumCloud entry that no name of the question is the own name of.
    if (plan.shape === 'single' && ranked[0] !== undefined) {
      const top = ranked[0];
      const ownOf = (d: number) =>
        understood.terms.filter(
          (t) => !PROVIDER_WORDS.has(t) && !placeWords.has(t) && ranker.dealsAliased(t).includes(d),
        );
      const topOwn = ownOf(top.deal);
      // (The first named by an own name too, or by none while the other is: "…SecNumCloud de Bleu".)
      const topNames =
        topOwn.length > 0
          ? topOwn
          : understood.terms.filter(
              (t) =>
                !PROVIDER_WORDS.has(t) &&
                !placeWords.has(t) &&
                (understood.capitalised.has(t) || aliasWords.has(t)) &&
                ranker.namesHave(top.deal, t) &&
                !OVERVIEW_VAGUE.has(t),
            );
      const at = ranked.slice(1, 4).findIndex((e) => {
        if (e.rank < top.rank * scoring.bothNamedShare) return false;
        const own = ownOf(e.deal);
        if (topNames.length === 0 || !own.some((t) => !topNames.includes(t))) return false;
        const names = [...new Set([...topNames, ...own])];
        const tells = (d: number) =>
          (deals[d] as DealRow).facts.some(
            (id) =>
              names.every((t) => ranker.factHas(id, t)) &&
              (understood.intent === 'general' || fitsIntent(facts[id] as FactRow, understood.intent)),
          );
        // (A first deal named by no own name yields when both tell: Bleu's steps are Bleu's entry's.)
        // (…unless another deal's title has a name asked that neither the first nor it has: "S3NS or Bleu,
        // which is qualified?" asks of both.)
        const rivalNamed = understood.terms.some(
          (t) =>
            understood.capitalised.has(t) &&
            !PROVIDER_WORDS.has(t) &&
            !placeWords.has(t) &&
            !own.includes(t) &&
            !titleSpacedOf(top.deal).includes(` ${t} `) &&
            ranked
              .slice(0, 4)
              .some(
                (r) => r.deal !== e.deal && r.deal !== top.deal && titleSpacedOf(r.deal).includes(` ${t} `),
              ),
        );
        return tells(e.deal) && (topOwn.length === 0 ? !rivalNamed : !tells(top.deal));
      });
      if (at >= 0) ranked.unshift(...ranked.splice(at + 1, 1));
    }
    options.trace?.({
      understood,
      weights: Object.fromEntries([...weights].map(([t, w]) => [t, round(w)])),
      searched,
      deals: ranked.slice(0, 5).map((e) => ({
        id: (deals[e.deal] as DealRow).deal.id,
        rank: round(e.rank),
        coverage: round(e.coverage),
        nameCoverage: round(e.nameCoverage),
        phrases: e.phrases,
        inNames: [...e.inNames],
        matched: [...e.matched],
      })),
    });
    if (understood.intent === 'list') {
      const list = answerList(question, understood, ranked);
      if (list) return list;
    }
    // "What do you have on India?", "openDesk deals?": every deal the question's names point at, when
    // several do; one deal is answered as that deal. The words of the cue itself ("which armed forces")
    // say nothing more specific.
    const overviewCue = new Set(
      (SHAPE_PATTERNS.overview.exec(understood.tokens.join(' '))?.[0] ?? '').split(' '),
    );
    if (
      plan.shape === 'single' &&
      plan.overview &&
      (OVERVIEW_INTENTS.has(understood.intent) || plan.overviewStrong) &&
      understood.terms.filter(
        (t) =>
          !overviewCue.has(t) &&
          !OVERVIEW_VAGUE.has(t) &&
          !/^\p{N}/u.test(t) &&
          !understood.capitalised.has(t) &&
          !aliasWords.has(t) &&
          !placeWords.has(t) &&
          // ("…? legal asked": a closing remark asks nothing.)
          !understood.remark?.has(t) &&
          !plan.providers.some((p) => p.word === t) &&
          !plan.places.some((p) => p.word === t) &&
          // "…have ruled against using Microsoft 365": relation words say nothing of a detail.
          !PAIRING_WORDS.has(t) &&
          // "Which armed forces or military alliances…": a sector narrows the list, it asks no detail.
          !isSectorWord(t) &&
          !OTHER_ROLE_WORDS.has(t) &&
          !isPartyWord(t),
      ).length <= (plan.overviewStrong ? Number.POSITIVE_INFINITY : 3)
    ) {
      // "Tell me everything about AWS in Australia": asked in so many words, with a provider, place or year,
      // one deal is a list of one; a name alone ("anything on GCHQ?") is that deal's answer.
      const constrainedOverview = plan.providers.length > 0 || plan.places.length > 0 || hasYears(plan.years);
      const spelled = aliasPhraseIn(question, phrased(ranked));
      // "What does the corpus hold on the CLOUD Act?": one deal's own several-word name, with nothing else to
      // narrow by, is that deal's question, not every deal with "Act" in its title.
      const oneName =
        !plan.explicit &&
        !constrainedOverview &&
        spelled.length > 1 &&
        plan.rest.every((t) => spelled.includes(t)) &&
        deals.filter((_, d) => aliasPhraseIn(question, [d]).length > 0).length === 1;
      const listed = oneName
        ? undefined
        : answerFilter(
            question,
            understood,
            { ...plan, shape: 'list', explicit: plan.explicit || plan.overviewStrong },
            true,
            spelled,
          );
      if (listed?.kind === 'answered' && (listed.rows.length > 1 || plan.explicit || constrainedOverview))
        return listed;
      // "Tell me everything about JEDI": the one deal the name points at, answered as that deal (its
      // other words, "everything", are no part of what to search).
      const only = listed?.kind === 'answered' ? dealIndex.get(listed.rows[0]?.dealId ?? '') : undefined;
      if (only !== undefined) return answerDeal(question, understood, only, [], scoring.listConfidence);
    }

    // "Did Indonesia choose Microsoft?": a country's few deals, none with that provider, are said so even
    // when the question's other words point at no deal.
    // (…unless the place only says where that deal is: "…is in Bavaria, near Munich"; "Why did Bavaria sign up
    // for the AWS European Sovereign Cloud?" pairs Bavaria with AWS all the same.)
    const placeLocates = () => {
      // (The deal's own name's places aside: "European" of "AWS European Sovereign Cloud".)
      const words = [...plan.places.map((p) => p.word), ...plan.rest.filter((t) => placeWords.has(t))].filter(
        (w) => ranked[0] === undefined || !ranker.namesHave(ranked[0].deal, w),
      );
      return (
        words.length > 0 &&
        words.every((w) => {
          const at = understood.tokens.indexOf(w.split(' ')[0] as string);
          return at > 0 && LOCATING_END.test(understood.tokens.slice(Math.max(0, at - 2), at).join(' '));
        })
      );
    };
    const placeCorrected =
      plan.providers.length > 0 && !(providerInOwnName(question, plan, ranked) && placeLocates())
        ? checkPlacePremise(question, understood, plan)
        : undefined;
    if (placeCorrected) return { ...placeCorrected, confidence: scoring.correctionConfidence };

    const best = ranked[0];
    const suggestions = closest();

    // A follow-up stays on the conversation's deal unless the question clearly names another one.
    if (contextDeal !== undefined) {
      const own = ranked.find((entry) => entry.deal === contextDeal);
      const switchTo =
        best &&
        best.deal !== contextDeal &&
        best.coverage >= minCoverage &&
        best.coverage > (own?.coverage ?? 0) + scoring.followUpSwitch;
      // ...and only if the question's words fit that deal at all ("who won the world cup" does not).
      if (!switchTo && (own?.coverage ?? 0) >= scoring.followUpKeep)
        return answerDeal(question, understood, contextDeal, own?.hits ?? [], 0.6);
      // Only words most deals use ("when was it signed?"): nothing was searched, and the words ask
      // about the conversation's deal if its facts have them.
      if (
        ranked.length === 0 &&
        understood.terms.every((term) =>
          (deals[contextDeal] as DealRow).facts.some((id) => ranker.factHas(id, term)),
        )
      )
        return answerDeal(question, understood, contextDeal, [], 0.6);
    }

    const unmatched = understood.terms.filter((term) => !best?.matched.has(term));
    // "Why did the USA cancel JEDI?": a place the lexicon knows, which is the chosen deal's, is no unknown
    // name even if no entry writes it so; any other place is ("What did the USA sign with Huawei?").
    const placeOfBest = (term: string) =>
      best !== undefined &&
      plan.places.some((p) => p.word === term && inPlace(facets[best.deal] as DealFacets, p));
    // "…what was the order number? need it for our DPIA file": a name in a remark after the question,
    // asking nothing, says why it is asked, not what.
    const remark = REMARK.exec(question)?.[2];
    const remarked = remark === undefined ? [] : tokenizeFolded(remark);
    // "…outside the United States, e.g. in a Frankfurt or Stockholm region?": examples (a remark to the
    // question's understanding) name nothing asked.
    const aside = [...(remarked.some(isQuestionWord) ? [] : remarked), ...(understood.examples ?? [])];
    // "…what reason did the PM give?": a title in capitals is no one's name.
    const unknownNames = unmatched.filter(
      (term) =>
        understood.capitalised.has(term) &&
        !isKnown(term) &&
        !placeOfBest(term) &&
        // "les pays du Golfe": a region of several countries the question's plan reads, with deals in it, is a
        // place the texts need not write (a country is not: "What did the USA sign with Huawei?").
        !plan.places.some(
          (p) =>
            p.matches.length > 1 &&
            p.word.split(' ').includes(term) &&
            facets.some((f) => inPlace(f as DealFacets, p)),
        ) &&
        !TITLES.has(term) &&
        !aside.includes(term) &&
        // "…compare with our own Forsvaret", "notre DINUM": the asker's own body is no subject asked about.
        !OWN_WORDS.has(understood.tokens[understood.tokens.indexOf(term) - 1] ?? '') &&
        !isInitialism(term) &&
        // "the 250 Mio contract", "180 Mds": a scale, in capitals.
        !isScaleWord(term),
    );
    // The deal must be pointed at by something specific: a name, a multi-word alias, or two rare words of one fact.
    const specific = Math.log(1 + dealCount / (dealCount * scoring.specificShare));
    const named = Math.log(1 + dealCount / (dealCount * scoring.namedShare));
    // The answer from deal `from`, led by what its entry says against a premise of the question (as
    // claimed, without its remark), when it makes one its entry does not support.
    const answerPremise = (
      claimed: ReturnType<typeof withoutRemark>,
      from: DealScore,
      confidence: number,
    ): Answered | undefined => {
      const premise = unsupportedPremise(
        claimed.question,
        claimed.understood,
        claimed.plan,
        from,
        weights,
        named,
        ranked,
      );
      return premise === undefined
        ? undefined
        : answerDeal(question, understood, from.deal, from.hits, confidence, from.inNames, weights, premise);
    };
    // A country alone is context, not a subject: "the capital of France" must not anchor a French deal.
    const subjectTerms = best ? [...best.matched].filter((term) => !placeWords.has(term)) : [];
    const lead = best === undefined ? 0 : best.rank - (ranked[1]?.rank ?? 0);
    // Clearly ahead of the rest, or nearly all of a long question's words (four at least) found in one deal.
    const dominant =
      best !== undefined &&
      ((lead >= scoring.dominanceMargin && subjectTerms.length >= 2) ||
        (best.coverage >= scoring.wellCovered &&
          lead >= scoring.wellCoveredLead &&
          subjectTerms.length >= 4));
    const intentMet =
      best !== undefined &&
      (deals[best.deal] as DealRow).facts.some((id) => fitsIntent(facts[id] as FactRow, understood.intent));
    // "Which provider did Singapore choose?": a country with one or two deals names them when the question
    // asks for something those deals' facts carry (a party, a date, a value), not for anything at all.
    const placeNamed =
      best !== undefined &&
      understood.intent !== 'general' &&
      intentMet &&
      [...best.inNames].some(
        (term) =>
          placeWords.has(term) &&
          understood.capitalised.has(term) &&
          (placeDealCounts.get(term) ?? 0) <= scoring.placeNamesDeals,
      );
    // "What did Microsoft do in Ukraine?": a provider and a country that one or two deals have as their
    // parties and jurisdiction name them, whatever is asked.
    const pairNamed =
      best !== undefined &&
      plan.providers.length > 0 &&
      plan.providers.every((p) => (facets[best.deal] as DealFacets).providerKeys.includes(p.key)) &&
      [...best.inNames].some(
        (term) =>
          placeWords.has(term) &&
          understood.capitalised.has(term) &&
          ` ${(facets[best.deal] as DealFacets).jurisdiction} `.includes(` ${term} `) &&
          plan.providers.every(
            (p) => (providerPlaceCounts.get(`${p.key} ${term}`) ?? 0) <= scoring.placeNamesDeals,
          ),
      );
    // "What policy did Belgium adopt?": a country and a kind of deal it has one of name that deal.
    const kindNamed =
      best !== undefined &&
      plan.kinds.includes((deals[best.deal] as DealRow).deal.kind) &&
      [...best.inNames].some(
        (term) =>
          placeWords.has(term) &&
          understood.capitalised.has(term) &&
          ` ${(facets[best.deal] as DealFacets).jurisdiction} `.includes(` ${term} `) &&
          placeKindCounts.get(`${term} ${(deals[best.deal] as DealRow).deal.kind}`) === 1,
      );
    const anchored =
      best !== undefined &&
      (best.phrases > 0 ||
        kindNamed ||
        // "Why did the commission split its sovereign cloud award four ways?": most of the question found
        // in one deal, with a word of its own title.
        (best.coverage >= scoring.titleAnchorCoverage &&
          [...best.inNames].some(
            (t) =>
              (weights.get(t) ?? 0) >= named &&
              tokenizeFolded((deals[best.deal] as DealRow).deal.title).includes(t),
          )) ||
        placeNamed ||
        pairNamed ||
        dominant ||
        [...best.inNames].some(
          (term) =>
            // A lone letter ("Systems G") is no name.
            term.length > 1 &&
            (understood.capitalised.has(term) || aliasWords.has(term)) &&
            !placeWords.has(term) &&
            (weights.get(term) ?? 0) >= named,
        ) ||
        // "Fastweb?": a name typed alone that only one deal's facts write (a losing bidder, no alias).
        (understood.terms.length === 1 &&
          understood.capitalised.has(understood.terms[0] as string) &&
          // "Tuesday?", "Qatar?": a day, a month or a place names no deal.
          !CALENDAR_WORDS.has(understood.terms[0] as string) &&
          !COUNTRY_WORDS.has(understood.terms[0] as string) &&
          !PLACE_WORDS.has(understood.terms[0] as string) &&
          best.matched.has(understood.terms[0] as string) &&
          ranked.length === 1 &&
          (weights.get(understood.terms[0] as string) ?? 0) >= named) ||
        best.hits.some(
          // Numbers name no subject ("What is 17 times 23?" meets a fact dated the 17th with 23 of
          // something): two rare words, at most one of them a number.
          (hit) => {
            const rare = hit.inText.filter((term) => (weights.get(term) ?? 0) >= specific);
            const words = rare.filter((term) => !/^\p{N}/u.test(term)).length;
            return words + Math.min(1, rare.length - words) >= 2;
          },
        ));
    // Every name asked about found among the deal's names: the other words may just be phrased differently.
    // Typed all in lower case, a deal's multi-word alias ("us cloud act") is the name the asker wrote.
    // (Only for the detail asked, found in one of its facts.)
    const writtenName =
      (best?.namesAll && (subjectTerms.length >= 2 || intentMet)) ||
      (best !== undefined &&
        best.phrases > 0 &&
        understood.capitalised.size === 0 &&
        // …a name, written with capitals in the entry ("US CLOUD Act"), not a label ("digital sovereignty").
        aliasPhraseIn(question, [best.deal]).length > 0 &&
        intentMet &&
        understood.intent !== 'general' &&
        // …and no other name typed ("…passée à opendesk", "in bavaria"): that may be a claim to check.
        unmatched.every(
          (t) => !aliasWords.has(t) && !PROVIDER_WORDS.has(t) && !placeWords.has(t) && !isPartyWord(t),
        ));
    const threshold = writtenName ? minCoverage - scoring.namedRelief : minCoverage;
    if (!best || !anchored || best.coverage < threshold) {
      // "Why did the Bundeswehr pick Oracle?": the claimed provider leaves the subject's deals too little
      // covered to answer, but a subject that is a deal's own name still gets the pairing corrected.
      const claimed = unknownNames.length === 0 ? withoutRemark(question, understood, plan) : undefined;
      const corrected =
        claimed === undefined
          ? undefined
          : checkPremise(claimed.question, claimed.understood, claimed.plan, ranked, true);
      if (corrected) return { ...corrected, confidence: scoring.correctionConfidence };
      // "Oracle EU Sovereign Cloud's first region is in Brandenburg?": a deal named in full, with a claim its
      // entry does not support (a place it never writes), is corrected from that entry.
      // (Only a place: any other name left unmatched may be what the question is really about.)
      const strangeNames = unmatched.filter((t) => understood.capitalised.has(t));
      if (
        best !== undefined &&
        best.phrases >= 2 &&
        claimed !== undefined &&
        strangeNames.length > 0 &&
        strangeNames.every((t) => cityNames().has(t) || COUNTRY_WORDS.has(t) || PLACE_WORDS.has(t)) &&
        // …named with its provider ("AWS European Sovereign Cloud", "Oracle EU Sovereign Cloud").
        plan.providers.length > 0 &&
        plan.providers.every(
          (p) =>
            (facets[best.deal] as DealFacets).providerKeys.includes(p.key) &&
            namedWithProvider(question, best.deal, p.word),
        )
      ) {
        const premised = answerPremise(claimed, best, scoring.correctionConfidence);
        if (premised !== undefined) return premised;
      }
      if (unknownNames.length > 0)
        return noAnswer(question, lang, 'unknown-entity', suggestions, best?.coverage ?? 0);
      if (plan.shape === 'compare') {
        const compared = comparedByRanking(question, understood, ranked);
        if (compared) return compared;
      }
      // "deals in kenya": a list asked whose one match the one-deal reading found too little of: a list of one.
      if (plan.shape === 'list' && (plan.places.length > 0 || plan.providers.length > 0)) {
        const one = answerFilter(question, understood, { ...plan, explicit: true });
        if (one?.kind === 'answered' && one.rows.length === 1) return one;
      }
      // "schrems 2 case number?? teacher wants the proper reference": the words of a closing remark left the
      // deal too little covered; the question without them is answered as it would be asked alone.
      if (understood.remark !== undefined && claimed !== undefined && claimed.question !== question) {
        const bare = ask(claimed.question, context);
        if (bare.kind === 'answered') return bare;
      }
      const anyKnown = understood.terms.some((term) => isKnown(term));
      return noAnswer(
        question,
        lang,
        anyKnown ? 'not-covered' : 'off-topic',
        anyKnown ? suggestions : [],
        best?.coverage ?? 0,
      );
    }
    if (unknownNames.some((term) => (weights.get(term) ?? 0) > 0)) {
      return noAnswer(question, lang, 'unknown-entity', suggestions, best.coverage);
    }

    // What the premise checks read: the question without a closing remark.
    const claimed = withoutRemark(question, understood, plan);
    // A false pairing ("Why did MI5 choose Oracle?") is corrected before anything else is said.
    const corrected =
      checkPremise(claimed.question, claimed.understood, claimed.plan, ranked) ??
      amountPremise(claimed.question, claimed.understood, claimed.plan, best);
    if (corrected)
      return {
        ...corrected,
        confidence: scoring.correctionConfidence,
      };

    const second = ranked[1];
    // A deal found only through a multi-word alias has no search score: no margin can be told then.
    const bestStrength = best.coverage * best.score;
    const margin =
      second && bestStrength > 0 ? 1 - (second.coverage * second.score) / bestStrength : second ? 0 : 1;
    const confidence = Math.max(
      0,
      Math.min(
        1,
        best.coverage * (scoring.confidenceBase + (1 - scoring.confidenceBase) * Math.max(0, margin)),
      ),
    );

    // Two deals named: answer from both when each is named by words the other lacks.
    const other = ranked.slice(1, 4).find((entry) => {
      const distinct = (a: DealScore, b: DealScore) =>
        [...a.inNames].some(
          (term) =>
            !b.matched.has(term) &&
            understood.capitalised.has(term) &&
            (weights.get(term) ?? 0) > scoring.secondDealName,
        );
      return entry.coverage >= scoring.secondDealCoverage && distinct(entry, best) && distinct(best, entry);
    });
    // "When did Japan pick Fujitsu?": a claimed pairing across the two deals (Japan's deal never names
    // Fujitsu, HMRC's never names Japan) is a false premise, not two answers.
    if (other && claimed.plan.claims) {
      const across = claimedAcross(claimed.understood, best, other);
      if (across !== undefined) {
        const note = unmentionedNote(originalWords(question, [across]));
        return answerDeal(
          question,
          understood,
          best.deal,
          best.hits,
          confidence,
          best.inNames,
          weights,
          note,
        );
      }
    }
    // "NumSpot, le cloud de confiance lancé par Orange et Capgemini…": a deal's own name opening the question
    // is its subject, whatever deal the other names rank first; what the question claims of it is checked first.
    const opening = plan.shape === 'single' ? openingSubject(question, understood, ranked, best) : undefined;
    const premised =
      (opening === undefined ? undefined : answerPremise(claimed, opening, confidence)) ??
      answerPremise(claimed, best, confidence);
    if (premised !== undefined) return premised;
    if (other) {
      const first = rankFacts(factTables, best.deal, understood, best.hits, best.inNames, weights).slice(
        0,
        2,
      );
      const next = rankFacts(factTables, other.deal, understood, other.hits, other.inNames, weights).slice(
        0,
        1,
      );
      const heading = `${refOf(best.deal, lang).title} / ${refOf(other.deal, lang).title}`;
      return compose(
        question,
        lang,
        heading,
        [...first, ...next].map((factId) => ({ factId })),
        [refOf(best.deal, lang), refOf(other.deal, lang)],
        calibrate(scoring, confidence),
      );
    }
    return answerDeal(question, understood, best.deal, best.hits, confidence, best.inNames, weights);
  }

  /** Whether a deal's names or facts write a place, by any of its words ("belge", "Belgium", "Belgique"). */
  /** The folded words a place may be written with: its matches, the lexicon's words, its country's names. */
  function placeWordsOf(place: PlacePlan): ReadonlySet<string> {
    const lexicon = PLACES.find((p) => p.en === place.en);
    const country = COUNTRY_NAMES.get(place.matches[0] ?? '');
    return new Set([
      ...place.matches,
      ...(lexicon?.words ?? []),
      ...(country === undefined
        ? []
        : [country.nameEn, country.nameFr].map((n) => tokenizeFolded(n).join(' '))),
    ]);
  }

  /**
   * The fact whose sentence puts what the question locates somewhere ("the encryption keys … in the US")
   * in another country ("stored the encryption keys … in China"), when no sentence of the entry puts it in
   * the place claimed.
   */
  function locatedElsewhere(
    understood: Understanding,
    row: DealRow,
    place: PlacePlan,
    weights: ReadonlyMap<string, number>,
    named: number,
  ): number | undefined {
    const objects = understood.terms.filter(
      (t) =>
        t.length > 2 &&
        (weights.get(t) ?? 0) >= named &&
        !placeWords.has(t) &&
        !PLACE_WORDS.has(t) &&
        !COUNTRY_WORDS.has(t) &&
        !PROVIDER_WORDS.has(t) &&
        !isPartyWord(t) &&
        !aliasWords.has(t),
    );
    if (objects.length === 0) return undefined;
    const claimed = placeWordsOf(place);
    let other: number | undefined;
    for (const id of row.facts) {
      for (const { spaced } of sentencesOf(id, understood.lang)) {
        if (!objects.some((w) => spaced.includes(` ${w} `))) continue;
        // Where the sentence puts things: the words after "in", "en", "aux"… ("in China", "en Chine").
        const where = [
          ...spaced.matchAll(/ (?:in|en|au|aux|dans)(?: the| les| l| la| le)? ([a-z]+(?: [a-z]+)?)(?= )/gu),
        ].map((m) => m[1] as string);
        const at = (w: string) => where.some((p) => p === w || p.startsWith(`${w} `));
        if ([...claimed].some(at)) return undefined;
        const placed = where.some((p) => p.split(' ').some((w) => COUNTRY_WORDS.has(w) && !claimed.has(w)));
        if (placed && other === undefined) other = id;
      }
    }
    return other;
  }

  function mentionsPlace(row: DealRow, place: PlacePlan): boolean {
    const words = placeWordsOf(place);
    const texts = [
      row.deal.title,
      row.deal.title_fr,
      row.deal.jurisdiction,
      ...row.deal.customers,
      ...row.deal.providers,
      ...row.deal.aliases,
      ...row.facts.flatMap((id) => {
        const { text, text_fr } = (facts[id] as FactRow).fact;
        return [text, text_fr ?? ''];
      }),
    ];
    return texts.some((text) => {
      const tokens = tokenizeFolded(text);
      // "EU-US Data Privacy Framework" writes the US too: each part of a hyphenated word counts.
      const spaced = ` ${tokens.join(' ')} ${tokens.flatMap((t) => (t.includes('-') ? t.split('-') : [])).join(' ')} `;
      return [...words].some((w) => spaced.includes(` ${w} `));
    });
  }

  /**
   * The fact of the first sentence telling an event (`kin`, in the facts' English text) when none of those
   * sentences gives the year claimed and some give another ("dropped Palantir in 2019": every sentence
   * telling a switch dates it 2026). A sentence that gives no year is dated by its fact.
   */
  function eventOutOfYear(
    row: DealRow,
    kin: RegExp | undefined,
    year: string,
    /** Words of what the event is about: a sentence telling it has two of them (or all, if fewer). */
    about: readonly string[] = [],
  ): number | undefined {
    // The deal's own year, or a year its title gives ("Hosting Certification Framework (2021)"), is its story's
    // (unless the claim names what it is about, and every sentence telling that dates it).
    const ownYear = row.deal.date.startsWith(year) || row.deal.title.includes(year);
    if (kin === undefined || (ownYear && about.length === 0)) return undefined;
    const telling = row.facts.flatMap((id) =>
      foldedText(id)
        .split(/(?<=[.;])\s+/u)
        .flatMap((sentence) => {
          // "work planned to be finished by the end of 2022" tells a plan, not the event.
          const at = sentence.search(kin);
          if (at < 0 || PLANNED_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) return [];
          // "adopted the National Digital Strategy" tells no approval of the sovereign cloud plan.
          const spaced = ` ${sentence} `;
          const shared = about.filter((w) => spaced.includes(` ${w}`)).length;
          if (shared < Math.min(2, about.length)) return [];
          const dated = YEAR.test(sentence)
            ? sentence
            : `${sentence} ${(facts[id] as FactRow).fact.asOf ?? ''}`;
          return [{ id, sentence: dated, shared }];
        }),
    );
    if (
      !telling.some(({ sentence }) => YEAR.test(sentence)) ||
      telling.some((t) => t.sentence.includes(year)) ||
      (ownYear && !telling.every(({ sentence }) => YEAR.test(sentence)))
    )
      return undefined;
    // The sentence most about it tells it (the first of those).
    return telling.reduce((best, t) => (t.shared > best.shared ? t : best), telling[0] as (typeof telling)[0])
      .id;
  }

  /**
   * The deal whose own name (an alias no other deal has) is among the question's first words, when it is not
   * the best-ranked deal but ranks close to it and the best deal's names lack that name.
   */
  function openingSubject(
    question: string,
    understood: Understanding,
    ranked: readonly DealScore[],
    best: DealScore,
  ): DealScore | undefined {
    // The first of the opening words that is the title subject of exactly one deal, and that deal.
    const subjectOf = (t: string, i: number): number | undefined => {
      // (A name opening the question is typed with a capital as every first word is: "Delos Cloud is…".)
      if (!(understood.capitalised.has(t) || (i === 0 && /^\p{Lu}/u.test(question.trimStart()))))
        return undefined;
      if (
        PROVIDER_WORDS.has(t) ||
        placeWords.has(t) ||
        COUNTRY_WORDS.has(t) ||
        demonymCountry(t) !== undefined
      )
        return undefined;
      const own = ranker.dealsAliased(t).filter((d) => titleSubject(d, t));
      return own.length === 1 ? own[0] : undefined;
    };
    const at = understood.tokens.slice(0, OPENING_WORDS).findIndex((t, i) => subjectOf(t, i) !== undefined);
    const word = understood.tokens[at];
    if (word === undefined || ranker.namesHave(best.deal, word)) return undefined;
    // (Not one of two names asked between: "Bleu or S3NS, who got…?")
    if (JOINING_WORDS.has(understood.tokens[at + 1] ?? '')) return undefined;
    const own = subjectOf(word, at) as number;
    return ranked
      .slice(1, scoring.tieChecked)
      .find((e) => e.deal === own && e.rank >= best.rank * scoring.openingSubjectShare);
  }

  /**
   * Whether `word`, one of deal `d`'s names, is the subject of its title: written before the title's colon
   * ("NumSpot: French 'trusted cloud' venture…"), or opening a title without one, in full or as the
   * initials of its first words ("CPI" of "La Cour pénale internationale remplace Microsoft Office…").
   */
  function titleSubject(d: number, word: string): boolean {
    const { title, title_fr } = (deals[d] as DealRow).deal;
    if (title.includes(':')) return tokenizeFolded(title.split(':')[0] as string).includes(word);
    return [title, title_fr ?? ''].some((text) => {
      const words = tokenizeFolded(text);
      const from = TITLE_ARTICLES.has(words[0] ?? '') ? 1 : 0;
      if (words[from] === word) return true;
      const initials = words
        .slice(from)
        .filter((w) => !INITIALS_SKIPPED.has(w))
        .slice(0, word.length)
        .map((w) => w[0])
        .join('');
      return word.length >= 2 && initials === word;
    });
  }

  /**
   * What the question claims about the deal it points at that the entry does not support, if anything:
   * a name the entry never mentions ("What stake does Atos hold in Bleu?") or names only as a losing
   * bidder when the question claims it a party, an amount the entry never gives ("paying Google GBP 4bn"),
   * an outcome the entry records the other way round ("approve the takeover": blocked), money that went
   * the other way ("CISPE paid Microsoft"), a year the entry never writes when the question claims an
   * event then ("award JWCC back in 2019").
   */
  function unsupportedPremise(
    question: string,
    understood: Understanding,
    plan: QuestionPlan,
    best: DealScore,
    weights: ReadonlyMap<string, number>,
    named: number,
    /** Every deal the question's words found, best first. */
    ranked: readonly DealScore[] = [best],
  ): PremiseNote | undefined {
    const d = best.deal;
    const row = deals[d] as DealRow;
    const providerKeys = (facets[d] as DealFacets).providerKeys;
    const spacedQuestion = understood.tokens.join(' ');
    const parties = partiesOf(d);
    const partiesSpaced = partiesSpacedOf(d);
    // "la CNIL danoise", "the German BSI": a name with a country's adjective stands for that country's
    // body, which the entry may call otherwise.
    const qualified = (term: string) => {
      const at = understood.tokens.indexOf(term);
      return [understood.tokens[at + 1], understood.tokens[at - 1]].some(
        (t) => t !== undefined && PLACE_WORDS.has(t),
      );
    };
    // "Amazon Web Services", "Google Cloud Platform": the words after a provider's name are its name too
    // (a product, "Microsoft Teams", is not).
    const providerTail = new Set<string>();
    understood.tokens.forEach((t, at) => {
      const previous = understood.tokens[at - 1] ?? '';
      if (PROVIDER_WORDS.has(previous) || providerTail.has(previous))
        if (PROVIDER_NAME_WORDS.has(t)) providerTail.add(t);
    });
    const typedNames = fullNameWords(understood.tokens);
    // "Washington", "Brussels", "selon les chiffres de Rabat": a capital standing for the government of a
    // country the entry writes is no stranger to it, unless something is claimed to be located there
    // ("Oracle's region in Rabat").
    const capitalOfItsCountry = (word: string, at: number) => {
      const names = CAPITAL_COUNTRIES.get(word);
      if (names === undefined || !names.some((n) => entryWordsOf(d).includes(` ${n} `))) return false;
      const before = understood.tokens.slice(Math.max(0, at - 2), at);
      return !(LOCATED.test(spacedQuestion) && before.some((w) => LOCATING.has(w)));
    };
    // "(the country, not the Court lol)", "the German alternative to M365": a name the question sets aside
    // claims nothing of the deal (the same names the plan sets aside).
    const setAside = setAsideNames(question);
    const strangers = understood.terms.filter(
      (term) =>
        term.length > 1 &&
        !capitalOfItsCountry(term, understood.tokens.indexOf(term)) &&
        !qualified(term) &&
        !providerTail.has(term) &&
        // "USD 1.2bn": a currency is no name, whatever the entry writes ("$").
        !CURRENCY_CODES.has(term) &&
        // "…e.g. in a Frankfurt or Stockholm region": an example given claims nothing of the deal.
        !understood.examples?.has(term) &&
        // "…? colleagues in Munich say it were very many": a remark after the question asks nothing.
        !understood.remark?.has(term) &&
        // "Which MP warned…?", "Defense Secretary Esper": a title is no one's name.
        !TITLES.has(term) &&
        !PERSON_ROLES.has(term) &&
        // "Sept 2025", "le 3 mars": a day or a month is no one's name.
        !CALENDAR_WORDS.has(term) &&
        // "Lyon remplace Word/Excel": a product of a provider the entry names is that provider's.
        !(PRODUCT_OF.has(term) && row.facts.some((id) => factNames(id, PRODUCT_OF.get(term) as string))) &&
        !/^\p{N}/u.test(term) &&
        !setAside.has(term) &&
        (understood.capitalised.has(term) ||
          isPartyWord(term) ||
          typedNames.has(term) ||
          COMPANY_NAMES.has(term)) &&
        !REGION_WORDS.has(term) &&
        // "SSC" for the "Shared Services Canada" the entry writes out.
        !(understood.capitalised.has(term) && initialismsOf(d).has(term)) &&
        // "États-Unis", "an American provider": a word of a place's several-word name, or a place the
        // lexicon knows, is no party's name (a place the entry never writes is checked below).
        !plan.places.some((p) => p.word.includes(' ') && p.word.split(' ').includes(term)) &&
        !PLACE_WORDS.has(term) &&
        // "amazon" for an entry that writes "AWS": a name of one of the deal's own providers.
        !plan.providers.some(
          (p) => p.word === term && (facets[d] as DealFacets).providerKeys.includes(p.key),
        ) &&
        // A company the corpus never writes ("swisscom") is a stranger all the same, and so is a big
        // provider the entry never names at all ("…interdit Microsoft Teams" of a Google ban), however
        // common its name is in the corpus.
        ((isKnown(term) && (weights.get(term) ?? 0) >= named) ||
          (COMPANY_NAMES.has(term) && !isKnown(term)) ||
          (PROVIDER_WORDS.has(term) &&
            !ranker.namesHave(d, term) &&
            !row.facts.some((id) => factNames(id, providerKeyOf(term)) || ranker.factHas(id, term)))) &&
        (!best.matched.has(term) ||
          // "Why did the DGSI replace Palantir with Atos?": Atos is named only as a tender candidate.
          (plan.claims &&
            !plan.otherRole &&
            // "fastweb-aruba had the bigger discount so how did TIM's group end up winning it": the winning
            // is claimed in another clause, of someone else.
            claimedInClauseOf(understood.tokens, understood.tokens.indexOf(term)) &&
            !ranker.namesHave(d, term) &&
            !partiesSpaced.includes(` ${term} `) &&
            row.facts.every((id) => !ranker.factHas(id, term) || namesALoser(id)))),
    );
    // "Pourquoi Obama a-t-il promulgué le CLOUD Act ?": a well-known person the entry never writes (no
    // party: the note names none of the deal's parties).
    const strangePeople = understood.terms.filter(
      (term) =>
        FAMOUS_PEOPLE.has(term) &&
        !ranker.namesHave(d, term) &&
        !row.facts.some((id) => ranker.factHas(id, term) || foldedText(id).includes(term)),
    );
    if (strangePeople.length > 0 && strangers.every((t) => strangePeople.includes(t)))
      return unmentionedNote(originalWords(question, strangePeople));
    // "…built up around Thessaloniki", "la municipalité de Shenzhen": a town given as the deal's place that
    // the entry never writes. A word the corpus writes in lower case ("nice", "split") is no town here.
    const writes = (word: string) => {
      const re = new RegExp(`\\b${word}\\b`);
      return re.test(ownNames(d)) || row.facts.some((id) => re.test(foldedText(id)));
    };
    const strangeTowns = understood.tokens.filter((t, at) => {
      // "Thessalonique" is Thessaloniki: the entry may write either.
      const english = TOWN_EXONYMS.get(t);
      if (english !== undefined && writes(english)) return false;
      if (capitalOfItsCountry(t, at)) return false;
      return (
        towns.has(english ?? t) &&
        !understood.examples?.has(t) &&
        !strangers.includes(t) &&
        (understood.tokens.slice(Math.max(0, at - 2), at).some((w) => PLACE_PREPOSITIONS.has(w)) ||
          // "Telekom's Munich data centres": a town naming the site of a facility.
          FACILITY_NOUNS.has(understood.tokens[at + 1] ?? '') ||
          FACILITY_NOUNS.has(`${understood.tokens[at + 1] ?? ''} ${understood.tokens[at + 2] ?? ''}`) ||
          // "…à Francfort et Paris": the second town of a pair after one.
          (['and', 'et'].includes(understood.tokens[at - 1] ?? '') &&
            towns.has(
              TOWN_EXONYMS.get(understood.tokens[at - 2] ?? '') ?? understood.tokens[at - 2] ?? '',
            ))) &&
        !PLACE_WORDS.has(t) &&
        !PROVIDER_WORDS.has(t) &&
        !aliasWords.has(t) &&
        !isPartyWord(t) &&
        !isStopword(t) &&
        !isCommonWord(t) &&
        !writes(t)
      );
    });
    if (strangers.length === 0 && strangeTowns.length > 0)
      return unmentionedNote(originalWords(question, strangeTowns));
    // "aws european sovereign cloud, first region is in bavaria": a region another deal is in, typed in lower
    // case after "in", that the entry never writes (capitalised, it is a stranger above).
    // (The entry's French texts and its jurisdiction, read once, for the regions below.)
    let frenchWritten: string | undefined;
    const writesInFrench = (t: string) => {
      frenchWritten ??= fold(
        `${row.deal.jurisdiction} ${row.facts.map((id) => (facts[id] as FactRow).fact.text_fr ?? '').join(' ')}`,
      );
      return frenchWritten.includes(t);
    };
    const strangeRegions = understood.tokens.filter(
      (t, at) =>
        placeWords.has(t) &&
        !COUNTRY_WORDS.has(t) &&
        !PLACE_WORDS.has(t) &&
        !understood.capitalised.has(t) &&
        !understood.examples?.has(t) &&
        !understood.remark?.has(t) &&
        PLACE_PREPOSITIONS.has(understood.tokens[at - 1] ?? '') &&
        // (…said to be where something is: "is in", "located in", "built in".)
        BEING_WHERE.has(understood.tokens[at - 2] ?? '') &&
        !writes(t) &&
        !writesInFrench(t),
    );
    if (strangers.length === 0 && strangeRegions.length > 0)
      return unmentionedNote(originalWords(question, strangeRegions));
    // "Why did Google put its Saudi region in Riyadh?": the entry's title places it in another town
    // (Dammam), and writes the one claimed only beside it ("supported by a Google office in Riyadh").
    if (strangers.length === 0 && LOCATED.test(spacedQuestion)) {
      const titleWords = tokenizeFolded(`${row.deal.title} ${row.deal.title_fr ?? ''}`);
      const ownTowns = titleWords.filter(
        (w) =>
          towns.has(w) &&
          !PLACE_WORDS.has(w) &&
          !PROVIDER_WORDS.has(w) &&
          !isPartyWord(w) &&
          !isCommonWord(w),
      );
      const claimedTown = understood.tokens
        .map((t) => TOWN_EXONYMS.get(t) ?? t)
        .find(
          (t, at) =>
            towns.has(t) &&
            !titleWords.includes(t) &&
            understood.tokens.slice(Math.max(0, at - 2), at).some((w) => PLACE_PREPOSITIONS.has(w)) &&
            !PLACE_WORDS.has(t) &&
            !PROVIDER_WORDS.has(t) &&
            !isStopword(t) &&
            !isCommonWord(t),
        );
      if (ownTowns.length > 0 && claimedTown !== undefined) {
        const sentences = row.facts.flatMap((id) =>
          (facts[id] as FactRow).fact.text
            .split(/(?<=\.)\s+/u)
            .map((text) => ({ id, words: tokenizeFolded(text) })),
        );
        const beside = sentences
          .filter((sentence) => sentence.words.includes(claimedTown))
          .every((sentence) => ownTowns.some((town) => sentence.words.includes(town)));
        const placing = sentences.find((sentence) => ownTowns.some((town) => sentence.words.includes(town)));
        if (beside && placing !== undefined) return recordsOtherwise(placing.id);
      }
    }
    if (strangers.length > 0) {
      // "Why did Fastweb and Aruba win the PSN?": names the entry writes, only as losing bidders, are no
      // parties of the deal; it does mention them.
      if (strangers.every((t) => row.facts.some((id) => ranker.factHas(id, t)))) {
        // As the entry writes them ("infomaniak" → "Infomaniak").
        const shown = casedName(originalWords(question, strangers), [d]);
        const several = strangers.length > 1;
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » rapporte le contraire : ${shown} ${several ? 'n’y sont pas parties' : 'n’y est pas partie'} ; voici ce qu’elle dit.`
              : `The entry on ${title} records otherwise: ${shown} ${several ? 'are not parties' : 'is not a party'} to it; here is what it says.`,
          factId: providerFact(d),
        };
      }
      // "Why did Estonia choose Finland?": a claimed party is answered with the entry's own parties.
      const parties = plan.pairs ? providersOf(d) : '';
      return unmentionedNote(
        originalWords(question, strangers),
        parties,
        parties === '' ? undefined : providerFact(d),
      );
    }
    // "Why did the Home Office sign the £400m Google deal?" (the MoD's): another deal's customer, named in
    // several words, that this entry never writes.
    const questionSpaced = ` ${spacedQuestion} `;
    const ownSpaced = ownSpacedOf(d);
    const otherCustomer = customerPhrases.find(
      ({ phrase, deal }) =>
        deal !== d &&
        questionSpaced.includes(` ${phrase} `) &&
        !ownSpaced.includes(` ${phrase} `) &&
        !row.facts.some((id) => ` ${foldedBoth(id)} `.includes(` ${phrase} `)) &&
        // "National Security Agency's deal with AWS" is that customer's own deal, ranked lower.
        !plan.providers.some((p) => (facets[deal] as DealFacets).providerKeys.includes(p.key)),
    );
    if (otherCustomer !== undefined)
      return unmentionedNote(
        originalWords(question, otherCustomer.phrase.split(' ')),
        providersOf(d),
        providerFact(d),
      );
    // "Clarence is POST Luxembourg's joint venture, isn't it?": a name the entry writes only to deny it
    // ("LuxConnect, not POST Luxembourg"), claimed all the same.
    const denied = deniedNamesOf(d).find(({ words }) => {
      const at = ` ${spacedQuestion} `.indexOf(` ${words} `);
      if (at < 0) return false;
      const before = spacedQuestion.slice(0, at).split(' ').slice(-3);
      return !before.some(negatorIn);
    });
    if (denied !== undefined) return recordsOtherwise(denied.factId);
    // "How far is Microsoft now with building JEDI?", "how much has the Pentagon spent so far, now that it's
    // into the option years?": work going on claimed of a deal the entry records cancelled; the fact telling
    // the cancellation answers. (Not when the question speaks of the end itself: "…before it was cancelled".)
    if (
      row.deal.status === 'cancelled' &&
      ONGOING_CLAIMED.test(` ${spacedQuestion} `) &&
      !ENDING_WORDS.test(` ${spacedQuestion} `)
    ) {
      const ending = row.facts.find((id) => ENDING_WORDS.test(` ${foldedText(id)} `));
      if (ending !== undefined) return recordsOtherwise(ending);
    }
    // "Can a new customer still sign up for Microsoft Cloud Deutschland today?", "that framework's still open
    // right?": a deal the entry records superseded or ended, claimed still on offer; the fact telling its end.
    if (
      (row.deal.status === 'superseded' || row.deal.status === 'completed') &&
      (ONGOING_CLAIMED.test(` ${spacedQuestion} `) ||
        STILL_ON_OFFER.test(` ${spacedQuestion} `) ||
        // (Of a deal superseded, "today" alone: "how does a new customer sign up for it today?".)
        (row.deal.status === 'superseded' &&
          / (?:today|aujourd hui|nowadays) /.test(` ${spacedQuestion} `))) &&
      !NEGATION.test(spacedQuestion) &&
      // ("Is Colombia's framework still running?" asks whether; the fact telling its end answers it.)
      !YES_NO_OPENING.test(spacedQuestion)
    ) {
      const ended = row.facts.find((id) => OFFER_ENDED.test(` ${foldedText(id)} `));
      if (ended !== undefined) return recordsOtherwise(ended);
    }
    // "S3NS still doesn't have SecNumCloud — what's holding up ANSSI?": something claimed not yet had that a
    // sentence of the entry records granted or obtained.
    const notYet = STILL_WITHOUT.exec(` ${spacedQuestion} `);
    if (notYet) {
      // (What is had, not the deal's own name; "qualified" is had in a "qualification".)
      const after = tokenizeFolded(notYet[1] ?? '')
        .filter((t) => t.length > 3 && !isStopword(t) && !ranker.dealsAliased(t).includes(d) && isKnown(t))
        .map((t) => t.slice(0, Math.max(5, t.length - 3)));
      for (const id of row.facts) {
        const done = sentencesOf(id, understood.lang).find(
          (sentence) =>
            GRANTED.test(sentence.spaced) &&
            !NEGATION.test(sentence.spaced) &&
            after.some((stem) => sentence.words.some((w) => w.startsWith(stem))),
        );
        if (done !== undefined) return recordsOtherwise(id);
      }
    }
    // "Dataprev's president said Brazil's cloud is 100% sovereign": the sentence telling what is quoted
    // gives it to someone else (Serpro), and the fact never names the one claimed to have said it.
    // "Amazon et Google faisaient partie des membres fondateurs de Gaia-X": names claimed among the founders
    // that the sentence listing them leaves out.
    const notFounder = unlistedFounder(understood, row, plan);
    if (notFounder !== undefined) return recordsOtherwise(notFounder);
    const misquoted = misattributed(understood, d);
    if (misquoted !== undefined) return recordsOtherwise(misquoted);
    // "Microsoft was the first to sign a OneGov deal": the entry says another provider was first.
    // "the first year", "la première année": a time, not a rank.
    const firstAt = understood.tokens.findIndex(
      (t, at) => FIRST.has(t) && !TIME_UNITS.has(understood.tokens[at + 1] ?? ''),
    );
    if (firstAt >= 0 && !understood.tokens.some(negatorIn)) {
      const near = understood.tokens.slice(Math.max(0, firstAt - 7), firstAt + 10);
      const claimed = plan.providers.filter((p) => near.includes(p.word));
      // "C'est AWS qui a signé le premier…" claims AWS (a cleft), "qui a signé le premier ?" asks.
      const asking = /\b(?:who|which|qui|quel|quelle)\b/.test(
        spacedQuestion.replace(/\bc est [a-z0-9-]+ qui\b/, ''),
      );
      // "…took Microsoft and Oracle as first providers": every one claimed.
      if (claimed.length >= 1 && !asking) {
        const keys = claimed.map((c) => c.key);
        const words = PROVIDERS.filter((p) => keys.includes(p.key)).flatMap((p) => p.words);
        const other = row.facts.find((id) =>
          (facts[id] as FactRow).fact.text.split(/(?<=\.)\s+/u).some((sentence) => {
            const folded = tokenizeFolded(sentence);
            // "the first OneGov agreement", not "in the first year".
            // "AWS came first (BRL 71.2m in 2019)".
            const at = folded.findIndex(
              (w, i) =>
                w === 'first' &&
                ['the', 'came', 'was', 'went'].includes(folded[i - 1] ?? '') &&
                !TIME_UNITS.has(folded[i + 1] ?? ''),
            );
            if (at < 0) return false;
            // The provider the sentence makes first: named before "first", and not the one claimed.
            const before = folded.slice(0, at);
            const firstOne = PROVIDERS.find(
              (p) => !keys.includes(p.key) && p.words.some((w) => before.includes(w)),
            );
            // The one claimed may come later in the sentence ("…, followed by Huawei, … Microsoft").
            return firstOne !== undefined && !words.some((w) => before.includes(w));
          }),
        );
        if (other !== undefined) return recordsOtherwise(other);
      }
    }
    // "When did the RBI stop Visa…?": the entry's facts tell that event, and name other parties in it
    // (Amex, Diners, Mastercard), never the one claimed (Visa lobbied, it was not stopped).
    // A verb ("did the RBI stop", "banned", "a interdit"), not a noun ("Mastercard ban lifted when").
    const restrictedAt = understood.tokens.findIndex((t, at) => {
      if (!RESTRICTING.test(t)) return false;
      const auxiliary = understood.tokens.slice(Math.max(0, at - 4), at).some((w) => AUXILIARIES.has(w));
      return auxiliary || /(?:ed|ee|ees|u|ue|us|ues|it)$/.test(t);
    });
    if (restrictedAt >= 0 && !understood.tokens.some(negatorIn) && !SOUGHT.test(spacedQuestion)) {
      const objects = understood.tokens.slice(restrictedAt + 1, restrictedAt + 4).filter(
        (t) =>
          t.length > 2 &&
          !isStopword(t) &&
          (COMPANY_NAMES.has(t) ||
            PROVIDER_WORDS.has(t) ||
            understood.capitalised.has(t) ||
            // A name the corpus writes only with a capital ("Visa"), typed in lower case.
            (isKnown(t) && !isCommonWord(t))) &&
          // The deal's title and customers are its subject ("suspend the Doctolib partnership"), not a
          // party claimed.
          !tokenizeFolded(`${row.deal.title} ${row.deal.title_fr ?? ''}`).includes(t) &&
          !customerWords(d).includes(t) &&
          row.facts.some((id) => ranker.factHas(id, t)),
      );
      const told = row.facts.filter((id) => RESTRICTING.test(foldedText(id)));
      const object = objects[0];
      if (object !== undefined && told.length > 0 && told.every((id) => !foldedText(id).includes(object)))
        return recordsOtherwise(told[0] as number);
    }
    // "Why did Ireland and the Netherlands push for the sovereignty rules?": a fact sets those who backed
    // them against those who did not ("France, Italy and Spain backed them, while Ireland… argued…"), and
    // the question gives the backing to the other side.
    if (SUPPORT.test(spacedQuestion) && !understood.tokens.some(negatorIn)) {
      const named = understood.tokens.filter(
        (t) =>
          t.length > 2 &&
          (PLACE_WORDS.has(t) || COUNTRY_WORDS.has(t) || understood.capitalised.has(t) || isPartyWord(t)),
      );
      const contrasted = row.facts.find((id) =>
        (facts[id] as FactRow).fact.text.split(/(?<=\.)\s+/u).some((sentence) => {
          const clauses = fold(sentence)
            .split(/\b(?:while|whereas|but)\b|;/u)
            .map((c) => ` ${tokenize(c).join(' ')} `);
          if (clauses.length < 2) return false;
          const backing = clauses.filter((c) => SUPPORT.test(c));
          const other = clauses.filter((c) => !SUPPORT.test(c));
          return (
            backing.length > 0 &&
            named.length > 0 &&
            named.some((t) => other.some((c) => c.includes(` ${t} `))) &&
            named.every((t) => !backing.some((c) => c.includes(` ${t} `)))
          );
        }),
      );
      if (contrasted !== undefined) return recordsOtherwise(contrasted);
    }
    // "When in 2019 did OChK sign with Microsoft?": a year the entry denies for what it says of that
    // provider ("signed in May 2020, not 2019"), and gives for nothing else of it.
    const yearDenied = row.facts.find((id) => {
      const { text } = (facts[id] as FactRow).fact;
      const year = DENIED_YEAR.exec(text)?.[1];
      if (year === undefined || !understood.numbers.includes(year)) return false;
      // The providers of the sentence that denies it.
      const sentence = ` ${tokenizeFolded(text.split(/(?<=\.)\s+/u).find((s) => DENIED_YEAR.test(s)) ?? '').join(' ')} `;
      const named = plan.providers.filter((p) =>
        (PROVIDERS.find((q) => q.key === p.key)?.words ?? [p.word]).some((w) => sentence.includes(` ${w} `)),
      );
      return (
        named.length > 0 &&
        !understood.tokens.some((t, i, all) => negatorIn(t, i, all) && t !== 'non') &&
        !row.facts.some(
          (other) =>
            other !== id &&
            named.some((p) => factNames(other, p.key)) &&
            (facts[other] as FactRow).fact.text.includes(year),
        )
      );
    });
    if (yearDenied !== undefined) return recordsOtherwise(yearDenied);
    // "Why did the Belgian government block the takeover?" of a Dutch deal: a country the entry is not in
    // and never writes, in any form, is claimed of it.
    // "…keeps backup copies in Ireland, why Ireland?": a place given as where something is, too.
    const located = (p: PlacePlan) => {
      const at = understood.tokens.indexOf(p.word.split(' ')[0] as string);
      return (
        at > 0 &&
        PLACE_PREPOSITIONS.has(understood.tokens[at - 1] as string) &&
        !YES_NO_OPENING.test(spacedQuestion)
      );
    };
    // …where a yes/no question locates something too ("kept the keys in the US, didn't it?").
    const locatedLoose = (p: PlacePlan) => {
      const at = understood.tokens.indexOf(p.word.split(' ')[0] as string);
      const before = understood.tokens[at - 1] ?? '';
      return (
        at > 0 &&
        (PLACE_PREPOSITIONS.has(before) ||
          (ARTICLES.has(before) && PLACE_PREPOSITIONS.has(understood.tokens[at - 2] ?? '')))
      );
    };
    const claimsEvent = plan.claims || claimsAnEvent(understood, spacedQuestion);
    const foreignPlace = plan.places.find(
      (p) =>
        (claimsEvent || located(p)) &&
        p.matches.length === 1 &&
        !inPlace(facets[d] as DealFacets, p) &&
        !mentionsPlace(row, p),
    );
    if (foreignPlace !== undefined)
      return {
        sentence: (title, lang) =>
          lang === 'fr'
            ? `La fiche « ${title} » ne parle pas ${placeOf(foreignPlace)} ; voici ce qu’elle dit de plus proche.`
            : `The entry on ${title} does not mention ${foreignPlace.en}; here is the closest it says.`,
      };
    // "Brazil made Microsoft the main partner when it signed the Serpro/Dataprev agreements": the entry's
    // sentence telling those agreements says the provider was not included.
    if (plan.providers.length === 1 && !understood.tokens.some(negatorIn)) {
      const claimed = plan.providers[0] as { key: string; word: string };
      const words = PROVIDERS.find((q) => q.key === claimed.key)?.words ?? [claimed.word];
      const left = new RegExp(
        `\\b(?:${words.join('|')}) (?:was|were|is|are) not (?:included|part|among|selected|chosen)|\\b(?:${words.join('|')}) (?:restant|reste|restait|est reste) (?:donc )?a l ecart`,
        'u',
      );
      const about = understood.terms.filter(
        (t) => t.length > 2 && (weights.get(t) ?? 0) >= named && !PROVIDER_WORDS.has(t),
      );
      const excluded = row.facts.find((id) =>
        sentencesOf(id, understood.lang).some(
          ({ spaced }) => left.test(spaced) && about.filter((w) => spaced.includes(` ${w} `)).length >= 2,
        ),
      );
      if (excluded !== undefined) return recordsOtherwise(excluded);
    }
    // "Les 22 fondateurs de Gaia-X étaient tous allemands ?": all of one country, where the entry's sentence
    // about them names another ("11 French and 11 German").
    // ("of all places", "out of all countries" claim nothing; the place is an adjective: "all German".)
    const allAt = understood.tokens.findIndex((t, i) => ALL_OF.has(t) && understood.tokens[i - 1] !== 'of');
    if (allAt >= 0 && !understood.tokens.some(negatorIn)) {
      const near = understood.tokens.slice(allAt + 1, allAt + 8);
      const claimedPlace = plan.places.find((p) => near.includes(p.word) && !COUNTRY_WORDS.has(p.word));
      if (claimedPlace !== undefined) {
        const claimedWords = placeWordsOf(claimedPlace);
        const objects = understood.terms.filter(
          (t) => t.length > 3 && (weights.get(t) ?? 0) >= named && !PLACE_WORDS.has(t) && !aliasWords.has(t),
        );
        const mixed = row.facts.find((id) =>
          sentencesOf(id, understood.lang).some(({ words }) => {
            // A count of each ("11 French and 11 German"), not any other place ("European" holds both).
            const counted = (i: number) => /^\d+$/u.test(words[i - 1] ?? '');
            return (
              objects.filter((w) => words.includes(w)).length >= 2 &&
              words.some((w, i) => claimedWords.has(w) && counted(i)) &&
              words.some(
                (w, i) =>
                  PLACE_WORDS.has(w) &&
                  !claimedWords.has(w) &&
                  !REGION_WORDS.has(w) &&
                  // "French or German?" names the other one too.
                  !understood.tokens.includes(w) &&
                  counted(i),
              )
            );
          }),
        );
        if (mixed !== undefined) return recordsOtherwise(mixed);
      }
    }
    // "Why does Singapore run air traffic control on AWS?": what the question puts on a provider or the
    // public cloud, the entry says stays on the government's own infrastructure.
    if (
      (plan.providers.length > 0 ||
        /\b(?:commercial|public) cloud|cloud (?:public|commercial)\b/u.test(spacedQuestion)) &&
      !understood.tokens.some(negatorIn) &&
      // "…defence systems on government-managed infrastructure and other systems on AWS?" grants it.
      !/\b(?:government|gouvernement|etat|state) (?:managed|run|owned|infrastructure)|infrastructure (?:geree|gouvernementale)|on premises|in house\b/u.test(
        spacedQuestion,
      )
    ) {
      const objects = understood.terms.filter(
        (t) =>
          t.length > 2 &&
          (weights.get(t) ?? 0) >= named &&
          !placeWords.has(t) &&
          !PROVIDER_WORDS.has(t) &&
          !aliasWords.has(t) &&
          !isPartyWord(t),
      );
      const kept = row.facts.find((id) =>
        sentencesOf(id, understood.lang).some(
          ({ spaced }) =>
            KEPT_IN_HOUSE.test(spaced) && objects.filter((w) => spaced.includes(` ${w} `)).length >= 2,
        ),
      );
      if (kept !== undefined) return recordsOtherwise(kept);
    }
    // "Apple kept the Chinese iCloud keys in the US, didn't it?": what is located there, the entry puts in
    // another country ("stored the encryption keys … in China").
    for (const p of plan.places) {
      // The deal's own place is where its things are ("son ambassade de données au Luxembourg").
      // "in Chinese iCloud": an adjective of a country locates nothing.
      if (
        p.matches.length !== 1 ||
        !locatedLoose(p) ||
        demonymCountry(p.word) !== undefined ||
        inPlace(facets[d] as DealFacets, p)
      )
        continue;
      const elsewhere = locatedElsewhere(understood, row, p, weights, named);
      if (elsewhere !== undefined) return recordsOtherwise(elsewhere);
    }
    const asked = claimedAmountsIn(question);
    if (asked.length > 0) {
      const known = [
        ...row.facts.flatMap(factAmounts),
        ...amountsIn(`${row.deal.value?.amount ?? ''} ${row.deal.value?.amount_fr ?? ''}`),
      ];
      const phrase = amountPhrase(
        question,
        asked.find((a) => !known.some((k) => sameAmount(a, k) || roundedFrom(a, k))),
      );
      if (phrase !== undefined) {
        const valueFact = row.facts.find((id) => fitsIntent(facts[id] as FactRow, 'value'));
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » ne donne aucun montant de ${phrase} ; voici ce qu’elle dit du montant.`
              : `The entry on ${title} gives no amount of ${phrase}; here is what it says of the amount.`,
          ...(valueFact === undefined ? {} : { factId: valueFact }),
        };
      }
    }
    // "Estonia pays Luxembourg about EUR 2.2 million every year": an amount claimed per year that the entry
    // gives over several years ("EUR 2.2 million over five years").
    if (asked.length > 0 && PER_YEAR.test(spacedQuestion) && !SPREAD_ASKED.test(spacedQuestion)) {
      const spread = row.facts.find((id) => {
        const { text, text_fr } = (facts[id] as FactRow).fact;
        return [text, text_fr ?? ''].some((written) =>
          [...written.matchAll(SPREAD_OVER_YEARS)].some((m) =>
            amountsIn(m[0]).some((a) => asked.some((b) => sameAmount(a, b))),
          ),
        );
      });
      if (spread !== undefined) return recordsOtherwise(spread);
    }
    // "Each JWCC provider was guaranteed $9bn": an amount claimed for each, which the entry gives as one
    // shared or combined figure.
    // ("each" must govern the amount: "each … got / was guaranteed $9bn", not "contracts to each of the four
    // under a $9bn ceiling"; "together they came to" is no shared figure either.)
    // (Not a question that itself says the figure is shared: "…its own IDIQ contract under the shared $9bn
    // ceiling".)
    if (asked.length > 0 && EACH_AMOUNT.test(spacedQuestion) && !SHARED_AMOUNT.test(` ${spacedQuestion} `)) {
      const shared = row.facts.find((id) =>
        sentencesOf(id, understood.lang).some(
          ({ raw, spaced }) =>
            SHARED_AMOUNT.test(spaced) &&
            amountsIn(`${raw} $`).some((a) => asked.some((b) => sameAmount(a, b))),
        ),
      );
      if (shared !== undefined) return recordsOtherwise(shared);
    }
    // "Microsoft pledged $9bn for a Saudi region": an amount the entry gives, but not to the provider
    // named ("more than USD 9bn of investment, including USD 2.1bn from Microsoft").
    const claimedProvider = plan.providers.length === 1 ? plan.providers[0] : undefined;
    const providerAt = claimedProvider === undefined ? -1 : understood.tokens.indexOf(claimedProvider.word);
    // Only money the provider is said to give ("Microsoft pledged…"), not money spent for it.
    const gives =
      providerAt >= 0 &&
      understood.tokens.slice(providerAt + 1, providerAt + 4).some((t) => MONEY_GIVEN.test(t));
    if (asked.length === 1 && claimedProvider !== undefined && gives) {
      const pattern = PROVIDER_PATTERN_BY_KEY.get(claimedProvider.key);
      for (const id of row.facts) {
        const text = (facts[id] as FactRow).fact.text;
        const clauses = text.split(/[;,]|\b(?:while|whereas|and|including)\b/);
        const own = clauses.filter((c) => pattern?.test(fold(c)) && amountsIn(`${c} $`).length > 0);
        const anywhere = amountsIn(text).some((a) => sameAmount(a, asked[0] as number));
        if (
          own.length > 0 &&
          anywhere &&
          own.every((c) => !amountsIn(`${c} $`).some((a) => sameAmount(a, asked[0] as number)))
        )
          return recordsOtherwise(id);
      }
    }
    // "Microsoft pledged 1.5bn and Oracle 2.1bn": amounts the entry gives the other way round (USD 2.1bn
    // from Microsoft, USD 1.5bn from Oracle), each claimed for a provider it gives another amount.
    if (asked.length > 0 && plan.providers.length > 1) {
      const pairsIn = (text: string) =>
        text
          // Not a decimal comma ("2,1 milliards").
          .split(/;|,(?!\d)|\b(?:while|whereas|and|et|but|mais|including|dont|just|only|seulement)\b/)
          .flatMap((clause) => {
            const amounts = amountsIn(`${clause} $`);
            const folded = fold(clause);
            const keys = plan.providers.filter((p) => PROVIDER_PATTERN_BY_KEY.get(p.key)?.test(folded));
            return amounts.length === 1 && keys.length === 1
              ? [{ amount: amounts[0] as number, key: (keys[0] as { key: string }).key }]
              : [];
          });
      const claimed = pairsIn(question);
      for (const id of row.facts) {
        const given = pairsIn((facts[id] as FactRow).fact.text);
        const swapped = claimed.some(
          (c) =>
            given.some((g) => sameAmount(g.amount, c.amount) && g.key !== c.key) &&
            given.some((g) => g.key === c.key && !sameAmount(g.amount, c.amount)),
        );
        if (swapped) return recordsOtherwise(id);
      }
    }
    // "How did Google move 16 of Ukraine's 17 ministries?": the facts that give those figures name another
    // provider (Microsoft), never the one claimed.
    const figures = understood.numbers.filter((n) => !isYearNumber(n) && /^\d+$/.test(n));
    if (figures.length > 0 && plan.providers.length === 1 && (plan.claims || plan.pairs)) {
      const key = (plan.providers[0] as { key: string }).key;
      const carrying = row.facts.filter((id) => {
        const words = tokenizeFolded((facts[id] as FactRow).fact.text);
        return figures.every((f) => words.includes(f));
      });
      if (
        carrying.length > 0 &&
        carrying.every(
          (id) => !factNames(id, key) && PROVIDERS.some((q) => q.key !== key && factNames(id, q.key)),
        )
      )
        return recordsOtherwise(carrying[0] as number);
    }
    // "Gaia-X was founded by 22 German companies": a count given one nationality that a fact gives
    // another number of ("11 French and 11 German").
    // The counts of a part the facts give too ("11 German"): the plain count check leaves them.
    const partsCounted = new Set<number>();
    for (let at = 0; at < understood.tokens.length; at++) {
      const token = understood.tokens[at] as string;
      const n = TERM_NUMBERS[token] ?? (/^\d+$/.test(token) ? Number(token) : undefined);
      if (n === undefined || n < 2 || (n >= 1900 && n <= 2100)) continue;
      const near = understood.tokens.slice(at + 1, at + 4);
      const adjective = near.find((w) => DEMONYM_PLACES.has(w));
      if (adjective === undefined) continue;
      // "22 French and German companies" counts both.
      const after = near.indexOf(adjective);
      if (['and', 'et', 'or', 'ou'].includes(near[after + 1] ?? '')) continue;
      const forms = (DEMONYM_PLACES.get(adjective) as readonly string[]).join('|');
      const counted = new RegExp(`\\b(\\d+|${COUNT_NUMBER_WORDS}) (?:${forms})\\b`, 'g');
      let same = false;
      let other: number | undefined;
      // Only a sentence that also gives the number claimed, as a whole ("the 22 founding members, 11 French
      // and 11 German"), says the claim took a part for the whole.
      for (const id of row.facts)
        for (const sentence of foldedBoth(id).split(/(?<=[.;|])\s+/u))
          for (const m of sentence.matchAll(counted)) {
            const given = TERM_NUMBERS[m[1] as string] ?? Number(m[1]);
            if (given === n) {
              same = true;
              partsCounted.add(n);
            } else if (` ${sentence} `.includes(` ${token} `)) other ??= id;
          }
      if (!same && other !== undefined) return recordsOtherwise(other);
    }
    // "La CPI a basculé ses 18 000 postes": a count of something the entry counts otherwise (1,800).
    // "How many…?" asks a count; a number it also writes is claimed ("30 membres fondateurs, combien
    // étaient français ?").
    // "the 11 German founding members" counts a part, checked above.
    const claimedCounts = countsIn(understood.tokens).filter((c) => !(c.qualified && partsCounted.has(c.n)));
    if (claimedCounts.length > 0) {
      for (const claim of claimedCounts) {
        let other: number | undefined;
        let same = false;
        const countsOf = (id: number) => {
          const { text, text_fr } = (facts[id] as FactRow).fact;
          return [...countsIn(tokenizeFolded(text)), ...countsIn(tokenizeFolded(text_fr ?? ''))];
        };
        // "11 member states" of an entry that counts no states but its members ("22 founding members").
        const noun =
          claim.noun === 'state' && !row.facts.some((id) => countsOf(id).some((c) => c.noun === 'state'))
            ? 'member'
            : claim.noun;
        for (const id of row.facts) {
          for (const c of countsOf(id))
            if (c.noun === noun) {
              if (c.n === claim.n) same = true;
              else other ??= id;
            }
        }
        if (!same && other !== undefined) return recordsOtherwise(other);
        // "The CIA split C2E between eight cloud vendors": no fact counts them, the entry names five.
        const listed = row.deal.providers.length;
        if (
          !same &&
          other === undefined &&
          claim.noun === 'vendor' &&
          listed >= 2 &&
          claim.n !== listed &&
          claim.n !== providerKeys.length &&
          providerKeys.length >= 2
        )
          return recordsOtherwise(providerFact(d));
      }
    }
    // "Signed in March 2021, right?": a month the entry never gives for a year it dates things in.
    const claimedMonths = monthsIn(spacedQuestion);
    if (claimedMonths.length > 0) {
      const written = new Set<string>();
      for (const id of row.facts) {
        for (const m of monthsIn(foldedBoth(id))) written.add(m);
        const asOf = (facts[id] as FactRow).fact.asOf;
        if (asOf !== undefined && asOf.length >= 7) written.add(asOf.slice(0, 7));
      }
      written.add(row.deal.date.slice(0, 7));
      for (const m of monthsIn(tokenizeFolded(row.deal.date_note ?? '').join(' '))) written.add(m);
      const unwritten = claimedMonths.find(
        (m) => !written.has(m) && [...written].some((w) => w.startsWith(m.slice(0, 4))),
      );
      if (unwritten !== undefined) {
        const dateFact = row.facts.find((id) => (facts[id] as FactRow).tellsDealDate) ?? row.facts[0];
        const [year, month] = unwritten.split('-');
        const index = Number(month) - 1;
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » ne donne aucune date en ${FRENCH_MONTHS[index]} ${year} ; voici ce qu’elle dit de la date.`
              : `The entry on ${title} gives no date in ${ENGLISH_MONTHS[index]} ${year}; here is what it says of the date.`,
          ...(dateFact === undefined ? {} : { factId: dateFact }),
        };
      }
    }
    // "The convention runs for 30 years, right?": a term the entry never gives, where it gives others.
    const termsTyped = termsIn(spacedQuestion);
    // (Not a stretch of time: "over the last five years", "in the 5yrs before the contract".)
    const periods =
      termsTyped.length === 0
        ? new Set<string>()
        : new Set([...unglued(spacedQuestion).matchAll(PERIOD_SPAN)].flatMap((m) => termsIn(m[0])));
    const claimedTerms = termsTyped.filter((term) => !periods.has(term));
    if (claimedTerms.length > 0) {
      const termsOf = row.facts.map((id) => termsIn(foldedBoth(id)));
      const given = new Set([
        ...termsOf.flat(),
        ...termsIn(tokenizeFolded(row.deal.value?.term ?? '').join(' ')),
      ]);
      const ungiven = claimedTerms.find((term) => !given.has(term));
      if (ungiven !== undefined && given.size > 0) {
        const at = termsOf.findIndex((terms) => terms.length > 0);
        const shown = originalTerm(question, ungiven);
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » ne donne nulle part une durée de ${shown} ; voici ce qu’elle dit de la durée.`
              : `The entry on ${title} gives no term of ${shown}; here is what it says of the term.`,
          ...(at < 0 ? {} : { factId: row.facts[at] as number }),
        };
      }
    }
    // "A US shareholder may hold up to 49%, right?": a share the entry never writes, where it writes others.
    const shares = percentagesIn(question);
    if (shares.length > 0) {
      const sharesOf = new Map(
        row.facts.map((id) => {
          const { text, text_fr } = (facts[id] as FactRow).fact;
          return [id, percentagesIn(`${text} ${text_fr ?? ''}`)] as const;
        }),
      );
      const written = row.facts.filter((id) => (sharesOf.get(id) ?? []).length > 0);
      const unwritten = shares.find((share) => !written.some((id) => sharesOf.get(id)?.includes(share)));
      if (unwritten !== undefined && written.length > 0) {
        const shown = `${unwritten} %`;
        // The percentages the question's words lead to first, else the first written.
        const closest =
          written.find((id) => understood.terms.some((t) => ranker.factHas(id, t))) ?? written[0];
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » ne donne nulle part ${shown} ; voici les parts qu’elle donne.`
              : `The entry on ${title} gives no figure of ${shown.replace(' ', '')}; here are the shares it gives.`,
          ...(closest === undefined ? {} : { factId: closest }),
        };
      }
    }
    // "PSN company is 45% Leonardo and 25% TIM, right?": shares the entry gives, each to another party it names
    // with another share (45% TIM, 25% Leonardo).
    if (shares.length > 0 && !understood.tokens.some(negatorIn)) {
      const claimed = sharesByName(question);
      const swapped = row.facts.find((id) => {
        const given = sharesByName((facts[id] as FactRow).fact.text);
        return [...claimed].some(([share, name]) => {
          const holder = given.get(share);
          return (
            holder !== undefined &&
            holder !== name &&
            [...given].some(([other, party]) => party === name && other !== share)
          );
        });
      });
      if (swapped !== undefined) return recordsOtherwise(swapped);
    }
    // "Why did Indonesia pay the ransom?", "Why did the Dutch government approve the takeover?": an outcome
    // the entry records the other way round (refused to pay, blocked), when the question denies nothing.
    // "Who asked the court to suspend it?" asks for an outcome sought, not one claimed.
    // Every word typed: "how much… paying…?" drops "paying" from the search, not from the claim.
    // "agreed to pay", "décidé de payer" claim the payment; "asked to pay" (SOUGHT) and "refused to pay"
    // (NEGATION) do not.
    const outcomeAt = understood.tokens.findIndex((t, at) => {
      if (!OUTCOME_CLAIMS.has(t)) return false;
      const before = understood.tokens[at - 1] ?? '';
      // "le recours en annulation de Latombe", "an action for annulment": the kind of action, no outcome.
      if (['en', 'for', 'd'].includes(before) && ACTION_NOUNS.has(understood.tokens[at - 2] ?? ''))
        return false;
      return !['to', 'de', 'd'].includes(before) || CONSENTING.has(understood.tokens[at - 2] ?? '');
    });
    // "sign off on", "ordonné la suspension": an approval or an outcome in several words.
    // "tore up the Data Privacy Framework": an annulment in other words.
    const phrase =
      APPROVAL_PHRASE.exec(spacedQuestion) ??
      ORDERED_OUTCOME.exec(spacedQuestion) ??
      TORN_UP.exec(spacedQuestion);
    const phrased =
      phrase === null ? undefined : TORN_UP.test(phrase[0]) ? 'annul' : (phrase[1] ?? phrase[2] ?? 'approve');
    const outcome = outcomeAt >= 0 ? (understood.tokens[outcomeAt] as string) : phrased;
    // "How much did the government pay for the data centre?" asks an amount, claims no outcome; "how much
    // did Indonesia end up paying Brain Cipher?" claims it paid someone.
    // "payée à Brain Cipher", "paid to the attackers": the payee after its preposition.
    const next = outcomeAt >= 0 ? understood.tokens[outcomeAt + 1] : undefined;
    // "payé combien au final aux hackers": the payee after its preposition, a few words on.
    // Not past "for" ("pay for a licence"), and "a" is a preposition in French only.
    const prepositions = understood.lang === 'fr' ? ['a', 'au', 'aux'] : ['to'];
    const window = outcomeAt < 0 ? [] : understood.tokens.slice(outcomeAt + 1, outcomeAt + 5);
    const stop = window.findIndex((t) => t === 'for' || t === 'pour');
    const to = (stop < 0 ? window : window.slice(0, stop)).findIndex((t) => prepositions.includes(t));
    const payee = to >= 0 ? understood.tokens[outcomeAt + 2 + to] : next;
    const paidWhom =
      payee !== undefined && !isStopword(payee) && !['for', 'pour', 'per', 'par'].includes(payee);
    if (
      outcome !== undefined &&
      (paidWhom || !/\b(?:how much|combien)\b/.test(spacedQuestion)) &&
      !NEGATION.test(spacedQuestion) &&
      !QUESTION_NEGATED.test(spacedQuestion) &&
      !(LEFT_OPEN.test(question) && !GRANTED_LEAD.test(fold(question))) &&
      // "Why did InterHop want it suspended?": an outcome sought, not one claimed.
      !SOUGHT.test(spacedQuestion)
    ) {
      const approval = APPROVAL_CLAIMS.has(outcome) || outcome === 'approve';
      // The fact must speak of the same thing ("the ransom"), not share a common word ("government").
      const others = understood.terms.filter(
        (t) =>
          t !== outcome &&
          !understood.capitalised.has(t) &&
          !isStopword(t) &&
          isKnown(t) &&
          (weights.get(t) ?? 0) >= named,
      );
      // What the verb acts on ("confirm the Privacy Shield", "annul the Data Privacy Framework"): the
      // first words after it, names included.
      const after =
        outcomeAt >= 0
          ? understood.tokens.slice(outcomeAt + 1)
          : phrase === null
            ? []
            : spacedQuestion.slice(phrase.index + phrase[0].length).split(' ');
      const objects = after
        .filter((t) => t.length > 2 && !isStopword(t) && !PARTICLES.has(t) && isKnown(t))
        .slice(0, 3);
      // "paying" is "pay" in the fact's "refused to pay"; "strike down" is the fact's "annul".
      // "authorised" is no "authorities": its stem is written out.
      const outcomeWord = ANNULLING.has(outcome)
        ? /\b(?:annul|invalid|struck|strike|overturn|quash)/
        : /^(?:authori[sz]|autoris)/.test(outcome)
          ? /\b(?:authori[sz]|autoris)/
          : /^valid/.test(outcome)
            ? /\b(?:valid|uphe|uphol|confirm)/
            : new RegExp(`\\b${outcome.slice(0, Math.max(3, Math.min(5, outcome.length - 3)))}`);
      // "When did Portugal approve its plan?": a fact records the outcome as it is claimed.
      // "An action to annul it", "asking it to … annul" seek the outcome, record none.
      // An annulment of something else ("invalidated the Privacy Shield") affirms none of "the standard
      // contractual clauses".
      const annulling = ANNULLING.has(outcome);
      // "dismissed challenges to CNIL's authorisation": the challenge is what was refused, not the outcome.
      const affirmed = row.facts.some((id) => {
        const words = tokenizeFolded((facts[id] as FactRow).fact.text);
        // A challenge to it dismissed upholds an approval ("dismissed Latombe's action to annul it").
        if (approval && DISMISSED_CHALLENGE_ONCE.test(words.join(' '))) return true;
        // "Why did the Court validate the SCCs?": the entry upheld them, whatever else the fact adds.
        if (
          approval &&
          objects.length > 0 &&
          UPHELD.test(words.join(' ')) &&
          objects.filter((t) => words.includes(t)).length >= Math.min(2, objects.length)
        )
          return true;
        const spaced = words.join(' ').replace(DISMISSED_CHALLENGE, ' ');
        return (
          !NEGATION.test(spaced) &&
          // An invalidation blocks an approval, and is the annulment claimed.
          (annulling || !BLOCKING.test(spaced)) &&
          (!annulling || objects.length === 0 || objects.some((t) => words.includes(t))) &&
          words.some(
            (w, at) =>
              outcomeWord.test(w) &&
              !words.slice(Math.max(0, at - 2), at).some((b) => AIMING.has(b)) &&
              !words.slice(Math.max(0, at - 14), at).some((b) => SOUGHT.test(b)),
          )
        );
      });
      const contrary = affirmed
        ? undefined
        : row.facts.find((id) => {
            const folded = foldedText(id).replace(DISMISSED_CHALLENGE, ' ');
            // An approval claimed where the entry records a block or an invalidation.
            const reversal = approval && BLOCKING.test(folded);
            // An annulment claimed where the entry upheld it ("the Court upheld the … clauses").
            const upheld = annulling && objects.length > 0 && UPHELD.test(folded);
            if (!NEGATION.test(folded) && !reversal && !upheld) return false;
            // The fact speaks of that outcome (or of blocking, for an approval) and of the question's subject.
            // Its English words: the index's French stems mix "pays" (country) with "pay".
            const speaksOfIt = outcomeWord.test(folded) || reversal || upheld;
            return (
              speaksOfIt &&
              (others.some((t) => ranker.factHas(id, t)) ||
                (objects.length > 0 &&
                  objects.filter((t) => ranker.factHas(id, t) || folded.includes(t)).length >=
                    Math.min(2, objects.length)) ||
                // "…paying Brain Cipher": the payee is one of the deal's names; the fact may call it "the
                // attackers". A party of the deal ("paying Telkom") is paid for its work, not refused a ransom.
                (paidWhom &&
                  ranker.namesHave(d, payee as string) &&
                  !tokenize(parties).includes(payee as string)))
            );
          });
      if (contrary !== undefined) return recordsOtherwise(contrary);
    }
    // "Why did TIM's consortium lose the PSN tender to Fastweb and Aruba?": the names it claims won are,
    // where the entry has them, the losing bidders.
    // "Why did Italy end up giving the PSN to Fastweb and Aruba?": the same, claimed as a win.
    const lostTo =
      LOST_TO.exec(spacedQuestion) ?? (NEGATION.test(spacedQuestion) ? null : GIVEN_TO.exec(spacedQuestion));
    if (lostTo !== null) {
      const winners = (lostTo[1] as string).split(/ (?:and|et) /u);
      const beaten = winners
        .map((name) => {
          const naming = row.facts.filter((id) => ranker.factHas(id, name));
          return naming.length > 0 && naming.every(namesALoser) ? naming[0] : undefined;
        })
        .find((id) => id !== undefined);
      if (beaten !== undefined && !tokenize(parties).some((w) => winners.includes(w)))
        return recordsOtherwise(beaten);
    }
    // "How much did Ukraine pay Microsoft?": a payment to a provider the entry says worked for free.
    const payAt = understood.tokens.findIndex((t) => PAYING_ASKED.has(t));
    if (payAt >= 0 && !NEGATION.test(spacedQuestion) && !PASSIVE.test(spacedQuestion)) {
      const after = understood.tokens.slice(payAt + 1, payAt + 3);
      // "How much did Microsoft invoice Kyiv?": who charges comes before the verb.
      const charging = CHARGING.has(understood.tokens[payAt] as string);
      const payee = plan.providers.find((p) =>
        (charging ? understood.tokens.slice(Math.max(0, payAt - 5), payAt) : after).includes(p.word),
      );
      // Not when the entry also records a paid contract or licence with it ("then signs a Microsoft
      // licence deal").
      const paid =
        payee !== undefined &&
        row.facts.some((id) => {
          const fact = facts[id] as FactRow;
          return factNames(id, payee.key) && fact.hasMoney && PAID_DEAL.test(fold(fact.fact.text));
        });
      const free =
        payee === undefined || paid
          ? undefined
          : row.facts.find((id) => factNames(id, payee.key) && FREE.test(foldedText(id)));
      if (free !== undefined) return recordsOtherwise(free);
    }
    // "En quelle année le Pentagone a-t-il déployé JEDI ?": a cancelled deal claimed carried out.
    if (
      row.deal.status === 'cancelled' &&
      understood.tokens.some((t) => CARRIED_OUT.has(t)) &&
      !NEGATION.test(spacedQuestion) &&
      !SOUGHT.test(spacedQuestion)
    ) {
      const cancelling = row.facts.find((id) => CANCELLED.test(foldedText(id)));
      if (cancelling !== undefined) return recordsOtherwise(cancelling);
    }
    // "Now that the Cloud and AI Development Act is in force…", "the Kenya data centre is up and running":
    // a state the entry's status denies (only proposed, only announced, cancelled), unless a fact records it.
    const state = STATE_CLAIM.exec(spacedQuestion);
    if (
      state !== null &&
      UNREALISED.has(row.deal.status ?? '') &&
      !NEGATION.test(spacedQuestion) &&
      // "Depuis que la Bavière a signé…, combien l'utilisent déjà ?" presupposes; "is it live yet?" asks.
      // ("…is up and running now, has the government moved onto it yet?": the "yet" of another clause.)
      (PRESUPPOSED.test(spacedQuestion) || !NOT_YET.test(clauseOf(question, STATE_CLAIM))) &&
      !row.facts.some((id) => REALISED.test(foldedText(id)))
    ) {
      const status = row.deal.status as string;
      const statusFacts = row.facts.filter((id) => fitsIntent(facts[id] as FactRow, 'status'));
      const claimed = originalWords(question, state[0].split(' '));
      return {
        sentence: (title, lang) =>
          lang === 'fr'
            ? `La fiche « ${title} » ne rapporte rien de tel (« ${claimed} ») : son statut est « ${STATUS_FR[status] ?? status} » ; voici ce qu’elle dit.`
            : `The entry on ${title} records nothing of the kind (“${claimed}”): its status is ${status}; here is what it says.`,
        factId: statusFacts.at(-1) ?? (row.facts.at(-1) as number),
      };
    }
    // "When did the Danish ministry finish the switch?", "which provider won?": an event a fact of the entry
    // says is not recorded ("No completed switch is recorded as of December 2026"), taken as done.
    if (
      !understood.tokens.some(negatorIn) &&
      (PRESUPPOSED.test(spacedQuestion) ||
        (!NOT_YET.test(spacedQuestion) &&
          !YES_NO_OPENING.test(spacedQuestion) &&
          !/\b(?:devait|devaient|was to|were to)\b/.test(spacedQuestion)))
    )
      for (const id of row.facts) {
        const noun = unrecordedNoun(id);
        if (noun === '') continue;
        const claim = UNRECORDED_CLAIMS.find((kind) => kind.noun.test(noun))?.claim.exec(spacedQuestion);
        if (claim === undefined || claim === null) continue;
        const claimed = originalWords(question, claim[0].split(' '));
        return nothingOfTheKind(claimed, id);
      }
    // "…has replaced all its Windows machines with Linux": what the question says was replaced, the entry
    // says remains ("Windows would remain on many devices").
    // ("Is the ministry also dumping Windows for Linux?" asks whether, and gets the fact that says.)
    if (!NEGATION.test(spacedQuestion) && !YES_NO_OPENING.test(spacedQuestion)) {
      const left = movesIn(spacedQuestion).flatMap((m) => m.from);
      if (left.length > 0) {
        const remains = new RegExp(
          `\\b(?:${left.join('|')}) (?:would |will |was to |is to |is set to )?(?:remain|remains|remained|stay|stays|stayed|resterait|restera|reste|restent)\\b`,
          'u',
        );
        const kept = row.facts.find((id) => remains.test(foldedText(id)));
        if (kept !== undefined) return recordsOtherwise(kept);
      }
    }
    // "Why did the Austrian army go back from LibreOffice to Microsoft Office?": a move the entry records
    // the other way round (from Microsoft Office to LibreOffice).
    if (!NEGATION.test(spacedQuestion) && movesIn(spacedQuestion).length > 0) {
      const texts = row.facts.map(foldedBoth);
      const at = reversedMove(spacedQuestion, texts);
      if (at >= 0) return recordsOtherwise(row.facts[at] as number);
      // "Pourquoi la DGSI a choisi Athea pour remplacer Palantir ?": the entry has another firm chosen to
      // replace Palantir (ChapsVision), and Athea only among the candidates.
      // Not "what are they using instead of Office?", "which French provider was chosen to replace Azure?",
      // which ask for the destination.
      if (
        !YES_NO_OPENING.test(spacedQuestion) &&
        !/\b(?:what|which|quoi|quel\w*|lequel|laquelle|who|qui)\b/.test(spacedQuestion)
      ) {
        // A name the facts write that is none of the deal's parties ("Lyon" using something
        // instead of Office is the customer, no destination).
        const known = (word: string) =>
          word.length > 2 &&
          !isCommonWord(word) &&
          // "a German suite": a nationality is no name of a destination.
          !PLACE_WORDS.has(word) &&
          !COUNTRY_WORDS.has(word) &&
          !partiesSpacedOf(d).includes(` ${word} `) &&
          texts.some((text) => ` ${text} `.includes(` ${word} `));
        const other = otherDestination(spacedQuestion, texts, known);
        if (other >= 0) return recordsOtherwise(row.facts[other] as number);
      }
    }
    // "Why did the Commission reject the IPCEI?", "en haut de fourchette": a claim whose contrary the entry
    // records (approved, the low end of the range), when no fact records the claim itself.
    if (
      !understood.tokens.some(negatorIn) &&
      !SOUGHT.test(spacedQuestion) &&
      // "Why did the CMA board decide against SMS investigations?", "…declined SMS probes", "shelved them"
      // ask about the contrary itself.
      !/\b(?:decid\w* against|(?:chose|decided|opted) not to|a decide de ne pas)\b/.test(spacedQuestion)
    ) {
      const pairs = CONTRARY_PAIRS.filter(([claim]) => claim.test(spacedQuestion));
      const texts = pairs.length === 0 ? [] : row.facts.map(foldedBoth);
      for (const [claim, contrary, options] of pairs) {
        // "…declined SMS probes", "shelved them", "a renoncé aux enquêtes": declining what the entry says was
        // chosen not to be done asks about that contrary itself.
        if (options?.declinedAsks && DECLINING.test(spacedQuestion)) continue;
        // (…the sentence making the claim: "NATO bought Google's kit. Is that contract exclusive, or…?"; not
        // "the bundesheer switched to save on licence money right? do we know how much…")
        if (
          options?.statedOnly &&
          (question.match(/[^.!?]+/gu) ?? [])
            .map((sentence) => tokenizeFolded(sentence).join(' '))
            .filter((sentence) => claim.test(sentence))
            .every((sentence) => YES_NO_OPENING.test(sentence))
        )
          continue;
        // "Why did Indonesia refuse to pay?" asks about the contrary itself.
        if (options?.anyFact && contrary.test(spacedQuestion)) continue;
        // "Hesse found Microsoft 365 lawful in 2025", "which states voted against the 2020 assessment?": a
        // claim of another year than the deal's, or a question asking who, may be true of that year.
        if (options?.ownYearOnly) {
          const dealYear = row.deal.date.slice(0, 4);
          const years = yearsNamed(understood);
          if (years.some((y) => y !== dealYear)) continue;
          if (ASKS_WHO.test(spacedQuestion)) continue;
          // …or, with no year, a later fact records the claim come true ("the infringements had been remedied").
          if (
            years.length === 0 &&
            options.laterAffirmed !== undefined &&
            row.facts.some(
              (id) =>
                (facts[id] as FactRow).laterThanDeal &&
                (options.laterAffirmed as RegExp).test(foldedBoth(id)),
            )
          )
            continue;
        }
        const subjectTerms = understood.terms.filter(
          (t) => t.length > 2 && !isStopword(t) && isKnown(t) && !claim.test(t),
        );
        // The fact saying the contrary of most of the question's words ("Infomaniak… withdrawn", not
        // "Google… withdrew").
        let at = -1;
        let most = options?.anyFact ? -1 : 0;
        texts.forEach((text, i) => {
          if (!contrary.test(text)) return;
          // A name the question gives counts twice: it says whose challenge.
          const shared = subjectTerms
            .filter((t) => ranker.factHas(row.facts[i] as number, t))
            .reduce((sum, t) => sum + (understood.capitalised.has(t) || COMPANY_NAMES.has(t) ? 2 : 1), 0);
          if (shared > most) {
            most = shared;
            at = i;
          }
        });
        // The claim inside a contrary ("not about saving money") affirms nothing.
        const global = new RegExp(contrary.source, 'g');
        if (at >= 0 && !texts.some((text) => claim.test(text.replace(global, ' '))))
          return recordsOtherwise(row.facts[at] as number);
      }
    }
    // "Schrems II binned the Privacy Shield and the standard contractual clauses": one of the things claimed
    // struck down is one the entry says was upheld (whatever it says of the others).
    if (STRUCK_DOWN.test(spacedQuestion) && !understood.tokens.some(negatorIn)) {
      // Words of what the entry says was struck down ("the Commission decision on the Privacy Shield")
      // say nothing of what was upheld.
      const struck = new Set(
        row.facts.flatMap((id) =>
          foldedBoth(id)
            .split(/(?<=[.;|])\s+/u)
            .filter((sentence) => STRUCK_FACT.test(sentence))
            .flatMap((sentence) => sentence.split(' ')),
        ),
      );
      const asked = new Set(understood.terms.filter((t) => t.length > 3 && !isStopword(t) && !struck.has(t)));
      const upheld = row.facts.find((id) =>
        [...foldedBoth(id).matchAll(KEPT_VALID)].some(
          (m) =>
            // "upheld Microsoft's protest" struck the award down.
            !/^ (?:[a-z0-9-]+ ){0,2}(?:protest|complaint|appeal|challenge|recours|plainte)/.test(
              m[1] ?? '',
            ) && (m[1] ?? '').split(' ').filter((w) => asked.has(w)).length >= 2,
        ),
      );
      if (upheld !== undefined) return recordsOtherwise(upheld);
    }
    // "What did AWS get out of the Microsoft–CISPE settlement?": a benefit claimed for a name a fact says
    // the deal left out ("did not cover or bind Amazon").
    if (BENEFIT_CLAIM.test(spacedQuestion) && !understood.tokens.some(negatorIn)) {
      const asked = new Set(
        understood.tokens
          .filter((t) => understood.capitalised.has(t) || PROVIDER_WORDS.has(t))
          .map(providerKeyOf),
      );
      const leftOut = row.facts.find((id) =>
        [...foldedBoth(id).matchAll(LEFT_OUT)].some((m) =>
          (m[1] ?? '').split(' ').some((w) => asked.has(providerKeyOf(w))),
        ),
      );
      if (leftOut !== undefined) return recordsOtherwise(leftOut);
    }
    // "S3NS is majority-owned by Google, isn't it?": a majority the entry gives to another party (Thales).
    const majority = MAJORITY_CLAIM.exec(spacedQuestion);
    // A negation before the claim denies it; one after it ("…by Google and not by Thales") belongs to
    // another party.
    if (majority !== null && !spacedQuestion.slice(0, majority.index).split(' ').some(negatorIn)) {
      const at = majority.index;
      const near = spacedQuestion.slice(Math.max(0, at - 50), at + majority[0].length + 40).split(' ');
      // "…sold the majority of S3NS to Google": the one it went to.
      const receiver = TRANSFERRED.test(majority[0])
        ? spacedQuestion
            .slice(at + majority[0].length)
            .split(' ')
            .slice(0, 2)
        : undefined;
      const claimedOwner = plan.providers.find((p) => (receiver ?? near).includes(p.word));
      if (claimedOwner !== undefined)
        for (const id of row.facts) {
          const words = tokenizeFolded((facts[id] as FactRow).fact.text);
          const m = words.findIndex((w) => /^majorit/.test(w));
          if (m < 0) continue;
          const window = words.slice(Math.max(0, m - 6), m + 6);
          const holders = tokenize(parties).filter(
            (w) => w.length > 2 && !isStopword(w) && window.includes(w) && !PROVIDER_NAME_WORDS.has(w),
          );
          const ownerWords = PROVIDERS.find((p) => p.key === claimedOwner.key)?.words ?? [claimedOwner.word];
          if (holders.length > 0 && !window.some((w) => ownerWords.includes(w))) return recordsOtherwise(id);
        }
      // "…majority control of G42": the entry gives the claimed owner a minority stake.
      if (claimedOwner !== undefined) {
        const ownerWords = PROVIDERS.find((p) => p.key === claimedOwner.key)?.words ?? [claimedOwner.word];
        const minority = row.facts.find((id) =>
          (facts[id] as FactRow).fact.text.split(/(?<=\.)\s+/u).some((sentence) => {
            const words = tokenizeFolded(sentence);
            return words.some((w) => /^minorit/.test(w)) && words.some((w) => ownerWords.includes(w));
          }),
        );
        if (minority !== undefined) return recordsOtherwise(minority);
      }
    }
    // "La Corée n'a jamais exigé de certification, pourquoi ?": never doing what a fact says was done.
    const never = NEVER_CLAIM.exec(spacedQuestion);
    if (never !== null) {
      const verb = never[1] as string;
      const stem = new RegExp(`\\b${verb.slice(0, Math.max(4, verb.length - 2))}`);
      const objects = spacedQuestion
        .slice(never.index + never[0].length)
        .split(' ')
        .filter((t) => t.length > 3 && !isStopword(t) && isKnown(t))
        .slice(0, 3);
      const done = row.facts.find((id) => {
        const { text, text_fr } = (facts[id] as FactRow).fact;
        const words = tokenizeFolded(understood.lang === 'fr' ? (text_fr ?? text) : text).join(' ');
        return (
          stem.test(words) &&
          !NEGATION.test(words) &&
          !DENIAL.test(words) &&
          (objects.length === 0 || objects.some((t) => words.includes(t.slice(0, 5))))
        );
      });
      if (done !== undefined) return recordsOtherwise(done);
    }
    // "Why did the CIA hand the whole C2E contract to AWS alone?": one provider claimed alone where the deal
    // has several.
    // (A deal with one known provider among several parties named as providers counts: "OVHcloud won the whole
    // tender on its own" of the Commission's four winners.)
    if ((providerKeys.length > 1 || row.deal.providers.length > 1) && !NEGATION.test(spacedQuestion)) {
      const tokens = understood.tokens;
      const alone = plan.providers.find((p) => {
        const at = tokens.indexOf(p.word);
        if (at < 0 || !providerKeys.includes(p.key)) return false;
        const before = tokens.slice(Math.max(0, at - 2), at);
        const after = tokens.slice(at + 1, at + 3);
        // "just google and amazon", "all go to AWS, Google, Microsoft and Oracle": another provider of the
        // deal named beside it; "not only AWS" denies it.
        if (plan.providers.some((q) => q.key !== p.key && providerKeys.includes(q.key))) return false;
        if (tokens.slice(Math.max(0, at - 4), at).some((t, i, all) => t === 'not' || negatorIn(t, i, all)))
          return false;
        // "C2E replaced the single-vendor AWS deal C2S", "after JEDI all went to Microsoft": what is said
        // alone is another deal that provider had alone.
        // (Its name beside the provider, a few words before it or just after it, not compared "like C2S".)
        const otherAlone = tokens.slice(Math.max(0, at - 7), at + 3).some((t, i, near) => {
          const aliased = ranker.dealsAliased(t);
          return (
            !aliased.includes(d) &&
            !near.slice(0, i).some((w) => w === 'like' || w === 'comme') &&
            aliased.some(
              (o) =>
                (facets[o] as DealFacets).providerKeys.length === 1 &&
                (facets[o] as DealFacets).providerKeys[0] === p.key,
            )
          );
        });
        if (otherAlone) return false;
        return (
          before.some((w) => ONLY_BEFORE.has(w)) ||
          after.some((w) => ONLY_AFTER.has(w)) ||
          // "AWS on its own", "a single-vendor AWS deal" (not "its single Amazon deal": one of its deals).
          tokens.slice(at + 1, at + 4).join(' ') === 'on its own' ||
          // "OVHcloud won the whole tender on its own", "Google a remporté Nimbus tout seul".
          WON_ALONE.test(tokens.slice(at + 1, at + 12).join(' ')) ||
          /^(?:single|sole) (?:vendor|provider|supplier|source)$/.test(before.join(' ')) ||
          // "another single-vendor award to AWS".
          /\b(?:single|sole) (?:vendor|provider|supplier|source) (?:award|deal|contract|win) (?:to|for|with)$/.test(
            tokens.slice(Math.max(0, at - 5), at).join(' '),
          ) ||
          // "attribué au seul OVHcloud".
          /^(?:au|a|le|la) seule?$/.test(before.join(' ')) ||
          // "ovh won the EC tender outright", "sole award": the whole of it won by one.
          SOLE_WIN.test(spacedQuestion) ||
          ((tokens.some((w) => WHOLE.has(w)) ||
            ALL_GIVEN.test(tokens.slice(Math.max(0, at - 5), at).join(' '))) &&
            ['to', 'a'].includes(tokens[at - 1] ?? ''))
        );
      });
      // "Which single provider walked away with the tender?": one winner asked for, where there are several.
      if (alone === undefined && SINGLE_ASKED.test(spacedQuestion)) return recordsOtherwise(providerFact(d));
      if (alone !== undefined) {
        const others = providerNames(d).filter((name) => name !== alone.display);
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » rapporte le contraire : ${alone.display} n’est pas seul, avec ${listOf(others, 'fr')} ; voici ce qu’elle dit.`
              : `The entry on ${title} records otherwise: ${alone.display} is not alone, ${listOf(others, 'en')} too; here is what it says.`,
          factId: providerFact(d),
        };
      }
    }
    // "JWCC only went to AWS and Microsoft, right?": several providers claimed to be all there are, where
    // the entry names more.
    const onlyAt = understood.tokens.findIndex((t) => ONLY.has(t));
    if (onlyAt >= 0 && providerKeys.length > 1 && !NEGATION.test(spacedQuestion)) {
      // The providers around the word ("only ended up with AWS and Microsoft"), not those of a later
      // question ("why did Google and Oracle get cut?").
      const around = understood.tokens.slice(Math.max(0, onlyAt - 4), onlyAt + 7);
      const claimed = plan.providers.filter((p) => around.includes(p.word));
      const named = new Set(claimed.map((p) => p.key));
      if (
        claimed.length > 0 &&
        [...named].every((k) => providerKeys.includes(k)) &&
        providerKeys.some((k) => !named.has(k))
      ) {
        const others = providerKeys.filter((k) => !named.has(k)).map((k) => PROVIDER_DISPLAY.get(k) ?? k);
        const said = claimed.map((p) => p.display);
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » rapporte le contraire : ${listOf(said, 'fr')} ne sont pas seuls, avec ${listOf(others, 'fr')} ; voici ce qu’elle dit.`
              : `The entry on ${title} records otherwise: not ${listOf(said, 'en')} alone, ${listOf(others, 'en')} too; here is what it says.`,
          factId: providerFact(d),
        };
      }
    }
    // "Why did Ireland push for the sovereignty requirements?": a stance the entry gives to others, the
    // subject's own clause saying otherwise ("France, Italy and Spain backed them, while Ireland… argued…").
    const stance = SUPPORT_CLAIM.exec(spacedQuestion) ?? OPPOSE_CLAIM.exec(spacedQuestion);
    // "Which EU countries were against…?" asks who; it claims no one's stance.
    if (stance !== null && !NEGATION.test(spacedQuestion) && !ASKING_WHO.test(spacedQuestion)) {
      const claimed = SUPPORT_CLAIM.test(stance[0]) ? SUPPORTING : OPPOSING;
      const before = spacedQuestion.slice(0, stance.index).split(' ');
      const subject = before
        .reverse()
        .find(
          (t) =>
            t.length > 1 &&
            (PLACE_WORDS.has(t) || COUNTRY_WORDS.has(t) || understood.capitalised.has(t) || isPartyWord(t)),
        );
      if (subject !== undefined) {
        // "la Suède" is the facts' "Sweden".
        const subjectWords = new Set([
          subject,
          ...(PLACES.find((p) => p.words.includes(subject))?.words ?? []),
          ...tokenizeFolded(COUNTRY_NAMES.get(subject)?.nameEn ?? ''),
        ]);
        for (const id of row.facts) {
          const clauses = tokenizeFolded((facts[id] as FactRow).fact.text)
            .join(' ')
            .split(CONTRAST);
          const own = clauses.find((c) => c.split(' ').some((w) => subjectWords.has(w)));
          if (own === undefined || clauses.length < 2) continue;
          if (!claimed.test(own) && clauses.some((c) => c !== own && claimed.test(c)))
            return recordsOtherwise(id);
        }
      }
    }
    // "AWS was about $54m cheaper than IBM?": the same figure, the other way ("$54m above IBM's").
    const comparedIn = (text: string) =>
      [...fold(text).matchAll(COMPARED)].map((m) => ({
        figure: (m[1] as string).replace(/[,\s]/g, ''),
        lower: LOWER.test(m[2] as string),
      }));
    const compared = comparedIn(question);
    if (compared.length > 0) {
      const reversedFact = row.facts.find((id) =>
        comparedIn((facts[id] as FactRow).fact.text).some((f) =>
          compared.some((q) => q.figure === f.figure && q.lower !== f.lower),
        ),
      );
      if (reversedFact !== undefined) return recordsOtherwise(reversedFact);
    }
    // "How did AWS open its Auckland region on schedule?": on time, where the entry records a delay.
    if (
      ON_TIME.test(spacedQuestion) &&
      !NEGATION.test(spacedQuestion) &&
      // "Combien de communes n'auront pas fini à temps ?" asks about the delay itself.
      !understood.tokens.some(negatorIn)
    ) {
      const delayed = row.facts.find((id) => DELAYED.test(foldedText(id)));
      if (delayed !== undefined) return recordsOtherwise(delayed);
    }
    // "The CMA found that UK cloud competition works fine?": a finding whose key word the entry's finding
    // negates ("lacked effective competition").
    const finding = FINDING_CLAIM.exec(spacedQuestion);
    const claim = finding === null ? [] : spacedQuestion.slice(finding.index + finding[0].length).split(' ');
    // A claim that itself says something is missing ("competition was not working") is not checked.
    if (
      finding !== null &&
      !NEGATION.test(spacedQuestion) &&
      !claim.some((t, i, all) => LACKING.has(t) || negatorIn(t, i, all))
    ) {
      const clause = claim.filter(
        (t) => t.length >= 5 && !isStopword(t) && isKnown(t) && !PLACE_WORDS.has(t),
      );
      const lacking = (words: readonly string[], w: string) => {
        const at = words.indexOf(w);
        return at >= 0 && words.slice(Math.max(0, at - 3), at).some((b) => LACKING.has(b));
      };
      const question = spacedQuestion.split(' ');
      const negated = row.facts.find((id) => {
        const words = tokenizeFolded((facts[id] as FactRow).fact.text);
        return (
          FINDING_FACT.test(words.join(' ')) && clause.some((w) => lacking(words, w) && !lacking(question, w))
        );
      });
      if (negated !== undefined) return recordsOtherwise(negated);
    }
    // "le montant de l'appel d'offres dédié à l'issue duquel Azure a été retenu": the provider named was
    // chosen, in one sentence of the entry, without a tender.
    // (One provider named: "Scaleway replaced Microsoft after a tender" claims the tender of Scaleway's choice.)
    // (Not a replacement's tender: "through which tender was Azure replaced?" asks of the successor's.)
    if (
      TENDER_CLAIMED.test(spacedQuestion) &&
      plan.providers.length === 1 &&
      !/\b(?:replac\w*|remplac\w*|successor|successeur|succeed\w*|switch\w*|migrat\w*)\b/.test(spacedQuestion)
    ) {
      const without = row.facts.find((id) =>
        [...sentencesOf(id, 'en'), ...sentencesOf(id, 'fr')].some(
          ({ spaced }) =>
            NO_TENDER.test(spaced) &&
            plan.providers.some((p) => PROVIDER_PATTERN_BY_KEY.get(p.key)?.test(spaced) ?? false),
        ),
      );
      if (without !== undefined) return recordsOtherwise(without);
    }
    // "JEDI, still running under its 10-year term": a deal whose status is cancelled or superseded, claimed
    // still going (not "is it still running?", which asks).
    if (
      (row.deal.status === 'cancelled' || row.deal.status === 'superseded') &&
      STILL_GOING.test(spacedQuestion) &&
      !YES_NO_OPENING.test(spacedQuestion)
    ) {
      const ended = row.facts.find((id) => ENDED_KIN.test(foldedBoth(id)));
      if (ended !== undefined) return recordsOtherwise(ended);
    }
    // "How big is the solar farm meant to power the Olkaria campus?": a source of power the entry never
    // names, where it names another one (geothermal).
    const claimedEnergy = ENERGY_KINDS.find((kind) => kind.test(spacedQuestion));
    if (claimedEnergy !== undefined && !NEGATION.test(spacedQuestion)) {
      const texts = row.facts.map(foldedBoth);
      if (!texts.some((text) => claimedEnergy.test(text))) {
        const other = texts.findIndex((text) =>
          ENERGY_KINDS.some((kind) => kind !== claimedEnergy && kind.test(text)),
        );
        if (other >= 0) return recordsOtherwise(row.facts[other] as number);
      }
    }
    // "Why did Amazon protest Microsoft winning?", "the contract awarded to Oracle": a provider claimed the
    // winner that is none of the deal's providers.
    // "JEDI went to AWS": going to a provider is winning too.
    const winAt = understood.tokens.findIndex(
      (t, at) =>
        WIN_WORDS.has(t) ||
        (GOING.has(t) && understood.tokens[at + 1] === 'to') ||
        // "l'Italie a filé le PSN à Fastweb": handing it over, a few words before "à".
        ((t === 'file' || t === 'refile') &&
          understood.lang === 'fr' &&
          understood.tokens.slice(at + 1, at + 5).includes('a')) ||
        // "How did Microsoft take the contract off AWS?"
        (TAKING.has(t) && understood.tokens.slice(at + 1, at + 7).some((w) => w === 'off' || w === 'from')) ||
        // "msft ended up with the contract", "aws walked away with it", "who got the deal".
        // (The deal itself, "the contract", "it": not "a bridging contract", "the contract for the audit",
        // "GBP 17.75m".)
        (t === 'up' &&
          ENDED.has(understood.tokens[at - 1] ?? '') &&
          understood.tokens[at + 1] === 'with' &&
          wonObject(understood.tokens, at + 2)) ||
        (t === 'away' &&
          WALKED.has(understood.tokens[at - 1] ?? '') &&
          understood.tokens[at + 1] === 'with' &&
          wonObject(understood.tokens, at + 2)) ||
        (LANDED.has(t) && wonObject(understood.tokens, at + 1)),
    );
    if (winAt >= 0 && row.deal.providers.length > 0 && !SOUGHT.test(spacedQuestion)) {
      const tokens = understood.tokens;
      const near = [tokens[winAt - 1], tokens[winAt - 2]];
      // "Infomaniak was one of the winners", "the Google + adesso consortium end up winning": the name
      // before the words that link it to the win.
      let subject = winAt - 1;
      while (subject >= 0 && winAt - subject <= 6 && WIN_LINKS.has(tokens[subject] as string)) subject--;
      near.push(tokens[subject], tokens[subject - 1]);
      // "Microsoft and Google won…": every name of the subject.
      for (let at = subject - 1; at > 0 && ['and', 'et'].includes(tokens[at] as string); at -= 2)
        near.push(tokens[at - 1]);
      // "awarded to Oracle", "réattribué WildandStormy à Microsoft": the name after "to" / "à".
      const to = tokens.slice(winAt + 1, winAt + 4).findIndex((t) => ['by', 'to', 'par', 'a'].includes(t));
      // …past an article ("went to the Google / adesso consortium").
      if (to >= 0)
        near.push(
          ...tokens
            .slice(winAt + 2 + to, winAt + 5 + to)
            .filter((t) => !isStopword(t))
            .slice(0, 1),
        );
      const before = tokens.slice(Math.max(0, winAt - 3), winAt);
      // "Microsoft got the contract from the MoD in May 2020": a contract of its own the entry tells, with the
      // question's figures, is what was won.
      const questionFigures = leadingFigures(understood.numbers);
      const ownContract = (id: number) =>
        OWN_CONTRACT.test(foldedText(id)) &&
        !namesALoser(id) &&
        questionFigures.length > 0 &&
        writesFigures(foldedBoth(id), questionFigures);
      // "Airbus went to Google Workspace in 2018": gone over to a provider's product, which a fact of the
      // entry tells (not as a losing bidder), is a move the entry records, not a contract claimed won.
      const movedTo = GOING.has(tokens[winAt] as string);
      const claimed = plan.providers.find(
        (p) =>
          near.includes(p.word) &&
          !providerKeys.includes(p.key) &&
          !tokenize(fold(row.deal.providers.join(' '))).includes(p.word) &&
          !row.facts.some((id) => factNames(id, p.key) && ownContract(id)) &&
          !(
            movedTo &&
            PRODUCT_WORDS.has(tokens[tokens.indexOf(p.word) + 1] ?? '') &&
            row.facts.some((id) => factNames(id, p.key) && !namesALoser(id))
          ),
      );
      // "Combien Infomaniak a décroché…": a company the corpus knows, outside the known providers.
      const ownParties = tokenize(fold([...row.deal.providers, ...row.deal.customers].join(' ')));
      const company =
        claimed === undefined
          ? near.find(
              (t) =>
                t !== undefined &&
                COMPANY_NAMES.has(t) &&
                !ownParties.includes(t) &&
                // "ovh" of a deal whose party is written "OVHcloud".
                !providerKeys.includes(PROVIDER_BY_WORD.get(t)?.key ?? '') &&
                // "Fujitsu landed the bridging contract": a company the entry gives a contract of its own.
                !row.facts.some((id) => ranker.factHas(id, t) && ownContract(id)),
            )
          : undefined;
      // "Did IBM win its protest?" claims a ruling, not the contract (whatever the typo in "protest").
      const dispute =
        ['its', 'their', 'his', 'her', 'son', 'sa', 'leur'].includes(tokens[winAt + 1] ?? '') ||
        tokens.slice(winAt + 1, winAt + 4).some((t) => DISPUTE_ASKED.has(t) || PROTEST_CLAIMS.has(t));
      const shown =
        claimed?.display ??
        (company === undefined ? undefined : casedName(originalWords(question, [company]), [d]));
      if (shown !== undefined && !dispute && !before.some(negatorIn))
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » rapporte le contraire : ${shown} n’en est pas le fournisseur ; voici ce qu’elle dit.`
              : `The entry on ${title} records otherwise: ${shown} is not its provider; here is what it says.`,
          factId: providerFact(d),
        };
      // "Combien Google a décroché dans l'accord-cadre de mars 2025 ?": a provider of the deal claimed to
      // have won what the entry's sentences of that year award to another one (Microsoft).
      const ownClaimed = plan.providers.find((p) => near.includes(p.word) && providerKeys.includes(p.key));
      const years = yearsNamed(understood);
      if (ownClaimed !== undefined && years.length === 1 && !dispute && !before.some(negatorIn)) {
        const awards = row.facts.filter((id) => {
          const text = (facts[id] as FactRow).fact.text;
          return text.includes(years[0] as string) && AWARDED.test(text);
        });
        const others = (id: number) =>
          plan.providers.length === 1 &&
          !factNames(id, ownClaimed.key) &&
          PROVIDERS.some((p) => p.key !== ownClaimed.key && factNames(id, p.key));
        if (awards.length > 0 && awards.every(others)) return recordsOtherwise(awards[0] as number);
      }
    }
    // "Which British provider hosts GCHQ's data?", "quelles entreprises japonaises ont été retenues ?": a
    // company of a nationality claimed where the entry says there was none ("found none", "not a single
    // Japanese company applied", "no Swiss provider was among the winners"). Not when asked whether there
    // was one, nor when the question itself says there was none.
    const company = nationalCompanyIn(understood.tokens);
    if (
      company?.chosen &&
      !YES_NO_OPENING.test(spacedQuestion) &&
      !INVERTED_ASKING.test(spacedQuestion) &&
      // "GCHQ reacted to the lack of British providers…": the question says there were none.
      !/\b(?:lack|absence|manque|shortage|without|sans)\b/.test(spacedQuestion) &&
      !understood.tokens.some((t, i, all) => negatorIn(t, i, all) || ANY_WORDS.has(t))
    ) {
      const adjectives = company.place.words.join('|');
      const none = new RegExp(
        `\\b(?:(?:no|not a single|not one) (?:[a-z-]+ )?(?:${adjectives}) (?:[a-z-]+ )?(?:${COMPANY_ALTERNATION})\\b|(?:${adjectives}) [a-z ,-]{0,40}\\bfound none\\b)`,
      );
      // "…in 2023": a sentence of another year's round says nothing of it.
      const years = yearsNamed(understood);
      const ofYear = (words: string) =>
        years.length === 0 || !YEAR.test(words) || years.some((y) => words.includes(y));
      // "(the one where no Swiss provider won)": the question says so itself.
      const said = none.test(spacedQuestion)
        ? undefined
        : row.facts.find((id) =>
            (facts[id] as FactRow).fact.text.split(/(?<=\.)\s+/u).some((sentence) => {
              const words = tokenizeFolded(sentence).join(' ');
              return none.test(words) && ofYear(words);
            }),
          );
      if (said !== undefined) return recordsOtherwise(said);
    }
    // "…when Google's bid was cheaper?": a bid claimed of a provider the entry says withdrew.
    const bidder = plan.providers.find((p) => {
      const at = understood.tokens.indexOf(p.word);
      return at >= 0 && understood.tokens.slice(at + 1, at + 3).some((t) => BID_NOUNS.has(t));
    });
    // Not when the question tells the withdrawal itself ("why was Google's bid withdrawn?", "the only one
    // left"), of the deal's own provider, or of what was withdrawn being an appeal.
    if (
      bidder !== undefined &&
      !understood.tokens.some(negatorIn) &&
      !/\b(?:withdr\w*|retir\w*|left|only|seul\w*|remaining|restant\w*)\b/.test(spacedQuestion) &&
      !providerKeys.includes(bidder.key)
    ) {
      const withdrew = row.facts.find((id) => {
        const { text } = (facts[id] as FactRow).fact;
        return (
          factNames(id, bidder.key) &&
          WITHDREW.test(text) &&
          !/\b(?:appeal\w*|complaint\w*|recours|protest\w*|challenge\w*)\b/i.test(text)
        );
      });
      if (withdrew !== undefined) return recordsOtherwise(withdrew);
    }
    // "What did Google argue in its protest?": a provider claimed to have protested, where the entry's
    // protests are all someone else's.
    const protestAt = understood.tokens.findIndex((t) => PROTEST_CLAIMS.has(t));
    if (protestAt >= 0) {
      const before = understood.tokens.slice(0, protestAt);
      const protester = plan.providers.find((p) => before.includes(p.word));
      const protests = row.facts.filter((id) => PROTESTED.test(foldedText(id)));
      if (
        protester !== undefined &&
        !before.some(negatorIn) &&
        protests.length > 0 &&
        !protests.some((id) => factNames(id, protester.key))
      )
        return recordsOtherwise(protests[0] as number);
    }
    // "Quand la Suisse a-t-elle exclu Microsoft ?": a provider of the deal, never named as a loser, claimed
    // excluded or beaten.
    if (understood.tokens.some((t) => EXCLUSION_CLAIMS.has(t)) && !SOUGHT.test(spacedQuestion)) {
      const winner = plan.providers.find(
        (p) =>
          (facets[d] as DealFacets).providerKeys.includes(p.key) &&
          !row.facts.some(
            (id) =>
              factNames(id, p.key) && LOSS.test(tokenizeFolded((facts[id] as FactRow).fact.text).join(' ')),
          ),
      );
      if (winner !== undefined)
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » rapporte le contraire : ${winner.display} en est l’un des fournisseurs ; voici ce qu’elle dit.`
              : `The entry on ${title} records otherwise: ${winner.display} is one of its providers; here is what it says.`,
          factId: providerFact(d),
        };
    }
    // "Why is Bleu owned by Microsoft?": the entry says Microsoft has no share in it.
    // Only when claimed ("why is…", "owned by", "what share… does it hold"), not asked ("does Microsoft have
    // a stake?").
    if (
      (understood.tokens.some((t) => OWNER_ASKED.has(t)) ||
        /\b(?:holds|held) (?:half|a stake|a share)\b/.test(spacedQuestion)) &&
      (QUESTION_OPENERS.has(understood.tokens[0] ?? '') ||
        /\b(?:owned by|what share|what stake|what percentage|how much of|quelle part|quel pourcentage|(?:detient|detenait|holds|held|owns|owned|possede|has) (?:(?:la|une) moitie|half|une part|a stake|a share|\d+|du capital|part of)|actionnaire\w*|(?:majority |main )?shareholder\w*|belong(?:s|ed)? to|(?:a|detient|possede|holds|has|owns) (?:la )?majorit\w*|combien (?:du|de) (?:capital|pourcent\w*)|la moitie|what (?:s |is )?(?:[a-z0-9-]+ ){1,3}(?:shareholding|stake|share) in)\b/.test(
          spacedQuestion,
        ))
    ) {
      // The stake denied must be the claimed provider's: the provider named last before "no share"
      // ("Capgemini and Orange are the majority investors, while Microsoft… has no share").
      const deniedTo = (id: number, key: string) => {
        const spaced = ` ${tokenizeFolded((facts[id] as FactRow).fact.text).join(' ')} `;
        const at = NO_STAKE.exec(spaced)?.index;
        if (at === undefined) return false;
        const before = spaced.slice(0, at);
        let last: string | undefined;
        let lastAt = -1;
        for (const provider of PROVIDERS)
          for (const word of provider.words) {
            const found = before.lastIndexOf(` ${word} `);
            if (found > lastAt) {
              lastAt = found;
              last = provider.key;
            }
          }
        return last === key;
      };
      const denied = plan.providers
        .flatMap((p) => row.facts.filter((id) => factNames(id, p.key) && deniedTo(id, p.key)))
        .at(0);
      if (denied !== undefined) return recordsOtherwise(denied);
      // "Pourquoi Microsoft est-il propriétaire de Delos Cloud ?": the entry makes it another's subsidiary
      // ("filiale de SAP"), in a fact or in its names.
      const owners = (text: string) =>
        [...` ${tokenizeFolded(text).join(' ')} `.matchAll(OWNED_BY)]
          .map((m) => (m[1] ?? m[2]) as string)
          .filter((o) => o.split(' ').some((w) => PROVIDER_WORDS.has(w) || COMPANY_NAMES.has(w)));
      const names = [row.deal.title, ...row.deal.aliases, ...row.deal.providers, ...row.deal.customers];
      const ownedBy = [
        ...row.facts.map((id) => ({ id, owners: owners((facts[id] as FactRow).fact.text) })),
        { id: row.facts[0] as number, owners: owners(names.join(' ; ')) },
      ].find((f) => f.owners.length > 0);
      const claimedOwner = plan.providers.find(
        (p) =>
          !(ownedBy?.owners.join(' ') ?? '')
            .split(' ')
            .some((w) => PROVIDERS.find((q) => q.key === p.key)?.words.includes(w)),
      );
      if (
        ownedBy !== undefined &&
        claimedOwner !== undefined &&
        plan.providers.length === 1 &&
        !understood.tokens.some(negatorIn)
      )
        return recordsOtherwise(ownedBy.id);
    }
    // "Why did GAO throw out Microsoft's protest?": the entry says it upheld it.
    const rejection = understood.tokens.find((t) => REJECTION_CLAIMS.has(t));
    if (rejection !== undefined && !SOUGHT.test(spacedQuestion)) {
      const disputes = understood.tokens.filter((t) => DISPUTE_ASKED.has(t));
      const upheld = row.facts.find((id) => {
        const folded = tokenizeFolded((facts[id] as FactRow).fact.text).join(' ');
        return UPHELD.test(folded) && !NEGATION.test(folded) && disputes.some((t) => ranker.factHas(id, t));
      });
      if (upheld !== undefined) return recordsOtherwise(upheld);
    }
    // "Why did Thales leave S3NS?", "pourquoi Capgemini a racheté OVHcloud ?": a break-up, a sale or a
    // ban the entry records nowhere, in any form.
    const drastic = understood.tokens.findIndex((t, at) => {
      if (!DRASTIC_EVENTS.has(t)) return false;
      // "laissé tomber" (dropped), not any "laisse".
      if (t === 'laisse' && understood.tokens[at + 1] !== 'tomber') return false;
      // "qui a lâché au Sénat qu'il ne pouvait pas garantir…": let slip (said), not dropped.
      if (
        t.startsWith('lach') &&
        understood.tokens.slice(at + 1, at + 5).some((w) => w === 'que' || w === 'qu')
      )
        return false;
      // "mis fin à" (ended), not any "fin".
      if (t === 'fin' && !['mis', 'mettre', 'met', 'mettent'].includes(understood.tokens[at - 1] ?? ''))
        return false;
      const before = understood.tokens.slice(Math.max(0, at - 4), at);
      // "…put in writing that the Health Data Hub would leave Microsoft": a promise or a prospect, not an
      // event claimed.
      if (PROSPECTIVE.has(understood.tokens[at - 1] ?? '')) return false;
      // "How much was the Brazilian ministry of management fined?": a long subject between the opener's
      // auxiliary and the verb.
      // "Why did the French State and public agencies cancel Bleu?": likewise after "did".
      const opened =
        QUESTION_OPENERS.has(understood.tokens[0] ?? '') &&
        understood.tokens
          .slice(1, 4)
          .some((w) => PASSIVE_AUXILIARIES.has(w) || w === 'did' || w === 'does') &&
        at <= 12;
      // "Now that the Conseil d'État shut down the Health Data Hub, …": a clause granting the event.
      const granted = understood.tokens.slice(Math.max(0, at - 7), at).some((w) => PRESUPPOSING.has(w));
      // "…refused to suspend the Health Data Hub": an event refused is not claimed.
      return (
        (opened ||
          granted ||
          before.some((w) => AUXILIARIES.has(w) || PASSIVE_AUXILIARIES.has(w) || EVENT_OPENERS.has(w))) &&
        !before.some((w, i, all) => negatorIn(w, i, all) || REFUSING.has(w))
      );
    });
    if (drastic >= 0 && !SOUGHT.test(spacedQuestion)) {
      const verb = understood.tokens[drastic] as string;
      // Not the index's stems: "sued" and "fined" stem to "su" and "fin", which French text is full of.
      const recorded =
        ranker.namesHave(d, verb) ||
        // The entry's title tells it ("rules out the free Office 365 … offers").
        toldNotUrged(fold(row.deal.title), DRASTIC_KIN.get(verb)) ||
        row.facts.some((id) => {
          const { text, text_fr } = (facts[id] as FactRow).fact;
          const folded = fold(`${text} ${text_fr ?? ''}`);
          // The verb's stem at a word's start ("fine" in "fined", not in "defined"); its kin in the English
          // text ("recours au cloud", "à court terme" are no lawsuits).
          // "…avaient demandé à Google d'abandonner le projet": an event only urged is no event recorded.
          return (
            toldNotUrged(folded, new RegExp(`\\b${verb.slice(0, 4)}\\w*`, 'g')) ||
            toldNotUrged(fold(text), DRASTIC_KIN.get(verb))
          );
        });
      // "Pourquoi la DGSI a laissé tomber Palantir en 2019 ?": the event is recorded, but never in the year
      // claimed, by any fact telling it.
      const claimedYear = yearsNamed(understood);
      if (recorded && claimedYear.length === 1) {
        const year = claimedYear[0] as string;
        const told = eventOutOfYear(row, DRASTIC_KIN.get(verb), year);
        if (told !== undefined) {
          const typed = `${originalWords(question, verb === 'laisse' ? [verb, 'tomber'] : [verb])} … ${year}`;
          return nothingOfTheKind(typed, told);
        }
      }
      if (!recorded) {
        const typed = originalWords(question, [verb]);
        return nothingOfTheKind(typed);
      }
      // "Since Lyon dropped OnlyOffice…": what is claimed dropped is what the entry records adopted (a move's
      // destination), never left.
      if (DROPPING.has(verb)) {
        const object = understood.tokens
          .slice(drastic + 1, drastic + 4)
          .filter((t) => t.length > 2 && !isStopword(t) && !GENERIC_MOVE_WORDS.has(t));
        const moves = row.facts.map(factMoves);
        const adopted = moves.findIndex((ms) => ms.some((m) => object.some((w) => m.to.includes(w))));
        const left = moves.some((ms) => ms.some((m) => object.some((w) => m.from.includes(w))));
        if (object.length > 0 && adopted >= 0 && !left) return recordsOtherwise(row.facts[adopted] as number);
      }
    }
    // "Microsoft a bouclé son EU Data Boundary fin 2022", "in 2023 the DTA renamed the tier": an event the
    // entry tells, never in the year claimed.
    const datedAt = understood.tokens.findIndex((t) => DATED_EVENTS.has(t));
    const datedYear = yearsNamed(understood);
    if (
      datedAt >= 0 &&
      datedYear.length === 1 &&
      !understood.tokens.some(negatorIn) &&
      !SOUGHT.test(spacedQuestion)
    ) {
      const verb = understood.tokens[datedAt] as string;
      const year = datedYear[0] as string;
      const about = understood.terms.filter(
        (t) => t !== verb && t !== year && t.length > 2 && !isStopword(t),
      );
      // "S3NS a décroché SecNumCloud dès 2023": obtaining is dated only for a qualification.
      const kin =
        DATED_EVENTS.get(verb) === QUALIFIED_KIN &&
        !understood.tokens.some((t) => QUALIFICATION_WORDS.test(t))
          ? undefined
          : DATED_EVENTS.get(verb);
      // Many things get approved, certified, opened or banned; a completion or a renaming is the deal's own.
      const told = eventOutOfYear(
        row,
        kin,
        year,
        kin === APPROVED_KIN || kin === QUALIFIED_KIN || kin === OPENED_KIN || kin === BANNED_KIN
          ? about
          : [],
      );
      if (told !== undefined) {
        const typed = `${originalWords(question, [verb])} … ${year}`;
        return nothingOfTheKind(typed, told);
      }
    }
    // "C2E was split between AWS and Microsoft": fewer of the big providers than the entry gives, claimed as
    // all of them; the fact naming the most of them says who.
    if (ONLY_THESE.test(spacedQuestion) && !understood.tokens.some(negatorIn)) {
      const claimed = new Set(plan.providers.map((p) => p.key));
      const ownHyperscalers = providerKeys.filter((k) => HYPERSCALERS.has(k));
      if (
        claimed.size > 0 &&
        [...claimed].every((k) => ownHyperscalers.includes(k)) &&
        ownHyperscalers.length > claimed.size
      ) {
        const named = row.facts.map((id) => {
          const text = foldedText(id);
          return PROVIDER_PATTERNS.filter((p) => ownHyperscalers.includes(p.key) && p.one.test(text)).map(
            (p) => p.key,
          );
        });
        // "In 2021 the Government Cloud was split between AWS and Google": a fact naming just those (a first
        // round) may make it true.
        const justThose = named.some(
          (keys, i) =>
            keys.length === claimed.size &&
            keys.every((k) => claimed.has(k)) &&
            CHOSEN_WORDS.test(foldedText(row.facts[i] as number)),
        );
        let most = claimed.size;
        let naming: number | undefined;
        named.forEach((keys, i) => {
          if (keys.length > most) {
            most = keys.length;
            naming = row.facts[i];
          }
        });
        if (!justThose && naming !== undefined) return recordsOtherwise(naming);
      }
    }
    // "Prime Minister Rachel Noble said…", "Victoria Cope, the MoD's chief information officer": a person given
    // a title the facts naming them give no one of that name ("ASD Director-General Rachel Noble").
    const titled = claimedTitle(understood.tokens, typedNames);
    if (titled !== undefined) {
      for (const id of row.facts) {
        const words = tokenizeFolded((facts[id] as FactRow).fact.text);
        const at = words.findIndex((w, i) => w === titled.name[0] && words[i + 1] === titled.name[1]);
        if (at < 0) continue;
        const given = titlesIn(words.slice(Math.max(0, at - 4), at).join(' '));
        for (const t of titlesIn(words.slice(at + 2, at + 8).join(' '))) given.add(t);
        // "Minister" fits any kind of minister; a finance minister is no digital minister.
        const fits = (a: string, b: string) =>
          a === b || (a === 'minister' && MINISTERS.has(b)) || (b === 'minister' && MINISTERS.has(a));
        if (given.size > 0 && ![...titled.titles].some((t) => [...given].some((g) => fits(t, g))))
          return recordsOtherwise(id);
        // "…as Microsoft's CEO": the right title of another company ("group chief executive of G42").
        const window = words.slice(Math.max(0, at - 4), at + 9).map(providerKeyOf);
        const claimedOrgs = titled.around
          .filter((t) => (COMPANY_NAMES.has(t) || PROVIDER_WORDS.has(t)) && !titled.name.includes(t))
          .map(providerKeyOf);
        if (
          given.size > 0 &&
          claimedOrgs.length > 0 &&
          !claimedOrgs.some((o) => window.includes(o)) &&
          window.some((w) => (COMPANY_NAMES.has(w) || PROVIDER_WORDS.has(w)) && !titled.name.includes(w))
        )
          return recordsOtherwise(id);
      }
    }
    // "MI6 ran the procurement, didn't it?", "StopCovid went on OVH because…": a lead or a choice claimed of
    // one name where the fact telling it gives another ("GCHQ led the procurement", "picked Outscale").
    if (!understood.tokens.some(negatorIn)) {
      // A name: not a place or a nationality ("picked 4 American providers").
      const nameLike = (t: string) =>
        (understood.capitalised.has(t) || isPartyWord(t) || COMPANY_NAMES.has(t) || isSurname(t)) &&
        !PLACE_WORDS.has(t) &&
        !COUNTRY_WORDS.has(t) &&
        !DEMONYM_PLACES.has(t);
      for (const swap of NAME_SWAPS) {
        const at = understood.tokens.findIndex(
          (t, i) => swap.verbs.has(t) && (swap.accept?.(understood.tokens, i) ?? true),
        );
        // "asked GCHQ to lead" seeks it; "…if he wants a sovereign cloud" afterwards does not.
        if (at < 0 || SOUGHT.test(understood.tokens.slice(0, at).join(' '))) continue;
        const claimed = (
          swap.before
            ? understood.tokens.slice(Math.max(0, at - swap.window), at)
            : understood.tokens.slice(at + 1, at + 1 + swap.window)
        )
          // "Why did Colombia sign…?": only a person is claimed in office.
          .filter((t) => nameLike(t) && (!swap.people || isSurname(t) || typedNames.has(t)))
          .map(providerKeyOf);
        if (claimed.length === 0) continue;
        // "Japan picked Microsoft and Oracle": a sentence telling a choice names them ("all four providers
        // chosen were US companies (Amazon, Microsoft…)").
        if (
          !swap.before &&
          row.facts.some((id) =>
            foldedText(id)
              .split(/(?<=[.;])\s+/u)
              .some((sentence) => {
                if (!CHOSEN_WORDS.test(sentence)) return false;
                const words = tokenize(sentence);
                return claimed.every((c) =>
                  (PROVIDERS.find((p) => p.key === c)?.words ?? [c]).some((w) => words.includes(w)),
                );
              }),
          )
        )
          continue;
        const context = understood.terms.filter(
          (t) => !claimed.includes(t) && !swap.verbs.has(t) && t.length > 3 && !isStopword(t) && isKnown(t),
        );
        // What each fact tells, read once per fact.
        const toldOf = new Map<number, Array<{ name: string[]; what: string[] }>>();
        const told = (id: number) => {
          let found = toldOf.get(id);
          if (found === undefined) {
            found = [...(facts[id] as FactRow).fact.text.matchAll(swap.fact)].map((m) => ({
              name: tokenize(fold(m.groups?.name ?? '')).map(providerKeyOf),
              what: tokenize(fold(m.groups?.what ?? '')),
            }));
            toldOf.set(id, found);
          }
          return found;
        };
        // Some fact tells it of a name claimed: nothing to correct.
        if (row.facts.some((id) => told(id).some((t) => t.name.some((w) => claimed.includes(w))))) continue;
        const other = row.facts.find(
          (id) =>
            // "GCHQ led the procurement; MI5 and MI6 will use it": who led may name the others.
            (swap.before || !claimed.some((c) => ranker.factHas(id, c))) &&
            told(id).some(
              (t) =>
                t.name.length > 0 &&
                (t.what.length > 0
                  ? t.what.some((w) => context.includes(w) || stems(w).some((s) => context.includes(s)))
                  : context.filter((c) => ranker.factHas(id, c)).length >= swap.shared),
            ),
        );
        if (other !== undefined) return recordsOtherwise(other);
      }
    }
    // "Pourquoi la DGSI a signé son tout premier contrat avec Palantir en 2019 ?": the deal's first signature
    // claimed in another year than the deal's own.
    const firstSigned = FIRST_SIGNED.exec(spacedQuestion);
    if (
      datedYear.length === 1 &&
      firstSigned !== null &&
      understood.tokens.some((t) => SIGNING.has(t)) &&
      !understood.tokens.some(negatorIn)
    ) {
      const year = datedYear[0] as string;
      const dealYear = row.deal.date.slice(0, 4);
      // The fact telling the first signature: its year, and "first" or a signing word if one says so.
      const dated = row.facts.filter((id) => (facts[id] as FactRow).fact.text.includes(dealYear));
      const firstFact =
        dated.find((id) => /\b(?:first|initial|original|sign\w*|award\w*)\b/.test(foldedText(id))) ??
        dated[0];
      // "Serpro's first hyperscaler contract, with AWS in 2019": a first the entry dates that year.
      const firstThen = row.facts.some((id) => {
        const words = tokenizeFolded((facts[id] as FactRow).fact.text);
        return words.some(
          (w, at) =>
            w === year &&
            words
              .slice(Math.max(0, at - 6), at + 3)
              .some((v) => v === 'first' || v === 'initial' || v === 'original'),
        );
      });
      if (dealYear !== year && !row.deal.title.includes(year) && firstFact !== undefined && !firstThen)
        return nothingOfTheKind(`${originalWords(question, firstSigned[0].split(' '))} … ${year}`, firstFact);
    }
    // "Microsoft France swore to the Senate that our data would never leave": an assurance the entry says
    // was not given ("could not guarantee it").
    const assuredAt = understood.tokens.findIndex((t) => ASSURED.has(t));
    if (assuredAt >= 0) {
      const before = understood.tokens.slice(Math.max(0, assuredAt - 3), assuredAt);
      const after = understood.tokens.slice(assuredAt + 1, assuredAt + 8);
      // "…swore to the Senate it can guarantee…": a second assurance verb carries the content too.
      const withContent = after.some(
        (w) =>
          w === 'that' ||
          w === 'que' ||
          w === 'qu' ||
          w === 'oath' ||
          w === 'serment' ||
          w === 'guarantee' ||
          w === 'garantir',
      );
      if (withContent && !before.some(negatorIn)) {
        const refused = row.facts.find((id) => {
          const { text, text_fr } = (facts[id] as FactRow).fact;
          return UNABLE_TO_ASSURE.test(
            `${tokenizeFolded(text).join(' ')} | ${tokenizeFolded(text_fr ?? '').join(' ')}`,
          );
        });
        if (refused !== undefined) return recordsOtherwise(refused);
      }
    }
    // "When did Microsoft France guarantee under oath that…?": the entry says it could not.
    // "What did the DSK conclude?" asks what was done; "When did Microsoft guarantee…?" claims it was.
    if (
      !SOUGHT.test(spacedQuestion) &&
      !/^(?:what|which|que|qu|quoi|quel|quels|quelle|quelles)\b/.test(spacedQuestion)
    ) {
      // A verb the question claims: an auxiliary a few words before it ("did Microsoft guarantee", "a
      // garanti"); a noun ("retard migration") claims nothing.
      const claimedVerb = (t: string) => {
        // "le contrat a encore été renouvelé": an adverb after the auxiliary is no verb.
        if (CLAIM_ADVERBS.has(t)) return false;
        const at = understood.tokens.indexOf(t);
        const before = understood.tokens.slice(Math.max(0, at - 3), at);
        // "Why couldn't Microsoft guarantee…?" asks about the denial itself.
        // "…permet aux fournisseurs américains d'être qualifiés": a passive claims its verb too.
        // ("…le juge a refusé de suspendre": a refusal claimed is no claim a denial contradicts.)
        if (before.some((w) => NEGATION.test(w)) || before.some(negatorIn)) return false;
        // "Has Google an exclusive position at NATO, or is another hyperscaler in the game?": the auxiliary
        // opening a question that offers the alternative asks whether.
        if (at <= 3 && YES_NO_OPENING.test(spacedQuestion.trim()) && ALTERNATIVE_OFFERED.test(spacedQuestion))
          return false;
        // French "a" (has) is an English article ("made a load of sovereignty pledges").
        if (before.some((w) => AUXILIARIES.has(w) && !(w === 'a' && understood.lang === 'en'))) return true;
        // …with no negation anywhere ("why can't US providers be qualified?" asks about the bar).
        return (
          before.some((w) => w === 'etre' || w === 'be' || w === 'was' || w === 'were') &&
          !NEGATION.test(spacedQuestion) &&
          !understood.tokens.some(negatorIn)
        );
      };
      const claimed = understood.terms.filter(
        (t) =>
          t.length >= 5 &&
          claimedVerb(t) &&
          !understood.capitalised.has(t) &&
          !CURRENCY_CODES.has(t) &&
          !/\p{N}/u.test(t),
      );
      const stems = claimed.map((t) => t.slice(0, Math.max(5, t.length - 3)));
      const denials = stems.map(
        // The denied verb itself, not a word further on ("could not guarantee data sovereignty" denies no
        // sovereignty): at most a pronoun or adverb between.
        (stem) =>
          new RegExp(
            `\\b${DENIAL.source}(?: (?:le|la|les|l|it|that|this|fully|yet|always|entirely|vraiment|totalement|y|be|etre|ete|been))? ${stem}`,
          ),
      );
      const denied =
        denials.length === 0
          ? undefined
          : row.facts.find((id) => {
              const { text, text_fr } = (facts[id] as FactRow).fact;
              // Most facts deny nothing: a cheap look first, then the folded words.
              if (!MAY_DENY.test(text) && !MAY_DENY.test(text_fr ?? '')) return false;
              const spaced = foldedBoth(id);
              return denials.some((re, i) => spaced.includes(` ${stems[i]}`) && re.test(spaced));
            });
      if (denied !== undefined) return recordsOtherwise(denied);
    }
    // "Why did CISPE pay Microsoft?", "Why did G42 buy a stake in Microsoft?": money that went the other
    // way (Microsoft paid CISPE, invested in G42).
    // "…now the General Court annulled the Data Privacy Framework", "since Schrems II also declared the
    // standard contractual clauses invalid": a ruling claimed that the entry tells the other way (the action
    // dismissed, the clauses upheld), and nowhere as claimed.
    const overturned = overturnedRuling(understood, row);
    if (overturned !== undefined) return recordsOtherwise(overturned);
    // "The Court of Audit found that very few of the ministries' cloud providers were American": the entry
    // gives more than half.
    const larger = largerShare(understood, row);
    if (larger !== undefined) return recordsOtherwise(larger);
    const reversed = reversedPayment(understood, best, row);
    if (reversed?.otherPayer) return recordsOtherwise(reversed.factId);
    if (reversed !== undefined)
      return {
        sentence: (title, lang) =>
          lang === 'fr'
            ? `La fiche « ${title} » rapporte l’inverse ; voici ce qu’elle dit.`
            : `The entry on ${title} records it the other way round; here is what it says.`,
        factId: reversed.factId,
      };
    const years = yearsNamed(understood);
    // Only an event ("awarded in 2019"), not a state ("used AWS in 2024": a deal runs for years).
    const event = understood.tokens.some((t) => EVENT_CLAIMS.has(t)) || GOING_WITH.test(spacedQuestion);
    // "Pourquoi la DGSI a choisi ChapsVision en 2016 ?": the name claimed, where the entry names it, is
    // never in that year (the 2016 contract was Palantir's; ChapsVision came in 2026).
    if (years.length === 1 && event) {
      const year = years[0] as string;
      const verb = understood.tokens.findIndex(
        (t, i) => EVENT_CLAIMS.has(t) || GOING_WITH.test(`${t} ${understood.tokens[i + 1] ?? ''}`),
      );
      const claimedNames = understood.tokens.slice(verb + 1).filter(
        (t) =>
          t.length > 1 &&
          !PLACE_WORDS.has(t) &&
          // "Amazon Web Services", "Palantir Technologies", "Secretaría General": a company's or
          // body's generic words are no name of their own.
          !PROVIDER_NAME_WORDS.has(t) &&
          best.matched.has(t) &&
          (PROVIDER_WORDS.has(t) ||
            isPartyWord(t) ||
            (understood.capitalised.has(t) && (weights.get(t) ?? 0) >= named)),
      );
      const writes = (id: number, y: string) => {
        const { text, text_fr, asOf } = (facts[id] as FactRow).fact;
        return `${text} ${text_fr ?? ''} ${asOf ?? ''}`.includes(y);
      };
      // The deal's first provider and its customers in the deal's own year are what its fields say (a
      // later provider, ChapsVision for the DGSI's 2016 deal, is still checked).
      const ownYear = row.deal.date.startsWith(year);
      const firstParties = tokenize(fold([row.deal.providers[0] ?? '', ...row.deal.customers].join(' ')));
      const firstKey = providerKeys[0];
      // …and so are its own names ("Schrems II" in 2020, "CADA" in 2026), but for its later providers.
      const laterParties = new Set(tokenize(fold(row.deal.providers.slice(1).join(' '))));
      const ownNameWords = tokenize(fold([row.deal.title, ...row.deal.aliases].join(' '))).filter(
        (w) => !laterParties.has(w),
      );
      for (const name of claimedNames) {
        if (
          ownYear &&
          (firstParties.includes(name) ||
            ownNameWords.includes(name) ||
            (firstKey !== undefined && PROVIDERS.find((p) => p.key === firstKey)?.words.includes(name)))
        )
          continue;
        // A name among another found deal's names, dated that year ("SecNumCloud" in 2022), is that deal's.
        // Not a provider's: one is among the names of deals of every year.
        if (
          !PROVIDER_WORDS.has(name) &&
          ranked.some(
            (e) =>
              e.deal !== best.deal &&
              e.inNames.has(name) &&
              (deals[e.deal] as DealRow).deal.date.startsWith(year),
          )
        )
          continue;
        // A provider in any of its names ("Amazon" where the entry writes "AWS").
        const key = PROVIDER_BY_WORD.get(name)?.key;
        const naming = row.facts.filter((id) =>
          key === undefined ? ranker.factHas(id, name) : factNames(id, key),
        );
        if (
          naming.length > 0 &&
          !naming.includes(row.facts[0] as number) &&
          !naming.some((id) => writes(id, year)) &&
          naming.some((id) => YEAR.test((facts[id] as FactRow).fact.text))
        ) {
          const shown = originalWords(question, [name]);
          return {
            sentence: (title, lang) =>
              lang === 'fr'
                ? `La fiche « ${title} » ne rapporte rien sur ${shown} en ${year} ; voici ce qu’elle en dit.`
                : `The entry on ${title} records nothing of ${shown} in ${year}; here is what it says of it.`,
            factId: naming[0] as number,
          };
        }
      }
    }
    // "la loi SREN de 2022", "Korea's 2023 CSAP reform": a year beside the deal's own rare name dates it.
    const yearAt = years.length === 1 ? understood.tokens.indexOf(years[0] as string) : -1;
    // Not a party's word ("the Home Office used AWS in 2024": a deal runs for years).
    const ownWords = yearAt < 0 ? new Set<string>() : new Set(aliasPhrasesOf(d).flatMap((p) => p.split(' ')));
    const partyWords = yearAt < 0 ? [] : tokenize(parties);
    const namedYear =
      yearAt >= 0 &&
      !RANGE_BEFORE.has(understood.tokens[yearAt - 1] ?? '') &&
      understood.tokens
        .slice(Math.max(0, yearAt - 3), yearAt + 4)
        .some(
          (t) =>
            ownWords.has(t) &&
            !PLACE_WORDS.has(t) &&
            !PROVIDER_WORDS.has(t) &&
            !partyWords.includes(t) &&
            (weights.get(t) ?? 0) >= named,
        );
    // ("…cloud purchases indicated for 2024": the year a figure covers dates no event.)
    const period = yearAt >= 0 && FIGURE_PERIOD_BEFORE.has(understood.tokens[yearAt - 1] ?? '');
    // "The DGSI prolonged Palantir until 2028": an end a term reaches, which the entry need not write, of a
    // deal still running (not of one it records ended: "…Nube Pública IV until 2030").
    const before = (n: number) => understood.tokens[yearAt - n] ?? '';
    const runningUntil =
      yearAt >= 0 &&
      (UNTIL_WORDS.has(before(1)) || (before(1) === 'en' && before(2) === 'jusqu')) &&
      understood.tokens.some((t) => EXTENDING.has(t)) &&
      !ENDED_STATUSES.has(row.deal.status ?? '');
    if (
      years.length === 1 &&
      !runningUntil &&
      (event || (namedYear && !period)) &&
      !row.deal.date.startsWith(years[0] as string)
    ) {
      const year = years[0] as string;
      const written = row.facts.some((id) => {
        const { text, text_fr, asOf } = (facts[id] as FactRow).fact;
        return `${text} ${text_fr ?? ''} ${asOf ?? ''}`.includes(year);
      });
      if (!written && !`${row.deal.title} ${row.deal.date_note ?? ''}`.includes(year)) {
        const date = row.deal.date;
        const dateFact = row.facts.find((id) => (facts[id] as FactRow).tellsDealDate);
        return {
          sentence: (title, lang) =>
            lang === 'fr'
              ? `La fiche « ${title} » ne mentionne rien en ${year} : elle date l’accord du ${date}.`
              : `The entry on ${title} records nothing in ${year}: it dates the deal ${date}.`,
          ...(dateFact === undefined ? {} : { factId: dateFact }),
        };
      }
    }
    // "The Home Office got the right to audit AWS's data centres, right?": a fact says there is none ("no
    // right to audit or inspect"), in two or more of the question's own words that are not the deal's names.
    // Not "what triggered Lyon leaving Microsoft?": asking what something was takes nothing for granted.
    // Nor "…it's going badly, how many towns are behind?": the question already says it failed.
    if (
      !understood.tokens.some(
        (t, i, all) =>
          negatorIn(t, i, all) || t === 'no' || t === 'without' || t === 'sans' || SHORTFALL.has(t),
      ) &&
      !ASKS_WHAT.has(understood.tokens[0] ?? '') &&
      // "Does the Home Office have a right to audit…?", "does Amazon own the buildings?" asks whether: the fact
      // that says no is the answer, not a correction. So after a lead-in or another clause ("UK Home Office
      // and its AWS contract - did…", "In the Home Office contract with AWS, had the ministry…").
      !question.split(/\s[-\u2013\u2014]\s|[:,;?.!]\s/u).some((clause) => {
        const spaced = tokenizeFolded(clause).join(' ');
        return YES_NO_OPENING.test(spaced) || FRENCH_INVERTED_YES_NO.test(`${spaced} `);
      }) &&
      // "…under that deal can they even inspect the data centres?": so does a "can they" with no
      // question word before it.
      !canTheyAsked(understood.tokens) &&
      // "Bleu, y'en sont rendus où avec la qualification SecNumCloud ?" asks where it stands, claiming nothing.
      !STANDING_ASKED.test(understood.tokens.join(' '))
    ) {
      const { names, negations } = negationsOf(d * 2 + (understood.lang === 'fr' ? 1 : 0));
      // ("…accepté le dossier de qualification SecNumCloud de Bleu ?": what an application was for is not
      // claimed had; "no qualification is recorded" says nothing against the application.)
      const appliedFor = (i: number) =>
        understood.tokens.slice(Math.max(0, i - 4), i).some((w) => APPLICATION_WORDS.has(w));
      const claimed = understood.tokens
        .filter(
          (t, i) => t.length > 2 && !isStopword(t) && !isQuestionWord(t) && !names.has(t) && !appliedFor(i),
        )
        .map(stemPrefixes);
      const negated = negations.find(
        ({ said }) =>
          new Set(said.filter((own) => claimed.some((c) => c.some((x) => own.includes(x))))).size >= 2,
      )?.id;
      if (negated !== undefined) return recordsOtherwise(negated);
      // "GCHQ publicly confirmed that its contract is worth GBP 1bn": a figure said confirmed that the entry
      // says no party confirmed.
      // (Not "I appreciate that neither side ever confirmed a figure, but…": the question says so itself.)
      if (
        CONFIRMATION_CLAIMED.test(spacedQuestion) &&
        !CONFIRMATION_DENIED.test(spacedQuestion) &&
        FIGURE_ASKED.test(spacedQuestion)
      ) {
        const unconfirmed = row.facts.find((id) => UNCONFIRMED.test(foldedBoth(id)));
        if (unconfirmed !== undefined) return recordsOtherwise(unconfirmed);
      }
    }
    // "Why did Germany ban Google Workspace in schools?": a country given as the subject's, where the deal
    // is elsewhere and its entry never writes that country in any form (Helsingør's ban is Denmark's).
    const strangeCountries =
      plan.shape === 'single' &&
      (plan.claims ||
        claimsAnEvent(understood, spacedQuestion) ||
        QUESTION_OPENERS.has(understood.tokens[0] ?? ''))
        ? plan.places.filter((p) => {
            const place = PLACES.find((x) => x.en === p.en);
            if (place === undefined || place.matches.length !== 1) return false;
            if (inPlace(facets[d] as DealFacets, p)) return false;
            return ![...place.words, ...place.matches].some((w) => entryWordsOf(d).includes(` ${w} `));
          })
        : [];
    if (strangeCountries.length > 0)
      return unmentionedNote(
        understood.lang === 'fr'
          ? (strangeCountries[0] as PlacePlan).fr.replace(/^(?:en|au|aux) /u, '')
          : (strangeCountries[0] as PlacePlan).en.replace(/^the /u, ''),
      );
    return undefined;
  }

  /**
   * The name a claiming verb pairs with the question's subject across two deals: the nearest name before
   * the verb is only in `best`, the nearest after it only in `other` ("Japan pick Fujitsu").
   */
  function claimedAcross(understood: Understanding, best: DealScore, other: DealScore): string | undefined {
    const tokens = understood.tokens;
    const verb = tokens.findIndex((t) => isPairingWord(t) && !WEAK_PAIRING_WORDS.has(t));
    if (verb < 0) return undefined;
    const isName = (t: string) =>
      t.length > 1 && (understood.capitalised.has(t) || aliasWords.has(t) || isPartyWord(t));
    const subject = tokens.slice(0, verb).reverse().find(isName);
    const object = tokens.slice(verb + 1).find(isName);
    if (subject === undefined || object === undefined) return undefined;
    const onlyIn = (t: string, a: DealScore, b: DealScore) => a.matched.has(t) && !b.matched.has(t);
    return onlyIn(subject, best, other) && onlyIn(object, other, best) ? object : undefined;
  }

  /**
   * The fact recording a payment or investment the other way round from the question's: the question
   * has a paying verb between two names of the deal ("X paid Y"), and a fact has the nearest of those
   * names before one of its paying verbs the other way round ("Y … to pay X") and never the question's
   * way; or, when the payer claimed is a provider that pays no one in the entry, the fact recording
   * another provider paying the payee (`otherPayer`: "Amazon paid CISPE", where Microsoft did).
   */
  function reversedPayment(
    understood: Understanding,
    best: DealScore,
    row: DealRow,
  ): { factId: number; otherPayer?: true } | undefined {
    const tokens = understood.tokens;
    const verb = tokens.findIndex((t) => PAYING_ASKED.has(t));
    // "Why was CISPE paid by Microsoft?": a passive names the payer after the verb.
    if (verb < 0 || PASSIVE.test(tokens.join(' '))) return undefined;
    const isName = (t: string) =>
      t.length > 1 &&
      !CURRENCY_CODES.has(t) &&
      // "the German public sector": a place's word is not who pays.
      !PLACE_WORDS.has(t) &&
      best.matched.has(t) &&
      (understood.capitalised.has(t) || aliasWords.has(t) || isPartyWord(t) || PROVIDER_WORDS.has(t));
    // "What stake does Leonardo hold in it?", "quelle part G42 a-t-il prise dans…": the noun asked for
    // comes first, and who pays after it.
    const asked = NOUN_ASKERS.has(tokens[verb - 1] ?? '');
    const after = tokens.slice(verb + 1).filter(isName);
    const payer = asked ? after[0] : tokens.slice(0, verb).reverse().find(isName);
    const payee = asked ? after[1] : after[0];
    if (payer === undefined || payee === undefined || payer === payee) return undefined;
    let contrary: number | undefined;
    // "How much did Amazon pay Microsoft…?": the one asked to pay never pays in the entry, the other does.
    let payerPays = false;
    let payeePays: number | undefined;
    let otherPays: number | undefined;
    for (const id of row.facts) {
      const words = tokenize(foldedText(id));
      for (let i = 0; i < words.length; i++) {
        if (!PAYING.test(words[i] as string)) continue;
        // "…AWS's largest customer, having paid it about GBP 225m": a pronoun after the verb stands for the
        // name before it, who is paid; that clause says nothing of who pays whom by its names.
        if (['it', 'them'].includes(words[i + 1] ?? '')) continue;
        // Within the clause: a few words either side of the verb.
        // The nearest name before the verb is who pays: another provider between ("T-Systems … Google had
        // unveiled plans to invest") is the clause's own subject.
        const before: string | undefined = words
          .slice(Math.max(0, i - PAYMENT_WINDOW), i)
          .reverse()
          .find((w) => w === payer || w === payee || PROVIDER_WORDS.has(w));
        const after: string | undefined = words
          .slice(i + 1, i + 1 + PAYMENT_WINDOW)
          .find((w) => w === payer || w === payee);
        if (before === payer && after === payee) return undefined;
        if (before === payee && after === payer) contrary ??= id;
        if (before === payer) payerPays = true;
        // Only a payment proper: "Google committed to further investment in the UK" pays no one.
        if (before === payee && /^pa(?:y|id)/.test(words[i] as string)) payeePays ??= id;
        // "How much did Amazon cough up to settle CISPE's complaint?": another provider pays the payee.
        if (
          before !== undefined &&
          before !== payer &&
          before !== payee &&
          PROVIDER_WORDS.has(payer) &&
          after === payee &&
          /^pa(?:y|id)/.test(words[i] as string)
        )
          otherPays ??= id;
      }
    }
    if (contrary === undefined && !payerPays && otherPays !== undefined)
      return { factId: otherPays, otherPayer: true };
    // Only for a payee named right after the verb ("pay Microsoft"), not what money goes into ("investir
    // dans la Nuvem").
    const direct = tokens[verb + 1] === payee;
    const factId = contrary ?? (payerPays || !direct ? undefined : payeePays);
    return factId === undefined ? undefined : { factId };
  }

  function answerDeal(
    question: string,
    understood: Understanding,
    d: number,
    hits: readonly FactHit[],
    confidence: number,
    inNames?: ReadonlySet<string>,
    weights?: ReadonlyMap<string, number>,
    /** What the question claims that the entry does not support, said first (a correction). */
    premise?: PremiseNote,
  ): Answered {
    const chosen: ChosenFact[] = rankFacts(factTables, d, understood, hits, inNames, weights).map(
      (factId) => ({
        factId,
      }),
    );
    const ref = refOf(d, understood.lang);
    const first = chosen[0];
    if (premise !== undefined && first !== undefined) {
      const lang = understood.lang;
      const text = premise.sentence(ref.title, lang);
      const factId = premise.factId ?? first.factId;
      // The fact the note rests on comes right after it, once.
      const others = chosen.filter((c) => c.factId !== factId);
      chosen.splice(0, chosen.length, { factId, text }, { factId }, ...others);
      // The question's premise is not the corpus's: a correction, as sure as the others.
      return compose(
        question,
        lang,
        lang === 'fr' ? `Rectification : ${ref.title}` : `Correction: ${ref.title}`,
        chosen,
        [ref],
        scoring.correctionConfidence,
        'correction',
      );
    }
    const missing = missingDetail(question, understood, d);
    if (missing !== undefined && first !== undefined) {
      const lang = understood.lang;
      const text =
        lang === 'fr'
          ? `La fiche « ${ref.title} » ne donne pas ce détail (${missing}) ; voici ce qu’elle dit de plus proche.`
          : `The entry on ${ref.title} has no such detail (${missing}); here is the closest it says.`;
      chosen.unshift({ factId: first.factId, text });
      // Saying the detail is missing is sure; the facts after it are only the closest.
      return compose(
        question,
        lang,
        ref.title,
        chosen,
        [ref],
        Math.min(calibrate(scoring, confidence), scoring.missingDetailConfidence),
      );
    }
    return compose(question, understood.lang, ref.title, chosen, [ref], calibrate(scoring, confidence));
  }

  /**
   * The detail asked for, when no fact of deal `d` carries it: a noun asked about ("which ministers…?")
   * that no fact nor name of the deal has, a duration no fact states, an amount neither the facts nor the
   * entry's value give. Undefined when some fact may carry it.
   */
  function missingDetail(question: string, understood: Understanding, d: number): string | undefined {
    const row = deals[d] as DealRow;
    if (
      understood.intent === 'duration' &&
      !row.facts.some((id) => fitsIntent(facts[id] as FactRow, 'duration'))
    )
      return understood.lang === 'fr' ? 'durée' : 'duration';
    if (
      understood.intent === 'value' &&
      row.deal.value === undefined &&
      !row.facts.some((id) => fitsIntent(facts[id] as FactRow, 'value'))
    )
      return understood.lang === 'fr' ? 'montant' : 'amount';
    // "Who criticised Bleu?": an entry that records no criticism says so.
    if (
      understood.intent === 'criticism' &&
      !row.facts.some((id) => fitsIntent(facts[id] as FactRow, 'criticism'))
    )
      return understood.lang === 'fr' ? 'critique' : 'criticism';
    const noun = understood.askedNoun;
    // "Combien de temps… ?": "temps" asks for the kind of detail (a duration), which the facts carry.
    if (
      noun === undefined ||
      PARTY_NOUNS.has(noun) ||
      understood.answerKind.has(noun) ||
      INTENTS[understood.intent].askWords.has(noun) ||
      // "How many googlers…?": a word no entry uses at all counts what the facts count in their own words.
      (understood.intent === 'count' && !isKnown(noun))
    )
      return undefined;
    if (isKnown(noun) && (ranker.namesHave(d, noun) || row.facts.some((id) => ranker.factHas(id, noun))))
      return undefined;
    return originalWords(question, [noun]);
  }

  /**
   * A long question told around its asking sentence ("My nephew, who lives in Graz, tells me… How many
   * computers did the Bundesheer move over?", "…? There was a great fuss in The Hague about it, as I
   * recall."): when the whole finds no deal, the asking sentences alone are asked, and their answer is kept
   * if those sentences name its deal by one of the deal's own names (not a provider's, not a place's).
   */
  function askAround(question: string, context?: AskContext): Answer {
    const whole = ask(question, context);
    const found = whole.kind === 'answered';
    // "Which Pentagon cloud contracts do you cover? I mean the Department of Defense proper, not the spies.":
    // a list the asking sentences ask for, that the whole narrowed to one of its deals, is that list.
    const narrowed = found && whole.shape === 'single';
    if (found ? !narrowed : whole.reason !== 'not-covered' && whole.reason !== 'unknown-entity') return whole;
    const core = askingSentences(question);
    // (Only a sentence asking with a question word: "…us regions right?" claims, and is checked whole.)
    // (Folded clause by clause: "For the Home Office deal, what was…" asks after its lead-in, when the whole
    // found nothing; a found answer is re-asked only for a list its first clause asks, which keeps the cost of
    // re-asking off most answered questions.)
    const [lead = '', ...rest] = core?.split(',') ?? [];
    const opens = (clause: string) => ASKS_OPENING.test(tokenizeFolded(clause).join(' '));
    // ("And Denmark, which cases do you have there?": a short lead-in before the asking clause.)
    const afterLead =
      rest.length > 0 && (!found || tokenizeFolded(lead).length <= SHORT_LEAD) && opens(rest.join(','));
    if (core === undefined || !(opens(lead) || afterLead)) return whole;
    const part = ask(core, context);
    if (part.kind !== 'answered' || part.lang !== whole.lang) return whole;
    const words = tokenizeFolded(core);
    // "…what ASD went with Microsoft Azure when its UK counterparts chose AWS. What was ASD's rationale?": a
    // provider the told sentences name that the answer's deals do not have is a claim left unchecked.
    const told = tokenizeFolded(question).filter((t) => !words.includes(t));
    // (One the deal's facts name, as left or as a rival, is told of, not claimed: "…given up Microsoft Office".)
    const strangeTo = (ids: readonly number[]) =>
      told.some((t) => {
        const provider = PROVIDER_BY_WORD.get(t);
        return (
          provider !== undefined &&
          !ids.some(
            (id) =>
              (facets[id] as DealFacets).providerKeys.includes(provider.key) ||
              (deals[id] as DealRow).facts.some((f) => factNames(f, provider.key)),
          )
        );
      });
    const ids = part.deals.map((ref) => dealIndex.get(ref.id)).filter((d) => d !== undefined);
    if (part.shape === 'list' || part.shape === 'timeline') {
      // (Narrowed by a remark after the question, not by what was told before it: "Solvinity/Kyndryl is our
      // nightmare. When the takeover came up, what did the Dutch state secretary say…?")
      // (Nor a remark naming the one deal it keeps: "…? Only C2S matters to me", "I mean the Health Data Hub
      // one": a name of that deal none of the list's other deals has.)
      const one = whole.kind === 'answered' ? dealIndex.get(whole.deals[0]?.id ?? '') : undefined;
      // (Not the deals one already knows of: "…? i know hmrc and the home office, what else is there".)
      const picksOne =
        narrowed &&
        one !== undefined &&
        !KNOWN_ALREADY.test(` ${told.join(' ')} `) &&
        told.some(
          (t) =>
            t.length > 1 &&
            !isStopword(t) &&
            !PROVIDER_WORDS.has(t) &&
            // (A name: written with a capital, or one of the deal's own aliases; not "ministry".)
            (/^\p{Lu}/u.test(originalWords(question, [t])) || ranker.dealsAliased(t).includes(one)) &&
            ranker.namesHave(one, t) &&
            ids.every((id) => id === one || !ranker.namesHave(id, t)),
        );
      const kept =
        !narrowed ||
        (question.trimStart().startsWith(core.split('?')[0] as string) &&
          part.deals.some((ref) => ref.id === (whole.kind === 'answered' ? whole.deals[0]?.id : '')) &&
          !picksOne);
      return part.deals.length >= 2 && kept && !strangeTo(ids) ? { ...part, question } : whole;
    }
    if (narrowed || part.deals.length !== 1) return whole;
    const d = ids[0];
    if (d === undefined) return whole;
    // "The FBI gave WildandStormy to AWS. When was it re-awarded?", "JWCC was cancelled in 2021. …": a told
    // sentence that names a body the corpus does not know (not a place someone lives or works in), or that
    // the engine would correct on its own, claims something the asking sentence must not drop.
    const toldSentences = questionSentences(question).filter((sentence) => !/\?$/u.test(sentence));
    // (Each is asked on its own: past a handful, the question is no chat message, and the cost grows.)
    if (toldSentences.length > MAX_TOLD_SENTENCES) return whole;
    for (const sentence of toldSentences) {
      const read = understand(
        sentence,
        whole.lang,
        (word) => vocabulary.languageOf(word),
        (word) => vocabulary.has(word),
      );
      const stranger = read.tokens.some(
        (t, at) =>
          read.capitalised.has(t) &&
          !isKnown(t) &&
          t.length > 1 &&
          // ("the Austrian army": a nationality is no body; "a 3-yr IaaS commitment": a common noun.)
          !TITLES.has(t) &&
          !placeWords.has(t) &&
          !COUNTRY_WORDS.has(t) &&
          demonymCountry(t) === undefined &&
          !read.tokens.slice(Math.max(0, at - 2), at).some((w) => PLACE_PREPOSITIONS.has(w)),
      );
      if (stranger) return whole;
      const alone = ask(sentence, context);
      if (alone.kind === 'answered' && alone.shape === 'correction') return whole;
    }
    const named =
      aliasPhraseIn(core, [d]).length > 0 ||
      words.some(
        (t) =>
          t.length > 2 &&
          !isStopword(t) &&
          !PROVIDER_WORDS.has(t) &&
          !placeWords.has(t) &&
          aliasWords.has(t) &&
          ranker.dealsAliased(t).includes(d),
      );
    return named && !strangeTo([d]) ? { ...part, question } : whole;
  }

  /**
   * The fact telling a ruling the other way from the one the question claims: the question says something
   * was annulled or declared invalid, a sentence of the entry says the court upheld it or dismissed the
   * action against it (sharing two of the words naming it), and no sentence tells it annulled. Not asked
   * ("Did the Court annul…?") nor denied ("…did not annul").
   */
  function overturnedRuling(understood: Understanding, row: DealRow): number | undefined {
    const spaced = ` ${understood.tokens.join(' ')} `;
    const claim = RULED_VOID.exec(spaced);
    if (claim === null || YES_NO_OPENING.test(spaced.trim())) return undefined;
    const before = spaced.slice(0, claim.index).trim().split(' ').slice(-3);
    if (before.some(negatorIn)) return undefined;
    const named = tokenize(claim[1] ?? claim[2] ?? '').filter(
      (w) => w.length > 2 && !isStopword(w) && !/^\p{N}/u.test(w),
    );
    if (named.length < 2) return undefined;
    const shares = (words: readonly string[]) => named.filter((w) => words.includes(w)).length >= 2;
    let upheld: number | undefined;
    for (const id of row.facts)
      for (const sentence of sentencesOf(id, understood.lang)) {
        if (!shares(sentence.words)) continue;
        const kept = RULED_KEPT.exec(sentence.spaced);
        const voided = RULED_VOID_FACT.exec(sentence.spaced);
        // "dismissed … action … to annul the Data Privacy Framework": the annulment asked for, refused.
        if (voided !== null && (kept === null || kept.index > voided.index)) return undefined;
        if (kept !== null) upheld ??= id;
      }
    return upheld;
  }

  /**
   * The fact whose sentence gives a large share ("more than half of the cloud providers") of what the
   * question claims only a small share of ("very few of the cloud providers"), sharing a word naming it.
   * Not asked ("Were very few…?"), nor denied.
   */
  function largerShare(understood: Understanding, row: DealRow): number | undefined {
    const spaced = ` ${understood.tokens.join(' ')} `;
    const claim = FEW_CLAIMED.exec(spaced);
    if (claim === null || YES_NO_OPENING.test(spaced.trim())) return undefined;
    if (spaced.slice(0, claim.index).trim().split(' ').slice(-3).some(negatorIn)) return undefined;
    const counted = tokenize(claim[1] ?? '').filter((w) => w.length > 2 && !isStopword(w));
    if (counted.length === 0) return undefined;
    const forms = new Set(counted.flatMap((w) => [w, ...stems(w)]));
    // What the claim says of them: whose they are ("…were American", "…sont américains").
    const rest = spaced
      .slice(claim.index + claim[0].length)
      .trim()
      .split(' ')
      .slice(0, 8);
    const claimed = new Set(rest.map(whoseWord));
    claimed.delete(undefined);
    if (claimed.size === 0) return undefined;
    for (const id of row.facts)
      for (const sentence of sentencesOf(id, understood.lang)) {
        const large = LARGE_SHARE.exec(sentence.spaced);
        if (large === null) continue;
        // What the share counts, and whose it says they are: the words just after it.
        const after = sentence.spaced
          .slice(large.index + large[0].length)
          .trim()
          .split(' ');
        if (!after.slice(0, 6).some((w) => forms.has(w) || stems(w).some((stem) => forms.has(stem))))
          continue;
        if (after.slice(0, 12).some((w) => claimed.has(whoseWord(w)))) return id;
      }
    return undefined;
  }

  /**
   * Whose a word says something is: a place's word ("American", "US-owned", "américains"), another country's
   * people ("Chinese"), or a provider.
   */
  function whoseWord(word: string): string | undefined {
    return (
      PLACES.find((place) => place.words.includes(word))?.en ??
      demonymCountry(word) ??
      PROVIDER_BY_WORD.get(word)?.key
    );
  }

  /**
   * The fact whose sentence lists a deal's founders (three names or more after a founding word), when the
   * question claims a provider among them that the sentence does not name. Not when it asks who they were.
   */
  function unlistedFounder(understood: Understanding, row: DealRow, plan: QuestionPlan): number | undefined {
    const spaced = ` ${understood.tokens.join(' ')} `;
    if (plan.providers.length === 0 || !FOUNDERS.test(spaced) || FOUNDERS_ASKED.test(spaced))
      return undefined;
    if (understood.tokens.some(negatorIn)) return undefined;
    for (const id of row.facts) {
      const text = (facts[id] as FactRow).fact.text;
      for (const sentence of text.split(/(?<=\.)\s+/u)) {
        if (!FOUNDERS.test(` ${tokenizeFolded(sentence).join(' ')} `)) continue;
        if ((sentence.match(/(?:^|[:,]\s)\p{Lu}/gu) ?? []).length < 3) continue;
        const words = tokenizeFolded(sentence);
        const listed = (p: { key: string; word: string }) =>
          (PROVIDERS.find((known) => known.key === p.key)?.words ?? [p.word]).some((w) => words.includes(w));
        if (plan.providers.some((p) => !listed(p))) return id;
      }
    }
    return undefined;
  }

  function safeAsk(question: string, context?: AskContext): Answer {
    try {
      return askAround(question, context);
    } catch (error) {
      // ask() must never throw on user input; an engine bug still gets an honest no-answer.
      ctx.onError?.(error, String(question));
      return noAnswer(String(question).slice(0, 200), context?.lang ?? 'en', 'not-covered');
    }
  }

  return { ask: safeAsk, refOf, compose };
}

/** How many sentences told around the asking ones a long question may have for them to be asked alone. */
const MAX_TOLD_SENTENCES = 6;

/** A question's sentences, trimmed; a colon or a semicolon ends one too ("for our internal memo: …"). */
function questionSentences(question: string): string[] {
  return (question.match(/[^.!?:;]+(?:[.!?:;]+|$)/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * The sentences of a question that ask (those ending with a question mark), when others tell around them;
 * undefined when every sentence asks or none does. A colon ends a lead-in ("for our internal memo: …").
 */
export function askingSentences(question: string): string | undefined {
  const sentences = questionSentences(question);
  const asking = sentences.filter((s) => /\?$/u.test(s));
  if (asking.length === 0 || asking.length === sentences.length) return undefined;
  return asking.join(' ');
}

const PROVIDER_DISPLAY = new Map(PROVIDERS.map((p) => [p.key, p.display]));
/** Names written with capitals, linking words included ("Banque de France", "Health Data Hub"). */
const CAPITAL_RUN = /\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:(?:de|du|des|of|the|la|le)\s+)?\p{Lu}[\p{L}\p{N}-]*)*/gu;

/**
 * Whether the whole capitalised name a subject word belongs to is a name some deal has: "Banque" in
 * "Banque de France" is not NumSpot's "Banque des Territoires".
 */
function wholeNameIn(question: string, term: string, names: readonly string[]): boolean {
  for (const run of question.match(CAPITAL_RUN) ?? []) {
    const words = tokenize(fold(run));
    // "Pourquoi S3NS…", "Why GCHQ…": a question's first word has a capital too.
    while (words.length > 1 && (isStopword(words[0] as string) || isQuestionWord(words[0] as string)))
      words.shift();
    if (!words.includes(term)) continue;
    if (nameInRun(words, term, names)) return true;
    // "IA du Deutschland-Stack": names of the deals joined by linking words ("Banque de France" is not).
    const segments: string[][] = [[]];
    for (const word of words)
      if (RUN_LINKS.has(word)) segments.push([]);
      else segments[segments.length - 1]?.push(word);
    const spacedNames = names.map((name) => ` ${tokenize(name).join(' ')} `);
    return segments.every(
      (segment) =>
        segment.length === 0 ||
        (segment.includes(term) && segment.length === 1) ||
        spacedNames.some((name) => name.includes(` ${segment.join(' ')} `)),
    );
  }
  return true;
}

/** Whether some two or more words of a run of capitalised words around `term` make one of `names`. */
function nameInRun(words: readonly string[], term: string, names: readonly string[]): boolean {
  if (words.length === 1) return true;
  const at = words.indexOf(term);
  // "Deutschland-Stack AI": "Deutschland-Stack" is a name of the deals; "Privacy International" has none
  // ("Privacy" alone is the DPF's).
  const spacedNames = names.map((name) => ` ${tokenize(name).join(' ')} `);
  for (let from = 0; from <= at; from++)
    for (let to = Math.max(at + 1, from + 2); to <= words.length; to++) {
      const phrase = ` ${words.slice(from, to).join(' ')} `;
      if (spacedNames.some((name) => name.includes(phrase))) return true;
    }
  return false;
}

/** The linking words a run of capitalised words may have ("Court of Justice", "IA du Deutschland-Stack"). */
const RUN_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'of', 'the', 'la', 'le']);

/** The non-empty parts of `text` between separators, trimmed. */
/**
 * "Amazon's and Oracle's EU sovereign clouds", "le cloud souverain d'AWS vs celui d'Oracle": a part that
 * is only a provider shares the other part's name of the thing compared.
 */
function sharedNamed(
  parts: readonly string[],
  /** Whether a word names a place ("celui d'Oracle en Europe": where the other side's thing is). */
  isPlace: (word: string) => boolean = () => false,
): { parts: string[]; bare: boolean[] } {
  const words = parts.map((part) => tokenize(fold(part)));
  // A possessive or a pronoun marks it ("Amazon's", "celui d'Oracle"); a provider alone ("Scaleway") is
  // a name of its own.
  const bare = words.map(
    (w) =>
      w.some((t) => PROVIDER_WORDS.has(t)) &&
      w.some((t) => POSSESSIVE_FILLERS.has(t)) &&
      w.every((t) => PROVIDER_WORDS.has(t) || POSSESSIVE_FILLERS.has(t) || isStopword(t) || isPlace(t)),
  );
  if (!bare.includes(true) || !bare.includes(false))
    return { parts: [...parts], bare: parts.map(() => false) };
  const longest = words
    .filter((_, i) => !bare[i])
    .reduce((a, b) => (b.length > a.length ? b : a), [] as readonly string[]);
  const shared = longest.filter(
    (t) => !PROVIDER_WORDS.has(t) && !POSSESSIVE_FILLERS.has(t) && !isStopword(t),
  );
  return {
    parts: parts.map((part, i) =>
      bare[i]
        ? // (The shared words first: after a provider, "cloud" would read as its product's name. A place of its
          // own replaces the other part's: "Google's trusted cloud in France and Microsoft's in Germany".)
          [
            ...shared.filter((t) => !isPlace(t) || !(words[i] ?? []).some(isPlace)),
            ...(words[i] ?? []).filter((t) => PROVIDER_WORDS.has(t)),
            ...(words[i] ?? []).filter((t) => isPlace(t) && !shared.includes(t)),
          ].join(' ')
        : part,
    ),
    bare,
  };
}
/** Two sides set against each other, then a colon and the aspect asked of each ("A contre B : où en est chacun"). */
const SIDES_THEN_ASPECT =
  /^([^:?]*\S\s+(?:vs\.?|versus|contre|against)\s+[^:?]*?)\s*:\s(?=.*\b(?:each|chacun|chacune|both|les deux|the two|respective\w*|respectifs?)\b).*$/isu;

/** A bracket without capitals ("(implantations, exploitation)"): aspects or remarks, no name. */
const LOWER_CASE_BRACKET = /\((?![^)]*\p{Lu})[^)]*\)?/gu;

/** Words of a possessive or a pronoun standing for the thing compared ("Amazon's", "celui d'Oracle"). */
const POSSESSIVE_FILLERS: ReadonlySet<string> = new Set(
  's celui celle ceux celles d de du l that one ones of the those'.split(' '),
);

function partsOf(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Words asking in what order deals came, opening a part of the question ("in what order did…"). */
const ORDER_ASKED = /\b(?:in (?:what|which) order|dans quel ordre)\b/giu;

/** An amount claimed per year ("every year", "annually", "par an"). */
const PER_YEAR =
  /\d(?: [a-z]+){0,3} (?:every year|each year|a year|per year|per annum|annually|yearly|par an|chaque annee|annuels?|annuelles?|tous les ans)\b/u;
/** A question that spreads the amount itself, or asks whether it is yearly ("over ten years", "per year or in total"). */
const SPREAD_ASKED =
  /\b(?:over|across|sur) (?:[a-z0-9]+ )?(?:years|ans|annees)\b|\b(?:per year|a year|par an|annual|annuel) (?:or|ou)\b|\b(?:how much|combien) (?:[a-z]+ ){0,4}(?:per year|a year|par an)\b/u;
/** An amount the facts spread over several years ("EUR 2.2 million over five years", "sur cinq ans"). */
const SPREAD_OVER_YEARS =
  /\b(?:EUR|USD|GBP|CHF|AUD|CAD|NZD|\$|€|£)?\s?\d[\d.,]*\s?(?:million|millions|bn|billion|billions|milliards?|m|k|thousand)?\s?(?:EUR|USD|GBP|d'euros|euros|dollars|livres)?\s(?:over|across|spread over|sur|étalés? sur|reparti\w* sur)\s(?:\p{L}+\s)?(?:years|ans|années)\b/giu;

/** A preposition locating what follows ("offers in Europe", "dans l'UE"), at the end of a text. */
const LOCATING_END =
  /\b(?:in|en|au|aux|dans|across|throughout|for|pour|within|outside|near|at|pres de|a cote de|a)\s*$/u;

/** Brackets setting deals aside ("(not the partner clouds)", "(hors Bleu)"). */
const SET_ASIDE_BRACKETS = /\((?:not|excluding|except|apart from|other than|pas|hors|sauf|sans)\b[^)]*\)/giu;

/** What separates the deals a timeline names ("from X to Y", "de X à Y", "X, Y", "X -> Y"). */
const TIMELINE_SEPARATOR =
  /\s*(?<!\p{L})(?:and|et|from|to|de|du|à|jusqu'?à|jusqu'?aux?|then|puis|onwards|or|ou)(?!\p{L})\s*|\s*(?:,|;|:|\/|->|→|(?<=\s)[—–-](?=\s))\s*/iu;

/** Words asking for every deal a name takes part in ("involving G42", "concernant Palantir"). */
const INVOLVING =
  /\b(?:involving|involve|involves|involved|related to|concerning|mentioning|linked to|mixed up in|tied up in|caught up in|a party to|part of|where (?:[a-z0-9-]+ ){1,4}(?:is|was) (?:a |the )?(?:customer|buyer|client|user)|(?:every|all) (?:the )?deals? (?:with|where)|show up|shows up|turns? up|comes? up|appear|appears|impliquant|implique|impliquent|concernant|concerne|concernent|apparait|figure)\b/u;
/** Taking up a product ("who's buying openDesk?", "which organisations are taking it?"): every deal it is in. */
const ADOPTING =
  /\b(?:who (?:is|are|s|has|have) (?:[a-z0-9-]+ ){0,2}?(?:buying|bought|taking|taken up|gone for|going for|adopting|adopted|opted for|signed up for|signed on for)|(?:which|what) (?:[a-z0-9-]+ )?(?:organi[sz]ations|agencies|administrations|institutions|armies|ministries|bodies|customers|clients|governments) (?:(?:are|have|has) )?(?:taking|taken|adopting|adopted|using|buying|bought|signed up for|signed on for|signed on to|signed with|contracted|opted for|chosen|chose|picked|selected|gone for|moved to|switched to|deployed|rolled out)|(?:organi[sz]ations|agencies|administrations|institutions|armies|ministries|bodies|customers) that (?:have |has )?(?:signed up for|signed on for|adopted|chosen|chose|picked|selected|contracted|deployed)|qui (?:a|ont) (?:choisi|adopte|retenu|deploye|signe avec)|(?:quelles?|quels) (?:institutions|organisations|administrations|armees|agences|ministeres|organismes|clients) (?:ont|a) (?:choisi|adopte|retenu|deploye|signe avec))\b/u;

/**
 * Whether a text writes the words of a name together, in order, with at most two words between each
 * ("Bruno Le Maire" for "bruno maire"); a lone word anywhere.
 */
function wordsTogether(text: string, words: readonly string[]): boolean {
  const tokens = tokenizeFolded(text);
  if (words.length === 1) return tokens.includes(words[0] as string);
  return tokens.some((token, at) => {
    if (token !== words[0]) return false;
    let from = at;
    for (const word of words.slice(1)) {
      const next = tokens.slice(from + 1, from + 4).indexOf(word);
      if (next < 0) return false;
      from += next + 1;
    }
    return true;
  });
}

/** Courtesy closing a request ("…pls", "…svp"). */
const COURTESY: ReadonlySet<string> = new Set('pls plz please svp merci thanks thx'.split(' '));
/** Possessives opening a description of a name ("its unit Core42", "sa filiale Core42"). */
const POSSESSIVES: ReadonlySet<string> = new Set('its their his her son sa ses leur leurs'.split(' '));

/** A cue closing a comparison ("…, how do they stack up?", "comment se comparent-ils ?"). */
const COMPARE_TAIL =
  /\s*[,;:—–-]*\s*(?:how do (?:they|the two|these|both) (?:compare|stack up|differ)|how does (?:it|that|this) (?:compare|stack up)|comment (?:se comparent[- ]ils|les comparer)|lequel est (?:le )?mieux|(?:c'est|c’est) quoi (?:la|les) diff[ée]rences?|quelles? (?:sont )?(?:la |les )?diff[ée]rences?|what are the differences|what's the difference|what is the difference)\s*\??\s*$/iu;

/**
 * The aspect a comparison is asked on, closing it ("…and S3NS on the SecNumCloud qualification: where is each
 * one?", "…in terms of value and duration", "…quant à l'objet et à la durée"): it names no side.
 */
const COMPARE_ASPECT =
  /\s+(?:on|in terms of|regarding|as regards|as to|covering|quant (?:à|aux?)|en termes de|sur le plan (?:de|du|des)|s'agissant de|pour ce qui est de)\s+(?:(?:the|their|its|la|le|les|l'|leur|leurs|de|du|des|d')\s*)?(?:[\p{L}-]+\s+){0,2}?(?:qualifications?|status|statuts?|values?|valeurs?|montants?|amounts?|costs?|co[uû]ts?|prices?|prix|durations?|dur[ée]es?|length|scope|p[ée]rim[èe]tres?|objet|ownership|actionnariat|shareholders?|governance|gouvernance|timing|calendriers?|technolog(?:y|ies|ie|ies)|terms|conditions|locations?|hosting|h[ée]bergement|size|taille|money)\b.*$/iu;

/** "with AWS", "avec Google": a provider after "with", before a comparison's next words. */
const WITH_PROVIDER =
  /\s+(?:with|avec)\s+([\p{L}-]+)(?=\s+(?:compare\w*|vs\.?|versus|and|et|against|contre)\b|\s*[,;:?]|\s*$)/giu;

/** "The two", "both", "les deux": a pair asked for by what they share. */
const BOTH_OF = /\b(?:the two|both|les deux|ses deux|their two|its two)\b/;

/**
 * A question clause closing a comparison, after a dash, a colon or a comma ("…, how did they differ?"), or
 * the points to compare after a dash ("bleu vs s3ns - ownership, tech partner and…"; after a colon, the names
 * may follow them: "compare: tech partners of bleu and s3ns").
 */
const COMPARE_QUESTION_TAIL =
  /(?:(?:\s[—–-]|[:;,—–])\s*(?:how|what|why|which|comment|quels?|quelles?|c'est quoi|c’est quoi|en quoi)|(?:\s[—–-]|[:;—–])\s*compar\w*|(?:\s[—–-]|[—–]|(?<=\b(?:compar\w*|contrast\w*|between|entre)\b[^:]*\s\p{L}[^:]*):)\s*(?:ownership|owners?|governance|gouvernance|shareholders?|structure|calendriers?|timing|dates?|prices?|costs?|values?|amounts?|montants?|dur[ée]es?|durations?|status|statut|providers?|fournisseurs?|partners?|partenaires?|tech|technology|scope|p[ée]rim[èe]tre|size|taille|actionnariat))\b.*$/iu;

/** The hyphenated compound a word is written in ("air-gapped" for "air"), or the word itself. */
function compoundOf(question: string, word: string): string {
  const at = question.toLowerCase().indexOf(word.toLowerCase());
  if (at < 0) return word;
  let from = at;
  let to = at + word.length;
  while (from > 0 && /[\p{L}\p{N}-]/u.test(question[from - 1] as string)) from--;
  while (to < question.length && /[\p{L}\p{N}-]/u.test(question[to] as string)) to++;
  return question.slice(from, to);
}

/** Plural deal nouns: a question asking for several deals ("contracts", "accords"). */
const DEAL_NOUNS_ASKED =
  /\b(?:deals|contracts|agreements|partnerships|joint ventures|rulings|entries|accords|contrats|partenariats|coentreprises)\b/;

/** Whether "contract" in a list question means any deal: beside a provider or a place. */
function contractMeansDeal(plan: QuestionPlan): boolean {
  return plan.providers.length > 0 || plan.places.length > 0;
}

/** What separates the deals a comparison names ("X and Y", "X vs Y", "X with Y", "X à Y", "X contre Y"). */
const PART_SEPARATOR =
  /\s*(?:\bdiffers? from\b|\bdifferent from\b|\bstacks? up against\b|\band\b|\bet\b|\bor\b|\bou\b|\bvs\.?|\bversus\b|\bcontre\b|\bwith\b|\bavec\b|\bto\b|(?<!\p{L})à(?!\p{L})|,|;|\/)\s*/iu;

const TERM_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
    'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze',
  ].flatMap((words) => words.split(' ').map((w, i) => [w, i + 1] as const)),
);
/** A length of time in folded, spaced words ("ten year", "30 ans", "18 months", "une decennie"). */
const TERM_LENGTH =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|vingt|trente) (years?|yrs?|months?|ans|annees|mois)\b|\b(decades?|decennies?)\b/g;

/** The lengths of time folded, spaced text gives, as "10 year" or "18 month". */
function termsIn(spaced: string): string[] {
  const terms: string[] = [];
  for (const m of unglued(spaced).matchAll(TERM_LENGTH)) {
    if (m[3] !== undefined) {
      terms.push('10 year');
      continue;
    }
    const word = m[1] as string;
    const n =
      TERM_NUMBERS[word] ?? { twenty: 20, thirty: 30, une: 1, vingt: 20, trente: 30 }[word] ?? Number(word);
    terms.push(`${n} ${/^(?:months?|mois)$/.test(m[2] as string) ? 'month' : 'year'}`);
  }
  return terms;
}

/** "5yr", "3yrs", "18months" typed as one word: the number and its unit apart ("5 yr"). */
const unglued = (spaced: string): string => spaced.replace(/\b(\d+)(yrs?|years?|months?)\b/g, '$1 $2');

/** A term as the question typed it ("30 ans", "ten years", "5 years" for "5yr"), its English unit plural. */
function originalTerm(question: string, term: string): string {
  const [n] = term.split(' ');
  const typed = [...unglued(fold(question).replace(/-/g, ' ')).matchAll(TERM_LENGTH)].find((m) =>
    termsIn(m[0]).includes(term),
  );
  if (typed === undefined || typed[1] === undefined)
    return `${n} ${term.endsWith('month') ? 'months' : 'years'}`;
  const unit = typed[2] as string;
  const english = /^(?:years?|yrs?|months?)$/.test(unit);
  const one = n === '1';
  return english ? `${typed[1]} ${unit.startsWith('m') ? 'month' : 'year'}${one ? '' : 's'}` : typed[0];
}

/** Words before a place ("in", "near", "à", "de", "autour de"). */
/** A question placing something: a region, a data centre, a site ("sits in", "located in"). */
const LOCATED =
  /\b(?:region|regions|data ?cent(?:re|er)s?|datacent(?:re|er)s?|dcs?|site|sites|campus|facility|facilities|located|based|sits?|hosted|built|region cloud|centre de donnees|centres de donnees|situee?s?|implantee?s?|installee?s?|regions?)\b/;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at near around outside from a au aux en de du dans pres autour vers'.split(' '),
);
/** A word written in lower case. */
/** "any", "aucun": a question asking whether there is one at all. */
const ANY_WORDS: ReadonlySet<string> = new Set('any anything anyone aucun aucune quelconque'.split(' '));

/** A number of the question that is a year ("2025"). */
const isYearNumber = (n: string): boolean => YEAR.test(n) && n.length === 4;
/** The years a question names. */
const yearsNamed = (understood: Understanding): string[] => understood.numbers.filter(isYearNumber);

/** Nouns for a company that, beside a nationality, claim one of that country ("a British provider"). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(
  'provider providers company companies firm firms supplier suppliers vendor vendors operator operators outfit outfits fournisseur fournisseurs entreprise entreprises societe societes prestataire prestataires operateur operateurs hebergeur hebergeurs'.split(
    ' ',
  ),
);
const COMPANY_ALTERNATION = [...COMPANY_NOUNS].join('|');
const CLOUD_WORDS: ReadonlySet<string> = new Set(['cloud', 'clouds', 'hosting', 'tech']);
const INDEFINITE: ReadonlySet<string> = new Set(['un', 'une', 'des', 'a', 'an']);
/** Choosing, hosting or winning: what a company of a nationality is claimed to have done ("went with a Swiss provider"). */
const NATIONAL_CHOICE =
  /\b(?:cho(?:ose|se|sen|osing)|pick\w*|select\w*|retenu\w*|choisi\w*|host(?:s|ed|ing)?|heberg(?:e|ent|ee|ees|es|er|eait|eaient)|won|win\w*|award\w*|attribu\w*|contracted|prefer\w*|go for|goes for|went (?:for|with)|ended up|made the cut|mis|put|placed|stor\w*|rel(?:y|ies|ied) on)\b/;
/**
 * A company of a nationality in a question ("a British cloud company", "un fournisseur cloud britannique",
 * "chez un cloud britannique"): its place, and whether it is claimed chosen, hosting or winning by the verb
 * just before it or just after it ("picked a Swiss provider", "Japanese companies were chosen"), not by a
 * verb of someone else further on ("how did British providers react to GCHQ picking AWS?").
 */
function nationalCompanyIn(
  tokens: readonly string[],
): { place: (typeof PLACES)[number]; chosen: boolean } | undefined {
  // Where the company's words end, or -1.
  const companyEnd = (at: number, step: number) =>
    COMPANY_NOUNS.has(tokens[at + step] ?? '')
      ? at + step
      : CLOUD_WORDS.has(tokens[at + step] ?? '') &&
          (COMPANY_NOUNS.has(tokens[at + 2 * step] ?? '') ||
            (step < 0 && INDEFINITE.has(tokens[at + 2 * step] ?? '')))
        ? at + 2 * step
        : -1;
  for (let at = 0; at < tokens.length; at++) {
    const place = PLACE_BY_WORD.get(tokens[at] as string);
    if (place === undefined) continue;
    const after = companyEnd(at, 1);
    const before = companyEnd(at, -1);
    if (after < 0 && before < 0) continue;
    const from = after >= 0 ? at : before;
    const to = after >= 0 ? after : at;
    const chosen =
      NATIONAL_CHOICE.test(tokens.slice(Math.max(0, from - 5), from).join(' ')) ||
      NATIONAL_CHOICE.test(
        tokens
          .slice(to + 1, to + 5)
          .join(' ')
          .replace(/\b(?:to|about|of|on|at|with|a|au|sur|de)\b.*$/, ''),
      );
    return { place, chosen };
  }
  return undefined;
}
/** A French question asking by inversion ("un hébergeur suisse a-t-il été retenu ?"), not claiming. */
const INVERTED_ASKING =
  /\b(?:[a-z]+ t (?:il|elle|ils|elles|on)|(?:ont|sont|est|etaient|seront|avaient|avait) (?:ils|elles|il|elle)|est ce qu\w*)\b/;
const BID_NOUNS: ReadonlySet<string> = new Set(
  'bid bids offer offered offre offres proposal tender'.split(' '),
);
/** Withdrawing from a competition ("Oracle and Microsoft withdrew"). */
const WITHDREW = /\b(?:withdr[ae]w\w*|pulled out|did not bid|dropped out|se (?:sont|est) retir\w*)\b/i;

/** Declining or shelving something ("declined SMS probes", "a renoncé aux enquêtes"). */
const DECLINING = /\b(?:declin\w*|shelv\w*|renonc\w* (?:a|aux|au) (?:[a-z]+ ){0,2}enquetes?)\b/;

/** Two parties named as partners ("in partnership with Aramco"). */
const PARTNERED =
  /\b(?:in partnership with|partnered with|partnering with|joint venture with|together with|en partenariat avec)\b/i;

/** A sentence telling an award or a win ("awarded a framework agreement", "won the tender"). */
const AWARDED =
  /\b(?:award(?:ed|s)?|won|wins|selected|chose|chosen|picked|attribu\w*|remport\w*|retenu\w*)\b/i;

/** Two to five capitalised words in a row ("New York Times", "Court of Justice" is not one). */
const CAPITALISED_RUN = /\b\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,4}\b/gu;

/** The clause of `question` (between commas, semicolons or question marks) where `pattern` matches, folded and spaced; the whole question when none does. */
function clauseOf(question: string, pattern: RegExp): string {
  const clauses = question.split(/[,;?]/u).map((c) => tokenizeFolded(c).join(' '));
  return clauses.find((c) => pattern.test(c)) ?? tokenizeFolded(question).join(' ');
}

/** Whether the question asks "can they…?" ("…under that deal can they even inspect…"), no question word before it. */
function canTheyAsked(tokens: readonly string[]): boolean {
  const at = tokens.findIndex(
    (t, i) =>
      ((t === 'can' || t === 'could') &&
        ['they', 'it', 'we', 'you', 'anyone'].includes(tokens[i + 1] ?? '')) ||
      // "peuvent-ils même transférer…?"
      (['peuvent', 'peut', 'pourraient', 'pourrait'].includes(t) &&
        ['ils', 'elles', 'il', 'elle', 'on'].includes(tokens[i + 1] ?? '')),
  );
  return at >= 0 && !tokens.slice(0, at).some(isQuestionWord);
}

/** A scene-setting lead-in, then a request after a colon, a dash or a full stop ("…: compare X and Y"). */
const LEAD_IN =
  /^[^:;.!?]{3,}?(?::|;|\s[-–—]\s|[.!?]+\s)\s*((?:compare|contrast|comparez|comparer|compare[rz]|list|liste[rz]?|timeline|chronologie|give me (?:a )?(?:list|timeline)|donne[sz]?(?: moi)? (?:la )?(?:liste|chronologie))\b[\s\S]*)$/i;

/** Words that open a question about the noun after them ("what stake…", "quelle part…"). */
const NOUN_ASKERS: ReadonlySet<string> = new Set(
  'what which how much many quel quels quelle quelles combien'.split(' '),
);

/** Words that end one clause and start another ("…had the bigger discount, so how did TIM win it?"). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(
  'so but yet then whereas although though while despite about regarding concerning mais donc alors puis pourtant tandis cependant malgre'.split(
    ' ',
  ),
);

/** Whether a pairing verb ("won", "chose", "signé") stands in the clause of the word at `at`. */
function claimedInClauseOf(tokens: readonly string[], at: number): boolean {
  // A break opening the question ("so google got a slice…") ends no clause.
  if (at < 0 || !tokens.some((t, i) => i > 0 && CLAUSE_BREAKS.has(t) && !(REPORTED.has(t) && i < at)))
    return true;
  let from = at;
  while (
    from > 0 &&
    !(
      from - 1 > 0 &&
      CLAUSE_BREAKS.has(tokens[from - 1] as string) &&
      !REPORTED.has(tokens[from - 1] as string)
    )
  )
    from--;
  let to = at;
  while (to + 1 < tokens.length && !CLAUSE_BREAKS.has(tokens[to + 1] as string)) to++;
  const clause = tokens.slice(from, to + 1);
  const spaced = clause.join(' ');
  return (
    clause.some((t) => isPairingWord(t) && !WEAK_PAIRING_WORDS.has(t)) ||
    GOING_WITH.test(spaced) ||
    DEAL_WITH.test(spaced) ||
    clause.some((t) => WIN_WORDS.has(t))
  );
}

/** The words texts write in lower case throughout, folded (each distinct word folded once). */
function lowerCaseWords(texts: readonly string[]): Set<string> {
  const raw = new Set<string>();
  for (const text of texts) for (const word of text.match(LOWER_CASE_WORD) ?? []) raw.add(word);
  const folded = new Set<string>();
  // Most are plain ASCII already: folding changes nothing there.
  for (const word of raw) folded.add(/^[a-z0-9-]+$/u.test(word) ? word : fold(word));
  return folded;
}

/** Most words of a lead-in before an asking clause that a found answer is re-asked without ("And Denmark, …"). */
const SHORT_LEAD = 3;

/** Words before a year that make it the end of a term ("until 2028", "jusqu'en 2028"). */
const UNTIL_WORDS: ReadonlySet<string> = new Set('until till through thru jusqu'.split(' '));
/** Words telling a term extended ("prolonged until 2028"). */
const EXTENDING: ReadonlySet<string> = new Set(
  'prolonged extended renewed prolong extend renew prolonge prolongee prolonges renouvele renouvelee reconduit reconduite'.split(
    ' ',
  ),
);
/** Statuses of a deal that no longer runs. */
const ENDED_STATUSES: ReadonlySet<string> = new Set(['completed', 'cancelled', 'superseded', 'suspended']);

/** A word written in lower case throughout ("hyperscaler"; not "openDesk" nor "iCloud", names). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{N}-]*(?![\p{L}\p{N}])/gu;
/** Two to five capitalised words in a row, opening a fact or not after a sentence's end: a person's name, most often. */
const PERSON_NAME = /(?<=^|[\p{L}\p{N},;:)] )\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,4}(?![\p{L}\p{N}])/gu;
/** A one-word capitalised name standing alone in a party field or one of its lists. */
const LONE_NAME =
  /(?:^|[(,;:]\s*|\b(?:and|with|e\.g\.|including|such as)\s+)(\p{Lu}[\p{L}\p{N}-]+)(?=\s*(?:$|[),;]|\(|\s(?:and|with)\b))/gu;

/** Words of regions, not countries ("EU", "Europe"): a deal in Germany need not write them. */
const REGION_WORDS: ReadonlySet<string> = new Set(
  PLACES.filter((p) => p.matches.length > 1).flatMap((p) => p.words),
);

/** Outcomes a question may claim ("approved", "paid", "suspended"), folded. */
const APPROVAL_CLAIMS: ReadonlySet<string> = new Set(
  'confirm confirmed confirms confirme confirmee approve approved approves approving authorise authorised authorize authorized allow allowed clear cleared accept accepted accepts uphold upheld approuve approuvee approuver autorise autorisee autoriser accepte acceptee valide validee validate validated validates validating'.split(
    ' ',
  ),
);
/** Nouns of an action brought to undo something ("recours en annulation", "action for annulment"). */
const ACTION_NOUNS: ReadonlySet<string> = new Set(
  'recours action actions demande demandes requete request application petition'.split(' '),
);
/** Claimed outcomes that undo something (a court striking a decision down). */
const ANNULLING: ReadonlySet<string> = new Set(
  'annul annulled annuls annulling annule annulee annuler annulation invalidation invalidate invalidated invalide invalidee overturn overturned strike struck quash quashed'.split(
    ' ',
  ),
);
// ("pays" is French for country: left out.)
const OUTCOME_CLAIMS: ReadonlySet<string> = new Set([
  ...APPROVAL_CLAIMS,
  ...ANNULLING,
  ...'pay paid paying suspend suspended suspends paye payee payer suspendu suspendue suspendre'.split(' '),
]);
/** Words before a verb that make it an aim, not an outcome ("an action to annul", "pour annuler"). */
/** A claim that something was never done, and its verb ("has never required", "n'a jamais exigé"). */
const NEVER_CLAIM = /\b(?:never|jamais) ((?!been|had|ete|eu\b)[a-z]{4,})\b/;
const ENGLISH_MONTHS =
  'January February March April May June July August September October November December'.split(' ');
const FRENCH_MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...ENGLISH_MONTHS.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ...FRENCH_MONTHS.map((m, i) => [fold(m), i + 1] as const),
  ...'jan feb apr jun jul aug sep sept oct nov dec'
    .split(' ')
    .map(
      (m) =>
        [
          m,
          ['jan', 'feb', '', 'apr', '', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
            m.slice(0, 3),
          ) + 1,
        ] as const,
    ),
]);
/** A month and its year in folded, spaced words ("6 may 2021", "mars 2022"). */
const MONTH_YEAR = new RegExp(
  `\\b(${[...MONTH_NUMBERS.keys()].join('|')}) (?:\\d{1,2} )?((?:19|20)\\d{2})\\b`,
  'g',
);

/** The months folded, spaced text dates things in, as "2021-05". */
function monthsIn(spaced: string): string[] {
  const found: string[] = [];
  for (const m of spaced.matchAll(MONTH_YEAR)) {
    const n = MONTH_NUMBERS.get(m[1] as string);
    if (n !== undefined && n > 0) found.push(`${m[2]}-${String(n).padStart(2, '0')}`);
  }
  return found;
}

/** Things counted that a question may give a wrong number of (stems: "workstation", "poste", "employ"). */
const COUNTED =
  /^(?:workstation|poste|employe|staff|agent|fonctionnaire|civil|instance|founder|fondateur|ministr|ministere|vendor|fournisseur|provider|compan|entreprise|countr|pays|agenc|mailbox|boite|seat|licen|user|utilisateur|school|ecole|municipal|commune|datacent|data-cent|region|server|serveur|member|membre|bidder|soumission|state|etat)/;

/** The counts folded words give ("18 000 postes" → 18000 "poste"; "five vendors" → 5 "vendor"). */
function countsIn(words: readonly string[]): Array<{ n: number; noun: string; qualified: boolean }> {
  const counts: Array<{ n: number; noun: string; qualified: boolean }> = [];
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at] as string;
    let n = TERM_NUMBERS[word] ?? (/^\d+$/.test(word) ? Number(word) : undefined);
    if (n === undefined) continue;
    let next = at + 1;
    // "18 000": a thousands group written apart.
    if (/^\d{3}$/.test(words[next] ?? '') && /^\d{1,3}$/.test(word)) {
      n = n * 1000 + Number(words[next]);
      next += 1;
    }
    // Years are no counts.
    if (n >= 1900 && n <= 2100 && /^\d{4}$/.test(word)) continue;
    // "22 founding members", "three separate air-gapped instances": the noun within a few words.
    // "the one where no provider…": "one" is no count unless single ("un seul fournisseur"); the noun
    // phrase ends at a function word.
    if (n < 2 && !/^\d/.test(word) && !SINGLE.has(words[next] ?? '')) continue;
    for (let c = next; c < Math.min(words.length, next + 4); c += 1) {
      const candidate = words[c] as string;
      if (/^\d/.test(candidate) || isStopword(candidate)) break;
      let stem = COUNTED.exec(candidate)?.[0];
      // "seven member states" counts states, as "the seven states" does.
      if ((stem === 'member' || stem === 'membre') && /^(?:state|etat)/.test(words[c + 1] ?? ''))
        stem = 'state';
      if (stem !== undefined) {
        const qualified = words.slice(next, next + 4).some((w) => DEMONYM_PLACES.has(w));
        counts.push({ n, noun: NOUN_KIN[stem] ?? stem, qualified });
        break;
      }
    }
  }
  return counts;
}
const SINGLE: ReadonlySet<string> = new Set(['seul', 'seule', 'single', 'sole']);
/** Stems that count the same thing in English and French. */
const NOUN_KIN: Readonly<Record<string, string>> = {
  poste: 'workstation',
  employe: 'staff',
  agent: 'staff',
  ministere: 'ministr',
  fournisseur: 'vendor',
  provider: 'vendor',
  entreprise: 'compan',
  etat: 'state',
  pays: 'countr',
  boite: 'mailbox',
  utilisateur: 'user',
  ecole: 'school',
  commune: 'municipal',
  serveur: 'server',
  membre: 'member',
  fonctionnaire: 'staff',
  civil: 'staff',
  fondateur: 'founder',
  soumission: 'bidder',
  'data-cent': 'datacent',
};

/** Verbs of giving money ("pledged", "invested", "a promis", "investit"). */
const MONEY_GIVEN = /^(?:pledg|invest|commit|promis|spen[dt]|put|paid|pay|financ|contribut|inject|mis|mettr)/;
/** A majority claimed handed over ("sold the majority of S3NS to Google"), see {@link MAJORITY_CLAIM}. */
const TRANSFER_VERBS =
  'sold|sell|sells|ceded|cede|handed|hand|transferred|gave|vendu|vend|transfere|passe|laisse';
const TRANSFERRED = new RegExp(`^(?:${TRANSFER_VERBS})\\b`);
/**
 * A majority stake claimed ("majority-owned by", "holds the majority", "majoritaire", "sold the majority of
 * S3NS to Google").
 */
const MAJORITY_CLAIM = new RegExp(
  String.raw`\b(?:majority (?:owned|held|controlled|control|owner|shareholder|stake|investor|partner)\w*|(?:${TRANSFER_VERBS}) (?:the |its |their |la |sa |leur )?majorit\w* (?:of |in |de |d |du )?(?:[a-z0-9-]+ ){1,3}(?:to|a) |(?:hold|holds|held|has|owns|own|detient|possede|a)(?: t)?(?: il| elle| ils| elles)? (?:the |a |la )?majorit\w*|majoritaire\w*|(?:detenue?s?|controlee?s?|possedee?s?) majoritairement|majoritairement (?:detenue?s?|controlee?s?|possedee?s?)|(?:controlled|controlee?s?) (?:by|par)|controlling (?:majority|stake|interest)|(?:subsidiary|filiale) (?:controlee )?(?:of|de|d)|(?:bought|buys|buy|acquired|purchased|took over|rachete|achete)(?: [a-z0-9-]+){1,2} (?:outright|entierement|en totalite|a 100)|wholly owned|(?:take|takes|took|taken|taking|gain\w*|get|got|seiz\w*) (?:full|total|complete) (?:ownership|control)|(?:pris|prendre|prend|prenne) (?:le )?controle (?:total|majoritaire))\b`,
);
/** A verb's particles ("struck down", "threw out"): no object of it. */
const PARTICLES: ReadonlySet<string> = new Set('down out off up over away'.split(' '));
const AIMING: ReadonlySet<string> = new Set('to for pour de d seeking aiming would could might'.split(' '));
/** Verbs before "to pay" that claim the payment was made ("agreed to pay"). */
const CONSENTING: ReadonlySet<string> = new Set(
  'agree agreed agrees decide decided chose choose accept accepted accepte decide decidee'.split(' '),
);
/** An approval in several words ("sign off on", "give the green light", "feu vert"). */
const APPROVAL_PHRASE =
  /\b(?:sign(?:ed|s)? off(?: on)?|green ?light\w*|greenlit|feu vert|rubber ?stamp\w*|ok ?d(?! accord)|okay(?:ed|s)?|wav(?:ed|es|e) (?:[a-z0-9-]+ ){0,6}through|(?:confirm\w*|declar\w*|found|ruled|jug\w*)(?: [a-z]+){0,4} (?:valid|lawful|legal|valable|legale?))\b/;
/** Annulling in other words ("tore up the framework", "ripped up"). */
const TORN_UP = /\b(?:tore|torn|tear|tears|tearing|ripped|rip|rips) up\b/;
/**
 * An outcome ordered, in a noun ("ordered the suspension", "ordonné la suspension"), or told as done, by whom
 * ("après la suspension du Health Data Hub par le Conseil d'État").
 */
const ORDERED_OUTCOME =
  /\b(?:(?:order\w*|ordonn\w*|prononc\w*)(?: [a-z0-9]+){0,4} (suspension|annulation|suspend\w*)|(?:after|since|following|apres|depuis|suite a) (?:the |la |l )?(suspension|annulation|annulment|cancellation) (?:(?:of|du|de|des|d) (?:[a-z0-9-]+ ){1,6}(?:by|par)|(?:by|par) ))\b/;
/** "…lose the tender to Fastweb and Aruba", "perdu l'appel d'offres face à Fastweb": who it claims won. */
const LOST_TO =
  /\b(?:lose|loses|lost|losing|perdu|perd|perdre)\b(?: [a-z0-9-]+){0,6}? (?:to|face a|contre) ([a-z0-9-]+(?: (?:and|et) [a-z0-9-]+)?)/u;
/** "…giving the PSN to Fastweb and Aruba", "attribué le PSN à Fastweb": who it claims won. */
const GIVEN_TO =
  /\b(?:giv\w*|gave|hand\w*|award\w*|attribu\w*|confi\w*)\b(?: [a-z0-9-]+){0,5}? (?:to|a) ([a-z0-9-]+(?: (?:and|et) [a-z0-9-]+)?)/u;
// What says a provider lost or was let go (a bid alone is no loss: the winners bid too).
const LOSS =
  /\b(?:lost|losing|excluded|left out|unsuccessful|rejected|eliminated|replac\w*|protest\w*|cancel\w*|phase\w* out|end\w* (?:its|the) hosting)\b/;
// What says a company holds no part of a deal ("no share in its capital", "aucune participation").
/** Events a year is checked against (not drastic ones: those are checked whether told at all). */
const COMPLETED_KIN =
  /\b(?:complet\w*|finish\w*|achev\w*|termin\w*|boucl\w*|finali[sz]\w*|wrapped up|fully (?:in place|implemented|delivered))\b/;
/** Words just before an event that make it a plan or a promise ("planned to be finished", "due to close"). */
const PLANNED_BEFORE =
  /\b(?:plann?ed|promis\w*|pledg\w*|expected|due|schedul\w*|aim\w*|intend\w*|target\w*|would|will|to be|devant|devait|prevu\w*|devrait)\b/;
/** A deal's first contract ("its very first contract", "son tout premier contrat"), in folded words. */
const FIRST_SIGNED =
  /\b(?:first|premier|premiere|initial|original) (?:[a-z]+ )?(?:contract|deal|agreement|contrat|accord)\b/;
const SIGNING: ReadonlySet<string> = new Set(
  'sign signed signing signe signa conclu concluded awarded'.split(' '),
);
const APPROVED_KIN = /\b(?:approv\w*|adopt\w*|approuv\w*|green ?light\w*|greenlit)\b/;
const BANNED_KIN = /\b(?:bann\w*|prohibit\w*|interdi\w*|abolish\w*)\b/;
const OPENED_KIN = /\b(?:open\w*|inaugurat\w*|went live|launch\w*)\b/;
const QUALIFIED_KIN = /\b(?:qualif\w*|certif\w*|granted|obtain\w*|obtenu\w*)\b/;
/** Words of a qualification or label (folded tokens). */
const QUALIFICATION_WORDS = /^(?:secnumcloud|qualif\w*|certif\w*|label\w*|hds|c5|eucs)$/;
const RENAMED_KIN = /\b(?:renam\w*|rebapti\w*|renomm\w*|new name|nouveau nom)\b/;
/** A table of verbs (space-separated, folded) to the pattern telling their event in a fact. */
function eventKins(rows: ReadonlyArray<readonly [string, RegExp]>): ReadonlyMap<string, RegExp> {
  return new Map(rows.flatMap(([verbs, kin]) => verbs.split(' ').map((verb) => [verb, kin] as const)));
}
const DATED_EVENTS = eventKins([
  ['completed finished boucle acheve termine finalised finalized wrapped', COMPLETED_KIN],
  ['renamed rebaptise renomme', RENAMED_KIN],
  ['approved approve approuve adopted adopte greenlit', APPROVED_KIN],
  ['obtained obtenu decroche earned gained secured', QUALIFIED_KIN],
  ['opened ouvert ouverte inaugurated inaugure inauguree', OPENED_KIN],
  ['banned prohibited interdit interdits interdite interdites', BANNED_KIN],
]);
/** "Split between", "only … and …": a claim that the providers named are all there are (folded words). */
const ONLY_THESE =
  /\b(?:split|shared|divided|carved up|partage\w*|reparti\w*|divise\w*) (?:[a-z]+ )?(?:between|among|entre)\b|\b(?:only|seulement|uniquement) (?:to |a |by |par |the )?(?:aws|amazon|microsoft|azure|google|oracle|ibm)\b/;
/** The big cloud providers, whose share of a multi-award deal a question may get wrong. */
const HYPERSCALERS: ReadonlySet<string> = new Set(['aws', 'microsoft', 'google', 'oracle', 'ibm', 'alibaba']);
/** Number words of two or more, as regex alternatives: "une entreprise allemande" counts nothing. */
const COUNT_NUMBER_WORDS = Object.keys(TERM_NUMBERS)
  .filter((w) => (TERM_NUMBERS[w] as number) >= 2)
  .join('|');

/** A place's adjectives by each of them ("german" → german, allemand, allemande…): no country names. */
const DEMONYM_PLACES: ReadonlyMap<string, readonly string[]> = new Map(
  PLACES.flatMap((p) => {
    const adjectives = p.words.filter((w) => !COUNTRY_NAMES.has(w) && !w.includes(' '));
    return adjectives.map((w) => [w, adjectives] as const);
  }),
);

/** The figures of a question's numbers, units aside ("400m" → "400", "2020" → "2020"). */
function leadingFigures(numbers: readonly string[]): string[] {
  return numbers.map((n) => /^\d+/.exec(n)?.[0] ?? n);
}

/** Whether folded text writes every one of the figures (as the start of a number). */
function writesFigures(text: string, figures: readonly string[]): boolean {
  return figures.every((f) => new RegExp(`\\b${f}`).test(text));
}

/** Words before a provider that pair it with a contract ("with Oracle", "to Microsoft", "avec AWS"). */
const PAIRING_BEFORE: ReadonlySet<string> = new Set(
  'with to avec a au by par chose choose picked pick selected select hired choisi retenu selectionne'.split(
    ' ',
  ),
);
/** Verbs after a provider that claim its win ("Oracle won", "Microsoft got"). */
const WINNING_AFTER: ReadonlySet<string> = new Set(
  'won wins win got gets landed lands signed signs bagged secured a ont remporte obtenu'.split(' '),
);
/** Words that tell a provider beside a contract, not its party ("replace", "keep", "alongside"). */
const NOT_PAIRING: ReadonlySet<string> = new Set(
  'replace replaced replacing keep kept keeping alongside besides after apres remplace remplacer garde garder withdraw withdrew withdrawn retire'.split(
    ' ',
  ),
);

/** A contract told in a fact ("a 23-month Azure private cloud agreement signed in May 2020 had earned…"). */
const SIDE_CONTRACT = /\b(?:agreement|contract) signed\b|\bhad earned\b/;
/** "HMRC had earlier hired IBM to move out of them by June 2022": an earlier contract, told with its date. */
const HIRED_EARLIER = /\bhad (?:earlier |previously |already )?hired\b/;

/** A choice told in a sentence, in whatever voice (folded words). */
const CHOSEN_WORDS = /\b(?:chos\w*|choos\w*|select\w*|pick\w*|retenu\w*|choisi\w*|selectionn\w*)\b/;

/** A provider's word as its key ("amazon" is "aws"), any other word as it is. */
function providerKeyOf(word: string): string {
  return PROVIDER_BY_WORD.get(word)?.key ?? word;
}

/** Titles a person is given, each a kind of office in both languages (folded words). */
const TITLE_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'head of government',
    /(?<!\b(?:vice|deputy) )\b(?:prime minister|premier ministre|pm|chancellor|chancelier\w*)\b/,
  ],
  [
    'deputy head of government',
    /\b(?:vice|deputy) (?:prime minister|premier ministre|chancellor)\b|\bvice premier ministre\b/,
  ],
  ['president', /(?<!\bvice )\bpresident\w*\b/],
  [
    'chief executive',
    /\b(?:ceo|chief executive|pdg|managing director|md|directeur general|directrice generale)\b/,
  ],
  ['director-general', /\b(?:director general|directeur general|directrice generale|dg)\b/],
  ['chief information officer', /\b(?:cio|chief information officer|dsi)\b/],
  ['chief technology officer', /\b(?:cto|chief technology officer|directeur technique)\b/],
  ['commercial director', /\b(?:commercial director|directeur commercial|directrice commerciale)\b/],
  [
    'finance minister',
    /\b(?:finance minister|minister of finance|ministre des finances|treasury|chancellor of the exchequer)\b/,
  ],
  [
    'digital minister',
    /\b(?:digital minister|minister (?:for|of) digital\w*|ministre du numerique|ministre (?:charge )?du numerique)\b/,
  ],
  [
    'minister',
    /(?<!\bprime |\bpremier |\bfinance |\bdigital )\b(?:minister|ministre)\b(?! (?:of finance|for digital|of digital|des finances|du numerique))/,
  ],
  ['commissioner', /\b(?:commissioner|commissaire)\b/],
  ['mayor', /\b(?:mayor|maire)\b/],
  ['member of parliament', /\b(?:senator|senateur|senatrice|mp|mep|depute\w*|member of parliament)\b/],
];

/** Kinds of minister: each is a minister too. */
const MINISTERS: ReadonlySet<string> = new Set(['finance minister', 'digital minister']);

/** The kinds of office a span of folded words gives. */
function titlesIn(spaced: string): Set<string> {
  return new Set(TITLE_KINDS.filter(([, pattern]) => pattern.test(spaced)).map(([kind]) => kind));
}

/**
 * A person's name the question types in full and the titles it gives them: just before the name ("Prime
 * Minister Rachel Noble") or in an apposition after it ("Victoria Cope, the MoD's CIO").
 */
function claimedTitle(
  tokens: readonly string[],
  names: ReadonlySet<string>,
): { name: readonly [string, string]; titles: Set<string>; around: readonly string[] } | undefined {
  const at = tokens.findIndex((t, i) => names.has(t) && names.has(tokens[i + 1] ?? ''));
  if (at < 0) return undefined;
  // "the Greek Prime Minister and Brad Smith": a title before a conjunction is another person's.
  const lead = tokens.slice(Math.max(0, at - 3), at);
  const joined = Math.max(...['and', 'et', 'or', 'ou', 'with', 'avec'].map((w) => lead.lastIndexOf(w)));
  const before = lead.slice(joined + 1);
  const titles = titlesIn(before.join(' '));
  const around = titles.size > 0 ? [...before] : [];
  const take = (span: readonly string[]) => {
    const found = titlesIn(span.join(' '));
    for (const t of found) titles.add(t);
    if (found.size > 0) around.push(...span);
  };
  if (APPOSITION.has(tokens[at + 2] ?? '')) take(tokens.slice(at + 3, at + 8));
  // "Peng Xiao signed the deal as Microsoft's CEO", "en tant que PDG de…": a title later in the question,
  // unless another full name comes with it ("…as Microsoft's CEO Satya Nadella").
  const as = tokens.findIndex(
    (t, i) =>
      i > at + 1 && (t === 'as' || (t === 'tant' && tokens[i - 1] === 'en' && tokens[i + 1] === 'que')),
  );
  const span = as < 0 ? [] : tokens.slice(as + (tokens[as] === 'tant' ? 2 : 1), as + 6);
  // …not "as well as", "such as", nor a clause ("as the G42 chief executive did").
  const clause = span.some((t) => CLAUSE_VERBS.has(t));
  if (
    span.length > 0 &&
    !clause &&
    !['well', 'such', 'far', 'long', 'much', 'soon'].includes(tokens[as - 1] ?? '') &&
    !['well', 'if', 'though'].includes(span[0] ?? '') &&
    !span.some((t) => names.has(t))
  )
    take(span);
  return titles.size === 0
    ? undefined
    : { name: [tokens[at] as string, tokens[at + 1] as string], titles, around };
}
const APPOSITION: ReadonlySet<string> = new Set(['the', 'a', 'an', 'le', 'la', 'l', 'un', 'une']);
/** Verbs that make "as …" a clause ("as the G42 chief executive did"), not a title. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  'did does do had has have was were is are said says signed fait ont'.split(' '),
);

/**
 * A role claimed of a name, and how a fact tells who had it: who led ("MI6 ran the procurement": the name
 * before the verb, and the words of what was led) or what was chosen ("picked OVH": the name after it).
 */
const NAME_SWAPS: ReadonlyArray<{
  verbs: ReadonlySet<string>;
  /** Whether the verb at `at` is one ("numéro un", "en tête"; not any "numéro"). */
  accept?: (tokens: readonly string[], at: number) => boolean;
  /** Whether only a person's name can be claimed (a leader in office). */
  people?: boolean;
  /** Whether the name claimed comes before the verb, and how many words away it may be. */
  before: boolean;
  window: number;
  /** How a fact tells it: the name, and the words of what (or else `shared` of the question's words). */
  fact: RegExp;
  shared: number;
}> = [
  {
    verbs: new Set(
      'ran run runs running led lead leads leading headed heads spearheaded drove oversaw pilote dirige mene'.split(
        ' ',
      ),
    ),
    before: true,
    window: 3,
    shared: 0,
    fact: /(?<name>\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*) (?:led|leads|ran|runs|headed|heads|spearheaded|oversaw|oversees) (?<what>(?:[\p{L}\p{N}-]+ ?){1,5})/gu,
  },
  {
    verbs: new Set('picked pick chose chosen choose selected opted pris choisi retenu opte'.split(' ')),
    before: false,
    window: 3,
    shared: 2,
    fact: /\b(?:picked|chose|chosen|selected|opted for|went with) (?<name>\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*)/gu,
  },
  // "Why did Petro sign Nube Pública IV?": "concluded in 2021, while Iván Duque was president".
  {
    verbs: new Set('sign signed signing signe concluded conclu'.split(' ')),
    people: true,
    before: true,
    window: 4,
    shared: 1,
    fact: /\b(?:while|when) (?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*) was (?:president|prime minister|chancellor|premier)\b/gu,
  },
  // "Why did Judge Wheeler side with IBM?": "decided in AWS's favour".
  {
    verbs: new Set('sided side sides siding'.split(' ')),
    before: false,
    window: 3,
    shared: 2,
    fact: /\b(?:sided with|ruled for|found for|(?:decided|ruled|found) in) (?:the )?(?<name>\p{Lu}[\p{L}\p{N}-]*)(?:'s)? favou?r/gu,
  },
  // "AWS, numéro un des ventes de l'UGAP", "Microsoft topped the orders": "OVH led with EUR 19.5m".
  {
    verbs: new Set('tete topped topping numero'.split(' ')),
    accept: (tokens, at) =>
      tokens[at] === 'tete'
        ? tokens[at - 1] === 'en'
        : tokens[at] === 'numero'
          ? ['un', '1', 'one'].includes(tokens[at + 1] ?? '')
          : true,
    before: true,
    window: 4,
    shared: 1,
    fact: /(?<name>\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*) (?:led with|topped|came first)\b/gu,
  },
];
const GOING: ReadonlySet<string> = new Set(['went', 'gone', 'goes']);
const TAKING: ReadonlySet<string> = new Set([
  'take',
  'took',
  'taken',
  'snatch',
  'snatched',
  'grab',
  'grabbed',
  'wrest',
  'wrested',
]);
/** Words of many customers' names that make no two of them the same ("Ministry of Defence", "Ministry of Health"). */
const GENERIC_PARTY_WORDS: ReadonlySet<string> = new Set(
  'ministry ministere department departement government gouvernement federal agency agence office state etat public national'.split(
    ' ',
  ),
);
/** Words between a name and its win ("X was one of the winners", "X's consortium ended up winning"). */
const WIN_LINKS: ReadonlySet<string> = new Set(
  'was were is are one of the among a an end ended ending up finally also eventually consortium s manage managed managing to able qui ont l t il elle ils elles finalement enfin aussi deja'.split(
    ' ',
  ),
);
/** Question words asking for something unknown (not "why", "when": those take the event as given). */
const ASKS_WHAT: ReadonlySet<string> = new Set(
  'what which who whom whose whats quel quelle quels quelles qui que quoi qu'.split(' '),
);
/** What follows a negation in a fact ("no right to audit or inspect", "rather than buildings it owns"). */
const NEGATED_WORDS =
  / (?:no|not|never|rather than|instead of|aucune?|jamais|plutot que|au lieu d(?:e|u|es)?|(?:fait|font|est|sont|etait|etaient) pas) ((?:[a-z0-9-]+ ){0,7}[a-z0-9-]+)(?= )/g;

/** A word's forms cut to five letters, to match "owns" with "own", "buildings" with "built" loosely. */
function stemPrefixes(word: string): string[] {
  const prefixes = [word, ...stems(word)].map((w) => w.slice(0, 5));
  // "c'est Trump qui a déclenché la sortie" against "Trump was not the trigger for leaving": a cause and a
  // departure in either language's words.
  const kin = SAME_SENSE.find((set) => prefixes.some((p) => set.includes(p)));
  return kin === undefined ? prefixes : [...prefixes, kin[0] as string];
}
/** Five-letter prefixes of words of one sense, in English and French: a cause, a departure. */
const SAME_SENSE: readonly (readonly string[])[] = [
  ['trigg', 'decle', 'origi', 'cause', 'provo'],
  ['leavi', 'leave', 'sorti', 'quitt', 'aband', 'depar', 'exiti'],
];

/** Whose subsidiary a text makes something ("a subsidiary of SAP", "filiale de SAP"), folded and spaced. */
const OWNED_BY =
  / (?:(?:wholly owned )?subsidiary of|filiale (?:de|d|du)|wholly owned by|entierement detenue? par) ((?:[a-z0-9-]+ ){1,3})| ([a-z0-9-]+) subsidiary /g;
const NO_STAKE =
  /\b(?:no (?:share|stake|equity)|without (?:a |any )?(?:share|stake)|not (?:a )?shareholder|aucune (?:part|participation)|sans (?:part|participation))\b/;
/** A provider claimed left out of a deal ("excluded", "lost", "écarté"). */
const EXCLUSION_CLAIMS: ReadonlySet<string> = new Set(
  'exclude excluded excludes lose lost loses eliminated disqualified exclu exclue exclus exclure ecarte ecartee perdu'.split(
    ' ',
  ),
);
// What says a deal was paid for (folded text, with an amount).
const PAID_DEAL =
  /\b(?:paid|pays|paying|contract\w*|licen[cs]\w*|purchas\w*|bought|spent|spend\w*|award\w*|agreement|capped)\b/;
// What says work was done without payment (folded text).
const FREE = /\b(?:free of charge|for free|at no cost|without charge|pro bono|gratuit\w*)\b/;
/** Words claiming a deal was carried out ("deployed", "went live", "mis en service"). */
const CARRIED_OUT: ReadonlySet<string> = new Set(
  'deploy deployed deploying rolled launched live completed finished implemented operational deploye deployee lance lancee acheve achevee operationnel operationnelle reconfirmed reconfirme reaffirmed reaffirme'.split(
    ' ',
  ),
);
// What says a deal was called off (folded text).
const CANCELLED = /\b(?:cancel\w*|scrapp\w*|abandon\w*|annul\w*|called off)\b/;
/** A claim that something was struck down (folded words). */
const STRUCK_DOWN =
  /\b(?:invalidat\w*|struck down|strike\w* down|knock\w* (?:out|down)|binned|bin|killed|scrapped|threw out|thrown out|overturn\w*|annul\w*|invalide\w*|tore up|torpill\w*|casse\w*|enterre\w*)\b/;
/** A benefit claimed of someone ("covered by", "got out of", "couvert par"), in folded words. */
const BENEFIT_CLAIM =
  /\b(?:covered by|couvert\w* par|included in|inclus\w* dans|benefit\w* from|beneficie\w* d\w*|get out of|got out of|gets out of|pocket\w*|(?:cover|covers|covered|couvre|couvrent|couvrait) (?:aussi|also|too|egalement)|bound by|lie\w* par|tenu\w* par|compensation (?:did|does|do|was|were)|indemnis\w*|(?:protect\w*|protege\w*) (?:[a-z0-9-]+ ){0,2}(?:aussi|also|too|egalement|as well)|en (?:retire\w*|tire\w*))\b/;
/** A fact leaving someone out, and the words of whom ("did not cover or bind Amazon"). */
const LEFT_OUT =
  /\b(?:did not cover|not cover\w*|left out|n a pas couvert|ne couvrait pas|ne liait pas)(?: (?:or|ni) (?:bind|lier))?((?: [a-z0-9-]+){1,3})/g;
/** What says something was struck down, in a fact's folded words. */
const STRUCK_FACT = /\b(?:invalid\w*|struck down|strike\w* down|annul\w*|quash\w*|overturn\w*|invalide\w*)\b/;
/** What says something was upheld, and the words of what (folded tokens). */
const KEPT_VALID =
  /\b(?:upheld|uphold\w*|confirm\w* (?:the )?validity of|remain\w* valid|maintenu\w*|a maintenu|confirm\w* la validite d\w*)((?: [a-z0-9-]+){1,7})/g;
/** Words before a provider beaten to a deal ("over AWS", "beat Microsoft", "devant Oracle"). */
const OUTRANKING: ReadonlySet<string> = new Set(
  'over ahead beat beats beating outbid outbidding outran edged against devant face battu battant'.split(' '),
);

/**
 * Whether the provider at `at` is the one passed over or compared with, claimed nothing: "won JEDI over AWS",
 * "more expensive than IBM", "instead of AWS", "plutôt qu'AWS", "au lieu d'AWS", "plus cher qu'IBM".
 */
function passedOver(tokens: readonly string[], at: number): boolean {
  if (at <= 0) return false;
  const before = tokens.slice(Math.max(0, at - 3), at);
  return (
    before.slice(-2).some((w) => OUTRANKING.has(w)) ||
    before.at(-1) === 'than' ||
    (before.at(-1) === 'of' && before.at(-2) === 'instead') ||
    // "the German alternative to M365", "une alternative à Microsoft".
    ((before.at(-1) === 'to' || before.at(-1) === 'a') && /^alternatives?$/.test(before.at(-2) ?? '')) ||
    (before.at(-1) === 'd' && before.at(-2) === 'lieu') ||
    ((before.at(-1) === 'que' || before.at(-1) === 'qu') &&
      before.some((w) => FRENCH_COMPARATIVE.has(w) || w === 'plutot'))
  );
}
/** A yes/no question offering the other answer: "…, or is another hyperscaler in the game?", "ou pas ?". */
const ALTERNATIVE_OFFERED =
  / (?:or|ou) (?:not|pas|non|is|are|was|were|does|do|did|has|have|est ce|y a t il|a t il) /;
/** A question asking who ("which states…", "quels Länder…"), not claiming something of named ones. */
const ASKS_WHO = /^(?:and |so |et )?(?:which|who|quels?|quelles?|qui)\b/;
/** Compliance come true, in an entry's later facts ("remedied", "can be used lawfully"). */
const COMPLIANCE_AFFIRMED =
  /\b(?:remedied|lawfully|remedie\w*|licitement|conformement|compliance (?:[a-z0-9-]+ ){0,8}satisfactory|conformite satisfaisante|found (?:[a-z0-9-]+ ){0,3}compliant)\b/;

/**
 * Claims and their contraries, in folded words: a question claiming the first where the entry writes
 * only the second is corrected ("rejected" where it was approved, "forever" where it is temporary).
 */
const CONTRARY_PAIRS: ReadonlyArray<
  readonly [
    RegExp,
    RegExp,
    {
      anyFact?: boolean;
      ownYearOnly?: boolean;
      laterAffirmed?: RegExp;
      /** Declining or shelving it (DECLINING) asks about the contrary itself, claims nothing. */
      declinedAsks?: boolean;
      /** Only stated, not asked: "Is the contract exclusive?" asks whether, and is answered. */
      statedOnly?: boolean;
    }?,
  ]
> = [
  // "WildandStormy, c'est une partie de C2E, non ?": the entry calls it distinct from that.
  [
    /\b(?:(?:is|was|are|were) (?:just |really |actually )?(?:a |one )?part of|(?:fait|faisait|font) partie (?:de|du|des|d)|(?:c est|c etait) (?:une |un )?(?:partie|morceau|lot|volet) (?:de|du|des|d))\b/,
    /\b(?:distinct from|separate from|not part of|distinct (?:du|de la|de l|des|de)|separe (?:du|de la|de l|des|de)|ne fait pas partie)\b/,
  ],
  // "is Microsoft Cloud Deutschland still open to new customers?", "can an agency still sign up for it?":
  // it stopped being offered.
  [
    // (Now, not "was it still on offer in 2017?": a year, or the past, asks of a time before it ended.)
    /(?<!\b(?:was|were|etait|etaient) (?:[a-z]+ )?)\b(?:still (?:[a-z-]+ ){0,4}(?:open|offered|available|sold|selling|proposed|on sale|on offer|accepting|taking|sign up|signing up|subscrib\w*|new (?:[a-z]+ )?(?:customers|clients))|toujours (?:[a-z]+ ){0,3}(?:propose\w*|vendu\w*|disponible\w*|ouvert\w*|commercialise\w*|souscri\w*|nouveaux clients))\b/,
    /\b(?:stopped (?:offering|selling|accepting|taking)|no longer (?:offered|available|sold|on sale|accepting|open)|closed to new|discontinu\w*|withdrawn from (?:sale|the market)|(?:n est|ne sont) plus (?:propose|vendu|disponible|commercialise|ouvert)\w*|(?:a|ont) cesse de (?:proposer|vendre|commercialiser))\b/,
    { ownYearOnly: true },
  ],
  [
    /\b(?:reject\w*|turn\w* down|veto\w*|rejet\w*|refuse\w*|declin\w*)\b/,
    /\b(?:approv\w*|authori[sz]\w*|clearance|cleared|green ?light\w*|greenlit|approuv\w*|autoris\w*|feu vert|(?:conditionally |provisionally )?selected|retenu\w*|selectionne\w*)\b/,
  ],
  [
    /\b(?:rul\w* against|decid\w* against|found against|donn\w* tort|statu\w* contre)\b/,
    /\b(?:in (?:[a-z0-9-]+ ){1,2}favou?r|sided with|donn\w* raison|en faveur d)\b/,
  ],
  [
    /\b(?:top of (?:the |its )?range|upper end|high end|haut de (?:la )?fourchette)\b/,
    /\b(?:low(?:er)? end|bottom of (?:the |its )?range|bas de (?:la )?fourchette)\b/,
  ],
  [
    /\b(?:forever|for good|once and for all|permanent\w*|indefinite\w*|pour toujours|pour de bon|definitivement|sans limite)\b/,
    /\b(?:temporar\w*|provisoire\w*|time limited|limited period|a titre temporaire|transitoire\w*)\b/,
  ],
  [
    /\b(?:encourag\w*|push\w* (?:schools|them) to|urg\w* (?:schools|them) to|incit\w*)\b/,
    /\b(?:halt|discourag\w*|warn\w* against|told (?:[a-z]+ ){0,3}not to|ne pas (?:utiliser|deployer|recourir)|mettre fin|arret\w*|deconseill\w*)\b/,
  ],
  [
    /\b(?:approv\w*|feu vert|green ?light\w*|greenlit|clean bill of health|blessing|endors\w*|generalis\w*|generaliz\w*|approuv\w*|validated|(?:a|ont|avait|avaient) valide\w*)\b/,
    /\b(?:halt|infring\w*|breach\w*|violat\w*|unlawful|illegal\w*|non conform\w*|not compliant|enfrei\w*)\b/,
  ],
  // "Pourquoi la DGSI a-t-elle résilié son contrat avec Palantir ?": the entry records it renewed.
  [
    /\b(?:cancel\w*|terminat\w*|scrap\w*|resili\w*|annul\w*|(?<!\b(?:will|would|can|could|may|might|to|shall|should) )end(?:ed|s|ing)? (?:its|the|their|his|her) (?:[a-z0-9-]+ ){0,2}(?:contract|deal|agreement)s?|(?:dumped|ditched) [a-z0-9-]+ as soon as)\b/,
    /\b(?:renew\w*|renouvel\w*|reconduit\w*|prolong\w*)\b/,
  ],
  // "Now the Kyndryl takeover of Solvinity went through…": the entry records it blocked.
  [
    /\b(?:takeover|acquisition|purchase|merger|buyout|rachat|fusion)s? (?:(?:of|de|du|d) [a-z0-9-]+ (?:(?:by|par) [a-z0-9-]+ )?|(?:by|par) [a-z0-9-]+ )?(?:went through|has gone through|was completed|completed|closed|was finali[sz]ed|is done|(?:a|est) (?:abouti|finalise\w*|boucle\w*|conclu\w*))\b/,
    /\b(?:blocked|prohibited|vetoed|barred) (?:[a-z0-9-]+ ){0,3}(?:takeover|acquisition|purchase|merger|buyout)|(?:a|ont|avait|avaient) (?:bloque|interdit)\w* (?:[a-z0-9-]+ ){0,3}(?:rachat|acquisition|fusion)\b/,
    { statedOnly: true },
  ],
  // "RBI banned Mastercard for ever", "the ban was never lifted": the entry records it lifted.
  [
    /\b(?:never (?:been )?lifted|permanent(?:ly)?|for ever|forever|for good|definitivement|a vie|jamais (?:ete )?levee?s?|still (?:cannot|can not|can t|banned|barred|blocked)|(?:est|sont|reste|restent) toujours (?:interdit\w*|bloque\w*|banni\w*))\b/,
    /\b(?:lifted|removed (?:the |its |all )?(?:restrictions|curbs|ban|bans)|ended the curbs|lev(?:e|ee|ees|es) (?:les |l )?(?:restrictions|interdictions?)|a leve|ont leve|avait leve)\b/,
    { statedOnly: true },
  ],
  // "why did CISPE keep pushing its complaint after the 2024 deal?": the entry records it dropped.
  [
    /\b(?:(?:kept|keep|keeps|keeping|continu\w*|pursu\w*|pushing|maintain\w*|maintenu\w*|poursui\w*) (?:[a-z0-9-]+ ){0,4}(?:complaint|plainte)|(?:turn\w* down|rejected|refused|refus\w*|rejet\w*) (?:[a-z0-9-]+ ){0,3}(?:settlement|accord)|talks (?:in \d+ )?failed|negociations? (?:ont )?echoue\w*)\b/,
    /\b(?:(?:drop\w*|withdr\w*|retir\w*|abandonn\w*) (?:[a-z0-9-]+ ){0,2}(?:complaint|plainte))\b/,
    { statedOnly: true },
  ],
  // "depuis qu'Amazon siège au conseil d'administration de Gaia-X": the entry says non-European companies
  // cannot sit on it.
  [
    /\b(?:amazon|aws|google|microsoft|oracle|ibm|alibaba|huawei|palantir|intel|salesforce|hyperscalers|hyperscaleurs|americains)\b(?: [a-z0-9-]+){0,8}? (?:siege\w*|sit|sits|sat|sitting|seated|has (?:a )?seats?|have (?:a )?seats?|(?:a|ont) (?:un )?sieges?) (?:[a-z0-9-]+ ){0,3}(?:conseil d administration|board|ca)\b/,
    /\b(?:cannot|can not|may not|not allowed to|barred from|interdi\w*) (?:[a-z0-9-]+ ){0,5}(?:sit|sieger|board|conseil)\b/,
    { statedOnly: true },
  ],
  // "Pourquoi l'Éducation nationale a recommandé Office 365 gratuit dans les écoles ?": the entry records the
  // suite ruled out.
  [
    /\b(?:recommand\w*|recommend\w*|pouss\w*|pushed|pushing|encourag\w*|promot\w*|endors\w*|preconis\w*)\b(?: [a-z0-9-]+){0,8}? (?:office 365|microsoft 365|m365|google workspace|workspace|teams|office)\b/,
    // (Not "excluding tax".)
    /\b(?:rul\w* out|ecart\w*|reject\w*|rejet\w*|refus\w*|excluded|exclut|exclue?s?|interdi\w*|ban|banned|prohibit\w*|halt|arret de tout|not to use|ne pas utiliser|should not use|ne doivent pas)\b/,
    { statedOnly: true },
  ],
  // "Since the NATO contract with Google is exclusive…": the entry says it is not.
  [
    // (Not "keeps exclusive control of its data": exclusive of something else than the contract.)
    /\b(?<!\b(?:not|non|pas|no) )(?:exclusive|exclusif|exclusivity|exclusivite)\b(?! (?:control|controle|interview|access|acces|rights?|droits?|use|usage|jurisdiction|ownership|propriete|possession|competence)\b)/,
    /\b(?:not exclusive|non exclusive|non exclusif\w*|pas exclusi\w*|no exclusivity|sans exclusivite)\b/,
    { statedOnly: true },
  ],
  // "La DSK a déclaré Microsoft 365 conforme": it found lawful use could not be demonstrated.
  [
    /\b(?:(?:found|declared|ruled|deemed|judged|certified|signed off(?: on)?|approved|cleared|validated|was|is|were|are|etait|est|etaient|serait|declar\w*|jug\w*|estim\w*|valid\w*|approuv\w*) (?:[a-z0-9-]+ ){0,3}(?<!\b(?:non|not|pas|in) )(?:compliant|lawful|conform\w*)|en toute conformite|in full compliance|(?<!\b(?:not|never|t|failed to|ne|pas|n a) )(?:complied|complies) with)\b/,
    /\b(?:(?:cannot|could not|can not) (?:be )?demonstrat\w*|(?:ne peut|ne pouvait|ne pouvaient) (?:pas )?(?:etre )?demontre\w*|pas (?:pu )?(?:etre )?demontre\w*|unlawful|illegal\w*|non conform\w*|not compliant|pas conforme\w*|infring\w*|enfrei\w*)\b/,
    { ownYearOnly: true, laterAffirmed: COMPLIANCE_AFFIRMED },
  ],
  // "adoptée à la majorité, la Bavière a voté contre": it was adopted unanimously.
  [
    /\b(?:a la majorite|by (?:a )?(?:narrow )?majority|majority vote|split vote|(?:ont|a|have|has|had) vote contre|voted against)\b/,
    /\b(?:unanim\w*|a l unanimite)\b/,
    { ownYearOnly: true },
  ],
  [
    // A switch or a replacement the entry records is the dropping claimed. (Told, "took over from"; "what did
    // it take over from?" asks what came before.)
    /\b(?:drop\w*|ditch\w*|dump\w*|scrap\w*|terminat\w*|abandon\w*|switch\w*|took over from|taken over from|laiss\w* tomber|lach\w*)\b/,
    /\b(?:expand\w*|extend\w*|renew\w*|prolong\w*|etend\w*|elargi\w*|renouvel\w*)\b/,
  ],
  [
    /\bvot\w* (?:yes|oui|for|pour|in favou?r|to (?:adopt|use|approve|back|support)|d adopter)\b|\bvot\w* (?:(?:in|on|en) (?:[a-z]+ )?(?:\d{4} )?)?to (?:adopt|use|approve|back|support|roll|deploy|introduce)\b/,
    /\bvot\w* (?:against|contre)\b/,
  ],
  // "How much did Indonesia end up paying Brain Cipher?": the government refused to pay the ransom.
  [
    /\b(?:paid|pay|paying|payer|paye|payee|payes|verse|versee|verser) (?:[a-z0-9-]+ ){0,3}?(?:the |a |la |une |aux |les )?(?:ransom|ransoms|hackers?|attackers?|criminals|gang|extortionists?|brain cipher|lockbit|rancon|rancons|pirates?|attaquants?)\b/,
    /\b(?:refus\w* to pay|declin\w* to pay|did not pay|never paid|would not pay|will not pay|no ransom (?:was )?paid|refus\w* de payer|n a pas paye|n ont pas paye|jamais paye)\b/,
    // A ransom refused is the deal's, whichever of its words the question uses.
    { anyFact: true },
  ],
  // "…when AWS beat them on price": AWS was left as the only bidder.
  [
    /\b(?:beat|beating|outbid\w*|undercut\w*|beat out|saw off|edged out|a battu|ont battu|devance\w*)\b/,
    /\b(?:only bidder|sole bidder|only remaining bidder|seul soumissionnaire|seul candidat|single bid\w*)\b/,
  ],
  [
    /\b(?:cut\w* (?:[a-z]+ )?costs?|cost (?:cutting|savings?)|sav\w* (?:money|costs?|on licen[cs]\w*|on fees)|reduc\w* costs?|cheaper|economi[sz]\w*|faire des economies|economiser|reduire les couts)\b/,
    // ("not saving money", "not about cost"; not "charges that do not exceed the costs").
    /\b(?:not (?:[a-z]+ ){0,2}(?:sav\w*|money|cheap\w*)|not (?:about|for|to|because of|driven by|motivated by) (?:[a-z]+ ){0,2}cost\w*|(?:pas|non) (?:les |des |de |d |pour (?:faire )?(?:des )?|par souci d )?economi\w*|(?:pas|non) (?:une question|pour des raisons) (?:de |d )(?:[a-z]+ ){0,1}(?:economi\w*|cout\w*))\b/,
    // ("Did the Bundesheer switch to save money?" asks whether; the fact saying it was not answers it.)
    { statedOnly: true },
  ],
  [
    /\b(?:lift\w*|overturn\w*|revers\w*|leve\w*) (?:[a-z-]+ ){0,4}(?:ban|bans|interdiction|suspension)\b/,
    /\b(?:confirm\w*|upheld|uphold\w*|maintain\w*|maintenu\w*) (?:[a-z-]+ ){0,4}(?:ban|interdiction|suspension)\b/,
  ],
  [
    /\b(?:(?:gave|give|giving|given) up|renonc\w*)\b/,
    /\b(?:completed|finished|complete|achev\w*|termin\w*)\b/,
    { declinedAsks: true },
  ],
  // "Now Kyndryl owns Solvinity", "a bouclé le rachat": the takeover was blocked.
  [
    /\b(?:now (?:[a-z0-9-]+ ){0,2}owns|(?:complet\w*|clos\w*|finali[sz]\w*) (?:the |its )?(?:[a-z0-9-]+ ){0,2}(?:takeover|acquisition|purchase|buy|buyout|sale))\b/,
    /\b(?:block\w*|prohibit\w*|vetoed) (?:[a-z-]+ ){0,3}(?:takeover|acquisition|purchase)\b/,
  ],
  [
    /\b(?:(?:a|ont) (?:boucle|finalise|conclu) (?:le |son |l )?(?:rachat|acquisition))\b/,
    /\b(?:bloqu\w*|interdi\w*) (?:[a-z-]+ ){0,3}(?:rachat|acquisition)\b/,
  ],
  // "Why is the EDPS case still open?", "…found it still infringing": it was closed, the infringements remedied.
  [
    /\b(?:still (?:open|ongoing|pending|unresolved|under way|running|going on|dragging on|drags on|in progress)|(?<!\b(?:was|were|etait|etaient)(?: [a-z0-9]+){0,3} )(?:still (?:infring\w*|in breach|breach\w*|violat\w*|unlawful|illegal|non compliant|not compliant)|toujours (?:en infraction|illegal\w*|non conforme\w*|en violation))|still (?:keep|keeps|keeping) (?:[a-z0-9-]+ ){1,7}open|toujours (?:ouverte?|en cours|pendante?)|(?:traine|trainent|s eternise) encore)\b/,
    /\b(?:closed (?:its|the|their) (?:[a-z-]+ )?(?:case|investigation|proceedings|probe|inquiry)|(?:case|investigation|proceedings|probe|inquiry) (?:was |were |has been |had been |is )?closed|clos (?:sa|la|le|son) (?:[a-z-]+ )?(?:procedure|dossier|enquete)|cloture\w*|remedied|concluded its|ended (?:the|its) (?:case|investigation|enforcement))\b/,
  ],
  // "Pourquoi Singapour a raté son objectif de 70 % ?": it moved ahead of it.
  [
    /\b(?:miss\w*|fail\w* to (?:meet|reach|hit)|f[ae]ll\w* short of|come short of|came short of|rate\w*|manque\w*|pas atteint) (?:[a-z0-9%-]+ ){0,5}(?:target|goal|objectif|cible)\b/,
    /\b(?:ahead of (?:the |its )?(?:[0-9%]+ )?(?:target|goal|schedule)|exceed\w* (?:the |its )?(?:[0-9%]+ )?(?:target|goal)|surpass\w*|depass\w* (?:l |son )?objectif|au dela de (?:l |son )?objectif)\b/,
  ],
  // "Why did the CMA conclude that UK cloud competition works fine?": it found it lacked effective competition.
  [
    /\b(?:conclu\w*|found|finds|decid\w*|ruled|determin\w*|estim\w*|jug\w*)\b(?: [a-z0-9-]+){0,10} (?:competition|market|concurrence|marche) (?:(?:[a-z0-9-]+ ){0,2}(?:works?|working|worked|fonctionne\w*) (?:fine|well|bien)|(?:is|was|remains|est|etait|reste) (?:competitive|healthy|concurrentiel))\b/,
    /\b(?:lack\w* effective competition|not working well|manqu\w* de concurrence effective|pas de concurrence effective)\b/,
  ],
  // "Why did the CMA open SMS investigations into AWS's cloud?": it chose not to. Only SMS probes said
  // opened ("the investigation the CMA opened into cloud" is the market investigation it did open).
  [
    /\b(?:(?:(?:open\w*|launch\w*|start\w*|ouvert\w*|lance\w*) (?:[a-z0-9-]+ ){0,5}(?:(?:sms|strategic market status) (?:investigations?|probes?|enquetes?)|enquetes? sms)|(?:sms|strategic market status) (?:investigations?|probes?) (?:[a-z0-9-]+ ){0,4}(?:opened|launched|started)|enquetes? sms (?:[a-z0-9-]+ ){0,6}(?:ouvert\w*|lance\w*)) (?:into|on|sur|visant|concernant) (?:[a-z0-9-]+ ){0,3}(?:aws|amazon|azure|cloud)|(?:sms|strategic market status) (?:investigations?|probes?) (?:into|on) (?:[a-z0-9-]+ ){0,3}(?:aws|amazon|azure|cloud)(?: [a-z0-9-]+){0,6} (?:opened|launched|started))\b/,
    /\b(?:chose|decided|opted|choisi|decide)\b(?: [a-z0-9]+){0,5} (?:not to|de ne pas) (?:[a-z]+ ){0,3}(?:prioriti[sz]e|prioriser|priorite|open|ouvrir|launch|lancer|pursue|investigat\w*)(?: [a-z0-9-]+){0,10}/,
    { declinedAsks: true },
  ],
  // "Pourquoi la Colombie a renouvelé Nube Pública IV en 2025 ?": it was terminated.
  [
    /\b(?:renew\w*|renouvel\w*|reconduit\w*)\b/,
    /\b(?:terminat\w*|lapsed|expired|resili\w*|expire\w*|mis fin)\b/,
  ],
  // "Sakura was the second Japanese firm approved": it was the first.
  [
    /\b(?:the (?:second|third|fourth|2nd|3rd)|(?:le|la) (?:deuxieme|troisieme|seconde?|quatrieme)) (?:[a-z-]+ ){0,3}(?:firm|company|provider|vendor|one|to|entreprise|societe|fournisseur|a)\b/,
    /\b(?:the first|(?:le|la) premier\w*) (?:[a-z-]+ ){0,3}(?:firm|company|provider|vendor|one|to|entreprise|societe|fournisseur|a)\b/,
  ],
  // "AWS was the first to sign an MoU with CCS": it was the last.
  [
    /\b(?:first (?:[a-z-]+ ){0,2}to (?:sign|join|agree)|premier\w* a (?:signer|rejoindre))\b/,
    /\b(?:last (?:[a-z-]+ ){0,2}to (?:sign|join|agree)|dernier\w* a (?:signer|rejoindre))\b/,
  ],
  // "Each JWCC vendor got its own $9bn ceiling": one shared ceiling.
  [
    /\b(?:(?:its|their) own (?:[a-z0-9$-]+ ){0,2}(?:ceiling|cap|budget|share)|separate (?:ceilings|caps)|chacun\w* (?:son|sa|ses)|(?:a|ont) chacun)\b/,
    /\b(?:shared|one (?:single |common )?(?:ceiling|cap)|common (?:ceiling|cap)|partag\w*|plafond commun)\b/,
  ],
  // "Since Mastercard is still barred by the RBI…": the restrictions were lifted.
  [
    /\b(?:still (?:barred|banned|blocked|restricted|suspended|prohibited|not allowed)|toujours (?:interdit\w*|bloque\w*|suspendu\w*))\b/,
    /\b(?:lift\w*|removed (?:the |its )?restrictions?|leve\w*|allowed (?:again|to resume)|resum\w*)\b/,
  ],
  // "Comme Véran a tenu sa promesse…": it was not kept.
  [
    /\b(?:(?:kept|keeping|tenu|honou?red|fulfilled|delivered on|made good on) (?:[a-z-]+ ){0,2}(?:promise|promesse|pledge|commitment|engagement)s?|kept (?:his|her|its|their) word|tenu parole)\b/,
    /\b(?:(?:was|were) not kept|not been kept|broken|pas ete tenue?s?|non tenue?s?|n a pas ete tenue?)\b/,
  ],
  // "Comme l'Estonie a tout payé sur son budget national…": the EU's regional fund paid most of it.
  [
    /\b(?:tout paye|paid (?:for )?(?:it )?all|paid (?:the )?(?:whole|entire)|entirely (?:funded|paid|financed)|fully (?:funded|paid|financed)|(?:its|son) (?:own|propre) (?:national )?budget|budget national)\b/,
    /\b(?:regional development fund|fonds europeen|feder|co ?financ\w*|cofinanc\w*|european (?:union )?funds?)\b/,
  ],
  // "Since Dutch MPs voted down the motions…": they were adopted.
  [
    /\b(?:voted down|vote\w* against|reject\w*|rejete\w*|turned down) (?:[a-z0-9-]+ ){0,3}motions?\b/,
    /\b(?:motions? (?:[a-z0-9-]+ ){0,8}(?:were |was )?(?:adopted|passed|carried|approved|adoptee?s?)|(?:adopted|passed|approved|carried|adopte) (?:[a-z0-9-]+ ){0,2}motions?)\b/,
  ],
  // "GCHQ went with a British cloud provider": it found none; "which Swiss cloud company won…": "no Swiss
  // provider was among the winners".
  [
    /\b(?:went with|go with|going with|choose|chose|choosing|chosen|pick|picked|picking|select|selected|opted for|pris|choisi\w*|retenu\w*|opte pour) (?:a |an |un |une )?(?:british|uk|french|german|swiss|local|domestic|homegrown|francais\w*|allemand\w*|suisse\w*|britannique\w*|local\w*) (?:cloud )?(?:provider|company|firm|supplier|vendor|player|fournisseur|prestataire|acteur|hebergeur|entreprise)\b|\b(?:pris|choisi\w*|retenu\w*|opte pour) (?:un |une )?(?:fournisseur|prestataire|acteur|hebergeur|entreprise) (?:cloud )?(?:francais\w*|allemand\w*|suisse\w*|britannique\w*|local\w*|national\w*)\b|\b(?<!\b(?:no|any|aucun|aucune|not a|pas un|pas une) )(?:british|uk|french|german|swiss|local|domestic|homegrown|francais\w*|allemand\w*|suisse\w*|britannique\w*) (?:cloud )?(?:provider|company|firm|supplier|vendor|player|fournisseur|prestataire|acteur|hebergeur|entreprise)s? (?:[a-z]+ )?(?:won|win|wins|got|bagged|secured|landed|a remporte|ont remporte|a gagne|ont gagne|decroch\w*)\b/,
    /\b(?:found none|no (?:[a-z]+ )?(?:provider|company|firm|supplier|vendor|bidder)s? (?:was|were|met|could|among)|n a trouve aucun|aucun (?:fournisseur|prestataire|acteur))\b/,
  ],
  // "AWS built its own data centres in Auckland": the region runs in third parties' data centres; "in
  // Google's own data centres": BWI runs it in its own.
  [
    /\b(?:built|building|build|constructed|construit\w*) (?:its|their|his|her|ses|leurs) (?:very )?own (?:brand new |new )?(?:data ?cent\w*|datacent\w*|facilities|buildings|sites)|\b(?:in|into|dans) (?:google|amazon|aws|microsoft|oracle)(?: s)? own (?:[a-z]+ )?(?:data ?cent\w*|datacent\w*)/,
    /\b(?:rather than buildings|run by third parties|rented colocation|colocation|third party data ?cent\w*|in its own data ?cent\w*|dans ses propres (?:centres|data))/,
  ],
  // "SAP is leading the EU AI gigafactory push": it takes part but is not leading it.
  [
    /\b(?:leading|leads|lead|led|heading|spearhead\w*|pilote\w*|dirige\w*|en tete de)\b/,
    /\b(?:not leading|not lead\w*|without leading|not heading|sans (?:[a-z]+ ){0,2}(?:piloter|diriger)|ne (?:les |la |le )?(?:pilote|dirige) pas)\b/,
  ],
  // "Vestager waved the IPCEI through in a couple of months": approval took more than eighteen months.
  [
    /\b(?:so quick\w*|quickly|so fast|rapid\w*|(?:in|within) (?:just )?(?:a )?(?:couple|few) (?:of )?(?:weeks|months|days)|waved (?:it |them |the (?:[a-z0-9-]+ ){1,3})?through|rapidement|si vite|en quelques (?:semaines|mois|jours))\b/,
    /\b(?:took a long time|delay\w*|took (?:more than|over|nearly|almost) (?:[a-z0-9-]+ ){0,2}(?:years?|months)|sat on|held up|retard\w*|lenteur\w*|a pris du temps)\b/,
  ],
  // "Why did Australia keep the 'certified sovereign' label in 2021?": the tiers were renamed.
  [
    /\b(?:keep|kept|keeping|retain\w*|garde\w*|conserv\w*) (?:[a-z0-9-]+ ){0,6}(?:label|labels|name|nom|appellation|libelle)\b(?!.*\b(?:new|nouve\w*)\b)/,
    /\b(?:renam\w*|dropp\w* the word|rebaptis\w*|renomm\w*|new names?|nouveaux? noms?)\b/,
  ],
  // "Infomaniak won its challenge against the extension…": the complaint was withdrawn.
  [
    /\b(?:won|wins|win|winning) (?:its|their|his|her|the) (?:legal )?(?:challenge|appeal|case|lawsuit|complaint|protest|court case)|(?:a|ont|avait) (?:gagne|obtenu gain de cause)(?: (?:son|leur) (?:recours|proces|appel))?\b/,
    /\b(?:withdr[ae]w\w*|dismiss\w*|thrown out|legally binding|retir\w*|rejet\w*|debout\w*)\b/,
  ],
  // "Since SCOTUS ruled for Microsoft in the Ireland emails case…": the case was declared moot.
  [
    /\b(?:ruled (?:for|in favou?r of)|sided with|found for|a donne raison|a tranche en faveur)\b/,
    /\b(?:moot\w*|vacated|without (?:a )?ruling|never ruled|sans statuer|sans objet)\b/,
  ],
  // "Since Microsoft admitted cutting off the prosecutor's email…": it denied it.
  [
    /\b(?:admit\w*|acknowledg\w*|conced\w*|reconnu|a reconnu|avoue\w*|admis)\b/,
    /\b(?:deni\w*|deny\w*|rejected (?:the |that )?(?:claim|report|account)|dement\w*|nie|nient|niait|a nie)\b/,
  ],
  // "Sakura was picked unconditionally": on conditions.
  [
    /\b(?:unconditional\w*|without (?:any )?conditions?|sans (?:aucune )?conditions?|inconditionnel\w*)\b/,
    /\b(?:conditional\w*|on condition|conditions? (?:that|it)|provided (?:that|it)|sous condition\w*|a condition)\b/,
  ],
  // "La DSK a jugé qu'on pouvait utiliser Microsoft 365 en toute conformité": not in compliance.
  [
    /(?<!\b(?:non|not|pas|un|in) )\b(?:en toute conformite|conformes?|compliant|lawfully)\b/,
    /\b(?:non conform\w*|not (?:be )?(?:compliant|lawful|possible)|unlawful\w*|illegal\w*|infring\w*|pas conform\w*|impossible (?:de|d) |(?:could|can|cannot|did) not (?:demonstrate|show|prove)|(?:pouvaient|peuvent|pouvait|peut) pas demontrer)\b/,
  ],
];
/** A state claimed of a deal: in force, running, opened, completed (folded, spaced question). */
const STATE_CLAIM =
  /\b(?:in force|into force|en vigueur|up and running|operational|operationnel\w*|in operation|in service|en service|en fonctionnement|went live|gone live|is live|now live|live now|open for business|(?:is|was|has been|have been|got|been|now) (?:adopted|passed|enacted|opened|open|built|completed|finished|running(?! (?:the|a|an|its|their|this|that)\b))|finished (?:building|delivering|deploying)|(?:a|ont|est|ete|sont) (?:adopte\w*|ouvert\w*|achev\w*|termin\w*|construit\w*|inaugur\w*)|inaugurat\w*|(?<!\b(?:people|persons|citizens|residents|signatories|many|personnes|citoyens) (?:[a-z]+ )?)(?:has|have|had) signed(?! (?:the |a |an |this |that )?(?:open )?(?:petition|letter)s?\b)|(?:a|ont|avait|avaient) signe(?! (?:la |une |cette )?(?:petition|lettre)s?\b)|boucl\w*|finalis\w*|finaliz\w*|completed (?:the|its|their) (?:takeover|acquisition|purchase|deal|migration|switch|move)|(?:a|ont) bascule|switched (?:all|its|their)|moved (?:all|its|their)|(?<=\b(?:now that|since|maintenant que|depuis que) (?:[a-z0-9-]+ ){0,4})(?:signed|sealed|closed|bought|acquired|signe|conclu))\b/;
/** Words presupposing what follows them ("now that", "since", "maintenant que"). */
const PRESUPPOSED = /\b(?:now that|given that|maintenant que|depuis que|vu que|puisque)\b/;
/** Statuses of a deal not (or no longer) carried out. */
const UNREALISED: ReadonlySet<string> = new Set(['announced', 'proposed', 'cancelled']);
/** A question about a state to come or not yet reached ("will it be", "yet", "pas encore"). */
const NOT_YET =
  /\b(?:will|ll|going to|expected|supposed|meant|scheduled|planned|plans?|due|once|if|yet|already|still|pour quand|(?:should|shall|would|could|might|must) (?:[a-z0-9-]+ ){0,10}?be (?:fully )?(?:operational|live|running|in force|in operation|in service|up and running|open)|censee?|sera|seront|serait|devrait|doit|prevu\w*|une fois|si|encore|deja|toujours)\b/;
// What says a deal was carried out after all (folded text).
const REALISED =
  /\b(?:entered into force|came into force|went live|is now live|opened (?:in|on)|began operating|became operational|now operational|est entre en vigueur|mis en service|a ouvert)\b/;
// What a fact says is not recorded ("no completed switch is recorded", "its launch date is not recorded").
const UNRECORDED =
  /\bno ((?:[a-z0-9-]+ ){0,5}?[a-z0-9-]+)(?: of [a-z0-9' -]{1,40}?)? (?:is|was|has been) recorded\b|\b((?:[a-z0-9-]+ ){0,3}?[a-z0-9-]+) (?:is|was) not recorded\b/;
/** Events a question may take as done, by the noun an "is not recorded" fact gives them. */
const UNRECORDED_CLAIMS: ReadonlyArray<{ noun: RegExp; claim: RegExp }> = [
  {
    noun: /\b(?:switch|migration|roll out|rollout|move|handover|switchover)\b/,
    claim:
      /\b(?:finish\w*|completed|completing|wrapp\w* up|fully (?:switched|moved|migrated|replaced)|(?:switched|moved|migrated) (?:all|every|entirely|completely|fully)|(?:a|ont|avait|avaient) (?:fini|termine|acheve)|fini de|termine (?:la|le|sa|son|leur)|acheve (?:la|le|sa|son|leur))\b/,
  },
  {
    noun: /\b(?:signature|signing)\b/,
    claim:
      /(?<!\b(?:who|qui|qui a|qui ont|(?:people|persons|citizens|residents|signatories|many|personnes|citoyens)(?: [a-z]+)?) )\b(?:signed|inked|sealed|(?:a|ont) signe|signature)\b(?! (?:(?:the|an|a|this|that|their|its|la|le|une|cette) )?(?:open )?(?:letter|petition|lettre|tribune))/,
  },
  {
    noun: /\b(?:award|chosen provider)\b/,
    claim:
      /\b(?:won|wins|awarded|picked|selected|chosen|went with|winner|winning bid|remporte\w*|gagne\w*|attribue\w*|(?:a|ont) (?:choisi|retenu)|retenu\w*|laureat\w*)\b/,
  },
  {
    noun: /\b(?:opening|go live|general launch|general availability|launch)\b/,
    claim:
      /\b(?:went live|gone live|is live|now live|opened|launched|since it opened|up and running|open for business|in service|operational|(?:a|ont|est|sont) (?:ouvert\w*|lance\w*)|mis en service|operationnel\w*|depuis (?:son|l) ouverture|(?<=\b(?:now that|since|depuis que|maintenant que) (?:[a-z0-9-]+ ){0,10})(?:tourne|runs|is running))\b/,
  },
  {
    noun: /\bqualification\b/,
    claim:
      /\b(?:(?:got|gets|obtained|received|earned|granted|won|secured) (?:its |the |a |full )?(?:secnumcloud|qualification)|(?:is|was|been|became|got|fully|now) (?:secnumcloud )?qualified|(?:a|ont) (?:obtenu|decroche|recu) (?:la |sa |une )?(?:qualification|secnumcloud)|(?:est|a ete|sont|ont ete) qualifie\w*)\b/,
  },
];
/** Words claiming one party alone, before its name ("only AWS") or after it ("AWS alone"). */
const ONLY_BEFORE: ReadonlySet<string> = new Set(
  'only solely exclusively seulement uniquement exclusivement'.split(' '),
);
const ONLY_AFTER: ReadonlySet<string> = new Set('alone only exclusively seul seule seuls'.split(' '));
/** One provider asked for as the only one ("which single provider", "le seul fournisseur retenu"). */
const SINGLE_ASKED =
  /\b(?:(?:which|what) (?:single|sole) (?:provider|vendor|company|supplier|winner|firm|bidder|cloud provider)|quel (?:seul|unique) (?:fournisseur|prestataire|laureat|gagnant|attributaire))\b/;
/** A win claimed alone, after the winner's name ("won the whole tender on its own", "a remporté … tout seul"). */
const WON_ALONE =
  /^(?:won|wins|took|got|landed|bagged|a remporte|a gagne|remporte|gagne) (?:[a-z0-9-]+ ){0,8}?(?:on its own|by itself|single handedly|tout seul|toute seule|a lui seul|a elle seule)\b/;
/** "won it outright", "a sole award": all of a contract won by one party. */
const SOLE_WIN =
  /\b(?:(?:won|win|wins|winning|awarded|took|take|takes|got|landed|bagged) (?:[a-z0-9-]+ ){0,6}outright|outright (?:win|winner|victory|award)|sole (?:award|awardee|winner)|single (?:award|winner)|sans partage)\b/;
/** "It all went to AWS", "a tout filé à AWS": all of it given to one party. */
const ALL_GIVEN =
  /\b(?:all (?:went|goes|go|gone|given|handed|awarded)|(?:went|handed|gave|given|awarded) (?:it )?all|tout (?:file|donne|confie|attribue|refile))\b/;
/** "The whole contract … to AWS": all of it to one party. */
const WHOLE: ReadonlySet<string> = new Set('whole entire entirety entier entiere totalite'.split(' '));
// A figure and the way it compares ("$54m cheaper", "54m above", "30 % de moins"), in folded text.
const COMPARED =
  /(\d[\d.,]*\s?(?:bn|m|k|%|million|billion|millions|milliards?)?)\s+(?:[a-z]+\s+)?(cheaper|less|lower|below|under|fewer|more|higher|above|over|dearer|pricier|costlier|moins|plus)\b/g;
const LOWER = /^(?:cheaper|less|lower|below|under|fewer|moins)$/;
/** "On schedule", "as planned", "dans les temps": a claim that something kept to its timetable. */
const ON_TIME =
  /\b(?:on schedule|on time|as planned|as scheduled|on track|dans les temps|dans les delais|comme prevu|a temps|sans retard)\b/;
// What says something came late (folded text).
const DELAYED =
  /\b(?:delay\w*|late|later than planned|slipp\w*|postpon\w*|behind schedule|pushed back|retard\w*)\b/;
/** A finding claimed, the claim after it ("found that…", "a conclu que…"). */
const FINDING_CLAIM =
  /\b(?:found|find|finds|concluded|concludes|ruled|decided|held|judged|established|a conclu|a juge|a estime|a constate|conclut|estime) (?:(?:in|en) \d{4} )?(?:that|que|qu)\b/;
// A finding in a fact's folded words.
const FINDING_FACT = /\b(?:found|concluded|ruled|decided|held|judged|conclu\w*|jug\w*|estim\w*|constat\w*)\b/;
/** Words before a noun that say it is missing ("lacked effective competition"). */
const LACKING: ReadonlySet<string> = new Set(
  'lack lacked lacking lacks no not without insufficient absence manque manquait aucune aucun sans'.split(
    ' ',
  ),
);
/** A stance claimed in a question: for ("pushed for", "backed", "soutenu") or against ("opposed"). */
const SUPPORT_CLAIM =
  /\b(?:push(?:ed|ing)? for|back(?:ed|ing)?|support(?:ed|ing|s)?|champion\w*|endors\w*|lobb\w* for|pouss\w* pour|soutenu|soutient|soutenir|soutenai\w*|defend\w*|plaide\w* pour)\b/;
const OPPOSE_CLAIM =
  /\b(?:oppose|opposed|opposing|resisted|s est oppose|se sont opposes|s opposer|(?:was|were|is|are|been|so|very|strongly|firmly|set) against|hostile (?:to|a)|(?:etait|etaient|est|sont|si|tres) (?:hostile|contre))\b/;
const ASKING_WHO = /^(?:and )?(?:which|who|what|quels?|quelles?|qui)\b/;
// The same stances in a fact's folded words.
const SUPPORTING =
  /\b(?:back(?:ed|ing|s)?|support\w*|favou?r\w*|push\w* for|champion\w*|endors\w*|welcom\w*|soutien\w*|soutenu\w*|favorable\w*)\b/;
const OPPOSING = /\b(?:oppos\w*|resist\w*|object\w*|reject\w*|no place|hostile\w*|contre)\b/;
// Where a sentence turns to other parties ("…, while Ireland…", "tandis que").
const CONTRAST = / (?:while|whereas|but|however|tandis que|alors que|mais) /;
/** A protest or a lawsuit claimed of someone ("Google's protest", "a contesté"). */
const PROTEST_CLAIMS: ReadonlySet<string> = new Set(
  'protest protested protests protesting sue sued suing lawsuit conteste contester recours'.split(' '),
);
// What says someone protested or went to court (folded text).
const PROTESTED =
  /\b(?:protest\w*|sued|lawsuit|contest\w*|recours|challenge\w*|to court|legal action|court action)\b/;
/** A claimed rejection of a dispute ("Why did GAO throw out the protest?"), against a fact that upheld it. */
const REJECTION_CLAIMS: ReadonlySet<string> = new Set(
  'dismiss dismissed dismisses throw threw thrown toss tossed reject rejected rejects deny denied denies rejete rejetee rejeter deboute deboutee'.split(
    ' ',
  ),
);
// What says a dispute was upheld ("GAO upheld Microsoft's protest", "a donné raison à").
const UPHELD =
  /\b(?:upheld|uphold\w*|sustain\w*|granted|found in favour|ruled in favour|donne raison|fait droit)\b/;
/** Asking where something stands ("où en est…", "y'en sont rendus où", "where does it stand"). */
const STANDING_ASKED =
  /\b(?:ou en (?:est|sont|etait|etaient)|(?:en|y en) (?:est|sont) (?:rendus?|rendues?) ou|(?:est|sont) (?:rendus?|rendues?) ou|where (?:are|is|do|does) (?:\S+ ){0,4}?(?:stand|at now)|what (?:s|is) the (?:status|state of play)|quel est (?:le statut|l etat))\b/;

/** A question asked in the negative claims no outcome ("pourquoi n'a-t-il pas suspendu…"). */
const QUESTION_NEGATED = /\b(?:n (?:a|ont|avait|avaient|est|sont) t? ?(?:il|elle|ils|elles|on) pas)\b/;
/** A question left open at its end ("…suspended the partnership or not?", "…ou pas ?"). */
const LEFT_OPEN = /\b(?:or not|ou pas|ou non)\s*\?/u;
/** A lead-in that takes its clause for granted ("After the Conseil d'État suspended…", "Après la suspension…"). */
const GRANTED_LEAD =
  /^\s*(?:after|since|once|given|now that|apres|depuis|puisque|une fois|maintenant que|vu)\b/iu;
// What says an outcome did not happen: a refusal, a rejection, a block (folded text).
const NEGATION =
  /\b(?:refus\w*|reject\w*|declin\w*|did not|didn t|would not|will not|never|dismiss\w*|block\w*|prohibit\w*|veto\w*|rejet\w*|bloqu\w*|interdi\w*|n a pas|n ont pas|ne l a pas|voted against|vote against|ont vote (?:[a-z0-9]+ ){0,3}contre)\b/;
// What a fact says was not or could not be done, before the verb ("could not guarantee", "ne pouvait pas
// garantir"), in folded words.
/** A superset of DENIAL on a fact's raw text ("not", "n't", "unable", "refus…", "ne", "n'"). */
/** Verbs claiming an assurance was given ("swore", "vowed", "a juré", "a garanti"). */
const ASSURED: ReadonlySet<string> = new Set(
  'swore sworn swear vowed promised guaranteed assured pledged jure jurait promis garanti assure'.split(' '),
);
/** An assurance a fact says could not be given ("could not guarantee it", "ne peut pas garantir"). */
const UNABLE_TO_ASSURE =
  /\b(?:cannot|could not|couldn t|can not|can t|unable to|not able to|refused to|declined to|ne (?:peut|pouvait|pourrait) pas|n a pas pu|pas en mesure de|refuse de)(?: \w+)?(?: \w+)? (?:guarantee|promise|assure|garantir|promettre|assurer)\b/;
const MAY_DENY = /not\b|n['’]t\b|unable|refus|declin|\bne\b|\bn['’]/i;
const DENIAL =
  /(?:cannot|could not|couldn t|can not|can t|(?:can|could) no longer|(?:was|were|is|are) not(?: the| a| an)?|unable to|not able to|refused to|declined to|ne (?:peut|peux|pouvait|pourrait|pourra|pouvaient|peuvent) (?:pas|plus)|ne pas pouvoir|n a pas pu|n ont pas pu|refuse de|refuse d)/;
/** Whether a question claims something happened: a claiming, blocking, approving or event verb. */
function claimsAnEvent(understood: Understanding, spaced: string): boolean {
  return understood.tokens.some((t) => EVENT_CLAIMS.has(t) || OUTCOME_CLAIMS.has(t)) || BLOCKING.test(spaced);
}

/** A deal ended or undone, in the entry's words ("cancelled" ~ "scrapped", "invalidated", "struck down"). */
const CANCEL_KIN =
  /\b(?:cancel\w*|scrap\w*|terminat\w*|annul\w*|abandon\w*|halt\w*|invalid\w*|struck down|strike down|withdr\w*|drop\w*|ended|ending|an end|stopp?\w*|suspend\w*|suspen\w*|resili\w*|rompu\w*|arret\w*|renonc\w*)\b/;
/** Renouncing, in the entry's words: cancelling, or choosing not to ("chose on 31 March 2026 not to prioritise"). */
const RENOUNCE_KIN = new RegExp(
  `${CANCEL_KIN.source}|\\b(?:chose|decided|opted)(?: [a-z0-9]+){0,5} not to\\b|\\bdecide de ne pas\\b`,
);
/** Something dropped, in the entry's words: ended, or moved off ("switched from", "replaced", "removed"). */
const DROP_KIN = new RegExp(
  `${CANCEL_KIN.source}|\\b(?:mov\\w* (?:away )?from|switch\\w*|replac\\w*|remov\\w*|migrat\\w*|leav\\w*|left|phas\\w* out|remplac\\w*|quitt\\w*|bascul\\w*|successor|succeed\\w*|supersed\\w*)\\b`,
);
/** A lawsuit in the entry's words ("asked the Conseil d'État to suspend", "filed a complaint"). */
/** Suspending and banning in the entry's other words ("halted", "prohibited"). */
const SUSPEND_KIN =
  /\b(?:suspen\w*|halt\w*|froze|frozen|freez\w*|paus\w*|stay|injunction|stopp\w*|ceas\w*)\b/;
const BAN_KIN =
  /\b(?:ban|bans|banned|banning|prohibit\w*|forb\w*|interdi\w*|outlaw\w*|rul\w* out|stopp\w* (?:[a-z0-9-]+ ){0,4}from)\b/;
// Suing in the entry's words: a court, a complaint, an urgent application (not any "action" or "application").
const SUE_KIN =
  /\b(?:court|courts|tribunal|lawsuit|legal action|legal challenge|complain\w*|challeng\w*|appeal\w*|(?:urgent|filed an|interim) application|applicants|conseil d etat|refere|recours|plainte|saisi\w*|litig\w*)\b/;
/**
 * Break-ups, sales, bans and lawsuits: events a question may claim that an entry would record. Not "buy":
 * "who bought Google's air-gapped cloud?" asks for its customers.
 */
const DRASTIC_EVENTS: ReadonlySet<string> = new Set(
  'leave left quit quitted exit exited acquire acquired merge merged sue sued fine fined withdraw withdrew shut shuts shutting closed closes closing cancel cancelled canceled scrap scrapped terminate terminated abandon abandoned drop dropped ditch ditched quitte quitter rachete racheter fusionne condamne poursuivi annule resilie ferme fermer fermee abandonne abandonner lache lacher laisse rompu rompre rompt fin arrete renonce renoncer renonca suspended suspend suspends suspendu suspendue suspendre banned ban bans banning interdit interdite interdire'.split(
    ' ',
  ),
);
// Closing in the entry's other words, for "shut" and "closed" ("stopped offering", "fermé").
const CLOSE_KIN =
  /\b(?:stop\w*|shut\w*|clos\w*|discontinu\w*|wound down|wind down|ended|ending|an end|ferm\w*|arret\w*|exit\w*)\b/;
const WITHDRAW_KIN = /\b(?:pull\w* out|retir\w*|abandon\w*|drop\w*)\b/;
const LEAVE_KIN =
  /\b(?:leav\w*|left|quit\w*|mov\w* (?:off|away)|switch\w* (?:away )?from|mov\w* (?:[a-z0-9,-]+ ){0,4}from)\b/;
const EXIT_KIN =
  /\b(?:leav\w*|left|quit\w*|sort\w*|migrat\w*|mov\w* (?:off|away)|switch\w* (?:away )?from|mov\w* (?:[a-z0-9,-]+ ){0,4}from)\b/;
/** The same event in the entry's other words ("shut" ~ "stopped offering", "withdrew" ~ "pulled out"). */
const DRASTIC_KIN = eventKins([
  ['shut shuts shutting closed closes closing ferme fermer fermee', CLOSE_KIN],
  ['withdraw withdrew', WITHDRAW_KIN],
  ['exit exited', EXIT_KIN],
  // Leaving is told as a move away ("moving 16,000 workstations from Microsoft Office"), not as a migration
  // planned.
  ['leave left quit quitted quitte quitter', LEAVE_KIN],
  ['sue sued', SUE_KIN],
  ['suspended suspend suspends suspendu suspendue suspendre', SUSPEND_KIN],
  ['banned ban bans banning interdit interdite interdire', BAN_KIN],
  ['cancel cancelled canceled scrap scrapped terminate terminated annule resilie', CANCEL_KIN],
  ['renonce renoncer renonca', RENOUNCE_KIN],
  // Dropping something is also moving off it ("ditch MS Office": "moved from Microsoft Office").
  [
    'abandon abandoned abandonne abandonner drop dropped ditch ditched lache lacher laisse rompu rompre rompt fin arrete',
    DROP_KIN,
  ],
]);
/** Words saying something fell short ("behind", "badly", "en retard"): a question granting a failure. */
const SHORTFALL: ReadonlySet<string> = new Set(
  'behind badly late delayed delay delays missed miss missing failing failed fail struggling slipping shortfall retard retards echec echoue rate ratee'.split(
    ' ',
  ),
);

/** Auxiliaries of what may or will happen ("would leave", "va quitter"): no event claimed. */
const PROSPECTIVE: ReadonlySet<string> = new Set(
  'would will could might should may va vont allait allaient pourrait devait'.split(' '),
);

/** Kinds of entry that apply to others (a rule, a qualification, a ruling): no deal of their own parties. */
const APPLIES_TO_OTHERS: ReadonlySet<string> = new Set(['regulation', 'certification', 'ruling']);

/** Capitals that stand for their governments, with the words an entry writes their country with. */
const CAPITAL_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  ...[...CAPITALS].map(([capital, country]): [string, readonly string[]] => [capital, [country]]),
  ['brussels', ['european', 'eu', 'commission', 'europe', 'belgium']],
  ['bruxelles', ['europeenne', 'ue', 'commission', 'europe', 'belgique']],
  ['washington', ['united states', 'us', 'american', 'america', 'etats unis', 'americain']],
  ['dhabi', ['uae', 'emirati', 'emirates', 'emirats', 'abu dhabi', 'dhabi']],
  ['abu', ['uae', 'emirati', 'emirates', 'emirats', 'abu dhabi', 'dhabi']],
  ['riyadh', ['saudi', 'saoudite']],
  ['paris', ['france', 'french', 'francais']],
  ['berlin', ['germany', 'german', 'allemagne']],
  ['london', ['uk', 'british', 'britain', 'united kingdom']],
  ['londres', ['royaume uni', 'britannique']],
  ['canberra', ['australia', 'australian']],
  ['jakarta', ['indonesia', 'indonesian']],
]);
/** "ended up with", "walked away with", "landed the contract": words of a win. */
const ENDED: ReadonlySet<string> = new Set(['ended', 'end', 'ends', 'ending']);
const WALKED: ReadonlySet<string> = new Set(['walked', 'walk', 'walks', 'walking']);
const LANDED: ReadonlySet<string> = new Set([
  'got',
  'gets',
  'landed',
  'lands',
  'bagged',
  'snagged',
  'scooped',
]);
const CONTRACT_NOUNS: ReadonlySet<string> = new Set(['contract', 'deal', 'award', 'tender', 'framework']);
/**
 * Whether the words from `at` name the deal as what was won: "it", or "the/this/that" and a contract noun
 * (a name may come between: "the nsa wildandstormy contract"), not followed by "for"/"to" (another contract).
 */
function wonObject(tokens: readonly string[], at: number): boolean {
  const first = tokens[at];
  if (first === 'it') return true;
  if (first !== 'the' && first !== 'this' && first !== 'that') return false;
  const noun = tokens.slice(at + 1, at + 5).findIndex((w) => CONTRACT_NOUNS.has(w));
  if (noun < 0) return false;
  const next = tokens[at + 2 + noun];
  return next !== 'for' && next !== 'to';
}

/** A contract of a company's own, beside the deal ("a bridging contract", "a 23-month agreement"). */
const OWN_CONTRACT =
  /\b(?:signed|awarded|gave|given|handed) (?:[a-z0-9-]+ ){0,5}(?:contracts?|agreements?)\b|\b(?:contract|agreement) signed\b/;

/** A challenge refused ("dismissed challenges to the authorisation"): no refusal of what was challenged. */
const DISMISSED_CHALLENGE =
  /\b(?:dismiss\w*|reject\w*|rejet\w*|threw out|thrown out|turn\w* down) (?:[a-z0-9-]+ ){0,6}(?:challenges?|appeals?|complaints?|actions?|recours|requetes?|lawsuits?|petitions?)\b/g;
/** The same, tested once (no global state). */
const DISMISSED_CHALLENGE_ONCE = new RegExp(DISMISSED_CHALLENGE.source);

/** A tender claimed to have led to the choice ("l'appel d'offres dédié", "picked after a tender"). */
const TENDER_CLAIMED =
  /\b(?:appel d offres (?:dedie|specifique)|(?:dedicated|specific|competitive) tender|a l issue d (?:un |une |l )?(?:appel d offres|mise en concurrence)|(?:after|following|through|via|apres|suite a) (?:a |an |the |which |what |quel |quelle |un |une |l )?(?:big |large |major |huge |gros |grand |vaste )?(?:public |competitive |open |european |eu )?(?:tender|competition|appel d offres|mise en concurrence))\b/;
/** A choice made without one. */
const NO_TENDER =
  /\b(?:without (?:a |any )?(?:specific |dedicated |public |competitive |open )?(?:tender|competition|call for tenders)|no (?:public |competitive )?tender|sans (?:[a-z]+ ){0,2}(?:appel d offres|mise en concurrence))\b/;

/** A deal claimed still on offer (folded, spaced): "still open", "can they still sign up", "sign up today". */
const STILL_ON_OFFER =
  / (?:still (?:open|available|offered|on offer|possible|how|sold|selling)|(?:can|could) (?:[a-z0-9-]+ ){0,3}still|sign (?:up )?(?:[a-z0-9-]+ ){0,2}today|toujours (?:ouvert|ouverte|disponible|possible|propose|proposee)) /;
/** A fact telling an offer or a framework ended (folded, spaced). */
const OFFER_ENDED =
  / (?:stopped offering|no longer|ended|expired|terminated|closed to|supersed\w*|wound down|discontinued|a pris fin|a expire|mis fin|n est plus|a cesse|ne propose plus) /;
/** Something claimed still going ("still running", "toujours en vigueur"). */
const STILL_GOING =
  /\b(?:still (?:running|active|in force|in place|in effect|ongoing|under way|underway|live|valid)|toujours (?:en cours|en vigueur|actif|active))\b/;
/** An end the entry tells ("cancelled", "superseded", "annulé"). */
const ENDED_KIN =
  /\b(?:cancel\w*|scrapped|terminated|supersed\w*|replaced|annule\w*|abandonne\w*|remplace\w*)\b/;

/** Sources of power, one excluding the others ("solar" is no "geothermal"). */
const ENERGY_KINDS: readonly RegExp[] = [
  /\b(?:solar|solaire|photovolta\w*)\b/,
  /\b(?:wind (?:power|energy|farms?|turbines?|parks?)|eolien\w*)\b/,
  /\b(?:geotherm\w*)\b/,
  /\b(?:nuclear|nucleaire)\b/,
  /\b(?:hydroelectric\w*|hydropower|hydro power|hydraulique)\b/,
  /\b(?:coal|charbon)\b/,
];

/** Examples given at the end of a question ("…, e.g. Oracle or Google?", "par exemple à Rabat ?"). */
const EXAMPLES_TAIL = /,?\s*\b(?:e\.\s?g\.?|eg|for example|for instance|par exemple|such as)\s[^?]*\??\s*$/iu;

/** A closing remark that claims something: a tag asking to confirm it, or hearsay. */
const CLAIMING_TAIL =
  / (?:right|correct|yeah|non|i read|i ve read|i heard|i ve heard|apparently|supposedly|keep saying|people say|they say|says|said|told me|tells me|claims|claimed|reckons|insists|on dit|j ai lu|j ai entendu|parait|m a dit|dit que|pretend\w*|affirme|c est ca|pas vrai|isn t it|didn t they|n est ce pas)(?= )/;

/** Prepositions placing something in a town ("in Rabat", "à Rabat"), not quoting it ("de Rabat"). */
const LOCATING: ReadonlySet<string> = new Set('in at near a au aux en dans pres around outside'.split(' '));
/** How many of a question's first words may name its subject ("Why did NumSpot…", "NumSpot, …"). */
const OPENING_WORDS = 4;
/** Words saying where something is, before "in" ("is in", "located in", "built in", "est en"). */
const BEING_WHERE: ReadonlySet<string> = new Set(
  'is are was were be located based built hosted housed sits sit lies situated est sont situe situee installe installee'.split(
    ' ',
  ),
);

/** Words naming who a question quotes: up to four words after "according to", "selon", "d'après". */
function citedSources(tokens: readonly string[]): ReadonlySet<string> {
  const cited = new Set<string>();
  tokens.forEach((t, i) => {
    const opens =
      t === 'selon' ||
      (t === 'according' && tokens[i + 1] === 'to') ||
      (t === 'apres' && tokens[i - 1] === 'd');
    if (!opens) return;
    const after = tokens.slice(t === 'according' ? i + 2 : i + 1).filter((w) => !isStopword(w));
    for (const w of after.slice(0, 4)) cited.add(w);
  });
  return cited;
}

/** Asking someone to act, in an entry's words ("urged Google to abandon", "demandé à Google d'abandonner"). */
const URGED =
  /\b(?:asked|urged|urging|called on|called for|pressed|pressing|wanted|sought|requested|demand\w*|appel\w*|exhort\w*|committed|pledged|promised|vowed|engag\w*)\b/;

/** Whether a text tells what the pattern matches, at least once not as what someone was urged to do. */
function toldNotUrged(folded: string, pattern: RegExp | undefined): boolean {
  if (pattern === undefined) return false;
  const all = new RegExp(pattern.source, 'g');
  for (const match of folded.matchAll(all)) {
    // "open-ended reviews" ends nothing.
    if (folded[match.index - 1] === '-') continue;
    const before = folded
      .slice(Math.max(0, match.index - 40), match.index)
      .split(/\s+/)
      .slice(-6)
      .join(' ');
    if (!URGED.test(before)) return true;
  }
  return false;
}

/** Words that open a question presupposing what follows ("why did…", "quand…"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set('why when how pourquoi quand comment'.split(' '));
/** A drastic event claimed in the passive ("how much was X fined?", "was Bleu sold?"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set('was were been got get gets'.split(' '));
/** …and, before a drastic event, "who" ("who bought Bleu?" claims it was bought). */
const EVENT_OPENERS: ReadonlySet<string> = new Set([...QUESTION_OPENERS, 'who', 'qui']);
/** Facilities a town before them locates ("Munich data centres", "the Jeddah region"). */
const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  'datacentre',
  'datacentres',
  'datacenter',
  'datacenters',
  'data centre',
  'data centres',
  'data center',
  'data centers',
  'region',
  'regions',
  'site',
  'sites',
  'campus',
  'facility',
  'facilities',
  'servers',
  'office',
  'offices',
  'hq',
  'headquarters',
]);
/** Verbs of dropping something (checked against what the entry records adopted). */
const DROPPING: ReadonlySet<string> = new Set(
  'drop dropped ditch ditched abandon abandoned abandonne abandonner lache lacher quit quitte quitter leave left'.split(
    ' ',
  ),
);
/** Words too common to name what a move adopts or leaves ("cloud", "software"). */
const GENERIC_MOVE_WORDS: ReadonlySet<string> = new Set(
  'cloud software suite office logiciel logiciels solution services service plan project projet'.split(' '),
);
/** Pairing words telling only use or supply ("running", "supplying"), no choice made. */
const USAGE_WORDS: ReadonlySet<string> = new Set(
  'run runs running ran use uses used using supply supplies supplied supplying host hosts hosted hosting provide provides provided providing with avec utilise utilisait heberge hebergeait fournit fournissait tourne tournent tournait repose reposent reposait'.split(
    ' ',
  ),
);
/** Refusing what follows ("refused to suspend", "a refusé de suspendre"). */
const REFUSING: ReadonlySet<string> = new Set(
  'refuse refused refuses refusing decline declined declines declining rejected refusait refusent'.split(' '),
);
/** Articles between a preposition and a place ("in the US", "aux États-Unis" has none). */
const ARTICLES: ReadonlySet<string> = new Set('the les la le l'.split(' '));
/** Days and months: capitalised, and no one's name. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche january february march april may june july august september october november december janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre jan feb apr jun jul aug sep sept oct nov dec janv fevr avr juil'.split(
    ' ',
  ),
);
/** A sentence keeping something on the government's own infrastructure ("remain on government-managed
 * infrastructure", "restent sur une infrastructure gérée par l'État"). */
const KEPT_IN_HOUSE =
  / (?:remain|remains|remained|stay|stays|stayed|kept|keep|keeps|restent|reste|resteront|demeurent) (?:on|in|within|sur|dans|chez) (?:[a-z-]+ ){0,5}?(?:government|state|own|in house|on premises|gouvernement|etat|propres?|internes?) /u;
/** Words claiming all of something ("all", "tous", "only"). */
const ALL_OF: ReadonlySet<string> = new Set(
  'all only exclusively entirely purely tous toutes uniquement exclusivement seulement'.split(' '),
);
/** An amount claimed for each ("each … was guaranteed $9bn", "chaque fournisseur s'est vu garantir…"). */
const EACH_AMOUNT =
  /\b(?:each|chaque|chacun|chacune)\b(?: [a-z0-9-]+){0,5} (?:got|gets|get|received|receives|was guaranteed|were guaranteed|guaranteed|won|wins|was worth|is worth|worth|s est vu garantir|s est vu attribuer|a recu|recu|a obtenu|obtenu|touche|a touche|(?:has|had) its own (?:[a-z0-9-]+ ){0,2}?(?:ceiling|cap|budget|envelope|amount|value)|(?:a|avait) (?:son propre|sa propre) (?:[a-z0-9-]+ ){0,2}?(?:plafond|budget|enveloppe|montant)|dispose d (?:un|son propre) (?:plafond|budget))\b/u;
/** One figure for all ("one shared ceiling", "a combined value", "plafond commun"). */
const SHARED_AMOUNT = / (?:shared|combined|commun|partage) /u;
/** Verbs quoting someone ("Dataprev's president said…", "a déclaré"). */
const SAYING: ReadonlySet<string> = new Set(
  'said says claimed claims told stated declared argued insisted boasted bragged admitted warned dit declare affirme affirmait estime assure'.split(
    ' ',
  ),
);
/** Words asking who said something ("which Dataprev boss said…?"). */
const ASKING_SPEAKER: ReadonlySet<string> = new Set(
  'who which what whose qui quel quelle quels quelles'.split(' '),
);
/** Words naming a speaker's role, not the speaker ("president", "ceo"). */
const SPEAKER_ROLES: ReadonlySet<string> = new Set(
  'president ceo chief head boss director minister spokesperson spokesman chair chairman md cto cio it presidente directeur ministre patron'.split(
    ' ',
  ),
);
/** A fact's sentence quoting someone. */
const SAID_IN_FACT =
  /\b(?:said|says|claimed|claims|told|stated|declared|argued|insisted|boasted|admitted|warned|doubted|wrote|called|according to|described|reported|reports|revealed|declare\w*|affirm\w*|explique\w*|estim\w*|doute\w*|selon|ecrit|assure\w*|dit|revendiqu\w*|vant\w*)\b/;
/** Words opening a clause that grants an event ("now that", "since", "après que", "depuis que"). */
const PRESUPPOSING: ReadonlySet<string> = new Set(
  'since after once now given having depuis apres maintenant puisque ayant'.split(' '),
);
/** A name written to deny it: "LuxConnect, not POST Luxembourg", "et non POST Luxembourg". */
const DENIED_NAME =
  /\b(?:not|nor|instead of|rather than|et non|non pas|plutôt que|au lieu de)\s+(?:the |le |la |l’|l')?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2})/gu;

/** Words claiming the providers named are all there are ("only AWS and Microsoft", "AWS alone"). */
const ONLY: ReadonlySet<string> = new Set(
  'only alone solely exclusively seulement uniquement seuls seules'.split(' '),
);

/** "The first" of several (a claim of who came first). */
const FIRST: ReadonlySet<string> = new Set(['first', 'premier', 'premiere']);
/** Words after "the first" that make it a time ("the first year"), not a rank. */
const TIME_UNITS: ReadonlySet<string> = new Set(
  'year years day days week weeks month months time half quarter phase round step stage wave annee annees jour jours semaine semaines mois fois moitie trimestre tour etape vague'.split(
    ' ',
  ),
);
/** Verbs of stopping or barring someone ("stopped Mastercard from…", "banned", "a interdit"). */
const RESTRICTING =
  /\b(?:stop(?:ped|s)?|ban(?:ned|s)?|barr(?:ed|ing)|block(?:ed|s)?|suspend(?:ed|s)?|prohibit(?:ed|s)?|forbad[e]?|curb(?:ed|s)?|interdi\w*|suspendu\w*|bloqu\w*)\b/;

/** Backing something ("backed", "pushed for", "a soutenu"). */
const SUPPORT =
  /\b(?:back(?:ed|ing|s)?|support\w*|push\w* (?:(?:so )?hard )?(?:for|to get|to include)|champion\w*|endors\w*|soutenu\w*|soutien\w*|defendu\w*|plaide\w* pour)\b/;

/** Intents asking one detail of a deal (a date, an amount, a term, a reason, who, where). */
const DETAIL_INTENTS: ReadonlySet<string> = new Set([
  'date',
  'value',
  'count',
  'duration',
  'reason',
  'parties',
  'location',
]);

/** Asking what followed a deal ("what came after", "what replaced it", "la suite", "au nouveau cadre"). */
const SUCCESSOR =
  /\b(?:(?:what|whatever) came (?:after|next)|(?:what|whatever) (?:replaced|followed|succeeded) it|what replaced|what followed|successor|nouveau cadre|la suite|ce qui (?:a suivi|l a remplace)|and after|et apres)\b/;

/** Rulings asked of a body ("decisions of the Conseil d'État", "quelles décisions du…", "CJEU rulings"). */
const RULINGS_OF =
  /\b(?:which|what|quelles?|quels|list|liste)\b(?: [a-z0-9-]+){0,3} (?:decisions|rulings|judgments|judgements|orders|arrets|ordonnances|jugements)\b/u;

/** A sentence telling a ruling ("ruled", "declined to suspend", "a rejeté", "found that"). */
const RULED =
  /\b(?:ruled|held|found|decided|declined|refused|rejected|dismissed|annulled|invalidated|upheld|ordered|suspended|struck down|a juge|a rejete|a refuse|a estime|a annule|a valide|a ordonne|a suspendu|a statue)\b/u;

/** Asking where a name appears ("where does Proximus show up?", "dans quels accords apparaît…"). */
const APPEARS =
  /\b(?:show up|shows up|showed up|turn up|turns up|appear|appears|apparait|apparaissent|figure|figurent|mention|mentions|mentioned|mentionne\w*|parle de|parlent de|parlant de|cite|cites|cited|citing|citent|invok\w*|invoque\w*|used as an argument)\b/;

/** A year written to deny it: "signed in May 2020, not 2019", "et non en 2019". */
const DENIED_YEAR = /\b(?:not|et non|pas) (?:in |en )?((?:19|20)\d{2})\b/;

/** Nouns of deals in general ("contracts", "accords"), as regular-expression alternatives. */
const DEAL_NOUN_FORMS = 'contracts?|agreements?|deals?|arrangements?|accords?|contrats?|ententes?';
/** …and nouns of kinds of deals ("partnerships", "tenders"). */
const KIND_NOUN_FORMS = `${DEAL_NOUN_FORMS}|partnerships?|tenders?|frameworks?|investments?|initiatives?|partenariats?|investissements?`;
/** Two nouns of kinds of deals joined ("contracts or partnerships", "accords et partenariats"). */
const KINDS_JOINED = new RegExp(
  `\\b(?:${KIND_NOUN_FORMS})\\s+(?:or|ou|and|et)\\s+(?:${KIND_NOUN_FORMS})\\b`,
  'iu',
);
/** A noun of deals joined to another ("contracts or agreements", "accords et contrats"), the first and its joint. */
const JOINED_DEAL_NOUNS = new RegExp(
  `\\b(?:${DEAL_NOUN_FORMS})\\s*(?:,|\\/|\\bor\\b|\\bou\\b|\\band\\b|\\bet\\b)\\s*(?=(?:${DEAL_NOUN_FORMS})\\b)`,
  'giu',
);
/** The start of a bracket giving another name for what precedes it ("G42 (or its unit Core42)"). */
const ALTERNATIVE_NAME =
  /^\s*(?:or|ou|aka|a\.k\.a\.?|alias|i\.e\.?|formerly|now|anciennement|ex|autrement dit)\b/iu;

/** Words that negate the verb after them ("could not", "didn't", "n'a pas", "never"). */
const NEGATORS: ReadonlySet<string> = new Set(
  'not never couldn didn doesn don wouldn cannot isn aren wasn weren hasn haven hadn shouldn wont cant dont didnt doesnt isnt wasnt arent ne n pas jamais'.split(
    ' ',
  ),
);

/** Whether the word at `i` negates: a negator, or "can" of "can't" (folded into "can t"; "can we" is no negation). */
function negatorIn(word: string, i: number, all: readonly string[]): boolean {
  return NEGATORS.has(word) || (word === 'can' && all[i + 1] === 't');
}
/** Auxiliaries before a verb ("did … guarantee", "a garanti", "will host"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'did does do has have had will would can could should may might a ont avait avaient aurait auraient va vont est sont etait'.split(
    ' ',
  ),
);
const BLOCKING =
  /\b(?:block\w*|prohibit\w*|veto\w*|reject\w*|refus\w*|bloqu\w*|interdi\w*|rejet\w*|voted against|vote against|invalidat\w*|invalide\w*|struck down|annulled)\b/;

/** Verbs of an event that happened at one time ("awarded in 2019"), for the year check. */
const EVENT_CLAIMS: ReadonlySet<string> = new Set(
  'apply applies applying applied lancer signer choisir annoncer adopter ouvrir choose chose chosen pick picked select selected sign signed award awarded win won give gave given hand handed cancel cancelled canceled launch launched announce announced split opted went adopt adopted lift lifted passed enacted opened deployed replace replaced put placed installed invest invested investing extended prolonged renewed agreed concluded inked choisi choisit retenu signe attribue confie annule lance annonce opte adopte adoptee leve levee promulgue deploye ouvert remplace remplacee installe installee place placee prolonge prolongee renouvele renouvelee conclu conclue convenu'.split(
    ' ',
  ),
);
/** Words before a year that make it a bound, not a date ("since 2020", "avant 2022"). */
const RANGE_BEFORE: ReadonlySet<string> = new Set(
  'since after before until till from by through depuis avant apres jusqu jusqu a partir des'.split(' '),
);
/** Products by their maker's provider key ("Excel" is Microsoft's). */
const PRODUCT_OF: ReadonlyMap<string, string> = new Map([
  ...'word excel powerpoint outlook teams sharepoint exchange onedrive windows office'
    .split(' ')
    .map((w) => [w, 'microsoft'] as const),
  ...'gmail docs drive chromebook chromebooks workspace'.split(' ').map((w) => [w, 'google'] as const),
]);
/** Small words inside a name that its initialism skips ("Department of Defense": DoD). */
const INITIALISM_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', '&']);
/** Words of an application for something ("the SecNumCloud application", "le dossier de qualification"). */
const APPLICATION_WORDS: ReadonlySet<string> = new Set(
  'application applications applied dossier dossiers candidature candidatures demande demandes jalon milestone'.split(
    ' ',
  ),
);
/** Words before the asker's own body ("our own Forsvaret", "notre DINUM"). */
const OWN_WORDS: ReadonlySet<string> = new Set('our own my notre nos mon ma mes'.split(' '));
/** Titles, roles and common nouns written in capitals ("MP", "CEO", "RFP", "AO" for appel d'offres, "JV", a German "Land"): no one's name. */
const TITLES: ReadonlySet<string> = new Set(
  'mp mps mep meps evp vp svp itre libe imco cnect digit ceo cto cio cfo coo ciso dpo dsi dsn rssi pm md pdg dg minister ministre senator senateur deputy depute ngo ngos ong rfp rfi rfq itt iaas paas saas land lander laender ao jv pme eti vermerk'.split(
    ' ',
  ),
);
/** Currency codes and words: never a name of the deal's parties. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(
  'usd eur gbp chf jpy inr sar aud cad dkk nzd sgd brl cop mad pln idr krw aed dollars dollar euros euro pounds livres'.split(
    ' ',
  ),
);
// An outcome sought rather than claimed ("wanted it suspended", "voulait que…", "asked for…").
const SOUGHT =
  /\b(?:want|wanted|wants|sought|seek|seeking|ask|asked|asking|request\w*|demand\w*|voulai\w*|veut|voulu|demand\w*|souhait\w*|exig\w*|advis\w*|conseill\w*|urg\w*)\b/;
// A passive ("was paid by", "a été payé par"): the payer comes after the verb.
const PASSIVE = /\b(?:was|were|been|be|is|are|get|gets|got|getting|ete)\b(?: [a-z0-9-]+){0,3} (?:by|par)\b/;
/** Words either side of a paying verb that belong to its clause. */
const PAYMENT_WINDOW = 12;

/** Verbs of the one paid asking for money ("Microsoft invoiced Kyiv", "a facturé"). */
const CHARGING: ReadonlySet<string> = new Set(
  'invoice invoiced bill billed facture facturer charge charged charging'.split(' '),
);
/** Question words of a payment or investment ("pay", "stake", "payé"): who gave money to whom. */
const PAYING_ASKED: ReadonlySet<string> = new Set([
  ...'pay pays paid paying cough fork invest invests invested investing stake fund funds funded buy buys bought acquire acquired paye payer payes versé verse verser investi investit investir finance financer rachete achete'.split(
    ' ',
  ),
  ...CHARGING,
]);
/** A fact's words of giving money (the word itself, folded). */
const PAYING =
  /^(?:pay|pays|paid|paying|invest(?:s|ed|ing|ments?)?|putting|put|fund|funds|funded|funding|bought|buy|buys|acquir\w*|financ\w*)$/;
/** Every word of a place the lexicon knows, adjectives included ("danoise", "german"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(PLACES.flatMap((p) => p.words));
const PLACE_BY_WORD: ReadonlyMap<string, (typeof PLACES)[number]> = new Map(
  PLACES.flatMap((p) => p.words.map((w) => [w, p] as const)),
);
/** The providers' own words ("microsoft", "aws"): names, however typed. */
const PROVIDER_WORDS: ReadonlySet<string> = new Set(PROVIDERS.flatMap((p) => p.words));

/**
 * "The entry on X does not mention Y", and with the entry's own parties when the question claims Y is
 * one ("…: its deal is with Z"), citing `factId` (else the answer's first fact).
 */
function unmentionedNote(name: string, parties = '', factId?: number): PremiseNote {
  return {
    sentence: (title, lang) =>
      lang === 'fr'
        ? `La fiche « ${title} » ne mentionne pas ${name}${parties === '' ? '' : ` comme partie : l’accord est avec ${parties.replace(/ and /g, ' et ')}`} ; voici ce qu’elle dit de plus proche.`
        : `The entry on ${title} does not mention ${name}${parties === '' ? '' : ` as a party: its deal is with ${parties}`}; here is the closest it says.`,
    ...(factId === undefined ? {} : { factId }),
  };
}

/** "de la Belgique", "du Kenya", "des Pays-Bas", "de l’Italie": French "of" a place, from "en Belgique"… */
function placeOf(place: PlacePlan): string {
  const [prep, ...rest] = place.fr.split(' ');
  const name = rest.join(' ');
  if (prep === 'au') return `du ${name}`;
  if (prep === 'aux') return `des ${name}`;
  return /^[aeiouyàâéèêëîïôöûüh]/iu.test(name) ? `de l’${name}` : `de la ${name}`;
}

/** The words naming a provider ("aws", "amazon"); the word typed when it is none of the known ones. */
const wordsOfProvider = (p: { key: string; word: string }): readonly string[] =>
  PROVIDERS.find((q) => q.key === p.key)?.words ?? [p.word];

/** "AWS, Google and Oracle", "AWS, Google et Oracle" (no serial comma, as the rest of the answers). */
function listOf(names: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'fr' ? 'fr' : 'en-GB', { type: 'conjunction' }).format(names);
}

/**
 * "The entry records nothing of the kind (“<claimed words>”)", then the fact it rests on (what it says), or
 * without one the closest facts.
 */
function nothingOfTheKind(typed: string, factId?: number): PremiseNote {
  return {
    sentence: (title, lang) =>
      lang === 'fr'
        ? `La fiche « ${title} » ne rapporte rien de tel (« ${typed} ») ; voici ce qu’elle dit${factId === undefined ? ' de plus proche' : ''}.`
        : `The entry on ${title} records nothing of the kind (“${typed}”); here is ${factId === undefined ? 'the closest' : 'what'} it says.`,
    ...(factId === undefined ? {} : { factId }),
  };
}

/** "The entry on X records otherwise", citing the fact that says what happened. */
/**
 * The shares a text gives to capitalised names, share → name (folded): "45% by TIM", "25% Leonardo", "TIM
 * holds 45%", "Leonardo 25 %".
 */
function sharesByName(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const m of text.matchAll(SHARE_THEN_NAME)) pairs.set(m[1] as string, fold(m[2] as string));
  for (const m of text.matchAll(NAME_THEN_SHARE))
    if (!pairs.has(m[2] as string)) pairs.set(m[2] as string, fold(m[1] as string));
  return pairs;
}
const SHARE_THEN_NAME =
  /(\d+(?:[.,]\d+)?)\s?%\s*(?:(?:owned by|held by|by|for|to|par|pour|à|de|d’|d')\s*)?(\p{Lu}[\p{L}\p{N}-]*)/gu;
const NAME_THEN_SHARE =
  /(\p{Lu}[\p{L}\p{N}-]*)(?:['’]s)?\s+(?:(?:holds?|has|owns?|with|at|takes?|gets?|détient|détiendrait|avec|à)\s+)?(\d+(?:[.,]\d+)?)\s?%/gu;

function recordsOtherwise(factId: number): PremiseNote {
  return {
    sentence: (title, lang) =>
      lang === 'fr'
        ? `La fiche « ${title} » rapporte le contraire ; voici ce qu’elle dit.`
        : `The entry on ${title} records otherwise; here is what it says.`,
    factId,
  };
}

/** "de DGSI", "d’Estonie": French "of", elided before a vowel or a mute h. */
function frenchOf(name: string): string {
  return /^[aeiouyàâéèêëîïôöûüh]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** A fact's sentence as written, as folded words, and as spaced words (" stored the encryption keys … "). */
interface FactSentence {
  raw: string;
  words: readonly string[];
  spaced: string;
}

/** A premise the entry does not support: the sentence said first, and the fact it cites. */
interface PremiseNote {
  sentence(title: string, lang: Lang): string;
  factId?: number;
}

/** The amount as the question writes it ("GBP 4bn", "180 milliards d'euros"), when it is `value`. */
function amountPhrase(question: string, value: number | undefined): string | undefined {
  if (value === undefined) return undefined;
  for (const match of question.matchAll(AMOUNT_WITH_CURRENCY))
    if (amountsIn(`${match[0]} usd`).some((a) => sameAmount(a, value))) return match[0].trim();
  return undefined;
}

// An amount with the currency written next to it, before or after ("GBP 4bn", "$1bn", "180 milliards
// d'euros", "540 Mio GBP"), or a whole one ("EUR 25", "25 €").
const AMOUNT_WITH_CURRENCY =
  /(?:(?:[$£€]|\b(?:USD|EUR|GBP|CHF|JPY|INR|SAR|AUD|CAD|DKK|NZD|SGD)\s?)?(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?\s?(?:bn|mn|m|k|mio|mrd|mds?)|(?:\d+(?:[.,]\d+)?|a|an|one|un|une|two|deux|three|trois|ten|dix) (?:billions?|milliards?|millions?|trillions?))(?![\p{L}\p{N}])(?:\s(?:of |d[e’']\s?)?(?:dollars?|euros?|pounds?|livres?|francs?|USD|EUR|GBP|CHF))?|(?:[$£€]\s?|\b(?:USD|EUR|GBP|CHF)\s)\d+(?:[.,]\d{1,2})?(?![\p{L}\p{N}.,])|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d{1,2})?\s?(?:€|euros?\b|dollars?\b))/giu;

/** Words that ask for a shape, naming no deal ("timeline", "chronologie"). */
const SHAPE_WORDS: ReadonlySet<string> = new Set(
  'timeline chronology chronologie history historique frise evolution order ordre deals contracts accords contrats'.split(
    ' ',
  ),
);

/** The intents an overview ("what do you have on India?") may have: none asks for one detail. */
const OVERVIEW_INTENTS: ReadonlySet<string> = new Set(['general', 'definition', 'list', 'parties']);

/** Words joining two names asked between ("Bleu or S3NS", "JEDI vs JWCC"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['or', 'ou', 'vs', 'versus', 'and', 'et']);
/** Articles a title may open with, before its subject ("La Cour pénale internationale…"). */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'la', 'le', 'les', 'l']);
/** Words an acronym skips ("Cour pénale internationale" is CPI, "Court of Justice of the EU" CJEU). */
const INITIALS_SKIPPED: ReadonlySet<string> = new Set(['of', 'the', 'de', 'du', 'des', 'd', 'la', 'le', 'l']);

/** Kinds of deal no provider wins. */
const NOT_WON: ReadonlySet<string> = new Set(['ruling', 'regulation', 'statement']);

// A later fact that pairs the provider with the deal ("chose Scaleway to replace Microsoft").
const LATER_PAIRING =
  /\b(?:chose|chosen|picked|selected|awarded|signed|moved|migrat\w*|replac\w*|won|switch\w*)\b/i;

/** A fact sentence telling of something left or removed (folded, spaced). */
const LEFT_IN_SENTENCE =
  / (?:remov\w*|replac\w*|dropp\w*|abandon\w*|phas\w* out|ditch\w*|instead of|away from|moving off|moved off|exit\w*|leav\w*|left) /;

// A fact naming a company as a losing bidder, a protester or an appellant (folded text).
const LOST_ROLE =
  /\b(?:unsuccessful|rival|rivals|competing|competitor|competitors|concurrents?|bid|bids|bidder|bidders|protest\w*|appeal\w*|lost|losing|excluded|left out|challeng\w*|ecarte\w*|recours|perdu|candidates?|candidats?|shortlist\w*|en lice)\b/;

/** Each provider's words as one pattern, compiled once ("aws" or "amazon", as words). */
const PROVIDER_PATTERN_BY_KEY = new Map(PROVIDER_PATTERNS.map((p) => [p.key, p.one]));

// Nouns of "which vendors…?" questions whose answer is the deal's parties, whatever word the facts use.
const PARTY_NOUNS = new Set(
  'company companies vendor vendors provider providers firm firms agency agencies partner partners ministry ministries country countries entreprise entreprises fournisseur fournisseurs societe societes agence agences partenaire partenaires ministere ministeres prestataire prestataires'.split(
    ' ',
  ),
);

/**
 * A one-deal answer's raw score (coverage × margin) turned into a calibrated confidence: the share of
 * held-out questions answered at that score that were right, read off `scoring.calibration` (points
 * joined by straight lines).
 */
export function calibrate(scoring: Scoring, raw: number): number {
  const points = scoring.calibration;
  const first = points[0];
  if (first === undefined) return raw;
  if (raw <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i] as readonly [number, number];
    const [x0, y0] = points[i - 1] as readonly [number, number];
    if (raw <= x1) return y0 + ((y1 - y0) * (raw - x0)) / (x1 - x0 || 1);
  }
  return (points[points.length - 1] as readonly [number, number])[1];
}

/** The words of `question` whose folded form is one of `terms`, as typed ("MI5", "Bleu"). */
function originalWords(question: string, terms: readonly string[]): string {
  // "CIA's C2S": a possessive inside the name stays on its word (not "CIA s C2S"); one ending it does not
  // ("the MoD's" is "MoD").
  const words = question.match(/\p{L}[\p{L}\p{N}-]*(?:['’]s(?!\p{L}))?/gu) ?? [];
  const keys = words.map((w) => fold(w).replace(/['’]s$/u, ''));
  // "Deutschland-Stack" is one word of the question and two terms.
  const at = terms.map((term) => keys.findIndex((w) => w === term || w.split('-').includes(term)));
  // "the Health Data Hub": a name asked in one piece is shown whole, with the one vague word ("Data") its
  // terms skipped.
  if (at.length > 1 && at.every((i) => i >= 0)) {
    const first = Math.min(...at);
    const last = Math.max(...at);
    if (last - first + 1 - new Set(at).size <= 1)
      return words
        .slice(first, last + 1)
        .join(' ')
        .replace(/['’]s$/u, '');
  }
  return terms.map((term, i) => (words[at[i] as number] ?? term).replace(/['’]s$/u, '')).join(' ');
}
