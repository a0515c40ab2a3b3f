import { describe, expect, it } from 'vitest';
import { canReach, sleepFor, waitUntilReachable, type ProbeFetch } from '../../../../../server/dev/portal/client/index.js';

/** A fetch that fails (as for an untrusted certificate) `failures` times, then succeeds. */
function flakyFetch(failures: number): ProbeFetch & { calls: RequestInit[] } {
  const calls: RequestInit[] = [];
  const fn = (async (_input: string, init: RequestInit) => {
    calls.push(init);
    if (calls.length <= failures) throw new TypeError('Failed to fetch');
    return {};
  }) as ProbeFetch & { calls: RequestInit[] };
  fn.calls = calls;
  return fn;
}

describe('simulator trust probe', () => {
  it('reaches the simulator with an opaque no-cors request that sends no cookies', async () => {
    const fetch = flakyFetch(0);
    expect(await canReach('https://localhost:4281/external_api.js', fetch)).toBe(true);
    expect(fetch.calls[0]).toMatchObject({ mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    expect(await canReach('https://localhost:4281/external_api.js', flakyFetch(1))).toBe(false);
  });

  it('continues at once when the certificate is already trusted, without showing the explanation', async () => {
    let told = 0;
    const sleeps: number[] = [];
    await waitUntilReachable({
      probeUrl: 'p',
      fetchFn: flakyFetch(0),
      onUnreachable: () => told++,
      intervalMs: 2000,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      signal: new AbortController().signal,
    });
    expect(told).toBe(0);
    expect(sleeps).toEqual([]);
  });

  it('explains once, probes again every interval, and continues once the person accepted the certificate', async () => {
    let told = 0;
    const sleeps: number[] = [];
    const fetch = flakyFetch(3);
    await waitUntilReachable({
      probeUrl: 'p',
      fetchFn: fetch,
      onUnreachable: () => told++,
      intervalMs: 2000,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      signal: new AbortController().signal,
    });
    expect(told).toBe(1);
    expect(sleeps).toEqual([2000, 2000, 2000]);
    expect(fetch.calls).toHaveLength(4);
  });

  it('stops probing when the page goes away', async () => {
    const stop = new AbortController();
    const fetch = flakyFetch(Number.POSITIVE_INFINITY);
    const waiting = waitUntilReachable({ probeUrl: 'p', fetchFn: fetch, onUnreachable: () => undefined, intervalMs: 5, sleep: sleepFor, signal: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 30));
    stop.abort();
    await expect(waiting).rejects.toThrow();
    const probes = fetch.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fetch.calls.length).toBe(probes);
  });

  it('sleeps on real timers and wakes early on abort', async () => {
    const stop = new AbortController();
    const started = Date.now();
    const sleeping = sleepFor(10_000, stop.signal);
    stop.abort(new Error('left'));
    await expect(sleeping).rejects.toThrow('left');
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(sleepFor(1, new AbortController().signal)).resolves.toBeUndefined();
  });
});
