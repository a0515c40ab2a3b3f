import { describe, expect, it } from 'vitest';
import { createProviderSource, TokenSourceError, type TokenRequest, type TokenProvider } from '../../../lib/sources/index.js';
import { FakeTimers } from './fake-timers.js';

const TOKEN = 'aaa.bbb.ccc';

function request(reason: TokenRequest['reason'] = 'initial', signal = new AbortController().signal): TokenRequest {
  return { room: 'standup', domain: 'meet.example.org', reason, signal };
}

/** Runs `request` while driving the fake clock until it settles. */
async function drive<T>(timers: FakeTimers, promise: Promise<T>, stepMs = 100, maxMs = 120_000): Promise<PromiseSettledResult<T>> {
  let settled: PromiseSettledResult<T> | undefined;
  promise.then(
    (value) => (settled = { status: 'fulfilled', value }),
    (reason: unknown) => (settled = { status: 'rejected', reason }),
  );
  for (let t = 0; !settled && t <= maxMs; t += stepMs) await timers.advance(stepMs);
  if (!settled) throw new Error('never settled');
  return settled;
}

describe('createProviderSource', () => {
  it('passes room, domain and reason and returns the token', async () => {
    const calls: Array<Omit<TokenRequest, 'signal'>> = [];
    const provider: TokenProvider = async ({ room, domain, reason }) => {
      calls.push({ room, domain, reason });
      return `  ${TOKEN} `;
    };
    const timers = new FakeTimers();
    await expect(createProviderSource(provider, { timers }).request(request('kicked'))).resolves.toBe(TOKEN);
    expect(calls).toEqual([{ room: 'standup', domain: 'meet.example.org', reason: 'kicked' }]);
    expect(timers.pending).toBe(0);
  });

  it('retries failures with exponential backoff, then gives the token', async () => {
    const timers = new FakeTimers();
    const at: number[] = [];
    let calls = 0;
    const provider: TokenProvider = async () => {
      at.push(timers.now());
      if (++calls < 3) throw new Error('503');
      return TOKEN;
    };
    const result = await drive(timers, createProviderSource(provider, { timers, retries: 2, backoffMs: 500 }).request(request()));
    expect(result).toEqual({ status: 'fulfilled', value: TOKEN });
    expect(at.map((t) => t - (at[0] ?? 0))).toEqual([0, 500, 1500]);
    expect(timers.pending).toBe(0);
  });

  it('stops after the bounded number of attempts with a TokenSourceError', async () => {
    const timers = new FakeTimers();
    let calls = 0;
    const provider: TokenProvider = async () => {
      calls++;
      throw new Error('down');
    };
    const result = await drive(timers, createProviderSource(provider, { timers, retries: 3, backoffMs: 100, maxBackoffMs: 250 }).request(request()));
    expect(calls).toBe(4);
    expect(result.status).toBe('rejected');
    const error = (result as PromiseRejectedResult).reason as TokenSourceError;
    expect(error).toBeInstanceOf(TokenSourceError);
    expect(error.code).toBe('failed');
    expect((error.cause as Error).message).toBe('down');
    expect(timers.pending).toBe(0);
  });

  it('times out a provider that never answers, aborting its signal, and reports timeout', async () => {
    const timers = new FakeTimers();
    const signals: AbortSignal[] = [];
    const provider: TokenProvider = ({ signal }) => {
      signals.push(signal);
      return new Promise(() => {});
    };
    const result = await drive(timers, createProviderSource(provider, { timers, timeoutMs: 1000, retries: 1, backoffMs: 200 }).request(request()));
    expect(signals).toHaveLength(2);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
    expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'timeout' });
    expect(timers.pending).toBe(0);
  });

  it('answers null (not signed in) without retrying', async () => {
    let calls = 0;
    const provider: TokenProvider = async () => {
      calls++;
      return null;
    };
    await expect(createProviderSource(provider, { timers: new FakeTimers() }).request(request())).resolves.toBeNull();
    expect(calls).toBe(1);
  });

  it.each([[42], [{ token: TOKEN }], ['   ']])('refuses a non-token answer %j without retrying', async (answer) => {
    let calls = 0;
    const provider = (async () => {
      calls++;
      return answer;
    }) as unknown as TokenProvider;
    await expect(createProviderSource(provider, { timers: new FakeTimers() }).request(request())).rejects.toMatchObject({ code: 'invalid-response' });
    expect(calls).toBe(1);
  });

  it('aborting stops a waiting backoff at once and leaves no timer', async () => {
    const timers = new FakeTimers();
    const controller = new AbortController();
    let calls = 0;
    const provider: TokenProvider = async () => {
      calls++;
      throw new Error('x');
    };
    const promise = createProviderSource(provider, { timers, backoffMs: 10_000 }).request(request('initial', controller.signal));
    const outcome = promise.catch((error: unknown) => error);
    await timers.advance(10);
    expect(timers.pending).toBe(1);
    controller.abort();
    expect(await outcome).toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(1);
    expect(timers.pending).toBe(0);
  });

  it('aborting passes through to the provider signal', async () => {
    const timers = new FakeTimers();
    const controller = new AbortController();
    let inner: AbortSignal | undefined;
    const provider: TokenProvider = ({ signal }) => {
      inner = signal;
      return new Promise(() => {});
    };
    const outcome = createProviderSource(provider, { timers })
      .request(request('initial', controller.signal))
      .catch((error: unknown) => error);
    await timers.advance(1);
    controller.abort();
    await outcome;
    expect(inner?.aborted).toBe(true);
    expect(timers.pending).toBe(0);
  });

  it('never puts the token in an error message', async () => {
    const provider = (async () => ({ secret: TOKEN })) as unknown as TokenProvider;
    const error = (await createProviderSource(provider, { timers: new FakeTimers() })
      .request(request())
      .catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain(TOKEN);
  });
});
