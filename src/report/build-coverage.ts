import type { Corpus } from '../corpus/load-corpus.js';
import type { Deal } from '../corpus/schema.js';
import type { FeedbackRecord } from '../store/feedback-store.js';
import type { Suggestion } from '../store/state-store.js';
import { buildReport } from './build-report.js';
import type { Count, CoverageData } from './render-html.js';

/** How many distinct questions the page lists under a disliked fact. */
const QUESTIONS_PER_FACT = 5;

/** The name before any parenthesis: "Germany (Schleswig-Holstein)" → "Germany". */
function beforeParenthesis(text: string): string {
  return text.replace(/\s*\(.*$/s, '').trim();
}

/** Counts sorted most first, then by label, so equal counts keep a stable order. */
function sortedCounts(counts: Map<string, number>): Count[] {
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Every year from the first deal to the last, zero-count years included, so gaps show. */
function dealsByYear(deals: readonly Deal[]): Count[] {
  const years = deals.map((d) => Number(d.date.slice(0, 4)));
  if (years.length === 0) return [];
  const counts: Count[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1)
    counts.push({ label: String(year), count: years.filter((y) => y === year).length });
  return counts;
}

/**
 * Deals per named provider. The `providers` field is free text written for people, so names are
 * read from it conservatively: the part before a parenthesis ("Oracle (OCI, …)" → "Oracle"), a list
 * split at commas ("Microsoft, Google Cloud and AWS"), an abbreviation given in parentheses used as
 * an alias ("Amazon Web Services (AWS)" makes "AWS" mean it), and a longer name that starts with a
 * shorter one counted under the shorter ("Google Cloud" under "Google", "Microsoft France" under
 * "Microsoft"). Entries that describe rather than name ("eight cloud providers…", "22 founding
 * members…": they start in lower case or with a number and a space) are not counted.
 */
function dealsByProvider(deals: readonly Deal[]): { counts: Count[]; withoutNamed: number } {
  const aliases = new Map<string, string>();
  for (const entry of deals.flatMap((d) => d.providers)) {
    const match = /^(.+?) \(([A-Z][A-Z0-9]+)\)$/.exec(entry);
    if (match) aliases.set(match[2] as string, match[1] as string);
  }
  const namesOf = (entry: string): string[] => {
    if (/^(?:\p{Ll}|\d+\s)/u.test(entry)) return [];
    const name = beforeParenthesis(entry);
    const parts = name.includes(',') ? name.split(/,\s*|\s+and\s+/) : [name];
    return parts
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((p) => aliases.get(p) ?? p);
  };
  const perDeal = deals.map((d) => new Set(d.providers.flatMap(namesOf)));
  const names = [...new Set(perDeal.flatMap((s) => [...s]))].sort((a, b) => a.length - b.length);
  const canonical = new Map<string, string>();
  for (const name of names)
    canonical.set(name, names.find((shorter) => name.startsWith(`${shorter} `)) ?? name);
  const counts = new Map<string, number>();
  let withoutNamed = 0;
  for (const set of perDeal) {
    if (set.size === 0) withoutNamed += 1;
    for (const name of new Set([...set].map((n) => canonical.get(n) ?? n)))
      counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return { counts: sortedCounts(counts), withoutNamed };
}

/** The start of the day, week (Monday) or month holding `time`, as a label. */
function bucketOf(time: Date, unit: 'day' | 'week' | 'month'): string {
  if (unit === 'month') return time.toISOString().slice(0, 7);
  const day = new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
  if (unit === 'week') day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** Unanswered questions per day (up to two months), week (up to two years) or month, zeros included. */
function unansweredOverTime(
  records: readonly FeedbackRecord[],
  since: Date,
  now: Date,
): CoverageData['unansweredOverTime'] {
  const days = (now.getTime() - since.getTime()) / 86_400_000;
  const unit = days <= 62 ? 'day' : days <= 730 ? 'week' : 'month';
  const counts = new Map<string, number>();
  for (let t = new Date(since); t <= now; ) {
    counts.set(bucketOf(t, unit), 0);
    if (unit === 'month') t.setUTCMonth(t.getUTCMonth() + 1, 1);
    else t.setUTCDate(t.getUTCDate() + (unit === 'week' ? 7 : 1));
  }
  counts.set(bucketOf(now, unit), counts.get(bucketOf(now, unit)) ?? 0);
  for (const record of records) {
    if (record.kind !== 'no-answer') continue;
    const label = bucketOf(new Date(record.at), unit);
    if (counts.has(label)) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return { unit, buckets: [...counts.entries()].map(([label, count]) => ({ label, count })) };
}

/**
 * What the coverage page (`sovbot report --html`) shows: the same report as `sovbot report` (same
 * records, same window), plus how the corpus spreads over years, jurisdictions and providers.
 * `plansPastDate` is left out (the page says it is not computed) until the report model carries it;
 * `suggestions` are the open ones the store holds.
 */
export function buildCoverage(
  corpus: Corpus,
  records: readonly FeedbackRecord[],
  since: Date,
  now = new Date(),
  suggestions: readonly Suggestion[] = [],
): CoverageData {
  const report = buildReport(corpus, records, since, now, suggestions);
  const textOf = new Map(corpus.deals.flatMap((d) => d.facts.map((f) => [f.id, f.text] as const)));
  const questionsOf = new Map<string, string[]>();
  for (const record of [...records].sort((a, b) => (a.at < b.at ? 1 : -1))) {
    if (record.kind !== 'down') continue;
    for (const factId of record.factIds ?? []) {
      const questions = questionsOf.get(factId) ?? [];
      if (!questions.includes(record.question) && questions.length < QUESTIONS_PER_FACT)
        questions.push(record.question);
      questionsOf.set(factId, questions);
    }
  }
  const jurisdictions = new Map<string, number>();
  for (const deal of corpus.deals) {
    const name = beforeParenthesis(deal.jurisdiction) || deal.jurisdiction;
    jurisdictions.set(name, (jurisdictions.get(name) ?? 0) + 1);
  }
  const providers = dealsByProvider(corpus.deals);
  return {
    generatedAt: now.toISOString(),
    since: report.since,
    corpus: {
      deals: corpus.deals.length,
      facts: corpus.factCount,
      sources: corpus.sourceCount,
      reviewedUntil: corpus.reviewedUntil,
      version: corpus.version,
    },
    dealsByYear: dealsByYear(corpus.deals),
    dealsByJurisdiction: sortedCounts(jurisdictions),
    dealsByProvider: providers.counts,
    dealsWithoutNamedProvider: providers.withoutNamed,
    unansweredOverTime: unansweredOverTime(records, since, now),
    unanswered: report.unanswered,
    disliked: report.disliked.map((d) => ({
      ...d,
      text: textOf.get(d.factId),
      questions: questionsOf.get(d.factId) ?? [],
    })),
    suggestions: report.suggestions.map((s) => ({
      id: String(s.id),
      at: s.at,
      platform: s.platform,
      // The page has one column for what is suggested: a correction says which deals it is about.
      what:
        s.kind === 'correction' ? `Correction (${s.dealIds.join(', ') || 'an answer'}): ${s.what}` : s.what,
      link: s.link,
      ...(s.note === undefined ? {} : { note: s.note }),
    })),
  };
}
