/**
 * A Map that forgets its oldest entries beyond `limit`, so per-user and per-message state (vote
 * keys, follow-up context, cooldowns) cannot grow without bound on a busy server.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();

  /** @param limit Entries kept at most; setting one more drops the least recently set. */
  constructor(readonly limit: number) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  set(key: K, value: V): this {
    // Re-inserting moves the key to the newest end, so the oldest is always first.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.limit) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
    return this;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }
}
