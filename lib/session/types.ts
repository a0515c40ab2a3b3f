/**
 * The meeting session's public states and its internal model. A state never holds a raw token:
 * `onStateChange` handlers may log states freely.
 */
import type { RedirectCheck, RedirectRefusal } from '../redirect/check.js';
import type { TokenRequestReason, TokenSourceKind } from '../sources/types.js';
import type { Finding, TokenReport } from '../token/types.js';
import type { ScriptFailure } from '../jitsi/script-loader.js';

/** Every status a meeting session can be in. "Expiring" is a flag of `in-meeting` (see `Expiring`). */
export type MeetingStatus =
  /** Looking for a token (asking the sources, the provider, the extension): nothing is wrong yet. */
  | 'checking'
  | 'needs-token'
  | 'invalid-token'
  | 'joining'
  | 'in-meeting'
  | 'waiting-for-host'
  | 'reconnecting'
  | 'meeting-unavailable'
  | 'kicked'
  | 'rejected'
  | 'ended'
  | 'logged-out';

/** What is known about the token in use. `report.token` is always null here. */
export interface TokenInfo {
  report: TokenReport;
  source: TokenSourceKind;
  /** `verified` only when a key checked the signature (the `verify` option). */
  verification: 'verified' | 'unverified';
}

/** Why Jitsi (Prosody) refused to let the person in, as a stable code for the strings table. */
export type RejectionCode =
  | 'expired'
  | 'not-yet-valid'
  | 'bad-signature'
  | 'untrusted-issuer'
  | 'wrong-audience'
  | 'unreadable-token'
  | 'key-unavailable'
  | 'missing-claim'
  | 'room-mismatch'
  | 'auth-required'
  | 'banned'
  | 'lobby-denied'
  /** The room has as many participants as the deployment allows (Jitsi's `conference.max_users`). */
  | 'meeting-full'
  | 'refused'
  /** An older Jitsi build (no `ready`) said nothing within the join timeout: it may have refused the sign-in silently. */
  | 'no-answer';

/** The places the session may send the person. */
export type RedirectTarget = 'login' | 'logout' | 'after-kick';

/** A quiet message shown along with the state. */
export type Notice =
  | { kind: 'redirect-refused'; target: RedirectTarget; refusal: RedirectRefusal; shown: string }
  | { kind: 'token-source-failed'; sources: TokenSourceKind[] };

/** The token nears its expiry: a fresh one is being fetched, is ready, or cannot be had. */
export interface Expiring {
  phase: 'refreshing' | 'ready' | 'unavailable';
  /** When the current token expires (ms since 1970). */
  expiresAt: number;
}

/** A visible countdown before an automatic redirect. */
export interface Countdown {
  /** Where it leads (origin only, for display). */
  origin: string;
  secondsLeft: number;
}

interface Common {
  room: string;
  domain: string;
  /** Whether a "sign in" action can do anything (a login page or a source that can be asked again). */
  canSignIn: boolean;
  notice: Notice | null;
}

/** Why a token source gave nothing (never a token). */
export interface SourceFailure {
  source: TokenSourceKind;
  code: 'timeout' | 'failed' | 'invalid-response';
  message: string;
}

/** The session's state: one of the statuses with its details. */
export type MeetingState = Common &
  (
    | { status: 'checking' }
    /** No source had a token: the person must sign in (never emitted while still looking; that is `checking`). */
    | {
        status: 'needs-token';
        /** Set when no source said "not signed in" but some failed: the sign-in service is not answering (timeout, error, a value that is not a token). */
        sourceFailure?: SourceFailure[];
      }
    | {
        status: 'invalid-token';
        token: TokenInfo;
        errors: Finding[];
        signatureProblem: string | null;
        /** The site handed the same unusable token again: "Sign in again" would loop, so it is not offered. */
        repeated?: boolean;
      }
    | {
        status: 'joining';
        token: TokenInfo;
        attempt: number;
        lobby: boolean;
        slow: boolean;
        rejoin: boolean;
        /** The meeting page has not answered Jitsi's handshake in time (it did not load: an error page, no network). */
        silent: boolean;
      }
    | {
        status: 'in-meeting';
        token: TokenInfo;
        participantId: string | null;
        serverRole: string | null;
        expiring: Expiring | null;
        /** A fresh token fetched during the meeting and kept for a silent rejoin: the pass the person now holds. */
        renewed: TokenInfo | null;
        /** Participant ids of this same person in another window or tab (same `context.user.id`, or the same name without ids). */
        selfElsewhere?: string[];
      }
    | { status: 'waiting-for-host'; token: TokenInfo; attempt: number; nextCheckAt: number | null; checking: boolean }
    | {
        status: 'reconnecting';
        token: TokenInfo;
        /** Jitsi reported a fatal connection error, or the meeting page stopped answering. */
        cause: 'connection-lost' | 'frame-silent';
        /** Jitsi's own page-reload overlay is at work; MeetGate steps in at `nextAttemptAt`. */
        jitsiReloading: boolean;
        /** MeetGate's own clean remounts so far. */
        attempt: number;
        nextAttemptAt: number | null;
        /** A fresh token is being fetched first (the current one expired or was refused). */
        renewing: boolean;
      }
    | {
        status: 'meeting-unavailable';
        token: TokenInfo;
        /** Why the deployment's `external_api.js` could not be loaded. */
        failure: ScriptFailure;
      }
    | { status: 'kicked'; by: string | null; byModerator: boolean; token: TokenInfo | null; countdown: Countdown | null }
    | { status: 'rejected'; code: RejectionCode; detail: string | null; token: TokenInfo | null; retrying: boolean }
    | {
        status: 'ended';
        token: TokenInfo | null;
        redirectingTo: string | null /** "Rejoin" can work: the token is still good, or a sign-in is possible. */;
        canRejoin: boolean;
        /** `host`: a moderator ended the meeting for everyone (`conference.destroyed`); `self`: this person left. */
        endedBy?: 'self' | 'host';
      }
    | { status: 'logged-out'; redirectingTo: string | null }
  );

/** The state for one status, e.g. `StateOf<'kicked'>`. */
export type StateOf<S extends MeetingStatus> = Extract<MeetingState, { status: S }>;

/** An error Jitsi reported through `errorOccurred`, read defensively from `{ error: {...} }`. */
export interface JitsiError {
  name: string;
  message: string | null;
  params: unknown[];
  type: string | null;
  isFatal: boolean;
}

/** What a person can do on a screen. */
export type UserAction = 'sign-in' | 'retry' | 'rejoin' | 'leave' | 'sign-out' | 'cancel-redirect' | 'go-now';

/** The session's timers; the model keeps their due times, the controller runs them. */
export type TimerName = 'retry' | 'expiry' | 'tick' | 'slow' | 'reconnect' | 'join' | 'close';

/** Everything that moves the session. The controller stamps no time: `now` is a transition argument. */
export type SessionEvent =
  | { type: 'start' }
  | {
      type: 'token-found';
      token: string;
      report: TokenReport;
      source: TokenSourceKind;
      /** The request it answers, or `pushed` when a source offered it unasked. */
      reason: TokenRequestReason | 'pushed';
      requestId: number | null;
      verification: 'verified' | 'unverified' | 'invalid-signature';
      signatureProblem?: string;
      /** Only the local clock refuses it (exp/nbf by minutes) and the deployment's time is unknown: the server decides. */
      clockUnknown?: boolean;
    }
  | { type: 'token-not-found'; reason: TokenRequestReason; requestId: number; failedSources: TokenSourceKind[]; failures?: SourceFailure[] }
  | { type: 'conference-joined'; participantId: string | null }
  /** The meeting page said `ready` (current Jitsi): it reports refusals itself, so no join timeout. */
  | { type: 'page-ready' }
  | { type: 'jitsi-error'; error: JitsiError }
  /** The meeting page of the current frame did not answer Jitsi's handshake in time. */
  | { type: 'frame-silent' }
  /** …and then spoke after all (a slow page). */
  | { type: 'frame-alive' }
  /** The deployment's `external_api.js` could not be loaded for the current frame. */
  | { type: 'script-failed'; failure: ScriptFailure }
  /** The IFrame API is there: from the deployment, MeetGate's bundled fallback, or already on the page. */
  | { type: 'script-loaded'; source: 'deployment' | 'fallback' | 'page'; failure: ScriptFailure | null }
  /** `byModerator`: a participant (not the system) did it, even when no name is known. */
  | { type: 'kicked-out'; by: string | null; byModerator?: boolean }
  | { type: 'participant-joined'; participantId: string; userId: string | null; displayName: string | null; subject: string | null }
  | { type: 'participant-left'; participantId: string }
  | { type: 'conference-left' }
  | { type: 'ready-to-close' }
  | { type: 'role-changed'; participantId: string; role: string }
  | { type: 'timer'; timer: TimerName }
  | { type: 'redirect-refused'; target: RedirectTarget; refusal: RedirectRefusal; shown: string }
  | { type: 'user'; action: UserAction };

/** One-shot side effects the controller carries out. */
export type SessionEffect = { kind: 'redirect'; target: RedirectTarget } | { kind: 'hangup' } | { kind: 'forget-tokens' };

/** The mounted Jitsi meeting: a new `key` means a fresh iframe (the SDK ignores prop changes). */
export interface MeetingFrame {
  key: number;
  token: string;
  /** Mounted but covered (a waiting-for-host check runs behind the waiting screen). */
  hidden: boolean;
}

/** The pure configuration the reducer decides with. */
export interface SessionConfig {
  room: string;
  domain: string;
  /** Some source can be asked again for a different token (provider, parent window, extension). */
  canRefresh: boolean;
  /** The checked redirect targets; null when not configured. */
  redirects: Record<RedirectTarget, RedirectCheck | null>;
  /** Seconds before the automatic redirect after a kick; null for none. */
  afterKickSeconds: number | null;
  /** How long before `exp` a fresh token is fetched. */
  expiringLeadMs: number;
  /** Backoff between waiting-for-host checks. */
  waitingBackoff: { baseMs: number; maxMs: number };
  /** After this long in `joining`, the screen says it is slow and offers to retry. */
  slowJoinMs: number;
  /** After this long in `joining` with a page that never said `ready` (an older Jitsi build), stop waiting; null: never. */
  joinTimeoutMs: number | null;
  /** After a fatal connection error, how long Jitsi's own page reload gets before MeetGate remounts. */
  reconnectGraceMs: number;
  /** Backoff between MeetGate's own remounts while reconnecting. */
  reconnectBackoff: { baseMs: number; maxMs: number };
}

/** The whole internal model. Tokens live here and only here. */
export interface SessionModel {
  state: MeetingState;
  /** The token the meeting uses (or would use). */
  token: string | null;
  tokenInfo: TokenInfo | null;
  /** A fresh token fetched before expiry, kept ready for a silent rejoin. */
  fresh: { token: string; info: TokenInfo } | null;
  /** Tokens the server refused (newest last, a few at most): never offered again. */
  refused: readonly string[];
  /** Tokens the pre-check found unusable (newest last, a few at most): the same one again ends the "sign in again" loop. */
  unusable?: readonly string[];
  /** The error codes of the last unusable token ("room-mismatch"…): the same problem after "sign in again" also ends the loop. */
  unusableCodes?: string;
  frame: MeetingFrame | null;
  frameCount: number;
  /** The token request in flight, if any. */
  request: { id: number; reason: TokenRequestReason } | null;
  requestCount: number;
  /** Due times (ms since 1970) of the timers that should be running. */
  timers: Partial<Record<TimerName, number>>;
  /** Automatic token re-fetches since the last successful join (bounded to avoid loops). */
  recoveries: number;
}

/** A transition's result. */
export interface Transition {
  model: SessionModel;
  effects: SessionEffect[];
}
