/**
 * The token source contract. Every way a token can reach a meeting — the `token` prop, an async
 * provider, the page link, a parent window, the MeetGate browser extension — implements
 * `TokenSource`, so the session asks them all the same way and new ones plug in unchanged.
 */

/** Why a token is asked for; providers may mint differently (e.g. force a fresh login after a kick). */
export type TokenRequestReason = 'initial' | 'kicked' | 'expiring' | 'rejected' | 'reauth';

/** The well-known kinds of source; extensions of the contract may use their own names. */
export type TokenSourceKind = 'prop' | 'provider' | 'link' | 'post-message' | 'extension';

/** One request for a token. */
export interface TokenRequest {
  /** The room as the host page names it (`team-standup`, or `tenant/room`). */
  room: string;
  /** The Jitsi deployment's domain (`meet.example.org`). */
  domain: string;
  reason: TokenRequestReason;
  /** Aborted when the answer is no longer wanted (unmount, room change, sign-out). */
  signal: AbortSignal;
  /**
   * A provider that fetches the token may pass the response's `Date` header here
   * (`reportDate(response.headers.get('date'))`): MeetGate then judges expiry by the server's clock.
   */
  reportDate?(date: string | null): void;
}

/** A token a source offers without being asked (a new prop value, a parent window's message). */
export interface TokenUpdate {
  token: string;
  /** The room the token is meant for, when the source says so; the session ignores it for other rooms. */
  room?: string;
}

/**
 * A place tokens come from. `request` resolves with a token, or null when this source has none;
 * it rejects only with a `TokenSourceError` (or when `signal` aborts).
 */
export interface TokenSource {
  readonly kind: TokenSourceKind;
  request(request: TokenRequest): Promise<string | null>;
  /** Pushes tokens that arrive on their own. Returns the unsubscribe function. */
  subscribe?(listener: (update: TokenUpdate) => void): () => void;
  /** Drops every token held (sign-out). */
  forget?(): void;
}

/**
 * What the MeetGate browser extension's page bridge implements (see the extension issue):
 * it answers only origins the person allowed, only for the requested deployment, and may
 * push a refreshed token (OIDC refresh) through `subscribe`.
 */
export interface ExtensionTokenSource extends TokenSource {
  readonly kind: 'extension';
}

/** The host page's async function: `({ room, domain, reason, signal }) => token`. Null means "not signed in". */
export type TokenProvider = (request: TokenRequest) => Promise<string | null | undefined>;

/** Why a source failed; never carries the token. */
export type TokenSourceErrorCode = 'timeout' | 'failed' | 'invalid-response';

/** A source's failure, with a message fit for a developer console (no token inside). */
export class TokenSourceError extends Error {
  override name = 'TokenSourceError';
  constructor(
    readonly code: TokenSourceErrorCode,
    message: string,
    readonly source: TokenSourceKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
