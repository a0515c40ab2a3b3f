import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestExtensionToken } from '../../lib/bridge/index.js';
import { ANSWERED, startBridgeInPage } from '../../extension/bridge-content.js';
import { fakeWindow } from '../lib/bridge/fake-window.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2ln';
const scope = globalThis as Record<symbol, unknown>;

/** A background that answers bridge-hello with `allowed` and every token request with a token. */
function background(allowed: boolean): unknown[] {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (value: unknown) => void) => {
    seen.push(message);
    const type = (message as { type?: string }).type;
    sendResponse(type === 'bridge-hello' ? { ok: true, allowed } : { ok: true, answer: { outcome: 'granted', token: TOKEN } });
    return true;
  });
  return seen;
}

beforeEach(() => {
  fakeBrowser.reset();
  scope[Symbol.for('meetgate.bridge')] = undefined;
  scope[ANSWERED] = undefined;
});

describe('the bridge content script', () => {
  it('relays the page request to the background, once per page, and the background answer back', async () => {
    const seen = background(true);
    const page = fakeWindow();
    expect(await startBridgeInPage(page.window)).toBe(true);
    expect(await startBridgeInPage(page.window)).toBe(false);
    const result = await requestExtensionToken({ domain: 'meet.example.org', tenant: null, room: 'standup', window: page.window, timeoutMs: 1000 });
    expect(result).toEqual({ outcome: 'granted', token: TOKEN });
    expect(seen).toEqual([
      { type: 'bridge-hello' },
      { type: 'bridge-token', request: expect.objectContaining({ domain: 'meet.example.org', room: 'standup' }) },
    ]);
  });

  it('reveals nothing to a page whose exact origin was not allowed: no ready message, no reply, no marker (issue 9)', async () => {
    background(false);
    const page = fakeWindow('https://portal.example.org:8443');
    expect(await startBridgeInPage(page.window)).toBe(false);
    page.deliver({
      channel: 'meetgate-bridge',
      version: 1,
      kind: 'token-request',
      id: 'abcdef0123456789',
      domain: 'meet.example.org',
      tenant: null,
      room: 'standup',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.posted.filter((entry) => (entry.data as { kind?: string }).kind !== 'token-request')).toEqual([]);
    expect([...page.root.attributes.keys()]).toEqual([]);
  });

  it('starts where the person just answered from the toolbar, even to say no', async () => {
    background(false);
    const page = fakeWindow('https://portal.example.org:8443');
    scope[ANSWERED] = 'https://portal.example.org:8443';
    expect(await startBridgeInPage(page.window)).toBe(true);
    scope[ANSWERED] = undefined;
    scope[Symbol.for('meetgate.bridge')] = undefined;
    scope[ANSWERED] = 'https://portal.example.org';
    expect(await startBridgeInPage(fakeWindow('https://portal.example.org:8443').window)).toBe(false);
  });

  it('turns a refused background call into an error answer for the page', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ ok: true, allowed: true } as never).mockResolvedValue({ ok: false, kind: 'bad-request', error: 'no' } as never);
    const page = fakeWindow();
    await startBridgeInPage(page.window);
    expect(await requestExtensionToken({ domain: 'meet.example.org', tenant: null, room: 'standup', window: page.window, timeoutMs: 1000 })).toEqual({
      outcome: 'error',
      message: 'MeetGate refused the request.',
    });
  });
});
