import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { defaultCorpusDir } from '../../src/paths.js';

describe('the bundled corpus', () => {
  it('loads clean: 64 deals, every fact sourced and in French, no warnings', async () => {
    const result = await loadCorpus(defaultCorpusDir, { now: new Date('2026-11-29') });
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n'));
    expect(result.warnings).toEqual([]);
    const { deals, factCount } = result.corpus;
    expect(deals).toHaveLength(64);
    expect(factCount).toBe(416);
    for (const deal of deals) {
      const sourceIds = new Set(deal.sources.map((s) => s.id));
      for (const fact of deal.facts) {
        expect(fact.text_fr.length, fact.id).toBeGreaterThan(10);
        for (const id of fact.sources) expect(sourceIds.has(id), `${fact.id} cites ${id}`).toBe(true);
      }
    }
  });
});
