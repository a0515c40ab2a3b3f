/**
 * The options shared by `useMeetingSession` and `<SecureMeeting>`: where tokens come from, where
 * the person may be sent, and how the session is timed.
 */
import type { AuthOptions, SessionTiming } from '../lib/session/config.js';
import type { MeetingEvent } from '../lib/session/describe.js';
import type { TokenVerifier } from '../lib/session/intake.js';
import type { MeetingState } from '../lib/session/types.js';
import type { ProviderOptions } from '../lib/sources/provider.js';
import type { Timers } from '../lib/sources/timers.js';
import type { TokenProvider, TokenSource } from '../lib/sources/types.js';
import type { InspectContext } from '../lib/token/types.js';

/** Options of a meeting session. */
export interface MeetingSessionOptions {
  /** The Jitsi deployment's domain, e.g. `meet.example.org`. */
  domain: string;
  /** The room, as the deployment names it (`team-standup`, or `tenant/room`). */
  roomName: string;
  /** A token the host page already has. A new value rejoins the meeting with it. */
  token?: string | null;
  /**
   * Called for a token: first join, after a kick, ahead of expiry, after a refusal, on "sign in".
   * Resolve null when the person is not signed in. Bounded by a timeout and retried with backoff.
   */
  tokenProvider?: TokenProvider;
  /** Limits for calling `tokenProvider` (timeout, retries, backoff). */
  providerOptions?: Omit<ProviderOptions, 'timers'>;
  /** More sources, e.g. the MeetGate extension bridge. Keep the array stable (memoise it). */
  tokenSources?: readonly TokenSource[];
  /** `"extension"`: also ask the MeetGate browser extension (the person allows each site once in its popup). */
  tokenSource?: 'extension';
  /** Read `?jwt=` / `#jwt=` from this page's address (and remove it from the address bar and history). Default true. */
  tokenFromLink?: boolean;
  /** Exact origins whose parent window or opener may send a token by postMessage. `*` throws. */
  allowedTokenOrigins?: readonly string[];
  /** Sign-in, sign-out and the origins redirects may go to. */
  auth?: AuthOptions;
  /** Redirect automatically this many seconds after a kick (to `auth.afterKickUrl` or `auth.logoutUrl`), with a visible countdown. */
  autoRedirectAfterKickSeconds?: number;
  /** Extra checks for `inspectToken`: expected issuer and audience, tenant, domain verification, clock skew. */
  inspect?: Omit<InspectContext, 'domain' | 'room' | 'now'>;
  /** Checks the signature (e.g. `(t) => verifyToken(t, { jwksUrl })` from `meetgate/token`); the card says "verified" only then. */
  verify?: TokenVerifier;
  /** Timing of expiry refresh, waiting-for-host checks and the slow-join notice. */
  timing?: SessionTiming;
  /**
   * Performs a redirect that passed the origin checks; defaults to `location.assign`. A router's
   * navigate function fits here. It only ever receives checked http(s) URLs.
   */
  navigate?: (url: string) => void;
  /** The clock and timers (tests and simulations); defaults to the real ones. */
  timers?: Timers;
  /** Called with every new state (never holds a raw token) and the previous one. */
  onStateChange?: (state: MeetingState, previous: MeetingState) => void;
  /** Called with every session event, tokens removed. */
  onEvent?: (event: MeetingEvent) => void;
}
