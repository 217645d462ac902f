import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Engine } from '../../src/engine/create-engine.js';
import { type EvalResult, evalFileSchema, runEval } from '../../src/eval/run-eval.js';
import { engineOn } from './helpers.js';

// The golden set is the regression check of the corpus and the engine: every case must pass except
// those listed in known-failures.yaml (with the reason each still fails). A corpus edit that breaks an
// answer fails here with the question, the expected deal and what came back.
const load = (file: string) => evalFileSchema.parse(parse(readFileSync(file, 'utf8'))).cases;
// Questions on each corpus wave live in their own files beside the two main ones: `*-holdout.yaml` files
// join the held-out set, the others the golden set.
const waveFiles = (holdout: boolean) =>
  readdirSync('test/golden/wave3')
    .filter((name) => name.endsWith('.yaml') && name.endsWith('-holdout.yaml') === holdout)
    .map((name) => `test/golden/wave3/${name}`);
const loadAll = (files: string[]) => files.flatMap(load);
const knownFailures = new Set<string>(
  (parse(readFileSync('test/golden/known-failures.yaml', 'utf8')) as { questions: string[] }).questions,
);

function describeFailure(result: EvalResult): string {
  const got =
    result.answer.kind === 'answered'
      ? `${result.answer.deals.map((d) => d.id).join(', ')}: ${result.answer.statements
          .map((s) => s.text)
          .join(' ')
          .slice(0, 200)}`
      : `no-answer (${result.answer.reason})`;
  return `[${result.case.tier}] ${result.case.q}\n    expected: ${result.case.abstain ? 'no answer' : [result.case.deal].flat().join(' or ')}\n    ${result.failure}\n    got: ${got}`;
}

let engine: Engine;
beforeAll(async () => {
  engine = await engineOn();
});

describe.each([
  ['golden', ['test/golden/golden.yaml', ...waveFiles(false)], 0.9],
  ['held-out', ['test/golden/holdout.yaml', ...waveFiles(true)], 0.85],
])('%s questions', (name, files, minAnswerable) => {
  it('every case passes, except the known failures', () => {
    const report = runEval(engine, loadAll(files));
    const regressions = report.results.filter((r) => !r.ok && !knownFailures.has(r.case.q));
    expect(regressions.map(describeFailure), `${name}: answers that broke`).toEqual([]);
  });

  it(`keeps accuracy: answerable ≥ ${minAnswerable * 100}%, must-abstain ≥ 95%`, () => {
    const report = runEval(engine, loadAll(files));
    expect(report.answerable.passed / report.answerable.total).toBeGreaterThanOrEqual(minAnswerable);
    expect(report.abstain.passed / report.abstain.total).toBeGreaterThanOrEqual(0.95);
  });
});
