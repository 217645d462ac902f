import { round } from './compose-answer.js';
import { type DealRow, type FactRow, factDate } from './fact-features.js';
import { fitsIntent, intentFit } from './intents.js';
import { PROVIDER_PATTERNS } from './lexicon.js';
import { fold, foldMemo, isStopword, tokenize } from './normalize.js';
import type { Scoring } from './scoring.js';
import type { TermTable } from './term-table.js';
import type { Understanding } from './understand.js';

export { fitsIntent };

// Choosing the facts of a deal that answer a question: what the fact's own words match, whether it
// carries the kind of detail asked for (an amount, a date, names…), and its place in the entry.

/** A fact that matched a question. */
export interface FactHit {
  /** Position in the fact table. */
  id: number;
  score: number;
  matched: string[];
  /** Question terms matched exactly (or through a stem or synonym) in the fact's own text. */
  inText: string[];
}

/** How the facts of the chosen deal were ranked. */
export interface FactTrace {
  facts: Array<{ id: string; score: number }>;
}

/** What fact ranking reads: the engine's tables and options. */
export interface FactTables {
  facts: readonly FactRow[];
  deals: readonly DealRow[];
  /** The index terms by number (a fact's terms are numbers). */
  termTable: TermTable;
  /** Facts per answer, at most. */
  maxFacts: number;
  scoring: Scoring;
  trace?: ((trace: FactTrace) => void) | undefined;
}

/**
 * The facts of deal `d` that best answer the question, best first (1 to `maxFacts`): `hits` are the
 * deal's facts that matched, `inNames` the question words found in the deal's names, `weights` each
 * question word's weight.
 */
export function rankFacts(
  { facts, deals, termTable, maxFacts, scoring, trace }: FactTables,
  d: number,
  understood: Understanding,
  hits: readonly FactHit[],
  inNames: ReadonlySet<string> = new Set(),
  weights: ReadonlyMap<string, number> = new Map(),
): number[] {
  const row = deals[d] as DealRow;
  // "What is X?" where X is just the deal's name: its first fact, the summary, is the answer.
  // Unless another fact's own text matches the question better than the summary's does.
  const broad = understood.intent === 'definition' || understood.intent === 'general';
  // Words that name the deal identify it, not one of its facts: they count less in choosing the fact.
  // Nor do words naming the kind of answer ("which vendors…?"): a fact that just repeats them is no answer.
  // For "why", "who criticised" and "where", the deal's names in a fact say little of whether it gives the
  // reason, the criticism or the place: the summary naming the deal must not beat the fact that criticises it.
  const topical =
    understood.intent === 'reason' || understood.intent === 'criticism' || understood.intent === 'location';
  // …unless it is a secondary name (a person, a product: an alias, not a word of the title or the parties)
  // that one fact alone has ("who is Hayete Gallot?"): then it points at that fact.
  let primary: ReadonlySet<string> | undefined;
  const isPrimary = (term: string) => {
    primary ??= new Set(
      tokenize(fold([row.deal.title, ...row.deal.customers, ...row.deal.providers].join(' '))),
    );
    return primary.has(term) || primary.has(`${term}s`) || primary.has(term.replace(/s$/u, ''));
  };
  const soleNames = new Set(
    understood.terms.filter(
      (term) =>
        understood.capitalised.has(term) &&
        inNames.has(term) &&
        hits.filter((hit) => hit.inText.includes(term)).length === 1 &&
        !isPrimary(term),
    ),
  );
  const factWeight = (term: string) =>
    understood.answerKind.has(term) || understood.anchor?.has(term) || understood.aside?.has(term)
      ? 0
      : (weights.get(term) ?? 0) *
        (inNames.has(term) && !soleNames.has(term)
          ? topical
            ? scoring.nameInTopicalFact
            : scoring.nameInFact
          : 1);
  const textWeight = (hit: FactHit | undefined) =>
    (hit?.inText ?? []).reduce((sum, term) => sum + factWeight(term), 0);
  const leadText = textWeight(hits.find((hit) => hit.id === row.facts[0]));
  const bestText = Math.max(0, ...hits.map(textWeight));
  const namesOnly = understood.terms.every((term) => inNames.has(term)) && bestText <= leadText + 0.5;
  // A question that asks something ("par quoi Lyon remplace-t-elle Office ?") wants more than the summary,
  // even when its words all happen to be among the deal's names; "What is X?" and a bare "X?" do not.
  const summaryWanted = understood.intent === 'definition' || !understood.asks;
  const leadBonus = broad
    ? namesOnly
      ? summaryWanted
        ? scoring.summaryBonus
        : scoring.summaryBonusAsked
      : scoring.summaryBonusBroad
    : 0;
  const hitOf = new Map(hits.map((hit) => [hit.id, hit]));
  const best = Math.max(...hits.map((hit) => hit.score), 1e-9);
  // A fact's share of the question's words. "Which vendors are on X?": when the words but the kind of
  // answer all name the deal, no fact stands out by repeating them; the share is then of their full
  // weight, and small, so the facts with the kind of answer asked for win.
  const described = understood.terms.filter((term) => !understood.answerKind.has(term));
  const allNames = (understood.answerKind.size > 0 || !broad) && described.every((term) => inNames.has(term));
  const total =
    described.reduce((sum, term) => sum + (allNames ? (weights.get(term) ?? 0) : factWeight(term)), 0) || 1;
  // Every word typed: "who got…?" asks for a winner with a word the search drops.
  const asked = new Set([...understood.terms, ...understood.tokens]);
  // (A figure in the sentences before the question sets the scene: "…a ceiling of GBP 450m. What was the
  // committed minimum?")
  const figures = understood.numbers.filter((n) => !understood.preamble?.has(n)).map(figureOf);
  // In a deal with several providers, when the question names some but not all: a fact mostly about
  // another one is about another part of the deal. (Nothing is computed unless a provider is named.)
  const named = (p: (typeof PROVIDER_PATTERNS)[number]) =>
    p.words.some((word) => understood.terms.includes(word));
  const dealProviders =
    row.deal.providers.length > 1 && PROVIDER_PATTERNS.some(named)
      ? PROVIDER_PATTERNS.filter((p) => p.one.test(fold(row.deal.providers.join(' | '))))
      : [];
  const asking = dealProviders.some(named) && !dealProviders.every(named);
  const patterns = asking ? dealProviders.map((p) => ({ asked: named(p), pattern: p.every })) : [];
  /** Whether a fact names some provider the question does not more often than any it does (its subject). */
  const aboutAnother = (text: string) => {
    let asked = 0;
    let other = 0;
    for (const p of patterns) {
      const times = text.match(p.pattern)?.length ?? 0;
      if (p.asked) asked = Math.max(asked, times);
      else other = Math.max(other, times);
    }
    return other > asked;
  };
  // "After all the protest drama, when…": the fact the lead clause's words point at most, and its date;
  // facts dated no later are not what came after it.
  const anchor = understood.anchor;
  let anchorTime: string | undefined;
  if (anchor !== undefined) {
    let most = 0;
    for (const hit of hits) {
      // The fact the clause tells; undated, it dates nothing.
      const count = hit.inText.filter((term) => anchor.has(term)).length;
      if (count > most) {
        most = count;
        anchorTime = factDate((facts[hit.id] as FactRow).fact) || undefined;
      }
    }
  }
  // "How many services…?": a number of that very thing ("opened with about 90 services").
  const nouns = understood.intent === 'count' ? countedNounsOf(understood.tokens) : [];
  const counting =
    nouns.length === 0
      ? undefined
      : new RegExp(
          `\\d[\\d,.]*(?:\\s[\\p{L}-]+){0,2}\\s(?:${nouns.map((n) => n.slice(0, Math.max(4, n.length - 2))).join('|')})`,
          'u',
        );
  const scored = row.facts.map((id, position) => {
    const fact = facts[id] as FactRow;
    const hit = hitOf.get(id);
    // What the fact's own words match (the deal's names are the same for all its facts), then BM25.
    const textShare = textWeight(hit) / total;
    // Intent counts most when the question's own words do not single out a fact
    // ("how much is X worth?"), least when they do ("why was AWS the only bidder left?").
    const { fit, firm } = intentFit(fact, understood.intent, asked);
    // "Why did X ban Y?" restates the event in its own words; the answer is the fact giving the reason,
    // so for "why" (and "who criticised…", "how long does X run?", "where is X hosted?") the fit keeps its
    // full weight.
    const damping =
      understood.intent === 'reason' ||
      understood.intent === 'criticism' ||
      understood.intent === 'duration' ||
      understood.intent === 'location'
        ? 1
        : 1 - scoring.fitDamping * textShare;
    let score =
      scoring.factText * textShare + (scoring.factBm25 * (hit?.score ?? 0)) / best + fit * damping + firm;
    // A figure of the question in the fact ("1.8" in "1.8bn", "1990s" in "1990"), units aside.
    for (const figure of figures)
      if (termTable.list(fact.termList).some((term) => figureOf(termTable.term(term)) === figure))
        score += scoring.figureMatch;
    if (asking && aboutAnother(foldMemo(fact.fact.text))) score -= scoring.providerMatch;
    if (
      counting !== undefined &&
      (counting.test(foldMemo(fact.fact.text)) || counting.test(foldMemo(fact.fact.text_fr ?? '')))
    )
      score += scoring.countedNoun;
    if (position === 0) score += leadBonus;
    const asOf = anchorTime === undefined ? undefined : factDate(fact.fact) || undefined;
    if (anchorTime !== undefined && asOf !== undefined && asOf <= anchorTime) score -= scoring.beforeAnchor;
    // Ties go to the earlier fact: entries list the main facts first.
    score -= scoring.positionPenalty * position;
    return { id, score };
  });
  scored.sort((a, b) => b.score - a.score);
  trace?.({
    facts: scored.map((s) => ({ id: (facts[s.id] as FactRow).fact.id, score: round(s.score) })),
  });
  const top = scored[0]?.score ?? 0;
  return scored
    .filter((s, i) => i === 0 || s.score >= top * scoring.keepShare)
    .slice(0, maxFacts)
    .map((s) => s.id);
}

/**
 * The words a "how many X" / "combien de X" question counts, wherever it sits in the question: up to four
 * words after it, to the first function word ("how many meity empanelled cloud providers r there").
 */
function countedNounsOf(tokens: readonly string[]): string[] {
  for (let at = 0; at + 2 < tokens.length; at++) {
    const counted =
      (tokens[at] === 'how' && tokens[at + 1] === 'many') ||
      (tokens[at] === 'combien' && (tokens[at + 1] === 'de' || tokens[at + 1] === 'd'));
    if (!counted) continue;
    const words: string[] = [];
    for (const word of tokens.slice(at + 2, at + 6)) {
      if (isStopword(word)) break;
      if (word.length >= 3) words.push(word);
    }
    return words;
  }
  return [];
}

/** The digits of a number token without its unit or suffix ("1.8bn" → "1.8", "1990s" → "1990"). */
function figureOf(token: string): string {
  return /^\p{N}[\p{N}.]*/u.exec(token)?.[0].replace(/\.$/, '') ?? token;
}
