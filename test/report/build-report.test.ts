import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildReport, formatReport, parseAge } from '../../src/report/build-report.js';
import { FeedbackStore } from '../../src/store/feedback-store.js';

describe('buildReport', () => {
  it('groups unanswered questions by normalised text and ranks disliked facts', async () => {
    const loaded = await loadCorpus(path.join('test', 'fixtures', 'good'));
    if (!loaded.ok) throw new Error('fixture');
    const store = new FeedbackStore(mkdtempSync(path.join(tmpdir(), 'sovbot-report-')));
    const at = new Date('2026-11-20');
    store.append({
      platform: 'slack',
      userId: 'a',
      kind: 'no-answer',
      question: 'Who runs Chile’s cloud?',
      reason: 'unknown-entity',
      at,
    });
    store.append({
      platform: 'discord',
      userId: 'b',
      kind: 'no-answer',
      question: 'who runs chile s cloud',
      reason: 'unknown-entity',
      at,
    });
    store.append({
      platform: 'slack',
      userId: 'c',
      kind: 'no-answer',
      question: 'Weather?',
      reason: 'off-topic',
      at,
    });
    store.append({
      platform: 'slack',
      userId: 'a',
      kind: 'down',
      question: 'q',
      factIds: ['atlantis-cloud-value'],
      at,
    });
    store.append({
      platform: 'slack',
      userId: 'b',
      kind: 'down',
      question: 'q',
      factIds: ['atlantis-cloud-value'],
      at,
    });
    store.append({
      platform: 'slack',
      userId: 'c',
      kind: 'up',
      question: 'q',
      factIds: ['atlantis-cloud-signed'],
      at,
    });
    store.append({
      platform: 'slack',
      userId: 'c',
      kind: 'no-answer',
      question: 'too old',
      at: new Date('2026-01-01'),
    });
    const since = new Date('2026-10-30');
    const report = buildReport(loaded.corpus, store.read(since), since, new Date('2028-01-01'));
    expect(report.unanswered.map((u) => [u.question, u.count])).toEqual([
      ['Who runs Chile’s cloud?', 2],
      ['Weather?', 1],
    ]);
    expect(report.unanswered[0]?.platforms).toEqual(['slack', 'discord']);
    expect(report.disliked).toEqual([
      { factId: 'atlantis-cloud-value', dealId: 'atlantis-cloud-2024', down: 2, up: 0 },
    ]);
    expect(report.staleDeals.map((d) => d.id)).toEqual(['atlantis-cloud-2024', 'atlantis-data-law-2023']);
    expect(formatReport(report)).toContain('2×  Who runs Chile’s cloud?');
  });

  it('parses ages', () => {
    expect(parseAge('30d')).toBe(30 * 86_400_000);
    expect(parseAge('12h')).toBe(12 * 3_600_000);
    expect(parseAge('2w')).toBe(14 * 86_400_000);
    expect(parseAge('soon')).toBeUndefined();
  });
});
