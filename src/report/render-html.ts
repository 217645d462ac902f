import { createHash } from 'node:crypto';

/** One bar of a chart and one row of its table. */
export interface Count {
  label: string;
  count: number;
}

/** An unanswered question, grouped as in `sovbot report`. */
export interface UnansweredQuestion {
  question: string;
  count: number;
  /** ISO time. */
  lastAsked: string;
  reasons: string[];
  platforms: string[];
}

/** A fact people voted 👎 on, with the questions whose answers cited it. */
export interface DislikedFact {
  factId: string;
  /** undefined when the fact is no longer in the corpus. */
  dealId: string | undefined;
  /** The fact's English text, when it is still in the corpus. */
  text: string | undefined;
  down: number;
  up: number;
  /** Distinct questions asked when the 👎 was given, newest first. */
  questions: string[];
}

/** A fact announcing a plan or deadline whose date has passed, with nothing newer in its deal. */
export interface PlanPastDate {
  factId: string;
  dealId: string;
  /** The planned date, as the corpus gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  text: string;
}

/** A user's suggestion of a deal or a correction, still open. */
export interface Suggestion {
  id: string;
  /** ISO time. */
  at: string;
  platform: string;
  what: string;
  link?: string;
  note?: string;
}

/**
 * Everything the coverage page shows. The page renders exactly this: no lookup, no clock, no I/O,
 * so a test can hand it any data and the page shows that data.
 */
export interface CoverageData {
  /** ISO time the data was built. */
  generatedAt: string;
  /** ISO time: feedback records older than this are left out. */
  since: string;
  corpus: { deals: number; facts: number; sources: number; reviewedUntil: string; version: string };
  /** Every year from the first deal to the last, zero included, oldest first. */
  dealsByYear: Count[];
  dealsByJurisdiction: Count[];
  /** Deals naming each provider, most first. */
  dealsByProvider: Count[];
  /** Deals whose providers are only described ("eight cloud providers…"), not named. */
  dealsWithoutNamedProvider: number;
  /** Unanswered questions asked per day, week or month over the window, zero included. */
  unansweredOverTime: { unit: 'day' | 'week' | 'month'; buckets: Count[] };
  /** Unanswered questions grouped by wording, most asked first. */
  unanswered: UnansweredQuestion[];
  /** Facts with at least one 👎, most first. */
  disliked: DislikedFact[];
  /** undefined: this build does not compute it (the page says so); [] means none. */
  plansPastDate?: PlanPastDate[];
  /** undefined: suggestions are not collected yet (the page says so); [] means none open. */
  suggestions?: Suggestion[];
}

export interface RenderOptions {
  /** The chart library's browser bundle (Chart.js UMD), inlined into the page. */
  chartLibrary: string;
  /** How many providers the chart and its table show; the rest are listed under them. Default 15. */
  topProviders?: number;
  /** How many unanswered questions the table shows. Default 20. */
  topUnanswered?: number;
  /** How many disliked facts the table shows. Default 20. */
  topDisliked?: number;
}

/** Longest stored string shown whole; longer ones are cut and say how much was cut. */
const MAX_SHOWN = 300;

// Characters that reorder or hide text (bidi overrides, zero-width marks, BOM): shown as their code point,
// so a question cannot make the page read differently from what was typed.
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** A character by its code point, as the page shows characters that cannot be shown themselves. */
function codePoint(c: string): string {
  return `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/**
 * A stored string as HTML text: markup escaped, line breaks as spaces, other control characters
 * and the invisible characters that reorder or hide text shown by their code point (a bell as
 * ⟨U+0007⟩, a right-to-left override as ⟨U+202E⟩; code points rather than the Control Pictures
 * block, which many fonts lack), lone surrogates as U+FFFD, and anything longer than 300
 * characters cut with a note. Safe in element content and in quoted attribute values.
 */
export function escapeHtml(value: string): string {
  let text = value
    .replace(/\p{Cs}/gu, '\uFFFD')
    .replace(/[\r\n\u2028\u2029]+/gu, ' ')
    .replace(/\p{Cc}/gu, codePoint)
    .replace(INVISIBLE, codePoint);
  const chars = [...text];
  if (chars.length > MAX_SHOWN)
    text = `${chars.slice(0, MAX_SHOWN).join('')}… (${chars.length - MAX_SHOWN} more characters)`;
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside a `<script type="application/json">`: no `<`, `>` or `&` that could end it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function date(iso: string): string {
  return escapeHtml(iso.slice(0, 10));
}

interface ChartSpec {
  id: string;
  title: string;
  /** What one bar counts, for the table's column header and the chart's tooltip. */
  series: string;
  rowHeader: string;
  counts: Count[];
  horizontal: boolean;
  colour: string;
  /** The table's caption: what is counted, and over what. */
  caption: string;
  /** Said under the table (e.g. what was left out). */
  note?: string;
  /** Rows with a zero count are left out of the table (not the chart); the note says so. */
  tableSkipsZero?: boolean;
}

// The page's only script besides the chart library: reads the chart data block and draws each chart.
// Animation is off so the page is drawn once (screenshots, reduced motion, print).
const BOOT_SCRIPT = `(() => {
  const charts = JSON.parse(document.getElementById('chart-data').textContent);
  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#333';
  const cut = (label) => (label.length > 38 ? label.slice(0, 37) + '…' : label);
  for (const spec of charts) {
    const canvas = document.getElementById(spec.id);
    if (spec.horizontal) canvas.parentElement.style.height = Math.max(160, 26 * spec.labels.length + 50) + 'px';
    const index = spec.horizontal ? 'y' : 'x';
    const value = spec.horizontal ? 'x' : 'y';
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: [{ label: spec.series, data: spec.values, backgroundColor: spec.colour, maxBarThickness: 28 }],
      },
      options: {
        indexAxis: index,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: {
          [value]: { beginAtZero: true, ticks: { precision: 0 } },
          [index]: {
            grid: { display: false },
            ticks: { autoSkip: !spec.horizontal, callback(v) { return cut(this.getLabelForValue(v)); } },
          },
        },
      },
    });
  }
  document.documentElement.dataset.charts = String(charts.length);
})();`;

const STYLE = `
:root { color-scheme: light; --ink: #1d2329; --muted: #5b6670; --line: #d9dee3; --card: #fff; --bg: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--ink); background: var(--bg); }
header, main { max-width: 1180px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 28px; }
h1 { margin: 0 0 4px; font-size: 26px; }
h2 { margin: 0 0 10px; font-size: 18px; }
.lede { margin: 0 0 18px; color: var(--muted); }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 22px; padding: 0; list-style: none; }
.figures li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; }
.figures b { display: block; font-size: 24px; font-variant-numeric: tabular-nums; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(520px, 100%), 1fr)); gap: 18px; align-items: start; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px;
  margin-bottom: 18px; min-width: 0; }
.grid section { margin-bottom: 0; }
.wide { margin-top: 18px; }
.chart { position: relative; height: 260px; margin-bottom: 12px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; caption-side: top; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line);
  overflow-wrap: anywhere; }
thead th { border-bottom: 2px solid var(--line); }
td.nw, th.nw { white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scroll { max-height: 480px; overflow: auto; }
.note, .empty { color: var(--muted); font-size: 14px; margin: 8px 0 0; }
ul.questions { margin: 0; padding-left: 18px; }
code { font-size: 13px; }
details summary { cursor: pointer; color: var(--muted); font-size: 14px; margin-top: 8px; }
footer { max-width: 1180px; margin: 0 auto; padding: 8px 20px 28px; color: var(--muted); font-size: 13px; }
@media print { body { background: #fff; } .scroll { max-height: none; overflow: visible; } }
`;

function chartSection(spec: ChartSpec): string {
  const rows = spec.tableSkipsZero ? spec.counts.filter((c) => c.count > 0) : spec.counts;
  const body =
    rows.length === 0
      ? `<tr><td colspan="2">None.</td></tr>`
      : rows
          .map((c) => `<tr><th scope="row">${escapeHtml(c.label)}</th><td class="n">${c.count}</td></tr>`)
          .join('\n');
  return `<section aria-labelledby="${spec.id}-title" data-chart="${spec.id}">
<h2 id="${spec.id}-title">${escapeHtml(spec.title)}</h2>
<div class="chart"><canvas id="${spec.id}" role="img" aria-label="Bar chart: ${escapeHtml(spec.title)}. The table below gives the same figures." aria-describedby="${spec.id}-table"><p>The table below gives the same figures.</p></canvas></div>
<div class="scroll"><table id="${spec.id}-table">
<caption>${escapeHtml(spec.caption)}</caption>
<thead><tr><th scope="col">${escapeHtml(spec.rowHeader)}</th><th scope="col" class="n">${escapeHtml(spec.series)}</th></tr></thead>
<tbody>
${body}
</tbody></table></div>
${spec.note ? `<p class="note">${escapeHtml(spec.note)}</p>` : ''}
</section>`;
}

function unansweredSection(data: CoverageData, top: number): string {
  const shown = data.unanswered.slice(0, top);
  const rows = shown
    .map(
      (u) =>
        `<tr><td class="n">${u.count}</td><th scope="row">${escapeHtml(u.question)}</th><td>${escapeHtml(u.reasons.join(', ') || '—')}</td><td class="nw">${escapeHtml(u.platforms.join(', '))}</td><td class="n">${date(u.lastAsked)}</td></tr>`,
    )
    .join('\n');
  const table =
    shown.length === 0
      ? `<p class="empty">No unanswered question since ${date(data.since)}.</p>`
      : `<div class="scroll"><table id="unanswered-table">
<caption>${shown.length < data.unanswered.length ? `The ${shown.length} most asked of ` : ''}${plural(data.unanswered.length, 'unanswered question')} (grouped by wording) since ${date(data.since)}</caption>
<thead><tr><th scope="col" class="n">Asked</th><th scope="col">Question</th><th scope="col">Why no answer</th><th scope="col" class="nw">Where</th><th scope="col" class="n">Last asked</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
  return `<section class="wide" aria-labelledby="unanswered-title">
<h2 id="unanswered-title">Most asked unanswered questions</h2>
${table}
</section>`;
}

function dislikedSection(data: CoverageData, top: number): string {
  const shown = data.disliked.slice(0, top);
  const rows = shown
    .map((d) => {
      const questions =
        d.questions.length === 0
          ? '—'
          : `<ul class="questions">${d.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ul>`;
      const fact = d.text === undefined ? '<em>no longer in the corpus</em>' : escapeHtml(d.text);
      return `<tr><td class="n">${d.down}</td><td class="n">${d.up}</td><th scope="row"><code>${escapeHtml(d.factId)}</code><br>${fact}</th><td>${escapeHtml(d.dealId ?? '—')}</td><td>${questions}</td></tr>`;
    })
    .join('\n');
  const table =
    shown.length === 0
      ? `<p class="empty">No 👎 since ${date(data.since)}.</p>`
      : `<div class="scroll"><table id="disliked-table">
<caption>${shown.length < data.disliked.length ? `The ${shown.length} most disliked of ` : ''}${plural(data.disliked.length, 'fact')} with a 👎 since ${date(data.since)}, with the questions asked</caption>
<thead><tr><th scope="col" class="n">👎</th><th scope="col" class="n">👍</th><th scope="col">Fact</th><th scope="col">Deal</th><th scope="col">Questions asked</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
  return `<section class="wide" aria-labelledby="disliked-title">
<h2 id="disliked-title">Facts with the most 👎</h2>
${table}
</section>`;
}

function plansSection(plans: PlanPastDate[] | undefined): string {
  let content: string;
  if (plans === undefined)
    content = `<p class="empty">Not computed: this version of sovbot does not check planned dates yet.</p>`;
  else if (plans.length === 0) content = `<p class="empty">None recorded: no plan is past its date.</p>`;
  else
    content = `<div class="scroll"><table id="plans-table">
<caption>${plural(plans.length, 'fact')} announcing a plan or deadline that has passed, with no newer fact in the deal</caption>
<thead><tr><th scope="col" class="n">Planned for</th><th scope="col">Fact</th><th scope="col">Deal</th></tr></thead>
<tbody>
${plans
  .map(
    (p) =>
      `<tr><td class="n">${escapeHtml(p.date)}</td><th scope="row"><code>${escapeHtml(p.factId)}</code><br>${escapeHtml(p.text)}</th><td>${escapeHtml(p.dealId)}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>`;
  return `<section class="wide" aria-labelledby="plans-title">
<h2 id="plans-title">Plans past their date</h2>
${content}
</section>`;
}

function suggestionsSection(suggestions: Suggestion[] | undefined): string {
  let content: string;
  if (suggestions === undefined) content = `<p class="empty">Suggestions are not collected yet.</p>`;
  else if (suggestions.length === 0) content = `<p class="empty">None recorded: no open suggestion.</p>`;
  // Links are shown as text, not made clickable: they come from users and nobody has checked them.
  else
    content = `<div class="scroll"><table id="suggestions-table">
<caption>${plural(suggestions.length, 'open suggestion')} from users</caption>
<thead><tr><th scope="col">#</th><th scope="col">Suggestion</th><th scope="col">Link</th><th scope="col">Note</th><th scope="col" class="nw">Where</th><th scope="col" class="n">When</th></tr></thead>
<tbody>
${suggestions
  .map(
    (s) =>
      `<tr><td>${escapeHtml(s.id)}</td><th scope="row">${escapeHtml(s.what)}</th><td>${s.link === undefined ? '—' : `<code>${escapeHtml(s.link)}</code>`}</td><td>${escapeHtml(s.note ?? '—')}</td><td class="nw">${escapeHtml(s.platform)}</td><td class="n">${date(s.at)}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>`;
  return `<section class="wide" aria-labelledby="suggestions-title">
<h2 id="suggestions-title">Open suggestions</h2>
${content}
</section>`;
}

/**
 * The coverage page: one self-contained HTML document (the chart library inlined, no request to any
 * server, a Content-Security-Policy that forbids every fetch), with each chart's figures in a table
 * beneath it so the page reads without scripts or sight.
 */
export function renderCoverageHtml(data: CoverageData, options: RenderOptions): string {
  const topProviders = options.topProviders ?? 15;
  const providers = data.dealsByProvider.slice(0, topProviders);
  const otherProviders = data.dealsByProvider.slice(topProviders);
  const unit = data.unansweredOverTime.unit;
  const sum = (counts: Count[]) => counts.reduce((total, c) => total + c.count, 0);
  const since = data.since.slice(0, 10);
  // Paired by shape, so each row of the grid holds two charts of about the same height.
  const charts: ChartSpec[] = [
    {
      id: 'deals-by-year',
      title: 'Deals by year',
      series: 'Deals',
      rowHeader: 'Year',
      counts: data.dealsByYear,
      horizontal: false,
      colour: '#2f6690',
      caption: `Deals per year of their date (${sum(data.dealsByYear)} deals)`,
    },
    {
      id: 'unanswered-over-time',
      title: `Unanswered questions per ${unit}`,
      series: 'Questions',
      rowHeader: unit === 'day' ? 'Day' : unit === 'week' ? 'Week starting' : 'Month',
      counts: data.unansweredOverTime.buckets,
      horizontal: false,
      colour: '#b5523b',
      tableSkipsZero: true,
      caption: `Questions sovbot could not answer, per ${unit} since ${since} (${sum(data.unansweredOverTime.buckets)} in all)`,
      note: `The table lists only the ${unit}s with at least one question.`,
    },
    {
      id: 'deals-by-jurisdiction',
      title: 'Deals by jurisdiction',
      series: 'Deals',
      rowHeader: 'Jurisdiction',
      counts: data.dealsByJurisdiction,
      horizontal: true,
      colour: '#3a7d44',
      caption: `Deals per jurisdiction (${sum(data.dealsByJurisdiction)} deals)`,
      note: 'A qualified jurisdiction ("Germany (Schleswig-Holstein)") counts under the name before the parenthesis.',
    },
    {
      id: 'deals-per-provider',
      title: 'Deals per provider',
      series: 'Deals',
      rowHeader: 'Provider',
      counts: providers,
      horizontal: true,
      colour: '#7a4f9a',
      caption:
        otherProviders.length > 0
          ? `Deals naming each provider: the ${providers.length} named most of ${data.dealsByProvider.length}`
          : `Deals naming each provider (${data.dealsByProvider.length} providers)`,
      note: `A deal naming two providers counts for both; ${plural(data.dealsWithoutNamedProvider, 'deal')} only ${data.dealsWithoutNamedProvider === 1 ? 'describes its' : 'describe their'} providers ("eight cloud providers…") and ${data.dealsWithoutNamedProvider === 1 ? 'is' : 'are'} not counted.`,
    },
  ];
  const chartData = charts.map((c) => ({
    id: c.id,
    series: c.series,
    labels: c.counts.map((x) => x.label),
    values: c.counts.map((x) => x.count),
    horizontal: c.horizontal,
    colour: c.colour,
  }));
  const library = options.chartLibrary.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  if (/<\/script|<!--/i.test(library))
    throw new Error(
      'renderCoverageHtml: the chart library contains "</script" or "<!--" and cannot be inlined',
    );
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(library)} ${sha256(BOOT_SCRIPT)}`,
    `style-src ${sha256(STYLE)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const providerList =
    otherProviders.length === 0
      ? ''
      : `<details><summary>${otherProviders.length} more providers</summary><p class="note">${otherProviders
          .map((p) => `${escapeHtml(p.label)} (${p.count})`)
          .join(', ')}</p></details>`;
  const sections = charts.map((spec) => {
    const html = chartSection(spec);
    return spec.id === 'deals-per-provider'
      ? html.replace(/<\/section>$/, `${providerList}\n</section>`)
      : html;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>sovbot coverage, ${date(data.generatedAt)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>sovbot coverage</h1>
<p class="lede">What the corpus covers and what people asked that it could not answer. Generated ${date(data.generatedAt)}; questions and votes since ${date(data.since)}.</p>
<ul class="figures" aria-label="The corpus in figures">
<li><b>${data.corpus.deals}</b>deals</li>
<li><b>${data.corpus.facts}</b>facts</li>
<li><b>${data.corpus.sources}</b>sources</li>
<li><b>${date(data.corpus.reviewedUntil)}</b>last reviewed</li>
<li><b>${data.unanswered.reduce((sum, u) => sum + u.count, 0)}</b>unanswered questions</li>
<li><b>${data.disliked.reduce((sum, d) => sum + d.down, 0)}</b>👎 on facts</li>
</ul>
</header>
<main>
<div class="grid">
${sections.join('\n')}
</div>
${unansweredSection(data, options.topUnanswered ?? 20)}
${dislikedSection(data, options.topDisliked ?? 20)}
${plansSection(data.plansPastDate)}
${suggestionsSection(data.suggestions)}
</main>
<footer>Corpus version <code>${escapeHtml(data.corpus.version)}</code>. Charts drawn with Chart.js, inlined: this page loads nothing from the network.</footer>
<script type="application/json" id="chart-data">${scriptJson(chartData)}</script>
<script>${library}</script>
<script>${BOOT_SCRIPT}</script>
</body>
</html>
`;
}
