/**
 * A manual clock implementing `Timers`, for tests: time moves only through `advance`, which
 * runs due callbacks in order and lets promises settle between them.
 */
import type { Timers } from '../../../lib/sources/index.js';

interface Pending {
  id: number;
  at: number;
  callback: () => void;
}

/** Lets every queued promise reaction run (a macrotask turn flushes all microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The fake clock. */
export class FakeTimers implements Timers {
  private time: number;
  private nextId = 1;
  private queue: Pending[] = [];

  constructor(start = Date.UTC(2026, 5, 1, 12, 0, 0)) {
    this.time = start;
  }

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.queue.push({ id, at: this.time + Math.max(0, ms), callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.queue = this.queue.filter((timer) => timer.id !== handle);
  };

  /** Timers still waiting. */
  get pending(): number {
    return this.queue.length;
  }

  /** Delays of the waiting timers from now, soonest first. */
  get delays(): number[] {
    return this.queue.map((timer) => timer.at - this.time).sort((a, b) => a - b);
  }

  /** Moves time forward by `ms`, running what falls due, settling promises after each. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    await settle();
    for (;;) {
      const due = this.queue.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.queue = this.queue.filter((timer) => timer !== due);
      this.time = due.at;
      due.callback();
      await settle();
    }
    this.time = target;
    await settle();
  }
}
