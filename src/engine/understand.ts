import type { FactTopic } from '../corpus/schema.js';
import type { Lang } from './answer.js';
import { detectLang, fold, isQuestionWord, isStopword, tokenize } from './normalize.js';

/** What kind of detail the question asks for. */
export type Intent =
  | 'duration'
  | 'value'
  | 'count'
  | 'date'
  | 'parties'
  | 'reason'
  | 'location'
  | 'criticism'
  | 'definition'
  | 'list'
  | 'general';

export interface Understanding {
  lang: Lang;
  intent: Intent;
  /** Folded content words, stopwords and question words removed, in order, without repeats. */
  terms: string[];
  /** Every folded token of the question, stopwords included, in order (for multi-word aliases). */
  tokens: string[];
  /** Content words written with a capital letter (names), folded. */
  capitalised: Set<string>;
  /** Numbers and years in the question ("2021", "9bn"). */
  numbers: string[];
  /**
   * Words naming the kind of answer wanted ("vendors" in "which vendors…?"): they can point at a deal, but
   * a fact that merely repeats them is no answer.
   */
  answerKind: Set<string>;
  /** Whether the question has a question word ("what", "par quoi"); "JWCC?" or "Bleu" has none. */
  asks: boolean;
}

/** Topics of facts that answer each intent. */
export const intentTopics: Record<Intent, readonly FactTopic[]> = {
  duration: [],
  value: ['value'],
  count: [],
  date: ['date'],
  parties: ['parties'],
  reason: ['reason'],
  location: ['location'],
  criticism: ['criticism'],
  definition: [],
  list: [],
  general: [],
};

// "Which vendors…?", "quels fournisseurs… ?": the noun says what kind of party is asked for.
// ("Which cloud providers…?" asks for providers: a "cloud" before the noun is skipped.)
const PARTY_QUESTION =
  /\b(?:which|quel|quels|quelle|quelles) (?:cloud )?(company|companies|vendor|vendors|provider|providers|firm|firms|agency|agencies|partner|partners|ministry|ministries|country|countries|entreprise|entreprises|fournisseur|fournisseurs|societe|societes|agence|agences|partenaire|partenaires|ministere|ministeres|prestataire|prestataires)\b/;

// Each pattern runs on the folded question with single spaces; first match wins.
const INTENT_PATTERNS: ReadonlyArray<[Intent, RegExp]> = [
  // A question that opens with "who" asks for parties, whatever verb follows ("qui a gagné…").
  ['parties', /^(?:and |et )?(?:who|whom|qui)\b/],
  [
    'duration',
    /\bhow long\b|\bfor how many (?:years|months)\b|\bcombien de temps\b|\bpendant combien\b|\bquelle duree\b|\bduree\b/,
  ],
  [
    'list',
    /\b(?:which|what|list|all|any)\b.*\b(?:deals|contracts|agreements|partnerships|rulings|regulations|initiatives|clouds|countries)\b|\b(?:quels|quelles|liste|lister|tous les|toutes les)\b.*\b(?:contrats|accords|partenariats|deals|decisions|initiatives|clouds|pays|reglements)\b/,
  ],
  [
    'value',
    /\bhow much\b|\b(?:cost|costs|size|worth|value|valued|price|priced|ceiling|budget|spend|spent|paid|pay|earn|earned|revenue|amount|invest|investment|invested)\b|\bcombien (?:vaut|coute|a coute|valait|rapporte|d'argent|d argent|d euros|de dollars|de livres)\b|\bcombien (?!(?:de|d|y|il|ils|elle|elles|sont|ont|etaient|furent|en|compte|comptent|existe|existent)\b)|\b(?:vaut|valeur|montant|prix|cout|coute|plafond|budget|investissement|investit|investir|rapporte|gagne|depenser|depense|payer|paye|milliards?|millions?)\b/,
  ],
  ['count', /\bhow many\b|\bcombien\b|\bnumber of\b|\bnombre de\b/],
  [
    'date',
    /\bwhen\b|\bwhat (?:year|date|day|month)\b|\bsince when\b|\buntil when\b|\bby when\b|\bquand\b|\bqd\b|\bquelle (?:annee|date)\b|\ben quelle annee\b|\bdepuis quand\b|\bjusqu ?a quand\b|\bdate\b/,
  ],
  [
    'reason',
    /\bwhy\b|\bpourquoi\b|\b(?:aim|aims|goal|goals|purpose|reason|reasons|objectif|objectifs|but|raison|raisons)\b/,
  ],
  [
    'criticism',
    /\b(?:critic|critics|criticism|criticised|criticized|controversy|controversial|oppose|opposed|objection|critique|critiques|critique|controverse|opposition)\b/,
  ],
  [
    'location',
    /\bwhere\b|\bou (?:sont|est|se trouvent|se trouve|sont situes)\b|\b(?:located|location|region|regions)\b/,
  ],
  [
    'parties',
    new RegExp(`\\bwho\\b|\\bwhom\\b|\\bqui\\b|\\bavec qui\\b|\\bwhich clouds?\\b|${PARTY_QUESTION.source}`),
  ],
  [
    'definition',
    /^(?:what is|what are|what s|whats|what was|qu est ce que|qu est ce qu|c est quoi|que dit|en quoi consiste(?:nt)?|a quoi sert|que signifie|what does .* say|define|explain)\b/,
  ],
];

const DURATION_WORDS = new Set(['long', 'last', 'lasts', 'temps', 'duree', 'dure', 'durer']);
// "How much was X worth?": those words ask for an amount; the deal that merely repeats "worth" is not
// the better answer (JWCC's "worth" fact must not beat JEDI's ceiling for "How much was JEDI worth?").
const VALUE_WORDS = new Set(['worth', 'cost', 'costs', 'price', 'priced', 'vaut', 'valait', 'coute', 'cout']);
const DEFINITION_WORDS = new Set([
  'consiste',
  'consistent',
  'sert',
  'servent',
  'signifie',
  'define',
  'explain',
]);

const ASKED_NOUN = /^(?:and |et )?(?:which|what|quel|quels|quelle|quelles) ([a-z]{3,})\b/;
// Nouns after "which" that ask which deal, not for a detail of it.
const GENERIC_NOUNS = new Set(
  'deal deals contract contracts agreement agreements cloud clouds year years date company companies vendor vendors provider providers country countries accord accords contrat contrats pays annee entreprise entreprises fournisseur fournisseurs kind type sort'.split(
    ' ',
  ),
);

/** Reads a question: its language, what it asks for, and its content words. */
export function understand(
  question: string,
  fallbackLang: Lang,
  vocabulary?: (token: string) => Lang | undefined,
): Understanding {
  const folded = fold(question);
  const tokens = tokenize(folded);
  const lang = detectLang(question, tokens, fallbackLang, vocabulary);
  const spaced = tokens.join(' ');
  let intent: Intent = 'general';
  for (const [candidate, pattern] of INTENT_PATTERNS) {
    if (pattern.test(spaced)) {
      intent = candidate;
      break;
    }
  }

  const capitalised = new Set<string>();
  const words = question.match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
  // A terse question ("GCHQ", "bleu?") is a name typed alone: its words count as names, as does a first
  // word written like an acronym ("GCHQ said…", "MI5").
  const terse = words.filter((w) => !isStopword(fold(w))).length === 1 && !tokens.some(isQuestionWord);
  words.forEach((word, i) => {
    // "d'AWS", "l'ANSSI": the elided article is a word of its own here, so the name stays capitalised.
    if ((i > 0 && /^\p{Lu}/u.test(word)) || terse || /^\p{Lu}[\p{L}\p{N}]*(?:\p{Lu}|\p{N})/u.test(word)) {
      for (const token of tokenize(fold(word))) if (!isStopword(token)) capitalised.add(token);
    }
  });

  const terms: string[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (isStopword(token) || seen.has(token)) continue;
    // "How long does X last?": those words ask for a duration, they are not about X.
    if (intent === 'duration' && DURATION_WORDS.has(token)) continue;
    if (intent === 'value' && VALUE_WORDS.has(token)) continue;
    // "En quoi consiste X ?": those words ask what X is.
    if (intent === 'definition' && DEFINITION_WORDS.has(token)) continue;
    seen.add(token);
    terms.push(token);
  }
  const numbers = terms.filter((term) => /^\p{N}/u.test(term));
  const answerKind = new Set<string>();
  const kind = intent === 'parties' ? PARTY_QUESTION.exec(spaced)?.[1] : undefined;
  if (kind !== undefined) answerKind.add(kind);
  // "Which ministers…?", "quels ministres… ?": the noun names the detail asked for.
  const noun = ASKED_NOUN.exec(spaced)?.[1];
  if (noun !== undefined && !isStopword(noun) && !GENERIC_NOUNS.has(noun)) answerKind.add(noun);
  const asks = tokens.some(isQuestionWord);
  return { lang, intent, terms, tokens, capitalised, numbers, answerKind, asks };
}
