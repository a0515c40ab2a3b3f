/** The deployment the extension specs configure: the simulator, with the dev provider's sign-in. */
import { validateDeployment, type Deployment } from '../../../lib/deployments/index.js';
import type { RunningOidcProvider } from '../../../server/dev/oidc/index.js';
import { MEET_DOMAIN } from '../fixtures.js';
import { AUDIENCE, CLIENT_ID } from './fixtures.js';

/** "Team Meet": the simulated domain, OpenID sign-in at `oidc`, its JWKS for signature checks. */
export function teamMeet(oidc: RunningOidcProvider, extra: { logoutUrl?: string } = {}): Deployment {
  const result = validateDeployment({
    id: 'team-meet',
    name: 'Team Meet',
    domain: MEET_DOMAIN,
    signIn: 'oidc',
    issuer: oidc.issuer,
    clientId: CLIENT_ID,
    scopes: 'openid profile',
    expectedAudience: AUDIENCE,
    jwksUrl: oidc.jwksUrl,
    ...extra,
  });
  if (!result.ok) throw new Error(`test deployment invalid: ${JSON.stringify(result.errors)}`);
  return result.deployment;
}
