// The index terms, numbered. Facts and deals keep their terms as numbers: 4 bytes a term rather than an
// 8-byte pointer, and looking a question's word up in a fact compares numbers, not strings. Every text's
// numbers are kept end to end in one typed array, as lists: a typed array per text took some 190 bytes of
// heap besides its terms (about 20 MB at 100k facts).

/** Every index term once, with its number and how many deals use it; and each text's terms, as a list. */
export class TermTable {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  /** How many deals use each term; grown by doubling while terms are added (see {@link trim}). */
  #dealCounts = new Uint32Array(1024);
  /** The lists' term numbers, end to end; grown by doubling while lists are added (see {@link trim}). */
  #listed = new Uint32Array(1024);
  /** Where each list ends in #listed (it starts where the one before ends). */
  #listEnds = new Uint32Array(256);
  #listCount = 0;

  /** The number of `term`, numbering it if it is new. */
  add(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#terms.length;
      this.#ids.set(term, id);
      this.#terms.push(term);
      if (id === this.#dealCounts.length) this.#dealCounts = grown(this.#dealCounts, id + 1, id);
    }
    return id;
  }

  /** Numbers each of `terms` (see {@link add}) and keeps their numbers, once each, as a new list: its number. */
  addList(terms: readonly string[]): number {
    const start = this.#listStart(this.#listCount);
    if (start + terms.length > this.#listed.length)
      this.#listed = grown(this.#listed, start + terms.length, start);
    const ids = this.#listed;
    let end = start;
    for (const term of terms) {
      const id = this.add(term);
      // A text has few terms: a scan of the ones so far beats a set.
      let seen = false;
      for (let i = start; i < end && !seen; i++) seen = ids[i] === id;
      if (!seen) ids[end++] = id;
    }
    if (this.#listCount === this.#listEnds.length)
      this.#listEnds = grown(this.#listEnds, this.#listCount + 1, this.#listCount);
    this.#listEnds[this.#listCount] = end;
    return this.#listCount++;
  }

  /** The term numbers of list `list` (a view, not a copy). */
  list(list: number): Uint32Array {
    return this.#listed.subarray(this.#listStart(list), this.#listEnds[list]);
  }

  /** Whether list `list` has any of the terms numbered `ids`. */
  listHas(list: number, ids: readonly number[]): boolean {
    const listed = this.#listed;
    const start = this.#listStart(list);
    const end = this.#listEnds[list] as number;
    // Plain loops: a list and the forms of a word are short.
    for (const id of ids) for (let i = start; i < end; i++) if (listed[i] === id) return true;
    return false;
  }

  /** Gives back the room grown for terms and lists still to come: once every list is in. */
  trim(): void {
    this.#dealCounts = this.#dealCounts.slice(0, this.#terms.length);
    this.#listed = this.#listed.slice(0, this.#listStart(this.#listCount));
    this.#listEnds = this.#listEnds.slice(0, this.#listCount);
  }

  #listStart(list: number): number {
    return list === 0 ? 0 : (this.#listEnds[list - 1] as number);
  }

  /** Counts one more deal using the term numbered `id`. */
  countDeal(id: number): void {
    this.#dealCounts[id] = (this.#dealCounts[id] as number) + 1;
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

/** A copy of the first `used` numbers of `array` in a new array of at least `needed`, twice as long at least. */
function grown(array: Uint32Array, needed: number, used: number): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(Math.max(needed, array.length * 2));
  bigger.set(array.subarray(0, used));
  return bigger;
}
