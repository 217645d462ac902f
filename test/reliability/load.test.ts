// The load scenarios of `npm run stress` at a size that runs in seconds: the real Bolt app (HTTP receiver)
// and the real discord.js client, both on one set of services, against lean fake platforms on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFlat } from '../../bench/stress/memory.js';
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

function noAnswersRecorded(platform: 'slack' | 'discord'): number {
  return rig.services.store.read().filter((r) => r.platform === platform && r.kind === 'no-answer').length;
}

describe('Slack over HTTP under load', () => {
  it('acknowledges 300 signed app_mention events, 50 in flight, within 3 s and answers each once in its thread', async () => {
    const recordedBefore = noAnswersRecorded('slack');
    const result = await slackMentions(rig, { count: 300, concurrency: 50 });
    expectEveryOneAnsweredOnce(result);
    // The questions include off-topic and unknown ones: their no-answers were recorded too, under load.
    expect(noAnswersRecorded('slack')).toBeGreaterThan(recordedBefore);
    // Nothing reached the fake Slack that it did not expect (only auth.test, postMessage, response_url).
    expect(rig.slackApi.unexpected).toBe(0);
  });

  it('keeps the heap flat: after the load and a full collection, within 20 MB of before', async () => {
    const result = await slackMentions(rig, { count: 300, concurrency: 50 });
    expectEveryOneAnsweredOnce(result);
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
    const recordedBefore = noAnswersRecorded('discord');
    const result = await discordAsks(rig, { count: 150 });
    expectEveryOneAnsweredOnce(result);
    expect(noAnswersRecorded('discord')).toBeGreaterThan(recordedBefore);
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
