// An amount written only with figures, ISO currency codes and unit suffixes ("GBP 473m", "USD 1.5-2bn",
// "ATL 5m") reads the same in a French answer; any other word ("about", "not disclosed", "up to") is English
// prose a French answer must not show, so the entry needs `value.amount_fr`.
const currencyCode = /\b[A-Z]{3}\b/g;
const unitSuffix = /(\d)(?:m|bn|k)\b/g;

/** Whether an amount has words besides currency codes and unit suffixes, so it needs a French version. */
export function needsFrenchAmount(amount: string): boolean {
  return /\p{L}/u.test(amount.replace(currencyCode, ' ').replace(unitSuffix, '$1'));
}
