import { LRUCache } from 'lru-cache';

/**
 * A per-user cooldown: after a question, the same user waits `seconds` before the next one counts.
 * `seconds` 0 turns it off.
 */
export class Cooldown {
  readonly #lastAt: LRUCache<string, number>;

  /**
   * @param seconds Wait between two questions of one user; 0 disables the cooldown.
   * @param now Clock in milliseconds (tests pass a fake one). Default `Date.now`.
   * @param limit Users remembered at most. Default 10 000.
   */
  constructor(
    readonly seconds: number,
    private readonly now: () => number = Date.now,
    limit = 10_000,
  ) {
    this.#lastAt = new LRUCache({ max: limit });
  }

  /**
   * Takes the user's turn: returns 0 and starts their cooldown when they may ask now, or the whole
   * seconds left to wait (their cooldown is not extended by asking too early).
   */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const last = this.#lastAt.get(userId);
    const waitMs = last === undefined ? 0 : last + this.seconds * 1000 - now;
    if (waitMs > 0) return Math.ceil(waitMs / 1000);
    this.#lastAt.set(userId, now);
    return 0;
  }
}
