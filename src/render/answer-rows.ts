// What every formatter shares for cross-deal answers (compare, list, timeline) and corrections: which
// statements belong to which row, the row's parts in the asker's language, and the few words around the
// rows ("12 deals matched", "3 more not shown"). Each adapter lays them out and escapes them its own way.
import type { Answered, AnswerRow, Lang, Statement } from '../engine/answer.js';
import { type RowFields, rowFields } from '../engine/compose-answer.js';

/** One deal of a cross-deal answer, ready to lay out. */
export interface RowView extends RowFields {
  row: AnswerRow;
  /** Sentences shown under the row besides the row itself (a comparison's fact), with their citations. */
  facts: Statement[];
  /** Every citation number of the row and of its facts, in order, once each. */
  citations: number[];
}

/** Whether an answer is laid out as rows (one per deal) rather than as sentences. */
export function hasRows(answer: Answered): boolean {
  return (
    (answer.shape === 'compare' || answer.shape === 'list' || answer.shape === 'timeline') &&
    answer.rows.length > 0
  );
}

/**
 * The rows of a cross-deal answer in order. A deal's statements are its row sentence (which the row's
 * fields replace) and, in a comparison, the facts that follow it.
 */
export function rowViews(answer: Answered): RowView[] {
  const byDeal = new Map<string, Statement[]>();
  for (const statement of answer.statements) {
    const list = byDeal.get(statement.dealId) ?? [];
    list.push(statement);
    byDeal.set(statement.dealId, list);
  }
  return answer.rows.map((row) => {
    const facts = (byDeal.get(row.dealId) ?? []).slice(1);
    const citations = [...new Set([...row.citations, ...facts.flatMap((fact) => fact.citations)])];
    return { ...rowFields(row, answer.lang), row, facts, citations };
  });
}

/** How many deals the answer stands for: `matched` when the engine counted more than it shows. */
export function matchedCount(answer: Answered): number {
  return Math.max(answer.matched ?? 0, answer.rows.length);
}

const words = {
  en: {
    matched: (n: number) => `${n} ${n === 1 ? 'deal' : 'deals'} matched`,
    more: (n: number) => `${n} more not shown`,
  },
  fr: {
    matched: (n: number) => `${n} ${n === 1 ? 'accord correspond' : 'accords correspondent'}`,
    more: (n: number) => `${n} ${n === 1 ? 'autre non affiché' : 'autres non affichés'}`,
  },
} as const satisfies Record<Lang, unknown>;

/** "12 deals matched" / "12 accords correspondent". */
export function matchedText(count: number, lang: Lang): string {
  return words[lang].matched(count);
}

/** "3 more not shown" / "3 autres non affichés". */
export function moreText(count: number, lang: Lang): string {
  return words[lang].more(count);
}

/**
 * The line under a list's heading: how many deals matched, and how many of them were left out,
 * `shown` being the rows the platform had room for.
 */
export function countText(answer: Answered, shown: number): string {
  const total = matchedCount(answer);
  const hidden = total - shown;
  return hidden > 0
    ? `${matchedText(total, answer.lang)} · ${moreText(hidden, answer.lang)}`
    : matchedText(total, answer.lang);
}
