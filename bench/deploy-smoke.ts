// `node dist/bench/deploy-smoke.js --root DIR --state DIR [--user NAME]`, run by deploy/smoke.sh in a fresh
// install: starts deploy/sovbot.service's ExecStart as systemd would (its WorkingDirectory, its Environment,
// a clean environment otherwise, as User= when run as root), with a .env pointing Slack (HTTP receiver) and
// Discord at the fake platforms on 127.0.0.1; asks one question on each; checks the answers are cited, that
// state went to the data folder and nothing into the install; then sends KillSignal and expects exit 0
// within TimeoutStopSec. The unit's /opt/sovbot is DIR (--root) and its /var/lib/<StateDirectory> is
// --state: the only two substitutions. Prints what it did, one line per step; exit 1 on the first failure.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { FakeDiscord, type RecordedRequest, snowflake, user } from '../support/fake-discord.js';
import { deliverEvent, eventEnvelope, FakeSlack, fakeIds } from '../support/fake-slack.js';
import { readUnit } from './deploy/read-unit.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (process.argv.includes('--help') || option('--root') === undefined || option('--state') === undefined) {
  console.error('usage: node dist/bench/deploy-smoke.js --root INSTALL_DIR --state DATA_DIR [--user NAME]');
  process.exit(2);
}
const root = path.resolve(option('--root') as string);
const state = path.resolve(option('--state') as string);
const runAs = option('--user');
const unitFile = path.join(root, 'deploy', 'sovbot.service');
const unit = readUnit(readFileSync(unitFile, 'utf8'), unitFile);
const unitRoot = unit.workingDirectory ?? '/';
const unitState = unit.stateDirectory === undefined ? undefined : `/var/lib/${unit.stateDirectory}`;
const secrets = {
  slackBotToken: 'xoxb-smoke-0000-bot-token',
  slackSigningSecret: 'smoke-signing-secret-0123456789',
  discordToken: 'smoke-discord-token.Secret-000000',
} as const;

function step(text: string): void {
  console.log(`smoke: ${text}`);
}

function fail(text: string): never {
  throw new Error(text);
}

/** The unit's paths, moved to this run's folders. */
function relocate(value: string): string {
  if (unitState !== undefined && value.startsWith(unitState)) return state + value.slice(unitState.length);
  if (value.startsWith(unitRoot)) return root + value.slice(unitRoot.length);
  return value;
}

/** uid and gid of `name` (getent), when this process may switch to them. */
function identity(name: string | undefined): { uid: number; gid: number; home: string } | undefined {
  if (name === undefined) return undefined;
  if (process.getuid?.() !== 0) {
    step(`not root: running as the current user instead of User=${unit.user}`);
    return undefined;
  }
  let entry: string;
  try {
    entry = execFileSync('getent', ['passwd', name], { encoding: 'utf8' });
  } catch {
    fail(`no user "${name}" on this machine (getent passwd): create it, or pass --user NAME`);
  }
  const [, , uid, gid, , home] = entry.trim().split(':');
  return { uid: Number(uid), gid: Number(gid), home: home ?? '/' };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : fail('no free port');
}

/** Files and folders of the install changed since `marker` was written: the service must change none. */
function changedSince(marker: string): string {
  return execFileSync('find', [root, '-newer', marker], { encoding: 'utf8' }).trim();
}

const slackApi = await FakeSlack.start();
const discord = await FakeDiscord.start();
let stopService: (() => void) | undefined;
try {
  const who = identity(runAs ?? unit.user);
  const port = await freePort();
  // The unit's comment: "its .env holding the tokens", in the install folder, readable by the service only.
  const envFile = path.join(root, '.env');
  writeFileSync(
    envFile,
    [
      `SLACK_BOT_TOKEN=${secrets.slackBotToken}`,
      `SLACK_SIGNING_SECRET=${secrets.slackSigningSecret}`,
      `SLACK_PORT=${port}`,
      `SLACK_API_URL=${slackApi.apiUrl}`,
      `DISCORD_TOKEN=${secrets.discordToken}`,
      `DISCORD_APPLICATION_ID=${discord.applicationId}`,
      `DISCORD_API_URL=${discord.apiUrl}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  // As StateDirectory= with StateDirectoryMode=0700: created, owned by User=, private.
  mkdirSync(state, { recursive: true, mode: 0o700 });
  if (who !== undefined) {
    chownSync(envFile, who.uid, who.gid);
    chownSync(state, who.uid, who.gid);
  }
  chmodSync(state, 0o700);

  const [program, ...args] = unit.execStart.map(relocate) as [string, ...string[]];
  const cwd = relocate(unitRoot);
  // systemd starts services with a near-empty environment: PATH, LANG, the User='s identity, and Environment=.
  const env: Record<string, string> = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    LANG: 'C.UTF-8',
    ...(who === undefined
      ? {}
      : { USER: runAs ?? unit.user ?? '', LOGNAME: runAs ?? unit.user ?? '', HOME: who.home }),
  };
  for (const [name, value] of Object.entries(unit.environment)) env[name] = relocate(value);
  step(
    `ExecStart=${unit.execStart.join(' ')} in ${cwd}${who === undefined ? '' : ` as ${runAs ?? unit.user} (uid ${who.uid})`}, ` +
      `environment ${Object.entries(unit.environment)
        .map(([k, v]) => `${k}=${relocate(v)}`)
        .join(' ')}`,
  );
  const child = spawn(program, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(who === undefined ? {} : { uid: who.uid, gid: who.gid }),
  });
  stopService = () => child.kill('SIGKILL');
  let journal = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stdout.on('data', (chunk: Buffer) => {
    journal += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    journal += chunk.toString('utf8');
  });
  const logged = async (code: string, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!journal.includes(`"code":"${code}"`)) {
      if (child.exitCode !== null)
        fail(`the service exited (${child.exitCode}) before logging ${code}:\n${journal}`);
      if (Date.now() > deadline) fail(`no ${code} within ${timeoutMs} ms:\n${journal}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await logged('SLACK_LISTENING');
  await logged('DISCORD_READY');
  step(`started: Slack HTTP receiver on port ${port}, Discord gateway ready`);

  // Slack: an app mention, signed as Slack signs it.
  const mention = {
    type: 'app_mention',
    user: 'UASKER',
    text: `<@${fakeIds.botUser}> How much is the GCHQ AWS deal worth?`,
    ts: '1700000100.000100',
    channel: 'C0GENERAL',
  };
  const delivered = await deliverEvent(
    `http://127.0.0.1:${port}/slack/events`,
    eventEnvelope('EvSmoke1', mention),
    { secret: secrets.slackSigningSecret },
  );
  if (delivered.status !== 200) fail(`Slack event answered HTTP ${delivered.status}`);
  const post = await slackApi.waitForCall('chat.postMessage', () => true, 1);
  const blocks = JSON.stringify(post.args.blocks);
  if (!/\[1\]/.test(String(post.args.text)) || !/<https:\/\/[^|>]+\|/.test(blocks)) {
    fail(`the Slack answer is not cited: ${JSON.stringify(post.args)}`);
  }
  if (post.args.thread_ts !== mention.ts) fail(`the Slack answer is not in the mention's thread`);
  step(
    `Slack: "${mention.text.replace(/^<@\w+> /, '@sovbot ')}" → chat.postMessage in the thread: ${post.args.text}`,
  );

  // Discord: /ask over the gateway.
  const ask = discord.command(
    'ask',
    [{ type: 3, name: 'question', value: 'Who runs Bleu?' }],
    user(snowflake(), 'asker'),
  );
  discord.dispatch('INTERACTION_CREATE', ask);
  const callback: RecordedRequest = await discord.waitForRequest(
    (r) =>
      r.method === 'POST' && r.path === `/interactions/${ask.id}/${ask.token}/callback` && r.status < 300,
    { timeoutMs: 10_000 },
  );
  const data = (
    callback.body as { data?: { embeds?: Array<{ title?: string; fields?: Array<{ value: string }> }> } }
  ).data;
  const embed = data?.embeds?.[0];
  if (!embed?.fields?.[0]?.value.includes('(<https://'))
    fail(`the Discord answer is not cited: ${JSON.stringify(data)}`);
  step(
    `Discord: "/ask question: Who runs Bleu?" → an embed "${embed.title}" with ${embed.fields.length} Sources field(s)`,
  );

  // Where state went.
  const stored = readdirSync(state);
  if (stored.length === 0) fail(`nothing was written to the data folder ${state}`);
  step(`data folder ${state}: ${stored.join(', ')}`);
  const changed = changedSince(envFile);
  if (changed !== '') fail(`the service wrote into the install folder:\n${changed}`);
  step(`install folder unchanged (find ${root} -newer .env: nothing)`);

  // Stop as systemd stops it: KillSignal, then up to TimeoutStopSec before it would SIGKILL.
  const stopAt = Date.now();
  child.kill(unit.killSignal);
  const timer = setTimeout(() => child.kill('SIGKILL'), unit.timeoutStopSec * 1000);
  const exit = await exited;
  clearTimeout(timer);
  stopService = undefined;
  const tookMs = Date.now() - stopAt;
  if (exit.code !== 0)
    fail(`on ${unit.killSignal} the service exited with ${JSON.stringify(exit)}:\n${journal}`);
  if (!journal.includes('"code":"SHUTDOWN"')) fail(`no SHUTDOWN log line:\n${journal}`);
  step(`${unit.killSignal}: exit 0 after ${tookMs} ms (TimeoutStopSec=${unit.timeoutStopSec})`);
  for (const secret of Object.values(secrets)) {
    if (journal.includes(secret)) fail('a token appeared in the service log');
  }
  step(`log: ${journal.trim().split('\n').length} JSON lines on stderr, no token in them`);
  step('ok');
} catch (error) {
  console.error(`smoke: FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  stopService?.();
  await Promise.allSettled([slackApi.close(), discord.close()]);
}
