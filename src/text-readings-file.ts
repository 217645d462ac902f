import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rememberTextReadings, type TextReading, textReadings } from './engine/create-engine.js';

// The CLI answers one question per process: reading the corpus texts (folding, splitting, stemming) is a
// good part of its start. It keeps what each text read as in a file beside the corpus snapshot, marked
// with a fingerprint of the code that reads texts, so an edited stopword list or stemmer never reuses a
// reading made by other code. A missing, stale or broken file only means the texts are read again.

/** The modules whose code decides what a text reads as. */
const READERS = [
  './engine/normalize.js',
  './engine/lexicon.js',
  './engine/search-index.js',
  './engine/create-engine.js',
];

async function readersFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const module of READERS)
    hash.update(await readFile(new URL(module, import.meta.url), 'utf8').catch(() => ''));
  return hash.digest('hex');
}

interface ReadingsFile {
  readers: string;
  readings: Array<[string, TextReading]>;
}

/** Loads the readings kept in `file`, when the same code wrote them; returns how many (0 when none). */
export async function loadTextReadings(file: string): Promise<number> {
  try {
    const [text, readers] = await Promise.all([readFile(file, 'utf8'), readersFingerprint()]);
    const kept = JSON.parse(text) as Partial<ReadingsFile>;
    if (kept.readers !== readers || !Array.isArray(kept.readings)) return 0;
    rememberTextReadings(kept.readings);
    return kept.readings.length;
  } catch {
    return 0;
  }
}

/** How many readings the process holds: more than were loaded means texts were read afresh. */
export function textReadingCount(): number {
  return textReadings().length;
}

/** Writes the readings made so far to `file` (atomically); a read-only folder is not an error. */
export async function saveTextReadings(file: string): Promise<void> {
  try {
    const body: ReadingsFile = { readers: await readersFingerprint(), readings: textReadings() };
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(body));
    await rename(temp, file);
  } catch {
    // Without the file the next run reads the texts again.
  }
}
