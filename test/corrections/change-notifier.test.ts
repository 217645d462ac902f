// Corrections and follow summaries, end to end in the core: a real Conversation records an answer, a
// cited fact's file is edited in a private corpus copy, the LiveEngine reloads, and the notifier asks
// the registered sender to post exactly what the change calls for.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ChangeNotifier,
  type ChangeSender,
  Conversation,
  type Correction,
  comparableText,
  correctionText,
  type DealChange,
  defaultCorpusDir,
  type FollowRecord,
  followSummaryText,
  LiveEngine,
  silentLogger,
} from '../../src/index.js';
import { createTestServices } from '../../support/test-services.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-corrections-'));
  cpSync(defaultCorpusDir, dir, { recursive: true });
  const live = await LiveEngine.start(dir, silentLogger());
  if (!(live instanceof LiveEngine)) throw new Error('corpus copy invalid');
  const test = createTestServices(live, {});
  const conversation = new Conversation(test.services);
  const notifier = new ChangeNotifier(live, test.services.store, test.services.logger, {
    retentionDays: 90,
    retryMs: 1,
  });
  const posted: Array<{ correction?: Correction; follow?: FollowRecord; change?: DealChange }> = [];
  const sender: ChangeSender = {
    intervalMs: 0,
    correct: async (correction) => void posted.push({ correction }),
    summarise: async (follow, change) => void posted.push({ follow, change }),
  };
  notifier.register('slack', sender);
  cleanups.push(() => {
    notifier.close();
    live.close();
    test.cleanup();
  });
  /** Edits the deal file holding `factId`: `edit` gets and returns the file text. */
  const editDeal = (dealId: string, edit: (yaml: string) => string) => {
    const file = path.join(dir, 'deals', `${dealId}.yaml`);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
  };
  const reload = async () => {
    const result = await live.reload();
    expect(result.ok).toBe(true);
    await notifier.idle();
  };
  return { live, conversation, notifier, posted, editDeal, reload, store: test.services.store };
}

async function answerInThread(conversation: Conversation, question: string, thread: string) {
  const result = await conversation.ask({ platform: 'slack', userId: 'U1', text: question });
  if (result.kind !== 'answer' || result.answer.kind !== 'answered') throw new Error('no answer');
  await result.sent(undefined, { channel: 'C1', thread });
  return result.answer;
}

/** Replaces the line `text: …` of fact `factId` in a deal file. */
function replaceFactText(yaml: string, factId: string, change: (text: string) => string): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => line.trim() === `- id: ${factId}`);
  expect(at).toBeGreaterThanOrEqual(0);
  const textAt = lines.findIndex((line, i) => i > at && line.trim().startsWith('text:'));
  const line = lines[textAt] as string;
  const [, indent, text] = /^(\s*text: )(.*)$/.exec(line) ?? [];
  lines[textAt] = `${indent}${change(text as string)}`;
  return lines.join('\n');
}

describe('the comparison that decides whether an edit is a correction', () => {
  it('ignores case, punctuation, accents and spacing, and nothing else', () => {
    const base = 'Bleu obtained SecNumCloud qualification in 2025.';
    for (const same of [
      'bleu obtained secnumcloud qualification in 2025',
      'Bleu  obtained SecNumCloud, qualification in 2025 !',
      'Bléu obtained SecNumCloud qualification in 2025.',
    ])
      expect(comparableText(same), same).toBe(comparableText(base));
    for (const other of [
      'Bleu obtained SecNumCloud qualification in 2026.',
      'Bleu sought SecNumCloud qualification in 2025.',
      'Bleu obtained SecNumCloud qualification.',
    ])
      expect(comparableText(other), other).not.toBe(comparableText(base));
  });
});

describe('corrections after a reload', () => {
  it('posts exactly one correction under an answer whose cited fact changed, with the new sentence and its sources', async () => {
    const { conversation, posted, editDeal, reload } = await setup();
    const answer = await answerInThread(conversation, 'Who runs Bleu?', '1700000000.000100');
    const cited = answer.statements[0];
    if (cited === undefined) throw new Error('no statement');
    // Another answer, on another deal, must not be corrected.
    await answerInThread(
      conversation,
      'What did the UK intelligence agencies buy from AWS?',
      '1700000000.000200',
    );
    editDeal(cited.dealId, (yaml) =>
      replaceFactText(
        yaml,
        cited.factId,
        () => 'Bleu obtained its qualification in 2031, according to the test.',
      ),
    );
    await reload();
    const corrections = posted.flatMap((p) => (p.correction ? [p.correction] : []));
    expect(corrections).toHaveLength(1);
    const [correction] = corrections;
    expect(correction?.answer).toMatchObject({
      platform: 'slack',
      channel: 'C1',
      thread: '1700000000.000100',
      lang: 'en',
    });
    expect(correction?.update.statements.map((s) => s.text)).toEqual([
      'Bleu obtained its qualification in 2031, according to the test.',
    ]);
    expect(correction?.update.citations.length).toBeGreaterThan(0);
    const text = correctionText(correction as Correction);
    expect(text).toMatch(/^Update: Bleu obtained its qualification in 2031, according to the test\. \[1\]/);
    expect(text).toContain(correction?.update.citations[0]?.url);
    // Reloading the same corpus again sends nothing more.
    posted.length = 0;
    await reload();
    expect(posted).toEqual([]);
  });

  it('sends none for an edit that only changes case, punctuation or spacing', async () => {
    const { conversation, posted, editDeal, reload } = await setup();
    const answer = await answerInThread(conversation, 'Who runs Bleu?', '1700000000.000300');
    const cited = answer.statements[0];
    if (cited === undefined) throw new Error('no statement');
    editDeal(cited.dealId, (yaml) =>
      replaceFactText(yaml, cited.factId, (text) => `${text.toUpperCase().replace(/[.,]/g, ' ')}  `),
    );
    await reload();
    expect(posted).toEqual([]);
  });

  it('writes the correction in the answer’s language and says when a cited fact was withdrawn', async () => {
    const { conversation, posted, editDeal, reload } = await setup();
    const answer = await answerInThread(conversation, 'Qui est derrière Bleu ?', '1700000000.000400');
    expect(answer.lang).toBe('fr');
    const cited = answer.statements[0];
    if (cited === undefined) throw new Error('no statement');
    editDeal(cited.dealId, (yaml) => {
      const lines = yaml.split('\n');
      const at = lines.findIndex((line) => line.trim() === `- id: ${cited.factId}`);
      let end = at + 1;
      while (
        end < lines.length &&
        !/^\s*- id: /.test(lines[end] as string) &&
        /^\s{3,}/.test(lines[end] as string)
      )
        end++;
      lines.splice(at, end - at);
      return lines.join('\n');
    });
    await reload();
    const corrections = posted.flatMap((p) => (p.correction ? [p.correction] : []));
    expect(corrections).toHaveLength(1);
    expect(correctionText(corrections[0] as Correction)).toMatch(/^Mise à jour: .*retiré/);
  });
});

describe('follows', () => {
  it('posts one summary in each following channel when a followed deal’s status changes, none for others', async () => {
    const { store, posted, editDeal, reload, live } = await setup();
    const deal = live.engine.corpus.deals.find((d) => d.status === 'announced');
    if (deal === undefined) throw new Error('no announced deal');
    await store.follow({ platform: 'slack', channel: 'C9', dealId: deal.id, at: 0 });
    await store.follow({ platform: 'slack', channel: 'C8', dealId: 'some-other-deal', at: 0 });
    editDeal(deal.id, (yaml) => yaml.replace(/^status: announced$/m, 'status: cancelled'));
    await reload();
    expect(posted.map((p) => p.follow?.channel)).toEqual(['C9']);
    const change = posted[0]?.change as DealChange;
    expect(change.status).toEqual({ from: 'announced', to: 'cancelled' });
    expect(followSummaryText(change)).toContain('status announced → cancelled');
  });
});
