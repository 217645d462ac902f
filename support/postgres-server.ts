// A real PostgreSQL server for the tests, started on a free loopback port in a temporary folder and
// removed afterwards: the store's contract suite and the two-replica test run against it, never a mock.
// It uses the server binaries of Debian's `postgresql` package (`.ci/run` installs it when missing), or
// the folder in SOVBOT_TEST_PG_BIN. PostgreSQL refuses to run as root: as root, the server runs as the
// `postgres` user the package creates.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** `postgres://sovbot@127.0.0.1:<port>/postgres` */
  url: string;
  /** Creates a new, empty database and resolves with its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** The folder of `initdb` and `postgres`, or an error saying how to get them. */
export function postgresBinaries(env: Record<string, string | undefined> = {}): string {
  const given = env.SOVBOT_TEST_PG_BIN;
  if (given !== undefined) return given;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const [newest] = versions;
  if (newest === undefined)
    throw new Error(
      'PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin. Install them (apt-get install -y postgresql, as .ci/run does) or set SOVBOT_TEST_PG_BIN.',
    );
  return path.join(root, newest, 'bin');
}

function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error(
      'running as root, but there is no postgres user to run the server as (install postgresql)',
    );
  return { uid: Number(uid), gid: Number(gid) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** initdb in a temporary folder, then `postgres` on 127.0.0.1; resolves once it accepts connections. */
export async function startPostgres(
  env: Record<string, string | undefined> = process.env,
): Promise<PostgresServer> {
  const bin = postgresBinaries(env);
  const owner = postgresUser();
  const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const as = owner === undefined ? {} : { uid: owner.uid, gid: owner.gid };
  execFileSync(
    path.join(bin, 'initdb'),
    ['-D', data, '-U', 'sovbot', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C'],
    { ...as, stdio: 'pipe' },
  );
  const port = await freePort();
  // Durability settings off: the tests kill sovbot's replicas, never this server.
  const server: ChildProcess = spawn(
    path.join(bin, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    { ...as, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const url = `postgres://sovbot@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (server.exitCode !== null || Date.now() > deadline)
        throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  let databases = 0;
  return {
    url,
    async createDatabase() {
      databases += 1;
      const name = `sovbot_test_${databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return url.replace(/\/postgres$/, `/${name}`);
    },
    async stop() {
      // SIGINT: PostgreSQL's fast shutdown (disconnects clients, no waiting).
      if (server.exitCode === null) server.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
