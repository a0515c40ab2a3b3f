import { afterEach, describe, expect, it } from 'vitest';
import { createExtensionTokenSource, startBridgeRelay, type TokenRequestMessage } from '../../../lib/bridge/index.js';
import { isTokenSource, TokenSourceError, type TokenRequest } from '../../../lib/sources/index.js';
import { fakeWindow } from './fake-window.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2ln';
const stops: Array<() => void> = [];
afterEach(() => {
  while (stops.length) stops.pop()?.();
});

function request(room: string, signal = new AbortController().signal): TokenRequest {
  return { domain: 'Meet.Example.org', room, reason: 'initial', signal };
}

describe('createExtensionTokenSource', () => {
  it('is a TokenSource of kind extension that resolves with the granted token', async () => {
    const page = fakeWindow();
    const seen: TokenRequestMessage[] = [];
    stops.push(
      startBridgeRelay({
        window: page.window,
        ask: async (message) => {
          seen.push(message);
          return { outcome: 'granted', token: TOKEN };
        },
      }),
    );
    const source = createExtensionTokenSource({ window: page.window, timeoutMs: 1000 });
    expect(isTokenSource(source)).toBe(true);
    expect(source.kind).toBe('extension');
    expect(await source.request(request('sales/standup'))).toBe(TOKEN);
    expect(seen[0]).toMatchObject({ domain: 'meet.example.org', tenant: 'sales', room: 'standup' });
  });

  it('resolves null when the extension has no token, so the session asks the person to sign in', async () => {
    const page = fakeWindow();
    stops.push(startBridgeRelay({ window: page.window, ask: async () => ({ outcome: 'no-token', message: 'Sign in first.' }) }));
    expect(await createExtensionTokenSource({ window: page.window }).request(request('standup'))).toBeNull();
  });

  it("rejects with the extension's reason when the site is not allowed, and with a timeout when nothing answers", async () => {
    const page = fakeWindow();
    stops.push(startBridgeRelay({ window: page.window, ask: async () => ({ outcome: 'denied', message: 'This site is not allowed.' }) }));
    await expect(createExtensionTokenSource({ window: page.window }).request(request('standup'))).rejects.toMatchObject({
      name: 'TokenSourceError',
      code: 'failed',
      source: 'extension',
      message: 'This site is not allowed.',
    });
    const silent = createExtensionTokenSource({ window: fakeWindow().window, timeoutMs: 20 });
    const error = await silent.request(request('standup')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenSourceError);
    expect(error).toMatchObject({ code: 'timeout' });
  });

  it('rejects with the abort reason when the session no longer wants the answer', async () => {
    const controller = new AbortController();
    const pending = createExtensionTokenSource({ window: fakeWindow().window }).request(request('standup', controller.signal));
    controller.abort(new Error('unmounted'));
    await expect(pending).rejects.toThrow('unmounted');
  });
});
