// The live bot builds a new engine whenever a corpus file changes, and most texts did not change: what a
// build computed from a text (its folded words, its index terms) is worth keeping for the next build.

/**
 * Values computed from a key, kept from one build to the next. Two generations: a build keeps what it
 * looks up (see {@link nextBuild}), so the memo holds at most two builds' keys, and a text that left the
 * corpus is forgotten one build later. Values are shared between builds: callers must not change them.
 */
export class BuildMemo<V> {
  #current = new Map<string, V>();
  #previous = new Map<string, V>();

  /** The value of `key`, computed by `compute` unless this build or the one before computed it. */
  get(key: string, compute: () => V): V {
    let value = this.#current.get(key);
    if (value !== undefined) return value;
    value = this.#previous.get(key) ?? compute();
    this.#current.set(key, value);
    return value;
  }

  /** What the latest build looked up, for keeping beyond the process (see {@link prime}). */
  entries(): Array<[string, V]> {
    return [...this.#current];
  }

  /** Adds values computed elsewhere (an earlier process's {@link entries}) for the next build to find. */
  prime(entries: Iterable<readonly [string, V]>): void {
    for (const [key, value] of entries) this.#current.set(key, value);
  }

  /** Starts a build: what the build before this one did not look up is forgotten. */
  nextBuild(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}
