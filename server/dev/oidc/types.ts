/** Options and handle of the test/dev OpenID provider. */

/** A person who can sign in, and the Jitsi claims their access tokens carry. */
export interface OidcUser {
  username: string;
  password: string;
  /** Display name (`name`, `context.user.name`). */
  name: string;
  email?: string;
  /** An https avatar address. */
  avatar?: string;
  /** Jitsi role: `owner` and `moderator` also set `context.user.moderator`. */
  affiliation?: 'owner' | 'moderator' | 'member';
  /** `context.features` (recording, livestreaming, …). */
  features?: Record<string, boolean>;
  /** The `room` claim; defaults to the provider's `room` option. */
  room?: string;
}

/** A registered public client (Keycloak: Client authentication OFF, Standard flow, PKCE S256). */
export interface OidcClient {
  clientId: string;
  /** Exact redirect URIs (the extension's `https://<id>.chromiumapp.org/`). */
  redirectUris: string[];
  /** Where `post_logout_redirect_uri` may lead. */
  postLogoutRedirectUris?: string[];
  /** Browser origins allowed to call the token endpoint (Keycloak "Web origins"), e.g. `chrome-extension://<id>`. */
  webOrigins?: string[];
}

/** What `startOidcProvider` needs. */
export interface StartOidcProviderOptions {
  clients: OidcClient[];
  /** Defaults to three people: ann (owner), mod (moderator), bob (member); password = username. */
  users?: OidcUser[];
  /** Keycloak realm name; the issuer is `http://127.0.0.1:<port>/realms/<realm>`. Default `jitsi-realm`. */
  realm?: string;
  /** The access tokens' `aud` (Prosody's `asap_accepted_audiences`). Default `jitsi`. */
  audience?: string;
  /** The `room` claim for users without their own. Default `*`. */
  room?: string;
  /** Replaces `sub` (normally the account id), e.g. with the Jitsi domain for `enable_domain_verification`. */
  subject?: string;
  /** Access token lifetime. Default 300 s. */
  accessTokenTtlSeconds?: number;
  /** Whether refresh tokens are issued (Keycloak issues them to public clients). Default true. */
  refreshTokens?: boolean;
  /** The server stops itself after this long. Default 15 minutes. */
  lifetimeMs?: number;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
}

/** A running provider. */
export interface RunningOidcProvider {
  /** The issuer identifier, e.g. `http://127.0.0.1:41234/realms/jitsi-realm`. */
  issuer: string;
  /** `<issuer>/protocol/openid-connect/certs` — the key set Prosody's `cache_keys_url` points at. */
  jwksUrl: string;
  /** `<issuer>/protocol/openid-connect/logout`. */
  logoutUrl: string;
  /** The signing key's id (`kid` header of every access token). */
  kid: string;
  /** Stops the server and closes open connections. Safe to call twice. */
  stop(): Promise<void>;
}
