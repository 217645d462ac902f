// Hostile corpus text (test/fixtures/evil: mentions, markup, bidi overrides in titles, facts and sources):
// the engine passes it through as plain data, and both platforms render it harmless, in the pure
// formatters and on the wire through the real SDKs.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordReply, formatAnswer, formatDealCard } from '../../adapters/discord/format.js';
import { formatSlackAnswer, shareValue } from '../../adapters/slack/format.js';
import { startSlack } from '../../adapters/slack/slack-bot.js';
import {
  type Answer,
  createEngine,
  type Engine,
  LiveEngine,
  loadCorpus,
  silentLogger,
} from '../../src/index.js';
import { snowflake, user } from '../../support/fake-discord.js';
import { deliverEvent, eventEnvelope, FakeSlack, fakeIds } from '../../support/fake-slack.js';
import { createTestServices } from '../../support/test-services.js';
import { type SentMessage, sentMessage, startTestBot } from '../discord/helpers.js';
import { discordPingToken, pingToken, repoRoot, slackPingToken } from './helpers.js';

const evilDir = path.join(repoRoot, 'test/fixtures/evil');
const MAX_LENGTH = 1000;
const SECRET = 'evil-signing-secret-0123456789';

let engine: Engine;
beforeAll(async () => {
  const loaded = await loadCorpus(evilDir);
  if (!loaded.ok) throw new Error(`test/fixtures/evil does not load: ${JSON.stringify(loaded.problems)}`);
  engine = createEngine(loaded.corpus, { maxQuestionLength: MAX_LENGTH });
});

/** The questions that reach the evil fact (EN, FR) and one that only suggests the evil deal. */
function evilAnswers(): Answer[] {
  const en = engine.ask('What did Evil Corp tell everyone?');
  const fr = engine.ask('Qu’a dit Evil Corp ?');
  const suggested = engine.ask('What about Evil Corp in Nigeria?');
  expect(en).toMatchObject({ kind: 'answered', lang: 'en' });
  expect(fr).toMatchObject({ kind: 'answered', lang: 'fr' });
  expect(suggested).toMatchObject({ kind: 'no-answer', suggestions: [{ id: 'evil-deal' }] });
  for (const answer of [en, fr]) {
    if (answer.kind !== 'answered') continue;
    expect(answer.statements.map((s) => s.factId)).toContain('evil-fact-mentions');
    // The core keeps corpus text as it is: making it harmless is each platform's rendering job.
    expect(answer.statements.map((s) => s.text).join(' ')).toMatch(pingToken);
  }
  return [en, fr, suggested];
}

function expectHarmlessSlack(rendered: unknown): void {
  // plain_text objects (button labels) are shown as written and never parsed for mentions or links:
  // only what Slack parses as mrkdwn (and the fallback text) must be escaped.
  const json = JSON.stringify(rendered, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && (value as { type?: string }).type === 'plain_text'
      ? { type: 'plain_text' }
      : value,
  );
  expect(json).not.toMatch(slackPingToken);
  // The only raw `<` left opens a link (`<https://…|label>`); everything else was escaped.
  expect(json).not.toMatch(/<(?!https?:\/\/)/);
}

/**
 * Discord: content and embeds carry no live `@everyone`, `@here` or `<@…>`. Components are buttons
 * only: their labels are plain text that Discord never parses for mentions.
 */
function expectHarmlessDiscord(reply: DiscordReply | SentMessage): void {
  expect(JSON.stringify([reply.content, reply.embeds])).not.toMatch(discordPingToken);
  for (const row of reply.components ?? []) {
    for (const component of row.components) expect((component as { type?: number }).type ?? 2).toBe(2);
  }
}

describe('the evil fixture, rendered', () => {
  it('really is hostile: its text carries ping tokens of both platforms', () => {
    const text = JSON.stringify(engine.corpus.deals);
    for (const token of ['@everyone', '@here', '<!channel>', '<!everyone>', '<@U999>', '<@&123>', '<!here>'])
      expect(text).toContain(token);
  });

  it('Slack: answers, no-answers and their buttons carry no ping token', () => {
    for (const answer of evilAnswers()) {
      const share = shareValue(answer.question, answer.lang, undefined);
      expectHarmlessSlack(
        formatSlackAnswer(answer, { maxQuestionLength: MAX_LENGTH, ...(share ? { share } : {}) }),
      );
    }
  });

  it('Discord: answers, no-answers and the deal card carry no live mention', () => {
    const context = (answer: Answer) => ({
      lang: answer.lang,
      corpusDate: engine.corpus.reviewedUntil,
      corpusVersion: engine.corpus.version,
      maxQuestionLength: MAX_LENGTH,
    });
    for (const answer of evilAnswers()) {
      expectHarmlessDiscord(formatAnswer(answer, context(answer), { voteKey: 'k1', echo: answer.question }));
    }
    for (const lang of ['en', 'fr'] as const) {
      const card = engine.dealCard('evil-deal', lang);
      expect(card).toBeDefined();
      if (card) expectHarmlessDiscord(formatDealCard(card, context({ lang } as Answer)));
    }
  });
});

describe('the evil fixture, on the wire', () => {
  let live: LiveEngine;
  beforeAll(async () => {
    const started = await LiveEngine.start(evilDir, silentLogger());
    if (!(started instanceof LiveEngine)) throw new Error('test/fixtures/evil does not load');
    live = started;
  });
  afterAll(() => live.close());

  it('Slack over HTTP: the posted answer pings nobody', async () => {
    const fake = await FakeSlack.start();
    const t = createTestServices(live, {
      SLACK_BOT_TOKEN: 'xoxb-evil-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    const bot = await startSlack(t.services, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } });
    try {
      const url = `http://127.0.0.1:${bot.port}/slack/events`;
      const event = {
        type: 'app_mention',
        user: 'UASKER',
        text: `<@${fakeIds.botUser}> What did Evil Corp tell everyone?`,
        ts: '1700002000.000100',
        channel: 'C0GENERAL',
      };
      expect((await deliverEvent(url, eventEnvelope('EvEvil', event), { secret: SECRET })).status).toBe(200);
      const posted = await fake.waitForCall('chat.postMessage');
      expect(String(posted.args.text)).toContain('Evil Corp told');
      expectHarmlessSlack(posted.args);
    } finally {
      await bot.stop();
      await fake.close();
      t.cleanup();
    }
  });

  it('Discord: the reply pings nobody and is sent with allowed_mentions parse: []', async () => {
    const bot = await startTestBot({ SOVBOT_CORPUS_DIR: evilDir });
    try {
      const message = bot.fake.userMessage(
        `<@${bot.fake.botUser.id}> What did Evil Corp tell everyone?`,
        user(snowflake(), 'asker'),
        { mentions: [bot.fake.botUser] },
      );
      const since = bot.fake.requests.length;
      bot.fake.dispatch('MESSAGE_CREATE', message);
      const reply = await bot.fake.waitForRequest(
        (r) =>
          r.method === 'POST' &&
          /^\/channels\/\d+\/messages$/.test(r.path) &&
          sentMessage(r).message_reference?.message_id === message.id,
        { since },
      );
      const body = sentMessage(reply);
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(JSON.stringify(body.embeds)).toContain('Evil Corp told');
      expectHarmlessDiscord(body);
    } finally {
      await bot.stop();
    }
  });
});
