import type { FeedbackRecord } from './feedback-store.js';

/** Keyed state with an expiry: follow-up memory and vote keys. */
export type StateSpace = 'memory' | 'vote';

/** Leases: one holder until expiry. `claim` de-duplicates deliveries, `cooldown` paces a user. */
export type LeaseSpace = 'claim' | 'cooldown';

/** A user's suggestion: a deal sovbot does not know, or a correction of one of its answers. */
export interface Suggestion {
  /** Its number, from 1, shown to maintainers (`sovbot suggestions close 3`). */
  id: number;
  /** ISO time it was made. */
  at: string;
  platform: FeedbackRecord['platform'];
  /** Keyed hash of the platform user id; the raw id is never stored. */
  user: string;
  /** `deal`: a deal to add; `correction`: something wrong in an answer. */
  kind: 'deal' | 'correction';
  /** The deals and facts the corrected answer cited ([] for a deal suggestion). */
  dealIds: string[];
  factIds: string[];
  /** What to add or change, one line. */
  what: string;
  /** The source the user points to: an http(s) URL. */
  link: string;
  note?: string;
  status: 'open' | 'closed';
  /** ISO time it was closed. */
  closedAt?: string;
}

/** A suggestion to store; the store numbers it, stamps the time (unless given) and hashes the user id. */
export type NewSuggestion = Omit<
  Suggestion,
  'id' | 'at' | 'user' | 'status' | 'closedAt' | 'dealIds' | 'factIds'
> & {
  dealIds: readonly string[];
  factIds: readonly string[];
  userId: string;
  at?: Date;
};

/** A record to append; the store stamps the time (unless given) and hashes the user id. */
export type NewRecord = Omit<FeedbackRecord, 'at' | 'user'> & { userId: string; at?: Date };

/** Where an answer was posted: a thread (Slack ts, Discord message id) in a channel. */
export interface AnswerPlace {
  platform: 'slack' | 'discord' | 'console';
  channel: string;
  /** Slack: the thread ts; Discord: the id of the message to reply to. */
  thread: string;
}

/** A posted answer, kept so that a later change to a fact it cited can be corrected in its thread. */
export interface AnswerRecord extends AnswerPlace {
  /** The answer's language (`en`, `fr`…): a correction is written in it. */
  lang: string;
  /** The facts cited, each with a hash of the text shown (see `factTextHash`). */
  facts: Array<{ id: string; hash: string }>;
  /** When it was posted, epoch milliseconds. */
  at: number;
}

/** A channel following a deal. */
export interface FollowRecord {
  platform: 'slack' | 'discord' | 'console';
  channel: string;
  dealId: string;
  /** When the follow was made, epoch milliseconds. */
  at: number;
}

/**
 * Everything sovbot remembers between two messages, behind one interface with two backends of the
 * same behaviour (one contract suite runs on both): the embedded store (memory plus an append-only
 * JSONL file, one process) and PostgreSQL (shared by replicas). Keys are hashed with the install's
 * secret key before they are stored, so no raw platform user id is ever written; times are epoch
 * milliseconds passed in by the caller, so every replica (and a test's fake clock) agrees.
 */
export interface StateStore {
  /** `embedded` or `postgres`, for logs and `admin status`. */
  readonly backend: 'embedded' | 'postgres';
  /** Keyed hash of a platform user id: stable per install (shared by replicas), not reversible. */
  hashUser(platform: string, userId: string): string;
  /**
   * Takes `key` in `space` until `until` unless someone holds it past `now`. Resolves 0 when taken,
   * else the milliseconds left on the current holder's lease (at least 1). Atomic across replicas.
   */
  lease(space: LeaseSpace, key: string, until: number, now: number): Promise<number>;
  /** Stores a JSON value under `key` until `expiresAt` (replacing any earlier one). */
  put(space: StateSpace, key: string, value: unknown, expiresAt: number): Promise<void>;
  /** The value under `key`, if it has not expired at `now`. */
  get(space: StateSpace, key: string, now: number): Promise<unknown>;
  /** Appends a feedback or no-answer record, durably, before resolving. */
  append(record: NewRecord): Promise<FeedbackRecord>;
  /** Every record at or after `since`, oldest first. */
  read(since?: Date): Promise<FeedbackRecord[]>;
  /** Stores a suggestion, whole or not at all, before resolving; open until closed. */
  addSuggestion(suggestion: NewSuggestion): Promise<Suggestion>;
  /** Suggestions with this status (default: every one), oldest first. */
  listSuggestions(status?: Suggestion['status']): Promise<Suggestion[]>;
  /** Suggestion number `id`, if there is one. */
  getSuggestion(id: number): Promise<Suggestion | undefined>;
  /** Closes suggestion `id` (a closed one stays as it was). Resolves it, or undefined when there is none. */
  closeSuggestion(id: number, now?: Date): Promise<Suggestion | undefined>;
  /** Records a posted answer (a second record for the same place replaces the first). */
  recordAnswer(answer: AnswerRecord): Promise<void>;
  /** The answers posted at or after `since` that cited any of `factIds`, oldest first. */
  answersCiting(factIds: readonly string[], since: number): Promise<AnswerRecord[]>;
  /** Subscribes a channel to a deal. Resolves false when it already followed it. */
  follow(record: FollowRecord): Promise<boolean>;
  /** Ends a subscription. Resolves false when there was none. */
  unfollow(platform: FollowRecord['platform'], channel: string, dealId: string): Promise<boolean>;
  /** The subscriptions of one channel, or (no channel) of every channel, by deal then channel. */
  follows(where?: { platform: FollowRecord['platform']; channel: string }): Promise<FollowRecord[]>;
  /**
   * Drops records and answers older than `days`, suggestions closed more than `days` ago (open ones stay
   * until a maintainer closes them) and expired state. Resolves how many records were dropped.
   */
  prune(days: number, now?: Date): Promise<number>;
  /** Releases connections and files. */
  close(): Promise<void>;
}
