import { describe, expect, it } from 'vitest';
import {
  SearchIndex,
  termsOfFact,
  termsOfNames,
  Vocabulary,
  wordsOf,
} from '../../src/engine/search-index.js';

// The search index in isolation: stems only in the index, questions searched by their words' forms,
// misspelt words corrected against the vocabulary of the corpus's words.
const texts = [
  {
    id: 0,
    text: 'The agencies signed a contract with the provider.',
    textFr: 'Les agences ont signé un contrat avec le fournisseur.',
  },
  {
    id: 1,
    text: 'The ceiling of the programme is nine billion dollars.',
    textFr: 'Le plafond du programme est de neuf milliards de dollars.',
  },
  { id: 2, names: 'Joint Warfighting Cloud Capability JWCC Google' },
];

function build(): SearchIndex {
  const documents = texts.map((d) =>
    d.names === undefined
      ? {
          id: d.id,
          field: 'text' as const,
          terms: termsOfFact(wordsOf(d.text ?? ''), wordsOf(d.textFr ?? '')),
        }
      : { id: d.id, field: 'names' as const, terms: termsOfNames(wordsOf(d.names)) },
  );
  const indexed = new Set(documents.flatMap((d) => d.terms));
  const vocabulary = new Vocabulary(
    texts.flatMap((d) => [
      [wordsOf(d.text ?? ''), 'en'] as const,
      [wordsOf(d.textFr ?? ''), 'fr'] as const,
      [wordsOf(d.names ?? ''), 'both'] as const,
    ]),
    indexed,
  );
  return new SearchIndex(documents, vocabulary, (term) => indexed.has(term));
}

describe('search index', () => {
  it('remembers its last searches: the same words asked again give the same hits, not a new search', () => {
    const index = build();
    const terms = [{ term: 'contract', fuzzy: 0 }];
    const first = index.search(terms);
    expect(first.length).toBeGreaterThan(0);
    expect(index.search(terms)).toBe(first);
    expect(index.search([{ term: 'ceiling', fuzzy: 0 }])).not.toBe(first);
  });

  it('indexes each word of a fact once, by its stem in its text’s language; a shared name once in all', () => {
    expect(
      termsOfFact(
        wordsOf('The agencies signed contracts with Kordavia'),
        wordsOf('Les agences ont signé des contrats avec Kordavia'),
      ),
    ).toEqual(['agenc', 'sign', 'contract', 'kordavia', 'agenc', 'sign', 'contrat', 'kordavia']);
    // On its own, the French stem of the name would be another term.
    expect(termsOfFact([], ['kordavia'])).not.toEqual(['kordavia']);
  });

  it('finds a document by another form of its words, and says which question word matched', () => {
    const [hit] = build().search([{ term: 'contracts', fuzzy: 0 }]);
    expect(hit).toMatchObject({ id: 0, matched: ['contracts'] });
  });

  it('corrects a misspelt word against the corpus words, within the allowed distance only', () => {
    const index = build();
    expect(index.search([{ term: 'ceilng', fuzzy: 1 }])[0]).toMatchObject({ id: 1, matched: ['ceilng'] });
    expect(index.search([{ term: 'ceilng', fuzzy: 0 }])).toEqual([]);
    expect(index.vocabulary.corrections('warfihgting', 2).map((c) => c.word)).toEqual(['warfighting']);
    // The first letter is trusted, as by most spelling correctors.
    expect(index.vocabulary.corrections('xeiling', 1)).toEqual([]);
    // "googel" is two edits from "google" but one from its stem, which the vocabulary has too.
    expect(index.search([{ term: 'googel', fuzzy: 1 }])[0]).toMatchObject({ id: 2, matched: ['googel'] });
  });

  it('takes two neighbouring letters swapped for one typo, not two', () => {
    const vocabulary = build().vocabulary;
    // "wrafighting" is two Levenshtein edits from "warfighting": found at distance 1 all the same.
    expect(vocabulary.corrections('wrafighting', 1)).toEqual([{ word: 'warfighting', distance: 1 }]);
    expect(vocabulary.corrections('cieling', 1)).toEqual([{ word: 'ceiling', distance: 1 }]);
    // Also when two edits are allowed (Levenshtein would find it at 2).
    expect(vocabulary.corrections('wrafighting', 2)).toEqual([{ word: 'warfighting', distance: 1 }]);
    // Not for a word that is no swap away.
    expect(vocabulary.corrections('cielnig', 1)).toEqual([]);
  });

  it('credits every question word a searched form stands for', () => {
    // "contract" and its misspelling "contrct" are searched through the same stem.
    const index = build();
    expect(
      index
        .search([
          { term: 'contract', fuzzy: 0 },
          { term: 'contrct', fuzzy: 1 },
        ])[0]
        ?.matched.sort(),
    ).toEqual(['contract', 'contrct']);
  });

  it('ranks an exact match above a corrected one', () => {
    const index = build();
    const exact = index.search([{ term: 'ceiling', fuzzy: 0 }])[0]?.score ?? 0;
    const corrected = index.search([{ term: 'ceilng', fuzzy: 1 }])[0]?.score ?? 0;
    expect(corrected).toBeGreaterThan(0);
    expect(corrected).toBeLessThan(exact);
  });

  it('tells a word used only by the English or only by the French texts', () => {
    const { vocabulary } = build();
    expect(vocabulary.languageOf('ceiling')).toBe('en');
    expect(vocabulary.languageOf('plafond')).toBe('fr');
    expect(vocabulary.languageOf('programme')).toBeUndefined();
    expect(vocabulary.languageOf('jwcc')).toBeUndefined();
  });
});

describe('vocabulary across builds', () => {
  it('keeps the same alphabetical order when only the new words are sorted and merged in', () => {
    const first = new Vocabulary([[['zulu', 'alpha', 'mike', 'écart'], 'en']], [], []);
    // A build after an edit: a word left, two came (one before all the others, one in the middle).
    const edited: Array<readonly [string[], 'en' | 'fr']> = [
      [['zulu', 'mike', 'écart', 'aardvark'], 'en'],
      [['kilo'], 'fr'],
    ];
    const merged = new Vocabulary(edited, [], first.sortedWords());
    const fresh = new Vocabulary(edited);
    expect(merged.sortedWords()).toEqual(fresh.sortedWords());
    expect(merged.sortedWords()).toEqual(['aardvark', 'kilo', 'mike', 'zulu', 'écart']);
    expect(merged.languageOf('kilo')).toBe('fr');
    expect(merged.languageOf('alpha')).toBeUndefined();
  });
});
