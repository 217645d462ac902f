import type { types } from '@slack/bolt';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actionIds,
  decodeShare,
  decodeSuggestion,
  decodeVote,
  encodeVote,
  escapeMrkdwn,
  formatLink,
  formatSlackAnswer,
  readSlackText,
  type SlackMessage,
  slackLimits,
} from '../../adapters/slack/format.js';
import {
  type Answered,
  type Citation,
  createEngine,
  defaultCorpusDir,
  type Engine,
  loadCorpus,
  matchedCount,
  matchedText,
  moreText,
  type NoAnswer,
  rowViews,
} from '../../src/index.js';
import { row, rowAnswer } from '../render/row-answers.js';

// Every way Slack text can notify people: none may ever reach a posted message unescaped.
const MENTIONS = ['<!everyone>', '<!channel>', '<!here>', '<@', '<!subteam^', '<#'];

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    dealId: 'deal-a',
    factId: `fact-${n}`,
    publisher: `Publisher ${n}`,
    title: `Title ${n}`,
    url: `https://example.org/article-${n}?a=1&b=2`,
    date: '2021-10',
    ...overrides,
  };
}

function answered(overrides: Partial<Answered> = {}): Answered {
  return {
    kind: 'answered',
    question: 'How much is it worth?',
    lang: 'en',
    heading: 'Deal A',
    shape: 'single',
    rows: [],
    statements: [{ text: 'It is worth GBP 1bn.', dealId: 'deal-a', factId: 'fact-1', citations: [1] }],
    citations: [citation(1)],
    deals: [{ id: 'deal-a', title: 'Deal A' }],
    confidence: 0.9,
    ...overrides,
  };
}

function allText(message: object): string {
  return JSON.stringify(message);
}

describe('formatSlackAnswer', () => {
  it('renders the answer, numbered source links and 👍/👎 buttons, with a plain fallback', () => {
    const message = formatSlackAnswer(answered(), { maxQuestionLength: 1000 });
    const [section, context, actions] = message.blocks;
    expect(section).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } });
    expect(JSON.stringify(section)).toContain('*Deal A*\\nIt is worth GBP 1bn. [1]');
    expect(context).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: '[1] <https://example.org/article-1?a=1&amp;b=2|Publisher 1 — Title 1> (2021-10)',
          verbatim: true,
        },
      ],
    });
    expect(actions).toMatchObject({ type: 'actions' });
    const ids = (actions as { elements: { action_id: string }[] }).elements.map((e) => e.action_id);
    expect(ids).toEqual([actionIds.voteUp, actionIds.voteDown]);
    expect(message.text).toBe('Deal A: It is worth GBP 1bn. [1]');
  });

  it('escapes corpus text that tries to notify a channel, a user or a group', () => {
    const evil = 'Hi <!channel> <!here> <!everyone> <@U123> <!subteam^S1|@admins> <#C1> & more';
    const message = formatSlackAnswer(
      answered({
        heading: `Heading ${evil}`,
        statements: [{ text: `Statement ${evil}`, dealId: 'deal-a', factId: 'f<!channel>', citations: [1] }],
        citations: [
          citation(1, {
            publisher: `Pub ${evil}`,
            title: `Title ${evil}`,
            url: 'https://x.test/<!channel>|y',
          }),
        ],
        question: `question ${evil}`,
      }),
      { maxQuestionLength: 1000, share: { q: `question ${evil}`, l: 'en' } },
    );
    const json = allText(message);
    for (const mention of MENTIONS) expect(json).not.toContain(mention);
    expect(json).toContain('&lt;!channel&gt;');
    expect(message.text).toContain('Heading Hi &lt;!channel&gt; &lt;!here&gt;');
    // The link survives, its `|` and `<` neutralised so the label cannot be hijacked.
    expect(json).toContain('<https://x.test/%3C!channel%3E%7Cy|Pub Hi &lt;!channel&gt;');
  });

  it('escapes suggested deal titles in a no-answer', () => {
    const noAnswer: NoAnswer = {
      kind: 'no-answer',
      question: '<!here> ?',
      lang: 'en',
      reason: 'not-covered',
      suggestions: [{ id: 'evil', title: 'Evil <!channel> deal <@U1>' }],
      confidence: 0.3,
    };
    const message = formatSlackAnswer(noAnswer, { maxQuestionLength: 1000 });
    // Everything Slack parses as mrkdwn is escaped; a button label is plain_text, shown as written
    // (never parsed for mentions), so escaping it would print `&lt;` on the button.
    const { blocks, text } = message;
    const button = (
      blocks[2] as { elements: { action_id: string; value: string; text: { type: string; text: string } }[] }
    ).elements[0];
    for (const mention of MENTIONS)
      expect(allText({ text, blocks: blocks.slice(0, 2) })).not.toContain(mention);
    expect(button?.text).toEqual({ type: 'plain_text', text: 'Evil <!channel> deal <@U1>', emoji: true });
    expect(message.text).toContain('I have no entry that answers that.');
    expect(button?.action_id).toBe(`${actionIds.suggest}0`);
    expect(decodeSuggestion(button?.value)).toEqual({ d: 'evil', t: 'Evil <!channel> deal <@U1>', l: 'en' });
  });

  it('says a too-long question is too long, with the configured limit', () => {
    const noAnswer: NoAnswer = {
      kind: 'no-answer',
      question: 'x'.repeat(5000),
      lang: 'fr',
      reason: 'too-long',
      suggestions: [],
      confidence: 0,
    };
    const message = formatSlackAnswer(noAnswer, { maxQuestionLength: 1000 });
    expect(message.text).toBe(
      'Cette question est trop longue pour moi : 1000 caractères au plus, s’il vous plaît.',
    );
    expect(message.blocks).toHaveLength(1);
  });

  it('stays within Slack limits: 3000 chars per section, 10 context elements, 50 blocks', () => {
    const citations = Array.from({ length: 600 }, (_, i) => citation(i + 1));
    const statements = Array.from({ length: 60 }, (_, i) => ({
      text: `${'Very long sentence & more. '.repeat(60)}${i}`,
      dealId: `deal-${i}`,
      factId: `fact-${i}`,
      citations: [i + 1],
    }));
    const message = formatSlackAnswer(answered({ statements, citations }), { maxQuestionLength: 1000 });
    expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
    expect(message.blocks.at(-1)?.type).toBe('actions');
    for (const block of message.blocks) {
      if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
      if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(10);
    }
    expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
  });
});

describe('button values', () => {
  it('fit 2000 characters and give the question and fact ids back', () => {
    const question = `${'<b>&'.repeat(250)}`; // 1000 chars, each escaped to 6 in the value
    const value = encodeVote({ q: question, f: ['fact-1', 'fact-2'], l: 'fr' });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(value).not.toContain('<');
    const vote = decodeVote(value);
    expect(vote?.f).toEqual(['fact-1', 'fact-2']);
    expect(vote?.l).toBe('fr');
    expect(question.startsWith(vote?.q ?? 'missing')).toBe(true);
    expect(vote?.q.length).toBeGreaterThan(200);
  });

  it('reject what they did not write', () => {
    expect(decodeVote('not json')).toBeUndefined();
    expect(decodeVote(undefined)).toBeUndefined();
    expect(decodeShare('{"x":1}')).toBeUndefined();
  });
});

describe('escaping helpers', () => {
  it('escapeMrkdwn escapes exactly & < >', () => {
    expect(escapeMrkdwn('a & b <!here> > c *bold*')).toBe('a &amp; b &lt;!here&gt; &gt; c *bold*');
  });

  it('formatLink only links http(s) URLs', () => {
    expect(formatLink('javascript:alert(1)', 'x <y>')).toBe('x &lt;y&gt;');
    expect(formatLink('not a url', 'label')).toBe('label');
    expect(formatLink('https://a.test/p?q=1|2', 'L')).toBe('<https://a.test/p?q=1%7C2|L>');
  });

  it('readSlackText turns Slack markup into the plain question', () => {
    expect(
      readSlackText(
        '<@UBOT> <!channel> what about <https://x.test|S3NS> &amp; <#C1|general>? <!subteam^S1|@ops> &lt;!here&gt;',
      ),
    ).toBe('what about S3NS & #general ? <!here>');
    expect(readSlackText('<!date^1392734382^{date}|Feb 18, 2014> deal')).toBe('Feb 18, 2014 deal');
  });
});

/** Slack's Block Kit limits, as a posted message must meet them (what chat.postMessage would refuse). */
function expectWithinSlackLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
  expect(message.blocks.at(-1)?.type).toBe('actions');
  expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
  for (const block of message.blocks) {
    if (block.type === 'section') {
      expect(block.text !== undefined || (block.fields?.length ?? 0) > 0).toBe(true);
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(slackLimits.sectionText);
      expect(block.fields?.length ?? 0).toBeLessThanOrEqual(slackLimits.sectionFields);
      for (const field of block.fields ?? []) {
        expect(field.text.length).toBeLessThanOrEqual(slackLimits.fieldText);
        expect(field.text.trim()).not.toBe('');
      }
    }
    if (block.type === 'context')
      expect(block.elements.length).toBeLessThanOrEqual(slackLimits.contextElements);
  }
}

/** The texts a message shows for its deals: section fields for a comparison, `• ` lines for a list. */
function readRows(message: SlackMessage): { rows: string[]; sources: Set<number>; texts: string[] } {
  const sections = message.blocks.filter((b): b is types.SectionBlock => b.type === 'section');
  const texts = sections.flatMap((b) => (b.text ? [b.text.text] : []));
  const fields = sections.flatMap((b) => (b.fields ?? []).map((f) => f.text));
  const lines = texts.flatMap((text) => text.split('\n')).filter((line) => line.startsWith('• '));
  const sources = new Set(
    message.blocks
      .filter((b): b is types.ContextBlock => b.type === 'context')
      .flatMap((b) => b.elements.map((e) => ('text' in e ? e.text : '')))
      .map((text) => Number(/^\[(\d+)\]/.exec(text)?.[1])),
  );
  return { rows: [...fields, ...lines], sources, texts };
}

/** One field or line per deal in order, each with its marks and sources; the rest counted; lists count matches. */
function expectRowsShown(answer: Answered, message: SlackMessage): void {
  expectWithinSlackLimits(message);
  const { rows, sources, texts } = readRows(message);
  const views = rowViews(answer);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThanOrEqual(views.length);
  rows.forEach((text, i) => {
    const view = views[i];
    if (!view) throw new Error(`row ${i} has no deal`);
    expect(text).toContain(`*${escapeMrkdwn(view.row.title)}*`);
    for (const n of view.citations) {
      expect(text).toContain(`[${n}]`);
      expect(sources.has(n), `source [${n}] listed`).toBe(true);
    }
  });
  const compare = answer.shape === 'compare';
  const total = compare ? views.length : matchedCount(answer);
  const all = texts.join('\n');
  if (total > rows.length) expect(all).toContain(`_${moreText(total - rows.length, answer.lang)}_`);
  else expect(all).not.toMatch(/more not shown|non affiché/);
  if (!compare) expect(all).toContain(`_${matchedText(total, answer.lang)}_`);
  // A comparison is one section field per deal, not a line.
  if (compare) expect(all).not.toMatch(/^• /m);
}

describe('formatSlackAnswer: comparisons, lists and timelines', () => {
  let engine: Engine;
  beforeAll(async () => {
    const loaded = await loadCorpus(defaultCorpusDir);
    if (!loaded.ok) throw new Error('bundled corpus invalid');
    engine = createEngine(loaded.corpus);
  });

  it.each([
    'Compare Delos Cloud and Bleu',
    'Compare Bleu, S3NS and Delos Cloud',
    'List all deals involving Google',
    'Which deals did AWS win in the UK?',
    'Timeline of Microsoft deals',
    "Qu'est-ce qui s'est passé en 2021 ?",
    "Chronologie des accords d'AWS",
  ])('%s', (question) => {
    const answer = engine.ask(question);
    if (answer.kind !== 'answered') throw new Error(`no answer to ${question}`);
    expect(['compare', 'list', 'timeline']).toContain(answer.shape);
    expectRowsShown(answer, formatSlackAnswer(answer, { maxQuestionLength: 1000 }));
  });

  it('shows a comparison as one section field per deal, ten to a section', () => {
    const answer = rowAnswer(
      'compare',
      Array.from({ length: 12 }, (_, i) => row(i)),
    );
    const message = formatSlackAnswer(answer, { maxQuestionLength: 1000 });
    expectRowsShown(answer, message);
    const sizes = message.blocks.flatMap((b) => (b.type === 'section' && b.fields ? [b.fields.length] : []));
    expect(sizes).toEqual([10, 2]);
    const first = readRows(message).rows[0];
    expect(first).toBe(
      '*Deal 0* (March 2024)\nAgency 0 with Provider 0\nGBP 10m (ceiling)\nsigned\nA fact about Deal 0. [1][2]',
    );
  });

  it('cuts a list that would need more than 50 blocks, and says how many are not shown, in French for a French answer', () => {
    // Five sources a deal: 600 source lines need 60 context blocks on their own.
    const rows = Array.from({ length: 120 }, (_, i) =>
      row(i, { citations: [1, 2, 3, 4, 5].map((k) => 5 * i + k) }),
    );
    const answer = rowAnswer('list', rows, { lang: 'fr', matched: 130 });
    const message = formatSlackAnswer(answer, { maxQuestionLength: 1000 });
    expectRowsShown(answer, message);
    const shown = readRows(message).rows.length;
    expect(shown).toBeLessThan(120);
    expect(JSON.stringify(message)).toContain(`_${130 - shown} autres non affichés_`);
    expect(readRows(message).rows[0]).toContain(
      ' : Agency 0 avec Provider 0 ; GBP 10m (plafond) ; signé [1][2][3][4][5]',
    );
  });

  it('keeps every mention in row titles and parties escaped', () => {
    const evil = row(0, {
      title: '<!channel> deal <@U123>',
      customers: ['<!here> agency'],
      providers: ['<!subteam^S1> cloud & co'],
    });
    for (const shape of ['compare', 'list'] as const) {
      const text = allText(formatSlackAnswer(rowAnswer(shape, [evil]), { maxQuestionLength: 1000 }));
      for (const mention of MENTIONS) expect(text).not.toContain(mention);
      expect(text).toContain('&lt;!channel&gt; deal &lt;@U123&gt;');
    }
  });

  it('puts a correction’s correcting sentence first, in bold, then what the corpus says', () => {
    const answer = engine.ask('Why did MI5 choose Oracle?');
    if (answer.kind !== 'answered') throw new Error('no answer');
    expect(answer.shape).toBe('correction');
    const message = formatSlackAnswer(answer, { maxQuestionLength: 1000 });
    expectWithinSlackLimits(message);
    const [lead, ...rest] = answer.statements;
    if (!lead) throw new Error('no correcting sentence');
    const { texts, sources } = readRows(message);
    const body = texts.join('\n').split('\n');
    expect(body[0]).toBe(`*${escapeMrkdwn(answer.heading)}*`);
    expect(body[1]?.startsWith(`*${escapeMrkdwn(lead.text)}* [`)).toBe(true);
    for (const statement of rest) expect(body.slice(2).join('\n')).toContain(escapeMrkdwn(statement.text));
    for (const citation of answer.citations) expect(sources.has(citation.n)).toBe(true);
  });
});
