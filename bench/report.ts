// The benchmark's report: targets checked against the figures, and the markdown tables (for docs/performance.md).
import { type HostileFigures, hostileBudgetMs } from './hostile.js';
import type { CorpusFigures } from './measure.js';
import type { ProcessFigures } from './process.js';
import { fmt, pct } from './stats.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  /** One-minute load average at the start and at the end of the run: other work on the machine skews figures. */
  load: [number, number];
}

export interface GoldenFigures {
  file: string;
  answerable: { passed: number; total: number };
  abstain: { passed: number; total: number };
  passed: number;
  total: number;
}

export interface Target {
  label: string;
  measured: string;
  /** undefined when the figure was not measured in this run, or is shown for scale and is no target. */
  ok: boolean | undefined;
}

export interface BenchReport {
  machine: Machine;
  date: string;
  seed: number;
  questionsPerCorpus: number;
  /** Seconds per timing loop (Infinity: none). */
  budgetSeconds: number;
  gcExposed: boolean;
  corpora: CorpusFigures[];
  golden: GoldenFigures | undefined;
  /** The slowest ask() on hostile input (real corpus), by kind of input. */
  hostile: HostileFigures[];
  process: ProcessFigures | undefined;
  targets: Target[];
  seconds: number;
}

/** The issue's targets, each with the figure it is checked against. */
export function checkTargets(
  corpora: readonly CorpusFigures[],
  process: ProcessFigures | undefined,
  hostile: readonly HostileFigures[] = [],
): Target[] {
  const byName = new Map(corpora.map((c) => [c.name, c]));
  const targets: Target[] = [];
  const add = (
    corpus: string,
    label: string,
    value: (c: CorpusFigures) => number,
    limit: number,
    unit: string,
  ) => {
    const c = byName.get(corpus);
    const v = c === undefined ? undefined : value(c);
    targets.push({
      label: `${corpus}: ${label} ≤ ${limit} ${unit}`,
      measured: v === undefined ? 'not run' : `${fmt(v)} ${unit}`,
      ok: v === undefined ? undefined : v <= limit,
    });
  };
  add('real', 'index build', (c) => c.build.medianMs, 50, 'ms');
  add('real', 'ask p50', (c) => c.ask.p50, 0.3, 'ms');
  add('real', 'ask p99', (c) => c.ask.p99, 2, 'ms');
  add('10k', 'ask p50', (c) => c.ask.p50, 5, 'ms');
  add('10k', 'ask p99', (c) => c.ask.p99, 25, 'ms');
  add('100k', 'ask p99', (c) => c.ask.p99, 100, 'ms');
  add('100k', 'heap used after build', (c) => c.heap.afterMb, 300, 'MB');
  // For scale, not a target: the plain MiniSearch baseline's heap on the same corpus (English text only).
  const big = byName.get('100k');
  if (big?.heap.measured)
    targets.push({
      label: '100k: heap used with the plain MiniSearch baseline instead (for scale)',
      measured: `${fmt(big.heap.beforeMb + big.baseline.heapMb)} MB`,
      ok: undefined,
    });
  for (const c of corpora) {
    targets.push({
      label: `${c.name}: ask p50 ≤ MiniSearch baseline p50`,
      measured: `${fmt(c.askInTurnsP50)} vs ${fmt(c.baseline.search.p50)} ms (${fmt(c.p50Ratio)}×)`,
      ok: c.p50Ratio <= 1,
    });
  }
  if (hostile.length > 0) {
    const worst = Math.max(...hostile.map((h) => h.maxMs));
    targets.push({
      label: `real: slowest ask() on hostile input ≤ ${hostileBudgetMs} ms`,
      measured: `${fmt(worst)} ms`,
      ok: worst <= hostileBudgetMs,
    });
  }
  targets.push({
    label: 'cold start ≤ 6× `node -e 0`',
    measured:
      process === undefined
        ? 'not run'
        : `${fmt(process.coldStart.median)} vs ${fmt(process.nodeBare.median)} ms (${fmt(process.ratio)}×)`,
    ok: process === undefined ? undefined : process.ratio <= 6,
  });
  return targets;
}

function mark(ok: boolean | undefined): string {
  return ok === undefined ? '–' : ok ? '✓' : '✗';
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, right = true): string[] {
  const align = header.map((_, i) => (i === 0 || !right ? '---' : '---:'));
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

const GROUPS = ['value', 'date', 'who', 'what', 'fact', 'count', 'list', 'typo', 'off-topic', 'golden'];

/** The report as markdown: machine, main table, answers, golden set, process figures, p99 by kind, targets. */
export function toMarkdown(report: BenchReport): string {
  const { machine, corpora } = report;
  const lines: string[] = [];
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memoryGb)} GB RAM, Node ${machine.node} (${machine.platform}), ` +
      `load average ${machine.load[0].toFixed(2)} at start, ${machine.load[1].toFixed(2)} at end; ${report.date}, seed ${report.seed}, ` +
      `${report.questionsPerCorpus} generated questions per corpus, ${Math.round(report.seconds)} s in all.`,
    '',
  );
  lines.push(
    ...table(
      [
        'Corpus',
        'Deals',
        'Facts',
        'Build ms (first)',
        'Heap MB (index)',
        'ask p50 ms',
        'p95',
        'p99',
        'MiniSearch build ms',
        'MiniSearch heap MB',
        'search p50 ms',
        'p95',
        'p99',
        'ask p50 / search p50 (in turns)',
      ],
      corpora.map((c) => [
        c.name,
        String(c.deals),
        String(c.facts),
        c.build.runs.length > 1
          ? `${fmt(c.build.medianMs)} (${fmt(c.build.runs[0] ?? 0)})`
          : fmt(c.build.medianMs),
        c.heap.measured ? `${fmt(c.heap.afterMb)} (+${fmt(c.heap.engineMb)})` : 'n/a',
        fmt(c.ask.p50),
        fmt(c.ask.p95),
        fmt(c.ask.p99),
        fmt(c.baseline.build.medianMs),
        c.heap.measured ? `+${fmt(c.baseline.heapMb)}` : 'n/a',
        fmt(c.baseline.search.p50),
        fmt(c.baseline.search.p95),
        fmt(c.baseline.search.p99),
        `${fmt(c.p50Ratio)}×`,
      ]),
    ),
    '',
  );

  lines.push(
    ...table(
      [
        'Generated questions',
        'Questions timed × rounds',
        'answered (on-topic)',
        'right deal (on-topic)',
        'right deal (typo)',
        'abstained (off-topic)',
        'baseline best hit in right deal',
      ],
      corpora.map((c) => {
        const o = c.outcomes;
        return [
          c.name,
          `${c.timed === c.questions ? c.questions : `${c.timed} of ${c.questions}`} × ${c.rounds}`,
          pct(o.answered, o.onTopic),
          pct(o.rightDeal, o.onTopic),
          pct(o.typoRightDeal, o.typo),
          pct(o.offTopicAbstained, o.offTopic),
          Number.isNaN(c.baseline.rightDeal) ? 'n/a' : pct(c.baseline.rightDeal, 1),
        ];
      }),
    ),
    '',
  );

  if (report.golden) {
    const g = report.golden;
    lines.push(
      `Golden set (${g.file}, real corpus): answerable ${pct(g.answerable.passed, g.answerable.total)} ` +
        `(${g.answerable.passed}/${g.answerable.total}), abstain ${pct(g.abstain.passed, g.abstain.total)} ` +
        `(${g.abstain.passed}/${g.abstain.total}), overall ${pct(g.passed, g.total)}.`,
      '',
    );
  }

  if (report.hostile.length > 0) {
    lines.push(
      ...table(
        ['Hostile input (real corpus)', 'questions', 'ask p99 ms', 'max ms', 'slowest'],
        report.hostile.map((h) => [h.kind, String(h.questions), fmt(h.p99Ms), fmt(h.maxMs), h.slowest]),
      ),
      '',
    );
  }

  const p = report.process;
  if (p) {
    lines.push(
      ...table(
        ['Whole process', 'median ms', 'min ms', ''],
        [
          ['`node -e 0`', fmt(p.nodeBare.median), fmt(p.nodeBare.min), `${p.nodeBare.samples.length} runs`],
          [
            '`node dist/src/cli.js ask --json "…"` (cold start to answer)',
            fmt(p.coldStart.median),
            fmt(p.coldStart.min),
            `${fmt(p.ratio)}× \`node -e 0\``,
          ],
          [
            `batch: ${p.batch.questions} questions piped into \`ask --json\``,
            fmt(p.batch.totalMs),
            fmt(Math.min(...p.batch.runs)),
            `${fmt(p.batch.perQuestionMs)} ms per question`,
          ],
        ],
      ),
      '',
    );
  }

  const present = GROUPS.filter((g) => corpora.some((c) => c.byGroup[g]));
  lines.push(
    'ask p99 by kind of question, ms (in brackets: how many of the slowest 1% of questions are of that kind):',
    '',
    ...table(
      ['Corpus', ...present],
      corpora.map((c) => [
        c.name,
        ...present.map((g) => {
          const f = c.byGroup[g];
          return f === undefined ? '' : `${fmt(f.p99)} (${f.inSlowest})`;
        }),
      ]),
    ),
    '',
  );

  lines.push(
    ...table(
      ['Target', 'Measured', ''],
      report.targets.map((t) => [t.label, t.measured, mark(t.ok)]),
      false,
    ),
    '',
  );
  lines.push(
    'Build: `createEngine()` in one process, median of 9 runs after 3 warm-up builds up to 1k facts, of 5 up ' +
      'to 10k, 1 above: a rebuild, as when the corpus is reloaded (code compiled, word-stem caches warm); in ' +
      'brackets the first build of the process (code and caches cold). Latency: each question timed alone ' +
      '(`process.hrtime.bigint`) after a warm-up (every question once, or 3 s): the engine alone' +
      (Number.isFinite(report.budgetSeconds) ? ` (${report.budgetSeconds} s at most per corpus)` : '') +
      ', then the engine and the baseline in turns on the same questions (which goes first alternates from ' +
      'question to question), so the shared machine’s busy spells slow both alike; the p50 ratio and the baseline’s ' +
      'figures come from these paired timings' +
      '. Heap: `heapUsed` after a forced GC with ' +
      "the engine alive (in brackets: the engine’s share). Baseline: `new MiniSearch({ fields: ['text'] })`, " +
      '`addAll` of the facts’ English text, `search(question)` with default options. Synthetic corpora: ' +
      'real deals re-used with generated names (seeded); questions: English and French templates, ' +
      '10% with a typo, 10% off-topic.',
  );
  return lines.join('\n');
}
