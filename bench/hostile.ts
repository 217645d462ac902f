// Hostile input on the real corpus: the slowest ask() over questions drawn from the same arbitraries as the
// property tests (arbitrary Unicode, markup and odd characters in real questions, 100 kB questions). The
// tests check that every answer is valid and harmless; this measures how long the worst one takes.
import fc from 'fast-check';
import type { Engine } from '../src/index.js';
import { hostileQuestion, hugeQuestion, unicodeText } from '../support/hostile-questions.js';
import { msSince } from './stats.js';

export interface HostileFigures {
  kind: string;
  questions: number;
  p99Ms: number;
  maxMs: number;
  /** The slowest question, cut to 80 characters. */
  slowest: string;
}

/** The budget for one ask() on any input (issue #8), checked by the benchmark rather than by a test. */
export const hostileBudgetMs = 20;

/** Times each sampled question once, after one untimed pass over `realQuestions`. */
export function measureHostile(
  engine: Engine,
  realQuestions: readonly string[],
  seed: number,
): HostileFigures[] {
  for (const question of realQuestions) engine.ask(question);
  const kinds: Array<[string, fc.Arbitrary<string>, number]> = [
    ['arbitrary Unicode', unicodeText, 1000],
    ['markup in real questions', hostileQuestion(realQuestions), 1000],
    ['100 kB questions', hugeQuestion(realQuestions), 100],
  ];
  return kinds.map(([kind, arbitrary, numRuns]) => {
    const times: Array<{ ms: number; question: string }> = [];
    for (const question of fc.sample(arbitrary, { numRuns, seed })) {
      const start = process.hrtime.bigint();
      engine.ask(question);
      times.push({ ms: msSince(start), question });
    }
    times.sort((a, b) => a.ms - b.ms);
    const p99 = times[Math.min(times.length - 1, Math.ceil(0.99 * times.length) - 1)];
    const max = times[times.length - 1];
    return {
      kind,
      questions: times.length,
      p99Ms: p99?.ms ?? 0,
      maxMs: max?.ms ?? 0,
      // Escaped, so that it prints on one line, and its pipes do not break a markdown table.
      slowest: JSON.stringify((max?.question ?? '').slice(0, 80)).replaceAll('|', '\\|'),
    };
  });
}
