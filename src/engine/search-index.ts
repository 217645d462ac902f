import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Lang } from './answer.js';
import {
  englishStem,
  fold,
  frenchStem,
  isStopword,
  LONGEST_REMEMBERED,
  stems,
  synonymsOf,
  tokenize,
} from './normalize.js';

/**
 * A searchable document: a fact (the terms of its two texts) or a deal (the terms of its names: title EN/FR,
 * aliases, parties, jurisdiction, tags). Names are indexed once per deal rather than repeated on each of its
 * facts. Documents come with their terms (see {@link termsOfFact}), so the caller computes them once.
 */
export interface SearchDocument {
  /** Position in the engine's document table. */
  id: number;
  field: 'text' | 'names';
  terms: readonly string[];
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
const BOOST = { names: 1.6, text: 1 } as const;

/** Which language a text is in, for the vocabulary: English, French, or names (either). */
export type FieldLang = 'en' | 'fr' | 'both';

/** The words of a text as indexed: folded, stopwords out. */
export function wordsOf(text: string): string[] {
  return wordsOfFolded(fold(text));
}

/** The words of an already folded text (see {@link wordsOf}). */
export function wordsOfFolded(folded: string): string[] {
  return tokenize(folded).filter((token) => !isStopword(token));
}

// Index terms are stems, one per word: a question word is searched by its stems too, so the words themselves
// would add nothing but size; typos are corrected against the {@link Vocabulary} of words instead.

/**
 * Index terms of a fact's two texts: English words by their English stem, French words by their French one.
 * A word both texts use ("Kordavia", "GCHQ", "2021") is a name or a figure, not English or French: it gets
 * one term (its English stem), not two stems of the same name.
 */
export function termsOfFact(english: readonly string[], french: readonly string[]): string[] {
  const terms = english.map(englishStem);
  for (const word of french) terms.push(english.includes(word) ? englishStem(word) : frenchStem(word));
  return terms;
}

/**
 * Index terms of a deal's names (titles in both languages, aliases, parties): mostly names, whose language
 * is unknown, so each word gets its English stem; a question word is searched by both its stems.
 */
export function termsOfNames(words: readonly string[]): string[] {
  return words.map(englishStem);
}

const IN_ENGLISH = 1;
const IN_FRENCH = 2;
const IN_NAMES = 4;
const IN_INDEX = 8;

/** Corrections tried per misspelt word, at most (the nearest first). */
export const MAX_CORRECTIONS = 12;
/** How much a corrected word's match counts next to an exact one (MiniSearch's default fuzzy weight). */
const CORRECTION_WEIGHT = 0.45;

/**
 * `words` in alphabetical order (by UTF-16 code units, as the default sort compares strings). With an
 * earlier build's order, its words still present keep their order and only the others are sorted, then
 * merged in: sorting every word took about half of the vocabulary's build.
 */
function alphabetical(
  words: string[],
  present: ReadonlyMap<string, number>,
  previous: readonly string[] | undefined,
): string[] {
  if (previous === undefined) return words.sort();
  const kept = previous.filter((word) => present.has(word));
  if (kept.length === words.length) return kept;
  const old = new Set(kept);
  const fresh = words.filter((word) => !old.has(word)).sort();
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    const a = kept[i];
    const b = fresh[j];
    if (b === undefined || (a !== undefined && a < b)) {
      merged.push(a as string);
      i++;
    } else {
      merged.push(b);
      j++;
    }
  }
  return merged;
}

/**
 * The words of the corpus as written (folded), and where each occurs: for spelling correction and for
 * telling a terse question's language. A radix tree, so that words within an edit distance are found fast.
 *
 * The words are kept end to end in one string, with their bounds and IN_* bits in typed arrays and their
 * alphabetical order for lookups: as keys of a `Map`, the words of a 100k-fact corpus took about 4 times
 * the heap.
 */
export class Vocabulary {
  /** The words in the order they were first met, each followed by a newline (which no word has). */
  readonly #text: string;
  /** Where each word starts in #text; one more entry, where the next would start. */
  readonly #starts: Uint32Array;
  /** Each word's IN_* bits. */
  readonly #bits: Uint8Array;
  /** The words' numbers in alphabetical order (by UTF-16 code units), for binary search. */
  readonly #sorted: Uint32Array;
  /**
   * The words of each first letter as a radix tree, each built the first time a word with that letter
   * needs correcting: most questions have none, the live bot rebuilds the engine on every corpus edit, and
   * one tree of every word takes about 50 MB at 100k facts, and long to build. Built from the
   * words in the order they were first met: the order of a tree's corrections depends on it.
   */
  readonly #trees = new Map<string, SearchableMap<number>>();

  /**
   * @param texts the words of each text, and whether the text is English, French or names
   * @param terms the index terms (stems): a misspelt word is often nearer its stem ("googel" → "googl")
   * @param previous the alphabetical word list of an earlier build (see {@link sortedWords}): only the
   *   words it lacks are sorted, and merged in; a corpus reloaded after an edit has few new words
   */
  constructor(
    texts: Iterable<readonly [words: readonly string[], lang: FieldLang]>,
    terms: Iterable<string> = [],
    previous?: readonly string[],
  ) {
    // A build given an earlier order is one of a series (a curated corpus reloaded): keep this order for
    // the next one. A large corpus's builds give none, and keep nothing (it would hold every word twice).
    const keepOrder = previous !== undefined;
    const numbers = new Map<string, number>();
    const bits: number[] = [];
    for (const [words, lang] of texts) {
      const bit = lang === 'en' ? IN_ENGLISH : lang === 'fr' ? IN_FRENCH : IN_NAMES;
      for (const word of words) {
        let n = numbers.get(word);
        if (n === undefined) {
          n = bits.length;
          numbers.set(word, n);
          bits.push(0);
        }
        bits[n] = (bits[n] as number) | bit;
      }
    }
    for (const term of terms)
      if (!numbers.has(term)) {
        numbers.set(term, bits.length);
        bits.push(IN_INDEX);
      }
    const words = [...numbers.keys()];
    this.#bits = Uint8Array.from(bits);
    this.#starts = new Uint32Array(words.length + 1);
    let at = 0;
    words.forEach((word, n) => {
      this.#starts[n] = at;
      at += word.length + 1;
    });
    this.#starts[words.length] = at;
    this.#text = words.map((word) => `${word}\n`).join('');
    const order = alphabetical(words, numbers, previous);
    this.#sorted = Uint32Array.from(order, (word) => numbers.get(word) as number);
    if (keepOrder) this.#order = order;
  }

  /** The alphabetical word list, kept when the constructor was given an earlier one. */
  #order: readonly string[] | undefined;

  /** The words in alphabetical order, for the next build's constructor. */
  sortedWords(): readonly string[] {
    return (
      this.#order ??
      Array.from(this.#sorted, (n) =>
        this.#text.slice(this.#starts[n] as number, (this.#starts[n + 1] as number) - 1),
      )
    );
  }

  /** The number of `word`, or -1 when the corpus does not have it. */
  #find(word: string): number {
    const at = this.#lowerBound(word);
    const n = this.#sorted[at];
    return n !== undefined && this.#compare(n, word) === 0 ? n : -1;
  }

  /** Where `word` is, or would be, in the alphabetical order. */
  #lowerBound(word: string): number {
    const sorted = this.#sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#compare(sorted[mid] as number, word) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Word `n` against `word`, by UTF-16 code units. */
  #compare(n: number, word: string): number {
    const from = this.#starts[n] as number;
    const length = (this.#starts[n + 1] as number) - 1 - from;
    const shorter = Math.min(length, word.length);
    for (let k = 0; k < shorter; k++) {
      const diff = this.#text.charCodeAt(from + k) - word.charCodeAt(k);
      if (diff !== 0) return diff;
    }
    return length - word.length;
  }

  /** The radix tree of the words that start with `first` (one UTF-16 code unit), see {@link #trees}. */
  #treeOf(first: string): SearchableMap<number> {
    let tree = this.#trees.get(first);
    if (tree === undefined) {
      // Those words are a run of the alphabetical order.
      const code = first.charCodeAt(0);
      const from = this.#lowerBound(first);
      let to = from;
      while (
        to < this.#sorted.length &&
        this.#text.charCodeAt(this.#starts[this.#sorted[to] as number] as number) === code
      )
        to++;
      const numbers = this.#sorted.slice(from, to).sort();
      tree = new SearchableMap<number>();
      for (const n of numbers)
        tree.set(
          this.#text.slice(this.#starts[n] as number, (this.#starts[n + 1] as number) - 1),
          this.#bits[n] as number,
        );
      this.#trees.set(first, tree);
    }
    return tree;
  }

  /** Whether the corpus writes the word. */
  has(word: string): boolean {
    return this.#find(word) >= 0;
  }

  /** The language whose texts alone use a word, if only one does. */
  languageOf(word: string): Lang | undefined {
    const n = this.#find(word);
    const bits = n < 0 ? 0 : (this.#bits[n] as number);
    const en = (bits & IN_ENGLISH) !== 0;
    const fr = (bits & IN_FRENCH) !== 0;
    return en === fr ? undefined : en ? 'en' : 'fr';
  }

  /**
   * Corpus words within `maxDistance` edits of `word` (not the word itself), nearest first, and those two
   * neighbouring letters away from it ("Mircosoft"): two edits for Levenshtein, one typo for a reader, so
   * at distance 1 and first. Like most spelling correctors the edit search trusts the first letter (typos
   * there are rare), which keeps it to the words sharing it.
   */
  corrections(word: string, maxDistance: number): Array<{ word: string; distance: number }> {
    const first = word[0];
    if (maxDistance <= 0 || first === undefined) return [];
    const found: Array<{ word: string; distance: number }> = [];
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (this.#find(swapped) >= 0 && !found.some((f) => f.word === swapped))
        found.push({ word: swapped, distance: 1 });
    }
    // A tree of only the words that start with that letter has the same branch for it as a tree of all.
    const sameStart = this.#treeOf(first).atPrefix(first);
    for (const [rest, [, distance]] of sameStart.fuzzyGet(word.slice(1), maxDistance)) {
      const corrected = first + rest;
      if (distance > 0 && !found.some((f) => f.word === corrected)) found.push({ word: corrected, distance });
    }
    // Stable: among words at the same distance, the swaps stay first.
    return found.sort((a, b) => a.distance - b.distance).slice(0, MAX_CORRECTIONS);
  }
}

// Questions repeat words; their variants are worth remembering.
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
  // Bounded, like the stem caches; a word too long to be a real one is not remembered.
  if (term.length <= LONGEST_REMEMBERED) {
    if (variantCache.size >= 50_000) variantCache.clear();
    variantCache.set(term, result);
  }
  return result;
}

/**
 * The full-text index over facts and deals' names: the only module that knows MiniSearch.
 * Built once; searching does no I/O and allocates little.
 */
export class SearchIndex {
  readonly #search: MiniSearch<SearchDocument>;

  readonly #indexed: (term: string) => boolean;

  /**
   * @param documents what to index
   * @param vocabulary the documents' words, for correcting misspelt question words
   * @param indexed whether a term is in the index (question words' forms that are not are not searched)
   */
  constructor(
    documents: readonly SearchDocument[],
    readonly vocabulary: Vocabulary,
    indexed: (term: string) => boolean,
  ) {
    this.#indexed = indexed;
    this.#search = new MiniSearch<SearchDocument>({
      fields: ['text', 'names'],
      // A document's terms are finished. MiniSearch hands what stringifyField returns straight to tokenize
      // (in add and remove, nowhere else), so the terms pass through as they are rather than be joined by
      // spaces and split again; only queries, which are strings, are split.
      extractField: (document, field) =>
        field === 'id'
          ? document.id
          : field === document.field && document.terms.length > 0
            ? document.terms
            : undefined,
      stringifyField: (terms: readonly string[]) => terms as unknown as string,
      tokenize: (terms) => terms as unknown as string[],
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    });
    this.#search.addAll(documents);
  }

  // The last few searches and their hits: answering one question may search the same words again (each
  // part of a comparison is read on its own, then with the others' names).
  readonly #recent = new Map<string, readonly SearchHit[]>();

  /**
   * Documents matching any of the terms (OR), best first, with the question terms each one matched. The
   * hits are shared with later searches of the same words: read them, do not change them.
   */
  search(terms: readonly QueryTerm[], limit = Number.POSITIVE_INFINITY): readonly SearchHit[] {
    const key = `${limit} ${terms.map(({ term, fuzzy }) => `${term}~${fuzzy}`).join(' ')}`;
    let hits = this.#recent.get(key);
    if (hits === undefined) {
      hits = this.#searchOnce(terms, limit);
      if (this.#recent.size >= RECENT_SEARCHES)
        this.#recent.delete(this.#recent.keys().next().value as string);
      this.#recent.set(key, hits);
    }
    return hits;
  }

  #searchOnce(terms: readonly QueryTerm[], limit: number): SearchHit[] {
    // Each index term searched, the question terms it stands for, and its weight (1 unless a correction).
    const askedFor = new Map<string, string[]>();
    const weightOf = new Map<string, number>();
    const ask = (form: string, term: string, weight: number) => {
      if (!this.#indexed(form)) return;
      const asked = askedFor.get(form);
      if (asked === undefined) askedFor.set(form, [term]);
      else if (!asked.includes(term)) asked.push(term);
      weightOf.set(form, Math.max(weightOf.get(form) ?? 0, weight));
    };
    for (const { term, fuzzy } of terms) {
      for (const variant of variantsOfTerm(term)) ask(variant, term, 1);
      // A word the corpus does not have may be misspelt: the corpus words nearest to it are searched too,
      // worth less the further they are.
      for (const { word, distance } of this.vocabulary.corrections(term, fuzzy)) {
        const weight = (CORRECTION_WEIGHT * word.length) / (word.length + distance);
        for (const form of variantsOfTerm(word)) ask(form, term, weight);
      }
    }
    if (askedFor.size === 0) return [];
    // One OR query of every index term: MiniSearch sums each document's BM25 over the terms it has.
    const results = this.#search.search([...askedFor.keys()].join(' '), {
      boost: BOOST,
      tokenize: (text) => text.split(' '),
      boostTerm: (form) => weightOf.get(form) ?? 1,
    });
    return results.slice(0, limit).map((result) => {
      // A document matches few question words: a short array is cheaper than a set here.
      const matched: string[] = [];
      for (const queryTerm of result.queryTerms)
        for (const term of askedFor.get(queryTerm) ?? []) if (!matched.includes(term)) matched.push(term);
      return { id: result.id as number, score: result.score, matched };
    });
  }
}

/** How many searches the index remembers (see SearchIndex.search). */
const RECENT_SEARCHES = 8;
