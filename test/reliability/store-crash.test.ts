// The feedback store under a crash: a child process appends as fast as it can, printing each sequence
// number only after append() returned; SIGKILL hits it mid-load. Every acknowledged record must be there
// when the store is reopened, and a torn last line must not cost the records written after it.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../src/index.js';
import { builtFile, type Child, spawnNode, tempDir, until } from './helpers.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0).reverse()) step();
});

/** Appends records in a tight loop; prints `<seq>\n` after each append returns. */
function writerScript(storeModule: string): string {
  return `import { FeedbackStore } from ${JSON.stringify(pathToFileURL(storeModule).href)};
const store = new FeedbackStore(process.argv[2]);
process.stdout.write('ready\\n');
for (let seq = 0; ; seq += 1) {
  store.append({
    platform: 'cli',
    userId: 'U' + (seq % 7),
    kind: 'no-answer',
    question: 'q' + seq + ' ' + 'é👍'.repeat(seq % 97),
    reason: 'not-covered',
  });
  // A pipe write is synchronous on Linux: once this returns, the parent can see the number.
  process.stdout.write(seq + '\\n');
}
`;
}

/** Starts the writer on a fresh data folder. */
function startWriter(): { child: Child; dataDir: string } {
  const storeModule = builtFile('src/store/feedback-store.js');
  const dir = tempDir();
  const dataDir = path.join(dir, 'data');
  const script = path.join(dir, 'writer.mjs');
  writeFileSync(script, writerScript(storeModule));
  const child = spawnNode(script, {}, { cwd: dir, args: [dataDir] });
  cleanup.push(() => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  return { child, dataDir };
}

/** Sequence numbers the child acknowledged: complete lines only (the last one may be cut by the kill). */
function acknowledged(stdout: string): number[] {
  const lines = stdout.split('\n');
  lines.pop(); // after the last \n: empty, or a number the kill cut short
  return lines.filter((line) => line !== 'ready').map(Number);
}

/** How long the writer may take to acknowledge 300 appends; the tests get this plus a margin. */
const CRASH_WAIT_MS = 60_000;
const TEST_TIMEOUT_MS = CRASH_WAIT_MS + 20_000;

async function crashMidLoad(): Promise<{ acked: number[]; dataDir: string }> {
  const { child, dataDir } = startWriter();
  await child.waitFor('stdout', 'ready');
  // Let it run under load for a while, then kill it without warning. The wait is long because a loaded CI
  // machine can hold file writes back for seconds (dirty-page throttling); no speed is asserted here.
  try {
    await until('300 acknowledged appends', () => acknowledged(child.stdout()).length >= 300, CRASH_WAIT_MS);
  } catch (error) {
    const got = acknowledged(child.stdout()).length;
    throw new Error(`${(error as Error).message} (${got} acknowledged)\nstderr:\n${child.stderr()}`);
  }
  child.process.kill('SIGKILL');
  const exit = await child.exited;
  expect(exit.signal).toBe('SIGKILL');
  return { acked: acknowledged(child.stdout()), dataDir };
}

describe('FeedbackStore, killed mid-write', { timeout: TEST_TIMEOUT_MS }, () => {
  it('keeps every acknowledged record across SIGKILL, and reopens cleanly', async () => {
    const { acked, dataDir } = await crashMidLoad();
    expect(acked.length).toBeGreaterThanOrEqual(300);
    expect(acked).toEqual(acked.map((_, i) => i));

    const store = new FeedbackStore(dataDir);
    const records = store.read();
    const stored = new Set(records.map((r) => Number(/^q(\d+) /.exec(r.question)?.[1])));
    const missing = acked.filter((seq) => !stored.has(seq));
    expect(missing, `acknowledged but missing: ${missing.slice(0, 10).join(', ')}`).toEqual([]);
    // Records written after the last acknowledgement that reached us may be there too (the child's
    // acknowledgements travel through a pipe that the kill cuts), but never fewer than acknowledged.
    expect(records.length).toBeGreaterThanOrEqual(acked.length);
    // The user hash key survived too: the same user still hashes the same.
    expect(records[0]?.user).toBe(store.hashUser('cli', 'U0'));
    // And the reopened store takes new records.
    store.append({ platform: 'cli', userId: 'U1', kind: 'up', question: 'after the crash', factIds: ['f'] });
    expect(store.read().at(-1)?.question).toBe('after the crash');
  });

  it('a torn last line (a crash mid-line) costs no record written after the restart', async () => {
    const { acked, dataDir } = await crashMidLoad();
    const file = path.join(dataDir, 'feedback.jsonl');
    // SIGKILL cannot interrupt one write(2) to a local file, so tear the last line by hand, as a full disk
    // or a power cut can: half a record, no newline.
    appendFileSync(file, '{"at":"2026-01-01T00:00:00.000Z","platform":"cli","user":"ab');
    const store = new FeedbackStore(dataDir);
    // Every complete line is a record; the torn one (now ended by the reopened store) is skipped.
    expect(store.read()).toHaveLength(readFileSync(file, 'utf8').split('\n').filter(Boolean).length - 1);
    expect(store.read().length).toBeGreaterThanOrEqual(acked.length);

    store.append({ platform: 'cli', userId: 'U1', kind: 'up', question: 'first after restart', factIds: [] });
    store.append({
      platform: 'cli',
      userId: 'U1',
      kind: 'up',
      question: 'second after restart',
      factIds: [],
    });
    const questions = store.read().map((r) => r.question);
    expect(questions).toContain('second after restart');
    expect(questions, 'the first record appended after a torn line is lost').toContain('first after restart');
  });
});
