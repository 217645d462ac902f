import { ApplicationCommandOptionType, ApplicationCommandType, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, contextMenuDefinitions } from '../../adapters/discord/commands.js';

// What `npm run discord:register` sends: checked here so a typo never reaches Discord.
describe('commandDefinitions', () => {
  const commands = commandDefinitions();
  const byName = Object.fromEntries(commands.map((command) => [command.name, command]));

  it('defines /ask, /deal, /help, /admin, /suggest, /follow, /unfollow and /follows', () => {
    expect(commands.map((command) => command.name)).toEqual([
      'ask',
      'deal',
      'help',
      'admin',
      'suggest',
      'follow',
      'unfollow',
      'follows',
    ]);
  });

  it('"Suggest a correction" is a message command (a message\'s Apps menu), in French too', () => {
    expect(contextMenuDefinitions()).toEqual([
      expect.objectContaining({
        name: 'Suggest a correction',
        name_localizations: { fr: 'Proposer une correction' },
        type: ApplicationCommandType.Message,
      }),
    ]);
  });

  it('/suggest takes an optional deal name with autocomplete (none: a new deal)', () => {
    expect(byName.suggest?.options).toEqual([
      expect.objectContaining({
        name: 'name',
        type: ApplicationCommandOptionType.String,
        required: false,
        autocomplete: true,
      }),
    ]);
  });

  it('/follow and /unfollow take a required deal with autocomplete, shown by default to channel managers', () => {
    for (const name of ['follow', 'unfollow']) {
      const command = commands.find((c) => c.name === name);
      expect(command?.options).toEqual([
        expect.objectContaining({
          name: 'deal',
          type: ApplicationCommandOptionType.String,
          required: true,
          autocomplete: true,
        }),
      ]);
      expect(command?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageChannels));
    }
  });

  it('/ask takes one required string question', () => {
    expect(byName.ask?.options).toEqual([
      expect.objectContaining({
        name: 'question',
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: 1000,
      }),
    ]);
    // The configured question limit reaches Discord's client, within Discord's 6,000.
    expect(commandDefinitions(300).find((c) => c.name === 'ask')?.options?.[0]).toMatchObject({
      max_length: 300,
    });
    expect(commandDefinitions(100_000).find((c) => c.name === 'ask')?.options?.[0]).toMatchObject({
      max_length: 6000,
    });
  });

  it('/deal takes a required name with autocomplete', () => {
    expect(byName.deal?.options).toEqual([
      expect.objectContaining({
        name: 'name',
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: 100,
      }),
    ]);
  });

  it('/admin is shown by default only to members who can manage the server', () => {
    expect(byName.admin?.default_member_permissions).toBe(String(1 << 5));
    expect(byName.ask?.default_member_permissions ?? null).toBeNull();
  });

  it('/admin has the status and reload subcommands', () => {
    expect(byName.admin?.options?.map((option) => [option.name, option.type])).toEqual([
      ['status', ApplicationCommandOptionType.Subcommand],
      ['reload', ApplicationCommandOptionType.Subcommand],
    ]);
  });

  it('localises every name and description for French clients', () => {
    expect(byName.ask?.name_localizations?.fr).toBe('demander');
    expect(byName.deal?.name_localizations?.fr).toBe('accord');
    expect(byName.help?.name_localizations?.fr).toBe('aide');
    const everything = commands.flatMap((command) => [command, ...(command.options ?? [])]);
    for (const item of everything) {
      expect(item.name_localizations?.fr, item.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      // A French description of Discord's 1–100 characters, not the English one copied.
      expect(item.description_localizations?.fr, item.name).toMatch(/^.{1,100}$/u);
      expect(item.description_localizations?.fr, item.name).not.toBe(item.description);
    }
  });

  it('keeps within Discord limits (names ≤ 32 lowercase, descriptions 1 to 100 characters)', () => {
    const everything = commands.flatMap((command) => [command, ...(command.options ?? [])]);
    for (const item of everything) {
      expect(item.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      for (const description of [item.description, item.description_localizations?.fr ?? '']) {
        expect(description.length, description).toBeGreaterThan(0);
        expect(description.length, description).toBeLessThanOrEqual(100);
      }
    }
  });
});
