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

/** How the deployment is set up besides its release. */
export interface ReleaseOptions {
  /**
   * config.js `logging.disableLogCollector` inverted (default true). A 2021 app installs the
   * transport that forwards log lines to the host (`apiLogLevels`) only with the log collector
   * (jitsi/jitsi-meet react/features/base/logging/middleware.js `_initLogging`, 2021), so with it
   * off, as many deployments set it, a 2021 page tells its host nothing at all about refusals.
   */
  logCollector?: boolean;
}

/** The release in force, switchable at run time (tests switch it between scenarios). */
export interface ReleaseSetting {
  get(): JitsiRelease;
  set(release: JitsiRelease, options?: ReleaseOptions): void;
  /** Whether the log collector is on (see `ReleaseOptions`). */
  logCollector(): boolean;
}

/** A setting starting at `initial`. */
export function createReleaseSetting(initial: JitsiRelease = '2026'): ReleaseSetting {
  let release = initial;
  let collector = true;
  return {
    get: () => release,
    set: (next, options = {}) => {
      release = next;
      collector = options.logCollector !== false;
    },
    logCollector: () => collector,
  };
}
