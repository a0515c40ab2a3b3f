/**
 * Does this browser trust the local simulator's self-signed certificate yet? A cross-origin
 * `no-cors` fetch of its `/external_api.js` succeeds (with an opaque answer) once the person has
 * accepted the certificate, and fails with a network error before — the same error a refused
 * iframe would hit, but one the page can see and explain.
 */

/** The subset of `fetch` used (injected for tests). */
export type ProbeFetch = (input: string, init: RequestInit) => Promise<unknown>;

/** Whether `probeUrl` can be fetched from this page at all. Never throws. */
export async function canReach(probeUrl: string, fetchFn: ProbeFetch, signal?: AbortSignal): Promise<boolean> {
  try {
    await fetchFn(probeUrl, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', ...(signal ? { signal } : {}) });
    return true;
  } catch {
    return false;
  }
}

/** What `waitUntilReachable` needs. */
export interface WaitOptions {
  probeUrl: string;
  fetchFn: ProbeFetch;
  /** Called once, after the first failed probe: show the explanation. */
  onUnreachable(): void;
  /** Time between probes while waiting. */
  intervalMs: number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  signal: AbortSignal;
}

/**
 * Resolves once the simulator is reachable, probing again every `intervalMs` while the person
 * accepts the certificate in another tab. Rejects only when `signal` aborts.
 */
export async function waitUntilReachable(options: WaitOptions): Promise<void> {
  let told = false;
  for (;;) {
    options.signal.throwIfAborted();
    if (await canReach(options.probeUrl, options.fetchFn, options.signal)) return;
    options.signal.throwIfAborted();
    if (!told) {
      told = true;
      options.onUnreachable();
    }
    await options.sleep(options.intervalMs, options.signal);
  }
}

/** A `sleep` on real timers that stops early (rejecting) when `signal` aborts. */
export function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
