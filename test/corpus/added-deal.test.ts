import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { createEngine, type Engine } from '../../src/engine/create-engine.js';
import { evalFileSchema, runEval } from '../../src/eval/run-eval.js';
import { defaultCorpusDir } from '../../src/paths.js';

// What CONTRIBUTING promises: adding a valid deal leaves the suite's properties holding. A throw-away,
// made-up two-fact deal (never in the real corpus) is added to a temporary copy of the corpus; it shares
// words with real deals ("government cloud", "selected", "signed") so it competes with them in ranking.
const throwAway = `id: atlantis-government-cloud-2026
title: Atlantis Government Cloud selection
title_fr: Sélection du cloud gouvernemental atlante
date: 2026-03
kind: contract
status: signed
jurisdiction: Atlantis
customers: [Atlantis Digital Office]
providers: [Example Cloud]
aliases: [Atlantis Government Cloud, cloud gouvernemental atlante]
reviewed: 2026-11-01
facts:
  - id: atlantis-gc-selected
    text: In March 2026 the Atlantis Digital Office selected Example Cloud for the Atlantis Government Cloud.
    text_fr: En mars 2026, l'Office numérique atlante a retenu Example Cloud pour le cloud gouvernemental atlante.
    topics: [parties, date]
    sources: [s1]
  - id: atlantis-gc-signed
    text: The Atlantis Government Cloud contract was signed in March 2026 for three years.
    text_fr: Le contrat du cloud gouvernemental atlante a été signé en mars 2026 pour trois ans.
    topics: [date, value]
    sources: [s1]
sources:
  - id: s1
    publisher: Atlantis Gazette
    title: Example Cloud wins the Government Cloud
    url: https://example.org/atlantis/government-cloud
    date: 2026-03
    language: en
`;

const cases = (file: string) => evalFileSchema.parse(parse(readFileSync(file, 'utf8'))).cases;
const knownFailures = new Set<string>(
  (parse(readFileSync('test/golden/known-failures.yaml', 'utf8')) as { questions: string[] }).questions,
);

let engine: Engine;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sovbot-added-deal-'));
  cpSync(defaultCorpusDir, dir, { recursive: true });
  writeFileSync(path.join(dir, 'deals', 'atlantis-government-cloud-2026.yaml'), throwAway);
  const result = await loadCorpus(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  engine = createEngine(result.corpus);
});

describe('the bundled corpus plus one added valid deal', () => {
  it('loads, and the added deal is answerable with citations', () => {
    const answer = engine.ask('Who did Atlantis select for its Government Cloud?');
    expect(answer).toMatchObject({ kind: 'answered', deals: [{ id: 'atlantis-government-cloud-2026' }] });
  });

  it.each([
    ['golden', 'test/golden/golden.yaml'],
    ['held-out', 'test/golden/holdout.yaml'],
  ])('%s questions: still no regression beyond the known failures', (_name, file) => {
    const report = runEval(engine, cases(file));
    const broke = report.results.filter((r) => !r.ok && !knownFailures.has(r.case.q));
    expect(broke.map((r) => `${r.case.q}: ${r.failure}`)).toEqual([]);
  });

  // With one more deal "signed" crosses the common-word share: the follow-up must still stay on the
  // conversation's deal.
  it('a follow-up keeps the deal of the conversation', () => {
    const first = engine.ask('How much is the GCHQ AWS deal worth?');
    expect(first).toMatchObject({ kind: 'answered', deals: [{ id: 'uk-intelligence-agencies-aws-2021' }] });
    const dealId = first.kind === 'answered' ? first.deals[0]?.id : undefined;
    const followUp = engine.ask('and when was it signed?', dealId === undefined ? {} : { dealId });
    expect(followUp).toMatchObject({
      kind: 'answered',
      deals: [{ id: 'uk-intelligence-agencies-aws-2021' }],
    });
  });
});
