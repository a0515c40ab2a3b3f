/**
 * Who the holder is and what they may do: `context.user`, the role claims, `context.features`
 * and the `context.room` options that Prosody ignores.
 */
import { object, own, text, type Json } from '../claims.js';
import { isKnownFeature } from '../features.js';
import { KNOWN_AFFILIATIONS } from '../role.js';
import type { RoleReport, TokenFlavour, TokenUser } from '../types.js';
import type { ServerProfile } from '../profile.js';
import type { Findings } from './finding.js';
import { checkJaasFeatures } from './placement.js';

/** Avatars other than https: and inline images could track the viewer or run script. */
export function isSafeAvatar(url: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(url) || /^data:image\/(png|jpe?g|gif|webp);/i.test(url);
}

/** Reads the user the way Jitsi's `_user2participant` does; OpenID tokens use their profile claims. */
export function readUser(claims: Json, flavour: TokenFlavour, findings: Findings): TokenUser {
  const user = object(object(claims, 'context'), 'user');
  const oidc = flavour === 'oidc' && !user;
  const found: TokenUser = {
    id: oidc ? text(claims, 'sub') : text(user, 'id'),
    name: oidc ? (text(claims, 'name') ?? text(claims, 'preferred_username')) : text(user, 'name'),
    email: oidc ? text(claims, 'email') : text(user, 'email'),
  };
  const avatarClaim = own(user, 'avatarUrl') !== undefined ? 'avatarUrl' : 'avatar';
  const avatar = oidc ? text(claims, 'picture') : text(user, avatarClaim);
  if (avatar && isSafeAvatar(avatar)) found.avatar = avatar;
  else if (avatar) findings.add('unsafe-avatar', 'warning', oidc ? 'picture' : `context.user.${avatarClaim}`, { value: avatar });
  // Jitsi asks for a name; an OpenID token names the claim `name`.
  if (!found.name) findings.add('missing-display-name', 'warning', oidc ? 'name' : 'context.user.name');
  for (const key of Object.keys(found) as (keyof TokenUser)[]) if (found[key] === undefined) delete found[key];
  return found;
}

/** Reports affiliation values Prosody does not know, and role claims that disagree. */
export function checkRoleClaims(claims: Json, role: RoleReport, findings: Findings): void {
  const affiliation = own(object(object(claims, 'context'), 'user'), 'affiliation');
  if (affiliation !== undefined && (typeof affiliation !== 'string' || !KNOWN_AFFILIATIONS.includes(affiliation.toLowerCase())))
    findings.add('unknown-affiliation', 'warning', 'context.user.affiliation', { value: affiliation });
  // The decider elevates whenever any claim does, so the claims in conflict are the ones that would not.
  if (role.conflicts.length > 0)
    findings.add('role-conflict', 'warning', role.conflicts[0] ?? null, { role: role.value, decidedBy: role.decidedBy, conflicts: role.conflicts });
}

/** Checks `context.features`; returns the object to read flags from (or null) and the unknown keys. */
export function checkFeatures(claims: Json, profile: ServerProfile, findings: Findings): { flags: Json | null; unknown: string[] } {
  const context = object(claims, 'context');
  const raw = own(context, 'features');
  const features = object(context, 'features');
  if (raw !== undefined && !features) findings.add('feature-value-invalid', 'warning', 'context.features', { case: 'not-object', value: raw });
  // Every place Jitsi never reads is reported, also next to a real context.features: those flags do nothing.
  for (const [place, stray] of [
    ['context.user.features', object(object(context, 'user'), 'features')],
    ['features', object(claims, 'features')],
  ] as const) {
    // `merge`: there is a real context.features to merge them into.
    if (stray) findings.add('features-misplaced', 'warning', place, { keys: Object.keys(stray), merge: !!features });
  }
  if (!features) {
    checkJaasFeatures(claims, profile, findings);
    return { flags: null, unknown: [] };
  }
  const unknown: string[] = [];
  for (const key of Object.keys(features)) {
    const value = features[key];
    if (!isKnownFeature(key)) {
      unknown.push(key);
      findings.add('unknown-feature', 'warning', `context.features.${key.slice(0, 60)}`, { key });
    } else if (value === 'true' || value === 'false') findings.add('feature-as-string', 'info', `context.features.${key}`, { key, value });
    // Jitsi reads anything else as "disabled".
    else if (typeof value !== 'boolean') findings.add('feature-value-invalid', 'warning', `context.features.${key}`, { key, value });
  }
  return { flags: features, unknown };
}

/** Lobby and password settings in `context.room`: core Prosody reads only `regex` there. */
export function checkRoomOptions(claims: Json, findings: Findings): void {
  const room = object(object(claims, 'context'), 'room');
  const ignored = room ? Object.keys(room).filter((key) => key !== 'regex') : [];
  if (ignored.length > 0) findings.add('room-options-ignored', 'warning', 'context.room', { keys: ignored });
}
