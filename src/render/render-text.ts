// What every formatter shares: how a cited sentence reads, when an answer is a list, and how text is
// shortened to a platform's limit. Each adapter only escapes and links its own way.
import type { Answered, Statement } from '../engine/answer.js';

/** `[1][2]`: the citation numbers of a sentence, as every platform shows them. */
export function citationMarks(numbers: readonly number[]): string {
  return numbers.map((n) => `[${n}]`).join('');
}

/**
 * One sentence with its citation marks, `escape` applied to the corpus text only (Slack's mrkdwn
 * escape, Discord's Markdown escape, nothing on a terminal).
 */
export function renderSentence(statement: Statement, escapeText: (text: string) => string = same): string {
  return `${escapeText(statement.text)} ${citationMarks(statement.citations)}`.trim();
}

/**
 * Whether an answer reads as a list (one bullet per sentence) rather than a paragraph: it spans
 * several deals (a list or a comparison). Facts of one deal read as a paragraph.
 */
export function isListAnswer(answer: Pick<Answered, 'statements'>): boolean {
  return new Set(answer.statements.map((s) => s.dealId)).size > 1;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Shortens `text` to at most `max` UTF-16 code units (what Slack and Discord count), ending with `…`
 * when cut. Cuts only between grapheme clusters, so an emoji, a flag or a letter with its accents is
 * never split (a lone surrogate makes Discord refuse the whole message).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  // Only the start is kept: segment a little more than that, not a 100k-character question.
  const head = text.slice(0, max + 32);
  let kept = 0;
  for (const { segment, index } of graphemes.segment(head)) {
    if (index + segment.length > max - 1) break;
    kept = index + segment.length;
  }
  return `${text.slice(0, kept).trimEnd()}…`;
}

function same(text: string): string {
  return text;
}
