import { createHmac, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** One record: a question sovbot could not answer, or a 👍/👎 on an answer. */
export interface FeedbackRecord {
  /** ISO time. */
  at: string;
  platform: 'slack' | 'discord' | 'console' | 'cli';
  /** Keyed hash of the platform user id; the raw id is never stored. */
  user: string;
  kind: 'no-answer' | 'up' | 'down';
  question: string;
  /** For no-answer: why. */
  reason?: string;
  /** For 👍/👎: the facts the answer cited. */
  factIds?: string[];
}

/**
 * Append-only JSONL store under the data folder. Chosen over SQLite because each record is one
 * `appendFileSync` of one line: a crash (even kill -9) can at worst leave a torn last line, which
 * reading skips, and everything written before stays; no native module to build, nothing to migrate.
 */
export class FeedbackStore {
  readonly file: string;
  readonly #key: Buffer;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, 'feedback.jsonl');
    const keyFile = path.join(dataDir, 'user-hash.key');
    if (!existsSync(keyFile))
      writeFileSync(keyFile, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    this.#key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');
    // A crash mid-write can leave a torn last line: end it, so the next record starts on its own line.
    if (existsSync(this.file)) {
      const { size } = statSync(this.file);
      if (size > 0 && readLastByte(this.file, size) !== 0x0a) appendFileSync(this.file, '\n');
    }
  }

  /** Keyed SHA-256 of a platform user id: stable per install, not reversible without the key file. */
  hashUser(platform: string, userId: string): string {
    return hashUserId(this.#key, platform, userId);
  }

  /** Appends one record, durably, before returning. */
  append(record: Omit<FeedbackRecord, 'at' | 'user'> & { userId: string; at?: Date }): FeedbackRecord {
    const { userId, at, ...rest } = record;
    const stored: FeedbackRecord = {
      at: (at ?? new Date()).toISOString(),
      user: this.hashUser(record.platform, userId),
      ...rest,
    };
    appendFileSync(this.file, `${JSON.stringify(stored)}\n`);
    return stored;
  }

  /** Every intact record at or after `since`; a torn line from a crash is skipped. */
  read(since = new Date(0)): FeedbackRecord[] {
    if (!existsSync(this.file)) return [];
    const mark = since.toISOString();
    const records: FeedbackRecord[] = [];
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        const record = JSON.parse(line) as FeedbackRecord;
        if (typeof record.at === 'string' && record.at >= mark) records.push(record);
      } catch {
        // A torn last line from a crash mid-write: nothing acknowledged is lost, so skip it.
      }
    }
    return records;
  }

  /** Drops records older than `days`; rewrites the file atomically. Returns how many were dropped. */
  prune(days: number, now = new Date()): number {
    if (!existsSync(this.file)) return 0;
    const all = this.read();
    const keep = this.read(new Date(now.getTime() - days * 86_400_000));
    if (keep.length === all.length) return 0;
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, keep.map((r) => `${JSON.stringify(r)}\n`).join(''));
    renameSync(temp, this.file);
    return all.length - keep.length;
  }
}

function readLastByte(file: string, size: number): number | undefined {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1);
    readSync(fd, buffer, 0, 1, size - 1);
    return buffer[0];
  } finally {
    closeSync(fd);
  }
}

/** Keyed SHA-256 of `platform:userId`, 16 hex characters: how every store hashes user ids and keys. */
export function hashUserId(key: Buffer, platform: string, userId: string): string {
  return createHmac('sha256', key).update(`${platform}:${userId}`).digest('hex').slice(0, 16);
}
