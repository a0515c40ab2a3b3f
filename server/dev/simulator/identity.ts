/**
 * Who a participant is, from their verified token (Prosody's presence identity) and what the
 * page asked for. Claims are hostile input: only plain, bounded strings survive.
 */
import type { ParticipantView } from './protocol.js';
import type { TokenSession } from './prosody-token.js';

/** Jitsi's default name for someone who gave none. */
export const DEFAULT_DISPLAY_NAME = 'Fellow Jitster';

const MAX_TEXT = 200;
const MAX_CONTEXT_KEYS = 20;

function bounded(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= MAX_TEXT ? trimmed : undefined;
}

function contextUser(session: TokenSession): Record<string, unknown> {
  const context = session.claims.context;
  const user = typeof context === 'object' && context !== null ? (context as Record<string, unknown>).user : undefined;
  return typeof user === 'object' && user !== null && !Array.isArray(user) ? (user as Record<string, unknown>) : {};
}

/** `context.user` reduced to at most 20 plain values, as other participants receive it. */
function plainContext(user: Record<string, unknown>): Record<string, string | number | boolean> | undefined {
  const out: Record<string, string | number | boolean> = {};
  let count = 0;
  for (const [key, value] of Object.entries(user)) {
    if (count >= MAX_CONTEXT_KEYS) break;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof value === 'number' || typeof value === 'boolean' || bounded(value) !== undefined) {
      out[key] = typeof value === 'string' ? value.trim() : (value as number | boolean);
      count++;
    }
  }
  return count > 0 ? out : undefined;
}

/** The participant's public face, without id and role. */
export function identityOf(session: TokenSession, requestedName: string | undefined): Omit<ParticipantView, 'id' | 'role'> {
  const user = contextUser(session);
  const avatar = bounded(user.avatarUrl) ?? bounded(user.avatar);
  const view: Omit<ParticipantView, 'id' | 'role'> = {
    // The token's name wins, as Prosody's presence identity and mod_muc_displayname make it.
    displayName: bounded(user.name) ?? bounded(requestedName) ?? DEFAULT_DISPLAY_NAME,
  };
  if (avatar && /^https:\/\//.test(avatar)) view.avatarURL = avatar;
  const email = bounded(user.email);
  if (email) view.email = email;
  const userContext = plainContext(user);
  if (userContext) view.userContext = userContext;
  return view;
}
