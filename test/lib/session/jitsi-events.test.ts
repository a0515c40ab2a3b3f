import { describe, expect, it } from 'vitest';
import {
  listenToMeeting,
  MEETING_API_EVENTS,
  NAME_EVENTS,
  readError,
  readKick,
  readRefusal,
  refreshDueAt,
  toSessionEvent,
  type SessionEvent,
  type TokenInfo,
} from '../../../lib/session/index.js';
import { inspectToken } from '../../../lib/token/index.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW, NOW_S } from '../../fixtures/tokens.js';
import { FakeJitsiApi } from './fake-api.js';

describe('errorOccurred payloads', () => {
  it('reads the real shape { error: { name, message, params, type, isFatal } }', () => {
    expect(readError({ error: { name: 'conference.connectionError.membersOnly', params: ['lobby@x', true], type: 'CONFERENCE', isFatal: false } })).toEqual({
      name: 'conference.connectionError.membersOnly',
      message: null,
      params: ['lobby@x', true],
      type: 'CONFERENCE',
      isFatal: false,
    });
  });
  it('also reads the flat shape the handbook documents', () => {
    expect(readError({ name: 'connection.passwordRequired', message: 'Invalid signature', type: 'CONNECTION', isFatal: false })).toMatchObject({
      name: 'connection.passwordRequired',
      message: 'Invalid signature',
    });
  });
  it.each([[null], ['connection.passwordRequired'], [{ error: { name: 42 } }], [{ error: { name: 'x'.repeat(300) } }], [{}]])('ignores %j', (payload) => {
    expect(readError(payload)).toBeNull();
  });
  it('cleans the message: no control characters, no tokens, bounded', () => {
    const token = fakeToken(goodClaims());
    const error = readError({ error: { name: 'connection.passwordRequired', message: `bad\u0000 token ${token}\u202e ${'x'.repeat(1000)}` } });
    expect(error?.message).not.toContain(token);
    expect(error?.message).toMatch(/^bad token \[token\] x+…$/);
    expect(error?.message?.length).toBeLessThanOrEqual(500);
  });
  it('isFatal counts only when exactly true', () => {
    expect(readError({ error: { name: 'connection.droppedError', isFatal: 'true' } })?.isFatal).toBe(false);
  });
});

describe('participantKickedOut payloads', () => {
  it('local kick with the kicker name', () => {
    expect(readKick({ kicked: { id: 'a', name: 'Bob', local: true }, kicker: { id: 'b', name: '  Ann  Owner ' } })).toEqual({ by: 'Ann Owner', kickerId: 'b' });
  });
  it('an older release names nobody: kicker { id } only', () => {
    expect(readKick({ kicked: { id: 'a', local: true }, kicker: { id: 'b' } })).toEqual({ by: null, kickerId: 'b' });
  });
  it('a system kick has no kicker', () => {
    expect(readKick({ kicked: { id: 'a', local: true }, kicker: {} })).toEqual({ by: null, kickerId: null });
  });
  it.each([[{ kicked: { local: false } }], [{ kicked: { local: 'true' } }], [{ kicked: null }], [null], [{}]])('is not a local kick: %j', (payload) => {
    expect(readKick(payload)).toBeNull();
  });
  it('a hostile kicker name is bounded and single-line', () => {
    const by = readKick({ kicked: { local: true }, kicker: { name: `<img src=x onerror=alert(1)>\n${'A'.repeat(200)}` } })?.by;
    expect(by?.length).toBe(80);
    expect(by).not.toContain('\n');
  });
});

describe('toSessionEvent', () => {
  it.each<[string, unknown, SessionEvent | null]>([
    ['videoConferenceJoined', { roomName: 'standup', id: 'abc123' }, { type: 'conference-joined', participantId: 'abc123' }],
    ['videoConferenceJoined', { id: 42 }, { type: 'conference-joined', participantId: null }],
    ['videoConferenceLeft', { roomName: 'standup' }, { type: 'conference-left' }],
    ['readyToClose', {}, { type: 'ready-to-close' }],
    ['participantRoleChanged', { id: 'abc', role: 'moderator' }, { type: 'role-changed', participantId: 'abc', role: 'moderator' }],
    ['participantRoleChanged', { id: 'abc' }, null],
    ['participantKickedOut', { kicked: { id: 'x', local: false }, kicker: { id: 'y' } }, null],
    ['audioMuteStatusChanged', { muted: true }, null],
  ])('%s %j', (name, payload, event) => {
    expect(toSessionEvent(name, payload)).toEqual(event);
  });
});

describe('listenToMeeting', () => {
  it('subscribes to each event and removes exactly its own listeners', () => {
    const api = new FakeJitsiApi();
    const sdkListener = () => {};
    api.on('readyToClose', sdkListener);
    const seen: SessionEvent[] = [];
    const detach = listenToMeeting(api, (event) => seen.push(event));
    // + ready, videoConferenceJoined, readyToClose and log, read for older Jitsi releases.
    expect(api.listenerCount()).toBe(MEETING_API_EVENTS.length + NAME_EVENTS.length + 4 + 1);
    api.emit('participantKickedOut', { kicked: { id: 'me', local: true }, kicker: { id: 'k', name: 'Ann' } });
    api.emit('errorOccurred', { error: { name: 'conference.connectionError.accessDenied', type: 'CONFERENCE' } });
    api.emit('participantJoined', { id: 'z' });
    expect(seen.map((event) => event.type)).toEqual(['kicked-out', 'jitsi-error', 'participant-joined']);
    detach();
    expect(api.listenerCount()).toBe(1);
    expect(api.listenerCount('readyToClose')).toBe(1);
  });
});

describe('naming the kicker on every release', () => {
  // Current: middleware.ts 1726a90 sends kicker { id, name }; 2020–21: middleware.js d055cd5 sends kicker { id }.
  const OLD_KICK = { kicked: { id: 'me', local: true }, kicker: { id: 'k1' } };
  function kickAfter(setup: (api: FakeJitsiApi) => void, payload: unknown = OLD_KICK) {
    const api = new FakeJitsiApi();
    const seen: SessionEvent[] = [];
    listenToMeeting(api, (event) => seen.push(event));
    setup(api);
    api.emit('participantKickedOut', payload);
    return seen.find((event) => event.type === 'kicked-out');
  }

  it('the payload name wins (current releases)', () => {
    const event = kickAfter((api) => api.emit('participantJoined', { id: 'k1', displayName: 'Old Name' }), {
      kicked: { id: 'me', local: true },
      kicker: { id: 'k1', name: 'Ann' },
    });
    expect(event).toEqual({ type: 'kicked-out', by: 'Ann', byModerator: true });
  });
  it('else the name from participantJoined', () => {
    expect(kickAfter((api) => api.emit('participantJoined', { id: 'k1', displayName: 'Ann Owner', formattedDisplayName: 'Ann Owner' }))).toEqual({
      type: 'kicked-out',
      by: 'Ann Owner',
      byModerator: true,
    });
  });
  it('a rename counts (display-name-change carries lower-case displayname)', () => {
    const event = kickAfter((api) => {
      api.emit('participantJoined', { id: 'k1', displayName: 'Ann' });
      api.emit('displayNameChange', { id: 'k1', displayname: 'Ann (host)', formattedDisplayName: 'Ann (host)' });
    });
    expect(event).toMatchObject({ by: 'Ann (host)' });
  });
  it('else the host API participant list, read at the kick', () => {
    const event = kickAfter((api) => {
      Object.assign(api, {
        getParticipantsInfo: () => [
          { participantId: 'me', displayName: 'Bob' },
          { participantId: 'k1', displayName: 'Ann Listed' },
        ],
      });
    });
    expect(event).toMatchObject({ by: 'Ann Listed', byModerator: true });
  });
  it('else "a moderator": a person did it, nobody knows who', () => {
    expect(kickAfter(() => {})).toEqual({ type: 'kicked-out', by: null, byModerator: true });
  });
  it('a system kick (kicker {}) is nobody', () => {
    expect(kickAfter(() => {}, { kicked: { id: 'me', local: true }, kicker: {} })).toEqual({ type: 'kicked-out', by: null, byModerator: false });
  });
  it('hostile names are cleaned; a throwing participant list is ignored', () => {
    expect(kickAfter((api) => api.emit('participantJoined', { id: 'k1', displayName: `Ann\u202e${'x'.repeat(200)}` }))?.type).toBe('kicked-out');
    const event = kickAfter((api) =>
      Object.assign(api, {
        getParticipantsInfo: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(event).toEqual({ type: 'kicked-out', by: null, byModerator: true });
  });
});

describe('readRefusal', () => {
  it('keeps the server words as detail', () => {
    expect(
      readRefusal(
        { name: 'connection.passwordRequired', message: 'Not acceptable by exp (3 sec since expired)', params: [], type: 'CONNECTION', isFatal: false },
        false,
      ),
    ).toEqual({ code: 'expired', detail: 'Not acceptable by exp (3 sec since expired)' });
  });

  it('reads the room-join text where each release puts it: [type, text] now, [text] alone in jitsi-meet 9364–9457', () => {
    const notAllowed = (params: unknown[]) =>
      readRefusal({ name: 'conference.connectionError.notAllowed', message: null, params, type: 'CONFERENCE', isFatal: false }, false);
    expect(notAllowed(['general', 'Room and token mismatched'])).toEqual({ code: 'room-mismatch', detail: 'Room and token mismatched' });
    // lib-jitsi-meet 2d430a18..ec98b020 ChatRoom.js: emit(ROOM_CONNECT_NOT_ALLOWED_ERROR, txt).
    expect(notAllowed(['Room and token mismatched'])).toEqual({ code: 'room-mismatch', detail: 'Room and token mismatched' });
    // Before 2d430a18 (and with no <text> since, where `txt` is 0): no words at all.
    expect(notAllowed([])).toEqual({ code: 'room-mismatch', detail: null });
    expect(notAllowed([0])).toEqual({ code: 'room-mismatch', detail: null });
  });
});

describe('refreshDueAt', () => {
  const info = (claims: Record<string, unknown>): TokenInfo => ({
    report: inspectToken(fakeToken(goodClaims(claims)), { ...GOOD_CONTEXT, now: NOW }),
    source: 'provider',
    verification: 'unverified',
  });
  it('five minutes before exp for an hour-long token', () => {
    expect(refreshDueAt(info({}), NOW, 300_000)).toBe((NOW_S + 3600 - 300) * 1000);
  });
  it('half-way for a short-lived token', () => {
    expect(refreshDueAt(info({ iat: NOW_S, exp: NOW_S + 120 }), NOW, 300_000)).toBe((NOW_S + 60) * 1000);
  });
  it('never sooner than five seconds from now, even past exp (no busy loop)', () => {
    expect(refreshDueAt(info({ iat: NOW_S - 100, exp: NOW_S + 2 }), NOW, 300_000)).toBe(NOW + 5_000);
  });
  it('none without exp', () => {
    const claims = goodClaims();
    delete claims.exp;
    const report = inspectToken(fakeToken(claims), { ...GOOD_CONTEXT, now: NOW });
    expect(refreshDueAt({ report, source: 'prop', verification: 'unverified' }, NOW, 300_000)).toBeNull();
  });
});
