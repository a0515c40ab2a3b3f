import { describe, expect, it } from 'vitest';
import { config, found, FRESH, jitsiError, JOINED, NOW, NOW_S, run, TOKEN } from './helpers.js';

const DROP = jitsiError('connection.droppedError', { type: 'CONNECTION', isFatal: true });
const EXPIRED_AT = (NOW_S + 3600) * 1000 + 1;

describe('a lost connection is a state: reconnecting', () => {
  it("a fatal connection error leaves in-meeting; Jitsi's own reload gets the grace, its join brings the meeting back", () => {
    const lost = run([...JOINED, [DROP, NOW + 1000]]);
    expect(lost.state).toMatchObject({
      status: 'reconnecting',
      cause: 'connection-lost',
      jitsiReloading: true,
      attempt: 0,
      nextAttemptAt: NOW + 36_000,
      renewing: false,
    });
    expect(lost.model.frame).toEqual({ key: 1, token: TOKEN, hidden: false });
    expect(lost.model.timers).toEqual({ reconnect: NOW + 36_000 });
    const back = run([[{ type: 'conference-joined', participantId: 'p9' }, NOW + 20_000]], config(), lost.model);
    expect(back.state).toMatchObject({ status: 'in-meeting', participantId: 'p9' });
    expect(back.model.timers.reconnect).toBeUndefined();
    expect(back.model.timers.expiry).toBeDefined();
  });

  it('a non-fatal or conference error does not leave the meeting', () => {
    expect(run([...JOINED, jitsiError('connection.otherThing', { type: 'CONNECTION' })]).state.status).toBe('in-meeting');
    expect(run([...JOINED, jitsiError('conference.iceFailed', { type: 'CONFERENCE', isFatal: true })]).state.status).toBe('in-meeting');
  });

  it("when Jitsi's reload does not bring it back, MeetGate remounts cleanly, then again with backoff", () => {
    const lost = run([...JOINED, [DROP, NOW]]);
    const first = run([[{ type: 'timer', timer: 'reconnect' }, NOW + 35_000]], config(), lost.model);
    expect(first.state).toMatchObject({ status: 'reconnecting', jitsiReloading: false, attempt: 1, nextAttemptAt: NOW + 39_000 });
    expect(first.model.frame).toEqual({ key: 2, token: TOKEN, hidden: false });
    const second = run([[{ type: 'timer', timer: 'reconnect' }, NOW + 39_000]], config(), first.model);
    expect(second.state).toMatchObject({ attempt: 2, nextAttemptAt: NOW + 39_000 + 8_000 });
    expect(second.model.frame?.key).toBe(3);
    const joined = run([[{ type: 'conference-joined', participantId: 'p2' }, NOW + 40_000]], config(), second.model);
    expect(joined.state.status).toBe('in-meeting');
  });

  it('"Rejoin now" remounts at once; "Leave" ends with a way back', () => {
    const lost = run([...JOINED, [DROP, NOW]]);
    const now = run([[{ type: 'user', action: 'rejoin' }, NOW + 2000]], config(), lost.model);
    expect(now.state).toMatchObject({ status: 'reconnecting', attempt: 1, jitsiReloading: false });
    expect(now.model.frame?.key).toBe(2);
    const left = run([[{ type: 'user', action: 'leave' }, NOW + 2000]], config(), lost.model);
    expect(left.state).toMatchObject({ status: 'ended', canRejoin: true });
    expect(left.model.frame).toBeNull();
  });

  it('a lost connection after exp: no reload with the dead token — the fresh one now, or a fresh one fetched first', () => {
    const withoutFresh = run([...JOINED, [DROP, EXPIRED_AT]]);
    expect(withoutFresh.state).toMatchObject({ status: 'reconnecting', renewing: true, jitsiReloading: false });
    expect(withoutFresh.model.frame).toBeNull();
    expect(withoutFresh.model.request).toEqual({ id: 2, reason: 'expiring' });
    const joined = run([[found(FRESH, { reason: 'expiring', requestId: 2 }, EXPIRED_AT), EXPIRED_AT]], config(), withoutFresh.model);
    expect(joined.state).toMatchObject({ status: 'joining', rejoin: true });
    expect(joined.model.frame).toEqual({ key: 2, token: FRESH, hidden: false });
  });

  it('after exp with nothing that can renew the token: "rejected: expired", with sign-in', () => {
    const { state, model } = run([...JOINED, [DROP, EXPIRED_AT]], config({ canRefresh: false }));
    expect(state).toMatchObject({ status: 'rejected', code: 'expired', retrying: false });
    expect(model.frame).toBeNull();
  });

  it("Jitsi's reload refused by the server (token refused) fetches a new token, as any refusal does", () => {
    const lost = run([...JOINED, [DROP, NOW]]);
    const refused = run([jitsiError('connection.passwordRequired', { type: 'CONNECTION', message: 'Not acceptable by exp' })], config(), lost.model);
    expect(refused.state).toMatchObject({ status: 'rejected', retrying: true });
    expect(refused.model.refused).toEqual([TOKEN]);
  });

  it('a silent meeting page: in the meeting it reconnects at once; while joining it says the page did not load', () => {
    const silent = run([...JOINED, { type: 'frame-silent' }]);
    expect(silent.state).toMatchObject({ status: 'reconnecting', cause: 'frame-silent', attempt: 1, jitsiReloading: false });
    expect(silent.model.frame?.key).toBe(2);
    const joining = run([{ type: 'start' }, found(TOKEN), { type: 'frame-silent' }]);
    expect(joining.state).toMatchObject({ status: 'joining', silent: true });
    expect(run([{ type: 'frame-alive' }], config(), joining.model).state).toMatchObject({ status: 'joining', silent: false });
    // Jitsi's reload landed on an error page: step in without waiting out the grace.
    const reloading = run([...JOINED, DROP, { type: 'frame-silent' }]);
    expect(reloading.state).toMatchObject({ status: 'reconnecting', jitsiReloading: false, attempt: 1 });
  });

  it('a fatal connection error while joining offers "Try again" at once', () => {
    const { state, model } = run([{ type: 'start' }, found(TOKEN), DROP]);
    expect(state).toMatchObject({ status: 'joining', slow: true });
    expect(model.timers).toEqual({});
  });

  it('a kick while reconnecting is still a kick', () => {
    const lost = run([...JOINED, DROP]);
    expect(run([{ type: 'kicked-out', by: 'Olivia' }], config(), lost.model).state).toMatchObject({ status: 'kicked', by: 'Olivia' });
  });
});

describe('signed out', () => {
  it('"Start again" asks the sources afresh', () => {
    const out = run([...JOINED, { type: 'user', action: 'sign-out' }]);
    expect(out.state.status).toBe('logged-out');
    const again = run([{ type: 'user', action: 'retry' }], config(), out.model);
    expect(again.state).toMatchObject({ status: 'checking' });
    expect(again.model.request?.reason).toBe('initial');
  });
});

describe('meeting-unavailable: the IFrame API could not be loaded', () => {
  it('a failed script load leaves joining for the screen; Try again mounts a new frame (which loads again)', () => {
    const failed = run([{ type: 'start' }, found(TOKEN), { type: 'script-failed', failure: { kind: 'http-error', status: 404 } }]);
    expect(failed.state).toMatchObject({ status: 'meeting-unavailable', failure: { kind: 'http-error', status: 404 } });
    expect(failed.model.frame).toBeNull();
    const again = run([{ type: 'user', action: 'retry' }], config(), failed.model);
    expect(again.state).toMatchObject({ status: 'joining' });
    expect(again.model.frame).toEqual({ key: 2, token: TOKEN, hidden: false });
    expect(run([{ type: 'user', action: 'leave' }], config(), failed.model).state.status).toBe('ended');
  });
});

describe('token providers', () => {
  it('a source that failed (not one that said "signed out") is the sign-in service not answering', () => {
    const failures = [{ source: 'provider' as const, code: 'timeout' as const, message: 'The token provider did not answer within 10000 ms.' }];
    const down = run([{ type: 'start' }, { type: 'token-not-found', reason: 'initial', requestId: 1, failedSources: ['provider'], failures }]);
    expect(down.state).toMatchObject({ status: 'needs-token', sourceFailure: failures });
    const out = run([{ type: 'start' }, { type: 'token-not-found', reason: 'initial', requestId: 1, failedSources: [] }]);
    expect(out.state).toMatchObject({ status: 'needs-token' });
    expect(out.state).not.toHaveProperty('sourceFailure');
    const retry = run([{ type: 'user', action: 'retry' }], config(), down.model);
    expect(retry.state.status).toBe('checking');
    expect(retry.model.request?.id).toBe(2);
  });

  it('the same unusable token (or the same problem) after "sign in again" stops the loop', async () => {
    const { fakeToken, goodClaims, NOW_S } = await import('../../fixtures/tokens.js');
    const other = fakeToken(goodClaims({ room: 'other-room' }));
    const first = run([{ type: 'start' }, found(other)]);
    expect(first.state).toMatchObject({ status: 'invalid-token', canSignIn: true });
    expect(first.state).not.toHaveProperty('repeated');
    const again = run([{ type: 'user', action: 'sign-in' }, found(other, { reason: 'reauth', requestId: 2 })], config(), first.model);
    expect(again.state).toMatchObject({ status: 'invalid-token', repeated: true, canSignIn: false });
    const otherAgain = fakeToken(goodClaims({ room: 'other-room', iat: NOW_S - 1 }));
    const sameProblem = run([{ type: 'user', action: 'sign-in' }, found(otherAgain, { reason: 'reauth', requestId: 2 })], config(), first.model);
    expect(sameProblem.state).toMatchObject({ status: 'invalid-token', repeated: true });
  });
});

describe('the same person in another window', () => {
  it('a participant with this token\'s user id is "self elsewhere" until they leave; others are not', () => {
    const same = { type: 'participant-joined' as const, participantId: 'p2', userId: 'ann', displayName: 'Ann', subject: null };
    const joined = run([...JOINED]);
    const userId = joined.model.tokenInfo?.report.user?.id ?? null;
    const elsewhere = run([{ ...same, userId }], config(), joined.model);
    expect(elsewhere.state).toMatchObject({ status: 'in-meeting', selfElsewhere: ['p2'] });
    expect(run([{ ...same, participantId: 'p3', userId: 'bob' }], config(), joined.model).state).not.toMatchObject({ selfElsewhere: ['p3'] });
    expect(run([{ type: 'participant-left', participantId: 'p2' }], config(), elsewhere.model).state).toMatchObject({ selfElsewhere: [] });
  });
});
