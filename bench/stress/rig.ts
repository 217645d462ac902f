// The system under load: one set of services (as adapters/main.ts builds them) with the real Slack adapter
// (Bolt, HTTP receiver) and the real Discord adapter (discord.js) both started on it, each against its fake
// platform on 127.0.0.1.
import { startDiscord } from '../../adapters/discord/discord-bot.js';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-bot.js';
import type { BotServices, RunningAdapter } from '../../src/index.js';
import { FakeDiscord } from '../../support/fake-discord.js';
import { FakeSlack, SlackSender } from '../../support/fake-slack.js';
import { startTestServices, type TestServices } from '../../support/test-services.js';

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
    readonly slackApi: FakeSlack,
    readonly discord: FakeDiscord,
    private readonly built: TestServices,
    readonly log: LogTally,
    readonly slack: RunningSlack,
    readonly discordBot: RunningAdapter,
  ) {
    this.slackSender = new SlackSender(this.slackUrl, stressSecrets.slackSigningSecret, slackConnections);
  }

  /** Starts both fakes, the services and both adapters; closes whatever started if one fails. */
  static async start(): Promise<StressRig> {
    // Lean fakes: they keep counts and arrival times, not every request.
    const slackApi = await FakeSlack.start({ record: false });
    const discord = await FakeDiscord.start({ record: false });
    const log = new LogTally();
    let built: TestServices | undefined;
    let slack: RunningSlack | undefined;
    try {
      built = await startTestServices(
        {
          SOVBOT_LOG_LEVEL: 'warn',
          SOVBOT_WATCH_CORPUS: 'false',
          SLACK_BOT_TOKEN: stressSecrets.slackBotToken,
          SLACK_SIGNING_SECRET: stressSecrets.slackSigningSecret,
          SLACK_API_URL: slackApi.apiUrl,
          DISCORD_TOKEN: stressSecrets.discordToken,
          DISCORD_APPLICATION_ID: discord.applicationId,
          DISCORD_API_URL: discord.apiUrl,
        },
        { level: 'warn', redactSecrets: true, record: false, onLog: (line) => log.write(line) },
      );
      const { services } = built;
      // Production settings otherwise: Bolt's and @discordjs/rest's own retry policies.
      slack = await startSlack(services, { port: 0, host: '127.0.0.1' });
      const discordBot = await startDiscord(services, { readyTimeoutMs: 10_000 });
      return new StressRig(slackApi, discord, built, log, slack, discordBot);
    } catch (error) {
      await slack?.stop();
      built?.services.live.close();
      built?.cleanup();
      await Promise.all([slackApi.close(), discord.close()]);
      throw error;
    }
  }

  get services(): BotServices {
    return this.built.services;
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
    this.built.cleanup();
  }
}
