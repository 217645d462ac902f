// The store contract: the embedded store and the PostgreSQL store (a real server, started here) must
// behave the same, so each case runs against both.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore, type NewSuggestion, type StateStore } from '../../src/index.js';
import { migrations } from '../../src/store/migrations.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { type PostgresServer, startPostgres } from '../../support/postgres-server.js';

interface Backend {
  /** A new, empty install. */
  create(): Promise<string>;
  /** Opens the install `where` (again). */
  open(where: string): Promise<StateStore>;
}

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

const backends: Array<[string, Backend]> = [
  [
    'embedded',
    {
      create: async () => mkdtempSync(path.join(tmpdir(), 'sovbot-store-')),
      open: async (dir) => new EmbeddedStore(dir),
    },
  ],
  [
    'postgres',
    {
      create: () => server.createDatabase(),
      open: (url) => PostgresStore.open(url),
    },
  ],
];

const T0 = Date.parse('2026-12-04T12:00:00Z');

describe.each(backends)('%s store', (_name, backend) => {
  async function fresh(): Promise<{ store: StateStore; where: string }> {
    const where = await backend.create();
    return { store: await backend.open(where), where };
  }

  it('gives a lease to one holder until it expires, per space and key', async () => {
    const { store } = await fresh();
    expect(await store.lease('claim', 'slack:C1:1.1', T0 + 1000, T0)).toBe(0);
    expect(await store.lease('claim', 'slack:C1:1.1', T0 + 5000, T0 + 400)).toBe(600);
    // Another key, or the same key in another space, is free.
    expect(await store.lease('claim', 'slack:C1:1.2', T0 + 1000, T0)).toBe(0);
    expect(await store.lease('cooldown', 'slack:C1:1.1', T0 + 1000, T0)).toBe(0);
    // Expired: the next one takes it, from then on.
    expect(await store.lease('claim', 'slack:C1:1.1', T0 + 3000, T0 + 1000)).toBe(0);
    expect(await store.lease('claim', 'slack:C1:1.1', T0 + 9000, T0 + 2000)).toBe(1000);
    await store.close();
  });

  it('gives a contested lease to exactly one of many concurrent takers', async () => {
    const { store } = await fresh();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => store.lease('claim', 'slack:C1:9.9', T0 + 60_000, T0)),
    );
    expect(results.filter((wait) => wait === 0)).toHaveLength(1);
    expect(results.every((wait) => wait === 0 || wait === 60_000)).toBe(true);
    await store.close();
  });

  it('keeps a value until it expires, replaced by the next put, separate per space', async () => {
    const { store } = await fresh();
    const memory = { dealId: 'd1', deals: ['d1'], lang: 'fr' };
    expect(await store.get('memory', 'slack:C1:1.1', T0)).toBeUndefined();
    await store.put('memory', 'slack:C1:1.1', memory, T0 + 1000);
    expect(await store.get('memory', 'slack:C1:1.1', T0 + 999)).toEqual(memory);
    expect(await store.get('vote', 'slack:C1:1.1', T0)).toBeUndefined();
    expect(await store.get('memory', 'slack:C1:1.1', T0 + 1000)).toBeUndefined();
    await store.put('memory', 'slack:C1:1.1', { ...memory, dealId: 'd2' }, T0 + 5000);
    expect(await store.get('memory', 'slack:C1:1.1', T0 + 2000)).toMatchObject({ dealId: 'd2' });
    await store.close();
  });

  it('appends records durably, hashing user ids the same way after a restart, never storing the raw id', async () => {
    const { store, where } = await fresh();
    await store.append({
      platform: 'slack',
      userId: 'U0SECRET',
      kind: 'down',
      question: 'q1',
      factIds: ['f1'],
    });
    await store.append({
      platform: 'discord',
      userId: 'U0SECRET',
      kind: 'no-answer',
      question: 'q2',
      reason: 'off-topic',
    });
    const hash = store.hashUser('slack', 'U0SECRET');
    await store.close();
    const again = await backend.open(where);
    const records = await again.read();
    expect(records.map((r) => [r.platform, r.kind, r.question])).toEqual([
      ['slack', 'down', 'q1'],
      ['discord', 'no-answer', 'q2'],
    ]);
    expect(records[0]).toMatchObject({ user: hash, factIds: ['f1'] });
    expect(records[1]).toMatchObject({ reason: 'off-topic' });
    expect(records[1]).not.toHaveProperty('factIds');
    expect(again.hashUser('slack', 'U0SECRET')).toBe(hash);
    expect(again.hashUser('discord', 'U0SECRET')).not.toBe(hash);
    expect(JSON.stringify(records)).not.toContain('U0SECRET');
    await again.close();
    // Another install cannot link the same user.
    const other = await fresh();
    expect(other.store.hashUser('slack', 'U0SECRET')).not.toBe(hash);
    await other.store.close();
  });

  it('reads records since a date and prunes those past the retention period, and expired state', async () => {
    const { store } = await fresh();
    const record = (question: string, at: string) =>
      store.append({ platform: 'cli', userId: 'x', kind: 'no-answer', question, at: new Date(at) });
    await record('old', '2026-01-01T00:00:00Z');
    await record('new', '2026-11-28T00:00:00Z');
    expect((await store.read(new Date('2026-11-01'))).map((r) => r.question)).toEqual(['new']);
    await store.put('memory', 'gone', { lang: 'en', deals: [] }, Date.parse('2026-11-01'));
    expect(await store.prune(90, new Date('2026-11-29'))).toBe(1);
    expect((await store.read()).map((r) => r.question)).toEqual(['new']);
    expect(await store.get('memory', 'gone', 0)).toBeUndefined();
    await store.close();
  });

  it('numbers suggestions, keeps them whole across a restart, lists the open ones and closes one', async () => {
    const { store, where } = await fresh();
    const deal = await store.addSuggestion({
      platform: 'slack',
      userId: 'U0SECRET',
      kind: 'deal',
      dealIds: [],
      factIds: [],
      what: 'Spain moved its tax agency to a national cloud',
      link: 'https://example.org/spain',
      note: 'Announced in November',
      at: new Date('2026-12-01T10:00:00Z'),
    });
    const correction = await store.addSuggestion({
      platform: 'discord',
      userId: 'U0OTHER',
      kind: 'correction',
      dealIds: ['d1'],
      factIds: ['d1-value', 'd1-date'],
      what: 'The value is EUR 20m, not 10m',
      link: 'http://example.org/d1',
    });
    expect(deal).toMatchObject({
      at: '2026-12-01T10:00:00.000Z',
      status: 'open',
      user: store.hashUser('slack', 'U0SECRET'),
    });
    expect(deal.id).toBeGreaterThan(0);
    expect(correction.id).toBeGreaterThan(deal.id);
    expect(correction).not.toHaveProperty('note');
    expect(correction).not.toHaveProperty('closedAt');
    await store.close();

    const again = await backend.open(where);
    expect(await again.listSuggestions()).toEqual([deal, correction]);
    expect(await again.getSuggestion(correction.id)).toEqual(correction);
    expect(await again.getSuggestion(correction.id + 100)).toBeUndefined();
    const closed = await again.closeSuggestion(deal.id, new Date('2026-12-03T00:00:00Z'));
    expect(closed).toEqual({ ...deal, status: 'closed', closedAt: '2026-12-03T00:00:00.000Z' });
    // Closing again changes nothing; closing a suggestion that does not exist finds none.
    expect(await again.closeSuggestion(deal.id, new Date('2026-12-04T00:00:00Z'))).toEqual(closed);
    expect(await again.closeSuggestion(correction.id + 100)).toBeUndefined();
    expect(await again.listSuggestions('open')).toEqual([correction]);
    expect(await again.listSuggestions('closed')).toEqual([closed]);
    expect(JSON.stringify(await again.listSuggestions())).not.toContain('U0SECRET');
    // The next number follows the highest, also after a restart.
    const third = await again.addSuggestion({
      platform: 'cli',
      userId: 'x',
      kind: 'deal',
      dealIds: [],
      factIds: [],
      what: 'third',
      link: 'https://example.org/3',
    });
    expect(third.id).toBeGreaterThan(correction.id);
    await again.close();
  });

  it('prunes suggestions closed before the retention period, never open ones', async () => {
    const { store } = await fresh();
    const base: Omit<NewSuggestion, 'what'> = {
      platform: 'cli',
      userId: 'x',
      kind: 'deal',
      dealIds: [],
      factIds: [],
      link: 'https://e.org',
    };
    const old = await store.addSuggestion({ ...base, what: 'old', at: new Date('2026-01-01') });
    const open = await store.addSuggestion({ ...base, what: 'open', at: new Date('2026-01-01') });
    const recent = await store.addSuggestion({ ...base, what: 'recent', at: new Date('2026-01-01') });
    await store.closeSuggestion(old.id, new Date('2026-02-01'));
    await store.closeSuggestion(recent.id, new Date('2026-11-20'));
    await store.prune(90, new Date('2026-11-29'));
    expect((await store.listSuggestions()).map((s) => [s.what, s.status])).toEqual([
      ['open', 'open'],
      ['recent', 'closed'],
    ]);
    expect(await store.getSuggestion(open.id)).toMatchObject({ what: 'open' });
    // A pruned number is never given again, even the highest.
    await store.prune(90, new Date('2027-03-01'));
    expect((await store.listSuggestions()).map((s) => s.what)).toEqual(['open']);
    const next = await store.addSuggestion({ ...base, what: 'next' });
    expect(next.id).toBeGreaterThan(recent.id);
    await store.close();
  });

  it('keeps answers with their cited facts, finds those citing a fact, replaces per place, prunes by age', async () => {
    const { store, where } = await fresh();
    const day = 86_400_000;
    const answer = (thread: string, ids: string[], at: number) => ({
      platform: 'slack' as const,
      channel: 'C1',
      thread,
      lang: 'fr',
      facts: ids.map((id) => ({ id, hash: `h-${id}` })),
      at,
    });
    await store.recordAnswer(answer('1.1', ['deal-a#f1', 'deal-a#f2'], T0 - 100 * day));
    await store.recordAnswer(answer('2.2', ['deal-b#f1'], T0 - day));
    await store.recordAnswer({ ...answer('3.3', ['deal-a#f2'], T0), platform: 'discord' });
    expect(await store.answersCiting([], 0)).toEqual([]);
    expect((await store.answersCiting(['deal-a#f2'], 0)).map((a) => a.thread)).toEqual(['1.1', '3.3']);
    expect(
      (await store.answersCiting(['deal-a#f2', 'deal-b#f1'], T0 - 2 * day)).map((a) => a.thread),
    ).toEqual(['2.2', '3.3']);
    const [found] = await store.answersCiting(['deal-b#f1'], 0);
    expect(found).toEqual(answer('2.2', ['deal-b#f1'], T0 - day));
    // A second record for one place replaces the first.
    await store.recordAnswer(answer('2.2', ['deal-c#f9'], T0));
    expect(await store.answersCiting(['deal-b#f1'], 0)).toEqual([]);
    await store.close();
    const again = await backend.open(where);
    expect((await again.answersCiting(['deal-c#f9'], 0)).map((a) => a.thread)).toEqual(['2.2']);
    await again.prune(90, new Date(T0));
    expect((await again.answersCiting(['deal-a#f1', 'deal-a#f2'], 0)).map((a) => a.thread)).toEqual(['3.3']);
    await again.close();
    const third = await backend.open(where);
    expect(await third.answersCiting(['deal-a#f1'], 0)).toEqual([]);
    await third.close();
  });

  it('subscribes a channel to a deal once, lists and ends subscriptions, across a restart', async () => {
    const { store, where } = await fresh();
    expect(await store.follow({ platform: 'slack', channel: 'C1', dealId: 'deal-b', at: T0 })).toBe(true);
    expect(await store.follow({ platform: 'slack', channel: 'C1', dealId: 'deal-b', at: T0 + 1 })).toBe(
      false,
    );
    expect(await store.follow({ platform: 'slack', channel: 'C1', dealId: 'deal-a', at: T0 })).toBe(true);
    expect(await store.follow({ platform: 'discord', channel: 'C1', dealId: 'deal-a', at: T0 })).toBe(true);
    expect((await store.follows({ platform: 'slack', channel: 'C1' })).map((f) => f.dealId)).toEqual([
      'deal-a',
      'deal-b',
    ]);
    expect((await store.follows()).map((f) => [f.dealId, f.platform])).toEqual([
      ['deal-a', 'discord'],
      ['deal-a', 'slack'],
      ['deal-b', 'slack'],
    ]);
    expect(await store.unfollow('slack', 'C1', 'deal-a')).toBe(true);
    expect(await store.unfollow('slack', 'C1', 'deal-a')).toBe(false);
    // Pruning answers keeps subscriptions.
    await store.prune(1, new Date(T0 + 10 * 86_400_000));
    await store.close();
    const again = await backend.open(where);
    expect(await again.follows({ platform: 'slack', channel: 'C1' })).toEqual([
      { platform: 'slack', channel: 'C1', dealId: 'deal-b', at: T0 },
    ]);
    expect((await again.follows()).map((f) => f.platform)).toEqual(['discord', 'slack']);
    await again.close();
  });
});

describe('PostgreSQL migrations', () => {
  it('apply once, in order, even when two replicas start together on an empty database', async () => {
    const url = await server.createDatabase();
    const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    // Both replicas hash alike: they read the one key the first of them wrote.
    expect(a.hashUser('slack', 'U1')).toBe(b.hashUser('slack', 'U1'));
    await Promise.all([a.close(), b.close()]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM sovbot_migrations ORDER BY version',
    );
    await client.end();
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
  });

  it('roll back a failing migration whole and say which one failed', async () => {
    const url = await server.createDatabase();
    const broken = [
      ...migrations,
      { version: 999, name: 'broken', sql: 'CREATE TABLE half (x int); SELECT nope;' },
    ];
    await expect(PostgresStore.open(url, { migrations: broken })).rejects.toThrow(
      /migration 999 \(broken\) failed/,
    );
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const half = await client.query("SELECT to_regclass('half') AS t");
    const versions = await client.query<{ version: number }>('SELECT version FROM sovbot_migrations');
    await client.end();
    expect(half.rows[0]).toEqual({ t: null });
    expect(versions.rows.map((r) => r.version)).not.toContain(999);
  });
});
