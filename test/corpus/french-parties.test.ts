import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/corpus/load-corpus.js';
import { validateCorpusFiles } from '../../src/corpus/validate-corpus.js';
import { partiesIn, rowSentence } from '../../src/engine/compose-answer.js';

// customers_fr / providers_fr: the parties in French, name for name, shown by French rows and cards.
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
const withFrench = (customersFr: string) =>
  readFileSync(file, 'utf8').replace(
    'customers: [Atlantis Tax Office]',
    `customers: [Atlantis Tax Office]\ncustomers_fr: ${customersFr}`,
  );

describe('customers_fr in a corpus entry', () => {
  it('is shown by French rows and cards, and English ones keep the English names', () => {
    const result = check(withFrench('[administration fiscale atlante]'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const deal = result.corpus.deals.find((d) => d.id === 'atlantis-cloud-2024');
    if (deal === undefined) throw new Error('fixture deal missing');
    expect(rowSentence(deal, 'fr')).toContain('administration fiscale atlante avec');
    expect(rowSentence(deal, 'fr')).not.toContain('Atlantis Tax Office');
    expect(rowSentence(deal, 'en')).toContain('Atlantis Tax Office with');
    expect(partiesIn(deal, 'customers', 'fr')).toEqual(['administration fiscale atlante']);
    // No French providers list: the English one stands in.
    expect(partiesIn(deal, 'providers', 'fr')).toEqual(deal.providers);
  });

  it('with a name missing or extra fails, naming the file, the field and the count', () => {
    const source = withFrench('[administration fiscale atlante, ministère atlante]');
    const result = check(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = source.split('\n').findIndex((l) => l.startsWith('customers_fr:')) + 1;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `atlantis-cloud-2024\\.yaml:${line}: customers_fr: expected 1 name, one for each of customers \\(got 2\\)`,
        ),
      ),
    ]);
  });
});

describe('corpus check on parties described in words with no French version', () => {
  it('warns, without failing, naming the file, the field and what to write; quiet once given', () => {
    const source = readFileSync(file, 'utf8').replace(
      'customers: [Atlantis Tax Office]',
      'customers: [regional tax offices]',
    );
    const result = check(source);
    expect(result.ok).toBe(true);
    const line = source.split('\n').findIndex((l) => l.startsWith('customers:')) + 1;
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `atlantis-cloud-2024\\.yaml:${line}: customers_fr: warning: customers described in words with no French version \\("regional tax offices"\\)\\. Add customers_fr`,
        ),
      ),
    ]);
    const translated = source.replace(
      'customers: [regional tax offices]',
      'customers: [regional tax offices]\ncustomers_fr: [centres des impôts régionaux]',
    );
    expect(check(translated).warnings).toEqual([]);
  });
});
