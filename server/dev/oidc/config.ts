/**
 * The oidc-provider configuration that makes it behave like the Keycloak realm of the seeds:
 * public clients with PKCE (S256) required, Keycloak's endpoint paths, JWT access tokens signed
 * RS256 with a `kid` and the header `typ: "JWT"` that Prosody insists on, carrying the Jitsi
 * claims, and refresh tokens for public clients.
 */
import type { JsonWebKey } from 'node:crypto';
import type { KoaContextWithOIDC, IssuedToken } from 'oidc-provider';
import type { OidcClient, OidcUser } from './types.js';
import { memoryAdapter } from './memory-adapter.js';
import { jitsiClaims, standardClaims } from './users.js';

/** The resource indicator of the Jitsi deployment; never seen by clients (it is the default). */
export const JITSI_RESOURCE = 'urn:meetgate:jitsi';

/** Keycloak's endpoint paths below the realm. */
export const KEYCLOAK_ROUTES = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  userinfo: '/protocol/openid-connect/userinfo',
  jwks: '/protocol/openid-connect/certs',
  end_session: '/protocol/openid-connect/logout',
  revocation: '/protocol/openid-connect/revoke',
  introspection: '/protocol/openid-connect/token/introspect',
};

/** What the configuration is built from. */
export interface ProviderSettings {
  mountPath: string;
  clients: OidcClient[];
  users: readonly OidcUser[];
  audience: string;
  room: string;
  subject?: string;
  accessTokenTtlSeconds: number;
  refreshTokens: boolean;
  signingKey: JsonWebKey & { kid: string };
  cookieKey: string;
  logoutPage(form: string, host: string): string;
  loggedOutPage(): string;
  errorPage(error: { error?: string; error_description?: string }): string;
}

/** Builds the configuration object for `new Provider(issuer, configuration)`. */
export function providerConfiguration(settings: ProviderSettings): Record<string, unknown> {
  const users = new Map(settings.users.map((user) => [user.username, user]));
  const grantTypes = settings.refreshTokens ? ['authorization_code', 'refresh_token'] : ['authorization_code'];
  const webOrigins = new Map(settings.clients.map((client) => [client.clientId, new Set(client.webOrigins ?? [])]));
  return {
    adapter: memoryAdapter(),
    clients: settings.clients.map((client) => ({
      client_id: client.clientId,
      token_endpoint_auth_method: 'none',
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
      grant_types: grantTypes,
      response_types: ['code'],
    })),
    jwks: { keys: [{ ...settings.signingKey, alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [settings.cookieKey] },
    routes: KEYCLOAK_ROUTES,
    pkce: { required: () => true, methods: ['S256'] },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'picture'], email: ['email', 'email_verified'] },
    async findAccount(_ctx: unknown, id: string) {
      const user = users.get(id);
      return user
        ? {
            accountId: id,
            async claims() {
              return standardClaims(user);
            },
          }
        : undefined;
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${settings.mountPath}/interaction/${interaction.uid}` },
    // A first-party client, as in Keycloak: no consent screen; the grant covers what was asked.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const accountId = oidc.session?.accountId;
      if (!oidc.client || !accountId) return undefined;
      const grant = new oidc.provider.Grant({ accountId, clientId: oidc.client.clientId });
      const scopes = [...oidc.requestParamScopes].join(' ');
      grant.addOIDCScope(scopes);
      grant.addResourceScope(JITSI_RESOURCE, scopes);
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
    async extraTokenClaims(_ctx: unknown, token: IssuedToken) {
      const user = token.kind === 'AccessToken' && token.accountId ? users.get(token.accountId) : undefined;
      return user ? { ...jitsiClaims(user, settings.room), azp: token.clientId } : undefined;
    },
    formats: {
      customizers: {
        // Prosody refuses any typ but "JWT" (RFC 9068's "at+jwt" included), as Keycloak's tokens show.
        async jwt(_ctx: unknown, _token: unknown, jwt: { header?: Record<string, unknown>; payload: Record<string, unknown> }) {
          jwt.header = { ...jwt.header, typ: 'JWT' };
          if (settings.subject) jwt.payload.sub = settings.subject;
        },
      },
    },
    clientBasedCORS: (_ctx: unknown, origin: string, client: { clientId: string }) => webOrigins.get(client.clientId)?.has(origin) ?? false,
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.body = settings.logoutPage(form, ctx.host);
        },
        async postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          ctx.body = settings.loggedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => JITSI_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid offline_access profile email',
          audience: settings.audience,
          accessTokenTTL: settings.accessTokenTtlSeconds,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    async renderError(ctx: KoaContextWithOIDC, out: { error?: string; error_description?: string }) {
      ctx.type = 'html';
      ctx.body = settings.errorPage(out);
    },
    ttl: {
      AccessToken: settings.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      RefreshToken: 3600,
    },
  };
}
