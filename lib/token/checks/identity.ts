/**
 * Who the holder is and what they may do: `context.user`, the role claims, `context.features`
 * and the `context.room` options that Prosody ignores.
 */
import { object, own, quote, text, type Json } from '../claims.js';
import { isKnownFeature, suggestFeature } from '../features.js';
import { KNOWN_AFFILIATIONS } from '../role.js';
import type { RoleReport, TokenFlavour, TokenUser } from '../types.js';
import type { Findings } from './finding.js';

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
  else if (avatar) {
    findings.add(
      'unsafe-avatar',
      'warning',
      oidc ? 'picture' : `context.user.${avatarClaim}`,
      `The avatar ${quote(avatar)} is not https: or an inline image; it is not shown.`,
      'Use an https:// image address.',
    );
  }
  if (!found.name) {
    findings.add(
      'missing-display-name',
      'warning',
      oidc ? 'name' : 'context.user.name',
      'The token has no display name; Jitsi will ask for one.',
      oidc ? 'Map the name into the access token (Keycloak: profile scope).' : 'Add context.user.name.',
    );
  }
  for (const key of Object.keys(found) as (keyof TokenUser)[]) if (found[key] === undefined) delete found[key];
  return found;
}

/** Reports affiliation values Prosody does not know, and role claims that disagree. */
export function checkRoleClaims(claims: Json, role: RoleReport, findings: Findings): void {
  const affiliation = own(object(object(claims, 'context'), 'user'), 'affiliation');
  if (affiliation !== undefined && (typeof affiliation !== 'string' || !KNOWN_AFFILIATIONS.includes(affiliation.toLowerCase()))) {
    findings.add(
      'unknown-affiliation',
      'warning',
      'context.user.affiliation',
      `Jitsi does not know affiliation ${quote(affiliation)}: the holder is a member.`,
      'Use owner, moderator, teacher or member.',
    );
  }
  if (role.conflicts.length > 0) {
    // The decider elevates whenever any claim does, so the claims in conflict are the ones that would not.
    const others = role.conflicts.join(' and ');
    findings.add(
      'role-conflict',
      'warning',
      role.conflicts[0] ?? null,
      `${role.decidedBy} makes the holder ${/^[aeiou]/.test(role.value) ? 'an' : 'a'} ${role.value}, but ${others} would keep them a member.`,
      'Prosody lets the elevating claim win: make the claims agree, or drop the one you did not mean.',
    );
  }
}

/** Checks `context.features`; returns the object to read flags from (or null) and the unknown keys. */
export function checkFeatures(claims: Json, flavour: TokenFlavour, findings: Findings): { flags: Json | null; unknown: string[] } {
  const context = object(claims, 'context');
  const raw = own(context, 'features');
  const features = object(context, 'features');
  if (raw !== undefined && !features) {
    findings.add(
      'feature-value-invalid',
      'warning',
      'context.features',
      'context.features is not an object; Jitsi ignores it.',
      'Write { "recording": true, ... }.',
    );
  }
  // Every place Jitsi never reads is reported, also next to a real context.features: those flags do nothing.
  for (const [place, stray] of [
    ['context.user.features', object(object(context, 'user'), 'features')],
    ['features', object(claims, 'features')],
  ] as const) {
    if (!stray) continue;
    const flags =
      Object.keys(stray)
        .slice(0, 8)
        .map((key) => quote(key.slice(0, 60)))
        .join(', ') || 'nothing';
    findings.add(
      'features-misplaced',
      'warning',
      place,
      `Jitsi never reads ${place} (${flags}): these flags have no effect.`,
      features ? 'Merge them into context.features, or delete them.' : 'Move them to context.features.',
    );
  }
  if (!features) {
    if (flavour === 'jaas') {
      findings.add('missing-claim', 'error', 'context.features', 'JaaS tokens need context.features.', 'Add context.features.');
    }
    return { flags: null, unknown: [] };
  }
  const unknown: string[] = [];
  for (const key of Object.keys(features)) {
    const value = features[key];
    if (!isKnownFeature(key)) {
      unknown.push(key);
      const guess = suggestFeature(key);
      findings.add(
        'unknown-feature',
        'warning',
        `context.features.${key.slice(0, 60)}`,
        `Unknown feature ${quote(key)}${guess ? `; did you mean "${guess}"?` : '.'}`,
        guess ? `Rename it to "${guess}".` : 'Remove it or fix the spelling.',
      );
    } else if (value === 'true' || value === 'false') {
      findings.add('feature-as-string', 'info', `context.features.${key}`, `${key} is the string ${quote(value)}; a boolean is cleaner.`, 'Drop the quotes.');
    } else if (typeof value !== 'boolean') {
      findings.add('feature-value-invalid', 'warning', `context.features.${key}`, `${key} is ${quote(value)}: Jitsi reads "disabled".`, 'Use true or false.');
    }
  }
  return { flags: features, unknown };
}

/** Lobby and password settings in `context.room`: core Prosody reads only `regex` there. */
export function checkRoomOptions(claims: Json, findings: Findings): void {
  const room = object(object(claims, 'context'), 'room');
  const ignored = room ? Object.keys(room).filter((key) => key !== 'regex') : [];
  if (ignored.length === 0) return;
  findings.add(
    'room-options-ignored',
    'warning',
    'context.room',
    `Prosody ignores ${ignored.slice(0, 5).map(quote).join(', ')} in context.room: no lobby or password is set.`,
    'Use persistent_lobby, the toggleLobby command, or a plugin such as token_security_ondemand.',
  );
}
