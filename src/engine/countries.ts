import { createRequire } from 'node:module';
import { fold, tokenize } from './normalize.js';

// Country names in English and French (ISO 3166, from i18n-iso-countries' bundled data: nothing is
// fetched). A country typed in lower case ("how much did mexico pay…") is still a name: when the corpus
// does not know it, the question is about something sovbot has no entry on.

const require = createRequire(import.meta.url);

/** English words that are country names but mostly mean something else. */
const AMBIGUOUS = new Set(['chad', 'turkey', 'jersey', 'georgia', 'jordan', 'guinea', 'niger', 'norfolk']);

/** Country names that mostly mean something else ("turkey"), which a question about deals means as countries. */
export const AMBIGUOUS_COUNTRY_WORDS: ReadonlySet<string> = AMBIGUOUS;

function oneWordNames(): Set<string> {
  const words = new Set<string>();
  for (const locale of ['en', 'fr']) {
    const data = require(`i18n-iso-countries/langs/${locale}.json`) as {
      countries: Record<string, string | string[]>;
    };
    for (const names of Object.values(data.countries)) {
      for (const name of Array.isArray(names) ? names : [names]) {
        const tokens = tokenize(fold(name));
        if (tokens.length === 1 && (tokens[0] as string).length > 3 && !AMBIGUOUS.has(tokens[0] as string))
          words.add(tokens[0] as string);
      }
    }
  }
  return words;
}

/** One-word country names, folded ("mexico", "mexique", "finland", "finlande"). */
export const COUNTRY_WORDS: ReadonlySet<string> = oneWordNames();

/** A country by its folded name ("united arab emirates", "uae", "kenya"), with its names for a heading. */
export interface CountryName {
  /** The folded words a jurisdiction field writes it with. */
  match: string;
  /** "Kenya", "the United Arab Emirates". */
  en: string;
  /** "au Kenya", "aux Émirats arabes unis". */
  fr: string;
  /** The bare names: "Italy", "Italie". */
  nameEn: string;
  nameFr: string;
}

/** "Kenya" → "au Kenya", "France" → "en France", "Pays-Bas" → "aux Pays-Bas" (the usual rule). */
function frenchIn(name: string): string {
  if (/^(États|Émirats|Pays-Bas|Philippines|Comores|Maldives|Seychelles)/u.test(name)) return `aux ${name}`;
  // Islands and city-states take no article: "à Singapour", "à Chypre".
  if (/^(Singapour|Monaco|Chypre|Malte|Cuba|Madagascar|Bahreïn|Maurice)$/u.test(name)) return `à ${name}`;
  // "Corée du Sud": the gender is the first word's.
  const head = name.split(' ')[0] as string;
  if (/^[AEÉIOU]/u.test(name) || (/e$/u.test(head) && !/^(Mexique|Cambodge|Mozambique)$/u.test(head)))
    return `en ${name}`;
  return `au ${name}`;
}

function countryNames(): Map<string, CountryName> {
  const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  const fr = require('i18n-iso-countries/langs/fr.json') as { countries: Record<string, string | string[]> };
  const list = (names: string | string[] | undefined) =>
    names === undefined ? [] : Array.isArray(names) ? names : [names];
  const byName = new Map<string, CountryName>();
  for (const [code, names] of Object.entries(en.countries)) {
    const english = list(names);
    const first = english.find((n) => !n.includes(',')) ?? (english[0] as string);
    // "United States" before "United States of America": the short form entries write ("European Union /
    // United States") is the one to match.
    // "China" before "People's Republic of China", which it ends.
    const main = english
      .filter((n) => n.length > 3 && (first.startsWith(`${n} `) || first.endsWith(` ${n}`)))
      .reduce((a, b) => (b.length < a.length ? b : a), first);
    const french = list(fr.countries[code])[0] ?? main;
    const match = tokenize(fold(main)).join(' ');
    const the = /^(United|Netherlands|Philippines|Czech|Dominican|Bahamas|Maldives)/u.test(main)
      ? 'the '
      : '';
    const entry = { match, en: `${the}${main}`, fr: frenchIn(french), nameEn: main, nameFr: french };
    for (const name of [...english, ...list(fr.countries[code])]) {
      const key = tokenize(fold(name)).join(' ');
      // Two-letter codes ("US", "IN", "IT") are everyday words; ambiguous names mean something else.
      if (key.length > 2 && !AMBIGUOUS.has(key) && !byName.has(key)) byName.set(key, entry);
    }
  }
  return byName;
}

/** Every country name and common abbreviation, folded, in English and French. */
export const COUNTRY_NAMES: ReadonlyMap<string, CountryName> = countryNames();
