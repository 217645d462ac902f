import type { Answer, Citation } from './answer.js';
import { messages, noAnswerText } from './messages.js';

/** The answer as plain sentences with `[n]` markers (no footnotes): the `text` of `ask --json`. */
export function renderAnswerText(answer: Answer, maxLength = 1000): string {
  if (answer.kind === 'no-answer') {
    const lines = [noAnswerText(answer.reason, answer.lang, maxLength)];
    if (answer.suggestions.length > 0) {
      lines.push(messages[answer.lang].suggestions, ...answer.suggestions.map((s) => `- ${s.title}`));
    }
    return lines.join('\n');
  }
  if (answer.shape === 'list' || answer.shape === 'timeline' || answer.shape === 'compare') {
    const lines = answer.statements.map((s) =>
      `${s.text} ${s.citations.map((n) => `[${n}]`).join('')}`.trim(),
    );
    if (answer.shape !== 'compare') return [answer.heading, ...lines.map((l) => `- ${l}`)].join('\n');
    // A comparison: each deal's row, then its fact, indented under it.
    const rowFacts = new Set(answer.rows.map((r) => r.dealId));
    const out = [answer.heading];
    answer.statements.forEach((s, i) => {
      const isRow = rowFacts.has(s.dealId) && answer.statements[i - 1]?.dealId !== s.dealId;
      out.push(`${isRow ? '- ' : '  '}${lines[i]}`);
    });
    return out.join('\n');
  }
  const list =
    answer.statements.length > 1 &&
    answer.statements.every((s) => s.dealId !== answer.statements[0]?.dealId || s === answer.statements[0]);
  const sentences = answer.statements.map((s) =>
    `${s.text} ${s.citations.map((n) => `[${n}]`).join('')}`.trim(),
  );
  return list ? [answer.heading, ...sentences.map((s) => `- ${s}`)].join('\n') : sentences.join(' ');
}

/** One footnote line: `[n] Publisher, "Title" (date). URL`. */
export function formatFootnote(citation: Citation): string {
  const date = citation.date === undefined ? '' : ` (${citation.date})`;
  return `[${citation.n}] ${citation.publisher}, "${citation.title}"${date}. ${citation.url}`;
}

/** The answer with its footnotes, for terminals. */
export function renderAnswerWithFootnotes(answer: Answer, maxLength = 1000): string {
  const body = renderAnswerText(answer, maxLength);
  if (answer.kind === 'no-answer' || answer.citations.length === 0) return body;
  return `${body}\n\n${answer.citations.map(formatFootnote).join('\n')}`;
}
