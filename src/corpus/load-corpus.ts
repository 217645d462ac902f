import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Corpus, dealsFolder, hashFiles, type LoadCorpusOptions, type LoadResult } from './corpus.js';

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
  const snapshot =
    options.cacheDir === undefined
      ? undefined
      : path.join(options.cacheDir, `corpus-${hashFiles(files)}.json`);
  if (snapshot !== undefined) {
    try {
      const corpus = JSON.parse(await readFile(snapshot, 'utf8')) as Corpus;
      return { ok: true, corpus: { ...corpus, dir }, warnings: [] };
    } catch {
      // No snapshot yet (or an unreadable one): validate, then write one for next time.
    }
  }
  const { validateCorpusFiles } = await import('./validate-corpus.js');
  const result = validateCorpusFiles(dir, files, options);
  if (result.ok && snapshot !== undefined && options.cacheDir !== undefined) {
    try {
      await mkdir(options.cacheDir, { recursive: true });
      const temp = `${snapshot}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(result.corpus));
      await rename(temp, snapshot);
    } catch {
      // A read-only install still works, just without the shortcut.
    }
  }
  return result;
}
