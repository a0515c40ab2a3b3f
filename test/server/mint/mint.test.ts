import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { backendRoomName, FEATURE_NAMES, inspectToken, verifyToken, type TokenRole } from '../../../lib/token/index.js';
import { mintMeetingToken, type MintOptions } from '../../../server/mint/index.js';
import { hsOptions, NOW, rsaKeys, SECRET } from './fixtures.js';
import { profileOf } from '../../fixtures/profiles.js';

const NOW_S = Math.floor(NOW / 1000);
const JAAS_APP = 'vpaas-magic-cookie-0123456789abcdef';

/** The inspector's verdict for the room the token was minted for, at mint time. */
function inspectFor(token: string, room: string, extra: Record<string, unknown> = {}) {
  return inspectToken(token, {
    profile: profileOf(token),
    domain: 'meet.example.org',
    room,
    now: NOW,
    domainVerification: true,
    expectedIssuer: 'myapp',
    expectedAudience: 'myapp',
    ...extra,
  });
}

describe('HS256 tokens for a Prosody app_secret', () => {
  it('writes exactly the header, claims and seconds Prosody reads, and round-trips', async () => {
    const minted = await mintMeetingToken(hsOptions());
    expect(decodeProtectedHeader(minted.token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decodeJwt(minted.token)).toEqual({
      iss: 'myapp',
      aud: 'myapp',
      sub: 'meet.example.org',
      room: 'team%20standup',
      iat: NOW_S,
      exp: NOW_S + 3600,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      context: { user: { id: 'u1', name: 'Ann Owner', email: 'ann@example.org', avatar: 'https://example.org/ann.png', affiliation: 'member' } },
    });
    expect(minted.claims).toEqual(decodeJwt(minted.token));
    expect((await mintMeetingToken(hsOptions())).token, 'two tokens minted in one second differ').not.toBe(minted.token);
    expect(minted.expiresAt.getTime()).toBe((NOW_S + 3600) * 1000);
    expect(minted.issuedAt.getTime()).toBe(NOW_S * 1000);
    expect(minted.notBefore).toBeNull();
    expect(minted.findings).toEqual([]);

    const report = inspectFor(minted.token, 'Team Standup');
    expect(report.usable).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.flavour).toBe('self-hosted');
    expect(report.room.matches).toBe(true);
    expect(report.user).toEqual({ id: 'u1', name: 'Ann Owner', email: 'ann@example.org', avatar: 'https://example.org/ann.png' });
    expect((await verifyToken(minted.token, { secret: SECRET })).status).toBe('verified');
    expect((await verifyToken(minted.token, { secret: 'another-secret' })).status).toBe('invalid-signature');
  });

  it('binds the token to its room: another room is a room-mismatch error', async () => {
    const { token } = await mintMeetingToken(hsOptions({ room: 'Team Standup' }));
    const report = inspectFor(token, 'Retro');
    expect(report.usable).toBe(false);
    expect(report.findings.map((f) => f.code)).toEqual(['room-mismatch']);
  });

  it('accepts a Uint8Array secret and the HS384/HS512 algorithms Prosody can be set to', async () => {
    const long = SECRET.repeat(2);
    for (const algorithm of ['HS384', 'HS512'] as const) {
      const { token, header } = await mintMeetingToken(hsOptions({ secret: new TextEncoder().encode(long), algorithm }));
      expect(header).toEqual({ alg: algorithm, typ: 'JWT' });
      expect((await verifyToken(token, { secret: long })).status).toBe('verified');
    }
  });

  it('writes sub as the lowercased tenant for multi-tenant deployments', async () => {
    const { token, claims } = await mintMeetingToken(hsOptions({ domain: undefined, tenant: 'ACME' }));
    expect(claims.sub).toBe('acme');
    const report = inspectToken(token, { profile: profileOf(token), room: 'acme/Team Standup', now: NOW, domainVerification: true });
    expect(report.usable).toBe(true);
    expect(report.findings).toEqual([]);
  });

  it('writes features as booleans in a stable order, turning "true"/"false" into booleans', async () => {
    const features = { 'screen-sharing': 'false', recording: true, livestreaming: false } as unknown as MintOptions['features'];
    const { claims, token } = await mintMeetingToken(hsOptions({ features }));
    const written = (claims.context as { features: Record<string, unknown> }).features;
    expect(Object.entries(written)).toEqual([
      ['livestreaming', false],
      ['recording', true],
      ['screen-sharing', false],
    ]);
    const report = inspectFor(token, 'Team Standup');
    expect(report.features.recording).toEqual({ state: 'enabled', granted: true, source: 'token' });
    expect(report.features['screen-sharing']).toEqual({ state: 'disabled', granted: false, source: 'token' });
    expect(report.findings).toEqual([]);
  });

  it('trims user fields as Jitsi does and leaves out empty ones', async () => {
    const { claims } = await mintMeetingToken(hsOptions({ user: { id: '  ', name: '  Bob  ', email: '' } }));
    expect((claims.context as { user: unknown }).user).toEqual({ name: 'Bob', affiliation: 'member' });
  });

  it('mints for every room only when asked with room "*", and says so', async () => {
    const minted = await mintMeetingToken(hsOptions({ room: '*' }));
    expect(minted.claims.room).toBe('*');
    expect(minted.findings.map((f) => f.code)).toEqual(['room-wildcard']);
    for (const room of ['Team Standup', 'retro', 'Café']) expect(inspectFor(minted.token, room).usable).toBe(true);
  });

  it('writes nbf only when asked, counts the lifetime from it, and the token opens then', async () => {
    const start = NOW + 2 * 3600 * 1000;
    const minted = await mintMeetingToken(hsOptions({ notBefore: new Date(start), ttl: '30m' }));
    expect(minted.claims).toMatchObject({ iat: NOW_S, nbf: start / 1000, exp: start / 1000 + 1800 });
    expect(minted.notBefore?.getTime()).toBe(start);
    expect(inspectFor(minted.token, 'Team Standup', { now: start }).usable).toBe(true);
    expect(inspectFor(minted.token, 'Team Standup').findings.map((f) => f.code)).toEqual(['not-yet-valid']);
  });

  it.each([
    ['90s', 90],
    ['15m', 900],
    [7200, 7200],
    ['24h', 86_400],
  ])('takes ttl %j as %i seconds', async (ttl, seconds) => {
    const { claims } = await mintMeetingToken(hsOptions({ ttl }));
    expect((claims.exp as number) - (claims.iat as number)).toBe(seconds);
  });

  it('issues a long-lived token only with allowLongLived, and keeps the warning in the result', async () => {
    const minted = await mintMeetingToken(hsOptions({ ttl: '7d', allowLongLived: true }));
    expect((minted.claims.exp as number) - NOW_S).toBe(7 * 86_400);
    expect(minted.findings.map((f) => f.code)).toEqual(['long-lived']);
  });

  it('uses the current time when no "now" is given', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { claims } = await mintMeetingToken(hsOptions({ now: undefined }));
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(claims.iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(Number.isInteger(claims.exp)).toBe(true);
  });
});

describe('roles', () => {
  const cases: [TokenRole, Record<string, unknown>][] = [
    ['owner', { affiliation: 'owner' }],
    ['moderator', { affiliation: 'moderator' }],
    ['member', { affiliation: 'member' }],
    ['guest', { affiliation: 'member', role: 'visitor' }],
  ];

  it.each(cases)('a self-hosted %s gets %j and the inspector agrees, without conflicts', async (role, fields) => {
    const { token, claims } = await mintMeetingToken(hsOptions({ role, user: { name: 'N' } }));
    expect((claims.context as { user: unknown }).user).toEqual({ name: 'N', ...fields });
    const report = inspectFor(token, 'Team Standup');
    expect(report.role.value).toBe(role);
    expect(report.role.conflicts).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it.each(cases)('a JaaS %s also gets the matching moderator flag', async (role, fields) => {
    const keys = await rsaKeys();
    const { token, claims } = await mintMeetingToken({
      appId: JAAS_APP,
      privateKey: keys.pkcs8,
      kid: 'key1',
      room: 'Team Standup',
      user: { name: 'N' },
      role,
      now: NOW,
    });
    const moderator = role === 'owner' || role === 'moderator';
    expect((claims.context as { user: unknown }).user).toEqual({ name: 'N', ...fields, moderator });
    const report = inspectToken(token, { profile: profileOf(token), room: `${JAAS_APP}/Team Standup`, now: NOW });
    expect(report.role.value).toBe(role);
    expect(report.role.conflicts).toEqual([]);
  });
});

describe('RS256 tokens for ASAP keys and JaaS', () => {
  it('signs with a PKCS#8 PEM key, writes the kid, and verifies with the public key', async () => {
    const keys = await rsaKeys();
    const minted = await mintMeetingToken(hsOptions({ secret: undefined, privateKey: keys.pkcs8, kid: 'meet-2026' }));
    expect(decodeProtectedHeader(minted.token)).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'meet-2026' });
    expect(inspectFor(minted.token, 'Team Standup').usable).toBe(true);
    expect(await verifyToken(minted.token, { publicKey: keys.spki })).toMatchObject({ status: 'verified', alg: 'RS256', kid: 'meet-2026' });
    expect((await verifyToken(minted.token, { secret: SECRET })).status).toBe('invalid-signature');
  });

  it('signs with a JWK (object or JSON text), taking its kid, and with an imported CryptoKey', async () => {
    const keys = await rsaKeys();
    const withKid = { ...keys.privateJwk, kid: 'jwk-key' };
    for (const privateKey of [withKid, JSON.stringify(withKid)]) {
      const minted = await mintMeetingToken(hsOptions({ secret: undefined, privateKey }));
      expect(minted.header.kid).toBe('jwk-key');
      expect((await verifyToken(minted.token, { publicKey: keys.publicJwk })).status).toBe('verified');
    }
    const fromCryptoKey = await mintMeetingToken(hsOptions({ secret: undefined, privateKey: keys.privateKey, kid: 'ck' }));
    expect(fromCryptoKey.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'ck' });
    expect((await verifyToken(fromCryptoKey.token, { publicKey: keys.spki })).status).toBe('verified');
    // PEM and JWK input is imported for the algorithm asked for; a CryptoKey is bound to its own.
    const rs512 = await mintMeetingToken(hsOptions({ secret: undefined, privateKey: keys.pkcs8, kid: 'pem', algorithm: 'RS512' }));
    expect(rs512.header).toEqual({ alg: 'RS512', typ: 'JWT', kid: 'pem' });
    expect((await verifyToken(rs512.token, { publicKey: keys.spki })).status).toBe('verified');
  });

  it('writes the JaaS shape: kid appId/keyId, iss chat, aud jitsi, sub appId, features', async () => {
    const keys = await rsaKeys();
    const minted = await mintMeetingToken({
      appId: JAAS_APP,
      privateKey: keys.pkcs8,
      kid: 'a1b2c3',
      room: 'Team Standup',
      user: { id: 'u9', name: 'Jo' },
      role: 'moderator',
      now: NOW,
    });
    expect(decodeProtectedHeader(minted.token)).toEqual({ alg: 'RS256', typ: 'JWT', kid: `${JAAS_APP}/a1b2c3` });
    expect(minted.claims).toMatchObject({ iss: 'chat', aud: 'jitsi', sub: JAAS_APP, room: 'team%20standup' });
    expect((minted.claims.context as { features: unknown }).features).toEqual({
      livestreaming: true,
      recording: true,
      transcription: true,
      'outbound-call': true,
    });
    const report = inspectToken(minted.token, { profile: profileOf(minted.token), room: `${JAAS_APP}/Team Standup`, now: NOW });
    expect(report.flavour).toBe('jaas');
    expect(report.usable).toBe(true);
    expect(report.findings).toEqual([]);
    expect((await verifyToken(minted.token, { publicKey: keys.spki })).status).toBe('verified');
  });

  it('keeps a full JaaS kid, gives members no default features, and keeps explicit ones', async () => {
    const keys = await rsaKeys();
    const member = await mintMeetingToken({
      appId: JAAS_APP,
      privateKey: keys.pkcs8,
      kid: `${JAAS_APP}/k2`,
      room: 'r',
      user: { name: 'M' },
      role: 'member',
      now: NOW,
    });
    expect(member.header.kid).toBe(`${JAAS_APP}/k2`);
    expect((member.claims.context as { features: unknown }).features).toEqual({
      livestreaming: false,
      recording: false,
      transcription: false,
      'outbound-call': false,
    });
    const chosen = await mintMeetingToken({
      appId: JAAS_APP,
      privateKey: keys.pkcs8,
      kid: 'k2',
      room: 'r',
      user: { name: 'M' },
      role: 'member',
      features: { 'screen-sharing': true },
      now: NOW,
    });
    expect((chosen.claims.context as { features: unknown }).features).toEqual({ 'screen-sharing': true });
  });
});

describe('feature names', () => {
  it('accepts every name Jitsi knows', async () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i % 2 === 0]));
    const { token } = await mintMeetingToken(hsOptions({ features }));
    const report = inspectFor(token, 'Team Standup');
    expect(report.unknownFeatures).toEqual([]);
    expect(report.findings).toEqual([]);
    FEATURE_NAMES.forEach((name, i) => expect(report.features[name].state).toBe(i % 2 === 0 ? 'enabled' : 'disabled'));
  });

  it('writes the room claim with the same function Jitsi uses for the MUC node', async () => {
    const { claims } = await mintMeetingToken(hsOptions({ room: 'Ünïcode Räum ＡＢ' }));
    expect(claims.room).toBe(backendRoomName('Ünïcode Räum ＡＢ'));
  });
});
