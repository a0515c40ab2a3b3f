/**
 * Where the token may be used, as `mod_token_verification` decides on joining a room
 * (jitsi/jitsi-meet `token/util.lib.lua` `verify_room`, current code; pattern rules of PR #17803):
 * - without `enable_domain_verification`, the room claim is compared as plain text (ASCII
 *   lowercase) with the MUC room, or with its end after `]` for tenant rooms; `sub` is ignored;
 * - with it, `*` opens every room; `context.room.regex` makes the claim a Lua pattern whose
 *   `string.match` result must be the whole room (bounded by the `token_regex_*` options); and
 *   `sub` must be the XMPP domain (plain rooms) or the tenant (`[tenant]room`), or `*`;
 * - a missing (or `false`) room claim passes only when `asap_require_room_claim = false`.
 * JaaS's `kid` = `appId/keyId` rule applies only to a JaaS profile.
 */
import { isTrue, object, own, quote, type Json } from '../claims.js';
import type { ServerProfile } from '../profile.js';
import { luaBytes, luaMatch } from '../prosody/lua-pattern.js';
import { backendRoomName, splitRoom } from '../room.js';
import type { RoomReport } from '../types.js';
import type { Findings } from './finding.js';

const DV = 'enable_domain_verification';

/**
 * The host name of `meet.example.org:8443` or `[::1]:443`: Prosody compares `sub` with its XMPP
 * domain, which never carries a port, while a browser-facing domain often does.
 */
export function hostWithoutPort(domain: string): string {
  const bracketed = /^(\[[^\]]*\])(?::\d*)?$/.exec(domain);
  if (bracketed?.[1]) return bracketed[1];
  return /^[^:]*:\d*$/.test(domain) ? domain.slice(0, domain.indexOf(':')) : domain;
}

/** Lua's `string.lower`: ASCII only (`\u212A` Kelvin sign stays). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** Quantifiers of a Lua pattern outside escapes and sets, as PR #17803 counts them. */
export function countQuantifiers(pattern: string): number {
  let count = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '%') {
      i++;
    } else if (c === '[') {
      // As Lua reads a set: an optional ^, then at least one item (so `[]]` is a set), up to `]`.
      let j = pattern[i + 1] === '^' ? i + 2 : i + 1;
      do j += pattern[j] === '%' ? 2 : 1;
      while (j < pattern.length && pattern[j] !== ']');
      i = j;
    } else if (c === '*' || c === '+' || c === '-' || c === '?') {
      count++;
    }
  }
  return count;
}

/** The target room as the MUC sees it. */
interface Target {
  tenant: string | null;
  /** The room part: lowercase, URL-encoded. */
  room: string;
  /** The MUC node: `[tenant]room` or `room`. */
  node: string;
}

function readTarget(room: string | undefined, tenant: string | undefined): Target | null {
  if (!room) return null;
  const split = splitRoom(room);
  const tenantName = split.tenant ?? tenant ?? null;
  const lowered = tenantName ? asciiLower(tenantName) : null;
  const node = backendRoomName(split.room);
  return { tenant: lowered, room: node, node: lowered ? `[${lowered}]${node}` : node };
}

/** Evaluates a pattern claim; returns whether it matched the room, or null after a refusal. */
function matchPattern(claim: string, target: Target, profile: ServerProfile, findings: Findings): boolean | null {
  if (!profile.token_regex_enabled) {
    findings.refuse('room-pattern', 'room', 'Room claim patterns (context.room.regex) are turned off on this server.', 'invalid-regex',
      'Use a plain room name or "*".', 'token_regex_enabled');
    return null;
  }
  const max = profile.token_regex_room_max_length;
  if (max !== null && target.room.length > max) {
    findings.refuse('room-pattern', 'room', `The room name has ${target.room.length} characters; patterns are matched against ${max} at most.`,
      'Room claim pattern is too complex', 'Use a shorter room name, or a plain room claim.', 'token_regex_room_max_length');
    return null;
  }
  const quantifiers = countQuantifiers(claim);
  const most = profile.token_regex_max_quantifiers;
  if (most !== null && quantifiers > most) {
    findings.refuse('room-pattern', 'room', `The pattern ${quote(claim)} has ${quantifiers} quantifiers; this server allows ${most}.`,
      'Room claim pattern is too complex', 'Simplify the pattern (fewer * + - ?).', 'token_regex_max_quantifiers');
    return null;
  }
  const pattern = profile.room_pattern_case === 'lowercased' ? asciiLower(claim) : claim;
  const result = luaMatch(luaBytes(target.room), luaBytes(pattern));
  if (result.kind === 'error') {
    findings.refuse('room-pattern', 'room', `The pattern ${quote(claim)} is not a valid Lua pattern here (${result.message}).`, 'invalid-regex',
      'Lua patterns escape with %, not \\ (e.g. %d, %-).');
    return null;
  }
  if (result.kind === 'budget') {
    findings.add('room-pattern', 'error', 'room', `MeetGate could not finish matching the pattern ${quote(claim)}: it backtracks too much to judge.`,
      'Simplify the pattern.', 'token_regex_max_quantifiers');
    return null;
  }
  const matched = result.kind === 'match' && result.value === luaBytes(target.room);
  if (!matched) {
    const why = result.kind === 'none' ? 'does not match' : result.value === '' ? 'matches only an empty part of' : typeof result.value === 'number' ? 'returns a position capture for' : 'matches only part of';
    findings.refuse('room-mismatch', 'room', `The pattern ${quote(claim)} ${why} the room ${quote(target.room)}; Prosody needs string.match to return the whole room.`,
      'Room and token mismatched', `Anchor the pattern and cover the whole name, without captures: ^…$.${profile.room_pattern_case === 'kept' && /[A-Z]/.test(claim) ? ' Rooms are lowercase: write the pattern in lowercase.' : ''}`, DV);
  }
  return matched;
}

/** verify_room with domain verification: the room part. Returns the room to check, or null after a refusal. */
function roomToCheck(claims: Json, claim: string, target: Target, profile: ServerProfile, findings: Findings): string | null {
  if (claim === '*') return target.room;
  if (isTrue(own(object(object(claims, 'context'), 'room'), 'regex'))) return matchPattern(claim, target, profile, findings) ? target.room : null;
  return asciiLower(claim);
}

/** verify_room with domain verification: `sub` against the tenant or the XMPP domain. */
function checkSub(sub: unknown, target: Target | null, profile: ServerProfile, findings: Findings): void {
  if (sub === undefined || sub === '*') return;
  const base = profile.muc_mapper_domain_base ?? profile.domain;
  const expected = target?.tenant ?? (base ? asciiLower(hostWithoutPort(base)) : null);
  const fix = 'Use the XMPP domain (hosts.domain, meet.jitsi in Docker), the tenant, or "*".';
  if (typeof sub !== 'string') {
    findings.refuse('sub-mismatch', 'sub', `sub is ${quote(sub)}, not a string: it never names this deployment.`, 'Room and token mismatched', fix, DV);
  } else if (expected !== null && asciiLower(sub) !== expected) {
    findings.refuse('sub-mismatch', 'sub', `The token is for ${quote(sub)}, not ${target?.tenant ? 'the tenant' : 'the XMPP domain'} ${quote(expected)}.`,
      'Room and token mismatched', fix, DV);
  }
}

/** JaaS: `kid` must be `<appId>/<keyId>` and `sub` the app id. */
function checkJaasKid(header: Json, claims: Json, findings: Findings): void {
  const kid = own(header, 'kid');
  const sub = own(claims, 'sub');
  const appId = typeof kid === 'string' && kid.includes('/') ? kid.slice(0, kid.indexOf('/')) : null;
  if (!appId || typeof kid !== 'string' || kid.endsWith('/')) {
    findings.add('jaas-kid', 'error', 'header.kid', `JaaS needs kid "<appId>/<keyId>", not ${quote(kid ?? 'none')}.`, 'Copy the key id from the JaaS console.');
  } else if (appId !== sub) {
    findings.add('jaas-kid', 'error', 'sub', `The app id in kid (${quote(appId)}) is not sub (${quote(sub)}).`, 'Set sub to the part of kid before the slash.');
  }
}

/** Runs the join checks for the target room (`tenant/room` or the context's tenant); returns the room report. */
export function checkPlacement(header: Json, claims: Json, profile: ServerProfile, room: string | undefined, tenant: string | undefined, findings: Findings): RoomReport {
  if (profile.jaas) checkJaasKid(header, claims, findings);
  const target = readTarget(room, tenant);
  const claim = own(claims, 'room');
  const pattern = isTrue(own(object(object(claims, 'context'), 'room'), 'regex'));
  const report: RoomReport = { claim: typeof claim === 'string' ? claim : null, wildcard: claim === '*', pattern, target: target?.node ?? null, matches: null };
  if (!profile.token_verification) {
    findings.add('room-options-ignored', 'info', 'room', 'This server does not load token_verification: the room and sub are not checked on joining.',
      'Add "token_verification" to the MUC component\'s modules_enabled to bind tokens to rooms.', 'token_verification');
    report.matches = true;
    return report;
  }
  if (claim === '*') {
    findings.add('room-wildcard', 'warning', 'room', 'The token opens every room (room "*").', 'Mint one token per room, so a leak opens one room only.');
  }
  if (claim === undefined || claim === false) {
    // `not room_to_check`: with domain verification a false claim fails like a missing one; without, both pass.
    if (claim === false && profile.enable_domain_verification && profile.asap_require_room_claim) {
      findings.refuse('room-mismatch', 'room', 'The room claim is false.', 'Room and token mismatched', 'Set room to a room name or "*".', 'asap_require_room_claim');
    }
    report.matches = claim === false && profile.enable_domain_verification ? !profile.asap_require_room_claim : claim === undefined ? !profile.asap_require_room_claim || null : true;
    return report;
  }
  if (typeof claim !== 'string') {
    findings.refuse('room-mismatch', 'room', `The room claim is ${quote(claim)}, not a string: no room ever equals it.`, 'Room and token mismatched',
      'Write the room name as a string.');
    report.matches = false;
    return report;
  }
  if (!profile.enable_domain_verification) {
    if (pattern) {
      findings.add('room-pattern', 'warning', 'room', 'context.room.regex is ignored without domain verification: the claim is compared as plain text.',
        'Turn on enable_domain_verification to use room patterns.', DV);
    }
    if (!target) return report;
    const lower = asciiLower(claim);
    report.matches = claim === '*' || target.node === lower || target.node.endsWith(`]${lower}`);
  } else {
    checkSub(own(claims, 'sub'), target, profile, findings);
    if (!target) return report;
    const checked = roomToCheck(claims, claim, target, profile, findings);
    if (checked === null) {
      report.matches = false;
      return report;
    }
    report.matches = checked === target.room;
  }
  if (report.matches === false) {
    const hint = claim.includes('/') ? 'The room claim is the room alone; the tenant goes in sub.' : `The claim must be ${quote(target.room)} (lowercase, URL-encoded) or "*".`;
    findings.refuse('room-mismatch', 'room', `The token is for room ${quote(claim)}, not ${quote(target.node)}.`, 'Room and token mismatched', hint,
      profile.enable_domain_verification ? DV : undefined);
  }
  return report;
}
