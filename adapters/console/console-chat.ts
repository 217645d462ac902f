import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  type AskContext,
  type BotServices,
  recordNoAnswer,
  renderAnswerWithFootnotes,
} from '../../src/index.js';
import { formatConsoleCard } from './format.js';

export interface ConsoleOptions {
  input: Readable & { isTTY?: boolean };
  output: Writable;
}

const HELP = `Ask a question about a cloud sovereignty deal, in English or French, e.g.
  How much is the GCHQ AWS deal worth?
  Quand Microsoft a-t-il obtenu le contrat JEDI ?
  and how much was it?        (a follow-up stays on the last deal)
Commands:
  /help           this help
  /deals          list the deals
  /deal <id>      one deal's card (fields, key facts, sources)
  /status         corpus version and last reload
  /reload         reload the corpus now (it also reloads by itself when a file changes)
  /quit           leave (or Ctrl-D)`;

/**
 * The console chat: a first-class adapter like Slack and Discord. On a terminal it prompts; with
 * piped input it answers each line as it arrives and ends at end of input. Resolves to the exit code.
 */
export async function runConsole(services: BotServices, { input, output }: ConsoleOptions): Promise<number> {
  const interactive = input.isTTY === true;
  const print = (text: string) => output.write(`${text}\n`);
  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let context: AskContext = {};

  if (interactive) {
    const { deals, facts } = services.live.status();
    print(`sovbot: ${deals} deals, ${facts} facts. Type a question, /help, or /quit.`);
    lines.setPrompt('sovbot> ');
    lines.prompt();
    lines.on('SIGINT', () => lines.close());
  }

  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (interactive) lines.prompt();
      continue;
    }
    try {
      if (line === '/quit' || line === '/exit') break;
      print(await handleLine(services, line, context, (next) => (context = next)));
    } catch (error) {
      services.logger.error(
        { code: 'CONSOLE_HANDLER_FAILED', err: { message: (error as Error).message } },
        'console handler failed',
      );
      print('Something went wrong on my side; please try again.');
    }
    if (interactive) lines.prompt();
  }
  lines.close();
  return 0;
}

async function handleLine(
  services: BotServices,
  line: string,
  context: AskContext,
  setContext: (c: AskContext) => void,
): Promise<string> {
  const engine = services.live.engine;
  if (line === '/help') return HELP;
  if (line === '/deals')
    return engine
      .listDeals()
      .map((d) => `${d.id}  ${d.title}`)
      .join('\n');
  if (line.startsWith('/deal')) {
    const id = line.slice('/deal'.length).trim();
    const card =
      engine.dealCard(id, context.lang ?? 'en') ??
      engine.dealCard(engine.findDeals(id, 1)[0]?.id ?? '', context.lang ?? 'en');
    if (!card) return `No deal "${id}". Try /deals.`;
    setContext({ dealId: card.deal.id, lang: card.lang });
    return formatConsoleCard(card);
  }
  if (line === '/status') return formatStatus(services);
  if (line === '/reload') {
    const result = await services.live.reload();
    return result.ok
      ? `reloaded: ${formatStatus(services)}`
      : `reload failed, still serving the last good index:\n${result.problems.join('\n')}`;
  }
  if (line.startsWith('/')) return `Unknown command ${line.split(' ')[0]}. Try /help.`;
  const answer = engine.ask(line, context);
  if (answer.kind === 'answered') setContext({ dealId: answer.deals[0]?.id ?? '', lang: answer.lang });
  else recordNoAnswer(services, 'console', 'console', answer);
  return `${renderAnswerWithFootnotes(answer, services.config.maxQuestionLength)}\n`;
}

function formatStatus(services: BotServices): string {
  const s = services.live.status();
  const lines = [
    `corpus ${s.version}: ${s.deals} deals, ${s.facts} facts, loaded ${s.loadedAt.toISOString()}`,
  ];
  if (s.lastReloadAt) lines.push(`last reload ${s.lastReloadAt.toISOString()}`);
  if (s.lastError.length > 0) lines.push('last error:', ...s.lastError);
  return lines.join('\n');
}
