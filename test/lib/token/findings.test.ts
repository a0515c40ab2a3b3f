import { describe, expect, it } from 'vitest';
import { inspectToken, JAAS_PROFILE, type FindingCode, type InspectContext, type Severity } from '../../../lib/token/index.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW_S, b64url } from '../../fixtures/tokens.js';

interface Case {
  name: string;
  input: string;
  context?: InspectContext;
  code: FindingCode;
  severity: Severity;
  claim?: string | null;
  /** Whether Prosody would still accept the token. */
  usable: boolean;
}

const good = (overrides: Record<string, unknown>, header?: Record<string, unknown>) => fakeToken(goodClaims(overrides), header);
const withContext = (context: Record<string, unknown>) => good({ context });
const user = (fields: Record<string, unknown>) => ({ user: { name: 'Ann', ...fields } });

const cases: Case[] = [
  { name: 'over 64 KiB of input', input: 'a'.repeat(70_000), code: 'token-too-large', severity: 'error', claim: null, usable: false },
  { name: 'a token over 16 KiB', input: `${b64url({ alg: 'HS256' })}.${'A'.repeat(17_000)}.x`, code: 'token-too-large', severity: 'error', usable: false },
  { name: 'two parts', input: 'abc.def', code: 'malformed', severity: 'error', usable: false },
  { name: 'five parts (JWE)', input: 'a.b.c.d.e', code: 'malformed', severity: 'error', usable: false },
  { name: 'bad base64url header', input: '!!!.e30.x', code: 'malformed', severity: 'error', usable: false },
  { name: 'header not JSON', input: `${b64url('not json')}.e30.x`, code: 'malformed', severity: 'error', usable: false },
  { name: 'payload not JSON', input: `${b64url({ alg: 'HS256' })}.${b64url('nope')}.x`, code: 'malformed', severity: 'error', usable: false },
  { name: 'payload an array', input: `${b64url({ alg: 'HS256' })}.${b64url([1])}.x`, code: 'malformed', severity: 'error', usable: false },
  { name: 'empty input', input: '', code: 'malformed', severity: 'error', usable: false },
  { name: 'alg none', input: good({}, { alg: 'none', typ: 'JWT' }), code: 'alg-none', severity: 'error', claim: 'header.alg', usable: false },
  { name: 'alg empty', input: good({}, { alg: '', typ: 'JWT' }), code: 'alg-none', severity: 'error', usable: false },
  { name: 'alg ES256', input: good({}, { alg: 'ES256', typ: 'JWT', kid: 'k' }), code: 'alg-unsupported', severity: 'error', usable: false },
  {
    name: 'RS256 without kid (key server)',
    input: good({}, { alg: 'RS256', typ: 'JWT' }),
    context: { ...GOOD_CONTEXT, profile: { key_kind: 'key-server' } },
    code: 'missing-claim',
    severity: 'error',
    claim: 'header.kid',
    usable: false,
  },
  { name: 'typ missing', input: good({}, { alg: 'HS256' }), code: 'typ-not-jwt', severity: 'error', claim: 'header.typ', usable: false },
  { name: 'typ "at+jwt"', input: good({}, { alg: 'HS256', typ: 'at+jwt' }), code: 'typ-not-jwt', severity: 'error', usable: false },
  { name: 'exp as a string', input: good({ exp: '1790000000' }), code: 'bad-timestamp', severity: 'error', claim: 'exp', usable: false },
  { name: 'iat as a string', input: good({ iat: 'yesterday' }), code: 'bad-timestamp', severity: 'warning', claim: 'iat', usable: true },
  { name: 'expired', input: good({ exp: NOW_S - 1 }), code: 'expired', severity: 'error', claim: 'exp', usable: false },
  { name: 'expired exactly now (Prosody: now >= exp)', input: good({ exp: NOW_S }), code: 'expired', severity: 'error', usable: false },
  { name: 'nbf in the future', input: good({ nbf: NOW_S + 600 }), code: 'not-yet-valid', severity: 'error', claim: 'nbf', usable: false },
  { name: 'exp in milliseconds', input: good({ exp: (NOW_S + 3600) * 1000 }), code: 'timestamp-milliseconds', severity: 'warning', claim: 'exp', usable: true },
  { name: 'nbf in milliseconds', input: good({ nbf: NOW_S * 1000 }), code: 'timestamp-milliseconds', severity: 'warning', claim: 'nbf', usable: false },
  { name: 'iat in milliseconds', input: good({ iat: NOW_S * 1000 }), code: 'timestamp-milliseconds', severity: 'warning', claim: 'iat', usable: true },
  { name: 'iat in the future', input: good({ iat: NOW_S + 600 }), code: 'issued-in-future', severity: 'warning', usable: true },
  { name: 'no exp', input: good({ exp: undefined }), code: 'missing-exp', severity: 'warning', claim: 'exp', usable: true },
  { name: 'valid for a week', input: good({ exp: NOW_S + 7 * 86400 }), code: 'long-lived', severity: 'warning', usable: true },
  { name: 'no iss', input: good({ iss: undefined }), code: 'missing-claim', severity: 'error', claim: 'iss', usable: false },
  { name: 'no aud', input: good({ aud: undefined }), code: 'missing-claim', severity: 'error', claim: 'aud', usable: false },
  { name: 'no sub', input: good({ sub: undefined }), code: 'missing-claim', severity: 'error', claim: 'sub', usable: false },
  { name: 'no room', input: good({ room: undefined }), code: 'missing-claim', severity: 'error', claim: 'room', usable: false },
  { name: 'room for another room', input: good({ room: 'retro' }), code: 'room-mismatch', severity: 'error', claim: 'room', usable: false },
  {
    name: 'room claim not URL-encoded',
    input: good({ room: 'team standup' }),
    context: { ...GOOD_CONTEXT, room: 'Team Standup' },
    code: 'room-mismatch',
    severity: 'error',
    usable: false,
  },
  {
    name: 'JaaS appId/room form in the room claim',
    input: good({ room: 'vpaas-magic-cookie-1/standup' }),
    code: 'room-mismatch',
    severity: 'error',
    usable: false,
  },
  { name: 'room "*"', input: good({ room: '*' }), code: 'room-wildcard', severity: 'warning', usable: true },
  {
    name: 'room pattern that does not match',
    input: good({ room: '%bxy', context: { room: { regex: true } } }),
    code: 'room-mismatch',
    severity: 'error',
    usable: false,
  },
  {
    name: 'sub for another domain (domain verification on by default)',
    input: good({ sub: 'meet.other.org' }),
    context: GOOD_CONTEXT,
    code: 'sub-mismatch',
    severity: 'error',
    usable: false,
  },
  {
    name: 'sub a number, verification on',
    input: good({ sub: 42 }),
    context: { ...GOOD_CONTEXT, domainVerification: true },
    code: 'sub-mismatch',
    severity: 'error',
    usable: false,
  },
  { name: 'iss not accepted', input: good({ iss: 'other' }), code: 'iss-mismatch', severity: 'error', claim: 'iss', usable: false },
  { name: 'aud not accepted', input: good({ aud: 'other' }), code: 'aud-mismatch', severity: 'error', claim: 'aud', usable: false },
  { name: 'aud a list, audience configured', input: good({ aud: ['myapp', 'account'] }), code: 'aud-mismatch', severity: 'error', usable: false },
  {
    name: 'aud a list, any audience accepted',
    input: good({ aud: ['myapp', 'account'] }),
    context: { ...GOOD_CONTEXT, expectedAudience: undefined },
    code: 'aud-mismatch',
    severity: 'warning',
    usable: true,
  },
  {
    name: 'feature "true" as a string',
    input: withContext({ ...user({}), features: { recording: 'true' } }),
    code: 'feature-as-string',
    severity: 'info',
    usable: true,
  },
  {
    name: 'feature value ""',
    input: withContext({ ...user({}), features: { recording: '' } }),
    code: 'feature-value-invalid',
    severity: 'warning',
    usable: true,
  },
  { name: 'features a list', input: withContext({ ...user({}), features: ['recording'] }), code: 'feature-value-invalid', severity: 'warning', usable: true },
  { name: 'unknown feature', input: withContext({ ...user({}), features: { karaoke: true } }), code: 'unknown-feature', severity: 'warning', usable: true },
  {
    name: 'features inside context.user',
    input: withContext(user({ features: { recording: true } })),
    code: 'features-misplaced',
    severity: 'warning',
    claim: 'context.user.features',
    usable: true,
  },
  { name: 'unknown affiliation', input: withContext(user({ affiliation: 'admin' })), code: 'unknown-affiliation', severity: 'warning', usable: true },
  {
    name: 'moderator true, affiliation member',
    input: good({ moderator: true, context: user({ affiliation: 'member' }) }),
    code: 'role-conflict',
    severity: 'warning',
    usable: true,
  },
  {
    name: 'no display name',
    input: withContext({ user: { email: 'a@b.c' } }),
    code: 'missing-display-name',
    severity: 'warning',
    claim: 'context.user.name',
    usable: true,
  },
  { name: 'no context at all', input: good({ context: undefined }), code: 'missing-display-name', severity: 'warning', usable: true },
  {
    name: 'http avatar',
    input: withContext(user({ avatar: 'http://example.org/a.png' })),
    code: 'unsafe-avatar',
    severity: 'warning',
    claim: 'context.user.avatar',
    usable: true,
  },
  {
    name: 'javascript: avatarUrl',
    input: withContext(user({ avatarUrl: 'javascript:alert(1)' })),
    code: 'unsafe-avatar',
    severity: 'warning',
    claim: 'context.user.avatarUrl',
    usable: true,
  },
  {
    name: 'JaaS kid without key id',
    input: fakeToken(
      { ...goodClaims({ iss: 'chat', aud: 'jitsi', sub: 'vpaas-magic-cookie-1' }), context: { user: { name: 'J' }, features: {} } },
      { alg: 'RS256', typ: 'JWT', kid: 'vpaas-magic-cookie-1' },
    ),
    context: { room: 'standup', now: GOOD_CONTEXT.now, profile: JAAS_PROFILE },
    code: 'jaas-kid',
    severity: 'error',
    usable: false,
  },
  {
    name: 'JaaS kid for another app',
    input: fakeToken(
      { ...goodClaims({ iss: 'chat', aud: 'jitsi', sub: 'vpaas-magic-cookie-1' }), context: { user: { name: 'J' }, features: {} } },
      { alg: 'RS256', typ: 'JWT', kid: 'vpaas-magic-cookie-2/ab' },
    ),
    context: { room: 'standup', now: GOOD_CONTEXT.now, profile: JAAS_PROFILE },
    code: 'jaas-kid',
    severity: 'error',
    usable: false,
  },
  {
    name: 'JaaS without features',
    input: fakeToken(goodClaims({ iss: 'chat', aud: 'jitsi', sub: 'vpaas-magic-cookie-1', context: user({}) }), {
      alg: 'RS256',
      typ: 'JWT',
      kid: 'vpaas-magic-cookie-1/ab',
    }),
    context: { room: 'standup', now: GOOD_CONTEXT.now, profile: JAAS_PROFILE },
    code: 'missing-claim',
    severity: 'error',
    claim: 'context.features',
    usable: false,
  },
  {
    name: 'JaaS with iss other than chat',
    input: fakeToken(
      { ...goodClaims({ iss: 'myapp', aud: 'jitsi', sub: 'vpaas-magic-cookie-1' }), context: { user: { name: 'J' }, features: {} } },
      { alg: 'RS256', typ: 'JWT', kid: 'vpaas-magic-cookie-1/ab' },
    ),
    context: { room: 'standup', now: GOOD_CONTEXT.now, profile: JAAS_PROFILE },
    code: 'iss-mismatch',
    severity: 'error',
    usable: false,
  },
  {
    name: 'lobby and password in context.room',
    input: withContext({ ...user({}), room: { lobby: true, password: 'x' } }),
    code: 'room-options-ignored',
    severity: 'warning',
    claim: 'context.room',
    usable: true,
  },
];

describe('inspectToken findings', () => {
  it.each(cases)('$name → $code ($severity)', ({ input, context, code, severity, claim, usable }) => {
    const report = inspectToken(input, context ?? GOOD_CONTEXT);
    const found = report.findings.filter((finding) => finding.code === code);
    expect(
      found.map((f) => f.severity),
      JSON.stringify(report.findings.map((f) => f.code)),
    ).toContain(severity);
    if (claim !== undefined) expect(found.map((f) => f.claim)).toContain(claim);
    expect(report.usable).toBe(usable);
    expect(report.validity.usable).toBe(usable);
    for (const finding of report.findings) {
      expect(finding.message.length, finding.code).toBeGreaterThan(10);
      expect(finding.hint.length, finding.code).toBeGreaterThan(10);
    }
  });

  it('covers every finding code the issue names', () => {
    const required: FindingCode[] = [
      'malformed',
      'alg-none',
      'typ-not-jwt',
      'expired',
      'not-yet-valid',
      'timestamp-milliseconds',
      'issued-in-future',
      'missing-exp',
      'missing-claim',
      'room-mismatch',
      'sub-mismatch',
      'iss-mismatch',
      'aud-mismatch',
      'feature-as-string',
      'unknown-feature',
      'unknown-affiliation',
      'role-conflict',
      'long-lived',
      'room-wildcard',
      'missing-display-name',
      'unsafe-avatar',
      'jaas-kid',
      'room-options-ignored',
      'token-too-large',
    ];
    const tested = new Set(cases.map((c) => c.code));
    expect(required.filter((code) => !tested.has(code))).toEqual([]);
  });

  it('finds nothing wrong with a correct token', () => {
    const report = inspectToken(fakeToken(goodClaims()), GOOD_CONTEXT);
    expect(report.findings).toEqual([]);
    expect(report.usable).toBe(true);
    expect(report.verified).toBe(false);
  });

  it('accepts a room claim that differs only in case, as Prosody lowercases it', () => {
    const report = inspectToken(fakeToken(goodClaims({ room: 'StandUp' })), GOOD_CONTEXT);
    expect(report.room.matches).toBe(true);
    expect(report.findings).toEqual([]);
  });

  it('accepts the URL-encoded room claim for a room with spaces and unicode', () => {
    const report = inspectToken(fakeToken(goodClaims({ room: 'caf%c3%a9%20r%c3%a9union' })), { ...GOOD_CONTEXT, room: 'Café Réunion' });
    expect(report.room).toMatchObject({ target: 'caf%c3%a9%20r%c3%a9union', matches: true });
  });

  it('applies clock skew only in the lenient direction', () => {
    const token = fakeToken(goodClaims({ exp: NOW_S - 30 }));
    expect(inspectToken(token, GOOD_CONTEXT).usable).toBe(false);
    expect(inspectToken(token, { ...GOOD_CONTEXT, clockSkewSeconds: 60 }).usable).toBe(true);
  });

  it('splits tenant/room targets and compares sub with the tenant', () => {
    const token = fakeToken(goodClaims({ sub: 'acme' }));
    const report = inspectToken(token, { room: 'acme/standup', now: GOOD_CONTEXT.now, domainVerification: true });
    expect(report.usable).toBe(true);
    expect(report.room.matches).toBe(true);
  });
});
