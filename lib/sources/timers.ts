/**
 * Time as a parameter: sources and the session take a `Timers` so tests drive the clock and
 * nothing reads a global at import time (server-side rendering imports this freely).
 */

/** An opaque timer handle. */
export type TimerHandle = unknown;

/** The clock and timers a module may use. */
export interface Timers {
  /** Milliseconds since 1970. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock, resolved on each call rather than at import time. */
export const systemTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Exponential backoff: `base · 2^attempt`, capped at `max` (attempt counts from 0). */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30);
  return Math.min(maxMs, baseMs * 2 ** exponent);
}

/** The reason an aborted signal carries, as an Error. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('The request was aborted.', 'AbortError');
}

/** Waits `ms`, or rejects as soon as `signal` aborts; the timer never outlives the wait. */
export function sleep(ms: number, signal: AbortSignal, timers: Timers): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      timers.clearTimeout(handle);
      reject(abortReason(signal));
    };
    const handle = timers.setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
