/**
 * Where the token may be used, as `mod_token_verification` decides on joining a room
 * (jitsi/jitsi-meet `token/util.lib.lua` `verify_room`, current code; pattern rules of PR #17803):
 * - without `enable_domain_verification`, the room claim is compared as plain text (ASCII
 *   lowercase) with the MUC room, or with its end after `]` for tenant rooms; `sub` is ignored;
 * - with it, `*` opens every room; `context.room.regex` makes the claim a Lua pattern whose
 *   `string.match` result must be the whole room (bounded by the `token_regex_*` options); and
 *   `sub` must be the XMPP domain (plain rooms) or the tenant (`[tenant]room`), or `*`;
 * - nothing to check (no room, `false`, a pattern that does not match) passes only when
 *   `asap_require_room_claim = false`, and then neither `sub` nor `context.tenant` is read;
 * - a claim Lua cannot lower, index or concatenate (JSON null, true, objects) fails with a Lua error.
 * Checked by running that Lua (412aa83, 9462a9c, an August 2026 copy): scripts/prosody-real, README.
 * JaaS's `kid` = `appId/keyId` rule applies only to a JaaS profile.
 */
import { isTrue, object, own, type Json } from '../claims.js';
import type { ServerProfile } from '../profile.js';
import { luaBytes, luaMatch } from '../prosody/lua-pattern.js';
import { luaText, luaTruthy } from '../prosody/lua-value.js';
import { backendRoomName, splitRoom } from '../room.js';
import type { FindingCode, FindingParams, RoomReport } from '../types.js';
import type { Findings } from './finding.js';

const DV = 'enable_domain_verification';

/**
 * The host name of `meet.example.org:8443` or `[::1]:443`: Prosody compares `sub` with its XMPP
 * domain, which never carries a port, while a browser-facing domain often does.
 */
export function hostWithoutPort(domain: string): string {
  // `[v6]:port` or `host:port` (one colon); anything else is left as it is.
  return domain.replace(/^(\[[^\]]*\]|[^:]*):\d*$/, '$1');
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

/** A claim Prosody's Lua code cannot lower, index or concatenate: the login or join fails with a Lua error. */
export function luaError(findings: Findings, code: FindingCode, claim: string, value: unknown, setting?: string): void {
  findings.add(code, 'error', claim, { case: 'lua', value }, setting);
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

/**
 * `string.match(room, claim)` as verify_room runs it (bounded by PR #17803's options): the value
 * it returns (`room_to_check`: the first capture or the whole match; undefined for no match), or
 * null after a refusal. A claim that is not a string or a number is no pattern: Lua fails.
 */
function matchPattern(claim: unknown, target: Target, profile: ServerProfile, findings: Findings): string | number | undefined | null {
  // Prosody's reasons: "invalid-regex" (patterns off), "Room claim is not a valid Lua pattern", "Room claim pattern is too complex".
  const refuse = (params: FindingParams, setting?: string) => {
    findings.add('room-pattern', 'error', 'room', params, setting);
    return null;
  };
  if (!profile.token_regex_enabled) return refuse({ case: 'off' }, 'token_regex_enabled');
  const text = luaText(claim);
  if (text === null) return refuse({ case: 'not-text', value: claim });
  const limit = profile.token_regex_room_max_length;
  const length = target.room.length;
  if (limit !== null && length > limit) return refuse({ case: 'room-length', length, limit }, 'token_regex_room_max_length');
  const count = countQuantifiers(text);
  const most = profile.token_regex_max_quantifiers;
  if (most !== null && count > most) return refuse({ case: 'quantifiers', value: text, count, limit: most }, 'token_regex_max_quantifiers');
  // Before PR #17803 a string claim is lowercased before it is used as a pattern.
  const pattern = profile.room_pattern_case === 'lowercased' && typeof claim === 'string' ? asciiLower(text) : text;
  const result = luaMatch(luaBytes(target.room), luaBytes(pattern));
  if (result.kind === 'error') return refuse({ case: 'invalid', value: text, error: result.message });
  // MeetGate's own limit, not Prosody's: a pattern that backtracks too much to judge.
  if (result.kind === 'budget') return refuse({ case: 'budget', value: text }, 'token_regex_max_quantifiers');
  return result.kind === 'match' ? result.value : undefined;
}

/** Why a pattern's `string.match` result is not the room. */
function patternMiss(result: string | number | undefined, claim: unknown, target: Target, profile: ServerProfile, findings: Findings): void {
  // Prosody: "Room name cannot be matched to the one from token." (no match) or "Room and token mismatched";
  // `uppercase`: the pattern keeps capitals, which a lowercase room never has.
  const uppercase = profile.room_pattern_case === 'kept' && typeof claim === 'string' && /[A-Z]/.test(claim);
  findings.add(
    'room-mismatch',
    'error',
    'room',
    { case: 'pattern', value: claim, room: target.room, result, uppercase },
    result === undefined ? 'asap_require_room_claim' : DV,
  );
}

/** `session.jitsi_meet_context_room`: `context.room` when context can be indexed and room is there. */
function contextRoom(claims: Json): unknown {
  // Nothing from a context that is no object (a string indexes to nil; a number or boolean already failed the login: context-invalid).
  return own(own(claims, 'context'), 'room');
}

/** roomToCheck's answer after a refusal (a claim can itself be JSON null). */
const REFUSED = Symbol();

/**
 * verify_room's `room_to_check` with domain verification: the room for "*", the pattern's match,
 * or the (lowercased) claim. Undefined or false when there is nothing to check; REFUSED after a refusal.
 */
function roomToCheck(claims: Json, claim: unknown, target: Target, profile: ServerProfile, findings: Findings): unknown {
  if (claim === '*') return target.room;
  const options = contextRoom(claims);
  if (luaTruthy(options)) {
    // Reading context.room.regex: an object or a string can be indexed; a number, true or null makes Lua fail.
    if (options === null || (typeof options !== 'object' && typeof options !== 'string')) {
      luaError(findings, 'room-pattern', 'context.room', options);
      return REFUSED;
    }
    if (typeof options === 'object' && isTrue(own(options, 'regex'))) {
      const value = matchPattern(claim, target, profile, findings);
      if (value === null) return REFUSED;
      const misses = value !== target.room && !(value === undefined && !profile.asap_require_room_claim);
      if (misses) patternMiss(value, claim, target, profile, findings);
      // A position capture is a Lua integer: it prints without ".0".
      return typeof value === 'number' ? String(value) : value;
    }
  }
  return typeof claim === 'string' ? asciiLower(claim) : claim;
}

/** JaaS: `kid` must be `<appId>/<keyId>` and `sub` the app id. */
function checkJaasKid(header: Json, claims: Json, findings: Findings): void {
  const kid = own(header, 'kid');
  const sub = own(claims, 'sub');
  const appId = typeof kid === 'string' && kid.includes('/') ? kid.slice(0, kid.indexOf('/')) : null;
  if (!appId || typeof kid !== 'string' || kid.endsWith('/')) findings.add('jaas-kid', 'error', 'header.kid', { value: kid });
  else if (appId !== sub) findings.add('jaas-kid', 'error', 'sub', { case: 'sub', value: sub, appId });
}

/** JaaS tokens need `context.features` (a JaaS profile only). */
export function checkJaasFeatures(claims: Json, profile: ServerProfile, findings: Findings): void {
  if (profile.jaas && !object(own(claims, 'context'), 'features')) findings.add('missing-claim', 'error', 'context.features');
}

/** verify_room without domain verification: the claim as plain text against the room; `sub` is not read. */
function plainRoom(claim: unknown, target: Target | null, report: RoomReport, findings: Findings): void {
  if (!luaTruthy(claim) || claim === '*') {
    report.matches = true;
    return;
  }
  // context.room.regex is ignored without domain verification: the claim is compared as plain text.
  if (report.pattern) findings.add('room-pattern', 'warning', 'room', { case: 'ignored' }, DV);
  const text = luaText(claim);
  if (text === null) {
    luaError(findings, 'room-mismatch', 'room', claim);
    report.matches = false;
    return;
  }
  if (!target) return;
  const lower = typeof claim === 'string' ? asciiLower(text) : text;
  report.matches = target.node === lower || target.node.endsWith(`]${lower}`);
  // Prosody: "Room does not match the room from token".
  if (!report.matches) mismatch(claim, target, findings);
}

/** The room claim names another room (Prosody: "Room and token mismatched" with domain verification). */
function mismatch(claim: unknown, target: Target, findings: Findings, setting?: string): void {
  findings.add('room-mismatch', 'error', 'room', { value: claim, room: target.room, node: target.node }, setting);
}

/** `sub` as verify_room lowers it: the XMPP domain (plain rooms) or the tenant (`[tenant]room`), or "*". */
function checkSub(sub: unknown, target: Target | null, profile: ServerProfile, findings: Findings): void {
  if (sub === '*') return;
  const text = luaText(sub);
  if (text === null) {
    if (sub !== undefined || profile.sub_claim_check === 'join') luaError(findings, 'sub-mismatch', 'sub', sub, sub === undefined ? 'sub_claim_check' : DV);
    return;
  }
  const base = profile.muc_mapper_domain_base ?? profile.domain;
  const expected = target?.tenant ?? (base ? asciiLower(hostWithoutPort(base)) : null);
  // Prosody: "Room and token mismatched".
  if (expected !== null && asciiLower(text) !== expected) findings.add('sub-mismatch', 'error', 'sub', { value: sub, expected, tenant: !!target?.tenant }, DV);
}

/** `context.tenant`: compared (lowercased) with the URL's tenant; a mismatch is only logged, a value Lua cannot lower fails. */
function checkTenant(claims: Json, findings: Findings): void {
  const tenant = own(own(claims, 'context'), 'tenant');
  if (luaTruthy(tenant) && luaText(tenant) === null) luaError(findings, 'tenant-invalid', 'context.tenant', tenant, DV);
}

/** verify_room with domain verification, in Prosody's order. */
function verifiedRoom(claims: Json, claim: unknown, target: Target | null, profile: ServerProfile, report: RoomReport, findings: Findings): void {
  if (!target) {
    if (luaTruthy(claim) || profile.asap_require_room_claim) checkSub(own(claims, 'sub'), null, profile, findings);
    return;
  }
  const checked = roomToCheck(claims, claim, target, profile, findings);
  if (checked === REFUSED) {
    report.matches = false;
    return;
  }
  if (!luaTruthy(checked)) {
    // `if not room_to_check`: accepted, with no sub or tenant check, when the room claim is not required.
    report.matches = !profile.asap_require_room_claim;
    // Prosody: "Room name cannot be matched to the one from token.".
    if (!report.matches && !report.pattern) findings.add('room-mismatch', 'error', 'room', { case: 'nothing', value: claim }, 'asap_require_room_claim');
    return;
  }
  checkTenant(claims, findings);
  checkSub(own(claims, 'sub'), target, profile, findings);
  const text = luaText(checked);
  if (text === null) {
    luaError(findings, 'room-mismatch', 'room', claim);
    report.matches = false;
    return;
  }
  report.matches = text === target.room;
  if (!report.matches && !report.pattern) mismatch(claim, target, findings, DV);
}

/** Runs the join checks for the target room (`tenant/room` or the context's tenant); returns the room report. */
export function checkPlacement(
  header: Json,
  claims: Json,
  profile: ServerProfile,
  room: string | undefined,
  tenant: string | undefined,
  findings: Findings,
): RoomReport {
  if (profile.jaas) checkJaasKid(header, claims, findings);
  const target = readTarget(room, tenant);
  const claim = own(claims, 'room');
  const options = contextRoom(claims);
  const pattern = typeof options === 'object' && options !== null && isTrue(own(options, 'regex'));
  const report: RoomReport = { claim: typeof claim === 'string' ? claim : null, wildcard: claim === '*', pattern, target: target?.node ?? null, matches: null };
  if (!profile.token_verification) {
    // Without token_verification the room and sub are not checked on joining.
    findings.add('room-options-ignored', 'info', 'room', { case: 'no-token-verification' }, 'token_verification');
    report.matches = true;
    return report;
  }
  if (claim === '*') findings.add('room-wildcard', 'warning', 'room');
  if (profile.enable_domain_verification) verifiedRoom(claims, claim, target, profile, report, findings);
  else plainRoom(claim, target, report, findings);
  return report;
}
