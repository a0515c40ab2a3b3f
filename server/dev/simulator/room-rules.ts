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

/** What Lua's `string.lower` / `..` make of a decoded claim (lua-cjson numbers are floats: 7 → "7.0"); null where Lua raises an error. */
function luaString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return null;
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  let text = value.toPrecision(14);
  if (text.includes('e')) {
    const [m = '', e = ''] = text.split('e');
    const digits = m.includes('.') ? m.replace(/\.?0+$/, '') : m;
    const exp = Number(e);
    text = `${digits}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (text.includes('.')) {
    text = text.replace(/\.?0+$/, '');
  }
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

/** Lua's `string.lower`: ASCII letters only. */
function luaLower(text: string): string {
  let out = '';
  for (const ch of text) out += ch >= 'A' && ch <= 'Z' ? String.fromCharCode(ch.charCodeAt(0) + 32) : ch;
  return out;
}

/** Lua truth: everything but nil (absent) and false; JSON null (cjson.null) is true. */
const truthy = (value: unknown) => value !== undefined && value !== false;

/** UTF-8 bytes, one character each, as Lua strings hold them. */
function bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** Thrown where Prosody's Lua raises an error: the join fails. */
class LuaFailure extends Error {}

/**
 * `room_node:match(auth_room)` under PR #17803's limits: the first capture or whole match, null for
 * no match; throws where Prosody refuses (limits, invalid pattern, a claim that is no string).
 */
function patternResult(claim: unknown, room: string, rules: RoomRuleOptions): string | null {
  const limits = rules.patterns;
  if (!limits.enabled) throw new LuaFailure('invalid-regex');
  const source = luaString(claim);
  if (source === null) throw new LuaFailure('Room claim is not a valid Lua pattern');
  if (limits.maxRoomLength !== null && room.length > limits.maxRoomLength) throw new LuaFailure('too complex');
  if (limits.maxQuantifiers !== null && quantifierCount(source) > limits.maxQuantifiers) throw new LuaFailure('too complex');
  const translated = translateLuaPattern(bytes(limits.keepCase || typeof claim !== 'string' ? source : luaLower(source)));
  if (!translated.ok) throw new LuaFailure('unsupported pattern');
  const found = luaStringMatch(bytes(room), translated);
  if (found instanceof Error) throw new LuaFailure('Room claim is not a valid Lua pattern');
  // A position capture is a Lua integer, printed without ".0".
  return found === null ? null : typeof found === 'number' ? String(found) : Buffer.from(found, 'latin1').toString('utf8');
}

/**
 * `Util:verify_room` (jitsi/jitsi-meet token/util.lib.lua, as run locally at 9462a9c and in an
 * August 2026 copy, plus PR #17803's pattern options): true when the session may enter the room.
 */
export function mayEnterRoom(session: TokenSession, target: RoomTarget, options: Pick<ResolvedOptions, 'allowEmptyToken' | 'roomRules'>): boolean {
  if (session.token === null) return options.allowEmptyToken;
  try {
    return verifyRoom(session.claims, target, options.roomRules);
  } catch (error) {
    if (error instanceof LuaFailure) return false;
    throw error;
  }
}

function verifyRoom(claims: Record<string, unknown>, target: RoomTarget, rules: RoomRuleOptions): boolean {
  const node = target.tenant ? `[${target.tenant}]${target.node}` : target.node;
  const claimed = claims.room;
  const authRoom = typeof claimed === 'string' ? luaLower(claimed) : claimed;
  if (!rules.domainVerification) {
    if (!truthy(authRoom) || authRoom === '*') return true;
    const text = luaString(authRoom);
    if (text === null) throw new LuaFailure('attempt to concatenate');
    return node === text || node.endsWith(`]${text}`);
  }
  const context = claims.context;
  const contextRoom = typeof context === 'object' && context !== null ? (context as Record<string, unknown>).room : undefined;
  let roomToCheck: unknown;
  if (authRoom === '*') {
    roomToCheck = target.node;
  } else {
    let regex: unknown;
    if (truthy(contextRoom)) {
      if (contextRoom === null || (typeof contextRoom !== 'object' && typeof contextRoom !== 'string')) throw new LuaFailure('attempt to index');
      regex = typeof contextRoom === 'object' ? (contextRoom as Record<string, unknown>).regex : undefined;
    }
    roomToCheck = regex === true || regex === 'true' ? (patternResult(claimed, target.node, rules) ?? undefined) : authRoom;
    if (!truthy(roomToCheck)) return !rules.requireRoomClaim;
  }
  // context.tenant: a mismatch with the URL's tenant is only logged, but it must be lowerable.
  const tenant = typeof context === 'object' && context !== null ? (context as Record<string, unknown>).tenant : undefined;
  if (truthy(tenant) && luaString(tenant) === null) throw new LuaFailure('bad argument to lower');
  const subText = luaString(claims.sub);
  if (subText === null) throw new LuaFailure('bad argument to lower');
  const authDomain = luaLower(subText);
  const roomText = luaString(roomToCheck);
  if (roomText === null) throw new LuaFailure('attempt to concatenate');
  if (target.tenant) return node === `[${authDomain === '*' ? target.tenant : authDomain}]${roomText}`;
  return roomText === target.node && (authDomain === '*' || authDomain === rules.xmppDomain);
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
