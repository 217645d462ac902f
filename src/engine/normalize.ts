import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { eng, fra } from 'stopword/dist/stopword.esm.mjs';
import type { Lang } from './answer.js';
import {
  CAPITALS,
  CAPITALS_OF_HOSTS,
  ENGLISH_MARKERS,
  EXTRA_STOPWORDS,
  FRENCH_MARKERS,
  QUESTION_WORDS,
  SYNONYM_GROUPS,
} from './lexicon.js';
import { memoized } from './memo.js';

// Letters NFKD leaves whole.
const UNSPLIT: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Lowercases and strips accents: "Données" → "donnees", "Helsingør" → "helsingor". */
export function fold(text: string): string {
  // Plain ASCII (most English text) has nothing to strip.
  if (!/[^ -~\t\n\r]/.test(text)) return text.toLowerCase();
  return (
    text
      .normalize('NFKD')
      // Combining marks (accents), invisible format characters (zero-width spaces, RTL marks) and lone
      // surrogates (broken emoji halves: "s\ud800upposed" is "supposed") go.
      .replace(/[\p{M}\p{Cf}\p{Cs}]/gu, '')
      .toLowerCase()
      .replace(/[øæœß]/g, (letter) => UNSPLIT[letter] ?? letter)
  );
}

// A word, or a number with its decimals and unit ("1.8", "2,800", "9bn", "40%").
const TOKEN = /\p{L}[\p{L}\p{N}]*|\p{N}+(?:[.,]\p{N}+)*[\p{L}%]*/gu;

/**
 * Splits folded text into tokens. French elisions fall apart on the apostrophe ("l'ia" → "l", "ia")
 * and the stray letter is a stopword; thousands separators go ("2,800" → "2800").
 */
export function tokenize(folded: string): string[] {
  const tokens = folded.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const first = token.charCodeAt(0);
    // Only numbers (which start with a digit) need their thousands separators removed.
    if (first >= 48 && first <= 57 && token.includes(','))
      tokens[i] = token.replace(/(\d)[,](?=\d{3}\b)/g, '$1');
  }
  return tokens;
}

/**
 * Stopwords of both languages. "eu" (European Union) and "us" (United States) are content words here,
 * whatever the French list says of "eu" (past participle of avoir).
 */
const KEEP = new Set(['eu', 'us', 'ue']);
const STOPWORDS: ReadonlySet<string> = new Set(
  [...eng, ...fra, ...EXTRA_STOPWORDS].map((word) => fold(word)).filter((word) => !KEEP.has(word)),
);

/** Whether a word asks something ("what", "par quoi"…); "ou" and "que" also join clauses, so they do not count. */
export function isQuestionWord(term: string): boolean {
  return QUESTION_WORDS.has(term) && term !== 'ou' && term !== 'que';
}

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term) || QUESTION_WORDS.has(term);
}

/**
 * Tells English from French by counting each language's function words; accents and French
 * elisions count for French. When those tie, words that only one language's corpus texts use count
 * too; a tie still goes to `fallback`.
 */
export function detectLang(
  raw: string,
  tokens: readonly string[],
  fallback: Lang,
  vocabulary?: (token: string) => Lang | undefined,
): Lang {
  // Not ü, ë, ï: German and Dutch names ("Lübbenau", "Zürich") have them as often as French words.
  // (A name's accents and elisions, "Conseil d'État", "l'ANSSI", tell nothing: English writes them too.)
  // (The question's first word is no name for its capital: "Séquence de…".)
  let fr = /(?:^[^\p{L}]*\p{L}|(?:^|[^\p{L}])\p{Ll})\p{Ll}*[àâçéèêîôûùœ]/u.test(raw) ? 2 : 0;
  if (/\b(?:qu|l|d|j|n|s|c)['’]\p{Ll}/iu.test(raw)) fr += 1;
  let en = /\w['’]s\b/i.test(raw) ? 1 : 0;
  for (const token of tokens) {
    if (FRENCH_MARKERS.has(token)) fr += 1;
    else if (ENGLISH_MARKERS.has(token)) en += 1;
  }
  // Terse questions have no function words, or as many of each: a word only the French (or English)
  // texts use tells.
  if (fr === en && vocabulary)
    for (const token of tokens) {
      if (FRENCH_MARKERS.has(token) || ENGLISH_MARKERS.has(token)) continue;
      const lang = vocabulary(token);
      if (lang === 'fr') fr += 1;
      else if (lang === 'en') en += 1;
    }
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}

// Stemming dominates index building; the vocabulary is small, so remember every word's stems, one cache
// per language. Questions bring arbitrary words: a cache starts afresh rather than grow without bound, and
// words too long to be real ones are not remembered.
const STEM_CACHE_LIMIT = 200_000;
/** Longest word a cache keeps: anything longer is no real word, and would only fill the cache. */
export const LONGEST_REMEMBERED = 40;
const englishStems = new Map<string, string>();
const frenchStems = new Map<string, string>();

function stemWith(cache: Map<string, string>, stemmer: (word: string) => string, term: string): string {
  const cached = cache.get(term);
  if (cached !== undefined) return cached;
  const stem = /^\p{N}/u.test(term) || term.length <= 3 ? term : stemmer(term);
  if (term.length <= LONGEST_REMEMBERED) {
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(term, stem);
  }
  return stem;
}

/** The English stem of a folded term. */
export function englishStem(term: string): string {
  return stemWith(englishStems, stemEnglish, term);
}

/** The French stem of a folded term. */
export function frenchStem(term: string): string {
  return stemWith(frenchStems, stemFrench, term);
}

const bothStems = new Map<string, readonly string[]>();

/** Stems a folded term for both languages, since a question and the index mix them: [English] or [English, French]. */
export function stems(term: string): readonly string[] {
  const cached = bothStems.get(term);
  if (cached) return cached;
  const en = englishStem(term);
  const fr = frenchStem(term);
  const result = en === fr ? [en] : [en, fr];
  if (term.length <= LONGEST_REMEMBERED) {
    if (bothStems.size >= STEM_CACHE_LIMIT) bothStems.clear();
    bothStems.set(term, result);
  }
  return result;
}

// Each word's synonyms (see SYNONYM_GROUPS in lexicon.ts).
const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    // A word marked ">" reads as the group's words but is not read into them (see SYNONYM_GROUPS).
    const words = group.split(' ').filter((w) => !w.startsWith('>'));
    const oneWay = group
      .split(' ')
      .filter((w) => w.startsWith('>'))
      .map((w) => w.slice(1));
    for (const word of words) map.set(word, [...(map.get(word) ?? []), ...words.filter((w) => w !== word)]);
    for (const word of oneWay) map.set(word, [...(map.get(word) ?? []), ...words]);
  }
  for (const [capital, country] of CAPITALS)
    if (!CAPITALS_OF_HOSTS.has(capital)) map.set(capital, [...(map.get(capital) ?? []), country]);
  return map;
})();

/** The other words meaning the same as a folded word (may be empty). */
export function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? [];
}

export const FOLDED_MEMO_LIMIT = 4096;
/**
 * A text's folded words. Facts' texts are read by many checks for every question: their words are kept
 * (a bounded memo, emptied when full, so a large corpus costs no more than its busiest texts).
 */
export const tokenizeFolded = memoized(
  (text: string): readonly string[] => tokenize(fold(text)),
  FOLDED_MEMO_LIMIT,
);
/** A text folded, memoised as {@link tokenizeFolded}'s words are. */
export const foldMemo = memoized(fold, FOLDED_MEMO_LIMIT);
