/**
 * Starts loading the deployment's `external_api.js` as soon as the meeting mounts, in parallel
 * with the token check: the script does not depend on the token, and waiting for the check first
 * made the meeting frame appear about twice as late as with a bare `<JitsiMeeting>`. The address
 * is the one @jitsi/react-sdk 1.4.4 builds (lib/init.js `fetchExternalApi`:
 * `https://domain/[appId/]external_api.js[?release=]`, appId being the tenant part of
 * `tenant/room`). A page that installed its own `window.JitsiMeetExternalAPI` (MeetGate's
 * extension and demo portal) loads nothing. Only the script is loaded: the meeting iframe still
 * waits for a usable token. The load goes through MeetGate's loader (lib/jitsi/script-loader.ts;
 * issue 16: the SDK's promise would keep a failure for the page's life), and the meeting frame
 * joins this same load.
 */
import { useState } from 'react';
import { startExternalApiLoad } from './external-api-load.js';

/**
 * Loads external_api.js for `domain` during the component's first render in a browser (never on
 * the server). Not in an effect: on a cold page the first render of the whole meeting takes long
 * enough that an effect would start the download ~20 ms later than `JitsiMeeting`'s own. Calling
 * it during render is safe because the loader is idempotent (one load in flight per address).
 */
export function usePrefetchExternalApi(domain: string, roomName: string, release: string | undefined, timeoutMs = 8000): void {
  useState(() => {
    if (typeof document === 'undefined' || (window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI) return null;
    // A failure is reported by the meeting frame, which joins this load (or starts a new one).
    void startExternalApiLoad(domain, roomName, release, timeoutMs);
    return null;
  });
}
