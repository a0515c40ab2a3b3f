/**
 * The viewer's clock against the deployment's. Prosody judges `exp` and `nbf` with its own clock
 * and no leeway, so a viewer whose clock is minutes off would see a valid token called expired
 * (or not yet valid) and a wrong "time left". The offset is estimated from an HTTP `Date` header
 * (by default the host page's own server, which usually mints the tokens: a same-origin HEAD,
 * asked only when a token looks expired or not yet valid by the local clock), and all times are
 * judged with it. When it cannot be known, a refusal by the local clock alone is only a warning:
 * the server decides.
 *
 * Sources, best first (a better one replaces a worse one, never the reverse):
 * 1. the `Date` header of the token endpoint's response, when the provider reports it
 *    (`request.reportDate`): free, already at hand, and from the server that minted the token;
 * 2. the `Date` header of a same-origin HEAD of the host page: one extra request, made only when needed;
 * 3. a fresh token's `iat`, only for a token a provider fetched moments ago (never a pasted, link
 *    or pushed token, which may be old): the issuer's clock at minting, so only a lower bound of
 *    the server's time (issuers may backdate it a few seconds; the provider may have cached the
 *    token), used only when no `Date` header could be had.
 */

/** How an offset was learned; lower is better (see above). */
export const CLOCK_SOURCE = { endpoint: 1, page: 2, iat: 3 } as const;

/** Local clock errors up to this size are treated as possible skew, not as a bad token. */
export const MAX_ASSUMED_SKEW_MS = 15 * 60_000;

/** Reads the server's time as `Date` header text; null when it cannot be had. */
export type ServerDateReader = (signal: AbortSignal) => Promise<string | null>;

/** The estimate, shared by a session's intake and view. */
export interface ClockSync {
  /** Server time minus local time, ms; null while unknown. */
  readonly offsetMs: number | null;
  /** Local time corrected by the offset (local time while unknown). */
  now(): number;
  /** Tries once to learn the offset (later calls wait for the same attempt). */
  settle(signal: AbortSignal): Promise<void>;
  /** Takes an offset found elsewhere, unless one at least as good is known. */
  learn(offsetMs: number | null, rank: number): void;
  /** The local clock, uncorrected. */
  localNow(): number;
}

/** The offset from a `Date` header read between `sentAt` and `receivedAt` (the header has whole seconds). */
export function offsetFromDate(date: string, sentAt: number, receivedAt: number): number | null {
  const server = Date.parse(date);
  if (!Number.isFinite(server) || receivedAt < sentAt) return null;
  return server + 500 - (sentAt + receivedAt) / 2;
}

/**
 * The offset from the `iat` (as ms) of a token fetched between `sentAt` and `receivedAt` (at most
 * 30 s apart): it was minted in that window, at the issuer's `iat`…`iat + 1 s`. Null when absent
 * or beyond the assumed skew.
 */
export function offsetFromIat(issuedAt: number | null | undefined, sentAt: number, receivedAt: number): number | null {
  if (typeof issuedAt !== 'number' || !Number.isFinite(issuedAt) || receivedAt < sentAt || receivedAt - sentAt > 30_000) return null;
  const found = issuedAt + 500 - (sentAt + receivedAt) / 2;
  return Math.abs(found) <= MAX_ASSUMED_SKEW_MS ? found : null;
}

/** A clock sync over `localNow`, learning from `readDate` (none: the local clock is the reference). */
export function createClockSync(localNow: () => number, readDate: ServerDateReader | null): ClockSync {
  let offset: number | null = readDate ? null : 0;
  let rank = readDate ? Infinity : 0;
  let attempt: Promise<void> | null = null;
  const learn = (found: number | null, from: number) => {
    if (found === null || !Number.isFinite(found) || from >= rank) return;
    offset = Math.round(found);
    rank = from;
  };
  return {
    learn,
    localNow,
    get offsetMs() {
      return offset;
    },
    now: () => localNow() + (offset ?? 0),
    settle(signal) {
      if (offset !== null || !readDate) return Promise.resolve();
      attempt ??= (async () => {
        const sentAt = localNow();
        const date = await readDate(signal).catch(() => null);
        const found = date === null ? null : offsetFromDate(date, sentAt, localNow());
        learn(found, CLOCK_SOURCE.page);
        if (offset === null) attempt = null;
      })();
      return attempt;
    },
  };
}

/** The browser's default reader: a same-origin HEAD of this page, bounded to 3 s. */
export function pageDateReader(win: { location: { origin: string; pathname: string }; fetch: typeof fetch }): ServerDateReader {
  return async (signal) => {
    const timeout = AbortSignal.timeout(3000);
    const response = await win.fetch(`${win.location.origin}${win.location.pathname}`, {
      method: 'HEAD',
      cache: 'no-store',
      credentials: 'same-origin',
      signal: AbortSignal.any([signal, timeout]),
    });
    return response.headers.get('date');
  };
}
