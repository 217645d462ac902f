import {
  type APIEmbed,
  type APIEmbedField,
  embedLength as discordEmbedLength,
  EmbedBuilder,
} from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  dealButtonId,
  embedLength,
  type FormatContext,
  formatAnswer,
  formatDealCard,
  formatReload,
  formatStatus,
  limits,
  parseButtonId,
  plain,
  sourceLine,
} from '../../adapters/discord/format.js';
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
  truncate,
} from '../../src/index.js';
import { row, rowAnswer } from '../render/row-answers.js';

const context: FormatContext = {
  lang: 'en',
  corpusDate: '2026-11-29',
  corpusVersion: 'abc123',
  maxQuestionLength: 1000,
};

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    dealId: 'some-deal',
    factId: `fact-${n}`,
    publisher: 'Publisher',
    title: `Title ${n}`,
    url: `https://example.org/${n}`,
    date: '2024-01',
    ...overrides,
  };
}

function answered(overrides: Partial<Answered> = {}): Answered {
  return {
    kind: 'answered',
    question: 'q',
    lang: 'en',
    heading: 'Heading',
    shape: 'single',
    rows: [],
    statements: [{ text: 'A fact.', dealId: 'some-deal', factId: 'fact-1', citations: [1] }],
    citations: [citation(1)],
    deals: [{ id: 'some-deal', title: 'Some deal' }],
    confidence: 1,
    ...overrides,
  };
}

describe('formatAnswer: harmless whatever the corpus contains', () => {
  // An "evil" entry: mass mentions, user and role mentions, Markdown and link syntax in plain text.
  const evil = answered({
    heading: '@everyone Heading <@&999>',
    statements: [
      {
        text: 'Ping @everyone and @here, <@123456> and <@&654321>; **bold** _it_ `code` [x](https://evil.example)',
        dealId: 'evil',
        factId: 'evil-1',
        citations: [1],
      },
    ],
    citations: [
      citation(1, {
        publisher: '@here News',
        title: '[Updated] @everyone look',
        url: 'https://example.org/a_(b)<c>',
      }),
    ],
  });
  const reply = formatAnswer(evil, context, { voteKey: 'k1', echo: '@everyone <@1> **hey**' });
  const json = JSON.stringify(reply);

  it('contains no raw @everyone, @here, user or role mention', () => {
    expect(json).not.toMatch(/@everyone|@here/i);
    expect(json).not.toMatch(/<@&?\d/);
    // Still readable: the words are there, defused by a zero-width space.
    expect(reply.embeds[0]?.description).toContain('@\u200beveryone');
  });

  it('shows corpus Markdown literally and keeps its own link syntax intact', () => {
    const description = reply.embeds[0]?.description ?? '';
    expect(description).toContain('\\*\\*bold\\*\\*');
    expect(description).toContain('\\_it\\_');
    expect(description).toContain('\\`code\\`');
    const sources = reply.embeds[0]?.fields?.[0]?.value ?? '';
    // Brackets in the title become parentheses; ( ) < > in the URL are percent-encoded.
    expect(sources).toMatch(/^\[1\] \[[^[\]]+\]\(<https:\/\/example\.org\/a_%28b%29%3Cc%3E>\) \(2024-01\)$/);
  });

  it('escapes the echoed question', () => {
    expect(reply.content).toBe('> @\u200beveryone <@\u200b1> \\*\\*hey\\*\\*');
  });
});

describe('formatAnswer: within Discord limits', () => {
  const huge = answered({
    heading: 'H'.repeat(400),
    statements: Array.from({ length: 8 }, (_, i) => ({
      text: `Sentence ${i} ${'word '.repeat(200)}`,
      dealId: 'some-deal',
      factId: `fact-${i}`,
      citations: [i + 1],
    })),
    citations: Array.from({ length: 40 }, (_, i) =>
      citation(i + 1, {
        title: `Long title ${'x'.repeat(400)}`,
        url: `https://example.org/${'p'.repeat(200)}/${i}`,
      }),
    ),
  });
  const embed = formatAnswer(huge, context).embeds[0];

  it('cuts title, description, fields and the total', () => {
    expect(embed).toBeDefined();
    if (!embed) return;
    expect(embed.title?.length).toBeLessThanOrEqual(limits.embedTitle);
    expect(embed.description?.length).toBeLessThanOrEqual(limits.embedDescription);
    expect(embed.fields?.length).toBeLessThanOrEqual(limits.embedFields);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(limits.fieldValue);
    expect(embedLength(embed)).toBeLessThanOrEqual(limits.embedTotal);
  });

  it('splits the sources over several fields rather than cutting lines', () => {
    const few = formatAnswer(
      answered({
        citations: Array.from({ length: 12 }, (_, i) => citation(i + 1, { title: 'T'.repeat(150) })),
      }),
      context,
    ).embeds[0];
    const names = few?.fields?.map((field) => field.name) ?? [];
    expect(names[0]).toBe('Sources');
    expect(names.slice(1).every((name) => name === 'Sources (continued)')).toBe(true);
    expect(names.length).toBeGreaterThan(1);
    const lines = few?.fields?.flatMap((field) => field.value.split('\n')) ?? [];
    expect(lines).toHaveLength(12);
    expect(lines.map((line) => line.slice(0, 4))).toContain('[12]');
  });

  it('keeps one source line within a field even for absurd titles', () => {
    expect(sourceLine(citation(1, { title: 'x'.repeat(5000) })).length).toBeLessThanOrEqual(
      limits.fieldValue,
    );
  });
});

describe('formatAnswer: no answer', () => {
  const noAnswer: NoAnswer = {
    kind: 'no-answer',
    question: 'q',
    lang: 'fr',
    reason: 'not-covered',
    suggestions: [
      { id: 'deal-a', title: `A ${'long title '.repeat(20)}` },
      { id: 'x'.repeat(120), title: 'Id too long for a custom_id' },
    ],
    confidence: 0,
  };

  it('says so in the question language and offers the closest deals as buttons', () => {
    const reply = formatAnswer(noAnswer, context);
    expect(reply.embeds[0]?.description).toContain('Aucune de mes fiches');
    expect(reply.embeds[0]?.description).toContain('Les accords les plus proches');
    const buttons = reply.components[0]?.components ?? [];
    expect(buttons.map((b) => b.custom_id)).toEqual(['deal:fr:deal-a']);
    expect(buttons[0]?.label?.length).toBeLessThanOrEqual(limits.buttonLabel);
  });

  it('quotes the configured limit for a too-long question', () => {
    const reply = formatAnswer(
      { ...noAnswer, lang: 'en', reason: 'too-long', suggestions: [] },
      {
        ...context,
        maxQuestionLength: 321,
      },
    );
    expect(reply.embeds[0]?.description).toContain('under 321 characters');
    expect(reply.components).toEqual([]);
  });
});

describe('button custom ids', () => {
  it('round-trip and stay within 100 characters', () => {
    expect(parseButtonId(dealButtonId('fr', 'uk-mod-google-cloud-sovereign-2025') ?? '')).toEqual({
      kind: 'deal',
      lang: 'fr',
      dealId: 'uk-mod-google-cloud-sovereign-2025',
    });
    expect(parseButtonId('vote:down:AbC_-1')).toEqual({ kind: 'vote', vote: 'down', key: 'AbC_-1' });
    expect(dealButtonId('en', 'x'.repeat(100))).toBeUndefined();
    expect(parseButtonId('something-else')).toBeUndefined();
    expect(parseButtonId('deal:de:x')).toBeUndefined();
  });
});

describe('formatDealCard and admin texts', () => {
  let engine: Engine;
  beforeAll(async () => {
    const loaded = await loadCorpus(defaultCorpusDir);
    if (!loaded.ok) throw new Error('bundled corpus invalid');
    engine = createEngine(loaded.corpus);
  });

  it('labels a French card in French, status and value basis included', () => {
    const card = engine.dealCard('uk-intelligence-agencies-aws-2021', 'fr');
    expect(card).toBeDefined();
    if (!card) return;
    const embed = formatDealCard(card, { ...context, lang: 'fr' }).embeds[0];
    const fields = Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.Statut).toBe('signé');
    expect(fields.Montant).toContain('(estimation)');
    // The amount itself is French too ("entre 500 M et 1 Md GBP", not "GBP 500m to 1bn").
    const amountFr = engine.corpus.deals.find((d) => d.id === 'uk-intelligence-agencies-aws-2021')?.value
      ?.amount_fr;
    expect(amountFr).toBeDefined();
    expect(fields.Montant).toContain(amountFr);
    expect(fields.Parties).toContain('Clients: GCHQ');
    expect(embed?.footer?.text).toBe('Corpus vérifié jusqu’au 2026-11-29 · version abc123');
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(limits.embedTotal);
  });

  it('every card of the bundled corpus fits Discord limits', () => {
    for (const deal of engine.corpus.deals) {
      for (const lang of ['en', 'fr'] as const) {
        const card = engine.dealCard(deal.id, lang);
        if (!card) throw new Error(deal.id);
        const reply = formatDealCard(card, { ...context, lang });
        const embed = reply.embeds[0] ?? {};
        expect(embedLength(embed), deal.id).toBeLessThanOrEqual(limits.embedTotal);
        for (const field of embed.fields ?? [])
          expect(field.value.length).toBeLessThanOrEqual(limits.fieldValue);
        for (const button of reply.components.flatMap((row) => row.components)) {
          expect(button.custom_id.length).toBeLessThanOrEqual(limits.customId);
        }
      }
    }
  });

  it('status lists the last reload problems, escaped and within 2,000 characters', () => {
    const text = formatStatus(
      {
        dir: '/corpus',
        version: 'v1',
        deals: 3,
        facts: 9,
        loadedAt: new Date('2026-01-01T00:00:00Z'),
        lastReloadAt: undefined,
        lastError: Array.from({ length: 30 }, (_, i) => `deals/bad_${i}.yaml: **broken** @everyone`),
      },
      'en',
    );
    expect(text).toContain('Last reload: never');
    expect(text).toContain('bad\\_0.yaml: \\*\\*broken\\*\\*');
    expect(text).toContain('(+20)');
    expect(text).not.toContain('@everyone');
    expect(text.length).toBeLessThanOrEqual(limits.content);
  });

  it('reload reports rejection with its problems', () => {
    const status = {
      dir: '/c',
      version: 'v1',
      deals: 1,
      facts: 1,
      loadedAt: new Date(),
      lastReloadAt: new Date(),
      lastError: ['x'],
    };
    expect(formatReload({ ok: false, problems: ['deals/a.yaml: bad'], status }, 'fr')).toBe(
      'Rechargement refusé ; le corpus v1 reste en service. Problèmes :\n- deals/a.yaml: bad',
    );
    expect(formatReload({ ok: true, changed: true, status }, 'en')).toBe(
      'Reloaded: corpus v1, 1 deals, 1 facts.',
    );
  });
});

/**
 * What Discord itself would refuse: discord.js's EmbedBuilder validates title, description, footer and
 * every field (25 fields, 256-character names, 1,024-character values) as they are set; its embedLength
 * gives the 6,000-character total. Names and values must also not be empty.
 */
function validateEmbed(embed: APIEmbed): void {
  const builder = new EmbedBuilder();
  if (embed.title !== undefined) builder.setTitle(embed.title);
  if (embed.description !== undefined) builder.setDescription(embed.description);
  if (embed.footer !== undefined) builder.setFooter({ text: embed.footer.text });
  builder.addFields(...(embed.fields ?? []));
  for (const field of embed.fields ?? []) {
    expect(field.name.trim()).not.toBe('');
    expect(field.value.trim()).not.toBe('');
  }
  expect(discordEmbedLength(builder.toJSON())).toBeLessThanOrEqual(limits.embedTotal);
}

const sourceNames = new Set(['Sources', 'Sources (continued)', 'Sources (suite)']);

/** The embed's deal fields, and the citation numbers its Sources fields list. */
function readRows(embed: APIEmbed): { rows: APIEmbedField[]; sources: Set<number> } {
  const fields = embed.fields ?? [];
  const sources = new Set(
    fields
      .filter((field) => sourceNames.has(field.name))
      .flatMap((field) => field.value.split('\n'))
      .map((line) => Number(/^\[(\d+)\]/.exec(line)?.[1])),
  );
  return { rows: fields.filter((field) => !sourceNames.has(field.name)), sources };
}

/**
 * One field per deal, in the answer's order, each with its citation marks and their sources; the deals
 * that did not fit are counted, never dropped silently, and a list says how many deals matched.
 */
function expectRowsShown(answer: Answered, embed: APIEmbed): void {
  validateEmbed(embed);
  const { rows, sources } = readRows(embed);
  const views = rowViews(answer);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThanOrEqual(views.length);
  rows.forEach((field, i) => {
    const view = views[i];
    if (!view) throw new Error(`field ${i} has no row`);
    expect(field.name.startsWith(truncate(plain(view.row.title), 40).replace(/…$/, ''))).toBe(true);
    for (const n of view.citations) {
      expect(field.value).toContain(`[${n}]`);
      expect(sources.has(n), `source [${n}] listed`).toBe(true);
    }
  });
  const total = answer.shape === 'compare' ? views.length : matchedCount(answer);
  const hidden = total - rows.length;
  const description = embed.description ?? '';
  if (hidden > 0) expect(description).toContain(moreText(hidden, answer.lang));
  else expect(description).not.toMatch(/more not shown|non affiché/);
  if (answer.shape !== 'compare') expect(description).toContain(matchedText(total, answer.lang));
}

describe('formatAnswer: comparisons, lists and timelines, one field per deal', () => {
  let engine: Engine;
  beforeAll(async () => {
    const loaded = await loadCorpus(defaultCorpusDir);
    if (!loaded.ok) throw new Error('bundled corpus invalid');
    engine = createEngine(loaded.corpus);
  });

  // Questions the engine answers with rows: two- and three-deal comparisons, short and long lists and
  // timelines, in both languages. Whatever their sizes, each must fit and account for every deal.
  it.each([
    'Compare Delos Cloud and Bleu',
    'Compare Bleu, S3NS and Delos Cloud',
    'Compare the GCHQ AWS deal and Project Nimbus',
    'List all deals involving Google',
    'Which deals did AWS win in the UK?',
    'Timeline of Microsoft deals',
    'What happened in 2023?',
    "Qu'est-ce qui s'est passé en 2021 ?",
    'Quels accords impliquent Oracle ?',
    "Chronologie des accords d'AWS",
  ])('%s', (question) => {
    const answer = engine.ask(question);
    if (answer.kind !== 'answered') throw new Error(`no answer to ${question}`);
    expect(['compare', 'list', 'timeline']).toContain(answer.shape);
    for (const lang of ['en', 'fr'] as const) {
      const embed = formatAnswer(answer, { ...context, lang }).embeds[0];
      if (!embed) throw new Error('no embed');
      expectRowsShown(answer, embed);
      // A comparison sets its deals side by side.
      const { rows } = readRows(embed);
      expect(rows.every((field) => field.inline === (answer.shape === 'compare' ? true : undefined))).toBe(
        true,
      );
    }
  });

  it('counts the rows it has no room for, in the answer’s language, and still lists each shown row’s sources', () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(i));
    const answer = rowAnswer('list', rows, { lang: 'fr', matched: 52 });
    const embed = formatAnswer(answer, context).embeds[0];
    if (!embed) throw new Error('no embed');
    expectRowsShown(answer, embed);
    const shown = readRows(embed).rows.length;
    expect(shown).toBeLessThan(40);
    expect(embed.description).toBe(`52 accords correspondent · ${52 - shown} autres non affichés`);
    // French labels for the value's basis and the status come from the answer's language.
    expect(readRows(embed).rows[0]?.value).toContain('(plafond) · signé');
  });

  it('shows every row of a short list, its parts on the field, and says how many matched', () => {
    const answer = rowAnswer('timeline', [row(0), row(1)]);
    const embed = formatAnswer(answer, context).embeds[0];
    if (!embed) throw new Error('no embed');
    expectRowsShown(answer, embed);
    expect(embed.description).toBe('2 deals matched');
    expect(embed.fields?.[0]).toEqual({
      name: 'Deal 0 (March 2024)',
      value: 'Agency 0 with Provider 0\nGBP 10m (ceiling) · signed [1][2]',
    });
  });

  it('escapes mentions and Markdown in row titles and parties', () => {
    const evil = row(0, {
      title: '@everyone **Deal** <@123>',
      customers: ['@here agency (detail)', '_Ministry_'],
      providers: ['<@&456> cloud'],
    });
    const embed = formatAnswer(rowAnswer('list', [evil]), context).embeds[0];
    const json = JSON.stringify(embed);
    expect(json).not.toMatch(/@everyone|@here/i);
    expect(json).not.toMatch(/<@&?\d/);
    const field = readRows(embed ?? {}).rows[0];
    expect(field?.name).toContain('\\*\\*Deal\\*\\*');
    expect(field?.value).toContain('\\_Ministry\\_');
  });

  it('puts a correction’s correcting sentence first, in bold, then what the corpus says', () => {
    const answer = engine.ask('Why did MI5 choose Oracle?');
    if (answer.kind !== 'answered') throw new Error('no answer');
    expect(answer.shape).toBe('correction');
    const embed = formatAnswer(answer, context).embeds[0];
    if (!embed) throw new Error('no embed');
    validateEmbed(embed);
    const [lead, ...rest] = answer.statements;
    if (!lead) throw new Error('no correcting sentence');
    expect(embed.description?.startsWith(`**${plain(lead.text)}** [`)).toBe(true);
    for (const statement of rest) expect(embed.description).toContain(plain(statement.text));
    const { sources } = readRows(embed);
    for (const citation of answer.citations) expect(sources.has(citation.n)).toBe(true);
  });
});
