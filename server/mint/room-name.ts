/**
 * Which room names a token may be minted for, and the room claim Prosody compares: the MUC node
 * Jitsi derives from the name (`backendRoomName`: NFKC, lowercase, URL-encoded).
 */
import { backendRoomName } from '../../lib/token/index.js';

/** Characters as people type them; long enough for any real meeting name. */
export const MAX_ROOM_NAME_LENGTH = 128;

/** XMPP limits a JID's local part to 1023 bytes; the encoded name is ASCII, so characters = bytes. */
const MAX_NODE_LENGTH = 1023;

/**
 * Jitsi's own room-name pattern forbids `? & : " ' % #` (`ROOM_NAME_VALIDATE_PATTERN_STR`); `/` and
 * `\` would split the name into tenant and room.
 */
const JITSI_FORBIDDEN = /[?&:"'%#/\\]/;

/** Control characters, lone surrogates, and bidirectional overrides that can disguise a name. */
const INVISIBLE_OR_BROKEN = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;

/** The verdict on a room name: the claim to write, or why the name cannot be used. */
export type RoomNameCheck = { ok: true; claim: string } | { ok: false; reason: string };

/**
 * Checks a specific room name (not the `*` wildcard, which the caller must ask for separately)
 * and returns the room claim Prosody will compare with the MUC room.
 */
export function checkRoomName(room: unknown): RoomNameCheck {
  if (typeof room !== 'string' || room.trim() === '') return { ok: false, reason: 'The room name is missing.' };
  if (room.length > MAX_ROOM_NAME_LENGTH) {
    return { ok: false, reason: `The room name is ${room.length} characters long; at most ${MAX_ROOM_NAME_LENGTH} are accepted.` };
  }
  if (INVISIBLE_OR_BROKEN.test(room)) return { ok: false, reason: 'The room name contains control or invisible characters.' };
  if (JITSI_FORBIDDEN.test(room)) {
    return { ok: false, reason: 'The room name contains a character Jitsi does not allow in room names (? & : " \' % # / \\).' };
  }
  // A room literally called "*" would get the wildcard claim and open every room.
  if (room.trim() === '*') return { ok: false, reason: 'A room cannot be called "*": that claim opens every room.' };
  const claim = backendRoomName(room);
  if (claim.length > MAX_NODE_LENGTH) return { ok: false, reason: 'The room name is too long once Jitsi encodes it.' };
  return { ok: true, claim };
}
