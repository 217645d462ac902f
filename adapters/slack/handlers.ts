// Slack events → engine.ask() → format.ts. Thin on purpose: which question, where to reply, and which
// thread context to pass; the answer itself is the engine's.
import type {
  App,
  BlockAction,
  ButtonAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import {
  type Answer,
  type AskContext,
  type BotServices,
  isMaintainer,
  type Lang,
  recordNoAnswer,
  recordVote,
} from '../../src/index.js';
import {
  actionIds,
  decodeShare,
  decodeSuggestion,
  decodeVote,
  formatHelp,
  formatReload,
  formatSentence,
  formatSlackAnswer,
  formatStatus,
  readSlackText,
  type ShareValue,
  type SlackMessage,
  shareValue,
  slackText,
} from './format.js';

/** Answers in flight: stop() waits for them (bounded) and refuses new work once it began. */
export class Inflight {
  readonly #work = new Set<Promise<void>>();
  #closed = false;

  get closed(): boolean {
    return this.#closed;
  }

  /** Runs `work` unless stopping; `work` must not throw (handlers catch at their boundary). */
  run(work: () => Promise<void>): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const running: Promise<void> = work().finally(() => this.#work.delete(running));
    this.#work.add(running);
    return running;
  }

  /** Takes no new work, then waits for the work in flight, at most `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    this.#closed = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.#work]),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }
}

/** The deal a thread is about, so that "@sovbot and how much was it?" stays on it. */
interface ThreadContext {
  dealId: string;
  lang: Lang;
}

/** Where a reply goes. `answer` is seen by whoever saw the question; `private` by the asker only. */
interface Reply {
  answer(message: SlackMessage): Promise<void>;
  private(message: SlackMessage): Promise<void>;
}

/** What a message asks for, before the engine sees it. */
type Command =
  | { kind: 'help'; lang: Lang }
  | { kind: 'admin'; sub: string }
  | { kind: 'ask'; question: string };

/** A user's message event, read defensively: undefined for bots, edits, joins and other subtypes. */
interface Incoming {
  channel: string;
  user: string;
  text: string;
  ts: string;
  threadTs: string | undefined;
  channelType: string | undefined;
}

const PLATFORM = 'slack';
/** Messages remembered as answered: enough to cover Slack's retries (up to ~1 h) at a busy pace. */
const RECENT_KEYS = 5000;
/** Threads whose deal is remembered. */
const THREADS = 1000;

/** Registers sovbot's listeners: app_mention, DMs, /sovereignty, and the buttons of its answers. */
export function registerHandlers(app: App, services: BotServices, inflight: Inflight): void {
  const recent = new LRUCache<string, true>({ max: RECENT_KEYS });
  const threads = new LRUCache<string, ThreadContext>({ max: THREADS });
  const { logger } = services;

  /** True the first time a message is seen, whatever event (or retry) delivers it. */
  function claim(eventId: string | undefined, channel: string, ts: string, retryNum: unknown): boolean {
    // Checked and marked synchronously: an app_mention and a message.im for one message can arrive together.
    const keys = [`ts:${channel}:${ts}`, ...(eventId === undefined ? [] : [`event:${eventId}`])];
    if (keys.some((key) => recent.has(key))) {
      logger.debug({ code: 'SLACK_DUPLICATE', eventId, retryNum }, 'already answered; skipped');
      return false;
    }
    for (const key of keys) recent.set(key, true);
    return true;
  }

  function threadKey(channel: string, threadTs: string | undefined): string {
    return threadTs === undefined ? channel : `${channel}:${threadTs}`;
  }

  function remember(key: string | undefined, answer: Answer): void {
    if (key === undefined || answer.kind !== 'answered') return;
    const deals = new Set(answer.statements.map((s) => s.dealId));
    const [dealId] = deals;
    // A list answer spans several deals: a follow-up after it has no single deal to stay on.
    if (deals.size === 1 && dealId !== undefined) threads.set(key, { dealId, lang: answer.lang });
    else threads.delete(key);
  }

  /** Reads the engine once (it is swapped on corpus reload) and records a no-answer. */
  function ask(userId: string, question: string, context: AskContext | undefined): Answer {
    const engine = services.live.engine;
    const answer = engine.ask(question, context);
    recordNoAnswer(services, PLATFORM, userId, answer);
    return answer;
  }

  /** The one catch of a handler: log with a stable code, then one friendly sentence to the user. */
  async function guarded(handler: string, lang: Lang, reply: Reply, work: () => Promise<void>) {
    try {
      await work();
    } catch (error) {
      logger.error(
        { code: 'SLACK_HANDLER_FAILED', handler, err: { message: (error as Error).message } },
        `slack ${handler} handler failed`,
      );
      try {
        await reply.private(formatSentence(slackText[lang].failed));
      } catch (replyError) {
        logger.error(
          { code: 'SLACK_REPLY_FAILED', handler, err: { message: (replyError as Error).message } },
          'cannot tell the user that the handler failed',
        );
      }
    }
  }

  async function handleText(
    userId: string,
    text: string,
    key: string | undefined,
    reply: Reply,
    share: boolean,
  ): Promise<void> {
    const command = route(text);
    if (command.kind === 'help') {
      await reply.answer(formatHelp(command.lang, isMaintainer(services, userId)));
      return;
    }
    if (command.kind === 'admin') {
      await reply.private(await runAdmin(services, userId, command.sub));
      return;
    }
    const context = key === undefined ? undefined : threads.get(key);
    const answer = ask(userId, command.question, context);
    remember(key, answer);
    const shared =
      share && answer.kind === 'answered'
        ? shareValue(answer.question, answer.lang, context?.dealId)
        : undefined;
    await reply.answer(formatAnswer(answer, shared));
  }

  function formatAnswer(answer: Answer, share?: ShareValue): SlackMessage {
    const { maxQuestionLength } = services.config;
    return formatSlackAnswer(
      answer,
      share === undefined ? { maxQuestionLength } : { maxQuestionLength, share },
    );
  }

  function post(client: webApi.WebClient, channel: string, threadTs: string | undefined) {
    return async (message: SlackMessage) => {
      await client.chat.postMessage({
        channel,
        ...message,
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
        unfurl_links: false,
        unfurl_media: false,
      });
    };
  }

  function ephemeral(respond: RespondFn, replaceOriginal = false) {
    return async (message: SlackMessage) => {
      await respond({ response_type: 'ephemeral', replace_original: replaceOriginal, ...message });
    };
  }

  // @sovbot in a channel: answer in the thread, with the thread's deal as context.
  app.event('app_mention', async ({ event, body, context, client }) => {
    const message = readIncoming(event);
    if (message === undefined || message.user === context.botUserId || inflight.closed) return;
    if (!claim(body.event_id, message.channel, message.ts, context.retryNum)) return;
    // A mention inside a DM is answered like the DM it is, in place rather than in a new thread.
    const threadTs = isDirect(message) ? message.threadTs : (message.threadTs ?? message.ts);
    const reply: Reply = {
      answer: post(client, message.channel, threadTs),
      private: isDirect(message)
        ? post(client, message.channel, threadTs)
        : async (m) => {
            await client.chat.postEphemeral({
              channel: message.channel,
              user: message.user,
              ...m,
              ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
            });
          },
    };
    const key = threadKey(message.channel, threadTs);
    await inflight.run(() =>
      guarded('app_mention', threads.get(key)?.lang ?? 'en', reply, () =>
        handleText(message.user, readSlackText(message.text), key, reply, false),
      ),
    );
  });

  // A direct message: answer in the DM (in its thread when it was posted in one).
  app.event('message', async ({ event, body, context, client }) => {
    const message = readIncoming(event);
    if (message === undefined || !isDirect(message) || message.user === context.botUserId || inflight.closed)
      return;
    if (!claim(body.event_id, message.channel, message.ts, context.retryNum)) return;
    const send = post(client, message.channel, message.threadTs);
    const reply: Reply = { answer: send, private: send };
    const key = threadKey(message.channel, message.threadTs);
    await inflight.run(() =>
      guarded('message', threads.get(key)?.lang ?? 'en', reply, () =>
        handleText(message.user, readSlackText(message.text), key, reply, false),
      ),
    );
  });

  // /sovereignty <question>: acknowledged at once, answered to the asker only, with a Share button.
  app.command('/sovereignty', async ({ ack, command, respond }) => {
    await ack();
    const send = ephemeral(respond);
    const reply: Reply = { answer: send, private: send };
    await inflight.run(() =>
      guarded('command', 'en', reply, () =>
        handleText(command.user_id, readSlackText(command.text), undefined, reply, true),
      ),
    );
  });

  type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & { client: webApi.WebClient };

  async function vote(direction: 'up' | 'down', { ack, body, action, respond }: ButtonArgs): Promise<void> {
    await ack();
    const value = decodeVote(action.value);
    const reply: Reply = { answer: ephemeral(respond), private: ephemeral(respond) };
    await inflight.run(() =>
      guarded('vote', value?.l ?? 'en', reply, async () => {
        if (value === undefined) throw new Error(`unreadable vote button value (${action.action_id})`);
        recordVote(services, PLATFORM, body.user.id, direction, value.q, value.f);
        await reply.private(formatSentence(slackText[value.l].thanks));
      }),
    );
  }

  app.action<BlockAction<ButtonAction>>(actionIds.voteUp, (args) => vote('up', args));
  app.action<BlockAction<ButtonAction>>(actionIds.voteDown, (args) => vote('down', args));

  // "Share in channel" under an ephemeral answer: ask again and post the answer for everyone.
  app.action<BlockAction<ButtonAction>>(actionIds.share, async ({ ack, body, action, respond }) => {
    await ack();
    const value = decodeShare(action.value);
    const reply: Reply = { answer: ephemeral(respond), private: ephemeral(respond) };
    await inflight.run(() =>
      guarded('share', value?.l ?? 'en', reply, async () => {
        if (value === undefined) throw new Error(`unreadable share button value (${action.action_id})`);
        const context: AskContext = { lang: value.l, ...(value.d === undefined ? {} : { dealId: value.d }) };
        const answer = services.live.engine.ask(value.q, context);
        await respond({ response_type: 'in_channel', replace_original: false, ...formatAnswer(answer) });
        await respond({ delete_original: true });
        logger.info(
          { code: 'SLACK_SHARED', user: services.store.hashUser(PLATFORM, body.user.id) },
          'answer shared',
        );
      }),
    );
  });

  // A suggested deal under a no-answer: ask about it by title, where the no-answer was.
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${actionIds.suggest}\\d+$`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const value = decodeSuggestion(action.value);
      const ephemeralOrigin = body.container.is_ephemeral === true;
      const channel = body.channel?.id ?? (body.container.channel_id as string | undefined);
      const threadTs: string | undefined = body.message?.thread_ts;
      const reply: Reply =
        ephemeralOrigin || channel === undefined
          ? { answer: ephemeral(respond, true), private: ephemeral(respond) }
          : { answer: post(client, channel, threadTs), private: ephemeral(respond) };
      await inflight.run(() =>
        guarded('suggestion', value?.l ?? 'en', reply, async () => {
          if (value === undefined)
            throw new Error(`unreadable suggestion button value (${action.action_id})`);
          const answer = ask(body.user.id, value.t, { dealId: value.d, lang: value.l });
          if (!ephemeralOrigin && channel !== undefined) remember(threadKey(channel, threadTs), answer);
          const shared =
            ephemeralOrigin && answer.kind === 'answered' ? shareValue(value.t, value.l, value.d) : undefined;
          await reply.answer(formatAnswer(answer, shared));
        }),
      );
    },
  );
}

/** `help`/`aide`, `admin <sub>`, or a question. */
function route(text: string): Command {
  const trimmed = text.trim();
  const help = /^(help|aide|\?)$/i.exec(trimmed);
  if (help) return { kind: 'help', lang: help[1]?.toLowerCase() === 'aide' ? 'fr' : 'en' };
  const admin = /^admin(?:\s+(\S+))?$/i.exec(trimmed);
  if (admin) return { kind: 'admin', sub: (admin[1] ?? '').toLowerCase() };
  return { kind: 'ask', question: trimmed };
}

/** `admin status | reload`, for maintainers only. */
async function runAdmin(services: BotServices, userId: string, sub: string): Promise<SlackMessage> {
  const t = slackText.en;
  if (!isMaintainer(services, userId)) {
    services.logger.warn(
      { code: 'SLACK_ADMIN_REFUSED', user: services.store.hashUser(PLATFORM, userId) },
      'admin command refused',
    );
    return formatSentence(t.refused);
  }
  if (sub === 'status') return formatStatus(services.live.status(), 'en');
  if (sub === 'reload') {
    const result = await services.live.reload();
    services.logger.info({ code: 'SLACK_ADMIN_RELOAD', ok: result.ok }, 'corpus reload requested on Slack');
    return formatReload(result, 'en');
  }
  return formatSentence(t.adminUsage);
}

function readIncoming(event: unknown): Incoming | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const e = event as Record<string, unknown>;
  // Bots (sovbot included), edits, deletions, joins and other subtypes are never questions.
  if (e.bot_id !== undefined || e.subtype !== undefined) return undefined;
  if (typeof e.user !== 'string' || typeof e.channel !== 'string' || typeof e.ts !== 'string')
    return undefined;
  return {
    channel: e.channel,
    user: e.user,
    text: typeof e.text === 'string' ? e.text : '',
    ts: e.ts,
    threadTs: typeof e.thread_ts === 'string' ? e.thread_ts : undefined,
    channelType: typeof e.channel_type === 'string' ? e.channel_type : undefined,
  };
}

/** A DM: message.im events say so; app_mention events only carry the D-prefixed channel id. */
function isDirect(message: Incoming): boolean {
  return (
    message.channelType === 'im' || (message.channelType === undefined && message.channel.startsWith('D'))
  );
}
