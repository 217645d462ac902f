import type { Answered, Citation, DealRef, Lang, Statement } from './answer.js';
import type { DealRow, FactRow } from './fact-features.js';

/** What an answer is made of: facts chosen by the engine, and how to present them. */
export interface AnswerParts {
  question: string;
  lang: Lang;
  heading: string;
  /** Facts (by position in the fact table), each with an optional text replacing the fact's own (list lines). */
  chosen: ReadonlyArray<{ factId: number; text?: string }>;
  dealRefs: DealRef[];
  confidence: number;
}

/**
 * Turns chosen facts into an answer: one statement per fact, in the asker's language, each backed by
 * numbered citations (at most `maxSources` per fact; a source shared by two statements gets one number).
 */
export function composeAnswer(
  tables: { facts: readonly FactRow[]; deals: readonly DealRow[]; maxSources: number },
  parts: AnswerParts,
): Answered {
  const { question, lang, heading, chosen, dealRefs, confidence } = parts;
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  const statements: Statement[] = chosen.map(({ factId, text }) => {
    const row = tables.facts[factId] as FactRow;
    const deal = (tables.deals[row.deal] as DealRow).deal;
    const cited: number[] = [];
    for (const sourceId of row.fact.sources.slice(0, tables.maxSources)) {
      const key = `${deal.id}/${sourceId}`;
      let n = numberOf.get(key);
      if (n === undefined) {
        const source = deal.sources.find((s) => s.id === sourceId);
        if (!source) continue;
        n = citations.length + 1;
        numberOf.set(key, n);
        citations.push({
          n,
          dealId: deal.id,
          factId: row.fact.id,
          publisher: source.publisher,
          title: source.title,
          url: source.url,
          date: source.date,
        });
      }
      cited.push(n);
    }
    return {
      text: text ?? (lang === 'fr' ? row.fact.text_fr : row.fact.text),
      dealId: deal.id,
      factId: row.fact.id,
      citations: cited,
    };
  });
  return {
    kind: 'answered',
    question,
    lang,
    heading,
    statements,
    citations,
    deals: dealRefs,
    confidence: round(confidence),
  };
}

/** Two decimals, for scores shown to people. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
