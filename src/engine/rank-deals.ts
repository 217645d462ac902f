import type { DealRow, FactRow } from './fact-features.js';
import { PROVIDERS } from './lexicon.js';
import { fold, stems, tokenize } from './normalize.js';
import { placeWordsOf } from './plan.js';
import { type FactHit, fitsIntent } from './rank-facts.js';
import type { Scoring } from './scoring.js';
import { MAX_CORRECTIONS, type QueryTerm, type SearchIndex, variantsOfTerm } from './search-index.js';
import type { TermTable } from './term-table.js';
import { demonymCountry, type Understanding } from './understand.js';

// Which deal a question is about: its words weighed by how few deals use them, the rarer ones searched,
// the common ones looked up in the candidates, names and multi-word aliases counted apart.

/** How a deal scores for a question. */
export interface DealScore {
  deal: number;
  score: number;
  coverage: number;
  matched: Set<string>;
  inNames: Set<string>;
  /** Score of the deal's names document. */
  nameScore: number;
  /** The deal's facts that matched, best first. */
  hits: FactHit[];
  /** Share of the question's weight found in the deal's names. */
  nameCoverage: number;
  /** Multi-word aliases of this deal found verbatim in the question. */
  phrases: number;
  /** Whether every capitalised name of the question that the corpus knows is among this deal's names. */
  namesAll: boolean;
  /** Share of the weight of the question's names (capitalised or alias words) found in this deal's names. */
  capitalShare: number;
  rank: number;
}

/** The deals a question may be about, best first; the weight of each of its words; the words searched. */
export interface DealScores {
  ranked: DealScore[];
  weights: Map<string, number>;
  /** The question's words that were searched (the others were looked up in the candidates, or vague). */
  searched: string[];
}

/** What deal ranking reads: the engine's tables and options. */
export interface DealTables {
  facts: readonly FactRow[];
  deals: readonly DealRow[];
  /** The index terms, numbered, and how many deals use each. */
  termTable: TermTable;
  index: SearchIndex;
  /** Share of deals above which a word counts as common. */
  commonShare: number;
  /** Search hits scored per question, at most. */
  maxHits: number;
  scoring: Scoring;
}

export interface DealRanker {
  /** The deals a question may be about, best first, and the weight of each of its words. */
  scoreDeals(understood: Understanding): DealScores;
  /** Whether the index has any form of a word (itself, a stem, a synonym). */
  isKnown(term: string): boolean;
  /** Number of deals (at least 1). */
  readonly dealCount: number;
  /** One-word aliases ("JWCC", "Bleu"). */
  readonly aliasWords: Pick<ReadonlySet<string>, 'has'>;
  /** Words of jurisdictions ("france", "united", "kingdom"). */
  readonly placeWords: ReadonlySet<string>;
  /** Whether a deal's names (title, aliases, parties, jurisdiction, tags) have some form of a word. */
  namesHave(d: number, term: string): boolean;
  /** Whether a fact's own terms have some form of a word. */
  factHas(factId: number, term: string): boolean;
  /** Deals that have `word` as a one-word alias of their own ("jedi" → JEDI), when at most two do. */
  dealsAliased(word: string): readonly number[];
  /** The deals whose own title has the word, when a few at most do. */
  dealsTitled(word: string): readonly number[];
  /** Deals with a multi-word alias written out in the question's tokens, and how many such aliases each has. */
  matchPhrases(tokens: readonly string[]): Map<number, number>;
}

/** Builds the tables of names and aliases once; scoring a question is then pure computation. */
export function createDealRanker({
  facts,
  deals,
  termTable,
  index,
  commonShare,
  maxHits,
  scoring,
}: DealTables): DealRanker {
  const dealCount = Math.max(deals.length, 1);
  // A word used by more than this share of deals is "common" (see scoreDeals).
  // In a small corpus no word is common: it takes at least MIN_COMMON_DEALS deals.
  const commonWeight =
    dealCount * commonShare >= MIN_COMMON_DEALS
      ? Math.log(1 + 1 / commonShare)
      : Math.log(1 + dealCount / MIN_COMMON_DEALS);

  // Words used by more deals than this are "wide": looked up rather than searched when a question has a
  // narrower word (see scoreDeals). At least MIN_WIDE_DEALS deals: in a small corpus only common words are.
  const wideWeight = Math.log(1 + dealCount / Math.max(MIN_WIDE_DEALS, dealCount * WIDE_SHARE));

  // The deals of each one-word alias ("JWCC", "Bleu", "pCloudBw"): a question naming one points at a deal
  // (for the exact-alias bonus: "JEDI" is JEDI's own name, and only a word in JWCC's "JEDI successor").
  const aliasDeals = new DealsByWord();
  // Words of jurisdictions ("france", "united", "kingdom", "european", "union").
  const placeWords = new Set(deals.flatMap(({ deal }) => placeWordsOf(deal.jurisdiction)));
  // The deals whose title has each word: a name in a deal's own title names it more surely than a
  // mention among another deal's aliases, tags or parties ("Bleu" is the Bleu deal, not Microsoft's).
  const titleDeals = new DealsByWord();
  deals.forEach(({ deal }, d) => {
    for (const word of new Set(tokenize(fold(`${deal.title} ${deal.title_fr}`)))) titleDeals.add(word, d);
  });
  const phrases: Phrase[] = [];
  deals.forEach(({ deal }, d) => {
    for (const alias of deal.aliases) {
      const tokens = tokenize(fold(alias));
      if (tokens.length === 1) {
        const word = tokens[0] as string;
        aliasDeals.add(word, d);
      }
      const linked = tokens.filter((t) => !LINK_WORDS.has(t));
      if (tokens.length < 2 || linked.length < 2) continue;
      phrases.push({ first: linked[0] as string, phrase: linked.join(' '), deal: d });
    }
  });
  const phraseTable = new PhraseTable(phrases);
  phrases.length = 0;
  const aliasWords = { has: (word: string) => aliasDeals.has(word) };

  /** Deals with a multi-word alias written out in the question, and how many such aliases each has. */
  function matchPhrases(all: readonly string[]): Map<number, number> {
    const found = new Map<number, number>();
    // "cloud souverain d'AWS" writes out the alias "cloud souverain AWS": linking words do not count.
    const tokens = all.filter((t) => !LINK_WORDS.has(t));
    for (let i = 0; i < tokens.length; i++)
      for (const deal of phraseTable.dealsWrittenOut(tokens, i)) found.set(deal, (found.get(deal) ?? 0) + 1);
    return found;
  }

  /**
   * How many deals use a question term's own forms (itself, its stems; the most of them): synonyms only
   * widen what it matches. Undefined when the index has none of them.
   */
  function ownFrequency(term: string): number | undefined {
    let df: number | undefined;
    for (const variant of [term, ...stems(term)]) {
      const f = termTable.dealFrequency(variant);
      if (f !== undefined) df = Math.max(df ?? f, f);
    }
    return df;
  }

  /**
   * The narrowest of the words to search, as many as MAX_SEARCHED_DEALS deals' worth of them (the sum of
   * their deal frequencies), at least one; all of them when they are under it, as in any small corpus.
   * Scoring a word costs as many facts as have it: in a large corpus, words that most deals use would
   * score most of the index for little.
   */
  function narrowestOf(terms: readonly QueryTerm[]): QueryTerm[] {
    // (Under the cap even if every misspelt word's corrections were in every deal: nothing to work out, as
    // always in a small corpus.)
    let bound = 0;
    for (const { term } of terms) bound += ownFrequency(term) ?? MAX_CORRECTIONS * dealCount;
    if (bound <= MAX_SEARCHED_DEALS) return [...terms];
    // A word the corpus does not have is searched as its corrections ("contrrat": "contrat", "contract").
    const frequencies = new Map(
      terms.map(({ term, fuzzy }) => [
        term,
        ownFrequency(term) ??
          index.vocabulary
            .corrections(term, fuzzy)
            .reduce((sum, { word }) => sum + (ownFrequency(word) ?? 0), 0),
      ]),
    );
    const frequency = (term: string) => frequencies.get(term) ?? 0;
    if (terms.reduce((sum, { term }) => sum + frequency(term), 0) <= MAX_SEARCHED_DEALS) return [...terms];
    // A misspelt word is always searched: looking it up in the candidates would not find its corrections.
    const misspelt = (term: string) => ownFrequency(term) === undefined;
    const byFrequency = [...terms].sort(
      (a, b) => Number(misspelt(b.term)) - Number(misspelt(a.term)) || frequency(a.term) - frequency(b.term),
    );
    let sum = 0;
    const kept = byFrequency.filter(({ term }, i) => {
      sum += frequency(term);
      return i === 0 || misspelt(term) || sum <= MAX_SEARCHED_DEALS;
    });
    return terms.filter((q) => kept.includes(q));
  }

  /** Inverse deal frequency of a question term; unknown words weigh as much as the rarest. */
  function specificity(term: string): number {
    return Math.log(1 + dealCount / (ownFrequency(term) ?? 0.5));
  }

  /**
   * Edit distance allowed for a word the corpus does not have: none for short words and numbers, one
   * for names written with a capital (a real name is rarely one typo away from another), up to two
   * for long lowercase words typed in a hurry.
   */
  function fuzzinessFor(term: string, known: boolean, capitalised: boolean): number {
    // Past LONGEST_CORRECTED letters a "word" is no typo, and the edit-distance search grows with its square.
    if (known || term.length < 5 || term.length > LONGEST_CORRECTED || /^\p{N}/u.test(term)) return 0;
    // "Amazn" is Amazon: a short name one edit from a provider's is its typo ("Basel" is no "based").
    if (capitalised)
      return term.length >= 6 ||
        (term.length === 5 && index.vocabulary.corrections(term, 1).some((c) => PROVIDER_WORDS.has(c.word)))
        ? 1
        : 0;
    return term.length >= 8 ? 2 : 1;
  }

  /** The numbers of the forms of a question word (itself, stems, synonyms) that the index has. */
  function indexedForms(term: string): number[] {
    const ids: number[] = [];
    for (const variant of variantsOfTerm(term)) {
      const id = termTable.idOf(variant);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  function isKnown(term: string): boolean {
    return variantsOfTerm(term).some((variant) => termTable.has(variant));
  }

  /** Whether a word is a one-word alias or a title word of some deal. */
  function namesADeal(term: string): boolean {
    return aliasDeals.has(term) || titleDeals.get(term).length > 0;
  }

  function scoreDeals(understood: Understanding): DealScores {
    // Which words the index has some form of.
    const known = new Set(understood.terms.filter((term) => isKnown(term)));
    const queryTerms: QueryTerm[] = understood.terms.map((term) => ({
      term,
      fuzzy: fuzzinessFor(term, known.has(term), understood.capitalised.has(term)),
    }));
    // An unknown lowercase word is often just phrasing ("hoping"); an unknown name is a real gap.
    const unknownWeight = Math.log(1 + dealCount / (dealCount * scoring.unknownWordShare));
    const weights = new Map(
      understood.terms.map((term) => [
        term,
        (known.has(term) || understood.capitalised.has(term) ? specificity(term) : unknownWeight) *
          // A remark's words; the words of sentences before the question, and of examples, but for the
          // names of deals among them ("Solvinity hosts the national login. What did Kathmann warn?",
          // "…, e.g. MI5 or MI6?").
          (understood.remark?.has(term) ||
          ((understood.preamble?.has(term) || understood.examples?.has(term)) &&
            !namesADeal(term) &&
            !placeWords.has(term) &&
            demonymCountry(term) === undefined)
            ? scoring.remarkWeight
            : 1),
      ]),
    );
    let phrases = matchPhrases(understood.tokens);
    // "whn did the clould act become law": a misspelt word of a multi-word alias, read as its one nearest
    // correction, still writes the alias out.
    if (phrases.size === 0) {
      let changed = false;
      const corrected = understood.tokens.map((t) => {
        if (t.length < 5 || t.length > LONGEST_CORRECTED || /\p{N}/u.test(t) || isKnown(t)) return t;
        const [first, second] = index.vocabulary.corrections(t, 1);
        if (first === undefined || (second !== undefined && second.distance === first.distance)) return t;
        changed = true;
        return first.word;
      });
      if (changed) phrases = matchPhrases(corrected);
    }
    // AND before OR, in spirit: words most deals use ("cloud", "data") find everything and say little.
    // When the question has rarer words, search those only; the common ones are then looked up only in the
    // few deals the rarer words found (see addCommonTerms), and count towards their coverage.
    // In a large corpus, words of middling frequency ("wide") still find thousands of facts, all of which
    // the search scores. When the question has a narrower word (a name, mostly), wide words are looked up in
    // the candidates it finds, like common ones. A word the index knows only through a synonym weighs as the
    // rarest, but says nothing of how narrow it is: it is no such anchor.
    const anchored = queryTerms.some(
      ({ term }) => ownFrequency(term) !== undefined && (weights.get(term) ?? 0) >= wideWeight,
    );
    const common = queryTerms.filter(({ term }) => {
      const weight = weights.get(term) ?? 0;
      return weight < commonWeight || (anchored && known.has(term) && weight < wideWeight);
    });
    const allCommon = common.length === queryTerms.length;
    let searched =
      common.length < queryTerms.length ? queryTerms.filter((q) => !common.includes(q)) : queryTerms;
    // In a large corpus a question of wide words alone ("How many providers in Atounet government?") would
    // score most of the index: only its narrowest words are searched, and the others looked up in what they
    // find, as common words are (see narrowestOf).
    const kept = narrowestOf(searched);
    if (kept.length < searched.length) {
      for (const q of searched) if (!kept.includes(q) && !common.includes(q)) common.push(q);
      searched = kept;
    }
    const byDeal = new Map<number, DealScore>();
    // Only common words, no alias, no name ("cloud contract?"): too vague to point at a deal, and searching
    // them would touch most of the index. Nothing is searched; the question ends as not covered.
    const vague =
      allCommon && phrases.size === 0 && !queryTerms.some(({ term }) => understood.capitalised.has(term));
    let hits = vague ? [] : index.search(searched, maxHits);
    // Nothing found by the rarer words ("Nigeria"): the common ones still find the closest deals to offer.
    let fellBack = false;
    if (hits.length === 0 && searched !== queryTerms) {
      hits = index.search(narrowestOf(queryTerms), maxHits);
      fellBack = true;
    }
    const entryOf = (d: number): DealScore => {
      let entry = byDeal.get(d);
      if (!entry) {
        entry = {
          deal: d,
          score: 0,
          coverage: 0,
          matched: new Set(),
          inNames: new Set(),
          nameCoverage: 0,
          phrases: phrases.get(d) ?? 0,
          namesAll: false,
          capitalShare: 1,
          rank: 0,
          nameScore: 0,
          hits: [],
        };
        byDeal.set(d, entry);
      }
      return entry;
    };
    // A deal whose multi-word alias the question writes out is a candidate even if the words searched
    // missed it ("Cloud au centre" is all common words).
    for (const d of phrases.keys()) entryOf(d);
    for (const hit of hits) {
      const isDeal = hit.id >= facts.length;
      const d = isDeal ? hit.id - facts.length : (facts[hit.id] as FactRow).deal;
      const entry = entryOf(d);
      for (const term of hit.matched) entry.matched.add(term);
      if (isDeal) {
        entry.nameScore = hit.score;
        // A names document has one field: whatever it matched (even fuzzily) is in the deal's names.
        for (const term of hit.matched) entry.inNames.add(term);
      } else {
        entry.hits.push({ id: hit.id, score: hit.score, matched: hit.matched, inText: hit.matched });
      }
    }
    if (searched !== queryTerms) {
      // The deals that matched the most of the rarer words' weight are the candidates; BM25 breaks ties.
      const covered = (entry: DealScore) => {
        let sum = 0;
        for (const term of entry.matched) sum += weights.get(term) ?? 0;
        return sum;
      };
      const scoreOf = (entry: DealScore) => entry.nameScore + (entry.hits[0]?.score ?? 0);
      const keyed = [...byDeal.values()].map((entry) => ({
        entry,
        covered: covered(entry),
        score: scoreOf(entry),
      }));
      keyed.sort((a, b) => b.entry.phrases - a.entry.phrases || b.covered - a.covered || b.score - a.score);
      // Each common word with the forms the index has, worked out once for all candidates.
      const commonForms = common.map(({ term }) => ({ term, forms: indexedForms(term) }));
      for (const { entry } of keyed.slice(0, scoring.commonChecked)) addCommonTerms(entry, commonForms);
    }
    const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
    // Per question, not per deal: which words name something (written with a capital, or a one-word
    // alias) — names the asker wrote must be among the deal's names.
    const nameTerms = understood.terms.filter(
      (term) => (understood.capitalised.has(term) || aliasWords.has(term)) && known.has(term),
    );
    const capitals = nameTerms.reduce((sum, term) => sum + (weights.get(term) ?? 0), 0);
    for (const entry of byDeal.values()) {
      const [first, second] = entry.hits;
      entry.score = entry.nameScore + (first?.score ?? 0) + scoring.secondHit * (second?.score ?? 0);
      let covered = 0;
      for (const term of entry.matched) {
        // A word matched only fuzzily ("celing" → "ceiling") counts, but less than an exact match.
        const weight = (weights.get(term) ?? 0) * (known.has(term) ? 1 : scoring.fuzzyMatch);
        covered += weight;
      }
      entry.coverage = covered / total;
      let named = 0;
      // "Which ministers…?": the noun asked for says what kind of answer is wanted, not which deal.
      for (const term of entry.inNames) if (term !== understood.askedNoun) named += weights.get(term) ?? 0;
      entry.nameCoverage = named / total;
      let capitalsNamed = 0;
      for (const term of nameTerms) if (entry.inNames.has(term)) capitalsNamed += weights.get(term) ?? 0;
      entry.namesAll = capitals > 0 && capitalsNamed === capitals;
      entry.capitalShare = capitals > 0 ? capitalsNamed / capitals : 1;
    }
    // What the question's words cover decides; BM25 (how often and where they occur) breaks ties.
    const topScore = Math.max(1e-9, ...[...byDeal.values()].map((e) => e.score));
    // BM25 scores only the words searched: when they carry a small part of the question's weight ("quand
    // le cloud souverain d'AWS ouvre-t-il ?" searches only "ouvre"), they say less about the deal.
    let searchedWeight = 0;
    for (const { term } of fellBack ? queryTerms : searched) searchedWeight += weights.get(term) ?? 0;
    const bm25Weight = scoring.bm25Share * Math.min(1, searchedWeight / total);
    for (const entry of byDeal.values()) {
      entry.rank =
        (entry.coverage +
          entry.nameCoverage +
          scoring.phraseBonus * Math.min(entry.phrases, 2) +
          bm25Weight * (entry.score / topScore)) *
        (scoring.namesFloor + (1 - scoring.namesFloor) * entry.capitalShare);
    }
    // A word that is a deal's own one-word alias, and that of no more than two deals, names that deal
    // more surely than a longer alias containing it names another.
    for (const term of understood.terms) {
      // A country or a provider is an alias of many kinds of deal ("Canada", "AWS"): no deal's own name.
      if (placeWords.has(term) || PROVIDER_WORDS.has(term)) continue;
      const own = dealsAliased(term);
      for (const d of own) {
        const entry = byDeal.get(d);
        if (entry) entry.rank += scoring.exactAliasBonus;
      }
    }
    for (const term of understood.terms) {
      if (!(understood.capitalised.has(term) || aliasWords.has(term))) continue;
      if (placeWords.has(term) || PROVIDER_WORDS.has(term)) continue;
      const titled = titleDeals.get(term);
      if (titled.length === 0 || titled.length > scoring.titleDealsMax) continue;
      for (const d of titled) {
        const entry = byDeal.get(d);
        if (entry) entry.rank += scoring.titleBonus;
      }
    }
    const ranked = [...byDeal.values()].sort((a, b) => b.rank - a.rank);
    // Among deals the words rank alike, one with a fact of the kind asked for ("how long…?" → a duration)
    // is the better answer.
    const top = ranked[0]?.rank ?? 0;
    let bumped = false;
    // …and more so when the fact of that kind is one the question's words found: a tie-break only, for
    // deals that may overtake a best one without such a fact (it never widens the best one's lead).
    const foundFact = (entry: DealScore) =>
      understood.intent !== 'general' &&
      entry.hits.some((hit) => {
        if (!fitsIntent(facts[hit.id] as FactRow, understood.intent)) return false;
        let found = 0;
        for (const term of hit.matched) found += weights.get(term) ?? 0;
        return found >= scoring.tieFactShare * total;
      });
    const first = ranked[0];
    const overtaking = first !== undefined && !foundFact(first);
    for (const entry of ranked.slice(0, scoring.tieChecked)) {
      if (entry.rank < top - scoring.tieMargin) break;
      const row = deals[entry.deal] as DealRow;
      if (row.facts.some((id) => fitsIntent(facts[id] as FactRow, understood.intent))) {
        entry.rank += scoring.tieBonus;
        bumped = true;
        if (overtaking && entry !== first && foundFact(entry)) entry.rank += 2 * scoring.tieBonus;
      }
    }
    if (bumped) ranked.sort((a, b) => b.rank - a.rank);
    const searchedWords = vague ? [] : (fellBack ? queryTerms : searched).map(({ term }) => term);
    return { ranked, weights, searched: searchedWords };
  }

  /** Marks the common words of a question that a deal's names or facts have (they were not searched). */
  function addCommonTerms(
    entry: DealScore,
    forms: ReadonlyArray<{ term: string; forms: readonly number[] }>,
  ): void {
    const row = deals[entry.deal] as DealRow;
    for (const { term, forms: termForms } of forms) {
      if (termTable.listHas(row.nameTermList, termForms)) {
        entry.inNames.add(term);
        entry.matched.add(term);
      }
    }
    // A deal's facts and its hits are few: plain loops, and arrays only for the facts that have a word.
    for (const factId of row.facts) {
      const factTerms = (facts[factId] as FactRow).termList;
      let hit: FactHit | undefined;
      for (const h of entry.hits) if (h.id === factId) hit = h;
      let found: string[] | undefined;
      for (const { term, forms: termForms } of forms) {
        // Words the search already matched in this fact (the fallback search includes common words) count once.
        if (hit?.matched.includes(term) || !termTable.listHas(factTerms, termForms)) continue;
        found ??= [];
        found.push(term);
      }
      if (found === undefined) continue;
      if (!hit) {
        hit = { id: factId, score: 0, matched: [], inText: [] };
        entry.hits.push(hit);
      }
      hit.matched = [...hit.matched, ...found];
      hit.inText = [...hit.inText, ...found];
      for (const term of found) entry.matched.add(term);
    }
  }
  function dealsAliased(word: string): readonly number[] {
    const list = aliasDeals.get(word);
    return list.length <= 2 ? list : [];
  }

  /** The deals whose own title has a word (a name's strongest sign), none when more than a few do. */
  function dealsTitled(word: string): readonly number[] {
    const list = titleDeals.get(word);
    return list.length <= scoring.titleDealsMax ? list : [];
  }

  function namesHave(d: number, term: string): boolean {
    return termTable.listHas((deals[d] as DealRow).nameTermList, indexedForms(term));
  }

  function factHas(factId: number, term: string): boolean {
    return termTable.listHas((facts[factId] as FactRow).termList, indexedForms(term));
  }

  return {
    scoreDeals,
    isKnown,
    dealCount,
    aliasWords,
    placeWords,
    namesHave,
    factHas,
    dealsAliased,
    dealsTitled,
    matchPhrases,
  };
}

const PROVIDER_WORDS: ReadonlySet<string> = new Set(PROVIDERS.flatMap((p) => p.words));

/** Words that only link the words of a name ("cloud de confiance", "cloud souverain d'AWS"). */
const LINK_WORDS: ReadonlySet<string> = new Set(['d', 'l', 'de', 'du', 'des', 'of', 'the']);

/** A multi-word alias of a deal: its linked words joined by spaces, and the first of them. */
interface Phrase {
  first: string;
  phrase: string;
  deal: number;
}

/**
 * The deals' multi-word aliases in one string, with their bounds and deals in typed arrays: a 100k-fact
 * corpus has about 200,000 of them, which as a map of lists of strings and objects took some 40 MB of
 * heap; this takes under 10. Sorted by first word (stably: within a first word, in corpus order, as a map of
 * lists had them), so the aliases a question word opens are found by binary search.
 */
class PhraseTable {
  /** The phrases, each followed by a newline: a question token never has one, so none matches across two. */
  readonly #text: string;
  /** Where each phrase starts in #text; one more entry, where the next would start. */
  readonly #starts: Uint32Array;
  /** Where each phrase's first word ends in #text. */
  readonly #firstEnds: Uint32Array;
  readonly #deals: Uint32Array;

  constructor(phrases: readonly Phrase[]) {
    const sorted = phrases.slice().sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    this.#starts = new Uint32Array(sorted.length + 1);
    this.#firstEnds = new Uint32Array(sorted.length);
    this.#deals = new Uint32Array(sorted.length);
    let at = 0;
    sorted.forEach(({ first, phrase, deal }, i) => {
      this.#starts[i] = at;
      this.#firstEnds[i] = at + first.length;
      this.#deals[i] = deal;
      at += phrase.length + 1;
    });
    this.#starts[sorted.length] = at;
    this.#text = sorted.map(({ phrase }) => `${phrase}\n`).join('');
  }

  /** The deals of the phrases that the tokens from `start` on write out, one entry per phrase. */
  dealsWrittenOut(tokens: readonly string[], start: number): number[] {
    const first = tokens[start] as string;
    const found: number[] = [];
    for (let i = this.#firstAtLeast(first); i < this.#deals.length && this.#compareFirst(i, first) === 0; i++)
      if (this.#writesOut(tokens, start, i)) found.push(this.#deals[i] as number);
    return found;
  }

  /** The first phrase whose first word is not below `word`. */
  #firstAtLeast(word: string): number {
    let low = 0;
    let high = this.#deals.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#compareFirst(mid, word) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first word of phrase `i` against `word`, by UTF-16 code units (as the constructor's sort). */
  #compareFirst(i: number, word: string): number {
    const from = this.#starts[i] as number;
    const length = (this.#firstEnds[i] as number) - from;
    const shorter = Math.min(length, word.length);
    for (let k = 0; k < shorter; k++) {
      const diff = this.#text.charCodeAt(from + k) - word.charCodeAt(k);
      if (diff !== 0) return diff;
    }
    return length - word.length;
  }

  /** Whether the tokens from `start` on are the words of phrase `i`. */
  #writesOut(tokens: readonly string[], start: number, i: number): boolean {
    const end = (this.#starts[i + 1] as number) - 1;
    let at = this.#starts[i] as number;
    for (let k = start; k < tokens.length; k++) {
      const token = tokens[k] as string;
      if (!this.#text.startsWith(token, at)) return false;
      at += token.length;
      if (at === end) return true;
      if (this.#text[at] !== ' ') return false;
      at += 1;
    }
    return false;
  }
}

/**
 * The deals of each word (of titles, of one-word aliases), in corpus order, each deal once. Most words
 * name one deal: such a word keeps the bare number rather than a list of one (some 65 bytes of heap each,
 * and 60,000 of them at 100k facts).
 */
class DealsByWord {
  readonly #deals = new Map<string, number | number[]>();

  /** Adds deal `d` to the word's; deals are added in corpus order. */
  add(word: string, d: number): void {
    const deals = this.#deals.get(word);
    if (deals === undefined) this.#deals.set(word, d);
    else if (typeof deals === 'number') {
      if (deals !== d) this.#deals.set(word, [deals, d]);
    } else if (deals[deals.length - 1] !== d) deals.push(d);
  }

  has(word: string): boolean {
    return this.#deals.has(word);
  }

  /** The word's deals (none for a word no deal has). */
  get(word: string): readonly number[] {
    const deals = this.#deals.get(word);
    return deals === undefined ? [] : typeof deals === 'number' ? [deals] : deals;
  }
}

/** Longest word that spelling correction is tried on. */
const LONGEST_CORRECTED = 30;

/** Share of deals above which a word is "wide" (see scoreDeals), and the fewest deals that takes. */
const WIDE_SHARE = 0.02;
const MIN_WIDE_DEALS = 50;

/**
 * Most deals' worth of words one question searches (the sum of its searched words' deal frequencies): past
 * it only the narrowest words are searched (see narrowestOf). On the bench's 100k-fact corpus, scoring 3,000 deals'
 * facts (some 20,000) takes MiniSearch about 100 ms; the bundled corpus has a hundred deals and never gets near.
 */
const MAX_SEARCHED_DEALS = 3000;

/** Fewest deals a word must appear in to count as common. */
const MIN_COMMON_DEALS = 8;
