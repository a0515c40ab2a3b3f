/**
 * The viewer's clock against the deployment's. Prosody judges `exp` and `nbf` with its own clock
 * and no leeway, so a viewer whose clock is minutes off would see a valid token called expired
 * (or not yet valid) and a wrong "time left". The offset is estimated from an HTTP `Date` header
 * (by default the host page's own server, which usually mints the tokens: a same-origin HEAD,
 * asked only when a token looks expired or not yet valid by the local clock), and all times are
 * judged with it. When it cannot be known, a refusal by the local clock alone is only a warning:
 * the server decides.
 */

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
}

/** The offset from a `Date` header read between `sentAt` and `receivedAt` (the header has whole seconds). */
export function offsetFromDate(date: string, sentAt: number, receivedAt: number): number | null {
  const server = Date.parse(date);
  if (!Number.isFinite(server) || receivedAt < sentAt) return null;
  return server + 500 - (sentAt + receivedAt) / 2;
}

/** A clock sync over `localNow`, learning from `readDate` (none: the local clock is the reference). */
export function createClockSync(localNow: () => number, readDate: ServerDateReader | null): ClockSync {
  let offset: number | null = readDate ? null : 0;
  let attempt: Promise<void> | null = null;
  return {
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
        if (found !== null) offset = Math.round(found);
        else attempt = null;
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
