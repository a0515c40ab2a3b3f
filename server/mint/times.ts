/**
 * `iat`, `nbf` and `exp` in whole seconds, as Prosody compares them with `os.time()` and no leeway.
 * `nbf` is written only when asked for: an `nbf` of "now" fails on a server whose clock lags.
 */
import { ABSOLUTE_MAX_TTL_SECONDS, DEFAULT_TTL_SECONDS, MAX_TTL_SECONDS, parseDuration } from './duration.js';
import { MintError } from './errors.js';

/** The time claims, and the moment the inspector should judge the token at. */
export interface TokenTimes {
  iat: number;
  nbf?: number;
  exp: number;
  /** `max(now, nbf)` in milliseconds: a token for a later meeting is judged when it starts. */
  judgeAt: number;
}

/** Milliseconds before this (2001-09-09) are surely seconds passed by mistake. */
const SECONDS_MISTAKE_BELOW_MS = 1e12;

/** Milliseconds for a Date or a millisecond count; a `MintError` for anything else. */
function millis(value: Date | number, option: string): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new MintError('invalid-time', `${option} is not a valid time.`, 'Pass a Date or milliseconds since 1970 (Date.now()).');
  }
  if (ms < SECONDS_MISTAKE_BELOW_MS) {
    throw new MintError(
      'invalid-time',
      `${option} looks like seconds, or a date before 2001.`,
      'Pass a Date or milliseconds (Date.now()); MeetGate writes seconds into the token itself.',
    );
  }
  return ms;
}

/** Resolves the lifetime, refusing what is too long unless `allowLongLived` is set. */
export function resolveTtl(ttl: number | string | undefined, allowLongLived: boolean | undefined): number {
  const seconds = ttl === undefined ? DEFAULT_TTL_SECONDS : parseDuration(ttl);
  if (seconds === null || seconds > ABSOLUTE_MAX_TTL_SECONDS) {
    throw new MintError(
      'invalid-ttl',
      'ttl must be a positive whole number of seconds or a duration such as "15m", "1h", "1d", at most a year.',
      'A number is seconds; write "1h" for an hour.',
    );
  }
  if (seconds > MAX_TTL_SECONDS && !allowLongLived) {
    throw new MintError(
      'ttl-too-long',
      `A lifetime of ${Math.round(seconds / 3600)} hours is above the 24 hours allowed by default.`,
      'Mint a fresh token per meeting instead; if you must, pass allowLongLived: true. Prosody checks exp only when someone connects.',
    );
  }
  return seconds;
}

/** Computes the time claims: `exp` counts from `nbf` when one is given, else from now. */
export function resolveTimes(options: { now?: Date | number; notBefore?: Date | number; ttl?: number | string; allowLongLived?: boolean }): TokenTimes {
  const ttl = resolveTtl(options.ttl, options.allowLongLived);
  const nowMs = options.now === undefined ? Date.now() : millis(options.now, 'now');
  const iat = Math.floor(nowMs / 1000);
  if (options.notBefore === undefined) return { iat, exp: iat + ttl, judgeAt: nowMs };
  const nbfMs = millis(options.notBefore, 'notBefore');
  const nbf = Math.floor(nbfMs / 1000);
  return { iat, nbf, exp: Math.max(nbf, iat) + ttl, judgeAt: Math.max(nowMs, nbfMs) };
}
