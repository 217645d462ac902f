import type { Answer, Lang } from '../engine/answer.js';
import type { Engine } from '../engine/create-engine.js';
import { fold } from '../engine/normalize.js';

/** What a conversation remembers after an answer, so that the next question may follow up on it. */
export interface Memory {
  /** The one deal the last answer was about; none after a list or a comparison. */
  dealId?: string;
  /** Every deal the last answer drew on (several after a list or a comparison). */
  deals: string[];
  /** The language of the last answer. */
  lang: Lang;
}

/** How a question was answered: on its own, or as a follow-up on the remembered deal. */
export interface FollowUpResult {
  answer: Answer;
  followUp: boolean;
}

/**
 * The one follow-up rule, the same on every platform. A question that names its own subject is never a
 * follow-up: it names a deal, a party or an alias the corpus knows and is answered on its own ("Who is
 * behind Bleu?" after a Microsoft answer is about Bleu; "What is Gaia-X?" after a Bleu answer is about
 * Gaia-X, though Bleu's facts mention it), or it names something the corpus does not know, or it is too
 * long to read. Any other question ("and when was it signed?", "how much was it?", "et combien ?") is
 * asked on the remembered deal first, and answered on its own only if the deal has no answer to it.
 * After a list or a comparison there is no single deal to stay on. The answer's language is the new
 * question's; the remembered language (then `hint`, a client's locale) decides only when the question
 * does not tell.
 */
export function answerWithMemory(
  engine: Engine,
  question: string,
  memory: Memory | undefined,
  hint: Lang | undefined,
): FollowUpResult {
  const fallback = memory?.lang ?? hint ?? 'en';
  const alone = engine.ask(question, { lang: fallback });
  if (memory?.dealId === undefined) return { answer: alone, followUp: false };
  if (alone.kind === 'no-answer' && (alone.reason === 'unknown-entity' || alone.reason === 'too-long'))
    return { answer: alone, followUp: false };
  if (alone.kind === 'answered' && namesKnownSubject(engine, question))
    return { answer: alone, followUp: false };
  const followed = engine.ask(question, { dealId: memory.dealId, lang: alone.lang });
  return followed.kind === 'answered'
    ? { answer: followed, followUp: true }
    : { answer: alone, followUp: false };
}

/** Per corpus: each known name (alias, customer, provider) as folded words, by its first word. */
const namesByCorpus = new WeakMap<Engine['corpus'], Map<string, string[][]>>();

function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether the question contains, word for word, a name of a deal or of one of its parties. */
export function namesKnownSubject(engine: Engine, question: string): boolean {
  let names = namesByCorpus.get(engine.corpus);
  if (names === undefined) {
    names = new Map();
    for (const deal of engine.corpus.deals) {
      for (const name of [...deal.aliases, ...deal.customers, ...deal.providers]) {
        const words = wordsOf(name);
        const [first] = words;
        if (first === undefined) continue;
        const list = names.get(first) ?? [];
        list.push(words);
        names.set(first, list);
      }
    }
    namesByCorpus.set(engine.corpus, names);
  }
  const words = wordsOf(question);
  return words.some((word, i) =>
    (names.get(word) ?? []).some((name) => name.every((part, j) => words[i + j] === part)),
  );
}

/** What to remember after an answer; undefined keeps the memory as it was (a no-answer). */
export function memoryOf(answer: Answer): Memory | undefined {
  if (answer.kind !== 'answered') return undefined;
  const deals = [...new Set([...answer.statements.map((s) => s.dealId), ...answer.deals.map((d) => d.id)])];
  const [only] = deals;
  return deals.length === 1 && only !== undefined
    ? { dealId: only, deals, lang: answer.lang }
    : { deals, lang: answer.lang };
}
