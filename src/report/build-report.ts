import type { Corpus } from '../corpus/load-corpus.js';
import { findStalePlans } from '../corpus/stale-plans.js';
import { fold, tokenize } from '../engine/normalize.js';
import { printable } from '../printable.js';
import type { FeedbackRecord } from '../store/feedback-store.js';
import type { Suggestion } from '../store/state-store.js';

export interface Report {
  since: string;
  unanswered: Array<{
    question: string;
    count: number;
    lastAsked: string;
    reasons: string[];
    platforms: string[];
  }>;
  disliked: Array<{
    factId: string;
    dealId: string | undefined;
    down: number;
    up: number;
    /** The questions whose answers got a 👎 while citing this fact, most recent first, each once. */
    questions: string[];
  }>;
  staleDeals: Array<{ id: string; reviewed: string }>;
  /** Facts announcing a plan whose date has passed with no later fact on the deal (see findStalePlans). */
  stalePlans: Array<{ factId: string; dealId: string; due: string; phrase: string }>;
  /** Users' suggestions still open, oldest first, exactly as stored. */
  suggestions: Suggestion[];
}

/** Parses an age such as `30d`, `12h`, `2w` into milliseconds; undefined when malformed. */
export function parseAge(age: string): number | undefined {
  const match = /^(\d+)\s*([hdw])$/.exec(age.trim());
  if (!match) return undefined;
  const unit = { h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as 'h' | 'd' | 'w'];
  return Number(match[1]) * unit;
}

/** Questions grouped by their normalised words, so "Who is X?" and "who is x" count together. */
function normalise(question: string): string {
  return tokenize(fold(question)).join(' ');
}

/**
 * What maintainers should look at: unanswered questions (most asked first), the facts with the most
 * 👎 (with the questions asked), entries not reviewed for a year, and plans past their date.
 */
export function buildReport(
  corpus: Corpus,
  records: readonly FeedbackRecord[],
  since: Date,
  now = new Date(),
  suggestions: readonly Suggestion[] = [],
): Report {
  const yearAgo = new Date(now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const stale = yearAgo.toISOString().slice(0, 10);

  const groups = new Map<string, Report['unanswered'][number]>();
  const votes = new Map<string, { down: number; up: number; questions: string[] }>();
  for (const record of records) {
    if (record.kind === 'no-answer') {
      const key = normalise(record.question);
      const group = groups.get(key) ?? {
        question: record.question,
        count: 0,
        lastAsked: record.at,
        reasons: [],
        platforms: [],
      };
      group.count += 1;
      if (record.at > group.lastAsked) group.lastAsked = record.at;
      if (record.reason && !group.reasons.includes(record.reason)) group.reasons.push(record.reason);
      if (!group.platforms.includes(record.platform)) group.platforms.push(record.platform);
      groups.set(key, group);
    } else {
      for (const factId of record.factIds ?? []) {
        const count = votes.get(factId) ?? { down: 0, up: 0, questions: [] };
        count[record.kind] += 1;
        if (record.kind === 'down') {
          count.questions = [record.question, ...count.questions.filter((q) => q !== record.question)];
        }
        votes.set(factId, count);
      }
    }
  }
  const dealOfFact = new Map(
    corpus.deals.flatMap((deal) => deal.facts.map((fact) => [fact.id, deal.id] as const)),
  );
  return {
    since: since.toISOString(),
    unanswered: [...groups.values()].sort(
      (a, b) => b.count - a.count || (a.lastAsked < b.lastAsked ? 1 : -1),
    ),
    disliked: [...votes.entries()]
      .filter(([, v]) => v.down > 0)
      .map(([factId, v]) => ({ factId, dealId: dealOfFact.get(factId), ...v }))
      .sort((a, b) => b.down - a.down || a.up - b.up),
    staleDeals: corpus.deals
      .filter((d) => d.reviewed < stale)
      .map((d) => ({ id: d.id, reviewed: d.reviewed })),
    stalePlans: findStalePlans(corpus.deals, now.toISOString().slice(0, 10)).map(
      ({ factId, dealId, due, phrase }) => ({ factId, dealId, due, phrase }),
    ),
    suggestions: suggestions.filter((s) => s.status === 'open'),
  };
}

/**
 * The report as terminal text. Stored questions come from chat users: each is printed on its own line with
 * its control characters made visible, so none can recolour, retitle or rewrite the maintainer's terminal.
 */
export function formatReport(report: Report, limit = 20): string {
  const shown = (text: string) => printable(text, { oneLine: true });
  const lines = [
    `sovbot report since ${report.since.slice(0, 10)}`,
    '',
    `Unanswered questions (${report.unanswered.length}):`,
  ];
  for (const u of report.unanswered.slice(0, limit)) {
    lines.push(
      `  ${String(u.count).padStart(4)}×  ${shown(u.question)}  [${shown(u.reasons.join(', '))}; ${shown(u.platforms.join(', '))}; last ${shown(u.lastAsked.slice(0, 10))}]`,
    );
  }
  lines.push('', `Facts with the most 👎 (${report.disliked.length}):`);
  for (const d of report.disliked.slice(0, limit)) {
    lines.push(
      `  ${String(d.down).padStart(4)}👎 ${String(d.up).padStart(3)}👍  ${shown(d.factId)} (${shown(d.dealId ?? 'no longer in the corpus')})`,
    );
    for (const question of d.questions.slice(0, 3)) lines.push(`              asked: ${shown(question)}`);
    if (d.questions.length > 3) lines.push(`              … and ${d.questions.length - 3} more question(s)`);
  }
  lines.push('', `Deals not reviewed in 12 months (${report.staleDeals.length}):`);
  for (const d of report.staleDeals.slice(0, limit)) lines.push(`  ${d.reviewed}  ${d.id}`);
  lines.push(
    '',
    `Plans past their date (${report.stalePlans.length}): add what happened, or reword as a past plan`,
  );
  for (const p of report.stalePlans.slice(0, limit))
    lines.push(`  due ${p.due}  ${shown(p.factId)} (${shown(p.dealId)}): "${shown(p.phrase)}"`);
  if (report.stalePlans.length > limit)
    lines.push(`  … and ${report.stalePlans.length - limit} more (use --json for all)`);
  lines.push('', `Open suggestions (${report.suggestions.length}):`);
  // Every one: each is a user waiting for an answer. Users typed these, so nothing they hold may
  // move the cursor, colour the terminal or reorder the line.
  for (const s of report.suggestions) {
    const about =
      s.kind === 'correction' ? `correction of ${s.dealIds.join(', ') || 'an answer'}` : 'new deal';
    lines.push(`  #${s.id}  ${s.at.slice(0, 10)}  ${s.platform}  ${about}: ${shown(s.what)}`);
    lines.push(`        ${shown(s.link)}`);
    if (s.note !== undefined) lines.push(`        note: ${shown(s.note)}`);
  }
  if (report.suggestions.length > 0)
    lines.push(
      '  (add one: npx sovbot corpus new <id> --from-suggestion <n>; then npx sovbot suggestions close <n>)',
    );
  return lines.join('\n');
}
