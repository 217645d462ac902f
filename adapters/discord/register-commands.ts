import { REST, type RESTOptions, Routes } from 'discord.js';
import type { DiscordConfig } from '../../src/index.js';
import { commandDefinitions, contextMenuDefinitions } from './commands.js';

export interface RegisterResult {
  /** Where the commands went: one server (instant) or every server (may take up to an hour to show). */
  scope: 'guild' | 'global';
  /** Names of the commands Discord now holds. */
  names: string[];
}

/**
 * Replaces the application's slash commands with sovbot's, in one bulk overwrite: on the server
 * DISCORD_GUILD_ID when set (shows at once; best while testing), otherwise globally.
 */
export async function registerCommands(
  config: DiscordConfig,
  restOptions: Partial<RESTOptions> = {},
  maxQuestionLength = 1000,
): Promise<RegisterResult> {
  const rest = new REST({ ...(config.apiUrl === undefined ? {} : { api: config.apiUrl }), ...restOptions });
  rest.setToken(config.token);
  const route =
    config.guildId === undefined
      ? Routes.applicationCommands(config.applicationId)
      : Routes.applicationGuildCommands(config.applicationId, config.guildId);
  const body = [...commandDefinitions(maxQuestionLength), ...contextMenuDefinitions()];
  const saved = (await rest.put(route, { body })) as Array<{ name: string }>;
  return {
    scope: config.guildId === undefined ? 'global' : 'guild',
    names: saved.map((command) => command.name),
  };
}
