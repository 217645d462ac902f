/** The language of a question, and of the answer given to it. */
export type Lang = 'en' | 'fr';

/** A numbered source backing one or more statements of an answer. */
export interface Citation {
  /** 1-based number, as shown in the answer text (`[1]`). */
  n: number;
  dealId: string;
  factId: string;
  publisher: string;
  title: string;
  url: string;
  /** Publication date as YYYY, YYYY-MM or YYYY-MM-DD, or `undefined` when the page showed none. */
  date: string | undefined;
}

/** One sentence of an answer, taken from one corpus fact. */
export interface Statement {
  /** Plain text, in the answer's language, without citation markers. */
  text: string;
  dealId: string;
  factId: string;
  /** Numbers of the citations backing this sentence. */
  citations: number[];
}

/** A deal offered when sovbot cannot answer, or a deal an answer drew on. */
export interface DealRef {
  id: string;
  title: string;
}

/** Why no answer was given. */
export type NoAnswerReason =
  /** The question was empty or only punctuation/emoji. */
  | 'empty'
  /** The question is not about cloud sovereignty deals at all. */
  | 'off-topic'
  /** It names a country, agency or company the corpus never mentions. */
  | 'unknown-entity'
  /** It is on topic but no entry covers it well enough. */
  | 'not-covered'
  /** Longer than the configured limit. */
  | 'too-long';

export interface Answered {
  kind: 'answered';
  question: string;
  lang: Lang;
  /** Short label of what was answered: the deal title, or a list heading. */
  heading: string;
  statements: Statement[];
  citations: Citation[];
  /** The deals the answer drew on, most relevant first. */
  deals: DealRef[];
  /** 0..1: how sure the engine is that it picked the right deal and facts. */
  confidence: number;
}

export interface NoAnswer {
  kind: 'no-answer';
  question: string;
  lang: Lang;
  reason: NoAnswerReason;
  /** Closest deals, when any are close enough to be worth offering. */
  suggestions: DealRef[];
  confidence: number;
}

/** What `ask()` returns: a value, never an exception. */
export type Answer = Answered | NoAnswer;

/** Conversation context: lets a follow-up ("and how much was it?") stay on the previous deal. */
export interface AskContext {
  /** Deal the conversation was about. */
  dealId?: string;
  /** Language to fall back on when the question itself does not tell. */
  lang?: Lang;
}
