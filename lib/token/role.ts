/**
 * The role as Prosody gives it. `mod_token_affiliation` makes a token user owner (hence moderator)
 * when `context.user.affiliation` is owner/moderator/teacher or `context.user.moderator` is true;
 * the contrib `token_moderation` plugin reads a top-level `moderator`; every other token user is
 * a member. The web client reads none of these.
 */
import { isTrue, own, type Json } from './claims.js';
import type { RoleReport, TokenRole } from './types.js';

const ELEVATED_AFFILIATIONS: Record<string, TokenRole> = { owner: 'owner', moderator: 'moderator', teacher: 'moderator' };

/** Affiliations Prosody understands; others make the holder a plain member. */
export const KNOWN_AFFILIATIONS = ['owner', 'moderator', 'teacher', 'member'];

/** One claim's opinion on the role. */
interface Vote {
  claim: string;
  elevated: boolean;
  role: TokenRole;
}

/** Reads each role claim that is present into a vote. */
function votes(claims: Json, user: Json | null): Vote[] {
  const found: Vote[] = [];
  const affiliation = own(user, 'affiliation');
  if (typeof affiliation === 'string') {
    const role = ELEVATED_AFFILIATIONS[affiliation.toLowerCase()];
    found.push({ claim: 'context.user.affiliation', elevated: !!role, role: role ?? 'member' });
  }
  for (const [claim, value] of [
    ['context.user.moderator', own(user, 'moderator')],
    ['moderator', own(claims, 'moderator')],
  ] as const) {
    if (value === undefined || value === null) continue;
    found.push({ claim, elevated: isTrue(value), role: isTrue(value) ? 'moderator' : 'member' });
  }
  return found;
}

/** Derives the role, which claim decided it, and which claims disagree. */
export function readRole(claims: Json, user: Json | null): RoleReport {
  if (own(user, 'role') === 'visitor') {
    return { value: 'guest', decidedBy: 'context.user.role', conflicts: [] };
  }
  const all = votes(claims, user);
  // Any elevating claim wins, as in mod_token_affiliation: the first such claim decides.
  const decider = all.find((vote) => vote.elevated) ?? all[0];
  if (!decider) return { value: 'member', decidedBy: null, conflicts: [] };
  const conflicts = all.filter((vote) => vote.elevated !== decider.elevated).map((vote) => vote.claim);
  return { value: decider.role, decidedBy: decider.claim, conflicts };
}
