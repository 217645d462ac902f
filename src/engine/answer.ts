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
  | 'too-long'
  /** It asks for a judgement ("best", "should we"): sovbot reports sourced facts, not opinions. */
  | 'opinion'
  /** It is written in a language other than English or French. */
  | 'other-language';

/**
 * The shape of an answer: one deal's facts, deals side by side, a list of deals matching the question
 * (newest first), deals in date order, or a correction of a false premise followed by what the corpus says.
 */
export type AnswerShape = 'single' | 'compare' | 'list' | 'timeline' | 'correction';

/** One deal in a cross-deal answer, from the entry's structured fields, with at most one cited fact. */
export interface AnswerRow {
  dealId: string;
  title: string;
  /** The deal's date as the entry gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  kind: string;
  customers: string[];
  providers: string[];
  /**
   * The value as the sources give it, and its basis (estimate, ceiling, official…). `amount` is in the
   * answer's language: the entry's `amount_fr` in a French answer (its English `amount` when it has none);
   * `basis` is the schema's English keyword in both.
   */
  value?: { amount: string; basis: string };
  status?: string;
  /** The fact shown for this deal, and the numbers of the citations backing the row. */
  factId: string;
  citations: number[];
}

export interface Answered {
  kind: 'answered';
  question: string;
  lang: Lang;
  /** Short label of what was answered: the deal title, or a list heading that reads as a sentence. */
  heading: string;
  /** How the answer is laid out (see {@link AnswerShape}). */
  shape: AnswerShape;
  /** One row per deal for `compare`, `list` and `timeline` answers (empty otherwise). */
  rows: AnswerRow[];
  /** For a list: how many deals matched (rows may show fewer). */
  matched?: number;
  statements: Statement[];
  citations: Citation[];
  /** The deals the answer drew on, most relevant first. */
  deals: DealRef[];
  /**
   * 0..1: how sure the engine is. Calibrated on held-out questions: of the answers given at a confidence
   * c, about a share c were right (see docs/engine.md).
   */
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
