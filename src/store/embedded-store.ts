import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { FeedbackStore } from './feedback-store.js';
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
import { SuggestionFile } from './suggestion-file.js';

/** One line of `answers.jsonl`: an answer posted, a follow, or an unfollow (replayed in order at open). */
type AnswerLogEntry =
  | { type: 'answer'; answer: AnswerRecord }
  | { type: 'follow'; follow: FollowRecord }
  | { type: 'unfollow'; platform: FollowRecord['platform']; channel: string; dealId: string };

const placeKey = (platform: string, channel: string, thread: string): string =>
  JSON.stringify([platform, channel, thread]);

export interface EmbeddedStoreOptions {
  /** Keys kept per space at most (least recently used dropped first). Default 50 000. */
  maxKeys?: number;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

/**
 * The default store, no server needed: records go to the append-only JSONL file of `FeedbackStore`
 * (nothing acknowledged is lost on kill -9), and short-lived state (follow-up memory, vote keys,
 * claims, cooldowns) lives in bounded maps of this one process. Run one replica with it; several
 * replicas need the PostgreSQL store.
 */
export class EmbeddedStore implements StateStore {
  readonly backend = 'embedded';
  readonly records: FeedbackStore;
  readonly suggestions: SuggestionFile;
  readonly #spaces = new Map<string, LRUCache<string, Entry>>();
  readonly #maxKeys: number;
  /** Answers and follows, in memory, replayed from (and appended to) `answers.jsonl`. */
  readonly #answersFile: string;
  readonly #answers = new Map<string, AnswerRecord>();
  readonly #follows = new Map<string, FollowRecord>();

  constructor(dataDir: string, options: EmbeddedStoreOptions = {}) {
    this.records = new FeedbackStore(dataDir);
    this.suggestions = new SuggestionFile(dataDir, (platform, userId) => this.hashUser(platform, userId));
    this.#maxKeys = options.maxKeys ?? 50_000;
    this.#answersFile = path.join(dataDir, 'answers.jsonl');
    if (existsSync(this.#answersFile)) {
      for (const line of readFileSync(this.#answersFile, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          this.#apply(JSON.parse(line) as AnswerLogEntry);
        } catch {
          // A torn last line (crash mid-write) is skipped: everything before it stands.
        }
      }
    }
  }

  #apply(entry: AnswerLogEntry): void {
    if (entry.type === 'answer') {
      const { platform, channel, thread } = entry.answer;
      this.#answers.set(placeKey(platform, channel, thread), entry.answer);
    } else if (entry.type === 'follow') {
      const { platform, channel, dealId } = entry.follow;
      this.#follows.set(placeKey(platform, channel, dealId), entry.follow);
    } else {
      this.#follows.delete(placeKey(entry.platform, entry.channel, entry.dealId));
    }
  }

  #write(entry: AnswerLogEntry): void {
    // A leading newline ends any torn line a crash left behind; empty lines are skipped on replay.
    appendFileSync(this.#answersFile, `\n${JSON.stringify(entry)}`);
    this.#apply(entry);
  }

  hashUser(platform: string, userId: string): string {
    return this.records.hashUser(platform, userId);
  }

  #space(space: string): LRUCache<string, Entry> {
    let map = this.#spaces.get(space);
    if (map === undefined) {
      map = new LRUCache({ max: this.#maxKeys });
      this.#spaces.set(space, map);
    }
    return map;
  }

  // Same keyed hash as the PostgreSQL store: what is kept in memory is what would be written there.
  #key(key: string): string {
    return this.records.hashUser('key', key);
  }

  async lease(space: LeaseSpace, key: string, until: number, now: number): Promise<number> {
    // Checked and set synchronously: two deliveries of one event in this process cannot both win.
    const map = this.#space(space);
    const hashed = this.#key(key);
    const held = map.get(hashed);
    if (held !== undefined && held.expiresAt > now) return Math.max(1, held.expiresAt - now);
    map.set(hashed, { value: null, expiresAt: until });
    return 0;
  }

  async put(space: StateSpace, key: string, value: unknown, expiresAt: number): Promise<void> {
    this.#space(space).set(this.#key(key), { value: structuredClone(value), expiresAt });
  }

  async get(space: StateSpace, key: string, now: number): Promise<unknown> {
    const entry = this.#space(space).get(this.#key(key));
    return entry === undefined || entry.expiresAt <= now ? undefined : structuredClone(entry.value);
  }

  async append(record: NewRecord) {
    return this.records.append(record);
  }

  async read(since?: Date) {
    return this.records.read(since);
  }

  async addSuggestion(suggestion: NewSuggestion): Promise<Suggestion> {
    return this.suggestions.add(suggestion);
  }

  async listSuggestions(status?: Suggestion['status']): Promise<Suggestion[]> {
    return this.suggestions.list(status);
  }

  async getSuggestion(id: number): Promise<Suggestion | undefined> {
    return this.suggestions.get(id);
  }

  async closeSuggestion(id: number, now = new Date()): Promise<Suggestion | undefined> {
    return this.suggestions.close(id, now);
  }

  async recordAnswer(answer: AnswerRecord): Promise<void> {
    this.#write({ type: 'answer', answer: structuredClone(answer) });
  }

  async answersCiting(factIds: readonly string[], since: number): Promise<AnswerRecord[]> {
    const wanted = new Set(factIds);
    return [...this.#answers.values()]
      .filter((answer) => answer.at >= since && answer.facts.some((fact) => wanted.has(fact.id)))
      .sort(
        (a, b) =>
          a.at - b.at ||
          placeKey(a.platform, a.channel, a.thread).localeCompare(placeKey(b.platform, b.channel, b.thread)),
      )
      .map((answer) => structuredClone(answer));
  }

  async follow(record: FollowRecord): Promise<boolean> {
    if (this.#follows.has(placeKey(record.platform, record.channel, record.dealId))) return false;
    this.#write({ type: 'follow', follow: { ...record } });
    return true;
  }

  async unfollow(platform: FollowRecord['platform'], channel: string, dealId: string): Promise<boolean> {
    if (!this.#follows.has(placeKey(platform, channel, dealId))) return false;
    this.#write({ type: 'unfollow', platform, channel, dealId });
    return true;
  }

  async follows(where?: { platform: FollowRecord['platform']; channel: string }): Promise<FollowRecord[]> {
    return [...this.#follows.values()]
      .filter((f) => where === undefined || (f.platform === where.platform && f.channel === where.channel))
      .sort(
        (a, b) =>
          a.dealId.localeCompare(b.dealId) ||
          a.platform.localeCompare(b.platform) ||
          a.channel.localeCompare(b.channel),
      )
      .map((f) => ({ ...f }));
  }

  async prune(days: number, now = new Date()): Promise<number> {
    this.suggestions.prune(days, now);
    const at = now.getTime();
    for (const map of this.#spaces.values()) {
      for (const [key, entry] of map.entries()) if (entry.expiresAt <= at) map.delete(key);
    }
    const cutoff = at - days * 86_400_000;
    let dropped = false;
    for (const [key, answer] of this.#answers) {
      if (answer.at < cutoff) {
        this.#answers.delete(key);
        dropped = true;
      }
    }
    if (dropped) {
      // Rewritten whole (temp file, then rename) so pruned answers leave the disk too.
      const lines = [
        ...[...this.#answers.values()].map((answer) => JSON.stringify({ type: 'answer', answer })),
        ...[...this.#follows.values()].map((follow) => JSON.stringify({ type: 'follow', follow })),
      ];
      const temp = `${this.#answersFile}.tmp`;
      writeFileSync(temp, lines.join('\n'));
      renameSync(temp, this.#answersFile);
    }
    return this.records.prune(days, now);
  }

  async close(): Promise<void> {}
}
