// The index terms, numbered. Facts and deals keep their terms as numbers in typed arrays: 4 bytes a term
// rather than an 8-byte pointer, and looking a question's word up in a fact compares numbers, not strings.

/** Every index term once, with its number and how many deals use it. */
export class TermTable {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #dealCounts: number[] = [];

  /** The number of `term`, numbering it if it is new. */
  add(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#terms.length;
      this.#ids.set(term, id);
      this.#terms.push(term);
      this.#dealCounts.push(0);
    }
    return id;
  }

  /** Numbers each of `terms` once (see {@link add}). */
  addAll(terms: readonly string[]): Uint32Array {
    const ids = new Uint32Array(terms.length);
    let count = 0;
    for (const term of terms) {
      const id = this.add(term);
      // A text has few terms: a scan of the ones so far beats a set.
      let seen = false;
      for (let i = 0; i < count && !seen; i++) seen = ids[i] === id;
      if (!seen) ids[count++] = id;
    }
    return ids.slice(0, count);
  }

  /** Counts one more deal using the term numbered `id`. */
  countDeal(id: number): void {
    this.#dealCounts[id] = (this.#dealCounts[id] ?? 0) + 1;
  }

  /** The number of a term, if the index has it. */
  idOf(term: string): number | undefined {
    return this.#ids.get(term);
  }

  has(term: string): boolean {
    return this.#ids.has(term);
  }

  /** The term numbered `id`. */
  term(id: number): string {
    return this.#terms[id] ?? '';
  }

  /**
   * How many deals use a term (a term used by few deals points at them), as counted by {@link countDeal};
   * undefined for a term the table does not have.
   */
  dealFrequency(term: string): number | undefined {
    const id = this.#ids.get(term);
    return id === undefined ? undefined : this.#dealCounts[id];
  }

  /** Every term. */
  terms(): IterableIterator<string> {
    return this.#ids.keys();
  }
}
