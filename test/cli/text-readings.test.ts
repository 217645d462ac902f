import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, defaultCorpusDir, loadCorpus } from '../../src/index.js';
import { loadTextReadings, saveTextReadings, textReadingCount } from '../../src/text-readings-file.js';

// The CLI keeps what each corpus text read as between runs: reused only when the same reading code wrote it.
describe('text readings file', () => {
  it('round-trips the readings a build made, and refuses a file written by other reading code', async () => {
    const loaded = await loadCorpus(defaultCorpusDir);
    if (!loaded.ok) throw new Error('bundled corpus invalid');
    const before = createEngine(loaded.corpus).ask('How much is the GCHQ AWS deal worth?');
    const dir = await mkdtemp(path.join(tmpdir(), 'sovbot-readings-'));
    const file = path.join(dir, 'text-readings.json');
    await saveTextReadings(file);
    const count = textReadingCount();
    expect(count).toBeGreaterThan(loaded.corpus.deals.length);
    expect(await loadTextReadings(file)).toBe(count);
    // Built on the readings read back, the engine answers the same.
    expect(createEngine(loaded.corpus).ask('How much is the GCHQ AWS deal worth?')).toEqual(before);

    const kept = JSON.parse(await readFile(file, 'utf8')) as { readers: string };
    await writeFile(file, JSON.stringify({ ...kept, readers: 'other code' }));
    expect(await loadTextReadings(file)).toBe(0);
    await writeFile(file, '{"readers": "tru');
    expect(await loadTextReadings(file)).toBe(0);
    expect(await loadTextReadings(path.join(dir, 'missing.json'))).toBe(0);
  });
});
