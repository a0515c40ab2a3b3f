/**
 * A small fixed-window rate limiter for sign-in: at most `limit` attempts per key (an account, a
 * client address) in each window. Memory is bounded: beyond `maxKeys` the oldest key is dropped.
 */

/** The verdict on one attempt. */
export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** The limiter. */
export interface RateLimiter {
  /** Counts an attempt for every key; refused when any key is over its limit. */
  take(keys: readonly string[]): RateVerdict;
}

/** Options; `now` is for tests. */
export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

/** Creates a limiter. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(keys) {
      const at = now();
      let retryAfterMs = 0;
      for (const key of keys) {
        let entry = windows.get(key);
        if (!entry || at - entry.start >= options.windowMs) {
          windows.delete(key);
          entry = { start: at, count: 0 };
          windows.set(key, entry);
          while (windows.size > maxKeys) windows.delete(windows.keys().next().value as string);
        }
        entry.count++;
        if (entry.count > options.limit) retryAfterMs = Math.max(retryAfterMs, entry.start + options.windowMs - at);
      }
      return retryAfterMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : { ok: true };
    },
  };
}
