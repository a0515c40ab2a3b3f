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

/**
 * Starts loading the runtime during a component's first render in a browser (never on the
 * server): an effect would start it only after the first commit, later than the meeting needs it.
 */
export function usePreloadMeetingRuntime(): void {
  useState(() => {
    if (typeof document !== 'undefined') loadMeetingRuntime().catch(() => {});
    return null;
  });
}
