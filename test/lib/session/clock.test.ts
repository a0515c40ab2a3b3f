import { describe, expect, it } from 'vitest';
import { createClockSync, offsetFromDate } from '../../../lib/session/clock.js';
import { refusedByClockOnly } from '../../../lib/session/intake.js';
import { inspectToken } from '../../../lib/token/index.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW, NOW_S } from '../../fixtures/tokens.js';
import { config, found, run, TOKEN } from './helpers.js';

describe('the deployment\'s clock', () => {
  it('reads the offset from a Date header (whole seconds, midpoint of the request)', () => {
    expect(offsetFromDate(new Date(NOW + 600_000).toUTCString(), NOW - 100, NOW + 100)).toBe(600_500);
    expect(offsetFromDate('not a date', NOW, NOW)).toBeNull();
  });

  it('learns once, judges with it, and stays unknown when the reader fails', async () => {
    let local = NOW;
    const sync = createClockSync(() => local, async () => new Date(NOW - 600_000).toUTCString());
    expect(sync.offsetMs).toBeNull();
    await sync.settle(new AbortController().signal);
    expect(sync.offsetMs).toBe(-599_500);
    local += 1000;
    expect(sync.now()).toBe(NOW + 1000 - 599_500);
    const failing = createClockSync(() => NOW, async () => null);
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

  it('with the deployment\'s time unknown, such a token joins and the server decides', () => {
    const looksExpired = fakeToken(goodClaims({ exp: NOW_S - 300 }));
    expect(run([{ type: 'start' }, found(looksExpired)]).state.status).toBe('invalid-token');
    const joined = run([{ type: 'start' }, found(looksExpired, { clockUnknown: true })], config());
    expect(joined.state).toMatchObject({ status: 'joining' });
    expect(run([{ type: 'start' }, found(TOKEN)]).state.status).toBe('joining');
  });
});
