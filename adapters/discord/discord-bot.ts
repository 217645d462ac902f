import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Options,
  Partials,
  RESTEvents,
  Routes,
} from 'discord.js';
import {
  type BotServices,
  Conversation,
  type DiscordConfig,
  followSummaryText,
  type RunningAdapter,
  truncate,
  withdrawnText,
} from '../../src/index.js';
import { formatAnswer, limits } from './format.js';
import { createHandlers, noPings } from './handlers.js';

export interface StartDiscordOptions {
  /**
   * Extra @discordjs/rest options, merged over `{ api: config.discord.apiUrl }` (tests point `api` at a
   * fake Discord and set `retries` / `timeout`). Default: Discord's own API.
   */
  rest?: ClientOptions['rest'];
  /** How long (ms) a user's next question in the same channel counts as a follow-up. Default 5 minutes. */
  followUpMs?: number;
  /** How long (ms) to wait for the gateway to be ready before giving up. Default 60 s. */
  readyTimeoutMs?: number;
  /** How long (ms) stop() waits for answers in flight. Default 5 s. */
  drainMs?: number;
  /** Clock in milliseconds (cooldown and follow-up windows). Default `Date.now`. */
  now?: () => number;
}

/**
 * Starts the Discord bot: logs in to the gateway and resolves once the client is ready (all guilds
 * received). Slash commands are registered separately, by `npm run discord:register`.
 * No privileged intent is needed: slash commands, messages that mention the bot and DMs carry their
 * content without Message Content.
 */
export async function startDiscord(
  services: BotServices,
  options: StartDiscordOptions = {},
): Promise<RunningAdapter> {
  const config = services.config.discord;
  if (config === undefined) throw new Error('startDiscord: DISCORD_TOKEN is not set. Add it to .env.');
  const { logger } = services;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message: without this, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: noPings,
    // A reply to a message deleted meanwhile is still sent, as a plain message.
    failIfNotExists: false,
    // sovbot needs no member, user or message history: keep these caches small so a busy public
    // server cannot grow memory without bound (every interaction brings a user and a member).
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 1000, keepOverLimit: (member) => member.id === member.client.user.id },
      MessageManager: 100,
    }),
    rest: { ...(config.apiUrl === undefined ? {} : { api: config.apiUrl }), ...options.rest },
    // One process can run several gateway shards (discord.js's WebSocketManager opens one connection
    // each); several processes share them out with DISCORD_SHARD_IDS, and their state through the store.
    ...shardOptions(config),
  });
  const conversation = new Conversation(services, options.now === undefined ? {} : { now: options.now });
  const handlers = createHandlers(conversation, { followUpMs: options.followUpMs ?? 5 * 60_000 });
  // Corrections as replies to the answer they correct (rendered as answers are, without vote buttons);
  // follow summaries as plain messages. @discordjs/rest queues each request under Discord's per-route
  // rate limits (waiting out a 429 rather than dropping), and the notifier paces posts on top of that.
  services.notifier?.register('discord', {
    intervalMs: 1000,
    correct: async (correction) => {
      const engine = services.live.engine;
      const { update } = correction;
      const reply = formatAnswer(update, {
        lang: update.lang,
        corpusDate: engine.corpus.reviewedUntil,
        corpusVersion: engine.corpus.version,
        maxQuestionLength: services.config.maxQuestionLength,
      });
      const withdrawn =
        correction.withdrawn > 0 ? withdrawnText(update.lang, correction.withdrawn) : undefined;
      await client.rest.post(Routes.channelMessages(correction.answer.channel), {
        body: {
          ...(update.statements.length > 0 ? { embeds: reply.embeds } : {}),
          content: withdrawn ?? `${update.heading}:`,
          message_reference: { message_id: correction.answer.thread, fail_if_not_exists: false },
          allowed_mentions: { parse: [] },
        },
      });
    },
    summarise: async (follow, change) => {
      await client.rest.post(Routes.channelMessages(follow.channel), {
        body: {
          content: truncate(followSummaryText(change, 'en'), limits.content),
          allowed_mentions: { parse: [] },
          // Source links without previews.
          flags: MessageFlags.SuppressEmbeds,
        },
      });
    },
  });

  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    void conversation.run(() => handlers.onInteraction(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    void conversation.run(() => handlers.onMessage(message));
  });

  // discord.js reconnects and resumes by itself; these only say so in the logs.
  client.on(Events.ShardReconnecting, (shard) =>
    logger.warn({ code: 'DISCORD_RECONNECTING', shard }, 'discord gateway connection lost; reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ code: 'DISCORD_RESUMED', shard, replayed }, 'discord gateway session resumed'),
  );
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.error(
      { code: 'DISCORD_DISCONNECTED', shard, closeCode: event.code },
      'discord gateway closed for good; check the token and intents, then restart',
    ),
  );
  client.on(Events.ShardError, (error, shard) =>
    logger.warn(
      { code: 'DISCORD_SHARD_ERROR', shard, err: { message: error.message } },
      'discord gateway error',
    ),
  );
  client.on(Events.Error, (error) =>
    logger.error({ code: 'DISCORD_CLIENT_ERROR', err: { message: error.message } }, 'discord client error'),
  );
  client.on(Events.Warn, (message) => logger.warn({ code: 'DISCORD_WARNING' }, message));
  // @discordjs/rest waits out every 429 and retries by itself; these only say so in the logs.
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      { code: 'DISCORD_RATE_LIMITED', route: info.route, retryAfter: info.retryAfter, scope: info.scope },
      'discord rate limit reached; waiting before sending',
    ),
  );
  // An unexpected 429 (one the bucket headers did not announce) is only reported as a debug line.
  client.rest.on(RESTEvents.Debug, (message) => {
    if (!message.includes('Encountered unexpected 429')) return;
    logger.warn(
      {
        code: 'DISCORD_RATE_LIMITED',
        route: /Bucket\s*:\s*(\S+)/.exec(message)?.[1],
        retryAfter: Number(/Retry After\s*:\s*(\d+)/.exec(message)?.[1]),
        scope: /Scope\s*:\s*(\S+)/.exec(message)?.[1],
      },
      'discord answered 429; retrying after Retry-After',
    );
  });

  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error('startDiscord: the Discord gateway did not become ready in time.')),
      options.readyTimeoutMs ?? 60_000,
    );
    client.once(Events.ClientReady, () => resolve());
  });
  try {
    // login() resolves on the gateway's READY; clientReady waits for every guild it announced too.
    await Promise.all([client.login(config.token), ready]);
  } catch (error) {
    await client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  logger.info(
    {
      code: 'DISCORD_READY',
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      shards: client.options.shards,
      shardCount: client.options.shardCount,
    },
    'discord bot ready',
  );

  return {
    name: 'discord',
    async stop() {
      if (stopping) return;
      stopping = true;
      await conversation.drain(options.drainMs ?? 5000);
      await client.destroy();
      logger.info({ code: 'DISCORD_STOPPED' }, 'discord bot stopped');
    },
  };
}

function shardOptions(config: DiscordConfig): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (config.shards === undefined) return {};
  if (config.shards === 'auto') return { shards: 'auto' };
  return {
    shards: config.shardIds ?? Array.from({ length: config.shards }, (_, id) => id),
    shardCount: config.shards,
  };
}
