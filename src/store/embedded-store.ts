import { LRUCache } from 'lru-cache';
import { FeedbackStore } from './feedback-store.js';
import type {
  LeaseSpace,
  NewRecord,
  NewSuggestion,
  StateSpace,
  StateStore,
  Suggestion,
} from './state-store.js';
import { SuggestionFile } from './suggestion-file.js';

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

  constructor(dataDir: string, options: EmbeddedStoreOptions = {}) {
    this.records = new FeedbackStore(dataDir);
    this.suggestions = new SuggestionFile(dataDir, (platform, userId) => this.hashUser(platform, userId));
    this.#maxKeys = options.maxKeys ?? 50_000;
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

  async prune(days: number, now = new Date()): Promise<number> {
    this.suggestions.prune(days, now);
    const at = now.getTime();
    for (const map of this.#spaces.values()) {
      for (const [key, entry] of map.entries()) if (entry.expiresAt <= at) map.delete(key);
    }
    return this.records.prune(days, now);
  }

  async close(): Promise<void> {}
}
