#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { byPlace } from './corpus/corpus.js';
import { type Corpus, formatProblem, loadCorpus } from './corpus/load-corpus.js';
import type { Answer } from './engine/answer.js';
import { createEngine, type Engine, type EngineOptions } from './engine/create-engine.js';
import { renderAnswerText, renderAnswerWithFootnotes } from './engine/render-text.js';
import { readTextsSnapshot, writeTextsSnapshot } from './engine/texts-snapshot.js';
import { loadEnvFile } from './load-env-file.js';
import { configuredFolder, defaultCorpusDir, defaultDataDir, projectRoot } from './paths.js';
import { printable, printableJson } from './printable.js';
import type { FeedbackRecord } from './store/feedback-store.js';
import type { Suggestion } from './store/state-store.js';

// One configuration path with `npm start`: the same .env file, the same folders, the same defaults. The
// CLI starts no chat platform: it reads the two folders as config.ts does, without loading config.ts (and
// zod) on the way to an answer; the commands that open the store parse the whole configuration.
loadEnvFile(process.env);
const corpusDirDefault = configuredFolder(process.env.SOVBOT_CORPUS_DIR, defaultCorpusDir);
const dataDirDefault = configuredFolder(process.env.SOVBOT_DATA_DIR, defaultDataDir);
// Validated corpus snapshots, so `ask` starts without re-parsing unchanged YAML.
const corpusCacheDir = path.join(tmpdir(), 'sovbot-cache');

// Every human-readable line goes through printable(): a stored question or a corpus file may hold
// terminal escape sequences. JSON goes out exact (with the few characters a terminal could act on escaped).
const say = (text: string) => process.stdout.write(`${printable(text)}\n`);
const complain = (text: string) => process.stderr.write(`${printable(text)}\n`);
const sayJson = (value: unknown) => process.stdout.write(`${printableJson(value)}\n`);

/**
 * `--explain`: the trace on stderr, as YAML for reading when stderr is a terminal (the trace's own shape,
 * without JSON's quotes and braces), as one JSON line otherwise, for tools.
 */
async function explainer(): Promise<(trace: unknown) => void> {
  if (!process.stderr.isTTY)
    return (trace) => process.stderr.write(`${printableJson(trace, setsAsArrays)}\n`);
  const { Document, isScalar, visit } = await import('yaml');
  return (trace) => {
    const doc = new Document(JSON.parse(JSON.stringify(trace, setsAsArrays)));
    // Lists of plain values on one line ([jedi, awarded]), so a trace fits on a screen.
    visit(doc, {
      Seq(_key, node) {
        if (node.items.every((item) => isScalar(item))) node.flow = true;
      },
    });
    process.stderr.write(printable(doc.toString({ lineWidth: 0, flowCollectionPadding: false })));
  };
}

/** Loads the corpus or prints every problem and exits 1: the CLI's one start-up failure. */
async function loadOrExit(dir: string, refreshCache = false, exitCode = 1): Promise<Corpus> {
  const result = await loadCorpus(dir, { cacheDir: corpusCacheDir, refreshCache });
  if (result.ok) return result.corpus;
  for (const problem of result.problems) complain(formatProblem(problem));
  complain(
    `sovbot: the corpus in ${dir} has ${result.problems.length} problem(s); run: npx sovbot corpus check --dir ${dir}`,
  );
  process.exit(exitCode);
}

/**
 * An engine on the corpus. A snapshot is checked when read back, but should one still not build (a shape
 * no check foresaw), the files are validated again and the snapshot rewritten: a cache never stops an answer.
 */
async function engineOrExit(dir: string, options: EngineOptions = {}, exitCode = 1): Promise<Engine> {
  // What the last process read from the texts (words, stems): only changed texts are read again.
  const [corpus, held] = await Promise.all([
    loadOrExit(dir, false, exitCode),
    readTextsSnapshot(corpusCacheDir),
  ]);
  let engine: Engine;
  try {
    engine = createEngine(corpus, options);
  } catch {
    engine = createEngine(await loadOrExit(dir, true, exitCode), options);
  }
  await writeTextsSnapshot(corpusCacheDir, held);
  return engine;
}

/** The JSON form of an answer printed by `ask --json`. */
export function answerJson(answer: Answer): Record<string, unknown> {
  return {
    kind: answer.kind,
    question: answer.question,
    lang: answer.lang,
    text: renderAnswerText(answer),
    ...(answer.kind === 'answered'
      ? {
          shape: answer.shape,
          heading: answer.heading,
          rows: answer.rows,
          ...(answer.matched === undefined ? {} : { matched: answer.matched }),
        }
      : {}),
    statements: answer.kind === 'answered' ? answer.statements : [],
    citations: answer.kind === 'answered' ? answer.citations : [],
    suggestions: answer.kind === 'no-answer' ? answer.suggestions : [],
    ...(answer.kind === 'no-answer' ? { reason: answer.reason } : { deals: answer.deals }),
    confidence: answer.confidence,
  };
}

async function answerLines(engine: Engine, json: boolean): Promise<void> {
  // On a terminal nobody pipes questions in: say what is expected and prompt (on stderr, so that stdout
  // holds only answers), instead of waiting silently.
  const interactive = process.stdin.isTTY === true;
  const lines = createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
    ...(interactive ? { output: process.stderr, prompt: '> ' } : {}),
  });
  if (interactive) {
    complain(
      'Type a question (English or French) and press Enter; Ctrl-D ends. Or: npx sovbot ask "What is JWCC?"',
    );
    lines.prompt();
  }
  for await (const line of lines) {
    // Every line gets exactly one answer, a blank one a no-answer (reason "empty"), so outputs line up
    // with inputs; the text form has nothing to say about a blank line.
    if (!json && line.trim() === '') continue;
    const answer = engine.ask(line);
    if (json) sayJson(answerJson(answer));
    else say(`${renderAnswerWithFootnotes(answer)}\n`);
    if (interactive) lines.prompt();
  }
}

/** The version in package.json (read at run time: the one file that holds it). */
function packageVersion(): string {
  try {
    return String(
      (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version?: unknown })
        .version,
    );
  } catch {
    return 'unknown';
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
  .version(packageVersion(), '-V, --version', 'print the version of sovbot')
  .showHelpAfterError();

program
  .command('ask')
  .description('Answer a question (or, with no question, each line of standard input).')
  .argument('[question...]', 'the question, in English or French')
  .option(
    '--json',
    'print one JSON object per answer; from standard input, exactly one line per input line (a blank line gets a no-answer, reason "empty")',
  )
  .option('--explain', 'also print how the question was read and the deals and facts it scored (to stderr)')
  .option('--dir <dir>', 'corpus folder (holds deals/*.yaml)', corpusDirDefault)
  .action(async (words: string[], options: { json?: boolean; explain?: boolean; dir: string }) => {
    const engine = await engineOrExit(options.dir, options.explain ? { trace: await explainer() } : {});
    if (words.length === 0) return answerLines(engine, options.json === true);
    const answer = engine.ask(words.join(' '));
    if (options.json) sayJson(answerJson(answer));
    else say(renderAnswerWithFootnotes(answer));
  });

const evalExitCodes = `
Exit codes:
  0  the file was scored (and overall accuracy is at least --min, when given)
  1  overall accuracy is below --min (a line on stderr says by how much)
  2  nothing was scored: the file is missing, unreadable, not YAML or not a question file,
     the corpus is invalid, or an option is wrong`;

program
  .command('eval')
  .description('Score a question file (format of the public QA sample) and print accuracy by tier.')
  .argument('<file>', 'YAML file with cases: [{q, deal, all, any, abstain, tier}]')
  .option('--dir <dir>', 'corpus folder', corpusDirDefault)
  .option('--min <ratio>', 'exit 1 when overall accuracy is below this (0..1)', ratio)
  .option('--verbose', 'print every failing case')
  .option('--json', 'print the report as JSON')
  .addHelpText('after', evalExitCodes)
  // A usage error (bad --min, unknown option) means nothing was scored: exit 2, as for a bad file.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .action(async (file: string, options: { dir: string; min?: number; verbose?: boolean; json?: boolean }) => {
    // Loaded here, not at start-up: `ask` needs neither YAML nor zod once the corpus snapshot exists.
    const [{ parse: parseYaml }, { evalFileSchema, runEval }] = await Promise.all([
      import('yaml'),
      import('./eval/run-eval.js'),
    ]);
    const cannot = (why: string, hint: string): never => {
      complain(`sovbot eval: ${file}: ${why}. ${hint}`);
      process.exit(2);
    };
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      cannot(
        `cannot read the question file (${code})`,
        code === 'ENOENT'
          ? 'Check the path, e.g. test/golden/golden.yaml'
          : 'Check that it is a readable file',
      );
    }
    let data: unknown;
    try {
      data = parseYaml(text, { prettyErrors: true });
    } catch (error) {
      const first = (error as Error).message.split('\n')[0]?.replace(/:$/, '') ?? '';
      cannot(`not valid YAML: ${first}`, 'Fix the YAML syntax there');
    }
    const parsed = evalFileSchema.safeParse(data);
    if (!parsed.success) {
      cannot(
        'not a question file',
        `Write it as cases: [{q, deal, all, any, abstain, tier}] (see test/golden/golden.yaml):\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n')}`,
      );
    }
    if (!parsed.success) return;
    const report = runEval(await engineOrExit(options.dir, {}, 2), parsed.data.cases);
    const share = (p: { passed: number; total: number }) =>
      p.total === 0 ? 'n/a' : `${((100 * p.passed) / p.total).toFixed(1)}% (${p.passed}/${p.total})`;
    if (options.json) {
      sayJson({
        ...report,
        results: report.results.map((r) => ({
          q: r.case.q,
          tier: r.case.tier,
          ok: r.ok,
          failure: r.failure,
        })),
      });
    } else {
      for (const result of report.results) {
        if (!result.ok && options.verbose)
          say(`FAIL [${result.case.tier}] ${result.case.q}\n     ${result.failure}`);
      }
      for (const [tier, counts] of Object.entries(report.byTier)) say(`${tier.padEnd(10)} ${share(counts)}`);
      say(
        `answerable ${share(report.answerable)}\nabstain    ${share(report.abstain)}\noverall    ${share(report)}`,
      );
    }
    const overall = report.total === 0 ? 0 : report.passed / report.total;
    if (options.min !== undefined && overall < options.min) {
      complain(
        `sovbot eval: overall accuracy ${(100 * overall).toFixed(1)}% is below --min ${options.min} (${(100 * options.min).toFixed(1)}%): exit 1`,
      );
      process.exitCode = 1;
    }
  });

const corpus = program.command('corpus').description('Check, list and add deals.');

corpus
  .command('check')
  .description('Validate every deal file and report every problem at once.')
  .option('--dir <dir>', 'corpus folder (holds deals/*.yaml)', corpusDirDefault)
  .action(async (options: { dir: string }) => {
    const result = await loadCorpus(options.dir);
    // One list in file and line order, so a reader fixes a file top to bottom.
    const all = [...result.warnings, ...(result.ok ? [] : result.problems)].sort(byPlace);
    for (const problem of all) complain(formatProblem(problem));
    if (!result.ok) {
      complain(`corpus check failed: ${result.problems.length} problem(s) in ${options.dir}`);
      process.exitCode = 1;
      return;
    }
    const { deals, factCount, sourceCount } = result.corpus;
    const missingFr = deals.flatMap((d) => d.facts).filter((f) => f.text_fr.trim() === '').length;
    say(
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
      sayJson(
        rows.map((d) => ({
          id: d.id,
          title: d.title,
          date: d.date,
          kind: d.kind,
          jurisdiction: d.jurisdiction,
          facts: d.facts.length,
        })),
      );
      return;
    }
    for (const d of rows) say(`${d.date.padEnd(10)} ${d.id.padEnd(58)} ${d.title}`);
  });

corpus
  .command('new')
  .description(
    'Write a skeleton entry with comments explaining each field; corpus check fails until every example value is replaced.',
  )
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
      complain(`sovbot corpus new: ${result.error}`);
      process.exitCode = 1;
      return;
    }
    say(
      `wrote ${result.file}: replace every example value, then run npx sovbot corpus check (it names each field still to fill)`,
    );
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
  .option(
    '--data <dir>',
    `data folder holding feedback.jsonl (default: the configured store: PostgreSQL when SOVBOT_DATABASE_URL is set, else ${dataDirDefault})`,
  )
  .option('--html <file>', 'write the coverage page (charts and tables, one self-contained HTML file)')
  .action(async (options: { since: string; json?: boolean; dir: string; data?: string; html?: string }) => {
    const [{ buildReport, formatReport, parseAge }, { openStore }] = await Promise.all([
      import('./report/build-report.js'),
      import('./store/open-store.js'),
    ]);
    const age = parseAge(options.since);
    if (age === undefined) {
      complain(`sovbot report: --since ${options.since} is not an age. Write it like 30d, 12h or 2w`);
      process.exit(1);
    }
    // The store `npm start` writes to: PostgreSQL when SOVBOT_DATABASE_URL is set (and no --data),
    // else the data folder. A data folder with nothing recorded is reported as such, and read only:
    // nothing is created in it.
    const { parseConfig } = await import('./config.js');
    const databaseUrl =
      options.data === undefined
        ? parseConfig(process.env, { corpusDir: defaultCorpusDir }).config.databaseUrl
        : undefined;
    const dataDir = path.resolve(options.data ?? dataDirDefault);
    const recorded =
      databaseUrl !== undefined ||
      ['feedback.jsonl', 'suggestions.jsonl'].some((file) => existsSync(path.join(dataDir, file)));
    const since = new Date(Date.now() - age);
    let records: FeedbackRecord[] = [];
    let suggestions: Suggestion[] = [];
    if (recorded) {
      const store = await openStore(databaseUrl === undefined ? { dataDir } : { dataDir, databaseUrl }).catch(
        (error: Error) => {
          complain(`sovbot report: ${error.message}`);
          process.exit(1);
        },
      );
      records = await store.read(since);
      suggestions = await store.listSuggestions('open');
      await store.close();
    }
    const where =
      databaseUrl !== undefined
        ? 'store: PostgreSQL (SOVBOT_DATABASE_URL)'
        : recorded
          ? `data folder: ${dataDir}`
          : `data folder: ${dataDir} holds no feedback yet (no feedback.jsonl). The running bot records into SOVBOT_DATA_DIR (default ${dataDirDefault}); pass --data to read another folder`;
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
      say(`wrote ${options.html}: open it in a browser (it loads nothing from the network)\n${where}`);
      return;
    }
    const report = buildReport(await loadOrExit(options.dir), records, since, new Date(), suggestions);
    if (options.json) {
      sayJson({ dataDir, ...report });
      if (!recorded) complain(where);
    } else {
      say(`${where}\n${formatReport(report)}`);
    }
  });

await program.parseAsync();
