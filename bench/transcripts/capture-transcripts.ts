// Asks questions of the real Slack adapter (Bolt, HTTP receiver) and the real Discord adapter (discord.js),
// both started on the bundled corpus against the fake platforms on 127.0.0.1 (support/), and keeps the body
// of the message each one sent back, exactly as the fake received it. docs/platforms.md is made from these.
import { startDiscord } from '../../adapters/discord/discord-bot.js';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-bot.js';
import type { Lang, RunningAdapter } from '../../src/index.js';
import { FakeDiscord, type RecordedRequest, snowflake, user } from '../../support/fake-discord.js';
import { deliverEvent, eventEnvelope, FakeSlack, fakeIds } from '../../support/fake-slack.js';
import { startTestServices, type TestServices } from '../../support/test-services.js';

/** One question put to sovbot on a platform, in `lang`. */
export type TranscriptQuestion = { question: string; lang: Lang } & (
  | {
      platform: 'slack';
      /** `mention`: `@sovbot …` in a channel (answered in its thread); `dm`: a direct message. */
      via: 'mention' | 'dm';
    }
  | {
      platform: 'discord';
      /** The `/ask` slash command. */
      via: 'ask';
      /** The asker's client language: sovbot words its own labels after it. Default `en-US`. */
      locale?: string;
    }
);

/** What sovbot sent back for one question. */
export interface Transcript {
  asked: TranscriptQuestion;
  /** The question as the user typed it, e.g. `@sovbot Why did MI5 choose Oracle?`. */
  typed: string;
  /** Where it was asked, in words. */
  where: string;
  /** The request that carried the answer, e.g. `POST /api/chat.postMessage`. */
  request: string;
  /** The request's body as the fake received it (Slack's form fields with `blocks` parsed; Discord's JSON). */
  payload: Record<string, unknown>;
}

/**
 * The questions docs/platforms.md shows: one of each way to ask, in English and in French, with answers
 * of different shapes (a corrected false premise, an amount, who did what).
 */
export const transcriptQuestions: readonly TranscriptQuestion[] = [
  { platform: 'slack', via: 'mention', lang: 'en', question: 'Why did MI5 choose Oracle?' },
  { platform: 'slack', via: 'dm', lang: 'fr', question: 'Combien vaut le contrat entre le GCHQ et AWS ?' },
  { platform: 'discord', via: 'ask', lang: 'en', question: 'Who signed the GCHQ AWS deal?' },
  { platform: 'discord', via: 'ask', lang: 'fr', question: 'Qui a construit Bleu ?', locale: 'fr' },
  { platform: 'slack', via: 'mention', lang: 'en', question: 'Compare Delos Cloud and Bleu' },
  { platform: 'discord', via: 'ask', lang: 'en', question: 'Which deals did AWS win in the UK?' },
];

// Placeholders only the fakes see; the Slack token and secret are never written into a transcript.
const secrets = {
  slackBotToken: 'xoxb-transcripts-0000-bot-token',
  slackSigningSecret: 'transcripts-signing-secret-0123456789',
  discordToken: 'transcripts-discord-token.Secret-000000',
} as const;
const slackChannel = 'C0GENERAL';
const slackDm = 'D0DIRECT';
const asker = 'UASKER';

/** Starts both fakes and both adapters, asks each question in turn, and stops everything. */
export async function captureTranscripts(
  questions: readonly TranscriptQuestion[] = transcriptQuestions,
): Promise<Transcript[]> {
  const slackApi = await FakeSlack.start();
  const discord = await FakeDiscord.start();
  let built: TestServices | undefined;
  let slack: RunningSlack | undefined;
  let discordBot: RunningAdapter | undefined;
  try {
    built = await startTestServices(
      {
        SOVBOT_LOG_LEVEL: 'warn',
        SOVBOT_WATCH_CORPUS: 'false',
        SLACK_BOT_TOKEN: secrets.slackBotToken,
        SLACK_SIGNING_SECRET: secrets.slackSigningSecret,
        SLACK_API_URL: slackApi.apiUrl,
        DISCORD_TOKEN: secrets.discordToken,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
      },
      { level: 'warn', redactSecrets: true },
    );
    slack = await startSlack(built.services, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } });
    discordBot = await startDiscord(built.services, {
      rest: { retries: 0, timeout: 5000 },
      readyTimeoutMs: 10_000,
    });
    const slackUrl = `http://127.0.0.1:${slack.port}/slack/events`;
    const transcripts: Transcript[] = [];
    for (const [index, asked] of questions.entries()) {
      transcripts.push(
        asked.platform === 'slack'
          ? await askSlack(slackApi, slackUrl, asked, index)
          : await askDiscord(discord, asked, index),
      );
    }
    return transcripts;
  } finally {
    await Promise.allSettled([slack?.stop(), discordBot?.stop()]);
    built?.services.live.close();
    built?.cleanup();
    await Promise.allSettled([slackApi.close(), discord.close()]);
  }
}

async function askSlack(
  fake: FakeSlack,
  url: string,
  asked: Extract<TranscriptQuestion, { platform: 'slack' }>,
  index: number,
): Promise<Transcript> {
  const ts = `${1_700_000_100 + index}.000100`;
  const event =
    asked.via === 'mention'
      ? {
          type: 'app_mention',
          user: asker,
          text: `<@${fakeIds.botUser}> ${asked.question}`,
          ts,
          channel: slackChannel,
        }
      : { type: 'message', channel_type: 'im', user: asker, text: asked.question, ts, channel: slackDm };
  const channel = event.channel;
  const delivered = await deliverEvent(url, eventEnvelope(`EvTranscript${index}`, event), {
    secret: secrets.slackSigningSecret,
  });
  if (delivered.status !== 200) throw new Error(`transcripts: Slack answered HTTP ${delivered.status}`);
  const reply = await fake.waitForCall('chat.postMessage', (call) => call.args.channel === channel);
  return {
    asked,
    typed: asked.via === 'mention' ? `@sovbot ${asked.question}` : asked.question,
    where: asked.via === 'mention' ? 'an app mention in #general' : 'a direct message to sovbot',
    request: `POST /api/${reply.method}`,
    payload: reply.args,
  };
}

async function askDiscord(
  fake: FakeDiscord,
  asked: Extract<TranscriptQuestion, { platform: 'discord' }>,
  index: number,
): Promise<Transcript> {
  const locale = asked.locale ?? 'en-US';
  const payload = fake.command(
    'ask',
    [{ type: 3, name: 'question', value: asked.question }],
    user(snowflake(), `asker${index}`),
    {
      locale,
    },
  );
  const since = fake.requests.length;
  fake.dispatch('INTERACTION_CREATE', payload);
  const callbackPath = `/interactions/${payload.id}/${payload.token}/callback`;
  const callback = await fake.waitForRequest(
    (r) => r.method === 'POST' && r.path === callbackPath && r.status < 300,
    { since },
  );
  // A deferred reply (type 5) is completed by an edit of the original response: that edit is the answer.
  const answer: RecordedRequest =
    (callback.body as { type?: number }).type === 5
      ? await fake.waitForRequest(
          (r) => r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`),
          { since },
        )
      : callback;
  // Discord shows the command under its localised name: /demander for French clients.
  const command = locale.startsWith('fr') ? '/demander' : '/ask';
  return {
    asked,
    typed: `${command} question: ${asked.question}`,
    where: `a slash command in #general (client language ${locale})`,
    request: `${answer.method} /api/v10${answer.path.replace(/\/\d+\/itoken-\d+/, '/:id/:token')}`,
    payload: answer.body as Record<string, unknown>,
  };
}
