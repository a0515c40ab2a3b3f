/**
 * meetgate/oidc — OpenID Connect sign-in for a public client (Authorization Code + PKCE) with
 * oauth4webapi, framework-free; the browser's web auth flow is a parameter.
 */
export { createOidcClient, type OidcClient } from './client.js';
export { OidcError } from './errors.js';
export { isLoopbackHttp } from './transport.js';
export type { OidcEnvironment, OidcErrorKind, OidcSettings, SignInRequest, TokenSet, WebAuthFlowDetails } from './types.js';
