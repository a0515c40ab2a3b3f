/**
 * Time claims as `luajwtjitsi.lib.lua` `verify` reads them: `exp` and `nbf` are optional; a
 * present one (JSON `null` included) must be a number, except `false`, which Lua treats as
 * absent; they are compared with `os.time()` — whole seconds, no leeway: `os.time() >= exp` and
 * `os.time() < nbf` refuse. `iat` is never checked by Prosody.
 */
import { own, quote, type Json } from '../claims.js';
import { formatDateTime } from '../../time/format.js';
import type { ValidityReport } from '../types.js';
import type { Findings } from './finding.js';

/** Seconds since 1970 above this are surely milliseconds (1e11 s is the year 5138). */
const MILLISECONDS_THRESHOLD = 1e11;

/** Tokens meant to live longer than this get a warning. */
export const LONG_LIVED_SECONDS = 24 * 60 * 60;

const WORDS = { iat: 'issued-at time (iat)', nbf: 'start time (nbf)', exp: 'expiry (exp)' } as const;

/** A date for a seconds value, or null when it is out of range for a Date. */
function toDate(seconds: number | null): Date | null {
  if (seconds === null) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A claim's time in the reader's locale and time zone. */
function when(seconds: number): string {
  const date = toDate(seconds);
  return date ? formatDateTime(date) : 'an invalid date';
}

/** Reads one time claim the way Lua does; reports wrong types and millisecond values. */
function readTime(claims: Json, name: keyof typeof WORDS, findings: Findings): number | null {
  const value = own(claims, name);
  if (value === undefined) return null;
  if (value === false && name !== 'iat') {
    findings.add(
      'bad-timestamp',
      'warning',
      name,
      `The ${WORDS[name]} is false; Prosody ignores it, as if it were absent.`,
      'Use seconds since 1970, or leave the claim out.',
    );
    return null;
  }
  if (typeof value !== 'number') {
    if (name === 'iat') {
      findings.add('bad-timestamp', 'warning', name, `The ${WORDS[name]} is ${quote(value)}, not a number of seconds.`, 'Use Math.floor(Date.now() / 1000).');
    } else {
      findings.refuse(
        'bad-timestamp',
        name,
        `The ${WORDS[name]} is ${quote(value)}, not a number of seconds.`,
        `${name} must be number`,
        'Use seconds since 1970: Math.floor(Date.now() / 1000).',
      );
    }
    return null;
  }
  if (value > MILLISECONDS_THRESHOLD && Number.isFinite(value)) {
    const effect = { nbf: 'Prosody refuses the token for millennia.', exp: 'The token never expires.', iat: '' }[name];
    const year = toDate(value)?.getUTCFullYear();
    findings.add(
      'timestamp-milliseconds',
      'warning',
      name,
      `The ${WORDS[name]} is ${year ? `in the year ${year}` : 'beyond any real date'} — this looks like milliseconds.${effect ? ` ${effect}` : ''}`,
      'JWT times are seconds: divide by 1000 (PHP: time()).',
    );
  }
  return value;
}

/** Checks iat, nbf and exp against `now` (whole seconds, as os.time()); returns the validity part of the report. */
export function checkTimes(claims: Json, now: number, skew: number, findings: Findings): Omit<ValidityReport, 'usable'> {
  const iat = readTime(claims, 'iat', findings);
  const nbf = readTime(claims, 'nbf', findings);
  const exp = readTime(claims, 'exp', findings);
  if (exp === null && own(claims, 'exp') === undefined) {
    findings.add('missing-exp', 'warning', 'exp', 'The token has no exp: it never expires.', 'Prosody accepts it, but a leak works forever. Add exp.');
  }
  if (exp !== null && now >= exp + skew) {
    const validFor = iat !== null ? `, valid for:${exp - iat} sec` : '';
    findings.refuse(
      'expired',
      'exp',
      `The token expired on ${when(exp)}.`,
      `Not acceptable by exp (${now - exp} sec since expired${validFor})`,
      'Get a fresh token; if new ones expire at once, check the clocks.',
    );
  }
  if (nbf !== null && now + skew < nbf) {
    findings.refuse(
      'not-yet-valid',
      'nbf',
      `The token is not valid before ${when(nbf)}.`,
      'Not acceptable by nbf',
      'Wait, or issue it with an earlier nbf (Prosody allows no drift).',
    );
  }
  if (iat !== null && iat <= MILLISECONDS_THRESHOLD && iat > now + skew) {
    findings.add('issued-in-future', 'warning', 'iat', `The token is issued in the future (${when(iat)}).`, "The issuer's clock is ahead: sync it with NTP.");
  }
  const start = iat ?? nbf ?? now;
  if (exp !== null && exp <= MILLISECONDS_THRESHOLD && exp - start > LONG_LIVED_SECONDS) {
    findings.add(
      'long-lived',
      'warning',
      'exp',
      `The token is valid for ${Math.round((exp - start) / 3600)} hours.`,
      'Prosody checks exp only on connect, so keep tokens short (minutes to hours).',
    );
  }
  return {
    issuedAt: toDate(iat),
    notBefore: toDate(nbf),
    expiresAt: toDate(exp),
    secondsRemaining: exp === null || !Number.isFinite(exp) ? null : Math.floor(exp - now),
  };
}
