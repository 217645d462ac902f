import MiniSearch, { type Query } from 'minisearch';
import { fold, isStopword, stems, synonymsOf, tokenize } from './normalize.js';

/** One searchable fact: its two texts and the names of its deal. */
export interface FactDocument {
  /** Position of the fact in the engine's fact table. */
  id: number;
  text: string;
  textFr: string;
  /** Deal title (EN and FR), aliases, parties, jurisdiction and tags. */
  names: string;
}

/** One term of a question, as searched. */
export interface QueryTerm {
  /** The folded word as asked. */
  term: string;
  /** Maximum edit distance allowed; 0 when the word is known to the index. */
  fuzzy: number;
}

export interface FactHit {
  id: number;
  score: number;
  /** The question terms this fact matched (exactly, through a stem, or fuzzily). */
  matched: string[];
  /** The question terms matched exactly (or through a stem) in the deal's names. */
  inNames: string[];
  /** The question terms matched exactly (or through a stem) in the fact's own text. */
  inText: string[];
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
  readonly #search: MiniSearch<FactDocument>;

  constructor(documents: readonly FactDocument[]) {
    this.#search = new MiniSearch<FactDocument>({
      fields: ['text', 'textFr', 'names'],
      // Tokenising and stemming happen in indexTerms, so MiniSearch gets finished terms.
      tokenize: (text) => indexTerms(text),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    });
    this.#search.addAll(documents);
  }

  /** Facts matching any of the terms (OR), best first, with the question terms each one matched. */
  search(terms: readonly QueryTerm[], limit = 200): FactHit[] {
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
    const hits: FactHit[] = [];
    for (const result of results.slice(0, limit)) {
      const matched = new Set<string>();
      for (const queryTerm of result.queryTerms) matched.add(variantsOf.get(queryTerm) ?? queryTerm);
      const inNames = new Set<string>();
      const inText = new Set<string>();
      for (const [docTerm, fields] of Object.entries(result.match)) {
        const term = variantsOf.get(docTerm);
        if (term === undefined) continue;
        if (fields.includes('names')) inNames.add(term);
        if (fields.includes('text') || fields.includes('textFr')) inText.add(term);
      }
      hits.push({
        id: result.id as number,
        score: result.score,
        matched: [...matched],
        inNames: [...inNames],
        inText: [...inText],
      });
    }
    return hits;
  }

  /** Number of indexed facts. */
  get size(): number {
    return this.#search.documentCount;
  }
}
