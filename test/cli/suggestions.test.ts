import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EmbeddedStore, type Suggestion } from '../../src/index.js';

// The built CLI (npm test builds first) on an embedded store's folder made here.
const run = promisify(execFile);
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(SLACK_|DISCORD_|SOVBOT_)/.test(key)),
) as NodeJS.ProcessEnv;

async function sovbot(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [path.join('dist', 'src', 'cli.js'), ...args], {
      env: cleanEnv,
      timeout: 15_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-suggestions-'));
const data = path.join(dir, 'data');
const corpus = path.join(dir, 'corpus');
// Stored past the bots' checks, as an older version or a hand-edited file might hold it.
const HOSTILE = 'Spain \u001b[2J\u001b[31mred\u0007 \u202egnp.exe';
let deal: Suggestion;
let correction: Suggestion;

beforeAll(async () => {
  const store = new EmbeddedStore(data);
  const base = { platform: 'slack', userId: 'U1', dealIds: [], factIds: [] } as const;
  deal = await store.addSuggestion({
    ...base,
    kind: 'deal',
    what: HOSTILE,
    link: 'https://example.org/es?a=1&b=2#x',
    note: 'line one\nline two',
  });
  correction = await store.addSuggestion({
    ...base,
    kind: 'correction',
    dealIds: ['atlantis-cloud-2024'],
    what: 'Wrong value',
    link: 'https://example.org/atl',
  });
});

describe('sovbot report, suggestions close, corpus new --from-suggestion', () => {
  it('report lists the open suggestions: control characters escaped in text, exact in JSON', async () => {
    const report = await sovbot(['report', '--data', data, '--dir', path.join('test', 'fixtures', 'good')]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Open suggestions (2):');
    expect(report.stdout).toContain('Spain \\x1b[2J\\x1b[31mred\\x07 \\u202egnp.exe');
    expect(report.stdout).toContain('note: line one\\nline two');
    expect(report.stdout).toContain(`#${correction.id}`);
    expect(report.stdout).toContain('correction of atlantis-cloud-2024: Wrong value');
    expect(report.stdout).not.toMatch(/(?!\n)\p{Cc}|\u202e/u);
    const json = await sovbot([
      'report',
      '--json',
      '--data',
      data,
      '--dir',
      path.join('test', 'fixtures', 'good'),
    ]);
    expect(JSON.parse(json.stdout).suggestions).toEqual([deal, correction]);
  });

  it('corpus new --from-suggestion writes the skeleton with the suggested link as its first source', async () => {
    const made = await sovbot([
      'corpus',
      'new',
      'spain-tax-2026',
      '--from-suggestion',
      String(deal.id),
      '--data',
      data,
      '--dir',
      corpus,
    ]);
    expect(made.code).toBe(0);
    const text = readFileSync(path.join(corpus, 'deals', 'spain-tax-2026.yaml'), 'utf8');
    const entry = parse(text) as { id: string; sources: Array<{ url: string }> };
    expect(entry.id).toBe('spain-tax-2026');
    expect(entry.sources[0]?.url).toBe('https://example.org/es?a=1&b=2#x');
    expect(text).toContain(`From suggestion #${deal.id}`);
    // The user's words are quoted in a comment, escaped: nothing of them can end the comment.
    expect(text).not.toMatch(/(?!\n)\p{Cc}|\u202e/u);
    expect(text.split('\n').filter((line) => line.includes('line two'))).toEqual([
      expect.stringMatching(/^# Note: line one\\nline two$/),
    ]);

    const wrongKind = await sovbot([
      'corpus',
      'new',
      'x-y',
      '--from-suggestion',
      String(correction.id),
      '--data',
      data,
      '--dir',
      corpus,
    ]);
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.stderr).toContain(
      'is a correction of corpus/deals/atlantis-cloud-2024.yaml, not a new deal',
    );
    const missing = await sovbot([
      'corpus',
      'new',
      'x-y',
      '--from-suggestion',
      '999',
      '--data',
      data,
      '--dir',
      corpus,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no suggestion #999');
  });

  it('suggestions close closes one; report no longer lists it; an unknown number exits 1', async () => {
    const closed = await sovbot(['suggestions', 'close', String(deal.id), '--data', data]);
    expect(closed).toMatchObject({ code: 0, stdout: `closed suggestion #${deal.id}\n` });
    const again = await sovbot(['suggestions', 'close', String(deal.id), '--data', data]);
    expect(again.stdout).toContain('was already closed');
    const report = await sovbot([
      'report',
      '--json',
      '--data',
      data,
      '--dir',
      path.join('test', 'fixtures', 'good'),
    ]);
    expect(JSON.parse(report.stdout).suggestions).toEqual([correction]);
    const unknown = await sovbot(['suggestions', 'close', '999', '--data', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('there is no suggestion #999');
    const notNumber = await sovbot(['suggestions', 'close', '1; rm -rf', '--data', data]);
    expect(notNumber.code).toBe(1);
    expect(notNumber.stderr).toContain('expected the number of a suggestion');
  });
});
