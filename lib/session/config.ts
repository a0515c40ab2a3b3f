/**
 * Turns the options a host page gives into the reducer's pure `SessionConfig`: origin lists are
 * validated (a wildcard throws), and every configured redirect is checked once up front.
 */
import { checkRedirect, type RedirectCheck } from '../redirect/check.js';
import { parseOriginList } from '../redirect/origins.js';
import type { TokenSource } from '../sources/types.js';
import type { RedirectTarget, SessionConfig } from './types.js';

/** Where to send the person, and which origins those places may be on. */
export interface AuthOptions {
  /** The sign-in page; `returnTo` (this page) is appended, or fills a `{returnTo}` placeholder. `{room}` is filled too. */
  loginUrl?: string;
  /** Where to go after hang-up and sign-out (a site page, or an OIDC end-session URL with post_logout_redirect_uri). */
  logoutUrl?: string;
  /** Where the automatic redirect after a kick leads; defaults to `logoutUrl`. */
  afterKickUrl?: string;
  /** Exact origins redirects may lead to, besides this page's own. `*` throws. */
  allowedRedirectOrigins?: readonly string[];
}

/** Timing knobs; the defaults suit real deployments. */
export interface SessionTiming {
  /** Fetch a fresh token this long before `exp` (at most half the token's lifetime). Default 300 s. */
  expiringLeadSeconds?: number;
  /** First and longest delay between waiting-for-host checks. Default 2 s and 30 s. */
  waitingRetrySeconds?: { first?: number; max?: number };
  /** When `joining` counts as slow. Default 20 s. */
  slowJoinSeconds?: number;
  /**
   * How long to wait for an older Jitsi build (one whose page never says `ready`: 2021 era) to let
   * the person in. Such a build tells the page nothing when Prosody refuses the token at login
   * (conference.js `connect()` only shows its own "authentication failed" dialog in the frame),
   * so after this long the meeting gives way to the rejected screen ("did not say why") with
   * Try again. Default 45 s; 0 never gives up. Current builds report refusals and are not timed.
   */
  joinTimeoutSeconds?: number;
  /**
   * After a fatal connection error, how long Jitsi's own page-reload overlay (10–30 s countdown,
   * then a reload with the token in the address) gets before MeetGate remounts the meeting itself.
   * Default 35 s. A "Rejoin now" button is offered from the first second.
   */
  reconnectGraceSeconds?: number;
  /** How long the deployment's `external_api.js` may take to load. Default 8 s. */
  scriptTimeoutSeconds?: number;
  /** The meeting page counts as silent (not loaded) when it has not spoken Jitsi's IFrame protocol this long after loading. Default 8 s. */
  frameWatchdogSeconds?: number;
  /** First and longest wait between MeetGate's own remounts while reconnecting. Default 4 s and 30 s. */
  reconnectRetrySeconds?: { first?: number; max?: number };
}

/** Everything `buildConfig` reads. */
export interface ConfigInput extends SessionTiming {
  domain: string;
  room: string;
  sources: readonly TokenSource[];
  auth?: AuthOptions;
  /** Seconds before the automatic redirect after a kick; unset for none. */
  autoRedirectAfterKickSeconds?: number;
  /** The page's current address (for same-origin checks). */
  pageUrl: string;
}

/** The configured URL for a redirect target. */
export function redirectUrl(auth: AuthOptions | undefined, target: RedirectTarget): string | undefined {
  if (target === 'login') return auth?.loginUrl;
  if (target === 'logout') return auth?.logoutUrl;
  return auth?.afterKickUrl ?? auth?.logoutUrl;
}

/** The join timeout in ms: 45 s by default, null (never) for 0; anything unusable is the default. */
function joinTimeoutMs(seconds: number | undefined): number | null {
  if (seconds === 0) return null;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 45_000;
}

/** Builds the reducer's configuration; throws a `ConfigurationError` for an unusable allow list. */
export function buildConfig(input: ConfigInput): SessionConfig {
  const allowedOrigins = parseOriginList(input.auth?.allowedRedirectOrigins, 'auth.allowedRedirectOrigins');
  const check = (target: RedirectTarget): RedirectCheck | null => {
    const url = redirectUrl(input.auth, target);
    return url === undefined ? null : checkRedirect(url, { allowedOrigins, pageUrl: input.pageUrl });
  };
  const seconds = input.autoRedirectAfterKickSeconds;
  return {
    room: input.room,
    domain: input.domain,
    canRefresh: input.sources.some((source) => source.kind !== 'prop' && source.kind !== 'link'),
    redirects: { login: check('login'), logout: check('logout'), 'after-kick': check('after-kick') },
    afterKickSeconds: typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null,
    expiringLeadMs: (input.expiringLeadSeconds ?? 300) * 1000,
    waitingBackoff: { baseMs: (input.waitingRetrySeconds?.first ?? 2) * 1000, maxMs: (input.waitingRetrySeconds?.max ?? 30) * 1000 },
    slowJoinMs: (input.slowJoinSeconds ?? 20) * 1000,
    joinTimeoutMs: joinTimeoutMs(input.joinTimeoutSeconds),
    reconnectGraceMs: (input.reconnectGraceSeconds ?? 35) * 1000,
    reconnectBackoff: { baseMs: (input.reconnectRetrySeconds?.first ?? 4) * 1000, maxMs: (input.reconnectRetrySeconds?.max ?? 30) * 1000 },
  };
}
