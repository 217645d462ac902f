// Slack requests that are not provably from Slack (bad, missing or replayed signatures) are refused with
// 401 before any work: no engine call, no Web API call; the refusal is logged, the body is not.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-bot.js';
import type { Engine, LiveEngine } from '../../src/index.js';
import { eventEnvelope, FakeSlack, fakeIds, slackSignature } from '../../support/fake-slack.js';
import { createTestServices, startLive, type TestServices } from '../../support/test-services.js';

const SIGNING_SECRET = 'signature-test-secret-0123456789';
/** A string found nowhere but in the request bodies: if it reaches a log line, the body was logged. */
const MARKER = 'MARKER-7f3c9a1e-body-must-not-be-logged';

let live: LiveEngine;
let fake: FakeSlack;
let bot: RunningSlack;
let t: TestServices;
let asks: string[];
let url: string;

beforeAll(async () => {
  live = await startLive();
});
afterAll(() => live.close());

afterEach(async () => {
  await bot.stop();
  await fake.close();
  t.cleanup();
});

async function start(): Promise<void> {
  fake = await FakeSlack.start();
  t = createTestServices(live, {
    SLACK_BOT_TOKEN: 'xoxb-signature-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
  // Count engine calls: the handlers read `services.live.engine` once per question.
  asks = [];
  const counting = Object.create(live) as LiveEngine;
  Object.defineProperty(counting, 'engine', {
    get(): Engine {
      const engine = live.engine;
      return {
        ...engine,
        ask: (question, context) => {
          asks.push(question);
          return engine.ask(question, context);
        },
      };
    },
  });
  t.services.live = counting;
  bot = await startSlack(t.services, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } });
  url = `http://127.0.0.1:${bot.port}/slack/events`;
}

function body(eventId: string, text: string): string {
  return JSON.stringify(
    eventEnvelope(eventId, {
      type: 'app_mention',
      user: 'UASKER',
      text: `<@${fakeIds.botUser}> ${text}`,
      ts: `17000050${eventId.length}.000100`,
      channel: 'C0GENERAL',
    }),
  );
}

/** POSTs `raw` with exactly these Slack headers (any of them may be left out). */
async function post(raw: string, headers: { timestamp?: string; signature?: string }): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(headers.timestamp === undefined ? {} : { 'x-slack-request-timestamp': headers.timestamp }),
      ...(headers.signature === undefined ? {} : { 'x-slack-signature': headers.signature }),
    },
    body: raw,
  });
  await response.text();
  return response.status;
}

describe('Slack HTTP receiver: unsigned and replayed requests', () => {
  it('refuses bad, missing and replayed signatures with 401, doing no work and logging no body', async () => {
    await start();
    const now = Math.floor(Date.now() / 1000);
    const raw = body('EvHostile', `How much is the GCHQ AWS deal worth? ${MARKER}`);
    const cases: Record<string, { timestamp?: string; signature?: string }> = {
      'signed with the wrong secret': {
        timestamp: String(now),
        signature: slackSignature('wrong', now, raw),
      },
      'signature header missing': { timestamp: String(now) },
      'timestamp header missing': { signature: slackSignature(SIGNING_SECRET, now, raw) },
      'both headers missing': {},
      'garbage signature': { timestamp: String(now), signature: `v0=${MARKER}` },
      // A request Slack really signed, replayed 6 minutes later.
      'replayed (timestamp 6 minutes old)': {
        timestamp: String(now - 6 * 60),
        signature: slackSignature(SIGNING_SECRET, now - 6 * 60, raw),
      },
      'signature of another body': {
        timestamp: String(now),
        signature: slackSignature(SIGNING_SECRET, now, body('EvOther', 'Who runs Bleu?')),
      },
    };
    const statuses: Record<string, number> = {};
    for (const [name, headers] of Object.entries(cases)) statuses[name] = await post(raw, headers);
    expect(statuses).toEqual(Object.fromEntries(Object.keys(cases).map((name) => [name, 401])));

    await bot.stop(); // waits for anything in flight, so the checks below are final
    expect(asks).toEqual([]);
    expect(fake.calls.map((call) => call.method)).toEqual(['auth.test']);
    expect(await t.services.store.read()).toEqual([]);

    const logs = t.logs.join('');
    // Each refusal is logged (by Bolt, through the adapter's logger)...
    const refusals = t.logs.filter((line) => /verif|signature|authenticity/i.test(line));
    expect(refusals.length, logs).toBeGreaterThanOrEqual(Object.keys(cases).length);
    // ...and no log line carries the body.
    expect(logs).not.toContain(MARKER);
    expect(logs).not.toContain('GCHQ');
  });

  it('control: the same body, correctly signed, is answered (the counters above can see work)', async () => {
    await start();
    const now = Math.floor(Date.now() / 1000);
    const raw = body('EvGood', 'How much is the GCHQ AWS deal worth?');
    expect(
      await post(raw, { timestamp: String(now), signature: slackSignature(SIGNING_SECRET, now, raw) }),
    ).toBe(200);
    const posted = await fake.waitForCall('chat.postMessage');
    expect(String(posted.args.text)).toContain('GBP 500m to 1bn');
    expect(asks).toEqual(['How much is the GCHQ AWS deal worth?']);
  });
});
