// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { listenToMeeting, type SessionEvent } from '../../../lib/session/index.js';
import { readFailureLog, withErrorLogs } from '../../../lib/session/legacy-signals.js';
import { FakeJitsiApi } from './fake-api.js';

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

  it('after joining, reloads are not refusals', () => {
    const { api, seen, frame } = listen();
    frame.dispatchEvent(new Event('load'));
    api.emit('videoConferenceJoined', { id: 'me' });
    frame.dispatchEvent(new Event('load'));
    expect(seen.map((event) => event.type)).toEqual(['conference-joined']);
  });
});
