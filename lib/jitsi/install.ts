/**
 * Hands MeetGateExternalAPI to a page's meeting frames: `<SecureMeeting>`, like @jitsi/react-sdk,
 * uses `window.JitsiMeetExternalAPI` when it exists and only otherwise loads
 * `https://<domain>/external_api.js` (the SDK caches that choice for the page's life), so this must
 * run before the first meeting renders. An MV3 extension page needs it: remote scripts are
 * forbidden there.
 */
import { MeetGateExternalAPI } from './external-api.js';

/** A window, or anything with the global the SDK reads. */
export interface ExternalApiHost {
  JitsiMeetExternalAPI?: unknown;
}

/** Installs MeetGateExternalAPI as `JitsiMeetExternalAPI`; returns a function that restores what was there. */
export function installExternalApi(host: ExternalApiHost = window as unknown as ExternalApiHost): () => void {
  const had = Object.hasOwn(host, 'JitsiMeetExternalAPI');
  const previous = host.JitsiMeetExternalAPI;
  host.JitsiMeetExternalAPI = MeetGateExternalAPI;
  return () => {
    if (had) host.JitsiMeetExternalAPI = previous;
    else delete host.JitsiMeetExternalAPI;
  };
}
