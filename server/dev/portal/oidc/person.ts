/**
 * The person behind an OpenID sign-in, read from the access token the provider just gave the
 * portal over TLS (with Keycloak as in the seeds it is the Jitsi token): name, email and role.
 * The portal does not verify its signature — the Jitsi deployment does, when it is used.
 */
import { inspectToken } from '../../../../lib/token/index.js';
import type { TokenSet } from '../../../../lib/oidc/index.js';
import type { PortalPerson, PortalRole } from '../person.js';

/** Jitsi's roles as the portal's: moderators may do what owners do here. */
export function portalRoleOf(role: string): PortalRole {
  if (role === 'owner' || role === 'moderator') return 'owner';
  return role === 'guest' ? 'guest' : 'member';
}

/** The person, or null when the access token is not a readable JWT. */
export function personFromTokens(tokens: TokenSet): PortalPerson | null {
  const report = inspectToken(tokens.accessToken);
  if (report.findings.some((finding) => finding.code === 'malformed')) return null;
  const sub = report.claims?.sub;
  const id = report.user?.id ?? tokens.subject ?? (typeof sub === 'string' ? sub : null);
  if (!id) return null;
  return {
    id,
    name: report.user?.name ?? id,
    ...(report.user?.email ? { email: report.user.email } : {}),
    role: portalRoleOf(report.role.value),
  };
}
