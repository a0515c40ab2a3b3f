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
import { checkLogin } from './checks/login.js';
import { MAX_CLAIM_DEPTH, nestsDeeperThan } from './decode.js';
import { extractToken, MAX_INPUT_LENGTH, MAX_TOKEN_LENGTH } from './extract.js';
import { readFeatures } from './features.js';
import { detectFlavour } from './flavour.js';
import { serverProfile, type ServerProfile } from './profile.js';
import { prosodyDecode } from './prosody/decode.js';
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
    room: { claim: null, wildcard: false, pattern: false, target: null, matches: null },
    validity: { issuedAt: null, notBefore: null, expiresAt: null, secondsRemaining: null, usable: false },
    findings: findings.list,
    usable: false,
    verified: false,
  };
}

/** Whole seconds since 1970 for the context's `now`, as Lua's `os.time()`. */
function nowSeconds(now: InspectContext['now']): number {
  const ms = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
  return Math.floor((Number.isFinite(ms) ? ms : Date.now()) / 1000);
}

const list = (value: string | readonly string[] | undefined) => (value === undefined ? undefined : typeof value === 'string' ? [value] : value);

/** The server profile: the context's `profile`, its older fields where the profile is silent, then current Jitsi's defaults. */
export function profileFor(context: InspectContext): ServerProfile {
  const given = context.profile ?? {};
  const profile = serverProfile({
    domain: context.domain ?? undefined,
    asap_accepted_issuers: list(context.expectedIssuer),
    asap_accepted_audiences: list(context.expectedAudience),
    enable_domain_verification: context.domainVerification,
    ...given,
  });
  // A profile that leaves the issuers at Prosody's default ({ app_id }) still takes the caller's.
  if (profile.asap_accepted_issuers === null && context.expectedIssuer !== undefined) profile.asap_accepted_issuers = list(context.expectedIssuer) ?? null;
  return profile;
}

/** Whether a decoded part is a JSON object (Prosody refuses anything else: `Invalid typ`, `'iss' claim is missing`). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    findings.add('token-too-large', 'error', null, `The input has ${raw.length} characters: too large.`, 'Keep tokens small: they travel in URLs.');
    return unreadable(null, findings);
  }
  const token = extractToken(raw);
  if (token.length > MAX_TOKEN_LENGTH) {
    findings.add(
      'token-too-large',
      'error',
      null,
      `The token has ${token.length} characters (limit ${MAX_TOKEN_LENGTH}).`,
      'Keep tokens small: they travel in URLs.',
    );
    return unreadable(null, findings);
  }
  const decoded = prosodyDecode(token);
  if (!decoded.ok && decoded.tooDeep) {
    findings.add(
      'claims-too-deep',
      'error',
      null,
      `This token cannot be read safely. ${decoded.detail} Prosody: "${decoded.reason}".`,
      'Mint the token again with a flat payload.',
    );
    return unreadable(token, findings);
  }
  if (!decoded.ok || !isObject(decoded.header) || !isObject(decoded.body)) {
    const reason = decoded.ok ? (isObject(decoded.header) ? "'iss' claim is missing" : 'Invalid typ') : decoded.reason;
    const detail = decoded.ok ? `The ${isObject(decoded.header) ? 'payload' : 'header'} is not a JSON object.` : decoded.detail;
    findings.add(
      'malformed',
      'error',
      null,
      token === '' ? 'There is no token.' : `This is not a readable JWT. ${detail} Prosody: "${reason}".`,
      'Copy the whole token or meeting link.',
    );
    return unreadable(token === '' ? null : token, findings);
  }
  const header = decoded.header;
  const claims = decoded.body;
  // Prosody's cjson reads 1000 levels; MeetGate reads 16, so a deep payload cannot exhaust whatever prints it.
  if (nestsDeeperThan(header, MAX_CLAIM_DEPTH) || nestsDeeperThan(claims, MAX_CLAIM_DEPTH)) {
    findings.add(
      'claims-too-deep',
      'error',
      null,
      `This token cannot be read safely: its header or claims nest deeper than ${MAX_CLAIM_DEPTH} levels; Jitsi reads nothing that deep.`,
      'Mint the token again with a flat payload.',
    );
    return unreadable(token, findings);
  }
  const profile = profileFor(context);
  const flavour = detectFlavour(header, claims);
  const user = object(object(claims, 'context'), 'user');

  checkHeader(token, header, profile, findings);
  const times = checkTimes(claims, nowSeconds(context.now), Math.max(0, context.clockSkewSeconds ?? 0), findings);
  checkIssuerAndAudience(claims, profile, findings);
  checkLogin(claims, profile, findings);
  const room = checkPlacement(header, claims, profile, context.room, context.tenant, findings);
  const role = readRole(claims, user);
  checkRoleClaims(claims, role, findings);
  const features = checkFeatures(claims, profile.jaas ? 'jaas' : flavour === 'jaas' ? 'self-hosted' : flavour, findings);
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
