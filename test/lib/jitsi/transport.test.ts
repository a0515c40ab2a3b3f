import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTransport, type Transport } from '../../../lib/jitsi/transport.js';
import { frames, windowPair } from './harness.js';

const SCOPE = 'jitsi_meet_external_api_3';

function pair(): { host: Transport; meeting: Transport; meetingWindow: ReturnType<typeof windowPair>['meeting'] } {
  const { host, meeting } = windowPair();
  return {
    host: createTransport({ scope: SCOPE, target: meeting, listenOn: host, allowedOrigin: meeting.origin }),
    meeting: createTransport({ scope: SCOPE, target: host, listenOn: meeting }),
    meetingWindow: meeting,
  };
}

describe('transport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wraps events as {type:"event", data} in postis method "message"', async () => {
    const { host, meeting, meetingWindow } = pair();
    host.sendEvent({ name: 'video-hangup', data: [] });
    await vi.advanceTimersByTimeAsync(50);
    expect(frames(meetingWindow.received, 'message').map((f) => f.params)).toEqual([{ type: 'event', data: { name: 'video-hangup', data: [] } }]);
    host.dispose();
    meeting.dispose();
  });

  it('matches responses to requests by id', async () => {
    const { host, meeting, meetingWindow } = pair();
    meeting.onRequest((data, respond) => {
      respond(`answer to ${String(data.name)}`);
      return true;
    });
    const first = host.sendRequest({ name: 'is-audio-muted' });
    const second = host.sendRequest({ name: 'rooms-info' });
    await vi.advanceTimersByTimeAsync(50);
    await expect(first).resolves.toBe('answer to is-audio-muted');
    await expect(second).resolves.toBe('answer to rooms-info');
    const requests = frames(meetingWindow.received, 'message').map((f) => f.params as { type: string; id: number });
    expect(requests.map((r) => [r.type, r.id])).toEqual([
      ['request', 1],
      ['request', 2],
    ]);
    host.dispose();
    meeting.dispose();
  });

  it('rejects with the error of an error response, or "Unexpected response format!" without either', async () => {
    const { host, meeting } = pair();
    meeting.onRequest((data, respond) => {
      if (data.name === 'bad') respond(undefined, 'nope');
      else respond(undefined);
      return true;
    });
    const bad = expect(host.sendRequest({ name: 'bad' })).rejects.toBe('nope');
    const empty = expect(host.sendRequest({ name: 'empty' })).rejects.toThrow('Unexpected response format!');
    await vi.advanceTimersByTimeAsync(50);
    await bad;
    await empty;
    host.dispose();
    meeting.dispose();
  });

  it('offers events nobody handled to listeners added later', async () => {
    const { host, meeting } = pair();
    const ignoring = vi.fn(() => false);
    host.onEvent(ignoring);
    meeting.sendEvent({ name: 'ready' });
    await vi.advanceTimersByTimeAsync(50);
    expect(ignoring).toHaveBeenCalledTimes(1);
    const late = vi.fn(() => true);
    host.onEvent(late);
    expect(late).toHaveBeenCalledWith({ name: 'ready' });
    const later = vi.fn(() => true);
    host.onEvent(later);
    expect(later).not.toHaveBeenCalled();
    host.dispose();
    meeting.dispose();
  });

  it('dispose leaves no timer and ignores what arrives afterwards', async () => {
    const { host, meeting } = pair();
    const seen = vi.fn(() => true);
    host.onEvent(seen);
    host.dispose();
    meeting.sendEvent({ name: 'ready' });
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).not.toHaveBeenCalled();
    meeting.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
