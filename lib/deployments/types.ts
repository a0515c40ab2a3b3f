import type { ServerProfile } from '../token/profile.js';

/**
 * A Jitsi deployment as the person configured it in the extension's options. Plain data:
 * stored in `storage.local`, never holding a secret (client ids and URLs only).
 */

/** How a person gets a token for this deployment. */
export type SignInMethod =
  /** Tokens come from elsewhere (pasted, or the site's own portal). */
  | { kind: 'none' }
  /** The site's own login page, opened in a tab. */
  | { kind: 'login-url'; url: string }
  /** OpenID Connect Authorization Code + PKCE; the access token is the meeting token. */
  | { kind: 'oidc'; issuer: string; clientId: string; scopes: string[] };

/** One configured deployment. */
export interface Deployment {
  /** Stable id, generated on first save; used as a storage key, never shown. */
  id: string;
  /** What the person calls it ("Team Meet"); defaults to the domain. */
  name: string;
  /** The web host of the Jitsi deployment, lowercase, with a port when not 443. */
  domain: string;
  /** Multi-tenant prefix (`domain/tenant/room`), or null. */
  tenant: string | null;
  /** Prosody's `asap_accepted_issuers`; empty = not checked (OIDC: the issuer is expected). */
  expectedIssuer: string[];
  /** Prosody's `asap_accepted_audiences`; empty = not checked. */
  expectedAudience: string[];
  signIn: SignInMethod;
  /** Where to send the person after a meeting ends (Keycloak logout, the site's page), or null. */
  logoutUrl: string | null;
  /** JWKS address used to check token signatures, or null (tokens stay "unverified"). */
  jwksUrl: string | null;
  /**
   * The server profile (options page): a named profile's settings, or those read from the
   * deployment's Prosody config. Never a secret: `app_secret` is only ever `key_kind: "secret"`.
   */
  profile?: Partial<ServerProfile>;
}

/** The options form as typed: every field a string, nothing trusted yet. */
export interface DeploymentDraft {
  id?: string;
  name?: string;
  domain?: string;
  tenant?: string;
  expectedIssuer?: string;
  expectedAudience?: string;
  signIn?: string;
  loginUrl?: string;
  issuer?: string;
  clientId?: string;
  scopes?: string;
  logoutUrl?: string;
  jwksUrl?: string;
  /** The server profile as chosen or read on the options page (checked like any stored value). */
  profile?: unknown;
}

/** The fields of a draft that can be wrong. */
export type DeploymentField = Exclude<keyof DeploymentDraft, 'id'>;

/** The outcome of validating a draft: the deployment, or one plain message per wrong field. */
export type DeploymentValidation = { ok: true; deployment: Deployment } | { ok: false; errors: Partial<Record<DeploymentField, string>> };
