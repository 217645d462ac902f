import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

// The CLI's cache folder gets a new snapshot whenever the corpus or the code changes, and nothing else
// ever removes the old ones: each writer keeps the few newest files of its kind and deletes the rest.

/** Snapshots of one kind kept in the cache folder: enough for a few corpora and versions side by side. */
export const CACHE_FILES_KEPT = 8;

/**
 * Deletes all but the `keep` most recently written files of `dir` whose names start with `prefix`
 * and end in `.json`. Best effort: a file that vanished or cannot be removed is left alone. Never throws.
 */
export async function pruneCacheFiles(dir: string, prefix: string, keep = CACHE_FILES_KEPT): Promise<void> {
  try {
    const names = (await readdir(dir)).filter((name) => name.startsWith(prefix) && name.endsWith('.json'));
    if (names.length <= keep) return;
    const dated = await Promise.all(
      names.map(async (name) => {
        const file = path.join(dir, name);
        const written = await stat(file).then(
          (s) => s.mtimeMs,
          () => 0,
        );
        return { file, written };
      }),
    );
    dated.sort((a, b) => b.written - a.written);
    await Promise.all(dated.slice(keep).map(({ file }) => rm(file, { force: true }).catch(() => undefined)));
  } catch {
    // No folder, no listing: nothing to prune.
  }
}
