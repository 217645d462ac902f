import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, loadCorpus } from '../../src/corpus/load-corpus.js';
import { needsFrenchAmount } from '../../src/corpus/needs-french-amount.js';
import type { Deal } from '../../src/corpus/schema.js';
import { validateCorpusFiles } from '../../src/corpus/validate-corpus.js';
import { rowSentence } from '../../src/engine/compose-answer.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { engineOn } from '../engine/helpers.js';

// How much each unit word multiplies its figure by. French "billion" is 10^12, not the English 10^9:
// writing "1 billion" for "1bn" must fail.
const englishScale: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  trillion: 1e12,
};
const frenchScale: Record<string, number> = {
  k: 1e3,
  M: 1e6,
  million: 1e6,
  Md: 1e9,
  milliard: 1e9,
  billion: 1e12,
};
// English: "450,281,369", "2.7 trillion", "EUR 1.5m". French: "450 281 369", "2 700 milliards", "1,5 M".
const englishNumber = /(\d+(?:,\d{3})*(?:\.\d+)?)(?: ?(bn|m|k|(?:m|b|tr)illion)s?)?\b/g;
const frenchNumber =
  /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?: ?(Md|M|k|milliard|million|billion)s?)?\b/g;

/** The amounts an English text states, as numbers (sorted): the same quantities however they are written. */
function englishFigures(text: string): number[] {
  return [...text.matchAll(englishNumber)]
    .map((m) => Number((m[1] ?? '').replaceAll(',', '')) * (englishScale[m[2] ?? ''] ?? 1))
    .map((n) => Number(n.toPrecision(12)))
    .sort((a, b) => a - b);
}

function frenchFigures(text: string): number[] {
  // "1er décembre": the ordinal is the figure 1.
  return [...text.replace(/(\d)er\b/g, '$1').matchAll(frenchNumber)]
    .map((m) => {
      const whole = (m[1] ?? '').replace(/[ \u00a0\u202f]/g, '');
      const figure = Number(m[2] === undefined ? whole : `${whole}.${m[2]}`);
      return figure * (frenchScale[m[3] ?? ''] ?? 1);
    })
    .map((n) => Number(n.toPrecision(12)))
    .sort((a, b) => a - b);
}

describe('needsFrenchAmount', () => {
  it.each([
    // Why each needs a French version: a word a French answer must not show in English.
    ['about GBP 450m (GBP 450,281,369 maximum)', true],
    ['not disclosed', true],
    ['up to USD 9bn', true],
    ['EUR 11bn (Schwarz Digits investment)', true],
    ['multimillion-dollar', true],
    // Why each reads the same in French: only figures, ISO currency codes and unit suffixes.
    ['GBP 473m', false],
    ['ATL 5m', false],
    ['USD 1.5-2bn', false],
    ['EUR 164,679,680', false],
  ])('"%s" → %s', (amount, expected) => {
    expect(needsFrenchAmount(amount)).toBe(expected);
  });
});

describe('figures of an amount and of its French version', () => {
  it('match however they are written, and differ when a figure or a scale does', () => {
    const same = (en: string, fr: string) => expect(frenchFigures(fr)).toEqual(englishFigures(en));
    same('about GBP 450m (GBP 450,281,369 maximum)', 'environ 450 M GBP (450 281 369 GBP au maximum)');
    same('EUR 164,679,680 (about IDR 2.7 trillion)', '164 679 680 EUR (environ 2 700 milliards IDR)');
    same(
      'USD 1.5-2bn; EUR 18.50 a share; 1 December 2023',
      '1,5 à 2 Md USD ; 18,50 EUR par action ; 1er décembre 2023',
    );
    expect(frenchFigures('environ 45 M GBP')).not.toEqual(englishFigures('about GBP 450m'));
    expect(frenchFigures('1 billion USD')).not.toEqual(englishFigures('USD 1bn'));
    expect(frenchFigures('jusqu’à 10 M USD')).not.toEqual(englishFigures('up to USD 10bn'));
  });
});

describe('French amounts in the bundled corpus', () => {
  let deals: Deal[];
  beforeAll(async () => {
    const result = await loadCorpus(defaultCorpusDir);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    deals = result.corpus.deals;
  });

  it('every amount in words has a French version', () => {
    const missing = deals.filter(
      (d) => d.value !== undefined && needsFrenchAmount(d.value.amount) && d.value.amount_fr === undefined,
    );
    expect(missing.map((d) => `${d.id}: ${d.value?.amount}`)).toEqual([]);
  });

  it('every French amount states the same figures as the English one', () => {
    const translated = deals.flatMap((d) =>
      d.value?.amount_fr === undefined ? [] : [{ id: d.id, en: d.value.amount, fr: d.value.amount_fr }],
    );
    expect(translated.length).toBeGreaterThan(0);
    for (const { id, en, fr } of translated) {
      expect(frenchFigures(fr), `${id}: "${fr}" vs "${en}"`).toEqual(englishFigures(en));
    }
  });

  it('no French row shows an English qualifier of an amount', () => {
    const english =
      /\b(?:about|up to|more than|almost|not disclosed|undisclosed|reportedly|reported|estimate)\b/i;
    for (const deal of deals.filter((d) => d.value !== undefined)) {
      // Without its parties (names stay as the sources give them), a row after its title is value and status.
      const row = rowSentence({ ...deal, customers: [], providers: [] }, 'fr');
      expect(row.slice(deal.title_fr.length), deal.id).not.toMatch(english);
    }
  });

  it('no row, in either language, says its basis twice ("up to USD 10bn (ceiling) (ceiling)")', () => {
    for (const deal of deals.filter((d) => d.value !== undefined)) {
      for (const lang of ['en', 'fr'] as const) {
        const row = rowSentence({ ...deal, customers: [], providers: [] }, lang);
        expect(row, `${deal.id} ${lang}`).not.toMatch(/\(([^()]+)\)\s*\(\1\)/);
      }
    }
  });
});

describe('a French list answer', () => {
  it.each([
    // A count of deals with amounts in words (about, up to…); and a year with undisclosed and estimated ones.
    'Combien de contrats AWS au Royaume-Uni ?',
    'Qu’est-ce qui s’est passé en 2021 ?',
  ])('"%s" shows each value in French', async (question) => {
    const engine = await engineOn();
    const answer = engine.ask(question);
    if (answer.kind !== 'answered') throw new Error(`no answer: ${answer.reason}`);
    expect(answer.lang).toBe('fr');
    const amounts = answer.rows.flatMap((r) => (r.value ? [r.value.amount] : []));
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(amount).not.toMatch(/\b(?:about|not disclosed|up to)\b/i);
    // Each row's sentence shows that French amount.
    answer.rows.forEach((row, i) => {
      if (row.value) expect(answer.statements[i]?.text).toContain(row.value.amount);
    });
  });
});

describe('corpus check on an amount in words with no French version', () => {
  const file = path.join('test', 'fixtures', 'good', 'deals', 'atlantis-cloud-2024.yaml');
  const other = path.join('test', 'fixtures', 'good', 'deals', 'atlantis-data-law-2023.yaml');
  const check = (source: string) =>
    validateCorpusFiles(
      'x',
      [
        { file, source },
        { file: other, source: readFileSync(other, 'utf8') },
      ],
      { now: new Date('2026-12-04T12:00:00Z') },
    );

  it('warns, without failing, naming the file, the field and what to write', () => {
    const source = readFileSync(file, 'utf8').replace('amount: ATL 5m', 'amount: about ATL 5m');
    const result = check(source);
    expect(result.ok).toBe(true);
    const line = source.split('\n').findIndex((l) => l.includes('amount: about ATL 5m')) + 1;
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `atlantis-cloud-2024\\.yaml:${line}: value\\.amount_fr: warning: amount in words with no French version \\("about ATL 5m"\\)\\. Add value\\.amount_fr`,
        ),
      ),
    ]);
  });

  it('is quiet once amount_fr is given', () => {
    const source = readFileSync(file, 'utf8').replace(
      'amount: ATL 5m',
      'amount: about ATL 5m\n  amount_fr: environ 5 M ATL',
    );
    const result = check(source);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
    if (result.ok) expect(result.corpus.deals[0]?.value?.amount_fr).toBe('environ 5 M ATL');
  });
});
