import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { builtTexts, createEngine } from '../../src/engine/create-engine.js';
import { readTextsSnapshot, writeTextsSnapshot } from '../../src/engine/texts-snapshot.js';
import { fixtureDir } from './helpers.js';

// The CLI keeps what a build read from the corpus texts (words, stems) for the next process: a build that
// starts from the snapshot must answer exactly as one that read every text itself.

const questions = [
  'How much is the Atlantis tax data contract worth?',
  "Combien vaut le contrat de l'office des impôts d'Atlantis ?",
  'When did Atlantis pass its data localisation law?',
  'Who hosts the Atlantis tax data?',
];

async function corpus() {
  const result = await loadCorpus(fixtureDir('good'));
  if (!result.ok) throw new Error('the good fixture must load');
  return result.corpus;
}

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'sovbot-texts-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const snapshotOf = async () => {
  const files = (await readdir(cacheDir)).filter((name) => name.startsWith('texts-'));
  expect(files).toHaveLength(1);
  return path.join(cacheDir, files[0] as string);
};

describe('texts snapshot', () => {
  it('gives a build the texts an earlier build read, and the answers do not change', async () => {
    const deals = await corpus();
    const fresh = createEngine(deals);
    const expected = questions.map((q) => fresh.ask(q));
    expect(expected.filter((answer) => answer.kind === 'answered').length).toBeGreaterThan(1);
    await writeTextsSnapshot(cacheDir, new Set());
    const written = builtTexts();

    const held = await readTextsSnapshot(cacheDir);
    expect([...held].sort()).toEqual([...written.names, ...written.facts].map(([key]) => key).sort());
    const primed = createEngine(deals);
    expect(questions.map((q) => primed.ask(q))).toEqual(expected);
  });

  it('is not written again when it already holds every text the build read', async () => {
    const deals = await corpus();
    createEngine(deals);
    await writeTextsSnapshot(cacheDir, new Set());
    const file = await snapshotOf();
    const before = (await stat(file)).mtimeMs;
    const held = await readTextsSnapshot(cacheDir);
    createEngine(deals);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeTextsSnapshot(cacheDir, held);
    expect((await stat(file)).mtimeMs).toBe(before);
  });

  it('drops an edited snapshot instead of reading it', async () => {
    createEngine(await corpus());
    await writeTextsSnapshot(cacheDir, new Set());
    const file = await snapshotOf();
    const written = await readFile(file, 'utf8');
    expect(written).toContain('atlantis');
    await writeFile(file, written.replace('atlantis', 'atlantys'));
    expect((await readTextsSnapshot(cacheDir)).size).toBe(0);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('reads nothing from a missing or unwritable cache folder, and never throws', async () => {
    const missing = path.join(cacheDir, 'nowhere');
    expect((await readTextsSnapshot(missing)).size).toBe(0);
    await writeFile(path.join(cacheDir, 'file'), '');
    await expect(
      writeTextsSnapshot(path.join(cacheDir, 'file', 'below'), new Set()),
    ).resolves.toBeUndefined();
  });
});
