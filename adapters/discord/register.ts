#!/usr/bin/env node
// `npm run discord:register`: registers sovbot's slash commands with Discord. Run it once after
// creating the application and again whenever the commands change; never on every start.
import { defaultCorpusDir, loadEnvFile, parseConfig } from '../../src/index.js';
import { registerCommands } from './register-commands.js';

loadEnvFile(process.env);
const parsed = parseConfig(process.env, { corpusDir: defaultCorpusDir });
if (!parsed.ok) {
  for (const error of parsed.errors) console.error(`sovbot: ${error}`);
  console.error(
    'sovbot: fix the variables above in .env (see .env.example), then run npm run discord:register again.',
  );
  process.exit(1);
}
const discord = parsed.config.discord;
if (discord === undefined) {
  console.error('sovbot: DISCORD_TOKEN: missing (the bot token from the Discord developer portal, Bot tab)');
  process.exit(1);
}
try {
  const result = await registerCommands(discord, {}, parsed.config.maxQuestionLength);
  const where =
    result.scope === 'guild' ? `on server ${discord.guildId}` : 'globally (may take up to an hour to appear)';
  console.log(`sovbot: registered /${result.names.join(', /')} ${where}.`);
} catch (error) {
  console.error(`sovbot: cannot register the commands: ${(error as Error).message}`);
  console.error('sovbot: check DISCORD_TOKEN and DISCORD_APPLICATION_ID (same application), then try again.');
  process.exit(1);
}
