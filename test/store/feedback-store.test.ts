import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../src/store/feedback-store.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'sovbot-store-'));

describe('FeedbackStore', () => {
  it('stores a keyed hash of the user id, never the raw id, stable across restarts', () => {
    const dir = tempDir();
    const store = new FeedbackStore(dir);
    store.append({
      platform: 'slack',
      userId: 'U0SECRETUSER',
      kind: 'no-answer',
      question: 'q?',
      reason: 'not-covered',
    });
    expect(readFileSync(store.file, 'utf8')).not.toContain('U0SECRETUSER');
    const again = new FeedbackStore(dir);
    expect(again.read()[0]?.user).toBe(store.hashUser('slack', 'U0SECRETUSER'));
    expect(store.hashUser('slack', 'U1')).not.toBe(store.hashUser('discord', 'U1'));
    // Another install (another key) cannot link the same user.
    expect(new FeedbackStore(tempDir()).hashUser('slack', 'U0SECRETUSER')).not.toBe(
      store.hashUser('slack', 'U0SECRETUSER'),
    );
  });

  it('survives a torn last line from a crash mid-write and keeps every complete record', () => {
    const store = new FeedbackStore(tempDir());
    store.append({ platform: 'discord', userId: '1', kind: 'down', question: 'a', factIds: ['f1'] });
    store.append({ platform: 'discord', userId: '2', kind: 'up', question: 'b', factIds: ['f2'] });
    appendFileSync(store.file, '{"at":"2026-11-29T10:00:00.000Z","platform":"disc');
    expect(store.read().map((r) => r.question)).toEqual(['a', 'b']);
    store.append({ platform: 'discord', userId: '3', kind: 'up', question: 'c', factIds: [] });
    expect(store.read().map((r) => r.question)).toEqual(['a', 'b']);
  });

  it('filters by date and prunes records past the retention period', () => {
    const store = new FeedbackStore(tempDir());
    store.append({
      platform: 'cli',
      userId: 'x',
      kind: 'no-answer',
      question: 'old',
      at: new Date('2026-01-01'),
    });
    store.append({
      platform: 'cli',
      userId: 'x',
      kind: 'no-answer',
      question: 'new',
      at: new Date('2026-11-28'),
    });
    expect(store.read(new Date('2026-11-01')).map((r) => r.question)).toEqual(['new']);
    expect(store.prune(90, new Date('2026-11-29'))).toBe(1);
    expect(store.read().map((r) => r.question)).toEqual(['new']);
  });
});
