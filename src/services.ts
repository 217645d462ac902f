import type { Config } from './config.js';
import type { Answer } from './engine/answer.js';
import type { Logger } from './logger.js';
import type { LiveEngine } from './runtime/live-engine.js';
import type { FeedbackRecord, FeedbackStore } from './store/feedback-store.js';

export type Platform = FeedbackRecord['platform'];

/**
 * What every adapter is handed by its composition root: the live engine, the feedback store, the
 * config and the logger. Adapters call these; nothing here calls an adapter.
 */
export interface BotServices {
  config: Config;
  logger: Logger;
  live: LiveEngine;
  store: FeedbackStore;
}

/** Whether a platform user may run admin commands (listed in SOVBOT_MAINTAINERS). */
export function isMaintainer(services: BotServices, userId: string): boolean {
  return services.config.maintainers.has(userId);
}

/** Records a question that ended without an answer (the raw user id is hashed). */
export function recordNoAnswer(
  services: BotServices,
  platform: Platform,
  userId: string,
  answer: Answer,
): void {
  if (answer.kind !== 'no-answer' || answer.reason === 'empty') return;
  safely(services, () =>
    services.store.append({
      platform,
      userId,
      kind: 'no-answer',
      question: answer.question,
      reason: answer.reason,
    }),
  );
}

/** Records a 👍 or 👎 with the question and the facts it cited. */
export function recordVote(
  services: BotServices,
  platform: Platform,
  userId: string,
  vote: 'up' | 'down',
  question: string,
  factIds: string[],
): void {
  safely(services, () => services.store.append({ platform, userId, kind: vote, question, factIds }));
  services.logger.info({ code: 'FEEDBACK', platform, vote, question, factIds }, 'feedback');
}

function safely(services: BotServices, write: () => unknown): void {
  try {
    write();
  } catch (error) {
    services.logger.error(
      { code: 'STORE_WRITE_FAILED', err: { message: (error as Error).message } },
      'cannot write the feedback store',
    );
  }
}

/** A started chat adapter. stop(): take no new work, finish answers in flight (bounded), close connections. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
