/**
 * Which room names a token may be minted for, and the room claim Prosody compares: the MUC node
 * Jitsi derives from the name (`backendRoomName`: NFKC, lowercase, URL-encoded).
 *
 * The claim, not the name, is what opens a room, so every rule is checked on both: a name that is
 * harmless as typed can become something else once normalised (`＊` and `﹡` become the wildcard
 * `*`, `＇` becomes a quote Jitsi forbids).
 */
import { backendRoomName } from '../../lib/token/index.js';

/** Characters as people type them; long enough for any real meeting name. */
export const MAX_ROOM_NAME_LENGTH = 128;

/** XMPP limits a JID's local part to 1023 bytes; the encoded name is ASCII, so characters = bytes. */
const MAX_NODE_LENGTH = 1023;

/**
 * Jitsi's own room-name pattern forbids `? & : " ' % #` (`ROOM_NAME_VALIDATE_PATTERN_STR`,
 * jitsi/jitsi-meet react/features/base/util/uri.ts); `/` and `\` would split the name into tenant
 * and room; `*` is Prosody's any-room claim (token/util.lib.lua `verify_room`).
 */
const JITSI_FORBIDDEN = /[?&:"'%#/\\*]/;

/** Control characters, lone surrogates, and bidirectional overrides that can disguise a name. */
const INVISIBLE_OR_BROKEN = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;

/**
 * Every character a literal room claim may hold: what `encodeURIComponent` leaves alone (minus
 * `*` and `'`) and percent escapes of lowercase hex. Anything else (`*`, or `[ ] ? + ^ $` that a
 * pattern would need) means the claim is not one specific room.
 */
const LITERAL_CLAIM = /^(?:[a-z0-9\-_.!~()]|%[0-9a-f]{2})+$/;

/** The verdict on a room name: the claim to write, or why the name cannot be used. */
export type RoomNameCheck = { ok: true; claim: string } | { ok: false; reason: string };

/** Whether a room claim names exactly one room: never `*`, never anything a pattern could use. */
export function isLiteralRoomClaim(claim: string): boolean {
  return LITERAL_CLAIM.test(claim);
}

/** The first rule `text` breaks, or null. */
function brokenRule(text: string): string | null {
  if (INVISIBLE_OR_BROKEN.test(text)) return 'The room name contains control or invisible characters.';
  if (JITSI_FORBIDDEN.test(text)) {
    return 'The room name contains a character Jitsi does not allow in room names (? & : " \' % # / \\ *), as typed or once normalised (NFKC).';
  }
  return null;
}

/**
 * Checks a specific room name (not the `*` wildcard, which the caller must ask for separately)
 * and returns the room claim Prosody will compare with the MUC room. A name whose claim would be
 * `*` or a pattern is refused, however it is spelt.
 */
export function checkRoomName(room: unknown): RoomNameCheck {
  if (typeof room !== 'string' || room.trim() === '') return { ok: false, reason: 'The room name is missing.' };
  if (room.length > MAX_ROOM_NAME_LENGTH) {
    return { ok: false, reason: `The room name is ${room.length} characters long; at most ${MAX_ROOM_NAME_LENGTH} are accepted.` };
  }
  if (room.trim() === '*') return { ok: false, reason: 'A room cannot be called "*": that claim opens every room.' };
  const broken = brokenRule(room) ?? brokenRule(room.normalize('NFKC')) ?? brokenRule(room.normalize('NFKC').toLowerCase());
  if (broken) return { ok: false, reason: broken };
  const claim = backendRoomName(room);
  if (claim.length > MAX_NODE_LENGTH) return { ok: false, reason: 'The room name is too long once Jitsi encodes it.' };
  if (!isLiteralRoomClaim(claim)) return { ok: false, reason: 'The room name would give a claim that is not one specific room.' };
  return { ok: true, claim };
}
