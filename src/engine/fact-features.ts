import type { Deal, Fact, FactTopic } from '../corpus/schema.js';
import { months } from '../corpus/stale-plans.js';
import { amountsIn, sameAmount } from './amounts.js';
import { PROVIDERS } from './lexicon.js';
import { fold, tokenize } from './normalize.js';

// What each fact can answer, read once when the index is built: its topics, whether it states the
// deal's own date or value, how many names it has. The engine's ranking weighs these per intent.

/** A fact with what it can answer: read-only, but for its names, worked out when first needed. */
export interface FactRow {
  readonly deal: number;
  readonly fact: Fact;
  /**
   * The term table's list of its index terms (both texts), once each, by number: for looking up words that
   * were not searched.
   */
  readonly termList: number;
  readonly topics: ReadonlySet<FactTopic>;
  /** Whether the fact states the deal's own date ("When was X…?" is answered by it). */
  readonly tellsDealDate: boolean;
  /** Whether the fact states a figure of the deal's own value ("How much is X worth?" is answered by it). */
  readonly tellsDealValue: boolean;
  /** Whether the fact states the deal's own term ("13 years", "completion … 2028": "How long…?"). */
  readonly tellsDealTerm: boolean;
  /** What kinds of detail its English text carries: an amount, a year, a number, a duration. */
  readonly hasMoney: boolean;
  readonly hasYear: boolean;
  readonly hasNumber: boolean;
  readonly hasDuration: boolean;
  /** Whether the fact is dated (its text or `asOf`) after the deal's own year: what came next. */
  readonly laterThanDeal: boolean;
  /** Whether it is (one of) the latest-dated fact(s) of its deal: where the deal stands. */
  readonly latestInDeal: boolean;
  /** Whether its text gives a percentage ("owned 45% by TIM"). */
  readonly hasPercent: boolean;
  /** Whether its text names one of the deal's providers ("Which provider did Singapore choose?"). */
  readonly namesProvider: boolean;
  /** Whether its text records a decision on a dispute (dismissed, upheld, annulled, settled…). */
  readonly rules: boolean;
  /** Its names (see {@link namesOf}), computed the first time a "who…?" question needs them. */
  names?: readonly string[];
}

export interface DealRow {
  deal: Deal;
  facts: number[];
  /** The term table's list of its names' index terms, by number: for looking up words that were not searched. */
  nameTermList: number;
}

const MONEY =
  /[$£€]|\b(?:usd|eur|gbp|chf|jpy|inr|sar|aud|cad|dkk)\b|\d\s?(?:bn|m)\b|\b(?:billion|million|milliards?|millions?)\b/i;
export const YEAR = /\b(?:19|20)\d{2}\b/;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b/i;
// A span of time; not an offset from an event ("15 months after the award" dates something, it lasts nothing).
const DURATION =
  /\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)[- ]?(?:years?|months?|weeks?|days?|hours?|minutes?)|decades?)\b(?! (?:after|before|later|earlier|ago|into|on)\b)/i;
// How long data are kept: "erased three months after the booking at the latest" lasts three months.
const RETAINED =
  /\b(?:erased|deleted|destroyed|kept|retained|purged|stored)\b[^.;]{0,40}?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ]?(?:years?|months?|weeks?|days?)\b/i;
// A decision on a dispute: a court, regulator or auditor ruling it one way or the other.
const RULING =
  /\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|refus(?:ed|es)|declin(?:ed|es) to|upheld|uphold(?:s)?|sustain(?:ed|s)|ruled|ruling|annull?(?:ed|ing|s)?|struck down|overturn(?:ed|s)?|quash(?:ed|es)?|judgment|order no|found that|settled|withdr(?:ew|awn))\b/i;
// A cause stated outright, in the English text.
const STRONG_REASON = /\b(?:because|due to|owing to|in order to|so that|on the grounds that)\b/i;
const REASON =
  /\b(?:so that|so|because|due to|aim|aims|in order to|afin|parce que|car|objectif|pour que|en raison)\b/i;

/**
 * Reads a fact of `deal`: what it can answer. `folded` is its English text folded and `words` its words
 * (stopwords out); `valueFigures` are the numbers of the deal's value; `termList` its index terms' list.
 */
export function describeFact(
  d: number,
  deal: Deal,
  fact: Fact,
  /** Its English text folded, its words (stopwords out) and the money amounts it writes. */
  text: { folded: string; words: readonly string[]; amounts?: readonly number[] | undefined },
  valueFigures: readonly string[],
  termList: number,
  /** The money amounts of the deal's value, as numbers. */
  valueAmounts: readonly number[] = [],
  /** The marks of the deal's term (see {@link termMarksOf}). */
  termMarks: readonly string[] = [],
): FactRow {
  const { folded, words } = text;
  const traits = traitsOf(fact.text);
  const flags =
    (statesDate(folded, deal.date) ? TELLS_DEAL_DATE : 0) |
    (valueFigures.some((figure) => words.includes(figure)) ||
    // "EUR 11bn" in the value, "EUR 11 billion" in the fact: the same amount however it is written.
    (traits.hasMoney &&
      valueAmounts.length > 0 &&
      (text.amounts ?? amountsIn(fact.text)).some((a) => valueAmounts.some((v) => sameAmount(a, v))))
      ? TELLS_DEAL_VALUE
      : 0) |
    (traits.hasMoney ? HAS_MONEY : 0) |
    (traits.hasYear ? HAS_YEAR : 0) |
    (traits.hasNumber ? HAS_NUMBER : 0) |
    (traits.hasDuration ? HAS_DURATION : 0) |
    (latestYear(fact) > Number(deal.date.slice(0, 4)) ? LATER_THAN_DEAL : 0) |
    (factDate(fact) !== '' && factDate(fact) === latestDateOf(deal) ? LATEST_IN_DEAL : 0) |
    (traits.hasPercent ? HAS_PERCENT : 0) |
    (providerWordsOf(deal).some((word) => words.includes(word)) ? NAMES_PROVIDER : 0) |
    (traits.rules ? RULES : 0) |
    (termMarks.length > 0 &&
    (traits.hasDuration || traits.hasYear) &&
    termMarksIn(fact.text).some((mark) => termMarks.includes(mark))
      ? TELLS_DEAL_TERM
      : 0);
  return new PackedFactRow(d, fact, termList, detectTopics(fact, traits), flags);
}

const TELLS_DEAL_DATE = 1;
const TELLS_DEAL_VALUE = 2;
const HAS_MONEY = 4;
const HAS_YEAR = 8;
const HAS_NUMBER = 16;
const HAS_DURATION = 32;
const LATER_THAN_DEAL = 64;
const LATEST_IN_DEAL = 128;
const HAS_PERCENT = 256;
const NAMES_PROVIDER = 512;
const RULES = 1024;
const TELLS_DEAL_TERM = 2048;

/**
 * A fact row with its eleven yes-or-no traits as bits of one number, read through getters: a row with a
 * property for each took twice the heap (some 6 MB more at 100k facts).
 */
class PackedFactRow implements FactRow {
  names?: readonly string[];
  readonly #flags: number;

  constructor(
    readonly deal: number,
    readonly fact: Fact,
    readonly termList: number,
    readonly topics: ReadonlySet<FactTopic>,
    flags: number,
  ) {
    this.#flags = flags;
  }

  get tellsDealDate(): boolean {
    return (this.#flags & TELLS_DEAL_DATE) !== 0;
  }
  get tellsDealValue(): boolean {
    return (this.#flags & TELLS_DEAL_VALUE) !== 0;
  }
  get tellsDealTerm(): boolean {
    return (this.#flags & TELLS_DEAL_TERM) !== 0;
  }
  get hasMoney(): boolean {
    return (this.#flags & HAS_MONEY) !== 0;
  }
  get hasYear(): boolean {
    return (this.#flags & HAS_YEAR) !== 0;
  }
  get hasNumber(): boolean {
    return (this.#flags & HAS_NUMBER) !== 0;
  }
  get hasDuration(): boolean {
    return (this.#flags & HAS_DURATION) !== 0;
  }
  get laterThanDeal(): boolean {
    return (this.#flags & LATER_THAN_DEAL) !== 0;
  }
  get latestInDeal(): boolean {
    return (this.#flags & LATEST_IN_DEAL) !== 0;
  }
  get hasPercent(): boolean {
    return (this.#flags & HAS_PERCENT) !== 0;
  }
  get rules(): boolean {
    return (this.#flags & RULES) !== 0;
  }
  get namesProvider(): boolean {
    return (this.#flags & NAMES_PROVIDER) !== 0;
  }
}

/** What a fact's English text tells by itself, whatever its deal (see {@link traitsOf}). */
interface TextTraits {
  hasMoney: boolean;
  hasYear: boolean;
  hasNumber: boolean;
  hasDuration: boolean;
  hasPercent: boolean;
  givesReason: boolean;
  rules: boolean;
  /** The latest year the text states, 0 when none. */
  latestYear: number;
  /** The latest date the text states, as "YYYY-MM" or "YYYY"; "" when none. */
  latestDate: string;
}

// The live bot rebuilds the engine on every corpus edit and most texts did not change: each text's traits
// are read once. Bounded like the stem caches: a cache starts afresh rather than grow without end.
const traitsCache = new Map<string, TextTraits>();
const TRAITS_CACHE_LIMIT = 10_000;

function traitsOf(text: string): TextTraits {
  let traits = traitsCache.get(text);
  if (traits === undefined) {
    const hasYear = YEAR.test(text);
    let latest = 0;
    let latestDate = '';
    for (const match of text.matchAll(/\b(?:([A-Z][a-z]+) )?((?:19|20)\d{2})\b/g)) {
      latest = Math.max(latest, Number(match[2]));
      // "May 2026" is "2026-05"; a bare year sorts before its months.
      const month = months.indexOf((match[1] ?? '').toLowerCase());
      const date = month < 0 ? (match[2] as string) : `${match[2]}-${String(month + 1).padStart(2, '0')}`;
      if (date > latestDate) latestDate = date;
    }
    traits = {
      hasMoney: MONEY.test(text),
      hasYear,
      hasNumber: hasYear || NUMBER.test(text),
      hasDuration: DURATION.test(text) || RETAINED.test(text),
      hasPercent: /\d\s?%/.test(text),
      givesReason: REASON.test(text),
      rules: RULING.test(text),
      latestYear: latest,
      latestDate,
    };
    if (traitsCache.size >= TRAITS_CACHE_LIMIT) traitsCache.clear();
    traitsCache.set(text, traits);
  }
  return traits;
}

const providerWordCache = new WeakMap<Deal, readonly string[]>();

/** The words naming a deal's providers, from the known providers its `providers` field names. */
function providerWordsOf(deal: Deal): readonly string[] {
  let found = providerWordCache.get(deal);
  if (found === undefined) {
    const named = tokenize(fold(deal.providers.join(' ')));
    found = PROVIDERS.filter((p) => p.words.some((w) => named.includes(w))).flatMap((p) => p.words);
    providerWordCache.set(deal, found);
  }
  return found;
}

const latestDateCache = new WeakMap<Deal, string>();

/** The latest of its facts' dates (see {@link factDate}): where the deal stands. */
function latestDateOf(deal: Deal): string {
  let found = latestDateCache.get(deal);
  if (found === undefined) {
    found = deal.facts.map(factDate).sort().at(-1) ?? '';
    latestDateCache.set(deal, found);
  }
  return found;
}

/**
 * When a fact stands: its `asOf` when it has one ("2026-05"), else the latest date its text states. A
 * year the text gives for a plan ("a new provider by 2028") is no date of the fact when `asOf` says when
 * it was reported; "2026" sorts before "2026-05".
 */
export function factDate(fact: Fact): string {
  return fact.asOf ?? traitsOf(fact.text).latestDate;
}

/** The latest year a fact states (in its text or its `asOf`), 0 when none. */
function latestYear(fact: Fact): number {
  const latest = fact.asOf === undefined ? 0 : Number(fact.asOf.slice(0, 4));
  return Math.max(latest, traitsOf(fact.text).latestYear);
}

/** The money amounts of a deal's value, as numbers ("EUR 11bn" → 11e9). */
export function valueAmountsOf(deal: Deal): number[] {
  return deal.value === undefined ? [] : amountsIn(deal.value.amount);
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
};
const TERM_MARK =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)[- ](years?|months?)\b|\b((?:19|20)\d{2})\b|\b(decade)\b/gi;

/**
 * What marks a term in a text: each length ("13 years", "five-year" → "5 year", "decade" → "10 year") and
 * each year ("2028"),
 * so that a fact and the deal's `value.term` can be matched however each writes them.
 */
export function termMarksIn(text: string): string[] {
  const marks: string[] = [];
  for (const m of text.matchAll(TERM_MARK)) {
    if (m[3] !== undefined) marks.push(m[3]);
    else if (m[4] !== undefined) marks.push('10 year');
    else {
      const n = (m[1] as string).toLowerCase();
      marks.push(`${NUMBER_WORDS[n] ?? n} ${(m[2] as string).toLowerCase().replace(/s$/, '')}`);
    }
  }
  return marks;
}

/** The marks of a deal's own term (`value.term`): none when it gives no length or year. */
export function termMarksOf(deal: Deal): string[] {
  return deal.value?.term === undefined ? [] : termMarksIn(deal.value.term);
}

/** The figures of a deal's value ("GBP 500m to 1bn" → "500m", "1bn"), to find the fact stating it. */
export function valueFiguresOf(deal: Deal): string[] {
  return tokenize(fold(deal.value?.amount ?? '')).filter((token) => /^\d/.test(token));
}

// Facts share a few combinations of topics: one set per combination, not one per fact (100,000 facts).
const topicSets = new Map<string, ReadonlySet<FactTopic>>();

function detectTopics(fact: Fact, traits: TextTraits): ReadonlySet<FactTopic> {
  const topics = new Set<FactTopic>(fact.topics ?? []);
  if (traits.hasMoney) topics.add('value');
  if (traits.hasYear && fact.topics === undefined) topics.add('date');
  // An explicit cause ("because", "due to") gives a reason whatever topics the entry lists.
  if (traits.givesReason && (fact.topics === undefined || STRONG_REASON.test(fact.text)))
    topics.add('reason');
  const key = [...topics].sort().join(' ');
  const shared = topicSets.get(key);
  if (shared) return shared;
  topicSets.set(key, topics);
  return topics;
}

/** Distinct capitalised words after the first word of a text, folded: people, organisations, places. */
function namesOf(text: string): string[] {
  const words = text.match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
  const names = new Set<string>();
  for (const word of words.slice(1)) if (/^\p{Lu}/u.test(word)) names.add(fold(word));
  return [...names];
}

/**
 * How many names a fact has ("Who…?" is answered by names), not counting those in `known` (the
 * question's own words name what is asked about, not the answer).
 */
export function countNames(row: FactRow, known: ReadonlySet<string> = new Set()): number {
  row.names ??= namesOf(row.fact.text);
  let count = 0;
  for (const name of row.names) if (!known.has(name)) count += 1;
  return count;
}

/** Whether folded English text states a YYYY[-MM[-DD]] date: its year, and its month when the date has one. */
function statesDate(folded: string, date: string): boolean {
  const [year, month] = date.split('-');
  if (year === undefined || !folded.includes(year)) return false;
  return month === undefined || folded.includes(months[Number(month) - 1] ?? '');
}
