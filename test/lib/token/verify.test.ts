import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '../../../lib/token/index.js';
import { fakeToken, goodClaims, signToken } from '../../fixtures/tokens.js';

let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let rsToken: string;
let server: Server;
let jwksUrl: string;

beforeAll(async () => {
  keys = await generateKeyPair('RS256');
  rsToken = await new SignJWT(goodClaims()).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'k1' }).sign(keys.privateKey);
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: req.url === '/empty' ? [] : [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('verifyToken', () => {
  it('verifies an HS256 token with its secret, and refuses another secret', async () => {
    const token = await signToken(goodClaims(), 'right');
    expect((await verifyToken(token, { secret: 'right' })).status).toBe('verified');
    expect(await verifyToken(token, { secret: 'wrong' })).toMatchObject({ status: 'invalid-signature', alg: 'HS256' });
  });

  it('verifies HS512 and tokenized links', async () => {
    const token = await new SignJWT(goodClaims()).setProtectedHeader({ alg: 'HS512', typ: 'JWT' }).sign(new TextEncoder().encode('x'.repeat(64)));
    expect((await verifyToken(`https://meet.example.org/standup?jwt=${token}`, { secret: 'x'.repeat(64) })).status).toBe('verified');
  });

  it('verifies RS256 with a PEM public key and with a JWK', async () => {
    expect((await verifyToken(rsToken, { publicKey: await exportSPKI(keys.publicKey) })).status).toBe('verified');
    expect((await verifyToken(rsToken, { publicKey: await exportJWK(keys.publicKey) })).status).toBe('verified');
    const other = await generateKeyPair('RS256');
    expect((await verifyToken(rsToken, { publicKey: await exportSPKI(other.publicKey) })).status).toBe('invalid-signature');
  });

  it("verifies RS256 through a JWKS URL, as Prosody's cache_keys_url", async () => {
    expect(await verifyToken(rsToken, { jwksUrl })).toMatchObject({ status: 'verified', kid: 'k1' });
  });

  it('says the key is unavailable when the JWKS has no such key or cannot be fetched', async () => {
    expect((await verifyToken(rsToken, { jwksUrl: `${jwksUrl}/empty` })).status).toBe('key-unavailable');
    expect((await verifyToken(rsToken, { jwksUrl: 'http://127.0.0.1:9/certs', timeoutMs: 500 })).status).toBe('key-unavailable');
  });

  it('refuses an HS token presented against an RSA key (algorithm confusion)', async () => {
    const pem = await exportSPKI(keys.publicKey);
    const forged = await signToken(goodClaims(), pem);
    expect((await verifyToken(forged, { publicKey: pem })).status).not.toBe('verified');
  });

  it('refuses unsigned and garbage tokens without throwing', async () => {
    expect((await verifyToken(fakeToken(goodClaims(), { alg: 'none' }), { secret: 's' })).status).toBe('invalid-signature');
    expect((await verifyToken('garbage', { secret: 's' })).status).toBe('invalid-signature');
    expect((await verifyToken(fakeToken(goodClaims()), { secret: 's' })).status).toBe('invalid-signature');
  });
});
