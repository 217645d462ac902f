import type { Answer, Lang } from '../engine/answer.js';
import type { Engine } from '../engine/create-engine.js';

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
 * The one follow-up rule, the same on every platform. The question is first read on its own: if it
 * names its own subject (it is answered, or it names something the corpus does not know, or it is too
 * long to read) it is never a follow-up, so "Who is behind Bleu?" after a Microsoft answer is about
 * Bleu. Only a question with no subject of its own ("and when?", "how much was it?", "et combien ?")
 * is asked again on the remembered deal, and kept only if that answers it. After a list or a
 * comparison there is no single deal to stay on. The answer's language is the new question's; the
 * remembered language (then `hint`, a client's locale) only decides when the question does not tell.
 */
export function answerWithMemory(
  engine: Engine,
  question: string,
  memory: Memory | undefined,
  hint: Lang | undefined,
): FollowUpResult {
  const fallback = memory?.lang ?? hint ?? 'en';
  const alone = engine.ask(question, { lang: fallback });
  if (memory?.dealId === undefined || namesOwnSubject(alone)) return { answer: alone, followUp: false };
  const followed = engine.ask(question, { dealId: memory.dealId, lang: alone.lang });
  return followed.kind === 'answered'
    ? { answer: followed, followUp: true }
    : { answer: alone, followUp: false };
}

function namesOwnSubject(answer: Answer): boolean {
  return answer.kind === 'answered' || answer.reason === 'unknown-entity' || answer.reason === 'too-long';
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
