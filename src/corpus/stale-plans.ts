import type { Deal } from './schema.js';

/** A fact announcing something for a date now past, with no later fact on its deal saying what happened. */
export interface StalePlan {
  dealId: string;
  factId: string;
  /** Index of the fact in its deal's `facts`. */
  factIndex: number;
  /** The words announcing the plan, as written ("award expected at the end of March 2026"). */
  phrase: string;
  /** Last day of the period the plan names (YYYY-MM-DD). */
  due: string;
}

// Words that announce something ahead of the fact's own date. Past forms ("was due to", "was expected")
// count too: the fact then reports a plan, and whether it happened is still to be told.
const planWord =
  /\b(?:(?:is|are|was|were|be) )?(?:expected|due|scheduled|set to|planned|planning|plans? to|aims?|aiming|aimed|intends?|intended|targets?|targeted|deadline)\b|\bwill\b|\bwould\b|\bby the end of\b/i;

// A fact already reworded as a past plan says so; it needs no warning.
// ("no outcome is recorded", "no award or chosen provider is recorded", "what happened … is not recorded").
const settled =
  /\bno\b[^.;]{0,60}\b(?:is|are|was|were|has been) (?:recorded|reported|known)\b|\b(?:is|are|was) not (?:recorded|known)\b/i;

/** English month names, January first (also read by the engine's date detection). */
export const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const season: Record<string, number> = { spring: 6, summer: 9, autumn: 12, fall: 12, winter: 3 };
const quarterWord: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

// Periods, most specific first; each ends at the last day of what it names.
const period = new RegExp(
  [
    `(?:\\d{1,2} )?(?<month>${months.join('|')}) (?<monthYear>\\d{4})`,
    '(?<half>first|second) half of (?:fiscal )?(?<halfYear>\\d{4})',
    '\\bH(?<h>[12]) (?<hYear>\\d{4})',
    '\\bQ(?<q>[1-4]) (?<qYear>\\d{4})',
    '(?<quarter>first|second|third|fourth) quarter of (?<quarterYear>\\d{4})',
    '\\bmid-(?<midYear>\\d{4})',
    `(?<season>${Object.keys(season).join('|')}) (?:of )?(?<seasonYear>\\d{4})`,
    '\\b(?<year>(?:19|20)\\d{2})\\b',
  ].join('|'),
  'gi',
);

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of the period a date phrase names. */
function periodEnd(groups: Record<string, string | undefined>): string {
  const g = (name: string) => Number(groups[name]);
  if (groups.month) return lastDay(g('monthYear'), months.indexOf(groups.month.toLowerCase()) + 1);
  if (groups.half) return lastDay(g('halfYear'), groups.half.toLowerCase() === 'first' ? 6 : 12);
  if (groups.h) return lastDay(g('hYear'), g('h') * 6);
  if (groups.q) return lastDay(g('qYear'), g('q') * 3);
  if (groups.quarter) return lastDay(g('quarterYear'), (quarterWord[groups.quarter.toLowerCase()] ?? 4) * 3);
  if (groups.midYear) return lastDay(g('midYear'), 7);
  if (groups.season) return lastDay(g('seasonYear'), season[groups.season.toLowerCase()] ?? 12);
  return lastDay(g('year'), 12);
}

/** Every period a text names, with its last day, in order. */
function periodsIn(text: string): Array<{ index: number; end: string; words: string }> {
  return [...text.matchAll(period)].map((m) => ({
    index: m.index,
    end: periodEnd(m.groups ?? {}),
    words: m[0],
  }));
}

/**
 * The latest date a fact reports something happened: its asOf, or the latest period its text names before
 * any plan word (a date after one is a plan, and a plan does not tell what came of another).
 */
function eventTime(fact: Deal['facts'][number]): string {
  const reported = fact.text.split(/(?<=[.;])\s+/).flatMap((sentence) => {
    const word = planWord.exec(sentence);
    return periodsIn(sentence)
      .filter((p) => word === null || p.index < word.index)
      .map((p) => p.end);
  });
  return [fact.asOf === undefined ? '' : lastDayOf(fact.asOf), ...reported].sort().at(-1) ?? '';
}

/**
 * Facts whose text announces a plan, deadline or expectation for a period that ended before `today`,
 * when no later fact of the same deal (by its asOf, or the dates it names) says what came of it.
 */
export function findStalePlans(deals: readonly Deal[], today: string): StalePlan[] {
  const stale: StalePlan[] = [];
  for (const deal of deals) {
    deal.facts.forEach((fact, factIndex) => {
      if (settled.test(fact.text)) return;
      // Each sentence on its own: a plan word in one sentence does not reach a date in the next.
      for (const sentence of fact.text.split(/(?<=[.;])\s+/)) {
        const word = planWord.exec(sentence);
        if (!word) continue;
        const planned = periodsIn(sentence).find((p) => p.index > word.index);
        if (planned === undefined || planned.end >= today) continue;
        // A plan for a period before the fact's own date is history the fact already tells.
        if (fact.asOf !== undefined && planned.end < lastDayOf(fact.asOf)) continue;
        const later = deal.facts.some((other) => other !== fact && eventTime(other) > planned.end);
        if (later) continue;
        stale.push({
          dealId: deal.id,
          factId: fact.id,
          factIndex,
          phrase: sentence.slice(word.index, planned.index + planned.words.length),
          due: planned.end,
        });
        return;
      }
    });
  }
  return stale;
}

/** `2026` → `2026-12-31`, `2026-03` → `2026-03-31`, a full date as is. */
function lastDayOf(date: string): string {
  const [year, month, day] = date.split('-');
  if (day !== undefined) return date;
  return lastDay(Number(year), month === undefined ? 12 : Number(month));
}
