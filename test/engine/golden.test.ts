import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answer } from '../../src/engine/answer.js';
import type { Engine } from '../../src/engine/create-engine.js';
import { type EvalResult, evalFileSchema, runEval } from '../../src/eval/run-eval.js';
import { engineOn } from './helpers.js';

// The golden set is the regression check of the corpus and the engine: every case must pass except
// those listed in known-failures.yaml (with the reason each still fails). A corpus edit that breaks an
// answer fails here with the question, the expected deal and what came back.
const load = (file: string) => evalFileSchema.parse(parse(readFileSync(file, 'utf8'))).cases;
// Questions on each corpus wave live in their own files beside the two main ones: `*-holdout.yaml` files
// join the held-out set, the others the golden set.
const waveFiles = (holdout: boolean) =>
  readdirSync('test/golden/wave3')
    .filter((name) => name.endsWith('.yaml') && name.endsWith('-holdout.yaml') === holdout)
    .map((name) => `test/golden/wave3/${name}`);
const loadAll = (files: string[]) => files.flatMap(load);
const knownFailures = new Set<string>(
  (parse(readFileSync('test/golden/known-failures.yaml', 'utf8')) as { questions: string[] }).questions,
);

function describeFailure(result: EvalResult): string {
  const got =
    result.answer.kind === 'answered'
      ? `${result.answer.deals.map((d) => d.id).join(', ')}: ${result.answer.statements
          .map((s) => s.text)
          .join(' ')
          .slice(0, 200)}`
      : `no-answer (${result.answer.reason})`;
  return `[${result.case.tier}] ${result.case.q}\n    expected: ${result.case.abstain ? 'no answer' : [result.case.deal].flat().join(' or ')}\n    ${result.failure}\n    got: ${got}`;
}

// Each question is asked once: the floors, the premise checks and the sweep of true premises below read
// the same answers (the engine is pure: an answer depends on the question alone).
let engine: Engine;
beforeAll(async () => {
  const built = await engineOn();
  const answers = new Map<string, Answer>();
  engine = Object.create(built, {
    ask: {
      value: (question: string) => {
        const known = answers.get(question);
        if (known !== undefined) return known;
        const answer = built.ask(question);
        answers.set(question, answer);
        return answer;
      },
    },
  }) as Engine;
});

describe.each([
  ['golden', ['test/golden/golden.yaml', ...waveFiles(false)], 0.9],
  ['held-out', ['test/golden/holdout.yaml', ...waveFiles(true)], 0.85],
])('%s questions', (name, files, minAnswerable) => {
  it('every case passes, except the known failures', () => {
    const report = runEval(engine, loadAll(files));
    const regressions = report.results.filter((r) => !r.ok && !knownFailures.has(r.case.q));
    expect(regressions.map(describeFailure), `${name}: answers that broke`).toEqual([]);
  });

  it(`keeps accuracy: answerable ≥ ${minAnswerable * 100}%, must-abstain ≥ 95%`, () => {
    const report = runEval(engine, loadAll(files));
    expect(report.answerable.passed / report.answerable.total).toBeGreaterThanOrEqual(minAnswerable);
    expect(report.abstain.passed / report.abstain.total).toBeGreaterThanOrEqual(0.95);
  });
});

// The shapes sets (issue 14): false premises, comparisons, lists, timelines, details and honest edges.
// shapes.yaml was tuned on; holdout-shapes.yaml never was, and its thresholds are lower: the gap between
// the two is how far the tuning generalises. Each group is held to its own share.
function shareOf(report: ReturnType<typeof runEval>, pick: (c: EvalResult['case']) => boolean): number {
  const group = report.results.filter((r) => pick(r.case));
  return group.length === 0 ? 1 : group.filter((r) => r.ok).length / group.length;
}

const crossDeal = (c: EvalResult['case']) =>
  c.shape === 'compare' || c.shape === 'list' || c.shape === 'timeline';
const falsePremise = (c: EvalResult['case']) => c.premise === 'false';
const mustAbstain = (c: EvalResult['case']) => c.abstain === true;
const single = (c: EvalResult['case']) => !crossDeal(c) && !falsePremise(c) && !mustAbstain(c);

describe.each([
  // name, file, single-deal, false premise, cross-deal, abstain, every case must pass
  // shapes.yaml has 18 single-deal cases, one a known failure (17/18): 0.9 keeps one more failure in view.
  ['shapes', 'test/golden/shapes.yaml', 0.9, 0.9, 0.85, 0.95, true],
  ['held-out shapes', 'test/golden/holdout-shapes.yaml', 0.85, 0.9, 0.8, 0.75, false],
  // fresh-a.yaml was written from the corpus alone by someone who never saw the engine, then tuned on.
  ['fresh A', 'test/golden/fresh/fresh-a.yaml', 0.95, 0.85, 0.85, 0.95, true],
] as const)('%s questions', (name, file, minSingle, minPremise, minCross, minAbstain, everyCase) => {
  it(`single-deal ≥ ${minSingle * 100}%, false premises corrected or declined ≥ ${minPremise * 100}%, lists/comparisons/timelines ≥ ${minCross * 100}%, abstention ≥ ${minAbstain * 100}%`, () => {
    const report = runEval(engine, load(file));
    expect(shareOf(report, single), `${name}: single-deal`).toBeGreaterThanOrEqual(minSingle);
    expect(shareOf(report, falsePremise), `${name}: false premises`).toBeGreaterThanOrEqual(minPremise);
    expect(shareOf(report, crossDeal), `${name}: cross-deal`).toBeGreaterThanOrEqual(minCross);
    expect(shareOf(report, mustAbstain), `${name}: abstention`).toBeGreaterThanOrEqual(minAbstain);
    if (everyCase) {
      const regressions = report.results.filter((r) => !r.ok && !knownFailures.has(r.case.q));
      expect(regressions.map(describeFailure), `${name}: answers that broke`).toEqual([]);
    }
  });

  it('never answers a false premise as if it were true', () => {
    const report = runEval(engine, load(file));
    const answeredAsTrue = report.results.filter(
      (r) =>
        falsePremise(r.case) &&
        r.answer.kind === 'answered' &&
        r.answer.shape !== 'correction' &&
        !knownFailures.has(r.case.q),
    );
    expect(answeredAsTrue.map(describeFailure)).toEqual([]);
  });
});

// The fresh sets were each written from the corpus alone by a hand that never saw the engine. fresh-b,
// fresh-c, fresh-e and fresh-g were measured first, then tuned on (docs/engine.md has both figures); fresh-d,
// fresh-f, fresh-h, fresh-i, fresh-j, fresh-k, fresh-n and fresh-o were held out and measured once, then tuned on
// too (their failures were read). Each set's floors sit just under today's figures, so a change that makes them
// worse fails here even when every other set passes. fresh-l, fresh-m, fresh-r, fresh-s and fresh-x were held out too,
// then tuned on. fresh-p, fresh-q, fresh-t, fresh-u, fresh-v, fresh-w, fresh-y, fresh-z, fresh-ad, fresh-ah, fresh-ai, fresh-al, fresh-am, fresh-ap, fresh-as, fresh-at, fresh-au, fresh-az, fresh-ba, fresh-bb, fresh-bd, fresh-bf, fresh-bj, fresh-bk, fresh-bl, fresh-bn, fresh-bp, fresh-br, fresh-bt, fresh-bv, fresh-bx, fresh-bz, fresh-cb, fresh-cd, fresh-cf, fresh-ch, fresh-cl, fresh-cm, fresh-cn, fresh-cr, fresh-cs, fresh-ct, fresh-cx, fresh-cy, fresh-cz, fresh-dd, fresh-de, fresh-df, fresh-dj, fresh-dk,
// fresh-dl, fresh-dp, fresh-dq and fresh-dr are held out: never tuned on.
describe.each([
  // name, file, single-deal, false premise, cross-deal, abstain
  ['fresh B (tuned on)', 'test/golden/fresh/fresh-b.yaml', 0.88, 0.94, 0.94, 0.9],
  ['fresh C (tuned on)', 'test/golden/fresh/fresh-c.yaml', 0.94, 0.94, 0.94, 0.9],
  ['fresh E (tuned on)', 'test/golden/fresh/fresh-e.yaml', 0.94, 0.94, 0.9, 0.9],
  ['fresh G (tuned on)', 'test/golden/fresh/fresh-g.yaml', 0.92, 0.91, 0.94, 0.9],
  ['fresh D (tuned on since)', 'test/golden/fresh/fresh-d.yaml', 0.91, 0.9, 0.94, 0.9],
  ['fresh F (tuned on since)', 'test/golden/fresh/fresh-f.yaml', 0.91, 0.86, 0.9, 0.9],
  ['fresh H (tuned on since)', 'test/golden/fresh/fresh-h.yaml', 0.92, 0.86, 0.94, 0.9],
  ['fresh I (tuned on since)', 'test/golden/fresh/fresh-i.yaml', 0.94, 0.95, 0.94, 0.9],
  // Measured once while never seen (docs/engine.md has those figures), then tuned on.
  ['fresh J (tuned on since)', 'test/golden/fresh/fresh-j.yaml', 0.87, 0.91, 0.9, 0.9],
  ['fresh K (tuned on since)', 'test/golden/fresh/fresh-k.yaml', 0.92, 0.74, 0.9, 0.9],
  ['fresh N (tuned on since)', 'test/golden/fresh/fresh-n.yaml', 0.92, 0.85, 0.94, 0.95],
  ['fresh O (tuned on since)', 'test/golden/fresh/fresh-o.yaml', 0.94, 0.94, 0.9, 0.95],
  ['fresh L (tuned on since)', 'test/golden/fresh/fresh-l.yaml', 0.94, 0.91, 0.86, 0.95],
  ['fresh M (tuned on since)', 'test/golden/fresh/fresh-m.yaml', 0.94, 0.91, 0.94, 0.95],
  ['fresh R (tuned on since)', 'test/golden/fresh/fresh-r.yaml', 0.89, 0.85, 0.86, 0.9],
  ['fresh S (tuned on since)', 'test/golden/fresh/fresh-s.yaml', 0.89, 0.82, 0.9, 0.95],
  // Held out: never tuned on, their failures not read (measured a few times, the figures only).
  ['fresh P (never seen)', 'test/golden/fresh/fresh-p.yaml', 0.92, 0.74, 0.79, 0.95],
  ['fresh Q (never seen)', 'test/golden/fresh/fresh-q.yaml', 0.92, 0.68, 0.83, 0.9],
  ['fresh T (never seen)', 'test/golden/fresh/fresh-t.yaml', 0.82, 0.85, 0.86, 0.95],
  ['fresh V (never seen)', 'test/golden/fresh/fresh-v.yaml', 0.87, 0.59, 0.83, 0.95],
  ['fresh U (never seen)', 'test/golden/fresh/fresh-u.yaml', 0.92, 0.88, 0.79, 0.95],
  ['fresh W (never seen)', 'test/golden/fresh/fresh-w.yaml', 0.92, 0.79, 0.86, 0.9],
  // Written at the start of a round; X measured once, then tuned on; Y held out.
  ['fresh X (tuned on since)', 'test/golden/fresh/fresh-x.yaml', 0.92, 0.94, 0.9, 0.9],
  ['fresh Y (never seen)', 'test/golden/fresh/fresh-y.yaml', 0.92, 0.76, 0.83, 0.86],
  ['fresh Z (never seen)', 'test/golden/fresh/fresh-z.yaml', 0.86, 0.82, 0.86, 0.94],
  ['fresh AH (never seen)', 'test/golden/fresh/fresh-ah.yaml', 0.89, 0.71, 0.9, 0.94],
  // Premise-heavy (60 false premises, 40 single, 20 cross-deal, no off-topic), measured once, then tuned on.
  ['fresh AA (tuned on since)', 'test/golden/fresh/fresh-aa.yaml', 0.91, 0.88, 0.94, 1],
  ['fresh AB (tuned on since)', 'test/golden/fresh/fresh-ab.yaml', 0.91, 0.82, 0.94, 1],
  ['fresh AC (tuned on since)', 'test/golden/fresh/fresh-ac.yaml', 0.94, 0.85, 0.94, 1],
  ['fresh AE (tuned on since)', 'test/golden/fresh/fresh-ae.yaml', 0.88, 0.92, 0.94, 1],
  ['fresh AF (tuned on since)', 'test/golden/fresh/fresh-af.yaml', 0.84, 0.84, 0.88, 1],
  ['fresh AG (tuned on since)', 'test/golden/fresh/fresh-ag.yaml', 0.87, 0.87, 0.94, 1],
  // Premise-heavy, held out: never tuned on, its failures not read.
  ['fresh AD (never seen)', 'test/golden/fresh/fresh-ad.yaml', 0.86, 0.7, 0.88, 1],
  // Written at a round's start and held out: AI (standard counts), AL (standard), AM (premise-heavy).
  ['fresh AI (never seen)', 'test/golden/fresh/fresh-ai.yaml', 0.89, 0.79, 0.86, 0.9],
  ['fresh AL (never seen)', 'test/golden/fresh/fresh-al.yaml', 0.86, 0.82, 0.86, 0.9],
  ['fresh AM (never seen)', 'test/golden/fresh/fresh-am.yaml', 0.88, 0.62, 0.88, 1],
  // Premise-heavy (50 false premises, 50 single, 20 cross-deal), measured once, then tuned on.
  ['fresh AJ (tuned on since)', 'test/golden/fresh/fresh-aj.yaml', 0.94, 0.87, 0.94, 1],
  ['fresh AK (tuned on since)', 'test/golden/fresh/fresh-ak.yaml', 0.92, 0.87, 0.94, 1],
  ['fresh AN (tuned on since)', 'test/golden/fresh/fresh-an.yaml', 0.89, 0.86, 0.94, 1],
  ['fresh AO (tuned on since)', 'test/golden/fresh/fresh-ao.yaml', 0.94, 0.92, 0.84, 1],
  // Written at a round's start: AP and AS held out (never tuned on), AQ and AR measured once, then tuned on.
  ['fresh AP (never seen)', 'test/golden/fresh/fresh-ap.yaml', 0.86, 0.71, 0.83, 0.8],
  ['fresh AS (never seen)', 'test/golden/fresh/fresh-as.yaml', 0.86, 0.82, 0.79, 0.8],
  ['fresh AQ (tuned on since)', 'test/golden/fresh/fresh-aq.yaml', 0.84, 0.88, 0.94, 0.9],
  ['fresh AR (tuned on since)', 'test/golden/fresh/fresh-ar.yaml', 0.94, 0.94, 0.83, 0.9],
  // Written at a round's start: AT and AU held out (never tuned on), AV and AW measured once, then tuned on.
  ['fresh AT (never seen)', 'test/golden/fresh/fresh-at.yaml', 0.84, 0.82, 0.83, 0.9],
  ['fresh AU (never seen)', 'test/golden/fresh/fresh-au.yaml', 0.87, 0.74, 0.83, 0.9],
  ['fresh AV (tuned on since)', 'test/golden/fresh/fresh-av.yaml', 0.89, 0.85, 0.86, 0.9],
  ['fresh AW (tuned on since)', 'test/golden/fresh/fresh-aw.yaml', 0.89, 0.91, 0.9, 0.9],
  // Written later in the same round: AX and AY measured once, then tuned on; AZ and BA held out.
  ['fresh AX (tuned on since)', 'test/golden/fresh/fresh-ax.yaml', 0.89, 0.79, 0.94, 0.9],
  ['fresh AY (tuned on since)', 'test/golden/fresh/fresh-ay.yaml', 0.92, 0.88, 0.94, 0.9],
  ['fresh AZ (never seen)', 'test/golden/fresh/fresh-az.yaml', 0.89, 0.91, 0.83, 0.9],
  ['fresh BA (never seen)', 'test/golden/fresh/fresh-ba.yaml', 0.92, 0.74, 0.61, 0.9],
  // Written at the next round's start: BB, BD and BF held out, BC, BE and BG measured once, then tuned on;
  // mid-round: BJ and BK held out, BH and BI measured once, then tuned on.
  ['fresh BB (never seen)', 'test/golden/fresh/fresh-bb.yaml', 0.92, 0.88, 0.86, 0.9],
  ['fresh BD (never seen)', 'test/golden/fresh/fresh-bd.yaml', 0.87, 0.82, 0.9, 0.9],
  ['fresh BF (never seen)', 'test/golden/fresh/fresh-bf.yaml', 0.74, 0.68, 0.86, 0.9],
  ['fresh BJ (never seen)', 'test/golden/fresh/fresh-bj.yaml', 0.86, 0.79, 0.83, 0.9],
  ['fresh BK (never seen)', 'test/golden/fresh/fresh-bk.yaml', 0.82, 0.62, 0.83, 0.9],
  ['fresh BC (tuned on since)', 'test/golden/fresh/fresh-bc.yaml', 0.92, 0.85, 0.94, 0.9],
  ['fresh BE (tuned on since)', 'test/golden/fresh/fresh-be.yaml', 0.87, 0.94, 0.86, 0.9],
  ['fresh BG (tuned on since)', 'test/golden/fresh/fresh-bg.yaml', 0.8, 0.88, 0.86, 0.9],
  ['fresh BH (tuned on since)', 'test/golden/fresh/fresh-bh.yaml', 0.82, 0.85, 0.9, 0.8],
  ['fresh BI (tuned on since)', 'test/golden/fresh/fresh-bi.yaml', 0.89, 0.82, 0.9, 0.9],
  ['fresh BL (never seen)', 'test/golden/fresh/fresh-bl.yaml', 0.89, 0.74, 0.61, 0.9],
  ['fresh BN (never seen)', 'test/golden/fresh/fresh-bn.yaml', 0.84, 0.85, 0.83, 0.9],
  ['fresh BP (never seen)', 'test/golden/fresh/fresh-bp.yaml', 0.86, 0.85, 0.79, 0.9],
  ['fresh BM (tuned on since)', 'test/golden/fresh/fresh-bm.yaml', 0.89, 0.85, 0.86, 0.9],
  ['fresh BO (tuned on since)', 'test/golden/fresh/fresh-bo.yaml', 0.92, 0.91, 0.94, 0.9],
  ['fresh BQ (tuned on since)', 'test/golden/fresh/fresh-bq.yaml', 0.87, 0.91, 0.79, 0.9],
  // Written at the next round's start: BR, BT and BV held out, BS, BU and BW measured once, then tuned on.
  ['fresh BR (never seen)', 'test/golden/fresh/fresh-br.yaml', 0.86, 0.74, 0.86, 0.9],
  ['fresh BT (never seen)', 'test/golden/fresh/fresh-bt.yaml', 0.92, 0.76, 0.76, 0.9],
  ['fresh BV (never seen)', 'test/golden/fresh/fresh-bv.yaml', 0.87, 0.68, 0.76, 0.9],
  ['fresh BS (tuned on since)', 'test/golden/fresh/fresh-bs.yaml', 0.87, 0.91, 0.9, 0.9],
  ['fresh BU (tuned on since)', 'test/golden/fresh/fresh-bu.yaml', 0.89, 0.82, 0.79, 0.9],
  ['fresh BW (tuned on since)', 'test/golden/fresh/fresh-bw.yaml', 0.86, 0.85, 0.65, 0.8],
  // Written at the next round's start: BX, BZ and CB held out, BY, CA and CC measured once, then tuned on.
  ['fresh BX (never seen)', 'test/golden/fresh/fresh-bx.yaml', 0.89, 0.65, 0.94, 0.9],
  ['fresh BZ (never seen)', 'test/golden/fresh/fresh-bz.yaml', 0.87, 0.76, 0.9, 0.9],
  ['fresh CB (never seen)', 'test/golden/fresh/fresh-cb.yaml', 0.82, 0.82, 0.72, 0.9],
  ['fresh BY (tuned on since)', 'test/golden/fresh/fresh-by.yaml', 0.87, 0.85, 0.9, 0.9],
  ['fresh CA (tuned on since)', 'test/golden/fresh/fresh-ca.yaml', 0.86, 0.79, 0.9, 0.9],
  ['fresh CC (tuned on since)', 'test/golden/fresh/fresh-cc.yaml', 0.89, 0.88, 0.9, 0.9],
  // Written at the next round's start, each in a persona's voice: CD, CF and CH held out, CE, CG and CI
  // measured once, then tuned on.
  ['fresh CD (never seen)', 'test/golden/fresh/fresh-cd.yaml', 0.87, 0.82, 0.33, 0.94],
  ['fresh CF (never seen)', 'test/golden/fresh/fresh-cf.yaml', 0.87, 0.59, 0.76, 0.85],
  ['fresh CH (never seen)', 'test/golden/fresh/fresh-ch.yaml', 0.86, 0.79, 0.69, 0.85],
  ['fresh CE (tuned on since)', 'test/golden/fresh/fresh-ce.yaml', 0.89, 0.85, 0.65, 0.94],
  ['fresh CG (tuned on since)', 'test/golden/fresh/fresh-cg.yaml', 0.84, 0.85, 0.61, 0.94],
  ['fresh CI (tuned on since)', 'test/golden/fresh/fresh-ci.yaml', 0.94, 0.79, 0.58, 0.77],
  // Written at the next round's start, each in a persona's voice (a Bundestag researcher writing English as a
  // second language, a Belgian civil servant, a sceptical security consultant, a student on a phone, a podcast
  // host, a procurement lawyer): CL, CM and CN held out, CJ, CK and CO measured once, then tuned on.
  ['fresh CL (never seen)', 'test/golden/fresh/fresh-cl.yaml', 0.88, 0.74, 0.76, 0.94],
  ['fresh CM (never seen)', 'test/golden/fresh/fresh-cm.yaml', 0.88, 0.74, 0.83, 0.94],
  ['fresh CN (never seen)', 'test/golden/fresh/fresh-cn.yaml', 0.7, 0.62, 0.58, 0.94],
  ['fresh CJ (tuned on since)', 'test/golden/fresh/fresh-cj.yaml', 0.9, 0.71, 0.65, 0.77],
  ['fresh CK (tuned on since)', 'test/golden/fresh/fresh-ck.yaml', 0.9, 0.76, 0.58, 0.94],
  ['fresh CO (tuned on since)', 'test/golden/fresh/fresh-co.yaml', 0.88, 0.85, 0.69, 0.94],
  // Written at the next round's start, each in a persona's voice (a Dutch trade journalist, a Québec
  // procurement officer, a retired engineer, a start-up CTO, a newspaper fact-checker, an MEP's assistant):
  // CR, CS and CT held out, CP, CQ and CU measured once, then tuned on.
  ['fresh CR (never seen)', 'test/golden/fresh/fresh-cr.yaml', 0.86, 0.79, 0.37, 0.94],
  ['fresh CS (never seen)', 'test/golden/fresh/fresh-cs.yaml', 0.82, 0.79, 0.72, 0.94],
  ['fresh CT (never seen)', 'test/golden/fresh/fresh-ct.yaml', 0.94, 0.79, 0.72, 0.94],
  ['fresh CP (tuned on since)', 'test/golden/fresh/fresh-cp.yaml', 0.92, 0.82, 0.69, 0.94],
  ['fresh CQ (tuned on since)', 'test/golden/fresh/fresh-cq.yaml', 0.86, 0.88, 0.79, 0.94],
  ['fresh CU (tuned on since)', 'test/golden/fresh/fresh-cu.yaml', 0.88, 0.82, 0.72, 0.94],
  // Written at the next round's start, each in a persona's voice (a German Land IT architect, a Belgian
  // master's student, a Slack ops regular, a data-protection lawyer, an Asia-Pacific market analyst, a podcast
  // host): CX, CY and CZ held out (drawn by lot), CV, CW and DA measured once, then tuned on.
  ['fresh CX (never seen)', 'test/golden/fresh/fresh-cx.yaml', 0.8, 0.74, 0.65, 0.77],
  ['fresh CY (never seen)', 'test/golden/fresh/fresh-cy.yaml', 0.92, 0.79, 0.61, 0.85],
  ['fresh CZ (never seen)', 'test/golden/fresh/fresh-cz.yaml', 0.82, 0.79, 0.61, 0.94],
  ['fresh CV (tuned on since)', 'test/golden/fresh/fresh-cv.yaml', 0.88, 0.85, 0.83, 0.94],
  ['fresh CW (tuned on since)', 'test/golden/fresh/fresh-cw.yaml', 0.92, 0.88, 0.79, 0.77],
  ['fresh DA (tuned on since)', 'test/golden/fresh/fresh-da.yaml', 0.78, 0.82, 0.69, 0.94],
  // Written at the next round's start, each in a persona's voice (a Québec procurement officer, a Dutch
  // investigative journalist, a Discord regular, a European Parliament assistant, a hospital group's CISO, a
  // retired civil servant): DD, DE and DF held out (drawn by lot), DB, DC and DG measured once, then tuned on.
  ['fresh DD (never seen)', 'test/golden/fresh/fresh-dd.yaml', 0.94, 0.76, 0.79, 0.94],
  ['fresh DE (never seen)', 'test/golden/fresh/fresh-de.yaml', 0.92, 0.65, 0.65, 0.94],
  ['fresh DF (never seen)', 'test/golden/fresh/fresh-df.yaml', 0.8, 0.79, 0.72, 0.94],
  ['fresh DB (tuned on since)', 'test/golden/fresh/fresh-db.yaml', 0.86, 0.79, 0.76, 0.85],
  ['fresh DC (tuned on since)', 'test/golden/fresh/fresh-dc.yaml', 0.88, 0.65, 0.94, 0.85],
  ['fresh DG (tuned on since)', 'test/golden/fresh/fresh-dg.yaml', 0.74, 0.82, 0.76, 0.85],
  // Written at the next round's start, each in a persona's voice (a Madrid public-sector IT consultant writing
  // English as a second language, a French Senate attaché, a trade-union representative, a European cloud
  // provider's pre-sales engineer, a secondary-school teacher, a policy analyst pasting terse fragments): DJ, DK
  // and DL held out (drawn by lot), DH, DI and DM measured once, then tuned on.
  ['fresh DJ (never seen)', 'test/golden/fresh/fresh-dj.yaml', 0.76, 0.76, 0.76, 0.69],
  ['fresh DK (never seen)', 'test/golden/fresh/fresh-dk.yaml', 0.84, 0.62, 0.65, 0.77],
  ['fresh DL (never seen)', 'test/golden/fresh/fresh-dl.yaml', 0.72, 0.82, 0.79, 0.85],
  ['fresh DH (tuned on since)', 'test/golden/fresh/fresh-dh.yaml', 0.84, 0.85, 0.83, 0.94],
  ['fresh DI (tuned on since)', 'test/golden/fresh/fresh-di.yaml', 0.87, 0.68, 0.79, 0.77],
  ['fresh DM (tuned on since)', 'test/golden/fresh/fresh-dm.yaml', 0.84, 0.76, 0.72, 0.94],
  // Written at the next round's start, each in a persona's voice (a Dutch municipal CIO, a Belgian radio
  // journalist, a US congressional committee staffer, a law PhD student, a Swiss cantonal procurement officer, a
  // retired telecom engineer on Discord): DP, DQ and DR held out (drawn by lot), DN, DO and DS measured once,
  // then tuned on. DP, DQ and DR were read by mistake a round later, and are tuned on since.
  ['fresh DP (read, tuned on since)', 'test/golden/fresh/fresh-dp.yaml', 0.84, 0.68, 0.54, 0.69],
  ['fresh DQ (read, tuned on since)', 'test/golden/fresh/fresh-dq.yaml', 0.8, 0.59, 0.65, 0.94],
  ['fresh DR (read, tuned on since)', 'test/golden/fresh/fresh-dr.yaml', 0.88, 0.79, 0.69, 0.85],
  ['fresh DN (tuned on since)', 'test/golden/fresh/fresh-dn.yaml', 0.86, 0.76, 0.83, 0.94],
  ['fresh DO (tuned on since)', 'test/golden/fresh/fresh-do.yaml', 0.86, 0.85, 0.79, 0.85],
  ['fresh DS (tuned on since)', 'test/golden/fresh/fresh-ds.yaml', 0.8, 0.79, 0.79, 0.85],
  // Written at the next round's start, each in a persona's voice (a Danish municipal data-protection officer,
  // a French senator's parliamentary assistant, a Lyon start-up founder on Discord, an Irish investigative
  // podcaster, a German defence-procurement analyst, a civics teacher): DU, DW and DY held out (drawn by lot),
  // DT, DV and DX measured once, then tuned on.
  ['fresh DU (never seen)', 'test/golden/fresh/fresh-du.yaml', 0.88, 0.85, 0.83, 0.77],
  ['fresh DW (never seen)', 'test/golden/fresh/fresh-dw.yaml', 0.58, 0.79, 0.61, 0.94],
  ['fresh DY (never seen)', 'test/golden/fresh/fresh-dy.yaml', 0.82, 0.79, 0.83, 0.94],
  ['fresh DT (tuned on since)', 'test/golden/fresh/fresh-dt.yaml', 0.92, 0.79, 0.83, 0.94],
  ['fresh DV (tuned on since)', 'test/golden/fresh/fresh-dv.yaml', 0.88, 0.76, 0.86, 0.77],
  ['fresh DX (tuned on since)', 'test/golden/fresh/fresh-dx.yaml', 0.88, 0.94, 0.76, 0.77],
  // Written at the next round's start, each in a persona's voice (a Quebec hospital network's procurement
  // director, a Japanese technology journalist, a Belgian MEP's staffer, a cybersecurity student on Discord, a
  // Swiss lawyer advising cantons, an insurance group's risk officer): EC, ED and EE held out (drawn by lot), DZ,
  // EA and EB measured once, then tuned on.
  ['fresh EC (never seen)', 'test/golden/fresh/fresh-ec.yaml', 0.9, 0.88, 0.79, 0.94],
  ['fresh ED (never seen)', 'test/golden/fresh/fresh-ed.yaml', 0.86, 0.76, 0.65, 0.85],
  ['fresh EE (never seen)', 'test/golden/fresh/fresh-ee.yaml', 0.82, 0.74, 0.72, 0.77],
  ['fresh DZ (tuned on since)', 'test/golden/fresh/fresh-dz.yaml', 0.88, 0.85, 0.83, 0.94],
  ['fresh EA (tuned on since)', 'test/golden/fresh/fresh-ea.yaml', 0.94, 0.82, 0.86, 0.85],
  ['fresh EB (tuned on since)', 'test/golden/fresh/fresh-eb.yaml', 0.88, 0.79, 0.83, 0.85],
  // Written at the next round's start, each in a persona's voice (a Belgian MEP's ITRE adviser, a Lyon
  // public-procurement lawyer, an Ontario government CIO on a phone, a doctoral student in science and
  // technology studies, a union representative at a French ministry, a Dutch municipal IT architect): EF, EH and
  // EJ held out (drawn by lot), EG, EI and EK measured once, then tuned on.
  ['fresh EF (never seen)', 'test/golden/fresh/fresh-ef.yaml', 0.84, 0.82, 0.83, 0.85],
  ['fresh EH (never seen)', 'test/golden/fresh/fresh-eh.yaml', 0.82, 0.74, 0.79, 0.85],
  ['fresh EJ (never seen)', 'test/golden/fresh/fresh-ej.yaml', 0.82, 0.85, 0.79, 0.85],
  ['fresh EG (tuned on since)', 'test/golden/fresh/fresh-eg.yaml', 0.82, 0.79, 0.79, 0.94],
  ['fresh EI (tuned on since)', 'test/golden/fresh/fresh-ei.yaml', 0.84, 0.82, 0.76, 0.85],
  ['fresh EK (tuned on since)', 'test/golden/fresh/fresh-ek.yaml', 0.88, 0.94, 0.86, 0.94],
  // Written at the next round's start, each in a persona's voice (a Norwegian digitalisation-agency adviser, a
  // French regional council's IT director, an Australian federal procurement analyst on Slack, a Madrid data
  // journalist, a bilingual Ottawa policy analyst, a cloud SRE on Discord): EN, EO and EQ held out (drawn by
  // lot), EL, EM and EP measured once, then tuned on.
  ['fresh EN (never seen)', 'test/golden/fresh/fresh-en.yaml', 0.82, 0.82, 0.76, 0.85],
  ['fresh EO (never seen)', 'test/golden/fresh/fresh-eo.yaml', 0.86, 0.82, 0.76, 0.77],
  ['fresh EQ (never seen)', 'test/golden/fresh/fresh-eq.yaml', 0.88, 0.71, 0.69, 0.69],
  ['fresh EL (tuned on since)', 'test/golden/fresh/fresh-el.yaml', 0.84, 0.91, 0.79, 0.85],
  ['fresh EM (tuned on since)', 'test/golden/fresh/fresh-em.yaml', 0.9, 0.82, 0.72, 0.94],
  ['fresh EP (tuned on since)', 'test/golden/fresh/fresh-ep.yaml', 0.84, 0.79, 0.69, 0.94],
  // Written at the next round's start, each in a persona's voice (a Belgian federal procurement officer, a Sciences
  // Po master's student, a Stuttgart machine-tool maker's CISO, an Australian defence reporter, a Lyon start-up
  // product manager on Slack, a Québec government official): ES, ET and EW held out (drawn by lot), ER, EU and EV
  // measured once, then tuned on.
  ['fresh ES (never seen)', 'test/golden/fresh/fresh-es.yaml', 0.8, 0.74, 0.69, 0.85],
  ['fresh ET (never seen)', 'test/golden/fresh/fresh-et.yaml', 0.86, 0.82, 0.69, 0.94],
  ['fresh EW (never seen)', 'test/golden/fresh/fresh-ew.yaml', 0.92, 0.88, 0.72, 0.85],
  ['fresh ER (tuned on since)', 'test/golden/fresh/fresh-er.yaml', 0.9, 0.76, 0.76, 0.94],
  ['fresh EU (tuned on since)', 'test/golden/fresh/fresh-eu.yaml', 0.88, 0.88, 0.83, 0.77],
  ['fresh EV (tuned on since)', 'test/golden/fresh/fresh-ev.yaml', 0.92, 0.88, 0.79, 0.6],
  // Written at the next round's start, each in a persona's voice (a Finnish public-sector cloud architect, a French
  // regional daily's reporter, a US state CIO's aide on Slack, a Swiss-German cantonal data-protection officer, an
  // Italian EU-law PhD student on Discord, a Belgian hospital group's IT buyer): EX, FA and FC held out (drawn by
  // lot), EY, EZ and FB measured once, then tuned on.
  ['fresh EX (never seen)', 'test/golden/fresh/fresh-ex.yaml', 0.9, 0.85, 0.72, 0.85],
  ['fresh FA (never seen)', 'test/golden/fresh/fresh-fa.yaml', 0.82, 0.88, 0.76, 0.94],
  ['fresh FC (never seen)', 'test/golden/fresh/fresh-fc.yaml', 0.94, 0.71, 0.79, 0.94],
  ['fresh EY (tuned on since)', 'test/golden/fresh/fresh-ey.yaml', 0.92, 0.85, 0.79, 0.94],
  ['fresh EZ (tuned on since)', 'test/golden/fresh/fresh-ez.yaml', 0.86, 0.82, 0.69, 0.85],
  ['fresh FB (tuned on since)', 'test/golden/fresh/fresh-fb.yaml', 0.86, 0.82, 0.79, 0.85],
  // Written at the next round's start, each in a persona's voice (a Lisbon public-administration cloud strategist,
  // a French university hospital's data-protection officer, an Alberta tech reporter on Slack, a Polish defence
  // analyst writing English as a second language, a Liège secondary-school student on Discord, a House of Commons
  // Library researcher): FD, FF and FI held out (drawn by lot), FE, FG and FH measured once, then tuned on.
  ['fresh FD (never seen)', 'test/golden/fresh/fresh-fd.yaml', 0.94, 0.68, 0.69, 0.94],
  ['fresh FF (never seen)', 'test/golden/fresh/fresh-ff.yaml', 0.88, 0.88, 0.79, 0.69],
  ['fresh FI (never seen)', 'test/golden/fresh/fresh-fi.yaml', 0.86, 0.91, 0.69, 0.77],
  ['fresh FE (tuned on since)', 'test/golden/fresh/fresh-fe.yaml', 0.92, 0.85, 0.76, 0.85],
  ['fresh FG (tuned on since)', 'test/golden/fresh/fresh-fg.yaml', 0.94, 0.91, 0.76, 0.94],
  ['fresh FH (tuned on since)', 'test/golden/fresh/fresh-fh.yaml', 0.9, 0.76, 0.76, 0.85],
] as const)('%s questions', (_name, file, minSingle, minPremise, minCross, minAbstain) => {
  it(`keeps its floors: single-deal ≥ ${minSingle * 100}%, false premises ≥ ${minPremise * 100}%, cross-deal ≥ ${minCross * 100}%, abstention ≥ ${minAbstain * 100}%`, () => {
    const report = runEval(engine, load(file));
    expect(shareOf(report, single), 'single-deal').toBeGreaterThanOrEqual(minSingle);
    expect(shareOf(report, falsePremise), 'false premises').toBeGreaterThanOrEqual(minPremise);
    expect(shareOf(report, crossDeal), 'cross-deal').toBeGreaterThanOrEqual(minCross);
    expect(shareOf(report, mustAbstain), 'abstention').toBeGreaterThanOrEqual(minAbstain);
  });
});

// A correction of a true premise misleads as much as a false premise answered: across every set, the
// questions built on true premises are almost never "corrected" (1% at most).
describe('true premises', () => {
  it('are corrected in at most 1% of the answerable questions of every set', () => {
    const files = [
      'test/golden/golden.yaml',
      'test/golden/holdout.yaml',
      'test/golden/shapes.yaml',
      'test/golden/holdout-shapes.yaml',
      ...waveFiles(false),
      ...waveFiles(true),
      ...readdirSync('test/golden/fresh').map((name) => `test/golden/fresh/${name}`),
    ];
    // On failure the message counts the corrections per file and quotes none: some sets are held out, and
    // their questions must not be read (`npx sovbot ask` shows how any one question is answered).
    const perFile = new Map<string, number>();
    let total = 0;
    let corrected = 0;
    for (const file of files)
      for (const c of load(file)) {
        if (c.premise === 'false' || c.abstain) continue;
        total += 1;
        const answer = engine.ask(c.q);
        if (answer.kind === 'answered' && answer.shape === 'correction') {
          corrected += 1;
          perFile.set(file, (perFile.get(file) ?? 0) + 1);
        }
      }
    const counts = [...perFile].map(([file, n]) => `${file}: ${n}`).join('\n');
    expect(corrected / total, `${corrected} of ${total} corrected:\n${counts}`).toBeLessThanOrEqual(0.01);
    // Every answerable question of every set, some 12,000: a test of answers, not of speed, given the time a
    // loaded CI machine needs (the default 20 s is for one set).
  }, 180_000);
});
