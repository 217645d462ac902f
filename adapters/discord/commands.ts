import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';

/** Command, subcommand and option names, as the handlers see them whatever the user's language. */
export const commandNames = {
  ask: 'ask',
  deal: 'deal',
  help: 'help',
  admin: 'admin',
  suggest: 'suggest',
  /** The message command (Apps menu of a message): its name is what users see. */
  suggestCorrection: 'Suggest a correction',
  question: 'question',
  name: 'name',
  status: 'status',
  reload: 'reload',
  follow: 'follow',
  unfollow: 'unfollow',
  follows: 'follows',
  dealOption: 'deal',
} as const;

// Usable in servers and in the bot's DMs; not as a user-installed app in other people's DMs.
const contexts = [InteractionContextType.Guild, InteractionContextType.BotDM];

/**
 * sovbot's slash commands, as the JSON that `npm run discord:register` sends to Discord. Names and
 * descriptions are localised for French clients; the handlers always receive the English names.
 */
export function commandDefinitions(
  /** The engine's question limit (SOVBOT_MAX_QUESTION_LENGTH); Discord allows at most 6,000. */
  maxQuestionLength = 1000,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const ask = new SlashCommandBuilder()
    .setName(commandNames.ask)
    .setNameLocalizations({ fr: 'demander' })
    .setDescription('Ask a question about a cloud sovereignty deal; every sentence is cited')
    .setDescriptionLocalizations({
      fr: 'Posez une question sur un accord de cloud souverain ; chaque phrase est sourcée',
    })
    .setContexts(contexts)
    .addStringOption((option) =>
      option
        .setName(commandNames.question)
        .setNameLocalizations({ fr: 'question' })
        .setDescription('Your question, in English or French')
        .setDescriptionLocalizations({ fr: 'Votre question, en français ou en anglais' })
        .setRequired(true)
        // Discord stops a longer question in the client, before it becomes a "too long" answer.
        .setMaxLength(Math.min(maxQuestionLength, 6000)),
    );

  const deal = new SlashCommandBuilder()
    .setName(commandNames.deal)
    .setNameLocalizations({ fr: 'accord' })
    .setDescription('Show the card of one deal: parties, date, value, status, key facts and sources')
    .setDescriptionLocalizations({
      fr: 'Affiche la fiche d’un accord : parties, date, montant, statut, faits clés et sources',
    })
    .setContexts(contexts)
    .addStringOption((option) =>
      option
        .setName(commandNames.name)
        .setNameLocalizations({ fr: 'nom' })
        .setDescription('Start typing a deal, a country, an agency or a provider')
        .setDescriptionLocalizations({
          fr: 'Tapez le début d’un accord, d’un pays, d’une agence ou d’un fournisseur',
        })
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    );

  const help = new SlashCommandBuilder()
    .setName(commandNames.help)
    .setNameLocalizations({ fr: 'aide' })
    .setDescription('What sovbot knows and how to ask it')
    .setDescriptionLocalizations({ fr: 'Ce que sait sovbot et comment l’interroger' })
    .setContexts(contexts);

  const admin = new SlashCommandBuilder()
    .setName(commandNames.admin)
    .setNameLocalizations({ fr: 'admin' })
    .setDescription('Maintainers only: corpus status and reload')
    .setDescriptionLocalizations({ fr: 'Réservé aux mainteneurs : état et rechargement du corpus' })
    .setContexts(contexts)
    // Shown only to members who can manage the server (server admins can widen it); the handler still
    // checks SOVBOT_MAINTAINERS, which is what actually allows the command.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) =>
      sub
        .setName(commandNames.status)
        .setNameLocalizations({ fr: 'statut' })
        .setDescription('Corpus version, counts, last reload and its problems')
        .setDescriptionLocalizations({
          fr: 'Version du corpus, décomptes, dernier rechargement et ses problèmes',
        }),
    )
    .addSubcommand((sub) =>
      sub
        .setName(commandNames.reload)
        .setNameLocalizations({ fr: 'recharger' })
        .setDescription('Re-read and validate the corpus now')
        .setDescriptionLocalizations({ fr: 'Relire et valider le corpus maintenant' }),
    );

  const suggest = new SlashCommandBuilder()
    .setName(commandNames.suggest)
    .setNameLocalizations({ fr: 'suggerer' })
    .setDescription('Suggest a deal sovbot does not know, or a correction to one it does')
    .setDescriptionLocalizations({
      fr: 'Proposez un accord que sovbot ne connaît pas, ou une correction à un accord qu’il connaît',
    })
    .setContexts(contexts)
    .addStringOption((option) =>
      option
        .setName(commandNames.name)
        .setNameLocalizations({ fr: 'nom' })
        .setDescription('To correct a deal: start typing its name (leave empty to suggest a new deal)')
        .setDescriptionLocalizations({
          fr: 'Pour corriger un accord : tapez le début de son nom (vide pour proposer un nouvel accord)',
        })
        .setRequired(false)
        .setMaxLength(100)
        .setAutocomplete(true),
    );

  // Follow a deal: maintainers or members who can manage the channel (the handler checks). Shown by
  // default to members with Manage Channels; server admins can widen it.
  const dealOption = (verb: string, verbFr: string) =>
    new SlashCommandBuilder()
      .setName(verb)
      .setNameLocalizations({ fr: verbFr })
      .setDescription(
        verb === commandNames.follow
          ? 'Post a summary in this channel whenever a deal changes'
          : 'Stop posting a deal’s changes in this channel',
      )
      .setDescriptionLocalizations({
        fr:
          verb === commandNames.follow
            ? 'Publier un résumé dans ce canal quand un accord change'
            : 'Ne plus publier les changements d’un accord dans ce canal',
      })
      .setContexts([InteractionContextType.Guild])
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
      .addStringOption((option) =>
        option
          .setName(commandNames.dealOption)
          .setNameLocalizations({ fr: 'accord' })
          .setDescription('Start typing a deal, a country, an agency or a provider')
          .setDescriptionLocalizations({
            fr: 'Tapez le début d’un accord, d’un pays, d’une agence ou d’un fournisseur',
          })
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      );
  const follow = dealOption(commandNames.follow, 'suivre');
  const unfollow = dealOption(commandNames.unfollow, 'ne-plus-suivre');
  const follows = new SlashCommandBuilder()
    .setName(commandNames.follows)
    .setNameLocalizations({ fr: 'suivis' })
    .setDescription('The deals this channel follows')
    .setDescriptionLocalizations({ fr: 'Les accords que suit ce canal' })
    .setContexts([InteractionContextType.Guild]);

  return [ask, deal, help, admin, suggest, follow, unfollow, follows].map((command) => command.toJSON());
}

/** sovbot's message commands (a message's Apps menu): "Suggest a correction" on one of its answers. */
export function contextMenuDefinitions(): RESTPostAPIContextMenuApplicationCommandsJSONBody[] {
  return [
    new ContextMenuCommandBuilder()
      .setName(commandNames.suggestCorrection)
      .setNameLocalizations({ fr: 'Proposer une correction' })
      .setType(ApplicationCommandType.Message)
      .setContexts(contexts)
      .toJSON(),
  ];
}
