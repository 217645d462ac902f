import { type FSWatcher, watch } from 'node:fs';
import {
  type Corpus,
  type CorpusProblem,
  dealsFolder,
  formatProblem,
  loadCorpus,
} from '../corpus/load-corpus.js';
import { createEngine, type Engine, type EngineOptions } from '../engine/create-engine.js';
import type { Logger } from '../logger.js';

/** What `admin status` shows. */
export interface CorpusStatus {
  dir: string;
  version: string;
  deals: number;
  facts: number;
  /** When the index in use was built. */
  loadedAt: Date;
  /** When the last reload attempt ended, successful or not. */
  lastReloadAt: Date | undefined;
  /** Problems of the last failed reload, formatted as `sovbot corpus check` prints them; empty after a good one. */
  lastError: string[];
}

export type ReloadResult =
  | { ok: true; changed: boolean; status: CorpusStatus }
  | { ok: false; problems: string[]; status: CorpusStatus };

/**
 * The engine in use, rebuilt when the corpus changes. A reload validates the whole corpus first and
 * swaps the engine in one assignment only if it is valid: questions already being answered finish on
 * the old index (ask() is synchronous), and a broken edit leaves the last good index serving.
 */
export class LiveEngine {
  #engine: Engine;
  #loadedAt = new Date();
  #lastReloadAt: Date | undefined;
  #lastError: string[] = [];
  #watcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<ReloadResult> | undefined;
  #again = false;
  #closed = false;
  readonly #listeners = new Set<(result: ReloadResult) => void>();

  private constructor(
    readonly dir: string,
    corpus: Corpus,
    private readonly logger: Logger,
    private readonly options: EngineOptions,
  ) {
    this.#engine = createEngine(corpus, options);
  }

  /** Loads the corpus and builds the first engine; a broken corpus at start-up is an error. */
  static async start(
    dir: string,
    logger: Logger,
    options: EngineOptions = {},
  ): Promise<LiveEngine | { problems: CorpusProblem[] }> {
    const result = await loadCorpus(dir);
    if (!result.ok) return { problems: result.problems };
    for (const warning of result.warnings) logger.debug({ code: 'CORPUS_WARNING' }, formatProblem(warning));
    return new LiveEngine(dir, result.corpus, logger, options);
  }

  /** The engine to ask now. Read it once per question. */
  get engine(): Engine {
    return this.#engine;
  }

  status(): CorpusStatus {
    const { corpus } = this.#engine;
    return {
      dir: this.dir,
      version: corpus.version,
      deals: corpus.deals.length,
      facts: corpus.factCount,
      loadedAt: this.#loadedAt,
      lastReloadAt: this.#lastReloadAt,
      lastError: this.#lastError,
    };
  }

  /** Called after each reload attempt (good or bad), e.g. to tell maintainers. */
  onReload(listener: (result: ReloadResult) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Re-reads and re-validates the corpus; one reload at a time, edits during one trigger another. */
  reload(): Promise<ReloadResult> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#reloadOnce().finally(() => {
      this.#running = undefined;
      if (this.#again && !this.#closed) {
        this.#again = false;
        void this.reload();
      }
    });
    return this.#running;
  }

  async #reloadOnce(): Promise<ReloadResult> {
    let result: ReloadResult;
    try {
      const loaded = await loadCorpus(this.dir);
      this.#lastReloadAt = new Date();
      if (loaded.ok) {
        const changed = loaded.corpus.version !== this.#engine.corpus.version;
        if (changed) {
          this.#engine = createEngine(loaded.corpus, this.options);
          this.#loadedAt = new Date();
        }
        this.#lastError = [];
        result = { ok: true, changed, status: this.status() };
        if (changed)
          this.logger.info(
            { code: 'CORPUS_RELOADED', version: loaded.corpus.version, deals: loaded.corpus.deals.length },
            'corpus reloaded',
          );
      } else {
        this.#lastError = loaded.problems.map(formatProblem);
        for (const line of this.#lastError) this.logger.error({ code: 'CORPUS_INVALID' }, line);
        this.logger.warn(
          { code: 'CORPUS_KEPT', version: this.#engine.corpus.version },
          'corpus edit rejected; still serving the last good index',
        );
        result = { ok: false, problems: this.#lastError, status: this.status() };
      }
    } catch (error) {
      this.#lastReloadAt = new Date();
      this.#lastError = [`${this.dir}: cannot reload the corpus (${(error as Error).message})`];
      this.logger.error({ code: 'CORPUS_RELOAD_FAILED' }, this.#lastError[0]);
      result = { ok: false, problems: this.#lastError, status: this.status() };
    }
    for (const listener of this.#listeners) listener(result);
    return result;
  }

  /** Watches the deals folder and reloads `debounceMs` after the last change. */
  watch(debounceMs = 150): void {
    if (this.#closed || this.#watcher) return;
    const folder = dealsFolder(this.dir);
    try {
      this.#watcher = watch(folder, { persistent: false }, () => this.#schedule(debounceMs));
      this.#watcher.on('error', (error) => this.#lost(error, debounceMs));
    } catch (error) {
      this.#lost(error as Error, debounceMs);
    }
  }

  #schedule(debounceMs: number): void {
    if (this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.reload(), debounceMs);
    this.#timer.unref();
  }

  // The folder vanished or became unreadable: keep serving, say so, and look again later.
  #lost(error: Error, debounceMs: number): void {
    this.#watcher?.close();
    this.#watcher = undefined;
    this.logger.error(
      { code: 'CORPUS_WATCH_LOST', err: { message: error.message } },
      `cannot watch ${dealsFolder(this.dir)}; still serving the last good index`,
    );
    this.#schedule(debounceMs);
    const retry = setTimeout(() => this.watch(debounceMs), 2000);
    retry.unref();
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#watcher?.close();
    this.#watcher = undefined;
  }
}
