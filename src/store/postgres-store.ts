import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type FeedbackRecord, hashUserId } from './feedback-store.js';
import { type Migration, migrations } from './migrations.js';
import type {
  AnswerRecord,
  FollowRecord,
  LeaseSpace,
  NewRecord,
  NewSuggestion,
  StateSpace,
  StateStore,
  Suggestion,
} from './state-store.js';

interface SuggestionRow {
  id: number;
  at: Date;
  platform: Suggestion['platform'];
  user_hash: string;
  kind: Suggestion['kind'];
  deal_ids: string[];
  fact_ids: string[];
  what: string;
  link: string;
  note: string | null;
  status: Suggestion['status'];
  closed_at: Date | null;
}

function suggestionOf(row: SuggestionRow): Suggestion {
  return {
    id: row.id,
    at: row.at.toISOString(),
    platform: row.platform,
    user: row.user_hash,
    kind: row.kind,
    dealIds: row.deal_ids,
    factIds: row.fact_ids,
    what: row.what,
    link: row.link,
    ...(row.note === null ? {} : { note: row.note }),
    status: row.status,
    ...(row.closed_at === null ? {} : { closedAt: row.closed_at.toISOString() }),
  };
}

// Any constant shared by every sovbot replica: the advisory lock that serialises migrations.
const MIGRATION_LOCK = 0x50b_b07;

export interface PostgresStoreOptions {
  /** Connections in the pool at most. Default 10. */
  maxConnections?: number;
  /** The migrations to apply (tests pass a prefix). Default: all of them. */
  migrations?: readonly Migration[];
}

/**
 * The shared store, for several replicas: the same behaviour as the embedded store, in PostgreSQL
 * (through `pg`). Claims and cooldowns are single statements (`INSERT … ON CONFLICT … WHERE expired`),
 * so two replicas racing for one Slack retry cannot both win; a record is acknowledged only once
 * PostgreSQL committed it.
 */
export class PostgresStore implements StateStore {
  readonly backend = 'postgres';

  private constructor(
    private readonly pool: pg.Pool,
    private readonly key: Buffer,
  ) {}

  /** Connects, applies pending migrations, and reads (or creates) the install's hashing key. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      // An unreachable host fails start-up (or a turn) after 10 s instead of hanging.
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection dropped by the server must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    try {
      await migrate(pool, options.migrations ?? migrations);
      await pool.query(
        'INSERT INTO sovbot_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
        ['user_hash_key', randomBytes(32).toString('hex')],
      );
      const { rows } = await pool.query<{ value: string }>(
        'SELECT value FROM sovbot_settings WHERE name = $1',
        ['user_hash_key'],
      );
      return new PostgresStore(pool, Buffer.from(rows[0]?.value ?? '', 'hex'));
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }

  hashUser(platform: string, userId: string): string {
    return hashUserId(this.key, platform, userId);
  }

  #key(key: string): string {
    return hashUserId(this.key, 'key', key);
  }

  async lease(space: LeaseSpace, key: string, until: number, now: number): Promise<number> {
    const hashed = this.#key(key);
    const taken = await this.pool.query(
      `INSERT INTO sovbot_state (space, key, value, expires_at) VALUES ($1, $2, NULL, $3)
       ON CONFLICT (space, key) DO UPDATE SET value = NULL, expires_at = EXCLUDED.expires_at
       WHERE sovbot_state.expires_at <= $4
       RETURNING key`,
      [space, hashed, until, now],
    );
    if (taken.rowCount === 1) return 0;
    const { rows } = await this.pool.query<{ expires_at: string }>(
      'SELECT expires_at FROM sovbot_state WHERE space = $1 AND key = $2',
      [space, hashed],
    );
    return Math.max(1, Number(rows[0]?.expires_at ?? now + 1) - now);
  }

  async put(space: StateSpace, key: string, value: unknown, expiresAt: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO sovbot_state (space, key, value, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (space, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
      [space, this.#key(key), JSON.stringify(value), expiresAt],
    );
  }

  async get(space: StateSpace, key: string, now: number): Promise<unknown> {
    const { rows } = await this.pool.query<{ value: unknown }>(
      'SELECT value FROM sovbot_state WHERE space = $1 AND key = $2 AND expires_at > $3',
      [space, this.#key(key), now],
    );
    return rows[0]?.value ?? undefined;
  }

  async append(record: NewRecord): Promise<FeedbackRecord> {
    const { userId, at, ...rest } = record;
    const stored: FeedbackRecord = {
      at: (at ?? new Date()).toISOString(),
      user: this.hashUser(record.platform, userId),
      ...rest,
    };
    await this.pool.query(
      `INSERT INTO sovbot_records (at, platform, user_hash, kind, question, reason, fact_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        stored.at,
        stored.platform,
        stored.user,
        stored.kind,
        stored.question,
        stored.reason ?? null,
        stored.factIds ?? null,
      ],
    );
    return stored;
  }

  async read(since = new Date(0)): Promise<FeedbackRecord[]> {
    const { rows } = await this.pool.query<{
      at: Date;
      platform: FeedbackRecord['platform'];
      user_hash: string;
      kind: FeedbackRecord['kind'];
      question: string;
      reason: string | null;
      fact_ids: string[] | null;
    }>(
      `SELECT at, platform, user_hash, kind, question, reason, fact_ids FROM sovbot_records
       WHERE at >= $1 ORDER BY at, id`,
      [since.toISOString()],
    );
    return rows.map((row) => ({
      at: row.at.toISOString(),
      platform: row.platform,
      user: row.user_hash,
      kind: row.kind,
      question: row.question,
      ...(row.reason === null ? {} : { reason: row.reason }),
      ...(row.fact_ids === null ? {} : { factIds: row.fact_ids }),
    }));
  }

  async addSuggestion(suggestion: NewSuggestion): Promise<Suggestion> {
    // One INSERT: stored whole or not at all.
    const { rows } = await this.pool.query<SuggestionRow>(
      `INSERT INTO sovbot_suggestions (at, platform, user_hash, kind, deal_ids, fact_ids, what, link, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        (suggestion.at ?? new Date()).toISOString(),
        suggestion.platform,
        this.hashUser(suggestion.platform, suggestion.userId),
        suggestion.kind,
        suggestion.dealIds,
        suggestion.factIds,
        suggestion.what,
        suggestion.link,
        suggestion.note ?? null,
      ],
    );
    return suggestionOf(rows[0] as SuggestionRow);
  }

  async listSuggestions(status?: Suggestion['status']): Promise<Suggestion[]> {
    const { rows } = await this.pool.query<SuggestionRow>(
      'SELECT * FROM sovbot_suggestions WHERE $1::text IS NULL OR status = $1 ORDER BY id',
      [status ?? null],
    );
    return rows.map(suggestionOf);
  }

  async getSuggestion(id: number): Promise<Suggestion | undefined> {
    const { rows } = await this.pool.query<SuggestionRow>('SELECT * FROM sovbot_suggestions WHERE id = $1', [
      id,
    ]);
    return rows[0] === undefined ? undefined : suggestionOf(rows[0]);
  }

  async closeSuggestion(id: number, now = new Date()): Promise<Suggestion | undefined> {
    await this.pool.query(
      `UPDATE sovbot_suggestions SET status = 'closed', closed_at = $2 WHERE id = $1 AND status = 'open'`,
      [id, now.toISOString()],
    );
    return this.getSuggestion(id);
  }

  async recordAnswer(answer: AnswerRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO sovbot_answers (platform, channel, thread, lang, facts, fact_ids, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (platform, channel, thread) DO UPDATE SET lang = EXCLUDED.lang,
         facts = EXCLUDED.facts, fact_ids = EXCLUDED.fact_ids, at = EXCLUDED.at`,
      [
        answer.platform,
        answer.channel,
        answer.thread,
        answer.lang,
        JSON.stringify(answer.facts),
        answer.facts.map((fact) => fact.id),
        answer.at,
      ],
    );
  }

  async answersCiting(factIds: readonly string[], since: number): Promise<AnswerRecord[]> {
    if (factIds.length === 0) return [];
    const { rows } = await this.pool.query<{
      platform: AnswerRecord['platform'];
      channel: string;
      thread: string;
      lang: string;
      facts: AnswerRecord['facts'];
      at: string;
    }>(
      `SELECT platform, channel, thread, lang, facts, at FROM sovbot_answers
       WHERE fact_ids && $1 AND at >= $2 ORDER BY at, platform, channel, thread`,
      [[...factIds], since],
    );
    return rows.map((row) => ({ ...row, at: Number(row.at) }));
  }

  async follow(record: FollowRecord): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO sovbot_follows (platform, channel, deal_id, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [record.platform, record.channel, record.dealId, record.at],
    );
    return result.rowCount === 1;
  }

  async unfollow(platform: FollowRecord['platform'], channel: string, dealId: string): Promise<boolean> {
    const result = await this.pool.query(
      'DELETE FROM sovbot_follows WHERE platform = $1 AND channel = $2 AND deal_id = $3',
      [platform, channel, dealId],
    );
    return result.rowCount === 1;
  }

  async follows(where?: { platform: FollowRecord['platform']; channel: string }): Promise<FollowRecord[]> {
    const { rows } = await this.pool.query<{
      platform: FollowRecord['platform'];
      channel: string;
      deal_id: string;
      at: string;
    }>(
      `SELECT platform, channel, deal_id, at FROM sovbot_follows
       WHERE ($1::text IS NULL OR (platform = $1 AND channel = $2))
       ORDER BY deal_id, platform, channel`,
      [where?.platform ?? null, where?.channel ?? null],
    );
    return rows.map((row) => ({
      platform: row.platform,
      channel: row.channel,
      dealId: row.deal_id,
      at: Number(row.at),
    }));
  }

  async prune(days: number, now = new Date()): Promise<number> {
    await this.pool.query('DELETE FROM sovbot_state WHERE expires_at <= $1', [now.getTime()]);
    const cutoff = new Date(now.getTime() - days * 86_400_000);
    await this.pool.query('DELETE FROM sovbot_suggestions WHERE closed_at < $1', [cutoff.toISOString()]);
    await this.pool.query('DELETE FROM sovbot_answers WHERE at < $1', [cutoff.getTime()]);
    const result = await this.pool.query('DELETE FROM sovbot_records WHERE at < $1', [cutoff.toISOString()]);
    return result.rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Applies the pending migrations, each in its own transaction, under an advisory lock. */
export async function migrate(pool: pg.Pool, list: readonly Migration[]): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS sovbot_migrations (
         version    integer     PRIMARY KEY,
         name       text        NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM sovbot_migrations');
    const done = new Set(rows.map((row) => row.version));
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO sovbot_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        await client.query('COMMIT');
        applied.push(migration.version);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(
          `PostgreSQL store: migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return applied;
}
