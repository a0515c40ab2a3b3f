import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPostis, READY_METHOD, type Postis } from '../../../lib/jitsi/postis.js';
import { FakeWindow, frames, windowPair } from './harness.js';

const SCOPE = 'jitsi_meet_external_api_0';

/** Host side (with allowedOrigin, as the external API sets it) and iframe side (without). */
function connectedPair(): { host: FakeWindow; meeting: FakeWindow; hostPostis: Postis; meetingPostis: Postis } {
  const { host, meeting } = windowPair();
  const hostPostis = createPostis({ scope: SCOPE, target: meeting, listenOn: host, allowedOrigin: meeting.origin });
  const meetingPostis = createPostis({ scope: SCOPE, target: host, listenOn: meeting });
  return { host, meeting, hostPostis, meetingPostis };
}

describe('postis', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('posts JSON strings with targetOrigin "*"', () => {
    const target = { postMessage: vi.fn() };
    const postis = createPostis({ scope: SCOPE, target, listenOn: new FakeWindow('https://a.example') });
    vi.advanceTimersByTime(50);
    expect(target.postMessage).toHaveBeenCalledTimes(1);
    const [data, origin] = target.postMessage.mock.calls[0] as [unknown, string];
    expect(origin).toBe('*');
    expect(typeof data).toBe('string');
    expect(JSON.parse(data as string)).toEqual({ postis: true, scope: SCOPE, method: READY_METHOD, params: expect.stringMatching(/^\d{13}(\.\d+)?$/) });
    postis.destroy();
  });

  it('repeats __ready__ every 50 ms until its own id comes back, then flushes the buffer in order', async () => {
    const { host, meeting, hostPostis, meetingPostis } = connectedPair();
    hostPostis.send('message', { n: 1 });
    hostPostis.send('message', { n: 2 });
    expect(frames(meeting.received)).toHaveLength(0);
    expect(hostPostis.ready).toBe(false);

    await vi.advanceTimersByTimeAsync(50);
    expect(hostPostis.ready).toBe(true);
    expect(meetingPostis.ready).toBe(true);
    const delivered = frames(meeting.received, 'message').map((f) => f.params);
    expect(delivered).toEqual([{ n: 1 }, { n: 2 }]);
    // Each side echoed the other's id exactly as received.
    const hostIds = frames(meeting.received, READY_METHOD).map((f) => f.params);
    const meetingIds = frames(host.received, READY_METHOD).map((f) => f.params);
    expect(meetingIds).toContain(hostIds[0]);

    const before = meeting.received.length;
    await vi.advanceTimersByTimeAsync(500);
    expect(frames(meeting.received.slice(before), READY_METHOD)).toHaveLength(0);
    hostPostis.destroy();
    meetingPostis.destroy();
  });

  it('completes the handshake when both ends are made in the same millisecond and draw the same random part', async () => {
    // At today's Date.now() the float keeps ~11 bits of Math.random(): once in ~2,000 pairs two
    // draws give the same string. Forced here: both ends would otherwise take the other's
    // __ready__ for their own echo and never become ready (the old protocol-table flake).
    const random = vi.spyOn(Math, 'random').mockReturnValueOnce(0.25).mockReturnValueOnce(0.25).mockReturnValueOnce(0.75);
    const { host, meeting, hostPostis, meetingPostis } = connectedPair();
    random.mockRestore();
    hostPostis.send('message', { n: 1 });
    await vi.advanceTimersByTimeAsync(50);
    expect(hostPostis.ready).toBe(true);
    expect(meetingPostis.ready).toBe(true);
    expect(frames(meeting.received, 'message').map((f) => f.params)).toEqual([{ n: 1 }]);
    // Two ids went round (each side's own, echoed by the other), both in Jitsi's format.
    const ids = new Set([...frames(meeting.received, READY_METHOD), ...frames(host.received, READY_METHOD)].map((f) => String(f.params)));
    expect(ids.size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^\d{13}\.\d+$/);
    hostPostis.destroy();
    meetingPostis.destroy();
  });

  it("hands a closed channel's id out again (only open channels are kept apart)", () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const target = { postMessage: vi.fn() };
    const first = createPostis({ scope: SCOPE, target, listenOn: new FakeWindow('https://a.example') });
    first.destroy();
    const second = createPostis({ scope: SCOPE, target, listenOn: new FakeWindow('https://a.example') });
    random.mockRestore();
    vi.advanceTimersByTime(50);
    const ids = target.postMessage.mock.calls.map(([data]) => JSON.parse(data as string).params);
    expect(ids).toEqual([`${Date.now() - 50 + 0.5}`]);
    second.destroy();
  });

  it('drops frames from an origin other than allowedOrigin', async () => {
    const host = new FakeWindow('https://host.example');
    const postis = createPostis({ scope: SCOPE, target: null, listenOn: host, allowedOrigin: 'https://meet.example.org' });
    const seen = vi.fn();
    postis.listen('message', seen);
    const frame = JSON.stringify({ postis: true, scope: SCOPE, method: 'message', params: { x: 1 } });
    host.deliver(frame, { origin: 'https://evil.example' });
    host.deliver(frame, { origin: 'https://meet.example.org' });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveBeenCalledTimes(1);
    postis.destroy();
  });

  it('drops frames of another scope, objects instead of strings, and non-postis JSON', async () => {
    const win = new FakeWindow('https://meet.example.org');
    const postis = createPostis({ scope: SCOPE, target: null, listenOn: win });
    const seen = vi.fn();
    postis.listen('message', seen);
    win.deliver(JSON.stringify({ postis: true, scope: 'jitsi_meet_external_api_1', method: 'message', params: 1 }), null);
    win.deliver({ postis: true, scope: SCOPE, method: 'message', params: 2 }, null);
    win.deliver(JSON.stringify({ scope: SCOPE, method: 'message', params: 3 }), null);
    win.deliver('not json', null);
    win.deliver(JSON.stringify({ postis: true, scope: SCOPE, method: 'message', params: 4 }), null);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.mock.calls).toEqual([[4]]);
    postis.destroy();
  });

  it('drops frames whose source is not the expected window', async () => {
    const win = new FakeWindow('https://host.example');
    const frameWindow = { origin: 'https://meet.example.org' };
    const postis = createPostis({ scope: SCOPE, target: null, listenOn: win, expectedSource: () => frameWindow });
    const seen = vi.fn();
    postis.listen('message', seen);
    const frame = JSON.stringify({ postis: true, scope: SCOPE, method: 'message', params: 1 });
    win.deliver(frame, { origin: 'https://meet.example.org' });
    win.deliver(frame, frameWindow);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveBeenCalledTimes(1);
    postis.destroy();
  });

  it('keeps frames that arrive before a listener and replays them to it', async () => {
    const win = new FakeWindow('https://meet.example.org');
    const postis = createPostis({ scope: SCOPE, target: null, listenOn: win });
    win.deliver(JSON.stringify({ postis: true, scope: SCOPE, method: 'later', params: 'early' }), null);
    await vi.advanceTimersByTimeAsync(0);
    const seen = vi.fn();
    postis.listen('later', seen);
    expect(seen).toHaveBeenCalledWith('early');
    postis.destroy();
  });

  it('ignores prototype-poisoning keys in a frame', async () => {
    const win = new FakeWindow('https://meet.example.org');
    const postis = createPostis({ scope: SCOPE, target: null, listenOn: win });
    const seen = vi.fn();
    postis.listen('message', seen);
    win.deliver(`{"postis":true,"scope":"${SCOPE}","method":"message","params":{"__proto__":{"polluted":true},"ok":1}}`, null);
    await vi.advanceTimersByTimeAsync(0);
    const params = seen.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(params).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    postis.destroy();
  });

  it('destroy stops the timer, removes the listener and forgets buffered sends', async () => {
    const { host, meeting, hostPostis, meetingPostis } = connectedPair();
    meetingPostis.destroy();
    hostPostis.send('message', 'never');
    hostPostis.destroy();
    expect(vi.getTimerCount()).toBe(0);
    expect(host.messageListeners).toBe(0);
    expect(meeting.messageListeners).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(frames(meeting.received, 'message')).toHaveLength(0);
  });
});
