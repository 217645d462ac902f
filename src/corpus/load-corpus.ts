import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Deal } from './schema.js';

/** One thing wrong (or worth a look) in a corpus file. */
export interface CorpusProblem {
  severity: 'error' | 'warning';
  /** Path of the file, as given to the loader (relative when the directory was relative). */
  file: string;
  /** 1-based line of the offending node, or of its nearest existing parent. */
  line: number;
  /** Field path such as `facts[2].sources[0]`, or `(file)` for the file as a whole. */
  field: string;
  /** What is wrong. */
  message: string;
  /** The offending value, shortened, when there is one. */
  value?: string;
  /** What to do about it. */
  hint: string;
}

/** A validated corpus: every deal checked, every citation resolvable. */
export interface Corpus {
  /** Folder the corpus was read from. */
  dir: string;
  deals: Deal[];
  /** Short hash of all file contents: changes whenever any entry changes. */
  version: string;
  /** Newest `reviewed` date among the deals (the corpus date shown in answers). */
  reviewedUntil: string;
  factCount: number;
  sourceCount: number;
}

export type LoadResult =
  | { ok: true; corpus: Corpus; warnings: CorpusProblem[] }
  | { ok: false; problems: CorpusProblem[]; warnings: CorpusProblem[] };

export interface LoadCorpusOptions {
  /** Today, for the "not reviewed in 12 months" warning. Defaults to the current date. */
  now?: Date;
  /**
   * Folder for a validated snapshot of the corpus, keyed by the hash of its files: when the files have
   * not changed, loading skips YAML parsing and validation (most of a cold start). Off by default;
   * warnings are not kept in the snapshot, so `corpus check` never uses it.
   */
  cacheDir?: string;
}

/** Formats a problem as `<file>:<line>: <field>: <message> (<value>). <hint>`. */
export function formatProblem(problem: CorpusProblem): string {
  const value = problem.value === undefined ? '' : ` (${problem.value})`;
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${problem.field}: ${tag}${problem.message}${value}. ${problem.hint}`;
}

/** The folder holding the deal files: `<dir>/deals`. */
export function dealsFolder(dir: string): string {
  return path.join(dir, 'deals');
}

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

/** Short hash of the files' names and contents: the corpus version. */
export function hashFiles(files: ReadonlyArray<{ file: string; source: string }>): string {
  const hash = createHash('sha256');
  for (const { file, source } of files)
    hash.update(path.basename(file)).update('\0').update(source).update('\0');
  return hash.digest('hex').slice(0, 12);
}
