/**
 * The Keycloak-shaped deployment both browsers' extension tests sign in to: one OpenID provider
 * client per extension, and Prosody as in the seeds (cache_keys_url = the realm's certs, issuer and
 * audience accepted, asap_require_room_claim = false, no domain verification: Keycloak's sub is a
 * user id).
 */
import { startOidcProvider, type RunningOidcProvider } from '../../../server/dev/oidc/index.js';
import { startSimulator, type Simulator } from '../../../server/dev/simulator/index.js';
import { MEET_DOMAIN } from '../fixtures.js';

/** The realm's client id, as Prosody's app_id. */
export const CLIENT_ID = 'jitsi';
/** Keycloak's default access-token audience. */
export const AUDIENCE = 'account';
const LIFETIME_MS = 15 * 60_000;

/** The provider with one client: the extension's redirect URI and its page origin. */
export function startKeycloakLikeProvider(redirectUri: string, webOrigin: string, accessTokenTtlSeconds: number): Promise<RunningOidcProvider> {
  return startOidcProvider({
    clients: [{ clientId: CLIENT_ID, redirectUris: [redirectUri], webOrigins: [webOrigin] }],
    audience: AUDIENCE,
    accessTokenTtlSeconds,
    lifetimeMs: LIFETIME_MS,
  });
}

/** The simulated Jitsi that accepts that provider's access tokens. */
export function startKeycloakLikeSimulator(oidc: RunningOidcProvider): Promise<Simulator> {
  return startSimulator({
    appId: CLIENT_ID,
    jwksUrl: oidc.jwksUrl,
    domain: MEET_DOMAIN,
    acceptedIssuers: [oidc.issuer],
    acceptedAudiences: [AUDIENCE],
    requireRoomClaim: false,
    verifyRoom: false,
    lifetimeMs: LIFETIME_MS,
  });
}
