/** Types of the OpenID Connect client: what it needs, what it returns, how it fails. */

/** The provider and client, as configured for a deployment. */
export interface OidcSettings {
  /** Issuer identifier (Keycloak: `https://host/realms/<realm>`). */
  issuer: string;
  /** Public client id (no secret: an extension cannot keep one). */
  clientId: string;
  /** Requested scopes; `openid` makes the provider return an ID token, which is then validated. */
  scopes: readonly string[];
}

/** What a web auth flow is asked to do; mirrors `browser.identity.launchWebAuthFlow`'s details. */
export interface WebAuthFlowDetails {
  url: string;
  interactive: boolean;
}

/** The browser's part, injected so this module stays free of extension APIs. */
export interface OidcEnvironment {
  /** Opens the provider and resolves with the address it redirected back to. */
  launchWebAuthFlow(details: WebAuthFlowDetails): Promise<string>;
  /** The redirect URI registered at the provider (`browser.identity.getRedirectURL()`). */
  redirectUri: string;
  /** fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
  /** Clock in ms, for `expiresAt`; default `Date.now`. */
  now?: () => number;
}

/** Tokens from the provider. Hold them in memory or `storage.session` only; never log them. */
export interface TokenSet {
  /** The access token; with Keycloak as in the seeds, this is the Jitsi meeting token. */
  accessToken: string;
  refreshToken: string | null;
  /** The validated ID token (for `id_token_hint` at logout), or null. */
  idToken: string | null;
  /** When the access token expires (ms since 1970), from `expires_in`, or null when not said. */
  expiresAt: number | null;
  /** The ID token's `sub`, or null without an ID token. */
  subject: string | null;
}

/** How to sign in: interactively (a window) or silently (`prompt=none`, no window). */
export interface SignInRequest {
  interactive: boolean;
  /** `login` forces the provider to ask again (e.g. after a kick, to switch account). */
  prompt?: 'login' | 'none' | 'consent';
  /** Pre-fills the user name at the provider. */
  loginHint?: string;
}

/** Why an OpenID operation failed, in categories the UI can act on. */
export type OidcErrorKind =
  /** The person closed the sign-in window or refused. */
  | 'cancelled'
  /** A silent attempt needs the person (no session at the provider, refresh token refused). */
  | 'login-required'
  /** The provider answered with an OAuth error. */
  | 'provider-error'
  /** The provider could not be reached, or too slowly. */
  | 'unreachable'
  /** The provider's answer failed validation (state, issuer, ID token, …). */
  | 'invalid-response';
