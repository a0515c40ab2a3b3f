/**
 * Which Jitsi web app release the simulator's meeting page imitates. `2026`: the current app
 * (`ready`, `errorOccurred`, named kickers). `2021`: the release many self-hosted servers still
 * serve — no `ready`, no `errorOccurred`, kickers by id only, refusals only as error logs and the
 * `static/authError.html` redirect (lib/jitsi/RELEASES.md has the sources).
 */

/** The releases the meeting page can imitate. */
export const JITSI_RELEASES = ['2026', '2021'] as const;

/** One of them. */
export type JitsiRelease = (typeof JITSI_RELEASES)[number];

/** True for a release name the simulator knows. */
export function isJitsiRelease(value: unknown): value is JitsiRelease {
  return typeof value === 'string' && (JITSI_RELEASES as readonly string[]).includes(value);
}

/** The release in force, switchable at run time (tests switch it between scenarios). */
export interface ReleaseSetting {
  get(): JitsiRelease;
  set(release: JitsiRelease): void;
}

/** A setting starting at `initial`. */
export function createReleaseSetting(initial: JitsiRelease = '2026'): ReleaseSetting {
  let release = initial;
  return {
    get: () => release,
    set: (next) => {
      release = next;
    },
  };
}
