import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectToken } from '../../../lib/token/index.js';
import { isMintError, mintMeetingToken, MintError, type MintErrorCode, type MintOptions } from '../../../server/mint/index.js';
import { refusal, refusingFindings } from '../../../server/mint/policy.js';
import { fakeToken, goodClaims, GOOD_CONTEXT, NOW_S } from '../../fixtures/tokens.js';
import { hsOptions, NOW, pemFragment, rsaKeys, SECRET, type RsaKeys } from './fixtures.js';

const JAAS_APP = 'vpaas-magic-cookie-0123456789abcdef';

/** Key material in forms minting must refuse, made once. */
const pem = {
  pkcs1: '',
  ec: '',
  short: '',
};
let keys: RsaKeys;

beforeAll(async () => {
  keys = await rsaKeys();
  pem.pkcs1 = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
  pem.ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  pem.short = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
});

/** Mints and returns the MintError, failing the test if minting succeeds or throws anything else. */
async function refusalOf(options: MintOptions): Promise<MintError> {
  const error = await mintMeetingToken(options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isMintError(error), `expected a MintError, got ${String(error)}`).toBe(true);
  return error as MintError;
}

/** Everything a refusal exposes: message, hint, findings, stack, JSON. */
function everythingIn(error: MintError): string {
  return [error.message, error.hint, error.stack, String(error), JSON.stringify(error), JSON.stringify(error.findings)].join('\n');
}

const rs =
  (over: Partial<MintOptions>): (() => MintOptions) =>
  () =>
    hsOptions({ secret: undefined, privateKey: keys.pkcs8, kid: 'k1', ...over });
const jaas =
  (over: Partial<MintOptions>): (() => MintOptions) =>
  () =>
    ({ appId: JAAS_APP, privateKey: keys.pkcs8, kid: 'k1', room: 'r', user: { name: 'N' }, role: 'member', now: NOW, ...over }) as MintOptions;
const hs =
  (over: Record<string, unknown>): (() => MintOptions) =>
  () =>
    hsOptions(over as Partial<MintOptions>);

/** [what, options, code, message pattern]. Options are built lazily: keys exist only after beforeAll. */
const OPTION_REFUSALS: [string, () => MintOptions, MintErrorCode, RegExp][] = [
  ['no key at all', hs({ secret: undefined }), 'missing-key', /secret .* or a privateKey/],
  ['an empty secret', hs({ secret: '' }), 'missing-key', /empty/],
  ['an empty secret as bytes', hs({ secret: new Uint8Array() }), 'missing-key', /empty/],
  ['both a secret and a private key', rs({ secret: SECRET }), 'conflicting-keys', /not both/],
  ['a 31-byte secret for HS256 (RFC 7518 §3.2, issue 9)', hs({ secret: 'x'.repeat(31) }), 'weak-secret', /31 bytes long; HS256 needs at least 32/],
  ['a 16-byte secret as bytes', hs({ secret: new Uint8Array(16).fill(7) }), 'weak-secret', /HS256 needs at least 32/],
  ['a 34-byte secret for HS512', hs({ secret: SECRET, algorithm: 'HS512' }), 'weak-secret', /HS512 needs at least 64/],
  ['a kid with a secret', hs({ kid: 'k1' }), 'conflicting-keys', /kid belongs with privateKey/],
  ['a private key without kid', rs({ kid: undefined }), 'missing-kid', /need a kid/],
  ['a PKCS#1 key', () => rs({ privateKey: pem.pkcs1 })(), 'invalid-key', /RSA private key/],
  ['an EC key', () => rs({ privateKey: pem.ec })(), 'invalid-key', /RSA private key/],
  ['a 1024-bit RSA key', () => rs({ privateKey: pem.short })(), 'invalid-key', /shorter than 2048 bits/],
  ['a public key as private key', () => rs({ privateKey: keys.spki })(), 'invalid-key', /RSA private key/],
  ['a public JWK', () => rs({ privateKey: keys.publicJwk })(), 'invalid-key', /RSA private key/],
  ['a symmetric JWK', rs({ privateKey: { kty: 'oct', k: 'c2VjcmV0' } }), 'invalid-key', /RSA private key/],
  ['text that is no key', rs({ privateKey: SECRET }), 'invalid-key', /RSA private key/],
  ['an RS algorithm with a secret', hs({ algorithm: 'RS256' }), 'invalid-key', /does not fit/],
  ['an HS algorithm with a private key', rs({ algorithm: 'HS256' }), 'invalid-key', /does not fit/],
  ['an algorithm Prosody lacks', hs({ algorithm: 'ES256' }), 'invalid-key', /does not fit/],
  ['JaaS with a secret', () => jaas({ privateKey: undefined, secret: SECRET })(), 'jaas-mismatch', /API key/],
  ['JaaS with another issuer', () => jaas({ issuer: 'myapp' })(), 'jaas-mismatch', /issuer "chat"/],
  ['JaaS with another audience', () => jaas({ audience: 'myapp' })(), 'jaas-mismatch', /audience "jitsi"/],
  ['JaaS with a tenant other than the app id', () => jaas({ tenant: 'acme' })(), 'jaas-mismatch', /tenant/],
  ['JaaS with RS512', () => jaas({ algorithm: 'RS512' })(), 'invalid-key', /does not fit/],
  ['an empty app id', hs({ appId: '' }), 'invalid-app-id', /appId/],
  ['an app id with spaces around it', hs({ appId: ' myapp ' }), 'invalid-app-id', /appId/],
  ['options that are not an object', () => null as unknown as MintOptions, 'invalid-app-id', /object/],
  ['neither domain nor tenant', hs({ domain: undefined }), 'invalid-placement', /domain/],
  ['a URL as domain', hs({ domain: 'https://meet.example.org' }), 'invalid-placement', /host name/],
  ['a domain with a port', hs({ domain: 'meet.example.org:443' }), 'invalid-placement', /host name/],
  ['a tenant with a slash', hs({ tenant: 'acme/sales' }), 'invalid-placement', /one path segment/],
  ['an empty issuer', hs({ issuer: '' }), 'invalid-placement', /issuer/],
  ['an empty room', hs({ room: '' }), 'invalid-room', /missing/],
  ['a room with a tenant path', hs({ room: 'acme/standup' }), 'invalid-room', /character Jitsi does not allow/],
  ['a room with a control character', hs({ room: 'a\u0007b' }), 'invalid-room', /control/],
  ['a room that is too long', hs({ room: 'r'.repeat(129) }), 'invalid-room', /at most 128/],
  ['no user', hs({ user: undefined }), 'invalid-user', /user must be an object/],
  ['a name that is not text', hs({ user: { name: 42 } }), 'invalid-user', /user.name must be a string/],
  ['an e-mail with a newline', hs({ user: { name: 'A', email: 'a@b\nBcc: c@d' } }), 'invalid-user', /control/],
  ['a name with a lone surrogate', hs({ user: { name: 'A\uD800' } }), 'invalid-user', /control/],
  ['a huge name', hs({ user: { name: 'n'.repeat(300) } }), 'invalid-user', /longer than 256/],
  ['an unknown role', hs({ role: 'admin' }), 'invalid-role', /owner.*moderator.*member.*guest/],
  ['a misspelt feature', hs({ features: { screensharing: true } }), 'unknown-feature', /did you mean "screen-sharing"/],
  ['a made-up feature', hs({ features: { teleport: true } }), 'unknown-feature', /no feature called "teleport"\./],
  ['a __proto__ feature', hs({ features: JSON.parse('{"__proto__": true}') }), 'unknown-feature', /__proto__/],
  ['a feature that is not a flag', hs({ features: { recording: 'yes' } }), 'invalid-feature-value', /true or false/],
  ['a numeric feature', hs({ features: { recording: 1 } }), 'invalid-feature-value', /true or false/],
  ['features as a list', hs({ features: ['recording'] }), 'invalid-feature-value', /object/],
  ['a zero ttl', hs({ ttl: 0 }), 'invalid-ttl', /ttl/],
  ['a fractional ttl', hs({ ttl: 1.5 }), 'invalid-ttl', /ttl/],
  ['a ttl in weeks', hs({ ttl: '1w' }), 'invalid-ttl', /ttl/],
  ['a ttl above a year', hs({ ttl: '400d', allowLongLived: true }), 'invalid-ttl', /at most a year/],
  ['a ttl of 25 hours', hs({ ttl: '25h' }), 'ttl-too-long', /25 hours/],
  ['a ttl just above a day', hs({ ttl: 86_401 }), 'ttl-too-long', /24 hours/],
  ['now that is not a time', hs({ now: Number.NaN }), 'invalid-time', /now/],
  ['notBefore in seconds', hs({ notBefore: NOW_S }), 'invalid-time', /looks like seconds/],
  ['an invalid notBefore date', hs({ notBefore: new Date('nope') }), 'invalid-time', /notBefore/],
];

/** [what, options, the inspector's finding codes]: refusals that come from inspecting the written token. */
const INSPECTOR_REFUSALS: [string, () => MintOptions, string[]][] = [
  ['no display name', hs({ user: { id: 'u1' } }), ['missing-display-name']],
  ['a blank display name', hs({ user: { name: '   ' } }), ['missing-display-name']],
  ['an http avatar', hs({ user: { name: 'A', avatar: 'http://example.org/a.png' } }), ['unsafe-avatar']],
  ['a javascript: avatar', hs({ user: { name: 'A', avatar: 'javascript:alert(1)' } }), ['unsafe-avatar']],
  ['an SVG data avatar', hs({ user: { name: 'A', avatar: 'data:image/svg+xml;base64,PHN2Zz4=' } }), ['unsafe-avatar']],
  ['a JaaS key id of another app', () => jaas({ kid: 'vpaas-magic-cookie-other/k1' })(), ['jaas-kid']],
  ['a start so late that the token lives over a day', hs({ notBefore: NOW + 23 * 3600 * 1000, ttl: '2h' }), ['long-lived']],
];

describe('mintMeetingToken refuses wrong options', () => {
  it.each(OPTION_REFUSALS)('%s', async (_what, options, code, message) => {
    const error = await refusalOf(options());
    expect(error).toBeInstanceOf(MintError);
    expect(error.name).toBe('MintError');
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.hint.length).toBeGreaterThan(5);
    expect(error.findings).toEqual([]);
    expect(everythingIn(error)).not.toContain(SECRET);
    expect(everythingIn(error)).not.toContain(pemFragment(keys.pkcs8));
  });
});

describe('mintMeetingToken refuses what the inspector objects to', () => {
  it.each(INSPECTOR_REFUSALS)('%s', async (_what, options, codes) => {
    const error = await refusalOf(options());
    expect(error.code).toBe('refused');
    expect(error.findings.map((f) => f.code)).toEqual(codes);
    expect(error.message).toContain(error.findings[0]?.message);
    expect(error.hint).toBe(error.findings[0]?.hint);
    expect(everythingIn(error)).not.toContain(SECRET);
    expect(everythingIn(error)).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/);
  });
});

describe('the refusal policy', () => {
  const report = (claims: Record<string, unknown>) => inspectToken(fakeToken(claims), { ...GOOD_CONTEXT, room: undefined });

  it.each([
    ['a clean token', {}, { wildcard: false, longLived: false }, []],
    ['a wildcard nobody asked for', { room: '*' }, { wildcard: false, longLived: false }, ['room-wildcard']],
    ['a wildcard that was asked for', { room: '*' }, { wildcard: true, longLived: false }, []],
    ['a long life nobody asked for', { exp: NOW_S + 3 * 86_400 }, { wildcard: false, longLived: false }, ['long-lived']],
    ['a long life that was asked for', { exp: NOW_S + 3 * 86_400 }, { wildcard: false, longLived: true }, []],
    ['an expired token, whatever was asked for', { exp: NOW_S - 1 }, { wildcard: true, longLived: true }, ['expired']],
    [
      'a string feature, which is information only',
      { context: { user: { name: 'A' }, features: { recording: 'true' } } },
      { wildcard: false, longLived: false },
      [],
    ],
  ])('%s', (_what, overrides, tolerated, codes) => {
    expect(refusingFindings(report(goodClaims(overrides)), tolerated).map((f) => f.code)).toEqual(codes);
  });

  it('names every finding in one message', () => {
    const findings = report(goodClaims({ exp: NOW_S - 1, room: '*' })).findings;
    const error = refusal(findings);
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/and 1 more: expired|and 1 more: room-wildcard/);
  });
});
