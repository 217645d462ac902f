import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCorpus } from '../../src/corpus/load-corpus.js';
import { validateCorpusFiles } from '../../src/corpus/validate-corpus.js';

const fixture = (name: string) => path.join('test', 'fixtures', name);

describe('loadCorpus', () => {
  it('loads a good corpus with counts, version and corpus date', async () => {
    const result = await loadCorpus(fixture('good'), { now: new Date('2026-11-29') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.corpus.deals.map((d) => d.id)).toEqual(['atlantis-cloud-2024', 'atlantis-data-law-2023']);
    expect(result.corpus.factCount).toBe(3);
    expect(result.corpus.sourceCount).toBe(3);
    expect(result.corpus.version).toMatch(/^[0-9a-f]{12}$/);
    expect(result.corpus.reviewedUntil).toBe('2026-11-01');
    // A bare year in YAML is a number; the schema turns it into the string "2023".
    expect(result.corpus.deals[1]?.date).toBe('2023');
    expect(result.warnings).toEqual([]);
  });

  it('warns about entries not reviewed in the last 12 months', async () => {
    const result = await loadCorpus(fixture('good'), { now: new Date('2028-01-01') });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'entry not reviewed in the last 12 months',
      'entry not reviewed in the last 12 months',
    ]);
  });

  it('reports every problem of every malformed file in one run, each with file, line and field path', async () => {
    const result = await loadCorpus(fixture('malformed'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map(formatProblem);
    const bad = path.join(fixture('malformed'), 'deals', 'bad-fields.yaml');
    const missing = path.join(fixture('malformed'), 'deals', 'missing-fields.yaml');
    const broken = path.join(fixture('malformed'), 'deals', 'broken-syntax.yaml');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${bad}:1: id: id does not match the file name "bad-fields" ("not-the-file-name"). Rename the file to not-the-file-name.yaml or set id: bad-fields`,
        `${bad}:4: date: impossible date: 2021-02 has 28 days ("2021-02-30"). Write the date as YYYY, YYYY-MM or YYYY-MM-DD`,
        expect.stringMatching(
          /^.*bad-fields\.yaml:5: kind: not an allowed value \("contrat"\)\. Use one of: contract, /,
        ),
        `${bad}:11: colour: unknown field. Remove it or check its spelling (see corpus/README.md for the fields)`,
        `${bad}:14: facts[0].text: must not be empty (""). Add the missing content`,
        `${bad}:16: facts[0].sources[0]: unknown source ("s9"). Define a source with id: s9 under sources, or cite one of: s1, s2`,
        expect.stringMatching(/bad-fields\.yaml:17: facts\[1\]\.id: duplicate fact id/),
        `${bad}:25: sources[0].url: expected an http(s) URL ("ftp://example.org/page"). Write the full address, starting with https://`,
        expect.stringMatching(
          /bad-fields\.yaml:26: sources\[0\]\.date: impossible date: month must be 01 to 12/,
        ),
        expect.stringMatching(
          new RegExp(
            `^${broken.replace(/[.\\]/g, '\\$&')}:2:8: \\(yaml\\): YAML syntax error: Missing closing "quote`,
          ),
        ),
        `${missing}:1: title_fr: required field is missing. Add the field (see corpus/README.md)`,
        expect.stringMatching(
          /missing-fields\.yaml:10: related\[0\]: unknown related deal \("no-such-deal"\)/,
        ),
        expect.stringMatching(/missing-fields\.yaml:11: facts: a deal needs at least one fact/),
        expect.stringMatching(/missing-fields\.yaml:12: sources: a deal needs at least one source/),
      ]),
    );
    // A source nobody cites is a warning, not an error.
    expect(result.warnings.map(formatProblem)).toEqual([
      `${bad}:28: sources[1]: warning: source cited by no fact ("s2"). Cite it from the fact it backs, or remove it`,
    ]);
  });

  // Each case: a deal file broken one way, and where the parser (not line 1) says it breaks.
  const good = readFileSync(path.join(fixture('good'), 'deals', 'atlantis-cloud-2024.yaml'), 'utf8');
  const goodLines = good.split('\n');
  const lastFact = goodLines.findLastIndex((l) => l.trimStart().startsWith('text: ')) + 1;
  it.each([
    {
      kind: 'a tab used as indentation',
      source: good.replace('\n  - id: ', '\n\t- id: '),
      at: `:${goodLines.findIndex((l) => l.startsWith('  - id: ')) + 1}:1:`,
      quoted: '→- id: ',
      hint: 'Indent with spaces, not tabs',
    },
    {
      // The parser notices the missing quote only at the end of the file; the quote's opening is what to fix.
      kind: 'an unclosed quote',
      source: good.replace('title_fr: ', 'title_fr: "'),
      at: `:${goodLines.findIndex((l) => l.startsWith('title_fr: ')) + 1}:11:`,
      quoted: 'title_fr: "',
      hint: 'Close the quote',
    },
    {
      kind: 'a field indented one space less than its siblings',
      source: goodLines.map((l, i) => (i === lastFact ? l.slice(1) : l)).join('\n'),
      at: `:${lastFact + 1}:`,
      quoted: goodLines[lastFact]?.slice(1) ?? '',
      hint: '',
    },
    {
      kind: 'an unquoted ": " deep in the file',
      source: goodLines.map((l, i) => (i === lastFact - 1 ? `${l}: more` : l)).join('\n'),
      at: `:${lastFact}:`,
      quoted: `${goodLines[lastFact - 1]}: more`,
      hint: 'Quote the text',
    },
  ])("reports $kind at the parser's line and column, quoting the line", ({ source, at, quoted, hint }) => {
    const result = validateCorpusFiles('x', [{ file: 'deal.yaml', source }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [first] = result.problems.map(formatProblem);
    expect(first).toContain(`deal.yaml${at}`);
    expect(first?.split('\n')[1]).toMatch(
      new RegExp(`^  \\d+ \\| ${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    expect(first).toContain(hint);
    expect(result.problems[0]?.line).toBeGreaterThan(1);
  });

  it('warns about a .yml file and future date/reviewed, and hints at the space in an address', () => {
    const read = (name: string) => readFileSync(path.join(fixture('good'), 'deals', name), 'utf8');
    const cloud = read('atlantis-cloud-2024.yaml')
      .replace(/^reviewed: .*$/m, 'reviewed: 2027-01-15')
      .replace('url: https://example.org/atlantis/tax-cloud', 'url: https://example.org/atlantis/tax cloud');
    const law = read('atlantis-data-law-2023.yaml').replace(/^date: .*$/m, 'date: 2027');
    const result = validateCorpusFiles(
      'x',
      [
        { file: 'x/deals/atlantis-cloud-2024.yaml', source: cloud },
        { file: 'x/deals/atlantis-data-law-2023.yml', source: law },
      ],
      { now: new Date('2026-12-04T12:00:00Z') },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /atlantis-cloud-2024\.yaml:\d+: sources\[0\]\.url: the address contains a space \(.*\)\. Remove the space from the address/,
      ),
    ]);
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /atlantis-cloud-2024\.yaml:\d+: reviewed: warning: date in the future \(today is 2026-12-04\) \("2027-01-15"\)\. Write the date you checked/,
      ),
      'x/deals/atlantis-data-law-2023.yml:1: (file): warning: file name ends in .yml. Rename it to atlantis-data-law-2023.yaml: every deal file is <deal-id>.yaml',
      expect.stringMatching(/atlantis-data-law-2023\.yml:4: date: warning: date in the future .*\("2027"\)/),
    ]);
    // This month is not the future: a deal dated 2026-12 on 4 December 2026 is fine.
    const now = validateCorpusFiles(
      'x',
      [
        { file: 'x/deals/atlantis-cloud-2024.yaml', source: read('atlantis-cloud-2024.yaml') },
        { file: 'x/deals/atlantis-data-law-2023.yaml', source: law.replace('date: 2027', 'date: 2026-12') },
      ],
      { now: new Date('2026-12-04T12:00:00Z') },
    );
    expect(now.warnings).toEqual([]);
  });

  it('says so when the folder has no deal files', async () => {
    const result = await loadCorpus(fixture('empty'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toBe('the corpus has no deal files');
  });

  it('names the folder when it is missing', async () => {
    const result = await loadCorpus(fixture('missing'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblem(result.problems[0] as never)).toMatch(
      /missing[/\\]deals:1: \(folder\): cannot read the corpus folder: ENOENT\. Check SOVBOT_CORPUS_DIR/,
    );
  });

  it('accepts hostile but valid text (it is escaped at rendering, not rejected)', async () => {
    const result = await loadCorpus(fixture('evil'));
    expect(result.ok).toBe(true);
  });
});
