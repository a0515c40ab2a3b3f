import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcError } from '../../../../../lib/oidc/index.js';
import { passwordSignIn, startOidcProvider, type RunningOidcProvider } from '../../../../../server/dev/oidc/index.js';
import { createSignInFlows } from '../../../../../server/dev/portal/oidc/index.js';

const REDIRECT = 'http://127.0.0.1:9/login/callback';
let provider: RunningOidcProvider;
beforeAll(async () => {
  provider = await startOidcProvider({ clients: [{ clientId: 'portal', redirectUris: [REDIRECT] }], lifetimeMs: 60_000 });
});
afterAll(() => provider.stop());

const settings = () => ({ issuer: provider.issuer, clientId: 'portal', scopes: ['openid', 'profile'] });

describe('sign-in flows across two requests', () => {
  it('runs one Authorization Code + PKCE sign-in from start to finish and keeps returnTo', async () => {
    const flows = createSignInFlows({ settings: settings(), redirectUri: REDIRECT });
    const started = await flows.start('/rooms/team-standup');
    const callback = await passwordSignIn({ authorizationUrl: started.authorizationUrl, redirectUri: REDIRECT, username: 'mod', password: 'mod' });
    const finished = await flows.finish(new URL(callback), started.flowId);
    expect(finished.returnTo).toBe('/rooms/team-standup');
    expect(finished.tokens.accessToken).toMatch(/^eyJ/);
    expect(finished.tokens.subject).toBe('mod');
  });

  it('keeps concurrent sign-ins apart by their state', async () => {
    const flows = createSignInFlows({ settings: settings(), redirectUri: REDIRECT });
    const [a, b] = await Promise.all([flows.start('/a'), flows.start('/b')]);
    const [callbackA, callbackB] = await Promise.all([
      passwordSignIn({ authorizationUrl: a.authorizationUrl, redirectUri: REDIRECT, username: 'ann', password: 'ann' }),
      passwordSignIn({ authorizationUrl: b.authorizationUrl, redirectUri: REDIRECT, username: 'bob', password: 'bob' }),
    ]);
    await expect(flows.finish(new URL(callbackB), a.flowId)).rejects.toBeInstanceOf(OidcError);
    const finishedB = await flows.finish(new URL(callbackB), b.flowId);
    const finishedA = await flows.finish(new URL(callbackA), a.flowId);
    expect([finishedA.returnTo, finishedA.tokens.subject, finishedB.returnTo, finishedB.tokens.subject]).toEqual(['/a', 'ann', '/b', 'bob']);
  });

  it('forgets a sign-in nobody finished in time', async () => {
    const flows = createSignInFlows({ settings: settings(), redirectUri: REDIRECT, flowTtlMs: 50 });
    const started = await flows.start('/rooms');
    const callback = await passwordSignIn({ authorizationUrl: started.authorizationUrl, redirectUri: REDIRECT, username: 'ann', password: 'ann' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await expect(flows.finish(new URL(callback), started.flowId)).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('drops the oldest pending sign-in beyond the limit', async () => {
    const flows = createSignInFlows({ settings: settings(), redirectUri: REDIRECT, maxFlows: 1 });
    const first = await flows.start('/one');
    await flows.start('/two');
    const callback = await passwordSignIn({ authorizationUrl: first.authorizationUrl, redirectUri: REDIRECT, username: 'ann', password: 'ann' });
    await expect(flows.finish(new URL(callback), first.flowId)).rejects.toBeInstanceOf(OidcError);
  });

  it('reports a refusal at the provider (access_denied) as cancelled', async () => {
    const flows = createSignInFlows({ settings: settings(), redirectUri: REDIRECT });
    const started = await flows.start('/rooms');
    const state = new URL(started.authorizationUrl).searchParams.get('state') ?? '';
    const refused = new URL(`${REDIRECT}?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`);
    await expect(flows.finish(refused, started.flowId)).rejects.toMatchObject({ kind: 'cancelled', providerError: 'access_denied' });
  });
});
