/**
 * Time claims as `luajwtjitsi.lib.lua` `verify` reads them: `exp` and `nbf` are optional; a
 * present one (JSON `null` included) must be a number, except `false`, which Lua treats as
 * absent; they are compared with `os.time()` — whole seconds, no leeway: `os.time() >= exp` and
 * `os.time() < nbf` refuse. `iat` is never checked by Prosody.
 */
import { own, type Json } from '../claims.js';
import type { ValidityReport } from '../types.js';
import type { Findings } from './finding.js';

/** Seconds since 1970 above this are surely milliseconds (1e11 s is the year 5138). */
export const MILLISECONDS_THRESHOLD = 1e11;

/** Tokens meant to live longer than this get a warning. */
export const LONG_LIVED_SECONDS = 24 * 60 * 60;

/** A date for a seconds value, or null when it is out of range for a Date. */
export function toDate(seconds: number | null): Date | null {
  if (seconds === null) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Reads one time claim the way Lua does; reports wrong types (`false` is ignored by Prosody but for iat) and millisecond values. */
function readTime(claims: Json, name: 'iat' | 'nbf' | 'exp', findings: Findings): number | null {
  const value = own(claims, name);
  if (value === undefined) return null;
  if (typeof value !== 'number') {
    const ignored = value === false && name !== 'iat';
    // Prosody refuses "<name> must be number"; it never reads iat.
    findings.add('bad-timestamp', ignored || name === 'iat' ? 'warning' : 'error', name, { value });
    return null;
  }
  if (value > MILLISECONDS_THRESHOLD && Number.isFinite(value)) findings.add('timestamp-milliseconds', 'warning', name, { value });
  return value;
}

/** Checks iat, nbf and exp against `now` (whole seconds, as os.time()); returns the validity part of the report. */
export function checkTimes(claims: Json, now: number, skew: number, findings: Findings): Omit<ValidityReport, 'usable'> {
  const iat = readTime(claims, 'iat', findings);
  const nbf = readTime(claims, 'nbf', findings);
  const exp = readTime(claims, 'exp', findings);
  if (exp === null && own(claims, 'exp') === undefined) findings.add('missing-exp', 'warning', 'exp');
  // Prosody: "Not acceptable by exp (<now - exp> sec since expired, valid for:<exp - iat> sec)".
  if (exp !== null && now >= exp + skew) findings.add('expired', 'error', 'exp', { value: exp, now, iat });
  if (nbf !== null && now + skew < nbf) findings.add('not-yet-valid', 'error', 'nbf', { value: nbf });
  if (iat !== null && iat <= MILLISECONDS_THRESHOLD && iat > now + skew) findings.add('issued-in-future', 'warning', 'iat', { value: iat });
  const start = iat ?? nbf ?? now;
  if (exp !== null && exp <= MILLISECONDS_THRESHOLD && exp - start > LONG_LIVED_SECONDS) findings.add('long-lived', 'warning', 'exp', { seconds: exp - start });
  return {
    issuedAt: toDate(iat),
    notBefore: toDate(nbf),
    expiresAt: toDate(exp),
    secondsRemaining: Number.isFinite(exp) ? Math.floor((exp as number) - now) : null,
  };
}
