// `npm run probes [-- --verbose]`: questions built from each deal's own fields (its aliases, customers,
// providers, date, value and the topics its facts are marked with), asked of the engine on the bundled
// corpus. No one writes these questions, so no one tunes on them by reading them: they measure how the
// engine reads a template across every deal, in English and French. The figures go to docs/engine.md.
//
// - true-premise: a pairing or a year the deal's own fields make true; any correction is a defect.
// - false-premise: a provider the deal does not have, a year its entry never writes, an amount seven
//   times its own, a sale, fine, lawsuit or cancellation it never records, claimed of it; a plain answer
//   is a miss.
// - detail: "how much / when was it signed / how long does it run"; the first statement must carry the
//   figure, the year or the term.
// - topic: "who criticised / why / where"; the first statement must be a fact the entry marks with that
//   topic.
// - compare: two deals named by an alias each; both must be rows of a comparison.
import type { Deal } from '../src/corpus/schema.js';
import { amountsIn } from '../src/engine/amounts.js';
import type { Answer } from '../src/engine/answer.js';
import { termMarksIn, termMarksOf } from '../src/engine/fact-features.js';
import { createEngine, defaultCorpusDir, loadCorpus } from '../src/index.js';

const verbose = process.argv.includes('--verbose');
const loaded = await loadCorpus(defaultCorpusDir);
if (!loaded.ok) {
  console.error('probes: the bundled corpus does not load');
  process.exit(1);
}
const engine = createEngine(loaded.corpus);

const BIG = ['AWS', 'Microsoft', 'Google', 'Oracle', 'IBM', 'OVHcloud', 'Alibaba', 'Huawei'];
const short = (name: string) => name.replace(/\s*\([^)]*\)/g, '').trim();
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** The alias a person would type: not a bare provider name. */
const aliasOf = (deal: Deal) =>
  deal.aliases.find((a) => a.length > 3 && !BIG.some((p) => p.toLowerCase() === a.toLowerCase())) ??
  (deal.aliases[0] as string);

interface Tally {
  ok: number;
  all: number;
}
const tallies = new Map<string, Tally>();
function record(family: string, question: string, ok: boolean, answer: Answer): void {
  const tally = tallies.get(family) ?? { ok: 0, all: 0 };
  tally.all++;
  if (ok) tally.ok++;
  tallies.set(family, tally);
  if (!ok && verbose) {
    const got =
      answer.kind === 'answered'
        ? `${answer.shape} ${answer.deals[0]?.id}: ${answer.statements[0]?.text.slice(0, 100)}`
        : answer.reason;
    console.error(`miss ${family} | ${question} | ${got}`);
  }
}
const corrected = (a: Answer) => a.kind === 'answered' && a.shape === 'correction';
const firstText = (a: Answer) => (a.kind === 'answered' ? fold(a.statements[0]?.text ?? '') : '');
const onDeal = (a: Answer, deal: Deal) => a.kind === 'answered' && a.deals[0]?.id === deal.id;

let turn = 0;
for (const deal of loaded.corpus.deals) {
  const alias = aliasOf(deal);
  const customer = short(deal.customers[0] ?? alias);
  const year = Number(deal.date.slice(0, 4));
  const providers = deal.providers.map(short).filter((p) => !/to be|none|not /i.test(p));
  const all = JSON.stringify(deal).toLowerCase();

  // True premises: the deal's own pairing and year.
  for (const provider of providers.slice(0, 2))
    for (const q of [
      `why did ${customer} go with ${provider}?`,
      `pourquoi ${customer} est passé à ${provider} ?`,
    ]) {
      const a = engine.ask(q);
      record('true-premise', q, !corrected(a), a);
    }
  for (const q of [
    `what was signed in ${year} in ${alias}?`,
    `qu'est-ce qui a été annoncé en ${year} pour ${alias} ?`,
  ]) {
    const a = engine.ask(q);
    record('true-premise', q, !corrected(a), a);
  }

  // False premises: a provider it does not have, a year it never writes.
  const wrong = BIG.filter((p) => !all.includes(p.toLowerCase()) && !(p === 'AWS' && all.includes('amazon')));
  const claimed = wrong[turn++ % Math.max(1, wrong.length)];
  if (providers.length > 0 && deal.customers.length > 0 && claimed !== undefined)
    for (const q of [
      `why did ${customer} pick ${claimed}?`,
      `how much is ${customer} paying ${claimed}?`,
      `pourquoi ${customer} a choisi ${claimed} ?`,
    ]) {
      const a = engine.ask(q);
      record('false-premise', q, a.kind !== 'answered' || a.shape === 'correction', a);
    }
  const wrongYear = [year + 2, year - 3, year + 3, year - 4].find((y) => !all.includes(String(y)));
  if (wrongYear !== undefined)
    for (const q of [
      `what was agreed in ${wrongYear} in ${alias}?`,
      `en ${wrongYear}, pourquoi ${customer} a signé ${alias} ?`,
    ]) {
      const a = engine.ask(q);
      record('false-premise', q, a.kind !== 'answered' || a.shape === 'correction', a);
    }

  // False premises: an amount seven times the deal's, an event its entry never records.
  const amounts = deal.value?.currency === undefined ? [] : amountsIn(deal.value.amount);
  if (amounts.length > 0 && deal.value?.currency !== undefined) {
    const fake = Math.max(...amounts) * 7;
    const written = fake >= 1e9 ? `${Math.round(fake / 1e9)}bn` : `${Math.round(fake / 1e6)}m`;
    if (!all.includes(written.replace(/bn|m/, '')))
      for (const q of [
        `why did ${alias} cost ${deal.value.currency} ${written}?`,
        `who approved the ${deal.value.currency} ${written} ${alias} deal?`,
      ]) {
        const a = engine.ask(q);
        record('false-premise', q, a.kind !== 'answered' || a.shape === 'correction', a);
      }
  }
  const events: Array<[RegExp, string[]]> = [
    [
      /cancel|scrap|terminat|annul|abandon/,
      [`why did ${customer} cancel ${alias}?`, `pourquoi ${customer} a annulé ${alias} ?`],
    ],
    [/\bsue|lawsuit|court|tribunal|plainte|complain/, [`who sued over ${alias}?`]],
    [/\bfine|penalt|amende/, [`how much was ${customer} fined over ${alias}?`]],
    [/acqui|bought|takeover|rachat|rachet|\bbuy/, [`who acquired ${alias}?`]],
  ];
  for (const [recorded, questions] of events) {
    if (recorded.test(all)) continue;
    for (const q of questions) {
      const a = engine.ask(q);
      record('false-premise', q, a.kind !== 'answered' || a.shape === 'correction', a);
    }
  }

  // Details: the value's figure, the deal's year, the provider's name.
  const figures = (deal.value?.amount.match(/\d+(?:\.\d+)?/g) ?? []) as string[];
  if (figures.length > 0)
    for (const q of [`how much is ${alias} worth?`, `what did ${alias} cost`]) {
      const a = engine.ask(q);
      const text = firstText(a).replace(/(\d),(\d)/g, '$1.$2');
      record('detail', q, onDeal(a, deal) && figures.some((f) => text.includes(f)), a);
    }
  if (deal.kind === 'contract' || deal.kind === 'partnership')
    for (const q of [`when was ${alias} signed?`, `quand ${alias} a-t-il été signé ?`]) {
      const a = engine.ask(q);
      record('detail', q, onDeal(a, deal) && firstText(a).includes(String(year)), a);
    }

  const marks = termMarksOf(deal);
  if (marks.length > 0)
    for (const q of [`how long does ${alias} run?`, `combien de temps dure ${alias} ?`]) {
      const a = engine.ask(q);
      // The fact's English text: its marks are read in English.
      const id = a.kind === 'answered' ? a.statements[0]?.factId : undefined;
      const first = deal.facts.find((f) => f.id === id)?.text ?? '';
      record('detail', q, onDeal(a, deal) && termMarksIn(first).some((m) => marks.includes(m)), a);
    }

  // Topics: the first statement is a fact the entry marks with the topic asked.
  const topics: Record<string, string[]> = {
    criticism: [`who criticised ${alias}?`, `qui a critiqué ${alias} ?`],
    reason: [`why did ${customer} go for ${alias}?`, `pourquoi ${alias} ?`],
    location: [`where is ${alias} hosted?`, `où sont les données de ${alias} ?`],
  };
  for (const [topic, questions] of Object.entries(topics)) {
    const marked = new Set(deal.facts.filter((f) => f.topics?.includes(topic as never)).map((f) => f.id));
    if (marked.size === 0) continue;
    for (const q of questions) {
      const a = engine.ask(q);
      const first = a.kind === 'answered' ? a.statements[0]?.factId : undefined;
      record('topic', q, onDeal(a, deal) && first !== undefined && marked.has(first), a);
    }
  }
}

// Comparisons: two deals named by their aliases, side by side.
const deals = loaded.corpus.deals;
deals.forEach((a, i) => {
  const b = deals[(i * 7 + 13) % deals.length] as Deal;
  if (a.id === b.id) return;
  for (const q of [
    `compare ${aliasOf(a)} and ${aliasOf(b)}`,
    `${aliasOf(a)} vs ${aliasOf(b)}?`,
    `quelle différence entre ${aliasOf(a)} et ${aliasOf(b)} ?`,
  ]) {
    const answer = engine.ask(q);
    const rows = answer.kind === 'answered' ? answer.rows.map((r) => r.dealId) : [];
    record(
      'compare',
      q,
      answer.kind === 'answered' && answer.shape === 'compare' && rows.includes(a.id) && rows.includes(b.id),
      answer,
    );
  }
});

console.log('| Probe family | Right | Asked | Share |');
console.log('| --- | ---: | ---: | ---: |');
for (const [family, { ok, all }] of tallies)
  console.log(`| ${family} | ${ok} | ${all} | ${((100 * ok) / all).toFixed(1)}% |`);
