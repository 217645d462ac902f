import { z } from 'zod';
import { configuredFolder, defaultDataDir, projectRoot } from './paths.js';

/** sovbot's configuration, read from environment variables (see README's table). */
export interface Config {
  corpusDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  maxQuestionLength: number;
  /** Platform user ids allowed to run admin commands, e.g. `U0123ABC` (Slack) or `123456789012345678` (Discord). */
  maintainers: ReadonlySet<string>;
  /** Folder for the feedback and unanswered-questions store. */
  dataDir: string;
  /** Days a feedback or unanswered-question record is kept. */
  retentionDays: number;
  /** Whether to watch the corpus folder and reload on change. */
  watchCorpus: boolean;
  /** Seconds a user waits between two questions, on every platform; 0 turns the cooldown off. */
  cooldownSeconds: number;
  /** `postgres://…`: keep conversation state and records in PostgreSQL (several replicas); unset: embedded. */
  databaseUrl?: string;
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

export interface SlackConfig {
  botToken: string;
  /** Set → Socket Mode; unset → HTTP receiver. */
  appToken?: string;
  signingSecret?: string;
  port: number;
  /** Web API base URL, ending in `/api/`. */
  apiUrl?: string;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  /** REST base URL (without `/v10`). */
  apiUrl?: string;
  /**
   * Gateway shards: `auto` (as many as Discord recommends) or a count; unset: one. Needed from 2,500
   * servers on. `shardIds` picks the shards this process runs, when several processes share the count.
   */
  shards?: 'auto' | number;
  shardIds?: number[];
}

/**
 * The config, or every error; a failed parse still carries the config read so far, for tools (the CLI)
 * that need only some of it.
 */
export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[]; config: Config };

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

function integer(name: string, min: number, max: number) {
  return optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, `${name} must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`)
      .optional(),
  );
}

function url(name: string) {
  return optionalText.pipe(
    z.url({ protocol: /^(https?|wss?)$/, error: `${name} must be an http(s) URL` }).optional(),
  );
}

const envSchema = z.object({
  SOVBOT_CORPUS_DIR: optionalText,
  SOVBOT_ENV_FILE: optionalText,
  SOVBOT_LOG_LEVEL: optionalText.pipe(
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'SOVBOT_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .optional(),
  ),
  SOVBOT_MAX_QUESTION_LENGTH: integer('SOVBOT_MAX_QUESTION_LENGTH', 10, 100_000),
  SOVBOT_MAINTAINERS: optionalText,
  SOVBOT_DATA_DIR: optionalText,
  SOVBOT_RETENTION_DAYS: integer('SOVBOT_RETENTION_DAYS', 1, 36_500),
  SOVBOT_WATCH_CORPUS: optionalText.pipe(
    z.enum(['true', 'false'], { error: 'SOVBOT_WATCH_CORPUS must be true or false' }).optional(),
  ),
  SOVBOT_COOLDOWN_SECONDS: integer('SOVBOT_COOLDOWN_SECONDS', 0, 3600),
  SOVBOT_DATABASE_URL: optionalText.pipe(
    z
      .url({
        protocol: /^postgres(ql)?$/,
        error: 'SOVBOT_DATABASE_URL must be a postgres:// or postgresql:// URL',
      })
      .optional(),
  ),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_PORT: integer('SLACK_PORT', 1, 65_535),
  SLACK_API_URL: url('SLACK_API_URL'),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: url('DISCORD_API_URL'),
  DISCORD_SHARDS: optionalText.pipe(
    z
      .string()
      .regex(/^(auto|[1-9]\d{0,4})$/, 'DISCORD_SHARDS must be auto or a whole number of shards from 1')
      .optional(),
  ),
  DISCORD_SHARD_IDS: optionalText.pipe(
    z
      .string()
      .regex(/^\d+(\s*,\s*\d+)*$/, 'DISCORD_SHARD_IDS must be shard ids separated by commas, e.g. 0,1')
      .optional(),
  ),
  DISCORD_COOLDOWN_SECONDS: integer('DISCORD_COOLDOWN_SECONDS', 0, 3600),
});

/**
 * Parses the configuration from an environment object (process.env in production, a plain object in
 * tests), reporting every bad or missing variable at once, each by name.
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  defaults: {
    corpusDir: string;
    /** Default data folder (defaults to `data/` in the sovbot folder). */
    dataDir?: string;
    /** Folder relative SOVBOT_CORPUS_DIR and SOVBOT_DATA_DIR are read from (defaults to the sovbot folder). */
    root?: string;
  },
): ConfigResult {
  const root = defaults.root ?? projectRoot;
  // Every variable is checked on its own, so one bad value never hides another (all are reported at once).
  const errors: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(envSchema.shape)) {
    const result = schema.safeParse(env[name]);
    if (result.success) values[name] = result.data;
    else errors.push(...result.error.issues.map((issue) => `${name}: ${issue.message}`));
  }
  const e = values as z.infer<typeof envSchema>;
  const config: Config = {
    // Relative to the sovbot folder, not to where a command was started: `npx sovbot report` from another
    // folder reads the same data as `npm start`.
    corpusDir: configuredFolder(e.SOVBOT_CORPUS_DIR, defaults.corpusDir, root),
    logLevel: e.SOVBOT_LOG_LEVEL ?? 'info',
    maxQuestionLength: e.SOVBOT_MAX_QUESTION_LENGTH ?? 1000,
    maintainers: new Set((e.SOVBOT_MAINTAINERS ?? '').split(/[\s,]+/).filter(Boolean)),
    dataDir: configuredFolder(e.SOVBOT_DATA_DIR, defaults.dataDir ?? defaultDataDir, root),
    retentionDays: e.SOVBOT_RETENTION_DAYS ?? 90,
    watchCorpus: (e.SOVBOT_WATCH_CORPUS ?? 'true') === 'true',
    // DISCORD_COOLDOWN_SECONDS is the older, Discord-only name; the cooldown now applies everywhere.
    cooldownSeconds: e.SOVBOT_COOLDOWN_SECONDS ?? e.DISCORD_COOLDOWN_SECONDS ?? 5,
    ...(e.SOVBOT_DATABASE_URL === undefined ? {} : { databaseUrl: e.SOVBOT_DATABASE_URL }),
  };
  if (e.SLACK_BOT_TOKEN === undefined) {
    for (const name of ['SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const) {
      if (e[name] !== undefined)
        errors.push(`SLACK_BOT_TOKEN: missing, but ${name} is set (Slack needs the bot token, xoxb-…)`);
    }
  } else {
    if (e.SLACK_APP_TOKEN === undefined && e.SLACK_SIGNING_SECRET === undefined) {
      errors.push(
        'SLACK_SIGNING_SECRET: missing (needed for the HTTP receiver; or set SLACK_APP_TOKEN for Socket Mode)',
      );
    }
    if (e.SLACK_APP_TOKEN !== undefined && !e.SLACK_APP_TOKEN.startsWith('xapp-')) {
      errors.push('SLACK_APP_TOKEN: must be an app-level token starting with xapp-');
    }
    config.slack = {
      botToken: e.SLACK_BOT_TOKEN,
      port: e.SLACK_PORT ?? 3000,
      ...(e.SLACK_APP_TOKEN === undefined ? {} : { appToken: e.SLACK_APP_TOKEN }),
      ...(e.SLACK_SIGNING_SECRET === undefined ? {} : { signingSecret: e.SLACK_SIGNING_SECRET }),
      ...(e.SLACK_API_URL === undefined
        ? {}
        : { apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/` }),
    };
  }
  if (e.DISCORD_TOKEN === undefined) {
    if (e.DISCORD_APPLICATION_ID !== undefined || e.DISCORD_GUILD_ID !== undefined) {
      errors.push('DISCORD_TOKEN: missing, but other DISCORD_ variables are set');
    }
  } else {
    if (e.DISCORD_APPLICATION_ID === undefined)
      errors.push('DISCORD_APPLICATION_ID: missing (the application id from the Discord developer portal)');
    const shards =
      e.DISCORD_SHARDS === undefined
        ? undefined
        : e.DISCORD_SHARDS === 'auto'
          ? 'auto'
          : Number(e.DISCORD_SHARDS);
    const shardIds = e.DISCORD_SHARD_IDS?.split(',').map((id) => Number(id.trim()));
    if (shardIds !== undefined && typeof shards !== 'number')
      errors.push('DISCORD_SHARD_IDS: set DISCORD_SHARDS to the total number of shards too');
    else if (shardIds !== undefined && typeof shards === 'number' && shardIds.some((id) => id >= shards))
      errors.push(`DISCORD_SHARD_IDS: every id must be below DISCORD_SHARDS (${shards})`);
    config.discord = {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID ?? '',
      ...(shards === undefined ? {} : { shards }),
      ...(shardIds === undefined ? {} : { shardIds }),
      ...(e.DISCORD_GUILD_ID === undefined ? {} : { guildId: e.DISCORD_GUILD_ID }),
      ...(e.DISCORD_API_URL === undefined ? {} : { apiUrl: e.DISCORD_API_URL.replace(/\/$/, '') }),
    };
  }
  return errors.length > 0 ? { ok: false, errors, config } : { ok: true, config };
}

/** The names of every secret in a config, for log redaction and leak tests. */
export function secretsOf(config: Config): string[] {
  return [
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.discord?.token,
    ...databasePassword(config.databaseUrl),
  ].filter((value): value is string => value !== undefined && value !== '');
}

/** The database password as written in the URL and decoded: either may show in an error message. */
function databasePassword(url: string | undefined): string[] {
  if (url === undefined) return [];
  try {
    const { password } = new URL(url);
    return [password, decodeURIComponent(password)];
  } catch {
    return [];
  }
}
