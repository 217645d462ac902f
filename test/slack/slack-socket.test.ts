// The real Bolt app in Socket Mode, against the fake Slack's WebSocket server on 127.0.0.1.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-bot.js';
import type { LiveEngine } from '../../src/index.js';
import { commandPayload, eventEnvelope, FakeSlack, fakeIds } from '../../support/fake-slack.js';
import { createTestServices, startLive, type TestServices } from '../../support/test-services.js';

const BOT_TOKEN = 'xoxb-3333-4444-secret-bot-token';
const APP_TOKEN = 'xapp-1-A0APP-5555-secret-app-token';

let live: LiveEngine;
let fake: FakeSlack;
let bot: RunningSlack | undefined;
let t: TestServices;

beforeAll(async () => {
  live = await startLive();
});
afterAll(() => live.close());

afterEach(async () => {
  // Stop while the fake still runs, so the client completes its close handshake instead of waiting 30 s.
  await bot?.stop();
  bot = undefined;
  await fake.close();
  const logs = t.logs.join('\n');
  expect(logs).not.toContain(BOT_TOKEN);
  expect(logs).not.toContain(APP_TOKEN);
  t.cleanup();
});

async function start(): Promise<void> {
  fake = await FakeSlack.start();
  t = createTestServices(live, {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  // A short ping timeout: it is also the delay before reconnecting after a drop.
  bot = await startSlack(t.services, { retryConfig: { retries: 0 }, clientPingTimeout: 300 });
}

function mentionEnvelope(eventId: string, text: string, ts: string) {
  return eventEnvelope(eventId, {
    type: 'app_mention',
    user: 'UASKER',
    text: `<@${fakeIds.botUser}> ${text}`,
    ts,
    channel: 'C0GENERAL',
  });
}

describe('Slack adapter in Socket Mode', () => {
  it('connects with the app token, acks an app_mention envelope and posts the answer', async () => {
    await start();
    expect(bot?.mode).toBe('socket');
    expect(bot?.port).toBeUndefined();
    const [open] = fake.callsTo('apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);

    const ack = await fake.push(
      'events_api',
      mentionEnvelope('EvSock1', 'How much is the GCHQ AWS deal worth?', '1700002000.000100'),
    );
    expect(ack.envelope_id).toBe('env-1');
    const reply = await fake.waitForCall('chat.postMessage');
    expect(reply.token).toBe(BOT_TOKEN);
    expect(reply.args.thread_ts).toBe('1700002000.000100');
    expect(reply.args.text).toContain('GBP 500m to 1bn');
  });

  it('reconnects after the socket drops and answers the next question', async () => {
    await start();
    await fake.push('events_api', mentionEnvelope('EvSock2', 'Who runs Bleu?', '1700002100.000100'));
    await fake.waitForCall('chat.postMessage');

    fake.dropSockets();
    await fake.waitForCall('apps.connections.open', () => true, 2);
    await fake.waitFor('a new socket', () => (fake.sockets === 1 ? true : undefined));

    await fake.push(
      'events_api',
      mentionEnvelope('EvSock3', 'How much is the GCHQ AWS deal worth?', '1700002101.000100'),
    );
    const reply = await fake.waitForCall('chat.postMessage', () => true, 2);
    expect(reply.args.thread_ts).toBe('1700002101.000100');
    expect(reply.args.text).toContain('GBP 500m to 1bn');
  });

  it('takes /sovereignty over the socket and answers through response_url', async () => {
    await start();
    const command = commandPayload({
      text: 'How much is the GCHQ AWS deal worth?',
      user: 'UASKER',
      responseUrl: fake.responseUrl('sock-cmd'),
    });
    const ack = await fake.push('slash_commands', command);
    expect(ack.envelope_id).toBe('env-1');
    const response = await fake.waitForResponse('sock-cmd');
    expect(response.body.response_type).toBe('ephemeral');
    expect(response.body.text).toContain('GBP 500m to 1bn');
  });
});
