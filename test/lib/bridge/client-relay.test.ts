import { afterEach, describe, expect, it, vi } from 'vitest';
import { ASK_ATTRIBUTE, BRIDGE_CHANNEL, requestExtensionToken, startBridgeRelay, type TokenRequestMessage } from '../../../lib/bridge/index.js';
import { fakeWindow } from './fake-window.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2ln';
const ASK = { domain: 'meet.example.org', tenant: null, room: 'standup' };
const stops: Array<() => void> = [];
afterEach(() => {
  while (stops.length) stops.pop()?.();
});

describe('requestExtensionToken with the relay', () => {
  it('gets the token the extension grants, and cleans up the ask', async () => {
    const page = fakeWindow();
    const seen: TokenRequestMessage[] = [];
    stops.push(
      startBridgeRelay({
        window: page.window,
        ask: async (request) => {
          seen.push(request);
          return { outcome: 'granted', token: TOKEN };
        },
      }),
    );
    const result = await requestExtensionToken({ ...ASK, window: page.window, timeoutMs: 1000 });
    expect(result).toEqual({ outcome: 'granted', token: TOKEN });
    expect(seen).toEqual([expect.objectContaining({ kind: 'token-request', ...ASK })]);
    expect(page.root.getAttribute(ASK_ATTRIBUTE)).toBeNull();
    expect(page.posted.every((post) => post.targetOrigin === 'https://portal.example.org')).toBe(true);
  });

  it('states the ask on <html> while waiting, resends when the relay arrives late, and reports pending once', async () => {
    const page = fakeWindow();
    const onPending = vi.fn();
    const result = requestExtensionToken({ ...ASK, window: page.window, timeoutMs: 2000, pendingAfterMs: 20, onPending });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(JSON.parse(page.root.getAttribute(ASK_ATTRIBUTE) ?? '{}')).toEqual(ASK);
    expect(onPending).toHaveBeenCalledTimes(1);
    stops.push(startBridgeRelay({ window: page.window, ask: async () => ({ outcome: 'denied', message: 'Not allowed.' }) }));
    expect(await result).toEqual({ outcome: 'denied', message: 'Not allowed.' });
  });

  it('says unavailable when nothing answers', async () => {
    const page = fakeWindow();
    await expect(requestExtensionToken({ ...ASK, window: page.window, timeoutMs: 30 })).resolves.toMatchObject({ outcome: 'unavailable' });
    expect(page.root.getAttribute(ASK_ATTRIBUTE)).toBeNull();
  });

  it('ignores answers forged by a framed page or posted from another origin', async () => {
    const page = fakeWindow();
    const result = requestExtensionToken({ ...ASK, window: page.window, timeoutMs: 100 });
    const request = page.posted[0]?.data as TokenRequestMessage;
    const forged = { channel: BRIDGE_CHANNEL, version: 1, kind: 'token-response', id: request.id, outcome: 'granted', token: TOKEN };
    page.deliver(forged, { source: {} });
    page.deliver(forged, { origin: 'https://evil.example' });
    expect(await result).toMatchObject({ outcome: 'unavailable' });
  });

  it('relays only well-formed requests from the page itself', async () => {
    const page = fakeWindow();
    const ask = vi.fn(async () => ({ outcome: 'granted', token: TOKEN }));
    stops.push(startBridgeRelay({ window: page.window, ask }));
    const valid = { channel: BRIDGE_CHANNEL, version: 1, kind: 'token-request', id: 'abcdef0123456789', ...ASK };
    page.deliver(valid, { source: {} });
    page.deliver(valid, { origin: 'https://evil.example' });
    page.deliver({ ...valid, room: '../x' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ask).not.toHaveBeenCalled();
  });

  it('turns a broken background answer into an error, and caps requests in flight', async () => {
    const page = fakeWindow();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    stops.push(
      startBridgeRelay({
        window: page.window,
        maxInFlight: 1,
        ask: async () => {
          await gate;
          return { outcome: 'granted', token: 'garbage' };
        },
      }),
    );
    const first = requestExtensionToken({ ...ASK, window: page.window, timeoutMs: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await requestExtensionToken({ ...ASK, window: page.window, timeoutMs: 1000 });
    expect(second).toEqual({ outcome: 'error', message: 'Too many token requests at once.' });
    release();
    expect(await first).toEqual({ outcome: 'error', message: 'MeetGate gave an unreadable answer.' });
  });

  it('stops listening when aborted, and refuses pages without an origin', async () => {
    const page = fakeWindow();
    const controller = new AbortController();
    const result = requestExtensionToken({ ...ASK, window: page.window, signal: controller.signal });
    controller.abort();
    expect(await result).toEqual({ outcome: 'unavailable', message: 'The request was cancelled.' });
    expect(await requestExtensionToken({ ...ASK, window: fakeWindow('null').window })).toMatchObject({ outcome: 'unavailable' });
  });
});
