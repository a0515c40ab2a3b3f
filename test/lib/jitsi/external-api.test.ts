// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMeetingEndpoint, type MeetingEndpoint } from '../../../lib/jitsi/endpoint.js';
import { MeetGateExternalAPI } from '../../../lib/jitsi/external-api.js';
import { FRAME_ALLOW } from '../../../lib/jitsi/frame.js';
import { FakeWindow, messageEvent, safeParse } from './harness.js';

const DOMAIN = 'meet.example.org';
const ORIGIN = `https://${DOMAIN}`;

/**
 * Joins a real MeetGateExternalAPI (in jsdom's window) to a real meeting endpoint living in a fake
 * iframe window: host → iframe traffic goes through the frame's contentWindow.postMessage, iframe →
 * host traffic arrives on jsdom's window with the meeting origin and the frame as source.
 */
function embed(options: ConstructorParameters<typeof MeetGateExternalAPI>[1] = {}): {
  api: MeetGateExternalAPI;
  endpoint: () => MeetingEndpoint;
  meeting: FakeWindow;
  sentToFrame: unknown[];
} {
  const api = new MeetGateExternalAPI(DOMAIN, { roomName: 'standup', ...options });
  const frame = api.getIFrame();
  const frameWindow = frame.contentWindow as Window;
  const meeting = new FakeWindow(ORIGIN, frame.src);
  const sentToFrame: unknown[] = [];
  frameWindow.postMessage = ((data: unknown) => {
    sentToFrame.push(typeof data === 'string' ? safeParse(data) : data);
    meeting.deliver(data, { origin: window.location.origin });
  }) as Window['postMessage'];
  const toHost = { postMessage: (data: string) => queueMicrotask(() => window.dispatchEvent(messageEvent(data, ORIGIN, frameWindow))) };
  let endpoint: MeetingEndpoint | null = null;
  return {
    api,
    meeting,
    sentToFrame,
    endpoint: () => (endpoint ??= createMeetingEndpoint({ window: meeting as unknown as Window, target: toHost })),
  };
}

describe('MeetGateExternalAPI', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="meet"></div>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('creates the iframe the way Jitsi does', () => {
    const parentNode = document.getElementById('meet') as HTMLElement;
    const { api } = embed({ parentNode, jwt: 'a.b.c', width: 640 });
    const frame = api.getIFrame();
    expect(frame.parentElement).toBe(parentNode);
    expect(frame.name).toMatch(/^jitsiConferenceFrame\d+$/);
    expect(frame.id).toBe(frame.name);
    const apiId = Number(frame.name.replace('jitsiConferenceFrame', ''));
    expect(frame.src).toBe(`${ORIGIN}/standup?jwt=a.b.c#jitsi_meet_external_api_id=${apiId}&jwt=%22a.b.c%22&appData.localStorageContent=null`);
    expect(frame.allow).toBe(FRAME_ALLOW);
    expect(frame.style.width).toBe('640px');
    expect(frame.style.height).toBe('100%');
    api.dispose();
  });

  it('numbers instances from one counter: frame name, hash id and scope agree', async () => {
    const first = embed();
    const second = embed();
    const a = Number(first.api.getIFrame().name.replace('jitsiConferenceFrame', ''));
    expect(second.api.getIFrame().name).toBe(`jitsiConferenceFrame${a + 1}`);
    expect(second.api.getIFrame().src).toContain(`#jitsi_meet_external_api_id=${a + 1}`);
    await vi.advanceTimersByTimeAsync(50);
    expect((second.sentToFrame[0] as { scope: string }).scope).toBe(`jitsi_meet_external_api_${a + 1}`);
    first.api.dispose();
    second.api.dispose();
  });

  it('re-emits wire events under their host names, without the name field, and calls onload on ready', async () => {
    const onload = vi.fn();
    const { api, endpoint } = embed({ onload });
    const joined = vi.fn();
    const kicked = vi.fn();
    const failed = vi.fn();
    const closing = vi.fn();
    api.on('videoConferenceJoined', joined).on('participantKickedOut', kicked).on('errorOccurred', failed).on('readyToClose', closing);
    const meeting = endpoint();
    meeting.sendEvent('video-conference-joined', {
      roomName: 'standup',
      id: 'abcd1234',
      displayName: 'Ann',
      formattedDisplayName: 'Ann (me)',
      breakoutRoom: false,
      visitor: false,
    });
    meeting.sendEvent('participant-kicked-out', { kicked: { id: 'abcd1234', name: 'Ann', local: true }, kicker: { id: 'ffff0000', name: 'Bob' } });
    meeting.sendEvent('error-occurred', { error: { name: 'connection.passwordRequired', message: 'Invalid signature', type: 'CONNECTION', isFatal: false } });
    meeting.sendEvent('video-ready-to-close', {});
    await vi.advanceTimersByTimeAsync(100);
    expect(onload).toHaveBeenCalledTimes(1);
    expect(joined).toHaveBeenCalledWith({
      roomName: 'standup',
      id: 'abcd1234',
      displayName: 'Ann',
      formattedDisplayName: 'Ann (me)',
      breakoutRoom: false,
      visitor: false,
    });
    expect(kicked).toHaveBeenCalledWith({ kicked: { id: 'abcd1234', name: 'Ann', local: true }, kicker: { id: 'ffff0000', name: 'Bob' } });
    expect(failed.mock.calls[0]?.[0]).toEqual({
      error: { name: 'connection.passwordRequired', message: 'Invalid signature', type: 'CONNECTION', isFatal: false },
    });
    expect(closing).toHaveBeenCalledWith({});
    expect(api.getNumberOfParticipants()).toBe(1);
    api.dispose();
    meeting.dispose();
  });

  it('sends commands under their wire names with their arguments, and refuses unknown ones', async () => {
    const { api, endpoint } = embed();
    const kick = vi.fn();
    const hangup = vi.fn();
    const meeting = endpoint();
    meeting.onCommand('kick-participant', kick);
    meeting.onCommand('video-hangup', hangup);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    api.executeCommand('kickParticipant', 'abcd1234');
    api.executeCommands({ hangup: undefined });
    api.executeCommand('selfDestruct');
    await vi.advanceTimersByTimeAsync(100);
    expect(kick).toHaveBeenCalledWith('abcd1234');
    expect(hangup).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('Not supported command name.');
    api.dispose();
    meeting.dispose();
  });

  it('answers requests through the response channel', async () => {
    const { api, endpoint } = embed();
    const meeting = endpoint();
    meeting.onRequest('is-audio-muted', () => true);
    meeting.onRequest('rooms-info', async () => ({ rooms: [{ isMainRoom: true, participants: [] }] }));
    const muted = api.isAudioMuted();
    const rooms = api.getRoomsInfo();
    // Current API.js answers a request it does not handle with the result { error: {} } (see endpoint.ts).
    const unknown = expect(api.getSessionId()).resolves.toEqual({ error: {} });
    await vi.advanceTimersByTimeAsync(100);
    await expect(muted).resolves.toBe(true);
    await expect(rooms).resolves.toEqual({ rooms: [{ isMainRoom: true, participants: [] }] });
    await unknown;
    api.dispose();
    meeting.dispose();
  });

  it('ignores events from another origin', async () => {
    const { api } = embed();
    const joined = vi.fn();
    api.on('ready', joined);
    const frameWindow = api.getIFrame().contentWindow;
    const scope = `jitsi_meet_external_api_${api.getIFrame().name.replace('jitsiConferenceFrame', '')}`;
    const ready = JSON.stringify({ postis: true, scope, method: 'message', params: { type: 'event', data: { name: 'ready' } } });
    window.dispatchEvent(messageEvent(ready, 'https://evil.example', frameWindow));
    window.dispatchEvent(messageEvent(ready, ORIGIN, window));
    await vi.advanceTimersByTimeAsync(0);
    expect(joined).not.toHaveBeenCalled();
    window.dispatchEvent(messageEvent(ready, ORIGIN, frameWindow));
    expect(joined).toHaveBeenCalledTimes(1);
    api.dispose();
  });

  it('dispose removes the iframe, every listener and every timer', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { api, endpoint } = embed();
    const meeting = endpoint();
    const willDispose = vi.fn();
    api.on('_willDispose', willDispose);
    api.on('videoConferenceJoined', () => undefined);
    api.dispose();
    api.dispose();
    expect(willDispose).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(api.listenerCount()).toBe(0);
    const listeners = (spy: typeof added) => spy.mock.calls.filter(([type]) => type === 'message').map(([, fn]) => fn);
    expect(listeners(removed)).toEqual(listeners(added));
    meeting.dispose();
    expect(vi.getTimerCount()).toBe(0);
    await expect(api.isAudioMuted()).rejects.toThrow('No transport backend defined!');
  });

  // external_api.js _setupListeners (internxt/meet-web@8d7bf8f, tracking upstream 2026).
  it('tracks participants as Jitsi does: the others stay listed after a kick, renames and avatars update them', async () => {
    const { api, endpoint } = embed();
    const meeting = endpoint();
    meeting.sendEvent('video-conference-joined', {
      roomName: 'standup',
      id: 'me',
      displayName: 'Ann',
      formattedDisplayName: 'Ann (me)',
      email: 'ann@x',
      visitor: false,
      breakoutRoom: false,
    });
    meeting.sendEvent('participant-joined', { id: 'b', displayName: 'Bob', formattedDisplayName: 'Bob' });
    meeting.sendEvent('participant-joined', { id: 'c', displayName: 'Cy', formattedDisplayName: 'Cy' });
    meeting.sendEvent('display-name-change', { id: 'b', displayname: 'Bobby', formattedDisplayName: 'Bobby' });
    meeting.sendEvent('email-change', { id: 'c', email: 'cy@x' });
    meeting.sendEvent('avatar-changed', { id: 'c', avatarURL: 'https://a/c.png' });
    meeting.sendEvent('participant-kicked-out', { kicked: { id: 'me', name: 'Ann', local: true }, kicker: { id: 'b', name: 'Bobby' } });
    meeting.sendEvent('video-conference-left', { roomName: 'standup' });
    await vi.advanceTimersByTimeAsync(100);
    expect(api.getParticipantsInfo()).toEqual([
      { participantId: 'b', displayName: 'Bobby', formattedDisplayName: 'Bobby' },
      { participantId: 'c', displayName: 'Cy', formattedDisplayName: 'Cy', email: 'cy@x', avatarURL: 'https://a/c.png' },
    ]);
    expect(api.getNumberOfParticipants()).toBe(2);
    expect(api.getDisplayName('b')).toBe('Bobby');
    expect(api.getEmail('c')).toBe('cy@x');
    expect(api.getAvatarURL('c')).toBe('https://a/c.png');
    expect(api.isVisitor()).toBe(false);
    api.dispose();
    meeting.dispose();
  });

  it('breakout-rooms-updated sets the count, video-quality-changed feeds getVideoQuality, stage changes emit largeVideoChanged', async () => {
    const { api, endpoint } = embed();
    const meeting = endpoint();
    const largeVideo = vi.fn();
    const quality = vi.fn();
    api.on('largeVideoChanged', largeVideo).on('videoQualityChanged', quality);
    meeting.sendEvent('video-conference-joined', { roomName: 'standup', id: 'me', displayName: 'Ann', formattedDisplayName: 'Ann (me)' });
    meeting.sendEvent('breakout-rooms-updated', { rooms: { main: { participants: { a: {}, b: {}, c: {} } }, br1: { participants: { d: {} } } } });
    meeting.sendEvent('video-quality-changed', { videoQuality: 360 });
    meeting.sendEvent('on-stage-participant-changed', { id: 'b' });
    meeting.sendEvent('large-video-visibility-changed', { isVisible: true });
    await vi.advanceTimersByTimeAsync(100);
    expect(api.getNumberOfParticipants()).toBe(4);
    expect(api.getVideoQuality()).toBe(360);
    expect(quality).toHaveBeenCalledWith({ videoQuality: 360 });
    expect(largeVideo).toHaveBeenCalledTimes(2);
    expect(largeVideo.mock.calls[0]).toEqual([]);
    expect(api._getOnStageParticipant()).toBe('b');
    api.dispose();
    meeting.dispose();
  });

  it('keeps the meeting storage: local-storage-changed is stored (not emitted, no token kept) and sent back in the next URL', async () => {
    localStorage.clear();
    const first = embed();
    expect(first.api.getIFrame().src).toContain('&appData.localStorageContent=null');
    const meeting = first.endpoint();
    const seen = vi.fn();
    first.api.on('localStorageChanged', seen);
    const content = JSON.stringify({ language: 'de', 'features/base/settings': '{"displayName":"Ann"}' });
    meeting.sendEvent('local-storage-changed', { localStorageContent: content });
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).not.toHaveBeenCalled();
    expect(localStorage.getItem('jitsiLocalStorage')).toBe(content);
    first.api.dispose();
    meeting.dispose();
    const second = embed();
    expect(second.api.getIFrame().src).toContain(`&appData.localStorageContent=${encodeURIComponent(JSON.stringify(content))}`);
    const secondMeeting = second.endpoint();
    secondMeeting.sendEvent('local-storage-changed', { localStorageContent: JSON.stringify({ jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2lnbmF0dXJl' }) });
    await vi.advanceTimersByTimeAsync(100);
    expect(localStorage.getItem('jitsiLocalStorage')).toBe('{}');
    second.api.dispose();
    secondMeeting.dispose();
  });

  it("answers the meeting page's _request-desktop-sources through the host event _requestDesktopSources", async () => {
    const { api, endpoint } = embed();
    const meeting = endpoint();
    api.on('_requestDesktopSources', (request: unknown, respond: (result: unknown, error?: unknown) => void) => {
      expect(request).toEqual({ name: '_requestDesktopSources', options: { types: ['screen'] } });
      respond({ sources: [] });
    });
    const answer = meeting.sendRequest('_request-desktop-sources', { options: { types: ['screen'] } });
    await vi.advanceTimersByTimeAsync(100);
    await expect(answer).resolves.toEqual({ sources: [] });
    api.dispose();
    meeting.dispose();
  });
});
