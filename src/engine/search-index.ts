import MiniSearch, { type Query } from 'minisearch';
import { fold, isStopword, stems, synonymsOf, tokenize } from './normalize.js';

/**
 * A searchable document: a fact (its two texts) or a deal (its names: title EN/FR, aliases, parties,
 * jurisdiction, tags). Names are indexed once per deal rather than repeated on each of its facts.
 */
export interface SearchDocument {
  /** Position in the engine's document table. */
  id: number;
  text?: string;
  textFr?: string;
  names?: string;
}

/** One term of a question, as searched. */
export interface QueryTerm {
  /** The folded word as asked. */
  term: string;
  /** Maximum edit distance allowed; 0 when the word is known to the index. */
  fuzzy: number;
}

export interface SearchHit {
  id: number;
  score: number;
  /** The question terms this document matched (exactly, through a stem or synonym, or fuzzily). */
  matched: string[];
  /** The question terms matched exactly (or through a stem or synonym), whatever the field. */
  exact: string[];
}

/** Field weights: a deal's names say most about which deal is meant. */
const BOOST = { names: 1.6, text: 1, textFr: 1 } as const;

/** Index terms of a piece of text: folded words, stopwords out, each with its English and French stems. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(fold(text))) {
    if (isStopword(token)) continue;
    terms.push(token);
    for (const stem of stems(token)) if (stem !== token) terms.push(stem);
  }
  return terms;
}

/** A question word, its stems, and its synonyms with their stems: what the index is searched for. */
export function variantsOfTerm(term: string): string[] {
  const variants = new Set([term, ...stems(term)]);
  for (const synonym of synonymsOf(term)) {
    variants.add(synonym);
    for (const stem of stems(synonym)) variants.add(stem);
  }
  return [...variants];
}

/**
 * The full-text index over facts: the only module that knows MiniSearch.
 * Built once; searching does no I/O and allocates little.
 */
export class SearchIndex {
  readonly #search: MiniSearch<SearchDocument>;

  /**
   * @param documents what to index
   * @param termsOf the index terms of a field's text; lets the caller compute them once for its own statistics
   */
  constructor(documents: readonly SearchDocument[], termsOf: (text: string) => string[] = indexTerms) {
    this.#search = new MiniSearch<SearchDocument>({
      fields: ['text', 'textFr', 'names'],
      // Tokenising and stemming happen in termsOf, so MiniSearch gets finished terms.
      tokenize: (text) => termsOf(text),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    });
    this.#search.addAll(documents);
  }

  /** Documents matching any of the terms (OR), best first, with the question terms each one matched. */
  search(terms: readonly QueryTerm[]): SearchHit[] {
    if (terms.length === 0) return [];
    const queries: Query[] = terms.map(({ term, fuzzy }) => ({
      queries: variantsOfTerm(term),
      combineWith: 'OR',
      fuzzy,
      maxFuzzy: 2,
    }));
    const variantsOf = new Map<string, string>();
    for (const { term } of terms) {
      variantsOf.set(term, term);
      for (const variant of variantsOfTerm(term)) if (!variantsOf.has(variant)) variantsOf.set(variant, term);
    }
    const results = this.#search.search({ queries, combineWith: 'OR' }, { boost: BOOST });
    return results.map((result) => {
      const matched = new Set<string>();
      for (const queryTerm of result.queryTerms) matched.add(variantsOf.get(queryTerm) ?? queryTerm);
      const exact = new Set<string>();
      for (const docTerm of result.terms) {
        const term = variantsOf.get(docTerm);
        if (term !== undefined) exact.add(term);
      }
      return { id: result.id as number, score: result.score, matched: [...matched], exact: [...exact] };
    });
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.#search.documentCount;
  }
}
