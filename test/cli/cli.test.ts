import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { skeletonPlaceholders } from '../../src/corpus/new-deal.js';
import { FeedbackStore } from '../../src/store/feedback-store.js';

// These run the built JavaScript, as `npx sovbot` and `npm start` do (npm test builds first).
const run = promisify(execFile);
const cli = path.resolve('dist', 'src', 'cli.js');
const main = path.resolve('dist', 'adapters', 'main.js');
// Never let a developer's tokens or .env reach these runs.
const cleanEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(SLACK_|DISCORD_|SOVBOT_)/.test(key)),
  ),
  SOVBOT_ENV_FILE: path.join(tmpdir(), 'sovbot-no-such-file.env'),
} as NodeJS.ProcessEnv;

async function sovbot(args: string[], input?: string, env: NodeJS.ProcessEnv = {}, cwd?: string) {
  const child = run('node', [cli, ...args], {
    env: { ...cleanEnv, ...env },
    timeout: 15_000,
    ...(cwd === undefined ? {} : { cwd }),
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('sovbot CLI', () => {
  it.skipIf(process.platform === 'win32')(
    'runs as the package bin, as npx sovbot runs it: the file itself',
    async () => {
      // npx executes dist/src/cli.js directly, so the build must leave it executable (shebang and mode).
      const { stdout } = await run(cli, ['ask', '--json', 'What is JWCC?'], {
        env: cleanEnv,
        timeout: 15_000,
      });
      expect(JSON.parse(stdout)).toMatchObject({ kind: 'answered' });
    },
  );

  it('corpus check passes on the bundled corpus with a one-line summary', async () => {
    const result = await sovbot(['corpus', 'check']);
    expect(result.code).toBe(0);
    // Whatever the corpus size: every fact has its French text, and nothing to warn about.
    expect(result.stdout.trim()).toMatch(
      /^corpus ok: [1-9]\d* deals, (\d+) facts \(\1 with French text\), [1-9]\d* sources, \d+ warning\(s\)$/,
    );
  });

  it('corpus check exits 1 listing every problem', async () => {
    const result = await sovbot(['corpus', 'check', '--dir', path.join('test', 'fixtures', 'malformed')]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((l) => l.includes('.yaml:')).length).toBeGreaterThanOrEqual(14);
    expect(result.stderr).toMatch(/corpus check failed: 14 problem\(s\)/);
    // Warnings and errors in one list, in file and line order.
    const places = result.stderr
      .split('\n')
      .map((l) => /^(.*\.yaml):(\d+)/.exec(l))
      .filter((m) => m !== null)
      .map((m) => [m[1] as string, Number(m[2])] as const);
    expect(result.stderr).toMatch(/bad-fields\.yaml:28: sources\[1\]: warning: /);
    const sorted = [...places].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(places).toEqual(sorted);
  });

  it('ask --json prints one JSON object with citations', async () => {
    const result = await sovbot(['ask', '--json', 'Combien vaut le contrat entre le GCHQ et AWS ?']);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ kind: 'answered', lang: 'fr' });
    expect(answer.text).toMatch(/500 millions/);
    expect(answer.citations[0]).toMatchObject({ n: 1, dealId: 'uk-intelligence-agencies-aws-2021' });
  });

  it('ask --explain writes the trace to stderr: one JSON line per trace when stderr is not a terminal', async () => {
    const result = await sovbot(['ask', '--explain', 'When was JEDI awarded?']);
    const traces = result.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(traces[0].deals[0]).toMatchObject({ id: 'us-dod-jedi-microsoft-2019' });
  });

  it('--version prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect((await sovbot(['--version'])).stdout.trim()).toBe(version);
  });

  // `script` (util-linux) runs the CLI on a pseudo-terminal, as a person at a terminal would.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('ask with no question on a terminal says what to do and prompts', async () => {
    const child = spawn('script', ['-qec', `node ${cli} ask`, '/dev/null'], { env: cleanEnv });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    const ended = new Promise((resolve) => child.on('exit', resolve));
    child.stdin.write('What is JWCC?\n');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer on the terminal:\n${out}`)), 10_000);
      const poll = setInterval(() => {
        if (out.includes('[1]')) {
          clearTimeout(timer);
          clearInterval(poll);
          resolve();
        }
      }, 50);
    });
    child.stdin.end('\u0004');
    await ended;
    expect(out).toMatch(/Type a question \(English or French\) and press Enter; Ctrl-D ends/);
    expect(out).toMatch(/> /);
    expect(out).toMatch(/Joint Warfighting Cloud Capability/);
  });

  it.skipIf(!hasScript)(
    'ask --explain on a terminal prints the trace for reading (YAML), not raw JSON',
    () => {
      const result = spawnSync(
        'script',
        ['-qec', `node ${cli} ask --explain "When was JEDI awarded?"`, '/dev/null'],
        {
          env: cleanEnv,
          encoding: 'utf8',
          timeout: 15_000,
        },
      );
      expect(result.stdout).toMatch(/^understood:\r?\n {2}lang: en\r?\n/m);
      expect(result.stdout).toMatch(/^ {2}- id: us-dod-jedi-microsoft-2019\r?$/m);
      expect(result.stdout).not.toMatch(/\{"understood"/);
    },
  );

  it('ask says plainly when it has no entry', async () => {
    const result = await sovbot(['ask', 'who won the 2018 world cup']);
    expect(result.stdout).toMatch(/no entry/);
  });

  it('ask --json with no question answers each line of standard input with exactly one line (JSONL)', async () => {
    const input = ['When was JEDI awarded?', '', '   ', 'What is openDesk?'];
    const result = await sovbot(['ask', '--json'], `${input.join('\n')}\n`);
    const answers = result.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l));
    // Output line n answers input line n: a blank line gets a no-answer saying why.
    expect(answers.map((a) => a.question)).toEqual(input);
    expect(answers.map((a) => a.kind)).toEqual(['answered', 'no-answer', 'no-answer', 'answered']);
    expect(answers[1]).toMatchObject({ reason: 'empty' });
    expect(answers[2]).toMatchObject({ reason: 'empty' });
  });

  it('eval prints accuracy by tier; under --min it exits 1 saying why', async () => {
    const ok = await sovbot(['eval', path.join('test', 'golden', 'golden.yaml')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^answerable\s+\d+\.\d%/m);
    // A file with one case the corpus cannot pass: accuracy 0%, below any --min above 0.
    const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-eval-'));
    const file = path.join(dir, 'cases.yaml');
    writeFileSync(file, 'cases:\n  - q: "What is JWCC?"\n    deal: no-such-deal\n    tier: en\n');
    const strict = await sovbot(['eval', file, '--min', '0.5']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /^sovbot eval: overall accuracy 0\.0% is below --min 0\.5 \(50\.0%\): exit 1$/m,
    );
  });

  it.each([
    [
      'a missing file',
      'missing.yaml',
      undefined,
      /missing\.yaml: cannot read the question file \(ENOENT\)\. Check the path/,
    ],
    [
      'a file that is not YAML',
      'broken.yaml',
      'cases:\n  - q: "unclosed\n',
      /broken\.yaml: not valid YAML: Missing closing "quote at line \d+, column \d+\. Fix/,
    ],
    [
      'YAML that is not a question file',
      'other.yaml',
      'name: x\n',
      /other\.yaml: not a question file\. Write it as cases: .*\n {2}cases: /,
    ],
  ])('eval on %s says so in one message, no stack trace, exit 2', async (_kind, name, content, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-eval-'));
    if (content !== undefined) writeFileSync(path.join(dir, name), content);
    const result = await sovbot(['eval', path.join(dir, name)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('eval documents its exit codes, and a bad option exits 2', async () => {
    expect((await sovbot(['eval', '--help'])).stdout).toMatch(
      /Exit codes:\n {2}0 .*\n {2}1 .*--min.*\n {2}2 /,
    );
    const bad = await sovbot(['eval', path.join('test', 'golden', 'golden.yaml'), '--min', '7']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected a number between 0 and 1/);
  });

  it('corpus new writes a skeleton that fails corpus check, naming each field still to fill, until filled', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-new-'));
    cpSync(path.join('test', 'fixtures', 'good'), dir, { recursive: true });
    const made = await sovbot(['corpus', 'new', 'spain-ministry-cloud-2026', '--dir', dir]);
    expect(made.code).toBe(0);
    const check = await sovbot(['corpus', 'check', '--dir', dir]);
    expect(check.code).toBe(1);
    const unfilled = check.stderr
      .split('\n')
      .filter((l) => l.includes('example value from corpus new still to fill'))
      .map((l) => /\.yaml:\d+: ([^:]+):/.exec(l)?.[1]);
    expect(unfilled).toEqual(
      expect.arrayContaining(['title', 'title_fr', 'facts[0].text', 'facts[0].text_fr', 'sources[0].url']),
    );
    expect(check.stderr).toMatch(/^corpus check failed: \d+ problem/m);
    // Never answered: a corpus with an unfilled entry does not load at all.
    const asked = await sovbot(['ask', '--dir', dir, 'What happened, in one English sentence?']);
    expect(asked.code).toBe(1);
    expect(asked.stdout).not.toMatch(/example\.org/);
    // Every example value replaced: the skeleton's structure itself is valid.
    const file = path.join(dir, 'deals', 'spain-ministry-cloud-2026.yaml');
    let filled = readFileSync(file, 'utf8');
    const filler = (placeholder: string) =>
      placeholder.startsWith('https:')
        ? 'https://example.net/p'
        : placeholder === 'example-tag'
          ? 'filled'
          : 'Filled in';
    for (const placeholder of skeletonPlaceholders.keys())
      filled = filled.replaceAll(placeholder, filler(placeholder));
    writeFileSync(file, filled);
    const again = await sovbot(['corpus', 'check', '--dir', dir]);
    expect(again.stdout).toMatch(/^corpus ok: 3 deals/);
    expect((await sovbot(['corpus', 'new', 'spain-ministry-cloud-2026', '--dir', dir])).code).toBe(1);
    expect((await sovbot(['corpus', 'new', 'Bad Id', '--dir', dir])).stderr).toMatch(/invalid deal id/);
  });
});

describe('one configuration path for npm start and the CLI', () => {
  it('both read the same .env: a corpus folder set there is the one corpus check checks', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-env-'));
    const envFile = path.join(dir, '.env');
    // Relative, as people write it in .env: read from the sovbot folder, not from where the command runs.
    writeFileSync(envFile, 'SOVBOT_CORPUS_DIR=test/fixtures/malformed\nSOVBOT_WATCH_CORPUS=false\n');
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'sovbot-cwd-'));
    const check = await sovbot(['corpus', 'check'], undefined, { SOVBOT_ENV_FILE: envFile }, elsewhere);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(
      /corpus check failed: \d+ problem\(s\) in .*test[/\\]fixtures[/\\]malformed/,
    );
    const started = await run('node', [main], {
      env: { ...cleanEnv, SOVBOT_ENV_FILE: envFile },
      cwd: elsewhere,
      timeout: 15_000,
    }).catch((error: { code: number; stderr: string }) => error);
    expect((started as { code: number }).code).toBe(1);
    expect((started as { stderr: string }).stderr).toMatch(
      /the corpus in .*test[/\\]fixtures[/\\]malformed is invalid/,
    );
  });

  it('report names the data folder it read, says when it holds no feedback, and creates nothing', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'sovbot-cwd-'));
    const data = path.join(mkdtempSync(path.join(tmpdir(), 'sovbot-data-')), 'never-written');
    const fixture = path.resolve('test', 'fixtures', 'good');
    const result = await sovbot(
      ['report', '--dir', fixture],
      undefined,
      { SOVBOT_DATA_DIR: data },
      elsewhere,
    );
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      `data folder: ${data} holds no feedback yet (no feedback.jsonl). The running bot records into SOVBOT_DATA_DIR (default ${data}); pass --data to read another folder`,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(data)).toBe(false);
  });
});

describe('terminal safety', () => {
  const hostile = 'Who is \u001b[31mRED\u001b]0;pwned\u0007 \u009b2J \u202eevil?';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

  it('report prints a hostile stored question inert; report --json keeps it exact', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'sovbot-data-'));
    new FeedbackStore(data).append({
      platform: 'discord',
      userId: 'u',
      kind: 'no-answer',
      question: hostile,
    });
    const fixture = ['--dir', path.join('test', 'fixtures', 'good'), '--data', data];
    const text = await sovbot(['report', ...fixture]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(controls);
    expect(text.stdout).toContain('Who is \\x1b[31mRED\\x1b]0;pwned\\x07 \\x9b2J \\u202eevil?');
    const json = await sovbot(['report', '--json', ...fixture]);
    expect(json.stdout).not.toMatch(controls);
    expect(JSON.parse(json.stdout).unanswered[0].question).toBe(hostile);
  });

  it('ask --json returns the question exactly, with nothing a terminal would act on', async () => {
    const result = await sovbot(['ask', '--json', hostile]);
    expect(result.stdout).not.toMatch(controls);
    expect(JSON.parse(result.stdout).question).toBe(hostile);
  });
});

describe('npm start', () => {
  it('with no tokens, chats on the console: answers each piped line and exits at end of input', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'sovbot-data-'));
    const child = run('node', [main], {
      env: { ...cleanEnv, SOVBOT_DATA_DIR: data, SOVBOT_WATCH_CORPUS: 'false' },
      timeout: 15_000,
    });
    child.child.stdin?.end(
      'How much is the GCHQ AWS deal worth?\nwhat did critics say?\n/deal us-dod-jwcc-2022\n/deal\n/help me\n👎\n/reload\n',
    );
    const { stdout, stderr } = await child;
    expect(stdout).toMatch(/GBP 500m to 1bn/);
    // The follow-up stays on the GCHQ deal.
    expect(stdout).toMatch(/Privacy International criticised/);
    expect(stdout).toMatch(/Joint Warfighting Cloud Capability \(JWCC\)/);
    // Piped, the transcript shows each question above its answer.
    expect(stdout).toContain('sovbot> what did critics say?\n');
    // A bare /deal explains itself; /help with words is still help.
    expect(stdout).toContain('Usage: /deal <name or id>');
    expect(stdout.split('sovbot> /help me\n')[1]).toMatch(/^Ask a question about a cloud sovereignty deal/);
    // 👎 rated the last answer (the GCHQ one; a card is not an answer); the report counts it.
    expect(stdout).toContain('Thanks for the feedback!');
    const report = await sovbot(['report', '--json', '--data', data]);
    expect(JSON.stringify(JSON.parse(report.stdout))).toContain('uk-intelligence-agencies-aws-2021');
    // No log line in the chat, nor on the terminal: they go to the data folder's log file.
    expect(stdout).not.toContain('"level"');
    expect(stderr).not.toContain('"level"');
  });

  it('names the missing variable in one line and exits 1', async () => {
    const result = await run('node', [main], {
      env: { ...cleanEnv, SLACK_BOT_TOKEN: 'xoxb-test' },
      timeout: 15_000,
    }).catch((error: { code: number; stderr: string }) => error);
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toMatch(/^sovbot: SLACK_SIGNING_SECRET: missing/m);
  });
});

describe('the corpus snapshot cache', () => {
  /** A private temp folder (the CLI's cache lives in it) and a copy of the small fixture corpus. */
  function sandbox() {
    const tmp = mkdtempSync(path.join(tmpdir(), 'sovbot-cache-test-'));
    const dir = path.join(tmp, 'corpus');
    cpSync(path.join('test', 'fixtures', 'good'), dir, { recursive: true });
    const cacheDir = path.join(tmp, 'sovbot-cache');
    const ask = () =>
      sovbot(
        ['ask', '--json', '--dir', dir, 'How much is the Atlantis Tax Office contract worth?'],
        undefined,
        {
          TMPDIR: tmp,
        },
      );
    const snapshot = () => {
      const [name] = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
      return path.join(cacheDir, name as string);
    };
    return { ask, snapshot };
  }
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  /** The snapshot with `tags` removed from every deal, as an older schema version would have left it. */
  function withoutTags(file: string, { resign = false, writer }: { resign?: boolean; writer?: string } = {}) {
    const envelope = JSON.parse(readFileSync(file, 'utf8'));
    const corpus = JSON.parse(envelope.corpus);
    for (const deal of corpus.deals) delete deal.tags;
    envelope.corpus = JSON.stringify(corpus);
    if (resign) envelope.digest = sha256(envelope.corpus);
    if (writer !== undefined) envelope.writer = writer;
    writeFileSync(file, JSON.stringify(envelope));
  }

  it.each([
    ['edited by hand (tags removed)', (file: string) => withoutTags(file)],
    [
      'written by an older version (tags removed, another writer)',
      (file: string) => withoutTags(file, { resign: true, writer: '0.0.1:0000000000000000' }),
    ],
    [
      'forged to pass the checks (tags removed, digest redone)',
      (file: string) => withoutTags(file, { resign: true }),
    ],
    ['not JSON at all', (file: string) => writeFileSync(file, '{"writer": "0.1')],
    [
      'a bare corpus from before the envelope',
      (file: string) =>
        writeFileSync(
          file,
          JSON.stringify({ ...JSON.parse(JSON.parse(readFileSync(file, 'utf8')).corpus), deals: [{}] }),
        ),
    ],
  ])('never stops an answer when the snapshot is %s, and is rebuilt', async (_kind, spoil) => {
    const { ask, snapshot } = sandbox();
    const first = await ask();
    expect(JSON.parse(first.stdout)).toMatchObject({ kind: 'answered' });
    spoil(snapshot());
    const again = await ask();
    expect(again.stderr).toBe('');
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout));
    // Rebuilt: the snapshot on disk has its tags again.
    const rebuilt = JSON.parse(JSON.parse(readFileSync(snapshot(), 'utf8')).corpus);
    expect(rebuilt.deals.every((d: { tags?: unknown }) => Array.isArray(d.tags))).toBe(true);
  });
});
