import type { Corpus } from '../corpus/load-corpus.js';
import type { Logger } from '../logger.js';
import type { ReloadResult } from '../runtime/live-engine.js';
import type { AnswerRecord, FollowRecord, StateStore } from '../store/state-store.js';
import {
  type Correction,
  correctionsFor,
  type DealChange,
  diffCorpora,
  touchedFactIds,
} from './fact-changes.js';

/** How one platform posts what a reload calls for. The adapter formats (citations its own way) and sends. */
export interface ChangeSender {
  /** Posts a correction in the answer's thread / as a reply to the answer. */
  correct(correction: Correction): Promise<void>;
  /** Posts a summary of a followed deal's change in the following channel. */
  summarise(follow: FollowRecord, change: DealChange): Promise<void>;
  /**
   * Milliseconds between two posts from this replica (Slack: about one message per second per
   * channel; Discord: 5 per 5 s per channel). Default 1100.
   */
  intervalMs?: number;
}

/** The part of `LiveEngine` the notifier needs. */
export interface ReloadSource {
  readonly engine: { readonly corpus: Corpus };
  onReload(listener: (result: ReloadResult) => void): () => void;
}

export interface ChangeNotifierOptions {
  retentionDays: number;
  now?: () => number;
  /** Attempts per post before it is given up (logged); between them the wait doubles. Default 5. */
  attempts?: number;
  /** First wait after a failed post, ms. Default 2000. */
  retryMs?: number;
}

const DAY = 86_400_000;

/**
 * After each reload that changed the corpus: one correction per stored answer whose cited facts
 * changed or went, and one summary per channel following a deal that changed. Each is claimed in the
 * store first (key: place + corpus version), so of several replicas exactly one sends it, once per
 * reload. Posts go through one queue per platform, paced to the platform's limit; a failed post is
 * retried later (queued, not dropped) and given up only after `attempts`.
 */
export class ChangeNotifier {
  readonly #senders = new Map<AnswerRecord['platform'], ChangeSender>();
  readonly #queues = new Map<AnswerRecord['platform'], Promise<void>>();
  #corpus: Corpus;
  readonly #stop: () => void;
  readonly #now: () => number;
  #pending: Promise<void> = Promise.resolve();

  constructor(
    live: ReloadSource,
    private readonly store: StateStore,
    private readonly logger: Logger,
    private readonly options: ChangeNotifierOptions,
  ) {
    this.#corpus = live.engine.corpus;
    this.#now = options.now ?? Date.now;
    this.#stop = live.onReload((result) => {
      if (!result.ok || !result.changed) return;
      const before = this.#corpus;
      const after = live.engine.corpus;
      this.#corpus = after;
      this.#pending = this.#pending
        .then(() => this.#notify(before, after))
        .catch((error: Error) =>
          this.logger.error(
            { code: 'CHANGE_NOTIFY_FAILED', err: { message: error.message } },
            'notify failed',
          ),
        );
    });
  }

  /** Registers how a platform posts; until then its answers and follows are skipped by this replica. */
  register(platform: AnswerRecord['platform'], sender: ChangeSender): void {
    this.#senders.set(platform, sender);
  }

  /** Resolves once every notice of the reloads so far has been posted (or given up). */
  async idle(): Promise<void> {
    await this.#pending;
    await Promise.all(this.#queues.values());
  }

  close(): void {
    this.#stop();
  }

  async #notify(before: Corpus, after: Corpus): Promise<void> {
    const changes = diffCorpora(before, after);
    if (changes.length === 0) return;
    const now = this.#now();
    const retention = this.options.retentionDays * DAY;
    const answers = await this.store.answersCiting(touchedFactIds(changes), now - retention);
    for (const correction of correctionsFor(answers, after)) {
      const { platform, channel, thread } = correction.answer;
      const sender = this.#senders.get(platform);
      if (sender === undefined) continue;
      const key = `correction:${platform}:${channel}:${thread}:${after.version}`;
      if ((await this.store.lease('claim', key, now + retention, now)) !== 0) continue;
      this.#enqueue(platform, sender, () => sender.correct(correction), key);
    }
    const byDeal = new Map(changes.map((change) => [change.dealId, change]));
    for (const follow of await this.store.follows()) {
      const change = byDeal.get(follow.dealId);
      const sender = this.#senders.get(follow.platform);
      if (change === undefined || sender === undefined) continue;
      const key = `follow:${follow.platform}:${follow.channel}:${follow.dealId}:${after.version}`;
      if ((await this.store.lease('claim', key, now + retention, now)) !== 0) continue;
      this.#enqueue(follow.platform, sender, () => sender.summarise(follow, change), key);
    }
  }

  #enqueue(
    platform: AnswerRecord['platform'],
    sender: ChangeSender,
    post: () => Promise<void>,
    what: string,
  ): void {
    const interval = sender.intervalMs ?? 1100;
    const attempts = this.options.attempts ?? 5;
    const previous = this.#queues.get(platform) ?? Promise.resolve();
    const next = previous.then(async () => {
      let wait = this.options.retryMs ?? 2000;
      for (let attempt = 1; ; attempt++) {
        try {
          await post();
          break;
        } catch (error) {
          if (attempt >= attempts) {
            this.logger.error(
              { code: 'CHANGE_POST_FAILED', what, err: { message: (error as Error).message } },
              'gave up posting a correction or follow summary',
            );
            break;
          }
          await sleep(wait);
          wait *= 2;
        }
      }
      await sleep(interval);
    });
    this.#queues.set(platform, next);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
