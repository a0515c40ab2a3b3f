import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestExtensionToken } from '../../lib/bridge/index.js';
import { startBridgeInPage } from '../../extension/bridge-content.js';
import { fakeWindow } from '../lib/bridge/fake-window.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2ln';

beforeEach(() => fakeBrowser.reset());

describe('the bridge content script', () => {
  it('relays the page request to the background, once per page, and the background answer back', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (value: unknown) => void) => {
      seen.push(message);
      sendResponse({ ok: true, answer: { outcome: 'granted', token: TOKEN } });
      return true;
    });
    const page = fakeWindow();
    expect(startBridgeInPage(page.window)).toBe(true);
    expect(startBridgeInPage(page.window)).toBe(false);
    const result = await requestExtensionToken({ domain: 'meet.example.org', tenant: null, room: 'standup', window: page.window, timeoutMs: 1000 });
    expect(result).toEqual({ outcome: 'granted', token: TOKEN });
    expect(seen).toEqual([{ type: 'bridge-token', request: expect.objectContaining({ domain: 'meet.example.org', room: 'standup' }) }]);
  });

  it('turns a refused background call into an error answer for the page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, kind: 'bad-request', error: 'no' } as never);
    (globalThis as Record<symbol, unknown>)[Symbol.for('meetgate.bridge')] = undefined;
    const page = fakeWindow();
    startBridgeInPage(page.window);
    expect(await requestExtensionToken({ domain: 'meet.example.org', tenant: null, room: 'standup', window: page.window, timeoutMs: 1000 }))
      .toEqual({ outcome: 'error', message: 'MeetGate refused the request.' });
  });
});
