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
  /** Median of the timed builds; `runs` lists every build, the first `warmUp` of them untimed in the median. */
  build: { medianMs: number; runs: number[]; warmUp: number };
  /** Heap used (MB) after a forced GC: before the build (corpus and questions only) and with the engine. */
  heap: { beforeMb: number; afterMb: number; engineMb: number; measured: boolean };
  ask: Latency;
  byGroup: Record<string, GroupFigures>;
  slowest: Array<{ ms: number; group: string; question: string }>;
  outcomes: Outcomes;
  baseline: {
    build: { medianMs: number; runs: number[]; warmUp: number };
    heapMb: number;
    search: Latency;
    rounds: number;
    /** Share of clean on-topic questions whose best hit is a fact of the right deal. */
    rightDeal: number;
    offTopicNoHit: number;
  };
  /** ask() p50 when timed in turns with the baseline (the ratio's numerator). */
  askInTurnsP50: number;
  /** ask p50 / baseline search p50, both timed in turns on the same questions. */
  p50Ratio: number;
}

export interface MeasureOptions {
  name: string;
  /** How many times each question is asked after the warm-up. */
  rounds: number;
  /** Milliseconds of timing allowed for the engine alone (Infinity: no limit); the paired loop has none. */
  budgetMs: number;
  /** How many times the index is built after the warm-up builds (the median is reported). */
  builds: number;
  /** Builds first, left out of the median (the code's compiled tiers are still warming up). */
  warmUpBuilds: number;
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

/** Longest warm-up of each side: every question once, unless that takes longer. */
const WARM_UP_MS = 3000;

/** Asks every question once, or as many as fit in WARM_UP_MS. */
function warmUp(questions: readonly Question[], run: (text: string) => unknown): void {
  const start = process.hrtime.bigint();
  for (const question of questions) {
    if (msSince(start) > WARM_UP_MS) break;
    run(question.text);
  }
}

/**
 * Times each question with each of `runs` in turn (which goes first alternates from question to question),
 * after warming each up (see {@link warmUp}). With two runs, a busy spell of the shared machine slows both alike and the ratio
 * of their latencies holds. `rounds` times within a budget: when the budget runs out during the first round,
 * only the questions asked so far are kept (the list is shuffled, so they are a random sample); later rounds
 * run only while budget is left. Returns, per run, the samples (ms) of each timed question.
 */
function timeInTurns(
  questions: readonly Question[],
  rounds: number,
  budgetMs: number,
  runs: ReadonlyArray<(text: string) => unknown>,
  onFirst: (question: Question, results: unknown[]) => void,
): number[][][] {
  for (const run of runs) warmUp(questions, run);
  const start = process.hrtime.bigint();
  const samples: number[][][] = runs.map(() => []);
  const timedCount = () => samples[0]?.length ?? 0;
  for (let round = 0; round < rounds; round++) {
    if (round > 0 && msSince(start) > budgetMs) break;
    for (let i = 0; i < questions.length; i++) {
      if (round === 0 && msSince(start) > budgetMs) break;
      if (round > 0 && i >= timedCount()) break;
      const question = questions[i] as Question;
      const results: unknown[] = [];
      // Which run goes first alternates from question to question (and round to round).
      const forward = (round + i) % 2 === 0;
      for (let k = 0; k < runs.length; k++) {
        const r = forward ? k : runs.length - 1 - k;
        const { value, ms } = timed(() => (runs[r] as (text: string) => unknown)(question.text));
        results[r] = value;
        const perQuestion = samples[r] as number[][];
        if (round === 0) perQuestion.push([ms]);
        else (perQuestion[i] as number[]).push(ms);
      }
      if (round === 0) onFirst(question, results);
    }
  }
  return samples;
}

function citesDeal(answer: Answer, dealId: string): boolean {
  return answer.kind === 'answered' && answer.deals.some((deal) => deal.id === dealId);
}

/** Builds `builds` times (the last one is kept): the build times and the heap used by what was built. */
function buildTimed<T>(
  builds: number,
  build: () => T,
  gc: () => void,
): { value: T; times: number[]; beforeMb: number; afterMb: number } {
  const beforeMb = heapMb(gc);
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < builds; i++) {
    value = undefined;
    if (i > 0) gc();
    const built = timed(build);
    value = built.value;
    times.push(built.ms);
  }
  if (value === undefined) throw new Error('nothing built');
  return { value, times, beforeMb, afterMb: heapMb(gc) };
}

interface Counts {
  outcomes: Outcomes;
  /** Clean on-topic questions whose best baseline hit is a fact of the right deal. */
  baselineRight: number;
  /** Off-topic questions the baseline found nothing for. */
  baselineOffTopicNoHit: number;
}

/** What the engine's first answer to a question says: right deal cited, abstained when off-topic. */
function countEngineOutcome(outcomes: Outcomes, question: Question, answer: Answer): void {
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
}

/** What the baseline's best hit says: a fact of the right deal, nothing found when off-topic. */
function countBaselineOutcome(
  counts: Counts,
  question: Question,
  hit: number | undefined,
  baseline: Baseline,
): void {
  if (question.kind === 'off-topic' && hit === undefined) counts.baselineOffTopicNoHit++;
  if (question.kind === 'golden' || question.kind === 'off-topic' || question.typo) return;
  if (hit !== undefined && question.dealId !== undefined && baseline.dealOf(hit) === question.dealId)
    counts.baselineRight++;
}

export function measureCorpus(
  corpus: Corpus,
  questions: readonly Question[],
  opts: MeasureOptions,
): CorpusFigures {
  const { gc, log } = opts;
  const built = buildTimed(opts.warmUpBuilds + opts.builds, () => createEngine(corpus), gc);
  log(`${opts.name}: engine built in ${built.times.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  const counts: Counts = {
    outcomes: {
      onTopic: 0,
      answered: 0,
      rightDeal: 0,
      typo: 0,
      typoRightDeal: 0,
      offTopic: 0,
      offTopicAbstained: 0,
    },
    baselineRight: 0,
    baselineOffTopicNoHit: 0,
  };
  const engine = built.value;
  // The engine's own latency: timed alone, as it runs in the bot.
  const [alone = []] = timeInTurns(
    questions,
    opts.rounds,
    opts.budgetMs,
    [(text) => engine.ask(text)],
    (question, [answer]) => countEngineOutcome(counts.outcomes, question, answer as Answer),
  );
  const timedQuestions = questions.slice(0, alone.length);
  log(
    `${opts.name}: ${timedQuestions.length}/${questions.length} questions asked ${alone[0]?.length ?? 0}× ` +
      `(p50 ${median(alone.flat()).toFixed(3)} ms)`,
  );
  opts.withEngine?.(engine);

  // The baseline, built with the engine alive (its heap is what its build adds), then timed in turns with the
  // engine on the same questions: the p50 ratio is taken from these paired timings.
  const base = buildTimed(opts.warmUpBuilds + opts.builds, () => buildBaseline(corpus), gc);
  log(`${opts.name}: baseline built in ${median(base.times).toFixed(1)} ms`);
  const [inTurns = [], baselineSamples = []] = timeInTurns(
    timedQuestions,
    opts.rounds,
    Number.POSITIVE_INFINITY,
    [(text) => engine.ask(text), (text) => base.value.search(text)],
    (question, [, hit]) => countBaselineOutcome(counts, question, hit as number | undefined, base.value),
  );
  log(
    `${opts.name}: in turns with the baseline, p50 ${median(inTurns.flat()).toFixed(3)} ms vs ` +
      `${median(baselineSamples.flat()).toFixed(3)} ms`,
  );
  gc();

  // Where the time goes: per group of questions, and who the slowest 1% are (by each question's median).
  const perQuestion = alone.map((times) => median(times));
  const order = perQuestion.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms);
  const slowCount = Math.max(1, Math.ceil(timedQuestions.length / 100));
  const slowSet = new Set(order.slice(0, slowCount).map((entry) => entry.i));
  const groups = new Map<string, { samples: number[]; questions: number; inSlowest: number }>();
  timedQuestions.forEach((question, i) => {
    const key = groupOf(question);
    const group = groups.get(key) ?? { samples: [], questions: 0, inSlowest: 0 };
    groups.set(key, group);
    group.questions++;
    group.samples.push(...(alone[i] as number[]));
    if (slowSet.has(i)) group.inSlowest++;
  });
  const byGroup: Record<string, GroupFigures> = {};
  for (const [key, group] of groups)
    byGroup[key] = { ...latency(group.samples), questions: group.questions, inSlowest: group.inSlowest };
  const slowest = order.slice(0, 5).map(({ ms, i }) => {
    const question = questions[i] as Question;
    return { ms, group: groupOf(question), question: question.text };
  });

  const ask = latency(alone.flat());
  const search = latency(baselineSamples.flat());
  const askInTurns = latency(inTurns.flat());
  const { outcomes } = counts;
  return {
    name: opts.name,
    deals: corpus.deals.length,
    facts: corpus.factCount,
    questions: questions.length,
    timed: timedQuestions.length,
    rounds: alone[0]?.length ?? 0,
    build: {
      medianMs: median(built.times.slice(opts.warmUpBuilds)),
      runs: built.times,
      warmUp: opts.warmUpBuilds,
    },
    heap: {
      beforeMb: built.beforeMb,
      afterMb: built.afterMb,
      engineMb: built.afterMb - built.beforeMb,
      measured: opts.gcExposed,
    },
    ask,
    byGroup,
    slowest,
    outcomes,
    baseline: {
      build: {
        medianMs: median(base.times.slice(opts.warmUpBuilds)),
        runs: base.times,
        warmUp: opts.warmUpBuilds,
      },
      heapMb: base.afterMb - base.beforeMb,
      search,
      rounds: baselineSamples[0]?.length ?? 0,
      rightDeal: outcomes.onTopic === 0 ? Number.NaN : counts.baselineRight / outcomes.onTopic,
      offTopicNoHit: outcomes.offTopic === 0 ? Number.NaN : counts.baselineOffTopicNoHit / outcomes.offTopic,
    },
    askInTurnsP50: askInTurns.p50,
    p50Ratio: askInTurns.p50 / search.p50,
  };
}
