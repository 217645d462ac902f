// Slack events → a conversation turn → format.ts. Thin on purpose: which question, where to reply, and
// which thread it belongs to; follow-ups, cooldowns, claims and records are the conversation's.
import type {
  App,
  BlockAction,
  ButtonAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import type { AdminResult, Answer, Conversation, Lang, TurnInput } from '../../src/index.js';
import {
  actionIds,
  decodeShare,
  decodeSuggestion,
  decodeVote,
  formatHelp,
  formatReload,
  formatSentence,
  formatSlackAnswer,
  formatSlackCorrection,
  formatSlackFollowSummary,
  formatStatus,
  readSlackText,
  type ShareValue,
  type SlackMessage,
  shareValue,
  slackText,
} from './format.js';

/** Where a reply goes. `answer` is seen by whoever saw the question; `private` by the asker only. */
interface Reply {
  answer(message: SlackMessage): Promise<void>;
  private(message: SlackMessage): Promise<void>;
}

/** What a message asks for, before the engine sees it. */
type Command =
  | { kind: 'help'; lang: Lang }
  | { kind: 'admin'; sub: string }
  | { kind: 'follow'; action: 'follow' | 'unfollow'; name: string }
  | { kind: 'follows' }
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

/** Registers sovbot's listeners: app_mention, DMs, /sovereignty, and the buttons of its answers. */
export function registerHandlers(app: App, conversation: Conversation): void {
  // Corrections and follow summaries: posted by the bot in the answer's thread / the following channel.
  conversation.services.notifier?.register(PLATFORM, {
    // chat.postMessage allows about one message per second per channel (Slack's rate limits page).
    intervalMs: 1100,
    correct: async (correction) => {
      const message = formatSlackCorrection(correction, {
        maxQuestionLength: conversation.services.config.maxQuestionLength,
      });
      await app.client.chat.postMessage({
        channel: correction.answer.channel,
        thread_ts: correction.answer.thread,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      });
    },
    summarise: async (follow, change) => {
      await app.client.chat.postMessage({
        channel: follow.channel,
        ...formatSlackFollowSummary(change, 'en'),
        unfurl_links: false,
        unfurl_media: false,
      });
    },
  });
  const { services } = conversation;
  const { logger } = services;

  /** True the first time a message is seen, whatever event, retry or replica delivers it. */
  async function claim(channel: string, ts: string, eventId: string | undefined, retryNum: unknown) {
    // The message, not the event: an app_mention and a message.im for one DM message carry two event ids.
    if (await conversation.claim(`slack:${channel}:${ts}`)) return true;
    logger.debug({ code: 'SLACK_DUPLICATE', eventId, retryNum }, 'already answered; skipped');
    return false;
  }

  function threadKey(channel: string, threadTs: string | undefined): string {
    return threadTs === undefined ? channel : `${channel}:${threadTs}`;
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

  /** A question (or help, or an admin command) → the conversation's turn → a formatted reply. */
  async function handleText(
    turn: TurnInput,
    reply: Reply,
    share: boolean,
    place?: { channel: string; thread: string },
    channel?: string,
  ): Promise<void> {
    const command = route(turn.text);
    if (command.kind === 'follow' || command.kind === 'follows') {
      await reply.private(formatSentence(await follows(command, turn.userId, channel)));
      return;
    }
    if (command.kind === 'help') {
      await reply.answer(formatHelp(command.lang, conversation.isMaintainer(PLATFORM, turn.userId)));
      return;
    }
    if (command.kind === 'admin') {
      await reply.private(formatAdmin(await conversation.admin(PLATFORM, turn.userId, command.sub)));
      return;
    }
    const result = await conversation.ask({ ...turn, text: command.question });
    if (result.kind === 'slow-down') {
      await reply.private(formatSentence(fill(slackText[result.lang].slowDown, result.seconds)));
      return;
    }
    const { answer } = result;
    const dealId = result.followUp ? (turn.dealId ?? dealOf(answer)) : undefined;
    const shared =
      share && answer.kind === 'answered' ? shareValue(answer.question, answer.lang, dealId) : undefined;
    await reply.answer(formatAnswer(answer, shared));
    await result.sent(undefined, place);
  }

  /**
   * `follow <deal>`, `unfollow <deal>`, `follows`: maintainers only (SOVBOT_MAINTAINERS), since Slack
   * offers no cheap check of who manages a channel. The answer is always ephemeral.
   */
  async function follows(
    command: Extract<Command, { kind: 'follow' | 'follows' }>,
    userId: string,
    channel: string | undefined,
  ): Promise<string> {
    const t = slackText.en;
    if (channel === undefined) return t.followWhere;
    if (!conversation.isMaintainer(PLATFORM, userId)) {
      logger.info(
        { code: 'FOLLOW_REFUSED', platform: PLATFORM, user: services.store.hashUser(PLATFORM, userId) },
        'follow refused: not a maintainer',
      );
      return t.followRefused;
    }
    const { store } = services;
    const engine = services.live.engine;
    if (command.kind === 'follows') {
      const list = await store.follows({ platform: PLATFORM, channel });
      if (list.length === 0) return t.followsNone;
      const titles = list.map((f) => `• ${engine.dealCard(f.dealId)?.deal.title ?? f.dealId}`);
      return [t.followsList, ...titles].join('\n');
    }
    const dealId =
      engine.dealCard(command.name) !== undefined ? command.name : engine.findDeals(command.name, 1)[0]?.id;
    const card = dealId === undefined ? undefined : engine.dealCard(dealId);
    if (dealId === undefined || card === undefined) return t.followUnknown;
    if (command.action === 'follow') {
      const added = await store.follow({ platform: PLATFORM, channel, dealId, at: Date.now() });
      return (added ? t.followed : t.alreadyFollowed).replace('{}', card.deal.title);
    }
    const removed = await store.unfollow(PLATFORM, channel, dealId);
    return (removed ? t.unfollowed : t.notFollowed).replace('{}', card.deal.title);
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
    if (message === undefined || message.user === context.botUserId || conversation.closed) return;
    await conversation.run(async () => {
      if (!(await claim(message.channel, message.ts, body.event_id, context.retryNum))) return;
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
      const turn = textTurn(message.user, message.text, threadKey(message.channel, threadTs));
      const place = { channel: message.channel, thread: threadTs ?? message.ts };
      await guarded('app_mention', await langOf(turn), reply, () =>
        handleText(turn, reply, false, place, message.channel),
      );
    });
  });

  // A direct message: answer in the DM (in its thread when it was posted in one).
  app.event('message', async ({ event, body, context, client }) => {
    const message = readIncoming(event);
    if (
      message === undefined ||
      !isDirect(message) ||
      message.user === context.botUserId ||
      conversation.closed
    )
      return;
    await conversation.run(async () => {
      if (!(await claim(message.channel, message.ts, body.event_id, context.retryNum))) return;
      const send = post(client, message.channel, message.threadTs);
      const reply: Reply = { answer: send, private: send };
      const turn = textTurn(message.user, message.text, threadKey(message.channel, message.threadTs));
      const place = { channel: message.channel, thread: message.threadTs ?? message.ts };
      await guarded('message', await langOf(turn), reply, () =>
        handleText(turn, reply, false, place, message.channel),
      );
    });
  });

  // /sovereignty <question>: acknowledged at once, answered to the asker only, with a Share button.
  app.command('/sovereignty', async ({ ack, command, respond }) => {
    await ack();
    const send = ephemeral(respond);
    const reply: Reply = { answer: send, private: send };
    const turn: TurnInput = {
      platform: PLATFORM,
      userId: command.user_id,
      text: readSlackText(command.text),
    };
    await conversation.run(() =>
      guarded('command', 'en', reply, () => handleText(turn, reply, true, undefined, command.channel_id)),
    );
  });

  type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & { client: webApi.WebClient };

  async function vote(direction: 'up' | 'down', { ack, body, action, respond }: ButtonArgs): Promise<void> {
    await ack();
    const value = decodeVote(action.value);
    const reply: Reply = { answer: ephemeral(respond), private: ephemeral(respond) };
    await conversation.run(() =>
      guarded('vote', value?.l ?? 'en', reply, async () => {
        if (value === undefined) throw new Error(`unreadable vote button value (${action.action_id})`);
        // The button carries the question and facts: any replica can record it.
        await conversation.vote(PLATFORM, body.user.id, direction, { question: value.q, factIds: value.f });
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
    await conversation.run(() =>
      guarded('share', value?.l ?? 'en', reply, async () => {
        if (value === undefined) throw new Error(`unreadable share button value (${action.action_id})`);
        // Sharing posts an answer already given: not a new question, so no cooldown.
        const result = await conversation.ask({
          platform: PLATFORM,
          userId: body.user.id,
          text: value.q,
          lang: value.l,
          paced: false,
          ...(value.d === undefined ? {} : { dealId: value.d }),
        });
        if (result.kind !== 'answer') return;
        await respond({
          response_type: 'in_channel',
          replace_original: false,
          ...formatAnswer(result.answer),
        });
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
      await conversation.run(() =>
        guarded('suggestion', value?.l ?? 'en', reply, async () => {
          if (value === undefined)
            throw new Error(`unreadable suggestion button value (${action.action_id})`);
          // A click on sovbot's own offer: no cooldown.
          const result = await conversation.ask({
            platform: PLATFORM,
            userId: body.user.id,
            text: value.t,
            lang: value.l,
            dealId: value.d,
            paced: false,
            ...(ephemeralOrigin || channel === undefined ? {} : { threadKey: threadKey(channel, threadTs) }),
          });
          if (result.kind !== 'answer') return;
          const { answer } = result;
          const shared =
            ephemeralOrigin && answer.kind === 'answered' ? shareValue(value.t, value.l, value.d) : undefined;
          await reply.answer(formatAnswer(answer, shared));
        }),
      );
    },
  );

  function textTurn(userId: string, text: string, key: string): TurnInput {
    return { platform: PLATFORM, userId, text: readSlackText(text), threadKey: key };
  }

  async function langOf(turn: TurnInput): Promise<Lang> {
    return (await conversation.langOf(turn).catch(() => undefined)) ?? 'en';
  }

  function formatAdmin(result: AdminResult): SlackMessage {
    const t = slackText.en;
    if (result.kind === 'refused') return formatSentence(t.refused);
    if (result.kind === 'status') return formatStatus(result.status, 'en', result.store);
    if (result.kind === 'reload') return formatReload(result.result, 'en');
    return formatSentence(t.adminUsage);
  }
}

/** The one deal an answer is about, if it is about one. */
function dealOf(answer: Answer): string | undefined {
  if (answer.kind !== 'answered') return undefined;
  const deals = new Set(answer.statements.map((s) => s.dealId));
  return deals.size === 1 ? [...deals][0] : undefined;
}

/** Fills the `{seconds}` of a slow-down sentence. */
function fill(template: string, seconds: number): string {
  return template.replace('{seconds}', String(seconds));
}

/** `help`/`aide`, `admin <sub>`, or a question. */
function route(text: string): Command {
  const trimmed = text.trim();
  const help = /^(help|aide|\?)$/i.exec(trimmed);
  if (help) return { kind: 'help', lang: help[1]?.toLowerCase() === 'aide' ? 'fr' : 'en' };
  const follow = /^(follow|unfollow)\s+(.+)$/i.exec(trimmed);
  if (follow)
    return {
      kind: 'follow',
      action: (follow[1] as string).toLowerCase() as 'follow' | 'unfollow',
      name: (follow[2] as string).trim(),
    };
  if (/^follows$/i.test(trimmed)) return { kind: 'follows' };
  const admin = /^admin(?:\s+(\S+))?$/i.exec(trimmed);
  if (admin) return { kind: 'admin', sub: (admin[1] ?? '').toLowerCase() };
  return { kind: 'ask', question: trimmed };
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
