import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { OidcError, type TokenSet } from '../../../../../lib/oidc/index.js';
import { createSessionStore, DEMO_ROOMS } from '../../../../../server/dev/portal/index.js';
import { accessTokenExpiry, createOidcTokenRoute } from '../../../../../server/dev/portal/oidc/index.js';

const NOW = 1_750_000_000_000;
const KEY = new TextEncoder().encode('test-key-for-fake-access-tokens-0001');

async function accessToken(name: string, expSeconds: number): Promise<string> {
  return new SignJWT({ context: { user: { name } } }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setExpirationTime(expSeconds).sign(KEY);
}

function tokenSet(accessTokenValue: string, expiresAt: number | null, refreshToken: string | null = 'refresh-1'): TokenSet {
  return { accessToken: accessTokenValue, refreshToken, idToken: null, expiresAt, subject: 'u1' };
}

let server: Server | null = null;
afterEach(async () => {
  if (server) await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** Serves the route on 127.0.0.1 with a store holding one session; `refresh` is the fake provider. */
async function setUp(tokens: TokenSet, refresh: (token: string) => Promise<TokenSet>, role: 'owner' | 'member' | 'guest' = 'member') {
  const sessions = createSessionStore({ now: () => NOW });
  const session = sessions.create({ id: 'u1', name: 'Una', role }, tokens);
  const calls: string[] = [];
  const errors: unknown[] = [];
  const route = createOidcTokenRoute({
    client: {
      refresh: (token) => {
        calls.push(token);
        return refresh(token);
      },
    },
    sessions,
    rooms: DEMO_ROOMS,
    sessionFor: (req) => sessions.get(/session=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1]),
    now: () => NOW,
    onError: (error) => errors.push(error),
  });
  server = createServer(route);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const get = async (room: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/meeting-token?room=${room}`, { headers: { cookie: `session=${session.id}`, ...headers } });
    return { status: response.status, body: (await response.json()) as { token?: string; expiresAt?: string | null } };
  };
  return { get, calls, errors, session, sessions, port };
}

describe('OpenID token route', () => {
  it('returns the access token as it is while it has more than a minute left', async () => {
    const token = await accessToken('Una', NOW / 1000 + 600);
    const { get, calls } = await setUp(tokenSet(token, NOW + 600_000), () => Promise.reject(new Error('no refresh expected')));
    expect(await get('team-standup')).toEqual({ status: 200, body: { token, expiresAt: new Date(NOW + 600_000).toISOString() } });
    expect(calls).toEqual([]);
  });

  it('refreshes once for concurrent requests when less than a minute is left, and keeps the new tokens', async () => {
    const old = await accessToken('Una', NOW / 1000 + 30);
    const fresh = await accessToken('Una', NOW / 1000 + 300);
    let release: (value: TokenSet) => void = () => undefined;
    const { get, calls, session } = await setUp(
      tokenSet(old, NOW + 30_000),
      () =>
        new Promise((resolve) => {
          release = resolve;
        }),
    );
    const replies = Promise.all([get('team-standup'), get('token-expiry')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release(tokenSet(fresh, NOW + 300_000, 'refresh-2'));
    expect((await replies).map((r) => r.body.token)).toEqual([fresh, fresh]);
    expect(calls).toEqual(['refresh-1']);
    expect(session.tokens?.refreshToken).toBe('refresh-2');
  });

  it('ends the session when the provider refuses the refresh, so the meeting offers a new sign-in', async () => {
    const old = await accessToken('Una', NOW / 1000 + 10);
    const { get, sessions, session, errors } = await setUp(tokenSet(old, NOW + 10_000), () => Promise.reject(new OidcError('login-required', 'refused')));
    expect((await get('team-standup')).status).toBe(401);
    expect(sessions.get(session.id)).toBeNull();
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors)).not.toContain(old);
  });

  it('hands out a short token unchanged when there is no refresh token to renew it with', async () => {
    const old = await accessToken('Una', NOW / 1000 + 10);
    const { get, calls } = await setUp(tokenSet(old, NOW + 10_000, null), () => Promise.reject(new Error('no refresh expected')));
    expect((await get('team-standup')).body.token).toBe(old);
    expect(calls).toEqual([]);
  });

  it('refuses rooms the role may not join, unknown rooms and foreign origins', async () => {
    const token = await accessToken('Una', NOW / 1000 + 600);
    const { get } = await setUp(tokenSet(token, NOW + 600_000), () => Promise.reject(new Error('unused')), 'guest');
    expect((await get('board-room')).status).toBe(403);
    expect((await get('nowhere')).status).toBe(403);
    expect((await get('')).status).toBe(400);
    expect((await get('team-standup', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await get('team-standup')).status).toBe(200);
  });

  it('reads the expiry from the token when the provider did not say expires_in', async () => {
    const token = await accessToken('Una', NOW / 1000 + 120);
    expect(accessTokenExpiry(tokenSet(token, null))).toBe(NOW + 120_000);
    expect(accessTokenExpiry(tokenSet('not-a-jwt', null))).toBeNull();
  });
});
