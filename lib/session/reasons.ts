/**
 * Turns Jitsi's refusals into plain reasons. Prosody's SASL failure text arrives as the
 * `message` of `connection.passwordRequired` (token/util.lib.lua, luajwtjitsi.lib.lua); a
 * room or domain mismatch arrives as `conference.connectionError.notAllowed` with
 * `params: [type, text]`.
 */
import { cleanText } from './text.js';
import type { JitsiError, RejectionCode } from './types.js';

/** Prosody's messages, most specific first. */
const PROSODY_REASONS: ReadonlyArray<[RegExp, RejectionCode]> = [
  [/not acceptable by exp/i, 'expired'],
  [/not acceptable by nbf/i, 'not-yet-valid'],
  [/invalid signature/i, 'bad-signature'],
  [/could not obtain public key|verification key is missing/i, 'key-unavailable'],
  [/invalid 'iss'/i, 'untrusted-issuer'],
  [/invalid 'aud'/i, 'wrong-audience'],
  [/claim is missing|required context claim/i, 'missing-claim'],
  [/invalid token|invalid header|invalid body|bad token format|invalid typ|incorrect alg|must be number|only support with rs/i, 'unreadable-token'],
  [/token required|authentication required/i, 'auth-required'],
  [/banned/i, 'banned'],
  [/room and token mismatched|room-mismatch|room-name-does-not-match|not allowed/i, 'room-mismatch'],
];

/**
 * Refusals where "Try again" joins anew with the same token, and comes first on the screen: an
 * older build that said nothing in time (it may only be slow) and a full meeting (it may have room later).
 */
export const retriesSameToken = (code: RejectionCode): boolean => code === 'no-answer' || code === 'meeting-full';

/** A refusal: the code and the server's own words (cleaned), if any. */
export interface Refusal {
  code: RejectionCode;
  detail: string | null;
}

/** The code for a server text, with `fallback` when nothing matches. */
function classify(text: string | null, fallback: RejectionCode): RejectionCode {
  if (text === null) return fallback;
  return PROSODY_REASONS.find(([pattern]) => pattern.test(text))?.[1] ?? fallback;
}

/**
 * Reads a token refusal. `tokenExpired` lets a refusal without text (Prosody sends none for
 * `not-authorized` failures) still say "expired" when our own clock agrees.
 */
export function readRefusal(error: JitsiError, tokenExpired: boolean): Refusal {
  if (error.name === 'conference.connectionError.notAllowed') {
    // `[type, text]` since lib-jitsi-meet ec98b020 (May 2024); `[text]` alone from 2d430a18 (Feb 2024), so in jitsi-meet 9364 and 9457.
    const detail = cleanText(error.params.at(-1), 200);
    if (error.params[0] === 'authentication-required') return { code: 'auth-required', detail };
    return { code: classify(detail, 'room-mismatch'), detail };
  }
  const detail = cleanText(error.message, 200);
  return { code: classify(detail, tokenExpired ? 'expired' : 'refused'), detail };
}
