/**
 * `useExternalApi`: the deployment's IFrame API for one meeting frame, loaded by MeetGate (see
 * lib/jitsi/script-loader.ts, which retries after a failure where @jitsi/react-sdk would not).
 * A failure is reported to the session (the `meeting-unavailable` screen, whose "Try again"
 * mounts a new frame and so loads again); with a fallback API, that one is used and said so.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { startExternalApiLoad } from './external-api-load.js';
import type { SessionEvent } from '../lib/session/types.js';

/** What the hook needs. */
export interface ExternalApiOptions {
  domain: string;
  roomName: string;
  release?: string;
  /** The frame this load is for (a new frame loads again when the API is still missing). */
  frameKey: string;
  timeoutMs: number;
  /** A JitsiMeetExternalAPI-compatible class to use when the deployment's script cannot be loaded. */
  fallback?: unknown;
  report(event: Extract<SessionEvent, { type: 'script-failed' | 'script-loaded' }>): void;
}

/** True once `window.JitsiMeetExternalAPI` exists for this frame. */
export function useExternalApi({ domain, roomName, release, frameKey, timeoutMs, fallback, report }: ExternalApiOptions): boolean {
  const [ready, setReady] = useState(() => typeof window !== 'undefined' && Boolean((window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI));
  useEffect(() => {
    const win = window as unknown as { JitsiMeetExternalAPI?: unknown; navigator: Navigator };
    if (win.JitsiMeetExternalAPI) {
      setReady(true);
      return undefined;
    }
    let live = true;
    void startExternalApiLoad(domain, roomName, release, timeoutMs).then((result) => {
      if (result.ok) {
        if (live) report({ type: 'script-loaded', source: 'deployment', failure: null });
      } else {
        if (fallback && !win.JitsiMeetExternalAPI) {
          win.JitsiMeetExternalAPI = fallback;
          console.warn('MeetGate: using the bundled IFrame API instead.');
          if (live) report({ type: 'script-loaded', source: 'fallback', failure: result.failure });
        } else if (live) {
          report({ type: 'script-failed', failure: result.failure });
          return;
        }
      }
      // Mounted at once, not in React's next task: JitsiFrame then creates the meeting iframe
      // within this same task, right after the script ran.
      if (live) flushSync(() => setReady(true));
    });
    return () => {
      live = false;
    };
  }, [domain, roomName, release, frameKey, timeoutMs, fallback, report]);
  return ready;
}
