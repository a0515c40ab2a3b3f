/**
 * The inspector's core (`judgeToken`, findings as data) against the full inspector
 * (`inspectToken`): the same verdict, the same findings in the same order (less the holder's,
 * which only the full report reads), and words for every code. Over a table of hand-made
 * tokens and a fixed sample of the Prosody corpus under every server profile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeToken } from '../../../lib/token/core.js';
import {
  FINDING_WORDS,
  inspectToken,
  JAAS_PROFILE,
  wordFinding,
  type Finding,
  type FindingCode,
  type FindingFacts,
  type InspectContext,
} from '../../../lib/token/index.js';
import {
  FORUM_MEMBER_TOKEN,
  FORUM_OWNER_TOKEN,
  FORUM_TIME,
  JAAS_TOKEN,
  KEYCLOAK_ACCESS_TOKEN,
  NODE_EXAMPLE,
  PHP_EXAMPLE,
  WIKI_EXAMPLE,
} from '../../fixtures/seed-tokens.js';
import { b64url, fakeToken, GOOD_CONTEXT, goodClaims, NOW, NOW_S } from '../../fixtures/tokens.js';
import { build, PROFILES, tokenArb } from './prosody-corpus.js';

const good = (overrides: Record<string, unknown>, header?: Record<string, unknown>) => fakeToken(goodClaims(overrides), header);
const pattern = (room: unknown, options: Record<string, unknown> = { regex: true }) => good({ room, context: { user: { name: 'A' }, room: options } });

/** Hand-made inputs: every code, most cases. */
const TABLE: [name: string, input: string, context?: InspectContext][] = [
  ['a good token', good({})],
  ['too much input', 'a'.repeat(70_000)],
  ['a token over 16 KiB', `${b64url({ alg: 'HS256' })}.${'A'.repeat(17_000)}.x`],
  ['no token', ''],
  ['two parts', 'abc.def'],
  ['a bad base64url header', '!!!.e30.x'],
  ['a header that is not JSON', `${b64url('nope')}.e30.x`],
  ['a header that is a list', `${b64url([1])}.e30.x`],
  ['a payload that is not JSON', `e30.${b64url('nope')}.x`],
  ['a payload with a byte-order mark', `e30.${Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{}')]).toString('base64url')}.x`],
  ['a payload that is a string', `e30.${b64url('"s"')}.x`],
  ['a bad signature', `e30.e30.!!`],
  ['a header deeper than cjson reads', `${b64url('['.repeat(1001) + ']'.repeat(1001))}.e30.x`],
  ['claims deeper than 16 levels', good({ context: Array.from({ length: 17 }).reduce((value) => ({ a: value }), 1) })],
  ['a link', `https://meet.example.org/standup?jwt=${good({})}`],
  ['alg none', good({}, { alg: 'none', typ: 'JWT' })],
  ['alg RS256 on a secret', good({}, { alg: 'RS256', typ: 'JWT' })],
  ['a key server without kid', good({}, { alg: 'RS256', typ: 'JWT' }), { ...GOOD_CONTEXT, profile: { key_kind: 'key-server' } }],
  ['a key server, kid null, HS256', good({}, { alg: 'HS256', typ: 'JWT', kid: null }), { ...GOOD_CONTEXT, profile: { key_kind: 'key-server' } }],
  ['a key server, leading dot', `.${good({}, { alg: 'RS256', typ: 'JWT', kid: 'k' })}`, { ...GOOD_CONTEXT, profile: { key_kind: 'key-server' } }],
  ['typ missing', good({}, { alg: 'HS256' })],
  ['times of every wrong type', good({ exp: 'x', nbf: false, iat: 'y' })],
  ['times in milliseconds', good({ exp: (NOW_S + 60) * 1000, nbf: NOW_S * 1000, iat: NOW_S * 1000 })],
  ['expired, issued in the future', good({ exp: NOW_S - 1, iat: NOW_S + 600 })],
  ['not yet valid, no exp', good({ nbf: NOW_S + 600, exp: undefined })],
  ['valid for a week', good({ exp: NOW_S + 7 * 86400 })],
  ['no iss, aud, sub or room', good({ iss: undefined, aud: undefined, sub: undefined, room: undefined })],
  ['no room, not required', good({ room: undefined }), { ...GOOD_CONTEXT, profile: { asap_require_room_claim: false } }],
  ['iss and aud not accepted', good({ iss: 'other', aud: ['myapp', 'x'] })],
  ['aud a list, any audience', good({ aud: ['myapp', 'x'] }), { ...GOOD_CONTEXT, expectedAudience: undefined }],
  ['context null', good({ context: null })],
  ['another room', good({ room: 'retro' })],
  ['the tenant in the room claim', good({ room: 'acme/standup' })],
  ['room "*", sub another domain', good({ room: '*', sub: 'other.org' })],
  ['room a number, no domain verification', good({ room: 7 }), { ...GOOD_CONTEXT, profile: { enable_domain_verification: false } }],
  ['room false, required', good({ room: false })],
  ['a pattern that matches', pattern('^stand%a*$')],
  ['a pattern that gives less than the room', pattern('^stand')],
  ['a pattern with capitals that matches nothing', pattern('^Stand')],
  ['a pattern with too many quantifiers', pattern('^s*t*a*n*d*$')],
  ['an invalid pattern', pattern('stand[')],
  ['a pattern that is no text', pattern(true)],
  ['patterns off', pattern('^standup$'), { ...GOOD_CONTEXT, profile: { token_regex_enabled: false } }],
  ['a room too long for patterns', pattern('^t.*$'), { ...GOOD_CONTEXT, room: 't'.repeat(200) }],
  ['a pattern without domain verification', pattern('standup'), { ...GOOD_CONTEXT, profile: { enable_domain_verification: false } }],
  ['context.room a number', good({ room: 'standup', context: { room: 5 } })],
  ['a tenant room with context.tenant true', good({ sub: 'acme', context: { tenant: true } }), { ...GOOD_CONTEXT, room: 'acme/standup' }],
  ['no token_verification', good({ room: 'retro' }), { ...GOOD_CONTEXT, profile: { token_verification: false } }],
  [
    'JaaS without features, wrong kid',
    good({ context: { user: { name: 'A', affiliation: 'boss' } } }, { alg: 'RS256', typ: 'JWT', kid: 'x/' }),
    { profile: JAAS_PROFILE, room: 'x/standup', now: NOW },
  ],
  ['JaaS, kid for another app', good({ sub: 'app1' }, { alg: 'RS256', typ: 'JWT', kid: 'app2/k' }), { profile: JAAS_PROFILE, now: NOW }],
  // The seed documents' tokens (test/fixtures/seed-tokens.ts).
  ['the forum owner token, then', FORUM_OWNER_TOKEN, { domain: 'jitsi.mhnnet.de', room: 'nocheintest', expectedIssuer: 'jitsi', now: FORUM_TIME }],
  ['the forum member token, today', FORUM_MEMBER_TOKEN, { room: 'NochEinTest', now: NOW }],
  ['the JaaS example', JAAS_TOKEN, { profile: JAAS_PROFILE, now: NOW }],
  ['a Keycloak access token', KEYCLOAK_ACCESS_TOKEN, { profile: { asap_require_room_claim: false }, now: NOW }],
  ['the Node example', NODE_EXAMPLE, GOOD_CONTEXT],
  ['the PHP example', PHP_EXAMPLE, GOOD_CONTEXT],
  ['the wiki example', WIKI_EXAMPLE, GOOD_CONTEXT],
  [
    'the holder: every finding',
    good({
      moderator: false,
      features: { a: 1 },
      context: {
        user: { avatar: 'http://x', affiliation: 'owner', moderator: 'false', features: {} },
        features: { recording: 'true', livestream: true, flip: 5 },
        room: { lobby: true },
      },
    }),
  ],
];

/** Findings only the full report has: about the holder (holder.ts). */
const holderOnly = (finding: Finding) =>
  [
    'unknown-affiliation',
    'role-conflict',
    'feature-value-invalid',
    'features-misplaced',
    'unknown-feature',
    'feature-as-string',
    'missing-display-name',
    'unsafe-avatar',
  ].includes(finding.code) ||
  (finding.code === 'room-options-ignored' && finding.claim === 'context.room');

/** The core's findings as `inspectToken` words them, less the data. */
const brief = ({ code, severity, claim, setting }: FindingFacts | Finding) => ({ code, severity, claim, ...(setting ? { setting } : {}) });

function compare(input: string, context: InspectContext): void {
  const verdict = judgeToken(input, context);
  const report = inspectToken(input, context);
  expect(verdict.usable).toBe(report.usable);
  expect({ ...verdict, findings: null }).toEqual({
    token: report.token,
    header: report.header,
    claims: report.claims,
    room: report.room,
    validity: report.validity,
    usable: report.usable,
    verified: false,
    findings: null,
  });
  // The core reads JaaS's required context.features last; the full report, among the holder's findings.
  const kept = report.findings.filter((finding) => !holderOnly(finding));
  const jaas = kept.filter((finding) => finding.claim === 'context.features');
  const expected = [...kept.filter((finding) => finding.claim !== 'context.features'), ...jaas];
  expect(verdict.findings.map(brief)).toEqual(expected.map(brief));
  expect(verdict.findings.map(wordFinding)).toEqual(expected);
  // Every error of the full report is the core's.
  expect(report.findings.filter((finding) => finding.severity === 'error').every((error) => expected.includes(error))).toBe(true);
}

describe('judgeToken (the core) gives inspectToken verdict', () => {
  it.each(TABLE)('%s', (_, input, context) => {
    compare(input, context ?? GOOD_CONTEXT);
  });

  it('over a fixed sample of the Prosody corpus, under every server profile', () => {
    const cases = fc.sample(tokenArb, { seed: 14, numRuns: 150 });
    for (const t of cases) for (const profile of Object.values(PROFILES)) compare(build(t), { profile, room: t.target, now: NOW + t.ms });
  });
});

/** Every finding code, checked by the compiler against FindingCode: a new code fails here until it is listed. */
const CODES: Record<FindingCode, true> = {
  'token-too-large': true,
  malformed: true,
  'alg-none': true,
  'alg-unsupported': true,
  'typ-not-jwt': true,
  'bad-timestamp': true,
  expired: true,
  'not-yet-valid': true,
  'timestamp-milliseconds': true,
  'issued-in-future': true,
  'missing-exp': true,
  'long-lived': true,
  'missing-claim': true,
  'room-mismatch': true,
  'room-wildcard': true,
  'room-pattern': true,
  'sub-mismatch': true,
  'iss-mismatch': true,
  'aud-mismatch': true,
  'feature-as-string': true,
  'feature-value-invalid': true,
  'unknown-feature': true,
  'features-misplaced': true,
  'unknown-affiliation': true,
  'role-conflict': true,
  'missing-display-name': true,
  'unsafe-avatar': true,
  'jaas-kid': true,
  'room-options-ignored': true,
  'context-invalid': true,
  'tenant-invalid': true,
  'claims-too-deep': true,
  'weak-secret': true,
};

describe('the wording module', () => {
  it('has words for every code the inspector gives (weak-secret is the CLI’s own)', () => {
    const missing = Object.keys(CODES).filter((code) => code !== 'weak-secret' && !(code in FINDING_WORDS));
    expect(missing).toEqual([]);
  });

  it('words every finding of the table in full sentences, with no hole', () => {
    const seen = new Set<string>();
    for (const [, input, context] of TABLE) {
      for (const finding of inspectToken(input, context ?? GOOD_CONTEXT).findings) {
        seen.add(finding.code);
        expect(finding.message, finding.code).toMatch(/^\S.*[.)"?]$/);
        expect(finding.hint, finding.code).toMatch(/^\S.*[.)"?]$/);
        expect(`${finding.message} ${finding.hint}`, finding.code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
    }
    // The table reaches every code the inspector gives.
    expect(Object.keys(CODES).filter((code) => code !== 'weak-secret' && !seen.has(code))).toEqual([]);
  });

  it('words a verdict sent as JSON (a worker, postMessage) as it words the verdict itself', () => {
    for (const [, input, context] of TABLE) {
      const verdict = judgeToken(input, context ?? GOOD_CONTEXT);
      const sent = JSON.parse(JSON.stringify(verdict.findings)) as FindingFacts[];
      expect(sent.map(wordFinding)).toEqual(verdict.findings.map(wordFinding));
    }
  });
});
