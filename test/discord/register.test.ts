import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions, contextMenuDefinitions } from '../../adapters/discord/commands.js';
import { registerCommands } from '../../adapters/discord/register-commands.js';
import { FakeDiscord } from '../../support/fake-discord.js';
import { token } from './helpers.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

describe('registerCommands (npm run discord:register)', () => {
  it('overwrites the guild commands when DISCORD_GUILD_ID is set', async () => {
    const result = await registerCommands(
      { token, applicationId: '42', guildId: '7', apiUrl: fake.apiUrl },
      { retries: 0 },
    );
    expect(result).toEqual({
      scope: 'guild',
      names: [
        'ask',
        'deal',
        'help',
        'admin',
        'suggest',
        'follow',
        'unfollow',
        'follows',
        'Suggest a correction',
      ],
    });
    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe('/applications/42/guilds/7/commands');
    expect(put.headers.authorization).toBe(`Bot ${token}`);
    expect(put.body).toEqual([...commandDefinitions(), ...contextMenuDefinitions()]);
  });

  it('registers globally otherwise', async () => {
    const since = fake.requests.length;
    const result = await registerCommands(
      { token, applicationId: '42', apiUrl: fake.apiUrl },
      { retries: 0 },
    );
    expect(result.scope).toBe('global');
    const put = await fake.waitForRequest((r) => r.method === 'PUT', { since });
    expect(put.path).toBe('/applications/42/commands');
  });
});
