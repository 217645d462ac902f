// Shared helpers of the reliability suite: ping-token checks, the built entry points, child processes
// of `node dist/…`, free ports, and a proxy that holds one Web API method back on request.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/reliability/helpers.ts). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** `dist/<relative>`, checked: the child-process tests run what `npm run build` produced. */
export function builtFile(relative: string): string {
  const file = path.join(repoRoot, 'dist', relative);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: these tests run the built code. Run \`npm run build\` first (\`npm test\` does it).`,
    );
  }
  return file;
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'sovbot-'));
}

/**
 * Tokens that notify people on Slack (`<!everyone>`, `<!here>`, `<!channel>`, `<@U…>`, `<!subteam^…>`) or
 * Discord (`@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&role>`).
 */
export const pingToken = /@everyone|@here|<!everyone|<!here|<!channel|<!subteam|<@/i;

/** The ping tokens found in `text`, for readable failures. */
export function pingTokensIn(text: string): string[] {
  return [...text.matchAll(new RegExp(pingToken.source, 'gi'))].map((m) => m[0]);
}

/** Slack: what can ping once Slack parses mrkdwn. Escaped `&lt;!channel&gt;` shows literally and pings no one. */
export const slackPingToken = /<!everyone|<!here|<!channel|<!subteam|<@/i;

/**
 * Discord: a mention that would resolve. The formatter defuses them with a zero-width space after the `@`
 * (`@\u200beveryone`, `<@\u200b123>`); those are fine.
 */
export const discordPingToken = /@(?:everyone|here)|<@(?!\u200b)/i;

/** Binds port 0 on 127.0.0.1, reads the port, closes: a port free for a child process to listen on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Resolves when `check()` is true, polling; rejects after `timeoutMs` with `what`. Past the deadline it checks
 * once more after pending I/O has run: when a loaded machine stalls this process, the timer can fire before
 * the output that arrived meanwhile has been read, and a condition already met would look timed out.
 */
export async function until(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (check()) return;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A `node <script>` child with its output collected as it arrives. */
export interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once `pattern` appears in the stream. */
  waitFor(stream: 'stdout' | 'stderr', pattern: RegExp | string, timeoutMs?: number): Promise<void>;
  /** Resolves with how the process ended. */
  exited: Promise<Exit>;
  /** Resolves with the exit, or undefined if still running after `timeoutMs`. */
  exitWithin(timeoutMs: number): Promise<Exit | undefined>;
  /** SIGKILL if still running (cleanup). */
  kill(): void;
}

/**
 * Spawns `node <script>` with exactly `env` (plus PATH): none of the developer's own SLACK_/DISCORD_
 * variables leak in, and SOVBOT_ENV_FILE names a file that does not exist, so no developer's `.env` is read.
 * `cwd` defaults to a fresh temporary folder.
 */
export function spawnNode(
  script: string,
  env: Record<string, string>,
  options: { cwd?: string; args?: string[] } = {},
): Child {
  const child = spawn(process.execPath, [script, ...(options.args ?? [])], {
    cwd: options.cwd ?? tempDir(),
    env: { PATH: process.env.PATH ?? '', SOVBOT_ENV_FILE: path.join(tempDir(), 'none.env'), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    async waitFor(stream, pattern, timeoutMs = 10_000) {
      const text = () => (stream === 'stdout' ? out : err);
      const found = () => (typeof pattern === 'string' ? text().includes(pattern) : pattern.test(text()));
      try {
        await until(`${String(pattern)} on ${stream}`, () => found() || done, timeoutMs);
      } catch (error) {
        throw new Error(`${(error as Error).message}\nstdout:\n${out}\nstderr:\n${err}`);
      }
      if (!found()) {
        throw new Error(
          `the child exited before printing ${String(pattern)} on ${stream}\nstdout:\n${out}\nstderr:\n${err}`,
        );
      }
    },
    exited,
    exitWithin(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      return Promise.race([
        exited,
        new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), timeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
    },
    kill() {
      if (!done) child.kill('SIGKILL');
    },
  };
}

/**
 * An HTTP proxy in front of the fake Slack that holds every call to one Web API method until
 * `release()`: it makes "an answer is in flight" a state a test can wait for, instead of a race.
 */
export class HoldingProxy {
  /** Calls to the held method that have arrived (held or already released). */
  arrived = 0;
  readonly #server: Server;
  #release: () => void = () => {};
  readonly #gate: Promise<void>;

  private constructor(target: string, method: string) {
    this.#gate = new Promise<void>((resolve) => {
      this.#release = resolve;
    });
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        void (async () => {
          const url = req.url ?? '/';
          if (url.split('?')[0]?.endsWith(`/${method}`)) {
            this.arrived += 1;
            await this.#gate;
          }
          const headers: Record<string, string> = {};
          for (const name of ['content-type', 'authorization'] as const) {
            const value = req.headers[name];
            if (typeof value === 'string') headers[name] = value;
          }
          const body = Buffer.concat(chunks);
          const response = await fetch(`${target}${url}`, {
            method: req.method ?? 'GET',
            headers,
            ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body }),
          });
          res
            .writeHead(response.status, {
              'content-type': response.headers.get('content-type') ?? 'application/json',
            })
            .end(await response.text());
        })().catch(() => {
          res.writeHead(502).end();
        });
      });
    });
  }

  static async start(target: string, method: string): Promise<HoldingProxy> {
    const proxy = new HoldingProxy(target, method);
    await new Promise<void>((resolve) => proxy.#server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  /** What SLACK_API_URL points at. */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/api/`;
  }

  release(): void {
    this.#release();
  }

  async close(): Promise<void> {
    this.release();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
