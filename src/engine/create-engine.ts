import type { Corpus } from '../corpus/load-corpus.js';
import type { Deal } from '../corpus/schema.js';
import type { Answer, Answered, AskContext, Citation, DealRef, Lang, NoAnswer, Statement } from './answer.js';
import { composeAnswer, round } from './compose-answer.js';
import { type DealRow, describeFact, type FactRow, valueFiguresOf, YEAR } from './fact-features.js';
import { fold } from './normalize.js';
import { createDealRanker, type DealScore } from './rank-deals.js';
import { type FactHit, type FactTables, type FactTrace, fitsIntent, rankFacts } from './rank-facts.js';
import {
  type FieldLang,
  type SearchDocument,
  SearchIndex,
  termsOfFact,
  termsOfNames,
  Vocabulary,
  wordsOfFolded,
} from './search-index.js';
import { TermTable } from './term-table.js';
import { type Intent, type Understanding, understand } from './understand.js';

export type { FactTrace };

export interface EngineOptions {
  /** Questions longer than this many characters get a polite "too long". Default 1000. */
  maxQuestionLength?: number;
  /**
   * Share (0..1) of a question's weighted content words that the chosen deal must match for sovbot to
   * answer; below it sovbot abstains. Default 0.6, calibrated on the golden set.
   */
  minCoverage?: number;
  /** Facts per answer, at most. Default 3. */
  maxFacts?: number;
  /** Sources shown per fact, at most. Default 3. */
  maxSourcesPerFact?: number;
  /** Deals in a list answer, at most. Default 8. */
  maxListed?: number;
  /**
   * Share of deals above which a word counts as common: when a question also has rarer words, common
   * ones are not searched, only looked up in the deals the rarer words found. Default 0.3.
   */
  commonShare?: number;
  /** Search hits scored per question, at most (best first). Default 1000. */
  maxHits?: number;
  /** Called with the scoring of each question (`sovbot ask --explain`, tuning); default none. */
  trace?: (trace: AskTrace | FactTrace) => void;
  /**
   * Called when answering a question failed inside the engine (a bug): the user still gets an honest
   * no-answer, and this is how the failure is seen (logs, tests). Default none.
   */
  onError?: (error: unknown, question: string) => void;
}

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

/** A deal card: the entry's fields and its key facts, cited. For `/deal` and the console. */
export interface DealCard {
  deal: Deal;
  lang: Lang;
  title: string;
  statements: Statement[];
  citations: Citation[];
  related: DealRef[];
}

export interface Engine {
  /** Answers a question. Never throws on user input. */
  ask(question: string, context?: AskContext): Answer;
  /** Deals whose title or aliases contain `text` (folded), best first: for autocomplete. */
  findDeals(text: string, limit?: number): DealRef[];
  /** All deals, newest first. */
  listDeals(lang?: Lang): DealRef[];
  /** The card of one deal, or undefined for an unknown id. */
  dealCard(id: string, lang?: Lang): DealCard | undefined;
  /** The corpus the engine was built on. */
  readonly corpus: Corpus;
}

// Words that make a question a list request but say nothing about which deals.
const LIST_WORDS = new Set(
  'deal deals contract contracts agreement agreements partnership partnerships ruling rulings regulation regulations initiative initiatives involve involves involving involved list all countries country clouds cloud contrat contrats accord accords partenariat partenariats decision decisions reglement reglements initiatives impliquent implique concernent concerne liste lister tous toutes pays'.split(
    ' ',
  ),
);

/** Builds the search index once; every `ask()` after that is pure computation. */
export function createEngine(corpus: Corpus, options: EngineOptions = {}): Engine {
  const maxLength = options.maxQuestionLength ?? 1000;
  const minCoverage = options.minCoverage ?? 0.6;
  const maxFacts = options.maxFacts ?? 3;
  const maxSources = options.maxSourcesPerFact ?? 3;
  const maxListed = options.maxListed ?? 8;

  const deals: DealRow[] = [];
  const facts: FactRow[] = [];
  const dealIndex = new Map<string, number>();
  // Every index term, numbered, and how many deals use it.
  const termTable = new TermTable();

  // The words of each text, for the vocabulary (spelling correction, telling a terse question's language).
  const wordLists: Array<[string[], FieldLang]> = [];
  // Each document's index terms, computed once for both the deal statistics and MiniSearch.
  const documents: SearchDocument[] = [];
  const wordsIn = (folded: string, lang: FieldLang): string[] => {
    const words = wordsOfFolded(folded);
    wordLists.push([words, lang]);
    return words;
  };
  const nameDocuments: SearchDocument[] = [];

  corpus.deals.forEach((deal, d) => {
    dealIndex.set(deal.id, d);
    const names = [
      deal.title,
      deal.title_fr,
      ...deal.aliases,
      ...deal.customers,
      ...deal.providers,
      deal.jurisdiction,
      ...deal.tags,
    ].join(' \n ');
    const row: DealRow = {
      deal,
      facts: [],
      nameTerms: new Uint32Array(0),
      searchable: fold([deal.title, deal.title_fr, ...deal.aliases].join(' | ')),
    };
    const nameTerms = termsOfNames(wordsIn(fold(names), 'both'));
    row.nameTerms = termTable.addAll(nameTerms);
    // Names documents follow the facts: their ids are set once the number of facts is known.
    nameDocuments.push({ id: d, field: 'names', terms: nameTerms });
    const dealTerms = new Set(row.nameTerms);
    const valueFigures = valueFiguresOf(deal);
    for (const fact of deal.facts) {
      const folded = fold(fact.text);
      const words = wordsIn(folded, 'en');
      const factTerms = termsOfFact(words, wordsIn(fold(fact.text_fr), 'fr'));
      documents.push({ id: facts.length, field: 'text', terms: factTerms });
      row.facts.push(facts.length);
      const ids = termTable.addAll(factTerms);
      facts.push(describeFact(d, deal, fact, { folded, words }, valueFigures, ids));
      for (const id of ids) dealTerms.add(id);
    }
    for (const id of dealTerms) termTable.countDeal(id);
    deals.push(row);
  });

  const vocabulary = new Vocabulary(wordLists, termTable.terms());
  wordLists.length = 0;

  // Documents: facts first (ids 0…F-1), then one names document per deal (ids F…F+D-1).
  for (const names of nameDocuments) documents.push({ ...names, id: facts.length + names.id });
  const index = new SearchIndex(documents, vocabulary, (term) => termTable.has(term));
  documents.length = 0;
  nameDocuments.length = 0;
  const ranker = createDealRanker({
    facts,
    deals,
    termTable,
    index,
    commonShare: options.commonShare ?? 0.3,
    maxHits: options.maxHits ?? 1000,
  });
  const { dealCount, aliasWords, placeWords } = ranker;
  const isKnown = (term: string) => ranker.isKnown(term);
  const factTables: FactTables = { facts, deals, termTable, maxFacts, trace: options.trace };

  function refOf(d: number, lang: Lang): DealRef {
    const deal = (deals[d] as DealRow).deal;
    return { id: deal.id, title: lang === 'fr' ? deal.title_fr : deal.title };
  }

  function compose(
    question: string,
    lang: Lang,
    heading: string,
    chosen: Array<{ factId: number; text?: string }>,
    dealRefs: DealRef[],
    confidence: number,
  ): Answered {
    return composeAnswer(
      { facts, deals, maxSources },
      { question, lang, heading, chosen, dealRefs, confidence },
    );
  }

  function noAnswer(
    question: string,
    lang: Lang,
    reason: NoAnswer['reason'],
    suggestions: DealRef[] = [],
    confidence = 0,
  ): NoAnswer {
    return { kind: 'no-answer', question, lang, reason, suggestions, confidence: round(confidence) };
  }

  function answerList(
    question: string,
    understood: Understanding,
    ranked: DealScore[],
  ): Answered | undefined {
    const filters = understood.terms.filter((term) => !LIST_WORDS.has(term) && !/^\p{N}/u.test(term));
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
    const chosen = shown.map((d) => {
      const row = deals[d] as DealRow;
      const title = lang === 'fr' ? row.deal.title_fr : row.deal.title;
      return { factId: row.facts[0] as number, text: `${title} (${row.deal.date})` };
    });
    const heading = `${lang === 'fr' ? 'Accords' : 'Deals'}: ${filters.join(', ')}${matching.length > shown.length ? ` (${shown.length}/${matching.length})` : ''}`;
    return compose(
      question,
      lang,
      heading,
      chosen,
      shown.map((d) => refOf(d, lang)),
      0.8,
    );
  }

  function ask(question: string, context: AskContext = {}): Answer {
    const fallback = context.lang ?? 'en';
    if (typeof question !== 'string') return noAnswer('', fallback, 'empty');
    if (question.length > maxLength) return noAnswer(question.slice(0, 80), fallback, 'too-long');
    const understood = understand(question, fallback, (word) => vocabulary.languageOf(word));
    const lang = understood.lang;
    const contextDeal = context.dealId === undefined ? undefined : dealIndex.get(context.dealId);

    if (understood.terms.length === 0) {
      if (contextDeal === undefined || understood.intent === 'general')
        return noAnswer(question, lang, 'empty');
      return answerDeal(question, understood, contextDeal, [], 0.6);
    }

    const { ranked, weights, searched } = ranker.scoreDeals(understood);
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
    const best = ranked[0];
    const suggestions = ranked
      .slice(0, 3)
      .filter((entry) => entry.coverage >= 0.25)
      .map((entry) => refOf(entry.deal, lang));

    // A follow-up stays on the conversation's deal unless the question clearly names another one.
    if (contextDeal !== undefined) {
      const own = ranked.find((entry) => entry.deal === contextDeal);
      const switchTo =
        best &&
        best.deal !== contextDeal &&
        best.coverage >= minCoverage &&
        best.coverage > (own?.coverage ?? 0) + 0.2;
      // ...and only if the question's words fit that deal at all ("who won the world cup" does not).
      if (!switchTo && (own?.coverage ?? 0) >= 0.3)
        return answerDeal(question, understood, contextDeal, own?.hits ?? [], 0.6);
    }

    const unmatched = understood.terms.filter((term) => !best?.matched.has(term));
    const unknownNames = unmatched.filter((term) => understood.capitalised.has(term) && !isKnown(term));
    // The deal must be pointed at by something specific: a name, a multi-word alias, or two rare words of one fact.
    const specific = Math.log(1 + dealCount / (dealCount * 0.12));
    const named = Math.log(1 + dealCount / (dealCount * 0.35));
    // A country alone is context, not a subject: "the capital of France" must not anchor a French deal.
    const subjectTerms = best ? [...best.matched].filter((term) => !placeWords.has(term)) : [];
    const lead = best === undefined ? 0 : best.rank - (ranked[1]?.rank ?? 0);
    // Clearly ahead of the rest, or nearly all of a long question's words (four at least) found in one deal.
    const dominant =
      best !== undefined &&
      ((lead >= dominanceMargin && subjectTerms.length >= 2) ||
        (best.coverage >= WELL_COVERED && lead >= WELL_COVERED_LEAD && subjectTerms.length >= 4));
    const anchored =
      best !== undefined &&
      (best.phrases > 0 ||
        dominant ||
        [...best.inNames].some(
          (term) =>
            (understood.capitalised.has(term) || aliasWords.has(term)) &&
            !placeWords.has(term) &&
            (weights.get(term) ?? 0) >= named,
        ) ||
        best.hits.some(
          (hit) => hit.inText.filter((term) => (weights.get(term) ?? 0) >= specific).length >= 2,
        ));
    // Every name asked about found among the deal's names: the other words may just be phrased differently.
    const intentMet =
      best !== undefined &&
      (deals[best.deal] as DealRow).facts.some((id) => fitsIntent(facts[id] as FactRow, understood.intent));
    const threshold =
      best?.namesAll && (subjectTerms.length >= 2 || intentMet) ? minCoverage - 0.2 : minCoverage;
    if (!best || !anchored || best.coverage < threshold) {
      if (unknownNames.length > 0)
        return noAnswer(question, lang, 'unknown-entity', suggestions, best?.coverage ?? 0);
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

    const second = ranked[1];
    // A deal found only through a multi-word alias has no search score: no margin can be told then.
    const bestStrength = best.coverage * best.score;
    const margin =
      second && bestStrength > 0 ? 1 - (second.coverage * second.score) / bestStrength : second ? 0 : 1;
    const confidence = Math.max(0, Math.min(1, best.coverage * (0.6 + 0.4 * Math.max(0, margin))));

    // Two deals named: answer from both when each is named by words the other lacks.
    const other = ranked.slice(1, 4).find((entry) => {
      const distinct = (a: DealScore, b: DealScore) =>
        [...a.inNames].some(
          (term) => !b.matched.has(term) && understood.capitalised.has(term) && (weights.get(term) ?? 0) > 2,
        );
      return entry.coverage >= 0.3 && distinct(entry, best) && distinct(best, entry);
    });
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
        confidence,
      );
    }
    return answerDeal(question, understood, best.deal, best.hits, confidence, best.inNames, weights);
  }

  function answerDeal(
    question: string,
    understood: Understanding,
    d: number,
    hits: readonly FactHit[],
    confidence: number,
    inNames?: ReadonlySet<string>,
    weights?: ReadonlyMap<string, number>,
  ): Answered {
    const chosen = rankFacts(factTables, d, understood, hits, inNames, weights).map((factId) => ({ factId }));
    const ref = refOf(d, understood.lang);
    return compose(question, understood.lang, ref.title, chosen, [ref], confidence);
  }

  function safeAsk(question: string, context?: AskContext): Answer {
    try {
      return ask(question, context);
    } catch (error) {
      // ask() must never throw on user input; an engine bug still gets an honest no-answer.
      options.onError?.(error, String(question));
      return noAnswer(String(question).slice(0, 200), context?.lang ?? 'en', 'not-covered');
    }
  }

  function findDeals(text: string, limit = 25): DealRef[] {
    const needle = fold(text).trim();
    const scored = deals.map((row, d) => {
      if (needle === '') return { d, rank: 1 };
      const at = row.searchable.indexOf(needle);
      return { d, rank: at < 0 ? 0 : at === 0 || row.searchable[at - 1] === ' ' ? 3 : 2 };
    });
    return scored
      .filter((s) => s.rank > 0)
      .sort(
        (a, b) =>
          b.rank - a.rank || ((deals[b.d] as DealRow).deal.date > (deals[a.d] as DealRow).deal.date ? 1 : -1),
      )
      .slice(0, limit)
      .map((s) => refOf(s.d, 'en'));
  }

  function listDeals(lang: Lang = 'en'): DealRef[] {
    return deals
      .map((_, d) => d)
      .sort((a, b) => ((deals[b] as DealRow).deal.date > (deals[a] as DealRow).deal.date ? 1 : -1))
      .map((d) => refOf(d, lang));
  }

  function dealCard(id: string, lang: Lang = 'en'): DealCard | undefined {
    const d = dealIndex.get(id);
    if (d === undefined) return undefined;
    const row = deals[d] as DealRow;
    const answer = compose(
      '',
      lang,
      '',
      row.facts.slice(0, 4).map((factId) => ({ factId })),
      [],
      1,
    );
    return {
      deal: row.deal,
      lang,
      title: refOf(d, lang).title,
      statements: answer.statements,
      citations: answer.citations,
      related: row.deal.related.flatMap((relatedId) => {
        const r = dealIndex.get(relatedId);
        return r === undefined ? [] : [refOf(r, lang)];
      }),
    };
  }

  return { ask: safeAsk, findDeals, listDeals, dealCard, corpus };
}

/** How far (in rank) the best deal must lead the next one to count as clearly meant. */
const dominanceMargin = 0.6;
/** Coverage at which a deal that leads the next by WELL_COVERED_LEAD is meant, even without a name. */
const WELL_COVERED = 0.8;
const WELL_COVERED_LEAD = 0.3;

export type { Intent };
