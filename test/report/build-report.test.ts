import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { Deal } from '../../src/corpus/schema.js';
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
      question: 'Atlantis contract value?',
      factIds: ['atlantis-cloud-value'],
      at,
    });
    store.append({
      platform: 'slack',
      userId: 'b',
      kind: 'down',
      question: 'How much is the Atlantis cloud worth?',
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
      {
        factId: 'atlantis-cloud-value',
        dealId: 'atlantis-cloud-2024',
        down: 2,
        up: 0,
        questions: ['How much is the Atlantis cloud worth?', 'Atlantis contract value?'],
      },
    ]);
    expect(report.staleDeals.map((d) => d.id)).toEqual(['atlantis-cloud-2024', 'atlantis-data-law-2023']);
    expect(formatReport(report)).toContain('2×  Who runs Chile’s cloud?');
    // The 👎 list says what was asked, not only which fact was cited.
    expect(formatReport(report)).toMatch(
      /atlantis-cloud-value \(atlantis-cloud-2024\)\n\s+asked: How much is the Atlantis cloud worth\?\n\s+asked: Atlantis contract value\?/,
    );
  });

  it('prints a hostile stored question with its control characters made visible; JSON keeps it exact', async () => {
    const loaded = await loadCorpus(path.join('test', 'fixtures', 'good'));
    if (!loaded.ok) throw new Error('fixture');
    const store = new FeedbackStore(mkdtempSync(path.join(tmpdir(), 'sovbot-report-')));
    // Recolour, retitle the window (OSC … BEL), a C1 CSI, a right-to-left override, and a forged report line.
    const hostile = 'Hi \u001b[31mRED\u001b]0;pwned\u0007 \u009b2J \u202eevil\n  999×  forged line';
    store.append({
      platform: 'slack',
      userId: 'x',
      kind: 'no-answer',
      question: hostile,
      reason: 'off-topic',
    });
    store.append({
      platform: 'slack',
      userId: 'x',
      kind: 'down',
      question: hostile,
      factIds: ['atlantis-cloud-value'],
    });
    const since = new Date(Date.now() - 86_400_000);
    const report = buildReport(loaded.corpus, store.read(since), since);
    const text = formatReport(report);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('Hi \\x1b[31mRED\\x1b]0;pwned\\x07 \\x9b2J \\u202eevil\\n  999×  forged line');
    expect(text.split('\n').filter((line) => line.includes('forged line'))).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(report)).unanswered[0].question).toBe(hostile);
  });

  it('lists plans past their date, and no longer every fact whose asOf is old', async () => {
    const loaded = await loadCorpus(path.join('test', 'fixtures', 'good'));
    if (!loaded.ok) throw new Error('fixture');
    const [cloud, law] = loaded.corpus.deals as [Deal, Deal];
    const planned = {
      ...cloud,
      facts: cloud.facts.map((f, i) =>
        i === 0
          ? { ...f, text: `${f.text} A renewal is expected by the end of March 2026.`, asOf: '2019' }
          : f,
      ),
    };
    const corpus = { ...loaded.corpus, deals: [planned, law] };
    const since = new Date('2026-11-01');
    const report = buildReport(corpus, [], since, new Date('2026-12-04'));
    expect(report.stalePlans).toEqual([
      {
        factId: 'atlantis-cloud-signed',
        dealId: 'atlantis-cloud-2024',
        due: '2026-03-31',
        phrase: 'is expected by the end of March 2026',
      },
    ]);
    const text = formatReport(report);
    expect(text).toContain('Plans past their date (1)');
    expect(text).toContain('due 2026-03-31  atlantis-cloud-signed (atlantis-cloud-2024)');
    expect(text).not.toMatch(/asOf/);
  });

  it('parses ages', () => {
    expect(parseAge('30d')).toBe(30 * 86_400_000);
    expect(parseAge('12h')).toBe(12 * 3_600_000);
    expect(parseAge('2w')).toBe(14 * 86_400_000);
    expect(parseAge('soon')).toBeUndefined();
  });
});
