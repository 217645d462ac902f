// Seeded randomness for the benchmark: the same seed gives the same corpora and questions on every run.

/** FNV-1a hash of a string: turns labels ("deal 42", "pool company 7") into seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny 32-bit PRNG, good enough for test data, returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded random source with the few helpers the generators need. */
export class Rng {
  readonly #next: () => number;

  constructor(seed: number | string) {
    this.#next = mulberry32(typeof seed === 'number' ? seed : hashString(seed));
  }

  /** A number in [0, 1). */
  next(): number {
    return this.#next();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.#next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.#next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty array');
    return items[this.int(items.length)] as T;
  }

  /**
   * A rank in [0, size) drawn with a Zipf-like law (density ~ 1/rank): a few entries are very common and
   * most are rare, like company or country names in news about deals.
   */
  zipf(size: number): number {
    return Math.min(size - 1, Math.floor(size ** this.#next()) - 1);
  }

  /** Shuffles a copy of the array (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}
