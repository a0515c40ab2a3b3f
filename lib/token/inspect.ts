/**
 * `inspectToken`: decode a Jitsi JWT and explain it, mirroring what Prosody accepts. Pure: no
 * DOM, no Node APIs, no signature check (see `verifyToken`), and it never throws.
 */
import { object } from './claims.js';
import { checkHeader } from './checks/header.js';
import { checkFeatures, checkRoleClaims, checkRoomOptions, readUser } from './checks/identity.js';
import { Findings } from './checks/finding.js';
import { checkIssuerAndAudience } from './checks/audience.js';
import { checkPlacement } from './checks/placement.js';
import { checkTimes } from './checks/time.js';
import { decodeToken } from './decode.js';
import { extractToken, MAX_INPUT_LENGTH, MAX_TOKEN_LENGTH } from './extract.js';
import { readFeatures } from './features.js';
import { detectFlavour } from './flavour.js';
import { readRoom } from './room.js';
import { readRole } from './role.js';
import type { InspectContext, TokenReport } from './types.js';

/** The report for input that could not be decoded at all. */
function unreadable(token: string | null, findings: Findings): TokenReport {
  return {
    token,
    header: null,
    claims: null,
    flavour: 'unknown',
    user: {},
    role: { value: 'guest', decidedBy: null, conflicts: [] },
    features: readFeatures({}, false),
    unknownFeatures: [],
    room: readRoom(undefined, undefined, false),
    validity: { issuedAt: null, notBefore: null, expiresAt: null, secondsRemaining: null, usable: false },
    findings: findings.list,
    usable: false,
    verified: false,
  };
}

/** Seconds since 1970 for the context's `now`. */
function nowSeconds(now: InspectContext['now']): number {
  const ms = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
  return Number.isFinite(ms) ? ms / 1000 : Date.now() / 1000;
}

/**
 * Inspects a token or a tokenized meeting link (`https://host/room?jwt=…`, `#jwt=…`) against
 * what the caller knows of the meeting. Any string gives a report; bad input gives
 * `usable: false` with at least one error finding.
 */
export function inspectToken(input: string, context: InspectContext = {}): TokenReport {
  const findings = new Findings();
  const raw = typeof input === 'string' ? input : '';
  if (raw.length > MAX_INPUT_LENGTH) {
    findings.add('token-too-large', 'error', null, `The input has ${raw.length} characters: too large.`,
      'Keep tokens small: they travel in URLs.');
    return unreadable(null, findings);
  }
  const token = extractToken(raw);
  if (token.length > MAX_TOKEN_LENGTH) {
    findings.add('token-too-large', 'error', null, `The token has ${token.length} characters (limit ${MAX_TOKEN_LENGTH}).`,
      'Keep tokens small: they travel in URLs.');
    return unreadable(null, findings);
  }
  const decoded = decodeToken(token);
  if (!decoded.ok && decoded.tooDeep) {
    findings.add('claims-too-deep', 'error', null, `This token cannot be read safely. ${decoded.reason}`, 'Mint the token again with a flat payload.');
    return unreadable(token, findings);
  }
  if (!decoded.ok) {
    findings.add('malformed', 'error', null, token === '' ? 'There is no token.' : `This is not a readable JWT. ${decoded.reason}`,
      'Copy the whole token or meeting link.');
    return unreadable(token === '' ? null : token, findings);
  }
  const { header, claims } = decoded;
  const flavour = detectFlavour(header, claims);
  const user = object(object(claims, 'context'), 'user');

  checkHeader(header, findings);
  checkIssuerAndAudience(claims, flavour, context, findings);
  const room = checkPlacement(header, claims, flavour, context, findings);
  const times = checkTimes(claims, nowSeconds(context.now), Math.max(0, context.clockSkewSeconds ?? 0), findings);
  const role = readRole(claims, user);
  checkRoleClaims(claims, role, findings);
  const features = checkFeatures(claims, flavour, findings);
  checkRoomOptions(claims, findings);
  const person = readUser(claims, flavour, findings);
  const usable = !findings.hasError;
  return {
    token,
    header,
    claims,
    flavour,
    user: person,
    role,
    features: readFeatures(features.flags, role.value === 'owner' || role.value === 'moderator'),
    unknownFeatures: features.unknown,
    room,
    validity: { ...times, usable },
    findings: findings.list,
    usable,
    verified: false,
  };
}

/** True when `report` has a finding with `code`. */
export function hasFinding(report: TokenReport, code: TokenReport['findings'][number]['code']): boolean {
  return report.findings.some((finding) => finding.code === code);
}
