/**
 * Loading the deployment's external_api.js once per address, shared by the early prefetch (at the
 * meeting's first render, part of the component's entry) and the meeting frame's `useExternalApi`
 * (in the meeting runtime). See lib/jitsi/script-loader.ts.
 */
import { externalApiUrl, loadExternalApi, type ScriptFailure, type ScriptResult } from '../lib/jitsi/script-loader.js';

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
  const env = {
    document,
    window: win,
    // Looked up when used: a page (or a test DOM) without fetch still renders.
    fetch: (input: RequestInfo | URL, init?: RequestInit) => window.fetch(input, init),
    setTimeout: (h: () => void, ms: number) => window.setTimeout(h, ms),
    clearTimeout: (h: unknown) => window.clearTimeout(h as number),
  };
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

/** What the page's admin must change for a `blocked` script. */
const unblock = (url: string, directive: string): string =>
  directive === 'trusted-types' ? 'add meetgate to its trusted-types directive' : `allow ${new URL(url).origin} in script-src`;

/** A developer-console line for a failure (never a token: the script address carries none). */
export function describeFailure(url: string, failure: ScriptFailure): string {
  const why =
    failure.kind === 'http-error'
      ? `the server answered ${failure.status ?? 'with an error page'}`
      : failure.kind === 'timeout'
        ? `no answer within ${failure.seconds} s`
        : failure.kind === 'blocked'
          ? `this page's Content-Security-Policy (${failure.directive}) refused it; ${unblock(url, failure.directive)}`
          : failure.kind;
  return `MeetGate could not load ${url}: ${why}.`;
}
