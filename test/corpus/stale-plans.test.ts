import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/corpus/load-corpus.js';
import type { Deal } from '../../src/corpus/schema.js';
import { findStalePlans } from '../../src/corpus/stale-plans.js';
import { validateCorpusFiles } from '../../src/corpus/validate-corpus.js';

const today = '2026-12-04';
/** A deal with these facts (text and optional asOf); the rest of the deal does not matter here. */
function deal(...facts: Array<string | { text: string; asOf: string }>): Deal {
  return {
    id: 'atlantis-cloud-2024',
    facts: facts.map((f, i) => ({
      id: `fact-${i}`,
      text_fr: '…',
      sources: ['s1'],
      ...(typeof f === 'string' ? { text: f } : f),
    })),
  } as unknown as Deal;
}
const flagged = (d: Deal) => findStalePlans([d], today).map((p) => [p.factId, p.due]);

describe('findStalePlans', () => {
  it.each([
    // Why each must be flagged: a plan, deadline or expectation for a period now over, nothing later told.
    [
      'the award, expected at the end of March 2026',
      'Award expected at the end of March 2026.',
      '2026-03-31',
    ],
    [
      'an aim for a half-year',
      'Bleu is aiming for full qualification in the first half of 2026.',
      '2026-06-30',
    ],
    [
      'a past-tense plan: whether it happened is still untold',
      'It was due to launch by the end of 2025.',
      '2025-12-31',
    ],
    ['a season', 'First services are planned for summer 2026.', '2026-09-30'],
    ['mid-year', 'It was due to become available from mid-2022.', '2022-07-31'],
    ['a quarter', 'Migration is scheduled for Q2 2026.', '2026-06-30'],
  ])('flags %s', (_why, text, due) => {
    expect(flagged(deal(text))).toEqual([['fact-0', due]]);
  });

  it.each([
    ['a plan still ahead', 'Completion is expected by the end of 2027.'],
    [
      'a fact already reworded as a past plan',
      'In 2025 Bleu aimed for qualification in H1 2026; no outcome is recorded as of 2026-12.',
    ],
    [
      'a past plan whose missing outcome is named',
      'In December 2025 the request for proposals was planned for early January 2026; no award or chosen provider is recorded as of December 2026.',
    ],
    [
      'a past plan whose follow-up is said to be unrecorded',
      'According to 2020 reporting, the contract was set to run until 2023; what happened after 2023 is not recorded as of December 2026.',
    ],
    [
      'a date before the plan word (what happened, not what was planned)',
      'In March 2024 the office signed a contract.',
    ],
    [
      'a plan for a period before its own asOf (history the fact tells)',
      { text: 'The launch, planned for 2024, slipped to 2025.', asOf: '2025-06' },
    ],
  ])('does not flag %s', (_why, fact) => {
    expect(flagged(deal(fact))).toEqual([]);
  });

  it('does not flag a plan when a later fact of the deal tells what happened (by asOf or by date)', () => {
    expect(
      flagged(deal('Award expected in March 2026.', { text: 'The award went to X.', asOf: '2026-04' })),
    ).toEqual([]);
    expect(flagged(deal('Award expected in March 2026.', 'In May 2026 the award went to X.'))).toEqual([]);
    // ...but a later plan is no outcome: the earlier plan is still untold.
    expect(flagged(deal('Award expected in March 2026.', 'Migration is planned for 2027.'))).toEqual([
      ['fact-0', '2026-03-31'],
    ]);
  });
});

describe('corpus check on a plan past its date', () => {
  it('warns, without failing, naming the fact, its line and what to do', () => {
    const file = path.join('test', 'fixtures', 'good', 'deals', 'atlantis-cloud-2024.yaml');
    const source = readFileSync(file, 'utf8').replace(
      'is worth ATL 5m.',
      'is worth ATL 5m; a renewal is expected by the end of March 2026.',
    );
    const other = path.join('test', 'fixtures', 'good', 'deals', 'atlantis-data-law-2023.yaml');
    const files = [
      { file, source },
      { file: other, source: readFileSync(other, 'utf8') },
    ];
    // Reviewed within the year, so the plan is the only warning.
    const result = validateCorpusFiles('x', files, { now: new Date(`${today}T12:00:00Z`) });
    expect(result.ok).toBe(true);
    const line = source.split('\n').findIndex((l) => l.includes('a renewal is expected')) + 1;
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `atlantis-cloud-2024\\.yaml:${line}: facts\\[1\\]\\.text: warning: plan past its date \\(due by 2026-03-31, no later fact on this deal\\): atlantis-cloud-value \\("is expected by the end of March 2026"\\)\\. Add a fact saying what happened \\(with asOf\\), or reword this one as a past plan`,
        ),
      ),
    ]);
  });
});
