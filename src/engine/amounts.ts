// Money amounts written in a question or a fact ("GBP 400m", "USD 10bn", "180 millions d'euros", "un
// milliard de dollars"), as plain numbers, for the premise check of a claimed figure. Currencies are not
// converted: a figure is compared with the figures the entry writes, in whatever currency.

const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^(?:trillions?)$/i, 1e12],
  [/^(?:bn|billions?|milliards?|mrd|mds?)$/i, 1e9],
  [/^(?:m|mn|millions?|mio)$/i, 1e6],
  [/^(?:k|thousands?|mille)$/i, 1e3],
];

/** Whether a word is a scale of an amount ("bn", "Mio", "Mds"): written in capitals, it is still no name. */
export function isScaleWord(word: string): boolean {
  return SCALES.some(([re]) => re.test(word));
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  ten: 10,
  dix: 10,
};

// Digits followed by a scale ("4bn", "GBP 4 bn", "400m", "180 millions", "1,200m"), or a number word
// followed by a scale word ("un milliard", "a billion"). A range ("1.5-2bn") gives its first end the
// second's scale.
const AMOUNT =
  /(?<![\p{L}\p{N}])(?:(\d+(?:,\d{3})*(?:[.,]\d+)?)(?:\s?[-–]\s?(\d+(?:[.,]\d+)?))?\s?(bn|mn|m|k|billions?|milliards?|mrd|mds?|millions?|mio|thousands?|mille|trillions?)|(a|an|one|un|une|two|deux|three|trois|ten|dix) (billions?|milliards?|millions?|trillions?))(?![\p{L}\p{N}])/giu;

// A whole figure next to a currency, without a scale word ("EUR 236,000", "EUR 164,679,680", "$42").
const WHOLE =
  /(?:[$£€]\s?|\b(?:usd|eur|gbp|chf|jpy|inr|sar|aud|cad|dkk|nzd|sgd|brl|cop|mad|pln|idr|krw|aed)\s?)(\d{1,3}(?:[, ]\d{3})+|\d+)(?:[.,]\d+)?(?!\s?(?:bn|mn|m|k|billions?|milliards?|mrd|mds?|millions?|mio|thousands?|mille|trillions?|%)(?![\p{L}]))(?![\p{L}\p{N}.,\-–])/giu;

// A figure with its currency after it, without a scale word ("20 euros", "18,50 €", "42 dollars").
const WHOLE_BEFORE_CURRENCY =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d{1,2})?)\s?(?:€|euros?|dollars?|usd|eur|gbp|pounds?|livres? sterling)(?![\p{L}\p{N}])/giu;

// A currency or money word in the text: without one, "400m" may be metres.
const CURRENCY =
  /[$£€]|\b(?:usd|eur|gbp|chf|jpy|inr|sar|aud|cad|dkk|nzd|sgd|brl|cop|mad|pln|idr|krw|aed|dollars?|euros?|pounds?|livres?|francs?|r[eé]ais|real|dirhams?|zloty|zlotys|rupees?|roupies?|wons?|pesos?|rupiah|riyals?)\b/i;

// Or a deal's figure without its currency ("a 400m sovereign cloud deal", "worth 2bn", "un contrat de 180
// millions", "l'appel d'offres de 250 millions", "a tender of 250m"): a scaled figure before a deal noun, or
// after a word of price or a deal noun and "de"/"of".
const MONEY_CONTEXT =
  /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?(?:bn|mn|m|billions?|milliards?|millions?)\s+(?:[\p{L}-]+\s+){0,3}(?:deal|contract|agreement|framework|tender|investment|package|accord|contrat|march[eé])s?(?![\p{L}])|\b(?:worth|valued at|priced at|vaut|valait|d une valeur de|d un montant de)\s+\d|\b(?:contrat|accord|march[eé]|appel d['’ ]?offres|investissement|enveloppe|budget|plafond|partenariat) de \d+(?:[.,]\d+)?\s?(?:milliards?|millions?)|\b(?:deal|contract|agreement|tender|investment|budget|ceiling) of \d+(?:[.,]\d+)?\s?(?:bn|mn|m|billions?|millions?)(?![\p{L}])/iu;

/** A figure as written: "1,200" is twelve hundred, "3,5" and "3.5" are three and a half. */
function numberOf(raw: string): number {
  if (/^\d+(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  return Number(raw.replace(',', '.'));
}

/** The money amounts a text writes, as numbers (none when it names no currency nor a deal's price). */
export function amountsIn(text: string): number[] {
  if (!CURRENCY.test(text) && !MONEY_CONTEXT.test(text)) return [];
  const found: number[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const rawScale = match[3] ?? match[5] ?? '';
    const scale = SCALES.find(([pattern]) => pattern.test(rawScale))?.[1];
    if (scale === undefined) continue;
    // Both ends of a range take its scale ("1.5-2bn").
    for (const raw of [match[1] ?? match[4], match[2]]) {
      if (raw === undefined) continue;
      const number = WORD_NUMBERS[raw.toLowerCase()] ?? numberOf(raw);
      if (Number.isFinite(number)) found.push(number * scale);
    }
  }
  for (const match of text.matchAll(WHOLE)) {
    const number = Number((match[1] ?? '').replace(/[, ]/g, ''));
    if (Number.isFinite(number)) found.push(number);
  }
  for (const match of text.matchAll(WHOLE_BEFORE_CURRENCY)) {
    const number = numberOf(match[1] ?? '');
    if (Number.isFinite(number)) found.push(number);
  }
  return found;
}

/**
 * The amounts a question claims: those `amountsIn` finds, and figures in billions without a currency
 * ("36bn in total"): a billion of anything in a question about deals is money. Millions are not ("5m
 * users").
 */
export function claimedAmountsIn(text: string): number[] {
  const found = amountsIn(text);
  if (found.length > 0) return found;
  return amountsIn(
    `${text.replace(/\b(\d+(?:[.,]\d+)?)\s?(m|mn|millions?|k|thousands?|mille)\b/giu, '')} $`,
  ).filter((a) => a >= 1e9);
}

/** Whether two amounts are the same figure (rounding aside: "EUR 3.5bn" and "3,5 milliards"). */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.02 * Math.max(a, b);
}

/**
 * Whether a figure claimed with one significant digit ("6 millions", "a 400m deal") is another written more
 * precisely, rounded (EUR 6.2m): within 5% of it.
 */
export function roundedFrom(claimed: number, written: number): boolean {
  const digits = String(claimed)
    .replace(/0+$/u, '')
    .replace(/^0\.?0*/u, '');
  return digits.length === 1 && Math.abs(claimed - written) <= 0.05 * written;
}

// A share written as a percentage ("49 %", "30-40%", "85 per cent", "15 pour cent").
const PERCENT =
  /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)(?:\s?[-–]\s?(\d+(?:[.,]\d+)?))?\s?(?:%|per ?cent\b|pour ?cent\b|percent\b)/giu;

/** The percentages a text writes, both ends of a range included. */
export function percentagesIn(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(PERCENT))
    for (const raw of [match[1], match[2]]) if (raw !== undefined) found.push(Number(raw.replace(',', '.')));
  return found;
}
