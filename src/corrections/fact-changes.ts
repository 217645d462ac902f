// What a reload changed, fact by fact and deal by deal, and the corrections it calls for. Pure
// functions of two corpora (and the stored answers): the adapters post what these return.
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/load-corpus.js';
import type { Deal, Fact } from '../corpus/schema.js';
import type { Answered, Citation, Lang } from '../engine/answer.js';
import { fold } from '../engine/normalize.js';
import type { AnswerRecord } from '../store/state-store.js';

/**
 * The text of a fact as compared across reloads: accents and case folded, punctuation dropped,
 * whitespace collapsed. So an edit that only fixes case, punctuation, accents or spacing compares
 * equal and sends no correction; any change of a letter, digit or word does.
 */
export function comparableText(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Hash of a fact's text in one language, as stored with an answer that showed it. */
export function factTextHash(text: string): string {
  return createHash('sha256').update(comparableText(text)).digest('hex').slice(0, 16);
}

/** A fact's sentence in a language. */
export function factText(fact: Fact, lang: Lang): string {
  return lang === 'fr' ? fact.text_fr : fact.text;
}

/** The facts an answer cited, each with the hash of its text in the answer's language. */
export function citedFacts(answer: Answered, corpus: Corpus): AnswerRecord['facts'] {
  const index = factIndex(corpus);
  const seen = new Set<string>();
  const facts: AnswerRecord['facts'] = [];
  for (const statement of answer.statements) {
    const found = index.get(statement.factId);
    if (found === undefined || seen.has(statement.factId)) continue;
    seen.add(statement.factId);
    facts.push({ id: statement.factId, hash: factTextHash(factText(found.fact, answer.lang)) });
  }
  return facts;
}

interface Located {
  deal: Deal;
  fact: Fact;
}

function factIndex(corpus: Corpus): Map<string, Located> {
  const index = new Map<string, Located>();
  for (const deal of corpus.deals) for (const fact of deal.facts) index.set(fact.id, { deal, fact });
  return index;
}

/** How one deal changed between two corpora. */
export interface DealChange {
  dealId: string;
  /** The deal as it now reads, or undefined when it was removed. */
  deal: Deal | undefined;
  added: Fact[];
  /** Facts whose text changed beyond case, punctuation, accents and spacing (English or French). */
  changed: Fact[];
  removed: Fact[];
  status: { from: Deal['status']; to: Deal['status'] } | undefined;
}

/** The deals a reload changed (facts added, changed, removed; status changed), by deal id. */
export function diffCorpora(before: Corpus, after: Corpus): DealChange[] {
  const old = new Map(before.deals.map((deal) => [deal.id, deal]));
  const next = new Map(after.deals.map((deal) => [deal.id, deal]));
  const changes: DealChange[] = [];
  for (const id of [...new Set([...old.keys(), ...next.keys()])].sort()) {
    const a = old.get(id);
    const b = next.get(id);
    const aFacts = new Map((a?.facts ?? []).map((fact) => [fact.id, fact]));
    const bFacts = new Map((b?.facts ?? []).map((fact) => [fact.id, fact]));
    const added = [...bFacts.values()].filter((fact) => !aFacts.has(fact.id));
    const removed = [...aFacts.values()].filter((fact) => !bFacts.has(fact.id));
    const changed = [...bFacts.values()].filter((fact) => {
      const was = aFacts.get(fact.id);
      return (
        was !== undefined &&
        (comparableText(was.text) !== comparableText(fact.text) ||
          comparableText(was.text_fr) !== comparableText(fact.text_fr))
      );
    });
    const status = a?.status !== b?.status ? { from: a?.status, to: b?.status } : undefined;
    if (added.length + removed.length + changed.length > 0 || status !== undefined)
      changes.push({ dealId: id, deal: b, added, changed, removed, status });
  }
  return changes;
}

/** The ids of the facts a set of deal changes changed or removed: the ones earlier answers may have cited. */
export function touchedFactIds(changes: readonly DealChange[]): string[] {
  return changes.flatMap((change) => [...change.changed, ...change.removed].map((fact) => fact.id));
}

/** The sources of one fact as numbered citations, as an answer would cite them. */
export function factCitations(deal: Deal, fact: Fact, from = 1): Citation[] {
  return fact.sources.flatMap((sourceId, i) => {
    const source = deal.sources.find((s) => s.id === sourceId);
    if (source === undefined) return [];
    return [
      {
        n: from + i,
        dealId: deal.id,
        factId: fact.id,
        publisher: source.publisher,
        title: source.title,
        url: source.url,
        date: source.date,
      },
    ];
  });
}

/** A correction to post under an earlier answer. */
export interface Correction {
  answer: AnswerRecord;
  /**
   * The correction as an answer: heading "Update" / "Mise à jour", one statement per changed fact
   * (its new sentence, cited) — so each platform renders it, citations included, as it renders
   * answers. `withdrawn` holds the cited facts that were removed (no sentence to show).
   */
  update: Answered;
  withdrawn: number;
}

const WORDS: Record<Lang, { heading: string; withdrawn: (n: number) => string }> = {
  en: {
    heading: 'Update',
    withdrawn: (n) =>
      n === 1
        ? 'A fact cited in this answer was withdrawn from sovbot’s sources.'
        : `${n} facts cited in this answer were withdrawn from sovbot’s sources.`,
  },
  fr: {
    heading: 'Mise à jour',
    withdrawn: (n) =>
      n === 1
        ? 'Un fait cité dans cette réponse a été retiré des sources de sovbot.'
        : `${n} faits cités dans cette réponse ont été retirés des sources de sovbot.`,
  },
};

/** The line for withdrawn facts, in a language. */
export function withdrawnText(lang: Lang, count: number): string {
  return WORDS[lang].withdrawn(count);
}

/**
 * The corrections a corpus calls for: for each stored answer, the cited facts whose text (in the
 * answer's language) no longer hashes the same, or that are gone. One correction per answer, or none.
 */
export function correctionsFor(answers: readonly AnswerRecord[], corpus: Corpus): Correction[] {
  const index = factIndex(corpus);
  const corrections: Correction[] = [];
  for (const answer of answers) {
    const lang: Lang = answer.lang === 'fr' ? 'fr' : 'en';
    const statements: Answered['statements'] = [];
    const citations: Citation[] = [];
    const deals = new Map<string, { id: string; title: string }>();
    let withdrawn = 0;
    for (const cited of answer.facts) {
      const now = index.get(cited.id);
      if (now === undefined) {
        withdrawn += 1;
        continue;
      }
      const text = factText(now.fact, lang);
      if (factTextHash(text) === cited.hash) continue;
      const cites = factCitations(now.deal, now.fact, citations.length + 1);
      citations.push(...cites);
      statements.push({ text, dealId: now.deal.id, factId: now.fact.id, citations: cites.map((c) => c.n) });
      deals.set(now.deal.id, { id: now.deal.id, title: lang === 'fr' ? now.deal.title_fr : now.deal.title });
    }
    if (statements.length === 0 && withdrawn === 0) continue;
    corrections.push({
      answer,
      withdrawn,
      update: {
        kind: 'answered',
        question: '',
        lang,
        heading: WORDS[lang].heading,
        statements,
        citations,
        deals: [...deals.values()],
        confidence: 1,
        shape: 'single',
        rows: [],
      },
    });
  }
  return corrections;
}

/** A plain-text correction (`Update: <sentence> [1]` and footnotes), for the console and logs. */
export function correctionText(correction: Correction): string {
  const { update } = correction;
  const sentences = update.statements.map((s) =>
    `${s.text} ${s.citations.map((n) => `[${n}]`).join('')}`.trim(),
  );
  if (correction.withdrawn > 0) sentences.push(withdrawnText(update.lang, correction.withdrawn));
  const notes = update.citations.map((c) => {
    const date = c.date === undefined ? '' : ` (${c.date})`;
    return `[${c.n}] ${c.publisher}, "${c.title}"${date}. ${c.url}`;
  });
  return [`${update.heading}: ${sentences.join(' ')}`, ...notes].join('\n');
}

/**
 * A followed deal's change as plain lines (title and what changed, then the new or changed sentences
 * with their sources), in a language. Corpus text only: nothing that pings.
 */
export function followSummaryText(change: DealChange, lang: Lang = 'en'): string {
  const fr = lang === 'fr';
  if (change.deal === undefined)
    return fr
      ? `Mise à jour de « ${change.dealId} » : cette entrée a été retirée.`
      : `Update on “${change.dealId}”: this entry was withdrawn.`;
  const deal = change.deal;
  const title = fr ? deal.title_fr : deal.title;
  const parts: string[] = [];
  if (change.status !== undefined)
    parts.push(
      fr
        ? `statut ${change.status.from ?? '—'} → ${change.status.to ?? '—'}`
        : `status ${change.status.from ?? '—'} → ${change.status.to ?? '—'}`,
    );
  const count = (n: number, en: string, frWord: string) =>
    n > 0 ? (fr ? `${n} fait(s) ${frWord}` : `${n} fact${n === 1 ? '' : 's'} ${en}`) : undefined;
  for (const part of [
    count(change.added.length, 'added', 'ajouté(s)'),
    count(change.changed.length, 'changed', 'modifié(s)'),
    count(change.removed.length, 'removed', 'retiré(s)'),
  ])
    if (part !== undefined) parts.push(part);
  const lines = [
    fr ? `Mise à jour de « ${title} » : ${parts.join(', ')}.` : `Update on “${title}”: ${parts.join(', ')}.`,
  ];
  const citations: Citation[] = [];
  for (const fact of [...change.added, ...change.changed]) {
    const cites = factCitations(deal, fact, citations.length + 1);
    citations.push(...cites);
    lines.push(`- ${factText(fact, lang)} ${cites.map((c) => `[${c.n}]`).join('')}`.trimEnd());
  }
  for (const c of citations) {
    const date = c.date === undefined ? '' : ` (${c.date})`;
    lines.push(`[${c.n}] ${c.publisher}, "${c.title}"${date}. ${c.url}`);
  }
  return lines.join('\n');
}
