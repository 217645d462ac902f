import { randomBytes } from 'node:crypto';
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionCallbackResponse,
  type Message,
  MessageFlags,
  type MessageMentionOptions,
} from 'discord.js';
import { LRUCache } from 'lru-cache';
import {
  type Answer,
  type AskContext,
  type BotServices,
  type Engine,
  isMaintainer,
  type Lang,
  recordNoAnswer,
  recordVote,
} from '../../src/index.js';
import { commandNames } from './commands.js';
import { Cooldown } from './cooldown.js';
import {
  type DiscordReply,
  type FormatContext,
  formatAnswer,
  formatDealCard,
  formatHelp,
  formatReload,
  formatStatus,
  limits,
  parseButtonId,
  plain,
  truncate,
} from './format.js';
import { discordWords, fill, langOfLocale } from './words.js';

/** Nothing sovbot sends may ping anyone: no @everyone/@here, no role, no user, not even the asker. */
export const noPings: MessageMentionOptions = { parse: [], repliedUser: false };

export interface HandlerOptions {
  /** How long (ms) after an answer the same user's next question in that channel is a follow-up. */
  followUpMs: number;
  /** Clock in milliseconds. */
  now: () => number;
}

export interface DiscordHandlers {
  /** Slash commands, autocomplete and buttons. Never throws. */
  onInteraction(interaction: Interaction): Promise<void>;
  /** Mentions of the bot and DMs. Never throws. */
  onMessage(message: Message): Promise<void>;
}

interface Conversation {
  dealId: string;
  lang: Lang;
  at: number;
}

interface VotedAnswer {
  question: string;
  factIds: string[];
}

/** How long typing may delay an answer before it is sent anyway. */
const typingWaitMs = 1500;

/**
 * Platform events → `engine.ask()` / `engine.dealCard()` → Discord replies. All answer logic is the
 * engine's; this only keeps the small per-conversation state a chat needs (follow-up context, vote
 * keys, cooldowns), each in a bounded map.
 */
export function createHandlers(services: BotServices, options: HandlerOptions): DiscordHandlers {
  const { logger } = services;
  const cooldown = new Cooldown(services.config.discord?.cooldownSeconds ?? 0, options.now);
  // custom_id holds at most 100 characters: the button carries a short key to the question and facts.
  const votes = new LRUCache<string, VotedAnswer>({ max: 10_000 });
  // `m:<message id>` → context of the answer in that message; `c:<channel>:<user>` → the user's last one there.
  const conversations = new LRUCache<string, Conversation>({ max: 10_000 });

  function formatContext(engine: Engine, lang: Lang): FormatContext {
    return {
      lang,
      corpusDate: engine.corpus.reviewedUntil,
      corpusVersion: engine.corpus.version,
      maxQuestionLength: services.config.maxQuestionLength,
    };
  }

  function contextFor(channelId: string, userId: string, replyTo?: string): AskContext {
    const byReply = replyTo === undefined ? undefined : conversations.get(`m:${replyTo}`);
    const recent = conversations.get(`c:${channelId}:${userId}`);
    const chosen =
      byReply ?? (recent && options.now() - recent.at <= options.followUpMs ? recent : undefined);
    return chosen === undefined ? {} : { dealId: chosen.dealId, lang: chosen.lang };
  }

  /**
   * Remembers what a user's answer was about, before it is sent, so their next question in the
   * channel is a follow-up; the function returned ties the sent answer's message id to it, for replies.
   */
  function remember(
    dealId: string | undefined,
    lang: Lang,
    channelId: string,
    userId: string,
  ): (messageId: string | null | undefined) => void {
    if (dealId === undefined) return () => undefined;
    const conversation = { dealId, lang, at: options.now() };
    conversations.set(`c:${channelId}:${userId}`, conversation);
    return (messageId) => {
      if (messageId) conversations.set(`m:${messageId}`, conversation);
    };
  }

  function answered(platformEvent: string, answer: Answer | undefined, startedAt: number): void {
    logger.debug(
      {
        code: 'DISCORD_ANSWERED',
        event: platformEvent,
        kind: answer?.kind ?? 'card',
        ...(answer?.kind === 'no-answer' ? { reason: answer.reason } : {}),
        ms: Date.now() - startedAt,
      },
      'discord reply sent',
    );
  }

  function voteKeyFor(answer: Answer): string | undefined {
    if (answer.kind !== 'answered') return undefined;
    const key = randomBytes(6).toString('base64url');
    votes.set(key, {
      question: answer.question,
      factIds: [...new Set(answer.statements.map((s) => s.factId))],
    });
    return key;
  }

  function ephemeral(content: string) {
    return {
      content: truncate(content, limits.content),
      flags: MessageFlags.Ephemeral as const,
      allowedMentions: noPings,
    };
  }

  function messageIdOf(response: InteractionCallbackResponse): string | undefined {
    return response.interaction.responseMessageId ?? response.resource?.message?.id;
  }

  async function onAsk(interaction: ChatInputCommandInteraction, lang: Lang): Promise<void> {
    const startedAt = Date.now();
    const question = interaction.options.getString(commandNames.question, true);
    const userId = interaction.user.id;
    const wait = cooldown.take(userId);
    if (wait > 0) {
      await interaction.reply(ephemeral(fill(discordWords[lang].slowDown, { seconds: wait })));
      return;
    }
    const engine = services.live.engine;
    const context = contextFor(interaction.channelId, userId);
    const answer = engine.ask(question, { lang, ...context });
    recordNoAnswer(services, 'discord', userId, answer);
    // A question that is empty or too long is the asker's business: tell only them.
    if (answer.kind === 'no-answer' && (answer.reason === 'too-long' || answer.reason === 'empty')) {
      const reply = formatAnswer(answer, formatContext(engine, lang));
      await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral, allowedMentions: noPings });
      return;
    }
    const voteKey = voteKeyFor(answer);
    const reply = formatAnswer(answer, formatContext(engine, lang), {
      echo: question,
      ...(voteKey === undefined ? {} : { voteKey }),
    });
    const sent = remember(
      answer.kind === 'answered' ? answer.deals[0]?.id : undefined,
      answer.lang,
      interaction.channelId,
      userId,
    );
    const response = await interaction.reply({ ...reply, allowedMentions: noPings, withResponse: true });
    sent(messageIdOf(response));
    answered('ask', answer, startedAt);
  }

  async function replyWithCard(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    engine: Engine,
    dealId: string | undefined,
    cardLang: Lang,
    lang: Lang,
    asked: string,
  ): Promise<void> {
    const startedAt = Date.now();
    const card = dealId === undefined ? undefined : engine.dealCard(dealId, cardLang);
    if (card === undefined) {
      const name = plain(truncate(asked, 100));
      await interaction.reply(ephemeral(fill(discordWords[lang].unknownDeal, { name })));
      return;
    }
    const reply: DiscordReply = formatDealCard(card, formatContext(engine, lang));
    const sent = remember(card.deal.id, card.lang, interaction.channelId ?? 'dm', interaction.user.id);
    const response = await interaction.reply({ ...reply, allowedMentions: noPings, withResponse: true });
    sent(messageIdOf(response));
    answered(interaction.isButton() ? 'button' : 'deal', undefined, startedAt);
  }

  async function onDeal(interaction: ChatInputCommandInteraction, lang: Lang): Promise<void> {
    const name = interaction.options.getString(commandNames.name, true);
    const engine = services.live.engine;
    // Picked from the autocomplete list, `name` is a deal id; typed freely, it is the start of a name.
    const dealId = engine.dealCard(name) !== undefined ? name : engine.findDeals(name, 1)[0]?.id;
    await replyWithCard(interaction, engine, dealId, lang, lang, name);
  }

  async function onAdmin(interaction: ChatInputCommandInteraction, lang: Lang): Promise<void> {
    const words = discordWords[lang];
    if (!isMaintainer(services, interaction.user.id)) {
      await interaction.reply(ephemeral(words.notMaintainer));
      return;
    }
    const sub = interaction.options.getSubcommand(true);
    if (sub === commandNames.status) {
      await interaction.reply(ephemeral(formatStatus(services.live.status(), lang)));
    } else if (sub === commandNames.reload) {
      // Reading and validating the whole corpus can take longer than Discord's 3 s.
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const result = await services.live.reload();
      logger.info({ code: 'DISCORD_ADMIN_RELOAD', ok: result.ok }, 'corpus reload requested on Discord');
      await interaction.editReply({ content: formatReload(result, lang), allowedMentions: noPings });
    } else {
      await interaction.reply(ephemeral(words.unknownCommand));
    }
  }

  async function onCommand(interaction: ChatInputCommandInteraction, lang: Lang): Promise<void> {
    switch (interaction.commandName) {
      case commandNames.ask:
        return onAsk(interaction, lang);
      case commandNames.deal:
        return onDeal(interaction, lang);
      case commandNames.help: {
        const reply = formatHelp(formatContext(services.live.engine, lang));
        await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral, allowedMentions: noPings });
        return;
      }
      case commandNames.admin:
        return onAdmin(interaction, lang);
      default:
        await interaction.reply(ephemeral(discordWords[lang].unknownCommand));
    }
  }

  async function onButton(interaction: ButtonInteraction, lang: Lang): Promise<void> {
    const words = discordWords[lang];
    const action = parseButtonId(interaction.customId);
    if (action === undefined) {
      await interaction.reply(ephemeral(words.buttonExpired));
    } else if (action.kind === 'deal') {
      await replyWithCard(interaction, services.live.engine, action.dealId, action.lang, lang, action.dealId);
    } else {
      const voted = votes.get(action.key);
      if (voted === undefined) {
        await interaction.reply(ephemeral(words.voteExpired));
        return;
      }
      recordVote(services, 'discord', interaction.user.id, action.vote, voted.question, voted.factIds);
      await interaction.reply(ephemeral(words.thanks));
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    try {
      const focused = interaction.options.getFocused(true);
      if (interaction.commandName !== commandNames.deal || focused.name !== commandNames.name) {
        await interaction.respond([]);
        return;
      }
      const deals = services.live.engine.findDeals(String(focused.value), 25);
      await interaction.respond(
        deals.map((deal) => ({ name: truncate(deal.title, limits.choiceName), value: deal.id })),
      );
    } catch (error) {
      // Autocomplete has no place for an apology: the list simply stays empty.
      logger.error(
        { code: 'DISCORD_AUTOCOMPLETE_FAILED', err: { message: (error as Error).message } },
        'discord autocomplete failed',
      );
    }
  }

  async function apologise(interaction: Interaction, lang: Lang): Promise<void> {
    if (!interaction.isRepliable()) return;
    const sorry = discordWords[lang].failed;
    try {
      if (interaction.deferred && !interaction.replied) {
        await interaction.editReply({ content: sorry, allowedMentions: noPings });
      } else if (interaction.replied) {
        await interaction.followUp(ephemeral(sorry));
      } else {
        await interaction.reply(ephemeral(sorry));
      }
    } catch (error) {
      logger.error(
        { code: 'DISCORD_REPLY_FAILED', err: { message: (error as Error).message } },
        'cannot tell the user that the handler failed',
      );
    }
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return onAutocomplete(interaction);
    const lang = langOfLocale(interaction.locale);
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction, lang);
      else if (interaction.isButton()) await onButton(interaction, lang);
    } catch (error) {
      logger.error(
        {
          code: 'DISCORD_HANDLER_FAILED',
          event: interaction.isChatInputCommand() ? interaction.commandName : 'button',
          err: { message: (error as Error).message },
        },
        'discord interaction handler failed',
      );
      await apologise(interaction, lang);
    }
  }

  async function onMessage(message: Message): Promise<void> {
    const me = message.client.user;
    if (message.author.bot || message.system || message.author.id === me.id) return;
    const direct = !message.inGuild();
    if (!direct && !message.mentions.users.has(me.id)) return;
    const startedAt = Date.now();
    const userId = message.author.id;
    const context = contextFor(message.channelId, userId, message.reference?.messageId);
    try {
      const wait = cooldown.take(userId);
      if (wait > 0) {
        const slowDown = fill(discordWords[context.lang ?? 'en'].slowDown, { seconds: wait });
        await message.reply({ content: slowDown, allowedMentions: noPings });
        return;
      }
      const typing = message.channel.isSendable() ? message.channel.sendTyping() : Promise.resolve();
      const question = stripMention(message.content, me.id);
      const engine = services.live.engine;
      const answer = engine.ask(question, context);
      recordNoAnswer(services, 'discord', userId, answer);
      const voteKey = voteKeyFor(answer);
      const body = formatAnswer(
        answer,
        formatContext(engine, answer.lang),
        voteKey === undefined ? {} : { voteKey },
      );
      // Typing is a courtesy: never let it fail or hold up the answer for long.
      await settledWithin(typing, typingWaitMs);
      const sent = remember(
        answer.kind === 'answered' ? answer.deals[0]?.id : undefined,
        answer.lang,
        message.channelId,
        userId,
      );
      const reply = await message.reply({ ...body, allowedMentions: noPings });
      sent(reply.id);
      answered(direct ? 'dm' : 'mention', answer, startedAt);
    } catch (error) {
      logger.error(
        { code: 'DISCORD_HANDLER_FAILED', event: 'message', err: { message: (error as Error).message } },
        'discord message handler failed',
      );
      try {
        await message.reply({ content: discordWords[context.lang ?? 'en'].failed, allowedMentions: noPings });
      } catch (replyError) {
        logger.error(
          { code: 'DISCORD_REPLY_FAILED', err: { message: (replyError as Error).message } },
          'cannot tell the user that the handler failed',
        );
      }
    }
  }

  return { onInteraction, onMessage };
}

/** The question without the bot's own `<@id>` / `<@!id>` mention(s). */
export function stripMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Waits for `work` to settle, for `ms` at most, ignoring its outcome. */
function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}
