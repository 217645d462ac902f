// Property-based tests of engine.ask() on the real bundled corpus: whatever a user types (any Unicode,
// 100 kB, Slack and Discord markup around real questions), ask() returns a valid, cited Answer, its text
// pings nobody, and both platform formatters render it without a ping-able token. How fast it does so on
// the same kinds of input is measured by `npm run bench` (no timing is asserted here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type MessageMentionOptions, MessagePayload, Options } from 'discord.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatAnswer } from '../../adapters/discord/format.js';
import { noPings } from '../../adapters/discord/handlers.js';
import {
  formatSlackAnswer,
  type FormatOptions as SlackFormatOptions,
  shareValue,
} from '../../adapters/slack/format.js';
import { rowSentence } from '../../src/engine/compose-answer.js';
import { type Answer, createEngine, defaultCorpusDir, type Engine, loadCorpus } from '../../src/index.js';
import { hostileQuestion, hugeQuestion, unicodeText } from '../../support/hostile-questions.js';
import { discordPingToken, pingToken, pingTokensIn, repoRoot, slackPingToken } from './helpers.js';

const MAX_LENGTH = 1000;
const RUNS = 250;

let engine: Engine;
/** Every corpus fact, by deal id then fact id: a statement must quote one of them. */
const factsOf = new Map<string, Map<string, { text: string; text_fr: string }>>();
/** A cross-deal answer's row for a deal, as a sentence, in either language. */
const listLinesOf = new Map<string, string[]>();
let questions: string[];

beforeAll(async () => {
  const loaded = await loadCorpus(defaultCorpusDir);
  if (!loaded.ok) throw new Error('the bundled corpus does not load');
  engine = createEngine(loaded.corpus, { maxQuestionLength: MAX_LENGTH });
  for (const deal of loaded.corpus.deals) {
    factsOf.set(deal.id, new Map(deal.facts.map((fact) => [fact.id, fact])));
    listLinesOf.set(deal.id, [rowSentence(deal, 'en'), rowSentence(deal, 'fr')]);
  }
  const golden = parse(readFileSync(path.join(repoRoot, 'test/golden/golden.yaml'), 'utf8')) as {
    cases: { q: string }[];
  };
  questions = golden.cases.map((c) => c.q);
  // Warm-up: one pass over the golden questions, as a running bot has long made.
  for (const question of questions) engine.ask(question);
});

// --- checks --------------------------------------------------------------------------------------

/** A valid Answer: the union's shape, and every statement a corpus fact with resolvable citations. */
function expectValidAnswer(answer: Answer): void {
  expect(['answered', 'no-answer']).toContain(answer.kind);
  expect(['en', 'fr']).toContain(answer.lang);
  expect(Number.isFinite(answer.confidence)).toBe(true);
  expect(answer.confidence).toBeGreaterThanOrEqual(0);
  expect(answer.confidence).toBeLessThanOrEqual(1);
  if (answer.kind === 'no-answer') {
    expect([
      'empty',
      'off-topic',
      'unknown-entity',
      'not-covered',
      'too-long',
      'opinion',
      'other-language',
    ]).toContain(answer.reason);
    for (const deal of answer.suggestions) expect(factsOf.has(deal.id)).toBe(true);
    return;
  }
  expect(answer.heading.trim()).not.toBe('');
  expect(answer.statements.length).toBeGreaterThan(0);
  // Citations are numbered 1…N, each once.
  expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
  const numbers = new Set(answer.citations.map((c) => c.n));
  for (const statement of answer.statements) {
    const fact = factsOf.get(statement.dealId)?.get(statement.factId);
    expect(fact, `${statement.dealId}/${statement.factId} is a corpus fact`).toBeDefined();
    // A fact's own sentence (a dated figure may end with "(as of <month year>)"), a cross-deal answer's
    // row built from the entry's fields, or the engine's own opening of a correction or of "no such
    // detail" (first statement only); never made-up text.
    const own = statement === answer.statements[0] && ENGINE_OPENING.test(statement.text);
    const text = statement.text.replace(/ \((?:as of|en) [^)]+\)\.$/, '');
    if (!own)
      expect([fact?.text, fact?.text_fr, ...(listLinesOf.get(statement.dealId) ?? [])]).toContainEqual(
        expect.stringMatching(new RegExp(`^${escapeRegExp(text)}`)),
      );
    // Never a sentence without a source, and every [n] resolves to the citation list.
    expect(statement.citations.length).toBeGreaterThan(0);
    for (const n of statement.citations) expect(numbers.has(n)).toBe(true);
  }
  for (const deal of answer.deals) expect(factsOf.has(deal.id)).toBe(true);
}

// The engine's own sentences: a premise correction, "the entry has no such detail", and what the entry
// does not support of the question's premise (a name, an amount, a year).
const ENGINE_OPENING =
  /(?:'s deals? (?:is|are) with .*, not |^No entry pairs |^(?:L[’']accord|Les accords) d(?:e |’).* (?:est|sont) avec .*, pas avec |^.+ : (?:l[’']accord est|les accords sont) avec .*, pas avec |^Aucune fiche n[’']associe |has no such detail|ne donne pas ce détail|^The entry on .* (?:does not mention |gives no (?:amount|figure|term) of |gives no date in |records nothing (?:in|of) |records otherwise|records it the other way round)|^La fiche « .* » (?:ne mentionne pas |ne donne aucun montant de |ne donne aucune date en |ne donne nulle part |ne mentionne rien en |rapporte le contraire|rapporte l’inverse|ne rapporte rien (?:de tel|sur )|ne parle pas ))/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text sovbot composes (not the user's echoed question) must carry no ping token. */
function expectNoPingInAnswerText(answer: Answer): void {
  const texts =
    answer.kind === 'answered'
      ? [answer.heading, ...answer.statements.map((s) => s.text), ...answer.deals.map((d) => d.title)]
      : answer.suggestions.map((d) => d.title);
  expect(pingTokensIn(texts.join('\n'))).toEqual([]);
}

/** Slack: no `<!everyone>`, `<!here>`, `<!channel>`, `<@`, `<!subteam`; the only raw `<` opens a link. */
function expectHarmlessOnSlack(answer: Answer, question: string): void {
  const share = shareValue(question, answer.lang, undefined);
  const options: SlackFormatOptions = { maxQuestionLength: MAX_LENGTH, ...(share ? { share } : {}) };
  const rendered = JSON.stringify(formatSlackAnswer(answer, options));
  expect(rendered).not.toMatch(slackPingToken);
  expect(rendered).not.toMatch(/<(?!https?:\/\/)/);
}

/**
 * Discord: no `@everyone`/`@here`/`<@…>` left live anywhere in the reply, the echoed question included
 * (echoed as the /ask handler does: not for a too-long or empty question, which only the asker sees).
 */
function expectHarmlessOnDiscord(answer: Answer, question: string): void {
  const echoed = !(
    answer.kind === 'no-answer' &&
    (answer.reason === 'too-long' || answer.reason === 'empty')
  );
  const reply = formatAnswer(
    answer,
    {
      lang: answer.lang,
      corpusDate: engine.corpus.reviewedUntil,
      corpusVersion: engine.corpus.version,
      maxQuestionLength: MAX_LENGTH,
    },
    { voteKey: 'k1', ...(echoed ? { echo: question } : {}) },
  );
  expect(JSON.stringify(reply)).not.toMatch(discordPingToken);
}

/** Runs a property over `arbitrary`: every answer valid and harmless on both platforms. */
function checkQuestions(arbitrary: fc.Arbitrary<string>, numRuns = RUNS): void {
  fc.assert(
    fc.property(arbitrary, (question) => {
      const answer = engine.ask(question);
      expectValidAnswer(answer);
      expectNoPingInAnswerText(answer);
      expectHarmlessOnSlack(answer, question);
      expectHarmlessOnDiscord(answer, question);
    }),
    { numRuns },
  );
}

describe('engine.ask() on the bundled corpus, under hostile input', () => {
  it('the bundled corpus itself contains no ping token (so none may ever appear in an answer)', () => {
    const texts = engine.corpus.deals.flatMap((deal) => [
      deal.title,
      deal.title_fr,
      ...deal.aliases,
      ...deal.facts.flatMap((fact) => [fact.text, fact.text_fr]),
      ...deal.sources.flatMap((source) => [source.publisher, source.title]),
    ]);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => pingToken.test(text))).toEqual([]);
  });

  it('arbitrary Unicode (graphemes, any code point, RTL, zero-width, combining, emoji, lone surrogates, NUL)', () => {
    checkQuestions(unicodeText);
  });

  it('Slack and Discord markup and odd characters mixed into real questions', () => {
    checkQuestions(hostileQuestion(questions));
  });

  it('100 kB questions: a polite too-long, whatever the padding', () => {
    fc.assert(
      fc.property(hugeQuestion(questions), (question) => {
        const answer = engine.ask(question);
        expectValidAnswer(answer);
        expect(answer).toMatchObject({ kind: 'no-answer', reason: 'too-long' });
        expectHarmlessOnSlack(answer, question);
        expectHarmlessOnDiscord(answer, question);
      }),
      { numRuns: 100 },
    );
  });

  it('real questions still get answers through the markup (the properties are not vacuous)', () => {
    // Markup the Slack adapter strips before asking must not stop the engine answering: here it is
    // left in, so a fair share of hostile questions must still come back answered and cited.
    const sample = fc.sample(hostileQuestion(questions), { numRuns: 200, seed: 42 });
    const answered = sample.filter((q) => engine.ask(q).kind === 'answered').length;
    expect(answered).toBeGreaterThan(50);
  });

  it('reads a word split by a lone surrogate as the word (a counterexample fast-check found, kept)', () => {
    const broken = engine.ask(
      "\u200bWhen is the Australian Signals Directorate's secret cloud s\ud800upposed to be operational?",
    );
    const clean = engine.ask(
      "When is the Australian Signals Directorate's secret cloud supposed to be operational?",
    );
    expectValidAnswer(broken);
    expect(broken.kind).toBe(clean.kind);
    if (broken.kind === 'answered' && clean.kind === 'answered') expect(broken.shape).toBe(clean.shape);
  });

  it('keeps confidence within 0..1 (a counterexample fast-check found, kept as a fixed example)', () => {
    // Zero-width spaces split "provider" and "Polish"; the engine then answers about another deal with a
    // negative confidence: the margin term goes below -1.5 when the runner-up outscores the chosen deal.
    for (const question of [
      '\ud800Which cloud prov\u200bider did the P\u200bolish army pick?',
      'Which cloud prov ider did the P olish army pick?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.confidence, `confidence of ${JSON.stringify(question)}`).toBeGreaterThanOrEqual(0);
      expect(answer.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("opens a date's correction with the engine's own sentence (a counterexample fast-check found, kept as a fixed example)", () => {
    // "…in May 2025?" of a deal dated April 2025: "The entry on … gives no date in May 2025" is the engine's
    // opening, cited, before the entry's own facts.
    const answer = engine.ask('\ud800`code`What<!channel> did BWI sign with G\u200boogl*bold*e in May 2025?');
    expectValidAnswer(answer);
  });

  it('Discord replies are sent with allowed_mentions parse: [] (the first guard; defusing is the second)', () => {
    // formatAnswer() returns no allowed_mentions: the handlers add `noPings` to every send, and the
    // client sets it as its default. What matters is what discord.js puts on the wire from it: resolve
    // the body of an answer to a hostile question as discord.js does before sending.
    const question = '<@123> @everyone @here what is JWCC?';
    expect(wireMentions(noPings, engine.ask(question), question)).toEqual({ parse: [], replied_user: false });
  });

  it('(the check above fails on broken stand-ins: no guard, or one that lets pings through)', () => {
    const question = '@everyone what is JWCC?';
    const answer = engine.ask(question);
    for (const broken of [{}, { parse: ['everyone' as const] }, { parse: [], repliedUser: true }])
      expect(wireMentions(broken, answer, question)).not.toEqual({ parse: [], replied_user: false });
  });
});

/** The allowed_mentions discord.js sends for an answer given these mention options (resolved, not sent). */
function wireMentions(options: MessageMentionOptions, answer: Answer, question: string): unknown {
  const reply = formatAnswer(
    answer,
    {
      lang: answer.lang,
      corpusDate: engine.corpus.reviewedUntil,
      corpusVersion: engine.corpus.version,
      maxQuestionLength: MAX_LENGTH,
    },
    { voteKey: 'k1', echo: question },
  );
  // A channel-like target (not a webhook, user or message) of a client with discord.js's default options,
  // none of which sets allowedMentions: only the options given here guard the reply.
  const target = { client: { options: Options.createDefault() } } as unknown as ConstructorParameters<
    typeof MessagePayload
  >[0];
  const { body } = new MessagePayload(target, { ...reply, allowedMentions: options }).resolveBody();
  return (body as { allowed_mentions?: unknown } | null)?.allowed_mentions;
}
