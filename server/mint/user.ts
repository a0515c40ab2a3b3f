/**
 * `context.user`: who the holder is and the role claims Prosody reads.
 *
 * Roles, as written:
 * - owner → `affiliation: "owner"`; moderator → `affiliation: "moderator"`. Core Prosody's
 *   `mod_token_affiliation` makes both a MUC owner with the moderator role.
 * - member → `affiliation: "member"`, stated explicitly so that no reader has to guess.
 * - guest → `affiliation: "member"` plus `role: "visitor"`. `role` is the only claim that sets a
 *   token holder apart from a member: the web client then prefers joining as a visitor and
 *   Jitsi's visitors component keeps the holder out of the main room until promoted. Deployments
 *   without visitor nodes (most self-hosted ones) ignore it, and the guest joins as a member.
 * - JaaS also gets `moderator: true|false`, the claim 8x8 documents and Jitsi's own JaaS tests
 *   write; it agrees with the affiliation, so no reader sees a conflict.
 */
import type { TokenRole } from '../../lib/token/index.js';
import { MintError } from './errors.js';
import type { MintUser } from './types.js';

const ROLES: readonly TokenRole[] = ['owner', 'moderator', 'member', 'guest'];

/** Characters that do not belong in a name, e-mail or address. */
const CONTROL = /[\p{Cc}\p{Cs}]/u;

/** Field lengths beyond any real person; the token travels in a URL. */
const MAX_FIELD_LENGTH = 256;
const MAX_AVATAR_LENGTH = 2048;

/** Checks that `role` is one of the four roles. */
export function checkRole(role: unknown): TokenRole {
  if (typeof role === 'string' && (ROLES as readonly string[]).includes(role)) return role as TokenRole;
  throw new MintError(
    'invalid-role',
    'The role must be "owner", "moderator", "member" or "guest".',
    'Pick the role the person has in this room; "member" is a plain participant.',
  );
}

/** One optional text field, trimmed as Jitsi trims it; empty means absent. */
function field(user: Record<string, unknown>, key: keyof MintUser, max: number): string | undefined {
  const value = user[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new MintError('invalid-user', `user.${key} must be a string.`, 'Jitsi ignores anything else.');
  if (CONTROL.test(value)) throw new MintError('invalid-user', `user.${key} contains control characters.`, 'Remove them.');
  if (value.length > max) throw new MintError('invalid-user', `user.${key} is longer than ${max} characters.`, 'Shorten it; the token travels in a URL.');
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Builds `context.user` from the caller's user and role. A missing name is left for the inspector
 * to report (`missing-display-name`), so the refusal reads the same as for any other token.
 */
export function buildContextUser(user: unknown, role: TokenRole, jaas: boolean): Record<string, unknown> {
  if (!user || typeof user !== 'object' || Array.isArray(user)) {
    throw new MintError('invalid-user', 'user must be an object with at least a name.', 'Pass user: { name: "Ann Owner" }.');
  }
  const given = user as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const id = field(given, 'id', MAX_FIELD_LENGTH);
  const name = field(given, 'name', MAX_FIELD_LENGTH);
  const email = field(given, 'email', MAX_FIELD_LENGTH);
  const avatar = field(given, 'avatar', MAX_AVATAR_LENGTH);
  if (id !== undefined) out.id = id;
  if (name !== undefined) out.name = name;
  if (email !== undefined) out.email = email;
  if (avatar !== undefined) out.avatar = avatar;
  out.affiliation = role === 'guest' ? 'member' : role;
  if (jaas) out.moderator = role === 'owner' || role === 'moderator';
  if (role === 'guest') out.role = 'visitor';
  return out;
}
