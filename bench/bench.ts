// `npm run bench`: index build, ask() latency, heap and cold start on the real corpus and on seeded synthetic
// corpora of 1k, 10k and 100k facts, against a plain MiniSearch baseline. A script, not a test.
//
//   npm run bench                              all sizes, markdown tables on stdout
//   npm run bench -- --sizes 1000,10000        only these synthetic sizes (the real corpus always runs)
//   npm run bench -- --questions 500 --json    500 generated questions per corpus, one JSON document
//   npm run bench -- --budget 0                time every question, however long it takes
//
// The engine is timed alone, then in turns with the baseline on the same questions (for the p50 ratio). The
// engine's loop stops after --budget seconds (default 45): on a slow corpus only the questions asked by then
// are timed, and the paired loop runs on the same ones.
// Progress goes to stderr, so stdout holds only the report.

import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parse as parseYaml } from 'yaml';
import { evalFileSchema, runEval } from '../src/eval/run-eval.js';
import { type Corpus, defaultCorpusDir, formatProblem, loadCorpus } from '../src/index.js';
import { type HostileFigures, measureHostile } from './hostile.js';
import { type CorpusFigures, measureCorpus } from './measure.js';
import { measureProcess, type ProcessFigures } from './process.js';
import { generateQuestions, type Question } from './questions.js';
import { type BenchReport, checkTargets, type GoldenFigures, toMarkdown } from './report.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const USAGE =
  'usage: node dist/bench/bench.js [--sizes 1000,10000,100000] [--questions 1000] [--budget 45] [--seed 1] [--json]';

interface Options {
  sizes: number[];
  questions: number;
  /** Seconds per timing loop; Infinity for none. */
  budget: number;
  seed: number;
  json: boolean;
}

function parseCount(value: string, what: string): number {
  const match = /^(\d+(?:\.\d+)?)(k)?$/i.exec(value.trim());
  const n = match ? Math.round(Number(match[1]) * (match[2] ? 1000 : 1)) : Number.NaN;
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${what}: expected a positive number, got "${value}"`);
  return n;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      questions: { type: 'string' },
      budget: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes =
    values.sizes === undefined
      ? [1000, 10000, 100000]
      : values.sizes
          .split(',')
          .filter((s) => s.trim() !== '')
          .map((s) => parseCount(s, '--sizes'));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    questions: values.questions === undefined ? 1000 : parseCount(values.questions, '--questions'),
    budget:
      values.budget === undefined
        ? 45
        : values.budget.trim() === '0'
          ? Number.POSITIVE_INFINITY
          : parseCount(values.budget, '--budget'),
    seed: values.seed === undefined ? 1 : parseCount(values.seed, '--seed'),
    json: values.json === true,
  };
}

/** A full GC: `--expose-gc` set at run time, `gc` taken from a fresh context, so `npm run bench` needs no flag. */
function exposeGc(): { gc: () => void; exposed: boolean } {
  v8.setFlagsFromString('--expose-gc');
  const gc: unknown = vm.runInNewContext('gc');
  if (typeof gc !== 'function') return { gc: () => {}, exposed: false };
  return {
    gc: () => {
      gc();
      gc();
    },
    exposed: true,
  };
}

function sizeName(facts: number): string {
  return facts % 1000 === 0 ? `${facts / 1000}k` : String(facts);
}

/** Rounds of questions per corpus: more on small corpora, where one pass is quick and noisy. */
function roundsFor(facts: number): number {
  return facts < 1000 ? 5 : facts <= 1000 ? 3 : 1;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const { gc, exposed } = exposeGc();
  if (!exposed) log('could not expose gc: heap figures are not measured');

  const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
  const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');
  const goldenFile = path.join(repoRoot, 'test', 'golden', 'golden.yaml');

  const loaded = await loadCorpus(defaultCorpusDir);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    throw new Error(`the corpus in ${defaultCorpusDir} does not load`);
  }
  const real = loaded.corpus;
  const golden = evalFileSchema.parse(parseYaml(await readFile(goldenFile, 'utf8'))).cases;

  // The real corpus: the golden questions plus generated ones; the golden set is also scored.
  const goldenQuestions: Question[] = golden.map((c) => ({
    text: c.q,
    kind: 'golden',
    lang: c.tier === 'fr' ? 'fr' : 'en',
    typo: false,
  }));
  const realQuestions = [...goldenQuestions, ...generateQuestions(real, options.questions, options.seed)];
  let goldenFigures: GoldenFigures | undefined;
  let hostile: HostileFigures[] = [];
  const corpora: CorpusFigures[] = [];
  const measure = (name: string, corpus: Corpus, questions: readonly Question[]) => {
    log(`${name}: ${corpus.deals.length} deals, ${corpus.factCount} facts, ${questions.length} questions`);
    corpora.push(
      measureCorpus(corpus, questions, {
        name,
        rounds: roundsFor(corpus.factCount),
        budgetMs: options.budget * 1000,
        // Builds are short and noisy on a shared machine: the median of more of them is steadier.
        builds: corpus.factCount <= 1000 ? 9 : corpus.factCount <= 10000 ? 5 : 1,
        // Small corpora build in tens of ms, while the code's compiled tiers are still warming up (the first
        // builds take 2–3× the later ones): those builds are run, shown (the first), not in the median.
        warmUpBuilds: corpus.factCount <= 1000 ? 3 : 0,
        gc,
        gcExposed: exposed,
        log,
        ...(name === 'real'
          ? {
              withEngine: (engine) => {
                log('real: hostile input');
                hostile = measureHostile(
                  engine,
                  golden.map((c) => c.q),
                  options.seed,
                );
                const report = runEval(engine, golden);
                goldenFigures = {
                  file: path.relative(repoRoot, goldenFile),
                  answerable: report.answerable,
                  abstain: report.abstain,
                  passed: report.passed,
                  total: report.total,
                };
              },
            }
          : {}),
      }),
    );
  };
  measure('real', real, realQuestions);

  for (const size of options.sizes) {
    const generated = process.hrtime.bigint();
    let corpus: Corpus | undefined = syntheticCorpus(real, size, options.seed);
    const questions = generateQuestions(corpus, options.questions, options.seed);
    log(
      `${sizeName(size)}: generated in ${(Number(process.hrtime.bigint() - generated) / 1e6).toFixed(0)} ms`,
    );
    measure(sizeName(size), corpus, questions);
    corpus = undefined;
    gc();
  }

  // Whole process: cold start of the CLI next to a bare node, then the batch mode.
  log('whole process: cold starts and batch');
  const firstGolden = golden.find((c) => !c.abstain);
  const step = Math.max(1, realQuestions.length / 500);
  const batch: string[] = [];
  for (let i = 0; batch.length < 500 && Math.floor(i) < realQuestions.length; i += step)
    batch.push((realQuestions[Math.floor(i)] as Question).text);
  const processFigures: ProcessFigures = measureProcess(
    cli,
    repoRoot,
    firstGolden?.q ?? 'What is Bleu?',
    batch,
  );

  const cpus = os.cpus();
  const report: BenchReport = {
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
      cores: cpus.length,
      memoryGb: os.totalmem() / 1024 ** 3,
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      load: [loadAtStart, os.loadavg()[0] ?? 0],
    },
    date: new Date().toISOString().slice(0, 10),
    seed: options.seed,
    questionsPerCorpus: options.questions,
    budgetSeconds: options.budget,
    gcExposed: exposed,
    corpora,
    golden: goldenFigures,
    hostile,
    process: processFigures,
    targets: checkTargets(corpora, processFigures, hostile),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
  for (const c of corpora)
    for (const s of c.slowest.slice(0, 3))
      log(`${c.name}: slow: ${s.ms.toFixed(2)} ms [${s.group}] ${s.question}`);
  console.log(options.json ? JSON.stringify(report, null, 2) : toMarkdown(report));
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(1);
});
