#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { type Corpus, formatProblem, loadCorpus } from './corpus/load-corpus.js';
import type { Answer } from './engine/answer.js';
import { createEngine, type Engine } from './engine/create-engine.js';
import { renderAnswerText, renderAnswerWithFootnotes } from './engine/render-text.js';
import { defaultCorpusDir } from './paths.js';

const corpusDirDefault = process.env.SOVBOT_CORPUS_DIR ?? defaultCorpusDir;
// Validated corpus snapshots, so `ask` starts without re-parsing unchanged YAML.
const corpusCacheDir = path.join(tmpdir(), 'sovbot-cache');

/** Loads the corpus or prints every problem and exits 1: the CLI's one start-up failure. */
async function loadOrExit(dir: string): Promise<Corpus> {
  const result = await loadCorpus(dir, { cacheDir: corpusCacheDir });
  if (result.ok) return result.corpus;
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(
    `sovbot: the corpus in ${dir} has ${result.problems.length} problem(s); run: npx sovbot corpus check --dir ${dir}`,
  );
  process.exit(1);
}

/** The JSON form of an answer printed by `ask --json`. */
export function answerJson(answer: Answer): Record<string, unknown> {
  return {
    kind: answer.kind,
    question: answer.question,
    lang: answer.lang,
    text: renderAnswerText(answer),
    statements: answer.kind === 'answered' ? answer.statements : [],
    citations: answer.kind === 'answered' ? answer.citations : [],
    suggestions: answer.kind === 'no-answer' ? answer.suggestions : [],
    ...(answer.kind === 'no-answer' ? { reason: answer.reason } : { deals: answer.deals }),
    confidence: answer.confidence,
  };
}

async function answerLines(engine: Engine, json: boolean): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const answer = engine.ask(line);
    process.stdout.write(
      json ? `${JSON.stringify(answerJson(answer))}\n` : `${renderAnswerWithFootnotes(answer)}\n\n`,
    );
  }
}

/** JSON.stringify replacer: Sets (in the trace) print as arrays. */
function setsAsArrays(_key: string, value: unknown): unknown {
  return value instanceof Set ? [...value] : value;
}

function ratio(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('expected a number between 0 and 1, e.g. 0.95');
  return n;
}

const program = new Command('sovbot')
  .description('Answers questions about cloud sovereignty deals, every sentence cited.')
  .showHelpAfterError();

program
  .command('ask')
  .description('Answer a question (or, with no question, each line of standard input).')
  .argument('[question...]', 'the question, in English or French')
  .option('--json', 'print one JSON object per answer (JSONL when reading standard input)')
  .option('--explain', 'also print how the question was read and the deals and facts it scored (to stderr)')
  .option('--dir <dir>', 'corpus folder (holds deals/*.yaml)', corpusDirDefault)
  .action(async (words: string[], options: { json?: boolean; explain?: boolean; dir: string }) => {
    const engine = createEngine(
      await loadOrExit(options.dir),
      options.explain ? { trace: (trace) => console.error(JSON.stringify(trace, setsAsArrays, 1)) } : {},
    );
    if (words.length === 0) return answerLines(engine, options.json === true);
    const answer = engine.ask(words.join(' '));
    console.log(options.json ? JSON.stringify(answerJson(answer)) : renderAnswerWithFootnotes(answer));
  });

program
  .command('eval')
  .description('Score a question file (format of the public QA sample) and print accuracy by tier.')
  .argument('<file>', 'YAML file with cases: [{q, deal, all, any, abstain, tier}]')
  .option('--dir <dir>', 'corpus folder', corpusDirDefault)
  .option('--min <ratio>', 'exit 1 when overall accuracy is below this (0..1)', ratio)
  .option('--verbose', 'print every failing case')
  .option('--json', 'print the report as JSON')
  .action(async (file: string, options: { dir: string; min?: number; verbose?: boolean; json?: boolean }) => {
    // Loaded here, not at start-up: `ask` needs neither YAML nor zod once the corpus snapshot exists.
    const [{ parse: parseYaml }, { evalFileSchema, runEval }] = await Promise.all([
      import('yaml'),
      import('./eval/run-eval.js'),
    ]);
    const parsed = evalFileSchema.safeParse(parseYaml(await readFile(file, 'utf8')));
    if (!parsed.success) {
      console.error(
        `sovbot eval: ${file} is not a question file:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
      );
      process.exit(1);
    }
    const report = runEval(createEngine(await loadOrExit(options.dir)), parsed.data.cases);
    const share = (p: { passed: number; total: number }) =>
      p.total === 0 ? 'n/a' : `${((100 * p.passed) / p.total).toFixed(1)}% (${p.passed}/${p.total})`;
    if (options.json) {
      console.log(
        JSON.stringify({
          ...report,
          results: report.results.map((r) => ({
            q: r.case.q,
            tier: r.case.tier,
            ok: r.ok,
            failure: r.failure,
          })),
        }),
      );
    } else {
      for (const result of report.results) {
        if (!result.ok && options.verbose)
          console.log(`FAIL [${result.case.tier}] ${result.case.q}\n     ${result.failure}`);
      }
      for (const [tier, counts] of Object.entries(report.byTier))
        console.log(`${tier.padEnd(10)} ${share(counts)}`);
      console.log(
        `answerable ${share(report.answerable)}\nabstain    ${share(report.abstain)}\noverall    ${share(report)}`,
      );
    }
    if (options.min !== undefined && report.passed / report.total < options.min) process.exitCode = 1;
  });

const corpus = program.command('corpus').description('Check, list and add deals.');

corpus
  .command('check')
  .description('Validate every deal file and report every problem at once.')
  .option('--dir <dir>', 'corpus folder (holds deals/*.yaml)', corpusDirDefault)
  .action(async (options: { dir: string }) => {
    const result = await loadCorpus(options.dir);
    for (const warning of result.warnings) console.error(formatProblem(warning));
    if (!result.ok) {
      for (const problem of result.problems) console.error(formatProblem(problem));
      console.error(`corpus check failed: ${result.problems.length} problem(s) in ${options.dir}`);
      process.exitCode = 1;
      return;
    }
    const { deals, factCount, sourceCount } = result.corpus;
    const missingFr = deals.flatMap((d) => d.facts).filter((f) => f.text_fr.trim() === '').length;
    console.log(
      `corpus ok: ${deals.length} deals, ${factCount} facts (${factCount - missingFr} with French text), ${sourceCount} sources, ${result.warnings.length} warning(s)`,
    );
  });

corpus
  .command('list')
  .description('List the deals, newest first.')
  .option('--dir <dir>', 'corpus folder', corpusDirDefault)
  .option('--json', 'print JSON')
  .action(async (options: { dir: string; json?: boolean }) => {
    const { deals } = await loadOrExit(options.dir);
    const rows = [...deals].sort((a, b) => (a.date < b.date ? 1 : -1));
    if (options.json) {
      console.log(
        JSON.stringify(
          rows.map((d) => ({
            id: d.id,
            title: d.title,
            date: d.date,
            kind: d.kind,
            jurisdiction: d.jurisdiction,
            facts: d.facts.length,
          })),
        ),
      );
      return;
    }
    for (const d of rows) console.log(`${d.date.padEnd(10)} ${d.id.padEnd(58)} ${d.title}`);
  });

corpus
  .command('new')
  .description('Write a valid skeleton entry, with comments explaining each field.')
  .argument('<deal-id>', 'the new deal id: lowercase words joined by dashes, e.g. spain-ministry-x-2026')
  .option('--dir <dir>', 'corpus folder', corpusDirDefault)
  .option(
    '--from-suggestion <n>',
    "start from a user's suggestion: its link becomes the first source",
    suggestionNumber,
  )
  .option('--data <dir>', 'data folder of an embedded store (default: the configured store)')
  .action(async (id: string, options: { dir: string; fromSuggestion?: number; data?: string }) => {
    const { writeDealSkeleton } = await import('./corpus/new-deal.js');
    let result: Awaited<ReturnType<typeof writeDealSkeleton>>;
    if (options.fromSuggestion === undefined) result = await writeDealSkeleton(options.dir, id);
    else {
      const number = options.fromSuggestion;
      const store = await openStoreOrExit('sovbot corpus new', options.data);
      const suggestion = await store.getSuggestion(number).finally(() => store.close());
      if (suggestion === undefined) {
        console.error(
          `sovbot corpus new: there is no suggestion #${number}. Run npx sovbot report to see the open ones`,
        );
        process.exit(1);
      }
      const { writeDealFromSuggestion } = await import('./corpus/new-deal-from-suggestion.js');
      result = await writeDealFromSuggestion(options.dir, id, suggestion);
    }
    if (!result.ok) {
      console.error(`sovbot corpus new: ${result.error}`);
      process.exitCode = 1;
      return;
    }
    console.log(`wrote ${result.file}: fill it in, then run npx sovbot corpus check`);
  });

/** A suggestion's number, as `sovbot report` lists them. */
function suggestionNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(
      'expected the number of a suggestion, as sovbot report lists them, e.g. 3',
    );
  return n;
}

/** The store `npm start` writes to (PostgreSQL when SOVBOT_DATABASE_URL is set), or `dataDir`'s. */
async function openStoreOrExit(command: string, dataDir: string | undefined) {
  const [{ parseConfig }, { openStore }] = await Promise.all([
    import('./config.js'),
    import('./store/open-store.js'),
  ]);
  const parsed = parseConfig(process.env, { corpusDir: defaultCorpusDir });
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`${command}: ${error}`);
    process.exit(1);
  }
  return openStore(dataDir === undefined ? parsed.config : { dataDir }).catch((error: Error) => {
    console.error(`${command}: ${error.message}`);
    process.exit(1);
  });
}

program
  .command('suggestions')
  .description("Users' suggestions: sovbot report lists the open ones.")
  .command('close')
  .description('Close a suggestion once it is handled (added, corrected, or declined).')
  .argument('<n>', 'the suggestion number, as sovbot report lists it', suggestionNumber)
  .option('--data <dir>', 'data folder of an embedded store (default: the configured store)')
  .action(async (number: number, options: { data?: string }) => {
    const store = await openStoreOrExit('sovbot suggestions close', options.data);
    const before = await store.getSuggestion(number);
    const closed = before?.status === 'open' ? await store.closeSuggestion(number) : before;
    await store.close();
    if (closed === undefined) {
      console.error(
        `sovbot suggestions close: there is no suggestion #${number}. Run npx sovbot report to see the open ones`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(
      before?.status === 'closed'
        ? `suggestion #${number} was already closed (${closed.closedAt ?? 'earlier'})`
        : `closed suggestion #${number}`,
    );
  });

program
  .command('report')
  .description('What people asked and did not get: unanswered questions, disliked facts, stale entries.')
  .option('--since <age>', 'only records newer than this: 30d, 12h, 2w', '30d')
  .option('--json', 'print JSON')
  .option('--dir <dir>', 'corpus folder', corpusDirDefault)
  .option('--data <dir>', 'data folder holding feedback.jsonl (default: the configured store)')
  .option('--html <file>', 'write the coverage page (charts and tables, one self-contained HTML file)')
  .action(async (options: { since: string; json?: boolean; dir: string; data?: string; html?: string }) => {
    const [{ buildReport, formatReport, parseAge }, { parseConfig }, { openStore }] = await Promise.all([
      import('./report/build-report.js'),
      import('./config.js'),
      import('./store/open-store.js'),
    ]);
    const age = parseAge(options.since);
    if (age === undefined) {
      console.error(`sovbot report: --since ${options.since} is not an age. Write it like 30d, 12h or 2w`);
      process.exit(1);
    }
    // The store `npm start` writes to: PostgreSQL when SOVBOT_DATABASE_URL is set, else the data folder.
    const parsed = parseConfig(process.env, { corpusDir: defaultCorpusDir });
    if (!parsed.ok) {
      for (const error of parsed.errors) console.error(`sovbot report: ${error}`);
      process.exit(1);
    }
    const store = await openStore(
      options.data === undefined ? parsed.config : { dataDir: options.data },
    ).catch((error: Error) => {
      console.error(`sovbot report: ${error.message}`);
      process.exit(1);
    });
    const since = new Date(Date.now() - age);
    const records = await store.read(since);
    const suggestions = await store.listSuggestions('open');
    await store.close();
    if (options.html !== undefined) {
      const [{ buildCoverage }, { writeCoveragePage }] = await Promise.all([
        import('./report/build-coverage.js'),
        import('./report/write-coverage-page.js'),
      ]);
      const data = buildCoverage(await loadOrExit(options.dir), records, since, new Date(), suggestions);
      try {
        await writeCoveragePage(options.html, data);
      } catch (error) {
        console.error(
          `sovbot report: cannot write ${options.html} (${(error as Error).message}). Check that its folder exists and is writable`,
        );
        process.exit(1);
      }
      console.log(`wrote ${options.html}: open it in a browser (it loads nothing from the network)`);
      return;
    }
    const report = buildReport(await loadOrExit(options.dir), records, since, new Date(), suggestions);
    console.log(options.json ? JSON.stringify(report) : formatReport(report));
  });

await program.parseAsync();
