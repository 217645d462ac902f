// Corrections and follows through the real Bolt app (Socket Mode) against the fake Slack on 127.0.0.1,
// on a private copy of the corpus that the test edits and reloads.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-bot.js';
import {
  type AnswerRecord,
  ChangeNotifier,
  defaultCorpusDir,
  LiveEngine,
  silentLogger,
} from '../../src/index.js';
import { commandPayload, eventEnvelope, FakeSlack, fakeIds } from '../../support/fake-slack.js';
import { createTestServices, type TestServices } from '../../support/test-services.js';

let fake: FakeSlack;
let bot: RunningSlack | undefined;
let t: TestServices;
let live: LiveEngine;
let notifier: ChangeNotifier;
let dir: string;

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  await fake.close();
  notifier.close();
  live.close();
  t.cleanup();
});

async function start(): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'sovbot-slack-corrections-'));
  cpSync(defaultCorpusDir, dir, { recursive: true });
  const started = await LiveEngine.start(dir, silentLogger());
  if (!(started instanceof LiveEngine)) throw new Error('corpus copy invalid');
  live = started;
  fake = await FakeSlack.start();
  t = createTestServices(live, {
    SLACK_BOT_TOKEN: 'xoxb-1-2-bot',
    SLACK_APP_TOKEN: 'xapp-1-A0APP-3-app',
    SLACK_API_URL: fake.apiUrl,
    SOVBOT_MAINTAINERS: 'UMAINT',
  });
  notifier = new ChangeNotifier(live, t.services.store, t.services.logger, {
    retentionDays: 90,
    retryMs: 10,
  });
  t.services.notifier = notifier;
  bot = await startSlack(t.services, { retryConfig: { retries: 0 }, clientPingTimeout: 300 });
}

function editFile(dealId: string, edit: (yaml: string) => string): void {
  const file = path.join(dir, 'deals', `${dealId}.yaml`);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

/** Rewrites the `text:` line of one fact. */
function setFactText(yaml: string, factId: string, change: (text: string) => string): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => line.trim() === `- id: ${factId}`);
  const textAt = lines.findIndex((line, i) => i > at && line.trim().startsWith('text:'));
  const [, indent, text] = /^(\s*text: )(.*)$/.exec(lines[textAt] as string) ?? [];
  lines[textAt] = `${indent}${change(text as string)}`;
  return lines.join('\n');
}

async function reload(): Promise<void> {
  expect((await live.reload()).ok).toBe(true);
  await notifier.idle();
}

describe('Slack corrections', () => {
  it('posts exactly one correction in the thread of an answer whose cited fact changed; none for a spelling-only edit', async () => {
    await start();
    await fake.push(
      'events_api',
      eventEnvelope('EvC1', {
        type: 'app_mention',
        user: 'UASKER',
        text: `<@${fakeIds.botUser}> Who runs Bleu?`,
        ts: '1700003000.000100',
        channel: 'C0GENERAL',
      }),
    );
    await fake.waitForCall('chat.postMessage');
    // The answer is recorded right after it is posted.
    const allFacts = live.engine.corpus.deals.flatMap((d) => d.facts.map((f) => f.id));
    let answer: AnswerRecord | undefined;
    for (let i = 0; i < 100 && answer === undefined; i++) {
      [answer] = await t.services.store.answersCiting(allFacts, 0);
      if (answer === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(answer).toMatchObject({ platform: 'slack', channel: 'C0GENERAL', thread: '1700003000.000100' });
    const factId = answer?.facts[0]?.id as string;
    const deal = live.engine.corpus.deals.find((d) => d.facts.some((f) => f.id === factId));
    if (deal === undefined) throw new Error('cited fact not found');
    const sourceUrls = deal.facts
      .find((f) => f.id === factId)
      ?.sources.map((id) => deal.sources.find((s) => s.id === id)?.url);

    // Spelling only: case, punctuation, spacing. Nothing posted.
    editFile(deal.id, (yaml) =>
      setFactText(yaml, factId, (text) => `${text.toLowerCase().replace(/,/g, '')} `),
    );
    await reload();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);

    editFile(deal.id, (yaml) =>
      setFactText(yaml, factId, () => 'Bleu obtained a test qualification in 2031.'),
    );
    await reload();
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    const correction = posts[1];
    expect(correction?.args.channel).toBe('C0GENERAL');
    expect(correction?.args.thread_ts).toBe('1700003000.000100');
    expect(correction?.args.text).toMatch(/^Update: Bleu obtained a test qualification in 2031\. \[1\]/);
    const blocks = JSON.stringify(correction?.args.blocks);
    for (const url of sourceUrls ?? []) expect(blocks).toContain(url);
    expect(blocks).not.toContain('sovbot_answer_actions');
  });

  it('refuses a non-maintainer’s follow (ephemeral); a maintainer’s followed deal gets one summary on a status change', async () => {
    await start();
    const deal = live.engine.corpus.deals.find((d) => d.status === 'announced');
    if (deal === undefined) throw new Error('no announced deal');
    await fake.push(
      'slash_commands',
      commandPayload({
        text: `follow ${deal.id}`,
        user: 'UOTHER',
        responseUrl: fake.responseUrl('r1'),
        channel: 'C0DEALS',
      }),
    );
    const refused = await fake.waitForResponse('r1');
    expect(refused.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(refused.body)).toContain('maintainers only');
    expect(await t.services.store.follows()).toEqual([]);

    await fake.push(
      'slash_commands',
      commandPayload({
        text: `follow ${deal.title}`,
        user: 'UMAINT',
        responseUrl: fake.responseUrl('r2'),
        channel: 'C0DEALS',
      }),
    );
    const followed = await fake.waitForResponse('r2');
    expect(followed.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(followed.body)).toContain('now follows');
    await fake.push(
      'slash_commands',
      commandPayload({
        text: 'follows',
        user: 'UMAINT',
        responseUrl: fake.responseUrl('r3'),
        channel: 'C0DEALS',
      }),
    );
    expect(JSON.stringify((await fake.waitForResponse('r3')).body)).toContain(deal.title);

    editFile(deal.id, (yaml) => yaml.replace(/^status: announced$/m, 'status: cancelled'));
    await reload();
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe('C0DEALS');
    expect(posts[0]?.args.thread_ts).toBeUndefined();
    expect(posts[0]?.args.text).toContain('status announced → cancelled');
  });
});
