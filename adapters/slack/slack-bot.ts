// The Slack adapter: a Bolt App behind one of two receivers (Socket Mode when SLACK_APP_TOKEN is set,
// else HTTP on /slack/events with signature verification); the listeners never know which.
import type { AddressInfo } from 'node:net';
import { format } from 'node:util';
import {
  App,
  type Logger as BoltLogger,
  HTTPReceiver,
  LogLevel,
  type Receiver,
  SocketModeReceiver,
  type webApi,
} from '@slack/bolt';
import { type BotServices, Conversation, type Logger, type RunningAdapter } from '../../src/index.js';
import { registerHandlers } from './handlers.js';
import { createHttpFetch } from './http-fetch.js';
import { registerSuggestions } from './suggest.js';

export interface SlackStartOptions {
  /** HTTP receiver port. Default: SLACK_PORT (3000). 0 picks a free port (see `RunningSlack.port`). */
  port?: number;
  /** Interface the HTTP receiver listens on. Default: all interfaces. */
  host?: string;
  /**
   * Web API retry policy. Default: Bolt's (10 retries over about 30 minutes, waiting out 429 Retry-After).
   * Tests pass `{ retries: 0 }` so that a failing fake fails fast.
   */
  retryConfig?: webApi.RetryOptions;
  /**
   * Socket Mode: milliseconds to wait for a pong, which is also the base delay before reconnecting
   * after the socket drops. Default 5000.
   */
  clientPingTimeout?: number;
  /** Milliseconds stop() waits for answers in flight. Default 5000. */
  drainTimeoutMs?: number;
  /** Clock in milliseconds (cooldowns, follow-up memory). Default `Date.now`. */
  now?: () => number;
}

export interface RunningSlack extends RunningAdapter {
  /** The HTTP receiver's port; undefined in Socket Mode. */
  port: number | undefined;
  /** `socket` or `http`. */
  mode: 'socket' | 'http';
}

/** The HTTP receiver's path, as in the manifest's request URLs. */
export const eventsPath = '/slack/events';

/**
 * Starts sovbot on Slack: checks the bot token (auth.test), registers the listeners, then connects
 * (Socket Mode) or listens (HTTP). Throws at start-up on missing settings or a rejected token.
 */
const PRODUCTION_RETRIES: webApi.RetryOptions = { retries: 4, factor: 2, minTimeout: 1000, maxTimeout: 8000 };

export async function startSlack(
  services: BotServices,
  options: SlackStartOptions = {},
): Promise<RunningSlack> {
  const slack = services.config.slack;
  if (slack === undefined) {
    throw new Error('Slack adapter: SLACK_BOT_TOKEN is not set. Set it in .env (the bot token, xoxb-…).');
  }
  const boltLogger = createBoltLogger(services.logger);
  const logLevel = boltLogger.getLevel();
  const http = createHttpFetch();
  const clientOptions: webApi.WebClientOptions = {
    ...(slack.apiUrl === undefined ? {} : { slackApiUrl: slack.apiUrl }),
    // Also what Bolt's respond() posts to response_url with.
    fetch: http.fetch,
    // Bolt's default retries a failing Web API call for about 30 minutes; a chat answer is stale long
    // before that. A few retries over ~15 s still ride out a 429 (Retry-After is honoured) or a blip.
    retryConfig: options.retryConfig ?? PRODUCTION_RETRIES,
  };

  let receiver: Receiver;
  let mode: RunningSlack['mode'];
  if (slack.appToken !== undefined) {
    mode = 'socket';
    receiver = new SocketModeReceiver({
      appToken: slack.appToken,
      logger: boltLogger,
      logLevel,
      // The Socket Mode client opens its connection through the Web API: same base URL and retries.
      installerOptions: { clientOptions: { ...clientOptions } },
      ...(options.clientPingTimeout === undefined ? {} : { clientPingTimeout: options.clientPingTimeout }),
    });
  } else {
    if (slack.signingSecret === undefined) {
      throw new Error(
        'Slack adapter: SLACK_SIGNING_SECRET is not set. Set it for the HTTP receiver, or set SLACK_APP_TOKEN for Socket Mode.',
      );
    }
    mode = 'http';
    receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret,
      endpoints: eventsPath,
      logger: boltLogger,
      logLevel,
    });
  }

  const app = new App({
    token: slack.botToken,
    receiver,
    logger: boltLogger,
    logLevel,
    clientOptions,
    convoStore: false,
    // init() below runs auth.test and throws on a bad token, instead of failing on the first event.
    deferInitialization: true,
  });
  const conversation = new Conversation(services, options.now === undefined ? {} : { now: options.now });
  registerHandlers(app, conversation);
  registerSuggestions(app, conversation);
  app.error(async (error) => {
    services.logger.error(
      { code: 'SLACK_UNHANDLED', err: { message: error.message } },
      'unhandled Slack error',
    );
  });

  try {
    await app.init();
  } catch (error) {
    http.close();
    throw new Error(
      `Slack adapter: the bot token was not accepted (${(error as Error).message}). Check SLACK_BOT_TOKEN (xoxb-…) and SLACK_API_URL.`,
      { cause: error },
    );
  }

  let port: number | undefined;
  if (mode === 'http') {
    const listen = {
      port: options.port ?? slack.port,
      ...(options.host === undefined ? {} : { host: options.host }),
    };
    const server = await app.start(listen);
    port = (server.address() as AddressInfo).port;
    services.logger.info(
      { code: 'SLACK_LISTENING', port, path: eventsPath },
      'Slack adapter listening (HTTP)',
    );
  } else {
    await app.start();
    services.logger.info({ code: 'SLACK_CONNECTED' }, 'Slack adapter connected (Socket Mode)');
  }

  let stopped: Promise<void> | undefined;
  return {
    name: 'slack',
    port,
    mode,
    stop() {
      stopped ??= (async () => {
        // Close the door first (no new events), then let the answers in flight finish.
        const closing = app.stop().catch((error: Error) => {
          services.logger.warn({ code: 'SLACK_STOP_FAILED', err: { message: error.message } }, 'Slack stop');
        });
        await conversation.drain(options.drainTimeoutMs ?? 5000);
        await closing;
        http.close();
        services.logger.info({ code: 'SLACK_STOPPED' }, 'Slack adapter stopped');
      })();
      return stopped;
    },
  };
}

/** Bolt's logger interface over sovbot's pino logger; the level is pino's, whatever Bolt asks. */
function createBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ code: 'SLACK_SDK' });
  const level =
    logger.level === 'trace' || logger.level === 'debug'
      ? LogLevel.DEBUG
      : logger.level === 'info'
        ? LogLevel.INFO
        : logger.level === 'warn'
          ? LogLevel.WARN
          : LogLevel.ERROR;
  // Bolt and the Web API client log several debug lines per request (the whole request body among
  // them): format them only when they will be written, or every answer pays for them under load.
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      if (log.isLevelEnabled(level)) log[level](format(...parts));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => {},
    getLevel: () => level,
    setName: () => {},
  };
}
