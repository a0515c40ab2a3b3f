/**
 * What the cold-start pages record, with `performance.now()` (ms since navigation start): when
 * the page rendered, when the external_api.js script element was added and ran, and when the
 * meeting iframe appeared. Both pages import this first, so they record the same way.
 */

/** The console message that carries a finished load's times. */
export const COLD_DONE = 'meetgate-cold-done';

/** What a cold page records. */
export interface ColdTimes {
  renderAt?: number;
  scriptAt?: number;
  iframeAt?: number;
  /** When the external_api.js script finished loading and ran (its `load` event). */
  apiAt?: number;
  /** When `<SecureMeeting>` mounted its meeting frame (the token check done). */
  frameAt?: number;
}

declare global {
  interface Window {
    __cold: ColdTimes;
    /** Set by the benchmark before the page loads (never in the address). */
    __coldToken: string;
  }
}

/** Starts recording; returns the times object the page fills in and the query it was opened with. */
export function startRecording(): { times: ColdTimes; domain: string; room: string; root: HTMLElement } {
  const times: ColdTimes = {};
  window.__cold = times;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLScriptElement && node.src.includes('external_api.js')) {
          times.scriptAt ??= performance.now();
          node.addEventListener('load', () => (times.apiAt ??= performance.now()));
        }
        if (node instanceof HTMLElement && (node.matches('[data-meetgate-frame]') || node.querySelector('[data-meetgate-frame]'))) {
          times.frameAt ??= performance.now();
        }
        if (node instanceof HTMLIFrameElement && times.iframeAt === undefined) {
          times.iframeAt = performance.now();
          // Told over the console, which the benchmark listens to: polling the page from the test
          // (Playwright's waitForFunction) would inject and run Playwright's own script, ~30 ms of
          // main-thread work, in the middle of the very load being timed. In the next task: the
          // iframe may come within the script's load event, before the page's own listener ran.
          setTimeout(() => console.debug(COLD_DONE, JSON.stringify(times)), 0);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
  const query = new URLSearchParams(window.location.search);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  return { times, domain: query.get('domain') ?? '', room: query.get('room') ?? '', root };
}
