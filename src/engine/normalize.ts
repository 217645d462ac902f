import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { eng, fra } from 'stopword';
import type { Lang } from './answer.js';

// Letters NFKD leaves whole.
const UNSPLIT: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Lowercases and strips accents: "Données" → "donnees", "Helsingør" → "helsingor". */
export function fold(text: string): string {
  // Plain ASCII (most English text) has nothing to strip.
  if (!/[^ -~\t\n\r]/.test(text)) return text.toLowerCase();
  return (
    text
      .normalize('NFKD')
      // Combining marks (accents) and invisible format characters (zero-width spaces, RTL marks) go.
      .replace(/[\p{M}\p{Cf}]/gu, '')
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
const EXTRA = [
  // English contractions and chat filler.
  's',
  't',
  'd',
  'll',
  've',
  're',
  'm',
  'its',
  'does',
  'doing',
  'done',
  'please',
  'tell',
  'know',
  'about',
  'say',
  'says',
  'will',
  'shall',
  'may',
  'can',
  'get',
  'got',
  'so',
  'far',
  'any',
  'ever',
  'one',
  'hey',
  'hi',
  'hello',
  'thanks',
  'pls',
  'plz',
  'also',
  'just',
  // French forms the list misses, and chat filler.
  'est-ce',
  'ce',
  'ca',
  'cela',
  'il',
  'elle',
  'ils',
  'elles',
  'lui',
  'leur',
  'y',
  'en',
  'dont',
  'vers',
  'dit',
  'disent',
  'dire',
  'va',
  'vont',
  'peut',
  'peuvent',
  'doit',
  'doivent',
  'fait',
  'faire',
  'faut',
  'bonjour',
  'salut',
  'merci',
  'stp',
  'svp',
  'dis',
  'moi',
  'quoi',
  'donc',
  'alors',
  'aussi',
  'ete',
];
const STOPWORDS: ReadonlySet<string> = new Set(
  [...eng, ...fra, ...EXTRA].map((word) => fold(word)).filter((word) => !KEEP.has(word)),
);

/** Words that ask a question; they set the intent and are then dropped from the search. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'much',
  'many',
  'que',
  'quoi',
  'qui',
  'quel',
  'quels',
  'quelle',
  'quelles',
  'quand',
  'ou',
  'pourquoi',
  'comment',
  'combien',
  'lequel',
  'laquelle',
  'lesquels',
  'lesquelles',
]);

/** Whether a word asks something ("what", "par quoi"…); "ou" and "que" also join clauses, so they do not count. */
export function isQuestionWord(term: string): boolean {
  return QUESTION_WORDS.has(term) && term !== 'ou' && term !== 'que';
}

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term) || QUESTION_WORDS.has(term);
}

// Words that only French uses (folded), and only English, to tell the question's language.
const FRENCH_MARKERS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'un',
  'une',
  'est',
  'sont',
  'quel',
  'quels',
  'quelle',
  'quelles',
  'qui',
  'quand',
  'combien',
  'pourquoi',
  'comment',
  'que',
  'qu',
  'avec',
  'pour',
  'dans',
  'sur',
  'et',
  'ou',
  'au',
  'aux',
  'ce',
  'cette',
  'ces',
  'il',
  'elle',
  'a-t-il',
  't',
  'l',
  'd',
  'contrat',
  'contrats',
  'accord',
  'donnees',
  'renseignement',
  'gouvernement',
  'etat',
  'francais',
  'francaise',
  'ministere',
  'armee',
  'vaut',
  'choisi',
  'signe',
  'entre',
  'quoi',
  'propose',
  'dit',
  'fait',
  'ont',
  'sont',
  'etait',
  'par',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'depuis',
  'apres',
  'avant',
  'chez',
  'selon',
  'mais',
  'pas',
  'ne',
]);
const ENGLISH_MARKERS = new Set([
  'the',
  'is',
  'are',
  'was',
  'were',
  'what',
  'which',
  'who',
  'when',
  'where',
  'why',
  'how',
  'did',
  'does',
  'do',
  'of',
  'for',
  'with',
  'and',
  'to',
  'in',
  'on',
  'by',
  'it',
  'its',
  'much',
  'many',
  'deal',
  'deals',
  'contract',
  'contracts',
  'agreement',
  'data',
  'government',
  'choose',
  'chose',
  'picked',
  'pick',
  'signed',
  'from',
  'has',
  'have',
  'been',
  'will',
  'would',
  'that',
  'this',
  'there',
  'an',
  'a',
  'about',
  'after',
]);

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
  let fr = /[àâçéèêëîïôûùüÿœ]/i.test(raw) ? 2 : 0;
  if (/\b(?:qu|l|d|j|n|s|c)['’]\p{L}/iu.test(raw)) fr += 1;
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

/**
 * Words that ask for the same thing in questions about deals, in both languages: a question says
 * "replace" where the fact says "succeeds", "challenge" where it says "protest". Folded forms.
 */
const SYNONYM_GROUPS: readonly string[] = [
  'replace replaced replaces replacement succeed succeeds succeeded successor supersede superseded remplacer remplace remplacement succede successeur',
  'challenge challenged contest contested dispute disputed protest protested contester conteste contestation recours',
  'choose chose chosen pick picked select selected selection choisir choisi choisit choisissent retenu selectionne',
  'win won wins winner awarded award remporte gagne attribue laureat',
  'job jobs employment emplois emploi',
  'employee employees staff workers workplaces employes salaries agents postes',
  'computer computers pcs workstations ordinateurs ordinateur',
  'founder founders founding founded fondateur fondateurs fondatrice fondatrices fonde fondation',
  'centre centres center centers datacentre datacenter datacentres datacenters',
  'ban banned bans prohibit prohibited forbid forbidden interdire interdit interdiction',
  'split divided divide lots lot diviser divise',
  'technology technologies tech technologie',
  'price cost costs worth value valued valeur vaut coute montant prix',
  'sign signed signing signe signature',
  'buy bought purchase purchased acheter achete achat',
  'law act loi',
  'ceiling cap capped plafond plafonne maximum',
  'end ends ending finish finished completion complete completed expire expires fin terminer termine achevement acheve',
  'expected due planned scheduled estimated prevu prevue prevus attendu',
  'operational live running launch launched launches opens opened operationnel lance lancement ouverture',
  'owner owners own owns owned hold holds held shareholder shareholders stake stakes share shares actionnaire actionnaires capital detient possede proprietaire parts participation',
  'spend spending spent invest investment invested depenser depense investir investissement investi',
  'leave leaving exit quit quitter quitte sortir sortie abandonner abandonne drop dropped',
  'runs run operate operates operated operator exploite exploitant gere opere',
  'vendor vendors provider providers supplier suppliers fournisseur fournisseurs prestataire prestataires',
  'customer customers client clients',
  // Short names people type for the big providers.
  'microsoft msft ms',
  'cancel cancelled canceled cancels scrap scrapped abandon abandoned annuler annule abandonne',
  'adopt adopted enact enacted passed promulgated adopte adoptee promulgue vote',
  'access see read view consult acceder acces voir lire consulter',
  'ruling ruled judgment judgement verdict arret jugement statue',
  'criticised criticized criticism critics critic criticise criticize critique critiques critique critiquee',
  'army military armed forces armee militaire militaires defence defense',
  'country countries pays',
];

const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    const words = group.split(' ');
    for (const word of words) map.set(word, [...(map.get(word) ?? []), ...words.filter((w) => w !== word)]);
  }
  return map;
})();

/** The other words meaning the same as a folded word (may be empty). */
export function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? [];
}
