import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { defaultCorpusDir } from '../../src/paths.js';

describe('the bundled corpus', () => {
  // Properties of the corpus, never its size: adding a valid deal must leave this green.
  it('loads clean: every deal with facts, every fact sourced and in French, no warnings', async () => {
    const result = await loadCorpus(defaultCorpusDir);
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n'));
    // Plans past their date are warnings for the maintainers to resolve (see `sovbot report`); nothing else.
    const others = result.warnings.filter((w) => !w.message.startsWith('plan past its date'));
    expect(others.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([]);
    const { deals, factCount } = result.corpus;
    expect(deals.length).toBeGreaterThan(0);
    expect(factCount).toBe(deals.reduce((n, d) => n + d.facts.length, 0));
    for (const deal of deals) {
      expect(deal.facts.length, deal.id).toBeGreaterThan(0);
      const sourceIds = new Set(deal.sources.map((s) => s.id));
      for (const fact of deal.facts) {
        expect(fact.text_fr.length, fact.id).toBeGreaterThan(10);
        for (const id of fact.sources) expect(sourceIds.has(id), `${fact.id} cites ${id}`).toBe(true);
      }
    }
  });
});
