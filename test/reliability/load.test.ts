// The load scenarios of `npm run stress` at a size that runs in seconds: the real Bolt app (HTTP receiver)
// and the real discord.js client, both on one set of services, against lean fake platforms on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFlat, type MemoryFigures } from '../../bench/stress/memory.js';
import { buildReport, formatReport } from '../../bench/stress/report.js';
import { StressRig } from '../../bench/stress/rig.js';
import {
  ackLimitMs,
  discordAsks,
  discordAutocompletes,
  type ScenarioResult,
  slackCommands,
  slackMentions,
  warmUp,
} from '../../bench/stress/scenarios.js';

let rig: StressRig;

beforeAll(async () => {
  rig = await StressRig.start();
  await warmUp(rig);
});

afterAll(async () => {
  await rig?.close();
});

/** Every request acknowledged in time and answered exactly once; nothing lost, refused or logged as failed. */
function expectEveryOneAnsweredOnce(result: ScenarioResult): void {
  const n = result.sent;
  expect(result, result.title).toMatchObject({
    ackedInTime: n,
    answeredOnce: n,
    duplicated: 0,
    lost: 0,
    errors: 0,
  });
  expect(result.logged).toEqual({});
  expect(result.ackMs.max).toBeLessThanOrEqual(ackLimitMs);
}

async function noAnswersRecorded(platform: 'slack' | 'discord'): Promise<number> {
  const records = await rig.services.store.read();
  return records.filter((r) => r.platform === platform && r.kind === 'no-answer').length;
}

describe('Slack over HTTP under load', () => {
  it('acknowledges 300 signed app_mention events, 50 in flight, within 3 s, answers each once in its thread, and keeps the heap flat', async () => {
    const recordedBefore = await noAnswersRecorded('slack');
    const result = await slackMentions(rig, { count: 300, concurrency: 50 });
    expectEveryOneAnsweredOnce(result);
    // The questions include off-topic and unknown ones: their no-answers were recorded too, under load.
    expect(await noAnswersRecorded('slack')).toBeGreaterThan(recordedBefore);
    // Nothing reached the fake Slack that it did not expect (only auth.test, postMessage, response_url).
    expect(rig.slackApi.unexpected).toBe(0);
    // Memory is flat: after the load and a full collection, the heap is within 20 MB of before.
    expect(result.memory.peak.heapUsed).toBeGreaterThanOrEqual(result.memory.before.heapUsed);
    expect(isFlat(result.memory)).toBe(true);
  });

  it('acknowledges 200 /sovereignty commands, 50 in flight, and answers each once at its response_url', async () => {
    const result = await slackCommands(rig, { count: 200, concurrency: 50 });
    expectEveryOneAnsweredOnce(result);
  });
});

describe('Discord under a burst of interactions', () => {
  it('calls back each of 150 /ask interactions dispatched at once, within 3 s, exactly once', async () => {
    const recordedBefore = await noAnswersRecorded('discord');
    const result = await discordAsks(rig, { count: 150 });
    expectEveryOneAnsweredOnce(result);
    expect(await noAnswersRecorded('discord')).toBeGreaterThan(recordedBefore);
    // /ask is answered (4) or deferred (5), never anything else.
    expect([...rig.discord.outcomes.values()].every((o) => [4, 5].includes(o.callbackType ?? 0))).toBe(true);
    expect(rig.discord.unexpected).toBe(0);
  });

  it('answers each of 150 autocomplete requests dispatched at once with its choices within 3 s', async () => {
    const result = await discordAutocompletes(rig, { count: 150 });
    expectEveryOneAnsweredOnce(result);
    expect([...rig.discord.outcomes.values()].every((o) => o.callbackType === 8)).toBe(true);
  });
});

describe('the stress report', () => {
  const mb = 1024 * 1024;
  const memory: MemoryFigures = {
    before: { rss: 150 * mb, heapUsed: 45 * mb },
    peak: { rss: 300 * mb, heapUsed: 200 * mb },
    after: { rss: 170 * mb, heapUsed: 55 * mb },
  };
  const clean: ScenarioResult = {
    id: 'slack-events',
    title: 'Slack app_mention events, 50 concurrent',
    sent: 10,
    ackedInTime: 10,
    answeredOnce: 10,
    duplicated: 0,
    lost: 0,
    errors: 0,
    logged: {},
    ackMs: { p50: 50, p99: 90, max: 95 },
    answerMs: { p50: 60, p99: 120, max: 130 },
    durationMs: 100,
    memory,
  };

  it('passes a clean run and prints one row per scenario with its verdict', () => {
    const report = buildReport([clean], memory);
    expect(report.ok).toBe(true);
    const text = formatReport(report);
    expect(text).toContain(
      '| Slack app_mention events, 50 concurrent | 10 | 10 | 10 | 0 | 0 | 0 | 50 / 90 / 95 | 120 |',
    );
    expect(text).toContain('heap after − before = +10.0 MB');
    expect(text).toMatch(/Overall: PASS/);
  });

  // `npm run stress` exits 1 exactly when the report is not ok.
  it.each([
    ['a request answered twice', { answeredOnce: 9, duplicated: 1 }],
    ['a request lost', { answeredOnce: 9, lost: 1 }],
    ['a late acknowledgement', { ackedInTime: 9 }],
    ['a logged handler failure', { errors: 1, logged: { SLACK_HANDLER_FAILED: 1 } }],
  ])('fails the run on %s', (_what, change) => {
    const report = buildReport([{ ...clean, ...change }], memory);
    expect(report.ok).toBe(false);
    expect(formatReport(report)).toContain('**FAIL**');
  });

  it('fails the run when the heap does not come back within 20 MB', () => {
    const grown = { ...memory, after: { rss: 400 * mb, heapUsed: 66 * mb } };
    const report = buildReport([clean], grown);
    expect(report.memory.flat).toBe(false);
    expect(report.ok).toBe(false);
  });
});
