import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/corpus.js';
import { dealSchema } from '../../src/corpus/schema.js';
import { createEngine } from '../../src/engine/create-engine.js';

// A corpus large enough that a question of only wide words ("regional storage archive backup") would score most of
// the index: the engine then searches only the narrowest of them and looks the others up in what those find.
// Whatever it searches, the answer must still be a deal with every word asked.
const NAMES = ['Orvand', 'Peliko', 'Quastro', 'Rimbel', 'Sundor', 'Tavrik', 'Ulmero', 'Vesket'];
function nameOf(i: number): string {
  return `${NAMES[i % 8]}${NAMES[Math.floor(i / 8) % 8]}${NAMES[Math.floor(i / 64) % 8]}${Math.floor(i / 512)}`;
}

function syntheticDeals(count: number): Corpus {
  const deals = Array.from({ length: count }, (_, i) => {
    // Each word in a quarter to a seventh of the deals: none common, all wide, together past the cap.
    const words = [
      i % 4 === 0 ? 'regional' : 'national',
      i % 5 === 0 ? 'storage' : 'computing',
      i % 6 === 0 ? 'archive' : 'network',
      i % 7 === 0 ? 'backup' : 'hosting',
    ].join(' ');
    const name = nameOf(i);
    return dealSchema.parse({
      id: `deal-${i}`,
      title: `${name} programme`,
      title_fr: `Programme ${name}`,
      date: '2024-01',
      kind: 'contract',
      status: 'signed',
      jurisdiction: 'Atlantis',
      customers: [`${name} Office`],
      providers: ['Example Cloud'],
      aliases: [`${name} programme`],
      reviewed: '2026-11-01',
      facts: [
        {
          id: `deal-${i}-scope`,
          text: `The ${name} Office bought ${words} services from Example Cloud.`,
          text_fr: `L'office ${name} a acheté des services ${words} à Example Cloud.`,
          topics: ['scope'],
          sources: ['s1'],
        },
      ],
      sources: [
        {
          id: 's1',
          publisher: 'Atlantis Gazette',
          title: name,
          url: `https://example.org/${i}`,
          date: '2024-01',
          language: 'en',
        },
      ],
    });
  });
  return {
    dir: 'synthetic',
    deals,
    version: 'x',
    reviewedUntil: '2026-11-01',
    factCount: count,
    sourceCount: count,
  };
}

describe('a large corpus', () => {
  const engine = createEngine(syntheticDeals(4000));

  it('offers, for a question of wide words only, deals having every word', () => {
    // Some ten deals have all four words: too many to pick one, so the closest are offered.
    const answer = engine.ask('Which office bought regional storage archive backup services?');
    const offered = answer.kind === 'answered' ? answer.deals : answer.suggestions;
    expect(offered.length).toBeGreaterThan(0);
    for (const { id } of offered) {
      const i = Number(id.slice('deal-'.length));
      expect([i % 4, i % 5, i % 6, i % 7]).toEqual([0, 0, 0, 0]);
    }
  });

  it('still finds a deal by its own name among wide words', () => {
    const name = nameOf(1234);
    const answer = engine.ask(`What did the ${name} Office buy?`);
    expect(answer).toMatchObject({ kind: 'answered', deals: [{ id: 'deal-1234' }] });
  });
});
