/**
 * What Prosody decides when a verified session joins a room (research/jitsi-facts.md §4.5–§4.8):
 * the MUC room node the web client derives from the URL, `verify_room`'s room and `sub` rules,
 * and `mod_token_affiliation`'s owner/member decision. Independent of lib/token on purpose.
 */
import { luaStringMatch, quantifierCount, translateLuaPattern } from './lua-pattern.js';
import type { ResolvedOptions, RoomRuleOptions } from './options.js';
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

/** Lua's `string.lower` on a claim: ASCII letters only; null for values it cannot lower (a number prints as Lua 5.4 prints a float, "7.0"). */
function luaLower(value: unknown): string | null {
  if (typeof value === 'number') return Number.isInteger(value) ? `${value}.0` : String(value);
  if (typeof value !== 'string') return null;
  let out = '';
  for (const ch of value) out += ch >= 'A' && ch <= 'Z' ? String.fromCharCode(ch.charCodeAt(0) + 32) : ch;
  return out;
}

/** UTF-8 bytes, one character each, as Lua strings hold them. */
function bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The room claim as a Lua pattern (`context.room.regex`, PR #17803 limits): does `string.match` give the whole room? */
function patternAdmits(pattern: string, room: string, rules: RoomRuleOptions): boolean {
  const limits = rules.patterns;
  if (!limits.enabled) return false;
  if (limits.maxRoomLength !== null && room.length > limits.maxRoomLength) return false;
  if (limits.maxQuantifiers !== null && quantifierCount(pattern) > limits.maxQuantifiers) return false;
  const translated = translateLuaPattern(bytes(limits.keepCase ? pattern : luaLower(pattern) ?? ''));
  return translated.ok && luaStringMatch(bytes(room), translated) === bytes(room);
}

/**
 * `Util:verify_room` (jitsi/jitsi-meet token/util.lib.lua, current): true when the session may
 * enter the room. Without domain verification the claim is plain text and `sub` is not read.
 */
export function mayEnterRoom(session: TokenSession, target: RoomTarget, options: Pick<ResolvedOptions, 'allowEmptyToken' | 'roomRules'>): boolean {
  if (session.token === null) return options.allowEmptyToken;
  const rules = options.roomRules;
  const { room, sub, context } = session.claims;
  const node = target.tenant ? `[${target.tenant}]${target.node}` : target.node;
  if (room === undefined || room === false) return !rules.domainVerification || room === undefined || !rules.requireRoomClaim;
  if (!rules.domainVerification) {
    const claim = luaLower(room);
    if (claim === null) return false;
    return room === '*' || node === claim || node.endsWith(`]${claim}`);
  }
  // The sub: the tenant for [tenant]room, else the XMPP domain; "*" for any.
  const subText = luaLower(sub);
  if (subText === null) return false;
  if (sub !== '*' && subText !== (target.tenant ?? rules.xmppDomain)) return false;
  if (room === '*') return true;
  const roomOptions = typeof context === 'object' && context !== null ? (context as Record<string, unknown>).room : undefined;
  const regex = typeof roomOptions === 'object' && roomOptions !== null ? (roomOptions as Record<string, unknown>).regex : undefined;
  if ((regex === true || regex === 'true') && typeof room === 'string') return patternAdmits(room, target.node, rules);
  return luaLower(room) === target.node;
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
