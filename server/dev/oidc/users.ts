/**
 * The people of the dev provider and the Jitsi claims of their access tokens, shaped as a
 * Keycloak realm with protocol mappers for `room` and `context` would shape them.
 */
import type { OidcUser } from './types.js';

/** ann (owner), mod (moderator) and bob (member); each password is the user name. */
export const DEFAULT_USERS: readonly OidcUser[] = [
  {
    username: 'ann',
    password: 'ann',
    name: 'Ann Owner',
    email: 'ann@meetgate.test',
    affiliation: 'owner',
    features: { recording: true, livestreaming: true, 'screen-sharing': true },
  },
  {
    username: 'mod',
    password: 'mod',
    name: 'Mo Derator',
    email: 'mod@meetgate.test',
    affiliation: 'moderator',
    features: { recording: true, 'screen-sharing': true },
  },
  {
    username: 'bob',
    password: 'bob',
    name: 'Bob Member',
    email: 'bob@meetgate.test',
    affiliation: 'member',
    features: { recording: false, 'screen-sharing': true },
  },
];

/** The OpenID claims (ID token, userinfo) of a user. */
export function standardClaims(user: OidcUser): Record<string, unknown> {
  return {
    sub: user.username,
    name: user.name,
    preferred_username: user.username,
    ...(user.email ? { email: user.email, email_verified: true } : {}),
    ...(user.avatar ? { picture: user.avatar } : {}),
  };
}

/** The Jitsi claims added to a user's access token: `room`, `context.user`, `context.features`. */
export function jitsiClaims(user: OidcUser, defaultRoom: string): Record<string, unknown> {
  const moderator = user.affiliation === 'owner' || user.affiliation === 'moderator';
  return {
    typ: 'Bearer',
    name: user.name,
    preferred_username: user.username,
    ...(user.email ? { email: user.email } : {}),
    room: user.room ?? defaultRoom,
    context: {
      user: {
        id: user.username,
        name: user.name,
        ...(user.email ? { email: user.email } : {}),
        ...(user.avatar ? { avatar: user.avatar } : {}),
        ...(user.affiliation ? { affiliation: user.affiliation } : {}),
        moderator,
      },
      ...(user.features ? { features: user.features } : {}),
    },
  };
}
