/**
 * The cold-start benchmark page: renders either a bare `<JitsiMeeting>` (mode=jitsi) or
 * `<SecureMeeting>` (mode=secure) with the same token, and records, with `performance.now()`,
 * when it rendered, when the external_api.js script element was added and when the meeting
 * iframe appeared. One bundle serves both modes, so the page itself costs the same.
 */
import { JitsiMeeting } from '@jitsi/react-sdk';
import { createRoot } from 'react-dom/client';
import { SecureMeeting } from '../../components/index.js';

/** What the page records (ms since navigation start). */
export interface ColdTimes {
  renderAt?: number;
  scriptAt?: number;
  iframeAt?: number;
  /** When `window.JitsiMeetExternalAPI` was defined (the script ran). */
  apiAt?: number;
  /** When `<SecureMeeting>` mounted its `JitsiMeeting` (the token check done). */
  frameAt?: number;
}

declare global {
  interface Window {
    __cold: ColdTimes;
    /** Set by the benchmark before the page loads (never in the address). */
    __coldToken: string;
  }
}

const times: ColdTimes = {};
window.__cold = times;
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof HTMLScriptElement && node.src.includes('external_api.js')) {
        times.scriptAt ??= performance.now();
        node.addEventListener('load', () => (times.apiAt ??= performance.now()));
      }
      if (node instanceof HTMLElement && node.querySelector('[data-meetgate-frame]')) times.frameAt ??= performance.now();
      if (node instanceof HTMLElement && node.matches('[data-meetgate-frame]')) times.frameAt ??= performance.now();
      if (node instanceof HTMLIFrameElement) times.iframeAt ??= performance.now();
    }
  }
}).observe(document, { childList: true, subtree: true });

const query = new URLSearchParams(window.location.search);
const domain = query.get('domain') ?? '';
const room = query.get('room') ?? '';
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
times.renderAt = performance.now();
createRoot(root).render(
  query.get('mode') === 'jitsi' ? (
    <JitsiMeeting domain={domain} roomName={room} jwt={window.__coldToken} />
  ) : (
    <SecureMeeting domain={domain} roomName={room} token={window.__coldToken} tokenFromLink={false} />
  ),
);
