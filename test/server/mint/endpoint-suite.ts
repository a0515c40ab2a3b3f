import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inspectToken, verifyToken } from '../../../lib/token/index.js';
import { isMintError, type TokenEndpointUser, type TokenServiceOptions } from '../../../server/mint/index.js';
import { pemFragment, rsaKeys, SECRET } from './fixtures.js';
import { profileOf } from '../../fixtures/profiles.js';

const PORTAL = 'https://portal.example.org';

/** Sessions by cookie value; the "bad-session" cookie makes authenticate throw. */
const USERS: Record<string, TokenEndpointUser> = {
  ann: { id: 'u-ann', name: 'Ann Owner', email: 'ann@example.org', role: 'owner' },
  bob: { id: 'u-bob', name: 'Bob Member', role: 'member', features: { recording: false } },
  gus: { id: 'u-gus', name: 'Gus Guest', role: 'guest' },
  broken: { id: 'u-x', name: 'Broken', avatar: 'http://insecure.example.org/x.png', role: 'member' },
};

/** The request `authenticate` is given: Node's, or the Fetch API's. */
export type AnyRequest = IncomingMessage | Request;

/** Reads `session=<name>` from the cookie header, as a real portal would. */
async function authenticate(req: AnyRequest): Promise<TokenEndpointUser | null> {
  const cookie = req instanceof Request ? req.headers.get('cookie') : req.headers.cookie;
  const session = /(?:^|;\s*)session=([^;]+)/.exec(cookie ?? '')?.[1];
  if (session === 'bad-session') throw new Error('session store down: secret-cookie-value');
  return session ? (USERS[session] ?? null) : null;
}

/** Guests may only join the lobby room; everyone else anything but "Board" (asked by claim). */
function authorize(user: TokenEndpointUser, room: string): boolean {
  if (user.role === 'guest') return room === 'lobby';
  return room !== 'board';
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request against a server, with node:http so every header (Origin too) is under the test's control. */
function call(server: Server, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('request timed out')));
    req.end();
  });
}

/** Makes a Node handler for the endpoint with `options`, through one of the package's adapters. */
export type MakeHandler = (options: TokenServiceOptions<AnyRequest>) => (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The endpoint's whole behaviour, run against the handler `make` builds (test/server/mint/
 * endpoint.test.ts: `createTokenEndpoint`; fetch-endpoint.test.ts: `createTokenHandler` behind a
 * Node server that turns each request into a Fetch `Request`).
 */
export function endpointSuite(make: MakeHandler): void {
  /** Starts a server for one endpoint on 127.0.0.1 (random port). */
  async function serve(options: TokenServiceOptions<AnyRequest>): Promise<Server> {
    const server = createServer(make(options));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    return server;
  }

  const errors: unknown[] = [];
  let server: Server;
  const consoleCalls: string[] = [];

  beforeAll(async () => {
    server = await serve({
      appId: 'myapp',
      secret: SECRET,
      domain: 'meet.example.org',
      ttl: '15m',
      authenticate,
      authorize,
      allowedOrigins: [PORTAL],
      onError: (error) => errors.push(error),
    });
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const withSession = (name: string, extra: Record<string, string> = {}) => ({ headers: { cookie: `theme=dark; session=${name}`, ...extra } });

  describe('GET /api/meeting-token', () => {
    it('gives a signed-in person a short-lived token for that room only, never cached', async () => {
      for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
        vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args.map(String).join(' ')));
      }
      const before = Date.now();
      const reply = await call(server, `/api/meeting-token?room=${encodeURIComponent('Team Standup')}`, withSession('ann'));
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      const body = JSON.parse(reply.body) as { token: string; expiresAt: string };
      expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);

      const expiresAt = Date.parse(body.expiresAt);
      expect(expiresAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 900_000);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + 900_000);
      const report = inspectToken(body.token, { profile: profileOf(body.token), domain: 'meet.example.org', room: 'Team Standup', domainVerification: true });
      expect(report.usable).toBe(true);
      expect(report.findings).toEqual([]);
      expect(report.room.claim).toBe('team%20standup');
      expect(report.role.value).toBe('owner');
      expect(report.user).toEqual({ id: 'u-ann', name: 'Ann Owner', email: 'ann@example.org' });
      expect(inspectToken(body.token, { profile: profileOf(body.token), room: 'Retro' }).usable).toBe(false);
      expect((await verifyToken(body.token, { secret: SECRET })).status).toBe('verified');
      expect(consoleCalls.join('\n')).not.toContain(body.token.split('.')[2]);
    });

    it('carries the role and features of the person', async () => {
      const bob = JSON.parse((await call(server, '/api/meeting-token?room=Retro', withSession('bob'))).body) as { token: string };
      const report = inspectToken(bob.token, { profile: profileOf(bob.token), room: 'Retro' });
      expect(report.role.value).toBe('member');
      expect(report.features.recording.state).toBe('disabled');
      const gus = JSON.parse((await call(server, '/api/meeting-token?room=Lobby', withSession('gus'))).body) as { token: string };
      expect(inspectToken(gus.token, { profile: profileOf(gus.token), room: 'Lobby' }).role.value).toBe('guest');
    });

    it.each([
      ['no cookie', {}],
      ['an unknown session', withSession('mallory')],
    ])('answers 401 with %s', async (_what, options) => {
      const reply = await call(server, '/api/meeting-token?room=Retro', options);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toEqual({ error: 'not-signed-in' });
      expect(reply.headers['cache-control']).toBe('no-store');
    });

    it('answers 401 before looking at the room', async () => {
      expect((await call(server, '/api/meeting-token', {})).status).toBe(401);
    });

    it.each([
      ['no room', '/api/meeting-token'],
      ['an empty room', '/api/meeting-token?room='],
      ['two rooms', '/api/meeting-token?room=a&room=b'],
      ['the wildcard', '/api/meeting-token?room=*'],
      ['a tenant path', '/api/meeting-token?room=acme%2Fstandup'],
      ['a control character', '/api/meeting-token?room=a%00b'],
      ['a newline', '/api/meeting-token?room=a%0Ab'],
      ['a broken escape', '/api/meeting-token?room=100%25'],
      ['a name too long', `/api/meeting-token?room=${'r'.repeat(129)}`],
    ])('answers 400 for %s', async (_what, path) => {
      const reply = await call(server, path, withSession('ann'));
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ error: 'invalid-room' });
      expect(reply.headers['cache-control']).toBe('no-store');
    });

    it.each([
      ['a member, for a room they may not join', 'bob', 'Board'],
      ['a guest, outside the lobby', 'gus', 'Team Standup'],
    ])('answers 403 for %s', async (_what, session, room) => {
      const reply = await call(server, `/api/meeting-token?room=${encodeURIComponent(room)}`, withSession(session));
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toEqual({ error: 'not-allowed' });
    });

    it('answers 404 for other paths and 405 for other methods', async () => {
      expect((await call(server, '/api/other?room=Retro', withSession('ann'))).status).toBe(404);
      const post = await call(server, '/api/meeting-token?room=Retro', { method: 'POST', ...withSession('ann') });
      expect(post.status).toBe(405);
      expect(post.headers.allow).toBe('GET, OPTIONS');
    });

    it('answers 404 to a request target that is no URL path (`GET //`), and keeps serving', async () => {
      for (const target of ['//', '//api/meeting-token?room=Retro', '/\\x']) {
        const reply = await call(server, target, withSession('ann'));
        expect(reply.status, target).toBe(404);
        expect(JSON.parse(reply.body)).toEqual({ error: 'not-found' });
      }
      expect((await call(server, '/api/meeting-token?room=Retro', withSession('ann'))).status).toBe(200);
    });
  });

  describe('CORS', () => {
    it('lets a listed origin read the token, with credentials', async () => {
      const reply = await call(server, '/api/meeting-token?room=Retro', withSession('ann', { origin: PORTAL }));
      expect(reply.status).toBe(200);
      expect(reply.headers['access-control-allow-origin']).toBe(PORTAL);
      expect(reply.headers['access-control-allow-credentials']).toBe('true');
      expect(reply.headers.vary).toBe('Origin');
    });

    it("answers a listed origin's preflight and nobody else's", async () => {
      const preflight = await call(server, '/api/meeting-token?room=Retro', {
        method: 'OPTIONS',
        headers: { origin: PORTAL, 'access-control-request-method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(PORTAL);
      expect(preflight.headers['access-control-allow-methods']).toBe('GET');
      const foreign = await call(server, '/api/meeting-token?room=Retro', { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
      expect(foreign.status).toBe(403);
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('refuses a foreign origin even with a valid session, and accepts the same origin', async () => {
      const foreign = await call(server, '/api/meeting-token?room=Retro', withSession('ann', { origin: 'https://evil.example' }));
      expect(foreign.status).toBe(403);
      expect(JSON.parse(foreign.body)).toEqual({ error: 'origin-not-allowed' });
      expect(foreign.body).not.toMatch(/eyJ/);
      const { port } = server.address() as AddressInfo;
      const same = await call(server, '/api/meeting-token?room=Retro', withSession('ann', { origin: `http://127.0.0.1:${port}` }));
      expect(same.status).toBe(200);
      expect(same.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('failures', () => {
    it('answers 500 without details when authenticate fails, and tells onError', async () => {
      errors.length = 0;
      const reply = await call(server, '/api/meeting-token?room=Retro', withSession('bad-session'));
      expect(reply.status).toBe(500);
      expect(JSON.parse(reply.body)).toEqual({ error: 'internal-error' });
      expect(reply.body).not.toContain('secret-cookie-value');
      expect(errors).toHaveLength(1);
    });

    it("answers 500 token-refused when the person's data would make a bad token", async () => {
      errors.length = 0;
      const reply = await call(server, '/api/meeting-token?room=Retro', withSession('broken'));
      expect(reply.status).toBe(500);
      expect(JSON.parse(reply.body)).toEqual({ error: 'token-refused' });
      expect(isMintError(errors[0]) && errors[0].findings.map((f) => f.code)).toEqual(['unsafe-avatar']);
    });

    it('logs only the kind of failure by default, never its message', async () => {
      const logged: string[] = [];
      vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
      const quiet = await serve({ appId: 'myapp', secret: SECRET, domain: 'meet.example.org', authenticate });
      try {
        expect((await call(quiet, '/api/meeting-token?room=Retro', withSession('bad-session'))).status).toBe(500);
        expect(logged).toEqual(['[meetgate] token endpoint could not issue a token (Error)']);
      } finally {
        await new Promise((resolve) => quiet.close(resolve));
      }
    });

    it("still answers 500, and keeps serving, when the site's onError itself throws", async () => {
      const logged: string[] = [];
      vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
      const throwing = await serve({
        appId: 'myapp',
        secret: SECRET,
        domain: 'meet.example.org',
        authenticate,
        onError: () => {
          throw new Error('log shipper down');
        },
      });
      try {
        expect((await call(throwing, '/api/meeting-token?room=Retro', withSession('bad-session'))).status).toBe(500);
        expect((await call(throwing, '/api/meeting-token?room=Retro', withSession('ann'))).status).toBe(200);
        expect(logged).toEqual(['[meetgate] token endpoint could not issue a token (Error); its onError threw too (Error)']);
      } finally {
        await new Promise((resolve) => throwing.close(resolve));
      }
    });

    it.each([
      ['a wildcard origin', { allowedOrigins: ['*'] }, TypeError],
      ['a wildcard subdomain origin (issue 9)', { allowedOrigins: ['https://*.example.com'] }, TypeError],
      ['a "null" origin', { allowedOrigins: ['null'] }, TypeError],
      ['a secret shorter than 32 bytes (issue 9)', { secret: 'x'.repeat(16) }, Error],
      ['an origin with a path', { allowedOrigins: ['https://portal.example.org/app'] }, TypeError],
      ['no domain', { domain: undefined }, Error],
      ['a day-long ttl', { ttl: '2d' }, Error],
      ['no authenticate', { authenticate: undefined }, TypeError],
    ])('refuses to start with %s', (_what, overrides, kind) => {
      const options = { appId: 'myapp', secret: SECRET, domain: 'meet.example.org', authenticate, ...overrides } as TokenServiceOptions<AnyRequest>;
      expect(() => make(options)).toThrow(kind);
    });
  });

  describe('with an RSA key', () => {
    it('serves RS256 tokens from a PEM key, to concurrent requests, that verify with the public key', async () => {
      const keys = await rsaKeys();
      const rsServer = await serve({ appId: 'myapp', privateKey: keys.pkcs8, kid: 'portal-1', domain: 'meet.example.org', authenticate });
      try {
        const replies = await Promise.all(['a', 'b', 'c'].map((room) => call(rsServer, `/api/meeting-token?room=${room}`, withSession('bob'))));
        for (const reply of replies) {
          const { token } = JSON.parse(reply.body) as { token: string };
          expect(await verifyToken(token, { publicKey: keys.spki })).toMatchObject({ status: 'verified', kid: 'portal-1' });
          expect(reply.body).not.toContain(pemFragment(keys.pkcs8));
        }
      } finally {
        await new Promise((resolve) => rsServer.close(resolve));
      }
    });

    it('answers 500 on every request when the key cannot be read, without showing it', async () => {
      const seen: unknown[] = [];
      const bad = await serve({
        appId: 'myapp',
        privateKey: '-----BEGIN PRIVATE KEY-----\nnot-a-key\n-----END PRIVATE KEY-----',
        kid: 'k',
        domain: 'meet.example.org',
        authenticate,
        onError: (e) => seen.push(e),
      });
      try {
        const reply = await call(bad, '/api/meeting-token?room=a', withSession('bob'));
        expect(reply.status).toBe(500);
        expect(reply.body).not.toContain('not-a-key');
        expect(isMintError(seen[0]) && seen[0].code).toBe('invalid-key');
      } finally {
        await new Promise((resolve) => bad.close(resolve));
      }
    });
  });
}
