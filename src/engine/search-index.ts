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
}

/** Field weights: a deal's names say most about which deal is meant. */
const BOOST = { names: 1.6, text: 1, textFr: 1 } as const;

/** Which stems a field gets: English text the English stem, French text the French one, names both. */
export type FieldLang = 'en' | 'fr' | 'both';

/** The language of each indexed field. */
export const fieldLang = { text: 'en', textFr: 'fr', names: 'both' } as const satisfies Record<
  string,
  FieldLang
>;

/**
 * Index terms of a piece of text: folded words, stopwords out, each with its stem in the text's
 * language (both stems for names, whose language is unknown).
 */
export function indexTerms(text: string, lang: FieldLang = 'both'): string[] {
  const terms: string[] = [];
  for (const token of tokenize(fold(text))) {
    if (isStopword(token)) continue;
    terms.push(token);
    const both = stems(token);
    // stems() gives [English] or [English, French].
    const chosen = lang === 'both' ? both : lang === 'en' ? both.slice(0, 1) : both.slice(-1);
    for (const stem of chosen) if (stem !== token) terms.push(stem);
  }
  return terms;
}

// Questions repeat words; their variants are worth remembering (bounded, like the stem cache).
const variantCache = new Map<string, string[]>();

/** A question word, its stems, and its synonyms with their stems: what the index is searched for. */
export function variantsOfTerm(term: string): string[] {
  const cached = variantCache.get(term);
  if (cached) return cached;
  const variants = new Set([term, ...stems(term)]);
  for (const synonym of synonymsOf(term)) {
    variants.add(synonym);
    for (const stem of stems(synonym)) variants.add(stem);
  }
  const result = [...variants];
  if (variantCache.size >= 50_000) variantCache.clear();
  variantCache.set(term, result);
  return result;
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
  constructor(
    documents: readonly SearchDocument[],
    termsOf: (text: string, lang: FieldLang) => string[] = indexTerms,
  ) {
    this.#search = new MiniSearch<SearchDocument>({
      fields: ['text', 'textFr', 'names'],
      // Tokenising and stemming happen in termsOf, so MiniSearch gets finished terms.
      tokenize: (text, field) => termsOf(text, fieldLang[field as keyof typeof fieldLang] ?? 'both'),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    });
    this.#search.addAll(documents);
  }

  /** Documents matching any of the terms (OR), best first, with the question terms each one matched. */
  search(terms: readonly QueryTerm[], limit = Number.POSITIVE_INFINITY): SearchHit[] {
    if (terms.length === 0) return [];
    const queries: Query[] = terms.map(({ term, fuzzy }) =>
      fuzzy === 0
        ? { queries: variantsOfTerm(term), combineWith: 'OR' }
        : {
            // Only the word as typed is matched fuzzily: its stems are near-copies, and fuzzy lookups are
            // the costliest part of a search in a large index.
            queries: [
              { queries: [term], fuzzy, maxFuzzy: 2 },
              ...variantsOfTerm(term).filter((v) => v !== term),
            ],
            combineWith: 'OR',
          },
    );
    const variantsOf = new Map<string, string>();
    for (const { term } of terms) {
      variantsOf.set(term, term);
      for (const variant of variantsOfTerm(term)) if (!variantsOf.has(variant)) variantsOf.set(variant, term);
    }
    const results = this.#search.search({ queries, combineWith: 'OR' }, { boost: BOOST });
    return results.slice(0, limit).map((result) => {
      const matched = new Set<string>();
      for (const queryTerm of result.queryTerms) matched.add(variantsOf.get(queryTerm) ?? queryTerm);
      return { id: result.id as number, score: result.score, matched: [...matched] };
    });
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.#search.documentCount;
  }
}
