import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pruneCacheFiles } from '../cache-folder.js';
import { projectRoot } from '../paths.js';
import { type BuiltTexts, builtTexts, primeTexts } from './create-engine.js';
import { fold } from './normalize.js';

// The CLI is a new process for every question, and reading the corpus texts (folding, tokenising, stemming
// in two languages) is the larger part of building its engine: what a build read is kept in the cache
// folder beside the corpus snapshot, for the next process to start from.

/**
 * The modules whose code decides a text's words and index terms, and package.json (which pins the
 * stemmers and the stopword lists): a snapshot written by other code is never read back.
 */
const WRITTEN_BY = ['normalize', 'lexicon', 'search-index', 'create-engine'];

/** A fingerprint of the code that read the texts, or undefined if some of it cannot be read (no snapshot then). */
async function writerKey(): Promise<string | undefined> {
  // .js when built, .ts under vitest.
  const extension = path.extname(new URL(import.meta.url).pathname);
  const files = [
    ...WRITTEN_BY.map((name) => new URL(`./${name}${extension}`, import.meta.url)),
    path.join(projectRoot, 'package.json'),
  ];
  try {
    const hash = createHash('sha256');
    for (const text of await Promise.all(files.map((file) => readFile(file, 'utf8'))))
      hash.update(text).update('\0');
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * On disk: one line of JSON `{ writer, digest }`, then the texts as JSON (not a string inside the first
 * object, which would be escaped, unescaped and parsed twice). `digest` is the SHA-256 of the texts as
 * written: a file edited or cut short after writing shows as a mismatch.
 */
interface SnapshotHeader {
  writer: string;
  digest: string;
}

/** The facts' folded English text is left out: the key holds the text, and folding it again is cheap. */
interface StoredTexts {
  names: BuiltTexts['names'];
  facts: Array<[key: string, words: string[], wordsFr: string[], terms: string[]]>;
}

/** The snapshot of this code's builds in a cache folder: named by the code, so other versions keep theirs. */
function snapshotFile(cacheDir: string, writer: string): string {
  return path.join(cacheDir, `texts-${writer.slice(0, 16)}.json`);
}

/**
 * Gives the next build what the snapshot in `cacheDir` holds (see {@link primeTexts}), if the same code
 * wrote it and it is intact; anything else is deleted. Returns the texts it held, for
 * {@link writeTextsSnapshot}. Never throws.
 */
export async function readTextsSnapshot(cacheDir: string): Promise<ReadonlySet<string>> {
  const writer = await writerKey();
  if (writer === undefined) return new Set();
  const file = snapshotFile(cacheDir, writer);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return new Set();
  }
  try {
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as Partial<SnapshotHeader>;
    const body = text.slice(newline + 1);
    if (newline > 0 && header.writer === writer && header.digest === sha256(body)) {
      const stored = JSON.parse(body) as StoredTexts;
      const facts: BuiltTexts['facts'] = stored.facts.map(([key, words, wordsFr, terms]) => [
        key,
        { folded: fold(key.slice(0, key.indexOf('\0'))), words, wordsFr, terms },
      ]);
      primeTexts({ names: stored.names, facts });
      return new Set([...stored.names.map(([key]) => key), ...facts.map(([key]) => key)]);
    }
  } catch {
    // Not JSON, or not its shape: dropped below like any other bad snapshot.
  }
  await rm(file, { force: true }).catch(() => undefined);
  return new Set();
}

/**
 * Writes what the latest build read from the texts into `cacheDir`, atomically (temp file, then rename),
 * unless the snapshot already `held` all of it. A read-only folder is not an error. Never throws.
 */
export async function writeTextsSnapshot(cacheDir: string, held: ReadonlySet<string>): Promise<void> {
  const built = builtTexts();
  if ([...built.names, ...built.facts].every(([key]) => held.has(key))) return;
  const writer = await writerKey();
  if (writer === undefined) return;
  const file = snapshotFile(cacheDir, writer);
  const stored: StoredTexts = {
    names: built.names,
    facts: built.facts.map(([key, { words, wordsFr, terms }]) => [key, [...words], [...wordsFr], [...terms]]),
  };
  const body = JSON.stringify(stored);
  const header: SnapshotHeader = { writer, digest: sha256(body) };
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify(header)}\n${body}`);
    await rename(temp, file);
    await pruneCacheFiles(cacheDir, 'texts-');
  } catch {
    // A read-only cache folder only costs the shortcut.
  }
}
