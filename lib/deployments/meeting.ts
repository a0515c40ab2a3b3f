/**
 * Where a deployment's meetings live: the tokenized link the Jitsi web app understands, the
 * inspector context for a room, and the origins the extension may ask host permission for.
 */
import type { InspectContext } from '../token/index.js';
import type { Deployment } from './types.js';

/** Domain and tenant: enough to address a room, configured or taken from a pasted link. */
export interface MeetingPlace {
  domain: string;
  tenant: string | null;
}

/** Whether `room` can be used as a Jitsi room name in a link (one path segment, visible text). */
export function isValidRoomName(room: string): boolean {
  return room.trim() === room && room.length > 0 && room.length <= 200 && !/[\u0000-\u001f\u007f/?#\\]/.test(room);
}

/**
 * The meeting's address, `https://domain[/tenant]/room`, with `#jwt="…"` when a token is given:
 * the Jitsi web app reads it there first, and a fragment never reaches a server or a Referer.
 * Throws on a room that is not a valid name.
 */
export function meetingLink(place: MeetingPlace, room: string, token?: string): string {
  if (!isValidRoomName(room)) throw new RangeError('Not a valid room name.');
  const path = `${place.tenant ? `${encodeURIComponent(place.tenant)}/` : ''}${encodeURIComponent(room)}`;
  const url = new URL(`https://${place.domain}/${path}`);
  // In the fragment, JSON-quoted as Jitsi reads it there (see server/mint/link.ts): never sent to a server.
  if (token) url.hash = `jwt=${encodeURIComponent(JSON.stringify(token))}`;
  return url.href;
}

/** The issuers a token of this deployment may carry: the configured ones, else the OIDC issuer. */
export function expectedIssuers(deployment: Deployment): string[] {
  if (deployment.expectedIssuer.length > 0) return deployment.expectedIssuer;
  return deployment.signIn.kind === 'oidc' ? [deployment.signIn.issuer] : [];
}

/** What `inspectToken` should know to judge a token for `room` on this deployment. */
export function inspectContextFor(deployment: Deployment, room: string | undefined, now?: number): InspectContext {
  const issuers = expectedIssuers(deployment);
  const context: InspectContext = { domain: deployment.domain.replace(/:\d+$/, '') };
  if (deployment.tenant) context.tenant = deployment.tenant;
  if (room) context.room = deployment.tenant ? `${deployment.tenant}/${room}` : room;
  if (issuers.length > 0) context.expectedIssuer = issuers;
  if (deployment.expectedAudience.length > 0) context.expectedAudience = deployment.expectedAudience;
  if (now !== undefined) context.now = now;
  // OpenID sign-in means the handbook's Keycloak set-up (jitsi/handbook docs/devops-guide/authentication.md):
  // keys from cache_keys_url (RS256 by kid), asap_require_room_claim = false, no token_verification on
  // the MUC. Settings read from the deployment's own Prosody config (options page) override these.
  const oidc = deployment.signIn.kind === 'oidc' ? ({ key_kind: 'key-server', asap_require_room_claim: false, token_verification: false } as const) : {};
  if (deployment.signIn.kind === 'oidc' || deployment.profile) context.profile = { ...oidc, ...deployment.profile };
  return context;
}

/** The configured deployment serving `domain` (and `tenant`), compared case-insensitively. */
export function findDeployment(deployments: readonly Deployment[], domain: string, tenant: string | null = null): Deployment | undefined {
  const host = domain.trim().toLowerCase().replace(/:443$/, '');
  const wanted = tenant?.trim().toLowerCase() || null;
  // Exactly this tenant, never the plain deployment in its place: a tenant nobody configured must
  // not be handed the plain deployment's tokens (each tenant is its own `sub` in Prosody).
  return deployments.find((deployment) => deployment.domain === host && (deployment.tenant?.toLowerCase() ?? null) === wanted);
}

/** A host permission match pattern for one URL's host (match patterns carry no port). */
function patternFor(address: string): string {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * The origins the extension fetches from for this deployment (OpenID issuer, JWKS), as match
 * patterns for an optional host permission request. Never a wildcard host.
 */
export function permissionOrigins(deployment: Deployment): string[] {
  const addresses = [deployment.signIn.kind === 'oidc' ? deployment.signIn.issuer : null, deployment.jwksUrl];
  return [...new Set(addresses.filter((address): address is string => address !== null).map(patternFor))];
}
