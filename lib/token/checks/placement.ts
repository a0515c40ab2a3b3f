/**
 * Where the token may be used: `sub` (domain, tenant or `*`), `room` (Prosody's comparison),
 * and JaaS's `kid` = `appId/keyId` rule.
 */
import { isTrue, object, own, quote, type Json } from '../claims.js';
import { backendRoomName, readRoom, splitRoom } from '../room.js';
import type { InspectContext, RoomReport, TokenFlavour } from '../types.js';
import type { Findings } from './finding.js';

/**
 * The host name of `meet.example.org:8443` or `[::1]:443`: Prosody compares `sub` with its XMPP
 * domain, which never carries a port, while a browser-facing domain often does.
 */
export function hostWithoutPort(domain: string): string {
  const bracketed = /^(\[[^\]]*\])(?::\d*)?$/.exec(domain);
  if (bracketed?.[1]) return bracketed[1];
  return /^[^:]*:\d*$/.test(domain) ? domain.slice(0, domain.indexOf(':')) : domain;
}

/** Checks `sub` against the domain and tenant the caller named. */
function checkSub(claims: Json, flavour: TokenFlavour, context: InspectContext, tenant: string | null, findings: Findings): void {
  const sub = own(claims, 'sub');
  if (sub === undefined) {
    findings.add('missing-claim', 'error', 'sub', 'The token has no subject (sub); Prosody refuses it.',
      'Set sub to the domain, the tenant (JaaS: the app id), or "*".');
    return;
  }
  // An OpenID token's sub is a user id; Prosody skips domain checks when no room claim is required.
  if (flavour === 'oidc' || sub === '*') return;
  // Lua lowercases a number as its digits; anything else can never equal a domain or tenant.
  const subText = typeof sub === 'string' || typeof sub === 'number' ? String(sub).toLowerCase() : null;
  // verify_room: a tenant room `[tenant]room` needs sub = the tenant; a plain room, the domain.
  const scope = tenant ?? context.tenant;
  const allowed = (scope ? [scope] : context.domain ? [hostWithoutPort(context.domain)] : []).map((v) => v.toLowerCase());
  if (allowed.length === 0 || (subText !== null && allowed.includes(subText))) return;
  findings.add('sub-mismatch', context.domainVerification ? 'error' : 'warning', 'sub',
    `The token is for ${quote(sub)}, not for ${allowed.map(quote).join(' or ')}.`,
    'Use the XMPP domain (hosts.domain, meet.jitsi in Docker), the tenant, or "*".');
}

/** Checks the room claim against the target room. */
function checkRoom(claims: Json, flavour: TokenFlavour, target: string | undefined, findings: Findings): RoomReport {
  const roomOptions = object(object(claims, 'context'), 'room');
  const report = readRoom(own(claims, 'room'), target, isTrue(own(roomOptions, 'regex')));
  const claim = own(claims, 'room');
  if (claim === undefined || typeof claim !== 'string') {
    const required = flavour !== 'oidc';
    findings.add('missing-claim', required ? 'error' : 'info', 'room',
      `The token has no room claim${claim === undefined ? '' : ' string'}.`,
      `Add "room" (a name or "*")${required ? '' : ', or keep asap_require_room_claim = false'}.`);
    return report;
  }
  if (report.wildcard) {
    findings.add('room-wildcard', 'warning', 'room', 'The token opens every room (room "*").',
      'Mint one token per room, so a leak opens one room only.');
  }
  if (report.pattern && report.matches === null && target) {
    findings.add('room-pattern', 'info', 'room', `MeetGate cannot evaluate the Lua pattern ${quote(claim)}.`,
      'Test the pattern on the server.');
  }
  if (report.matches === false && target) {
    const node = backendRoomName(target);
    let hint = `The claim must be ${quote(node)} (lowercase, URL-encoded) or "*".`;
    if (claim.includes('/')) hint = 'The room claim is the room alone; the tenant goes in sub.';
    else if (claim.normalize('NFKC').toLowerCase() === decodeURIComponentSafe(target).normalize('NFKC').toLowerCase()) {
      hint = `Write the URL-encoded name: ${quote(node)}.`;
    }
    findings.add('room-mismatch', 'error', 'room',
      `The token is for room ${quote(claim)}, not ${quote(target)} (${quote(node)} to Jitsi).`, hint);
  }
  return report;
}

/** decodeURIComponent that gives back its input when the input is not valid encoding. */
function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** JaaS: `kid` must be `<appId>/<keyId>` and `sub` the app id. */
function checkJaasKid(header: Json, claims: Json, findings: Findings): void {
  const kid = own(header, 'kid');
  const sub = own(claims, 'sub');
  const appId = typeof kid === 'string' && kid.includes('/') ? kid.slice(0, kid.indexOf('/')) : null;
  if (!appId || typeof kid !== 'string' || kid.endsWith('/')) {
    findings.add('jaas-kid', 'error', 'header.kid', `JaaS needs kid "<appId>/<keyId>", not ${quote(kid ?? 'none')}.`,
      'Copy the key id from the JaaS console.');
  } else if (appId !== sub) {
    findings.add('jaas-kid', 'error', 'sub', `The app id in kid (${quote(appId)}) is not sub (${quote(sub)}).`,
      'Set sub to the part of kid before the slash.');
  }
}

/** Runs the placement checks; returns the room report. */
export function checkPlacement(header: Json, claims: Json, flavour: TokenFlavour, context: InspectContext, findings: Findings): RoomReport {
  const target = context.room ? splitRoom(context.room) : null;
  checkSub(claims, flavour, context, target?.tenant ?? null, findings);
  if (flavour === 'jaas') checkJaasKid(header, claims, findings);
  return checkRoom(claims, flavour, target?.room, findings);
}
