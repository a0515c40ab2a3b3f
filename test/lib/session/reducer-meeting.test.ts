import { describe, expect, it } from 'vitest';
import { MAX_RECOVERIES } from '../../../lib/session/index.js';
import { config, found, FRESH, jitsiError, JOINED, NOW, NOW_S, run, TOKEN } from './helpers.js';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';

const EXPIRY_DUE = (NOW_S + 3600) * 1000 - 300_000;
const EXPIRED_AT = (NOW_S + 3600) * 1000 + 1;

describe('expiring: a fresh token fetched ahead', () => {
  it('at the expiry timer a fresh token is requested, silently', () => {
    const { model, state } = run([...JOINED, [{ type: 'timer', timer: 'expiry' }, EXPIRY_DUE]]);
    expect(state).toMatchObject({ status: 'in-meeting', expiring: { phase: 'refreshing', expiresAt: (NOW_S + 3600) * 1000 } });
    expect(model.request).toEqual({ id: 2, reason: 'expiring' });
    expect(model.frame?.key).toBe(1);
  });

  it('a fresh token that outlives the current one is kept ready; the meeting is not touched', () => {
    const { model, state } = run([
      ...JOINED,
      [{ type: 'timer', timer: 'expiry' }, EXPIRY_DUE],
      [found(FRESH, { reason: 'expiring', requestId: 2 }, EXPIRY_DUE), EXPIRY_DUE],
    ]);
    expect(state).toMatchObject({ status: 'in-meeting', expiring: { phase: 'ready' } });
    expect(model.fresh?.token).toBe(FRESH);
    // The card shows the renewed pass (never its raw token), not the old one running out.
    expect(state.status === 'in-meeting' && state.renewed?.report.validity.expiresAt?.getTime()).toBe((NOW_S + 7200) * 1000);
    expect(JSON.stringify(state)).not.toContain(FRESH);
    expect(model.frame).toEqual({ key: 1, token: TOKEN, hidden: false });
    expect(model.timers.expiry).toBe((NOW_S + 7200) * 1000 - 300_000);
  });

  it('a "fresh" token that expires no later is not kept: the quiet notice shows', () => {
    const same = fakeToken(goodClaims({ exp: NOW_S + 3600, iat: NOW_S }));
    const { model, state } = run([
      ...JOINED,
      [{ type: 'timer', timer: 'expiry' }, EXPIRY_DUE],
      [found(same, { reason: 'expiring', requestId: 2 }, EXPIRY_DUE), EXPIRY_DUE],
    ]);
    expect(state).toMatchObject({ status: 'in-meeting', expiring: { phase: 'unavailable' } });
    expect(model.fresh).toBeNull();
    expect(model.timers.expiry).toBe(EXPIRY_DUE + 60_000);
  });

  it('no fresh token to be had: quiet notice, a later retry, the meeting goes on', () => {
    const { model, state } = run([
      ...JOINED,
      [{ type: 'timer', timer: 'expiry' }, EXPIRY_DUE],
      [{ type: 'token-not-found', reason: 'expiring', requestId: 2, failedSources: ['provider'] }, EXPIRY_DUE],
    ]);
    expect(state).toMatchObject({ status: 'in-meeting', expiring: { phase: 'unavailable' } });
    expect(model.timers.expiry).toBe(EXPIRY_DUE + 60_000);
    expect(model.frame?.key).toBe(1);
  });

  it('without any source to ask, the notice shows at once and nothing is requested', () => {
    const cfg = config({ canRefresh: false });
    const { model, state } = run([...JOINED, [{ type: 'timer', timer: 'expiry' }, EXPIRY_DUE]], cfg);
    expect(state).toMatchObject({ status: 'in-meeting', expiring: { phase: 'unavailable' } });
    expect(model.request).toBeNull();
  });

  it('refused on reconnect with a fresh token ready → rejoins with it without asking', () => {
    const ready = run([
      ...JOINED,
      [{ type: 'timer', timer: 'expiry' }, EXPIRY_DUE],
      [found(FRESH, { reason: 'expiring', requestId: 2 }, EXPIRY_DUE), EXPIRY_DUE],
    ]);
    const { model, state } = run(
      [[jitsiError('connection.passwordRequired', { message: 'Not acceptable by exp (1 sec since expired)', type: 'CONNECTION' }), EXPIRED_AT]],
      config(),
      ready.model,
    );
    expect(state).toMatchObject({ status: 'joining', rejoin: true });
    expect(model.frame).toEqual({ key: 2, token: FRESH, hidden: false });
    expect(model.fresh).toBeNull();
    const back = run([[{ type: 'conference-joined', participantId: 'p9' }, EXPIRED_AT + 2000]], config(), model);
    expect(back.state).toMatchObject({ status: 'in-meeting', expiring: null });
    expect(back.state.status === 'in-meeting' && back.state.token.report.validity.expiresAt?.getTime()).toBe((NOW_S + 7200) * 1000);
  });

  it('a fatal connection drop after exp rejoins with the fresh token; before exp Jitsi gets to reload by itself', () => {
    const ready = run([
      ...JOINED,
      [{ type: 'timer', timer: 'expiry' }, EXPIRY_DUE],
      [found(FRESH, { reason: 'expiring', requestId: 2 }, EXPIRY_DUE), EXPIRY_DUE],
    ]);
    const drop = jitsiError('connection.droppedError', { type: 'CONNECTION', isFatal: true });
    const before = run([[drop, EXPIRY_DUE + 1000]], config(), ready.model);
    expect(before.state).toMatchObject({ status: 'reconnecting', jitsiReloading: true });
    expect(before.model.frame).toBe(ready.model.frame);
    const after = run([[drop, EXPIRED_AT]], config(), ready.model);
    expect(after.model.frame).toEqual({ key: 2, token: FRESH, hidden: false });
  });
});

describe('rejected', () => {
  it.each([
    ['Not acceptable by exp (12 sec since expired)', 'expired'],
    ['Not acceptable by nbf', 'not-yet-valid'],
    ['Invalid signature', 'bad-signature'],
    ["invalid 'iss' claim", 'untrusted-issuer'],
    ["invalid 'aud' claim", 'wrong-audience'],
    ["'iss' claim is missing", 'missing-claim'],
    ['Invalid typ', 'unreadable-token'],
    ['could not obtain public key', 'key-unavailable'],
    ['user is banned', 'banned'],
    ['something new', 'refused'],
  ])('connection.passwordRequired "%s" → %s, in plain words, never a password prompt', (message, code) => {
    const { model, state } = run([...JOINED, jitsiError('connection.passwordRequired', { message, type: 'CONNECTION' })], config({ canRefresh: false }));
    expect(state).toMatchObject({ status: 'rejected', code, detail: message, retrying: false });
    expect(model.frame).toBeNull();
    expect(model.refused).toEqual([TOKEN]);
  });

  it('a refusal without text after exp still says "expired"', () => {
    const { state } = run([...JOINED, [jitsiError('connection.passwordRequired', { type: 'CONNECTION' }), EXPIRED_AT]], config({ canRefresh: false }));
    expect(state).toMatchObject({ status: 'rejected', code: 'expired', detail: null });
  });

  it.each([
    [['general', 'Room and token mismatched'], 'room-mismatch'],
    [[], 'room-mismatch'],
    [['authentication-required', 'Authentication required'], 'auth-required'],
  ])('conference.connectionError.notAllowed %j → %s', (params, code) => {
    const { state } = run(
      [{ type: 'start' }, found(TOKEN), jitsiError('conference.connectionError.notAllowed', { params, type: 'CONFERENCE' })],
      config({ canRefresh: false }),
    );
    expect(state).toMatchObject({ status: 'rejected', code });
  });

  it('asks the provider once (reason "rejected"), and a new token joins', () => {
    const refused = run([...JOINED, jitsiError('connection.passwordRequired', { message: 'Invalid signature' })]);
    expect(refused.state).toMatchObject({ status: 'rejected', retrying: true });
    expect(refused.model.request).toEqual({ id: 2, reason: 'rejected' });
    const joined = run([found(FRESH, { reason: 'rejected', requestId: 2 })], config(), refused.model);
    expect(joined.state).toMatchObject({ status: 'joining', rejoin: true });
  });

  it('the same refused token offered again is not used', () => {
    const refused = run([...JOINED, jitsiError('connection.passwordRequired', { message: 'Invalid signature' })]);
    const again = run([found(TOKEN, { reason: 'rejected', requestId: 2 })], config(), refused.model);
    expect(again.state).toMatchObject({ status: 'rejected', retrying: false });
    expect(again.model.frame).toBeNull();
  });

  it(`stops retrying automatically after ${MAX_RECOVERIES} attempt(s) until a join succeeds`, () => {
    const second = fakeToken(goodClaims({ exp: NOW_S + 1800 }));
    const { model, state } = run([
      ...JOINED,
      jitsiError('connection.passwordRequired', { message: 'Invalid signature' }),
      found(second, { reason: 'rejected', requestId: 2 }),
      jitsiError('connection.passwordRequired', { message: 'Invalid signature' }),
    ]);
    expect(state).toMatchObject({ status: 'rejected', retrying: false });
    expect(model.request).toBeNull();
    expect(model.refused).toEqual([TOKEN, second]);
  });

  it('no new token after a refusal: the rejected screen stays, saying which source failed', () => {
    const { state } = run([
      ...JOINED,
      jitsiError('connection.passwordRequired', { message: 'Invalid signature' }),
      { type: 'token-not-found', reason: 'rejected', requestId: 2, failedSources: ['provider'] },
    ]);
    expect(state).toMatchObject({ status: 'rejected', code: 'bad-signature', retrying: false, notice: { kind: 'token-source-failed' } });
  });

  it('a lobby refusal (accessDenied) says so', () => {
    const { model, state } = run([{ type: 'start' }, found(TOKEN), jitsiError('conference.connectionError.accessDenied', { type: 'CONFERENCE' })]);
    expect(state).toMatchObject({ status: 'rejected', code: 'lobby-denied' });
    expect(model.frame).toBeNull();
  });

  // lib-jitsi-meet JitsiConferenceErrors.CONFERENCE_MAX_USERS; Jitsi shows "maxUsersLimitReached" and leaves.
  it('a full meeting (conference.max_users) says so, keeps the token and tries it again on Try again', () => {
    const full = run([...JOINED.slice(0, 2), jitsiError('conference.max_users', { type: 'CONFERENCE' })]);
    expect(full.state).toMatchObject({ status: 'rejected', code: 'meeting-full', retrying: false });
    expect(full.model.frame).toBeNull();
    expect(full.model.request).toBeNull();
    const again = run([{ type: 'user', action: 'retry' }], config(), full.model);
    expect(again.state.status).toBe('joining');
    expect(again.model.frame?.token).toBe(TOKEN);
  });

  it("a room password prompt is Jitsi's business, not a token refusal", () => {
    const before = run([{ type: 'start' }, found(TOKEN)]);
    const after = run([jitsiError('conference.passwordRequired', { type: 'CONFERENCE' })], config(), before.model);
    expect(after.model).toBe(before.model);
  });
});

describe('waiting for the host', () => {
  const membersOnly = jitsiError('conference.connectionError.membersOnly', { params: ['lobby@conference', true], type: 'CONFERENCE' });

  it('waits, checks behind the screen with backoff, and joins when the host is there', () => {
    const first = run([{ type: 'start' }, found(TOKEN), membersOnly]);
    expect(first.state).toMatchObject({ status: 'waiting-for-host', attempt: 1, checking: false, nextCheckAt: NOW + 2_000 });
    expect(first.model.frame).toBeNull();
    expect(first.model.timers).toEqual({ retry: NOW + 2_000 });

    const checking = run([[{ type: 'timer', timer: 'retry' }, NOW + 2_000]], config(), first.model);
    expect(checking.state).toMatchObject({ status: 'waiting-for-host', checking: true });
    expect(checking.model.frame).toEqual({ key: 2, token: TOKEN, hidden: true });

    const again = run([[membersOnly, NOW + 3_000]], config(), checking.model);
    expect(again.state).toMatchObject({ status: 'waiting-for-host', attempt: 2, nextCheckAt: NOW + 3_000 + 4_000 });
    expect(again.model.frame).toBeNull();

    const joined = run(
      [
        [{ type: 'timer', timer: 'retry' }, NOW + 7_000],
        [{ type: 'conference-joined', participantId: 'p1' }, NOW + 8_000],
      ],
      config(),
      again.model,
    );
    expect(joined.state.status).toBe('in-meeting');
    expect(joined.model.frame).toEqual({ key: 3, token: TOKEN, hidden: false });
  });

  it('backoff doubles up to the cap', () => {
    let model = run([{ type: 'start' }, found(TOKEN)]).model;
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      model = run([membersOnly], config(), model).model;
      const state = model.state;
      if (state.status === 'waiting-for-host' && state.nextCheckAt !== null) delays.push(state.nextCheckAt - NOW);
      model = run([{ type: 'timer', timer: 'retry' }], config(), model).model;
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('a check that hangs is given up and retried', () => {
    const checking = run([{ type: 'start' }, found(TOKEN), membersOnly, [{ type: 'timer', timer: 'retry' }, NOW + 2_000]]);
    const hung = run([[{ type: 'timer', timer: 'retry' }, NOW + 22_000]], config(), checking.model);
    expect(hung.state).toMatchObject({ status: 'waiting-for-host', attempt: 2, checking: false });
    expect(hung.model.frame).toBeNull();
  });

  it('"check now" starts a check at once', () => {
    const first = run([{ type: 'start' }, found(TOKEN), membersOnly]);
    const now = run([{ type: 'user', action: 'retry' }], config(), first.model);
    expect(now.model.frame?.hidden).toBe(true);
  });

  it("Jicofo's authenticationRequired waits too", () => {
    expect(run([{ type: 'start' }, found(TOKEN), jitsiError('conference.authenticationRequired')]).state.status).toBe('waiting-for-host');
  });
});

describe('room not opened yet', () => {
  it.each([['room-creation-restriction'], ['no-main-participants']])('notAllowed "%s" waits for the host instead of blaming the token', (type) => {
    const { state, model } = run([
      { type: 'start' },
      found(TOKEN),
      jitsiError('conference.connectionError.notAllowed', { params: [type, 'Room creation is restricted'], type: 'CONFERENCE' }),
    ]);
    expect(state).toMatchObject({ status: 'waiting-for-host', attempt: 1 });
    expect(model.refused).toEqual([]);
  });

  // lib-jitsi-meet 2d430a18 (Feb 2024) to ec98b020 (May 2024), in jitsi-meet 9364 and 9457, sent the
  // server's text alone: ChatRoom.js emits ROOM_CONNECT_NOT_ALLOWED_ERROR with `txt`, no type first.
  it('notAllowed with only the text "Room creation is restricted" (jitsi-meet 9364–9457) waits for the host too', () => {
    const { state, model } = run([
      { type: 'start' },
      found(TOKEN),
      jitsiError('conference.connectionError.notAllowed', { params: ['Room creation is restricted'], type: 'CONFERENCE' }),
    ]);
    expect(state).toMatchObject({ status: 'waiting-for-host', attempt: 1 });
    expect(model.refused).toEqual([]);
  });
});
