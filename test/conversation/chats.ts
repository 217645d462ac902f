// One driver per platform, so that each conversation rule is one test run against Slack (the real Bolt
// app over HTTP, against the fake Slack), Discord (the real discord.js client, against the fake Discord)
// and the console (runConsole over streams). A session is one new conversation of one new user.
import { PassThrough } from 'node:stream';
import { runConsole } from '../../adapters/console/console-chat.js';
import { startSlack } from '../../adapters/slack/slack-bot.js';
import type { FeedbackRecord, LiveEngine } from '../../src/index.js';
import { type DiscordUser, snowflake, user } from '../../support/fake-discord.js';
import { deliverEvent, eventEnvelope, FakeSlack, fakeIds } from '../../support/fake-slack.js';
import { createTestServices } from '../../support/test-services.js';
import { callbackData, sentMessage, startTestBot } from '../discord/helpers.js';

export interface Session {
  /** Asks in this conversation; resolves with everything the reply showed (JSON of the message). */
  ask(text: string): Promise<string>;
  /** Runs `admin <sub>` as this session's user; resolves with the reply. */
  admin(sub: string): Promise<string>;
  close(): Promise<void>;
}

export interface Chat {
  name: 'slack' | 'discord' | 'console';
  /** A new conversation of a new user (`maintainer`: a user listed in SOVBOT_MAINTAINERS). */
  session(options?: { maintainer?: boolean }): Promise<Session>;
  /** Log lines with this code. */
  logged(code: string): Record<string, unknown>[];
  /** The feedback and no-answer records in the chat's store. */
  records(): Promise<FeedbackRecord[]>;
  /** The console has one user, who runs the process (a maintainer); the platforms have many. */
  singleUser: boolean;
  stop(): Promise<void>;
}

export interface ChatOptions {
  live: LiveEngine;
  env: Record<string, string>;
  now: () => number;
}

const SIGNING_SECRET = 'signing-secret-0123456789abcdef';
const SLACK_MAINTAINER = 'UMAINTAINER';

export async function slackChat({ live, env, now }: ChatOptions): Promise<Chat> {
  const fake = await FakeSlack.start();
  const t = createTestServices(live, {
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-secret-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    SOVBOT_MAINTAINERS: SLACK_MAINTAINER,
    ...env,
  });
  const bot = await startSlack(t.services, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 }, now });
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  let count = 0;

  /** Posts a mention (in `threadTs` when given) and resolves with the reply, public or ephemeral. */
  async function mention(userId: string, text: string, threadTs: string | undefined) {
    count += 1;
    const ts = `1700100000.${String(count).padStart(6, '0')}`;
    const since = fake.calls.length;
    const event = {
      type: 'app_mention',
      user: userId,
      text: `<@${fakeIds.botUser}> ${text}`,
      ts,
      channel: 'C0GENERAL',
      ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
    };
    const response = await deliverEvent(url, eventEnvelope(`Ev${ts}`, event), { secret: SIGNING_SECRET });
    if (response.status !== 200) throw new Error(`Slack event refused: ${response.status}`);
    const isReply = (c: { method: string }) =>
      c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral';
    await fake.waitUntil(() => fake.calls.slice(since).some(isReply), 10_000);
    const reply = fake.calls.slice(since).find(isReply);
    if (reply === undefined) throw new Error(`no Slack reply to ${text}`);
    return { ts, reply: JSON.stringify(reply.args) };
  }

  return {
    name: 'slack',
    singleUser: false,
    logged: t.logged,
    records: () => t.services.store.read(),
    async session({ maintainer = false } = {}) {
      count += 1;
      const userId = maintainer ? SLACK_MAINTAINER : `UUSER${count}`;
      let thread: string | undefined;
      return {
        async ask(text) {
          const { ts, reply } = await mention(userId, text, thread);
          // The first question opens the thread; the next ones are asked in it.
          thread ??= ts;
          return reply;
        },
        async admin(sub) {
          return (await mention(userId, `admin ${sub}`, thread)).reply;
        },
        async close() {},
      };
    },
    async stop() {
      await bot.stop();
      await fake.close();
      t.cleanup();
    },
  };
}

export async function discordChat({ env, now }: ChatOptions): Promise<Chat> {
  const maintainer = user(snowflake(), 'maintainer');
  const bot = await startTestBot({ SOVBOT_MAINTAINERS: maintainer.id, ...env }, { now });
  let count = 0;
  return {
    name: 'discord',
    singleUser: false,
    records: () => bot.services.store.read(),
    logged: (code) =>
      bot.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((e) => e.code === code),
    async session({ maintainer: asMaintainer = false } = {}) {
      count += 1;
      // Discord's conversation is a user's in a channel: a new user is a new conversation.
      const from: DiscordUser = asMaintainer ? maintainer : user(snowflake(), `user${count}`);
      return {
        async ask(text) {
          const message = bot.fake.userMessage(`<@${bot.fake.botUser.id}> ${text}`, from, {
            mentions: [bot.fake.botUser],
          });
          const since = bot.fake.requests.length;
          bot.fake.dispatch('MESSAGE_CREATE', message);
          const reply = await bot.fake.waitForRequest(
            (r) =>
              r.method === 'POST' &&
              /^\/channels\/\d+\/messages$/.test(r.path) &&
              sentMessage(r).message_reference?.message_id === message.id,
            { since },
          );
          return JSON.stringify(sentMessage(reply));
        },
        async admin(sub) {
          const payload = bot.fake.command('admin', [{ type: 1, name: sub, options: [] }], from);
          return JSON.stringify(callbackData(await bot.interact(payload)));
        },
        async close() {},
      };
    },
    stop: () => bot.stop(),
  };
}

export async function consoleChat({ live, env, now }: ChatOptions): Promise<Chat> {
  const t = createTestServices(live, env);
  const running: Array<Promise<number>> = [];
  return {
    name: 'console',
    singleUser: true,
    logged: t.logged,
    records: () => t.services.store.read(),
    async session() {
      const input = new PassThrough();
      const output = new PassThrough();
      const writes: string[] = [];
      output.on('data', (chunk: Buffer) => writes.push(chunk.toString('utf8')));
      running.push(runConsole(t.services, { input, output, now }));
      // Piped input: each line is echoed (`sovbot> …`), then answered.
      async function line(text: string): Promise<string> {
        const since = writes.length;
        input.write(`${text}\n`);
        const deadline = Date.now() + 10_000;
        while (writes.length < since + 2) {
          if (Date.now() > deadline) throw new Error(`no console answer to ${text}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return writes.slice(since + 1).join('');
      }
      return {
        ask: line,
        admin: (sub) => line(`/${sub}`),
        async close() {
          input.end();
        },
      };
    },
    async stop() {
      await Promise.all(running);
      t.cleanup();
    },
  };
}
