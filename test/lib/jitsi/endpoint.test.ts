import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMeetingEndpoint } from '../../../lib/jitsi/endpoint.js';
import { createTransport } from '../../../lib/jitsi/transport.js';
import { FakeWindow, frames, windowPair } from './harness.js';

describe('createMeetingEndpoint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('talks to the parent in the scope of the hash id and announces ready', async () => {
    const { host, meeting } = windowPair('https://host.example', 'https://meet.example.org/room#jitsi_meet_external_api_id=5');
    const hostSide = createTransport({ scope: 'jitsi_meet_external_api_5', target: meeting, listenOn: host, allowedOrigin: meeting.origin });
    const events = vi.fn(() => true);
    hostSide.onEvent(events);
    const endpoint = createMeetingEndpoint({ window: meeting as unknown as Window });
    expect(endpoint.enabled).toBe(true);
    expect(endpoint.apiId).toBe(5);
    endpoint.sendEvent('video-conference-left', { roomName: 'room' });
    await vi.advanceTimersByTimeAsync(50);
    expect(events.mock.calls).toEqual([[{ name: 'ready' }], [{ roomName: 'room', name: 'video-conference-left' }]]);
    expect(new Set(frames(host.received).map((f) => f.scope))).toEqual(new Set(['jitsi_meet_external_api_5']));
    endpoint.dispose();
    hostSide.dispose();
  });

  it('with a jwt but no api id (the host\'s URL lost it, e.g. a raw room "a?b#c"): enabled, but unscoped, so no host hears it', async () => {
    // modules/transport/index.js sets postis's scope only when API_ID is a number; compare-host showed
    // the real host's URL for room "a?b#c" hides the id in a hash key "c#jitsi_meet_external_api_id".
    const { host, meeting } = windowPair('https://host.example', 'https://meet.example.org/a?b&jwt=x.y.z#c#jitsi_meet_external_api_id=0');
    const hostSide = createTransport({ scope: 'jitsi_meet_external_api_0', target: meeting, listenOn: host, allowedOrigin: meeting.origin });
    const events = vi.fn(() => true);
    hostSide.onEvent(events);
    const endpoint = createMeetingEndpoint({ window: meeting as unknown as Window });
    expect(endpoint.enabled).toBe(true);
    expect(endpoint.apiId).toBe(null);
    endpoint.sendEvent('video-conference-left', { roomName: 'a' });
    await vi.advanceTimersByTimeAsync(200);
    expect(frames(host.received).length).toBeGreaterThan(0);
    expect(frames(host.received).every((f) => !('scope' in f))).toBe(true);
    expect(events).not.toHaveBeenCalled();
    endpoint.dispose();
    hostSide.dispose();
  });

  it('prefers window.opener over window.parent', async () => {
    const { host, meeting } = windowPair();
    const opener = new FakeWindow('https://opener.example');
    meeting.opener = opener;
    const endpoint = createMeetingEndpoint({ window: meeting as unknown as Window });
    await vi.advanceTimersByTimeAsync(50);
    expect(frames(opener.received).length).toBeGreaterThan(0);
    expect(frames(host.received)).toHaveLength(0);
    endpoint.dispose();
  });

  it('is disabled without an api id or token, and when the page is not framed', async () => {
    const alone = new FakeWindow('https://meet.example.org', 'https://meet.example.org/room#jitsi_meet_external_api_id=0');
    const loose = windowPair('https://host.example', 'https://meet.example.org/room');
    for (const win of [alone, loose.meeting]) {
      const endpoint = createMeetingEndpoint({ window: win as unknown as Window });
      expect(endpoint.enabled).toBe(false);
      endpoint.sendEvent('video-ready-to-close', {});
      endpoint.dispose();
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(frames(loose.host.received)).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a failing request handler as an error response', async () => {
    const { host, meeting } = windowPair();
    const hostSide = createTransport({ scope: 'jitsi_meet_external_api_0', target: meeting, listenOn: host, allowedOrigin: meeting.origin });
    const endpoint = createMeetingEndpoint({ window: meeting as unknown as Window });
    endpoint.onRequest('session-id', () => {
      throw new Error('not in a meeting');
    });
    const failed = expect(hostSide.sendRequest({ name: 'session-id' })).rejects.toBe('not in a meeting');
    await vi.advanceTimersByTimeAsync(50);
    await failed;
    endpoint.dispose();
    hostSide.dispose();
    expect(meeting.messageListeners).toBe(0);
  });
});
