// Synthetic cross-deal answers for the formatters' tests: rows shaped as the engine makes them (a row
// sentence per deal, then for a comparison its fact), sized and worded by each test.
import type { Answered, AnswerRow } from '../../src/index.js';

/** Row `i`, citing sources 2i+1 and 2i+2; its parts can be replaced. */
export function row(i: number, overrides: Partial<AnswerRow> = {}): AnswerRow {
  return {
    dealId: `deal-${i}`,
    title: `Deal ${i}`,
    date: '2024-03',
    kind: 'contract',
    customers: [`Agency ${i} (a detail)`],
    providers: [`Provider ${i}`],
    value: { amount: 'GBP 10m', basis: 'ceiling' },
    status: 'signed',
    factId: `fact-${i}`,
    citations: [2 * i + 1, 2 * i + 2],
    ...overrides,
  };
}

/** An answer laid out as rows, with the statements and numbered citations the engine would give it. */
export function rowAnswer(
  shape: 'compare' | 'list' | 'timeline',
  rows: AnswerRow[],
  overrides: Partial<Answered> = {},
): Answered {
  return {
    kind: 'answered',
    question: 'q',
    lang: 'en',
    heading: `${rows.length} deals`,
    shape,
    rows,
    ...(shape === 'compare' ? {} : { matched: rows.length }),
    statements: rows.flatMap((r) => {
      const sentence = {
        text: `${r.title} (row sentence).`,
        dealId: r.dealId,
        factId: r.factId,
        citations: r.citations,
      };
      const fact = {
        text: `A fact about ${r.title}.`,
        dealId: r.dealId,
        factId: r.factId,
        citations: r.citations,
      };
      return shape === 'compare' ? [sentence, fact] : [sentence];
    }),
    citations: rows.flatMap((r) =>
      r.citations.map((n) => ({
        n,
        dealId: r.dealId,
        factId: r.factId,
        publisher: `Publisher ${n}`,
        title: `A long enough title for source ${n} of ${r.title}`,
        url: `https://example.org/news/${r.dealId}/${n}/${'path'.repeat(10)}`,
        date: '2024-03',
      })),
    ),
    deals: rows.map((r) => ({ id: r.dealId, title: r.title })),
    confidence: 0.9,
    ...overrides,
  };
}
