import { describe, expect, it } from 'vitest';
import { TermTable } from '../../src/engine/term-table.js';

// The term table keeps every text's term numbers end to end in one growing array: each list must come back
// as it went in, whatever was added after it and after the table gave back its spare room.
describe('TermTable', () => {
  it('keeps each term of a list once, in the order first met', () => {
    const table = new TermTable();
    const list = table.addList(['cloud', 'contract', 'cloud', 'aws']);
    expect([...table.list(list)].map((id) => table.term(id))).toEqual(['cloud', 'contract', 'aws']);
  });

  it('tells whether a list has any of some terms, and only that list', () => {
    const table = new TermTable();
    const first = table.addList(['cloud', 'contract']);
    const second = table.addList(['ceiling', 'billion']);
    const id = (term: string) => table.idOf(term) as number;
    expect(table.listHas(first, [id('billion'), id('contract')])).toBe(true);
    expect(table.listHas(first, [id('ceiling')])).toBe(false);
    expect(table.listHas(second, [id('ceiling')])).toBe(true);
    expect(table.listHas(second, [])).toBe(false);
  });

  it('keeps every list and deal count through growing and trimming', () => {
    const table = new TermTable();
    // Far more lists and terms than the arrays start with, so they grow several times.
    const lists = Array.from({ length: 3000 }, (_, i) => [`t${i}`, `t${i + 1}`, `t${i % 7}`, 'shared']);
    const numbers = lists.map((terms) => table.addList(terms));
    for (const n of numbers) for (const id of table.list(n)) table.countDeal(id);
    table.trim();
    lists.forEach((terms, i) => {
      const kept = [...table.list(numbers[i] as number)].map((id) => table.term(id));
      expect(kept).toEqual([...new Set(terms)]);
    });
    expect(table.dealFrequency('shared')).toBe(lists.length);
    expect(table.dealFrequency('t5')).toBe(lists.filter((terms) => terms.includes('t5')).length);
    expect(table.dealFrequency('absent')).toBeUndefined();
  });

  it('has no terms in an empty list', () => {
    const table = new TermTable();
    const empty = table.addList([]);
    const after = table.addList(['cloud']);
    expect(table.list(empty)).toHaveLength(0);
    expect([...table.list(after)].map((id) => table.term(id))).toEqual(['cloud']);
  });
});
