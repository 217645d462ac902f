// The conversation rules, each run against Slack, Discord and the console: the three adapters share
// one conversation layer, so they must behave the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEngine } from '../../src/index.js';
import { startLive } from '../../support/test-services.js';
import { type Chat, type ChatOptions, consoleChat, discordChat, slackChat } from './chats.js';

let live: LiveEngine;
// A fake clock: each question of a conversation is asked 31 s after the last, past the 30 s cooldown.
let clock = Date.now();
const now = () => clock;

beforeAll(async () => {
  live = await startLive();
});
afterAll(() => live.close());

describe.each([
  ['slack', slackChat],
  ['discord', discordChat],
  ['console', consoleChat],
] as const)('%s', (_name, startChat: (options: ChatOptions) => Promise<Chat>) => {
  let chat: Chat;
  beforeAll(async () => {
    chat = await startChat({ live, env: { SOVBOT_COOLDOWN_SECONDS: '30' }, now });
  });
  afterAll(async () => {
    await chat.stop();
  });

  async function conversation(questions: string[], options: { maintainer?: boolean } = {}) {
    const session = await chat.session(options);
    const replies: string[] = [];
    try {
      for (const question of questions) {
        clock += 31_000;
        replies.push(await session.ask(question));
      }
    } finally {
      await session.close();
    }
    return replies;
  }

  it('a question with no subject of its own follows up on the deal just answered', async () => {
    const [, followUp] = await conversation(['What did GCHQ pick AWS for?', 'how much was it worth?']);
    expect(followUp).toContain('GBP 500m to 1bn');
  });

  it('a question that names its own subject is never a follow-up', async () => {
    const [, bleu, gaiaX] = await conversation([
      "Tell me about Microsoft's European digital commitments",
      'Who is behind Bleu?',
      'What is Gaia-X?',
    ]);
    expect(bleu).toMatch(/Capgemini and Orange/);
    expect(bleu).not.toMatch(/Brad Smith/);
    // Bleu's own facts mention Gaia-X: the remembered deal must still not answer for it.
    expect(gaiaX).toMatch(/Digital-Gipfel|Dortmund/);
    expect(gaiaX).not.toMatch(/Capgemini and Orange/);
  });

  it('the answer follows the language of the new question, not of the conversation', async () => {
    const [english, french, englishAgain] = await conversation([
      'What did GCHQ pick AWS for?',
      'et quand ?',
      'what did critics say?',
    ]);
    expect(english).toContain('Financial Times revealed');
    expect(french).toContain('Financial Times a révélé');
    expect(englishAgain).toContain('Privacy International criticised');
  });

  it('after a list answer, a question without a subject does not stay on the first deal listed', async () => {
    const [list, followUp] = await conversation(['which deals involve AWS?', 'how much was it worth?']);
    // A list shows one row per deal on every platform: a `• date · title` line on Slack, an embed field
    // per deal on Discord (besides the Sources fields), an aligned `  date  title` line in the console.
    const rows = list?.match(/(?:\n|\\n)(?:• | {2}\d{4})|"name":"(?!Sources)/g) ?? [];
    expect(rows.length).toBeGreaterThan(2);
    // No deal to stay on: the question alone has no answer, and says so.
    expect(followUp).toContain('I have no entry');
  });

  it('records a question it could not answer, once, under a hashed user id', async () => {
    const question = `What did AWS sign in Peru? (${chat.name})`;
    const [reply] = await conversation([question]);
    // Peru is in no entry: the answer says the question names something the corpus lacks.
    expect(reply).toMatch(/I have no entry|not in my corpus/);
    const records = (await chat.records()).filter((r) => r.question === question);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ platform: chat.name, kind: 'no-answer', reason: 'unknown-entity' });
    expect(records[0]?.user).toMatch(/^[0-9a-f]{16}$/);
  });

  it('asks a user to slow down within the cooldown, and answers again after it', async () => {
    const session = await chat.session();
    if (chat.singleUser) {
      // The console's one user runs the process: nobody to share it with, so no cooldown (a script
      // piping questions is answered line after line).
      try {
        expect(await session.ask('Who runs Bleu?')).toContain('Capgemini');
        expect(await session.ask('Who is behind S3NS?')).toContain('Thales');
      } finally {
        await session.close();
      }
      return;
    }
    try {
      clock += 31_000;
      expect(await session.ask('Who runs Bleu?')).toContain('Capgemini');
      clock += 10_000;
      expect(await session.ask('Who is behind S3NS?')).toContain('you can ask again in 20 s');
      // Another user is not held up by this one's cooldown.
      const other = await chat.session();
      expect(await other.ask('Who is behind S3NS?')).toContain('Thales');
      await other.close();
      clock += 21_000;
      expect(await session.ask('Who is behind S3NS?')).toContain('Thales');
    } finally {
      await session.close();
    }
  });

  it('shows admin status to a maintainer and refuses (and logs) anyone else', async () => {
    const maintainer = await chat.session({ maintainer: true });
    const status = await maintainer.admin('status');
    expect(status).toContain(live.engine.corpus.version);
    expect(status).toContain('embedded');
    await maintainer.close();
    if (chat.singleUser) {
      // The console's one user is whoever runs the process: nobody else can type there.
      expect(chat.logged('ADMIN_REFUSED')).toEqual([]);
      return;
    }
    const before = chat.logged('ADMIN_REFUSED').length;
    const stranger = await chat.session();
    expect(await stranger.admin('status')).toMatch(/maintainers/);
    expect(await stranger.admin('status')).not.toContain(live.engine.corpus.version);
    const refused = chat.logged('ADMIN_REFUSED').slice(before);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({ platform: chat.name });
    // The log names the user only by their hash.
    expect(JSON.stringify(refused)).not.toMatch(/UUSER|user\d/);
    await stranger.close();
  });
});
