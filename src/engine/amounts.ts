// Money amounts written in a question or a fact ("GBP 400m", "USD 10bn", "180 millions d'euros", "un
// milliard de dollars"), as plain numbers, for the premise check of a claimed figure. Currencies are not
// converted: a figure is compared with the figures the entry writes, in whatever currency.

const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^(?:trillions?)$/i, 1e12],
  [/^(?:bn|billions?|milliards?|mrd)$/i, 1e9],
  [/^(?:m|mn|millions?|mio)$/i, 1e6],
  [/^(?:k|thousands?|mille)$/i, 1e3],
];

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

// Digits followed by a scale ("4bn", "GBP 4 bn", "400m", "180 millions"), or a number word followed by a
// scale word ("un milliard", "a billion").
const AMOUNT =
  /(?<![\p{L}\p{N}])(?:(\d+(?:[.,]\d+)?)\s?(bn|mn|m|k|billions?|milliards?|mrd|millions?|mio|thousands?|mille|trillions?)|(a|an|one|un|une|two|deux|three|trois|ten|dix) (billions?|milliards?|millions?|trillions?))(?![\p{L}\p{N}])/giu;

// A currency or money word in the text: without one, "400m" may be metres.
const CURRENCY =
  /[$£€]|\b(?:usd|eur|gbp|chf|jpy|inr|sar|aud|cad|dkk|nzd|sgd|dollars?|euros?|pounds?|livres?|francs?)\b/i;

/** The money amounts a text writes, as numbers (none when it names no currency). */
export function amountsIn(text: string): number[] {
  if (!CURRENCY.test(text)) return [];
  const found: number[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const rawNumber = match[1] ?? match[3] ?? '';
    const rawScale = match[2] ?? match[4] ?? '';
    const number = WORD_NUMBERS[rawNumber.toLowerCase()] ?? Number(rawNumber.replace(',', '.'));
    const scale = SCALES.find(([pattern]) => pattern.test(rawScale))?.[1];
    if (scale !== undefined && Number.isFinite(number)) found.push(number * scale);
  }
  return found;
}

/** Whether two amounts are the same figure (rounding aside: "EUR 3.5bn" and "3,5 milliards"). */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.02 * Math.max(a, b);
}
