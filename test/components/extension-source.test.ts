/**
 * `tokenSource="extension"` loads the bridge on the first request (its own chunk) and then
 * behaves exactly as `createExtensionTokenSource`: the page's window carries the request.
 */
import { afterEach, expect, it } from 'vitest';
import { lazyExtensionTokenSource } from '../../components/extension-source.js';
import { startBridgeRelay } from '../../lib/bridge/index.js';
import { fakeWindow } from '../lib/bridge/fake-window.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2ln';
const stops: Array<() => void> = [];
afterEach(() => {
  while (stops.length) stops.pop()?.();
});

it('asks the extension through the page window once the first token is requested', async () => {
  const page = fakeWindow();
  const asked: string[] = [];
  stops.push(
    startBridgeRelay({ window: page.window, ask: async (message) => (asked.push(`${message.tenant}/${message.room}`), { outcome: 'granted', token: TOKEN }) }),
  );
  const source = lazyExtensionTokenSource(page.window);
  expect(source.kind).toBe('extension');
  expect(asked).toEqual([]);
  expect(await source.request({ domain: 'meet.example.org', room: 'sales/standup', reason: 'initial', signal: new AbortController().signal })).toBe(TOKEN);
  expect(asked).toEqual(['sales/standup']);
});
