/**
 * What Prosody decides when a verified session joins a room (research/jitsi-facts.md §4.5–§4.8):
 * the MUC room node the web client derives from the URL, `verify_room`'s room and `sub` rules,
 * and `mod_token_affiliation`'s owner/member decision. Independent of lib/token on purpose.
 */
import type { TokenSession } from './prosody-token.js';

/** The room as the MUC sees it. */
export interface RoomTarget {
  /** Lowercased tenant (`/<tenant>/<room>` URLs), or null. */
  tenant: string | null;
  /** The MUC node: lowercase, URI-encoded room name. */
  node: string;
}

/** `mod_token_verification`'s default refusal text. */
export const ROOM_MISMATCH_TEXT = 'Room and token mismatched';

/** The MUC affiliation a token earns. */
export type Affiliation = 'owner' | 'member' | 'none';

/** The client's `getBackendSafeRoomName`: decode, NFKC, lowercase, encode, lowercase again. */
export function roomNode(name: string): string {
  let room = name;
  try {
    room = decodeURIComponent(room);
  } catch {
    // The web client keeps a name it cannot decode.
  }
  return encodeURIComponent(room.normalize('NFKC').toLowerCase()).toLowerCase();
}

/** The room a page at `/<tenant>/<room>` joins. */
export function roomTarget(room: string, tenant: string | null): RoomTarget {
  return { tenant: tenant ? tenant.toLowerCase() : null, node: roomNode(room) };
}

/** A stable key for a room: `tenant/node` or `node`. */
export function roomKey(target: RoomTarget): string {
  return target.tenant ? `${target.tenant}/${target.node}` : target.node;
}

/** `Util:verify_room` with domain verification on: true when the session may enter the room. */
export function mayEnterRoom(session: TokenSession, target: RoomTarget, domain: string, allowEmptyToken: boolean): boolean {
  if (session.token === null) return allowEmptyToken;
  const { room, sub } = session.claims;
  if (room !== undefined) {
    if (typeof room !== 'string') return false;
    const authRoom = room.toLowerCase();
    if (authRoom !== '*' && authRoom !== target.node) return false;
  }
  if (typeof sub !== 'string') return false;
  const authDomain = sub.toLowerCase();
  if (authDomain === '*') return true;
  return target.tenant ? authDomain === target.tenant : authDomain === domain.toLowerCase();
}

/** `mod_token_affiliation`: owner for affiliation owner/moderator/teacher or moderator true/"true". */
export function affiliationOf(session: TokenSession): Affiliation {
  if (session.token === null) return 'none';
  const context = session.claims.context;
  const user = typeof context === 'object' && context !== null ? (context as Record<string, unknown>).user : undefined;
  if (typeof user !== 'object' || user === null) return 'member';
  const { affiliation, moderator } = user as Record<string, unknown>;
  if (affiliation === 'owner' || affiliation === 'moderator' || affiliation === 'teacher') return 'owner';
  return moderator === true || moderator === 'true' ? 'owner' : 'member';
}
