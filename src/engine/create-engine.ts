import type { Corpus } from '../corpus/load-corpus.js';
import type { Deal } from '../corpus/schema.js';
import { amountsIn } from './amounts.js';
import type { Answer, AskContext, Citation, DealRef, Lang, Statement } from './answer.js';
import { BuildMemo } from './build-memo.js';
import { type AskTrace, createDecider } from './decide.js';

export type { AskTrace };

import {
  type DealRow,
  describeFact,
  type FactRow,
  termMarksOf,
  valueAmountsOf,
  valueFiguresOf,
} from './fact-features.js';
import { fold } from './normalize.js';
import { type DealFacets, facetsOf, placeWordsOf } from './plan.js';
import { createDealRanker } from './rank-deals.js';
import type { FactTables, FactTrace } from './rank-facts.js';
import { defaultScoring, type Scoring } from './scoring.js';
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
import type { Intent } from './understand.js';

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
  /** Deals in a list answer, at most. Default 50. */
  maxListed?: number;
  /**
   * Share of deals above which a word counts as common: when a question also has rarer words, common
   * ones are not searched, only looked up in the deals the rarer words found. Default 0.3.
   */
  commonShare?: number;
  /** Search hits scored per question, at most (best first). Default 1000. */
  maxHits?: number;
  /** Weights of the decisions, in part or whole (see {@link Scoring}); default {@link defaultScoring}. */
  scoring?: Partial<Scoring>;
  /** Called with the scoring of each question (`sovbot ask --explain`, tuning); default none. */
  trace?: (trace: AskTrace | FactTrace) => void;
  /**
   * Called when answering a question failed inside the engine (a bug): the user still gets an honest
   * no-answer, and this is how the failure is seen (logs, tests). Default none.
   */
  onError?: (error: unknown, question: string) => void;
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

/** Corpora up to this many facts have what their texts read as kept from one build to the next. */
const MEMO_MAX_FACTS = 5000;
const NO_AMOUNTS: readonly number[] = [];
// What a build reads from each text, kept for the next build (the live bot rebuilds on every corpus edit).
const namesMemo = new BuildMemo<{ words: readonly string[]; terms: readonly string[] }>();
const factsMemo = new BuildMemo<{
  folded: string;
  words: readonly string[];
  wordsFr: readonly string[];
  terms: readonly string[];
  /** Its money amounts; left out by the CLI's snapshot (read again from the text then). */
  amounts?: readonly number[];
}>();

/** The latest build's words in alphabetical order (a corpus of up to MEMO_MAX_FACTS facts only). */
let lastSortedWords: readonly string[] | undefined;

/** What builds read from the corpus texts: each text's words and index terms (see {@link builtTexts}). */
export interface BuiltTexts {
  names: Array<[string, { words: readonly string[]; terms: readonly string[] }]>;
  facts: Array<
    [
      string,
      {
        folded: string;
        words: readonly string[];
        wordsFr: readonly string[];
        terms: readonly string[];
        amounts?: readonly number[];
      },
    ]
  >;
}

/**
 * What the latest build read from the corpus texts, for a cache that outlives the process (the CLI's):
 * given back through {@link primeTexts}, it spares the next process reading every text again. Only valid
 * for the same code: the words and terms depend on normalize.ts, the lexicon and search-index.ts.
 */
export function builtTexts(): BuiltTexts {
  return { names: namesMemo.entries(), facts: factsMemo.entries() };
}

/** Gives the next build what an earlier build of the same code read from the texts (see {@link builtTexts}). */
export function primeTexts(texts: BuiltTexts): void {
  namesMemo.prime(texts.names);
  factsMemo.prime(texts.facts);
}

/** Builds the search index once; every `ask()` after that is pure computation. */
export function createEngine(corpus: Corpus, options: EngineOptions = {}): Engine {
  const maxLength = options.maxQuestionLength ?? 1000;
  const minCoverage = options.minCoverage ?? 0.6;
  const maxFacts = options.maxFacts ?? 3;
  const maxSources = options.maxSourcesPerFact ?? 3;
  const maxListed = options.maxListed ?? 50;
  const scoring: Scoring = { ...defaultScoring, ...options.scoring };

  const deals: DealRow[] = [];
  const facts: FactRow[] = [];
  // Each deal's providers (canonical keys), jurisdiction and year: what list questions filter on.
  const facets: DealFacets[] = corpus.deals.map(facetsOf);
  const dealIndex = new Map<string, number>();
  // Every index term, numbered, and how many deals use it.
  const termTable = new TermTable();

  // The words of each text, for the vocabulary (spelling correction, telling a terse question's language).
  const wordLists: Array<[readonly string[], FieldLang]> = [];
  // Each document's index terms, computed once for both the deal statistics and MiniSearch.
  const documents: SearchDocument[] = [];
  const nameDocuments: SearchDocument[] = [];
  namesMemo.nextBuild();
  factsMemo.nextBuild();
  // A corpus the size of a curated one is worth remembering between builds; tens of thousands of facts
  // are not: their words would double the heap (the bench's 100k corpus), so such a build keeps nothing.
  const remember = corpus.deals.reduce((n, deal) => n + deal.facts.length, 0) <= MEMO_MAX_FACTS;
  if (!remember) {
    namesMemo.nextBuild();
    factsMemo.nextBuild();
  }
  const recall = <V>(memo: BuildMemo<V>, key: string, compute: () => V): V =>
    remember ? memo.get(key, compute) : compute();

  corpus.deals.forEach((deal, d) => {
    dealIndex.set(deal.id, d);
    const names = [
      deal.title,
      deal.title_fr,
      ...deal.aliases,
      ...deal.customers,
      ...deal.providers,
      // Its places only: a bracketed remark ("first customers in Europe") names nothing.
      placeWordsOf(deal.jurisdiction).join(' '),
      ...deal.tags,
    ].join(' \n ');
    const first = facts.length;
    const row: DealRow = {
      deal,
      // A deal's facts are numbered in a row; an array of the right length rather than one pushed to.
      facts: deal.facts.map((_, i) => first + i),
      nameTermList: 0,
    };
    const named = recall(namesMemo, names, () => {
      const words = wordsOfFolded(fold(names));
      return { words, terms: termsOfNames(words) };
    });
    wordLists.push([named.words, 'both']);
    const nameTerms = named.terms;
    row.nameTermList = termTable.addList(nameTerms);
    // Names documents follow the facts: their ids are set once the number of facts is known.
    nameDocuments.push({ id: d, field: 'names', terms: nameTerms });
    const dealTerms = new Set(termTable.list(row.nameTermList));
    const valueFigures = valueFiguresOf(deal);
    const valueAmounts = valueAmountsOf(deal);
    const termMarks = termMarksOf(deal);
    for (const fact of deal.facts) {
      const {
        folded,
        words,
        wordsFr,
        terms: factTerms,
        amounts,
      } = recall(factsMemo, `${fact.text}\u0000${fact.text_fr}`, () => {
        const folded = fold(fact.text);
        const words = wordsOfFolded(folded);
        const wordsFr = wordsOfFolded(fold(fact.text_fr));
        // Its money amounts, read once per text (most facts have none: one shared empty list).
        const amounts = /\d/.test(fact.text) ? amountsIn(fact.text) : NO_AMOUNTS;
        return { folded, words, wordsFr, terms: termsOfFact(words, wordsFr), amounts };
      });
      wordLists.push([words, 'en'], [wordsFr, 'fr']);
      documents.push({ id: facts.length, field: 'text', terms: factTerms });
      const list = termTable.addList(factTerms);
      facts.push(
        describeFact(d, deal, fact, { folded, words, amounts }, valueFigures, list, valueAmounts, termMarks),
      );
      for (const id of termTable.list(list)) dealTerms.add(id);
    }
    for (const id of dealTerms) termTable.countDeal(id);
    deals.push(row);
  });
  termTable.trim();

  const vocabulary = new Vocabulary(
    wordLists,
    termTable.terms(),
    remember ? (lastSortedWords ?? []) : undefined,
  );
  // The next build of a curated corpus sorts only the words new since this one.
  lastSortedWords = remember ? vocabulary.sortedWords() : undefined;
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
    scoring,
  });
  const factTables: FactTables = { facts, deals, termTable, maxFacts, scoring, trace: options.trace };

  const decider = createDecider({
    corpus,
    deals,
    facts,
    facets,
    dealIndex,
    vocabulary,
    ranker,
    factTables,
    scoring,
    maxLength,
    minCoverage,
    maxSources,
    maxListed,
    trace: options.trace,
    onError: options.onError,
  });
  const { refOf, compose } = decider;

  // Each deal's folded title and aliases (title | French title | aliases…), for autocomplete: made on the
  // first lookup, since most engines (the CLI's, the bench's) never autocomplete, and at 100k facts these
  // copies of the corpus's names take some 15 MB.
  let searchables: string[] | undefined;

  function findDeals(text: string, limit = 25): DealRef[] {
    const needle = fold(text).trim();
    searchables ??= deals.map(({ deal }) => fold([deal.title, deal.title_fr, ...deal.aliases].join(' | ')));
    const names = searchables;
    const scored = deals.map((_, d) => ({
      d,
      rank: needle === '' ? 1 : nameMatch(names[d] ?? '', needle),
    }));
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

  return { ask: decider.ask, findDeals, listDeals, dealCard, corpus };
}

/**
 * How well a typed name matches a deal's folded `searchable` text (title | French title | aliases…), for
 * `/deal` and autocomplete: 6 when a title opens with it ("bleu" → "Bleu: Orange and Capgemini…"), 5
 * when an alias equals it and a title has it as a word ("jedi" → "Pentagon JEDI cloud contract"), 4 for
 * an alias equal to it, 3 for a title word, 2 for a word start anywhere, 1 for a substring, 0 for none.
 */
function nameMatch(searchable: string, needle: string): number {
  const at = searchable.indexOf(needle);
  if (at < 0) return 0;
  const [title = '', titleFr = '', ...aliases] = searchable.split(' | ');
  const opens = (t: string) => t.startsWith(needle) && !/[\p{L}\p{N}]/u.test(t[needle.length] ?? ' ');
  if (opens(title) || opens(titleFr)) return 6;
  const word = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`,
    'u',
  );
  const inTitle = word.test(title) || word.test(titleFr);
  const alias = aliases.includes(needle);
  if (alias && inTitle) return 5;
  if (alias) return 4;
  if (inTitle) return 3;
  return at === 0 || !/[\p{L}\p{N}]/u.test(searchable[at - 1] ?? ' ') ? 2 : 1;
}

export type { Intent };
