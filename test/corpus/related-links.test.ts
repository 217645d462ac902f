import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { defaultCorpusDir } from '../../src/paths.js';

// `related` links point readers from one deal to the others in the same story (the two Health Data Hub
// hosts, the G42 deals, the UK–AWS deals). A link that goes one way only hides the older deal from the
// newer one's readers, so every link must name an existing deal and be returned.
describe('related links in the bundled corpus', () => {
  it('name existing deals, never the deal itself, and go both ways', async () => {
    const result = await loadCorpus(defaultCorpusDir);
    if (!result.ok) throw new Error('the bundled corpus does not load; run npx sovbot corpus check');
    const related = new Map(result.corpus.deals.map((deal) => [deal.id, deal.related]));
    const problems: string[] = [];
    for (const [id, links] of related) {
      for (const other of links) {
        if (other === id) problems.push(`${id} links to itself`);
        else if (!related.has(other)) problems.push(`${id} links to unknown deal ${other}`);
        else if (!related.get(other)?.includes(id)) problems.push(`${other} does not link back to ${id}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
