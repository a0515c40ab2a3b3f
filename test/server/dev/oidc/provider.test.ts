import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcClient } from '../../../../lib/oidc/index.js';
import { inspectToken, verifyToken } from '../../../../lib/token/index.js';
import { passwordSignIn, startOidcProvider, type RunningOidcProvider } from '../../../../server/dev/oidc/index.js';

const REDIRECT = 'https://test-extension-id.chromiumapp.org/';
const EXTENSION_ORIGIN = 'chrome-extension://test-extension-id';
let provider: RunningOidcProvider;

beforeAll(async () => {
  provider = await startOidcProvider({
    clients: [
      { clientId: 'jitsi', redirectUris: [REDIRECT], webOrigins: [EXTENSION_ORIGIN], postLogoutRedirectUris: ['https://meet.example.org/static/logout.html'] },
    ],
    audience: 'account',
    room: 'standup',
    accessTokenTtlSeconds: 120,
    lifetimeMs: 60_000,
  });
});
afterAll(() => provider.stop());

/** Signs in as `username` through the real provider, as the extension would. */
async function signInAs(username: string, scopes = ['openid', 'profile']) {
  const client = createOidcClient(
    { issuer: provider.issuer, clientId: 'jitsi', scopes },
    {
      redirectUri: REDIRECT,
      launchWebAuthFlow: ({ url }) => passwordSignIn({ authorizationUrl: url, redirectUri: REDIRECT, username, password: username }),
    },
  );
  return client.signIn({ interactive: true });
}

function decodePart(token: string, index: number): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[index] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('the dev OpenID provider', () => {
  it('listens on loopback under a Keycloak realm path, with Keycloak endpoint paths', async () => {
    expect(provider.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/realms\/jitsi-realm$/);
    const metadata = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: provider.issuer,
      authorization_endpoint: `${provider.issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${provider.issuer}/protocol/openid-connect/token`,
      jwks_uri: provider.jwksUrl,
      end_session_endpoint: provider.logoutUrl,
      code_challenge_methods_supported: ['S256'],
    });
    const jwks = (await (await fetch(provider.jwksUrl)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'RSA', kid: provider.kid, alg: 'RS256', use: 'sig' })]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('issues JWT access tokens Prosody accepts: typ JWT, RS256 with kid, Jitsi claims, signature checkable with the JWKS', async () => {
    const tokens = await signInAs('ann');
    expect(decodePart(tokens.accessToken, 0)).toEqual({ alg: 'RS256', typ: 'JWT', kid: provider.kid });
    expect(decodePart(tokens.accessToken, 1)).toMatchObject({
      iss: provider.issuer,
      aud: 'account',
      sub: 'ann',
      azp: 'jitsi',
      room: 'standup',
      context: { user: { id: 'ann', name: 'Ann Owner', affiliation: 'owner', moderator: true }, features: { recording: true } },
    });
    expect(await verifyToken(tokens.accessToken, { jwksUrl: provider.jwksUrl })).toMatchObject({ status: 'verified', kid: provider.kid });
    // The handbook's Keycloak set-up: a key server (RS256), asap_require_room_claim = false, no token_verification.
    const report = inspectToken(tokens.accessToken, {
      domain: 'meet.example.org',
      room: 'standup',
      expectedIssuer: provider.issuer,
      expectedAudience: 'account',
      profile: { key_kind: 'key-server', asap_require_room_claim: false, token_verification: false },
    });
    expect(report).toMatchObject({ usable: true, flavour: 'oidc', role: { value: 'owner' }, user: { name: 'Ann Owner' } });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 100_000);
    expect(tokens.refreshToken).toEqual(expect.any(String));
  });

  it('gives members the member role', async () => {
    const tokens = await signInAs('bob');
    expect(inspectToken(tokens.accessToken).role.value).toBe('member');
  });

  it("refuses a wrong password with Keycloak's message", async () => {
    const client = createOidcClient(
      { issuer: provider.issuer, clientId: 'jitsi', scopes: ['openid'] },
      {
        redirectUri: REDIRECT,
        launchWebAuthFlow: async ({ url }) => {
          await expect(passwordSignIn({ authorizationUrl: url, redirectUri: REDIRECT, username: 'ann', password: 'wrong' })).rejects.toThrow(
            'sign-in refused: Invalid username or password.',
          );
          throw new Error('The user did not approve access.');
        },
      },
    );
    await expect(client.signIn({ interactive: true })).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('requires PKCE, refuses unknown redirect URIs, and never hands tokens to a foreign origin', async () => {
    const auth = new URL(`${provider.issuer}/protocol/openid-connect/auth`);
    auth.search = new URLSearchParams({ client_id: 'jitsi', redirect_uri: REDIRECT, response_type: 'code', scope: 'openid', state: 's' }).toString();
    const noPkce = await fetch(auth, { redirect: 'manual' });
    expect(new URL(noPkce.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_request');

    auth.searchParams.set('redirect_uri', 'https://evil.example/');
    auth.searchParams.set('code_challenge', 'x'.repeat(43));
    auth.searchParams.set('code_challenge_method', 'S256');
    const foreign = await fetch(auth, { redirect: 'manual' });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('redirect_uri did not match any of the client&#39;s registered redirect_uris');

    const token = `${provider.issuer}/protocol/openid-connect/token`;
    const fromEvil = await fetch(token, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&client_id=jitsi&refresh_token=x',
    });
    expect(fromEvil.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(token, { method: 'OPTIONS', headers: { origin: EXTENSION_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
  });

  it('serves nothing outside its realm and stops when asked', async () => {
    expect((await fetch(provider.issuer.replace('/realms/jitsi-realm', '/admin'))).status).toBe(404);
    const other = await startOidcProvider({ clients: [], lifetimeMs: 60_000 });
    await other.stop();
    await other.stop();
    await expect(fetch(`${other.issuer}/.well-known/openid-configuration`)).rejects.toThrow();
  });

  it('stops itself after its lifetime', async () => {
    const shortLived = await startOidcProvider({ clients: [], lifetimeMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${shortLived.issuer}/.well-known/openid-configuration`)).rejects.toThrow();
  });
});
