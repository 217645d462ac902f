// Whole-process figures: the CLI's cold start to an answer, `node -e 0` alongside it, and the batch mode's
// cost per question (questions piped into `ask --json`).
import { spawnSync } from 'node:child_process';
import { median, msSince } from './stats.js';

export interface RunTimes {
  median: number;
  min: number;
  samples: number[];
}

export interface ProcessFigures {
  command: string;
  question: string;
  /** `node -e 0`, measured in the same loop as the CLI (one of each per round). */
  nodeBare: RunTimes;
  /** `node dist/src/cli.js ask --json "<question>"`, spawn to exit. */
  coldStart: RunTimes;
  /** coldStart.median / nodeBare.median. */
  ratio: number;
  batch: {
    questions: number;
    /** Median total time of the runs, spawn to exit. */
    totalMs: number;
    runs: number[];
    /** (total − cold start median) / questions. */
    perQuestionMs: number;
  };
}

function runTimes(samples: number[]): RunTimes {
  return { median: median(samples), min: Math.min(...samples), samples };
}

/** Spawns `node <args>` and returns how long it took, failing loudly when the command fails. */
function spawnTimed(args: readonly string[], cwd: string, input?: string): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  const ms = msSince(start);
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr.slice(0, 500)}`);
  return { ms, stdout: result.stdout };
}

/**
 * Times `runs` cold starts of the CLI and as many `node -e 0`, interleaved, after one unmeasured run of each
 * (which warms the OS file cache and writes the CLI's corpus snapshot); then pipes `batch` questions into
 * `ask --json` three times.
 */
export function measureProcess(
  cli: string,
  cwd: string,
  question: string,
  batch: readonly string[],
  runs = 7,
): ProcessFigures {
  const askArgs = [cli, 'ask', '--json', question];
  spawnTimed(['-e', '0'], cwd);
  const first = spawnTimed(askArgs, cwd);
  JSON.parse(first.stdout);
  const bare: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(spawnTimed(['-e', '0'], cwd).ms);
    cold.push(spawnTimed(askArgs, cwd).ms);
  }
  const nodeBare = runTimes(bare);
  const coldStart = runTimes(cold);

  const input = `${batch.join('\n')}\n`;
  const batchRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { ms, stdout } = spawnTimed([cli, 'ask', '--json'], cwd, input);
    const lines = stdout.split('\n').filter((line) => line.trim() !== '').length;
    if (lines !== batch.length) throw new Error(`batch: ${batch.length} questions in, ${lines} answers out`);
    batchRuns.push(ms);
  }
  const totalMs = median(batchRuns);
  return {
    command: `node dist/src/cli.js ask --json "${question}"`,
    question,
    nodeBare,
    coldStart,
    ratio: coldStart.median / nodeBare.median,
    batch: {
      questions: batch.length,
      totalMs,
      runs: batchRuns,
      perQuestionMs: batch.length === 0 ? Number.NaN : (totalMs - coldStart.median) / batch.length,
    },
  };
}
