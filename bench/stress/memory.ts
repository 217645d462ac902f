// Memory figures for the stress run: RSS and V8 heap, a forced full collection without `node --expose-gc`,
// and a sampler that keeps the peak seen while a scenario runs.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface MemorySnapshot {
  /** Resident set size of the whole process, bytes. */
  rss: number;
  /** V8 heap in use, bytes. */
  heapUsed: number;
}

/** The three figures a scenario reports. */
export interface MemoryFigures {
  /** After a forced collection, before the load. */
  before: MemorySnapshot;
  /** The highest values sampled during the load (each its own maximum). */
  peak: MemorySnapshot;
  /** After a forced collection, once the load is over. */
  after: MemorySnapshot;
}

/** "Flat": the heap after the load, collected, is at most this much above the heap before it. */
export const flatHeapSlackBytes = 20 * 1024 * 1024;

let collect: (() => void) | undefined;

/**
 * Runs a full garbage collection. `--expose-gc` can be turned on at run time; a fresh context then
 * sees the `gc` function, which this process's own global never received.
 */
export function forceGc(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  // Twice: the first pass can leave objects that only become unreachable once finalisers have run.
  collect();
  collect();
}

export function memorySnapshot(): MemorySnapshot {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** A forced collection, then a snapshot. */
export function settledMemory(): MemorySnapshot {
  forceGc();
  return memorySnapshot();
}

export function isFlat(figures: Pick<MemoryFigures, 'before' | 'after'>): boolean {
  return figures.after.heapUsed <= figures.before.heapUsed + flatHeapSlackBytes;
}

/** Samples memory on a timer and keeps the peak RSS and heap seen since the last `reset()`. */
export class MemorySampler {
  #peak: MemorySnapshot = memorySnapshot();
  #timer: NodeJS.Timeout | undefined;

  /** @param intervalMs Milliseconds between samples. Default 20. */
  constructor(private readonly intervalMs = 20) {}

  start(): this {
    this.#timer ??= setInterval(() => this.sample(), this.intervalMs);
    // The sampler never keeps the process alive on its own.
    this.#timer.unref();
    return this;
  }

  /** Takes one sample now (also called on the timer). */
  sample(): void {
    const now = memorySnapshot();
    this.#peak = {
      rss: Math.max(this.#peak.rss, now.rss),
      heapUsed: Math.max(this.#peak.heapUsed, now.heapUsed),
    };
  }

  /** The peak since the last reset, this moment included. */
  get peak(): MemorySnapshot {
    this.sample();
    return { ...this.#peak };
  }

  /** Starts a new peak from the current values. */
  reset(): void {
    this.#peak = memorySnapshot();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}

/** Bytes as mebibytes with one decimal. */
export function mebibytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
