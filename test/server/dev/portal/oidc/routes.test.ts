import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '../../../../../lib/token/index.js';
import { passwordSignIn, startOidcProvider, type RunningOidcProvider } from '../../../../../server/dev/oidc/index.js';
import { startPortal, type Portal } from '../../../../../server/dev/portal/index.js';
import { call, sessionCookieOf, type Reply } from '../helpers.js';

/** A port that was free a moment ago: the provider must know the portal's redirect URI before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let provider: RunningOidcProvider;
let portal: Portal;
let origin: string;
const errors: unknown[] = [];

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider({
    clients: [{ clientId: 'portal', redirectUris: [`${origin}/login/callback`], postLogoutRedirectUris: [`${origin}/login?signedOut=1`] }],
    // Shorter than the portal's one-minute refresh lead: every token request refreshes.
    accessTokenTtlSeconds: 30,
    lifetimeMs: 60_000,
  });
  portal = await startPortal({
    meeting: {
      domain: 'meet.example.org',
      origin: 'https://meet.example.org',
      externalApi: 'deployment',
      simulatorUrl: null,
      description: 'Meetings run on meet.example.org.',
    },
    oidc: { issuer: provider.issuer, clientId: 'portal', scopes: ['openid', 'profile'] },
    assets: { roomScript: '', signInScript: '' },
    port,
    lifetimeMs: 60_000,
    onError: (error) => errors.push(error),
  });
});
afterAll(async () => {
  await portal?.stop();
  await provider?.stop();
});

/** Signs in at the provider through the portal's routes; returns the final reply and the flow cookie. */
async function signInThroughProvider(username: string, returnTo = '/rooms'): Promise<{ reply: Reply; callback: string; flowCookie: string }> {
  const start = await call(portal, `/login/start?returnTo=${encodeURIComponent(returnTo)}`);
  expect(start.status).toBe(303);
  const flowCookie = (start.headers['set-cookie']?.[0] ?? '').split(';', 1)[0] ?? '';
  const callbackUrl = await passwordSignIn({
    authorizationUrl: start.headers.location ?? '',
    redirectUri: `${origin}/login/callback`,
    username,
    password: username,
  });
  const callback = callbackUrl.slice(origin.length);
  const reply = await call(portal, callback, { headers: { Cookie: flowCookie } });
  return { reply, callback, flowCookie };
}

async function meetingToken(cookie: string, room = 'team-standup'): Promise<Reply & { token?: string }> {
  const reply = await call(portal, `/api/meeting-token?room=${room}`, { headers: { Cookie: cookie } });
  return { ...reply, ...(reply.status === 200 ? { token: (JSON.parse(reply.body) as { token: string }).token } : {}) };
}

describe('portal with OpenID sign-in', () => {
  it('shows one button to the provider instead of passwords, and refuses password sign-ins', async () => {
    const page = await call(portal, '/login?returnTo=%2Frooms%2Fteam-standup');
    expect(page.body).toContain(`href="/login/start?returnTo=%2Frooms%2Fteam-standup">Sign in with 127.0.0.1:${new URL(provider.issuer).port}</a>`);
    expect(page.body).not.toContain('Demo accounts');
    expect(page.headers['content-security-policy']).toContain(`form-action 'self' ${new URL(provider.issuer).origin}`);
    expect(portal.accounts).toEqual([]);
    expect((await call(portal, '/login', { headers: { Origin: origin }, form: { username: 'ann', password: 'ann' } })).status).toBe(405);
  });

  it('starts the sign-in with PKCE and binds it to this browser with a short-lived callback cookie', async () => {
    const start = await call(portal, '/login/start?returnTo=%2Frooms');
    const location = new URL(start.headers.location ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/protocol/openid-connect/auth`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: 'portal',
      redirect_uri: `${origin}/login/callback`,
      response_type: 'code',
      code_challenge_method: 'S256',
    });
    expect(start.headers['set-cookie']?.[0]).toMatch(/^portal_oidc_flow=[A-Za-z0-9_-]{43}; Path=\/login\/callback; HttpOnly; SameSite=Lax; Max-Age=600$/);
  });

  it('signs in at the provider and comes back to the room; the person and role come from the access token', async () => {
    const { reply } = await signInThroughProvider('ann', '/rooms/team-standup');
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/rooms/team-standup');
    expect(reply.headers['set-cookie']).toContain('portal_oidc_flow=; Path=/login/callback; HttpOnly; SameSite=Lax; Max-Age=0');
    const cookie = sessionCookieOf(reply) ?? '';
    const rooms = await call(portal, '/rooms', { headers: { Cookie: cookie } });
    expect(rooms.body).toContain('Ann Owner');
    expect(rooms.body).toContain('<span class="badge owner">owner</span>');
  });

  it("hands out the provider's access token as the meeting token, refreshed when it runs short", async () => {
    const cookie = sessionCookieOf((await signInThroughProvider('bob')).reply) ?? '';
    const first = await meetingToken(cookie);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(await verifyToken(first.token ?? '', { jwksUrl: provider.jwksUrl })).toMatchObject({ status: 'verified' });
    const second = await meetingToken(cookie);
    expect(second.token).not.toBe(first.token);
    expect(await verifyToken(second.token ?? '', { jwksUrl: provider.jwksUrl })).toMatchObject({ status: 'verified' });
    const claims = JSON.parse(Buffer.from((second.token ?? '').split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: provider.issuer, context: { user: { name: 'Bob Member', affiliation: 'member' } } });
  });

  it('refuses a callback without the cookie of the browser that started it, and a replayed one', async () => {
    const start = await call(portal, '/login/start?returnTo=%2Frooms');
    const flowCookie = (start.headers['set-cookie']?.[0] ?? '').split(';', 1)[0] ?? '';
    const callbackUrl = await passwordSignIn({
      authorizationUrl: start.headers.location ?? '',
      redirectUri: `${origin}/login/callback`,
      username: 'ann',
      password: 'ann',
    });
    const callback = callbackUrl.slice(origin.length);
    const foreign = await call(portal, callback);
    expect(foreign.status).toBe(400);
    expect(foreign.body).toContain('The sign-in could not be completed.');
    expect(sessionCookieOf(foreign)).toBeNull();
    // The browser that started it can still finish it, once.
    const own = await call(portal, callback, { headers: { Cookie: flowCookie } });
    expect(own.status).toBe(303);
    expect(sessionCookieOf(own)).not.toBeNull();
    const replayed = await call(portal, callback, { headers: { Cookie: flowCookie } });
    expect(replayed.status).toBe(400);
    expect(sessionCookieOf(replayed)).toBeNull();
  });

  it('signs out of the portal and then at the provider, which sends the person back to the sign-in page', async () => {
    const cookie = sessionCookieOf((await signInThroughProvider('ann')).reply) ?? '';
    const csrf = /name="csrf" value="([^"]+)"/.exec((await call(portal, '/logout', { headers: { Cookie: cookie } })).body)?.[1] ?? '';
    const reply = await call(portal, '/logout', { headers: { Origin: origin, Cookie: cookie }, form: { csrf } });
    expect(reply.status).toBe(303);
    const location = new URL(reply.headers.location ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(provider.logoutUrl);
    expect(location.searchParams.get('post_logout_redirect_uri')).toBe(`${origin}/login?signedOut=1`);
    expect(location.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect((await meetingToken(cookie)).status).toBe(401);
  });
});

describe('portal with an unreachable OpenID provider', () => {
  it('says so on the sign-in page instead of failing blindly', async () => {
    const closed = await freePort();
    const offline = await startPortal({
      meeting: { domain: 'meet.example.org', origin: 'https://meet.example.org', externalApi: 'deployment', simulatorUrl: null, description: 'x' },
      oidc: { issuer: `http://127.0.0.1:${closed}/realms/none`, clientId: 'portal', scopes: ['openid'] },
      assets: { roomScript: '', signInScript: '' },
      lifetimeMs: 60_000,
      onError: () => undefined,
    });
    try {
      const reply = await call(offline, '/login/start?returnTo=%2Frooms');
      expect(reply.status).toBe(502);
      expect(reply.body).toContain('The sign-in service could not be reached.');
    } finally {
      await offline.stop();
    }
  });
});
