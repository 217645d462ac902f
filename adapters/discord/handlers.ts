import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionCallbackResponse,
  type Message,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type MessageMentionOptions,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import {
  type Answer,
  type Conversation,
  type DealRef,
  type Engine,
  type Lang,
  type SuggestionField,
  suggestionText,
  type TurnInput,
  truncate,
} from '../../src/index.js';
import { commandNames } from './commands.js';
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
} from './format.js';
import { parseModalId, suggestionModal, suggestWords } from './suggest.js';
import { discordWords, fill, langOfLocale } from './words.js';

/** Nothing sovbot sends may ping anyone: no @everyone/@here, no role, no user, not even the asker. */
export const noPings: MessageMentionOptions = { parse: [], repliedUser: false };

export interface HandlerOptions {
  /** How long (ms) after an answer the same user's next question in that channel is a follow-up. */
  followUpMs: number;
}

export interface DiscordHandlers {
  /** Slash commands, autocomplete and buttons. Never throws. */
  onInteraction(interaction: Interaction): Promise<void>;
  /** Mentions of the bot and DMs. Never throws. */
  onMessage(message: Message): Promise<void>;
}

/** How long typing may delay an answer before it is sent anyway. */
const typingWaitMs = 1500;

/**
 * Platform events → a conversation turn (or `engine.dealCard()`) → Discord replies. Follow-ups,
 * cooldowns, vote keys and records are the conversation's; this only reads events and sends replies.
 */
export function createHandlers(conversation: Conversation, options: HandlerOptions): DiscordHandlers {
  const { services } = conversation;
  const { logger } = services;
  // Autocomplete shows titles in the asker's language: one id → title map per engine and language.
  const titles = new WeakMap<Engine, Map<Lang, Map<string, string>>>();

  function formatContext(engine: Engine, lang: Lang): FormatContext {
    return {
      lang,
      corpusDate: engine.corpus.reviewedUntil,
      corpusVersion: engine.corpus.version,
      maxQuestionLength: services.config.maxQuestionLength,
    };
  }

  /** A user's conversation in a channel: their next question there follows up, for `followUpMs`. */
  function turnIn(
    channelId: string,
    userId: string,
    text: string,
    extra: Partial<TurnInput> = {},
  ): TurnInput {
    return {
      platform: 'discord',
      userId,
      text,
      threadKey: `${channelId}:${userId}`,
      windowMs: options.followUpMs,
      ...extra,
    };
  }

  function titleIn(engine: Engine, lang: Lang, deal: DealRef): string {
    let byLang = titles.get(engine);
    if (byLang === undefined) {
      byLang = new Map();
      titles.set(engine, byLang);
    }
    let byId = byLang.get(lang);
    if (byId === undefined) {
      byId = new Map(engine.listDeals(lang).map((d) => [d.id, d.title]));
      byLang.set(lang, byId);
    }
    return byId.get(deal.id) ?? deal.title;
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
    const result = await conversation.ask(turnIn(interaction.channelId, userId, question, { lang }));
    if (result.kind === 'slow-down') {
      await interaction.reply(ephemeral(fill(discordWords[lang].slowDown, { seconds: result.seconds })));
      return;
    }
    const { answer } = result;
    const engine = services.live.engine;
    // A question that is empty or too long is the asker's business: tell only them.
    if (answer.kind === 'no-answer' && (answer.reason === 'too-long' || answer.reason === 'empty')) {
      const reply = formatAnswer(answer, formatContext(engine, lang));
      await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral, allowedMentions: noPings });
      return;
    }
    const reply = formatAnswer(answer, formatContext(engine, lang), {
      echo: question,
      ...(result.voteKey === undefined ? {} : { voteKey: result.voteKey }),
    });
    const response = await interaction.reply({ ...reply, allowedMentions: noPings, withResponse: true });
    const messageId = messageIdOf(response);
    await result.sent(
      messageId,
      messageId && interaction.channelId ? { channel: interaction.channelId, thread: messageId } : undefined,
    );
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
    const sent = await conversation.showCard(
      turnIn(interaction.channelId ?? 'dm', interaction.user.id, ''),
      card,
    );
    const response = await interaction.reply({ ...reply, allowedMentions: noPings, withResponse: true });
    await sent(messageIdOf(response));
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
    const sub = interaction.options.getSubcommand(true);
    // Reading and validating the whole corpus can take longer than Discord's 3 s.
    const slow = sub === commandNames.reload && conversation.isMaintainer('discord', interaction.user.id);
    if (slow) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const result = await conversation.admin('discord', interaction.user.id, sub);
    if (result.kind === 'refused') await interaction.reply(ephemeral(words.notMaintainer));
    else if (result.kind === 'status')
      await interaction.reply(ephemeral(formatStatus(result.status, lang, result.store)));
    else if (result.kind === 'reload')
      await interaction.editReply({ content: formatReload(result.result, lang), allowedMentions: noPings });
    else await interaction.reply(ephemeral(words.unknownCommand));
  }

  /**
   * `/follow deal:`, `/unfollow deal:`, `/follows`: sovbot's maintainers, or members with Manage
   * Channels on the interaction's channel (Discord computes it per channel, overwrites included).
   */
  async function onFollow(interaction: ChatInputCommandInteraction, lang: Lang): Promise<void> {
    const words = discordWords[lang];
    const channel = interaction.channelId;
    const allowed =
      conversation.isMaintainer('discord', interaction.user.id) ||
      interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) === true;
    if (!allowed) {
      logger.info(
        {
          code: 'FOLLOW_REFUSED',
          platform: 'discord',
          user: services.store.hashUser('discord', interaction.user.id),
        },
        'follow refused: not a maintainer nor a channel manager',
      );
      await interaction.reply(ephemeral(words.followRefused));
      return;
    }
    const { store } = services;
    const engine = services.live.engine;
    if (interaction.commandName === commandNames.follows) {
      const list = await store.follows({ platform: 'discord', channel });
      const lines = list.map((f) => `- ${plain(titleOf(engine, lang, f.dealId))}`);
      await interaction.reply(
        ephemeral(list.length === 0 ? words.followsNone : [words.followsList, ...lines].join('\n')),
      );
      return;
    }
    const name = interaction.options.getString(commandNames.dealOption, true);
    const dealId = engine.dealCard(name) !== undefined ? name : engine.findDeals(name, 1)[0]?.id;
    if (dealId === undefined) {
      await interaction.reply(ephemeral(words.followUnknown));
      return;
    }
    const title = plain(titleOf(engine, lang, dealId));
    if (interaction.commandName === commandNames.follow) {
      const added = await store.follow({ platform: 'discord', channel, dealId, at: Date.now() });
      await interaction.reply(ephemeral(fill(added ? words.followed : words.alreadyFollowed, { title })));
    } else {
      const removed = await store.unfollow('discord', channel, dealId);
      await interaction.reply(ephemeral(fill(removed ? words.unfollowed : words.notFollowed, { title })));
    }
  }

  function titleOf(engine: Engine, lang: Lang, dealId: string): string {
    const deal = engine.dealCard(dealId)?.deal;
    if (deal === undefined) return dealId;
    return lang === 'fr' ? deal.title_fr : deal.title;
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
      case commandNames.suggest:
        return onSuggest(interaction, lang);
      case commandNames.follow:
      case commandNames.unfollow:
      case commandNames.follows:
        return onFollow(interaction, lang);
      default:
        await interaction.reply(ephemeral(discordWords[lang].unknownCommand));
    }
  }

  /** `/suggest [name]`: the modal, about the named deal when one is given. */
  async function onSuggest(interaction: ChatInputCommandInteraction, lang: Lang): Promise<void> {
    const name = interaction.options.getString(commandNames.name);
    if (name === null || name.trim() === '') {
      await interaction.showModal(suggestionModal(lang, { kind: 'deal' }));
      return;
    }
    const engine = services.live.engine;
    const dealId = engine.dealCard(name) !== undefined ? name : engine.findDeals(name, 1)[0]?.id;
    const card = dealId === undefined ? undefined : engine.dealCard(dealId, lang);
    if (card === undefined) {
      await interaction.reply(
        ephemeral(fill(discordWords[lang].unknownDeal, { name: plain(truncate(name, 100)) })),
      );
      return;
    }
    await interaction.showModal(
      suggestionModal(lang, { kind: 'correction', dealId: card.deal.id }, card.title),
    );
  }

  /** "Suggest a correction" on a message: sovbot's answers only; its 👍 button's key tells what it cited. */
  async function onSuggestCorrection(interaction: MessageContextMenuCommandInteraction, lang: Lang) {
    const target = interaction.targetMessage;
    if (target.author.id !== interaction.client.user.id) {
      await interaction.reply(ephemeral(suggestWords[lang].notAnswer));
      return;
    }
    // Read as JSON: rows of buttons (the 👍/👎 custom ids); other component kinds hold none.
    const customIds = target.components.flatMap((row) => {
      const json = row.toJSON() as { components?: Array<{ custom_id?: string }> };
      return (json.components ?? []).map((component) => component.custom_id ?? '');
    });
    const vote = customIds.map(parseButtonId).find((action) => action?.kind === 'vote');
    const voteKey = vote?.kind === 'vote' ? vote.key : '';
    await interaction.showModal(suggestionModal(lang, { kind: 'answer', voteKey }));
  }

  /** The modal's submission: stored whole, or refused with a message per field; told only to the user. */
  async function onModal(interaction: ModalSubmitInteraction, lang: Lang): Promise<void> {
    const target = parseModalId(interaction.customId);
    if (target === undefined) {
      await interaction.reply(ephemeral(discordWords[lang].unknownCommand));
      return;
    }
    const cited =
      target.kind === 'answer' && target.voteKey !== ''
        ? await conversation.votedAnswer(target.voteKey)
        : undefined;
    const value = (field: SuggestionField) => {
      const component = interaction.fields.fields.get(field);
      const typed = component !== undefined && 'value' in component ? component.value : undefined;
      return typeof typed === 'string' ? typed : undefined;
    };
    const result = await conversation.suggest({
      platform: 'discord',
      userId: interaction.user.id,
      kind: target.kind === 'deal' ? 'deal' : 'correction',
      dealIds: target.kind === 'correction' ? [target.dealId] : [],
      factIds: cited?.factIds ?? [],
      lang,
      what: value('what'),
      link: value('link'),
      note: value('note'),
    });
    if (result.kind === 'stored') {
      await interaction.reply(
        ephemeral(suggestionText[lang].thanks.replace('{id}', String(result.suggestion.id))),
      );
      return;
    }
    // Which field and why, never what was typed: nothing the user wrote is sent back.
    const words = suggestWords[lang];
    const lines = (['what', 'link', 'note'] as const).flatMap((field) => {
      const error = result.errors[field];
      return error === undefined ? [] : [`• ${words[field]} — ${error}`];
    });
    await interaction.reply(ephemeral([words.refused, ...lines].join('\n')));
  }

  async function onButton(interaction: ButtonInteraction, lang: Lang): Promise<void> {
    const words = discordWords[lang];
    const action = parseButtonId(interaction.customId);
    if (action === undefined) {
      await interaction.reply(ephemeral(words.buttonExpired));
    } else if (action.kind === 'deal') {
      await replyWithCard(interaction, services.live.engine, action.dealId, action.lang, lang, action.dealId);
    } else {
      const recorded = await conversation.vote('discord', interaction.user.id, action.vote, action.key);
      await interaction.reply(ephemeral(recorded ? words.thanks : words.voteExpired));
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    try {
      const focused = interaction.options.getFocused(true);
      const dealLookup =
        ((interaction.commandName === commandNames.deal ||
          interaction.commandName === commandNames.suggest) &&
          focused.name === commandNames.name) ||
        ((interaction.commandName === commandNames.follow ||
          interaction.commandName === commandNames.unfollow) &&
          focused.name === commandNames.dealOption);
      if (!dealLookup) {
        await interaction.respond([]);
        return;
      }
      const engine = services.live.engine;
      const lang = langOfLocale(interaction.locale);
      const deals = engine.findDeals(String(focused.value), 25);
      await interaction.respond(
        deals.map((deal) => ({
          name: truncate(titleIn(engine, lang, deal), limits.choiceName),
          value: deal.id,
        })),
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
      else if (interaction.isMessageContextMenuCommand()) await onSuggestCorrection(interaction, lang);
      else if (interaction.isButton()) await onButton(interaction, lang);
      else if (interaction.isModalSubmit()) await onModal(interaction, lang);
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
    const replyTo = message.reference?.messageId;
    const turn = turnIn(message.channelId, userId, stripMention(message.content, me.id), {
      ...(replyTo === undefined ? {} : { replyTo }),
    });
    let lang: Lang = 'en';
    try {
      lang = (await conversation.langOf(turn)) ?? 'en';
      const typing = message.channel.isSendable() ? message.channel.sendTyping() : Promise.resolve();
      const result = await conversation.ask(turn);
      if (result.kind === 'slow-down') {
        const slowDown = fill(discordWords[result.lang].slowDown, { seconds: result.seconds });
        await message.reply({ content: slowDown, allowedMentions: noPings });
        return;
      }
      const { answer } = result;
      const body = formatAnswer(
        answer,
        formatContext(services.live.engine, answer.lang),
        result.voteKey === undefined ? {} : { voteKey: result.voteKey },
      );
      // Typing is a courtesy: never let it fail or hold up the answer for long.
      await settledWithin(typing, typingWaitMs);
      const reply = await message.reply({ ...body, allowedMentions: noPings });
      await result.sent(reply.id, { channel: message.channelId, thread: reply.id });
      answered(direct ? 'dm' : 'mention', answer, startedAt);
    } catch (error) {
      logger.error(
        { code: 'DISCORD_HANDLER_FAILED', event: 'message', err: { message: (error as Error).message } },
        'discord message handler failed',
      );
      try {
        await message.reply({ content: discordWords[lang].failed, allowedMentions: noPings });
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
