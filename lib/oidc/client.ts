/**
 * `createOidcClient`: Authorization Code + PKCE (S256) for a public client, with oauth4webapi.
 * The browser's `launchWebAuthFlow` is injected, so the same code runs in the extension's
 * background worker and in Node tests against a real provider.
 */
import * as oauth from 'oauth4webapi';
import { OidcError, toOidcError } from './errors.js';
import { isLoopbackHttp, requestOptions } from './transport.js';
import type { OidcEnvironment, OidcSettings, SignInRequest, TokenSet } from './types.js';

/** An OpenID client bound to one provider. */
export interface OidcClient {
  /** Runs the sign-in; resolves with validated tokens. Rejects with `OidcError`. */
  signIn(request: SignInRequest): Promise<TokenSet>;
  /** Trades a refresh token for fresh tokens. Rejects with `OidcError` (`login-required` when refused). */
  refresh(refreshToken: string): Promise<TokenSet>;
  /** The provider's logout address for this session, or null when it has none. */
  logoutUrl(options: { idToken?: string | null; postLogoutRedirectUri?: string }): Promise<string | null>;
}

/** Creates a client; discovery happens on first use and is kept. */
export function createOidcClient(settings: OidcSettings, env: OidcEnvironment): OidcClient {
  const issuer = new URL(settings.issuer);
  if (issuer.protocol !== 'https:' && !isLoopbackHttp(issuer)) throw new OidcError('invalid-response', 'The issuer must use https.');
  const client: oauth.Client = { client_id: settings.clientId };
  const auth = oauth.None();
  const options = requestOptions(issuer, env);
  const now = env.now ?? Date.now;
  let discovered: Promise<oauth.AuthorizationServer> | null = null;

  const server = (): Promise<oauth.AuthorizationServer> => {
    discovered ??= oauth.discoveryRequest(issuer, options()).then((response) => oauth.processDiscoveryResponse(issuer, response));
    discovered.catch(() => {
      discovered = null;
    });
    return discovered;
  };

  const toTokenSet = (result: oauth.TokenEndpointResponse, previousRefresh: string | null): TokenSet => {
    const claims = oauth.getValidatedIdTokenClaims(result);
    return {
      accessToken: result.access_token,
      refreshToken: result.refresh_token ?? previousRefresh,
      idToken: typeof result.id_token === 'string' ? result.id_token : null,
      expiresAt: typeof result.expires_in === 'number' ? now() + result.expires_in * 1000 : null,
      subject: claims?.sub ?? null,
    };
  };

  const wantsIdToken = settings.scopes.includes('openid');

  return {
    async signIn(request) {
      try {
        const as = await server();
        if (!as.authorization_endpoint) throw new OidcError('invalid-response', 'The provider has no authorization endpoint.');
        const verifier = oauth.generateRandomCodeVerifier();
        const state = oauth.generateRandomState();
        const nonce = wantsIdToken ? oauth.generateRandomNonce() : null;
        const url = new URL(as.authorization_endpoint);
        url.searchParams.set('client_id', settings.clientId);
        url.searchParams.set('redirect_uri', env.redirectUri);
        url.searchParams.set('response_type', 'code');
        url.searchParams.set('scope', settings.scopes.join(' '));
        url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
        url.searchParams.set('code_challenge_method', 'S256');
        url.searchParams.set('state', state);
        if (nonce) url.searchParams.set('nonce', nonce);
        const prompt = request.interactive ? request.prompt : 'none';
        if (prompt) url.searchParams.set('prompt', prompt);
        if (request.loginHint) url.searchParams.set('login_hint', request.loginHint);

        const returned = await env.launchWebAuthFlow({ url: url.href, interactive: request.interactive });
        if (!returned.startsWith(env.redirectUri)) throw new OidcError('invalid-response', 'The sign-in came back to an unexpected address.');
        const params = oauth.validateAuthResponse(as, client, new URL(returned), state);
        const response = await oauth.authorizationCodeGrantRequest(as, client, auth, params, env.redirectUri, verifier, options());
        const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
          expectedNonce: nonce ?? oauth.expectNoNonce,
          requireIdToken: wantsIdToken,
        });
        return toTokenSet(result, null);
      } catch (error) {
        throw toOidcError(error, settings.issuer);
      }
    },

    async refresh(refreshToken) {
      try {
        const as = await server();
        const response = await oauth.refreshTokenGrantRequest(as, client, auth, refreshToken, options());
        return toTokenSet(await oauth.processRefreshTokenResponse(as, client, response), refreshToken);
      } catch (error) {
        throw toOidcError(error, settings.issuer);
      }
    },

    async logoutUrl({ idToken, postLogoutRedirectUri }) {
      try {
        const as = await server();
        if (!as.end_session_endpoint) return null;
        const url = new URL(as.end_session_endpoint);
        url.searchParams.set('client_id', settings.clientId);
        if (idToken) url.searchParams.set('id_token_hint', idToken);
        if (postLogoutRedirectUri) url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
        return url.href;
      } catch (error) {
        throw toOidcError(error, settings.issuer);
      }
    },
  };
}
