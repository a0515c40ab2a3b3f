/**
 * What a Jitsi Meet page tells its host page at each turn of a meeting, in Jitsi's own event
 * names, payloads and order (research/jitsi-facts.md §3.3, §3.5): the simulator's meeting page
 * calls these so that a host cannot tell it from the real thing by its events.
 */
import { CONFERENCE_ERRORS, CONNECTION_ERRORS, conferenceError, connectionError } from '../../../../lib/jitsi/errors.js';
import type { MeetingEndpoint } from '../../../../lib/jitsi/endpoint.js';
import type { ParticipantView } from '../protocol.js';

/** The local participant and the room node they are in. */
export interface LocalContext {
  self: ParticipantView;
  roomName: string;
}

/** CONFERENCE_JOINED, then the local role, then everyone already there. */
export function announceJoined(endpoint: MeetingEndpoint, { self, roomName }: LocalContext, others: ParticipantView[]): void {
  endpoint.sendEvent('video-conference-joined', {
    roomName,
    id: self.id,
    displayName: self.displayName,
    formattedDisplayName: `${self.displayName} (me)`,
    avatarURL: self.avatarURL,
    email: self.email,
    breakoutRoom: false,
    visitor: false,
  });
  endpoint.sendEvent('participant-role-changed', { id: self.id, role: self.role });
  for (const person of others) announceParticipant(endpoint, person);
}

/** A remote participant joined (with their role when it is not the default). */
export function announceParticipant(endpoint: MeetingEndpoint, person: ParticipantView): void {
  endpoint.sendEvent('participant-joined', {
    id: person.id,
    displayName: person.displayName,
    formattedDisplayName: person.displayName,
    userContext: person.userContext,
  });
  if (person.role === 'moderator') endpoint.sendEvent('participant-role-changed', { id: person.id, role: 'moderator' });
}

/** The conference is over for this page: left, then ready to close (hang-up, kick, end). */
export function announceLeft(endpoint: MeetingEndpoint, roomName: string | null): void {
  if (roomName !== null) endpoint.sendEvent('video-conference-left', { roomName });
  endpoint.sendEvent('video-ready-to-close', {});
}

/** This page's participant was kicked. */
export function announceKicked(endpoint: MeetingEndpoint, context: LocalContext, kicker: { id?: string; name?: string }): void {
  endpoint.sendEvent('participant-kicked-out', {
    kicked: { id: context.self.id, name: context.self.displayName, local: true },
    kicker: { id: kicker.id, name: kicker.name },
  });
  announceLeft(endpoint, context.roomName);
}

/** Someone else was kicked. */
export function announceRemoteKick(
  endpoint: MeetingEndpoint,
  selfId: string,
  kicked: { id: string; name: string },
  kicker: { id?: string; name?: string },
): void {
  endpoint.sendEvent('participant-kicked-out', {
    kicked: { id: kicked.id, local: false, name: kicked.name },
    kicker: { id: kicker.id, local: kicker.id !== undefined ? kicker.id === selfId : undefined, name: kicker.name },
  });
}

/** The room was destroyed (ended by a moderator, or the last host left). */
export function announceDestroyed(endpoint: MeetingEndpoint, roomName: string, reason: string): void {
  endpoint.sendEvent('error-occurred', conferenceError(CONFERENCE_ERRORS.CONFERENCE_DESTROYED, [reason]));
  announceLeft(endpoint, roomName);
}

/** SASL refused the token (also on resume). */
export function announceConnectionRefused(endpoint: MeetingEndpoint, text: string | undefined): void {
  endpoint.sendEvent('error-occurred', connectionError(CONNECTION_ERRORS.PASSWORD_REQUIRED, text));
}

/** The connection could not be kept or restored. */
export function announceConnectionLost(endpoint: MeetingEndpoint): void {
  endpoint.sendEvent('error-occurred', connectionError(CONNECTION_ERRORS.CONNECTION_DROPPED_ERROR));
}

/** The MUC join failed (`notAllowed`, …). */
export function announceConferenceFailed(endpoint: MeetingEndpoint, name: string, params: unknown[]): void {
  endpoint.sendEvent('error-occurred', conferenceError(name, params));
}

/** Members-only room waiting for its host. */
export function announceWaitingForHost(endpoint: MeetingEndpoint, lobbyJid: string): void {
  endpoint.sendEvent('error-occurred', conferenceError(CONFERENCE_ERRORS.MEMBERS_ONLY_ERROR, [lobbyJid, true]));
}

/**
 * An error line of the meeting's log, forwarded as the `log` event when the host asked for error
 * logs (`config.apiLogLevels` containing `error`; both releases). Jitsi's logger prefixes a
 * timestamp and the calling method (@jitsi/logger); the lines are conference.js
 * `_onConferenceFailed` ("CONFERENCE FAILED:", err, ...params) and connection.js
 * `handleConnectionFailed` ("CONNECTION FAILED:", err).
 */
export function logError(endpoint: MeetingEndpoint, enabled: boolean, method: string, ...args: unknown[]): void {
  if (enabled) endpoint.sendEvent('log', { logLevel: 'error', args: [new Date().toISOString(), `<${method}>: `, ...args] });
}

/** Everything the meeting page announces, one implementation per Jitsi release. */
export interface Announcer {
  announceJoined(endpoint: MeetingEndpoint, context: LocalContext, others: ParticipantView[]): void;
  announceParticipant(endpoint: MeetingEndpoint, person: ParticipantView): void;
  announceLeft(endpoint: MeetingEndpoint, roomName: string | null): void;
  announceKicked(endpoint: MeetingEndpoint, context: LocalContext, kicker: { id?: string; name?: string }): void;
  announceRemoteKick(endpoint: MeetingEndpoint, selfId: string, kicked: { id: string; name: string }, kicker: { id?: string; name?: string }): void;
  announceDestroyed(endpoint: MeetingEndpoint, roomName: string, reason: string): void;
  announceConnectionRefused(endpoint: MeetingEndpoint, text: string | undefined): void;
  announceConnectionLost(endpoint: MeetingEndpoint): void;
  announceConferenceFailed(endpoint: MeetingEndpoint, name: string, params: unknown[]): void;
  announceWaitingForHost(endpoint: MeetingEndpoint, lobbyJid: string): void;
}

/** The current (2026) web app; `logErrors` when the host asked for error logs. */
export function currentAnnouncer(logErrors = false): Announcer {
  return {
    announceJoined,
    announceParticipant,
    announceLeft,
    announceKicked,
    announceRemoteKick,
    announceDestroyed,
    announceConnectionRefused(endpoint, text) {
      logError(endpoint, logErrors, 'handleConnectionFailed', 'CONNECTION FAILED:', CONNECTION_ERRORS.PASSWORD_REQUIRED);
      announceConnectionRefused(endpoint, text);
    },
    announceConnectionLost,
    announceConferenceFailed(endpoint, name, params) {
      logError(endpoint, logErrors, '_onConferenceFailed', 'CONFERENCE FAILED:', name, ...params);
      announceConferenceFailed(endpoint, name, params);
    },
    announceWaitingForHost(endpoint, lobbyJid) {
      logError(endpoint, logErrors, '_onConferenceFailed', 'CONFERENCE FAILED:', CONFERENCE_ERRORS.MEMBERS_ONLY_ERROR, lobbyJid, true);
      announceWaitingForHost(endpoint, lobbyJid);
    },
  };
}
