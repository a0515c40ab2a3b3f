/**
 * The bridge content script's work: relay the page's token requests to the background and its
 * answers back. Runs only on sites the person allowed (registered) or where they just clicked
 * the toolbar button (injected once); a second injection in the same page is a no-op.
 */
import { browser } from 'wxt/browser';
import { startBridgeRelay } from '../lib/bridge/index.js';
import { readBridgeAnswer } from './messages.js';

const RUNNING = Symbol.for('meetgate.bridge');

/** Starts the relay in this page unless it already runs. Returns whether it started now. */
export function startBridgeInPage(win: Window = window): boolean {
  const scope = globalThis as typeof globalThis & { [RUNNING]?: boolean };
  if (scope[RUNNING]) return false;
  scope[RUNNING] = true;
  startBridgeRelay({
    window: win,
    async ask(request) {
      const response: unknown = await browser.runtime.sendMessage({ type: 'bridge-token', request });
      return readBridgeAnswer(response) ?? { outcome: 'error', message: 'MeetGate refused the request.' };
    },
  });
  return true;
}
