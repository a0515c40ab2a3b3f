/**
 * The portal's meeting rooms: who may join each, and how long its tokens live. One room hands out
 * two-minute tokens so a person can watch a token run out and be replaced while they talk.
 */
import type { PortalPerson, PortalRole } from './person.js';

/** A room on the portal. */
export interface PortalRoom {
  /** The Jitsi room name, also the page address `/rooms/<name>`. */
  name: string;
  title: string;
  description: string;
  /** Roles that may join; the token endpoint refuses the others too. */
  roles: readonly PortalRole[];
  /** Token lifetime in seconds. */
  ttlSeconds: number;
}

/** Ordinary rooms get ten-minute tokens: short enough that a leaked one soon stops opening the room. */
export const DEFAULT_TTL_SECONDS = 10 * 60;

/** The short-token room: refreshed one minute before it runs out (half its lifetime). */
export const SHORT_TTL_SECONDS = 2 * 60;

/** The demo rooms. */
export const DEMO_ROOMS: readonly PortalRoom[] = [
  {
    name: 'team-standup',
    title: 'Team stand-up',
    description: 'The daily meeting. Everyone may join once the host is in.',
    roles: ['owner', 'member', 'guest'],
    ttlSeconds: DEFAULT_TTL_SECONDS,
  },
  {
    name: 'token-expiry',
    title: 'Short tokens (2 minutes)',
    description: 'Tokens here last two minutes: watch the time left, the silent refresh, and a rejoin after the simulator drops you.',
    roles: ['owner', 'member', 'guest'],
    ttlSeconds: SHORT_TTL_SECONDS,
  },
  {
    name: 'board-room',
    title: 'Board room',
    description: 'Staff only: guests are refused, by the page and by the token endpoint.',
    roles: ['owner', 'member'],
    ttlSeconds: DEFAULT_TTL_SECONDS,
  },
];

/** The room with this name, or null. */
export function findRoom(rooms: readonly PortalRoom[], name: string): PortalRoom | null {
  return rooms.find((room) => room.name === name) ?? null;
}

/** Whether this person may join this room. */
export function mayJoin(room: PortalRoom, person: Pick<PortalPerson, 'role'>): boolean {
  return room.roles.includes(person.role);
}
