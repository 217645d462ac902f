import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { ChangeNotifier } from '../corrections/change-notifier.js';
import { citedFacts } from '../corrections/fact-changes.js';
import type { Answer, Lang } from '../engine/answer.js';
import type { DealCard } from '../engine/create-engine.js';
import type { Logger } from '../logger.js';
import type { CorpusStatus, LiveEngine, ReloadResult } from '../runtime/live-engine.js';
import type { FeedbackRecord } from '../store/feedback-store.js';
import type { AnswerRecord, StateStore, Suggestion } from '../store/state-store.js';
import { checkSuggestion, type SuggestionField, type SuggestionInput } from './check-suggestion.js';
import { answerWithMemory, type Memory, memoryOf } from './follow-up.js';

export type Platform = FeedbackRecord['platform'];

/** What every adapter is handed by its composition root. Adapters call these; nothing here calls an adapter. */
export interface BotServices {
  config: Config;
  logger: Logger;
  live: LiveEngine;
  store: StateStore;
  /** Posts corrections and follow summaries after reloads; adapters register how they post. */
  notifier?: ChangeNotifier;
}

/** A started chat adapter. stop(): take no new work, finish answers in flight (bounded), close connections. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}

/** One question, as any platform delivers it. */
export interface TurnInput {
  platform: Platform;
  /** The platform's user id (hashed before anything is stored). */
  userId: string;
  /** The question, as plain text (platform markup already read). */
  text: string;
  /**
   * Where this conversation's memory lives: a Slack thread, a Discord channel for this user, the
   * console session. Without it the question is never a follow-up.
   */
  threadKey?: string;
  /** How long the memory under `threadKey` lasts, in ms. Default: the conversation's `followUpMs`. */
  windowMs?: number;
  /** The id of the message this one replies to (a Discord reply): the memory of the answer there wins. */
  replyTo?: string;
  /** The language to use when the question does not tell (a Discord client's locale). */
  lang?: Lang;
  /** Ask about this deal as a follow-up (a suggestion or Share button carries it). */
  dealId?: string;
  /** False for a click on sovbot's own offer (Share, a suggested deal): no cooldown. Default true. */
  paced?: boolean;
}

/** What a turn gave: an answer to send, or the cooldown's "slow down". */
export type TurnResult =
  | {
      kind: 'answer';
      answer: Answer;
      /** Whether the question was answered as a follow-up on the remembered deal. */
      followUp: boolean;
      /** The key a 👍/👎 button carries (answered only). */
      voteKey: string | undefined;
      /**
       * Call with the id of the message that carried the answer, so a reply to it follows up on it;
       * and with where it was posted (channel, thread), so a later change to a cited fact is corrected there.
       */
      sent(messageId: string | null | undefined, place?: { channel: string; thread: string }): Promise<void>;
    }
  | { kind: 'slow-down'; seconds: number; lang: Lang };

/** A 👍/👎 as stored behind a vote key. */
export interface VotedAnswer {
  question: string;
  factIds: string[];
}

/** A suggestion as a platform's form delivered it. */
export interface SuggestInput extends SuggestionInput {
  platform: Platform;
  /** The platform's user id (hashed before anything is stored). */
  userId: string;
  /** `correction` when made on one of sovbot's answers (or about a named deal), else `deal`. */
  kind: Suggestion['kind'];
  /** The deals and facts the corrected answer cited; ids the corpus does not hold are dropped. */
  dealIds?: readonly string[];
  factIds?: readonly string[];
  /** The language of the messages about it. */
  lang: Lang;
}

/** What a suggestion gave: stored (with its number), or refused field by field with nothing stored. */
export type SuggestResult =
  | { kind: 'stored'; suggestion: Suggestion }
  | { kind: 'invalid'; errors: Partial<Record<SuggestionField, string>> };

/** What an admin command gave. */
export type AdminResult =
  | { kind: 'refused' }
  | { kind: 'status'; status: CorpusStatus; store: StateStore['backend'] }
  | { kind: 'reload'; result: ReloadResult }
  | { kind: 'usage' };

export interface ConversationOptions {
  /** Clock in milliseconds (cooldowns and memory expiry). Default `Date.now`. */
  now?: () => number;
  /** How long a conversation's memory lasts, in ms. Default 7 days. */
  followUpMs?: number;
  /** How long a delivery's claim is kept (Slack retries for up to about an hour). Default 2 hours. */
  claimMs?: number;
}

const DAY = 86_400_000;

/**
 * One implementation of a turn for every platform: cooldown, follow-up memory, the answer, the
 * no-answer record, vote keys; plus admin commands, de-duplication claims and the drain of answers in
 * flight on shutdown. State lives in the store, so replicas sharing a PostgreSQL store share it.
 * Adapters turn a platform event into a `TurnInput`, format the result (pure) and send it.
 */
export class Conversation {
  readonly #work = new Set<Promise<unknown>>();
  #closed = false;
  readonly #now: () => number;
  readonly #followUpMs: number;
  readonly #claimMs: number;

  constructor(
    readonly services: BotServices,
    options: ConversationOptions = {},
  ) {
    this.#now = options.now ?? Date.now;
    this.#followUpMs = options.followUpMs ?? 7 * DAY;
    this.#claimMs = options.claimMs ?? 2 * 3_600_000;
  }

  get #store(): StateStore {
    return this.services.store;
  }

  /** Asks a question: cooldown first, then the follow-up rule, then the no-answer record. */
  async ask(input: TurnInput): Promise<TurnResult> {
    const now = this.#now();
    const { config } = this.services;
    const memory = await this.#tolerant(undefined, () => this.#recall(input, now));
    // The cooldown keeps one user of a shared bot from crowding out the others. The console has one
    // user, who runs the process (as for admin commands): a script piping questions is not paced.
    if (config.cooldownSeconds > 0 && input.paced !== false && input.platform !== 'console') {
      const key = `${input.platform}:${input.userId}`;
      const until = now + config.cooldownSeconds * 1000;
      const waitMs = await this.#tolerant(0, () => this.#store.lease('cooldown', key, until, now));
      if (waitMs > 0)
        return {
          kind: 'slow-down',
          seconds: Math.ceil(waitMs / 1000),
          lang: memory?.lang ?? input.lang ?? 'en',
        };
    }
    // Read once per question: a corpus reload swaps the engine.
    const engine = this.services.live.engine;
    const about: Memory | undefined =
      input.dealId === undefined
        ? memory
        : { dealId: input.dealId, deals: [input.dealId], lang: input.lang ?? memory?.lang ?? 'en' };
    const { answer, followUp } = answerWithMemory(engine, input.text, about, input.lang);
    await this.recordNoAnswer(input.platform, input.userId, answer);
    const next = memoryOf(answer);
    if (next !== undefined && input.threadKey !== undefined) {
      const key = `${input.platform}:${input.threadKey}`;
      await this.#tolerant(undefined, () =>
        this.#remember(key, next, now + (input.windowMs ?? this.#followUpMs)),
      );
    }
    const voteKey =
      answer.kind === 'answered'
        ? await this.#tolerant(undefined, () => this.#voteKey(answer, now))
        : undefined;
    return {
      kind: 'answer',
      answer,
      followUp,
      voteKey,
      sent: async (messageId, place) => {
        await this.#tolerant(undefined, () => this.#sent(input.platform, messageId, next, now));
        if (place !== undefined && answer.kind === 'answered' && input.platform !== 'cli')
          await this.#tolerant(undefined, () =>
            this.#store.recordAnswer({
              platform: input.platform as AnswerRecord['platform'],
              channel: place.channel,
              thread: place.thread,
              lang: answer.lang,
              facts: citedFacts(answer, engine.corpus),
              at: now,
            }),
          );
      },
    };
  }

  // The store is a help, not a condition: when it fails, the question is still answered (without
  // memory, cooldown or vote buttons) and the failure logged.
  async #tolerant<T>(fallback: T, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.services.logger.error(
        { code: 'STORE_FAILED', err: { message: (error as Error).message } },
        'the state store failed; answering without it',
      );
      return fallback;
    }
  }

  /** Remembers a deal card as the conversation's subject (Discord `/deal`, the console's `/deal`). */
  async showCard(
    input: Pick<TurnInput, 'platform' | 'threadKey' | 'windowMs'>,
    card: DealCard,
  ): Promise<(messageId: string | null | undefined) => Promise<void>> {
    const now = this.#now();
    const memory: Memory = { dealId: card.deal.id, deals: [card.deal.id], lang: card.lang };
    if (input.threadKey !== undefined)
      await this.#remember(
        `${input.platform}:${input.threadKey}`,
        memory,
        now + (input.windowMs ?? this.#followUpMs),
      );
    return (messageId) => this.#sent(input.platform, messageId, memory, now);
  }

  /** The remembered language of a conversation, for sovbot's own words before a question is read. */
  async langOf(input: Pick<TurnInput, 'platform' | 'threadKey' | 'replyTo'>): Promise<Lang | undefined> {
    return (await this.#recall(input, this.#now()))?.lang;
  }

  async #recall(input: Pick<TurnInput, 'platform' | 'threadKey' | 'replyTo'>, now: number) {
    const keys = [
      ...(input.replyTo === undefined ? [] : [`${input.platform}:msg:${input.replyTo}`]),
      ...(input.threadKey === undefined ? [] : [`${input.platform}:${input.threadKey}`]),
    ];
    for (const key of keys) {
      const memory = readMemory(await this.#store.get('memory', key, now));
      if (memory !== undefined) return memory;
    }
    return undefined;
  }

  async #remember(key: string, memory: Memory, expiresAt: number): Promise<void> {
    await this.#store.put('memory', key, memory, expiresAt);
  }

  async #sent(
    platform: Platform,
    messageId: string | null | undefined,
    memory: Memory | undefined,
    now: number,
  ) {
    if (!messageId || memory === undefined) return;
    await this.#remember(`${platform}:msg:${messageId}`, memory, now + this.#followUpMs);
  }

  async #voteKey(answer: Answer & { kind: 'answered' }, now: number): Promise<string> {
    // A Discord custom_id holds 100 characters: the button carries this short key, the store the rest.
    const key = randomBytes(9).toString('base64url');
    const voted: VotedAnswer = { question: answer.question, factIds: factIdsOf(answer) };
    await this.#store.put('vote', key, voted, now + this.services.config.retentionDays * DAY);
    return key;
  }

  /**
   * Records a 👍/👎: by vote key (Discord, the console), or with the answer itself (Slack's buttons
   * carry it). Resolves false when the key has expired.
   */
  async vote(
    platform: Platform,
    userId: string,
    direction: 'up' | 'down',
    voted: string | VotedAnswer,
  ): Promise<boolean> {
    const answer =
      typeof voted === 'string' ? readVoted(await this.#store.get('vote', voted, this.#now())) : voted;
    if (answer === undefined) return false;
    await this.#safely(() =>
      this.#store.append({
        platform,
        userId,
        kind: direction,
        question: answer.question,
        factIds: answer.factIds,
      }),
    );
    this.services.logger.info(
      { code: 'FEEDBACK', platform, vote: direction, question: answer.question, factIds: answer.factIds },
      'feedback',
    );
    return true;
  }

  /** The question and facts behind a vote key (what a Discord answer's buttons carry), unless expired. */
  async votedAnswer(key: string): Promise<VotedAnswer | undefined> {
    return readVoted(await this.#store.get('vote', key, this.#now()));
  }

  /** Records a question that ended without an answer (not an empty one). */
  async recordNoAnswer(platform: Platform, userId: string, answer: Answer): Promise<void> {
    if (answer.kind !== 'no-answer' || answer.reason === 'empty') return;
    await this.#safely(() =>
      this.#store.append({
        platform,
        userId,
        kind: 'no-answer',
        question: answer.question,
        reason: answer.reason,
      }),
    );
  }

  /**
   * Checks a suggestion and stores it whole, or refuses it with a message per field and stores
   * nothing. Throws when the store fails (the adapter apologises): a suggestion is not worth keeping
   * only in a log.
   */
  async suggest(input: SuggestInput): Promise<SuggestResult> {
    const checked = checkSuggestion(input, input.lang);
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const { corpus } = this.services.live.engine;
    const deals = new Set(corpus.deals.map((d) => d.id));
    const facts = new Set(corpus.deals.flatMap((d) => d.facts.map((f) => f.id)));
    // The ids come back from a form: keep only the corpus's own, a few at most.
    const known = (ids: readonly string[] | undefined, set: Set<string>) =>
      [...new Set(ids ?? [])].filter((id) => set.has(id)).slice(0, 20);
    // A correction of an answer names its facts: it is about their deals too.
    const dealOf = new Map(corpus.deals.flatMap((d) => d.facts.map((f) => [f.id, d.id] as const)));
    const factIds = known(input.factIds, facts);
    const dealIds = known([...(input.dealIds ?? []), ...factIds.flatMap((f) => dealOf.get(f) ?? [])], deals);
    const suggestion = await this.#store.addSuggestion({
      platform: input.platform,
      userId: input.userId,
      kind: input.kind,
      dealIds,
      factIds,
      what: checked.what,
      link: checked.link,
      ...(checked.note === undefined ? {} : { note: checked.note }),
      at: new Date(this.#now()),
    });
    this.services.logger.info(
      {
        code: 'SUGGESTION',
        platform: input.platform,
        id: suggestion.id,
        kind: suggestion.kind,
        user: suggestion.user,
      },
      'suggestion stored',
    );
    return { kind: 'stored', suggestion };
  }

  /**
   * True the first time a delivery is seen, whatever replica it reached: Slack retries an event it
   * thinks unanswered, and an app_mention and a message.im can carry one message.
   */
  async claim(key: string): Promise<boolean> {
    const now = this.#now();
    return (await this.#store.lease('claim', key, now + this.#claimMs, now)) === 0;
  }

  /** Whether a platform user may run admin commands (listed in SOVBOT_MAINTAINERS; the console's operator always). */
  isMaintainer(platform: Platform, userId: string): boolean {
    return platform === 'console' || this.services.config.maintainers.has(userId);
  }

  /** `status` or `reload`, for maintainers only; a refusal is logged with the hashed user id. */
  async admin(platform: Platform, userId: string, sub: string): Promise<AdminResult> {
    const { logger, live, store } = this.services;
    if (!this.isMaintainer(platform, userId)) {
      logger.warn(
        { code: 'ADMIN_REFUSED', platform, user: store.hashUser(platform, userId), command: sub },
        'admin command refused',
      );
      return { kind: 'refused' };
    }
    if (sub === 'status') return { kind: 'status', status: live.status(), store: store.backend };
    if (sub === 'reload') {
      const result = await live.reload();
      logger.info({ code: 'ADMIN_RELOAD', platform, ok: result.ok }, 'corpus reload requested');
      return { kind: 'reload', result };
    }
    return { kind: 'usage' };
  }

  /** Whether stop() began: adapters take no new work then. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Runs `work` unless stopping (then resolves at once); stop() waits for it. `work` must not throw. */
  run(work: () => Promise<void>): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const running: Promise<void> = work().finally(() => this.#work.delete(running));
    this.#work.add(running);
    return running;
  }

  /** Takes no new work, then waits for the work in flight, at most `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    this.#closed = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.#work]),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }

  async #safely(write: () => Promise<unknown>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      this.services.logger.error(
        { code: 'STORE_WRITE_FAILED', err: { message: (error as Error).message } },
        'cannot write the feedback store',
      );
      return false;
    }
  }
}

/** The facts an answer cited, each once. */
export function factIdsOf(answer: Answer & { kind: 'answered' }): string[] {
  return [...new Set(answer.statements.map((s) => s.factId))];
}

function readMemory(value: unknown): Memory | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.lang !== 'en' && v.lang !== 'fr') return undefined;
  const deals = Array.isArray(v.deals) ? v.deals.filter((d): d is string => typeof d === 'string') : [];
  return typeof v.dealId === 'string' ? { dealId: v.dealId, deals, lang: v.lang } : { deals, lang: v.lang };
}

function readVoted(value: unknown): VotedAnswer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.question !== 'string' || !Array.isArray(v.factIds)) return undefined;
  return { question: v.question, factIds: v.factIds.filter((f): f is string => typeof f === 'string') };
}
