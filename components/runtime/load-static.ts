/**
 * components/runtime/load.ts for a build that ships as one file (`meetgate-meeting.js`,
 * scripts/web-component.mjs): the runtime is imported statically, so it is there from the start,
 * and esbuild adds no lazy-initialisation wrappers for an `import()` it would bundle inline anyway.
 */
import * as runtime from './index.js';

/** The runtime module. */
export type MeetingRuntime = typeof runtime;

/** The runtime, at once. */
export function loadMeetingRuntime(): Promise<MeetingRuntime> {
  return Promise.resolve(runtime);
}

/** The runtime (always loaded here). */
export function loadedMeetingRuntime(): MeetingRuntime | null {
  return runtime;
}

/** Nothing to preload. */
export function usePreloadMeetingRuntime(): void {}
