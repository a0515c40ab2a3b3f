import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { exportJWK, exportSPKI } from 'jose';
import { generateKeyPair } from 'jose/key/generate/keypair';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions, type SimulatorOptions } from '../../../../server/dev/simulator/options.js';
import { checkConnectionToken, type TokenCheck } from '../../../../server/dev/simulator/prosody-token.js';
import { createKeyResolver } from '../../../../server/dev/simulator/token-keys.js';
import { APP_ID, DOMAIN, SECRET, claims, hsToken, nowS } from './helpers.js';

const b64 = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Runs Prosody's connection check with the given deployment options. */
async function check(token: string | null, extra: Partial<SimulatorOptions> = {}, now = nowS()): Promise<TokenCheck> {
  const options = resolveOptions({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN, ...extra });
  return checkConnectionToken(token, { options, resolveKey: createKeyResolver(options), now });
}

/** The refusal text, or 'ok'. */
async function verdict(token: string | null, extra: Partial<SimulatorOptions> = {}, now?: number): Promise<string> {
  const result = await check(token, extra, now);
  return result.ok ? 'ok' : `${result.condition}: ${result.text}`;
}

describe('Prosody token rules, HS256', () => {
  it('accepts a correct token and keeps its claims', async () => {
    const result = await check(await hsToken(claims('Ann', 'owner')));
    expect(result.ok && result.session.claims.sub).toBe(DOMAIN);
  });

  it('requires a token unless allow_empty_token', async () => {
    expect(await verdict(null)).toBe('not-allowed: token required');
    expect(await verdict('')).toBe('not-allowed: token required');
    expect(await verdict(null, { allowEmptyToken: true })).toBe('ok');
  });

  it('reports malformed tokens with luajwtjitsi texts', async () => {
    expect(await verdict('abc.def')).toBe('not-allowed: Invalid token');
    expect(await verdict(`${b64('nope')}.${b64({})}.sig`)).toBe('not-allowed: Invalid header');
    expect(await verdict(`${b64({ alg: 'HS256', typ: 'JWT' })}.${b64('{')}.sig`)).toBe('not-allowed: Invalid body');
    // A JSON array is a Lua table: it decodes, and the signature check refuses it first.
    expect(await verdict(`${b64({ alg: 'HS256', typ: 'JWT' })}.${b64('[1]')}.sig`)).toBe('not-allowed: Invalid signature');
  });

  it('requires typ "JWT" and exactly the configured alg', async () => {
    expect(await verdict(await hsToken(claims('Ann', 'owner'), SECRET, { typ: undefined }))).toBe('not-allowed: Invalid typ');
    expect(await verdict(await hsToken(claims('Ann', 'owner'), SECRET, { typ: 'at+jwt' }))).toBe('not-allowed: Invalid typ');
    const hs512 = await new SignJWT(claims('Ann', 'owner')).setProtectedHeader({ alg: 'HS512', typ: 'JWT' }).sign(new TextEncoder().encode(SECRET));
    expect(await verdict(hs512)).toBe('not-allowed: Invalid or incorrect alg');
    expect(await verdict(hs512, { signatureAlgorithm: 'HS512' })).toBe('ok');
    // An unsigned token's empty third part vanishes in split_token: two segments.
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims('Ann', 'owner'))}.`;
    expect(await verdict(none)).toBe('not-allowed: Invalid token');
    expect(await verdict(`${none}c2ln`)).toBe('not-allowed: Invalid or incorrect alg');
  });

  it('checks the signature with the app secret', async () => {
    expect(await verdict(await hsToken(claims('Ann', 'owner'), 'another-secret'))).toBe('not-allowed: Invalid signature');
    const good = await hsToken(claims('Ann', 'owner'));
    const tampered = good.replace(/\.[^.]+\./, `.${b64({ ...claims('Ann', 'owner'), room: '*' })}.`);
    expect(await verdict(tampered)).toBe('not-allowed: Invalid signature');
  });

  it('checks exp and nbf with no leeway, exp being optional', async () => {
    const now = nowS();
    expect(await verdict(await hsToken(claims('Ann', 'owner', { iat: now - 100, exp: now - 40 })), {}, now)).toBe(
      'not-allowed: Not acceptable by exp (40 sec since expired, valid for:60 sec)',
    );
    expect(await verdict(await hsToken(claims('Ann', 'owner', { iat: undefined, exp: now })), {}, now)).toBe(
      'not-allowed: Not acceptable by exp (0 sec since expired)',
    );
    expect(await verdict(await hsToken(claims('Ann', 'owner', { exp: now + 1 })), {}, now)).toBe('ok');
    expect(await verdict(await hsToken(claims('Ann', 'owner', { exp: undefined })), {}, now)).toBe('ok');
    expect(await verdict(await hsToken(claims('Ann', 'owner', { exp: String(now + 60) })), {}, now)).toBe('not-allowed: exp must be number');
    expect(await verdict(await hsToken(claims('Ann', 'owner', { nbf: now + 1 })), {}, now)).toBe('not-allowed: Not acceptable by nbf');
    expect(await verdict(await hsToken(claims('Ann', 'owner', { nbf: now })), {}, now)).toBe('ok');
    expect(await verdict(await hsToken(claims('Ann', 'owner', { nbf: 'soon' })), {}, now)).toBe('not-allowed: nbf must be number');
  });

  it('accepts iss from asap_accepted_issuers (default: the app id)', async () => {
    expect(await verdict(await hsToken(claims('Ann', 'owner', { iss: undefined })))).toBe("not-allowed: 'iss' claim is missing");
    expect(await verdict(await hsToken(claims('Ann', 'owner', { iss: 'other' })))).toBe("not-allowed: invalid 'iss' claim");
    expect(await verdict(await hsToken(claims('Ann', 'owner', { iss: 'other' })), { acceptedIssuers: ['x', 'other'] })).toBe('ok');
  });

  it('compares aud as a string; an array passes only with "*"', async () => {
    expect(await verdict(await hsToken(claims('Ann', 'owner', { aud: undefined })))).toBe("not-allowed: 'aud' claim is missing");
    expect(await verdict(await hsToken(claims('Ann', 'owner', { aud: ['anything'] })))).toBe('ok');
    const strict = { acceptedAudiences: [APP_ID] };
    expect(await verdict(await hsToken(claims('Ann', 'owner', { aud: [APP_ID] })), strict)).toBe("not-allowed: invalid 'aud' claim");
    expect(await verdict(await hsToken(claims('Ann', 'owner', { aud: 'other' })), strict)).toBe("not-allowed: invalid 'aud' claim");
    expect(await verdict(await hsToken(claims('Ann', 'owner')), strict)).toBe('ok');
  });

  it('requires room (unless asap_require_room_claim=false) and sub, without text to the client', async () => {
    expect(await verdict(await hsToken(claims('Ann', 'owner', { room: undefined })))).toBe('not-authorized: room claim is missing');
    expect(await verdict(await hsToken(claims('Ann', 'owner', { room: undefined })), { requireRoomClaim: false })).toBe('ok');
    expect(await verdict(await hsToken(claims('Ann', 'owner', { sub: undefined })))).toBe('not-authorized: sub claim is missing');
  });
});

describe('Prosody token rules, RS256', () => {
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let other: Awaited<ReturnType<typeof generateKeyPair>>;
  let jwksServer: Server;
  let jwksUrl: string;
  const rsToken = (payload: Record<string, unknown>, header: Record<string, unknown> = { kid: 'k1' }, key = keys.privateKey) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...header }).sign(key);

  beforeAll(async () => {
    keys = await generateKeyPair('RS256', { extractable: true });
    other = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/certs`;
  });
  afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

  it('verifies with the key the JWKS names by kid', async () => {
    const options = { appSecret: undefined, jwksUrl };
    expect(await verdict(await rsToken(claims('Ann', 'owner')), options)).toBe('ok');
    expect(await verdict(await rsToken(claims('Ann', 'owner'), { kid: 'k1' }, other.privateKey), options)).toBe('not-allowed: Invalid signature');
    expect(await verdict(await rsToken(claims('Ann', 'owner'), { kid: 'unknown' }), options)).toBe('not-allowed: could not obtain public key');
    expect(await verdict(await rsToken(claims('Ann', 'owner'), {}), options)).toBe("not-allowed: 'kid' claim is missing");
    const hs = await hsToken(claims('Ann', 'owner'), SECRET, { kid: 'k1' });
    expect(await verdict(hs, options)).toBe("not-allowed: 'kid' claim only support with RS family");
  });

  it('verifies with one configured public key, still requiring a kid', async () => {
    const options = { appSecret: undefined, publicKey: await exportSPKI(keys.publicKey) };
    expect(await verdict(await rsToken(claims('Ann', 'owner'), { kid: 'any' }), options)).toBe('ok');
    expect(await verdict(await rsToken(claims('Ann', 'owner'), {}), options)).toBe("not-allowed: 'kid' claim is missing");
    expect(await verdict(await rsToken(claims('Ann', 'owner'), { kid: 'any' }, other.privateKey), options)).toBe('not-allowed: Invalid signature');
  });
});
