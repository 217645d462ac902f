// Graceful shutdown of the real entry point (`node dist/adapters/main.js`): SIGTERM finishes the answer
// in flight, takes no new work and exits 0; the console exits 0 on SIGINT; every adapter's stop() resolves.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../adapters/slack/slack-bot.js';
import type { LiveEngine } from '../../src/index.js';
import { deliverEvent, eventEnvelope, FakeSlack, fakeIds } from '../../support/fake-slack.js';
import { createTestServices, startLive } from '../../support/test-services.js';
import { startTestBot } from '../discord/helpers.js';
import { builtFile, type Child, freePort, HoldingProxy, spawnNode, tempDir, until } from './helpers.js';

const BOT_TOKEN = 'xoxb-shutdown-test-token';
const SIGNING_SECRET = 'shutdown-signing-secret-0123456789';
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function mention(text: string, ts: string) {
  return {
    type: 'app_mention',
    user: 'UASKER',
    text: `<@${fakeIds.botUser}> ${text}`,
    ts,
    channel: 'C0GENERAL',
  };
}

/** `node dist/adapters/main.js` with only `env` (no developer SLACK_/DISCORD_ variables, no .env). */
function startMain(env: Record<string, string>): Child {
  const dataDir = tempDir();
  const child = spawnNode(builtFile('adapters/main.js'), {
    SOVBOT_DATA_DIR: dataDir,
    SOVBOT_WATCH_CORPUS: 'false',
    SOVBOT_LOG_LEVEL: 'info',
    ...env,
  });
  cleanup.push(() => {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return child;
}

describe('main.js on SIGTERM (Slack, HTTP receiver)', () => {
  it('answers the question in flight, refuses new work, and exits 0', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    // chat.postMessage is held at the proxy: the answer is provably in flight when SIGTERM lands.
    const proxy = await HoldingProxy.start(fake.url, 'chat.postMessage');
    cleanup.push(() => proxy.close());
    const port = await freePort();
    const child = startMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: String(port),
      SLACK_API_URL: proxy.apiUrl,
    });
    await child.waitFor('stderr', '"SLACK_LISTENING"');
    const url = `http://127.0.0.1:${port}/slack/events`;

    const first = eventEnvelope(
      'EvInFlight',
      mention('How much is the GCHQ AWS deal worth?', '1700003000.000100'),
    );
    expect((await deliverEvent(url, first, { secret: SIGNING_SECRET })).status).toBe(200);
    await until('the answer to reach chat.postMessage', () => proxy.arrived >= 1);

    child.process.kill('SIGTERM');
    await child.waitFor('stderr', '"SHUTDOWN"');
    // A question after SIGTERM: refused at the door, or accepted and dropped, but never answered.
    const late = eventEnvelope('EvLate', mention('Who runs Bleu?', '1700003001.000100'));
    let lateStatus: number | string;
    try {
      lateStatus = (await deliverEvent(url, late, { secret: SIGNING_SECRET })).status;
    } catch (error) {
      lateStatus = String((error as { cause?: { code?: string } }).cause?.code ?? error);
    }
    proxy.release();

    const exit = await child.exitWithin(8000);
    expect(exit, `stderr:\n${child.stderr()}`).toEqual({ code: 0, signal: null });
    const posted = fake.callsTo('chat.postMessage');
    expect(posted, `late request got ${lateStatus}`).toHaveLength(1);
    expect(posted[0]?.args.thread_ts).toBe('1700003000.000100');
    expect(String(posted[0]?.args.text)).toContain('GBP 500m to 1bn');
    expect(child.stderr()).toContain('"SLACK_STOPPED"');
  });
});

describe('main.js console on SIGINT', () => {
  it('exits 0 on SIGINT while stdin (a pipe) stays open', async () => {
    const child = startMain({});
    child.process.stdin?.write('How much is the GCHQ AWS deal worth?\n');
    await child.waitFor('stdout', 'GBP 500m to 1bn');
    child.process.kill('SIGINT');
    const exit = await child.exitWithin(5000);
    expect(exit, 'still running 5 s after SIGINT').toBeDefined();
    expect(exit, `stderr:\n${child.stderr()}`).toEqual({ code: 0, signal: null });
  });

  it('exits 0 at the end of piped input (control: the console itself works)', async () => {
    const child = startMain({});
    child.process.stdin?.end('Who runs Bleu?\n');
    const exit = await child.exitWithin(8000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(child.stdout()).toMatch(/Bleu/);
  });
});

describe("adapters' stop()", () => {
  let live: LiveEngine;
  beforeAll(async () => {
    live = await startLive();
  });
  afterAll(() => live.close());

  it('Slack: stop() resolves, is idempotent, and closes the port', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    const t = createTestServices(live, {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    cleanup.push(() => t.cleanup());
    const bot = await startSlack(t.services, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } });
    expect(typeof bot.stop).toBe('function');
    await expect(bot.stop()).resolves.toBeUndefined();
    await expect(bot.stop()).resolves.toBeUndefined();
    const url = `http://127.0.0.1:${bot.port}/slack/events`;
    const envelope = eventEnvelope('EvAfterStop', mention('Who runs Bleu?', '1700003100.000100'));
    await expect(deliverEvent(url, envelope, { secret: SIGNING_SECRET })).rejects.toThrow();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(t.logged('SLACK_STOPPED')).toHaveLength(1);
  });

  it('Discord: stop() resolves, is idempotent, and closes the gateway with 1000', async () => {
    const bot = await startTestBot();
    cleanup.push(() => bot.stop());
    expect(typeof bot.running.stop).toBe('function');
    await expect(bot.running.stop()).resolves.toBeUndefined();
    await expect(bot.running.stop()).resolves.toBeUndefined();
    expect(await bot.fake.waitForClose(1)).toBe(1000);
  });
});
