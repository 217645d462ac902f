import { describe, expect, it } from 'vitest';
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
  slackLimits,
} from '../../adapters/slack/format.js';
import type { Answered, Citation, NoAnswer } from '../../src/index.js';

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
