// Two replicas (two LiveEngines, two notifiers) sharing one PostgreSQL store, started here on
// 127.0.0.1: after the same edit both reload, and exactly one of them posts each correction and summary.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ChangeNotifier,
  type ChangeSender,
  Conversation,
  defaultCorpusDir,
  LiveEngine,
  silentLogger,
} from '../../src/index.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { type PostgresServer, startPostgres } from '../../support/postgres-server.js';
import { createTestServices } from '../../support/test-services.js';

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

it('sends each correction and each follow summary from exactly one replica', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-replicas-'));
  cpSync(defaultCorpusDir, dir, { recursive: true });
  const url = await server.createDatabase();
  const posts: string[] = [];
  const replicas = await Promise.all(
    ['a', 'b'].map(async (name) => {
      const live = await LiveEngine.start(dir, silentLogger());
      if (!(live instanceof LiveEngine)) throw new Error('corpus copy invalid');
      const store = await PostgresStore.open(url);
      const test = createTestServices(live, {});
      const notifier = new ChangeNotifier(live, store, silentLogger(), { retentionDays: 90, retryMs: 1 });
      const sender: ChangeSender = {
        intervalMs: 0,
        correct: async (c) => void posts.push(`${name} correct ${c.answer.thread}`),
        summarise: async (f) => void posts.push(`${name} summary ${f.channel}`),
      };
      notifier.register('slack', sender);
      return { live, store, test, notifier, conversation: new Conversation({ ...test.services, store }) };
    }),
  );
  const [a] = replicas;
  if (a === undefined) throw new Error('no replica');
  const result = await a.conversation.ask({ platform: 'slack', userId: 'U1', text: 'Who runs Bleu?' });
  if (result.kind !== 'answer' || result.answer.kind !== 'answered') throw new Error('no answer');
  await result.sent(undefined, { channel: 'C1', thread: '1.1' });
  const cited = result.answer.statements[0];
  if (cited === undefined) throw new Error('no statement');
  await a.store.follow({ platform: 'slack', channel: 'C2', dealId: cited.dealId, at: 0 });

  const file = path.join(dir, 'deals', `${cited.dealId}.yaml`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((line) => line.trim() === `- id: ${cited.factId}`);
  const textAt = lines.findIndex((line, i) => i > at && line.trim().startsWith('text:'));
  lines[textAt] = (lines[textAt] as string).replace(
    /text: .*/,
    'text: Bleu obtained a test qualification in 2031.',
  );
  writeFileSync(file, lines.join('\n'));

  await Promise.all(replicas.map((r) => r.live.reload()));
  await Promise.all(replicas.map((r) => r.notifier.idle()));
  expect(posts.filter((p) => p.endsWith('correct 1.1'))).toHaveLength(1);
  expect(posts.filter((p) => p.endsWith('summary C2'))).toHaveLength(1);
  expect(posts).toHaveLength(2);
  for (const r of replicas) {
    r.notifier.close();
    r.live.close();
    await r.store.close();
    r.test.cleanup();
  }
}, 30_000);
