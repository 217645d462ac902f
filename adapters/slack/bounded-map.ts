/**
 * A Map that forgets its least recently used entry once it holds `max` of them: memory for
 * "already answered" keys and per-thread context that stays bounded however long the bot runs.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();

  /** @param max Entries kept; the least recently read or written goes first. */
  constructor(readonly max: number) {}

  get size(): number {
    return this.#entries.size;
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** The value, marked as just used. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    // A Map iterates in insertion order, so the first key is the least recently used.
    while (this.#entries.size > this.max) {
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
