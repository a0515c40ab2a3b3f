/**
 * `useExternalApi`: the deployment's IFrame API for one meeting frame, loaded by MeetGate (see
 * lib/jitsi/script-loader.ts) before @jitsi/react-sdk mounts, so the SDK never caches a failure.
 * A failure is reported to the session (the `meeting-unavailable` screen, whose "Try again"
 * mounts a new frame and so loads again); with a fallback API, that one is used and said so.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { externalApiUrl, loadExternalApi, type ScriptFailure, type ScriptResult } from '../lib/jitsi/script-loader.js';
import type { SessionEvent } from '../lib/session/types.js';

/** Failed loads per script address: the next attempt asks the network afresh. */
const failures = new Map<string, number>();
/** The load in flight per script address, shared by the early prefetch and the meeting frame. */
const inflight = new Map<string, Promise<ScriptResult>>();

/**
 * Starts (or joins) the load of `domain`'s external_api.js. A finished load is forgotten: success
 * leaves `window.JitsiMeetExternalAPI` behind, a failure counts, and the next call loads anew.
 */
export function startExternalApiLoad(domain: string, roomName: string, release: string | undefined, timeoutMs: number): Promise<ScriptResult> {
  const win = window as unknown as { JitsiMeetExternalAPI?: unknown; navigator: Navigator };
  const base = externalApiUrl(domain, roomName, release);
  const running = inflight.get(base);
  if (running) return running;
  const url = externalApiUrl(domain, roomName, release, (failures.get(base) ?? 0) + 1);
  const env = { document, window: win, fetch: window.fetch.bind(window), setTimeout: (h: () => void, ms: number) => window.setTimeout(h, ms), clearTimeout: (h: unknown) => window.clearTimeout(h as number) };
  const load = loadExternalApi(url, timeoutMs, env).then((result) => {
    inflight.delete(base);
    if (result.ok) failures.delete(base);
    else {
      failures.set(base, (failures.get(base) ?? 0) + 1);
      console.warn(describeFailure(base, result.failure));
    }
    return result;
  });
  inflight.set(base, load);
  return load;
}

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

/** A developer-console line for a failure (never a token: the script address carries none). */
export function describeFailure(url: string, failure: ScriptFailure): string {
  const why = failure.kind === 'http-error' ? `the server answered ${failure.status ?? 'with an error page'}` : failure.kind === 'timeout' ? `no answer within ${failure.seconds} s` : failure.kind;
  return `MeetGate could not load ${url}: ${why}.`;
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
      // Mounted at once, not in React's next task: JitsiMeeting then creates the meeting iframe
      // within this same task, as it would right after loading the script itself.
      if (live) flushSync(() => setReady(true));
    });
    return () => {
      live = false;
    };
  }, [domain, roomName, release, frameKey, timeoutMs, fallback, report]);
  return ready;
}
