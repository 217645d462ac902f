import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { LiveEngine } from '../../src/runtime/live-engine.js';

const made: LiveEngine[] = [];
afterEach(() => {
  for (const live of made.splice(0)) live.close();
});

/** A private copy of the small fixture corpus, and a LiveEngine watching it. */
async function liveCopy(): Promise<{ dir: string; live: LiveEngine }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-live-'));
  cpSync(path.join('test', 'fixtures', 'good'), dir, { recursive: true });
  const live = await LiveEngine.start(dir, silentLogger());
  if (!(live instanceof LiveEngine)) throw new Error('fixture corpus invalid');
  made.push(live);
  return { dir, live };
}

const dealFile = (dir: string, id: string) => path.join(dir, 'deals', `${id}.yaml`);

/** Resolves when the next reload attempt ends. */
const nextReload = (live: LiveEngine) =>
  new Promise<boolean>((resolve) => {
    const off = live.onReload((result) => {
      off();
      resolve(result.ok);
    });
  });

function newDeal(id: string, word: string): string {
  return readFileSync(dealFile(path.join('test', 'fixtures', 'good'), 'atlantis-data-law-2023'), 'utf8')
    .replaceAll('atlantis-data-law-2023', id)
    .replaceAll('atlantis-law-passed', `${id}-fact`)
    .replace('Atlantis data localisation law', `${word} cloud deal`)
    .replace('aliases: [Atlantis data law, loi atlante]', `aliases: [${word}]`);
}

describe('LiveEngine', () => {
  it('makes a new deal file answerable without a restart', async () => {
    // (How fast is a matter for the benchmark; vitest's timeout is the only deadline here.)
    const { dir, live } = await liveCopy();
    live.watch(50);
    expect(live.engine.ask('What is Zanzibarix?').kind).toBe('no-answer');
    const reloaded = nextReload(live);
    writeFileSync(dealFile(dir, 'zanzibarix-2025'), newDeal('zanzibarix-2025', 'Zanzibarix'));
    expect(await reloaded).toBe(true);
    expect(live.engine.ask('What is Zanzibarix?')).toMatchObject({
      kind: 'answered',
      deals: [{ id: 'zanzibarix-2025' }],
    });
  });

  it('keeps the last good index when an edit is invalid, and reports it in the check format', async () => {
    const { dir, live } = await liveCopy();
    const before = live.engine;
    writeFileSync(dealFile(dir, 'atlantis-cloud-2024'), 'id: atlantis-cloud-2024\ntitle: [unclosed\n');
    const result = await live.reload();
    expect(result.ok).toBe(false);
    expect(live.engine).toBe(before);
    // The parser's line and column (not line 1), with the line quoted, as `corpus check` prints it.
    expect(live.status().lastError[0]).toMatch(
      /atlantis-cloud-2024\.yaml:2:8: \(yaml\): YAML syntax error: .*\n {2}2 \| title: \[unclosed\n/,
    );
    expect(live.engine.ask('How much is the Atlantis Tax Office contract worth?').kind).toBe('answered');
  });

  it('keeps serving when a file is deleted or the folder vanishes, and picks up the fix', async () => {
    const { dir, live } = await liveCopy();
    unlinkSync(dealFile(dir, 'atlantis-data-law-2023'));
    // The other deal links to the deleted one, so the corpus is now invalid: keep the old index.
    expect((await live.reload()).ok).toBe(false);
    expect(live.status().deals).toBe(2);
    rmSync(dir, { recursive: true, force: true });
    const gone = await live.reload();
    expect(gone.ok).toBe(false);
    expect(live.engine.ask('How much is the Atlantis Tax Office contract worth?').kind).toBe('answered');
  });

  it('answers without a gap while files change under load, and ends on the last edit', async () => {
    const { dir, live } = await liveCopy();
    live.watch(20);
    let answered = 0;
    let stop = false;
    const asking = (async () => {
      while (!stop) {
        if (live.engine.ask('How much is the Atlantis Tax Office contract worth?').kind === 'answered')
          answered += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    // Concurrent edits: ten new deals written in quick succession, plus rewrites of one file.
    for (let i = 0; i < 10; i++) {
      writeFileSync(dealFile(dir, `burst-${i}`), newDeal(`burst-${i}`, `Burstword${i}`));
      writeFileSync(
        dealFile(dir, 'atlantis-data-law-2023'),
        readFileSync(dealFile(dir, 'atlantis-data-law-2023'), 'utf8'),
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const deadline = Date.now() + 3000;
    while (live.status().deals !== 12 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    stop = true;
    await asking;
    expect(live.status().deals).toBe(12);
    expect(answered).toBeGreaterThan(10);
    expect(live.engine.ask('What is Burstword9?')).toMatchObject({
      kind: 'answered',
      deals: [{ id: 'burst-9' }],
    });
  });
});
