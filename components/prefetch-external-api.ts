/**
 * Starts loading the deployment's `external_api.js` as soon as the meeting mounts, in parallel
 * with the token check: the script does not depend on the token, and waiting for the check first
 * made the meeting frame appear about twice as late as with a bare `<JitsiMeeting>`. It goes
 * through the SDK's own loader (`fetchExternalApi` in @jitsi/react-sdk 1.4.4, lib/init.js), which
 * keeps one script promise per page, so `JitsiMeeting` later reuses this very load, with the same
 * address it would build (`https://domain/[appId/]external_api.js[?release=]`, appId being the
 * tenant part of `tenant/room`). A page that installed its own `window.JitsiMeetExternalAPI`
 * (MeetGate's extension and demo portal) loads nothing. Only the script is loaded: the meeting
 * iframe still waits for a usable token.
 * Issue 16: the load goes through MeetGate's loader (lib/jitsi/script-loader.ts), not the SDK's,
 * whose promise would keep a failure for the page's life; the meeting frame joins this same load.
 */
import { useState } from 'react';
import { startExternalApiLoad } from './external-api-load.js';

/**
 * Loads external_api.js for `domain` during the component's first render in a browser (never on
 * the server). Not in an effect: on a cold page the first render of the whole meeting takes long
 * enough that an effect would start the download ~20 ms later than `JitsiMeeting`'s own. Calling
 * it during render is safe because the SDK's loader is idempotent (one promise per page).
 */
export function usePrefetchExternalApi(domain: string, roomName: string, release: string | undefined, timeoutMs = 8000): void {
  useState(() => {
    if (typeof document === 'undefined' || (window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI) return null;
    // A failure is reported by the meeting frame, which joins this load (or starts a new one).
    void startExternalApiLoad(domain, roomName, release, timeoutMs);
    return null;
  });
}
