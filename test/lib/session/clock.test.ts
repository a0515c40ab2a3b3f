import { describe, expect, it } from 'vitest';
import { CLOCK_SOURCE, createClockSync, offsetFromDate, offsetFromIat } from '../../../lib/session/clock.js';
import { examineToken, fetchToken, refusedByClockOnly, type IntakeContext } from '../../../lib/session/intake.js';
import { createProviderSource } from '../../../lib/sources/provider.js';
import type { TokenProvider } from '../../../lib/sources/types.js';
import { inspectToken } from '../../../lib/token/index.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW, NOW_S } from '../../fixtures/tokens.js';
import { config, found, run, TOKEN } from './helpers.js';

describe("the deployment's clock", () => {
  it('reads the offset from a Date header (whole seconds, midpoint of the request)', () => {
    expect(offsetFromDate(new Date(NOW + 600_000).toUTCString(), NOW - 100, NOW + 100)).toBe(600_500);
    expect(offsetFromDate('not a date', NOW, NOW)).toBeNull();
  });

  it('learns once, judges with it, and stays unknown when the reader fails', async () => {
    let local = NOW;
    const sync = createClockSync(
      () => local,
      async () => new Date(NOW - 600_000).toUTCString(),
    );
    expect(sync.offsetMs).toBeNull();
    await sync.settle(new AbortController().signal);
    expect(sync.offsetMs).toBe(-599_500);
    local += 1000;
    expect(sync.now()).toBe(NOW + 1000 - 599_500);
    const failing = createClockSync(
      () => NOW,
      async () => null,
    );
    await failing.settle(new AbortController().signal);
    expect(failing.offsetMs).toBeNull();
    expect(createClockSync(() => NOW, null).offsetMs).toBe(0);
  });

  it('a refusal by the local clock alone is only exp/nbf by less than 15 minutes', () => {
    const report = (claims: Record<string, unknown>) => inspectToken(fakeToken(goodClaims(claims)), { ...GOOD_CONTEXT, now: NOW });
    expect(refusedByClockOnly(report({ exp: NOW_S - 300 }), NOW)).toBe(true);
    expect(refusedByClockOnly(report({ nbf: NOW_S + 600 }), NOW)).toBe(true);
    expect(refusedByClockOnly(report({ exp: NOW_S - 3600 }), NOW)).toBe(false);
    expect(refusedByClockOnly(report({ exp: NOW_S - 300, room: 'other' }), NOW)).toBe(false);
    expect(refusedByClockOnly(report({}), NOW)).toBe(false);
  });

  it("with the deployment's time unknown, such a token joins and the server decides", () => {
    const looksExpired = fakeToken(goodClaims({ exp: NOW_S - 300 }));
    expect(run([{ type: 'start' }, found(looksExpired)]).state.status).toBe('invalid-token');
    const joined = run([{ type: 'start' }, found(looksExpired, { clockUnknown: true })], config());
    expect(joined.state).toMatchObject({ status: 'joining' });
    expect(run([{ type: 'start' }, found(TOKEN)]).state.status).toBe('joining');
  });
});

describe("other sources of the deployment's time", () => {
  // The viewer's clock is 10 minutes ahead; the site mints a 5-minute token at its NOW.
  const AHEAD = 600_000;
  const minted = fakeToken(goodClaims({ iat: NOW_S, exp: NOW_S + 300 }));
  const context = (readDate: (() => Promise<string | null>) | null): IntakeContext => ({
    domain: 'meet.example.org',
    room: 'standup',
    now: NOW + AHEAD,
    signal: new AbortController().signal,
    inspect: { expectedIssuer: 'myapp', expectedAudience: 'myapp' },
    clock: createClockSync(() => NOW + AHEAD, readDate),
  });
  const sources = (provider: TokenProvider) => [createProviderSource(provider, { retries: 0 })];

  it('a fresh iat bounds the offset: minted inside the request window', () => {
    expect(offsetFromIat(NOW, NOW + AHEAD - 200, NOW + AHEAD + 200)).toBe(-AHEAD + 500);
    expect(offsetFromIat(null, NOW, NOW)).toBeNull();
    expect(offsetFromIat(NOW - 3_600_000, NOW, NOW)).toBeNull(); // beyond any assumed skew: an old token
    expect(offsetFromIat(NOW, NOW, NOW + 60_000)).toBeNull(); // too slow a request to bound anything
  });

  it('precedence: endpoint Date > page Date > iat; a worse source never replaces a better one', () => {
    const sync = createClockSync(
      () => NOW,
      async () => null,
    );
    sync.learn(-3000, CLOCK_SOURCE.iat);
    expect(sync.offsetMs).toBe(-3000);
    sync.learn(-2000, CLOCK_SOURCE.page);
    sync.learn(-1000, CLOCK_SOURCE.endpoint);
    sync.learn(-9000, CLOCK_SOURCE.page);
    sync.learn(-9000, CLOCK_SOURCE.iat);
    expect(sync.offsetMs).toBe(-1000);
    const reference = createClockSync(() => NOW, null); // no reader: the local clock is the reference
    reference.learn(5000, CLOCK_SOURCE.endpoint);
    expect(reference.offsetMs).toBe(0);
  });

  it("the token endpoint's Date header, reported by the provider, sets the clock without a HEAD", async () => {
    let heads = 0;
    const ctx = context(async () => {
      heads++;
      return null;
    });
    const event = await fetchToken(
      sources(async ({ reportDate }) => {
        reportDate?.(new Date(NOW).toUTCString());
        return minted;
      }),
      'initial',
      1,
      () => true,
      ctx,
    );
    expect(ctx.clock?.offsetMs).toBe(-AHEAD + 500);
    expect(heads).toBe(0);
    expect(event).toMatchObject({ type: 'token-found', report: { usable: true } });
    expect(event).not.toHaveProperty('clockUnknown');
  });

  it('no Date header anywhere: a token a provider fetched just now sets the clock by its iat', async () => {
    const ctx = context(async () => null);
    const event = await fetchToken(
      sources(async () => minted),
      'initial',
      1,
      () => true,
      ctx,
    );
    expect(ctx.clock?.offsetMs).toBe(-AHEAD + 500);
    expect(event).toMatchObject({ type: 'token-found', report: { usable: true } });
  });

  it("a pasted, link or pushed token's iat is never used: the offset stays unknown and the server decides", async () => {
    const ctx = context(async () => null);
    const event = await examineToken(minted, 'link', 'initial', null, ctx);
    expect(ctx.clock?.offsetMs).toBeNull();
    expect(event).toMatchObject({ clockUnknown: true, report: { usable: false } });
  });
});
