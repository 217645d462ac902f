#!/usr/bin/env node
import { Command } from 'commander';
import { formatProblem, loadCorpus } from './corpus/load-corpus.js';
import { defaultCorpusDir } from './paths.js';

const program = new Command('sovbot').description(
  'Answers questions about cloud sovereignty deals, every sentence cited.',
);

const corpus = program.command('corpus').description('Check and list the corpus of deals.');

corpus
  .command('check')
  .description('Validate every deal file and report every problem at once.')
  .option(
    '--dir <dir>',
    'corpus folder (holds deals/*.yaml)',
    process.env.SOVBOT_CORPUS_DIR ?? defaultCorpusDir,
  )
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
    console.log(
      `corpus ok: ${deals.length} deals, ${factCount} facts, ${sourceCount} sources, ${result.warnings.length} warning(s)`,
    );
  });

await program.parseAsync();
