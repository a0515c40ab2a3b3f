/**
 * The OpenID client of a deployment, wired to the browser: `identity.launchWebAuthFlow` opens
 * the provider, `identity.getRedirectURL()` is the registered redirect URI. Clients are kept per
 * provider so discovery runs once per worker life.
 */
import { browser } from 'wxt/browser';
import type { Deployment } from '../../lib/deployments/index.js';
import { createOidcClient, type OidcClient } from '../../lib/oidc/index.js';

const clients = new Map<string, OidcClient>();

/** The redirect URI to register at the provider for this browser and extension id. */
export function redirectUri(): string {
  return browser.identity.getRedirectURL();
}

/** The client for a deployment with OpenID sign-in, or null for other deployments. */
export function oidcClientFor(deployment: Deployment): OidcClient | null {
  const { signIn } = deployment;
  if (signIn.kind !== 'oidc') return null;
  const key = JSON.stringify([signIn.issuer, signIn.clientId, signIn.scopes]);
  let client = clients.get(key);
  if (!client) {
    client = createOidcClient(signIn, {
      redirectUri: redirectUri(),
      async launchWebAuthFlow(details) {
        const returned = await browser.identity.launchWebAuthFlow(details);
        if (!returned) throw new Error('The user did not approve access.');
        return returned;
      },
    });
    clients.set(key, client);
  }
  return client;
}

/** Forgets cached clients (after deployments change). */
export function forgetOidcClients(): void {
  clients.clear();
}
