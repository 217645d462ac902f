// Measures one corpus: engine build time, heap, ask() latency, and the MiniSearch baseline on the same
// facts and questions.
import { type Answer, type Corpus, createEngine, type Engine } from '../src/index.js';
import { type Baseline, buildBaseline } from './baseline.js';
import { groupOf, type Question } from './questions.js';
import { type Latency, latency, median, msSince, timed } from './stats.js';

export interface GroupFigures extends Latency {
  /** Questions of the group. */
  questions: number;
  /** How many of the slowest 1% of questions (by median time) are of this group. */
  inSlowest: number;
}

export interface Outcomes {
  /** Clean on-topic questions (drawn from a deal, no typo). */
  onTopic: number;
  answered: number;
  /** Answered and citing the deal the question was drawn from. */
  rightDeal: number;
  typo: number;
  typoRightDeal: number;
  offTopic: number;
  offTopicAbstained: number;
}

export interface CorpusFigures {
  name: string;
  deals: number;
  facts: number;
  questions: number;
  /** Questions timed (all of them unless the time budget ran out); the baseline ran on the same ones. */
  timed: number;
  /** Each timed question was asked this many times after the warm-up. */
  rounds: number;
  build: { medianMs: number; runs: number[] };
  /** Heap used (MB) after a forced GC: before the build (corpus and questions only) and with the engine. */
  heap: { beforeMb: number; afterMb: number; engineMb: number; measured: boolean };
  ask: Latency;
  byGroup: Record<string, GroupFigures>;
  slowest: Array<{ ms: number; group: string; question: string }>;
  outcomes: Outcomes;
  baseline: {
    build: { medianMs: number; runs: number[] };
    heapMb: number;
    search: Latency;
    rounds: number;
    /** Share of clean on-topic questions whose best hit is a fact of the right deal. */
    rightDeal: number;
    offTopicNoHit: number;
  };
  /** ask p50 / baseline search p50. */
  p50Ratio: number;
}

export interface MeasureOptions {
  name: string;
  /** How many times each question is asked after the warm-up. */
  rounds: number;
  /** Milliseconds of timing allowed per engine or baseline run over the questions (Infinity: no limit). */
  budgetMs: number;
  /** How many times the index is built (the median is reported). */
  builds: number;
  /** Forces a full GC; a no-op when GC could not be exposed. */
  gc: () => void;
  gcExposed: boolean;
  log: (line: string) => void;
  /** Called with the engine after the timings (the golden set is run here). */
  withEngine?: (engine: Engine) => void;
}

const MB = 1024 * 1024;

function heapMb(gc: () => void): number {
  gc();
  return process.memoryUsage().heapUsed / MB;
}

/**
 * Times questions one by one after a short warm-up, `rounds` times, within a budget: when the budget runs out
 * during the first round, only the questions asked so far are kept (the list is shuffled, so they are a random
 * sample); later rounds run only while budget is left. Returns the samples of each timed question.
 */
function timeQuestions<T>(
  questions: readonly Question[],
  rounds: number,
  budgetMs: number,
  run: (text: string) => T,
  onFirst: (question: Question, result: T) => void,
): number[][] {
  const warmUpStart = process.hrtime.bigint();
  for (let i = 0; i < Math.min(questions.length, 300) && msSince(warmUpStart) < 2000; i++)
    run((questions[i] as Question).text);
  const start = process.hrtime.bigint();
  const samples: number[][] = [];
  for (let round = 0; round < rounds; round++) {
    if (round > 0 && msSince(start) > budgetMs) break;
    for (let i = 0; i < questions.length; i++) {
      if (round === 0 && msSince(start) > budgetMs) break;
      if (round > 0 && i >= samples.length) break;
      const question = questions[i] as Question;
      const t0 = process.hrtime.bigint();
      const result = run(question.text);
      const ms = msSince(t0);
      if (round === 0) {
        samples.push([ms]);
        onFirst(question, result);
      } else (samples[i] as number[]).push(ms);
    }
  }
  return samples;
}

function citesDeal(answer: Answer, dealId: string): boolean {
  return answer.kind === 'answered' && answer.deals.some((deal) => deal.id === dealId);
}

interface EngineRun {
  build: number[];
  beforeMb: number;
  afterMb: number;
  samples: number[][];
  outcomes: Outcomes;
}

/** Builds the engine `builds` times, then times ask() on every question; the engine is dropped on return. */
function runEngine(corpus: Corpus, questions: readonly Question[], opts: MeasureOptions): EngineRun {
  const { gc, log } = opts;
  const beforeMb = heapMb(gc);
  const build: number[] = [];
  let engine: Engine | undefined;
  for (let i = 0; i < opts.builds; i++) {
    engine = undefined;
    if (i > 0) gc();
    const built = timed(() => createEngine(corpus));
    engine = built.value;
    build.push(built.ms);
    log(`${opts.name}: engine built in ${built.ms.toFixed(1)} ms`);
  }
  if (!engine) throw new Error('no engine built');
  const live = engine;
  const afterMb = heapMb(gc);

  const outcomes: Outcomes = {
    onTopic: 0,
    answered: 0,
    rightDeal: 0,
    typo: 0,
    typoRightDeal: 0,
    offTopic: 0,
    offTopicAbstained: 0,
  };
  const samples = timeQuestions(
    questions,
    opts.rounds,
    opts.budgetMs,
    (text) => live.ask(text),
    (question, answer) => {
      if (question.kind === 'golden') return;
      if (question.kind === 'off-topic') {
        outcomes.offTopic++;
        if (answer.kind === 'no-answer') outcomes.offTopicAbstained++;
      } else if (question.typo) {
        outcomes.typo++;
        if (question.dealId !== undefined && citesDeal(answer, question.dealId)) outcomes.typoRightDeal++;
      } else {
        outcomes.onTopic++;
        if (answer.kind === 'answered') outcomes.answered++;
        if (question.dealId !== undefined && citesDeal(answer, question.dealId)) outcomes.rightDeal++;
      }
    },
  );
  log(
    `${opts.name}: ${samples.length}/${questions.length} questions asked ${samples[0]?.length ?? 0}× (p50 ${median(samples.flat()).toFixed(3)} ms)`,
  );
  opts.withEngine?.(live);
  return { build, beforeMb, afterMb, samples, outcomes };
}

interface BaselineRun {
  build: number[];
  heapMb: number;
  samples: number[][];
  right: number;
  offTopicNoHit: number;
}

/** Builds the MiniSearch baseline and times its search on every question; dropped on return. */
function runBaseline(corpus: Corpus, questions: readonly Question[], opts: MeasureOptions): BaselineRun {
  const { gc, log } = opts;
  const beforeMb = heapMb(gc);
  const build: number[] = [];
  let baseline: Baseline | undefined;
  for (let i = 0; i < opts.builds; i++) {
    baseline = undefined;
    if (i > 0) gc();
    const built = timed(() => buildBaseline(corpus));
    baseline = built.value;
    build.push(built.ms);
  }
  if (!baseline) throw new Error('no baseline built');
  log(`${opts.name}: baseline built in ${median(build).toFixed(1)} ms`);
  const heap = heapMb(gc) - beforeMb;
  const base = baseline;
  let right = 0;
  let offTopicNoHit = 0;
  const samples = timeQuestions(
    questions,
    opts.rounds,
    opts.budgetMs,
    (text) => base.search(text),
    (question, hit) => {
      if (question.kind === 'off-topic' && hit === undefined) offTopicNoHit++;
      if (question.kind === 'golden' || question.kind === 'off-topic' || question.typo) return;
      if (hit !== undefined && question.dealId !== undefined && base.dealOf(hit) === question.dealId) right++;
    },
  );
  log(`${opts.name}: baseline searched (p50 ${median(samples.flat()).toFixed(3)} ms)`);
  return { build, heapMb: heap, samples, right, offTopicNoHit };
}

export function measureCorpus(
  corpus: Corpus,
  questions: readonly Question[],
  opts: MeasureOptions,
): CorpusFigures {
  const engine = runEngine(corpus, questions, opts);
  opts.gc();
  // The baseline gets exactly the questions the engine was timed on, and no budget cut of its own.
  const timedQuestions = questions.slice(0, engine.samples.length);
  const baseline = runBaseline(corpus, timedQuestions, { ...opts, budgetMs: Number.POSITIVE_INFINITY });
  opts.gc();

  // Where the time goes: per group of questions, and who the slowest 1% are (by each question's median).
  const perQuestion = engine.samples.map((samples) => median(samples));
  const order = perQuestion.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms);
  const slowCount = Math.max(1, Math.ceil(timedQuestions.length / 100));
  const slowSet = new Set(order.slice(0, slowCount).map((entry) => entry.i));
  const groups = new Map<string, { samples: number[]; questions: number; inSlowest: number }>();
  timedQuestions.forEach((question, i) => {
    const key = groupOf(question);
    const group = groups.get(key) ?? { samples: [], questions: 0, inSlowest: 0 };
    groups.set(key, group);
    group.questions++;
    group.samples.push(...(engine.samples[i] as number[]));
    if (slowSet.has(i)) group.inSlowest++;
  });
  const byGroup: Record<string, GroupFigures> = {};
  for (const [key, group] of groups)
    byGroup[key] = { ...latency(group.samples), questions: group.questions, inSlowest: group.inSlowest };
  const slowest = order.slice(0, 5).map(({ ms, i }) => {
    const question = questions[i] as Question;
    return { ms, group: groupOf(question), question: question.text };
  });

  const ask = latency(engine.samples.flat());
  const search = latency(baseline.samples.flat());
  const { outcomes } = engine;
  return {
    name: opts.name,
    deals: corpus.deals.length,
    facts: corpus.factCount,
    questions: questions.length,
    timed: timedQuestions.length,
    rounds: engine.samples[0]?.length ?? 0,
    build: { medianMs: median(engine.build), runs: engine.build },
    heap: {
      beforeMb: engine.beforeMb,
      afterMb: engine.afterMb,
      engineMb: engine.afterMb - engine.beforeMb,
      measured: opts.gcExposed,
    },
    ask,
    byGroup,
    slowest,
    outcomes,
    baseline: {
      build: { medianMs: median(baseline.build), runs: baseline.build },
      heapMb: baseline.heapMb,
      search,
      rounds: baseline.samples[0]?.length ?? 0,
      rightDeal: outcomes.onTopic === 0 ? Number.NaN : baseline.right / outcomes.onTopic,
      offTopicNoHit: outcomes.offTopic === 0 ? Number.NaN : baseline.offTopicNoHit / outcomes.offTopic,
    },
    p50Ratio: ask.p50 / search.p50,
  };
}
