import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type BotServices, Conversation, type Lang, type TurnInput } from '../../src/index.js';
import { consoleText, formatConsoleAdmin, formatConsoleAnswer, formatConsoleCard } from './format.js';

export interface ConsoleOptions {
  input: Readable & { isTTY?: boolean };
  output: Writable;
  /** Clock in milliseconds (cooldown, follow-up memory). Default `Date.now`. */
  now?: () => number;
}

const HELP = `Ask a question about a cloud sovereignty deal, in English or French, e.g.
  How much is the GCHQ AWS deal worth?
  Quand Microsoft a-t-il obtenu le contrat JEDI ?
  and how much was it?        (a follow-up stays on the last deal)
Commands:
  /help           this help
  /deals [words]  list the deals (those whose name has the words)
  /deal <name>    one deal's card (fields, key facts, sources)
  👍 or 👎        rate the last answer (also +1 / -1)
  /status         corpus version and last reload
  /reload         reload the corpus now (it also reloads by itself when a file changes)
  /quit           leave (or Ctrl-D)`;

/** The console's one user: whoever runs it (the process's operator, a maintainer). */
const USER = 'console';

/**
 * The console chat: a first-class adapter like Slack and Discord, on the same conversation layer. On a
 * terminal it prompts; with piped input it echoes each question before its answer and ends at end of
 * input. Resolves to the exit code.
 */
export async function runConsole(
  services: BotServices,
  { input, output, now }: ConsoleOptions,
): Promise<number> {
  const interactive = input.isTTY === true;
  const print = (text: string) => output.write(`${text}\n`);
  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const conversation = new Conversation(services, now === undefined ? {} : { now });
  // Each run is one conversation: a follow-up never reaches back into an earlier run's session.
  const state: ChatState = { voteKey: undefined, lang: 'en', session: randomUUID() };

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
    // Piped, the transcript shows what was asked above each answer, as a terminal would.
    if (!interactive) print(`sovbot> ${line}`);
    try {
      if (line === '/quit' || line === '/exit') break;
      print(await handleLine(conversation, line, state));
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
  await conversation.drain(0);
  return 0;
}

interface ChatState {
  /** The vote key of the last answer, for 👍/👎. */
  voteKey: string | undefined;
  lang: Lang;
  /** The memory key of this run's conversation. */
  session: string;
}

const UP = new Set(['👍', '+1', '/up']);
const DOWN = new Set(['👎', '-1', '/down']);

async function handleLine(conversation: Conversation, line: string, state: ChatState): Promise<string> {
  const { services } = conversation;
  const engine = services.live.engine;
  const words = consoleText[state.lang];
  if (UP.has(line) || DOWN.has(line)) {
    if (state.voteKey === undefined) return words.noVote;
    const recorded = await conversation.vote('console', USER, UP.has(line) ? 'up' : 'down', state.voteKey);
    state.voteKey = undefined;
    return recorded ? words.thanks : words.noVote;
  }
  if (line.startsWith('/')) {
    const [command = '', ...rest] = line.split(/\s+/);
    const argument = rest.join(' ');
    switch (command) {
      case '/help':
        return HELP;
      case '/deals': {
        const deals = argument === '' ? engine.listDeals(state.lang) : engine.findDeals(argument, 25);
        if (deals.length === 0) return `No deal matches "${argument}". /deals lists them all.`;
        return deals.map((d) => `${d.id}  ${d.title}`).join('\n');
      }
      case '/deal': {
        if (argument === '') return words.dealUsage;
        const id = engine.dealCard(argument) === undefined ? engine.findDeals(argument, 1)[0]?.id : argument;
        const card = id === undefined ? undefined : engine.dealCard(id, state.lang);
        if (card === undefined) return `No deal "${argument}". Try /deals.`;
        await conversation.showCard(turn(state, ''), card);
        return formatConsoleCard(card);
      }
      case '/status':
        return formatConsoleAdmin(await conversation.admin('console', USER, 'status'));
      case '/reload':
        return formatConsoleAdmin(await conversation.admin('console', USER, 'reload'));
      default:
        return `Unknown command ${command}. Try /help.`;
    }
  }
  const result = await conversation.ask(turn(state, line));
  if (result.kind === 'slow-down')
    return consoleText[result.lang].slowDown.replace('{seconds}', String(result.seconds));
  state.lang = result.answer.lang;
  state.voteKey = result.voteKey;
  return `${formatConsoleAnswer(result.answer, services.config.maxQuestionLength)}\n`;
}

function turn(state: ChatState, text: string): TurnInput {
  return { platform: 'console', userId: USER, text, threadKey: state.session };
}
