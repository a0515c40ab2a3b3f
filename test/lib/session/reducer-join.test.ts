import { describe, expect, it } from 'vitest';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';
import { allowed, config, found, FRESH, JOINED, NOW, NOW_S, run, TOKEN } from './helpers.js';

describe('before joining', () => {
  it('start asks every source for an initial token and shows "checking"', () => {
    const { model, state } = run([{ type: 'start' }]);
    expect(state).toMatchObject({ status: 'checking', room: 'standup', domain: 'meet.example.org' });
    expect(model.request).toEqual({ id: 1, reason: 'initial' });
    expect(model.frame).toBeNull();
  });

  it('a usable token goes to joining with a new meeting frame and a slow-join timer', () => {
    const { model, state } = run([{ type: 'start' }, found(TOKEN)]);
    expect(state).toMatchObject({ status: 'joining', attempt: 1, lobby: false, slow: false, rejoin: false });
    expect(model.frame).toEqual({ key: 1, token: TOKEN, hidden: false });
    expect(model.request).toBeNull();
    expect(model.timers).toEqual({ slow: NOW + 20_000 });
  });

  it.each([
    ['expired', fakeToken(goodClaims({ exp: NOW_S - 10 })), 'expired'],
    ['for another room', fakeToken(goodClaims({ room: 'retro' })), 'room-mismatch'],
    ['not valid yet', fakeToken(goodClaims({ nbf: NOW_S + 600 })), 'not-yet-valid'],
    ['malformed', 'not-a-token', 'malformed'],
  ])('a token %s goes to invalid-token and never mounts Jitsi', (_name, token, code) => {
    const { model, state } = run([{ type: 'start' }, found(token)]);
    expect(state.status).toBe('invalid-token');
    if (state.status === 'invalid-token') expect(state.errors.map((finding) => finding.code)).toContain(code);
    expect(model.frame).toBeNull();
    expect(model.frameCount).toBe(0);
  });

  it('a bad signature (from the verifier) goes to invalid-token with the reason', () => {
    const { state, model } = run([
      { type: 'start' },
      found(TOKEN, { verification: 'invalid-signature', signatureProblem: 'The signature does not match this key.' }),
    ]);
    expect(state).toMatchObject({ status: 'invalid-token', signatureProblem: 'The signature does not match this key.' });
    expect(model.frame).toBeNull();
  });

  it('a verified token is labelled verified', () => {
    const { state } = run([{ type: 'start' }, found(TOKEN, { verification: 'verified' })]);
    expect(state.status === 'joining' && state.token.verification).toBe('verified');
  });

  it('ignores the answer to a request that was replaced', () => {
    const { state } = run([{ type: 'start' }, found(TOKEN, { requestId: 7 })]);
    expect(state).toMatchObject({ status: 'checking' });
  });

  it('no token: "sign in to join", with the failing sources named', () => {
    const { state, effects } = run([{ type: 'start' }, { type: 'token-not-found', reason: 'initial', requestId: 1, failedSources: ['provider'] }]);
    expect(state).toMatchObject({ status: 'needs-token', notice: { kind: 'token-source-failed', sources: ['provider'] } });
    expect(effects).toEqual([]);
  });

  it('canSignIn says whether a sign-in action can do anything', () => {
    expect(run([{ type: 'start' }], config({ canRefresh: false })).state.canSignIn).toBe(false);
    expect(
      run(
        [{ type: 'start' }],
        config({ canRefresh: false, redirects: { login: allowed('https://intranet.example.org/login'), logout: null, 'after-kick': null } }),
      ).state.canSignIn,
    ).toBe(true);
    expect(
      run(
        [{ type: 'start' }],
        config({
          canRefresh: false,
          redirects: { login: { ok: false, refusal: 'origin', shown: 'https://evil.example.com' }, logout: null, 'after-kick': null },
        }),
      ).state.canSignIn,
    ).toBe(false);
  });

  it('retry in needs-token asks again', () => {
    const { model, state } = run([
      { type: 'start' },
      { type: 'token-not-found', reason: 'initial', requestId: 1, failedSources: [] },
      { type: 'user', action: 'retry' },
    ]);
    expect(state).toMatchObject({ status: 'checking' });
    expect(model.request).toEqual({ id: 2, reason: 'initial' });
  });

  it('no state ever holds the raw token', () => {
    const { state } = run(JOINED);
    expect(JSON.stringify(state)).not.toContain(TOKEN);
    expect(JSON.stringify(state)).not.toContain(TOKEN.split('.')[2]);
  });
});

describe('joining → in-meeting', () => {
  it('joined: the meeting shows, and a fresh token is scheduled five minutes before exp', () => {
    const { model, state } = run(JOINED);
    expect(state).toMatchObject({ status: 'in-meeting', participantId: 'p1', serverRole: null, expiring: null });
    expect(model.frame).toEqual({ key: 1, token: TOKEN, hidden: false });
    expect(model.timers).toEqual({ expiry: (NOW_S + 3600) * 1000 - 300_000 });
  });

  it('a plain lobby (membersOnly without waiting-for-host) keeps Jitsi visible for knocking', () => {
    const { model, state } = run([
      { type: 'start' },
      found(TOKEN),
      {
        type: 'jitsi-error',
        error: { name: 'conference.connectionError.membersOnly', message: null, params: ['lobby@x', false], type: 'CONFERENCE', isFatal: false },
      },
    ]);
    expect(state).toMatchObject({ status: 'joining', lobby: true });
    expect(model.frame?.key).toBe(1);
  });

  it('a slow join says so and "try again" remounts', () => {
    const slow = run([{ type: 'start' }, found(TOKEN), [{ type: 'timer', timer: 'slow' }, NOW + 20_000]]);
    expect(slow.state).toMatchObject({ status: 'joining', slow: true });
    const retried = run([[{ type: 'user', action: 'retry' }, NOW + 21_000]], config(), slow.model);
    expect(retried.state).toMatchObject({ status: 'joining', slow: false, attempt: 2 });
    expect(retried.model.frame?.key).toBe(2);
  });

  it('the server role of the local participant is recorded, others ignored', () => {
    const { state } = run([
      ...JOINED,
      { type: 'role-changed', participantId: 'p2', role: 'participant' },
      { type: 'role-changed', participantId: 'p1', role: 'moderator' },
    ]);
    expect(state).toMatchObject({ status: 'in-meeting', serverRole: 'moderator' });
  });

  it('videoConferenceLeft alone ends nothing (breakout rooms, reloads)', () => {
    const { state } = run([...JOINED, { type: 'conference-left' }]);
    expect(state.status).toBe('in-meeting');
  });
});

describe('pushed tokens', () => {
  it('a new `token` prop remounts the meeting', () => {
    const { model, state } = run([...JOINED, found(FRESH, { reason: 'pushed', requestId: null, source: 'prop' })]);
    expect(state).toMatchObject({ status: 'joining' });
    expect(model.frame).toEqual({ key: 2, token: FRESH, hidden: false });
  });

  it('the same prop value again changes nothing', () => {
    const before = run(JOINED);
    const after = run([found(TOKEN, { reason: 'pushed', requestId: null, source: 'prop' })], config(), before.model);
    expect(after.model).toBe(before.model);
  });

  it('a parent window push during the meeting is kept ready, without remounting', () => {
    const { model, state } = run([...JOINED, found(FRESH, { reason: 'pushed', requestId: null, source: 'post-message' })]);
    expect(state.status).toBe('in-meeting');
    expect(model.frame?.key).toBe(1);
    expect(model.fresh?.token).toBe(FRESH);
  });

  it('a push fills a gap (needs-token) but does not undo a kick; a new prop does', () => {
    const waiting = run([
      { type: 'start' },
      { type: 'token-not-found', reason: 'initial', requestId: 1, failedSources: [] },
      found(TOKEN, { reason: 'pushed', requestId: null, source: 'post-message' }),
    ]);
    expect(waiting.state.status).toBe('joining');
    const kicked = run([...JOINED, { type: 'kicked-out', by: 'Ann' }, found(FRESH, { reason: 'pushed', requestId: null, source: 'post-message' })]);
    expect(kicked.state.status).toBe('kicked');
    const propAfterKick = run([found(FRESH, { reason: 'pushed', requestId: null, source: 'prop' })], config(), kicked.model);
    expect(propAfterKick.state.status).toBe('joining');
  });
});
