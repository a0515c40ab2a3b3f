/**
 * Where the token may be used: `sub` (domain, tenant or `*`), `room` (Prosody's comparison),
 * and JaaS's `kid` = `appId/keyId` rule.
 */
import { isTrue, object, own, quote, type Json } from '../claims.js';
import { backendRoomName, readRoom, splitRoom } from '../room.js';
import type { InspectContext, RoomReport, TokenFlavour } from '../types.js';
import type { Findings } from './finding.js';

/** Checks `sub` against the domain and tenant the caller named. */
function checkSub(claims: Json, flavour: TokenFlavour, context: InspectContext, tenant: string | null, findings: Findings): void {
  const sub = own(claims, 'sub');
  if (sub === undefined) {
    findings.add('missing-claim', 'error', 'sub', 'The token has no subject (sub); current Prosody refuses it ("sub claim is missing").',
      flavour === 'jaas' ? 'JaaS tokens use sub = your app id (vpaas-magic-cookie-…).' : 'Set sub to the Jitsi domain, the tenant, or "*".');
    return;
  }
  // An OpenID token's sub is a user id; Prosody skips domain checks when no room claim is required.
  if (flavour === 'oidc' || sub === '*' || typeof sub !== 'string') return;
  const allowed = [context.domain, context.tenant, tenant].filter((v): v is string => !!v).map((v) => v.toLowerCase());
  if (allowed.length === 0 || allowed.includes(sub.toLowerCase())) return;
  findings.add('sub-mismatch', context.domainVerification ? 'error' : 'warning', 'sub',
    `The token is for ${quote(sub)}, not for ${allowed.map(quote).join(' or ')}.`,
    "sub must be the deployment's XMPP domain (hosts.domain in config.js, e.g. meet.jitsi in Docker), the tenant, or \"*\". Prosody checks it unless enable_domain_verification = false.");
}

/** Checks the room claim against the target room. */
function checkRoom(claims: Json, flavour: TokenFlavour, target: string | undefined, findings: Findings): RoomReport {
  const roomOptions = object(object(claims, 'context'), 'room');
  const report = readRoom(own(claims, 'room'), target, isTrue(own(roomOptions, 'regex')));
  const claim = own(claims, 'room');
  if (claim === undefined || typeof claim !== 'string') {
    const required = flavour !== 'oidc';
    findings.add('missing-claim', required ? 'error' : 'info', 'room',
      claim === undefined ? 'The token names no room, so it is not limited to one.' : `The room claim ${quote(claim)} is not a string.`,
      required
        ? 'Add "room": the room name, or "*" for any room. Prosody refuses tokens without one unless asap_require_room_claim = false.'
        : 'Prosody accepts it only with asap_require_room_claim = false, as in the Keycloak set-up.');
    return report;
  }
  if (report.wildcard) {
    findings.add('room-wildcard', 'warning', 'room', 'The token opens every room on this deployment (room "*").',
      'Mint one token per room where you can, so a leaked token opens one room only.');
  }
  if (report.pattern && report.matches === null && target) {
    findings.add('room-pattern', 'info', 'room', `The room claim is a Lua pattern (${quote(claim)}) that MeetGate cannot evaluate here.`,
      'Prosody will match it; test the pattern against the room name on the server.');
  }
  if (report.matches === false && target) {
    const node = backendRoomName(target);
    let hint = `The claim must equal the room name as Jitsi names it: ${quote(node)} (lowercase, URL-encoded), or "*".`;
    if (claim.includes('/')) hint = 'The room claim holds the room alone; the tenant or JaaS app id belongs in sub, not in room.';
    else if (claim.normalize('NFKC').toLowerCase() === decodeURIComponentSafe(target).normalize('NFKC').toLowerCase()) {
      hint = `Jitsi compares the URL-encoded name: write the room claim as ${quote(node)}.`;
    }
    findings.add('room-mismatch', 'error', 'room',
      `The token is for room ${quote(claim)}, which does not match the room ${quote(target)} (Jitsi's name for it: ${quote(node)}).`, hint);
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
    findings.add('jaas-kid', 'error', 'header.kid', `A JaaS token needs kid "<appId>/<keyId>"; this has ${quote(kid ?? 'none')}.`,
      'Copy the key id from the JaaS console (API keys): it looks like vpaas-magic-cookie-…/a1b2c3.');
  } else if (appId !== sub) {
    findings.add('jaas-kid', 'error', 'sub', `The JaaS app id in kid (${quote(appId)}) differs from sub (${quote(sub)}).`,
      'Set sub to the app id, the part of kid before the slash.');
  }
}

/** Runs the placement checks; returns the room report. */
export function checkPlacement(header: Json, claims: Json, flavour: TokenFlavour, context: InspectContext, findings: Findings): RoomReport {
  const target = context.room ? splitRoom(context.room) : null;
  checkSub(claims, flavour, context, target?.tenant ?? null, findings);
  if (flavour === 'jaas') checkJaasKid(header, claims, findings);
  return checkRoom(claims, flavour, target?.room, findings);
}
