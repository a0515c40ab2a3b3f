import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../lib/session/types.js';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';
import { allowed, config, found, FRESH, HANG_UP, JOINED, NOW, NOW_S, run, TOKEN } from './helpers.js';

const logout = allowed('https://intranet.example.org/bye');
const login = allowed('https://intranet.example.org/login');
const refusedOrigin = { ok: false as const, refusal: 'origin' as const, shown: 'https://evil.example.com' };

describe('kicked', () => {
  it('disposes the meeting at once and says who removed the person', () => {
    const { model, state, effects } = run([...JOINED, { type: 'kicked-out', by: 'Ann Owner' }]);
    expect(state).toMatchObject({ status: 'kicked', by: 'Ann Owner', countdown: null });
    expect(model.frame).toBeNull();
    expect(model.timers).toEqual({});
    expect(effects).toEqual([]);
  });

  it('counts down visibly, then redirects', () => {
    const cfg = config({ afterKickSeconds: 3, redirects: { login: null, logout, 'after-kick': logout } });
    const kicked = run([...JOINED, { type: 'kicked-out', by: null }], cfg);
    expect(kicked.state).toMatchObject({ status: 'kicked', countdown: { origin: 'https://intranet.example.org', secondsLeft: 3 } });
    expect(kicked.model.timers).toEqual({ tick: NOW + 1000 });
    const two = run([[{ type: 'timer', timer: 'tick' }, NOW + 1000]], cfg, kicked.model);
    expect(two.state).toMatchObject({ countdown: { secondsLeft: 2 } });
    const done = run(
      [
        [{ type: 'timer', timer: 'tick' }, NOW + 2000],
        [{ type: 'timer', timer: 'tick' }, NOW + 3000],
      ],
      cfg,
      two.model,
    );
    expect(done.state).toMatchObject({ countdown: { secondsLeft: 0 } });
    expect(done.effects).toEqual([{ kind: 'redirect', target: 'after-kick' }]);
    expect(done.model.timers).toEqual({});
  });

  it('"stay here" cancels the countdown', () => {
    const cfg = config({ afterKickSeconds: 10, redirects: { login: null, logout, 'after-kick': logout } });
    const { model, state, effects } = run([...JOINED, { type: 'kicked-out', by: null }, { type: 'user', action: 'cancel-redirect' }], cfg);
    expect(state).toMatchObject({ status: 'kicked', countdown: null });
    expect(model.timers).toEqual({});
    expect(effects).toEqual([]);
  });

  it('"go now" skips the rest of the countdown and redirects at once', () => {
    const cfg = config({ afterKickSeconds: 60, redirects: { login: null, logout, 'after-kick': logout } });
    const { model, state, effects } = run([...JOINED, { type: 'kicked-out', by: null }, { type: 'user', action: 'go-now' }], cfg);
    expect(state).toMatchObject({ status: 'kicked', countdown: { secondsLeft: 0 } });
    expect(model.timers).toEqual({});
    expect(effects).toEqual([{ kind: 'redirect', target: 'after-kick' }]);
    // Without a countdown there is nowhere to go: nothing happens.
    expect(run([...JOINED, { type: 'kicked-out', by: null }, { type: 'user', action: 'go-now' }]).effects).toEqual([]);
  });

  it('zero seconds redirects at once', () => {
    const cfg = config({ afterKickSeconds: 0, redirects: { login: null, logout, 'after-kick': logout } });
    expect(run([...JOINED, { type: 'kicked-out', by: null }], cfg).effects).toEqual([{ kind: 'redirect', target: 'after-kick' }]);
  });

  it('a refused redirect target is not counted down to, and the screen says why', () => {
    const cfg = config({ afterKickSeconds: 5, redirects: { login: null, logout: refusedOrigin, 'after-kick': refusedOrigin } });
    const { state, effects } = run([...JOINED, { type: 'kicked-out', by: null }], cfg);
    expect(state).toMatchObject({
      status: 'kicked',
      countdown: null,
      notice: { kind: 'redirect-refused', target: 'after-kick', shown: 'https://evil.example.com' },
    });
    expect(effects).toEqual([]);
  });

  it('readyToClose after the kick changes nothing', () => {
    const kicked = run([...JOINED, { type: 'kicked-out', by: 'Ann' }]);
    expect(run([{ type: 'ready-to-close' }], config(), kicked.model).model).toBe(kicked.model);
  });

  it('"sign in again" asks the sources with reason "kicked"; the kicked token itself is not reused', () => {
    const { model, state } = run([...JOINED, { type: 'kicked-out', by: 'Ann' }, { type: 'user', action: 'sign-in' }]);
    expect(state).toMatchObject({ status: 'checking' });
    expect(model.request).toEqual({ id: 2, reason: 'kicked' });
    const back = run([found(FRESH, { reason: 'kicked', requestId: 2 })], config(), model);
    expect(back.model.frame).toEqual({ key: 2, token: FRESH, hidden: false });
  });

  it('with nothing to ask, "sign in again" goes to the login page, with nothing else it does nothing', () => {
    const cfg = config({ canRefresh: false, redirects: { login, logout: null, 'after-kick': null } });
    expect(run([...JOINED, { type: 'kicked-out', by: 'Ann' }, { type: 'user', action: 'sign-in' }], cfg).effects).toEqual([
      { kind: 'redirect', target: 'login' },
    ]);
    const none = run([...JOINED, { type: 'kicked-out', by: 'Ann' }], config({ canRefresh: false }));
    expect(run([{ type: 'user', action: 'sign-in' }], config({ canRefresh: false }), none.model).model).toBe(none.model);
  });

  it('the sources having nothing after a kick leads to the login page when there is one', () => {
    const cfg = config({ redirects: { login, logout: null, 'after-kick': null } });
    const { effects, state } = run(
      [
        ...JOINED,
        { type: 'kicked-out', by: 'Ann' },
        { type: 'user', action: 'sign-in' },
        { type: 'token-not-found', reason: 'kicked', requestId: 2, failedSources: [] },
      ],
      cfg,
    );
    expect(effects).toEqual([{ kind: 'redirect', target: 'login' }]);
    expect(state).toMatchObject({ status: 'needs-token' });
  });
});

describe('ended', () => {
  it('hang-up (readyToClose) without a logout page: "meeting ended" with rejoin', () => {
    const ended = run([...JOINED, ...HANG_UP]);
    expect(ended.state).toMatchObject({ status: 'ended', redirectingTo: null, notice: null });
    expect(ended.model.frame).toBeNull();
    expect(ended.effects).toEqual([{ kind: 'hangup' }]);
    const again = run([{ type: 'user', action: 'rejoin' }], config(), ended.model);
    expect(again.state.status).toBe('joining');
    expect(again.model.frame).toEqual({ key: 2, token: TOKEN, hidden: false });
  });

  it('hang-up with an allowed logout page redirects there', () => {
    const { state, effects } = run([...JOINED, ...HANG_UP], config({ redirects: { login: null, logout, 'after-kick': null } }));
    expect(state).toMatchObject({ status: 'ended', redirectingTo: 'https://intranet.example.org' });
    expect(effects).toEqual([{ kind: 'hangup' }, { kind: 'redirect', target: 'logout' }]);
  });

  it('a logout page on another origin is refused and said', () => {
    const { state, effects } = run([...JOINED, ...HANG_UP], config({ redirects: { login: null, logout: refusedOrigin, 'after-kick': null } }));
    expect(state).toMatchObject({ status: 'ended', redirectingTo: null, notice: { kind: 'redirect-refused', target: 'logout', refusal: 'origin' } });
    expect(effects).toEqual([{ kind: 'hangup' }]);
  });

  it('the final check refusing a redirect stops it and says so', () => {
    const ended = run([...JOINED, ...HANG_UP], config({ redirects: { login: null, logout, 'after-kick': null } }));
    const refused = run([{ type: 'redirect-refused', target: 'logout', refusal: 'scheme', shown: 'javascript:' }], config(), ended.model);
    expect(refused.state).toMatchObject({ status: 'ended', redirectingTo: null, notice: { refusal: 'scheme', shown: 'javascript:' } });
  });

  it('"leave" from the meeting hangs up and ends', () => {
    const { state, effects, model } = run([...JOINED, { type: 'user', action: 'leave' }]);
    expect(state.status).toBe('ended');
    expect(effects).toEqual([{ kind: 'hangup' }]);
    expect(model.frame).toBeNull();
  });

  it('"leave" from the kicked screen ends without a hang-up', () => {
    expect(run([...JOINED, { type: 'kicked-out', by: null }, { type: 'user', action: 'leave' }]).effects).toEqual([]);
  });

  it('rejoin with an expired token asks for a new one instead', () => {
    const ended = run([...JOINED, ...HANG_UP]);
    const later = run([[{ type: 'user', action: 'rejoin' }, (NOW_S + 4000) * 1000]], config(), ended.model);
    expect(later.state).toMatchObject({ status: 'checking' });
    expect(later.model.request?.reason).toBe('reauth');
  });
});

describe('logged-out', () => {
  it('forgets every token, hangs up, redirects to the logout page', () => {
    const { model, state, effects } = run(
      [...JOINED, { type: 'user', action: 'sign-out' }],
      config({ redirects: { login: null, logout, 'after-kick': null } }),
    );
    expect(state).toMatchObject({ status: 'logged-out', redirectingTo: 'https://intranet.example.org' });
    expect(effects).toEqual([{ kind: 'hangup' }, { kind: 'forget-tokens' }, { kind: 'redirect', target: 'logout' }]);
    expect(model.token).toBeNull();
    expect(model.fresh).toBeNull();
    expect(model.frame).toBeNull();
  });

  it('without a logout page it just says "signed out"', () => {
    const { state, effects } = run([{ type: 'start' }, found(TOKEN), { type: 'user', action: 'sign-out' }]);
    expect(state).toMatchObject({ status: 'logged-out', redirectingTo: null });
    expect(effects).toEqual([{ kind: 'hangup' }, { kind: 'forget-tokens' }]);
  });

  it('a rejoin after sign-out needs a new sign-in', () => {
    const out = run([...JOINED, { type: 'user', action: 'sign-out' }]);
    const next = run([{ type: 'user', action: 'rejoin' }], config(), out.model);
    expect(next.state).toMatchObject({ status: 'checking' });
  });
});

describe('invalid-token → sign in', () => {
  it('asks the sources with reason "reauth", skipping the bad token', () => {
    const expired = fakeToken(goodClaims({ exp: NOW_S - 5 }));
    const { model } = run([{ type: 'start' }, found(expired), { type: 'user', action: 'sign-in' }]);
    expect(model.request).toEqual({ id: 2, reason: 'reauth' });
    const fixed = run([found(TOKEN, { reason: 'reauth', requestId: 2 })], config(), model);
    expect(fixed.state.status).toBe('joining');
  });

  it('the expiring notice\'s "sign in" refreshes without leaving the meeting', () => {
    const { model, state } = run([...JOINED, { type: 'user', action: 'sign-in' }]);
    expect(state).toMatchObject({ status: 'in-meeting', expiring: { phase: 'refreshing' } });
    expect(model.request?.reason).toBe('reauth');
    expect(model.frame?.key).toBe(1);
    const ready = run([found(FRESH, { reason: 'reauth', requestId: 2 })], config(), model);
    expect(ready.model.fresh?.token).toBe(FRESH);
    expect(ready.model.frame?.key).toBe(1);
  });
});

describe('canRejoin', () => {
  it('is true while the token is good, false once it expired with no way to sign in', () => {
    expect(run([...JOINED, ...HANG_UP], config({ canRefresh: false })).state).toMatchObject({ status: 'ended', canRejoin: true });
    const late = run(
      [...JOINED, [{ type: 'ready-to-close' }, (NOW_S + 3601) * 1000], [{ type: 'timer', timer: 'close' }, (NOW_S + 3601) * 1000 + 200]],
      config({ canRefresh: false }),
    );
    expect(late.state).toMatchObject({ status: 'ended', canRejoin: false });
    const withLogin = run(
      [...JOINED, [{ type: 'ready-to-close' }, (NOW_S + 3601) * 1000], [{ type: 'timer', timer: 'close' }, (NOW_S + 3601) * 1000 + 200]],
      config({ canRefresh: false, redirects: { login, logout: null, 'after-kick': null } }),
    );
    expect(withLogin.state).toMatchObject({ status: 'ended', canRejoin: true });
  });
});

describe('ended by the host', () => {
  const destroyed: SessionEvent = {
    type: 'jitsi-error',
    error: { type: 'CONFERENCE', name: 'conference.destroyed', message: null, params: ['The meeting has been terminated'], isFatal: false },
  };

  it('says the host ended it, and never sends the person to the "sign out?" page as if they had left', () => {
    const { state, effects } = run([...JOINED, destroyed, { type: 'ready-to-close' }], config({ redirects: { login: null, logout, 'after-kick': null } }));
    expect(state).toMatchObject({ status: 'ended', endedBy: 'host', redirectingTo: null, canRejoin: true });
    expect(effects).not.toContainEqual({ kind: 'redirect', target: 'logout' });
  });

  it('a hang-up of the person is still "you left"', () => {
    const { state } = run([...JOINED, ...HANG_UP]);
    expect(state.status).toBe('ended');
    expect(state.status === 'ended' && state.endedBy).not.toBe('host');
  });
});
