import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../server/dev/portal/rate-limit.js';
import { createSignInLimiter, SIGN_IN_PER_ACCOUNT } from '../../../../server/dev/portal/sign-in-limit.js';

describe('rate limiter', () => {
  it('allows `limit` attempts per window and key, says when to retry, and starts afresh in the next window', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(limiter.take(['a'])).toEqual({ ok: true });
    expect(limiter.take(['a'])).toEqual({ ok: true });
    now = 15_000;
    expect(limiter.take(['a'])).toEqual({ ok: false, retryAfterSeconds: 45 });
    expect(limiter.take(['b'])).toEqual({ ok: true });
    now = 60_000;
    expect(limiter.take(['a'])).toEqual({ ok: true });
  });

  it('keeps at most maxKeys keys', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2, now: () => 0 });
    limiter.take(['a']);
    limiter.take(['b']);
    limiter.take(['c']);
    expect(limiter.take(['a'])).toEqual({ ok: true });
  });

  it('sign-in: counts each account apart', () => {
    const limiter = createSignInLimiter(() => 0);
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT; i++) expect(limiter.take(['address:1', 'account:olivia']).ok).toBe(true);
    expect(limiter.take(['address:1', 'account:olivia']).ok).toBe(false);
    expect(limiter.take(['address:1', 'account:max']).ok).toBe(true);
  });
});
