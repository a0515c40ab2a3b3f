/**
 * Loads the meeting runtime (components/runtime/index.ts) once per page. A bundler makes that
 * module a chunk of its own; `loadMeetingRuntime` starts fetching it, and once it has arrived
 * `loadedMeetingRuntime` hands it out synchronously, so later meetings (and re-renders) never wait.
 */
import { useState } from 'react';

/** The runtime module. */
export type MeetingRuntime = typeof import('./index.js');

let loading: Promise<MeetingRuntime> | null = null;
let loaded: MeetingRuntime | null = null;

/** Starts (or joins) loading the runtime. A failed load (the chunk did not arrive) is retried on the next call. */
export function loadMeetingRuntime(): Promise<MeetingRuntime> {
  loading ??= import('./index.js').then(
    (runtime) => (loaded = runtime),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The runtime if it has been loaded, else null. */
export function loadedMeetingRuntime(): MeetingRuntime | null {
  return loaded;
}

/** Starts loading the runtime in a browser (never on the server); a failure is for the next caller to see. */
function preload(): void {
  if (typeof document !== 'undefined') loadMeetingRuntime().catch(() => {});
}

/**
 * Starts loading the runtime during a component's first render (an effect would start it only
 * after the first commit, later than the meeting needs it) — if loading this module did not start it already.
 */
export function usePreloadMeetingRuntime(): void {
  useState(preload);
}

// A page that loads this module is about to render a meeting (or the token card): the runtime's
// download starts now, before React renders anything, so it is not behind the first render's work.
// Nothing here touches `window`; on the server (no `document`) nothing is loaded.
preload();
