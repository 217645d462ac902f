import { z } from 'zod';
import type { Answer } from '../engine/answer.js';
import type { Engine } from '../engine/create-engine.js';
import { fold } from '../engine/normalize.js';
import { renderAnswerText } from '../engine/render-text.js';

/**
 * One question of an evaluation file (the format of the public QA sample): an answerable case names
 * the deal(s) one of which must be cited, words that must all appear (`all`) and words one of which must
 * appear (`any`); a must-abstain case has `abstain: true`.
 */
export const evalCaseSchema = z.strictObject({
  q: z.string().min(1),
  deal: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  all: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  any: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  abstain: z.boolean().optional(),
  /** Every one of these deals must be cited (a list or comparison is complete). */
  deals: z.array(z.string()).min(1).optional(),
  /** With `deals`: no other deal may be cited (nothing fabricated). */
  exact: z.boolean().optional(),
  /** The shape the answer must have ('single', 'compare', 'list', 'timeline', 'correction'). */
  shape: z.enum(['single', 'compare', 'list', 'timeline', 'correction']).optional(),
  /**
   * A false premise: the answer must correct it (shape 'correction') or abstain; answering it as if
   * true fails. `deal`, `all` and `any` apply to the correction.
   */
  premise: z.literal('false').optional(),
  tier: z.string().default('default'),
  /** Why this fact must win (a comment kept with the case). */
  why: z.string().optional(),
});

export const evalFileSchema = z.object({ cases: z.array(evalCaseSchema).min(1) });

export type EvalCase = z.infer<typeof evalCaseSchema>;

export interface EvalResult {
  case: EvalCase;
  answer: Answer;
  ok: boolean;
  /** Why it failed, in one line. */
  failure?: string;
}

export interface EvalReport {
  results: EvalResult[];
  byTier: Record<string, { passed: number; total: number }>;
  answerable: { passed: number; total: number };
  abstain: { passed: number; total: number };
  passed: number;
  total: number;
}

/** Judges one answer against its case. */
export function judge(testCase: EvalCase, answer: Answer): EvalResult {
  if (testCase.abstain) {
    return answer.kind === 'no-answer'
      ? { case: testCase, answer, ok: true }
      : {
          case: testCase,
          answer,
          ok: false,
          failure: `expected no answer, got ${answer.deals.map((d) => d.id).join(', ')}`,
        };
  }
  if (testCase.premise === 'false') {
    if (answer.kind === 'no-answer') return { case: testCase, answer, ok: true };
    if (answer.shape !== 'correction')
      return {
        case: testCase,
        answer,
        ok: false,
        failure: `a false premise answered as if true (shape ${answer.shape}: ${answer.deals.map((d) => d.id).join(', ')})`,
      };
  }
  if (answer.kind === 'no-answer')
    return {
      case: testCase,
      answer,
      ok: false,
      failure: `expected an answer, got no-answer (${answer.reason})`,
    };
  const expected = [testCase.deal ?? []].flat();
  const cited = new Set(answer.citations.map((c) => c.dealId));
  if (expected.length > 0 && !expected.some((id) => cited.has(id))) {
    return {
      case: testCase,
      answer,
      ok: false,
      failure: `expected a citation of ${expected.join(' or ')}, got ${[...cited].join(', ')}`,
    };
  }
  if (testCase.shape !== undefined && answer.shape !== testCase.shape)
    return {
      case: testCase,
      answer,
      ok: false,
      failure: `expected shape ${testCase.shape}, got ${answer.shape}`,
    };
  const missingDeals = (testCase.deals ?? []).filter((id) => !cited.has(id));
  if (missingDeals.length > 0)
    return { case: testCase, answer, ok: false, failure: `answer does not cite ${missingDeals.join(', ')}` };
  if (testCase.exact && testCase.deals) {
    const extra = [...cited].filter((id) => !testCase.deals?.includes(id));
    if (extra.length > 0)
      return { case: testCase, answer, ok: false, failure: `answer also cites ${extra.join(', ')}` };
  }
  const text = fold(renderAnswerText(answer));
  const missing = (testCase.all ?? []).filter((word) => !text.includes(fold(word)));
  if (missing.length > 0)
    return {
      case: testCase,
      answer,
      ok: false,
      failure: `answer lacks ${missing.map((w) => `"${w}"`).join(', ')}`,
    };
  if (testCase.any && !testCase.any.some((word) => text.includes(fold(word)))) {
    return {
      case: testCase,
      answer,
      ok: false,
      failure: `answer has none of ${testCase.any.map((w) => `"${w}"`).join(', ')}`,
    };
  }
  return { case: testCase, answer, ok: true };
}

/** Asks every case and scores the answers, overall, by tier, and answerable vs must-abstain. */
export function runEval(engine: Engine, cases: readonly EvalCase[]): EvalReport {
  const results = cases.map((testCase) => judge(testCase, engine.ask(testCase.q)));
  const byTier: EvalReport['byTier'] = {};
  const answerable = { passed: 0, total: 0 };
  const abstain = { passed: 0, total: 0 };
  for (const result of results) {
    const tier = byTier[result.case.tier] ?? { passed: 0, total: 0 };
    byTier[result.case.tier] = tier;
    const group = result.case.abstain ? abstain : answerable;
    tier.total += 1;
    group.total += 1;
    if (result.ok) {
      tier.passed += 1;
      group.passed += 1;
    }
  }
  const passed = results.filter((r) => r.ok).length;
  return { results, byTier, answerable, abstain, passed, total: results.length };
}
