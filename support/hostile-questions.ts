// Hostile questions for property tests and the benchmark: arbitrary Unicode, Slack and Discord markup and
// odd characters mixed into real questions, and 100 kB questions. fast-check arbitraries; `fc.sample` draws
// from them outside a property.
import fc from 'fast-check';

export const markup = fc.constantFrom(
  '<!everyone>',
  '<!here>',
  '<!channel>',
  '<@U1>',
  '<@U0ABCDEF12>',
  '<@W123|someone>',
  '<#C1|x>',
  '<#C0GENERAL>',
  '<!subteam^S1>',
  '<!subteam^S1|@admins>',
  '<!date^1392734382^{date}|Feb 18>',
  '<https://evil.example|click>',
  '&lt;!channel&gt;',
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@&123>',
  '<@!42>',
  '<@42>',
  '||spoilers||',
  '```js\nalert(1)\n```',
  '`code`',
  '**bold**',
  '*bold*',
  '_it_',
  '~strike~',
  '> quote',
  '[link](https://evil.example)',
  '# heading',
  ':rocket:',
);

/** Characters that break naive text handling: direction marks, zero-width, combining, emoji, NUL, lone surrogates. */
export const oddity = fc.constantFrom(
  '\u200b', // zero-width space
  '\u200c',
  '\u200d', // zero-width joiner
  '\u2060',
  '\ufeff', // BOM
  '\u200e', // LRM
  '\u200f', // RLM
  '\u202e', // right-to-left override
  '\u2066', // LRI
  '\u0301', // combining acute
  'e\u0301\u0302\u0303',
  'Z\u0336\u0335\u0334', // zalgo-ish
  '\u0000', // NUL
  '\u0007',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🇫🇷',
  'عربي',
  'עברית',
  '中文',
  '\r\n',
  '\t',
  '\u2028',
  'ﬁ', // ligature
  'İ', // dotted capital I (case folding)
);

export const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

/** Arbitrary Unicode, in several flavours fast-check offers plus our own hostile units. */
export const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300, size: 'medium' }),
  fc.string({ unit: 'grapheme-composite', maxLength: 300, size: 'medium' }),
  fc.string({ unit: 'binary', maxLength: 300, size: 'medium' }),
  fc.string({ unit: 'binary-ascii', maxLength: 300, size: 'medium' }),
  fc.string({ unit: fc.oneof(oddity, loneSurrogate, markup), maxLength: 40 }),
);

/** A real question (one of `questions`) with markup and odd characters inserted at arbitrary places. */
export function hostileQuestion(questions: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      index: fc.nat(),
      inserts: fc.array(fc.tuple(fc.nat(), fc.oneof(markup, oddity, loneSurrogate)), { maxLength: 8 }),
    })
    .map(({ index, inserts }) => {
      let q = questions[index % questions.length] ?? '';
      for (const [at, piece] of inserts) {
        const cut = at % (q.length + 1);
        q = `${q.slice(0, cut)}${piece}${q.slice(cut)}`;
      }
      return q;
    });
}

/** 100 kB: a real question drowned in padding (the engine must refuse it, politely and fast). */
export function hugeQuestion(questions: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      index: fc.nat(),
      pad: fc.constantFrom('a', '@everyone ', '<!channel> ', '\u200b', 'é', '👍', '\u0000', 'sovereignty '),
      front: fc.boolean(),
    })
    .map(({ index, pad, front }) => {
      const q = questions[index % questions.length] ?? '';
      const padding = pad.repeat(Math.ceil(100_000 / pad.length));
      return front ? `${padding}${q}` : `${q}${padding}`;
    });
}
