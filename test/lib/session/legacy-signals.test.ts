// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { listenToMeeting, type SessionEvent } from '../../../lib/session/index.js';
import { readFailureLog, withErrorLogs } from '../../../lib/session/legacy-signals.js';
import { FakeJitsiApi } from './fake-api.js';
import { config, found, FRESH, NOW_S, run, TOKEN } from './helpers.js';

// @jitsi/logger puts a timestamp and the caller first; conference.js logs 'CONFERENCE FAILED:', err, ...params.
const conferenceLog = (...rest: unknown[]) => ({
  logLevel: 'error',
  args: ['2021-06-01T10:00:00.000Z', '<_onConferenceFailed>: ', 'CONFERENCE FAILED:', ...rest],
});

describe('readFailureLog (2021-era apps report refusals only in their error log)', () => {
  it.each<[unknown, unknown]>([
    [conferenceLog('conference.authenticationRequired'), { name: 'conference.authenticationRequired', type: 'CONFERENCE', params: [] }],
    [conferenceLog('conference.connectionError.notAllowed'), { name: 'conference.connectionError.notAllowed', type: 'CONFERENCE' }],
    [conferenceLog('conference.connectionError.membersOnly', 'lobby@x', true), { params: ['lobby@x', true] }],
    [
      { logLevel: 'error', args: ['t', '<handleConnectionFailed>: ', 'CONNECTION FAILED:', 'connection.passwordRequired'] },
      { name: 'connection.passwordRequired', type: 'CONNECTION', params: [] },
    ],
  ])('%j', (payload, expected) => {
    expect(readFailureLog(payload)).toMatchObject(expected as object);
  });
  it.each([
    [{ logLevel: 'warn', args: ['CONFERENCE FAILED:', 'conference.connectionError.notAllowed'] }],
    [{ logLevel: 'error', args: ['CONFERENCE FAILED:', '<img src=x>'] }],
    [{ logLevel: 'error', args: ['something else', 'conference.connectionError.notAllowed'] }],
    [{ logLevel: 'error', args: 'CONFERENCE FAILED: conference.x' }],
    [null],
  ])('ignores %j', (payload) => {
    expect(readFailureLog(payload)).toBeNull();
  });
});

describe('withErrorLogs', () => {
  it('adds error to apiLogLevels, keeping the rest as given', () => {
    expect(withErrorLogs(undefined)).toEqual({ apiLogLevels: ['error'] });
    expect(withErrorLogs({ a: 1, apiLogLevels: ['warn'] })).toEqual({ a: 1, apiLogLevels: ['warn', 'error'] });
    const keep = { apiLogLevels: ['error'] };
    expect(withErrorLogs(keep)).toBe(keep);
  });
});

describe('listenToMeeting with an app that never says ready', () => {
  function listen() {
    const api = new FakeJitsiApi('meet.example.org', { parentNode: document.body });
    const seen: SessionEvent[] = [];
    const detach = listenToMeeting(api, (event) => seen.push(event));
    return { api, seen, detach, frame: api.iframe as HTMLIFrameElement };
  }

  it('turns failure logs into the errors a current app would send', () => {
    const { api, seen } = listen();
    api.emit('log', conferenceLog('conference.authenticationRequired'));
    expect(seen).toEqual([
      { type: 'jitsi-error', error: { name: 'conference.authenticationRequired', message: null, params: [], type: 'CONFERENCE', isFatal: false } },
    ]);
  });

  it('a second load of the frame before joining is the authError.html redirect: not allowed', () => {
    const { seen, frame, detach } = listen();
    frame.dispatchEvent(new Event('load'));
    expect(seen).toEqual([]);
    frame.dispatchEvent(new Event('load'));
    expect(seen).toEqual([{ type: 'jitsi-error', error: expect.objectContaining({ name: 'conference.connectionError.notAllowed', params: [] }) }]);
    detach();
    frame.dispatchEvent(new Event('load'));
    expect(seen).toHaveLength(1);
  });

  it('a current app (ready) is read from errorOccurred only: its logs and reloads mean nothing here (ready itself ends the join timeout)', () => {
    const { api, seen, frame } = listen();
    api.emit('ready', {});
    api.emit('log', conferenceLog('conference.connectionError.notAllowed'));
    frame.dispatchEvent(new Event('load'));
    frame.dispatchEvent(new Event('load'));
    expect(seen).toEqual([{ type: 'page-ready' }]);
  });

  it('a load after joining is the page reloading itself after a lost connection; a load before its rejoin is again a refusal', () => {
    const { api, seen, frame } = listen();
    frame.dispatchEvent(new Event('load'));
    api.emit('videoConferenceJoined', { id: 'me' });
    frame.dispatchEvent(new Event('load'));
    expect(seen.slice(1)).toEqual([
      { type: 'jitsi-error', error: { name: 'connection.droppedError', message: null, params: [], type: 'CONNECTION', isFatal: true } },
    ]);
    // The reloaded page was refused (authError.html) before it joined again.
    frame.dispatchEvent(new Event('load'));
    expect(seen[2]).toMatchObject({ type: 'jitsi-error', error: { name: 'conference.connectionError.notAllowed' } });
  });

  it('a load after a hang-up (readyToClose) is the close page: nothing', () => {
    const { api, seen, frame } = listen();
    frame.dispatchEvent(new Event('load'));
    api.emit('videoConferenceJoined', { id: 'me' });
    api.emit('readyToClose', {});
    frame.dispatchEvent(new Event('load'));
    expect(seen.map((event) => event.type)).toEqual(['conference-joined', 'ready-to-close']);
  });
});

describe("a 2021 app through the session: the frame's loads in both orders", () => {
  /** The session events a 2021 frame produces for `steps` (loads and API events), in order. */
  function signals(steps: Array<'load' | ['videoConferenceJoined', unknown]>): SessionEvent[] {
    const api = new FakeJitsiApi('meet.example.org', { parentNode: document.body });
    const seen: SessionEvent[] = [];
    listenToMeeting(api, (event) => seen.push(event));
    for (const step of steps) {
      if (step === 'load') (api.iframe as HTMLIFrameElement).dispatchEvent(new Event('load'));
      else api.emit(step[0], step[1]);
    }
    return seen;
  }

  it('load before join: rejected (not allowed)', () => {
    const { state } = run([{ type: 'start' }, found(TOKEN), ...signals(['load', 'load'])]);
    // (the code names why, read from the token against the room: here room-mismatch)
    expect(state).toMatchObject({ status: 'rejected', code: 'room-mismatch' });
  });

  it('load after join: reconnecting (Jitsi reloading), then its join: in the meeting again', () => {
    const lost = run([{ type: 'start' }, found(TOKEN), ...signals(['load', ['videoConferenceJoined', { id: 'p1' }], 'load'])]);
    expect(lost.state).toMatchObject({ status: 'reconnecting', cause: 'connection-lost', jitsiReloading: true });
    expect(lost.model.frame).toMatchObject({ key: 1, token: TOKEN });
    const back = run([{ type: 'conference-joined', participantId: 'p1' }], config(), lost.model);
    expect(back.state).toMatchObject({ status: 'in-meeting' });
  });

  it('load after join with the token expired: no "rejected" — a fresh token is fetched, then a clean rejoin', () => {
    const late = (NOW_S + 3600) * 1000 + 1;
    const events = signals(['load', ['videoConferenceJoined', { id: 'p1' }], 'load']);
    const lost = run([{ type: 'start' }, found(TOKEN), events[0] as SessionEvent, [events[1] as SessionEvent, late]]);
    expect(lost.state).toMatchObject({ status: 'reconnecting', renewing: true });
    expect(lost.model.frame).toBeNull();
    const rejoining = run([[found(FRESH, { reason: 'expiring', requestId: lost.model.request?.id ?? -1 }, late), late]], config(), lost.model);
    expect(rejoining.model.frame).toMatchObject({ key: 2, token: FRESH });
    expect(run([[{ type: 'conference-joined', participantId: 'p1' }, late]], config(), rejoining.model).state.status).toBe('in-meeting');
  });
});
