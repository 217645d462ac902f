#!/usr/bin/env node
// Composition root of `npm start`: reads .env and the environment, loads the corpus, opens the state
// store, then starts Slack and/or Discord when their tokens are set, or the console chat when none is.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import {
  type BotServices,
  ChangeNotifier,
  createLogger,
  defaultCorpusDir,
  formatProblem,
  LiveEngine,
  loadEnvFile,
  openStore,
  parseConfig,
  type RunningAdapter,
  type StateStore,
  secretsOf,
} from '../src/index.js';

// The same .env file (in the sovbot folder, or SOVBOT_ENV_FILE) and parsing as `npx sovbot`.
loadEnvFile(process.env);
const parsed = parseConfig(process.env, { corpusDir: defaultCorpusDir });
if (!parsed.ok) {
  for (const error of parsed.errors) console.error(`sovbot: ${error}`);
  console.error('sovbot: fix the variables above in .env (see .env.example), then run npm start again.');
  process.exit(1);
}
const config = parsed.config;
const consoleMode = config.slack === undefined && config.discord === undefined;
// In the console chat, log lines would land between questions and answers: they go to a file in the
// data folder instead, at warn unless SOVBOT_LOG_LEVEL says otherwise.
const logger = createLogger({
  level: consoleMode && process.env.SOVBOT_LOG_LEVEL === undefined ? 'warn' : config.logLevel,
  secrets: secretsOf(config),
  ...(consoleMode ? { destination: consoleLog(config.dataDir) } : {}),
});
const live = await LiveEngine.start(config.corpusDir, logger, {
  maxQuestionLength: config.maxQuestionLength,
});
if (!(live instanceof LiveEngine)) {
  for (const problem of live.problems) console.error(formatProblem(problem));
  console.error(`sovbot: the corpus in ${config.corpusDir} is invalid; run npx sovbot corpus check`);
  process.exit(1);
}
if (config.watchCorpus) live.watch();
let store: StateStore;
try {
  store = await openStore(config);
} catch (error) {
  console.error(`sovbot: ${(error as Error).message}`);
  live.close();
  process.exit(1);
}
await prune();
// Retention applies while running too, not only at start-up.
setInterval(() => void prune(), 6 * 3_600_000).unref();
// Where state and feedback go, said once: `npx sovbot report` reads the same store (and names it too).
logger.info({ code: 'STORE_OPEN', backend: store.backend, dataDir: config.dataDir }, 'state store open');
// Corrections and follow summaries after each reload; each chat adapter registers how it posts.
const notifier = new ChangeNotifier(live, store, logger, { retentionDays: config.retentionDays });
const services: BotServices = { config, logger, live, store, notifier };

async function prune(): Promise<void> {
  try {
    await store.prune(config.retentionDays);
  } catch (error) {
    logger.error({ code: 'STORE_PRUNE_FAILED', err: { message: (error as Error).message } }, 'prune failed');
  }
}

function consoleLog(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  return pino.destination({ dest: path.join(dataDir, 'sovbot.log'), sync: true });
}

/** Starts one adapter, or stops everything with one line naming what failed (no stack trace). */
async function start(name: string, begin: () => Promise<RunningAdapter>): Promise<RunningAdapter> {
  try {
    return await begin();
  } catch (error) {
    logger.error(
      { code: 'START_FAILED', adapter: name, err: { message: (error as Error).message } },
      'start failed',
    );
    console.error(`sovbot: ${name} could not start: ${(error as Error).message}`);
    await Promise.allSettled(running.map((r) => r.stop()));
    await store.close().catch(() => undefined);
    process.exit(1);
  }
}

const running: RunningAdapter[] = [];
if (config.slack) {
  const { startSlack } = await import('./slack/slack-bot.js');
  running.push(await start('Slack', () => startSlack(services)));
}
if (config.discord) {
  const { startDiscord } = await import('./discord/discord-bot.js');
  running.push(await start('Discord', () => startDiscord(services)));
}
if (consoleMode) {
  const { runConsole } = await import('./console/console-chat.js');
  // Ctrl-C or a stop signal ends the chat cleanly, on a terminal or with piped input alike.
  const quit = () => {
    live.close();
    void store.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
  process.exitCode = await runConsole(services, { input: process.stdin, output: process.stdout });
  live.close();
  await store.close();
} else {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ code: 'SHUTDOWN', signal }, 'stopping: finishing answers in flight');
    const timeout = setTimeout(() => process.exit(1), 10_000);
    timeout.unref();
    await Promise.allSettled(running.map((r) => r.stop()));
    live.close();
    await store.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
