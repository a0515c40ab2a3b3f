/**
 * A cheap structural check for tokens arriving from outside (messages, pushes): three base64url
 * parts and a bounded length. Decoding and every claim check stay with `inspectToken`.
 */
import { MAX_TOKEN_LENGTH } from '../token/extract.js';

const COMPACT_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** True for a string that looks like a compact JWS no longer than MeetGate accepts. */
export function isCompactToken(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TOKEN_LENGTH && COMPACT_JWT.test(value);
}

export { MAX_TOKEN_LENGTH };
