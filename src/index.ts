// The one module adapters import: sovbot's core API and types.

export {
  type Config,
  type ConfigResult,
  type DiscordConfig,
  parseConfig,
  type SlackConfig,
  secretsOf,
} from './config.js';
export {
  type CheckedSuggestion,
  checkSuggestion,
  type SuggestionField,
  type SuggestionInput,
  suggestionLimits,
  suggestionText,
} from './conversation/check-suggestion.js';
export {
  type AdminResult,
  type BotServices,
  Conversation,
  type ConversationOptions,
  factIdsOf,
  type Platform,
  type RunningAdapter,
  type SuggestInput,
  type SuggestResult,
  type TurnInput,
  type TurnResult,
  type VotedAnswer,
} from './conversation/conversation.js';
export { answerWithMemory, type Memory, memoryOf, namesKnownSubject } from './conversation/follow-up.js';
export {
  type Corpus,
  type CorpusProblem,
  formatProblem,
  type LoadResult,
  loadCorpus,
} from './corpus/load-corpus.js';
export type { Deal, Fact, Source } from './corpus/schema.js';
export {
  ChangeNotifier,
  type ChangeNotifierOptions,
  type ChangeSender,
  type ReloadSource,
} from './corrections/change-notifier.js';
export {
  type Correction,
  citedFacts,
  comparableText,
  correctionsFor,
  correctionText,
  type DealChange,
  diffCorpora,
  factTextHash,
  followSummaryText,
  withdrawnText,
} from './corrections/fact-changes.js';
export type {
  Answer,
  Answered,
  AnswerRow,
  AnswerShape,
  AskContext,
  Citation,
  DealRef,
  Lang,
  NoAnswer,
  NoAnswerReason,
  Statement,
} from './engine/answer.js';
export { amountIn, partiesIn } from './engine/compose-answer.js';
export { createEngine, type DealCard, type Engine, type EngineOptions } from './engine/create-engine.js';
export { messages, noAnswerText } from './engine/messages.js';
export { formatFootnote, renderAnswerText, renderAnswerWithFootnotes } from './engine/render-text.js';
export { loadEnvFile } from './load-env-file.js';
export { createLogger, type Logger, silentLogger } from './logger.js';
export { defaultCorpusDir, defaultDataDir, projectRoot } from './paths.js';
export { printable, printableJson } from './printable.js';
export {
  countText,
  hasRows,
  matchedCount,
  matchedText,
  moreText,
  type RowView,
  rowViews,
} from './render/answer-rows.js';
export { citationMarks, isListAnswer, renderSentence, truncate } from './render/render-text.js';
export { type CorpusStatus, LiveEngine, type ReloadResult } from './runtime/live-engine.js';
export { EmbeddedStore } from './store/embedded-store.js';
export { type FeedbackRecord, FeedbackStore } from './store/feedback-store.js';
export { openStore } from './store/open-store.js';
export type {
  AnswerPlace,
  AnswerRecord,
  FollowRecord,
  LeaseSpace,
  NewRecord,
  NewSuggestion,
  StateSpace,
  StateStore,
  Suggestion,
} from './store/state-store.js';
