// The baseline: a plain MiniSearch with default options over the same facts.
// This is the ONLY module besides src/engine/search-index.ts allowed to import 'minisearch' (the core keeps
// it behind its search index; test/architecture.test.ts checks src/, this file is the one exception).
import MiniSearch from 'minisearch';
import type { Corpus } from '../src/index.js';

export interface Baseline {
  /** Searches with MiniSearch's default search options; returns the fact position of the best hit. */
  search(question: string): number | undefined;
  /** Deal id of the fact at a position. */
  dealOf(fact: number): string;
  readonly documentCount: number;
}

/** `new MiniSearch({ fields: ['text'] })` and `addAll` of `{ id, text }` facts: nothing tuned. */
export function buildBaseline(corpus: Corpus): Baseline {
  const dealOfFact: string[] = [];
  const documents: Array<{ id: number; text: string }> = [];
  for (const deal of corpus.deals)
    for (const fact of deal.facts) {
      documents.push({ id: documents.length, text: fact.text });
      dealOfFact.push(deal.id);
    }
  const search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  search.addAll(documents);
  return {
    search: (question) => search.search(question)[0]?.id as number | undefined,
    dealOf: (fact) => dealOfFact[fact] ?? '',
    get documentCount() {
      return search.documentCount;
    },
  };
}
