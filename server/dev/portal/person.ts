/** Who is signed in, whether from a demo account or from an OpenID provider's access token. */
import type { TokenEndpointUser } from '../../mint/index.js';

/** The portal's roles; Jitsi's `moderator` counts as `owner` here. */
export type PortalRole = 'owner' | 'member' | 'guest';

/** A signed-in person. */
export interface PortalPerson {
  /** Stable id, written as `context.user.id` in minted tokens. */
  id: string;
  name: string;
  email?: string;
  role: PortalRole;
  /** Jitsi features written into this person's minted tokens. */
  features?: TokenEndpointUser['features'];
}

/** The person as the token endpoint needs them. */
export function toTokenUser(person: PortalPerson): TokenEndpointUser {
  return {
    id: person.id,
    name: person.name,
    ...(person.email ? { email: person.email } : {}),
    role: person.role,
    ...(person.features ? { features: person.features } : {}),
  };
}
