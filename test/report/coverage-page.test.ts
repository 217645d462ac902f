/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// DOM types for the functions the test evaluates inside the page.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { FeedbackStore } from '../../src/store/feedback-store.js';
import { findChromium, launchChromium, type OpenBrowser } from '../../support/chromium.js';

// The coverage page as a user gets it: written by the built CLI (`sovbot report --html`) from a small
// corpus and feedback file made here, then opened from disk in a real headless Chromium.
const run = promisify(execFile);
const cli = path.join('dist', 'src', 'cli.js');
const chromiumPath = findChromium();
if (chromiumPath === undefined)
  console.warn(
    'coverage page browser test SKIPPED: no Chromium found (looked at $SOVBOT_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser). Install it with: apt-get install chromium (.ci/run does).',
  );

const HOSTILE =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">\u0007bell \u202Egnp.exe & "quotes"';
// What the page must show for it: the markup as text, the bell and the right-to-left override by code point.
const HOSTILE_SHOWN =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">⟨U+0007⟩bell ⟨U+202E⟩gnp.exe & "quotes"';

/** A valid deal file for the fixture corpus. */
function deal(id: string, date: string, jurisdiction: string, providers: string[]) {
  return {
    id,
    title: `Test deal ${id}`,
    title_fr: `Accord de test ${id}`,
    date,
    kind: 'contract',
    jurisdiction,
    customers: ['A ministry'],
    providers,
    aliases: [id],
    reviewed: '2026-11-01',
    facts: [
      {
        id: `${id}-signed`,
        text: `The test deal ${id} was signed.`,
        text_fr: `L'accord de test ${id} a été signé.`,
        sources: ['s1'],
      },
    ],
    sources: [
      {
        id: 's1',
        publisher: 'Test Gazette',
        title: 'A test source',
        url: `https://example.org/${id}`,
        language: 'en',
        date_note: 'invented for a test',
      },
    ],
  };
}

const EXTRA_DEALS = [
  deal('zembla-cloud-2021', '2021-06', 'Zembla', ['Example Cloud', 'Other Host (OH)']),
  deal('zembla-schools-2021', '2021', 'Zembla (north)', ['Other Host GmbH']),
  deal('ruritania-health-2025', '2025-02', 'Ruritania', ['<b>Evil</b> Host</script>']),
];

describe.skipIf(chromiumPath === undefined)('coverage page in headless Chromium', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-coverage-'));
  const corpusDir = path.join(dir, 'corpus');
  const dataDir = path.join(dir, 'data');
  const page = path.join(dir, 'coverage.html');
  const screenshot = path.join(dir, 'coverage.png');
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
  // Unanswered questions: [question, days ago]; the hostile one twice, so it tops the table.
  const unanswered: Array<[string, number]> = [
    [HOSTILE, 1],
    [HOSTILE, 3],
    ['Who hosts Zembla health data?', 3],
    ['Weather tomorrow?', 6],
  ];
  let browser: OpenBrowser;

  beforeAll(async () => {
    mkdirSync(path.join(corpusDir, 'deals'), { recursive: true });
    cpSync(path.join('test', 'fixtures', 'good', 'deals'), path.join(corpusDir, 'deals'), {
      recursive: true,
    });
    for (const d of EXTRA_DEALS) writeFileSync(path.join(corpusDir, 'deals', `${d.id}.yaml`), stringify(d));
    const store = new FeedbackStore(dataDir);
    for (const [question, daysAgo] of unanswered)
      store.append({ platform: 'slack', userId: 'u1', kind: 'no-answer', question, at: day(daysAgo) });
    for (const [question, userId] of [
      ['How much is the Atlantis contract?', 'u1'],
      [HOSTILE, 'u2'],
    ] as const)
      store.append({
        platform: 'discord',
        userId,
        kind: 'down',
        question,
        factIds: ['atlantis-cloud-value'],
        at: day(2),
      });
    // Open suggestions are listed (a hostile one, written past the bots' checks, shown as text); a
    // closed one is not.
    const suggestions = new EmbeddedStore(dataDir);
    const suggestion = {
      platform: 'slack',
      userId: 'u3',
      dealIds: [],
      factIds: [],
      link: 'https://example.org/s',
    } as const;
    await suggestions.addSuggestion({
      ...suggestion,
      kind: 'deal',
      what: 'Zembla schools moved again',
      at: day(1),
    });
    await suggestions.addSuggestion({
      ...suggestion,
      kind: 'correction',
      dealIds: ['atlantis-cloud-2024'],
      what: HOSTILE,
      at: day(2),
    });
    const closed = await suggestions.addSuggestion({ ...suggestion, kind: 'deal', what: 'Handled already' });
    await suggestions.closeSuggestion(closed.id);
    await run('node', [cli, 'report', '--html', page, '--dir', corpusDir, '--data', dataDir], {
      timeout: 15_000,
    });
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders every chart from the inlined library, with no console error and no request', async () => {
    const tab = await browser.context.newPage();
    const pageUrl = pathToFileURL(page).href;
    const requests: string[] = [];
    const errors: string[] = [];
    tab.on('request', (request) => requests.push(request.url()));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    // Anything other than the page itself is refused and recorded, so a leak fails instead of loading.
    await browser.context.route('**/*', (route) =>
      route.request().url() === pageUrl ? route.continue() : route.abort(),
    );
    await tab.goto(pageUrl, { waitUntil: 'load' });
    await tab.waitForFunction(() => document.documentElement.dataset.charts !== undefined);
    await tab.screenshot({ path: screenshot, fullPage: true });

    expect(errors).toEqual([]);
    expect(requests).toEqual([pageUrl]);
    const charts = await tab.evaluate(() =>
      [...document.querySelectorAll('canvas')].map((canvas) => {
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] as number) > 0) painted += 1;
        return { id: canvas.id, width: canvas.width, height: canvas.height, painted };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual([
      'deals-by-year',
      'unanswered-over-time',
      'deals-by-jurisdiction',
      'deals-per-provider',
    ]);
    for (const chart of charts) {
      expect(chart.width * chart.height, chart.id).toBeGreaterThan(0);
      // Axes, ticks and labels alone paint thousands of pixels; a blank or failed chart paints none.
      expect(chart.painted, chart.id).toBeGreaterThan(1000);
    }
    expect(await tab.evaluate(() => document.documentElement.dataset.charts)).toBe('4');
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    await tab.close();
  });

  it('holds the figures of the corpus and the feedback in its tables', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(page).href);
    /** A table's body rows as [row header, number in the last cell]. */
    const rows = (id: string) =>
      tab.$$eval(`#${id} tbody tr`, (trs) =>
        trs.map((tr) => [
          tr.querySelector('th')?.textContent ?? '',
          Number(tr.querySelector('td:last-child')?.textContent),
        ]),
      );
    const deals = [
      ...['atlantis-cloud-2024', 'atlantis-data-law-2023'].map(
        (id) =>
          readFileSync(path.join('test', 'fixtures', 'good', 'deals', `${id}.yaml`), 'utf8').match(
            /^date: (\S+)/m,
          )?.[1] as string,
      ),
      ...EXTRA_DEALS.map((d) => d.date),
    ].map((date) => Number(date.slice(0, 4)));
    const years: Array<[string, number]> = [];
    for (let y = Math.min(...deals); y <= Math.max(...deals); y += 1)
      years.push([String(y), deals.filter((d) => d === y).length]);
    expect(await rows('deals-by-year-table')).toEqual(years);

    // Atlantis: both fixture deals; Zembla: "Zembla" and "Zembla (north)" (a qualified jurisdiction).
    expect(await rows('deals-by-jurisdiction-table')).toEqual([
      ['Atlantis', 2],
      ['Zembla', 2],
      ['Ruritania', 1],
    ]);
    // Example Cloud: the fixture's contract and zembla-cloud; Other Host: "Other Host (OH)" and
    // "Other Host GmbH" (a longer name starting with a shorter one); the hostile name shown as text.
    expect(await rows('deals-per-provider-table')).toEqual([
      ['Example Cloud', 2],
      ['Other Host', 2],
      ['<b>Evil</b> Host</script>', 1],
    ]);

    const perDay = new Map<string, number>();
    for (const [, daysAgo] of unanswered) {
      const label = day(daysAgo).toISOString().slice(0, 10);
      perDay.set(label, (perDay.get(label) ?? 0) + 1);
    }
    expect(await rows('unanswered-over-time-table')).toEqual(
      [...perDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
    );

    const top = await tab.$$eval('#unanswered-table tbody tr', (trs) =>
      trs.map((tr) => [Number(tr.querySelector('td')?.textContent), tr.querySelector('th')?.textContent]),
    );
    expect(top[0]).toEqual([2, HOSTILE_SHOWN]);
    expect(top.map(([count]) => count).reduce((a, b) => (a as number) + (b as number), 0)).toBe(
      unanswered.length,
    );

    const disliked = await tab.$$eval('#disliked-table tbody tr', (trs) =>
      trs.map((tr) => ({
        down: Number(tr.querySelector('td')?.textContent),
        fact: tr.querySelector('th code')?.textContent,
        questions: [...tr.querySelectorAll('li')].map((li) => li.textContent),
      })),
    );
    expect(disliked).toEqual([
      {
        down: 2,
        fact: 'atlantis-cloud-value',
        questions: expect.arrayContaining(['How much is the Atlantis contract?', HOSTILE_SHOWN]),
      },
    ]);

    // Nothing the users or the corpus wrote became markup or ran.
    expect(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await tab.$$('main img, main b, main script')).toHaveLength(0);
    // Sections with no data say so rather than showing an empty table.
    expect(await tab.textContent('#plans-title + p')).toContain('Not computed');
    expect(
      await tab.$$eval('#suggestions-table tbody tr', (trs) =>
        trs.map((tr) => tr.querySelector('th')?.textContent),
      ),
    ).toEqual(['Zembla schools moved again', `Correction (atlantis-cloud-2024): ${HOSTILE_SHOWN}`]);
    await tab.close();
  });

  it('reads without the charts: captions, header scopes and a text alternative on each canvas', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(page).href);
    const tables = await tab.$$eval('table', (all) =>
      all.map((table) => ({
        id: table.id,
        caption: table.caption?.textContent ?? '',
        unscoped: table.querySelectorAll('th:not([scope])').length,
        rowHeaders: table.querySelectorAll('tbody th[scope="row"]').length,
        rows: table.tBodies[0]?.rows.length ?? 0,
      })),
    );
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      expect(table.caption, table.id).not.toBe('');
      expect(table.unscoped, table.id).toBe(0);
      expect(table.rowHeaders, table.id).toBe(table.rows);
    }
    const canvases = await tab.$$eval('canvas', (all) =>
      all.map((c) => ({
        role: c.getAttribute('role'),
        label: c.getAttribute('aria-label') ?? '',
        table: document.getElementById(c.getAttribute('aria-describedby') ?? '')?.tagName,
      })),
    );
    for (const canvas of canvases) {
      expect(canvas.role).toBe('img');
      expect(canvas.label).toMatch(/^Bar chart: /);
      expect(canvas.table).toBe('TABLE');
    }
    await tab.close();
  });
});
