/**
 * OpenID sign-in for the portal: the provider's settings, the pending sign-in flows, and one
 * client for refreshing tokens and the provider's logout address.
 */
import { createOidcClient, OidcError, type OidcClient, type OidcSettings } from '../../../../lib/oidc/index.js';
import { createSignInFlows, type SignInFlows } from './flows.js';

/** Everything the portal's routes need for OpenID sign-in. */
export interface OidcSignIn {
  settings: OidcSettings;
  flows: SignInFlows;
  /** For `refresh` and `logoutUrl`; it never runs a sign-in itself. */
  client: OidcClient;
  /** Told about failed sign-ins and refreshes (the error; never a token). */
  onError?(error: unknown): void;
}

/** Creates the sign-in for a portal whose callback is `redirectUri`. */
export function createOidcSignIn(settings: OidcSettings, options: { redirectUri: string; fetch?: typeof fetch; onError?(error: unknown): void }): OidcSignIn {
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  return {
    settings,
    flows: createSignInFlows({ settings, redirectUri: options.redirectUri, ...fetchOption }),
    client: createOidcClient(settings, {
      redirectUri: options.redirectUri,
      ...fetchOption,
      launchWebAuthFlow: () => Promise.reject(new OidcError('invalid-response', "Sign-ins go through the portal's flows.")),
    }),
    ...(options.onError ? { onError: options.onError } : {}),
  };
}
