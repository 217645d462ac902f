import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pruneCacheFiles } from '../cache-folder.js';
import type { Corpus } from './corpus.js';

/**
 * What a snapshot was written by: the package version and the schema module's own text. A snapshot
 * written by another version (an older shape of `Deal`) is never read back; editing schema.ts in a
 * checkout changes it too, without a version bump.
 */
async function writerKey(): Promise<string> {
  const [schema, manifest] = await Promise.all([
    readFile(new URL('./schema.js', import.meta.url), 'utf8').catch(() => ''),
    readFile(new URL(packageJsonUrl(), import.meta.url), 'utf8').catch(() => '{}'),
  ]);
  const version = String((JSON.parse(manifest) as { version?: unknown }).version ?? 'unknown');
  return `${version}:${sha256(schema).slice(0, 16)}`;
}

// src/corpus/ in tests, dist/src/corpus/ when built.
function packageJsonUrl(): string {
  return import.meta.url.includes('/dist/src/corpus/') ? '../../../package.json' : '../../package.json';
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

interface SnapshotFile {
  /** Package version and schema fingerprint of the writer (see writerKey). */
  writer: string;
  /** SHA-256 of `corpus`, as written: any change to the file after writing shows as a mismatch. */
  digest: string;
  corpus: string;
}

/**
 * Reads a snapshot back if, and only if, the same version of sovbot wrote it and it is intact;
 * anything else (missing, unreadable, another writer, edited or truncated) is deleted and undefined
 * is returned, so the caller validates the YAML again and writes a fresh one. Never throws.
 */
export async function readCorpusSnapshot(file: string, dir: string): Promise<Corpus | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const snapshot = JSON.parse(text) as Partial<SnapshotFile>;
    if (
      typeof snapshot.corpus === 'string' &&
      snapshot.writer === (await writerKey()) &&
      snapshot.digest === sha256(snapshot.corpus)
    )
      return { ...(JSON.parse(snapshot.corpus) as Corpus), dir };
  } catch {
    // Not JSON: dropped below like any other bad snapshot.
  }
  await rm(file, { force: true }).catch(() => undefined);
  return undefined;
}

/** Writes a snapshot atomically (temp file, then rename); a read-only folder is not an error. */
export async function writeCorpusSnapshot(file: string, corpus: Corpus): Promise<void> {
  const body = JSON.stringify(corpus);
  const snapshot: SnapshotFile = { writer: await writerKey(), digest: sha256(body), corpus: body };
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(snapshot));
    await rename(temp, file);
    await pruneCacheFiles(path.dirname(file), 'snapshot-');
  } catch {
    // A read-only install still works, just without the shortcut.
  }
}
