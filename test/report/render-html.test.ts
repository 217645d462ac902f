import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.js';
import type { Deal } from '../../src/corpus/schema.js';
import { buildCoverage } from '../../src/report/build-coverage.js';
import { type CoverageData, escapeHtml, renderCoverageHtml } from '../../src/report/render-html.js';
import type { FeedbackRecord } from '../../src/store/feedback-store.js';
import { hostileQuestion, unicodeText } from '../../support/hostile-questions.js';

let good: Corpus;
beforeAll(async () => {
  const loaded = await loadCorpus(path.join('test', 'fixtures', 'good'));
  if (!loaded.ok) throw new Error('test/fixtures/good does not load');
  good = loaded.corpus;
});

function record(
  kind: FeedbackRecord['kind'],
  question: string,
  at: string,
  factIds?: string[],
): FeedbackRecord {
  return { at, platform: 'slack', user: 'u', kind, question, ...(factIds ? { factIds } : {}) };
}

describe('escapeHtml', () => {
  it('leaves no markup, control, bidi-override or lone-surrogate character in any string', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText, hostileQuestion(['Who runs <b>Bleu</b>?'])), (text) => {
        const html = escapeHtml(text);
        expect(html).not.toMatch(/[<>"']/);
        expect(html.replace(/&#\d+;/g, '')).not.toContain('&');
        expect(html).not.toMatch(/\p{Cc}|\p{Cs}|[\u202A-\u202E\u2066-\u2069\u200E\u200F]/u);
      }),
      { numRuns: 300 },
    );
  });

  it('shows what was typed: markup as text, control characters as symbols, hidden ones by code point', () => {
    expect(escapeHtml('<img src=x onerror="a()">&')).toBe('&#60;img src=x onerror=&#34;a()&#34;&#62;&#38;');
    expect(escapeHtml('bell\u0007 nul\u0000 del\u007f c1\u0085')).toBe(
      'bell⟨U+0007⟩ nul⟨U+0000⟩ del⟨U+007F⟩ c1⟨U+0085⟩',
    );
    expect(escapeHtml('a\u202Eb\u200Bc')).toBe('a⟨U+202E⟩b⟨U+200B⟩c');
    expect(escapeHtml('line\r\nbreak')).toBe('line break');
    expect(escapeHtml('x'.repeat(10_000))).toBe(`${'x'.repeat(300)}… (9700 more characters)`);
  });
});

describe('buildCoverage', () => {
  /** The fixture corpus with other providers, to exercise how names are read from free text. */
  function withProviders(lists: string[][]): Corpus {
    const template = good.deals[0] as Deal;
    const deals = lists.map((providers, i) => ({ ...template, id: `deal-${i}`, providers }));
    return { ...good, deals };
  }

  it('counts deals per named provider, reading names from free text conservatively', () => {
    const data = buildCoverage(
      withProviders([
        ['Amazon Web Services (AWS)'], // teaches that AWS means Amazon Web Services
        ['AWS', 'Amazon Web Services (via a local entity)'], // one deal, counted once
        ["Microsoft, Google Cloud and AWS (managed through the government's supplier management)"],
        ['Google'],
        ['eight cloud providers under framework agreements'], // described, not named
        ['22 founding members plus later members'], // described, not named
        ['3DS Outscale'], // a name that starts with a digit
      ]),
      [],
      new Date('2026-11-04'),
      new Date('2026-12-04'),
    );
    expect(data.dealsByProvider).toEqual([
      { label: 'Amazon Web Services', count: 3 },
      { label: 'Google', count: 2 }, // "Google Cloud" counts under the shorter "Google"
      { label: '3DS Outscale', count: 1 },
      { label: 'Microsoft', count: 1 },
    ]);
    expect(data.dealsWithoutNamedProvider).toBe(2);
  });

  it('fills years without deals and groups qualified jurisdictions', () => {
    const template = good.deals[0] as Deal;
    const corpus = {
      ...good,
      deals: [
        { ...template, id: 'a', date: '2019-05', jurisdiction: 'Germany' },
        { ...template, id: 'b', date: '2022', jurisdiction: 'Germany (Schleswig-Holstein)' },
        { ...template, id: 'c', date: '2022-01-02', jurisdiction: 'France' },
      ],
    };
    const data = buildCoverage(corpus, [], new Date('2026-11-04'), new Date('2026-12-04'));
    expect(data.dealsByYear).toEqual([
      { label: '2019', count: 1 },
      { label: '2020', count: 0 },
      { label: '2021', count: 0 },
      { label: '2022', count: 2 },
    ]);
    expect(data.dealsByJurisdiction).toEqual([
      { label: 'Germany', count: 2 },
      { label: 'France', count: 1 },
    ]);
  });

  it('counts unanswered questions per day, week or month over the whole window, zeros included', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const records = [
      record('no-answer', 'a', '2026-12-04T08:00:00Z'),
      record('no-answer', 'b', '2026-12-04T09:00:00Z'),
      record('no-answer', 'c', '2026-11-20T09:00:00Z'),
      record('down', 'd', '2026-11-20T09:00:00Z', ['atlantis-cloud-value']),
    ];
    const daily = buildCoverage(good, records, new Date('2026-11-04T12:00:00Z'), now).unansweredOverTime;
    expect(daily.unit).toBe('day');
    expect(daily.buckets).toHaveLength(31);
    expect(daily.buckets[0]).toEqual({ label: '2026-11-04', count: 0 });
    expect(daily.buckets.at(-1)).toEqual({ label: '2026-12-04', count: 2 });
    expect(daily.buckets.find((b) => b.label === '2026-11-20')?.count).toBe(1);

    const weekly = buildCoverage(good, records, new Date('2026-01-01T00:00:00Z'), now).unansweredOverTime;
    expect(weekly.unit).toBe('week');
    // Weeks start on Monday: 2026-11-30 holds Friday 4 December; 2026-11-16 holds Friday 20 November.
    expect(weekly.buckets.at(-1)).toEqual({ label: '2026-11-30', count: 2 });
    expect(weekly.buckets.find((b) => b.label === '2026-11-16')?.count).toBe(1);
    expect(weekly.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(3);

    const monthly = buildCoverage(good, records, new Date('2023-06-15T00:00:00Z'), now).unansweredOverTime;
    expect(monthly.unit).toBe('month');
    expect(monthly.buckets[0]).toEqual({ label: '2023-06', count: 0 });
    expect(monthly.buckets.slice(-2)).toEqual([
      { label: '2026-11', count: 1 },
      { label: '2026-12', count: 2 },
    ]);
  });

  it('shows each disliked fact with its text and the distinct questions asked, newest first', () => {
    const data = buildCoverage(
      good,
      [
        record('down', 'old question', '2026-11-10T00:00:00Z', ['atlantis-cloud-value']),
        record('down', 'new question', '2026-11-20T00:00:00Z', ['atlantis-cloud-value', 'gone-fact']),
        record('down', 'new question', '2026-11-21T00:00:00Z', ['atlantis-cloud-value']),
        record('up', 'liked', '2026-11-21T00:00:00Z', ['atlantis-cloud-value']),
      ],
      new Date('2026-11-04'),
      new Date('2026-12-04'),
    );
    expect(data.disliked).toEqual([
      {
        factId: 'atlantis-cloud-value',
        dealId: 'atlantis-cloud-2024',
        text: good.deals.flatMap((d) => d.facts).find((f) => f.id === 'atlantis-cloud-value')?.text,
        down: 3,
        up: 1,
        questions: ['new question', 'old question'],
      },
      {
        factId: 'gone-fact',
        dealId: undefined,
        text: undefined,
        down: 1,
        up: 0,
        questions: ['new question'],
      },
    ]);
  });
});

describe('renderCoverageHtml', () => {
  const library = 'window.Chart = function () {};';
  const base = (): CoverageData =>
    buildCoverage(good, [], new Date('2026-11-04T00:00:00Z'), new Date('2026-12-04T00:00:00Z'));

  it('allows exactly its own inline scripts and style, and no fetch, in its Content-Security-Policy', () => {
    const html = renderCoverageHtml(base(), { chartLibrary: `${library}\n//# sourceMappingURL=chart.map\n` });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(csp).toContain(hash(script));
    expect(csp).toContain(hash(/<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''));
    // The source map comment would name a file the page cannot load.
    expect(html).not.toContain('sourceMappingURL');
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//);
  });

  it('refuses a chart library that would end its script element', () => {
    expect(() => renderCoverageHtml(base(), { chartLibrary: 'var s = "</script>";' })).toThrow(
      /cannot be inlined/,
    );
  });

  it('says when plans and suggestions are not computed, when there are none, and lists them escaped', () => {
    // buildCoverage always gives the store's suggestions; data without them says they are not collected.
    const { suggestions: _collected, ...uncollected } = base();
    const absent = renderCoverageHtml(uncollected, { chartLibrary: library });
    expect(absent).toContain('Not computed: this version of sovbot does not check planned dates yet.');
    expect(absent).toContain('Suggestions are not collected yet.');

    const none = renderCoverageHtml(
      { ...base(), plansPastDate: [], suggestions: [] },
      { chartLibrary: library },
    );
    expect(none).toContain('None recorded: no plan is past its date.');
    expect(none).toContain('None recorded: no open suggestion.');

    const some = renderCoverageHtml(
      {
        ...base(),
        plansPastDate: [
          { factId: 'f1', dealId: 'd1', date: '2025-06', text: 'Migration <planned> by June 2025.' },
        ],
        suggestions: [
          {
            id: '7',
            at: '2026-12-01T10:00:00Z',
            platform: 'discord',
            what: 'Add <script>x()</script> deal',
            link: 'javascript:alert(1)',
          },
        ],
      },
      { chartLibrary: library },
    );
    expect(some).toContain('Migration &#60;planned&#62; by June 2025.');
    expect(some).toContain('Add &#60;script&#62;x()&#60;/script&#62; deal');
    // A suggested link is shown as text, never made a link.
    expect(some).toContain('<code>javascript:alert(1)</code>');
    expect(some).not.toContain('href=');
  });
});

describe('sovbot report --html', () => {
  // The built CLI, as users run it (npm test builds first).
  const sovbot = (args: string[]) =>
    promisify(execFile)('node', [path.join('dist', 'src', 'cli.js'), 'report', ...args], { timeout: 15_000 });
  const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-report-html-'));
  const corpus = ['--dir', path.join('test', 'fixtures', 'good'), '--data', path.join(dir, 'data')];

  it('writes the page with the installed Chart.js inlined', async () => {
    const file = path.join(dir, 'page.html');
    const { stdout } = await sovbot(['--html', file, ...corpus]);
    expect(stdout).toContain(`wrote ${file}`);
    const html = readFileSync(file, 'utf8');
    const version = JSON.parse(readFileSync(path.join('node_modules', 'chart.js', 'package.json'), 'utf8'))
      .version as string;
    expect(html).toContain(`Chart.js v${version}`);
    expect(html).toContain('<table id="deals-by-year-table">');
  });

  it('says which file it cannot write and exits 1, without a stack trace', async () => {
    const file = path.join(dir, 'no-such-folder', 'page.html');
    const failure = await sovbot(['--html', file, ...corpus]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^sovbot report: cannot write .*page\.html \(ENOENT/);
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  });
});
