/**
 * The host page's `tokenProvider` as a source: each attempt is bounded by a timeout, failures
 * are retried a bounded number of times with exponential backoff, and aborting the request
 * stops everything at once. A provider answering null means "not signed in" and is not retried.
 */
import { abortReason, backoffDelay, sleep, systemTimers, type Timers } from './timers.js';
import { TokenSourceError, type TokenProvider, type TokenRequest, type TokenSource } from './types.js';

/** Limits for calling the provider. */
export interface ProviderOptions {
  /** Time one call may take. Default 10 s. */
  timeoutMs?: number;
  /** Further attempts after a failed one. Default 2 (three calls at most). */
  retries?: number;
  /** Delay before the first retry; doubles each time. Default 500 ms. */
  backoffMs?: number;
  /** Longest delay between attempts. Default 8 s. */
  maxBackoffMs?: number;
  timers?: Timers;
}

/** One call, raced against the timeout; the provider's own signal aborts on timeout too. */
async function attempt(provider: TokenProvider, request: TokenRequest, timeoutMs: number, timers: Timers): Promise<unknown> {
  const controller = new AbortController();
  const forward = () => controller.abort(abortReason(request.signal));
  request.signal.addEventListener('abort', forward, { once: true });
  let handle: unknown;
  const timeout = new Promise<never>((_resolve, reject) => {
    handle = timers.setTimeout(() => {
      const error = new TokenSourceError('timeout', `The token provider did not answer within ${timeoutMs} ms.`, 'provider');
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const aborted = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(abortReason(controller.signal)), { once: true });
  });
  try {
    return await Promise.race([provider({ ...request, signal: controller.signal }), timeout, aborted]);
  } finally {
    timers.clearTimeout(handle);
    request.signal.removeEventListener('abort', forward);
  }
}

/** Wraps `provider` as a `TokenSource`. */
export function createProviderSource(provider: TokenProvider, options: ProviderOptions = {}): TokenSource {
  const timers = options.timers ?? systemTimers;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = Math.max(0, Math.floor(options.retries ?? 2));
  const backoffMs = options.backoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 8_000;
  return {
    kind: 'provider',
    async request(request) {
      let lastError: unknown;
      for (let n = 0; n <= retries; n++) {
        if (request.signal.aborted) throw abortReason(request.signal);
        let answer: unknown;
        try {
          answer = await attempt(provider, request, timeoutMs, timers);
        } catch (error) {
          if (request.signal.aborted) throw abortReason(request.signal);
          lastError = error;
          if (n < retries) await sleep(backoffDelay(n, backoffMs, maxBackoffMs), request.signal, timers);
          continue;
        }
        if (answer === null || answer === undefined) return null;
        if (typeof answer !== 'string' || answer.trim() === '') {
          throw new TokenSourceError(
            'invalid-response',
            `The token provider returned ${typeof answer === 'string' ? 'an empty string' : `a ${typeof answer}`} instead of a token.`,
            'provider',
          );
        }
        return answer.trim();
      }
      const timedOut = lastError instanceof TokenSourceError && lastError.code === 'timeout';
      const last = lastError instanceof Error ? lastError.message.slice(0, 200) : String(lastError).slice(0, 200);
      const message = timedOut
        ? `The token provider did not answer within ${timeoutMs} ms (${retries + 1} attempt(s)).`
        : `The token provider failed ${retries + 1} time(s): ${last}`;
      throw new TokenSourceError(timedOut ? 'timeout' : 'failed', message, 'provider', { cause: lastError });
    },
  };
}
