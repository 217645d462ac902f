// Two replicas of `npm start` (node dist/adapters/main.js) in Slack HTTP mode, on two ports, sharing one
// PostgreSQL database (a real server this test starts): whatever replica a delivery reaches, a message is
// answered once, a thread keeps its deal, and every 👎 lands in one `sovbot report`. Killing one replica
// with SIGKILL loses no acknowledged vote, and the other keeps answering.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionIds, decodeVote } from '../../adapters/slack/format.js';
import {
  type ApiCall,
  buttonClick,
  deliverAction,
  deliverEvent,
  eventEnvelope,
  FakeSlack,
  fakeIds,
} from '../../support/fake-slack.js';
import { type PostgresServer, startPostgres } from '../../support/postgres-server.js';
import { builtFile, type Child, freePort, spawnNode, tempDir } from './helpers.js';

const run = promisify(execFile);
const BOT_TOKEN = 'xoxb-replica-test-token';
const SIGNING_SECRET = 'replica-signing-secret-0123456789';
const opts = { secret: SIGNING_SECRET };

let postgres: PostgresServer;
let databaseUrl: string;
let fake: FakeSlack;
const replicas: Array<{ child: Child; url: string }> = [];

async function startReplica(): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const child = spawnNode(builtFile('adapters/main.js'), {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    SLACK_PORT: String(port),
    SOVBOT_DATABASE_URL: databaseUrl,
    // Each replica its own data folder: whatever they share goes through the database.
    SOVBOT_DATA_DIR: tempDir(),
    SOVBOT_WATCH_CORPUS: 'false',
    SOVBOT_LOG_LEVEL: 'debug',
    SOVBOT_COOLDOWN_SECONDS: '0',
  });
  await child.waitFor('stderr', '"SLACK_LISTENING"', 20_000);
  return { child, url: `http://127.0.0.1:${port}/slack/events` };
}

beforeAll(async () => {
  postgres = await startPostgres();
  databaseUrl = await postgres.createDatabase();
  fake = await FakeSlack.start();
  // One at a time: the second also finds the schema already migrated.
  replicas.push(await startReplica());
  replicas.push(await startReplica());
}, 60_000);

afterAll(async () => {
  for (const replica of replicas) replica.child.kill();
  await fake?.close();
  await postgres?.stop();
});

let count = 0;
function mention(text: string, threadTs?: string) {
  count += 1;
  const ts = `1700200000.${String(count).padStart(6, '0')}`;
  return {
    ts,
    event: {
      type: 'app_mention',
      user: 'UASKER',
      text: `<@${fakeIds.botUser}> ${text}`,
      ts,
      channel: 'C0GENERAL',
      ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
    },
  };
}

const inThread = (ts: string) => (call: ApiCall) => call.args.thread_ts === ts;

function voteValue(call: ApiCall): string {
  const blocks = call.args.blocks as Array<{
    type: string;
    elements?: Array<{ action_id: string; value: string }>;
  }>;
  const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionIds.voteDown);
  if (button === undefined) throw new Error('no 👎 button');
  return button.value;
}

async function report(): Promise<{ disliked: Array<{ factId: string; down: number }> }> {
  const { stdout } = await run('node', [builtFile('src/cli.js'), 'report', '--json'], {
    env: { PATH: process.env.PATH ?? '', SOVBOT_DATABASE_URL: databaseUrl },
    cwd: tempDir(),
  });
  return JSON.parse(stdout);
}

describe('two replicas, one PostgreSQL store', () => {
  it('answers once a message delivered to A and retried to B', async () => {
    const [a, b] = replicas;
    if (!a || !b) throw new Error('replicas not started');
    const { ts, event } = mention('Who runs Bleu?');
    const envelope = eventEnvelope(`Ev${ts}`, event);
    expect((await deliverEvent(a.url, envelope, opts)).status).toBe(200);
    expect((await deliverEvent(b.url, envelope, { ...opts, retryNum: 1 })).status).toBe(200);
    await fake.waitForCall('chat.postMessage', inThread(ts));
    // Whichever replica lost the claim says so; by then nothing else can come.
    await expect
      .poll(
        () =>
          a.child.stderr().includes('"SLACK_DUPLICATE"') || b.child.stderr().includes('"SLACK_DUPLICATE"'),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(fake.callsTo('chat.postMessage').filter(inThread(ts))).toHaveLength(1);
  });

  it('continues on B a thread whose deal A answered, and counts a 👎 from each in one report', async () => {
    const [a, b] = replicas;
    if (!a || !b) throw new Error('replicas not started');
    const first = mention('What did GCHQ pick AWS for?');
    await deliverEvent(a.url, eventEnvelope(`Ev${first.ts}`, first.event), opts);
    const answer = await fake.waitForCall('chat.postMessage', inThread(first.ts));
    const followUp = mention('how much was it worth?', first.ts);
    await deliverEvent(b.url, eventEnvelope(`Ev${followUp.ts}`, followUp.event), opts);
    const continued = await fake.waitForCall('chat.postMessage', inThread(first.ts), 2);
    expect(String(continued.args.text)).toContain('GBP 500m to 1bn');

    const before = await report();
    const factsA = decodeVote(voteValue(answer))?.f ?? [];
    const factsB = decodeVote(voteValue(continued))?.f ?? [];
    expect(factsA.length * factsB.length).toBeGreaterThan(0);
    const click = (value: string, id: string) =>
      buttonClick({ actionId: actionIds.voteDown, value, user: 'UVOTER', responseUrl: fake.responseUrl(id) });
    await deliverAction(b.url, click(voteValue(answer), 'down-on-b'), opts);
    await deliverAction(a.url, click(voteValue(continued), 'down-on-a'), opts);
    await fake.waitForResponse('down-on-b');
    await fake.waitForResponse('down-on-a');
    const after = await report();
    const downs = (r: typeof before, factId: string) =>
      r.disliked.find((d) => d.factId === factId)?.down ?? 0;
    // Each vote counts once against every fact its answer cited, whichever replica took it.
    for (const factId of new Set([...factsA, ...factsB])) {
      const expected = Number(factsA.includes(factId)) + Number(factsB.includes(factId));
      expect(downs(after, factId) - downs(before, factId), factId).toBe(expected);
    }
  });

  it('loses no acknowledged vote when one replica is killed mid-load, and the other keeps answering', async () => {
    const [a, b] = replicas;
    if (!a || !b) throw new Error('replicas not started');
    const value = (i: number) => JSON.stringify({ q: `load vote ${i}`, f: ['uk-aws-2021-value'], l: 'en' });
    const sent: Array<Promise<unknown>> = [];
    for (let i = 0; i < 60; i += 1) {
      const target = i % 2 === 0 ? a : b;
      const click = buttonClick({
        actionId: actionIds.voteDown,
        value: value(i),
        user: `UVOTER${i}`,
        responseUrl: fake.responseUrl(`load-${i}`),
      });
      // A killed replica refuses or drops the request: that vote was never acknowledged.
      sent.push(deliverAction(target.url, click, opts).catch(() => undefined));
    }
    // Mid-load: once A has thanked some voters, kill it without warning.
    const thankedByA = () => fake.responses.filter((r) => /^load-\d*[02468]$/.test(r.id)).length;
    await expect.poll(thankedByA, { timeout: 10_000, interval: 2 }).toBeGreaterThanOrEqual(5);
    a.child.process.kill('SIGKILL');
    await Promise.all(sent);
    await a.child.exited;
    // B answers after A is gone.
    const after = mention('Who is behind S3NS?');
    await deliverEvent(b.url, eventEnvelope(`Ev${after.ts}`, after.event), opts);
    expect(String((await fake.waitForCall('chat.postMessage', inThread(after.ts))).args.text)).toContain(
      'Thales',
    );
    // Every vote a user was thanked for is in the store.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const acknowledged = fake.responses
      .filter((r) => r.id.startsWith('load-'))
      .map((r) => Number(r.id.slice('load-'.length)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(30 + 5);
    const { stdout } = await run('node', ['-e', readVotes, databaseUrl], { cwd: process.cwd() });
    const stored = new Set(JSON.parse(stdout) as string[]);
    for (const i of acknowledged)
      expect(stored.has(`load vote ${i}`), `vote ${i} acknowledged but lost`).toBe(true);
  });
});

// The questions of the 👎 records, read straight from the database.
const readVotes = `
const pg = require('pg');
const client = new pg.Client({ connectionString: process.argv[1] });
client.connect()
  .then(() => client.query("SELECT question FROM sovbot_records WHERE kind = 'down'"))
  .then((r) => { console.log(JSON.stringify(r.rows.map((x) => x.question))); return client.end(); });
`;
