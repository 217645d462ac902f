// /suggest through the real discord.js against the fake Discord on 127.0.0.1: the command shows a
// modal (callback type 9), its submission is checked and stored, and the built `sovbot report` lists it.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestionText } from '../../src/index.js';
import { snowflake, user } from '../../support/fake-discord.js';
import { callbackData, ephemeralFlag, startTestBot, type TestBot } from './helpers.js';

const run = promisify(execFile);
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.stop();
});

/** Runs /suggest and resolves with the modal it showed. */
async function openModal(from = user(snowflake(), 'suggester'), name?: string) {
  const options = name === undefined ? [] : [{ type: 3, name: 'name', value: name }];
  const callback = await bot.interact(bot.fake.command('suggest', options, from));
  expect((callback.body as { type: number }).type).toBe(9);
  return (callback.body as { data: Record<string, unknown> }).data;
}

function report(...args: string[]) {
  return run(
    'node',
    [path.join('dist', 'src', 'cli.js'), 'report', '--data', bot.services.config.dataDir, ...args],
    {
      timeout: 15_000,
    },
  );
}

describe('Discord /suggest', () => {
  it('shows a modal, stores the submission, thanks the user privately; sovbot report lists it', async () => {
    const from = user(snowflake(), 'suggester');
    const modal = await openModal(from);
    expect(modal.title).toBe('Suggest a deal');
    const before = (await bot.services.store.listSuggestions()).length;
    const reply = await bot.interact(
      bot.fake.modalSubmit(
        modal,
        {
          what: 'Ruritania put its tax data on a local cloud',
          link: 'https://example.org/ruritania',
          note: 'From the minister',
        },
        from,
      ),
    );
    const data = callbackData(reply);
    expect(data.flags).toBe(ephemeralFlag);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const all = await bot.services.store.listSuggestions();
    expect(all).toHaveLength(before + 1);
    const stored = all.at(-1);
    expect(stored).toMatchObject({
      platform: 'discord',
      kind: 'deal',
      what: 'Ruritania put its tax data on a local cloud',
      link: 'https://example.org/ruritania',
      note: 'From the minister',
      user: bot.services.store.hashUser('discord', from.id),
    });
    expect(data.content).toContain(`#${stored?.id}`);

    const text = (await report()).stdout;
    expect(text).toContain(`#${stored?.id}`);
    expect(text).toContain('new deal: Ruritania put its tax data on a local cloud');
    expect(JSON.parse((await report('--json')).stdout).suggestions).toContainEqual(stored);
    const page = path.join(bot.services.config.dataDir, 'page.html');
    await report('--html', page);
    expect(readFileSync(page, 'utf8')).toContain('Ruritania put its tax data on a local cloud');
  });

  it('with a deal name, suggests a correction of that deal', async () => {
    const from = user(snowflake(), 'corrector');
    const deal = bot.services.live.engine.corpus.deals[0];
    const modal = await openModal(from, deal?.id);
    expect(String(modal.title)).toMatch(/^Suggest a correction: /);
    await bot.interact(
      bot.fake.modalSubmit(modal, { what: 'The date is wrong', link: 'https://example.org/d' }, from),
    );
    expect((await bot.services.store.listSuggestions()).at(-1)).toMatchObject({
      kind: 'correction',
      dealIds: [deal?.id],
      what: 'The date is wrong',
    });
  });

  it('"Suggest a correction" on an answer opens the modal; the suggestion names the facts the answer cited', async () => {
    const from = user(snowflake(), 'reader');
    const asked = await bot.interact(
      bot.fake.command(
        'ask',
        [{ type: 3, name: 'question', value: 'How much is the GCHQ AWS deal worth?' }],
        from,
      ),
    );
    const answer = bot.fake.messageFrom(callbackData(asked) as Record<string, unknown>, bot.fake.channelId);
    const callback = await bot.interact(bot.fake.messageCommand('Suggest a correction', answer, from));
    expect((callback.body as { type: number }).type).toBe(9);
    const modal = (callback.body as { data: Record<string, unknown> }).data;
    await bot.interact(
      bot.fake.modalSubmit(modal, { what: 'Revised value', link: 'https://example.org/v' }, from),
    );
    const deal = bot.services.live.engine.corpus.deals.find((d) =>
      d.facts.some((f) => f.id === 'uk-aws-2021-value'),
    );
    expect((await bot.services.store.listSuggestions()).at(-1)).toMatchObject({
      kind: 'correction',
      dealIds: [deal?.id],
      factIds: expect.arrayContaining(['uk-aws-2021-value']),
      what: 'Revised value',
    });

    // On someone else's message: what it is for, privately; no modal.
    const other = { ...answer, id: snowflake(), author: from };
    const refused = callbackData(
      await bot.interact(bot.fake.messageCommand('Suggest a correction', other, from)),
    );
    expect(refused.flags).toBe(ephemeralFlag);
    expect(refused.content).toContain('/suggest');
  });

  it('refuses each bad input privately, naming the field, echoing nothing, storing nothing', async () => {
    const from = user(snowflake(), 'hostile');
    const modal = await openModal(from);
    const before = await bot.services.store.listSuggestions();
    const good = { what: 'A deal', link: 'https://example.org/a' };
    const t = suggestionText.en;
    const cases: Array<[Record<string, string>, string]> = [
      [{ what: '' }, t.empty],
      [{ link: '' }, t.empty],
      [{ link: 'javascript:alert(1)' }, t.notLink],
      [{ link: 'ftp://example.org/x' }, t.notLink],
      [{ what: 'z'.repeat(10_000) }, 'Please keep this under 300 characters.'],
      [{ what: '@everyone look' }, t.markup],
      [{ what: 'ping @here' }, t.markup],
      [{ note: 'cc <@123456789012345678> and <@&42>' }, t.markup],
      [{ what: '<script>alert(1)</script>' }, t.markup],
    ];
    for (const [change, message] of cases) {
      const data = callbackData(
        await bot.interact(bot.fake.modalSubmit(modal, { ...good, ...change }, from)),
      );
      expect(data.flags).toBe(ephemeralFlag);
      expect(data.content).toContain(message);
      expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
      // Nothing typed comes back: no mention to ping, no long text, no markup.
      for (const typed of Object.values(change).filter((v) => v.length > 0))
        expect(data.content).not.toContain(typed);
      expect(data.content).not.toMatch(/@everyone|@here|<@/);
    }
    expect(await bot.services.store.listSuggestions()).toEqual(before);
  });
});
