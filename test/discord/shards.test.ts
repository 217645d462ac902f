// DISCORD_SHARDS: one process running several gateway shards against the fake gateway, each identifying
// with its own [id, count] and each answering /ask on its own connection.
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/index.js';
import { snowflake, user } from '../../support/fake-discord.js';
import { callbackData, startTestBot, type TestBot } from './helpers.js';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** Dispatches /ask on one shard's connection and resolves with the bot's callback. */
async function askOnShard(running: TestBot, shard: number, question: string) {
  const payload = running.fake.command(
    'ask',
    [{ type: 3, name: 'question', value: question }],
    user(snowflake(), 'u'),
  );
  const since = running.fake.requests.length;
  running.fake.dispatch('INTERACTION_CREATE', payload, shard);
  return running.fake.waitForRequest(
    (r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`,
    { since },
  );
}

describe('Discord sharding', () => {
  it('DISCORD_SHARDS=2: both shards identify as [0, 2] and [1, 2], and both answer /ask', async () => {
    bot = await startTestBot({ DISCORD_SHARDS: '2' });
    expect([...bot.fake.identifiedShards].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const shard of [0, 1]) {
      const data = callbackData(await askOnShard(bot, shard, 'How much is the GCHQ AWS deal worth?'));
      expect(JSON.stringify(data.embeds)).toContain('GBP 500m to 1bn');
    }
  });

  it('DISCORD_SHARDS=auto takes the count Discord recommends', async () => {
    bot = await startTestBot({ DISCORD_SHARDS: 'auto' }, {}, { shards: 2 });
    expect([...bot.fake.identifiedShards].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('DISCORD_SHARD_IDS runs only the given shards of the count (the others in another process)', async () => {
    bot = await startTestBot({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1' });
    expect(bot.fake.identifiedShards).toEqual([[1, 2]]);
    const data = callbackData(await askOnShard(bot, 1, 'Who runs Bleu?'));
    expect(JSON.stringify(data.embeds)).toContain('Capgemini');
  });

  it('names a bad shard setting', () => {
    const parse = (env: Record<string, string>) =>
      parseConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', ...env }, { corpusDir: 'corpus' });
    expect(parse({ DISCORD_SHARDS: 'two' })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^DISCORD_SHARDS:/)],
    });
    expect(parse({ DISCORD_SHARD_IDS: '0' })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^DISCORD_SHARD_IDS:/)],
    });
    expect(parse({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '2' })).toMatchObject({ ok: false });
    expect(parse({ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: '0, 2' })).toMatchObject({
      ok: true,
      config: { discord: { shards: 4, shardIds: [0, 2] } },
    });
  });
});
