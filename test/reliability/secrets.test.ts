// Secrets never reach a log line, an error message or a terminal: through the whole Slack HTTP flow at
// debug level, through start-up errors (in-process and from `node dist/adapters/main.js`), and in the
// files a contributor copies (.env.example) or might commit (.env).
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionIds } from '../../adapters/slack/format.js';
import { startSlack } from '../../adapters/slack/slack-bot.js';
import {
  type BotServices,
  createLogger,
  defaultCorpusDir,
  EmbeddedStore,
  type LiveEngine,
  parseConfig,
  secretsOf,
} from '../../src/index.js';
import {
  buttonClick,
  commandPayload,
  deliverAction,
  deliverCommand,
  deliverEvent,
  eventEnvelope,
  FakeSlack,
  fakeIds,
} from '../../support/fake-slack.js';
import { startLive } from '../../support/test-services.js';
import { builtFile, freePort, repoRoot, spawnNode, tempDir } from './helpers.js';

const BOT_TOKEN = 'xoxb-SECRET-TOKEN-123';
const SIGNING_SECRET = 'SIGNING-SECRET-456';
const SECRETS = [BOT_TOKEN, SIGNING_SECRET];

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

let live: LiveEngine;
beforeAll(async () => {
  live = await startLive();
});
afterAll(() => live.close());

function expectNoSecret(where: string, text: string): void {
  for (const secret of SECRETS) expect(text, `${where} contains ${secret}`).not.toContain(secret);
}

/**
 * Services as main.ts builds them, at debug level, logging into an array. `redact: false` leaves out
 * the logger's secret scrubbing, so a secret an adapter or SDK logged would show.
 */
function services(fake: FakeSlack, redact: boolean): { services: BotServices; logs: string[] } {
  const dataDir = tempDir();
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const parsed = parseConfig(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SOVBOT_DATA_DIR: dataDir,
      SOVBOT_LOG_LEVEL: 'debug',
      // The flow asks twice as one user within a second.
      SOVBOT_COOLDOWN_SECONDS: '0',
    },
    { corpusDir: defaultCorpusDir },
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logs: string[] = [];
  const logger = createLogger({
    level: 'debug',
    ...(redact ? { secrets: secretsOf(parsed.config) } : {}),
    destination: { write: (line: string) => void logs.push(line) },
  });
  return { services: { config: parsed.config, logger, live, store: new EmbeddedStore(dataDir) }, logs };
}

describe('secrets in logs, in-process', () => {
  for (const redact of [true, false]) {
    it(`the Slack HTTP flow at debug level logs no secret (logger ${redact ? 'with' : 'without'} redaction)`, async () => {
      const fake = await FakeSlack.start();
      cleanup.push(() => fake.close());
      const { services: s, logs } = services(fake, redact);
      const bot = await startSlack(s, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } });
      cleanup.push(() => bot.stop());
      const url = `http://127.0.0.1:${bot.port}/slack/events`;
      const opts = { secret: SIGNING_SECRET };

      const event = {
        type: 'app_mention',
        user: 'UASKER',
        text: `<@${fakeIds.botUser}> How much is the GCHQ AWS deal worth?`,
        ts: '1700004000.000100',
        channel: 'C0GENERAL',
      };
      await deliverEvent(url, eventEnvelope('EvSecret1', event), opts);
      const answer = await fake.waitForCall('chat.postMessage');
      expect(answer.token).toBe(BOT_TOKEN);
      // A forged request, a slash command, a tampered button, and a Web API error.
      expect(
        (await deliverEvent(url, eventEnvelope('EvForged', event), { ...opts, signWith: 'x' })).status,
      ).toBe(401);
      await deliverCommand(
        url,
        commandPayload({ text: 'Who runs Bleu?', user: 'UASKER', responseUrl: fake.responseUrl('cmd') }),
        opts,
      );
      await fake.waitForResponse('cmd');
      await deliverAction(
        url,
        buttonClick({
          actionId: actionIds.voteUp,
          value: 'tampered',
          user: 'UASKER',
          responseUrl: fake.responseUrl('vote'),
        }),
        opts,
      );
      await fake.waitForResponse('vote');
      fake.failNext('chat.postMessage', { status: 200, error: 'invalid_auth' });
      await deliverEvent(url, eventEnvelope('EvSecret2', { ...event, ts: '1700004001.000100' }), opts);
      await fake.waitForCall('chat.postMessage', () => true, 2);
      await bot.stop();

      const text = logs.join('');
      // The flow did log, at debug level, including the SDK's own lines and the failures.
      expect(text).toContain('"SLACK_SDK"');
      expect(text).toContain('"level":20');
      expect(text).toContain('"SLACK_HANDLER_FAILED"');
      expectNoSecret('the logs', text);
    });
  }

  it('a rejected token at start-up: neither the error, its cause, nor the logs carry a secret', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    fake.failNext('auth.test', { status: 200, error: 'invalid_auth' });
    const { services: s, logs } = services(fake, false);
    const error = await startSlack(s, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/bot token was not accepted/);
    // inspect() prints what Node prints for an uncaught error: message, stack and the whole cause chain.
    expectNoSecret('the start-up error', inspect(error, { depth: 10 }));
    expectNoSecret('the logs', logs.join(''));
  });

  it('the production logger scrubs a secret wherever it hides: message, field, error', () => {
    const logs: string[] = [];
    const logger = createLogger({
      level: 'debug',
      secrets: SECRETS,
      destination: { write: (line: string) => void logs.push(line) },
    });
    logger.error(
      { code: 'X', err: new Error(`failed with ${BOT_TOKEN}`), header: `v0=${SIGNING_SECRET}` },
      BOT_TOKEN,
    );
    const text = logs.join('');
    expect(text).toContain('[redacted]');
    expectNoSecret('the scrubbed line', text);
  });
});

describe('secrets on the terminal of main.js', () => {
  function startMain(env: Record<string, string>) {
    const dataDir = tempDir();
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawnNode(builtFile('adapters/main.js'), {
      SOVBOT_DATA_DIR: dataDir,
      SOVBOT_WATCH_CORPUS: 'false',
      SOVBOT_LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      ...env,
    });
    cleanup.push(() => child.kill());
    return child;
  }

  it('a bad SLACK_API_URL: exit 1, the variable named, no secret printed', async () => {
    const child = startMain({ SLACK_API_URL: 'not a url', SLACK_PORT: String(await freePort()) });
    const exit = await child.exitWithin(10_000);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(child.stderr()).toContain('SLACK_API_URL');
    expectNoSecret('stdout', child.stdout());
    expectNoSecret('stderr', child.stderr());
  });

  it('a token rejected by auth.test: exit non-zero, no secret printed', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    fake.failNext('auth.test', { status: 200, error: 'invalid_auth' });
    const child = startMain({ SLACK_API_URL: fake.apiUrl, SLACK_PORT: String(await freePort()) });
    const exit = await child.exitWithin(10_000);
    expect(exit?.code).not.toBe(0);
    expect(exit?.code).not.toBeNull();
    expect(child.stderr()).toContain('invalid_auth');
    expect(fake.callsTo('auth.test')[0]?.token).toBe(BOT_TOKEN);
    expectNoSecret('stdout', child.stdout());
    expectNoSecret('stderr', child.stderr());
  });

  it('a full answer at debug level, then SIGTERM: no secret printed', async () => {
    const fake = await FakeSlack.start();
    cleanup.push(() => fake.close());
    const port = await freePort();
    const child = startMain({ SLACK_API_URL: fake.apiUrl, SLACK_PORT: String(port) });
    await child.waitFor('stderr', '"SLACK_LISTENING"');
    const event = {
      type: 'app_mention',
      user: 'UASKER',
      text: `<@${fakeIds.botUser}> How much is the GCHQ AWS deal worth?`,
      ts: '1700004100.000100',
      channel: 'C0GENERAL',
    };
    const url = `http://127.0.0.1:${port}/slack/events`;
    await deliverEvent(url, eventEnvelope('EvMain', event), { secret: SIGNING_SECRET });
    expect((await deliverEvent(url, eventEnvelope('EvBad', event), { secret: 'wrong' })).status).toBe(401);
    await fake.waitForCall('chat.postMessage');
    child.process.kill('SIGTERM');
    expect(await child.exitWithin(8000)).toEqual({ code: 0, signal: null });
    expect(child.stderr()).toContain('"level":20');
    expectNoSecret('stdout', child.stdout());
    expectNoSecret('stderr', child.stderr());
  });
});

describe('secrets in the repository files', () => {
  it('.env is git-ignored', () => {
    const ignored = readFileSync(path.join(repoRoot, '.gitignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    expect(ignored).toContain('.env');
  });

  it('.env.example holds no real-looking value: every *_TOKEN= / *SECRET= line is empty or commented', () => {
    const lines = readFileSync(path.join(repoRoot, '.env.example'), 'utf8').split('\n');
    const secretLines = lines.filter((line) =>
      /^\s*#?\s*[A-Z0-9_]*(?:TOKEN|SECRET)[A-Z0-9_]*\s*=/.test(line),
    );
    expect(secretLines.length).toBeGreaterThanOrEqual(4);
    const filled = secretLines.filter((line) => {
      if (/^\s*#/.test(line)) return false;
      const value = line
        .slice(line.indexOf('=') + 1)
        .replace(/\s+#.*$/, '')
        .trim();
      return value !== '';
    });
    expect(filled).toEqual([]);
  });
});
