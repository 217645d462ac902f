import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneCacheFiles } from '../../src/cache-folder.js';

describe('pruneCacheFiles', () => {
  it('keeps the newest snapshots of one kind and leaves every other file alone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sovbot-prune-'));
    const start = Date.now() / 1000 - 1000;
    for (let i = 0; i < 12; i++) {
      const file = path.join(dir, `snapshot-${String(i).padStart(2, '0')}.json`);
      await writeFile(file, '{}');
      await utimes(file, start + i, start + i);
    }
    await writeFile(path.join(dir, 'texts-abc.json'), '{}');
    await writeFile(path.join(dir, 'snapshot-notes.txt'), '');
    await pruneCacheFiles(dir, 'snapshot-', 8);
    const left = (await readdir(dir)).sort();
    expect(left.filter((n) => n.startsWith('snapshot-') && n.endsWith('.json'))).toEqual(
      Array.from({ length: 8 }, (_, i) => `snapshot-${String(i + 4).padStart(2, '0')}.json`),
    );
    expect(left).toContain('texts-abc.json');
    expect(left).toContain('snapshot-notes.txt');
  });

  it('never throws on a folder that does not exist', async () => {
    await expect(pruneCacheFiles(path.join(tmpdir(), 'sovbot-no-such-folder-x'), 'snapshot-')).resolves.toBe(
      undefined,
    );
  });
});
