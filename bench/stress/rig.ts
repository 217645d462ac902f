// The system under load: one set of services (as adapters/main.ts builds them) with the real Slack adapter
// (Bolt, HTTP receiver) and the real Discord adapter (discord.js) both started on it, each against its fake
// platform on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDiscord } from '../../adapters/discord/discord-bot.js';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-bot.js';
import {
  type BotServices,
  createLogger,
  defaultCorpusDir,
  FeedbackStore,
  LiveEngine,
  parseConfig,
  type RunningAdapter,
  secretsOf,
} from '../../src/index.js';
import { StressDiscord } from './fake-discord-gateway.js';
import { SlackSender, StressSlackApi } from './fake-slack-api.js';

export const stressSecrets = {
  slackBotToken: 'xoxb-stress-0000-bot-token',
  slackSigningSecret: 'stress-signing-secret-0123456789',
  discordToken: 'stress-discord-token.Secret-000000',
} as const;

/** Warnings and errors the bot logged, counted by their `code`. */
export class LogTally {
  readonly counts = new Map<string, number>();

  write(line: string): void {
    const entry = JSON.parse(line) as { code?: unknown; level?: unknown };
    // pino levels: 40 warn, 50 error, 60 fatal.
    if (typeof entry.level !== 'number' || entry.level < 40) return;
    const code = typeof entry.code === 'string' ? entry.code : 'UNCODED';
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
  }

  /** Copies the counts, for a later `since()`. */
  mark(): Map<string, number> {
    return new Map(this.counts);
  }

  /** Codes logged since `mark`, with how many times each. */
  since(mark: Map<string, number>): Record<string, number> {
    const added: Record<string, number> = {};
    for (const [code, n] of this.counts) {
      const more = n - (mark.get(code) ?? 0);
      if (more > 0) added[code] = more;
    }
    return added;
  }
}

/** Connections the Slack load goes through, hence requests in flight at most. */
export const slackConnections = 50;

export class StressRig {
  /** Signed requests to the bot's Events API endpoint, over `slackConnections` keep-alive connections. */
  readonly slackSender: SlackSender;

  private constructor(
    readonly slackApi: StressSlackApi,
    readonly discord: StressDiscord,
    readonly services: BotServices,
    readonly log: LogTally,
    readonly slack: RunningSlack,
    readonly discordBot: RunningAdapter,
    private readonly dataDir: string,
  ) {
    this.slackSender = new SlackSender(this.slackUrl, stressSecrets.slackSigningSecret, slackConnections);
  }

  /** Starts both fakes, the services and both adapters; closes whatever started if one fails. */
  static async start(): Promise<StressRig> {
    const slackApi = await StressSlackApi.start();
    const discord = await StressDiscord.start();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sovbot-stress-'));
    const log = new LogTally();
    let live: LiveEngine | undefined;
    let slack: RunningSlack | undefined;
    try {
      const parsed = parseConfig(
        {
          SOVBOT_DATA_DIR: dataDir,
          SOVBOT_LOG_LEVEL: 'warn',
          SOVBOT_WATCH_CORPUS: 'false',
          SLACK_BOT_TOKEN: stressSecrets.slackBotToken,
          SLACK_SIGNING_SECRET: stressSecrets.slackSigningSecret,
          SLACK_API_URL: slackApi.apiUrl,
          DISCORD_TOKEN: stressSecrets.discordToken,
          DISCORD_APPLICATION_ID: discord.applicationId,
          DISCORD_API_URL: discord.apiUrl,
        },
        { corpusDir: defaultCorpusDir },
      );
      if (!parsed.ok) throw new Error(`stress: bad configuration: ${parsed.errors.join('; ')}`);
      const { config } = parsed;
      const logger = createLogger({
        level: config.logLevel,
        secrets: secretsOf(config),
        destination: { write: (line: string) => log.write(line) },
      });
      const started = await LiveEngine.start(config.corpusDir, logger, {
        maxQuestionLength: config.maxQuestionLength,
      });
      if (!(started instanceof LiveEngine)) throw new Error('stress: the bundled corpus does not load');
      live = started;
      const services: BotServices = { config, logger, live, store: new FeedbackStore(config.dataDir) };
      // Production settings otherwise: Bolt's and @discordjs/rest's own retry policies.
      slack = await startSlack(services, { port: 0, host: '127.0.0.1' });
      const discordBot = await startDiscord(services, { readyTimeoutMs: 10_000 });
      return new StressRig(slackApi, discord, services, log, slack, discordBot, dataDir);
    } catch (error) {
      await slack?.stop();
      live?.close();
      await Promise.all([slackApi.close(), discord.close()]);
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** The bot's Events API endpoint. */
  get slackUrl(): string {
    return `http://127.0.0.1:${this.slack.port}/slack/events`;
  }

  async close(): Promise<void> {
    this.slackSender.close();
    await Promise.allSettled([this.slack.stop(), this.discordBot.stop()]);
    this.services.live.close();
    await Promise.allSettled([this.slackApi.close(), this.discord.close()]);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
