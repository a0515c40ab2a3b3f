/**
 * Signing in and renewing tokens, in the background worker (the popup closes as soon as the
 * sign-in window takes focus, so the flow must not live there).
 */
import { OidcError, type TokenSet } from '../../lib/oidc/index.js';
import type { BackgroundResponse } from '../messages.js';
import { readDeployments } from '../storage.js';
import { addWalletToken, findWalletToken, renewWalletToken } from '../wallet.js';
import { oidcClientFor } from './oidc.js';

/** Sign-ins under way, per deployment: a second click joins the first instead of opening a second window. */
const running = new Map<string, Promise<BackgroundResponse<'sign-in'>>>();

/** Turns a thrown error into the failure answer. */
function failure(error: unknown): { ok: false; kind: OidcError['kind']; error: string } {
  const oidc = error instanceof OidcError ? error : new OidcError('invalid-response', 'Signing in failed unexpectedly.');
  return { ok: false, kind: oidc.kind, error: oidc.message };
}

/** Signs in to a deployment interactively and stores the token. */
export function signInToDeployment(deploymentId: string, prompt?: 'login'): Promise<BackgroundResponse<'sign-in'>> {
  const key = `${deploymentId}|${prompt ?? ''}`;
  const current = running.get(key);
  if (current) return current;
  const attempt = (async (): Promise<BackgroundResponse<'sign-in'>> => {
    const deployment = (await readDeployments()).find((entry) => entry.id === deploymentId);
    if (!deployment) return { ok: false, kind: 'not-found', error: 'This deployment is no longer configured.' };
    const client = oidcClientFor(deployment);
    if (!client) return { ok: false, kind: 'no-sign-in', error: `${deployment.name} has no OpenID sign-in configured; paste a token instead.` };
    try {
      const tokens = await client.signIn(prompt ? { interactive: true, prompt } : { interactive: true });
      const stored = await addWalletToken({
        token: tokens.accessToken,
        source: 'oidc',
        deploymentId: deployment.id,
        domain: deployment.domain,
        tenant: deployment.tenant,
        room: null,
        refreshToken: tokens.refreshToken,
        idToken: tokens.idToken,
        expiresAt: tokens.expiresAt,
      });
      return { ok: true, tokenId: stored.id };
    } catch (error) {
      return failure(error);
    }
  })().finally(() => running.delete(key));
  running.set(key, attempt);
  return attempt;
}

/** Renews a wallet token: with its refresh token, else by a silent sign-in (no window). */
export async function renewToken(tokenId: string): Promise<BackgroundResponse<'renew'>> {
  const token = await findWalletToken(tokenId);
  if (!token) return { ok: false, kind: 'not-found', error: 'This token is no longer held; sign in again.' };
  const deployment = (await readDeployments()).find((entry) => entry.id === token.deploymentId);
  const client = deployment ? oidcClientFor(deployment) : null;
  if (!client) return { ok: false, kind: 'no-sign-in', error: 'This token cannot be renewed: it was not obtained by signing in.' };
  try {
    let fresh: TokenSet | null = null;
    if (token.refreshToken) {
      fresh = await client.refresh(token.refreshToken).catch((error: unknown) => {
        if (error instanceof OidcError && error.kind === 'login-required') return null;
        throw error;
      });
    }
    fresh ??= await client.signIn({ interactive: false });
    const renewed = await renewWalletToken(tokenId, fresh);
    return renewed ? { ok: true, tokenId: renewed.id } : { ok: false, kind: 'not-found', error: 'The token was forgotten meanwhile.' };
  } catch (error) {
    return failure(error);
  }
}

/** Where to send the person to sign out: the configured logout address, else the provider's end-session endpoint. */
export async function logoutUrlFor(tokenId: string): Promise<BackgroundResponse<'logout-url'>> {
  const token = await findWalletToken(tokenId);
  const deployment = token ? (await readDeployments()).find((entry) => entry.id === token.deploymentId) : undefined;
  if (!token || !deployment) return { ok: true, url: null };
  if (deployment.logoutUrl) return { ok: true, url: deployment.logoutUrl };
  try {
    return { ok: true, url: (await oidcClientFor(deployment)?.logoutUrl({ idToken: token.idToken })) ?? null };
  } catch (error) {
    return failure(error);
  }
}
