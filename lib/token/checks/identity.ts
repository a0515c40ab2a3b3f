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
    findings.add('unsafe-avatar', 'warning', oidc ? 'picture' : `context.user.${avatarClaim}`,
      `The avatar ${quote(avatar)} is not an https: address or an inline image, so MeetGate does not show it.`,
      'Use an https:// image address (plain http is blocked as mixed content and can track people).');
  }
  if (!found.name) {
    findings.add('missing-display-name', 'warning', oidc ? 'name' : 'context.user.name',
      'The token gives no display name, so Jitsi will ask for one or show "Fellow Jitster".',
      oidc ? 'Map the user\'s name into the access token (Keycloak: "profile" scope / full name mapper).' : 'Add context.user.name.');
  }
  for (const key of Object.keys(found) as (keyof TokenUser)[]) if (found[key] === undefined) delete found[key];
  return found;
}

/** Reports affiliation values Prosody does not know, and role claims that disagree. */
export function checkRoleClaims(claims: Json, role: RoleReport, findings: Findings): void {
  const affiliation = own(object(object(claims, 'context'), 'user'), 'affiliation');
  if (affiliation !== undefined && (typeof affiliation !== 'string' || !KNOWN_AFFILIATIONS.includes(affiliation.toLowerCase()))) {
    findings.add('unknown-affiliation', 'warning', 'context.user.affiliation',
      `The affiliation ${quote(affiliation)} is unknown to Jitsi, so the holder joins as a plain member.`,
      'Use "owner", "moderator" or "teacher" for hosts and "member" for everyone else.');
  }
  if (role.conflicts.length > 0) {
    findings.add('role-conflict', 'warning', role.conflicts[0] ?? null,
      `The role claims disagree: ${role.decidedBy} makes the holder ${role.value}, but ${role.conflicts.join(' and ')} ${role.conflicts.length > 1 ? 'say' : 'says'} otherwise.`,
      'Prosody lets any elevating claim win. Set affiliation and moderator consistently (or drop one).');
  }
}

/** Checks `context.features`; returns the object to read flags from (or null) and the unknown keys. */
export function checkFeatures(claims: Json, flavour: TokenFlavour, findings: Findings): { flags: Json | null; unknown: string[] } {
  const context = object(claims, 'context');
  const raw = own(context, 'features');
  const features = object(context, 'features');
  if (raw !== undefined && !features) {
    findings.add('feature-value-invalid', 'warning', 'context.features', 'context.features is not an object, so Jitsi ignores it.',
      'Write features as an object: { "recording": true, "screen-sharing": false }.');
  }
  const stray = object(object(context, 'user'), 'features') ? 'context.user.features' : object(claims, 'features') ? 'features' : null;
  if (stray && !features) {
    findings.add('features-misplaced', 'warning', stray, `The feature flags sit in ${stray}, where Jitsi does not look.`,
      'Move them to context.features (a sibling of context.user, not inside it).');
  }
  if (!features) {
    if (flavour === 'jaas') {
      findings.add('missing-claim', 'error', 'context.features', 'JaaS tokens must list their features (context.features).',
        'Add context.features with at least recording, livestreaming, transcription and outbound-call.');
    }
    return { flags: null, unknown: [] };
  }
  const unknown: string[] = [];
  for (const key of Object.keys(features)) {
    const value = features[key];
    if (!isKnownFeature(key)) {
      unknown.push(key);
      const guess = suggestFeature(key);
      findings.add('unknown-feature', 'warning', `context.features.${key.slice(0, 60)}`,
        `Jitsi knows no feature called ${quote(key)}${guess ? `; did you mean "${guess}"?` : '.'}`,
        guess ? `Rename it to "${guess}".` : 'Remove it, or check the spelling against the list of Jitsi features.');
    } else if (value === 'true' || value === 'false') {
      findings.add('feature-as-string', 'info', `context.features.${key}`, `${key} is the string ${quote(value)}; Jitsi accepts it, but a boolean is cleaner.`,
        `Write ${key}: ${value} without quotes.`);
    } else if (typeof value !== 'boolean') {
      findings.add('feature-value-invalid', 'warning', `context.features.${key}`, `${key} is ${quote(value)}, which Jitsi treats as "disabled".`,
        `Write ${key}: true or ${key}: false.`);
    }
  }
  return { flags: features, unknown };
}

/** Lobby and password settings in `context.room`: core Prosody reads only `regex` there. */
export function checkRoomOptions(claims: Json, findings: Findings): void {
  const room = object(object(claims, 'context'), 'room');
  const ignored = room ? Object.keys(room).filter((key) => key !== 'regex') : [];
  if (ignored.length === 0) return;
  findings.add('room-options-ignored', 'warning', 'context.room',
    `context.room sets ${ignored.slice(0, 5).map(quote).join(', ')}, which Jitsi's own Prosody plugins ignore: no lobby or password is applied.`,
    'Turn the lobby on with muc_lobby_rooms/persistent_lobby or the toggleLobby command, or install a plugin that reads these (e.g. token_security_ondemand).');
}
