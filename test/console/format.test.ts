import { beforeAll, describe, expect, it } from 'vitest';
import { formatConsoleAnswer, formatConsoleCard } from '../../adapters/console/format.js';
import {
  type Answered,
  createEngine,
  defaultCorpusDir,
  type Engine,
  loadCorpus,
  matchedCount,
  matchedText,
  rowViews,
} from '../../src/index.js';
import { row, rowAnswer } from '../render/row-answers.js';

let engine: Engine;
beforeAll(async () => {
  const loaded = await loadCorpus(defaultCorpusDir);
  if (!loaded.ok) throw new Error('bundled corpus invalid');
  engine = createEngine(loaded.corpus);
});

function ask(question: string): Answered {
  const answer = engine.ask(question);
  if (answer.kind !== 'answered') throw new Error(`no answer to ${question}`);
  return answer;
}

/** The text before the footnotes, and the citation numbers the footnotes list. */
function split(text: string): { body: string[]; footnotes: Set<number> } {
  const lines = text.split('\n');
  const start = lines.findIndex((line, i) => /^\[\d+\] /.test(line) && lines[i - 1] === '');
  const notes = start === -1 ? [] : lines.slice(start);
  return {
    body: start === -1 ? lines : lines.slice(0, start - 1),
    footnotes: new Set(notes.map((line) => Number(/^\[(\d+)\]/.exec(line)?.[1]))),
  };
}

describe('formatConsoleAnswer: lists and timelines as aligned rows', () => {
  it.each([
    'List all deals involving Google',
    'Which deals did AWS win in the UK?',
    'Timeline of Microsoft deals',
    "Qu'est-ce qui s'est passé en 2021 ?",
  ])('%s', (question) => {
    const answer = ask(question);
    expect(['list', 'timeline']).toContain(answer.shape);
    const { body, footnotes } = split(formatConsoleAnswer(answer, 1000));
    expect(body[0]).toBe(answer.heading);
    expect(body.at(-1)).toBe(matchedText(matchedCount(answer), answer.lang));
    // One line per deal, in order: its date in a column of one width, its title starting in one column.
    const views = rowViews(answer);
    const heads = body.filter((line) => /^ {2}\d{4}/.test(line));
    expect(heads).toHaveLength(views.length);
    const titleColumns = new Set(heads.map((line, i) => line.indexOf(views[i]?.row.title ?? '\u0000')));
    expect(titleColumns.size).toBe(1);
    expect([...titleColumns][0]).toBeGreaterThan(2);
    heads.forEach((line, i) => {
      const view = views[i];
      if (!view) throw new Error(`line ${i} has no deal`);
      expect(line.startsWith(`  ${view.row.date}`)).toBe(true);
      for (const n of view.citations) {
        expect(line).toContain(`[${n}]`);
        expect(footnotes.has(n)).toBe(true);
      }
    });
  });

  it('puts a row’s parts under its title, in the answer’s language', () => {
    const text = formatConsoleAnswer(
      rowAnswer('timeline', [row(0), row(1, { date: '2024-03-15' })], { lang: 'fr' }),
      1000,
    );
    expect(split(text).body).toEqual([
      '2 deals',
      '  2024-03     Deal 0 [1][2]',
      '              Agency 0 avec Provider 0 ; GBP 10m (plafond) ; signé',
      '  2024-03-15  Deal 1 [3][4]',
      '              Agency 1 avec Provider 1 ; GBP 10m (plafond) ; signé',
      '2 accords correspondent',
    ]);
  });
});

describe('formatConsoleAnswer: comparisons and corrections', () => {
  it('shows a comparison as one block per deal: title, date and marks, then its parts and fact', () => {
    const answer = ask('Compare Delos Cloud and Bleu');
    expect(answer.shape).toBe('compare');
    const { body, footnotes } = split(formatConsoleAnswer(answer, 1000));
    const blocks = body.join('\n').split('\n\n');
    expect(blocks[0]).toBe(answer.heading);
    const views = rowViews(answer);
    expect(blocks.slice(1)).toHaveLength(views.length);
    blocks.slice(1).forEach((block, i) => {
      const view = views[i];
      if (!view) throw new Error(`block ${i} has no deal`);
      const [head, ...rest] = block.split('\n');
      expect(head?.startsWith(`${view.row.title} (${view.date}) [`)).toBe(true);
      expect(rest.every((line) => line.startsWith('  '))).toBe(true);
      for (const fact of view.facts) expect(block).toContain(fact.text);
      for (const n of view.citations) expect(footnotes.has(n)).toBe(true);
    });
  });

  it('puts a correction’s correcting sentence first, alone, then what the corpus says', () => {
    const answer = ask('Why did MI5 choose Oracle?');
    expect(answer.shape).toBe('correction');
    const { body, footnotes } = split(formatConsoleAnswer(answer, 1000));
    const [lead, ...rest] = answer.statements;
    expect(body[0]?.startsWith(`${lead?.text} [`)).toBe(true);
    expect(body[1]).toBe('');
    for (const statement of rest) expect(body.slice(2).join(' ')).toContain(statement.text);
    for (const citation of answer.citations) expect(footnotes.has(citation.n)).toBe(true);
  });
});

describe('formatConsoleCard', () => {
  it("shows a deal's value in the card's language", () => {
    for (const deal of engine.corpus.deals.filter((d) => d.value?.amount_fr !== undefined)) {
      const card = engine.dealCard(deal.id, 'fr');
      if (!card) throw new Error(deal.id);
      expect(formatConsoleCard(card), deal.id).toContain(deal.value?.amount_fr);
    }
  });
});
