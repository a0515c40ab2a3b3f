/**
 * Who the holder of a token is and what they may do — the full report's part beyond the verdict:
 * the issuer's kind, the user, the role and the feature flags, with the findings about them
 * (none of which changes whether Prosody accepts the token, except JaaS's required
 * `context.features`). `inspectToken` reads it; `judgeToken`, the core, does not load it.
 */
import { object, type Json } from './claims.js';
import type { Findings } from './checks/finding.js';
import { checkFeatures, checkRoleClaims, checkRoomOptions, readUser } from './checks/identity.js';
import { readFeatures } from './features.js';
import { detectFlavour } from './flavour.js';
import type { ServerProfile } from './profile.js';
import { readRole } from './role.js';
import type { TokenReport } from './types.js';

/** The report's fields about the holder. */
export type Holder = Pick<TokenReport, 'flavour' | 'user' | 'role' | 'features' | 'unknownFeatures'>;

/** The holder of a token that could not be read: a guest with Jitsi's defaults. */
export function noHolder(): Holder {
  return { flavour: 'unknown', user: {}, role: { value: 'guest', decidedBy: null, conflicts: [] }, features: readFeatures({}, false), unknownFeatures: [] };
}

/** Reads the holder from decoded claims, adding its findings (after the verdict's own, in Prosody's order). */
export function readHolder(header: Json, claims: Json, profile: ServerProfile, findings: Findings): Holder {
  const flavour = detectFlavour(header, claims);
  const role = readRole(claims, object(object(claims, 'context'), 'user'));
  checkRoleClaims(claims, role, findings);
  const features = checkFeatures(claims, profile, findings);
  checkRoomOptions(claims, findings);
  const user = readUser(claims, flavour, findings);
  return {
    flavour,
    user,
    role,
    features: readFeatures(features.flags, role.value === 'owner' || role.value === 'moderator'),
    unknownFeatures: features.unknown,
  };
}
