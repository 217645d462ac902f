import { createRequire } from 'node:module';
import { fold, tokenize } from './normalize.js';

// Country names in English and French (ISO 3166, from i18n-iso-countries' bundled data: nothing is
// fetched). A country typed in lower case ("how much did mexico pay…") is still a name: when the corpus
// does not know it, the question is about something sovbot has no entry on.

const require = createRequire(import.meta.url);

/** English words that are country names but mostly mean something else. */
const AMBIGUOUS = new Set(['chad', 'turkey', 'jersey', 'georgia', 'jordan', 'guinea', 'niger', 'norfolk']);

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
