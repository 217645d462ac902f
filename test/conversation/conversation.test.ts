import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerWithMemory,
  Conversation,
  type LiveEngine,
  memoryOf,
  namesKnownSubject,
  parseConfig,
  type StateStore,
  secretsOf,
} from '../../src/index.js';
import { createTestServices, startLive } from '../../support/test-services.js';

let live: LiveEngine;
beforeAll(async () => {
  live = await startLive();
});
afterAll(() => live.close());

describe('the follow-up rule', () => {
  it('remembers one deal after a one-deal answer, none (only the list) after a list', () => {
    const one = answerWithMemory(live.engine, 'Who runs Bleu?', undefined, undefined).answer;
    expect(memoryOf(one)).toEqual({
      dealId: 'france-bleu-orange-capgemini-microsoft-2021',
      deals: ['france-bleu-orange-capgemini-microsoft-2021'],
      lang: 'en',
    });
    const list = answerWithMemory(live.engine, 'which deals involve AWS?', undefined, undefined).answer;
    const memory = memoryOf(list);
    expect(memory?.dealId).toBeUndefined();
    expect(memory?.deals.length).toBeGreaterThan(1);
    // A no-answer changes nothing: the conversation stays where it was.
    expect(
      memoryOf(answerWithMemory(live.engine, 'who won the world cup?', undefined, undefined).answer),
    ).toBe(undefined);
  });

  it('tells a question that names a deal, a party or an alias from one that names nothing', () => {
    for (const named of [
      'Who is behind Bleu?',
      'What is Gaia-X?',
      "Tell me about Microsoft's commitments",
      'Et S3NS ?',
    ])
      expect(namesKnownSubject(live.engine, named), named).toBe(true);
    for (const bare of [
      'and when was it signed?',
      'et combien ?',
      'how much was it worth?',
      'who criticised it?',
    ])
      expect(namesKnownSubject(live.engine, bare), bare).toBe(false);
  });

  it('uses the remembered language only when the question does not tell', () => {
    const memory = { dealId: 'uk-intelligence-agencies-aws-2021', deals: [], lang: 'fr' as const };
    expect(answerWithMemory(live.engine, '2021 ?', memory, 'en').answer.lang).toBe('fr');
    expect(answerWithMemory(live.engine, 'and how much was it worth?', memory, 'fr').answer.lang).toBe('en');
  });
});

describe('Conversation', () => {
  it('still answers when the store fails, and says so in the log', async () => {
    const t = createTestServices(live, {});
    const failing = new Proxy(t.services.store, {
      get(target, name: keyof StateStore) {
        const value = target[name];
        if (typeof value !== 'function' || name === 'hashUser') return value;
        return () => Promise.reject(new Error('connection refused'));
      },
    });
    const conversation = new Conversation({ ...t.services, store: failing });
    const result = await conversation.ask({
      platform: 'slack',
      userId: 'U1',
      text: 'Who runs Bleu?',
      threadKey: 'C1:1',
    });
    expect(result.kind === 'answer' && result.answer.kind).toBe('answered');
    expect(t.logged('STORE_FAILED').length).toBeGreaterThan(0);
    t.cleanup();
  });

  it('claims a delivery once, whoever asks again', async () => {
    const t = createTestServices(live, {});
    const a = new Conversation(t.services);
    const b = new Conversation(t.services);
    expect(
      await Promise.all([a.claim('slack:C1:1.1'), b.claim('slack:C1:1.1'), a.claim('slack:C1:1.2')]),
    ).toEqual([true, false, true]);
    t.cleanup();
  });

  it('records a 👍 by vote key once the key is known, and reports an unknown key', async () => {
    const t = createTestServices(live, {});
    const conversation = new Conversation(t.services);
    const result = await conversation.ask({ platform: 'discord', userId: 'U1', text: 'Who runs Bleu?' });
    if (result.kind !== 'answer' || result.voteKey === undefined) throw new Error('expected a vote key');
    expect(await conversation.vote('discord', 'U2', 'up', result.voteKey)).toBe(true);
    expect(await conversation.vote('discord', 'U2', 'up', 'unknown-key')).toBe(false);
    const votes = (await t.services.store.read()).filter((r) => r.kind === 'up');
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ question: 'Who runs Bleu?', platform: 'discord' });
    t.cleanup();
  });
});

describe('SOVBOT_DATABASE_URL', () => {
  it('accepts only postgres URLs, and its password is a secret kept out of logs', () => {
    const parse = (url: string) => parseConfig({ SOVBOT_DATABASE_URL: url }, { corpusDir: 'corpus' });
    expect(parse('mysql://x@h/db')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^SOVBOT_DATABASE_URL:/)],
    });
    const parsed = parse('postgres://sovbot:s3cr%40t@db.internal:5432/sovbot');
    if (!parsed.ok) throw new Error(parsed.errors.join());
    expect(parsed.config.databaseUrl).toBe('postgres://sovbot:s3cr%40t@db.internal:5432/sovbot');
    expect(secretsOf(parsed.config)).toEqual(expect.arrayContaining(['s3cr@t', 's3cr%40t']));
  });
});
