/**
 * The PostgreSQL schema, as numbered migrations. At start each replica applies, in one transaction
 * under an advisory lock (two replicas starting together apply each migration once), every migration
 * whose number is not yet in `sovbot_migrations`. Never edit a released migration: add the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'state and records',
    sql: `
      -- The install's secret for hashing user ids and state keys, shared by every replica.
      CREATE TABLE sovbot_settings (
        name  text PRIMARY KEY,
        value text NOT NULL
      );
      -- Short-lived keyed state: follow-up memory, vote keys, de-dup claims, cooldowns.
      -- key is a keyed hash (never a raw platform id); expires_at is epoch milliseconds.
      CREATE TABLE sovbot_state (
        space      text   NOT NULL,
        key        text   NOT NULL,
        value      jsonb,
        expires_at bigint NOT NULL,
        PRIMARY KEY (space, key)
      );
      CREATE INDEX sovbot_state_expires_at ON sovbot_state (expires_at);
      -- Feedback (up/down) and no-answer records, kept SOVBOT_RETENTION_DAYS.
      CREATE TABLE sovbot_records (
        id        bigserial   PRIMARY KEY,
        at        timestamptz NOT NULL,
        platform  text        NOT NULL,
        user_hash text        NOT NULL,
        kind      text        NOT NULL CHECK (kind IN ('no-answer', 'up', 'down')),
        question  text        NOT NULL,
        reason    text,
        fact_ids  text[]
      );
      CREATE INDEX sovbot_records_at ON sovbot_records (at);
    `,
  },
  {
    version: 2,
    name: 'answers and follows',
    sql: `
      -- Posted answers and the facts they cited (id + hash of the text shown), kept
      -- SOVBOT_RETENTION_DAYS, so a reload that changes a cited fact can correct the thread.
      CREATE TABLE sovbot_answers (
        platform text   NOT NULL,
        channel  text   NOT NULL,
        thread   text   NOT NULL,
        lang     text   NOT NULL,
        facts    jsonb  NOT NULL,
        fact_ids text[] NOT NULL,
        at       bigint NOT NULL,
        PRIMARY KEY (platform, channel, thread)
      );
      CREATE INDEX sovbot_answers_fact_ids ON sovbot_answers USING gin (fact_ids);
      CREATE INDEX sovbot_answers_at ON sovbot_answers (at);
      -- Channels following a deal: a reload that changes the deal posts a summary there.
      CREATE TABLE sovbot_follows (
        platform text   NOT NULL,
        channel  text   NOT NULL,
        deal_id  text   NOT NULL,
        at       bigint NOT NULL,
        PRIMARY KEY (platform, channel, deal_id)
      );
    `,
  },
  {
    version: 3,
    name: 'suggestions',
    sql: `
      -- Users' suggestions of a deal to add or a correction to make, open until a maintainer closes them.
      CREATE TABLE sovbot_suggestions (
        id        serial      PRIMARY KEY,
        at        timestamptz NOT NULL,
        platform  text        NOT NULL,
        user_hash text        NOT NULL,
        kind      text        NOT NULL CHECK (kind IN ('deal', 'correction')),
        deal_ids  text[]      NOT NULL DEFAULT '{}',
        fact_ids  text[]      NOT NULL DEFAULT '{}',
        what      text        NOT NULL,
        link      text        NOT NULL,
        note      text,
        status    text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_at timestamptz
      );
      CREATE INDEX sovbot_suggestions_status ON sovbot_suggestions (status, id);
    `,
  },
];
