/** Every check, in the order the report lists their findings. */
import type { Check } from './check.js';
import { CLIENT_CHECKS } from './client.js';
import { DOCKER_CHECKS } from './docker.js';
import { DOMAIN_CHECKS } from './domains.js';
import { GUEST_CHECKS } from './guests.js';
import { ISSUER_CHECKS } from './issuers.js';
import { LOBBY_CHECKS } from './lobby.js';
import { ROLE_CHECKS } from './roles.js';
import { TOKEN_AUTH_CHECKS } from './token-auth.js';

export const CHECKS: readonly Check[] = [
  ...DOCKER_CHECKS,
  ...ROLE_CHECKS,
  ...TOKEN_AUTH_CHECKS,
  ...ISSUER_CHECKS,
  ...LOBBY_CHECKS,
  ...GUEST_CHECKS,
  ...DOMAIN_CHECKS,
  ...CLIENT_CHECKS,
];

export type { Check, CheckContext, GivenToken, Need } from './check.js';
