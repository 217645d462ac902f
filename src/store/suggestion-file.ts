import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NewSuggestion, Suggestion } from './state-store.js';

/**
 * One line of `suggestions.jsonl`: a suggestion made, one closed, or `gone`: the number of the last
 * suggestion pruned, kept so that its number is never given again (as PostgreSQL's sequence does not).
 */
type Line =
  | ({ op: 'add' } & Suggestion)
  | { op: 'close'; id: number; at: string }
  | { op: 'gone'; id: number };

/**
 * The embedded store's suggestions: an append-only JSONL file beside `feedback.jsonl`, one line per
 * suggestion made and one per suggestion closed, so each change is a single `appendFileSync` (a crash
 * leaves at worst a torn last line, skipped on reading) and `sovbot suggestions close` can append
 * while the bot runs. Numbers are the highest so far plus one, read from the file at each addition.
 */
export class SuggestionFile {
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly hashUser: (platform: string, userId: string) => string,
  ) {
    this.file = path.join(dataDir, 'suggestions.jsonl');
  }

  add(suggestion: NewSuggestion): Suggestion {
    const id = this.#lines().reduce((max, line) => Math.max(max, line.id), 0) + 1;
    // Field by field: whatever else the caller's object holds is not stored.
    const stored: Suggestion = {
      id,
      at: (suggestion.at ?? new Date()).toISOString(),
      platform: suggestion.platform,
      user: this.hashUser(suggestion.platform, suggestion.userId),
      kind: suggestion.kind,
      dealIds: [...suggestion.dealIds],
      factIds: [...suggestion.factIds],
      what: suggestion.what,
      link: suggestion.link,
      ...(suggestion.note === undefined ? {} : { note: suggestion.note }),
      status: 'open',
    };
    this.#append({ op: 'add', ...stored });
    return stored;
  }

  list(status?: Suggestion['status']): Suggestion[] {
    const all = this.#fold(this.#lines());
    return status === undefined ? all : all.filter((s) => s.status === status);
  }

  get(id: number): Suggestion | undefined {
    return this.list().find((s) => s.id === id);
  }

  close(id: number, now = new Date()): Suggestion | undefined {
    const found = this.get(id);
    if (found === undefined || found.status === 'closed') return found;
    const at = now.toISOString();
    this.#append({ op: 'close', id, at });
    return { ...found, status: 'closed', closedAt: at };
  }

  /** Drops suggestions closed before `days` ago; rewrites the file atomically. */
  prune(days: number, now = new Date()): void {
    const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
    const lines = this.#lines();
    const gone = new Set(
      this.#fold(lines)
        .filter((s) => s.closedAt !== undefined && s.closedAt < cutoff)
        .map((s) => s.id),
    );
    if (gone.size === 0) return;
    const last = lines.reduce((max, line) => Math.max(max, line.id), 0);
    const kept: Line[] = lines.filter((line) => !gone.has(line.id) && line.op !== 'gone');
    if (!kept.some((line) => line.id === last)) kept.push({ op: 'gone', id: last });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, kept.map((line) => `${JSON.stringify(line)}\n`).join(''));
    renameSync(temp, this.file);
  }

  #append(line: Line): void {
    // A torn last line from a crash: end it first, so this one starts on its own line.
    const torn = existsSync(this.file) && !readFileSync(this.file, 'utf8').endsWith('\n');
    appendFileSync(this.file, `${torn ? '\n' : ''}${JSON.stringify(line)}\n`);
  }

  #lines(): Line[] {
    if (!existsSync(this.file)) return [];
    const lines: Line[] = [];
    for (const text of readFileSync(this.file, 'utf8').split('\n')) {
      if (text.trim() === '') continue;
      try {
        const line = JSON.parse(text) as Line;
        if (['add', 'close', 'gone'].includes(line.op) && typeof line.id === 'number') lines.push(line);
      } catch {
        // A torn last line from a crash mid-write: nothing acknowledged is lost, so skip it.
      }
    }
    return lines;
  }

  #fold(lines: readonly Line[]): Suggestion[] {
    const byId = new Map<number, Suggestion>();
    for (const line of lines) {
      if (line.op === 'add') {
        const { op: _op, ...suggestion } = line;
        byId.set(line.id, suggestion);
      } else if (line.op === 'close') {
        const found = byId.get(line.id);
        if (found !== undefined && found.status === 'open')
          byId.set(line.id, { ...found, status: 'closed', closedAt: line.at });
      }
    }
    return [...byId.values()].sort((a, b) => a.id - b.id);
  }
}
