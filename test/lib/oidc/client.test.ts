import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcClient, OidcError, type WebAuthFlowDetails } from '../../../lib/oidc/index.js';
import { passwordSignIn, startOidcProvider, type RunningOidcProvider } from '../../../server/dev/oidc/index.js';

const REDIRECT = 'https://test-extension-id.chromiumapp.org/';
let provider: RunningOidcProvider;

beforeAll(async () => {
  provider = await startOidcProvider({ clients: [{ clientId: 'jitsi', redirectUris: [REDIRECT] }], accessTokenTtlSeconds: 60, lifetimeMs: 60_000 });
});
afterAll(() => provider.stop());

/** A web auth flow that signs in as `username`, sharing the provider session through `cookies`. */
function flow(username: string, cookies = new Map<string, string>(), seen: WebAuthFlowDetails[] = []) {
  return async (details: WebAuthFlowDetails) => {
    seen.push(details);
    return passwordSignIn({ authorizationUrl: details.url, redirectUri: REDIRECT, username, password: username, cookies });
  };
}

function client(launchWebAuthFlow: (details: WebAuthFlowDetails) => Promise<string>, scopes = ['openid']) {
  return createOidcClient({ issuer: provider.issuer, clientId: 'jitsi', scopes }, { redirectUri: REDIRECT, launchWebAuthFlow });
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OidcError);
    return (error as OidcError).kind;
  }
  throw new Error('expected a failure');
}

describe('createOidcClient against a real provider', () => {
  it('signs in with PKCE S256, state and nonce, and returns validated tokens', async () => {
    const seen: WebAuthFlowDetails[] = [];
    const tokens = await client(flow('ann', new Map(), seen)).signIn({ interactive: true });
    const request = new URL(seen[0]?.url ?? '');
    expect(seen[0]?.interactive).toBe(true);
    expect(Object.fromEntries(request.searchParams)).toMatchObject({
      client_id: 'jitsi',
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: 'openid',
      code_challenge_method: 'S256',
    });
    expect(request.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(request.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(request.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(tokens).toMatchObject({
      subject: 'ann',
      accessToken: expect.stringMatching(/^ey/),
      idToken: expect.stringMatching(/^ey/),
      refreshToken: expect.any(String),
    });
  });

  it('refreshes, keeping the old refresh token when the provider does not rotate it', async () => {
    const signedIn = await client(flow('bob')).signIn({ interactive: true });
    const refreshed = await client(flow('bob')).refresh(signedIn.refreshToken ?? '');
    expect(refreshed.accessToken).not.toBe(signedIn.accessToken);
    expect(refreshed.refreshToken).toEqual(expect.any(String));
    expect(await kindOf(client(flow('bob')).refresh('not-a-refresh-token'))).toBe('login-required');
  });

  it('signs in silently with prompt=none when the provider session exists, and says login-required when not', async () => {
    const cookies = new Map<string, string>();
    await client(flow('ann', cookies)).signIn({ interactive: true });
    const seen: WebAuthFlowDetails[] = [];
    const silent = await client(flow('ann', cookies, seen)).signIn({ interactive: false });
    expect(seen[0]).toMatchObject({ interactive: false });
    expect(new URL(seen[0]?.url ?? '').searchParams.get('prompt')).toBe('none');
    expect(silent.subject).toBe('ann');
    expect(await kindOf(client(flow('ann', new Map())).signIn({ interactive: false }))).toBe('login-required');
  });

  it('lets another account sign in over an existing session with prompt=login (after a kick)', async () => {
    const cookies = new Map<string, string>();
    expect((await client(flow('ann', cookies)).signIn({ interactive: true })).subject).toBe('ann');
    const seen: WebAuthFlowDetails[] = [];
    const switched = await client(flow('mod', cookies, seen)).signIn({ interactive: true, prompt: 'login' });
    expect(new URL(seen[0]?.url ?? '').searchParams.get('prompt')).toBe('login');
    expect(switched.subject).toBe('mod');
  });

  it('builds the logout address with the ID token hint', async () => {
    const url = new URL((await client(flow('ann')).logoutUrl({ idToken: 'id.token.x', postLogoutRedirectUri: 'https://meet.example.org/bye' })) ?? '');
    expect(url.origin + url.pathname).toBe(provider.logoutUrl);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'jitsi',
      id_token_hint: 'id.token.x',
      post_logout_redirect_uri: 'https://meet.example.org/bye',
    });
  });
});

describe('createOidcClient refuses what it cannot trust', () => {
  it('rejects a callback whose state was swapped (login CSRF)', async () => {
    const forged = client(async (details) => {
      const back = new URL(await flow('ann')(details));
      back.searchParams.set('state', 'attacker-state');
      return back.href;
    });
    expect(await kindOf(forged.signIn({ interactive: true }))).toBe('invalid-response');
  });

  it('rejects a callback to another address than the redirect URI', async () => {
    const elsewhere = client(async () => 'https://evil.example/?code=x&state=y');
    await expect(elsewhere.signIn({ interactive: true })).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('unexpected address'),
    });
  });

  it("reports a closed window as cancelled, with the browsers' own wording", async () => {
    expect(
      await kindOf(
        client(async () => {
          throw new Error('The user did not approve access.');
        }).signIn({ interactive: true }),
      ),
    ).toBe('cancelled');
    expect(
      await kindOf(
        client(async () => {
          throw new Error('User cancelled or denied access.');
        }).signIn({ interactive: true }),
      ),
    ).toBe('cancelled');
  });

  it('reports an authorization error from the provider', async () => {
    const denied = client(
      async (details) => `${REDIRECT}?error=access_denied&state=${new URL(details.url).searchParams.get('state')}&iss=${encodeURIComponent(provider.issuer)}`,
    );
    expect(await kindOf(denied.signIn({ interactive: true }))).toBe('cancelled');
    const broken = client(
      async (details) =>
        `${REDIRECT}?error=server_error&error_description=boom%00%01&state=${new URL(details.url).searchParams.get('state')}&iss=${encodeURIComponent(provider.issuer)}`,
    );
    await expect(broken.signIn({ interactive: true })).rejects.toMatchObject({
      kind: 'provider-error',
      providerError: 'server_error',
      message: 'The sign-in service refused: server_error (boom).',
    });
  });

  it('says unreachable when nothing listens, and refuses plain http away from this computer', async () => {
    const stopped = await startOidcProvider({ clients: [], lifetimeMs: 10_000 });
    await stopped.stop();
    const offline = createOidcClient(
      { issuer: stopped.issuer, clientId: 'jitsi', scopes: ['openid'] },
      { redirectUri: REDIRECT, launchWebAuthFlow: flow('ann'), timeoutMs: 2000 },
    );
    expect(await kindOf(offline.signIn({ interactive: true }))).toBe('unreachable');
    expect(() =>
      createOidcClient({ issuer: 'http://id.example.org', clientId: 'jitsi', scopes: [] }, { redirectUri: REDIRECT, launchWebAuthFlow: flow('ann') }),
    ).toThrow(OidcError);
  });

  it('never echoes an unexpected error text, which may hold a code or token', async () => {
    const leaky = client(async () => {
      throw new Error(`navigation failed for ${REDIRECT}?code=SECRET-CODE&state=x`);
    });
    const error = await leaky.signIn({ interactive: true }).catch((caught: unknown) => caught as OidcError);
    expect(error).toMatchObject({ kind: 'invalid-response', message: 'The sign-in service gave an answer MeetGate cannot trust.' });
  });
});
