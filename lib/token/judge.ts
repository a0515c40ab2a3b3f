/**
 * `judgeToken`: decode a Jitsi JWT and judge it as Prosody does, the findings as data (codes and
 * parameters, no words: `inspectToken` adds them from `wording.ts`). The inspector's core: pure
 * (no DOM, no Node APIs), no signature check (see `verifyToken`), and it never throws.
 */
import type { Json } from './claims.js';
import { checkHeader } from './checks/header.js';
import { Findings } from './checks/finding.js';
import { checkIssuerAndAudience } from './checks/audience.js';
import { checkJaasFeatures, checkPlacement } from './checks/placement.js';
import { checkTimes } from './checks/time.js';
import { checkLogin } from './checks/login.js';
import { MAX_CLAIM_DEPTH, nestsDeeperThan } from './decode.js';
import { findToken, MAX_INPUT_LENGTH, MAX_TOKEN_LENGTH } from './extract.js';
import { serverProfile, type ServerProfile } from './profile.js';
import { CJSON_MAX_DEPTH, prosodyDecode } from './prosody/decode.js';
import type { FindingCode, InspectContext, RoomReport, TokenVerdict, ValidityReport } from './types.js';

/** Reads more from a decodable token once the verdict's checks ran, adding its findings in order (`holder.ts`). */
export type ReadMore = (header: Json, claims: Json, profile: ServerProfile, findings: Findings) => void;

/** A token as decoded: header and claims are null when the token cannot be read (the refusal is then among the findings). */
type Read = [token: string | null, header: Json | null, claims: Json | null];

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
 * Finds and decodes the token in `input` as Prosody's `parse_token` does; a token that cannot be
 * read adds its refusal (Prosody: "Invalid token", "Invalid header", "Invalid body", "Invalid
 * signature"; "Invalid typ" for a header that is no JSON object, "'iss' claim is missing" for
 * such a payload).
 */
function read(input: string, findings: Findings): Read {
  const raw = typeof input === 'string' ? input : '';
  // Too much input is refused before a link is read; a token too long, once it is extracted.
  const big = raw.length > MAX_INPUT_LENGTH;
  const [token, unquoted] = big ? [raw, false] : findToken(raw);
  const limit = big ? MAX_INPUT_LENGTH : MAX_TOKEN_LENGTH;
  if (token.length > limit) {
    findings.add('token-too-large', 'error', null, { case: big ? 'input' : 'token', length: token.length, limit });
    return [null, null, null];
  }
  const decoded = prosodyDecode(token);
  if (!decoded.ok && decoded.problem === 'depth') {
    findings.add('claims-too-deep', 'error', null, { part: decoded.part, limit: CJSON_MAX_DEPTH });
    return [token, null, null];
  }
  const part = decoded.ok ? (isObject(decoded.header) ? (isObject(decoded.body) ? null : 'payload') : 'header') : decoded.part;
  if (part) {
    const params = decoded.ok ? { case: 'object', part } : { case: decoded.problem, part, segments: decoded.segments };
    findings.add('malformed', 'error', null, token === '' ? { case: unquoted ? 'unquoted' : 'empty' } : params);
    return [token || null, null, null];
  }
  const { header, body } = decoded as { header: Json; body: Json };
  // Prosody's cjson reads 1000 levels; MeetGate reads 16, so a deep payload cannot exhaust whatever prints it.
  if (nestsDeeperThan(header, MAX_CLAIM_DEPTH) || nestsDeeperThan(body, MAX_CLAIM_DEPTH)) {
    findings.add('claims-too-deep', 'error', null, { limit: MAX_CLAIM_DEPTH });
    return [token, null, null];
  }
  return [token, header, body];
}

/** `judgeToken`, with `more` run after the verdict's checks on a decodable token (`inspectToken` reads the holder there). */
export function judge(input: string, context: InspectContext = {}, more?: ReadMore): TokenVerdict {
  const findings = new Findings();
  const [token, header, claims] = read(input, findings);
  let room: RoomReport = { claim: null, wildcard: false, pattern: false, target: null, matches: null };
  let times: Omit<ValidityReport, 'usable'> = { issuedAt: null, notBefore: null, expiresAt: null, secondsRemaining: null };
  if (header && claims) {
    const profile = profileFor(context);
    checkHeader(token as string, header, profile, findings);
    times = checkTimes(claims, nowSeconds(context.now), Math.max(0, context.clockSkewSeconds ?? 0), findings);
    checkIssuerAndAudience(claims, profile, findings);
    checkLogin(claims, profile, findings);
    room = checkPlacement(header, claims, profile, context.room, context.tenant, findings);
    // The holder's findings come last (they never change the verdict, but for JaaS's required context.features).
    if (more) more(header, claims, profile, findings);
    else checkJaasFeatures(claims, profile, findings);
  }
  // Any error: Prosody refuses the token.
  const usable = !findings.list.some((finding) => finding.severity === 'error');
  return { token, header, claims, room, validity: { ...times, usable }, findings: findings.list, usable, verified: false };
}

/**
 * Judges a token or a tokenized meeting link (`https://host/room?jwt=…`, `#jwt=…`) against what
 * the caller knows of the meeting, as Prosody would: whether it accepts the token for the room
 * (`usable`, `room`, `validity`), and every finding about that as data (`code`, `severity`,
 * `claim`, `setting`, `params`) instead of sentences (`wordFinding` words them). Any string gives
 * a verdict; bad input gives `usable: false` with at least one error finding. Never throws.
 */
export const judgeToken: (input: string, context?: InspectContext) => TokenVerdict = judge;

/** True when `report` (from `inspectToken` or `judgeToken`) has a finding with `code`. */
export function hasFinding(report: { findings: readonly { code: FindingCode }[] }, code: FindingCode): boolean {
  return report.findings.some((finding) => finding.code === code);
}
