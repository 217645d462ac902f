// The stress run's report: one markdown table of the scenarios, one of memory, and a verdict for each.
import { flatHeapSlackBytes, isFlat, type MemoryFigures, mebibytes } from './memory.js';
import { ackTargetMs, passed, type ScenarioResult } from './scenarios.js';

export interface StressReport {
  ok: boolean;
  node: string;
  scenarios: Array<ScenarioResult & { passed: boolean }>;
  /** (e) The whole run: before (after warm-up), peak, after (collected), and whether the heap stayed flat. */
  memory: MemoryFigures & { flat: boolean; flatSlackBytes: number };
}

export function buildReport(results: readonly ScenarioResult[], memory: MemoryFigures): StressReport {
  const scenarios = results.map((result) => ({ ...result, passed: passed(result) }));
  const flat = isFlat(memory);
  return {
    ok: flat && scenarios.every((s) => s.passed),
    node: process.version,
    scenarios,
    memory: { ...memory, flat, flatSlackBytes: flatHeapSlackBytes },
  };
}

const verdict = (ok: boolean) => (ok ? 'PASS' : '**FAIL**');

export function formatReport(report: StressReport): string {
  const lines = [
    '| scenario | sent | acked ≤ 3 s | answered once | answered twice+ | lost | errors | ack p50 / p99 / max (ms) | answer p99 (ms) | peak RSS / heap (MB) | verdict |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const s of report.scenarios) {
    lines.push(
      `| ${s.title} | ${s.sent} | ${s.ackedInTime} | ${s.answeredOnce} | ${s.duplicated} | ${s.lost} | ${s.errors} | ${s.ackMs.p50} / ${s.ackMs.p99} / ${s.ackMs.max} | ${s.answerMs.p99} | ${mebibytes(s.memory.peak.rss)} / ${mebibytes(s.memory.peak.heapUsed)} | ${verdict(s.passed)} |`,
    );
  }
  const m = report.memory;
  const growth = m.after.heapUsed - m.before.heapUsed;
  lines.push(
    '',
    '| memory (whole run) | RSS (MB) | heap used (MB) |',
    '|---|---:|---:|',
    `| before (after warm-up, collected) | ${mebibytes(m.before.rss)} | ${mebibytes(m.before.heapUsed)} |`,
    `| peak | ${mebibytes(m.peak.rss)} | ${mebibytes(m.peak.heapUsed)} |`,
    `| after (collected) | ${mebibytes(m.after.rss)} | ${mebibytes(m.after.heapUsed)} |`,
    '',
    `Memory: heap after − before = ${growth < 0 ? '−' : '+'}${mebibytes(Math.abs(growth))} MB (flat means ≤ +${mebibytes(m.flatSlackBytes)} MB): ${verdict(m.flat)}`,
  );
  for (const s of report.scenarios) {
    const codes = Object.entries(s.logged);
    if (codes.length > 0) {
      lines.push(`${s.title}: logged ${codes.map(([code, n]) => `${code} ×${n}`).join(', ')}`);
    }
  }
  const alone = report.scenarios.filter((s) => s.id.endsWith('-alone'));
  if (alone.length > 0)
    lines.push(
      `Alone on loopback, acknowledged within ${ackTargetMs} ms (p99): ${verdict(
        alone.every((s) => s.ackMs.p99 <= ackTargetMs),
      )}`,
    );
  lines.push(`Overall: ${verdict(report.ok)} (Node ${report.node})`);
  return lines.join('\n');
}
