/**
 * meetgate dev OpenID provider — a Keycloak-shaped oidc-provider on loopback for tests and
 * offline development: public clients, PKCE, JWT access tokens with the Jitsi claims.
 */
export { startOidcProvider } from './start.js';
export { passwordSignIn, type PasswordSignInOptions } from './headless-login.js';
export { DEFAULT_USERS } from './users.js';
export { KEYCLOAK_ROUTES } from './config.js';
export type { OidcClient, OidcUser, RunningOidcProvider, StartOidcProviderOptions } from './types.js';
