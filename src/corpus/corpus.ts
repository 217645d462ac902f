import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Deal } from './schema.js';

/** One thing wrong (or worth a look) in a corpus file. */
export interface CorpusProblem {
  severity: 'error' | 'warning';
  /** Path of the file, as given to the loader (relative when the directory was relative). */
  file: string;
  /** 1-based line of the offending node, or of its nearest existing parent. */
  line: number;
  /** 1-based column, when the parser gives one (YAML syntax errors). */
  column?: number;
  /** The offending line as written in the file, quoted under the message (YAML syntax errors). */
  excerpt?: string;
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
  | {
      ok: true;
      corpus: Corpus;
      warnings: CorpusProblem[];
      /** Set when the corpus came from the snapshot cache rather than from validating the files. */
      fromSnapshot?: true;
    }
  | { ok: false; problems: CorpusProblem[]; warnings: CorpusProblem[] };

export interface LoadCorpusOptions {
  /** Today, for the "not reviewed in 12 months" warning. Defaults to the current date. */
  now?: Date;
  /**
   * Folder for a validated snapshot of the corpus, keyed by the hash of its files, sovbot's version and
   * its schema: when none has changed, loading skips YAML parsing and validation (most of a cold start).
   * A snapshot that does not read back intact is deleted and rebuilt. Off by default; warnings are not
   * kept in the snapshot, so `corpus check` never uses it.
   */
  cacheDir?: string;
  /** Validate the files even when a snapshot exists, and overwrite it (a snapshot that proved unusable). */
  refreshCache?: boolean;
}

/**
 * Formats a problem as `<file>:<line>[:<column>]: <field>: <message> (<value>). <hint>`, followed, when the
 * problem has an excerpt, by the offending line and a caret under the column (as compilers print them).
 */
export function formatProblem(problem: CorpusProblem): string {
  const value = problem.value === undefined ? '' : ` (${problem.value})`;
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  const place = problem.column === undefined ? `${problem.line}` : `${problem.line}:${problem.column}`;
  const head = `${problem.file}:${place}: ${problem.field}: ${tag}${problem.message}${value}. ${problem.hint}`;
  if (problem.excerpt === undefined) return head;
  const gutter = String(problem.line);
  const caret =
    problem.column === undefined
      ? ''
      : `\n  ${' '.repeat(gutter.length)} | ${' '.repeat(problem.column - 1)}^`;
  return `${head}\n  ${gutter} | ${problem.excerpt}${caret}`;
}

/** Problems of one run in reading order: by file, then line, errors before warnings on the same line. */
export function byPlace(a: CorpusProblem, b: CorpusProblem): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
  );
}

/** The folder holding the deal files: `<dir>/deals`. */
export function dealsFolder(dir: string): string {
  return path.join(dir, 'deals');
}

/** Short hash of the files' names and contents: the corpus version. */
export function hashFiles(files: ReadonlyArray<{ file: string; source: string }>): string {
  const hash = createHash('sha256');
  for (const { file, source } of files)
    hash.update(path.basename(file)).update('\0').update(source).update('\0');
  return hash.digest('hex').slice(0, 12);
}
