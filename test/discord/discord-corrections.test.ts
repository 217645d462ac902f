// Corrections and follows through the real discord.js client against the fake Discord on 127.0.0.1,
// on a private copy of the corpus that the test edits and reloads.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord } from '../../adapters/discord/discord-bot.js';
import {
  type AnswerRecord,
  type BotServices,
  ChangeNotifier,
  defaultCorpusDir,
  type RunningAdapter,
} from '../../src/index.js';
import { FakeDiscord, type RecordedRequest, user } from '../../support/fake-discord.js';
import { startTestServices } from '../../support/test-services.js';
import { allText, callbackData, ephemeralFlag, type SentMessage, sentMessage, token } from './helpers.js';

const asker = user('300000000000000001', 'asker');
const maintainer = user('300000000000000002', 'maint');

let fake: FakeDiscord;
let services: BotServices;
let running: RunningAdapter | undefined;
let notifier: ChangeNotifier;
let dir: string;

afterEach(async () => {
  await running?.stop();
  running = undefined;
  notifier.close();
  services.live.close();
  await fake.close();
});

async function start(): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'sovbot-discord-corrections-'));
  cpSync(defaultCorpusDir, dir, { recursive: true });
  fake = await FakeDiscord.start();
  ({ services } = await startTestServices({
    DISCORD_TOKEN: token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    SOVBOT_CORPUS_DIR: dir,
    SOVBOT_MAINTAINERS: maintainer.id,
  }));
  notifier = new ChangeNotifier(services.live, services.store, services.logger, {
    retentionDays: 90,
    retryMs: 10,
  });
  services.notifier = notifier;
  running = await startDiscord(services, { rest: { retries: 0, timeout: 5000 }, readyTimeoutMs: 5000 });
}

function interact(payload: { id: string; token: string }): Promise<RecordedRequest> {
  const since = fake.requests.length;
  fake.dispatch('INTERACTION_CREATE', payload);
  return fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.path === `/interactions/${payload.id}/${payload.token}/callback` &&
      r.status < 300,
    { since },
  );
}

function editFile(dealId: string, edit: (yaml: string) => string): void {
  const file = path.join(dir, 'deals', `${dealId}.yaml`);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

function setFactText(yaml: string, factId: string, change: (text: string) => string): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => line.trim() === `- id: ${factId}`);
  const textAt = lines.findIndex((line, i) => i > at && line.trim().startsWith('text:'));
  const [, indent, text] = /^(\s*text: )(.*)$/.exec(lines[textAt] as string) ?? [];
  lines[textAt] = `${indent}${change(text as string)}`;
  return lines.join('\n');
}

async function reload(): Promise<void> {
  expect((await services.live.reload()).ok).toBe(true);
  await notifier.idle();
}

const channelPosts = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages`);

describe('Discord corrections', () => {
  it('replies exactly once to an answer whose cited fact changed, with the new sentence and its sources; not for a spelling-only edit', async () => {
    await start();
    const callback = await interact(
      fake.command('ask', [{ type: 3, name: 'question', value: 'Who runs Bleu?' }], asker),
    );
    const messageId = (callback.response as { interaction?: { response_message_id?: string } }).interaction
      ?.response_message_id;
    expect(messageId).toBeDefined();
    const allFacts = services.live.engine.corpus.deals.flatMap((d) => d.facts.map((f) => f.id));
    let answer: AnswerRecord | undefined;
    for (let i = 0; i < 100 && answer === undefined; i++) {
      [answer] = await services.store.answersCiting(allFacts, 0);
      if (answer === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(answer).toMatchObject({ platform: 'discord', channel: fake.channelId, thread: messageId });
    const factId = answer?.facts[0]?.id as string;
    const deal = services.live.engine.corpus.deals.find((d) => d.facts.some((f) => f.id === factId));
    if (deal === undefined) throw new Error('cited fact not found');
    const urls = deal.facts
      .find((f) => f.id === factId)
      ?.sources.map((id) => deal.sources.find((s) => s.id === id)?.url as string);

    editFile(deal.id, (yaml) =>
      setFactText(yaml, factId, (text) => text.toUpperCase().replace(/\./g, ' ! ')),
    );
    await reload();
    expect(channelPosts()).toEqual([]);

    editFile(deal.id, (yaml) =>
      setFactText(yaml, factId, () => 'Bleu obtained a test qualification in 2031.'),
    );
    await reload();
    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    const body = sentMessage(posts[0] as RecordedRequest);
    expect(body.message_reference?.message_id).toBe(messageId);
    expect(body.allowed_mentions?.parse).toEqual([]);
    expect(body.embeds?.[0]?.title).toBe('Update');
    expect(body.embeds?.[0]?.description).toMatch(/^Bleu obtained a test qualification in 2031\. \[1\]/);
    for (const url of urls ?? []) expect(allText(body)).toContain(url);
    expect(body.components ?? []).toEqual([]);
  });

  it('refuses /follow from a member who is neither maintainer nor channel manager; a maintainer’s follow gets one summary on a status change', async () => {
    await start();
    const deal = services.live.engine.corpus.deals.find((d) => d.status === 'announced');
    if (deal === undefined) throw new Error('no announced deal');
    const refused: SentMessage = callbackData(
      await interact(fake.command('follow', [{ type: 3, name: 'deal', value: deal.id }], asker)),
    );
    expect(refused.flags).toBe(ephemeralFlag);
    expect(refused.content).toContain('maintainers');
    expect(await services.store.follows()).toEqual([]);

    // Autocomplete offers deals as /deal does.
    const choices = callbackData(
      await interact(
        fake.autocomplete(
          'follow',
          [{ type: 3, name: 'deal', value: deal.title.slice(0, 12), focused: true }],
          maintainer,
        ),
      ),
    ).choices;
    expect(choices?.map((c) => c.value)).toContain(deal.id);

    const followed = callbackData(
      await interact(fake.command('follow', [{ type: 3, name: 'deal', value: deal.id }], maintainer)),
    );
    expect(followed.flags).toBe(ephemeralFlag);
    expect(followed.content).toContain('now follows');
    const list = callbackData(await interact(fake.command('follows', [], maintainer)));
    expect(list.content).toContain(deal.title);

    editFile(deal.id, (yaml) => yaml.replace(/^status: announced$/m, 'status: cancelled'));
    await reload();
    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    const body = sentMessage(posts[0] as RecordedRequest);
    expect(body.content).toContain('status announced → cancelled');
    expect(body.message_reference).toBeUndefined();
  });
});
