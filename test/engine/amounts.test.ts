import { describe, expect, it } from 'vitest';
import { amountsIn, claimedAmountsIn, percentagesIn, sameAmount } from '../../src/engine/amounts.js';

describe('amountsIn', () => {
  it.each([
    ['why is the UK MoD paying Google GBP 4bn?', [4e9]],
    ["pourquoi la Commission a dépensé 180 milliards d'euros ?", [180e9]],
    ['un contrat de 400 millions de livres', [400e6]],
    ['a $1bn deal', [1e9]],
    ['a USD 10 billion ceiling', [10e9]],
    ['EUR 3,5 milliards', [3.5e9]],
    ['pourquoi le Kenya a payé un milliard de dollars ?', [1e9]],
    // Thousands separators, whole figures next to a currency, both ends of a range.
    ['EUR 1,200m', [1.2e9]],
    ['EUR 236,000 a year', [236000]],
    ['EUR 164,679,680', [164679680]],
    ['USD 1.5-2bn', [1.5e9, 2e9]],
  ])('reads "%s" as money', (text, amounts) => {
    expect(amountsIn(text)).toEqual(amounts);
  });

  it('reads no money where no currency is written (400m may be metres)', () => {
    expect(amountsIn('a 400m runway')).toEqual([]);
    expect(amountsIn('Who is the MD of the AWS European Sovereign Cloud?')).toEqual([]);
  });

  it('takes rounding for the same figure, and a thousandfold slip for another', () => {
    expect(sameAmount(3.5e9, 3.52e9)).toBe(true);
    expect(sameAmount(180e6, 180e9)).toBe(false);
  });
});

describe('percentagesIn', () => {
  it.each([
    ['up to 49 % of the capital', [49]],
    ['each took about 30-40% of customer spend', [30, 40]],
    ['financés à 85 % par la France', [85]],
    ['15 per cent of the budget', [15]],
    ['EUR 3.5bn and no share', []],
  ])('reads the shares in "%s"', (text, expected) => {
    expect(percentagesIn(text)).toEqual(expected);
  });
});

describe('claimedAmountsIn', () => {
  it.each([
    ['each got its own 9bn ceiling, 36bn in total?', [9e9, 36e9]],
    ['a USD 400m contract', [400e6]],
    // Without a currency, only billions are money: "5m users" is no amount.
    ['5m users and 2 billion requests', [2e9]],
    ['signed in 2021 with 3 vendors', []],
  ])('reads the amounts claimed in "%s"', (text, expected) => {
    expect(claimedAmountsIn(text)).toEqual(expected);
  });
});
