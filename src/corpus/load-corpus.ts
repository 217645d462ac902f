import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { dealsFolder, hashFiles, type LoadCorpusOptions, type LoadResult } from './corpus.js';

import { readCorpusSnapshot, writeCorpusSnapshot } from './corpus-snapshot.js';

// The types and helpers shared with the validator live in corpus.ts, so the two modules do not import
// each other (the validator is loaded lazily, only when a snapshot cannot be used).
export {
  type Corpus,
  type CorpusProblem,
  dealsFolder,
  formatProblem,
  hashFiles,
  type LoadCorpusOptions,
  type LoadResult,
} from './corpus.js';

/**
 * Reads every `<dir>/deals/*.yaml` file and validates it, reporting every problem of every file
 * in one run rather than stopping at the first.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<LoadResult> {
  const folder = dealsFolder(dir);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return {
      ok: false,
      warnings: [],
      problems: [
        {
          severity: 'error',
          file: folder,
          line: 1,
          field: '(folder)',
          message: `cannot read the corpus folder: ${code}`,
          hint: 'Check SOVBOT_CORPUS_DIR or --dir: it must name a folder that holds deals/<deal-id>.yaml files',
        },
      ],
    };
  }
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      return { file, source: await readFile(file, 'utf8') };
    }),
  );
  const snapshot = options.cacheDir === undefined ? undefined : snapshotFile(options.cacheDir, files);
  if (snapshot !== undefined && options.refreshCache !== true) {
    const corpus = await readCorpusSnapshot(snapshot, dir);
    if (corpus !== undefined) return { ok: true, corpus, warnings: [], fromSnapshot: true };
  }
  const { validateCorpusFiles } = await import('./validate-corpus.js');
  const result = validateCorpusFiles(dir, files, options);
  if (result.ok && snapshot !== undefined) await writeCorpusSnapshot(snapshot, result.corpus);
  return result;
}

/**
 * Where the snapshot of these files lives in the cache folder (named by the files' hash). Named apart from
 * the bare `corpus-<hash>.json` of versions before the envelope, which those versions read unchecked.
 */
export function snapshotFile(
  cacheDir: string,
  files: ReadonlyArray<{ file: string; source: string }>,
): string {
  return path.join(cacheDir, `snapshot-${hashFiles(files)}.json`);
}
