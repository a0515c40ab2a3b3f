import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validateDeployment, type Deployment } from '../../../lib/deployments/index.js';
import { passwordSignIn, startOidcProvider, type RunningOidcProvider } from '../../../server/dev/oidc/index.js';
import { createMessageRouter } from '../../../extension/background/router.js';
import { forgetOidcClients } from '../../../extension/background/oidc.js';
import { allowSite } from '../../../extension/sites.js';
import { writeDeployments } from '../../../extension/storage.js';
import { addWalletToken, findWalletToken, listWallet } from '../../../extension/wallet.js';
import { fakeToken, goodClaims } from '../../fixtures/tokens.js';

const REDIRECT = 'https://test-extension-id.chromiumapp.org/';
/** Pasted tokens for an OpenID deployment are RS256 with a kid, as its key server expects. */
const RS256 = { alg: 'RS256', typ: 'JWT', kid: 'pasted' };
const BASE = 'chrome-extension://test-extension-id/';
const POPUP = { id: 'test-extension-id', url: `${BASE}popup.html` };
const PORTAL = 'https://portal.example.org';
const REQUEST = {
  channel: 'meetgate-bridge',
  version: 1,
  kind: 'token-request',
  id: 'abcdef0123456789',
  domain: 'meet.example.org',
  tenant: null,
  room: 'standup',
};
let provider: RunningOidcProvider;
let deployment: Deployment;
const route = createMessageRouter({ runtimeId: 'test-extension-id', extensionBaseUrl: BASE });

beforeAll(async () => {
  provider = await startOidcProvider({
    clients: [{ clientId: 'jitsi', redirectUris: [REDIRECT] }],
    audience: 'jitsi',
    accessTokenTtlSeconds: 120,
    lifetimeMs: 120_000,
  });
});
afterAll(() => provider.stop());

beforeEach(async () => {
  fakeBrowser.reset();
  forgetOidcClients();
  const result = validateDeployment({
    id: 'meet',
    domain: 'meet.example.org',
    signIn: 'oidc',
    issuer: provider.issuer,
    clientId: 'jitsi',
    expectedAudience: 'jitsi',
  });
  if (!result.ok) throw new Error('fixture');
  deployment = result.deployment;
  await writeDeployments([deployment]);
  vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue(REDIRECT);
});

/** The provider's login as the browser's web auth flow would run it. */
function signInAs(username: string) {
  return vi
    .spyOn(fakeBrowser.identity, 'launchWebAuthFlow')
    .mockImplementation(async (details: { url: string }) =>
      passwordSignIn({ authorizationUrl: details.url, redirectUri: REDIRECT, username, password: username }),
    );
}

describe('background sign-in', () => {
  it('signs in from an extension page and keeps the token in the session wallet', async () => {
    const flow = signInAs('ann');
    const answer = await route({ type: 'sign-in', deploymentId: 'meet' }, POPUP);
    expect(answer).toEqual({ ok: true, tokenId: expect.any(String) });
    expect(flow).toHaveBeenCalledWith(expect.objectContaining({ interactive: true }));
    const token = await findWalletToken((answer as { tokenId: string }).tokenId);
    expect(token).toMatchObject({ source: 'oidc', deploymentId: 'meet', domain: 'meet.example.org', refreshToken: expect.any(String) });
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('wallet');
  });

  it('opens one sign-in window when asked twice at once', async () => {
    const flow = signInAs('ann');
    const [a, b] = await Promise.all([route({ type: 'sign-in', deploymentId: 'meet' }, POPUP), route({ type: 'sign-in', deploymentId: 'meet' }, POPUP)]);
    expect(flow).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
  });

  it('asks for a fresh login after a kick (prompt=login)', async () => {
    const flow = signInAs('bob');
    await route({ type: 'sign-in', deploymentId: 'meet', prompt: 'login' }, POPUP);
    expect(new URL(flow.mock.calls[0]?.[0].url ?? '').searchParams.get('prompt')).toBe('login');
  });

  it('reports a closed window as cancelled, and unknown or token-less deployments plainly', async () => {
    vi.spyOn(fakeBrowser.identity, 'launchWebAuthFlow').mockRejectedValue(new Error('The user did not approve access.'));
    expect(await route({ type: 'sign-in', deploymentId: 'meet' }, POPUP)).toMatchObject({ ok: false, kind: 'cancelled' });
    expect(await route({ type: 'sign-in', deploymentId: 'gone' }, POPUP)).toMatchObject({ ok: false, kind: 'not-found' });
    await writeDeployments([{ ...deployment, signIn: { kind: 'none' } }]);
    expect(await route({ type: 'sign-in', deploymentId: 'meet' }, POPUP)).toMatchObject({ ok: false, kind: 'no-sign-in' });
  });

  it('renews with the refresh token, without any window', async () => {
    const flow = signInAs('ann');
    const signedIn = (await route({ type: 'sign-in', deploymentId: 'meet' }, POPUP)) as { tokenId: string };
    const before = await findWalletToken(signedIn.tokenId);
    flow.mockClear();
    expect(await route({ type: 'renew', tokenId: signedIn.tokenId }, POPUP)).toEqual({ ok: true, tokenId: signedIn.tokenId });
    expect(flow).not.toHaveBeenCalled();
    expect((await findWalletToken(signedIn.tokenId))?.token).not.toBe(before?.token);
  });

  it('refuses sign-in and renewal requests from web pages', async () => {
    const flow = signInAs('ann');
    const contentScript = { id: 'test-extension-id', url: `${PORTAL}/`, origin: PORTAL, frameId: 0, tab: { id: 1 } as never };
    expect(await route({ type: 'sign-in', deploymentId: 'meet' }, contentScript)).toMatchObject({ ok: false, kind: 'bad-request' });
    expect(await route({ type: 'sign-in', deploymentId: 'meet' }, { id: 'another-extension', url: 'chrome-extension://another/popup.html' })).toMatchObject({
      ok: false,
    });
    expect(await route({ type: 'whatever' }, POPUP)).toMatchObject({ ok: false, kind: 'bad-request' });
    expect(flow).not.toHaveBeenCalled();
  });

  it("gives the logout address: the configured one, else the provider's end-session endpoint", async () => {
    signInAs('ann');
    const { tokenId } = (await route({ type: 'sign-in', deploymentId: 'meet' }, POPUP)) as { tokenId: string };
    const answer = (await route({ type: 'logout-url', tokenId }, POPUP)) as { url: string };
    expect(answer.url.startsWith(`${provider.logoutUrl}?`)).toBe(true);
    expect(new URL(answer.url).searchParams.get('id_token_hint')).toMatch(/^ey/);
    await writeDeployments([{ ...deployment, logoutUrl: 'https://meet.example.org/static/logout.html' }]);
    expect(await route({ type: 'logout-url', tokenId }, POPUP)).toEqual({ ok: true, url: 'https://meet.example.org/static/logout.html' });
  });
});

describe('logging', () => {
  it('never writes a token, refresh token or code to the console during sign-in, renewal and bridge answers', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    signInAs('ann');
    const { tokenId } = (await route({ type: 'sign-in', deploymentId: 'meet' }, POPUP)) as { tokenId: string };
    await route({ type: 'renew', tokenId }, POPUP);
    await allowSite(PORTAL, 'meet');
    await route(
      { type: 'bridge-token', request: REQUEST },
      { id: 'test-extension-id', url: `${PORTAL}/`, origin: PORTAL, frameId: 0, tab: { id: 1 } as never },
    );
    const held = await findWalletToken(tokenId);
    const secrets = [held?.token, held?.refreshToken, held?.idToken].filter((value): value is string => !!value).map((value) => value.slice(-24));
    const written = spies
      .flatMap((spy) => spy.mock.calls.flat())
      .map((value) => String(value))
      .join('\n');
    expect(secrets).toHaveLength(3);
    for (const secret of secrets) expect(written).not.toContain(secret);
  });
});

describe('background bridge answers', () => {
  const page = (origin: string) => ({ id: 'test-extension-id', url: `${origin}/intranet/meet`, origin, frameId: 0, tab: { id: 7 } as never });

  it('tells the bridge script whether the exact origin (scheme, host and port) was allowed (issue 9)', async () => {
    await allowSite(PORTAL, 'meet');
    expect(await route({ type: 'bridge-hello' }, page(PORTAL))).toEqual({ ok: true, allowed: true });
    for (const other of [`${PORTAL}:8443`, 'http://portal.example.org', 'https://evil.example']) {
      expect(await route({ type: 'bridge-hello' }, page(other))).toEqual({ ok: true, allowed: false });
    }
    expect(await route({ type: 'bridge-hello' }, { ...page(PORTAL), frameId: 3 })).toEqual({ ok: true, allowed: false });
  });

  it('serves an allowed site the token of that deployment and denies every other site', async () => {
    signInAs('ann');
    await route({ type: 'sign-in', deploymentId: 'meet' }, POPUP);
    await allowSite(PORTAL, 'meet');
    const granted = await route({ type: 'bridge-token', request: REQUEST }, page(PORTAL));
    expect(granted).toMatchObject({ ok: true, answer: { outcome: 'granted', token: (await listWallet())[0]?.token } });
    expect(await route({ type: 'bridge-token', request: REQUEST }, page('https://evil.example'))).toMatchObject({ ok: true, answer: { outcome: 'denied' } });
    expect(await route({ type: 'bridge-token', request: REQUEST }, { ...page(PORTAL), frameId: 3 })).toMatchObject({ ok: false });
  });

  it('renews an expired OIDC token before answering, and says no-token for a pasted expired one', async () => {
    signInAs('ann');
    const { tokenId } = (await route({ type: 'sign-in', deploymentId: 'meet' }, POPUP)) as { tokenId: string };
    await allowSite(PORTAL, 'meet');
    const later = Date.now() + 10 * 60_000;
    const routeLater = createMessageRouter({ runtimeId: 'test-extension-id', extensionBaseUrl: BASE, now: () => later });
    const before = (await findWalletToken(tokenId))?.token;
    const answer = await routeLater({ type: 'bridge-token', request: REQUEST }, page(PORTAL));
    // The renewed token is valid at "now" but not 10 minutes later (120 s lifetime): the extension tried once, then said so.
    expect(answer).toMatchObject({ ok: true, answer: { outcome: 'no-token' } });
    expect((await findWalletToken(tokenId))?.token).not.toBe(before);
  });

  it('says no-token for an expired pasted token, without trying to renew it', async () => {
    const flow = signInAs('ann');
    await allowSite(PORTAL, 'meet');
    const expired = fakeToken(
      goodClaims({ iss: provider.issuer, aud: 'jitsi', exp: Math.floor(Date.now() / 1000) - 60, iat: Math.floor(Date.now() / 1000) - 3600 }),
      RS256,
    );
    await addWalletToken({
      token: expired,
      source: 'pasted',
      deploymentId: 'meet',
      domain: 'meet.example.org',
      tenant: null,
      room: 'standup',
      refreshToken: null,
      idToken: null,
      expiresAt: null,
    });
    expect(await route({ type: 'bridge-token', request: REQUEST }, page(PORTAL))).toMatchObject({ ok: true, answer: { outcome: 'no-token' } });
    const fresh = fakeToken(
      goodClaims({ iss: provider.issuer, aud: 'jitsi', exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) }),
      RS256,
    );
    await addWalletToken({
      token: fresh,
      source: 'pasted',
      deploymentId: 'meet',
      domain: 'meet.example.org',
      tenant: null,
      room: 'standup',
      refreshToken: null,
      idToken: null,
      expiresAt: null,
    });
    expect(await route({ type: 'bridge-token', request: REQUEST }, page(PORTAL))).toMatchObject({ ok: true, answer: { outcome: 'granted', token: fresh } });
    expect(flow).not.toHaveBeenCalled();
  });
});
